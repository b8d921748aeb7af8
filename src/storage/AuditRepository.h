#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Audit.h"

#include <functional>
#include <optional>

#include <QHash>

namespace ar {

// The head of the chain kept in meta: how many records there are and the last one's hash.
struct AuditHead
{
    bool present = false;
    qint64 count = 0;
    QString hash;
    // The keyed seal (AuditService): the last record written by a signed-in session and
    // the HMAC over its number and hash. 0 and empty before the first seal.
    qint64 sealedCount = 0;
    QString seal;
};

// The audit trail (R27): appended to, never updated or deleted. The chain itself (hashes, the
// head, verification) is AuditService's; this class only reads and writes rows.
class AuditRepository
{
public:
    explicit AuditRepository(Database& db) : m_db(db) {}

    using Head = AuditHead;
    // Takes the write lock on the head before it is read, so two writers cannot both extend the
    // same head. Nothing to do in a transaction that holds the archive's write lock already
    // (Database::holdsWriteLock: every write transaction does); otherwise the head row's lock.
    Status lockHead();
    Result<Head> head();
    Status setHead(const Head& head);
    // The head as setHead() wrote it in the transaction still open, if it did: the write lock
    // taken before that is held until the commit, so nobody else can have moved the head since.
    // Saves re-reading it for each of many records appended in one transaction (an import).
    std::optional<Head> headWrittenInThisTransaction() const;

    // Whether the trail was written before the keyed seal (migration 0012 notes it), and
    // forgetting it once the trail is sealed.
    Result<bool> writtenBeforeTheSeal();
    Status forgetWrittenBeforeTheSeal();

    // The record with the highest id (id 0 when the trail is empty).
    Result<AuditRecord> last();
    // The records from `id` on, in id order.
    Result<QList<AuditRecord>> from(qint64 id);
    // The records, chained and sealed by AuditService, in order, many per statement.
    Status insertMany(const QList<AuditRecord>& rs);
    // The actions of the records after `id` that this connection did not append (ChangeWatcher:
    // what other desks did). A record counts as this connection's when insertMany() wrote its id with
    // its hash: one whose transaction was rolled back and whose id another desk then took has
    // another hash. Forgets the records up to the last one read.
    Result<QStringList> othersActionsAfter(qint64 id);

    struct Query
    {
        QString userLogin;
        qint64 personId = 0;
        QString dossier; // matches the dossier's own records and those of its person
        QString fromAt;  // ISO UTC, inclusive
        QString toAt;    // ISO UTC, exclusive
        QString action;
        int limit = 200;
        int offset = 0;
        bool newestFirst = false;
    };
    // Records matching every condition given, ordered by id; userName filled in.
    Result<QList<AuditEntry>> list(const Query& q);
    // Every record in id order, one at a time (the trail may be long): `visit` returns false
    // to stop.
    Status forEach(const std::function<bool(const AuditRecord&)>& visit);

private:
    Database& m_db;
    quint64 m_headWrittenIn = 0; // Database::transactionId() of the last setHead()
    QHash<qint64, QString> m_appended; // id → hash of the records insertMany() wrote (see othersActionsAfter)
    Head m_headWritten;
};

} // namespace ar
