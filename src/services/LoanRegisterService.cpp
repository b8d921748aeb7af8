#include "LoanRegisterService.h"

#include "Context.h"
#include "storage/ContentStore.h"
#include "storage/LoanRepository.h"

#include "AuditService.h"
#include "DossierService.h"
#include "LoanSupport.h"
#include "UseCase.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QMimeDatabase>

namespace ar {

LoanRegisterService::LoanRegisterService(Context& ctx) : m_ctx(ctx), m_loans(ctx.loans) {}

Result<CopyEntry> LoanRegisterService::recordCopy(qint64 loanId, const QString& pages, int sheets, int copies,
                                                  const QString& note)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto l = LoanSupport(m_ctx).stored(loanId);
    if (!l)
        return l.error();
    if (l->mode != AccessMode::Copy)
        return Error::invalid(QStringLiteral("mode"), accessModeCode(l->mode),
                              tr("Loan %1 is not a copy request").arg(loanId));
    const auto copied = loanAfter(l->status, LoanEvent::RecordCopy);
    if (!copied)
        return m_ctx.refuse(
            Error::of(
                ErrorCode::PermissionDenied,
                tr("Loan %1 is %2: no copy without approval").arg(loanId).arg(loanStatusLabel(l->status))),
            "R25", QStringLiteral("copy"), QStringLiteral("loan"), loanId, l->archiveNo);
    const QString p = pages.trimmed().isEmpty() ? l->pages : pages.trimmed();
    if (p.isEmpty())
        return Error::invalid(QStringLiteral("pages"), {}, tr("Say which pages were copied"));
    if (sheets < 1)
        return Error::invalid(QStringLiteral("sheets"), QString::number(sheets),
                              tr("The number of sheets must be at least 1"));
    if (copies < 1)
        return Error::invalid(QStringLiteral("copies"), QString::number(copies),
                              tr("The number of copies must be at least 1"));
    CopyEntry c;
    c.loanId = loanId;
    c.dossierId = l->dossierId;
    c.pages = p;
    c.sheets = sheets;
    c.copies = copies;
    c.purpose = l->purpose;
    c.madeAt = m_ctx.clock.now();
    c.note = note.trimmed();
    auto id = usecase::write(m_ctx, [&](usecase::Step& step) -> Result<qint64> {
        auto copyId = m_loans.insertCopy(c, m_ctx.userId());
        if (!copyId)
            return copyId.error();
        if (auto s = m_loans.close(loanId, *copied); !s)
            return s.error();
        const QJsonObject d{{QStringLiteral("pages"), p},
                            {QStringLiteral("sheets"), sheets},
                            {QStringLiteral("copies"), copies},
                            {QStringLiteral("loan"), loanId}};
        step.audit(AuditAction::Copy, QStringLiteral("copy"), copyId.value(), l->archiveNo, auditDetail(d),
                   auditTextRef(QStringLiteral("purpose"), l->purpose));
        return copyId;
    });
    if (!id)
        return id.error();
    auto all = m_loans.copies(l->dossierId);
    if (!all)
        return all.error();
    for (const CopyEntry& e : all.value())
        if (e.id == id.value())
            return e;
    return Error::of(ErrorCode::Failed, QStringLiteral("copy entry"));
}

Result<QList<CopyEntry>> LoanRegisterService::copyRegister(const QString& archiveNo)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans) &&
        !m_ctx.can(Permission::PrintForms))
        return m_ctx.require(Permission::RunDesk).error();
    qint64 dossierId = 0;
    if (!archiveNo.isEmpty()) {
        auto d = DossierService::resolveOne(m_ctx, archiveNo);
        if (!d)
            return d.error();
        dossierId = d->id;
    }
    return m_loans.copies(dossierId);
}

Result<Visit> LoanRegisterService::addVisit(const VisitInput& v)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, v.archiveNo);
    if (!d)
        return d.error();
    for (const auto& [field, value, label] :
         {std::tuple{"organ", v.organ, tr("the organ")}, std::tuple{"officer", v.officer, tr("the officer")},
          std::tuple{"credential", v.credential, tr("the officer's credential")}})
        if (value.trimmed().isEmpty())
            return Error::invalid(QString::fromLatin1(field), {}, tr("Name %1").arg(label));
    // R24: a visit happens in the archive room, so the dossier must be there.
    auto out = m_loans.outLoanOf(d->id);
    if (!out)
        return out.error();
    if (out.value()) {
        auto other = m_loans.byId(*out.value());
        if (!other)
            return other.error();
        return m_ctx.refuse(
            Error::of(ErrorCode::Conflict,
                      tr("Dossier %1 is not in the archive room: it is on loan to %2 (%3, loan %4), due %5")
                          .arg(d->archiveNo, other->borrowerName, other->department)
                          .arg(other->id)
                          .arg(other->due.toString(Qt::ISODate))),
            "R24", QStringLiteral("visit"), QStringLiteral("dossier"), d->id, d->archiveNo);
    }
    if (!dossierIsInRoom(d->status))
        return m_ctx.refuse(
            Error::of(ErrorCode::Conflict, tr("Dossier %1 is not in the archive room: it is %2")
                                               .arg(d->archiveNo, dossierStatusLabel(d->status))),
            "R24", QStringLiteral("visit"), QStringLiteral("dossier"), d->id, d->archiveNo);
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();
    auto approver = m_ctx.users.byLogin(v.approvedByLogin.trimmed());
    if (!approver)
        return Error::invalid(QStringLiteral("approved_by"), v.approvedByLogin,
                              tr("No account %1").arg(v.approvedByLogin));
    const User& a = approver->first;
    if (a.role != Role::Leader && !(a.role == Role::Manager && a.department == period->department))
        return Error::invalid(QStringLiteral("approved_by"), v.approvedByLogin,
                              tr("%1 cannot consent: a company leader or the head of %2 does")
                                  .arg(a.displayName, period->department));
    const QDateTime now = m_ctx.clock.now();
    Visit visit;
    visit.dossierId = d->id;
    visit.archiveNo = d->archiveNo;
    visit.organ = v.organ.trimmed();
    visit.officer = v.officer.trimmed();
    visit.credential = v.credential.trimmed();
    visit.approvedBy = a.id;
    visit.approvedByName = a.displayName;
    visit.visitedAt = now;
    visit.note = v.note.trimmed();
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<Visit> {
        auto id = m_loans.insertVisit(visit, m_ctx.userId());
        if (!id)
            return id.error();
        visit.id = id.value();
        Loan l;
        l.dossierId = d->id;
        l.archiveNo = d->archiveNo;
        l.borrowerName = QStringLiteral("%1 %2").arg(visit.organ, visit.officer);
        l.department = visit.organ;
        l.mode = AccessMode::View;
        l.purpose = visit.note.isEmpty() ? visit.credential : visit.note;
        l.status = LoanStatus::InRoom;
        l.rule = QStringLiteral("R24");
        l.approverDepartment = period->department;
        l.requestedAt = now;
        l.requestedBy = m_ctx.userId();
        l.decidedAt = now;
        l.decidedBy = a.id;
        l.due = now.date();
        auto loanId = m_loans.insert(l);
        if (!loanId)
            return loanId.error();
        l.id = loanId.value();
        if (auto s = m_loans.setVisit(l.id, visit.id); !s)
            return s.error();
        visit.loanId = l.id;
        const QJsonObject detail{{QStringLiteral("step"), QStringLiteral("visit")},
                                 {QStringLiteral("organ"), visit.organ},
                                 {QStringLiteral("officer"), visit.officer},
                                 {QStringLiteral("credential"), visit.credential},
                                 {QStringLiteral("approved_by"), a.login},
                                 {QStringLiteral("rule"), QStringLiteral("R24")}};
        step.audit(AuditAction::LoanStep, QStringLiteral("visit"), visit.id, d->archiveNo,
                   auditDetail(detail), auditTextRef(QStringLiteral("visit_note"), visit.note));
        return visit;
    });
}

Result<QList<User>> LoanRegisterService::visitConsenters(const QString& archiveNo)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();
    auto all = m_ctx.users.all();
    if (!all)
        return all.error();
    QList<User> out;
    for (const User& u : all.value())
        if (u.active &&
            (u.role == Role::Leader || (u.role == Role::Manager && u.department == period->department)))
            out << u;
    return out;
}

Result<OwnerRequest> LoanRegisterService::registerOwnerRequest(const QString& archiveNo,
                                                               OwnerRequestKind kind, const QString& detail)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d)
        return d.error();
    if (!d->personId)
        return Error::invalid(QStringLiteral("archive_no"), d->archiveNo,
                              tr("Dossier %1 belongs to no owner or tenant").arg(d->archiveNo));
    if (detail.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("detail"), {}, tr("Write down what the owner asks for"));
    OwnerRequest r;
    r.dossierId = d->id;
    r.archiveNo = d->archiveNo;
    r.personId = d->personId;
    r.kind = kind;
    r.detail = detail.trimmed();
    r.receivedAt = m_ctx.clock.now();
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<OwnerRequest> {
        auto id = m_loans.insertOwnerRequest(r, m_ctx.userId());
        if (!id)
            return id.error();
        r.id = id.value();
        const QJsonObject dj{{QStringLiteral("step"), QStringLiteral("owner_request")},
                             {QStringLiteral("kind"), ownerRequestKindCode(kind)},
                             {QStringLiteral("rule"), QStringLiteral("R47")}};
        step.audit(kind == OwnerRequestKind::Copy ? AuditAction::Copy : AuditAction::LoanStep,
                   QStringLiteral("owner_request"), r.id, d->archiveNo, auditDetail(dj),
                   auditTextRef(QStringLiteral("owner_request"), r.detail));
        return r;
    });
}

Result<OwnerRequest> LoanRegisterService::answerOwnerRequest(qint64 id, const QString& answer)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto r = m_loans.ownerRequest(id);
    if (!r)
        return Error::of(ErrorCode::NotFound, tr("No owner request %1").arg(id));
    if (r->answeredAt.isValid())
        return Error::of(ErrorCode::Conflict, tr("Owner request %1 is already answered").arg(id));
    if (answer.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("answer"), {}, tr("Write the answer"));
    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = m_loans.answerOwnerRequest(id, answer.trimmed(), m_ctx.userId(), m_ctx.clock.now()); !s)
            return s.error();
        const QJsonObject dj{{QStringLiteral("step"), QStringLiteral("owner_answer")},
                             {QStringLiteral("kind"), ownerRequestKindCode(r->kind)}};
        step.audit(AuditAction::LoanStep, QStringLiteral("owner_request"), id, r->archiveNo, auditDetail(dj),
                   auditTextRef(QStringLiteral("owner_request_answer"), answer));
        return {};
    });
    if (!w)
        return w.error();
    return m_loans.ownerRequest(id);
}

Result<QList<OwnerRequest>> LoanRegisterService::ownerRequests(bool openOnly)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    return m_loans.ownerRequests(openOnly);
}

Result<QList<DamageRecord>> LoanRegisterService::damages(bool openOnly)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk).error();
    const User& u = *m_ctx.user();
    return m_loans.damages(u.role == Role::Manager ? u.department : QString(), openOnly);
}

Result<DamageRecord> LoanRegisterService::recordDamage(const QString& archiveNo, const QString& note,
                                                       const QString& photoPath)
{
    if (auto s = m_ctx.require(Permission::RunDesk); !s)
        return s.error();
    auto d = DossierService::resolveOne(m_ctx, archiveNo);
    if (!d) {
        if (d.error().code != ErrorCode::NotFound)
            return d.error();
        return Error::invalid(QStringLiteral("archive_no"), archiveNo, d.error().message);
    }
    const QString no = d->archiveNo;
    if (dossierIsGone(d->status))
        return Error::of(
            ErrorCode::Conflict,
            tr("Dossier %1 is %2: there is no folder to check").arg(no, dossierStatusLabel(d->status)));
    const QString text = note.trimmed();
    if (text.isEmpty())
        return Error::invalid(QStringLiteral("note"), {}, tr("Say what is damaged in dossier %1").arg(no));
    // The photo, if any, is read and checked before anything is saved.
    QByteArray photo;
    QString photoMime;
    if (!photoPath.trimmed().isEmpty()) {
        const QFileInfo info(photoPath);
        QFile f(photoPath);
        if (!info.isFile() || !f.open(QIODevice::ReadOnly))
            return Error::invalid(QStringLiteral("photo"), photoPath,
                                  tr("Cannot read the photo %1").arg(photoPath));
        if (info.size() > kMaxPhotoBytes)
            return Error::invalid(QStringLiteral("photo"), info.fileName(),
                                  tr("The photo %1 is larger than %2 MB")
                                      .arg(info.fileName())
                                      .arg(kMaxPhotoBytes / (1024 * 1024)));
        photo = f.readAll();
        // By its content, not its name: a text file called photo.jpg is no photo.
        photoMime = QMimeDatabase().mimeTypeForData(photo).name();
        if (!photoMime.startsWith(QLatin1String("image/")))
            return Error::invalid(QStringLiteral("photo"), info.fileName(),
                                  tr("A photo of the damage is an image file (JPEG, PNG …); %1 is %2")
                                      .arg(info.fileName(), photoMime));
    }
    auto period = m_loans.period(d->category);
    if (!period)
        return period.error();
    DamageRecord r;
    r.dossierId = d->id;
    r.archiveNo = d->archiveNo;
    r.condition = ReturnCondition::Damaged;
    r.note = text;
    r.department = period->department;
    r.recordedAt = m_ctx.clock.now();
    r.recordedByName = m_ctx.user()->displayName;
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<DamageRecord> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        if (!photo.isEmpty()) {
            if (m_ctx.db.isReadOnly()) // nothing is written beside a read-only archive either
                return Database::readOnlyError();
            auto key = storePhoto(photo);
            if (!key)
                return key.error();
            r.photoKey = key.value();
            r.photoName = QFileInfo(photoPath).fileName();
            r.photoMime = photoMime;
        }
        auto id = m_loans.insertDamage(r, m_ctx.userId());
        if (!id)
            return id.error();
        r.id = id.value();
        const QJsonObject detail{{QStringLiteral("step"), QStringLiteral("damage")},
                                 {QStringLiteral("found"), QStringLiteral("daily_check")},
                                 {QStringLiteral("condition"), returnConditionCode(r.condition)},
                                 {QStringLiteral("department"), r.department},
                                 {QStringLiteral("photo"), r.hasPhoto()},
                                 {QStringLiteral("rule"), QStringLiteral("R45")}};
        step.audit(AuditAction::LoanStep, QStringLiteral("damage"), r.id, r.archiveNo, auditDetail(detail),
                   auditTextRef(QStringLiteral("damage_note"), text));
        return r;
    });
}

Status LoanRegisterService::markRepaired(qint64 damageId, const QString& note)
{
    if (!m_ctx.can(Permission::RunDesk) && !m_ctx.can(Permission::ApproveLoans))
        return m_ctx.require(Permission::RunDesk);
    if (note.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("note"), {}, tr("Say how the dossier was repaired"));
    auto open = m_loans.damages({}, true);
    if (!open)
        return open.error();
    const DamageRecord* found = nullptr;
    for (const DamageRecord& d : open.value())
        if (d.id == damageId)
            found = &d;
    if (!found)
        return Error::of(ErrorCode::NotFound, tr("No open damage record %1").arg(damageId));
    if (m_ctx.user()->role == Role::Manager && m_ctx.user()->department != found->department)
        return m_ctx.refuse(
            Error::of(ErrorCode::PermissionDenied,
                      tr("Damage record %1 belongs to %2").arg(damageId).arg(found->department)),
            "R45", QStringLiteral("damage_repaired"), QStringLiteral("damage"), damageId, found->archiveNo);
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = m_loans.repair(damageId, m_ctx.userId(), m_ctx.clock.now(), note.trimmed()); !s)
            return s;
        const QJsonObject dj{{QStringLiteral("step"), QStringLiteral("repaired")}};
        step.audit(AuditAction::LoanStep, QStringLiteral("damage"), damageId, found->archiveNo,
                   auditDetail(dj), auditTextRef(QStringLiteral("repair_note"), note));
        return {};
    });
}

// Photos of damage are kept like scans (storage/ContentStore: files beside a SQLite archive,
// rows of the transaction that records the damage on a server).
Result<QString> LoanRegisterService::storePhoto(const QByteArray& plain)
{
    if (m_ctx.db.isReadOnly())
        return Database::readOnlyError(); // no file into the store of read-only media
    const QString key = m_ctx.codec.contentKey(plain);
    if (key.isEmpty())
        return Error::of(ErrorCode::Failed, tr("The archive is locked; sign in again"));
    const auto store = ContentStore::of(m_ctx.db);
    auto kept = store->has(key);
    if (!kept)
        return kept.error();
    if (kept.value())
        return key; // the same image is stored once
    if (auto s = store->put(key, m_ctx.codec.sealFile(plain, key)); !s)
        return s.error();
    return key;
}

Result<QByteArray> LoanRegisterService::damagePhoto(qint64 damageId)
{
    auto all = damages(false); // whoever may see the record: the clerk, its manager, a leader
    if (!all)
        return all.error();
    const DamageRecord* found = nullptr;
    for (const DamageRecord& d : all.value())
        if (d.id == damageId)
            found = &d;
    if (!found)
        return Error::of(ErrorCode::NotFound, tr("No damage record %1 you may see").arg(damageId));
    if (!found->hasPhoto())
        return Error::of(ErrorCode::NotFound, tr("Damage record %1 has no photo").arg(damageId));
    const auto store = ContentStore::of(m_ctx.db);
    auto sealed = store->get(found->photoKey);
    if (!sealed)
        return sealed.error().code == ErrorCode::NotFound
                   ? Error::of(ErrorCode::NotFound, tr("The photo of damage record %1 is missing from %2")
                                                        .arg(damageId)
                                                        .arg(store->where()))
                   : sealed.error();
    auto plain = m_ctx.codec.openFile(sealed.value(), found->photoKey);
    if (!plain)
        return Error::of(
            ErrorCode::Failed,
            tr("The photo of damage record %1 was changed or damaged; it cannot be opened").arg(damageId));
    const QJsonObject detail{{QStringLiteral("photo"), found->photoName},
                             {QStringLiteral("rule"), QStringLiteral("R45")}};
    if (auto s = AuditService(m_ctx).record(AuditAction::ViewAttachment, QStringLiteral("damage"), damageId,
                                            found->archiveNo, auditDetail(detail));
        !s)
        return s.error(); // no trace, no view (R27)
    return *plain;
}

} // namespace ar
