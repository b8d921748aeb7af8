#pragma once

#include "Forward.h"
#include "core/Dossier.h"
#include "core/Filing.h"

#include <QCoreApplication>
#include <QMap>

namespace ar {

// A received item (R11, R12). `kind` is the checklist kind's name (or its id as text).
struct ItemInput
{
    QString kind;
    QString title; // defaults to the kind's name
    QString docNo;
    QString responsible;
    QDate date;
    int pages = 0;
    QDate received; // defaults to today
    QMap<QString, QString> fields;
    QString note;
    bool file = true;   // filed at once when the user may file; otherwise it waits in the queue
    QStringList attach; // scans to attach (R16): the item and its scans are saved together or not at all
};

// Filing and checklists (R11–R13, R16): items received into a dossier and filed, the filing queue
// and late filings, missing checklist items, the handover campaign, hand-overs of dossiers and the
// scans attached to items. Each call checks permissions, runs in one transaction and writes its
// audit record. Its messages keep the DossierService translation context.
class FilingService
{
    Q_DECLARE_TR_FUNCTIONS(DossierService)

public:
    explicit FilingService(Context& ctx) : m_ctx(ctx) {}

    // --- items and filing (R11, R12) ---
    Result<DossierItem> receive(qint64 dossierId, const ItemInput& in);
    Status fileItem(qint64 itemId);
    Result<QList<FilingQueueRow>> queue(bool lateOnly = false);
    // Late filings for the manager (R12): unfiled items past due, and items of the last
    // `days` days filed after their due day.
    Result<QList<FilingQueueRow>> lateFilings(int days = 30);
    Result<QList<FilingMissingRow>> missing(qint64 estateId, qint64 buildingId = 0, int limit = 0);
    Result<bool> campaignRunning(qint64 estateId);
    Status setCampaign(qint64 estateId, bool running);

    // --- hand-overs (R13) ---
    Result<qint64> recordHandover(const QString& stage, const QString& from, const QString& to,
                                  const QStringList& archiveNos, const QString& note = {});
    Result<QList<FilingHandover>> handovers();

    // --- attachments (R16) ---
    Result<qint64> attach(qint64 itemId, const QString& filePath);
    Result<QList<FilingAttachment>> attachments(qint64 itemId);
    // The decrypted file; audited as a view.
    Result<QByteArray> attachmentData(qint64 attachmentId);

private:
    Context& m_ctx;
};

} // namespace ar
