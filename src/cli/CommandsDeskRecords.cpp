// The desk's registers on the command line: visit add; owner request/answer/requests; damage
// list/add/photo/repaired; calendar load/list (the loan commands are in CommandsLoans.cpp).
#include "Command.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QSaveFile>

namespace ar::cli {

namespace {

int visitAdd(Invocation& inv)
{
    LoanRegisterService::VisitInput v;
    v.archiveNo = inv.args.value(QStringLiteral("dossier"));
    v.organ = inv.args.value(QStringLiteral("organ"));
    v.officer = inv.args.value(QStringLiteral("officer"));
    v.credential = inv.args.value(QStringLiteral("credential"));
    v.approvedByLogin = inv.args.value(QStringLiteral("approved-by"));
    v.note = inv.args.value(QStringLiteral("note"));
    if (v.archiveNo.isEmpty() || v.approvedByLogin.isEmpty())
        return inv.usage(
            QCoreApplication::translate("Cli", "visit add --organ ORGAN --officer NAME --credential DOC "
                                               "--dossier ARCHIVE-NO --approved-by LOGIN"));
    auto visit = inv.archive->loanRegisters().addVisit(v);
    if (!visit)
        return inv.fail(visit.error());
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("id"), visit->id},
                              {QStringLiteral("loan"), visit->loanId},
                              {QStringLiteral("archive_no"), visit->archiveNo},
                              {QStringLiteral("organ"), visit->organ},
                              {QStringLiteral("officer"), visit->officer},
                              {QStringLiteral("credential"), visit->credential},
                              {QStringLiteral("approved_by"), visit->approvedByName},
                              {QStringLiteral("status"), loanStatusCode(LoanStatus::InRoom)},
                              {QStringLiteral("rule"), QStringLiteral("R24")}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli",
                                           "Visit %1 registered: %2 %3 views %4 in the archive room only")
                   .arg(visit->id)
                   .arg(visit->organ, visit->officer, visit->archiveNo)
            << Qt::endl;
    return Ok;
}

int calendarLoad(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "calendar load FILE"));
    const QString path = inv.args.positional.first();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return inv.fail(Error::invalid(QStringLiteral("file"), path,
                                       QCoreApplication::translate("Cli", "Cannot read %1").arg(path)));
    auto y = inv.archive->calendar().loadYear(f.readAll(), QFileInfo(path).fileName());
    if (!y)
        return inv.fail(y.error());
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("year"), y->year},
                              {QStringLiteral("dates"), int(y->days.size())},
                              {QStringLiteral("source"), y->source}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "Working-day calendar %1 loaded: %2 date(s)")
                   .arg(y->year)
                   .arg(y->days.size())
            << Qt::endl;
    return Ok;
}

int calendarShow(Invocation& inv)
{
    auto c = inv.archive->calendar().workCalendar();
    if (!c)
        return inv.fail(c.error());
    if (inv.json) {
        QJsonArray a;
        for (int y : c->years())
            a << QJsonObject{{QStringLiteral("year"), y},
                             {QStringLiteral("dates"), int(c->year(y)->days.size())},
                             {QStringLiteral("source"), c->year(y)->source}};
        inv.print(a);
        return Ok;
    }
    for (int y : c->years())
        inv.out << y << QStringLiteral("  ") << c->year(y)->days.size() << QStringLiteral("  ")
                << c->year(y)->source << Qt::endl;
    return Ok;
}

QJsonObject ownerRequestJson(const OwnerRequest& r)
{
    return QJsonObject{{QStringLiteral("id"), r.id},
                       {QStringLiteral("archive_no"), r.archiveNo},
                       {QStringLiteral("kind"), ownerRequestKindCode(r.kind)},
                       {QStringLiteral("detail"), r.detail},
                       {QStringLiteral("received"), r.receivedAt.toLocalTime().toString(Qt::ISODate)},
                       {QStringLiteral("answer"), jsonOrNull(r.answer)},
                       {QStringLiteral("answered"),
                        r.answeredAt.isValid() ? QJsonValue(r.answeredAt.toLocalTime().toString(Qt::ISODate))
                                               : QJsonValue()}};
}

int printOwnerRequest(Invocation& inv, const Result<OwnerRequest>& r)
{
    if (!r)
        return inv.fail(r.error());
    if (inv.json)
        inv.print(ownerRequestJson(r.value()));
    else
        inv.out << QCoreApplication::translate("Cli", "Owner request %1: %2 %3 — %4%5")
                       .arg(r->id)
                       .arg(r->archiveNo, ownerRequestKindLabel(r->kind), r->detail,
                            r->answer.isEmpty() ? QString() : QStringLiteral(" → ") + r->answer)
                << Qt::endl;
    return Ok;
}

int ownerRequest(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate(
            "Cli", "owner request ARCHIVE-NO --kind view|correct|copy --detail TEXT"));
    const QString kind = inv.args.value(QStringLiteral("kind"));
    bool ok = false;
    const OwnerRequestKind k = ownerRequestKindFromCode(kind, &ok);
    if (!ok)
        return inv.fail(Error::invalid(
            QStringLiteral("kind"), kind,
            QCoreApplication::translate("Cli", "Kind %1: one of view, correct, copy").arg(kind)));
    return printOwnerRequest(
        inv, inv.archive->loanRegisters().registerOwnerRequest(inv.args.positional.first(), k,
                                                               inv.args.value(QStringLiteral("detail"))));
}

int ownerAnswer(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "owner answer ID --answer TEXT"), &id))
        return Usage;
    return printOwnerRequest(
        inv, inv.archive->loanRegisters().answerOwnerRequest(id, inv.args.value(QStringLiteral("answer"))));
}

int ownerRequests(Invocation& inv)
{
    auto rows = inv.archive->loanRegisters().ownerRequests(!inv.args.flags.contains(QStringLiteral("all")));
    if (!rows)
        return inv.fail(rows.error());
    if (inv.json) {
        QJsonArray a;
        for (const OwnerRequest& r : rows.value())
            a << ownerRequestJson(r);
        inv.print(a);
        return Ok;
    }
    for (const OwnerRequest& r : rows.value())
        printOwnerRequest(inv, r);
    return Ok;
}

int damageList(Invocation& inv)
{
    auto rows = inv.archive->loanRegisters().damages(!inv.args.flags.contains(QStringLiteral("all")));
    if (!rows)
        return inv.fail(rows.error());
    if (inv.json) {
        QJsonArray a;
        for (const DamageRecord& d : rows.value())
            a << QJsonObject{{QStringLiteral("id"), d.id},
                             {QStringLiteral("archive_no"), d.archiveNo},
                             {QStringLiteral("loan"), d.loanId},
                             {QStringLiteral("condition"), returnConditionCode(d.condition)},
                             {QStringLiteral("note"), d.note},
                             {QStringLiteral("department"), d.department},
                             {QStringLiteral("repaired"), d.repairedAt.isValid()},
                             {QStringLiteral("photo"), d.hasPhoto()}};
        inv.print(a);
        return Ok;
    }
    for (const DamageRecord& d : rows.value())
        inv.out << QStringLiteral("%1  %2  %3  %4  %5%6")
                       .arg(d.id)
                       .arg(d.archiveNo, returnConditionLabel(d.condition), d.note, d.department,
                            d.hasPhoto() ? QCoreApplication::translate("Cli", "  (photo)") : QString())
                << Qt::endl;
    return Ok;
}

int damageAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(
            QCoreApplication::translate("Cli", "damage add ARCHIVE-NO --note TEXT [--photo FILE]"));
    auto d = inv.archive->loanRegisters().recordDamage(inv.args.positional.first(),
                                                       inv.args.value(QStringLiteral("note")),
                                                       inv.args.value(QStringLiteral("photo")));
    if (!d)
        return inv.fail(d.error());
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("id"), d->id},
                              {QStringLiteral("archive_no"), d->archiveNo},
                              {QStringLiteral("loan"), QJsonValue()},
                              {QStringLiteral("condition"), returnConditionCode(d->condition)},
                              {QStringLiteral("note"), d->note},
                              {QStringLiteral("department"), d->department},
                              {QStringLiteral("repaired"), false},
                              {QStringLiteral("photo"), d->hasPhoto()}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "Damage record %1 opened for %2: waiting for repair (%3)")
                   .arg(QString::number(d->id), d->archiveNo, d->department)
            << Qt::endl;
    return Ok;
}

int damagePhoto(Invocation& inv)
{
    qint64 id = 0;
    const QString out = inv.args.value(QStringLiteral("out"));
    if (!positionalId(inv, QCoreApplication::translate("Cli", "damage photo ID --out FILE"), &id))
        return Usage;
    if (out.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "damage photo ID --out FILE"));
    auto photo = inv.archive->loanRegisters().damagePhoto(id);
    if (!photo)
        return inv.fail(photo.error());
    QSaveFile f(out);
    if (!f.open(QIODevice::WriteOnly) || f.write(photo.value()) < 0 || !f.commit())
        return inv.fail(Error::invalid(QStringLiteral("out"), out,
                                       QCoreApplication::translate("Cli", "Cannot write %1").arg(out)));
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("id"), id},
                              {QStringLiteral("file"), out},
                              {QStringLiteral("bytes"), qint64(photo->size())}});
    else
        inv.out
            << QCoreApplication::translate("Cli", "Photo of damage record %1 written to %2").arg(id).arg(out)
            << Qt::endl;
    return Ok;
}

int damageRepaired(Invocation& inv)
{
    qint64 id = 0;
    if (!positionalId(inv, QCoreApplication::translate("Cli", "damage repaired ID --note TEXT"), &id))
        return Usage;
    if (auto s = inv.archive->loanRegisters().markRepaired(id, inv.args.value(QStringLiteral("note"))); !s)
        return inv.fail(s.error());
    inv.out << QCoreApplication::translate("Cli", "Damage record %1 closed: repaired").arg(id) << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> deskRecordCommands()
{
    const auto o = [](const char* name) { return QString::fromLatin1(name); };
    return {
        {{o("visit"), o("add")},
         QT_TRANSLATE_NOOP("Cli", "Register a state organ's viewing in the archive room (never a take-out)"),
         "--organ ORGAN --officer NAME --credential DOC --dossier ARCHIVE-NO --approved-by LOGIN [--note "
         "TEXT]",
         {o("organ"), o("officer"), o("credential"), o("dossier"), o("approved-by"), o("note")},
         {o("json")},
         Command::Needs::SignedIn,
         visitAdd},
        {{o("owner"), o("request")},
         QT_TRANSLATE_NOOP("Cli", "Register an owner's request to view, correct or copy their own record"),
         "ARCHIVE-NO --kind view|correct|copy --detail TEXT",
         {o("kind"), o("detail")},
         {o("json")},
         Command::Needs::SignedIn,
         ownerRequest},
        {{o("owner"), o("answer")},
         QT_TRANSLATE_NOOP("Cli", "Record the answer to an owner's request"),
         "ID --answer TEXT",
         {o("answer")},
         {o("json")},
         Command::Needs::SignedIn,
         ownerAnswer},
        {{o("owner"), o("requests")},
         QT_TRANSLATE_NOOP("Cli", "List owners' requests (open ones, or --all)"),
         "[--all]",
         {},
         {o("json"), o("all")},
         Command::Needs::SignedIn,
         ownerRequests},
        {{o("damage"), o("list")},
         QT_TRANSLATE_NOOP("Cli", "List damaged or incomplete dossiers waiting for repair (or --all)"),
         "[--all]",
         {},
         {o("json"), o("all")},
         Command::Needs::SignedIn,
         damageList},
        {{o("damage"), o("add")},
         QT_TRANSLATE_NOOP("Cli",
                           "Record damage found at a daily check (outside a loan) for the owning department"),
         "ARCHIVE-NO --note TEXT [--photo FILE]",
         {o("note"), o("photo")},
         {o("json")},
         Command::Needs::SignedIn,
         damageAdd},
        {{o("damage"), o("photo")},
         QT_TRANSLATE_NOOP("Cli", "Save the photo of a damage record to a file (audited view)"),
         "ID --out FILE",
         {o("out")},
         {o("json")},
         Command::Needs::SignedIn,
         damagePhoto},
        {{o("damage"), o("repaired")},
         QT_TRANSLATE_NOOP("Cli", "Close a damage record once the dossier is repaired"),
         "ID --note TEXT",
         {o("note")},
         {o("json")},
         Command::Needs::SignedIn,
         damageRepaired},
        {{o("calendar"), o("load")},
         QT_TRANSLATE_NOOP("Cli", "Load a year of public holidays and make-up working days (administrator)"),
         "FILE",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         calendarLoad},
        {{o("calendar"), o("list")},
         QT_TRANSLATE_NOOP("Cli", "List the years of the working-day calendar"),
         "",
         {},
         {o("json")},
         Command::Needs::SignedIn,
         calendarShow},
    };
}

} // namespace ar::cli
