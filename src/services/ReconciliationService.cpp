#include "ReconciliationService.h"

#include "Context.h"
#include "print/Table.h"
#include "storage/LoanRepository.h"
#include "storage/ReconciliationRepository.h"

#include "AuditService.h"
#include "core/TextNormalize.h"

#include <QJsonObject>
#include <QSet>
#include <QTimeZone>

#include <algorithm>

namespace ar {

ReconciliationService::ReconciliationService(Context& ctx, PlaceService& places)
    : m_ctx(ctx), m_places(places), m_repo(ctx.reconciliation), m_loans(ctx.loans)
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

Status ReconciliationService::mayRead() const
{
    if (m_ctx.can(Permission::FileDossiers) || m_ctx.can(Permission::ApproveLoans))
        return {};
    return m_ctx.require(Permission::FileDossiers);
}

Status ReconciliationService::audit(const ReconSession& s, const QString& step, const QString& archiveNo,
                                    const QJsonObject& detail)
{
    QJsonObject d = detail;
    d.insert(QStringLiteral("step"), step);
    d.insert(QStringLiteral("rule"), QStringLiteral("R44"));
    return AuditService(m_ctx).record(AuditAction::Reconcile, QStringLiteral("reconciliation"), s.id,
                                      archiveNo, auditDetail(d));
}

Result<QString> ReconciliationService::placeOf(qint64 locationId)
{
    if (locationId <= 0)
        return tr("not shelved");
    return m_ctx.locations.path(locationId);
}

Result<QSet<qint64>> ReconciliationService::range(const ReconSession& s)
{
    auto all = m_ctx.locations.all();
    if (!all)
        return all.error();
    QSet<qint64> in;
    if (s.locationId <= 0) {
        for (const Location& l : all.value())
            in.insert(l.id);
        return in;
    }
    in.insert(s.locationId);
    // Children may come before or after their parents: repeat until nothing is added.
    for (bool added = true; added;) {
        added = false;
        for (const Location& l : all.value())
            if (in.contains(l.parentId) && !in.contains(l.id)) {
                in.insert(l.id);
                added = true;
            }
    }
    return in;
}

QString ReconciliationService::loanNote(qint64 loanId)
{
    auto l = m_loans.byId(loanId);
    if (!l)
        return tr("loan %1").arg(loanId);
    return tr("loan %1 to %2 (%3), due %4")
        .arg(QString::number(loanId), l->borrowerName, l->department, l->due.toString(Qt::ISODate));
}

Result<ReconSession> ReconciliationService::start(const QString& locationPath)
{
    if (auto s = m_ctx.require(Permission::FileDossiers); !s)
        return s.error();
    const QString path = text::normalize(locationPath);
    qint64 locationId = 0;
    QString scope;
    if (!path.isEmpty()) {
        auto id = m_ctx.locations.byPath(path);
        if (!id) {
            if (id.error().code != ErrorCode::NotFound)
                return id.error();
            return Error::invalid(
                QStringLiteral("location"), locationPath,
                tr("There is no location %1 (see the list of locations)").arg(locationPath));
        }
        locationId = id.value();
        auto p = m_ctx.locations.path(locationId);
        if (!p)
            return p.error();
        scope = p.value();
    }
    ReconSession draft;
    draft.locationId = locationId;
    auto in = range(draft);
    if (!in)
        return in.error();
    Transaction tx(m_ctx.db);
    auto id = m_repo.insertSession(locationId, scope, m_ctx.clock.now(), m_ctx.userId());
    if (!id)
        return id.error();
    auto n = m_repo.fillExpected(id.value(), QList<qint64>(in->begin(), in->end()), locationId <= 0);
    if (!n)
        return n.error();
    draft.id = id.value();
    if (auto s = audit(draft, QStringLiteral("start"), {},
                       {{QStringLiteral("scope"), scope}, {QStringLiteral("expected"), n.value()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return m_repo.session(id.value());
}

Result<ReconSession> ReconciliationService::session(qint64 id)
{
    if (auto s = mayRead(); !s)
        return s.error();
    auto r = m_repo.session(id);
    if (!r && r.error().code == ErrorCode::NotFound)
        return Error::of(ErrorCode::NotFound, tr("There is no reconciliation session %1").arg(id));
    return r;
}

Result<QList<ReconSession>> ReconciliationService::sessions()
{
    if (auto s = mayRead(); !s)
        return s.error();
    return m_repo.sessions();
}

Result<ReconSession> ReconciliationService::openSession(qint64 id)
{
    if (auto s = m_ctx.require(Permission::FileDossiers); !s)
        return s.error();
    auto r = session(id);
    if (!r)
        return r;
    if (r->finished())
        return Error::of(ErrorCode::Conflict,
                         tr("Reconciliation session %1 is finished and can no longer be changed").arg(id));
    return r;
}

Result<ReconScanResult> ReconciliationService::scan(qint64 sessionId, const QString& code)
{
    // The borrow desk's reading of a scanned spine label (DossierService::resolve): the 档号 as
    // the scanner typed it, with or without the "·", in any case; a code that fits several
    // dossiers is refused with them listed and saves nothing.
    const QString scanned = code.trimmed();
    if (scanned.isEmpty())
        return Error::invalid(QStringLiteral("code"), code,
                              tr("Scan a spine label or type an archive number"));
    Transaction tx(m_ctx.db);
    auto s = openSession(sessionId);
    if (!s)
        return s.error();
    ReconScanResult out;
    ReconScan& r = out.scan;
    r.sessionId = sessionId;
    r.code = scanned;
    r.at = m_ctx.clock.now();
    auto d = DossierService::resolveOne(m_ctx, scanned, QStringLiteral("code"));
    if (!d && d.error().code != ErrorCode::NotFound)
        return d.error();
    if (d) {
        r.dossierId = d->id;
        r.archiveNo = d->archiveNo;
        r.title = d->title;
        auto place = placeOf(d->locationId);
        if (!place)
            return place.error();
        r.place = place.value();
    }
    auto before = m_repo.scannedBefore(sessionId, r.dossierId, scanned);
    if (!before)
        return before.error();
    if (before.value()) {
        r.result = QStringLiteral("duplicate");
    } else if (!d) {
        r.result = QStringLiteral("unknown");
    } else if (d->status == QLatin1String("destroyed")) {
        r.result = QStringLiteral("destroyed");
    } else {
        auto loan = m_loans.outLoanOf(d->id);
        if (!loan)
            return loan.error();
        if (loan.value()) {
            r.result = QStringLiteral("on_loan");
            r.loanId = *loan.value();
        } else {
            auto in = range(s.value());
            if (!in)
                return in.error();
            r.result = in->contains(d->locationId) ? QStringLiteral("found") : QStringLiteral("misplaced");
        }
    }
    auto id = m_repo.insertScan(r, m_ctx.userId());
    if (!id)
        return id.error();
    r.id = id.value();
    if (r.loanId > 0)
        out.note = loanNote(r.loanId);
    // The folder is in the clerk's hand: a missing record of it is closed (R44).
    if (r.result == QLatin1String("found") || r.result == QLatin1String("misplaced")) {
        auto open = m_repo.openMissing(r.dossierId);
        if (!open)
            return open.error();
        if (!open->isEmpty()) {
            out.wasMissingSince = open->first().since;
            if (auto n = m_repo.resolveMissing(r.dossierId, QStringLiteral("found"), sessionId, r.at,
                                               m_ctx.userId());
                !n)
                return n.error();
        }
    }
    QJsonObject detail{{QStringLiteral("result"), r.result}, {QStringLiteral("code"), scanned}};
    if (out.wasMissingSince.isValid())
        detail.insert(QStringLiteral("missing_since"), out.wasMissingSince.toString(Qt::ISODate));
    if (auto a = audit(s.value(), QStringLiteral("scan"), r.archiveNo, detail); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return out;
}

Result<QList<ReconScanResult>> ReconciliationService::scans(qint64 sessionId)
{
    if (auto s = session(sessionId); !s)
        return s.error();
    auto all = m_repo.scans(sessionId);
    if (!all)
        return all.error();
    QList<ReconScanResult> out;
    for (const ReconScan& s : all.value()) {
        ReconScanResult r;
        r.scan = s;
        if (s.loanId > 0)
            r.note = loanNote(s.loanId);
        else if (s.moved)
            r.note = tr("moved here");
        out << r;
    }
    return out;
}

Result<ReconTally> ReconciliationService::tally(qint64 sessionId)
{
    auto s = session(sessionId);
    if (!s)
        return s.error();
    ReconTally t;
    t.session = s.value();
    auto expected = m_repo.expected(sessionId);
    auto scans = this->scans(sessionId);
    if (!expected || !scans)
        return !expected ? expected.error() : scans.error();
    t.expected = int(expected->size());
    QSet<qint64> onLoan;
    for (const ReconScanResult& r : scans.value()) {
        const ReconScan& c = r.scan;
        const ReconEntry e{c.archiveNo.isEmpty() ? c.code : c.archiveNo, c.title, c.place, r.note};
        if (c.result == QLatin1String("found")) {
            ++t.found;
        } else if (c.result == QLatin1String("misplaced")) {
            t.misplacedList << e;
        } else if (c.result == QLatin1String("on_loan")) {
            onLoan.insert(c.dossierId);
            t.onLoanList << e;
        } else if (c.result == QLatin1String("destroyed")) {
            t.destroyedList << e;
        } else if (c.result == QLatin1String("unknown")) {
            t.unknownList << e;
        } else {
            ++t.duplicate;
        }
    }
    for (const ReconExpected& x : expected.value()) {
        if (x.scanned)
            continue;
        QString outcome = x.outcome;
        QString note;
        if (!t.session.finished()) {
            // Live: what finishing now would say.
            auto out = m_loans.outLoanOf(x.dossierId);
            if (!out)
                return out.error();
            if (out.value()) {
                outcome = QStringLiteral("on_loan");
                note = loanNote(*out.value());
            } else if (x.status != QLatin1String("destroyed") && x.status != QLatin1String("lost")) {
                outcome = QStringLiteral("missing");
            }
        }
        auto place = placeOf(x.locationId);
        if (!place)
            return place.error();
        const ReconEntry e{x.archiveNo, x.title, place.value(), note};
        if (outcome == QLatin1String("missing"))
            t.missingList << e;
        else if (outcome == QLatin1String("on_loan") && !onLoan.contains(x.dossierId))
            t.onLoanList << e;
    }
    t.misplaced = int(t.misplacedList.size());
    t.onLoan = int(t.onLoanList.size());
    t.missing = int(t.missingList.size());
    t.unknown = int(t.unknownList.size());
    t.destroyed = int(t.destroyedList.size());
    return t;
}

Result<ReconTally> ReconciliationService::finish(qint64 sessionId)
{
    Transaction tx(m_ctx.db);
    auto s = openSession(sessionId);
    if (!s)
        return s.error();
    auto expected = m_repo.expected(sessionId);
    if (!expected)
        return expected.error();
    const QDateTime now = m_ctx.clock.now();
    int missing = 0;
    for (const ReconExpected& x : expected.value()) {
        if (x.scanned || x.status == QLatin1String("destroyed") || x.status == QLatin1String("lost"))
            continue;
        auto out = m_loans.outLoanOf(x.dossierId);
        if (!out)
            return out.error();
        const QString outcome = out.value() ? QStringLiteral("on_loan") : QStringLiteral("missing");
        if (auto r = m_repo.setOutcome(sessionId, x.dossierId, outcome); !r)
            return r.error();
        if (out.value())
            continue;
        ++missing;
        // Missing since the first session that missed it: an open record is kept as it is.
        auto open = m_repo.openMissing(x.dossierId);
        if (!open)
            return open.error();
        if (open->isEmpty())
            if (auto r = m_repo.insertMissing(x.dossierId, sessionId, now.toLocalTime().date()); !r)
                return r.error();
        if (auto a = audit(s.value(), QStringLiteral("missing"), x.archiveNo, {}); !a)
            return a.error();
    }
    if (auto r = m_repo.finishSession(sessionId, now, m_ctx.userId()); !r)
        return r.error();
    if (auto a = audit(
            s.value(), QStringLiteral("finish"), {},
            {{QStringLiteral("expected"), int(expected->size())}, {QStringLiteral("missing"), missing}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return tally(sessionId);
}

Status ReconciliationService::moveHere(qint64 sessionId, const QString& archiveNo)
{
    Transaction tx(m_ctx.db);
    auto s = openSession(sessionId);
    if (!s)
        return s.error();
    if (s->locationId <= 0)
        return Error::of(
            ErrorCode::Conflict,
            tr("Session %1 covers the whole archive: move the folder to its place by hand").arg(sessionId));
    auto scans = m_repo.scans(sessionId);
    if (!scans)
        return scans.error();
    const ReconScan* misplaced = nullptr;
    for (const ReconScan& c : scans.value())
        if (c.archiveNo == archiveNo.trimmed() && c.result == QLatin1String("misplaced"))
            misplaced = &c;
    if (!misplaced)
        return Error::invalid(
            QStringLiteral("archive_no"), archiveNo,
            tr("%1 was not scanned as misplaced in session %2").arg(archiveNo.trimmed()).arg(sessionId));
    if (misplaced->moved)
        return {};
    if (auto m = m_places.move(misplaced->dossierId, s->locationId,
                               tr("reconciliation session %1").arg(sessionId));
        !m)
        return m;
    if (auto m = m_repo.setMoved(misplaced->id); !m)
        return m;
    if (auto a = audit(s.value(), QStringLiteral("move_here"), misplaced->archiveNo,
                       {{QStringLiteral("from"), misplaced->place}, {QStringLiteral("to"), s->scope}});
        !a)
        return a;
    return tx.commit();
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
    if (auto s = mayRead(); !s)
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
        auto in = range(s);
        if (!in)
            return in.error();
        covered.unite(in.value());
        auto t = tally(s.id);
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
        auto path = placeOf(it.key());
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
    if (auto s = mayRead(); !s)
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
    if (auto a = audit(of, QStringLiteral("lost"), no,
                       {{QStringLiteral("missing_since"), open->first().since.toString(Qt::ISODate)},
                        {QStringLiteral("report"), auditTextRef(QStringLiteral("loss_report"), text)}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return m_ctx.dossiers.byId(d->id);
}

} // namespace ar
