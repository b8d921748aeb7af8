#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Dossier.h"
#include "core/Filing.h"

#include <QHash>

namespace ar {

// What goes into a dossier and how it gets filed: the checklist kinds (R1, R4), the received
// items (R11, R12), handover campaigns (R12), hand-over batches (R13) and attachments (R16).
class FilingRepository
{
public:
    explicit FilingRepository(Database& db) : m_db(db) {}

    // --- checklist kinds (R4) ---
    Result<QList<ItemKind>> kinds(const QString& category, bool includeInactive = false);
    Result<ItemKind> kind(qint64 id);
    Result<qint64> insertKind(const ItemKind& k);
    // A rename first writes the old name into the items titled by it (stored empty): gives the
    // dossiers of those items, whose title terms the caller adds (their titles are now their own).
    Result<QList<qint64>> updateKind(const ItemKind& k);

    // --- items (R11, R12) ---
    Result<int> nextItemSeq(qint64 dossierId);
    // When and by whom an item was filed, as stored (see setFiled): worked out once for many rows.
    struct Filed
    {
        QVariant at; // seconds since the epoch (StoredDates.h)
        QVariant on; // the local calendar day as a day number, compared with due_on (R12)
        qint64 by = 0;
    };
    static Filed filed(qint64 userId, const QDateTime& at);
    // `filed` given: the item is received and filed at once (one row written). A title equal to
    // `item.kindName` is stored empty and read back as the kind's name (renaming the kind first
    // writes the old name into such items).
    Result<qint64> insertItem(const DossierItem& item, qint64 receivedBy, const Filed* filed = nullptr);
    // Many items received and filed at once (the demo): item i filed as `filed[i]`; the rows
    // insertItem() writes for each, in order, many per statement.
    Status insertFiledItems(const QList<DossierItem>& items, qint64 receivedBy, const QList<Filed>& filed);
    Result<DossierItem> item(qint64 id);
    Result<QList<DossierItem>> items(qint64 dossierId);
    Status setFiled(qint64 itemId, qint64 userId, const QDateTime& at);
    // Required, active kinds of the dossier's category with no item yet: those always
    // required, and those required in a case that applies to the dossier (conditions()).
    Result<QList<ItemKind>> missingKinds(qint64 dossierId);
    // The cases recorded for a dossier that make more kinds required (R4: "agent" once an
    // entrusted agent received the handover); addCondition() gives false if it was there.
    Result<QStringList> conditions(qint64 dossierId);
    Result<bool> addCondition(qint64 dossierId, const QString& condition);

    using MissingRow = FilingMissingRow; // core/Filing.h
    // R11: every current owner/tenant dossier of an estate (or one building, 0 = all) with
    // required items missing, in shelf order; at most `limit` dossiers (0 = all).
    Result<QList<MissingRow>> missing(qint64 estateId, qint64 buildingId, int limit = 0);
    // The number of dossiers missing() lists for the estate (all its buildings, no limit).
    Result<int> missingCount(qint64 estateId);

    using QueueRow = FilingQueueRow; // core/Filing.h
    // R12: received items not yet filed, by due date; with `lateOnly` only those past due on
    // `today`; filedLate: items received since `since` and filed after their due day.
    Result<QList<QueueRow>> queue(const QDate& today, bool lateOnly);
    Result<QList<QueueRow>> filedLate(const QDate& since);

    // --- handover campaigns (R12) ---
    // The estate's running campaign (0 = none).
    Result<qint64> runningCampaign(qint64 estateId);
    Result<qint64> startCampaign(qint64 estateId, qint64 userId, const QDateTime& at);
    Status endCampaign(qint64 campaignId, qint64 userId, const QDateTime& at);

    // --- hand-over batches (R13) ---
    using Handover = FilingHandover; // core/Filing.h
    Result<qint64> insertHandover(const Handover& h, const QList<qint64>& dossierIds, qint64 recordedBy);
    Result<QList<Handover>> handovers(qint64 dossierId = 0);

    // --- attachments (R16) ---
    using Attachment = FilingAttachment; // core/Filing.h
    Result<qint64> insertAttachment(const Attachment& a, qint64 userId);
    Result<QList<Attachment>> attachments(qint64 itemId);
    Result<Attachment> attachment(qint64 id);

private:
    Database& m_db;
};

} // namespace ar
