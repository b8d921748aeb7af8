// audit verify, audit list: the audit trail of R27.
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ar::cli {

namespace {

QJsonValue textOrNull(const QString& s)
{
    return s.isEmpty() ? QJsonValue() : QJsonValue(s);
}

QJsonValue idOrNull(qint64 id)
{
    return id ? QJsonValue(id) : QJsonValue();
}

int verify(Invocation& inv)
{
    std::optional<AuditService::Checkpoint> checkpoint;
    if (inv.args.has(QStringLiteral("checkpoint"))) {
        const QString text = inv.args.value(QStringLiteral("checkpoint"));
        checkpoint = AuditService::parseCheckpoint(text);
        if (!checkpoint)
            return inv.fail(
                Error::invalid(QStringLiteral("checkpoint"), text,
                               QCoreApplication::translate(
                                   "Cli", "--checkpoint %1: write it as ID:HASH, as audit verify prints it")
                                   .arg(text)));
    }
    auto r = inv.archive->audit().verify(checkpoint);
    if (!r)
        return inv.fail(r.error());
    const AuditService::VerifyReport& rep = r.value();
    // A checkpoint to note down: only of a trail that verified.
    const QString mark =
        rep.intact() && rep.lastId ? QStringLiteral("%1:%2").arg(rep.lastId).arg(rep.lastHash) : QString();
    if (inv.json) {
        QJsonObject o{{QStringLiteral("intact"), rep.intact()},
                      {QStringLiteral("records"), rep.records},
                      {QStringLiteral("last_id"), rep.lastId},
                      {QStringLiteral("last_hash"), textOrNull(rep.lastHash)},
                      {QStringLiteral("checkpoint"), textOrNull(mark)}};
        if (!rep.intact()) {
            o.insert(QStringLiteral("broken_id"), rep.brokenId);
            o.insert(QStringLiteral("broken_at"), textOrNull(rep.brokenAt));
            o.insert(QStringLiteral("problem"), AuditService::problemCode(rep.problem));
            o.insert(QStringLiteral("message"), rep.message);
        }
        inv.print(o);
    }
    if (!rep.intact()) {
        inv.err << QCoreApplication::translate("Cli", "The audit trail is broken at record %1: %2")
                       .arg(rep.brokenId)
                       .arg(rep.message)
                << Qt::endl;
        return Failed;
    }
    if (!inv.json) {
        inv.out << QCoreApplication::translate("Cli", "Chain intact, %1 records").arg(rep.records)
                << Qt::endl;
        if (!mark.isEmpty())
            inv.out << QCoreApplication::translate(
                           "Cli",
                           "Checkpoint: %1 (keep it away from this computer; audit verify --checkpoint "
                           "checks the trail against it)")
                           .arg(mark)
                    << Qt::endl;
    }
    return Ok;
}

bool dateOption(Invocation& inv, const QString& option, QDate* date)
{
    const QString text = inv.args.value(option);
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text, Qt::ISODate);
    if (date->isValid())
        return true;
    inv.fail(Error::invalid(
        option, text,
        QCoreApplication::translate("Cli", "--%1 %2: write the date as YYYY-MM-DD").arg(option, text)));
    return false;
}

QJsonObject entryJson(const AuditEntry& e)
{
    const AuditRecord& r = e.record;
    return {{QStringLiteral("id"), r.id},
            {QStringLiteral("at"), r.at},
            {QStringLiteral("user"), textOrNull(r.userLogin)},
            {QStringLiteral("user_id"), idOrNull(r.userId)},
            {QStringLiteral("user_name"), textOrNull(e.userName)},
            {QStringLiteral("action"), r.action},
            {QStringLiteral("entity"), textOrNull(r.entity)},
            {QStringLiteral("entity_id"), idOrNull(r.entityId)},
            {QStringLiteral("subject"), textOrNull(e.subject)},
            {QStringLiteral("dossier"), textOrNull(r.dossier)},
            {QStringLiteral("detail"), textOrNull(r.detail)},
            {QStringLiteral("reason"), textOrNull(r.reason)},
            {QStringLiteral("prev_hash"), r.prevHash},
            {QStringLiteral("hash"), r.hash}};
}

QString entryLine(const AuditEntry& e)
{
    const AuditRecord& r = e.record;
    QStringList parts{QStringLiteral("#%1").arg(r.id), AuditService::localTime(r.at), r.userLogin,
                      auditActionLabel(r.action)};
    if (!r.entity.isEmpty())
        parts << QStringLiteral("%1 %2 %3")
                     .arg(auditEntityLabel(r.entity), r.entityId ? QString::number(r.entityId) : QString(),
                          e.subject)
                     .trimmed();
    parts << r.dossier << r.detail;
    if (!r.reason.isEmpty())
        parts << QCoreApplication::translate("Cli", "reason: %1").arg(r.reason);
    parts.removeAll(QString());
    return parts.join(QStringLiteral("  "));
}

int list(Invocation& inv)
{
    AuditService::Filter f;
    f.dossier = inv.args.value(QStringLiteral("dossier"));
    f.userLogin = inv.args.value(QStringLiteral("by"));
    f.action = inv.args.value(QStringLiteral("action"));
    if (inv.args.has(QStringLiteral("person"))) {
        const QString text = inv.args.value(QStringLiteral("person"));
        bool ok = false;
        f.personId = text.toLongLong(&ok);
        if (!ok || f.personId < 1)
            return inv.fail(Error::invalid(
                QStringLiteral("person"), text,
                QCoreApplication::translate("Cli", "--person %1: give the person's number (person_id)")
                    .arg(text)));
    }
    if (!dateOption(inv, QStringLiteral("from"), &f.from) || !dateOption(inv, QStringLiteral("to"), &f.to))
        return Invalid;
    bool ok = true;
    f.limit = inv.args.value(QStringLiteral("limit"), QStringLiteral("100")).toInt(&ok);
    if (!ok || f.limit < 1)
        return inv.usage(QCoreApplication::translate("Cli", "--limit needs a positive number"));
    // The latest N records, printed oldest first like a log.
    f.newestFirst = true;
    auto entries = inv.archive->audit().list(f);
    if (!entries)
        return inv.fail(entries.error());
    QList<AuditEntry> rows = entries.value();
    std::reverse(rows.begin(), rows.end());
    if (inv.json) {
        QJsonArray a;
        for (const AuditEntry& e : std::as_const(rows))
            a << entryJson(e);
        inv.print(a);
        return Ok;
    }
    if (rows.isEmpty())
        inv.out << QCoreApplication::translate("Cli", "No audit records match") << Qt::endl;
    for (const AuditEntry& e : std::as_const(rows))
        inv.out << entryLine(e) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> auditCommands()
{
    return {
        {{QStringLiteral("audit"), QStringLiteral("verify")},
         QT_TRANSLATE_NOOP("Cli", "Check the audit trail's hash chain; exit 1 names the first broken record"),
         "[--checkpoint ID:HASH]",
         {QStringLiteral("checkpoint")},
         {QStringLiteral("json")},
         Command::Needs::SignedIn,
         verify},
        {{QStringLiteral("audit"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "Read the audit trail: who viewed, unmasked or changed what, and when"),
         "[--dossier 档号] [--by LOGIN] [--person ID] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--action "
         "ACTION] "
         "[--limit N]",
         {QStringLiteral("dossier"), QStringLiteral("by"), QStringLiteral("person"), QStringLiteral("from"),
          QStringLiteral("to"), QStringLiteral("action"), QStringLiteral("limit")},
         {QStringLiteral("json")},
         Command::Needs::SignedIn,
         list},
    };
}

} // namespace ar::cli
