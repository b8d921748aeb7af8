#pragma once

#include "Forward.h"
#include "core/Loan.h"

#include <QCoreApplication>

namespace ar {

// The desk's registers (RULES R24, R25, R45, R47): the copy register (ZC-05/B05), state organs'
// visits, owners' own requests and the damage records with their photos. Every use case is one
// transaction and is audited. Its messages keep the LoanService translation context.
class LoanRegisterService
{
    Q_DECLARE_TR_FUNCTIONS(LoanService)

public:
    explicit LoanRegisterService(Context& ctx);

    // R25, R47: a line of the ZC-05/B05 register for an approved copy request.
    Result<CopyEntry> recordCopy(qint64 loanId, const QString& pages, int sheets, int copies,
                                 const QString& note = {});
    Result<QList<CopyEntry>> copyRegister(const QString& archiveNo = {});

    struct VisitInput
    {
        QString archiveNo;
        QString organ;
        QString officer;
        QString credential;
        QString approvedByLogin; // a company leader or the owning department's head (R24)
        QString note;
    };
    // R24: registered as an in-room loan that can never be checked out; only for a dossier that
    // is in the archive room (not out, not lost).
    Result<Visit> addVisit(const VisitInput& v);
    // Who may consent to a state organ's visit of this dossier (R24): the company leaders and
    // the head of the owning department; active accounts only. The desk (clerk).
    Result<QList<User>> visitConsenters(const QString& archiveNo);

    Result<OwnerRequest> registerOwnerRequest(const QString& archiveNo, OwnerRequestKind kind,
                                              const QString& detail);
    Result<OwnerRequest> answerOwnerRequest(qint64 id, const QString& answer);
    Result<QList<OwnerRequest>> ownerRequests(bool openOnly);

    // R45: damage found at a daily check, outside any loan: a damage record for the owning
    // department's manager, open until marked repaired (the desk). `photoPath`, optional: an
    // image of the damage, stored encrypted like the scans (the archive's file store, sealed
    // under its content key) and linked to the record; anything but an image is refused and
    // nothing is saved.
    Result<DamageRecord> recordDamage(const QString& archiveNo, const QString& note,
                                      const QString& photoPath = {});
    Result<QList<DamageRecord>> damages(bool openOnly = true);
    Status markRepaired(qint64 damageId, const QString& note);
    // The photo of a damage record, decrypted, for whoever sees the record (the clerk, the owning
    // department's manager, a leader); each view is audited like a scan's.
    Result<QByteArray> damagePhoto(qint64 damageId);

    // The largest photo of damage accepted (a phone's photo is a few MB).
    static constexpr qint64 kMaxPhotoBytes = 20LL * 1024 * 1024;

private:
    Result<QString> storePhoto(const QByteArray& plain); // its content key

    Context& m_ctx;
    LoanRepository& m_loans; // the Context's
};

} // namespace ar
