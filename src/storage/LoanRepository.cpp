#include "LoanRepository.h"

#include "SqlHelpers.h"

namespace ar {

using namespace sqlh;

namespace {

const QString kLoanSelect = QStringLiteral(
    "SELECT l.id, l.dossier_id, d.archive_no, d.title, d.category, COALESCE(l.borrower_id, 0), "
    "COALESCE(u.login, ''), l.borrower_name, l.department, l.mode, l.purpose, l.wanted_return, "
    "COALESCE(l.pages, ''), l.status, l.rule, COALESCE(l.approver_department, ''), l.requested_at, "
    "COALESCE(l.requested_by, 0), l.decided_at, COALESCE(l.decided_by, 0), COALESCE(dec.display_name, ''), "
    "COALESCE(l.decision_reason, ''), l.due, l.checked_out_at, l.returned_at, COALESCE(l.return_condition, "
    "''), "
    "COALESCE(l.return_note, ''), COALESCE(l.dossier_status_before, ''), l.lost_at, COALESCE(l.lost_report, "
    "''), "
    "COALESCE(l.visit_id, 0), "
    "(SELECT COUNT(*) FROM loan_extensions e WHERE e.loan_id = l.id AND e.status = 'pending'), d.status "
    "FROM loans l JOIN dossiers d ON d.id = l.dossier_id LEFT JOIN users u ON u.id = l.borrower_id "
    "LEFT JOIN users dec ON dec.id = l.decided_by ");

Loan loanFrom(const QSqlQuery& q, int)
{
    Loan l;
    l.id = q.value(0).toLongLong();
    l.dossierId = q.value(1).toLongLong();
    l.archiveNo = q.value(2).toString();
    l.dossierTitle = q.value(3).toString();
    l.category = q.value(4).toString();
    l.borrowerId = q.value(5).toLongLong();
    l.borrowerLogin = q.value(6).toString();
    l.borrowerName = q.value(7).toString();
    l.department = q.value(8).toString();
    l.mode = accessModeFromCode(q.value(9).toString());
    l.purpose = q.value(10).toString();
    l.wantedReturn = dateFrom(q.value(11));
    l.pages = q.value(12).toString();
    l.status = loanStatusFromCode(q.value(13).toString());
    l.rule = q.value(14).toString();
    l.approverDepartment = q.value(15).toString();
    l.requestedAt = timeFrom(q.value(16));
    l.requestedBy = q.value(17).toLongLong();
    l.decidedAt = timeFrom(q.value(18));
    l.decidedBy = q.value(19).toLongLong();
    l.decidedByName = q.value(20).toString();
    l.decisionReason = q.value(21).toString();
    l.due = dateFrom(q.value(22));
    l.checkedOutAt = timeFrom(q.value(23));
    l.returnedAt = timeFrom(q.value(24));
    l.returnCondition = q.value(25).toString();
    l.returnNote = q.value(26).toString();
    l.dossierStatusBefore = q.value(27).toString();
    l.lostAt = timeFrom(q.value(28));
    l.lostReport = q.value(29).toString();
    l.visitId = q.value(30).toLongLong();
    l.extensionPending = q.value(31).toInt() > 0;
    l.dossierStatus = q.value(32).toString();
    return l;
}

LoanExtension extensionFrom(const QSqlQuery& q, int)
{
    LoanExtension e;
    e.id = q.value(0).toLongLong();
    e.loanId = q.value(1).toLongLong();
    e.requestedAt = timeFrom(q.value(2));
    e.requestedBy = q.value(3).toLongLong();
    e.oldDue = dateFrom(q.value(4));
    e.newDue = dateFrom(q.value(5));
    e.reason = q.value(6).toString();
    e.status = extensionStatusFromCode(q.value(7).toString());
    e.decidedAt = timeFrom(q.value(8));
    e.decidedBy = q.value(9).toLongLong();
    e.decisionReason = q.value(10).toString();
    return e;
}
const QString kExtCols = QStringLiteral(
    "id, loan_id, requested_at, COALESCE(requested_by, 0), old_due, new_due, reason, status, decided_at, "
    "COALESCE(decided_by, 0), COALESCE(decision_reason, '')");

DamageRecord damageFrom(const QSqlQuery& q, int)
{
    DamageRecord d;
    d.id = q.value(0).toLongLong();
    d.dossierId = q.value(1).toLongLong();
    d.archiveNo = q.value(2).toString();
    d.loanId = q.value(3).toLongLong();
    d.condition = returnConditionFromCode(q.value(4).toString());
    d.note = q.value(5).toString();
    d.department = q.value(6).toString();
    d.recordedAt = timeFrom(q.value(7));
    d.recordedByName = q.value(8).toString();
    d.repairedAt = timeFrom(q.value(9));
    d.repairNote = q.value(10).toString();
    d.photoKey = q.value(11).toString();
    d.photoName = q.value(12).toString();
    d.photoMime = q.value(13).toString();
    return d;
}

CopyEntry copyFrom(const QSqlQuery& q, int)
{
    CopyEntry c;
    c.id = q.value(0).toLongLong();
    c.loanId = q.value(1).toLongLong();
    c.dossierId = q.value(2).toLongLong();
    c.archiveNo = q.value(3).toString();
    c.title = q.value(4).toString();
    c.pages = q.value(5).toString();
    c.sheets = q.value(6).toInt();
    c.copies = q.value(7).toInt();
    c.purpose = q.value(8).toString();
    c.madeAt = timeFrom(q.value(9));
    c.madeByName = q.value(10).toString();
    c.borrowerName = q.value(11).toString();
    c.department = q.value(12).toString();
    c.approverName = q.value(13).toString();
    c.note = q.value(14).toString();
    return c;
}

OwnerRequest ownerRequestFrom(const QSqlQuery& q, int)
{
    OwnerRequest r;
    r.id = q.value(0).toLongLong();
    r.dossierId = q.value(1).toLongLong();
    r.archiveNo = q.value(2).toString();
    r.personId = q.value(3).toLongLong();
    r.kind = ownerRequestKindFromCode(q.value(4).toString());
    r.detail = q.value(5).toString();
    r.receivedAt = timeFrom(q.value(6));
    r.answer = q.value(7).toString();
    r.answeredAt = timeFrom(q.value(8));
    return r;
}
const QString kOwnerRequestSelect = QStringLiteral(
    "SELECT r.id, r.dossier_id, d.archive_no, COALESCE(r.person_id, 0), r.kind, r.detail, r.received_at, "
    "COALESCE(r.answer, ''), r.answered_at FROM owner_requests r JOIN dossiers d ON d.id = r.dossier_id ");

} // namespace

Result<LoanRepository::Period> LoanRepository::period(const QString& category)
{
    return oneOf<Period>(
        m_db.exec(
            QStringLiteral("SELECT loan_days, loan_working_days, department FROM categories WHERE code = ?"),
            {category}),
        [](const QSqlQuery& q, int) {
            return Period{q.value(0).toInt(), q.value(1).toInt() != 0, q.value(2).toString()};
        },
        category);
}

Status LoanRepository::setDossierStatus(qint64 dossierId, const QString& status)
{
    return done(
        m_db.write(QStringLiteral("UPDATE dossiers SET status = ? WHERE id = ?"), {status, dossierId}));
}

Result<qint64> LoanRepository::insert(const Loan& l)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO loans(dossier_id, borrower_id, borrower_name, department, mode, purpose, "
                       "wanted_return, pages, status, rule, approver_department, requested_at, requested_by, "
                       "decided_at, decided_by, decision_reason, due) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {l.dossierId, nullableId(l.borrowerId), l.borrowerName, l.department, accessModeCode(l.mode),
         l.purpose, nullableDate(l.wantedReturn), nullableText(l.pages), loanStatusCode(l.status), l.rule,
         nullableText(l.approverDepartment), timestamp(l.requestedAt), nullableId(l.requestedBy),
         nullableTime(l.decidedAt), nullableId(l.decidedBy), nullableText(l.decisionReason),
         nullableDate(l.due)});
}

Result<Loan> LoanRepository::byId(qint64 id)
{
    return oneOf<Loan>(m_db.exec(kLoanSelect + QStringLiteral("WHERE l.id = ?"), {id}), loanFrom,
                       QString::number(id));
}

Result<QList<Loan>> LoanRepository::list(const Filter& f)
{
    QStringList where;
    QVariantList args;
    if (!f.statuses.isEmpty()) {
        QStringList codes;
        for (LoanStatus s : f.statuses) {
            codes << QStringLiteral("?");
            args << loanStatusCode(s);
        }
        where << QStringLiteral("l.status IN (%1)").arg(codes.join(QStringLiteral(", ")));
    }
    if (f.borrowerId) {
        where << QStringLiteral("l.borrower_id = ?");
        args << f.borrowerId;
    }
    if (!f.department.isEmpty()) {
        where << QStringLiteral("(l.department = ? OR l.approver_department = ?)");
        args << f.department << f.department;
    }
    if (f.dossierId) {
        where << QStringLiteral("l.dossier_id = ?");
        args << f.dossierId;
    }
    if (f.overdueOn.isValid()) {
        where << QStringLiteral("l.status = 'out' AND l.due < ?");
        args << f.overdueOn.toString(Qt::ISODate);
    }
    QString sql = kLoanSelect;
    if (!where.isEmpty())
        sql += QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND "));
    sql += f.overdueOn.isValid() ? QStringLiteral(" ORDER BY l.department, l.borrower_name, l.due, l.id")
                                 : QStringLiteral(" ORDER BY l.id DESC");
    sql += QStringLiteral(" LIMIT %1").arg(f.limit);
    return listOf<Loan>(m_db.exec(sql, args), loanFrom);
}

Result<QList<Loan>> LoanRepository::awaitingDecision(const QString& department, qint64 deciderId)
{
    // Nobody decides their own request (R25, R32): a request the decider borrows or asked for, an
    // extension the decider asked for or of the decider's own loan, is left to someone else.
    QString sql =
        kLoanSelect +
        QStringLiteral("WHERE ((l.status = 'pending' AND COALESCE(l.borrower_id, 0) <> ? AND "
                       "COALESCE(l.requested_by, 0) <> ?) OR EXISTS (SELECT 1 FROM loan_extensions e "
                       "WHERE e.loan_id = l.id AND e.status = 'pending' AND COALESCE(e.requested_by, 0) "
                       "<> ? AND COALESCE(l.borrower_id, 0) <> ?))");
    QVariantList args{deciderId, deciderId, deciderId, deciderId};
    if (!department.isEmpty()) {
        sql += QStringLiteral(" AND l.approver_department = ?");
        args << department;
    }
    return listOf<Loan>(m_db.exec(sql + QStringLiteral(" ORDER BY l.id"), args), loanFrom);
}

Result<std::optional<qint64>> LoanRepository::outLoanOf(qint64 dossierId)
{
    auto v = m_db.scalar(QStringLiteral("SELECT id FROM loans WHERE dossier_id = ? AND status = 'out'"),
                         {dossierId});
    if (!v)
        return v.error();
    if (!v.value().isValid())
        return std::optional<qint64>();
    return std::optional<qint64>(v.value().toLongLong());
}

Result<QList<qint64>> LoanRepository::approvedTakeOuts(qint64 dossierId, qint64 borrowerId)
{
    return listOf<qint64>(
        m_db.exec(
            QStringLiteral("SELECT id FROM loans WHERE dossier_id = ? AND status = 'approved' AND mode = "
                           "'borrow' AND (? = 0 OR borrower_id = ?) ORDER BY id"),
            {dossierId, borrowerId, borrowerId}),
        [](const QSqlQuery& q, int) { return q.value(0).toLongLong(); });
}

Status LoanRepository::decide(qint64 id, LoanStatus status, qint64 by, const QDateTime& at,
                              const QString& reason)
{
    return done(
        m_db.write(QStringLiteral("UPDATE loans SET status = ?, decided_by = ?, decided_at = ?, "
                                  "decision_reason = ? WHERE id = ?"),
                   {loanStatusCode(status), nullableId(by), timestamp(at), nullableText(reason), id}));
}

Status LoanRepository::checkOut(qint64 id, const QDate& due, qint64 by, const QDateTime& at,
                                const QString& statusBefore)
{
    return done(m_db.write(QStringLiteral("UPDATE loans SET status = 'out', due = ?, checked_out_by = ?, "
                                          "checked_out_at = ?, dossier_status_before = ? WHERE id = ?"),
                           {nullableDate(due), nullableId(by), timestamp(at), statusBefore, id}));
}

Status LoanRepository::giveBack(qint64 id, qint64 by, const QDateTime& at, ReturnCondition c,
                                const QString& note)
{
    return done(
        m_db.write(QStringLiteral("UPDATE loans SET status = 'returned', returned_by = ?, returned_at = ?, "
                                  "return_condition = ?, return_note = ? WHERE id = ?"),
                   {nullableId(by), timestamp(at), returnConditionCode(c), nullableText(note), id}));
}

Status LoanRepository::setDue(qint64 id, const QDate& due)
{
    return done(m_db.write(QStringLiteral("UPDATE loans SET due = ? WHERE id = ?"), {nullableDate(due), id}));
}

Status LoanRepository::markLost(qint64 id, qint64 by, const QDateTime& at, const QString& report)
{
    return done(m_db.write(
        QStringLiteral(
            "UPDATE loans SET status = 'lost', lost_by = ?, lost_at = ?, lost_report = ? WHERE id = ?"),
        {nullableId(by), timestamp(at), report, id}));
}

Status LoanRepository::close(qint64 id, LoanStatus status)
{
    return done(
        m_db.write(QStringLiteral("UPDATE loans SET status = ? WHERE id = ?"), {loanStatusCode(status), id}));
}

Status LoanRepository::setVisit(qint64 id, qint64 visitId)
{
    return done(m_db.write(QStringLiteral("UPDATE loans SET visit_id = ? WHERE id = ?"), {visitId, id}));
}

Result<qint64> LoanRepository::insertExtension(const LoanExtension& e)
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO loan_extensions(loan_id, requested_at, requested_by, old_due, new_due, reason, "
            "status, decided_at, decided_by, decision_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {e.loanId, timestamp(e.requestedAt), nullableId(e.requestedBy), nullableDate(e.oldDue),
         nullableDate(e.newDue), e.reason, extensionStatusCode(e.status), nullableTime(e.decidedAt),
         nullableId(e.decidedBy), nullableText(e.decisionReason)});
}

Result<std::optional<LoanExtension>> LoanRepository::pendingExtension(qint64 loanId)
{
    auto l = listOf<LoanExtension>(
        m_db.exec(QStringLiteral("SELECT %1 FROM loan_extensions WHERE loan_id = ? AND status = 'pending' "
                                 "ORDER BY id DESC LIMIT 1")
                      .arg(kExtCols),
                  {loanId}),
        extensionFrom);
    if (!l)
        return l.error();
    if (l->isEmpty())
        return std::optional<LoanExtension>();
    return std::optional<LoanExtension>(l->first());
}

Result<QList<LoanExtension>> LoanRepository::extensions(qint64 loanId)
{
    return listOf<LoanExtension>(
        m_db.exec(
            QStringLiteral("SELECT %1 FROM loan_extensions WHERE loan_id = ? ORDER BY id").arg(kExtCols),
            {loanId}),
        extensionFrom);
}

Status LoanRepository::decideExtension(qint64 id, ExtensionStatus s, qint64 by, const QDateTime& at,
                                       const QString& reason)
{
    return done(
        m_db.write(QStringLiteral("UPDATE loan_extensions SET status = ?, decided_by = ?, decided_at = ?, "
                                  "decision_reason = ? WHERE id = ?"),
                   {extensionStatusCode(s), nullableId(by), timestamp(at), nullableText(reason), id}));
}

Result<qint64> LoanRepository::insertDamage(const DamageRecord& d, qint64 by)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO damage_records(dossier_id, loan_id, condition, note, department, "
                       "recorded_at, recorded_by, photo_key, photo_name, photo_mime) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {d.dossierId, nullableId(d.loanId), returnConditionCode(d.condition), d.note, d.department,
         timestamp(d.recordedAt), nullableId(by), nullableText(d.photoKey), nullableText(d.photoName),
         nullableText(d.photoMime)});
}

Result<QList<DamageRecord>> LoanRepository::damages(const QString& department, bool openOnly)
{
    QString sql = QStringLiteral(
        "SELECT r.id, r.dossier_id, d.archive_no, COALESCE(r.loan_id, 0), r.condition, r.note, r.department, "
        "r.recorded_at, COALESCE(u.display_name, ''), r.repaired_at, COALESCE(r.repair_note, ''), "
        "COALESCE(r.photo_key, ''), COALESCE(r.photo_name, ''), COALESCE(r.photo_mime, '') "
        "FROM damage_records r JOIN dossiers d ON d.id = r.dossier_id LEFT JOIN users u ON u.id = "
        "r.recorded_by "
        "WHERE (? = '' OR r.department = ?)");
    if (openOnly)
        sql += QStringLiteral(" AND r.repaired_at IS NULL");
    sql += QStringLiteral(" ORDER BY r.id");
    return listOf<DamageRecord>(m_db.exec(sql, {department, department}), damageFrom);
}

Status LoanRepository::repair(qint64 id, qint64 by, const QDateTime& at, const QString& note)
{
    return done(m_db.write(
        QStringLiteral(
            "UPDATE damage_records SET repaired_at = ?, repaired_by = ?, repair_note = ? WHERE id = ?"),
        {timestamp(at), nullableId(by), note, id}));
}

Result<qint64> LoanRepository::insertCopy(const CopyEntry& c, qint64 by)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO copy_entries(loan_id, dossier_id, pages, sheets, copies, purpose, "
                       "made_at, made_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {c.loanId, c.dossierId, c.pages, c.sheets, c.copies, c.purpose, timestamp(c.madeAt), nullableId(by),
         nullableText(c.note)});
}

Result<QList<CopyEntry>> LoanRepository::copies(qint64 dossierId)
{
    return listOf<CopyEntry>(
        m_db.exec(
            QStringLiteral(
                "SELECT c.id, c.loan_id, c.dossier_id, d.archive_no, d.title, c.pages, c.sheets, c.copies, "
                "c.purpose, c.made_at, COALESCE(m.display_name, ''), l.borrower_name, l.department, "
                "COALESCE(a.display_name, ''), COALESCE(c.note, '') FROM copy_entries c "
                "JOIN dossiers d ON d.id = c.dossier_id JOIN loans l ON l.id = c.loan_id "
                "LEFT JOIN users m ON m.id = c.made_by LEFT JOIN users a ON a.id = l.decided_by "
                "WHERE (? = 0 OR c.dossier_id = ?) ORDER BY c.id"),
            {dossierId, dossierId}),
        copyFrom);
}

Result<qint64> LoanRepository::insertVisit(const Visit& v, qint64 by)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO visits(dossier_id, organ, officer, credential, approved_by, "
                       "visited_at, registered_by, note) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
        {v.dossierId, v.organ, v.officer, v.credential, v.approvedBy, timestamp(v.visitedAt), nullableId(by),
         nullableText(v.note)});
}

Result<Visit> LoanRepository::visit(qint64 id)
{
    return oneOf<Visit>(
        m_db.exec(
            QStringLiteral(
                "SELECT v.id, v.dossier_id, d.archive_no, v.organ, v.officer, v.credential, v.approved_by, "
                "COALESCE(u.display_name, ''), v.visited_at, COALESCE(v.note, ''), "
                "COALESCE((SELECT id FROM loans WHERE visit_id = v.id), 0) FROM visits v "
                "JOIN dossiers d ON d.id = v.dossier_id LEFT JOIN users u ON u.id = v.approved_by "
                "WHERE v.id = ?"),
            {id}),
        [](const QSqlQuery& q, int) {
            Visit v;
            v.id = q.value(0).toLongLong();
            v.dossierId = q.value(1).toLongLong();
            v.archiveNo = q.value(2).toString();
            v.organ = q.value(3).toString();
            v.officer = q.value(4).toString();
            v.credential = q.value(5).toString();
            v.approvedBy = q.value(6).toLongLong();
            v.approvedByName = q.value(7).toString();
            v.visitedAt = timeFrom(q.value(8));
            v.note = q.value(9).toString();
            v.loanId = q.value(10).toLongLong();
            return v;
        },
        QString::number(id));
}

Result<qint64> LoanRepository::insertOwnerRequest(const OwnerRequest& r, qint64 by)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO owner_requests(dossier_id, person_id, kind, detail, received_at, "
                       "received_by) VALUES (?, ?, ?, ?, ?, ?)"),
        {r.dossierId, nullableId(r.personId), ownerRequestKindCode(r.kind), r.detail, timestamp(r.receivedAt),
         nullableId(by)});
}

Status LoanRepository::answerOwnerRequest(qint64 id, const QString& answer, qint64 by, const QDateTime& at)
{
    return done(m_db.write(
        QStringLiteral("UPDATE owner_requests SET answer = ?, answered_by = ?, answered_at = ? WHERE id = ?"),
        {answer, nullableId(by), timestamp(at), id}));
}

Result<QList<OwnerRequest>> LoanRepository::ownerRequests(bool openOnly)
{
    return listOf<OwnerRequest>(
        m_db.exec(kOwnerRequestSelect +
                  (openOnly ? QStringLiteral("WHERE r.answered_at IS NULL ") : QString()) +
                  QStringLiteral("ORDER BY r.id")),
        ownerRequestFrom);
}

Result<OwnerRequest> LoanRepository::ownerRequest(qint64 id)
{
    return oneOf<OwnerRequest>(m_db.exec(kOwnerRequestSelect + QStringLiteral("WHERE r.id = ?"), {id}),
                               ownerRequestFrom, QString::number(id));
}

Result<QList<CalendarYear>> LoanRepository::calendarYears()
{
    auto years = listOf<CalendarYear>(
        m_db.exec(QStringLiteral("SELECT year, source FROM calendar_years ORDER BY year")),
        [](const QSqlQuery& q, int) {
            return CalendarYear{q.value(0).toInt(), {}, q.value(1).toString()};
        });
    if (!years)
        return years;
    for (CalendarYear& y : years.value()) {
        auto days = listOf<CalendarDay>(
            m_db.exec(QStringLiteral("SELECT day, off, name FROM calendar_days WHERE year = ? ORDER BY day"),
                      {y.year}),
            [](const QSqlQuery& q, int) {
                return CalendarDay{dateFrom(q.value(0)), q.value(1).toInt() != 0, q.value(2).toString()};
            });
        if (!days)
            return days.error();
        y.days = days.value();
    }
    return years;
}

Status LoanRepository::putCalendarYear(const CalendarYear& y, qint64 by, const QDateTime& at)
{
    if (auto s = done(m_db.write(QStringLiteral("DELETE FROM calendar_days WHERE year = ?"), {y.year})); !s)
        return s;
    if (auto s = done(m_db.write(QStringLiteral("DELETE FROM calendar_years WHERE year = ?"), {y.year})); !s)
        return s;
    if (auto s = done(m_db.write(
            QStringLiteral(
                "INSERT INTO calendar_years(year, source, loaded_at, loaded_by) VALUES (?, ?, ?, ?)"),
            {y.year, y.source, timestamp(at), nullableId(by)}));
        !s)
        return s;
    for (const CalendarDay& d : y.days)
        if (auto s = done(m_db.write(
                QStringLiteral("INSERT INTO calendar_days(year, day, off, name) VALUES (?, ?, ?, ?)"),
                {y.year, d.date.toString(Qt::ISODate), d.off ? 1 : 0, d.name}));
            !s)
            return s;
    return {};
}

} // namespace ar
