#include "ReconSessionService.h"

#include "ReconSupport.h"

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

ReconSessionService::ReconSessionService(Context& ctx, PlaceService& places)
    : m_ctx(ctx), m_places(places), m_repo(ctx.reconciliation), m_loans(ctx.loans)
{
}

QString ReconSessionService::loanNote(qint64 loanId)
{
    auto l = m_loans.byId(loanId);
    if (!l)
        return tr("loan %1").arg(loanId);
    return tr("loan %1 to %2 (%3), due %4")
        .arg(QString::number(loanId), l->borrowerName, l->department, l->due.toString(Qt::ISODate));
}

Result<ReconSession> ReconSessionService::start(const QString& locationPath)
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
    auto in = ReconSupport(m_ctx).range(draft);
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
    if (auto s = ReconSupport(m_ctx).audit(
            draft, QStringLiteral("start"), {},
            {{QStringLiteral("scope"), scope}, {QStringLiteral("expected"), n.value()}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return m_repo.session(id.value());
}

Result<ReconSession> ReconSessionService::session(qint64 id)
{
    if (auto s = ReconSupport(m_ctx).mayRead(); !s)
        return s.error();
    auto r = m_repo.session(id);
    if (!r && r.error().code == ErrorCode::NotFound)
        return Error::of(ErrorCode::NotFound, tr("There is no reconciliation session %1").arg(id));
    return r;
}

Result<QList<ReconSession>> ReconSessionService::sessions()
{
    if (auto s = ReconSupport(m_ctx).mayRead(); !s)
        return s.error();
    return m_repo.sessions();
}

Result<ReconSession> ReconSessionService::openSession(qint64 id)
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

Result<ReconScanResult> ReconSessionService::scan(qint64 sessionId, const QString& code)
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
        auto place = ReconSupport(m_ctx).placeOf(d->locationId);
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
            auto in = ReconSupport(m_ctx).range(s.value());
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
    if (auto a = ReconSupport(m_ctx).audit(s.value(), QStringLiteral("scan"), r.archiveNo, detail); !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return out;
}

Result<QList<ReconScanResult>> ReconSessionService::scans(qint64 sessionId)
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

Result<ReconTally> ReconSessionService::tally(qint64 sessionId)
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
        auto place = ReconSupport(m_ctx).placeOf(x.locationId);
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

Result<ReconTally> ReconSessionService::finish(qint64 sessionId)
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
        if (auto a = ReconSupport(m_ctx).audit(s.value(), QStringLiteral("missing"), x.archiveNo, {}); !a)
            return a.error();
    }
    if (auto r = m_repo.finishSession(sessionId, now, m_ctx.userId()); !r)
        return r.error();
    if (auto a = ReconSupport(m_ctx).audit(
            s.value(), QStringLiteral("finish"), {},
            {{QStringLiteral("expected"), int(expected->size())}, {QStringLiteral("missing"), missing}});
        !a)
        return a.error();
    if (auto c = tx.commit(); !c)
        return c.error();
    return tally(sessionId);
}

Status ReconSessionService::moveHere(qint64 sessionId, const QString& archiveNo)
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
    if (auto a = ReconSupport(m_ctx).audit(
            s.value(), QStringLiteral("move_here"), misplaced->archiveNo,
            {{QStringLiteral("from"), misplaced->place}, {QStringLiteral("to"), s->scope}});
        !a)
        return a;
    return tx.commit();
}

} // namespace ar
