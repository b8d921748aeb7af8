#pragma once

#include "Forward.h"
#include "ExportService.h"
#include "core/Destruction.h"
#include "core/PrintDocument.h"

#include <QCoreApplication>

namespace ar {

// A destruction candidate (R43): past its destroyable day, not held, not on loan, not lost,
// not destroyed, in no open batch.
struct DestructionCandidate
{
    qint64 dossierId = 0;
    QString archiveNo, category, categoryName, title, retention, status;
    int year = 0;
    QDate destroyEligible;
};

// A dossier kept out of destruction by an open hold (R43).
struct HeldDossier
{
    DossierHold hold;
    Dossier dossier;
};

// Holds and destruction (R43, R2, P7). A hold keeps a dossier out of destruction. A batch is
// proposed by the clerk with a reason, approved by the head of each owning department of its
// categories (R2: the categories' departments, as loans use them) and by a company leader —
// nobody approves their own proposal — or rejected with a reason; an approved batch is executed
// with a method and two witnesses (监销人). Each dossier then becomes a tombstone: its catalog
// entry stays (档号, title, category, year, retention, batch, day), its items and scans are
// erased, and so is the personal data of people with no other current tie. Every step is one
// transaction, audited and written to the dossiers' history.
class DestructionService
{
    Q_DECLARE_TR_FUNCTIONS(DestructionService)

public:
    explicit DestructionService(Context& ctx);

    // --- holds ---
    // Clerk, managers, leaders; a reason is required; a dossier has one open hold at a time.
    Result<DossierHold> hold(const QString& archiveNo, const QString& reason);
    // The head of the dossier's owning department or a company leader.
    Status release(const QString& archiveNo);
    // Every dossier on hold, oldest hold first (clerk, managers, leaders).
    Result<QList<HeldDossier>> held();

    // --- destruction ---
    Result<QList<DestructionCandidate>> candidates();
    // Why a dossier is not a candidate today (empty when it is). `batchId`: the batch it may be in.
    Result<QString> whyNot(const Dossier& d, qint64 batchId = 0);
    Result<DestructionBatch> propose(const QStringList& archiveNos, const QString& reason);
    Result<DestructionBatch> approve(qint64 batchId);
    Result<DestructionBatch> reject(qint64 batchId, const QString& reason);
    // Approved batches only (PermissionDenied otherwise); two distinct witnesses' logins, neither
    // the executor; every dossier re-checked as a candidate.
    Result<DestructionBatch> execute(qint64 batchId, const QString& method, const QStringList& witnessLogins);
    Result<DestructionBatch> batch(qint64 batchId);
    Result<QList<DestructionBatch>> batches();
    // The parts still waiting for approval: departments, and "*" for the leader's.
    static QStringList waitingParts(const DestructionBatch& b);
    // Whether the signed-in user may approve (or reject) something of this batch now.
    bool mayDecide(const DestructionBatch& b) const;

    // --- the 销毁清册 (P7) ---
    Result<print::TableDoc> listDocument(qint64 batchId);
    Result<ExportTable> listTable(qint64 batchId);

private:
    // The part of a batch's approvals that is the company leader's (the others are departments).
    static inline const QString kLeaderPart = QStringLiteral("*");
    Result<Dossier> dossierNamed(const QString& archiveNo);
    Result<DestructionBatch> loaded(qint64 batchId);
    Status record(AuditAction a, const Dossier& d, const QJsonObject& detail, const QString& reason = {});
    Status note(qint64 dossierId, const QString& field, const QString& oldV, const QString& newV);
    QString managerPart(const DestructionBatch& b) const;

    Context& m_ctx;
    DestructionRepository& m_repo; // the Context's
};

// 已提出, 已批准, 已驳回, 已销毁 for the stored codes of a batch.
QString destructionStatusLabel(const QString& status);

} // namespace ar
