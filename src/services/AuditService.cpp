#include "AuditService.h"

#include "security/AuditHash.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>

namespace ar {

namespace {
constexpr int kMaxLimit = 100000;
constexpr int kMaxLoginLength = 64;
} // namespace

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

Status AuditService::recordAs(qint64 userId, const QString& login, AuditAction action, const QString& detail,
                              const QString& reason)
{
    AuditRecord r;
    r.userId = userId;
    // A failed sign-in keeps what was typed as the login, cut short: it is not a place for text.
    r.userLogin = login.trimmed().left(kMaxLoginLength);
    r.action = auditActionCode(action);
    r.entity = QStringLiteral("user");
    r.entityId = userId;
    r.detail = detail;
    r.reason = reason.trimmed();
    return append(r);
}

Status AuditService::append(AuditRecord r)
{
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    if (const auto mine = m_ctx.audit.headWrittenInThisTransaction()) {
        // The second and later record of one transaction: the head this transaction wrote,
        // still under its lock, is the chain's end.
        r.prevHash = mine->hash;
        r.id = mine->count + 1;
    } else {
        // Lock first, then read the head: concurrent writers queue here instead of forking the
        // chain.
        if (auto s = m_ctx.audit.lockHead(); !s)
            return s;
        auto head = m_ctx.audit.head();
        if (!head)
            return head.error();
        auto last = m_ctx.audit.last();
        if (!last)
            return last.error();
        // The head decides what comes next, so a deleted last record stays visible as a gap
        // even after more records are appended; without a head the table's last record does.
        r.prevHash = head->present ? head->hash : (last->id ? last->hash : auditGenesisHash());
        r.id = qMax(head->present ? head->count : 0, last->id) + 1;
    }
    r.at = m_ctx.clock.now().toUTC().toString(Qt::ISODate);
    r.hash = auditHash(r.prevHash, r);
    if (r.hash.isEmpty())
        return Error::of(ErrorCode::Failed, tr("Cannot compute the audit hash"));
    if (auto s = m_ctx.audit.insert(r); !s)
        return s;
    if (auto s = m_ctx.audit.setHead(r.id, r.hash); !s)
        return s;
    return tx.commit();
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
    auto head = m_ctx.audit.head();
    if (!head)
        return head.error();

    VerifyReport rep;
    QString prev = auditGenesisHash();
    qint64 expected = 1;
    QString checkpointSeen;
    auto broken = [&rep](Problem p, qint64 id, const QString& at, const QString& message) {
        rep.problem = p;
        rep.brokenId = id;
        rep.brokenAt = at;
        rep.message = message;
        return false;
    };
    auto walked = m_ctx.audit.forEach([&](const AuditRecord& r) {
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
    } else if (checkpoint && checkpointSeen != checkpoint->hash) {
        broken(Problem::CheckpointMismatch, checkpoint->id, {},
               checkpointSeen.isEmpty()
                   ? tr("Checkpoint record %1 is not in the trail any more").arg(checkpoint->id)
                   : tr("Record %1 differs from the checkpoint: the trail was rewritten up to it")
                         .arg(checkpoint->id));
    }
    if (auto s = tx.commit(); !s)
        return s.error();
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
    QList<qint64> people;
    for (const AuditEntry& e : entries.value())
        if (e.record.entity == QLatin1String("person") && e.record.entityId > 0)
            people << e.record.entityId;
    if (!people.isEmpty()) {
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
