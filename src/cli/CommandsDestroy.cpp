// hold add/release, destroy candidates/propose/approve/reject/execute/list, and the .xlsx of a
// destruction list (R43, P7).
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

namespace {

QJsonObject batchJson(const DestructionBatch& b)
{
    QJsonArray approvals;
    for (const DestructionApproval& a : b.approvals)
        approvals << QJsonObject{
            {QStringLiteral("by"), a.byLogin},
            {QStringLiteral("by_name"), a.by},
            {QStringLiteral("department"), a.leader() ? QJsonValue() : QJsonValue(a.part)},
            {QStringLiteral("role"), a.leader() ? QStringLiteral("leader") : QStringLiteral("head")},
            {QStringLiteral("at"), a.at.toUTC().toString(Qt::ISODate)}};
    QJsonObject o{
        {QStringLiteral("batch"), b.id},
        {QStringLiteral("status"), b.status},
        {QStringLiteral("archive_nos"), QJsonArray::fromStringList(b.archiveNos())},
        {QStringLiteral("approvals"), approvals},
        {QStringLiteral("waiting"), b.status == QLatin1String("proposed")
                                        ? QJsonArray::fromStringList(DestructionService::waitingParts(b))
                                        : QJsonArray()},
        {QStringLiteral("reason"), b.reason},
        {QStringLiteral("proposed_by"), b.proposedByLogin},
        {QStringLiteral("proposed_at"), b.proposedAt.toUTC().toString(Qt::ISODate)}};
    if (b.status == QLatin1String("rejected"))
        o.insert(QStringLiteral("reject_reason"), b.rejectReason);
    if (b.status == QLatin1String("destroyed")) {
        o.insert(QStringLiteral("destroyed_on"), b.executedOn.toString(Qt::ISODate));
        o.insert(QStringLiteral("method"), b.method);
        o.insert(QStringLiteral("witnesses"), QJsonArray{b.witness1Login, b.witness2Login});
    }
    return o;
}

QString batchLine(const DestructionBatch& b)
{
    QStringList parts{
        QCoreApplication::translate("Cli", "Batch %1").arg(b.id), destructionStatusLabel(b.status),
        QCoreApplication::translate("Cli", "%n dossier(s)", nullptr, int(b.entries.size())), b.reason};
    if (b.status == QLatin1String("proposed")) {
        QStringList waiting;
        for (const QString& p : DestructionService::waitingParts(b))
            waiting << (p == QLatin1String("*") ? QCoreApplication::translate("Cli", "a company leader") : p);
        parts
            << QCoreApplication::translate("Cli", "waiting for: %1").arg(waiting.join(QStringLiteral("、")));
    }
    if (b.status == QLatin1String("destroyed"))
        parts
            << QCoreApplication::translate("Cli", "destroyed on %1").arg(b.executedOn.toString(Qt::ISODate));
    return parts.join(QStringLiteral("  ")) + QLatin1Char('\n') + QStringLiteral("  ") +
           b.archiveNos().join(QStringLiteral("\n  "));
}

int printBatch(Invocation& inv, const Result<DestructionBatch>& b)
{
    if (!b)
        return inv.fail(b.error());
    if (inv.json)
        inv.print(batchJson(b.value()));
    else
        inv.out << batchLine(b.value()) << Qt::endl;
    return Ok;
}

int holdAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "hold add ARCHIVE-NO --reason TEXT"));
    auto h = inv.archive->destruction().hold(inv.args.positional.first(),
                                             inv.args.value(QStringLiteral("reason")));
    if (!h)
        return inv.fail(h.error());
    if (inv.json)
        inv.print(
            QJsonObject{{QStringLiteral("archive_no"), inv.args.positional.first()},
                        {QStringLiteral("hold"),
                         QJsonObject{{QStringLiteral("reason"), h->reason},
                                     {QStringLiteral("by"), h->placedByLogin},
                                     {QStringLiteral("since"), h->placedAt.toUTC().toString(Qt::ISODate)}}}});
    else
        inv.out << QCoreApplication::translate("Cli", "%1 is on hold: %2")
                       .arg(inv.args.positional.first(), h->reason)
                << Qt::endl;
    return Ok;
}

int holdRelease(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "hold release ARCHIVE-NO"));
    if (auto s = inv.archive->destruction().release(inv.args.positional.first()); !s)
        return inv.fail(s.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("archive_no"), inv.args.positional.first()},
                              {QStringLiteral("hold"), QJsonValue()}});
    else
        inv.out << QCoreApplication::translate("Cli", "The hold of %1 is released")
                       .arg(inv.args.positional.first())
                << Qt::endl;
    return Ok;
}

int destroyCandidates(Invocation& inv)
{
    auto list = inv.archive->destruction().candidates();
    if (!list)
        return inv.fail(list.error());
    if (inv.json) {
        QJsonArray a;
        for (const DestructionCandidate& c : list.value())
            a << QJsonObject{{QStringLiteral("archive_no"), c.archiveNo},
                             {QStringLiteral("category"), c.category},
                             {QStringLiteral("retention"), c.retention},
                             {QStringLiteral("destroy_eligible"), c.destroyEligible.toString(Qt::ISODate)},
                             {QStringLiteral("status"), c.status},
                             {QStringLiteral("title"), c.title},
                             {QStringLiteral("year"), c.year}};
        inv.print(a);
        return Ok;
    }
    for (const DestructionCandidate& c : list.value())
        inv.out << QStringLiteral("%1  %2  %3  %4  %5")
                       .arg(c.archiveNo, c.categoryName, retentionLabel(c.retention),
                            QCoreApplication::translate("Cli", "destroyable from %1")
                                .arg(c.destroyEligible.toString(Qt::ISODate)),
                            c.title)
                << Qt::endl;
    if (list->isEmpty())
        inv.out << QCoreApplication::translate("Cli", "No dossier may be destroyed today") << Qt::endl;
    return Ok;
}

int destroyPropose(Invocation& inv)
{
    if (inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "destroy propose ARCHIVE-NO… --reason TEXT"));
    return printBatch(inv, inv.archive->destruction().propose(inv.args.positional,
                                                              inv.args.value(QStringLiteral("reason"))));
}

int destroyApprove(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "destroy approve BATCH"), &id))
        return Usage;
    return printBatch(inv, inv.archive->destruction().approve(id));
}

int destroyReject(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "destroy reject BATCH --reason TEXT"), &id))
        return Usage;
    return printBatch(inv, inv.archive->destruction().reject(id, inv.args.value(QStringLiteral("reason"))));
}

int destroyExecute(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv,
                      QCoreApplication::translate(
                          "Cli", "destroy execute BATCH --method TEXT --witness LOGIN --witness LOGIN"),
                      &id))
        return Usage;
    return printBatch(inv, inv.archive->destruction().execute(id, inv.args.value(QStringLiteral("method")),
                                                              inv.args.values(QStringLiteral("witness"))));
}

int destroyList(Invocation& inv)
{
    auto list = inv.archive->destruction().batches();
    if (!list)
        return inv.fail(list.error());
    if (inv.json) {
        QJsonArray a;
        for (const DestructionBatch& b : list.value())
            a << batchJson(b);
        inv.print(a);
        return Ok;
    }
    for (const DestructionBatch& b : list.value())
        inv.out << batchLine(b) << Qt::endl;
    if (list->isEmpty())
        inv.out << QCoreApplication::translate("Cli", "No destruction batch yet") << Qt::endl;
    return Ok;
}

int exportDestructionList(Invocation& inv)
{
    bool ok = false;
    const qint64 batch = inv.args.value(QStringLiteral("batch")).toLongLong(&ok);
    if (inv.args.positional.size() != 1 || !ok || batch <= 0)
        return inv.usage(
            QCoreApplication::translate("Cli", "export destruction-list FILE.xlsx|FILE.csv --batch N"));
    const QString path = inv.args.positional.first();
    auto table = inv.archive->destruction().listTable(batch);
    if (!table)
        return inv.fail(table.error());
    if (auto s = inv.archive->exports().write(table.value(), path); !s)
        return inv.fail(s.error());
    if (inv.json)
        inv.print(
            QJsonObject{{QStringLiteral("file"), path}, {QStringLiteral("rows"), int(table->rows.size())}});
    else
        inv.out << QCoreApplication::translate("Cli", "%1 written").arg(path) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> destroyCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    return {
        {{o("hold"), o("add")},
         QT_TRANSLATE_NOOP("Cli", "Put a dossier on hold: it is never destroyed until released"),
         "ARCHIVE-NO --reason TEXT",
         {o("reason")},
         {o("json")},
         Command::Needs::SignedIn,
         holdAdd},
        {{o("hold"), o("release")},
         QT_TRANSLATE_NOOP("Cli", "Release the hold of a dossier (its owning department's head or a leader)"),
         "ARCHIVE-NO",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         holdRelease},
        {{o("destroy"), o("candidates")},
         QT_TRANSLATE_NOOP("Cli", "Dossiers past retention that may be proposed for destruction"),
         "",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         destroyCandidates},
        {{o("destroy"), o("propose")},
         QT_TRANSLATE_NOOP("Cli", "Propose a destruction batch (the clerk)"),
         "ARCHIVE-NO… --reason TEXT",
         {o("reason")},
         {o("json")},
         Command::Needs::SignedIn,
         destroyPropose},
        {{o("destroy"), o("approve")},
         QT_TRANSLATE_NOOP("Cli",
                           "Approve a destruction batch: your department's part, or the batch as a leader"),
         "BATCH",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         destroyApprove},
        {{o("destroy"), o("reject")},
         QT_TRANSLATE_NOOP("Cli", "Reject a destruction batch with a reason"),
         "BATCH --reason TEXT",
         {o("reason")},
         {o("json")},
         Command::Needs::SignedIn,
         destroyReject},
        {{o("destroy"), o("execute")},
         QT_TRANSLATE_NOOP("Cli",
                           "Carry out an approved destruction batch with its method and two witnesses"),
         "BATCH --method TEXT --witness LOGIN --witness LOGIN",
         {o("method"), o("witness")},
         {o("json")},
         Command::Needs::SignedIn,
         destroyExecute},
        {{o("destroy"), o("list")},
         QT_TRANSLATE_NOOP("Cli", "The destruction batches"),
         "",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         destroyList},
        {{o("export"), o("destruction-list")},
         QT_TRANSLATE_NOOP("Cli", "Export the destruction list of a batch to .xlsx or .csv"),
         "FILE.xlsx|FILE.csv --batch N",
         {o("batch")},
         {o("json")},
         Command::Needs::SignedIn,
         exportDestructionList},
    };
}

} // namespace ar::cli
