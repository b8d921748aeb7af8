// The reconciliation of a month (R44), the missing dossiers it found and the report of a loss
// (R34). The sessions and their scans are ReconSessionService's; the report is in
// ReconciliationReport.cpp.
#include "ReconciliationService.h"

#include "Context.h"
#include "ReconSupport.h"
#include "storage/LoanRepository.h"
#include "storage/ReconciliationRepository.h"

#include "AuditService.h"

#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace ar {

ReconciliationService::ReconciliationService(Context& ctx, ReconSessionService& sessions)
    : m_ctx(ctx), m_sessions(sessions), m_repo(ctx.reconciliation), m_loans(ctx.loans)
{
}

QString ReconciliationService::resultLabel(const QString& result)
{
    if (result == QLatin1String("found"))
        return tr("in place");
    if (result == QLatin1String("misplaced"))
        return tr("misplaced");
    if (result == QLatin1String("on_loan"))
        return tr("on loan");
    if (result == QLatin1String("destroyed"))
        return tr("destroyed");
    if (result == QLatin1String("unknown"))
        return tr("unknown code");
    if (result == QLatin1String("duplicate"))
        return tr("scanned already");
    if (result == QLatin1String("missing"))
        return tr("missing");
    return result;
}

Result<QDate> ReconciliationService::missingSince(qint64 dossierId)
{
    auto open = m_repo.openMissing(dossierId);
    if (!open)
        return open.error();
    return open->isEmpty() ? QDate() : open->first().since;
}

Result<ReconMonth> ReconciliationService::month(const QDate& day)
{
    if (auto s = ReconSupport(m_ctx).mayRead(); !s)
        return s.error();
    if (!day.isValid())
        return Error::invalid(QStringLiteral("month"), {}, tr("Give the month to report on"));
    ReconMonth m;
    m.month = QDate(day.year(), day.month(), 1);
    const QTimeZone zone = m_ctx.clock.now().timeZone();
    const auto inMonth = [&m, &zone](const QDateTime& t) {
        const QDate d = t.toTimeZone(zone).date();
        return d.year() == m.month.year() && d.month() == m.month.month();
    };
    auto all = m_repo.sessions();
    if (!all)
        return all.error();
    QSet<qint64> covered;
    QSet<QString> missingSeen;
    for (const ReconSession& s : all.value()) {
        if (!inMonth(s.finished() ? s.finishedAt : s.startedAt))
            continue;
        m.sessions << s;
        if (!s.finished())
            continue;
        ++m.finished;
        auto in = ReconSupport(m_ctx).range(s);
        if (!in)
            return in.error();
        covered.unite(in.value());
        auto t = m_sessions.tally(s.id);
        if (!t)
            return t.error();
        for (const ReconEntry& e : t->missingList)
            if (!missingSeen.contains(e.archiveNo)) {
                missingSeen.insert(e.archiveNo);
                m.missing << e;
            }
    }
    std::sort(m.sessions.begin(), m.sessions.end(),
              [](const ReconSession& a, const ReconSession& b) { return a.id < b.id; });
    auto places = m_repo.placesInUse();
    if (!places)
        return places.error();
    for (auto it = places->cbegin(); it != places->cend(); ++it) {
        if (covered.contains(it.key()))
            continue;
        auto path = ReconSupport(m_ctx).placeOf(it.key());
        if (!path)
            return path.error();
        m.uncovered << ReconPlace{it.key(), path.value(), it.value()};
    }
    std::sort(m.uncovered.begin(), m.uncovered.end(),
              [](const ReconPlace& a, const ReconPlace& b) { return a.path < b.path; });
    if (m.sessions.isEmpty())
        m.state = QStringLiteral("not_started");
    else if (m.finished > 0 && m.uncovered.isEmpty())
        m.state = QStringLiteral("done");
    else
        m.state = QStringLiteral("partly");
    return m;
}

QString ReconciliationService::monthStateLabel(const QString& state)
{
    if (state == QLatin1String("done"))
        return tr("done");
    if (state == QLatin1String("partly"))
        return tr("partly done");
    return tr("not started");
}

Result<QList<MissingDossier>> ReconciliationService::missing()
{
    if (auto s = ReconSupport(m_ctx).mayRead(); !s)
        return s.error();
    auto all = m_repo.openMissing();
    if (!all)
        return all.error();
    const User& u = *m_ctx.user();
    if (u.role != Role::Manager)
        return all;
    QList<MissingDossier> mine;
    for (const MissingDossier& m : all.value())
        if (m.department == u.department)
            mine << m;
    return mine;
}

Status ReconciliationService::resolveMissing(Context& ctx, qint64 dossierId, const QString& how,
                                             qint64 sessionId)
{
    auto n = ReconciliationRepository(ctx.db).resolveMissing(dossierId, how, sessionId, ctx.clock.now(),
                                                             ctx.userId());
    if (!n)
        return n.error();
    return {};
}

Result<Dossier> ReconciliationService::reportLost(const QString& archiveNo, const QString& report)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk).error();
    const QString no = archiveNo.trimmed();
    const QString text = report.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("report"), {}, tr("Write the report on the loss"));
    Transaction tx(m_ctx.db);
    auto d = DossierService::resolveOne(m_ctx, no);
    if (!d) {
        if (d.error().code != ErrorCode::NotFound)
            return d.error();
        return Error::invalid(QStringLiteral("archive_no"), archiveNo, d.error().message);
    }
    auto out = m_loans.outLoanOf(d->id);
    if (!out)
        return out.error();
    if (out.value())
        return Error::of(
            ErrorCode::Conflict,
            tr("Dossier %1 is out on loan %2: report the loss on the loan").arg(no).arg(*out.value()));
    auto open = m_repo.openMissing(d->id);
    if (!open)
        return open.error();
    if (open->isEmpty())
        return Error::of(
            ErrorCode::Conflict,
            tr("Dossier %1 is not missing: only a dossier a reconciliation found missing, or one "
               "that is out on loan, can be reported lost")
                .arg(no));
    if (m_ctx.user()->role == Role::Manager && open->first().department != m_ctx.user()->department)
        return m_ctx.refuse(Error::of(ErrorCode::PermissionDenied,
                                      tr("Dossier %1 belongs to %2").arg(no, open->first().department)),
                            "R34", QStringLiteral("report_lost"), QStringLiteral("dossier"), d->id, no);
    const QDateTime now = m_ctx.clock.now();
    if (auto s = m_ctx.dossiers.setStatus(d->id, QStringLiteral("lost")); !s)
        return s.error();
    for (const HistoryRepository::Row& row :
         {HistoryRepository::Row{QStringLiteral("dossier"), d->id, QStringLiteral("status"), d->status,
                                 QStringLiteral("lost"), false},
          HistoryRepository::Row{
              QStringLiteral("dossier"), d->id, QStringLiteral("lost_report"), {}, text, false}})
        if (auto s = m_ctx.history.append(row, m_ctx.userId(), now); !s)
            return s.error();
    if (auto s = resolveMissing(m_ctx, d->id, QStringLiteral("lost")); !s)
        return s.error();
    ReconSession of;
    of.id = open->first().sessionId;
    if (auto a = ReconSupport(m_ctx).audit(
            of, QStringLiteral("lost"), no,
            {{QStringLiteral("missing_since"), open->first().since.toString(Qt::ISODate)},
             {QStringLiteral("report"), auditTextRef(QStringLiteral("loss_report"), text)}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return m_ctx.dossiers.byId(d->id);
}

} // namespace ar
