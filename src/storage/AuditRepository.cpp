#include "AuditRepository.h"

#include "ChangeSignal.h"
#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {

const QString kHeadKey = QStringLiteral("audit_head");
const QString kAuditCols =
    QStringLiteral("a.id, a.at, a.user_id, a.user_login, a.action, a.entity, a.entity_id, "
                   "a.dossier, a.detail, a.reason, a.prev_hash, a.hash");

AuditRecord recordFrom(const QSqlQuery& q)
{
    AuditRecord r;
    r.id = q.value(0).toLongLong();
    r.at = q.value(1).toString();
    r.userId = q.value(2).toLongLong();
    r.userLogin = q.value(3).toString();
    r.action = q.value(4).toString();
    r.entity = q.value(5).toString();
    r.entityId = q.value(6).toLongLong();
    r.dossier = q.value(7).toString();
    r.detail = q.value(8).toString();
    r.reason = q.value(9).toString();
    r.prevHash = q.value(10).toString();
    r.hash = q.value(11).toString();
    return r;
}

} // namespace

Status AuditRepository::lockHead()
{
    // The transaction took the archive's write lock when it began (SQLite: BEGIN IMMEDIATE;
    // PostgreSQL: the head's advisory lock), so no other writer can move the head before it
    // commits.
    if (m_db.holdsWriteLock())
        return {};
    // Otherwise a write that changes nothing: it takes the lock before the head is read.
    return done(m_db.write(QStringLiteral("UPDATE meta SET value = value WHERE key = ?"), {kHeadKey}));
}

Result<AuditRepository::Head> AuditRepository::head()
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = ?"), {kHeadKey});
    if (!v)
        return v.error();
    Head h;
    if (!v.value().isValid())
        return h;
    // "count:hash", and since the keyed seal "count:hash:sealedCount:seal".
    const QStringList parts = v.value().toString().split(QLatin1Char(':'));
    bool ok = false;
    h.count = parts.size() >= 2 ? parts.at(0).toLongLong(&ok) : 0;
    h.present = ok;
    h.hash = ok ? parts.at(1) : QString();
    if (ok && parts.size() == 4) {
        bool sealedOk = false;
        h.sealedCount = parts.at(2).toLongLong(&sealedOk);
        h.seal = sealedOk ? parts.at(3) : QString();
        if (!sealedOk)
            h.sealedCount = 0;
    }
    return h;
}

Status AuditRepository::setHead(const Head& head)
{
    const bool firstInTransaction = m_headWrittenIn == 0 || m_headWrittenIn != m_db.transactionId();
    m_headWrittenIn = 0;
    QString value = QStringLiteral("%1:%2").arg(head.count).arg(head.hash);
    if (head.sealedCount > 0 && !head.seal.isEmpty())
        value += QStringLiteral(":%1:%2").arg(head.sealedCount).arg(head.seal);
    if (auto s = done(m_db.write(QStringLiteral("INSERT INTO meta(key, value) VALUES (?, ?) "
                                               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                                {kHeadKey, value}));
        !s)
        return s;
    // Other desks refresh what they show once this commits (ChangeSignal.h): once per
    // transaction, however many records it appends.
    if (firstInTransaction)
        if (auto s = changesignal::announce(m_db); !s)
            return s;
    m_headWrittenIn = m_db.transactionId();
    m_headWritten = head;
    m_headWritten.present = true;
    return {};
}

std::optional<AuditRepository::Head> AuditRepository::headWrittenInThisTransaction() const
{
    if (m_headWrittenIn == 0 || m_headWrittenIn != m_db.transactionId())
        return std::nullopt;
    return m_headWritten;
}

Result<AuditRecord> AuditRepository::last()
{
    auto q =
        m_db.exec(QStringLiteral("SELECT %1 FROM audit_log a ORDER BY a.id DESC LIMIT 1").arg(kAuditCols));
    if (!q)
        return q.error();
    if (!q.value().next())
        return AuditRecord{};
    return recordFrom(q.value());
}

Result<bool> AuditRepository::writtenBeforeTheSeal()
{
    auto v = m_db.scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'audit_unsealed_before'"));
    if (!v)
        return v.error();
    return v.value().isValid();
}

Status AuditRepository::forgetWrittenBeforeTheSeal()
{
    return done(m_db.write(QStringLiteral("DELETE FROM meta WHERE key = 'audit_unsealed_before'")));
}

Result<QList<AuditRecord>> AuditRepository::from(qint64 id)
{
    auto q = m_db.exec(
        QStringLiteral("SELECT %1 FROM audit_log a WHERE a.id >= ? ORDER BY a.id").arg(kAuditCols), {id});
    if (!q)
        return q.error();
    QList<AuditRecord> out;
    while (q.value().next())
        out << recordFrom(q.value());
    return out;
}

Result<QStringList> AuditRepository::othersActionsAfter(qint64 id)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT id, action, hash FROM audit_log WHERE id > ? ORDER BY id"), {id});
    if (!q)
        return q.error();
    QStringList out;
    qint64 last = id;
    while (q.value().next()) {
        last = q.value().value(0).toLongLong();
        const auto own = m_appended.constFind(last);
        if (own == m_appended.cend() || own.value() != q.value().value(2).toString())
            out << q.value().value(1).toString();
    }
    for (auto it = m_appended.begin(); it != m_appended.end();)
        it = it.key() <= last ? m_appended.erase(it) : std::next(it);
    return out;
}

Status AuditRepository::insertMany(const QList<AuditRecord>& rs)
{
    // Remembered for othersActionsAfter(); a session that nobody watches (a script importing
    // thousands of rows) does not keep more than a few thousand.
    for (const AuditRecord& r : rs) {
        if (m_appended.size() >= 4096)
            m_appended.clear();
        m_appended.insert(r.id, r.hash);
    }
    return insertRows(
        m_db,
        QStringLiteral(
            "INSERT INTO audit_log(id, at, user_id, user_login, action, entity, entity_id, dossier, "
            "detail, reason, prev_hash, hash) VALUES "),
        12, {}, rs.size(), [&](qsizetype i, QVariantList& args) {
            const AuditRecord& r = rs.at(i);
            args << r.id << r.at << nullableId(r.userId) << r.userLogin << r.action << r.entity
                 << nullableId(r.entityId) << nullableText(r.dossier) << r.detail << r.reason << r.prevHash
                 << r.hash;
        });
}

Result<QList<AuditEntry>> AuditRepository::list(const Query& q)
{
    // Fixed fragments only; every value is bound.
    QStringList where;
    QVariantList args;
    if (!q.userLogin.isEmpty()) {
        where << QStringLiteral("a.user_login = ?");
        args << q.userLogin;
    }
    if (q.personId > 0) {
        where << QStringLiteral("a.entity = 'person' AND a.entity_id = ?");
        args << q.personId;
    }
    if (!q.dossier.isEmpty()) {
        where << QStringLiteral("(a.dossier = ? OR (a.entity = 'person' AND a.entity_id IN "
                                "(SELECT d.person_id FROM dossiers d WHERE d.archive_no = ?)))");
        args << q.dossier << q.dossier;
    }
    if (!q.fromAt.isEmpty()) {
        where << QStringLiteral("a.at >= ?");
        args << q.fromAt;
    }
    if (!q.toAt.isEmpty()) {
        where << QStringLiteral("a.at < ?");
        args << q.toAt;
    }
    if (!q.action.isEmpty()) {
        where << QStringLiteral("a.action = ?");
        args << q.action;
    }
    args << qMax(0, q.limit) << qMax(0, q.offset);
    const QString sql =
        QStringLiteral("SELECT %1, COALESCE(u.display_name, '') FROM audit_log a "
                       "LEFT JOIN users u ON u.id = a.user_id %2 ORDER BY a.id %3 "
                       "LIMIT ? OFFSET ?")
            .arg(kAuditCols,
                 where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")),
                 q.newestFirst ? QStringLiteral("DESC") : QStringLiteral("ASC"));
    return listOf<AuditEntry>(m_db.exec(sql, args), [](const QSqlQuery& row, int) {
        AuditEntry e;
        e.record = recordFrom(row);
        e.userName = row.value(12).toString();
        return e;
    });
}

Status AuditRepository::forEach(const std::function<bool(const AuditRecord&)>& visit)
{
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_log a ORDER BY a.id").arg(kAuditCols));
    if (!q)
        return q.error();
    while (q.value().next())
        if (!visit(recordFrom(q.value())))
            break;
    return {};
}

} // namespace ar
