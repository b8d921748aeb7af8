// dossier add/show/list/missing/queue/unplaced/move, file, owner change (issue #4). The archive
// room's set-up (locations, hand-overs, campaigns, categories, checklists): CommandsArchiveRoom.cpp.
#include "Command.h"

#include "core/TextNormalize.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

Result<Estate> estateArg(Invocation& inv)
{
    auto estates = inv.archive->estate().estates();
    if (!estates)
        return estates.error();
    const QString code = inv.args.value(QStringLiteral("estate"));
    for (const Estate& e : estates.value())
        if (code.isEmpty() ? estates->size() == 1 : e.code.compare(code, Qt::CaseInsensitive) == 0)
            return e;
    if (code.isEmpty())
        return Error::invalid(QStringLiteral("estate"), {},
                              estates->isEmpty() ? QCoreApplication::translate("Cli", "There is no estate yet")
                                                 : QCoreApplication::translate("Cli", "Several estates: name one with --estate CODE"));
    return Error::invalid(QStringLiteral("estate"), code, QCoreApplication::translate("Cli", "There is no estate %1").arg(code));
}

namespace {

QJsonValue dateJson(const QDate& d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

Result<Dossier> dossierArg(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return Error{ErrorCode::Usage,
                     QCoreApplication::translate("Cli", "Give one archive number (档号)"),
                     {},
                     {},
                     0};
    return inv.archive->dossiers().byArchiveNo(inv.args.positional.first());
}

int dossierAdd(Invocation& inv)
{
    DossierInput in;
    in.category = inv.args.value(QStringLiteral("category"));
    in.title = inv.args.value(QStringLiteral("title"));
    if (in.category.isEmpty() || in.title.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "--category and --title are required"));
    QString room;
    if (inv.args.has(QStringLiteral("room"))) {
        auto place = inv.archive->estate().findRoom(inv.args.value(QStringLiteral("room")),
                                                    inv.args.value(QStringLiteral("estate")));
        if (!place)
            return inv.fail(place.error());
        in.roomId = place->room.id;
        room = place->ref();
    }
    if (inv.args.has(QStringLiteral("year"))) {
        bool ok = false;
        in.year = inv.args.value(QStringLiteral("year")).toInt(&ok);
        if (!ok)
            return inv.fail(Error::invalid(QStringLiteral("year"), inv.args.value(QStringLiteral("year")),
                                           QCoreApplication::translate("Cli", "--year needs a year such as 2026")));
    }
    auto d = inv.archive->dossiers().open(in);
    if (!d)
        return inv.fail(d.error());
    if (inv.json)
        inv.print(QJsonObject{{QStringLiteral("archive_no"), d->archiveNo},
                              {QStringLiteral("room"), room.isEmpty() ? QJsonValue() : QJsonValue(room)},
                              {QStringLiteral("person_id"), QJsonValue()}});
    else
        inv.out << QCoreApplication::translate("Cli", "Opened dossier %1: %2").arg(d->archiveNo, d->title) << Qt::endl;
    return Ok;
}

QJsonObject itemJson(const DossierItem& i)
{
    QJsonObject fields;
    for (auto it = i.fields.begin(); it != i.fields.end(); ++it)
        fields.insert(it.key(), it.value());
    return {{QStringLiteral("seq"), i.seq},
            {QStringLiteral("kind"), i.kindName},
            {QStringLiteral("title"), i.title},
            {QStringLiteral("received"), dateJson(i.receivedOn)},
            {QStringLiteral("received_by"), i.receivedBy},
            {QStringLiteral("pages"), i.pages},
            {QStringLiteral("date"), dateJson(i.date)},
            {QStringLiteral("due"), dateJson(i.dueOn)},
            {QStringLiteral("filed"), i.filedAt.isValid() ? QJsonValue(i.filedAt.toLocalTime().toString(Qt::ISODate))
                                                          : QJsonValue()},
            {QStringLiteral("fields"), fields},
            {QStringLiteral("attachments"), i.attachments}};
}

int dossierShow(Invocation& inv)
{
    auto d = dossierArg(inv);
    if (!d)
        return inv.fail(d.error());
    auto v = inv.archive->dossiers().view(d->id);
    if (!v)
        return inv.fail(v.error());
    // R44: missing since a reconciliation, until a later scan finds it or a loss is reported.
    auto missingSince = inv.archive->reconciliation().missingSince(d->id);
    if (!missingSince)
        return inv.fail(missingSince.error());
    if (inv.json) {
        QJsonArray items;
        for (const DossierItem& i : v->items)
            items << itemJson(i);
        QJsonArray history;
        for (const HistoryEntry& h : v->history)
            history << QJsonObject{{QStringLiteral("at"), h.at.toLocalTime().toString(Qt::ISODate)},
                                   {QStringLiteral("user"), h.user},
                                   {QStringLiteral("field"), h.field},
                                   {QStringLiteral("old"), h.oldValue},
                                   {QStringLiteral("new"), h.newValue}};
        QJsonValue hold;
        if (v->hold)
            hold = QJsonObject{{QStringLiteral("reason"), v->hold->reason},
                               {QStringLiteral("by"), v->hold->placedByLogin},
                               {QStringLiteral("since"), v->hold->placedAt.toUTC().toString(Qt::ISODate)}};
        QJsonObject shown{
            {QStringLiteral("archive_no"), v->dossier.archiveNo},
            {QStringLiteral("category"), v->category.code},
            {QStringLiteral("title"), v->dossier.title},
            {QStringLiteral("status"), v->dossier.status},
            {QStringLiteral("room"), v->room.isEmpty() ? QJsonValue() : QJsonValue(v->room)},
            {QStringLiteral("person"), v->person.isEmpty() ? QJsonValue() : QJsonValue(v->person)},
            {QStringLiteral("items"), items},
            {QStringLiteral("missing"), QJsonArray::fromStringList(v->missing)},
            {QStringLiteral("complete"), v->complete()},
            {QStringLiteral("location"), v->location.isEmpty() ? QJsonValue() : QJsonValue(v->location)},
            {QStringLiteral("retention"), v->dossier.retention},
            {QStringLiteral("destroy_eligible"), dateJson(v->destroyEligible)},
            {QStringLiteral("missing_since"), dateJson(missingSince.value())},
            {QStringLiteral("history"), history},
            {QStringLiteral("hold"), hold},
        };
        if (v->dossier.status == QLatin1String("destroyed")) {
            // R43: the tombstone.
            shown.insert(QStringLiteral("destroyed_on"), dateJson(v->destroyedOn));
            shown.insert(QStringLiteral("batch"), v->destructionBatch);
        }
        inv.print(shown);
        return Ok;
    }
    auto line = [&inv](const QString& label, const QString& value) {
        inv.out << QCoreApplication::translate("Cli", "%1: %2").arg(label, value) << Qt::endl;
    };
    line(QCoreApplication::translate("Cli", "Archive no."), v->dossier.archiveNo);
    line(QCoreApplication::translate("Cli", "Title"), v->dossier.title);
    line(QCoreApplication::translate("Cli", "Category"), v->category.name);
    line(QCoreApplication::translate("Cli", "Status"), dossierStatusLabel(v->dossier.status));
    if (!v->room.isEmpty())
        line(QCoreApplication::translate("Cli", "Room"), v->room);
    line(QCoreApplication::translate("Cli", "Location"),
         v->location.isEmpty() ? QCoreApplication::translate("Cli", "not shelved") : v->location);
    if (missingSince->isValid())
        line(QCoreApplication::translate("Cli", "Missing since"),
             QCoreApplication::translate("Cli", "%1 (not found at a reconciliation)")
                 .arg(missingSince->toString(Qt::ISODate)));
    line(QCoreApplication::translate("Cli", "Retention"),
         retentionLabel(v->dossier.retention) +
             (v->destroyEligible.isValid()
                  ? QCoreApplication::translate("Cli", ", destroyable from %1").arg(v->destroyEligible.toString(Qt::ISODate))
                  : QString()));
    if (v->hold)
        line(QCoreApplication::translate("Cli", "On hold"),
             QCoreApplication::translate("Cli", "%1 (since %2, %3)")
                 .arg(v->hold->reason, v->hold->placedAt.toLocalTime().date().toString(Qt::ISODate),
                      v->hold->placedBy));
    if (v->dossier.status == QLatin1String("destroyed"))
        line(QCoreApplication::translate("Cli", "Destroyed"),
             QCoreApplication::translate("Cli", "on %1 in batch %2")
                 .arg(v->destroyedOn.toString(Qt::ISODate))
                 .arg(v->destructionBatch));
    inv.out << QCoreApplication::translate("Cli", "Items:") << Qt::endl;
    for (const DossierItem& i : v->items) {
        QString fields;
        for (auto it = i.fields.begin(); it != i.fields.end(); ++it)
            fields += QStringLiteral("  %1=%2").arg(it.key(), it.value());
        inv.out << QStringLiteral("  %1. %2  %3  %4  %5%6")
                       .arg(i.seq)
                       .arg(i.title, QCoreApplication::translate("Cli", "%n page(s)", nullptr, i.pages),
                            i.receivedOn.toString(Qt::ISODate),
                            i.filed() ? QCoreApplication::translate("Cli", "filed")
                                      : QCoreApplication::translate("Cli", "to file by %1").arg(i.dueOn.toString(Qt::ISODate)),
                            fields)
                << Qt::endl;
    }
    line(QCoreApplication::translate("Cli", "Missing"),
         v->missing.isEmpty() ? QCoreApplication::translate("Cli", "nothing: complete") : v->missing.join(QStringLiteral("、")));
    return Ok;
}

int dossierList(Invocation& inv)
{
    const QString room = inv.args.value(QStringLiteral("room"));
    if (room.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "--room B-U-R is required"));
    auto place = inv.archive->estate().findRoom(room, inv.args.value(QStringLiteral("estate")));
    if (!place)
        return inv.fail(place.error());
    auto list = inv.archive->dossiers().ofRoom(place->room.id);
    if (!list)
        return inv.fail(list.error());
    QJsonArray a;
    for (const Dossier& d : list.value()) {
        if (inv.json)
            a << QJsonObject{{QStringLiteral("archive_no"), d.archiveNo},
                             {QStringLiteral("category"), d.category},
                             {QStringLiteral("title"), d.title},
                             {QStringLiteral("status"), d.status},
                             {QStringLiteral("room"), place->ref()}};
        else
            inv.out << d.archiveNo << QStringLiteral("  ") << d.title << QStringLiteral("  ")
                    << dossierStatusLabel(d.status) << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    return Ok;
}

int dossierMissing(Invocation& inv)
{
    auto estate = estateArg(inv);
    if (!estate)
        return inv.fail(estate.error());
    qint64 buildingId = 0;
    if (inv.args.has(QStringLiteral("building"))) {
        const QString code = inv.args.value(QStringLiteral("building"));
        auto buildings = inv.archive->estate().buildings(estate->id);
        if (!buildings)
            return inv.fail(buildings.error());
        for (const Building& b : buildings.value())
            if (b.code == code || b.name == code)
                buildingId = b.id;
        if (!buildingId)
            return inv.fail(Error::invalid(QStringLiteral("building"), code,
                                           QCoreApplication::translate("Cli", "%1 has no building %2").arg(estate->name, code)));
    }
    auto rows = inv.archive->filing().missing(estate->id, buildingId);
    if (!rows)
        return inv.fail(rows.error());
    if (inv.json) {
        QJsonArray a;
        for (const auto& r : rows.value())
            a << QJsonObject{{QStringLiteral("archive_no"), r.dossier.archiveNo},
                             {QStringLiteral("room"), r.room},
                             {QStringLiteral("missing"), QJsonArray::fromStringList(r.missing)}};
        inv.print(a);
        return Ok;
    }
    for (const auto& r : rows.value())
        inv.out << r.room << QStringLiteral("  ") << r.dossier.archiveNo << QStringLiteral("  ")
                << r.missing.join(QStringLiteral("、")) << Qt::endl;
    inv.out << QCoreApplication::translate("Cli", "%n dossier(s) with missing items", nullptr, int(rows->size())) << Qt::endl;
    return Ok;
}

int dossierQueue(Invocation& inv)
{
    const bool late = inv.args.flags.contains(QStringLiteral("late"));
    auto rows = late ? inv.archive->filing().lateFilings() : inv.archive->filing().queue();
    if (!rows)
        return inv.fail(rows.error());
    const QDate today = inv.archive->clock().today();
    if (inv.json) {
        QJsonArray a;
        for (const auto& r : rows.value()) {
            QJsonObject o = itemJson(r.item);
            o.insert(QStringLiteral("id"), r.item.id);
            o.insert(QStringLiteral("archive_no"), r.archiveNo);
            o.insert(QStringLiteral("room"), r.room);
            o.insert(QStringLiteral("late"), r.item.filed() ? r.item.filedAt.toLocalTime().date() > r.item.dueOn
                                                            : today > r.item.dueOn);
            a << o;
        }
        inv.print(a);
        return Ok;
    }
    for (const auto& r : rows.value())
        inv.out << QStringLiteral("#%1  %2  %3  %4  ").arg(r.item.id).arg(r.archiveNo, r.room, r.item.title)
                << (r.item.filed() ? QCoreApplication::translate("Cli", "filed late (due %1)")
                                   : QCoreApplication::translate("Cli", "to file by %1"))
                       .arg(r.item.dueOn.toString(Qt::ISODate))
                << Qt::endl;
    inv.out << QCoreApplication::translate("Cli", "%n item(s)", nullptr, int(rows->size())) << Qt::endl;
    return Ok;
}

// R15: folders with no place yet, for the clerk to shelve (dossier move).
int dossierUnplaced(Invocation& inv)
{
    auto list = inv.archive->places().unplaced();
    if (!list)
        return inv.fail(list.error());
    QJsonArray a;
    for (const Dossier& d : list.value()) {
        QString room;
        if (d.roomId)
            if (auto place = inv.archive->rooms().place(d.roomId); place)
                room = place->ref();
        if (inv.json)
            a << QJsonObject{{QStringLiteral("archive_no"), d.archiveNo},
                             {QStringLiteral("category"), d.category},
                             {QStringLiteral("title"), d.title},
                             {QStringLiteral("status"), d.status},
                             {QStringLiteral("room"), room.isEmpty() ? QJsonValue() : QJsonValue(room)}};
        else
            inv.out << d.archiveNo << QStringLiteral("  ") << room << QStringLiteral("  ") << d.title
                    << QStringLiteral("  ") << dossierStatusLabel(d.status) << Qt::endl;
    }
    if (inv.json)
        inv.print(a);
    else
        inv.out << QCoreApplication::translate("Cli", "%n folder(s) without a place", nullptr, int(list->size()))
                << Qt::endl;
    return Ok;
}

int dossierMove(Invocation& inv)
{
    if (inv.args.positional.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "Give the archive numbers (档号) of the folders to move"));
    const QString to = inv.args.value(QStringLiteral("to"));
    if (to.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "--to LOCATION is required, e.g. --to 档案室/A柜/第2层"));
    // A path, or the code scanned from a location's label (LOC-12).
    auto loc = inv.archive->places().locationByPath(to);
    if (!loc)
        return inv.fail(loc.error());
    auto moved = inv.archive->places().moveFolders(inv.args.positional, loc.value(),
                                                   inv.args.value(QStringLiteral("note")));
    if (!moved)
        return inv.fail(moved.error());
    auto path = inv.archive->places().locationPath(loc.value());
    for (const Dossier& d : moved.value())
        inv.out << QCoreApplication::translate("Cli", "%1 is now at %2").arg(d.archiveNo, path ? path.value() : to)
                << Qt::endl;
    return Ok;
}

int fileItem(Invocation& inv)
{
    if (inv.args.has(QStringLiteral("queued"))) {
        bool ok = false;
        const qint64 id = inv.args.value(QStringLiteral("queued")).toLongLong(&ok);
        if (!ok)
            return inv.usage(QCoreApplication::translate("Cli", "--queued needs the item number shown by dossier queue"));
        if (auto s = inv.archive->filing().fileItem(id); !s)
            return inv.fail(s.error());
        inv.out << QCoreApplication::translate("Cli", "Filed item #%1").arg(id) << Qt::endl;
        return Ok;
    }
    auto d = dossierArg(inv);
    if (!d)
        return inv.fail(d.error());
    ItemInput in;
    in.kind = inv.args.value(QStringLiteral("item"));
    if (in.kind.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "--item KIND is required"));
    in.title = inv.args.value(QStringLiteral("title"));
    in.docNo = inv.args.value(QStringLiteral("doc-no"));
    in.responsible = inv.args.value(QStringLiteral("responsible"));
    in.note = inv.args.value(QStringLiteral("note"));
    in.file = !inv.args.flags.contains(QStringLiteral("queue"));
    if (inv.args.has(QStringLiteral("pages"))) {
        bool ok = false;
        in.pages = inv.args.value(QStringLiteral("pages")).toInt(&ok);
        if (!ok)
            return inv.fail(Error::invalid(QStringLiteral("pages"), inv.args.value(QStringLiteral("pages")),
                                           QCoreApplication::translate("Cli", "--pages needs a number")));
    }
    if (!parseDate(inv, QStringLiteral("date"), &in.date) || !parseDate(inv, QStringLiteral("received"), &in.received))
        return Invalid;
    for (const QString& f : inv.args.values(QStringLiteral("field"))) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0)
            return inv.fail(Error::invalid(QStringLiteral("field"), f,
                                           QCoreApplication::translate("Cli", "--field is written NAME=VALUE, e.g. --field 维修人员=赵师傅")));
        in.fields.insert(f.left(eq), f.mid(eq + 1));
    }
    const QStringList attach = inv.args.values(QStringLiteral("attach"));
    in.attach = attach;
    auto item = inv.archive->filing().receive(d->id, in);
    if (!item)
        return inv.fail(item.error());
    auto v = inv.archive->dossiers().view(d->id);
    if (!v)
        return inv.fail(v.error());
    if (inv.json) {
        QJsonObject o = itemJson(item.value());
        o.insert(QStringLiteral("id"), item->id);
        o.insert(QStringLiteral("archive_no"), d->archiveNo);
        o.insert(QStringLiteral("attachments"), int(attach.size()));
        o.insert(QStringLiteral("missing"), QJsonArray::fromStringList(v->missing));
        inv.print(o);
        return Ok;
    }
    inv.out << (item->filed() ? QCoreApplication::translate("Cli", "Filed %1 in %2 as item %3")
                              : QCoreApplication::translate("Cli", "Received %1 for %2 as item %3; to be filed by the clerk"))
                   .arg(item->title, d->archiveNo)
                   .arg(item->seq)
            << Qt::endl;
    inv.out << (v->missing.isEmpty() ? QCoreApplication::translate("Cli", "The checklist is complete")
                                     : QCoreApplication::translate("Cli", "Still missing: %1").arg(v->missing.join(QStringLiteral("、"))))
            << Qt::endl;
    return Ok;
}

int ownerChange(Invocation& inv)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "owner change ROOM --name … --id … [--date YYYY-MM-DD]"));
    auto place = inv.archive->estate().findRoom(inv.args.positional.first(), inv.args.value(QStringLiteral("estate")));
    if (!place)
        return inv.fail(place.error());
    PersonData p;
    int exit = Ok;
    if (!readPersonData(inv, &p, &exit))
        return exit;
    QDate on;
    if (!parseDate(inv, QStringLiteral("date"), &on))
        return Invalid;
    auto r = inv.archive->dossiers().changeOwner(place->room.id, p, on);
    if (!r)
        return inv.fail(r.error());
    for (const QString& w : r->registration.warnings)
        inv.warn(QCoreApplication::translate("Cli", "Note: %1").arg(w));
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("archive_no"), r->registration.archiveNo},
                              {QStringLiteral("room"), place->ref()},
                              {QStringLiteral("person_id"), r->registration.personId},
                              {QStringLiteral("former_archive_no"),
                               r->formerArchiveNos.isEmpty() ? QJsonValue() : QJsonValue(r->formerArchiveNos.first())},
                              {QStringLiteral("former_archive_nos"), QJsonArray::fromStringList(r->formerArchiveNos)},
                              {QStringLiteral("destroy_eligible"), dateJson(r->destroyEligible)}});
        return Ok;
    }
    inv.out << QCoreApplication::translate("Cli", "New owner of %1: %2; dossier %3")
                   .arg(place->ref(), text::normalize(p.name), r->registration.archiveNo)
            << Qt::endl;
    for (const QString& no : r->formerArchiveNos)
        inv.out << QCoreApplication::translate("Cli", "Former owner's dossier %1 kept apart; destroyable from %2")
                       .arg(no, r->destroyEligible.toString(Qt::ISODate))
                << Qt::endl;
    return Ok;
}

} // namespace

QList<Command> dossierCommands()
{
    const QString json = QStringLiteral("json");
    const QString estate = QStringLiteral("estate");
    QSet<QString> changeOptions = personOptions();
    changeOptions << QStringLiteral("date");
    QList<Command> commands{
        {{QStringLiteral("dossier"), QStringLiteral("add")},
         QT_TRANSLATE_NOOP("Cli", "Open a dossier by hand (repair, service, security, engineering, finance); "
                                  "prints its archive number"),
         "--category CAT --title TEXT [--room B-U-R] [--year Y] [--estate CODE]",
         {QStringLiteral("category"), QStringLiteral("title"), QStringLiteral("room"), QStringLiteral("year"),
          estate},
         {json},
         Command::Needs::SignedIn,
         dossierAdd},
        {{QStringLiteral("dossier"), QStringLiteral("show")},
         QT_TRANSLATE_NOOP("Cli", "A dossier with its items, checklist, location and history"),
         "ARCHIVE-NO",
         {},
         {json},
         Command::Needs::SignedIn,
         dossierShow},
        {{QStringLiteral("dossier"), QStringLiteral("list")},
         QT_TRANSLATE_NOOP(
             "Cli", "The dossiers of a room: owner, tenant, former owners, repair and service records"),
         "--room B-U-R [--estate CODE]",
         {QStringLiteral("room"), estate},
         {json},
         Command::Needs::SignedIn,
         dossierList},
        {{QStringLiteral("dossier"), QStringLiteral("missing")},
         QT_TRANSLATE_NOOP("Cli", "Owner and tenant dossiers with required items missing, in shelf order"),
         "[--building B] [--estate CODE]",
         {QStringLiteral("building"), estate},
         {json},
         Command::Needs::SignedIn,
         dossierMissing},
        {{QStringLiteral("dossier"), QStringLiteral("queue")},
         QT_TRANSLATE_NOOP("Cli", "Received items waiting to be filed; --late: late filings for the manager"),
         "[--late]",
         {},
         {json, QStringLiteral("late")},
         Command::Needs::SignedIn,
         dossierQueue},
        {{QStringLiteral("dossier"), QStringLiteral("unplaced")},
         QT_TRANSLATE_NOOP("Cli", "Folders that have no place yet, in shelf order, for dossier move"),
         "",
         {},
         {json},
         Command::Needs::SignedIn,
         dossierUnplaced},
        {{QStringLiteral("dossier"), QStringLiteral("move")},
         QT_TRANSLATE_NOOP("Cli", "Move folders to another archive room, cabinet, shelf or box"),
         "ARCHIVE-NO… --to PATH|LOCATION-CODE [--note TEXT]",
         {QStringLiteral("to"), QStringLiteral("note")},
         {},
         Command::Needs::SignedIn,
         dossierMove},
        {{QStringLiteral("file")},
         QT_TRANSLATE_NOOP("Cli",
                           "Register a received item (filed at once by the clerk; --queue to file later)"),
         "ARCHIVE-NO --item KIND [--pages N] [--date D] [--received D] [--title …] [--doc-no …] "
         "[--responsible …] "
         "[--field NAME=VALUE …] [--attach FILE …] [--note …] [--queue] | --queued ITEM-ID",
         {QStringLiteral("item"), QStringLiteral("pages"), QStringLiteral("date"), QStringLiteral("received"),
          QStringLiteral("title"), QStringLiteral("doc-no"), QStringLiteral("responsible"),
          QStringLiteral("field"), QStringLiteral("attach"), QStringLiteral("note"),
          QStringLiteral("queued")},
         {json, QStringLiteral("queue")},
         Command::Needs::SignedIn,
         fileItem},
        {{QStringLiteral("owner"), QStringLiteral("change")},
         QT_TRANSLATE_NOOP(
             "Cli",
             "A new owner for a room: new dossier; the former one kept apart, destroyable 3 years later"),
         "ROOM --name NAME --id NUMBER --phone PHONE [--date YYYY-MM-DD] [other owner fields]",
         changeOptions,
         {json},
         Command::Needs::SignedIn,
         ownerChange},
    };
    return commands + archiveRoomCommands();
}

} // namespace ar::cli
