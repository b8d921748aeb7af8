#include "SearchIndex.h"

#include <QSet>

namespace ar {

Status SearchIndex::add(HitKind kind, qint64 ref, const QStringList& keys)
{
    for (const QString& k : keys) {
        if (k.isEmpty())
            continue;
        auto r = m_db.exec(QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES (?, ?, ?) "
                                          "ON CONFLICT DO NOTHING"),
                           {k, int(kind), ref});
        if (!r)
            return r.error();
    }
    return {};
}

Status SearchIndex::remove(HitKind kind, qint64 ref)
{
    auto r =
        m_db.exec(QStringLiteral("DELETE FROM search_keys WHERE kind = ? AND ref_id = ?"), {int(kind), ref});
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
