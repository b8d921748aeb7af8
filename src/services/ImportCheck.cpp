// Importing handover rosters, the check: each row through the register's validators, then
// matched with what is on file (split from ImportService.cpp).
#include "ImportService.h"

#include "Context.h"
#include "io/Roster.h"

#include "KeysByRole.h"
#include "core/Estate.h"
#include "core/Masking.h"
#include "core/TextNormalize.h"

#include <QRegularExpression>

#include <cmath>

namespace ar {

namespace {

QStringList splitPhones(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,，;；/、\\s]+"));
    QStringList out;
    for (const QString& p : text.split(separators, Qt::SkipEmptyParts))
        out << p;
    return out;
}

bool samePerson(const PersonData& a, const PersonData& b)
{
    return a.name == b.name && a.gender == b.gender && a.idType == b.idType && a.idNumber == b.idNumber &&
           a.phones == b.phones && a.workUnit == b.workUnit && a.homeAddress == b.homeAddress &&
           a.emergencyContact == b.emergencyContact && a.moveInDate == b.moveInDate && a.notes == b.notes &&
           a.contactName == b.contactName;
}

// The fields the row changes of the stored record (codes of RegisterService::fieldLabel).
QStringList changedFields(const PersonData& stored, const PersonData& merged)
{
    QStringList out;
    if (stored.name != merged.name)
        out << QStringLiteral("name");
    if (stored.gender != merged.gender)
        out << QStringLiteral("gender");
    if (stored.idNumber != merged.idNumber || stored.idType != merged.idType)
        out << QStringLiteral("id_number");
    if (stored.phones != merged.phones)
        out << QStringLiteral("phones");
    if (stored.workUnit != merged.workUnit)
        out << QStringLiteral("work_unit");
    if (stored.homeAddress != merged.homeAddress)
        out << QStringLiteral("home_address");
    if (stored.emergencyContact != merged.emergencyContact)
        out << QStringLiteral("emergency_contact");
    if (stored.moveInDate != merged.moveInDate)
        out << QStringLiteral("move_in_date");
    if (stored.notes != merged.notes)
        out << QStringLiteral("notes");
    if (stored.contactName != merged.contactName)
        out << QStringLiteral("contact_name");
    return out;
}

} // namespace

Result<ImportReport> ImportService::checkSheet(const io::Sheet& sheet, ImportReport read, const Options& o,
                                               QList<Plan>* plans)
{
    auto inspected = inspectSheet(sheet, o, read);
    if (!inspected)
        return inspected;
    ImportReport report = inspected.value();
    const auto header = io::findHeader(sheet);

    QMap<io::RosterField, int> column; // field → column
    for (auto it = report.mapping.cbegin(); it != report.mapping.cend(); ++it)
        if (!column.contains(it.value()))
            column.insert(it.value(), it.key());
    const bool roomColumn = column.contains(io::RosterField::Room);
    const bool partsColumns =
        column.contains(io::RosterField::Building) && column.contains(io::RosterField::RoomNumber);
    if (!roomColumn && !partsColumns)
        return Error::invalid(
            QStringLiteral("mapping"), {},
            tr("No column gives the room: map one to 房号 (3-2-1201), or three to 楼栋, 单元 and 室号"));
    const bool people = column.contains(io::RosterField::Name);

    // The estate the rooms belong to, and its rooms by reference.
    auto estate = m_estate.estateFor(o.estate);
    if (!estate)
        return estate.error();
    auto rooms = m_ctx.estates.roomIdsByRef(estate->id);
    if (!rooms)
        return rooms.error();

    auto columnLabel = [&](io::RosterField f) {
        const int c = column.value(f, -1);
        const QString h =
            c >= 0 && c < report.headers.size() ? report.headers.at(c) : io::rosterFieldLabel(f);
        return c >= 0 ? io::columnName(c) + QLatin1Char(' ') + h : h;
    };
    auto personColumn = [&](const QString& personField) {
        static const QHash<QString, io::RosterField> byCode{
            {QStringLiteral("name"), io::RosterField::Name},
            {QStringLiteral("gender"), io::RosterField::Gender},
            {QStringLiteral("id_type"), io::RosterField::IdType},
            {QStringLiteral("id_number"), io::RosterField::IdNumber},
            {QStringLiteral("phones"), io::RosterField::Phone},
            {QStringLiteral("phone"), io::RosterField::Phone},
            {QStringLiteral("work_unit"), io::RosterField::WorkUnit},
            {QStringLiteral("home_address"), io::RosterField::HomeAddress},
            {QStringLiteral("emergency_contact"), io::RosterField::EmergencyContact},
            {QStringLiteral("move_in_date"), io::RosterField::MoveIn},
            {QStringLiteral("notes"), io::RosterField::Notes},
            {QStringLiteral("contact_name"), io::RosterField::ContactName},
            {QStringLiteral("contract_no"), io::RosterField::ContractNo}};
        const auto it = byCode.find(personField);
        return it == byCode.end() ? RegisterService::fieldLabel(personField) : columnLabel(it.value());
    };

    QList<OnFile> onFile;           // rows of people at rooms on file: matched against the register below
    QHash<QString, int> ownerRows;  // room ref → first row giving its owner
    QHash<QString, int> personRows; // room ref + role + ID → row
    const int first = header->rowIndex + 1;
    const int total = sheet.rows.size() - first;
    // One report row and one plan per sheet row: room for all of them at once (a list that grows
    // by doubling holds up to twice its rows while it copies; 100,000 rows are ~100 MB of plans).
    report.rows.reserve(total);
    plans->reserve(total);
    for (int i = first; i < sheet.rows.size(); ++i) {
        const io::SheetRow& sr = sheet.rows.at(i);
        ImportRow row;
        row.row = sr.number;
        row.role = o.defaultRole;
        Plan plan;
        QHash<io::RosterField, QString> v;
        for (auto it = column.cbegin(); it != column.cend(); ++it) {
            auto t = io::fieldText(sr.at(it.value()), it.key());
            if (!t) {
                Error e = t.error();
                e.field = columnLabel(it.key());
                e.row = sr.number;
                row.errors << e;
                continue;
            }
            v.insert(it.key(), t.value());
        }
        auto fail = [&](io::RosterField f, const QString& value, const QString& why) {
            Error e = Error::invalid(columnLabel(f), value, why);
            e.row = sr.number;
            row.errors << e;
        };
        // The room.
        QString ref = v.value(io::RosterField::Room);
        if (ref.isEmpty() && partsColumns) {
            const QString b = v.value(io::RosterField::Building), u = v.value(io::RosterField::Unit),
                          r = v.value(io::RosterField::RoomNumber);
            if (!b.isEmpty() && !r.isEmpty())
                ref = b + QLatin1Char('-') + (u.isEmpty() ? QStringLiteral("1") : u) + QLatin1Char('-') + r;
        }
        row.room = ref;
        row.name = v.value(io::RosterField::Name);
        qint64 roomId = 0;
        QString canonicalRef;
        if (ref.isEmpty()) {
            fail(roomColumn ? io::RosterField::Room : io::RosterField::RoomNumber, {},
                 tr("the room is missing"));
        } else if (const auto parsed = parseRoomRef(ref); !parsed) {
            fail(roomColumn ? io::RosterField::Room : io::RosterField::RoomNumber, ref,
                 tr("%1 is not a room: write it as 3-2-1201, 3栋2单元1201 or 3座2单元1201室").arg(ref));
        } else {
            canonicalRef = parsed->toString();
            roomId = rooms->value(canonicalRef);
            if (!roomId) {
                if (m_ctx.can(Permission::EditEstate))
                    row.newRoom = true;
                else
                    fail(io::RosterField::Room, ref,
                         tr("there is no room %1 and you may not add rooms").arg(ref));
            }
        }
        if (!v.value(io::RosterField::Area).isEmpty()) {
            bool ok = false;
            const double area = v.value(io::RosterField::Area).toDouble(&ok);
            if (!ok || !std::isfinite(area) || area <= 0 || area > 100000)
                fail(io::RosterField::Area, v.value(io::RosterField::Area),
                     tr("the area is not a number of square metres"));
            else
                plan.areaCenti = int(std::lround(area * 100));
        }
        plan.ref = canonicalRef;
        plan.roomId = roomId;
        plan.relation = v.value(io::RosterField::Relation);

        PersonData d;
        if (people && !row.name.isEmpty()) {
            if (column.contains(io::RosterField::Role)) {
                const QString roleText = v.value(io::RosterField::Role);
                if (!roleText.isEmpty()) {
                    const auto r = roleFromText(roleText);
                    if (!r)
                        fail(io::RosterField::Role, roleText,
                             tr("%1 is not one of 业主, 共有人, 租户, 家庭成员, 受托人").arg(roleText));
                    else
                        row.role = *r;
                }
            }
            d.name = row.name;
            if (const auto g = genderFromText(v.value(io::RosterField::Gender)); g)
                d.gender = *g;
            else
                fail(io::RosterField::Gender, v.value(io::RosterField::Gender), tr("write 男 or 女"));
            if (const auto t = idTypeFromText(v.value(io::RosterField::IdType)); t)
                d.idType = *t;
            else
                fail(io::RosterField::IdType, v.value(io::RosterField::IdType), tr("unknown document type"));
            d.idNumber = v.value(io::RosterField::IdNumber);
            d.phones = splitPhones(v.value(io::RosterField::Phone));
            d.workUnit = v.value(io::RosterField::WorkUnit);
            d.homeAddress = v.value(io::RosterField::HomeAddress);
            d.emergencyContact = v.value(io::RosterField::EmergencyContact);
            d.moveInDate = QDate::fromString(v.value(io::RosterField::MoveIn), Qt::ISODate);
            d.notes = v.value(io::RosterField::Notes);
            d.contactName = v.value(io::RosterField::ContactName);
            // The lease: its own columns, or one column with both dates ("from/to" once read).
            const io::RosterField termColumn = column.contains(io::RosterField::LeaseTerm)
                                                   ? io::RosterField::LeaseTerm
                                                   : io::RosterField::LeaseTo;
            plan.leaseFrom = QDate::fromString(v.value(io::RosterField::LeaseFrom), Qt::ISODate);
            plan.leaseTo = QDate::fromString(v.value(io::RosterField::LeaseTo), Qt::ISODate);
            if (const QString term = v.value(io::RosterField::LeaseTerm); !term.isEmpty()) {
                plan.leaseFrom = QDate::fromString(term.section(QLatin1Char('/'), 0, 0), Qt::ISODate);
                plan.leaseTo = QDate::fromString(term.section(QLatin1Char('/'), 1, 1), Qt::ISODate);
            }
            plan.contractNo = v.value(io::RosterField::ContractNo);
            for (const Error& e :
                 m_people.checkLease(row.role, plan.leaseFrom, plan.leaseTo, plan.contractNo))
                fail(e.field == QLatin1String("contract_no") ? io::RosterField::ContractNo
                     : e.field == QLatin1String("lease_to")  ? termColumn
                     : column.contains(io::RosterField::ContractNo) && !column.contains(termColumn)
                         ? io::RosterField::ContractNo
                         : termColumn,
                     e.value, e.message);
            const RegisterService::Checked c = m_people.check(d, row.role);
            QSet<QString> badValue; // fields with a wrong value: "missing" would only repeat it
            for (const Error& e : c.errors)
                if (!e.value.isEmpty())
                    badValue.insert(e.field);
            QSet<QString> unreadable; // columns whose cell could not be read: "missing" would only repeat it
            for (const Error& e : std::as_const(row.errors))
                unreadable.insert(e.field);
            for (Error e : c.errors) {
                if (e.value.isEmpty() &&
                    (badValue.contains(e.field) || unreadable.contains(personColumn(e.field))))
                    continue;
                // The reason says which value is wrong without repeating it in full: an import
                // report is shown, saved as a sheet and printed to the terminal.
                QString value = e.value;
                if (e.field == QLatin1String("id_number") || e.field == QLatin1String("phones")) {
                    const bool id = e.field == QLatin1String("id_number");
                    const QStringList parts =
                        id ? QStringList{e.value}
                           : e.value.split(QRegularExpression(QStringLiteral("[,，;；/ ]+")),
                                           Qt::SkipEmptyParts);
                    QStringList masked;
                    for (const QString& part : parts) {
                        const QString m = id ? mask::idNumber(part) : mask::phone(part);
                        if (part.size() >= 4)
                            e.message.replace(part, m);
                        masked << m;
                    }
                    value = id ? masked.value(0) : masked.join(QLatin1Char(','));
                    if (id && d.idNumber.size() >= 4)
                        e.message.replace(d.idNumber, mask::idNumber(d.idNumber));
                }
                // A checksum that fails on an ID ending in zeros: most likely Excel's doing.
                if (e.field == QLatin1String("id_number") && d.idNumber.endsWith(QLatin1String("00")))
                    e.message += tr(" (ends in zeros: was the column once a number in Excel?)");
                e.field = personColumn(e.field);
                e.value = value;
                e.row = sr.number;
                row.errors << e;
            }
            row.warnings = c.warnings;
            d = c.data;
        } else if (people && row.name.isEmpty() && column.contains(io::RosterField::IdNumber) &&
                   !v.value(io::RosterField::IdNumber).isEmpty()) {
            fail(io::RosterField::Name, {}, tr("the name is missing"));
        }

        // Within the sheet: one owner per room; the same person once per room and role.
        if (row.errors.isEmpty() && !canonicalRef.isEmpty() && !d.name.isEmpty()) {
            if (row.role == OccupancyRole::Owner) {
                if (const int other = ownerRows.value(canonicalRef); other && other != sr.number)
                    fail(io::RosterField::Room, ref,
                         tr("row %1 already gives the owner of %2").arg(other).arg(ref));
                else
                    ownerRows.insert(canonicalRef, sr.number);
            }
            const QString key = canonicalRef + QLatin1Char('|') + roleCode(row.role) + QLatin1Char('|') +
                                (d.idNumber.isEmpty() ? d.name : d.idNumber);
            if (const int other = personRows.value(key); other)
                fail(io::RosterField::Name, d.name,
                     tr("row %1 already registers %2 at %3").arg(other).arg(d.name, ref));
            else
                personRows.insert(key, sr.number);
        }

        // What is on file already: decided below for all rows at once.
        if (row.errors.isEmpty()) {
            if (d.name.isEmpty())
                row.action = row.newRoom ? ImportAction::Add : ImportAction::Unchanged;
            else if (row.newRoom || !roomId)
                row.action = ImportAction::Add;
            else
                onFile << OnFile{int(report.rows.size()), roomId, d};
        }
        if (row.action == ImportAction::Add)
            plan.person = d;
        report.rows << row;
        plans->append(plan);
        if (o.progress && (i - first) % 100 == 0 && !o.progress(i - first, total * 2)) {
            report.cancelled = true;
            return report;
        }
    }
    if (auto s = matchOnFile(onFile, column.contains(io::RosterField::Gender), columnLabel, &report, plans);
        !s)
        return s.error();
    for (int r = 0; r < report.rows.size(); ++r) {
        ImportRow& row = report.rows[r];
        if (!row.errors.isEmpty())
            row.action = ImportAction::Rejected;
        // The cells as read, for the sheet of rejected rows: only theirs are kept.
        if (row.action == ImportAction::Rejected)
            for (const io::Cell& c : sheet.rows.at(first + r).cells)
                row.cells << c.text;
        switch (row.action) {
        case ImportAction::Add:
            ++report.added;
            break;
        case ImportAction::Update:
            ++report.updated;
            break;
        case ImportAction::Unchanged:
            ++report.unchanged;
            break;
        case ImportAction::Rejected:
            ++report.rejected;
            break;
        }
    }
    return report;
}

Status ImportService::matchOnFile(const QList<OnFile>& rows, bool genderColumn,
                                  const std::function<QString(io::RosterField)>& columnLabel,
                                  ImportReport* report, QList<Plan>* plans)
{
    if (rows.isEmpty())
        return {};
    // The people of these rooms, the holders of these ID numbers and their names: a few queries
    // for the whole sheet instead of a few per row.
    QList<qint64> roomIds;
    QStringList idNumbers;
    for (const OnFile& f : rows) {
        roomIds << f.roomId;
        if (!f.person.idNumber.isEmpty())
            idNumbers << f.person.idNumber;
    }
    std::sort(roomIds.begin(), roomIds.end());
    roomIds.erase(std::unique(roomIds.begin(), roomIds.end()), roomIds.end());
    auto ties = m_ctx.persons.occupanciesOfRooms(roomIds, false);
    if (!ties)
        return ties.error();
    QHash<qint64, QList<Occupancy>> occupants;
    QList<qint64> people;
    for (const Occupancy& oc : ties.value()) {
        occupants[oc.roomId] << oc;
        people << oc.personId;
    }
    auto holders = m_ctx.persons.findByIdNumbers(idNumbers);
    if (!holders)
        return holders.error();
    for (const QList<qint64>& ids : holders.value())
        people << ids;
    std::sort(people.begin(), people.end());
    people.erase(std::unique(people.begin(), people.end()), people.end());
    auto names = m_ctx.persons.names(people);
    if (!names)
        return names.error();

    for (const OnFile& f : rows) {
        ImportRow& row = report->rows[f.index];
        Plan& plan = (*plans)[f.index];
        const PersonData& d = f.person;
        auto fail = [&](io::RosterField field, const QString& value, const QString& why) {
            Error e = Error::invalid(columnLabel(field), value, why);
            e.row = row.row;
            row.errors << e;
        };
        const QList<qint64> byId = d.idNumber.isEmpty() ? QList<qint64>() : holders->value(d.idNumber);
        qint64 match = 0;
        for (const Occupancy& oc : occupants.value(f.roomId)) {
            if (oc.role != row.role)
                continue;
            if (!byId.isEmpty() ? byId.contains(oc.personId) : names->value(oc.personId) == d.name)
                match = oc.personId;
        }
        if (match) {
            auto stored = m_ctx.persons.load(match);
            if (!stored)
                return stored.error();
            // A column the sheet does not have, or an empty cell, keeps what is on file.
            PersonData merged = stored->data;
            merged.name = d.name;
            if (genderColumn && d.gender != Gender::Unknown)
                merged.gender = d.gender;
            if (!d.phones.isEmpty())
                merged.phones = d.phones;
            for (auto [field, value] :
                 {std::pair{&merged.workUnit, d.workUnit}, std::pair{&merged.homeAddress, d.homeAddress},
                  std::pair{&merged.emergencyContact, d.emergencyContact}, std::pair{&merged.notes, d.notes},
                  std::pair{&merged.contactName, d.contactName}})
                if (!value.isEmpty())
                    *field = value;
            if (d.moveInDate.isValid())
                merged.moveInDate = d.moveInDate;
            row.changes = changedFields(stored->data, merged);
            row.action = samePerson(stored->data, merged) ? ImportAction::Unchanged : ImportAction::Update;
            plan.personId = match;
            plan.person = merged;
            continue;
        }
        if (!byId.isEmpty() && names->value(byId.first()) != d.name)
            fail(io::RosterField::IdNumber, mask::idNumber(d.idNumber),
                 tr("ID number %1 is already registered for %2, not %3")
                     .arg(mask::idNumber(d.idNumber), names->value(byId.first()), d.name));
        if (row.role == OccupancyRole::Owner)
            for (const Occupancy& oc : occupants.value(f.roomId))
                if (oc.role == OccupancyRole::Owner)
                    fail(io::RosterField::Room, row.room,
                         tr("%1 already has an owner (%2): an owner change is recorded in the window or with "
                            "owner "
                            "change")
                             .arg(row.room, names->value(oc.personId)));
        row.action = ImportAction::Add;
        plan.person = d;
    }
    return {};
}

} // namespace ar
