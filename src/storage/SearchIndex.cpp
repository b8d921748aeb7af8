#include "SearchIndex.h"

#include "SqlHelpers.h"

#include "core/ScanCode.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace ar {

// Changed with any change to searchkeys::forPinyin or forTitle (and the Unihan data they read):
// the terms are written again from the records when a file is opened (SearchIndex.h).
const QString SearchIndex::kTermsVersion = QStringLiteral("1 unihan-15.0.0");
// Changed with any change to searchkeys::forName, forRoom, forPhone or scancode::archiveKeys: the
// keys are written again from the records when a file is opened (SearchIndex.h).
const QString SearchIndex::kKeysVersion = QStringLiteral("1");

namespace {

// Deletes the rows (kind, key, ref) of `table` for these keys, by their primary key: one statement
// per up to 100 keys. `table` comes from the callers below, never from input.
Status deleteDerivedKeys(Database& db, const char* table, int kind, qint64 ref, QStringList keys)
{
    keys.removeAll(QString());
    keys.removeDuplicates();
    constexpr qsizetype kPerStatement = 100;
    for (qsizetype from = 0; from < keys.size(); from += kPerStatement) {
        const qsizetype n = std::min(kPerStatement, keys.size() - from);
        QString marks;
        QVariantList args{kind, ref};
        for (qsizetype i = 0; i < n; ++i) {
            marks += i == 0 ? QStringLiteral("?") : QStringLiteral(", ?");
            args << keys.at(from + i);
        }
        auto r = db.write(QStringLiteral("DELETE FROM %1 WHERE kind = ? AND ref_id = ? AND key IN (%2)")
                              .arg(QLatin1String(table), marks),
                          args);
        if (!r)
            return r.error();
    }
    return {};
}

// The keys of `after` not in `before`: what a replace adds.
QStringList keysNotIn(const QStringList& after, const QStringList& before)
{
    QStringList out;
    for (const QString& k : after)
        if (!before.contains(k))
            out << k;
    return out;
}

} // namespace

QStringList SearchIndex::personKeys(const QString& name, const QStringList& tails)
{
    QStringList keys = searchkeys::forName(name);
    for (const QString& t : tails)
        if (!t.isEmpty())
            keys << t;
    return keys;
}

Result<QStringList> SearchIndex::personKeys(qint64 personId)
{
    auto name = m_db.scalar(QStringLiteral("SELECT name FROM persons WHERE id = ?"), {personId});
    if (!name)
        return name.error();
    auto q = m_db.exec(
        QStringLiteral("SELECT tail4 FROM person_phones WHERE person_id = ? ORDER BY position"), {personId});
    if (!q)
        return q.error();
    QStringList tails;
    while (q.value().next())
        tails << q.value().value(0).toString();
    return personKeys(name.value().toString(), tails);
}

Result<QList<std::pair<qint64, QStringList>>> SearchIndex::allPersonKeys()
{
    auto q = m_db.exec(QStringLiteral("SELECT id, name FROM persons ORDER BY id"));
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> names;
    while (q.value().next())
        names.append({q.value().value(0).toLongLong(), q.value().value(1).toString()});
    auto t =
        m_db.exec(QStringLiteral("SELECT person_id, tail4 FROM person_phones ORDER BY person_id, position"));
    if (!t)
        return t.error();
    QHash<qint64, QStringList> tails;
    while (t.value().next())
        tails[t.value().value(0).toLongLong()] << t.value().value(1).toString();
    QList<std::pair<qint64, QStringList>> out;
    out.reserve(names.size());
    for (const auto& [id, name] : std::as_const(names)) {
        out.append({id, personKeys(name, tails.value(id))});
        if (out.size() % 4096 == 0)
            m_db.tick();
    }
    return out;
}

Result<QStringList> SearchIndex::storedTerms(Term kind, qint64 ref)
{
    // The statement comes from this switch, never from input.
    QString sql;
    switch (kind) {
    case Term::Pinyin:
        sql = QStringLiteral("SELECT name FROM persons WHERE id = ?");
        break;
    case Term::DossierTitle:
        sql = QStringLiteral("SELECT title FROM dossiers WHERE id = ?");
        break;
    case Term::ItemTitle:
        sql = QStringLiteral("SELECT title FROM dossier_items WHERE dossier_id = ? AND title <> ''");
        break;
    }
    auto q = m_db.exec(sql, {ref});
    if (!q)
        return q.error();
    QStringList out;
    while (q.value().next()) {
        const QString text = q.value().value(0).toString();
        out << (kind == Term::Pinyin ? searchkeys::forPinyin(text) : searchkeys::forTitle(text));
    }
    out.removeDuplicates();
    return out;
}

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

void SearchIndex::Pending::add(Term kind, qint64 ref, const QStringList& keys)
{
    for (const QString& k : keys)
        if (!k.isEmpty())
            m_terms.emplace_back(int(kind), k, ref);
}

Status SearchIndex::Pending::flush(SearchIndex& index)
{
    // In key order, as the table's index wants them. A few million keys take a second or two to
    // sort: the connection's tick (Database::tick) is called in between.
    quint32 compared = 0;
    const auto ticking = [&index, &compared] {
        if ((++compared & 0xFFFFF) == 0)
            index.m_db.tick();
    };
    std::sort(m_terms.begin(), m_terms.end(), [&ticking](const auto& a, const auto& b) {
        ticking();
        return a < b;
    });
    // Duplicates are skipped by ON CONFLICT, within a statement too.
    const QString skip = QStringLiteral(" ON CONFLICT DO NOTHING");
    Status s =
        sqlh::insertRows(index.m_db, QStringLiteral("INSERT INTO search_terms(kind, key, ref_id) VALUES "), 3,
                         skip, qsizetype(m_terms.size()), [this](qsizetype i, QVariantList& args) {
                             args << std::get<0>(m_terms[i]) << std::get<1>(m_terms[i])
                                  << std::get<2>(m_terms[i]);
                         });
    m_terms.clear();
    if (s) {
        std::sort(m_keys.begin(), m_keys.end(), [&ticking](const Key& a, const Key& b) {
            ticking();
            return std::tie(a.key, a.kind, a.ref) < std::tie(b.key, b.kind, b.ref);
        });
        s = sqlh::insertRows(index.m_db, QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES "),
                             3, skip, qsizetype(m_keys.size()), [this](qsizetype i, QVariantList& args) {
                                 args << m_keys[i].key << int(m_keys[i].kind) << m_keys[i].ref;
                             });
    }
    m_keys.clear();
    return s;
}

Status SearchIndex::remove(HitKind kind, qint64 ref, const QStringList& keys)
{
    return deleteDerivedKeys(m_db, "search_keys", int(kind), ref, keys);
}

Status SearchIndex::replace(HitKind kind, qint64 ref, const QStringList& before, const QStringList& keys)
{
    if (auto s = remove(kind, ref, keysNotIn(before, keys)); !s)
        return s;
    return add(kind, ref, keysNotIn(keys, before));
}

namespace {

// One of the lists SearchIndex::lookup merges, read a row at a time: search_keys (key, kind, id) or
// archive_keys (key, dossier id). The key in archive-key form is made only when the merge compares
// it with the other list's (a name's rows are never compared when no archive key matches).
struct KeyStream
{
    QSqlQuery* q = nullptr; // none: an empty list
    bool archive = false;
    int read = 0;
    bool has = false;
    HitKind kind = HitKind::Room;
    qint64 id = 0;
    QString form;

    void next()
    {
        has = q && q->next();
        if (!has)
            return;
        ++read;
        form = QString();
        kind = archive ? HitKind::Dossier : HitKind(q->value(1).toInt());
        id = q->value(archive ? 1 : 2).toLongLong();
    }
    const QString& archiveForm()
    {
        if (form.isNull())
            form = archive ? q->value(0).toString() : scancode::archiveKey(q->value(0).toString());
        return form;
    }
};

} // namespace

Result<QList<std::pair<HitKind, qint64>>> SearchIndex::lookup(const QString& prefix, int limit,
                                                              const QString& archivePrefix)
{
    static const QString top = QString::fromUcs4(U"\U0010FFFF", 1);
    // A record has only a few keys under one prefix, so a few rows per wanted record suffice;
    // the LIMIT keeps a client/server driver from fetching a whole range (王: ~20,000 keys). If
    // duplicates ate the margin, ask again for more.
    for (int rows = limit * 4 + 8;; rows *= 4) {
        auto keyed = m_db.exec(QStringLiteral("SELECT key, kind, ref_id FROM search_keys WHERE key >= ? AND "
                                              "key < ? ORDER BY key, kind, ref_id LIMIT ?"),
                               {prefix, prefix + top, rows});
        if (!keyed)
            return keyed.error();
        Result<QSqlQuery> numbered = QSqlQuery();
        if (!archivePrefix.isEmpty()) {
            numbered = m_db.exec(QStringLiteral("SELECT key, dossier_id FROM archive_keys WHERE key >= ? AND "
                                                "key < ? ORDER BY key, dossier_id LIMIT ?"),
                                 {archivePrefix, archivePrefix + top, rows});
            if (!numbered)
                return numbered.error();
        }
        KeyStream a, b;
        a.q = &keyed.value();
        b.q = archivePrefix.isEmpty() ? nullptr : &numbered.value();
        b.archive = true;
        a.next();
        b.next();
        QList<std::pair<HitKind, qint64>> out;
        QSet<qint64> seen[4];
        bool more = false;
        while (out.size() < limit && (a.has || b.has)) {
            // A list that filled its LIMIT may go on: once it is used up the merge cannot know what
            // comes next, and asks again for more.
            if ((!a.has && a.read >= rows) || (!b.has && b.read >= rows)) {
                more = true;
                break;
            }
            KeyStream& s = !b.has || (a.has && a.archiveForm() <= b.archiveForm()) ? a : b;
            const int kind = int(s.kind);
            if (kind >= 1 && kind <= 3 && !seen[kind].contains(s.id)) {
                seen[kind].insert(s.id);
                out.append({s.kind, s.id});
            }
            s.next();
        }
        if (!more && (out.size() >= limit || (a.read < rows && b.read < rows)))
            return out;
    }
}

Status SearchIndex::add(Term kind, qint64 ref, const QStringList& keys)
{
    for (const QString& k : keys) {
        if (k.isEmpty())
            continue;
        auto r = m_db.write(QStringLiteral("INSERT INTO search_terms(kind, key, ref_id) VALUES (?, ?, ?) "
                                           "ON CONFLICT DO NOTHING"),
                            {int(kind), k, ref});
        if (!r)
            return r.error();
    }
    return {};
}

Status SearchIndex::remove(Term kind, qint64 ref, const QStringList& keys)
{
    return deleteDerivedKeys(m_db, "search_terms", int(kind), ref, keys);
}

Status SearchIndex::replace(Term kind, qint64 ref, const QStringList& before, const QStringList& keys)
{
    if (auto s = remove(kind, ref, keysNotIn(before, keys)); !s)
        return s;
    return add(kind, ref, keysNotIn(keys, before));
}

Result<QList<qint64>> SearchIndex::lookup(Term kind, const QString& prefix, int limit)
{
    static const QString top = QString::fromUcs4(U"\U0010FFFF", 1);
    // As lookup() above: a few rows per wanted record, more if duplicates ate the margin.
    for (int rows = limit * 4 + 8;; rows *= 4) {
        auto q = m_db.exec(QStringLiteral("SELECT ref_id FROM search_terms WHERE kind = ? AND key >= ? AND "
                                          "key < ? ORDER BY key, ref_id LIMIT ?"),
                           {int(kind), prefix, prefix + top, rows});
        if (!q)
            return q.error();
        QList<qint64> out;
        QSet<qint64> seen;
        int read = 0;
        while (out.size() < limit && q.value().next()) {
            ++read;
            const qint64 id = q.value().value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            out << id;
        }
        if (out.size() >= limit || read < rows)
            return out;
    }
}

Result<QList<std::pair<qint64, QString>>> SearchIndex::termSources(Term kind)
{
    // The statement comes from this switch, never from input.
    QString sql;
    switch (kind) {
    case Term::Pinyin:
        sql = QStringLiteral("SELECT id, name FROM persons WHERE name <> '' ORDER BY id");
        break;
    case Term::DossierTitle:
        // Not the titles an owner's or tenant's dossier is given (room, name, category: found as
        // the room and the person already), only those typed when a dossier is opened by hand.
        sql = QStringLiteral("SELECT id, title FROM dossiers WHERE status <> 'destroyed' AND category NOT IN "
                             "('owner', 'tenant') ORDER BY id");
        break;
    case Term::ItemTitle:
        // The titles items have of their own: every title stored (one that is the kind's name is
        // stored empty; one that was, when the kind was renamed, has become the item's own), the
        // same as storedTerms().
        sql = QStringLiteral("SELECT i.dossier_id, i.title FROM dossier_items i JOIN dossiers d ON "
                             "d.id = i.dossier_id WHERE d.status <> 'destroyed' AND i.title <> '' "
                             "ORDER BY i.dossier_id, i.seq");
        break;
    }
    auto q = m_db.exec(sql);
    if (!q)
        return q.error();
    QList<std::pair<qint64, QString>> out;
    while (q.value().next())
        out.append({q.value().value(0).toLongLong(), q.value().value(1).toString()});
    return out;
}

Status SearchIndex::clearTerms()
{
    auto r = m_db.write(QStringLiteral("DELETE FROM search_terms"));
    if (!r)
        return r.error();
    return {};
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
