#pragma once

#include "Forward.h"
#include "core/Audit.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace ar {

// The audit trail (R27): every sign-in, view, unmask, change, print, export, copy, approval and
// loan step is one record, chained to the one before by SHA-256 (security/AuditHash), so that
// verify() finds a record edited, deleted or slipped in with the sqlite3 tool. The chain's end
// is sealed with an HMAC under a subkey of the data key whenever a signed-in session appends
// (SensitiveCodec::auditSeal): with the file alone nobody can cut the trail, or change a record
// and compute the hashes again, without breaking the seal.
//
// Services call record() inside the transaction of what they record: a change that is rolled
// back leaves no record, and a record that cannot be written rolls the change back. The class
// holds nothing but the context, so a service may use a temporary: AuditService(m_ctx).record(…).
class AuditService
{
    Q_DECLARE_TR_FUNCTIONS(AuditService)

public:
    explicit AuditService(Context& ctx) : m_ctx(ctx) {}

    // Appends a record for the signed-in user (opens its own transaction if the caller has none).
    // `detail` says what (auditDetail(QJsonObject)): field codes, never sensitive values.
    // A mark that changes with every audited change (the trail's length and last hash): the
    // window compares it to see whether anything happened since it last looked.
    Result<QString> changeMark();
    Status record(AuditAction action, const QString& entity = {}, qint64 entityId = 0,
                  const QString& dossier = {}, const QString& detail = {}, const QString& reason = {});
    // Records of one action for the signed-in user, in order: the records and the chain's head
    // that record() of each in turn writes, many records per statement (an import).
    struct Entry
    {
        QString entity;
        qint64 entityId = 0;
        QString dossier;
        QString detail;
    };
    Status recordMany(AuditAction action, const QList<Entry>& entries);
    // The same for an actor named explicitly, for the moments nobody is signed in: a sign-in,
    // a failed one (userId 0 when the login does not exist), a lockout.
    Status recordAs(qint64 userId, const QString& login, AuditAction action, const QString& detail = {},
                    const QString& reason = {});

    // For an error of ErrorCode::Damaged (a sealed value that failed its integrity check): a
    // record naming the person and field, in a transaction of its own — call it after the
    // transaction of the failed read has ended, or the record is rolled back with it. Returns
    // `e` unchanged, so that `return AuditService(ctx).damaged(err);` passes the error on.
    Error damaged(const Error& e);

    // A record id and its hash noted down earlier (`audit verify` prints one): a later verify
    // against it also catches a trail rewritten from that record on.
    struct Checkpoint
    {
        qint64 id = 0;
        QString hash;
    };
    // "ID:HASH"; nullopt if malformed.
    static std::optional<Checkpoint> parseCheckpoint(const QString& text);

    enum class Problem
    {
        None,
        Edited,             // a record's fields no longer match its hash
        Missing,            // ids jump: records were deleted
        Relinked,           // a record does not link to the one before it
        Foreign,            // a record the program did not write (id out of sequence)
        TailMissing,        // the head says there were more records at the end
        HeadMissing,        // the head in meta was deleted
        Added,              // more records than the head counts
        HeadMismatch,       // the last record is not the one the head names
        CheckpointMismatch, // the checkpoint record is gone or different
        SealMismatch,       // the keyed seal does not match: rewritten or cut with the file alone
        Unsealed,           // no seal, or a record after the seal that only a signed-in session writes
    };
    struct VerifyReport
    {
        bool intact() const { return problem == Problem::None; }
        qint64 records = 0; // records read
        qint64 lastId = 0;
        QString lastHash;
        Problem problem = Problem::None;
        qint64 brokenId = 0; // the first broken link
        QString brokenAt;    // ISO UTC time of the record where the break shows (empty if gone)
        QString message;     // what is wrong and where, for people
    };
    static QString problemCode(Problem p); // "edited", "missing" … for scripts
    // Walks the whole chain; needs ReadAudit. Not intact is a report, not an error.
    Result<VerifyReport> verify(const std::optional<Checkpoint>& checkpoint = std::nullopt);
    // The same walk over any trail, with no permission check and no transaction of its own: for
    // a backup's snapshot, opened read-only with the backup's key (BackupService). The keyed
    // seal is checked with `codec` (holding the archive's data key); without it, it is not.
    static Result<VerifyReport> verifyChain(AuditRepository& trail, const SensitiveCodec* codec,
                                            const std::optional<Checkpoint>& checkpoint = std::nullopt);

    struct Filter
    {
        qint64 personId = 0;
        QString dossier;   // archive number: its records and those of its person
        QString userLogin; // who acted
        QDate from;        // local dates, inclusive
        QDate to;
        QString action; // auditActionCode()
        int limit = 200;
        int offset = 0;
        bool newestFirst = false;
    };
    // Needs ReadAudit (admin, leader, clerk).
    Result<QList<AuditEntry>> list(const Filter& f);

    // An ISO UTC time of the trail as local "yyyy-MM-dd HH:mm:ss".
    static QString localTime(const QString& isoUtc);

private:
    Status append(AuditRecord r);
    Status appendMany(QList<AuditRecord> rs);
    // Whether the records from the sealed one to the head are as sealed: the seal matches, the
    // links hold and only failed sign-ins follow it. False means the trail was cut or rewritten
    // since, and a new seal would hide it.
    Result<bool> sealStillHolds(const AuditHead& head);
    Context& m_ctx;
};

} // namespace ar
