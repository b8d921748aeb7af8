// owner/co-owner/tenant/member/agent add, owner/tenant show and edit, tenant expiring, person
// edit. `search` (listed first with them): CommandsSearch.cpp.
#include "Command.h"

#include "core/TextNormalize.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>

namespace ar::cli {

bool parseDate(Invocation& inv, const QString& option, QDate* date)
{
    const QString text = inv.args.value(option);
    if (text.isEmpty())
        return true;
    *date = QDate::fromString(text, Qt::ISODate);
    if (!date->isValid()) {
        inv.fail(Error::invalid(
            option, text,
            QCoreApplication::translate("Cli", "--%1 %2: write the date as YYYY-MM-DD").arg(option, text)));
        return false;
    }
    return true;
}

// The person fields of `owner add`, `tenant add` … and `owner change` (shared with the dossier
// commands). False after printing the error; *exit holds the exit code.
bool readPersonData(Invocation& inv, PersonData* out, int* exit)
{
    PersonData& d = *out;
    d.name = inv.args.value(QStringLiteral("name"));
    bool ok = false;
    const auto gender = genderFromText(inv.args.value(QStringLiteral("gender")));
    ok = gender.has_value();
    d.gender = gender.value_or(Gender::Unknown);
    if (!ok) {
        *exit = inv.fail(
            Error::invalid(QStringLiteral("gender"), inv.args.value(QStringLiteral("gender")),
                           QCoreApplication::translate("Cli", "Gender %1: write 男/女 or male/female")
                               .arg(inv.args.value(QStringLiteral("gender")))));
        return false;
    }
    const QString idType = inv.args.value(QStringLiteral("id-type"), idTypeCode(IdType::MainlandId));
    d.idType = idTypeFromCode(idType, &ok);
    if (!ok) {
        *exit = inv.fail(Error::invalid(
            QStringLiteral("id-type"), idType,
            QCoreApplication::translate(
                "Cli",
                "Document type %1: one of cn_id, passport, hk_macao, taiwan, foreigner, other, credit_code")
                .arg(idType)));
        return false;
    }
    d.idNumber = inv.args.value(QStringLiteral("id"));
    d.phones = inv.args.values(QStringLiteral("phone"));
    d.workUnit = inv.args.value(QStringLiteral("work-unit"));
    d.homeAddress = inv.args.value(QStringLiteral("address"));
    d.emergencyContact = inv.args.value(QStringLiteral("emergency"));
    d.contactName = inv.args.value(QStringLiteral("contact"));
    d.notes = inv.args.value(QStringLiteral("notes"));
    if (!parseDate(inv, QStringLiteral("move-in"), &d.moveInDate)) {
        *exit = Invalid;
        return false;
    }
    return true;
}

QSet<QString> personOptions()
{
    return {QStringLiteral("room"),      QStringLiteral("name"),    QStringLiteral("id"),
            QStringLiteral("id-type"),   QStringLiteral("phone"),   QStringLiteral("gender"),
            QStringLiteral("work-unit"), QStringLiteral("address"), QStringLiteral("emergency"),
            QStringLiteral("move-in"),   QStringLiteral("since"),   QStringLiteral("relation"),
            QStringLiteral("notes"),     QStringLiteral("estate"),  QStringLiteral("contact")};
}

namespace {
// A tenant's lease options: --lease-from, --lease-to, --contract.
const QSet<QString> kLeaseOptions{QStringLiteral("lease-from"), QStringLiteral("lease-to"),
                                  QStringLiteral("contract")};
} // namespace

namespace {

int addPerson(Invocation& inv, OccupancyRole role)
{
    const QString roomText = inv.args.value(QStringLiteral("room"));
    if (roomText.isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "--room B-U-R is required"));
    auto place = inv.archive->estate().findRoom(roomText, inv.args.value(QStringLiteral("estate")));
    if (!place)
        return inv.fail(place.error());
    Registration r;
    r.roomId = place->room.id;
    r.role = role;
    r.relation = inv.args.value(QStringLiteral("relation"));
    PersonData& d = r.person;
    int exit = Ok;
    if (!readPersonData(inv, &d, &exit))
        return exit;
    if (!parseDate(inv, QStringLiteral("since"), &r.since) ||
        !parseDate(inv, QStringLiteral("lease-from"), &r.leaseFrom) ||
        !parseDate(inv, QStringLiteral("lease-to"), &r.leaseTo))
        return Invalid;
    r.contractNo = inv.args.value(QStringLiteral("contract"));
    auto done = inv.archive->people().registerPerson(r);
    if (!done)
        return inv.fail(done.error());
    for (const QString& w : done->warnings)
        inv.warn(QCoreApplication::translate("Cli", "Note: %1").arg(w));
    if (inv.json) {
        QJsonObject o{{QStringLiteral("room"), place->ref()}, {QStringLiteral("person_id"), done->personId}};
        o.insert(QStringLiteral("archive_no"),
                 done->archiveNo.isEmpty() ? QJsonValue() : QJsonValue(done->archiveNo));
        inv.print(o);
    } else if (!done->archiveNo.isEmpty()) {
        inv.out << QCoreApplication::translate("Cli", "Registered %1 as %2 of %3; dossier %4")
                       .arg(text::normalize(d.name), roleLabel(role), place->ref(), done->archiveNo)
                << Qt::endl;
    } else {
        inv.out << QCoreApplication::translate("Cli", "Registered %1 as %2 of %3")
                       .arg(text::normalize(d.name), roleLabel(role), place->ref())
                << Qt::endl;
    }
    return Ok;
}

// The person a ROOM or archive number points to, in the given role.
Result<qint64> personFor(Invocation& inv, const QString& what, OccupancyRole role)
{
    if (auto place = inv.archive->estate().findRoom(what, inv.args.value(QStringLiteral("estate"))); place) {
        auto occ = inv.archive->people().occupants(place->room.id);
        if (!occ)
            return occ.error();
        for (const Occupant& o : occ.value())
            if (o.occupancy.role == role)
                return o.occupancy.personId;
        return Error::of(
            ErrorCode::NotFound,
            QCoreApplication::translate("Cli", "%1 has no current %2").arg(place->ref(), roleLabel(role)));
    } else if (place.error().code != ErrorCode::InvalidInput) {
        return place.error();
    }
    // A 档号 as typed or scanned (DossierService::resolve); an ambiguous tail names the candidates.
    auto d = inv.archive->dossiers().byArchiveNo(what);
    if (d && d->personId)
        return d->personId;
    if (!d && d.error().code != ErrorCode::NotFound)
        return d.error();
    return Error::of(ErrorCode::NotFound,
                     QCoreApplication::translate("Cli", "No room or archive number %1").arg(what));
}

int showPerson(Invocation& inv, OccupancyRole role)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(QCoreApplication::translate("Cli", "show ROOM|ARCHIVE-NO [--unmask --reason TEXT]"));
    auto id = personFor(inv, inv.args.positional.first(), role);
    if (!id)
        return inv.fail(id.error());
    const bool unmask = inv.args.flags.contains(QStringLiteral("unmask"));
    auto p = unmask ? inv.archive->people().unmasked(id.value(), inv.args.value(QStringLiteral("reason")))
                    : inv.archive->people().person(id.value());
    if (!p)
        return inv.fail(p.error());
    auto rooms = inv.archive->people().roomsOf(id.value());
    if (!rooms)
        return inv.fail(rooms.error());
    auto dossiers = inv.archive->dossiers().ofPerson(id.value());
    if (!dossiers)
        return inv.fail(dossiers.error());
    const PersonData& d = p->data;
    QJsonArray roomList;
    QStringList roomLines;
    for (const Occupancy& o : rooms.value()) {
        auto place = inv.archive->rooms().place(o.roomId);
        const QString ref = place ? place->ref() : QString();
        QJsonObject r{{QStringLiteral("room"), ref},
                      {QStringLiteral("role"), roleCode(o.role)},
                      {QStringLiteral("since"), o.since.toString(Qt::ISODate)}};
        r.insert(QStringLiteral("until"),
                 o.until.isValid() ? QJsonValue(o.until.toString(Qt::ISODate)) : QJsonValue());
        QString lease;
        if (o.hasLease()) {
            auto date = [](const QDate& x) {
                return x.isValid() ? QJsonValue(x.toString(Qt::ISODate)) : QJsonValue();
            };
            r.insert(QStringLiteral("lease_from"), date(o.leaseFrom));
            r.insert(QStringLiteral("lease_to"), date(o.leaseTo));
            r.insert(QStringLiteral("contract_no"), o.contractNo);
            const bool overdue = o.leaseOverdue(inv.archive->clock().today());
            r.insert(QStringLiteral("lease_overdue"), overdue);
            lease = QCoreApplication::translate("Cli", " (lease %1)").arg(leaseText(o));
            if (overdue)
                lease += QStringLiteral(" ") + QCoreApplication::translate("Cli", "lease ended");
        }
        roomList << r;
        roomLines << QStringLiteral("%1 %2 %3%4%5")
                         .arg(ref, roleLabel(o.role), o.since.toString(Qt::ISODate),
                              o.until.isValid() ? QStringLiteral("–") + o.until.toString(Qt::ISODate)
                                                : QString(),
                              lease);
    }
    QJsonArray archiveNos;
    for (const Dossier& x : dossiers.value())
        archiveNos << x.archiveNo;
    if (inv.json) {
        inv.print(QJsonObject{
            {QStringLiteral("person_id"), p->id},
            {QStringLiteral("name"), d.name},
            {QStringLiteral("gender"), genderCode(d.gender)},
            {QStringLiteral("id_type"), idTypeCode(d.idType)},
            {QStringLiteral("id_number"), d.idNumber},
            {QStringLiteral("id_legacy"), p->idLegacy},
            {QStringLiteral("phones"), QJsonArray::fromStringList(d.phones)},
            {QStringLiteral("work_unit"), d.workUnit},
            {QStringLiteral("home_address"), d.homeAddress},
            {QStringLiteral("emergency_contact"), d.emergencyContact},
            {QStringLiteral("move_in_date"),
             d.moveInDate.isValid() ? QJsonValue(d.moveInDate.toString(Qt::ISODate)) : QJsonValue()},
            {QStringLiteral("notes"), d.notes},
            {QStringLiteral("contact_name"), d.contactName},
            {QStringLiteral("masked"), p->masked},
            {QStringLiteral("rooms"), roomList},
            {QStringLiteral("archive_nos"), archiveNos},
        });
        return Ok;
    }
    auto line = [&inv](const QString& label, const QString& value) {
        inv.out << QCoreApplication::translate("Cli", "%1: %2").arg(label, value) << Qt::endl;
    };
    line(RegisterService::fieldLabel(QStringLiteral("name")), d.name);
    if (d.isOrganisation())
        line(RegisterService::fieldLabel(QStringLiteral("contact_name")), d.contactName);
    else
        line(RegisterService::fieldLabel(QStringLiteral("gender")), genderLabel(d.gender));
    line(idTypeLabel(d.idType),
         d.idNumber +
             (p->idLegacy ? QCoreApplication::translate("Cli", " (old 15-digit number)") : QString()));
    line(RegisterService::fieldLabel(QStringLiteral("phones")), d.phones.join(QStringLiteral(", ")));
    line(RegisterService::fieldLabel(QStringLiteral("work_unit")), d.workUnit);
    line(RegisterService::fieldLabel(QStringLiteral("home_address")), d.homeAddress);
    line(RegisterService::fieldLabel(QStringLiteral("emergency_contact")), d.emergencyContact);
    line(RegisterService::fieldLabel(QStringLiteral("move_in_date")), d.moveInDate.toString(Qt::ISODate));
    line(RegisterService::fieldLabel(QStringLiteral("notes")), d.notes);
    line(RegisterService::fieldLabel(QStringLiteral("room")), roomLines.join(QStringLiteral("; ")));
    QStringList nos;
    for (const auto& v : archiveNos)
        nos << v.toString();
    line(QCoreApplication::translate("Cli", "Dossiers"), nos.join(QStringLiteral(", ")));
    if (p->masked)
        inv.out << QCoreApplication::translate(
                       "Cli", "(sensitive values masked; --unmask shows them if your role may)")
                << Qt::endl;
    return Ok;
}

int reportEdit(Invocation& inv, qint64 personId, const Person& shown, const QStringList& changed,
               const QStringList& warnings);

// `tenant edit … --lease-from/--lease-to/--contract`: the lease of the tenancy the room names (or
// the person's only one). Only the options given change; an empty value removes that part.
int editLease(Invocation& inv, qint64 personId, bool* changed)
{
    auto ties = inv.archive->people().roomsOf(personId);
    if (!ties)
        return inv.fail(ties.error());
    auto place =
        inv.archive->estate().findRoom(inv.args.positional.first(), inv.args.value(QStringLiteral("estate")));
    QList<Occupancy> tenancies;
    for (const Occupancy& o : ties.value())
        if (o.current() && o.role == OccupancyRole::Tenant && (!place || o.roomId == place->room.id))
            tenancies << o;
    if (tenancies.size() != 1)
        return inv.fail(Error::invalid(
            QStringLiteral("room"), inv.args.positional.first(),
            tenancies.isEmpty()
                ? QCoreApplication::translate("Cli", "%1: no current tenancy to record a lease on")
                      .arg(inv.args.positional.first())
                : QCoreApplication::translate("Cli", "%1 names a tenant of several rooms: give the room")
                      .arg(inv.args.positional.first())));
    const Occupancy before = tenancies.first();
    Occupancy after = before;
    for (auto [option, date] :
         {std::pair{"lease-from", &after.leaseFrom}, std::pair{"lease-to", &after.leaseTo}})
        if (inv.args.has(QString::fromLatin1(option))) {
            *date = {};
            if (!parseDate(inv, QString::fromLatin1(option), date))
                return Invalid;
        }
    if (inv.args.has(QStringLiteral("contract")))
        after.contractNo = inv.args.value(QStringLiteral("contract"));
    if (auto s = inv.archive->people().setLease(before.id, after.leaseFrom, after.leaseTo, after.contractNo);
        !s)
        return inv.fail(s.error());
    after.contractNo = text::normalize(after.contractNo);
    *changed = leaseText(before) != leaseText(after);
    return Ok;
}

// `owner edit`, `tenant edit`, `person edit`: corrects a person as the register's form does
// (RegisterService::updatePerson: the same checks, one history row per changed field). Only
// the fields given change; the others are handed back as the form shows them (masked), and a
// value handed back masked is kept as it is (R20: editing is no way around masking).
int editPerson(Invocation& inv, std::optional<OccupancyRole> role)
{
    if (inv.args.positional.size() != 1)
        return inv.usage(
            role ? QCoreApplication::translate("Cli", "edit ROOM|ARCHIVE-NO [--name …] [--phone …] …")
                 : QCoreApplication::translate("Cli", "person edit PERSON-ID [--name …] [--phone …] …"));
    qint64 personId = 0;
    if (role) {
        auto id = personFor(inv, inv.args.positional.first(), *role);
        if (!id)
            return inv.fail(id.error());
        personId = id.value();
    } else {
        bool ok = false;
        personId = inv.args.positional.first().toLongLong(&ok);
        if (!ok || personId <= 0)
            return inv.fail(
                Error::invalid(QStringLiteral("person"), inv.args.positional.first(),
                               QCoreApplication::translate(
                                   "Cli", "%1 is not a person number (the person_id of owner show --json)")
                                   .arg(inv.args.positional.first())));
    }
    static const QStringList fields{
        QStringLiteral("name"),    QStringLiteral("gender"),    QStringLiteral("id-type"),
        QStringLiteral("id"),      QStringLiteral("phone"),     QStringLiteral("work-unit"),
        QStringLiteral("address"), QStringLiteral("emergency"), QStringLiteral("move-in"),
        QStringLiteral("notes"),   QStringLiteral("contact")};
    const bool leaseGiven = std::any_of(kLeaseOptions.begin(), kLeaseOptions.end(),
                                        [&](const QString& f) { return inv.args.has(f); });
    const bool fieldsGiven =
        std::any_of(fields.begin(), fields.end(), [&](const QString& f) { return inv.args.has(f); });
    if (!fieldsGiven && !leaseGiven)
        return inv.usage(QCoreApplication::translate(
            "Cli", "Give at least one field to change, e.g. --phone 13800135678"));
    QStringList changed; // the fields changed: one history row each (their names, no values)
    if (leaseGiven) {
        bool leaseChanged = false;
        if (const int exit = editLease(inv, personId, &leaseChanged); exit != Ok)
            return exit;
        if (leaseChanged)
            changed << QStringLiteral("lease");
    }
    if (!fieldsGiven) {
        auto shown = inv.archive->people().person(personId);
        if (!shown)
            return inv.fail(shown.error());
        return reportEdit(inv, personId, shown.value(), changed, {});
    }
    auto form = inv.archive->people().personForEdit(personId);
    if (!form)
        return inv.fail(form.error());
    Person p = form.value();
    PersonData& d = p.data;
    if (inv.args.has(QStringLiteral("name")))
        d.name = inv.args.value(QStringLiteral("name"));
    if (inv.args.has(QStringLiteral("gender"))) {
        const auto gender = genderFromText(inv.args.value(QStringLiteral("gender")));
        if (!gender)
            return inv.fail(
                Error::invalid(QStringLiteral("gender"), inv.args.value(QStringLiteral("gender")),
                               QCoreApplication::translate("Cli", "Gender %1: write 男/女 or male/female")
                                   .arg(inv.args.value(QStringLiteral("gender")))));
        d.gender = gender.value();
    }
    if (inv.args.has(QStringLiteral("id-type"))) {
        bool ok = false;
        const QString idType = inv.args.value(QStringLiteral("id-type"));
        d.idType = idTypeFromCode(idType, &ok);
        if (!ok)
            return inv.fail(Error::invalid(
                QStringLiteral("id-type"), idType,
                QCoreApplication::translate("Cli", "Document type %1: one of cn_id, passport, hk_macao, "
                                                   "taiwan, foreigner, other, credit_code")
                    .arg(idType)));
    }
    if (inv.args.has(QStringLiteral("id")))
        d.idNumber = inv.args.value(QStringLiteral("id"));
    if (inv.args.has(QStringLiteral("phone")))
        d.phones = inv.args.values(QStringLiteral("phone"));
    if (inv.args.has(QStringLiteral("work-unit")))
        d.workUnit = inv.args.value(QStringLiteral("work-unit"));
    if (inv.args.has(QStringLiteral("address")))
        d.homeAddress = inv.args.value(QStringLiteral("address"));
    if (inv.args.has(QStringLiteral("emergency")))
        d.emergencyContact = inv.args.value(QStringLiteral("emergency"));
    if (inv.args.has(QStringLiteral("notes")))
        d.notes = inv.args.value(QStringLiteral("notes"));
    if (inv.args.has(QStringLiteral("contact")))
        d.contactName = inv.args.value(QStringLiteral("contact"));
    if (inv.args.has(QStringLiteral("move-in"))) {
        d.moveInDate = {};
        if (!parseDate(inv, QStringLiteral("move-in"), &d.moveInDate))
            return Invalid;
    }
    QStringList fieldsChanged;
    auto warnings = inv.archive->people().updatePerson(p, &fieldsChanged);
    if (!warnings)
        return inv.fail(warnings.error());
    changed = fieldsChanged + changed;
    for (const QString& w : warnings.value())
        inv.warn(QCoreApplication::translate("Cli", "Note: %1").arg(w));
    auto shown = inv.archive->people().person(personId);
    if (!shown)
        return inv.fail(shown.error());
    return reportEdit(inv, personId, shown.value(), changed, warnings.value());
}

int reportEdit(Invocation& inv, qint64 personId, const Person& shown, const QStringList& changed,
               const QStringList& warnings)
{
    if (inv.json) {
        inv.print(QJsonObject{{QStringLiteral("person_id"), personId},
                              {QStringLiteral("name"), shown.data.name},
                              {QStringLiteral("changed"), QJsonArray::fromStringList(changed)},
                              {QStringLiteral("warnings"), QJsonArray::fromStringList(warnings)},
                              {QStringLiteral("masked"), shown.masked}});
        return Ok;
    }
    if (changed.isEmpty()) {
        inv.out << QCoreApplication::translate("Cli", "Nothing changed for %1").arg(shown.data.name)
                << Qt::endl;
        return Ok;
    }
    QStringList labels;
    for (const QString& f : changed)
        labels << RegisterService::fieldLabel(f);
    inv.out << QCoreApplication::translate("Cli", "Corrected %1: %2 (kept in the history)")
                   .arg(shown.data.name, labels.join(QStringLiteral("、")))
            << Qt::endl;
    return Ok;
}

QSet<QString> editOptions()
{
    return {QStringLiteral("name"),    QStringLiteral("id"),        QStringLiteral("id-type"),
            QStringLiteral("phone"),   QStringLiteral("gender"),    QStringLiteral("work-unit"),
            QStringLiteral("address"), QStringLiteral("emergency"), QStringLiteral("move-in"),
            QStringLiteral("notes"),   QStringLiteral("estate"),    QStringLiteral("contact")};
}

#define AR_EDIT_FIELDS                                                                                           \
    "[--name NAME] [--gender 男|女] [--id-type …] [--id NUMBER] [--phone PHONE [--phone …]] [--work-unit " \
    "…] "                                                                                                      \
    "[--address …] [--emergency …] [--move-in YYYY-MM-DD] [--notes …] [--contact NAME]"

Command editCommand(const char* word, std::optional<OccupancyRole> role, const char* summary)
{
    const bool tenant = role == OccupancyRole::Tenant;
    return {{QString::fromLatin1(word), QStringLiteral("edit")},
            summary,
            tenant ? "ROOM|ARCHIVE-NO " AR_EDIT_FIELDS " [--lease-from YYYY-MM-DD] [--lease-to YYYY-MM-DD] "
                     "[--contract NO] [--estate CODE]"
            : role ? "ROOM|ARCHIVE-NO " AR_EDIT_FIELDS " [--estate CODE]"
                   : "PERSON-ID " AR_EDIT_FIELDS,
            tenant ? editOptions() + kLeaseOptions : editOptions(),
            {QStringLiteral("json")},
            Command::Needs::SignedIn,
            [role](Invocation& inv) { return editPerson(inv, role); }};
}

#define AR_ADD_FIELDS                                                                                        \
    "--room B-U-R --name NAME --id NUMBER --phone PHONE [--phone …] [--gender 男|女] [--id-type "        \
    "cn_id|passport|…|credit_code] [--contact NAME] "                                                      \
    "[--work-unit …] [--address …] [--emergency …] [--move-in YYYY-MM-DD] [--since YYYY-MM-DD] "       \
    "[--relation …] "                                                                                      \
    "[--notes …] [--estate CODE]"

Command addCommand(const char* word, OccupancyRole role, const char* summary)
{
    const bool tenant = role == OccupancyRole::Tenant;
    return {{QString::fromLatin1(word), QStringLiteral("add")},
            summary,
            tenant ? AR_ADD_FIELDS " [--lease-from YYYY-MM-DD] [--lease-to YYYY-MM-DD] [--contract NO]"
                   : AR_ADD_FIELDS,
            tenant ? personOptions() + kLeaseOptions : personOptions(),
            {QStringLiteral("json")},
            Command::Needs::SignedIn,
            [role](Invocation& inv) { return addPerson(inv, role); }};
}

Command showCommand(const char* word, OccupancyRole role, const char* summary)
{
    return {{QString::fromLatin1(word), QStringLiteral("show")},
            summary,
            "ROOM|ARCHIVE-NO [--unmask --reason TEXT] [--estate CODE]",
            {QStringLiteral("estate"), QStringLiteral("reason")},
            {QStringLiteral("json"), QStringLiteral("unmask")},
            Command::Needs::SignedIn,
            [role](Invocation& inv) { return showPerson(inv, role); }};
}

// `tenant expiring [--days N]`: the leases ending within N days (30) and those already past their end.
int expiringLeases(Invocation& inv)
{
    bool ok = true;
    const QString daysText = inv.args.value(QStringLiteral("days"), QStringLiteral("30"));
    const int days = daysText.toInt(&ok);
    if (!ok)
        return inv.fail(Error::invalid(
            QStringLiteral("days"), daysText,
            QCoreApplication::translate("Cli", "--days %1: write a number of days, e.g. 30").arg(daysText)));
    auto due = inv.archive->people().expiringLeases(days);
    if (!due)
        return inv.fail(due.error());
    if (inv.json) {
        QJsonArray a;
        for (const LeaseDue& l : due.value())
            a << QJsonObject{
                {QStringLiteral("room"), l.room},
                {QStringLiteral("name"), l.name},
                {QStringLiteral("person_id"), l.occupancy.personId},
                {QStringLiteral("lease_from"), l.occupancy.leaseFrom.isValid()
                                                   ? QJsonValue(l.occupancy.leaseFrom.toString(Qt::ISODate))
                                                   : QJsonValue()},
                {QStringLiteral("lease_to"), l.occupancy.leaseTo.toString(Qt::ISODate)},
                {QStringLiteral("contract_no"), l.occupancy.contractNo},
                {QStringLiteral("days_left"), l.daysLeft},
                {QStringLiteral("overdue"), l.overdue()}};
        inv.print(a);
        return Ok;
    }
    if (due->isEmpty()) {
        inv.out << QCoreApplication::translate("Cli", "No lease ends within %n day(s)", nullptr, days)
                << Qt::endl;
        return Ok;
    }
    for (const LeaseDue& l : due.value()) {
        const QString when =
            l.overdue()
                ? QCoreApplication::translate("Cli", "lease ended %n day(s) ago", nullptr, -l.daysLeft)
                : QCoreApplication::translate("Cli", "%n day(s) left", nullptr, l.daysLeft);
        QStringList parts{l.occupancy.leaseTo.toString(Qt::ISODate), l.room, l.name, l.occupancy.contractNo,
                          when};
        parts.removeAll(QString());
        inv.out << parts.join(QStringLiteral("  ")) << Qt::endl;
    }
    return Ok;
}

} // namespace

QList<Command> registerCommands()
{
    return searchCommands() +
           QList<Command>{
               addCommand("owner", OccupancyRole::Owner,
                          QT_TRANSLATE_NOOP("Cli", "Register an owner; opens the owner dossier")),
               addCommand("co-owner", OccupancyRole::CoOwner,
                          QT_TRANSLATE_NOOP("Cli", "Register a co-owner")),
               addCommand("tenant", OccupancyRole::Tenant,
                          QT_TRANSLATE_NOOP("Cli", "Register a tenant; opens the tenant dossier")),
               addCommand("member", OccupancyRole::Member,
                          QT_TRANSLATE_NOOP("Cli", "Register a household member")),
               addCommand("agent", OccupancyRole::Agent,
                          QT_TRANSLATE_NOOP("Cli", "Register an entrusted agent")),
               showCommand("owner", OccupancyRole::Owner,
                           QT_TRANSLATE_NOOP("Cli", "Show the owner of a room (masked unless --unmask)")),
               showCommand("tenant", OccupancyRole::Tenant,
                           QT_TRANSLATE_NOOP("Cli", "Show the tenant of a room (masked unless --unmask)")),
               editCommand("owner", OccupancyRole::Owner,
                           QT_TRANSLATE_NOOP(
                               "Cli", "Correct the owner's details; each change is kept in the history")),
               editCommand("tenant", OccupancyRole::Tenant,
                           QT_TRANSLATE_NOOP(
                               "Cli", "Correct the tenant's details; each change is kept in the history")),
               {{QStringLiteral("tenant"), QStringLiteral("expiring")},
                QT_TRANSLATE_NOOP(
                    "Cli", "List the leases ending within --days N days (30), and those already ended"),
                "[--days N]",
                {QStringLiteral("days")},
                {QStringLiteral("json")},
                Command::Needs::SignedIn,
                expiringLeases},
               editCommand(
                   "person", std::nullopt,
                   QT_TRANSLATE_NOOP(
                       "Cli", "Correct a person's details by person number (co-owners, members, agents)")),
           };
}

} // namespace ar::cli
