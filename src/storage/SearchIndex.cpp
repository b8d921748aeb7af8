#include "SearchIndex.h"

#include <QSet>

#include <algorithm>
#include <tuple>

namespace ar {

Status SearchIndex::add(HitKind kind, qint64 ref, const QStringList& keys)
{
    for (const QString& k : keys) {
        if (k.isEmpty())
            continue;
        auto r = m_db.write(QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {k, int(kind), ref});
        if (!r)
            return r.error();
    }
    return {};
}

void SearchIndex::Pending::add(HitKind kind, qint64 ref, const QStringList& keys)
{
    for (const QString& k : keys)
        if (!k.isEmpty())
            m_keys.push_back({k, kind, ref});
}

Status SearchIndex::Pending::flush(SearchIndex& index)
{
    std::sort(m_keys.begin(), m_keys.end(), [](const Key& a, const Key& b) {
        return std::tie(a.key, a.kind, a.ref) < std::tie(b.key, b.kind, b.ref);
    });
    // Full statements of kRows rows, then the rest one row at a time: two statement texts in
    // the cache. Duplicates are skipped by ON CONFLICT, within a statement too.
    constexpr size_t kRows = 64;
    static const QString many = [] {
        QStringList rows;
        for (size_t i = 0; i < kRows; ++i)
            rows << QStringLiteral("(?, ?, ?)");
        return QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES %1 ON CONFLICT DO NOTHING")
            .arg(rows.join(QStringLiteral(", ")));
    }();
    size_t i = 0;
    QVariantList args;
    args.reserve(int(kRows * 3));
    for (; i + kRows <= m_keys.size(); i += kRows) {
        args.clear();
        for (size_t j = i; j < i + kRows; ++j)
            args << m_keys[j].key << int(m_keys[j].kind) << m_keys[j].ref;
        if (auto r = index.m_db.write(many, args); !r) {
            m_keys.clear();
            return r.error();
        }
    }
    for (; i < m_keys.size(); ++i)
        if (auto s = index.add(m_keys[i].kind, m_keys[i].ref, {m_keys[i].key}); !s) {
            m_keys.clear();
            return s;
        }
    m_keys.clear();
    return {};
}

Status SearchIndex::remove(HitKind kind, qint64 ref)
{
    auto r =
        m_db.write(QStringLiteral("DELETE FROM search_keys WHERE kind = ? AND ref_id = ?"), {int(kind), ref});
    if (!r)
        return r.error();
    return {};
}

Status SearchIndex::replace(HitKind kind, qint64 ref, const QStringList& keys)
{
    if (auto s = remove(kind, ref); !s)
        return s;
    return add(kind, ref, keys);
}

Result<QList<std::pair<HitKind, qint64>>> SearchIndex::lookup(const QString& prefix, int limit)
{
    static const QString top = QString::fromUcs4(U"\U0010FFFF", 1);
    // A record has only a few keys under one prefix, so a few rows per wanted record suffice;
    // the LIMIT keeps a client/server driver from fetching a whole range (王: ~20,000 keys). If
    // duplicates ate the margin, ask again for more.
    for (int rows = limit * 4 + 8;; rows *= 4) {
        auto q = m_db.exec(QStringLiteral("SELECT kind, ref_id FROM search_keys WHERE key >= ? AND key < ? "
                                          "ORDER BY key, kind, ref_id LIMIT ?"),
                           {prefix, prefix + top, rows});
        if (!q)
            return q.error();
        QList<std::pair<HitKind, qint64>> out;
        QSet<qint64> seen[4];
        int read = 0;
        while (out.size() < limit && q.value().next()) {
            ++read;
            const int kind = q.value().value(0).toInt();
            const qint64 id = q.value().value(1).toLongLong();
            if (kind < 1 || kind > 3 || seen[kind].contains(id))
                continue;
            seen[kind].insert(id);
            out.append({HitKind(kind), id});
        }
        if (out.size() >= limit || read < rows)
            return out;
    }
}

Result<QList<qint64>> SearchIndex::allIds(HitKind kind)
{
    // The table name comes from this switch, never from input.
    const char* table = kind == HitKind::Room ? "rooms" : kind == HitKind::Person ? "persons" : "dossiers";
    auto q = m_db.exec(QStringLiteral("SELECT id FROM %1 ORDER BY id").arg(QLatin1String(table)));
    if (!q)
        return q.error();
    QList<qint64> out;
    while (q.value().next())
        out << q.value().value(0).toLongLong();
    return out;
}

Status SearchIndex::clear()
{
    auto r = m_db.exec(QStringLiteral("DELETE FROM search_keys"));
    if (!r)
        return r.error();
    return {};
}

} // namespace ar
