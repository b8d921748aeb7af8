#include "ReconciliationRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {

const QString kSessionCols = QStringLiteral(
    "s.id, COALESCE(s.location_id, 0), s.scope, s.status, s.started_at, COALESCE(a.display_name, ''), "
    "s.finished_at, COALESCE(b.display_name, ''), "
    "(SELECT COUNT(*) FROM reconciliation_expected e WHERE e.session_id = s.id), "
    "(SELECT COUNT(*) FROM reconciliation_scans c WHERE c.session_id = s.id)");
const QString kSessionFrom =
    QStringLiteral(" FROM reconciliation_sessions s LEFT JOIN users a ON a.id = s.started_by "
                   "LEFT JOIN users b ON b.id = s.finished_by");

ReconSession sessionFrom(const QSqlQuery& q, int)
{
    ReconSession s;
    s.id = q.value(0).toLongLong();
    s.locationId = q.value(1).toLongLong();
    s.scope = q.value(2).toString();
    s.status = q.value(3).toString();
    s.startedAt = timeFrom(q.value(4));
    s.startedBy = q.value(5).toString();
    s.finishedAt = timeFrom(q.value(6));
    s.finishedBy = q.value(7).toString();
    s.expected = q.value(8).toInt();
    s.scanned = q.value(9).toInt();
    return s;
}

ReconScan scanFrom(const QSqlQuery& q, int)
{
    ReconScan s;
    s.id = q.value(0).toLongLong();
    s.sessionId = q.value(1).toLongLong();
    s.code = q.value(2).toString();
    s.dossierId = q.value(3).toLongLong();
    s.archiveNo = q.value(4).toString();
    s.title = q.value(5).toString();
    s.result = q.value(6).toString();
    s.place = q.value(7).toString();
    s.loanId = q.value(8).toLongLong();
    s.moved = q.value(9).toInt() != 0;
    s.at = timeFrom(q.value(10));
    return s;
}

ReconExpected expectedFrom(const QSqlQuery& q, int)
{
    ReconExpected e;
    e.dossierId = q.value(0).toLongLong();
    e.archiveNo = q.value(1).toString();
    e.title = q.value(2).toString();
    e.status = q.value(3).toString();
    e.locationId = q.value(4).toLongLong();
    e.outcome = q.value(5).toString();
    e.scanned = q.value(6).toInt() != 0;
    return e;
}

MissingDossier missingFrom(const QSqlQuery& q, int)
{
    MissingDossier m;
    m.id = q.value(0).toLongLong();
    m.dossierId = q.value(1).toLongLong();
    m.archiveNo = q.value(2).toString();
    m.title = q.value(3).toString();
    m.department = q.value(4).toString();
    m.locationId = q.value(5).toLongLong();
    m.since = dateFrom(q.value(6));
    m.sessionId = q.value(7).toLongLong();
    return m;
}

} // namespace

Result<qint64> ReconciliationRepository::insertSession(qint64 locationId, const QString& scope,
                                                       const QDateTime& at, qint64 by)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO reconciliation_sessions(location_id, scope, status, started_at, "
                       "started_by) VALUES (?, ?, 'open', ?, ?)"),
        {nullableId(locationId), scope, timestamp(at), nullableId(by)});
}

Result<int> ReconciliationRepository::fillExpected(qint64 sessionId, const QList<qint64>& locationIds,
                                                   bool wholeArchive)
{
    const QString insert = QStringLiteral(
        "INSERT INTO reconciliation_expected(session_id, dossier_id) SELECT ?, id FROM dossiers "
        "WHERE status NOT IN ('destroyed', 'lost') AND ");
    if (wholeArchive)
        return m_db.write(insert + QStringLiteral("location_id IS NOT NULL"), {sessionId});
    int added = 0;
    for (const InBatch& b : inBatches(locationIds)) {
        QVariantList args{sessionId};
        args << b.args;
        auto n = m_db.write(insert + QStringLiteral("location_id IN (%1)").arg(b.placeholders), args);
        if (!n)
            return n;
        added += n.value();
    }
    return added;
}

Result<ReconSession> ReconciliationRepository::session(qint64 id)
{
    return oneOf<ReconSession>(
        m_db.exec(QStringLiteral("SELECT ") + kSessionCols + kSessionFrom + QStringLiteral(" WHERE s.id = ?"),
                  {id}),
        sessionFrom, QString::number(id));
}

Result<QList<ReconSession>> ReconciliationRepository::sessions()
{
    return listOf<ReconSession>(m_db.exec(QStringLiteral("SELECT ") + kSessionCols + kSessionFrom +
                                          QStringLiteral(" ORDER BY s.id DESC")),
                                sessionFrom);
}

Status ReconciliationRepository::finishSession(qint64 id, const QDateTime& at, qint64 by)
{
    return done(
        m_db.write(QStringLiteral("UPDATE reconciliation_sessions SET status = 'finished', finished_at = ?, "
                                  "finished_by = ? WHERE id = ?"),
                   {timestamp(at), nullableId(by), id}));
}

Result<QList<ReconExpected>> ReconciliationRepository::expected(qint64 sessionId)
{
    return listOf<ReconExpected>(
        m_db.exec(
            QStringLiteral("SELECT d.id, d.archive_no, d.title, d.status, COALESCE(d.location_id, 0), "
                           "COALESCE(e.outcome, ''), "
                           "EXISTS (SELECT 1 FROM reconciliation_scans c WHERE c.session_id = e.session_id "
                           "AND c.dossier_id = e.dossier_id) "
                           "FROM reconciliation_expected e JOIN dossiers d ON d.id = e.dossier_id "
                           "WHERE e.session_id = ? ORDER BY d.archive_no"),
            {sessionId}),
        expectedFrom);
}

Status ReconciliationRepository::setOutcome(qint64 sessionId, qint64 dossierId, const QString& outcome)
{
    return done(m_db.write(
        QStringLiteral(
            "UPDATE reconciliation_expected SET outcome = ? WHERE session_id = ? AND dossier_id = ?"),
        {outcome, sessionId, dossierId}));
}

Result<qint64> ReconciliationRepository::insertScan(const ReconScan& s, qint64 by)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO reconciliation_scans(session_id, code, dossier_id, result, place, "
                       "loan_id, scanned_at, scanned_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {s.sessionId, s.code, nullableId(s.dossierId), s.result, s.place, nullableId(s.loanId),
         timestamp(s.at), nullableId(by)});
}

Result<QList<ReconScan>> ReconciliationRepository::scans(qint64 sessionId)
{
    return listOf<ReconScan>(
        m_db.exec(QStringLiteral("SELECT c.id, c.session_id, c.code, COALESCE(c.dossier_id, 0), "
                                 "COALESCE(d.archive_no, ''), COALESCE(d.title, ''), c.result, c.place, "
                                 "COALESCE(c.loan_id, 0), c.moved, c.scanned_at "
                                 "FROM reconciliation_scans c LEFT JOIN dossiers d ON d.id = c.dossier_id "
                                 "WHERE c.session_id = ? ORDER BY c.id"),
                  {sessionId}),
        scanFrom);
}

Result<bool> ReconciliationRepository::scannedBefore(qint64 sessionId, qint64 dossierId, const QString& code)
{
    auto n =
        dossierId > 0
            ? m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans WHERE session_id = ? "
                                         "AND dossier_id = ?"),
                          {sessionId, dossierId})
            : m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans WHERE session_id = ? "
                                         "AND dossier_id IS NULL AND code = ?"),
                          {sessionId, code});
    if (!n)
        return n.error();
    return n.value().toInt() > 0;
}

Status ReconciliationRepository::setMoved(qint64 scanId)
{
    return done(
        m_db.write(QStringLiteral("UPDATE reconciliation_scans SET moved = 1 WHERE id = ?"), {scanId}));
}

Result<QList<MissingDossier>> ReconciliationRepository::openMissing(qint64 dossierId)
{
    return listOf<MissingDossier>(
        m_db.exec(
            QStringLiteral("SELECT m.id, m.dossier_id, d.archive_no, d.title, COALESCE(c.department, ''), "
                           "COALESCE(d.location_id, 0), m.since, m.session_id "
                           "FROM missing_dossiers m JOIN dossiers d ON d.id = m.dossier_id "
                           "LEFT JOIN categories c ON c.code = d.category "
                           "WHERE m.resolved_at IS NULL AND (? = 0 OR m.dossier_id = ?) "
                           "ORDER BY m.since, d.archive_no"),
            {dossierId, dossierId}),
        missingFrom);
}

Result<QHash<qint64, int>> ReconciliationRepository::placesInUse()
{
    // The dossiers fillExpected() takes into a session.
    auto q =
        m_db.exec(QStringLiteral("SELECT location_id, COUNT(*) FROM dossiers WHERE status NOT IN "
                                 "('destroyed', 'lost') AND location_id IS NOT NULL GROUP BY location_id"));
    if (!q)
        return q.error();
    QHash<qint64, int> out;
    while (q.value().next())
        out.insert(q.value().value(0).toLongLong(), q.value().value(1).toInt());
    return out;
}

Status ReconciliationRepository::insertMissing(qint64 dossierId, qint64 sessionId, const QDate& since)
{
    return done(m_db.write(
        QStringLiteral("INSERT INTO missing_dossiers(dossier_id, session_id, since) VALUES (?, ?, ?)"),
        {dossierId, sessionId, since.toString(Qt::ISODate)}));
}

Result<int> ReconciliationRepository::resolveMissing(qint64 dossierId, const QString& how, qint64 sessionId,
                                                     const QDateTime& at, qint64 by)
{
    return m_db.write(
        QStringLiteral("UPDATE missing_dossiers SET resolved_at = ?, resolved_by = ?, resolved_how = ?, "
                       "resolved_session = ? WHERE dossier_id = ? AND resolved_at IS NULL"),
        {timestamp(at), nullableId(by), how, nullableId(sessionId), dossierId});
}

} // namespace ar
