#include "AuditService.h"

#include "Context.h"

#include "DossierService.h"

#include "core/TextNormalize.h"
#include "security/AuditHash.h"
#include "security/FieldCodec.h"

#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace ar {

namespace {
constexpr int kMaxLimit = 100000;
constexpr int kMaxLoginLength = 64;
// Records after the last seal are read before the seal moves on; a longer unsealed run than
// this is not what failed sign-ins leave, and is left for verification to report.
constexpr int kMaxUnsealed = 10000;

QString reasonContext(qint64 auditId)
{
    return QStringLiteral("audit:%1").arg(auditId);
}

// The reason typed for seeing or printing full values (R27 asks why) is the one free text the
// trail keeps itself: it has no other record. It is sealed like the sensitive fields (the full
// key; bound to its record, so it opens nowhere else), as it may name people (issue #16 item 10).
// A session that cannot seal keeps its kind and length only. Other free text arrives as its
// reference (auditTextRef) and is written as it is.
QString sealedReason(const SensitiveCodec& codec, const QString& reason, qint64 auditId)
{
    if (reason.isEmpty() || isAuditTextRef(reason))
        return reason;
    const QString sealed = codec.seal(SensitiveField::AuditReason, reason, reasonContext(auditId));
    return FieldCodec::isSealed(sealed) ? sealed : auditTextRef(QStringLiteral("reason"), reason);
}

QByteArray sealMessage(qint64 id, const QString& hash)
{
    return QStringLiteral("archiveroom audit seal v1\n%1\n%2").arg(id).arg(hash).toUtf8();
}

// What is written while nobody is signed in (no data key to seal with): failed sign-ins and
// the lockout they cause. Anything else after the seal was not written by ArchiveRoom.
bool writtenUnsealed(const QString& action)
{
    return action == auditActionCode(AuditAction::SignInFailed) ||
           action == auditActionCode(AuditAction::AccountLocked);
}
} // namespace

Result<QString> AuditService::changeMark()
{
    auto h = m_ctx.audit.head();
    if (!h)
        return h.error();
    return QStringLiteral("%1:%2").arg(h->count).arg(h->hash);
}

Status AuditService::record(AuditAction action, const QString& entity, qint64 entityId,
                            const QString& dossier, const QString& detail, const QString& reason)
{
    const auto& user = m_ctx.user();
    AuditRecord r;
    r.userId = user ? user->id : 0;
    r.userLogin = user ? user->login : QString();
    r.action = auditActionCode(action);
    r.entity = entity;
    r.entityId = entityId;
    r.dossier = dossier;
    r.detail = detail;
    r.reason = reason.trimmed();
    return append(r);
}

Error AuditService::damaged(const Error& e)
{
    if (e.code != ErrorCode::Damaged)
        return e;
    // The field code only: the value (whatever is left of it) is never written to the trail.
    (void)record(AuditAction::DamagedValue, QStringLiteral("person"), e.value.toLongLong(), {},
                 auditDetail(QJsonObject{{QStringLiteral("field"), e.field}}));
    return e;
}

Status AuditService::recordAs(qint64 userId, const QString& login, AuditAction action, const QString& detail,
                              const QString& reason)
{
    AuditRecord r;
    r.userId = userId;
    // A failed sign-in keeps what was typed as the login, cut short: it is not a place for text.
    // Control and invisible characters become U+FFFD, so a typed line break cannot forge a line
    // of `audit list`.
    QString typed = login.trimmed().left(kMaxLoginLength);
    for (qsizetype bad = text::forbiddenCharacter(typed); bad >= 0; bad = text::forbiddenCharacter(typed))
        typed.replace(bad, typed.at(bad).isHighSurrogate() && bad + 1 < typed.size() ? 2 : 1,
                      QChar(QChar::ReplacementCharacter));
    r.userLogin = typed;
    r.action = auditActionCode(action);
    r.entity = QStringLiteral("user");
    r.entityId = userId;
    r.detail = detail;
    r.reason = reason.trimmed();
    return append(r);
}

Status AuditService::append(AuditRecord r)
{
    return appendMany({std::move(r)});
}

Status AuditService::recordMany(AuditAction action, const QList<Entry>& entries)
{
    const auto& user = m_ctx.user();
    QList<AuditRecord> rs;
    rs.reserve(entries.size());
    for (const Entry& e : entries) {
        AuditRecord r;
        r.userId = user ? user->id : 0;
        r.userLogin = user ? user->login : QString();
        r.action = auditActionCode(action);
        r.entity = e.entity;
        r.entityId = e.entityId;
        r.dossier = e.dossier;
        r.detail = e.detail;
        rs << r;
    }
    return appendMany(std::move(rs));
}

// The records in order, each chained and sealed as if appended on its own (the head each leaves
// is the next one's start), written many per statement with the chain's head once at the end.
Status AuditService::appendMany(QList<AuditRecord> rs)
{
    // A read-only archive (a copy, a backup disk) cannot take records: looking things up there
    // leaves no trace in it, and every change is refused before it is made (docs/security.md).
    if (m_ctx.db.isReadOnly() || rs.isEmpty())
        return {};
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    AuditRepository::Head head; // as the records so far leave it
    QString prevHash;
    qint64 nextId = 0;
    bool sealIntact = true; // what the seal covers, and the records after it, are as written
    if (const auto mine = m_ctx.audit.headWrittenInThisTransaction()) {
        // The second and later record of one transaction: the head this transaction wrote,
        // still under its lock, is the chain's end.
        prevHash = mine->hash;
        nextId = mine->count + 1;
        head = *mine;
    } else {
        // Lock first, then read the head: concurrent writers queue here instead of forking the
        // chain.
        if (auto s = m_ctx.audit.lockHead(); !s)
            return s;
        auto stored = m_ctx.audit.head();
        if (!stored)
            return stored.error();
        auto last = m_ctx.audit.last();
        if (!last)
            return last.error();
        // The head decides what comes next, so a deleted last record stays visible as a gap
        // even after more records are appended; without a head the table's last record does.
        prevHash = stored->present ? stored->hash : (last->id ? last->hash : auditGenesisHash());
        nextId = qMax(stored->present ? stored->count : 0, last->id) + 1;
        head = stored.value();
        auto intact = sealStillHolds(head);
        if (!intact)
            return intact.error();
        sealIntact = intact.value();
    }
    bool forgetBeforeTheSeal = false;
    for (AuditRecord& r : rs) {
        r.prevHash = prevHash;
        r.id = nextId++;
        r.at = m_ctx.clock.now().toUTC().toString(Qt::ISODate);
        r.reason = sealedReason(m_ctx.codec, r.reason, r.id);
        r.hash = auditHash(r.prevHash, r);
        if (r.hash.isEmpty())
            return Error::of(ErrorCode::Failed, tr("Cannot compute the audit hash"));
        const AuditRepository::Head before = head;
        head.count = r.id;
        head.hash = r.hash;
        // A signed-in session seals the new end, but only over a trail whose last seal still
        // holds: a trail cut or rewritten with the file alone keeps its old seal and stays broken.
        if (sealIntact) {
            if (const QString seal = m_ctx.codec.auditSeal(sealMessage(r.id, r.hash)); !seal.isEmpty()) {
                if (before.sealedCount == 0 && before.count > 0)
                    forgetBeforeTheSeal = true;
                head.sealedCount = r.id;
                head.seal = seal;
            }
        }
        sealIntact = true; // the next record starts from the head this transaction wrote
        prevHash = r.hash;
    }
    if (auto s = m_ctx.audit.insertMany(rs); !s)
        return s;
    if (forgetBeforeTheSeal)
        if (auto s = m_ctx.audit.forgetWrittenBeforeTheSeal(); !s)
            return s;
    if (auto s = m_ctx.audit.setHead(head); !s)
        return s;
    return tx.commit();
}

Result<bool> AuditService::sealStillHolds(const AuditRepository::Head& head)
{
    if (!head.present || head.count == 0)
        return true; // an empty trail: sealed from its first record on
    if (head.sealedCount == 0) {
        // A trail written before the seal (noted by migration 0012) is sealed once; one that
        // lost its seal is not sealed over.
        return m_ctx.audit.writtenBeforeTheSeal();
    }
    if (head.count < head.sealedCount || head.count - head.sealedCount > kMaxUnsealed)
        return false;
    const QString expected = m_ctx.codec.auditSeal(sealMessage(head.sealedCount, head.hash));
    if (expected.isEmpty())
        return true; // locked: nothing is sealed now anyway
    auto tail = m_ctx.audit.from(head.sealedCount);
    if (!tail)
        return tail.error();
    if (tail->isEmpty() || tail->first().id != head.sealedCount ||
        m_ctx.codec.auditSeal(sealMessage(tail->first().id, tail->first().hash)) != head.seal)
        return false;
    for (qsizetype i = 1; i < tail->size(); ++i) {
        const AuditRecord& r = tail->at(i);
        if (r.id != tail->at(i - 1).id + 1 || r.prevHash != tail->at(i - 1).hash ||
            auditHash(r.prevHash, r) != r.hash || !writtenUnsealed(r.action))
            return false;
    }
    return tail->last().id == head.count && tail->last().hash == head.hash;
}

std::optional<AuditService::Checkpoint> AuditService::parseCheckpoint(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^\\s*(\\d+)\\s*:\\s*([0-9a-fA-F]{64})\\s*$"));
    const auto m = re.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Checkpoint{m.captured(1).toLongLong(), m.captured(2).toLower()};
}

QString AuditService::problemCode(Problem p)
{
    switch (p) {
    case Problem::None:
        return QStringLiteral("none");
    case Problem::Edited:
        return QStringLiteral("edited");
    case Problem::Missing:
        return QStringLiteral("missing");
    case Problem::Relinked:
        return QStringLiteral("relinked");
    case Problem::Foreign:
        return QStringLiteral("foreign");
    case Problem::TailMissing:
        return QStringLiteral("tail_missing");
    case Problem::HeadMissing:
        return QStringLiteral("head_missing");
    case Problem::Added:
        return QStringLiteral("added");
    case Problem::HeadMismatch:
        return QStringLiteral("head_mismatch");
    case Problem::SealMismatch:
        return QStringLiteral("seal_mismatch");
    case Problem::Unsealed:
        return QStringLiteral("unsealed");
    case Problem::CheckpointMismatch:
        break;
    }
    return QStringLiteral("checkpoint_mismatch");
}

QString AuditService::localTime(const QString& isoUtc)
{
    const QDateTime t = QDateTime::fromString(isoUtc, Qt::ISODate);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : isoUtc;
}

Result<AuditService::VerifyReport> AuditService::verify(const std::optional<Checkpoint>& checkpoint)
{
    if (auto s = m_ctx.require(Permission::ReadAudit); !s)
        return s.error();
    Transaction tx(m_ctx.db, Transaction::Mode::Read); // one consistent snapshot of rows and head
    if (auto s = tx.begin(); !s)
        return s.error();
    auto rep = verifyChain(m_ctx.audit, &m_ctx.codec, checkpoint);
    if (!rep)
        return rep;
    if (auto s = tx.commit(); !s)
        return s.error();
    return rep;
}

Result<AuditService::VerifyReport> AuditService::verifyChain(AuditRepository& trail,
                                                             const SensitiveCodec* codec,
                                                             const std::optional<Checkpoint>& checkpoint)
{
    auto sealOf = [codec](qint64 id, const QString& hash) {
        return codec ? codec->auditSeal(sealMessage(id, hash)) : QString();
    };
    auto head = trail.head();
    if (!head)
        return head.error();

    VerifyReport rep;
    QString prev = auditGenesisHash();
    qint64 expected = 1;
    QString checkpointSeen;
    QString sealedHashSeen;
    qint64 firstUnsealedForeign = 0;
    QString firstUnsealedAction;
    auto broken = [&rep](Problem p, qint64 id, const QString& at, const QString& message) {
        rep.problem = p;
        rep.brokenId = id;
        rep.brokenAt = at;
        rep.message = message;
        return false;
    };
    auto walked = trail.forEach([&](const AuditRecord& r) {
        if (r.id > expected)
            return broken(Problem::Missing, expected, r.at,
                          (r.id - 1 == expected
                               ? tr("Record %1 is missing (deleted)").arg(expected)
                               : tr("Records %1 to %2 are missing (deleted)").arg(expected).arg(r.id - 1)) +
                              tr("; the next record is %1 of %2").arg(r.id).arg(localTime(r.at)));
        if (r.id < expected)
            return broken(Problem::Foreign, r.id, r.at,
                          tr("Record %1 of %2 was not written by ArchiveRoom (its number is out of sequence)")
                              .arg(r.id)
                              .arg(localTime(r.at)));
        if (r.prevHash != prev)
            return broken(Problem::Relinked, r.id, r.at,
                          r.id == 1 ? tr("Record 1 of %1 does not start the chain: the trail was replaced")
                                          .arg(localTime(r.at))
                                    : tr("Record %1 of %2 does not link to record %3: record %3 was changed "
                                         "and its hash rewritten, or records were removed or inserted here")
                                          .arg(r.id)
                                          .arg(localTime(r.at))
                                          .arg(r.id - 1));
        if (auditHash(prev, r) != r.hash)
            return broken(Problem::Edited, r.id, r.at,
                          tr("Record %1 of %2 was changed after it was written (its content no longer "
                             "matches its hash)")
                              .arg(r.id)
                              .arg(localTime(r.at)));
        if (checkpoint && r.id == checkpoint->id)
            checkpointSeen = r.hash;
        if (r.id == head->sealedCount)
            sealedHashSeen = r.hash;
        if (r.id > head->sealedCount && !writtenUnsealed(r.action) && !firstUnsealedForeign) {
            firstUnsealedForeign = r.id;
            firstUnsealedAction = r.action;
        }
        ++rep.records;
        rep.lastId = r.id;
        rep.lastHash = r.hash;
        prev = r.hash;
        ++expected;
        return true;
    });
    if (!walked)
        return walked.error();

    const qint64 n = rep.records;
    if (!rep.intact()) {
        // The first broken link is reported; what follows it cannot be trusted anyway.
    } else if (!head->present) {
        if (n > 0)
            broken(Problem::HeadMissing, n, {},
                   tr("The head of the audit chain was deleted from the database; the last %1 records "
                      "cannot be checked for deletions")
                       .arg(n));
    } else if (head->count > n) {
        broken(Problem::TailMissing, n + 1, {},
               head->count == n + 1 ? tr("Record %1, the last of the trail, is missing (deleted)").arg(n + 1)
                                    : tr("Records %1 to %2 at the end of the trail are missing (deleted)")
                                          .arg(n + 1)
                                          .arg(head->count));
    } else if (head->count < n) {
        broken(Problem::Added, head->count + 1, {},
               head->count + 1 == n ? tr("Record %1 was added to the trail outside ArchiveRoom").arg(n)
                                    : tr("Records %1 to %2 were added to the trail outside ArchiveRoom")
                                          .arg(head->count + 1)
                                          .arg(n));
    } else if (head->hash != prev) {
        broken(Problem::HeadMismatch, n, {},
               tr("Record %1 is not the last record ArchiveRoom wrote: the end of the trail was replaced")
                   .arg(n));
    } else if (const QString seal =
                   head->sealedCount > 0 ? sealOf(head->sealedCount, sealedHashSeen) : sealOf(0, {});
               !seal.isEmpty() && n > 0 && head->sealedCount == 0) {
        // The program seals every record a signed-in session writes (this check signed in).
        broken(Problem::Unsealed, n, {},
               tr("The audit trail has no seal: it was rewritten or replaced with the file alone"));
    } else if (!seal.isEmpty() && head->sealedCount > n) {
        broken(Problem::SealMismatch, n + 1, {},
               tr("Records %1 to %2 were cut from the end of the trail and its head rewritten with the file "
                  "alone")
                   .arg(n + 1)
                   .arg(head->sealedCount));
    } else if (!seal.isEmpty() && seal != head->seal) {
        broken(
            Problem::SealMismatch, head->sealedCount, {},
            tr("The trail up to record %1 was rewritten with the file alone: it no longer matches its seal "
               "(records were changed, removed or cut, and the hashes computed again)")
                .arg(head->sealedCount));
    } else if (!seal.isEmpty() && firstUnsealedForeign) {
        broken(Problem::Unsealed, firstUnsealedForeign, {},
               tr("Record %1 (%2) was added after the last sealed record; ArchiveRoom writes only failed "
                  "sign-ins there: it was written with the file alone")
                   .arg(firstUnsealedForeign)
                   .arg(auditActionLabel(firstUnsealedAction)));
    } else if (checkpoint && checkpointSeen != checkpoint->hash) {
        broken(Problem::CheckpointMismatch, checkpoint->id, {},
               checkpointSeen.isEmpty()
                   ? tr("Checkpoint record %1 is not in the trail any more").arg(checkpoint->id)
                   : tr("Record %1 differs from the checkpoint: the trail was rewritten up to it")
                         .arg(checkpoint->id));
    }
    return rep;
}

Result<QList<AuditEntry>> AuditService::list(const Filter& f)
{
    if (auto s = m_ctx.require(Permission::ReadAudit); !s)
        return s.error();
    AuditRepository::Query q;
    if (!f.action.isEmpty()) {
        bool ok = false;
        auditActionFromCode(f.action, &ok);
        if (!ok)
            return Error::invalid(QStringLiteral("action"), f.action, tr("Unknown action %1").arg(f.action));
    }
    if (f.limit < 1 || f.limit > kMaxLimit || f.offset < 0)
        return Error::invalid(QStringLiteral("limit"), QString::number(f.limit),
                              tr("Give a limit between 1 and %1").arg(kMaxLimit));
    if (f.from.isValid() && f.to.isValid() && f.to < f.from)
        return Error::invalid(QStringLiteral("to"), f.to.toString(Qt::ISODate),
                              tr("The end date %1 is before the start date %2")
                                  .arg(f.to.toString(Qt::ISODate), f.from.toString(Qt::ISODate)));
    q.personId = f.personId;
    q.dossier = f.dossier.trimmed();
    // A 档号 as typed or scanned: the trail keeps the number as stored.
    if (!q.dossier.isEmpty())
        if (auto d = DossierService::resolve(m_ctx, q.dossier); d && d->dossier)
            q.dossier = d->dossier->archiveNo;
    q.userLogin = f.userLogin.trimmed();
    q.action = f.action;
    // Dates are the user's local days; the trail is in UTC.
    if (f.from.isValid())
        q.fromAt = QDateTime(f.from, QTime(0, 0)).toUTC().toString(Qt::ISODate);
    if (f.to.isValid())
        q.toAt = QDateTime(f.to.addDays(1), QTime(0, 0)).toUTC().toString(Qt::ISODate);
    q.limit = f.limit;
    q.offset = f.offset;
    q.newestFirst = f.newestFirst;
    auto entries = m_ctx.audit.list(q);
    if (!entries)
        return entries.error();
    // Sealed reasons open for the roles that hold the full key (clerk, leader); the administrator
    // reads that there is one.
    for (AuditEntry& e : entries.value()) {
        QString& reason = e.record.reason;
        if (!FieldCodec::isSealed(reason))
            continue;
        if (!m_ctx.codec.holdsFullKey()) {
            reason = tr("(sealed: read by the archive clerk and company leaders)");
            continue;
        }
        const auto opened =
            m_ctx.codec.openChecked(SensitiveField::AuditReason, reason, reasonContext(e.record.id));
        reason = opened ? *opened : tr("(the sealed reason does not open: it was changed)");
    }
    QList<qint64> people;
    for (const AuditEntry& e : entries.value())
        if (e.record.entity == QLatin1String("person") && e.record.entityId > 0)
            people << e.record.entityId;
    // The administrator sees no records (R20): persons are named by their number only.
    if (!people.isEmpty() && m_ctx.can(Permission::ViewRegister)) {
        auto names = m_ctx.persons.names(QSet<qint64>(people.begin(), people.end()).values());
        if (!names)
            return names.error();
        for (AuditEntry& e : entries.value())
            if (e.record.entity == QLatin1String("person"))
                e.subject = names->value(e.record.entityId);
    }
    return entries;
}

} // namespace ar
