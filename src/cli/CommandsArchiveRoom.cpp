// location add/list, handover add, campaign start/stop, category list/set, checklist list/add
// (issue #4): the archive room's set-up, listed in `help` after the dossier commands.
#include "Command.h"

#include "core/ScanCode.h"
#include "core/TextNormalize.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>

namespace ar::cli {

namespace {

int locationAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(
            QCoreApplication::translate("Cli", "location add PATH --kind room|cabinet|shelf|box"));
    QString path = inv.args.positional.first();
    path.replace(QStringLiteral("›"), QStringLiteral("/"));
    QStringList parts = path.split(QLatin1Char('/'), Qt::SkipEmptyParts);
    for (QString& p : parts)
        p = p.trimmed();
    if (parts.isEmpty())
        return inv.usage(
            QCoreApplication::translate("Cli", "location add PATH --kind room|cabinet|shelf|box"));
    const QString name = parts.takeLast();
    qint64 parent = 0;
    if (!parts.isEmpty()) {
        auto p = inv.archive->places().locationByPath(parts.join(QLatin1Char('/')));
        if (!p)
            return inv.fail(p.error());
        parent = p.value();
    }
    const QString kind = inv.args.value(QStringLiteral("kind"), parent ? QString() : QStringLiteral("room"));
    auto id = inv.archive->places().addLocation(parent, kind, name);
    if (!id)
        return inv.fail(id.error());
    auto full = inv.archive->places().locationPath(id.value());
    inv.out << QCoreApplication::translate("Cli", "Added %1 %2")
                   .arg(locationKindLabel(kind), full ? full.value() : name)
            << Qt::endl;
    return Ok;
}

int locationList(Invocation& inv)
{
    auto all = inv.archive->places().locations();
    if (!all)
        return inv.fail(all.error());
    QJsonArray a;
    for (const Location& l : all.value()) {
        auto path = inv.archive->places().locationPath(l.id);
        auto n = inv.archive->places().dossiersAt(l.id);
        if (!path || !n)
            return inv.fail(!path ? path.error() : n.error());
        if (inv.json)
            a << QJsonObject{{QStringLiteral("path"), path.value()},
                             {QStringLiteral("kind"), l.kind},
                             {QStringLiteral("code"), scancode::locationCode(l.id)},
                             {QStringLiteral("dossiers"), n.value()}};
        else
            inv.out << path.value() << QStringLiteral("  ") << scancode::locationCode(l.id)
                    << QStringLiteral("  (") << locationKindLabel(l.kind) << QStringLiteral(", ")
                    << QCoreApplication::translate("Cli", "%n dossier(s)", nullptr, n.value())
                    << QStringLiteral(")") << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

int handoverAdd(Invocation& inv)
{
    if (inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate(
            "Cli", "handover add ARCHIVE-NO… --from NAME --to NAME [--stage to_clerk|to_company]"));
    auto id = inv.archive->filing().recordHandover(
        inv.args.value(QStringLiteral("stage"), QStringLiteral("to_clerk")),
        inv.args.value(QStringLiteral("from")), inv.args.value(QStringLiteral("to")), inv.args.positional,
        inv.args.value(QStringLiteral("note")));
    if (!id)
        return inv.fail(id.error());
    inv.out << QCoreApplication::translate("Cli", "Hand-over #%1 recorded: %n dossier(s)", nullptr,
                                           int(inv.args.positional.size()))
                   .arg(id.value())
            << Qt::endl;
    return Ok;
}

int campaign(Invocation& inv, bool running)
{
    auto estate = estateArg(inv);
    if (!estate)
        return inv.fail(estate.error());
    if (auto s = inv.archive->filing().setCampaign(estate->id, running); !s)
        return inv.fail(s.error());
    inv.out << (running ? QCoreApplication::translate(
                              "Cli", "Handover campaign on for %1: filing is due the same day")
                        : QCoreApplication::translate(
                              "Cli", "Handover campaign over for %1: filing is due within a week"))
                   .arg(estate->name)
            << Qt::endl;
    return Ok;
}

int categoryList(Invocation& inv)
{
    auto cats = inv.archive->dossiers().categories();
    if (!cats)
        return inv.fail(cats.error());
    QJsonArray a;
    for (const Category& c : cats.value()) {
        if (inv.json)
            a << QJsonObject{{QStringLiteral("code"), c.code},
                             {QStringLiteral("name"), c.name},
                             {QStringLiteral("archive_code"), c.archiveCode},
                             {QStringLiteral("department"), c.department},
                             {QStringLiteral("retention"), c.retention},
                             {QStringLiteral("loan_days"), c.loanDays},
                             {QStringLiteral("loan_working_days"), c.loanWorkingDays},
                             {QStringLiteral("numbering_pattern"), c.numberingPattern}};
        else
            inv.out << QStringLiteral("%1  %2  %3  %4  %5")
                           .arg(c.code, c.name, c.archiveCode, c.department, retentionLabel(c.retention))
                    << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

int categorySet(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate(
            "Cli", "category set CODE [--retention Y|D30] [--department …] [--loan-days N | "
                   "--loan-working-days N | --loan-calendar-days N] [--numbering PATTERN]"));
    auto cats = inv.archive->dossiers().categories();
    if (!cats)
        return inv.fail(cats.error());
    const QString code = inv.args.positional.first();
    for (Category c : cats.value()) {
        if (c.code != code && c.name != code)
            continue;
        c.retention = inv.args.value(QStringLiteral("retention"), c.retention);
        c.department = inv.args.value(QStringLiteral("department"), c.department);
        c.numberingPattern = inv.args.value(QStringLiteral("numbering"), c.numberingPattern);
        // R31: --loan-days keeps the kind of days; --loan-working-days / --loan-calendar-days set both.
        const QStringList periods{QStringLiteral("loan-days"), QStringLiteral("loan-working-days"),
                                  QStringLiteral("loan-calendar-days")};
        if (std::count_if(periods.begin(), periods.end(), [&](const QString& o) { return inv.args.has(o); }) >
            1)
            return inv.usage(QCoreApplication::translate(
                "Cli", "Give one of --loan-days, --loan-working-days and --loan-calendar-days"));
        for (const QString& option : periods) {
            if (!inv.args.has(option))
                continue;
            bool ok = false;
            c.loanDays = inv.args.value(option).toInt(&ok);
            if (!ok)
                return inv.fail(
                    Error::invalid(option, inv.args.value(option),
                                   QCoreApplication::translate("Cli", "--%1 needs a number").arg(option)));
            if (option == QLatin1String("loan-working-days"))
                c.loanWorkingDays = true;
            else if (option == QLatin1String("loan-calendar-days"))
                c.loanWorkingDays = false;
        }
        if (auto s = inv.archive->dossiers().updateCategory(c); !s)
            return inv.fail(s.error());
        inv.out << QCoreApplication::translate("Cli", "Category %1 updated").arg(c.name) << Qt::endl;
        return Ok;
    }
    return inv.fail(Error::invalid(QStringLiteral("category"), code,
                                   QCoreApplication::translate("Cli", "There is no category %1").arg(code)));
}

int checklistList(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "checklist list CATEGORY"));
    auto kinds = inv.archive->dossiers().kinds(inv.args.positional.first(),
                                               inv.args.flags.contains(QStringLiteral("all")));
    if (!kinds)
        return inv.fail(kinds.error());
    QJsonArray a;
    for (const ItemKind& k : kinds.value()) {
        if (inv.json)
            a << QJsonObject{{QStringLiteral("name"), k.name},
                             {QStringLiteral("required"), k.required},
                             {QStringLiteral("fields"), QJsonArray::fromStringList(k.fields)},
                             {QStringLiteral("active"), k.active}};
        else
            inv.out << (k.required ? QStringLiteral("* ") : QStringLiteral("  ")) << k.name
                    << (k.fields.isEmpty()
                            ? QString()
                            : QStringLiteral("  [") + k.fields.join(QStringLiteral("、")) + QLatin1Char(']'))
                    << (k.active ? QString() : QCoreApplication::translate("Cli", "  (inactive)"))
                    << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    else
        inv.out << QCoreApplication::translate("Cli", "* required") << Qt::endl;
    return Ok;
}

int checklistAdd(Invocation& inv)
{
    if (inv.args.positional.size() != 1 || !inv.args.has(QStringLiteral("name")))
        return inv.usage(QCoreApplication::translate(
            "Cli", "checklist add CATEGORY --name NAME [--required] [--fields A|B|C]"));
    ItemKind k;
    k.category = inv.args.positional.first();
    k.name = inv.args.value(QStringLiteral("name"));
    k.required = inv.args.flags.contains(QStringLiteral("required"));
    const QString fields = inv.args.value(QStringLiteral("fields"));
    k.fields = fields.isEmpty() ? QStringList() : fields.split(QLatin1Char('|'));
    auto id = inv.archive->dossiers().saveKind(k);
    if (!id)
        return inv.fail(id.error());
    inv.out << QCoreApplication::translate("Cli", "Added item kind %1").arg(text::normalize(k.name))
            << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> archiveRoomCommands()
{
    const QString json = QStringLiteral("json");
    const QString estate = QStringLiteral("estate");
    return {
        {{QStringLiteral("location"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Add an archive room, cabinet, shelf or box"),
         "PATH --kind room|cabinet|shelf|box   (e.g. 档案室/A柜/第2层 --kind shelf)",
         {QStringLiteral("kind")},
         {},
         Command::Needs::SignedIn,
         locationAdd},
        {{QStringLiteral("location"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "The archive rooms, cabinets, shelves and boxes"),
         "",
         {},
         {json},
         Command::Needs::SignedIn,
         locationList},
        {{QStringLiteral("handover"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli",
                           "Record a hand-over batch (assistant → clerk, clerk → company archive room)"),
         "ARCHIVE-NO… --from NAME --to NAME [--stage to_clerk|to_company] [--note TEXT]",
         {QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("stage"), QStringLiteral("note")},
         {},
         Command::Needs::SignedIn,
         handoverAdd},
        {{QStringLiteral("campaign"), QStringLiteral("start")},
         QT_TRANSLATE_NOOP("Cli", "Start a handover campaign: filing is due the same day (manager)"),
         "[--estate CODE]",
         {estate},
         {},
         Command::Needs::SignedIn,
         [](Invocation& inv) { return campaign(inv, true); }},
        {{QStringLiteral("campaign"), QStringLiteral("stop")},
         QT_TRANSLATE_NOOP("Cli", "End the handover campaign (manager)"),
         "[--estate CODE]",
         {estate},
         {},
         Command::Needs::SignedIn,
         [](Invocation& inv) { return campaign(inv, false); }},
        {{QStringLiteral("category"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "Dossier categories: department, retention, loan period, numbering"),
         "",
         {},
         {json},
         Command::Needs::SignedIn,
         categoryList},
        {{QStringLiteral("category"), QStringLiteral("set")},
         QT_TRANSLATE_NOOP(
             "Cli",
             "Change a category's department, retention, loan period or numbering rule (administrator)"),
         "CODE [--retention Y|D30|D10] [--department …] [--loan-days N | --loan-working-days N | "
         "--loan-calendar-days N] "
         "[--numbering PATTERN]",
         {QStringLiteral("retention"), QStringLiteral("department"), QStringLiteral("loan-days"),
          QStringLiteral("loan-working-days"), QStringLiteral("loan-calendar-days"),
          QStringLiteral("numbering")},
         {},
         Command::Needs::SignedIn,
         categorySet},
        {{QStringLiteral("checklist"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP("Cli", "The item kinds of a category; required ones make the checklist"),
         "CATEGORY [--all]",
         {},
         {json, QStringLiteral("all")},
         Command::Needs::SignedIn,
         checklistList},
        {{QStringLiteral("checklist"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Add an item kind to a category's checklist (administrator)"),
         "CATEGORY --name NAME [--required] [--fields A|B|C]",
         {QStringLiteral("name"), QStringLiteral("fields")},
         {QStringLiteral("required")},
         Command::Needs::SignedIn,
         checklistAdd},
    };
}

} // namespace ar::cli
