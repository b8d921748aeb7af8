// Importing handover rosters: read (src/io), check with the register's validators, match what
// is on file, then one transaction (issue #7).
#include "ImportService.h"

#include "Context.h"
#include "io/Roster.h"

#include "AuditService.h"
#include "KeysByRole.h"
#include "core/Estate.h"
#include "core/Masking.h"
#include "core/TextNormalize.h"
#include "io/Csv.h"
#include "io/Xls.h"
#include "io/Xlsx.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

#include <cmath>

namespace ar {

namespace {

const QString kMappingPrefix = QStringLiteral("import_mapping:");
// Rows registered together (and between two looks at the progress callback, which may cancel).
constexpr int kBatchRows = 200;

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

QString importActionCode(ImportAction a)
{
    switch (a) {
    case ImportAction::Add: return QStringLiteral("add");
    case ImportAction::Update: return QStringLiteral("update");
    case ImportAction::Unchanged: return QStringLiteral("unchanged");
    case ImportAction::Rejected: return QStringLiteral("rejected");
    }
    return {};
}

QString importActionLabel(ImportAction a)
{
    switch (a) {
    case ImportAction::Add: return ImportService::tr("Add");
    case ImportAction::Update: return ImportService::tr("Update");
    case ImportAction::Unchanged: return ImportService::tr("Unchanged");
    case ImportAction::Rejected: return ImportService::tr("Rejected");
    }
    return {};
}

namespace {

// Which workbook reader a file needs: by its content first (a roster saved as .xlsx and renamed
// .xls, or the reverse, and WPS's .et, are read for what they are), else by its name (an empty or
// damaged .xlsx then gets the .xlsx reader's message naming what is wrong).
io::SpreadsheetKind spreadsheetKind(const QString& path, const QString& suffix)
{
    if (const io::SpreadsheetKind kind = io::sniffSpreadsheet(path); kind != io::SpreadsheetKind::Unknown)
        return kind;
    if (suffix == QLatin1String("xlsx") || suffix == QLatin1String("xlsm"))
        return io::SpreadsheetKind::Xlsx;
    if (suffix == QLatin1String("xls") || suffix == QLatin1String("et"))
        return io::SpreadsheetKind::Xls;
    return io::SpreadsheetKind::Unknown;
}

} // namespace

Result<io::Sheet> ImportService::readSheet(const QString& path, const QString& sheetName, ImportReport* report)
{
    report->file = QFileInfo(path).fileName();
    const QString suffix = QFileInfo(path).suffix().toLower();
    // The preview and the import that follows it read the same file: parsed once, as long as
    // its content is the same (the digest of its bytes, not its name or date, decides).
    QByteArray digest;
    if (QFile f(path); f.open(QIODevice::ReadOnly)) {
        QCryptographicHash h(QCryptographicHash::Sha256);
        h.addData(&f);
        digest = h.result();
    }
    QList<io::Sheet> sheets;
    if (!digest.isEmpty() && m_lastRead.digest == digest && m_lastRead.suffix == suffix) {
        sheets = m_lastRead.sheets;
    } else if (const io::SpreadsheetKind kind = spreadsheetKind(path, suffix); kind != io::SpreadsheetKind::Unknown) {
        auto s = kind == io::SpreadsheetKind::Xlsx ? io::readXlsx(path) : io::readXls(path);
        if (!s)
            return s.error();
        sheets = s.value();
    } else if (suffix == QLatin1String("csv") || suffix == QLatin1String("txt")) {
        auto s = io::readCsv(path);
        if (!s)
            return s.error();
        sheets << s.value();
    } else {
        return Error::invalid(QStringLiteral("file"), path,
                              tr("%1: only .xlsx, .xls and .csv files can be imported").arg(report->file));
    }
    m_lastRead = {digest, suffix, sheets};
    for (const io::Sheet& s : std::as_const(sheets)) {
        if (!sheetName.isEmpty() && s.name != sheetName)
            continue;
        if (!sheetName.isEmpty() || io::findHeader(s))
            return s;
    }
    if (!sheetName.isEmpty()) {
        QStringList names;
        for (const io::Sheet& s : std::as_const(sheets))
            names << s.name;
        return Error::invalid(QStringLiteral("sheet"), sheetName,
                              tr("%1 has no sheet %2; it has: %3").arg(report->file, sheetName, names.join(QStringLiteral(", "))));
    }
    QString message = tr("No sheet of %1 has a header row naming the room and the owner (房号, 姓名, 身份证号码 …)").arg(report->file);
    // Big5 (and other encodings) read as GB18030 without an error, as other characters: the
    // header is then not found, and the encoding is the likely reason.
    if (sheets.size() == 1 && sheets.first().encoding == QLatin1String("GB18030"))
        message += tr("; the file was read as GB18030 (简体中文): if it was saved in another encoding such as Big5, save it again as UTF-8");
    return Error::invalid(QStringLiteral("file"), path, message);
}

Result<ImportReport> ImportService::inspect(const QString& path, const Options& o)
{
    ImportReport report;
    auto sheet = readSheet(path, o.sheet, &report);
    if (!sheet)
        return sheet.error();
    return inspectSheet(sheet.value(), o, report);
}

Result<ImportReport> ImportService::inspectSheet(const io::Sheet& sheet, const Options& o, ImportReport report)
{
    report.sheet = sheet.name;
    report.encoding = sheet.encoding;
    const auto header = io::findHeader(sheet);
    if (!header)
        return Error::invalid(QStringLiteral("sheet"), sheet.name,
                              tr("The sheet %1 has no header row naming the room and the owner (房号, 姓名, 身份证号码 …)")
                                  .arg(sheet.name));
    report.headerRow = header->rowNumber;
    report.headers = header->headers;
    report.layout = io::layoutKey(header->headers);
    report.mapping = header->columns;
    if (!o.mapping.isEmpty()) {
        report.mapping = o.mapping;
    } else if (auto saved = rememberedMapping(report.layout); saved && !saved->isEmpty()) {
        report.mapping = saved.value();
    }
    return report;
}

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
    const bool partsColumns = column.contains(io::RosterField::Building) && column.contains(io::RosterField::RoomNumber);
    if (!roomColumn && !partsColumns)
        return Error::invalid(QStringLiteral("mapping"), {},
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
        const QString h = c >= 0 && c < report.headers.size() ? report.headers.at(c) : io::rosterFieldLabel(f);
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

    QList<OnFile> onFile; // rows of people at rooms on file: matched against the register below
    QHash<QString, int> ownerRows; // room ref → first row giving its owner
    QHash<QString, int> personRows; // room ref + role + ID → row
    const int first = header->rowIndex + 1;
    const int total = sheet.rows.size() - first;
    for (int i = first; i < sheet.rows.size(); ++i) {
        const io::SheetRow& sr = sheet.rows.at(i);
        ImportRow row;
        row.row = sr.number;
        row.role = o.defaultRole;
        for (const io::Cell& c : sr.cells)
            row.cells << c.text;
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
            fail(roomColumn ? io::RosterField::Room : io::RosterField::RoomNumber, {}, tr("the room is missing"));
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
                    fail(io::RosterField::Room, ref, tr("there is no room %1 and you may not add rooms").arg(ref));
            }
        }
        if (!v.value(io::RosterField::Area).isEmpty()) {
            bool ok = false;
            const double area = v.value(io::RosterField::Area).toDouble(&ok);
            if (!ok || !std::isfinite(area) || area <= 0 || area > 100000)
                fail(io::RosterField::Area, v.value(io::RosterField::Area), tr("the area is not a number of square metres"));
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
                if (e.value.isEmpty() && (badValue.contains(e.field) || unreadable.contains(personColumn(e.field))))
                    continue;
                // The reason says which value is wrong without repeating it in full: an import
                // report is shown, saved as a sheet and printed to the terminal.
                QString value = e.value;
                if (e.field == QLatin1String("id_number") || e.field == QLatin1String("phones")) {
                    const bool id = e.field == QLatin1String("id_number");
                    const QStringList parts = id ? QStringList{e.value} : e.value.split(QRegularExpression(QStringLiteral("[,，;；/ ]+")), Qt::SkipEmptyParts);
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
                    fail(io::RosterField::Room, ref, tr("row %1 already gives the owner of %2").arg(other).arg(ref));
                else
                    ownerRows.insert(canonicalRef, sr.number);
            }
            const QString key = canonicalRef + QLatin1Char('|') + roleCode(row.role) + QLatin1Char('|') +
                                (d.idNumber.isEmpty() ? d.name : d.idNumber);
            if (const int other = personRows.value(key); other)
                fail(io::RosterField::Name, d.name, tr("row %1 already registers %2 at %3").arg(other).arg(d.name, ref));
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
    if (auto s = matchOnFile(onFile, column.contains(io::RosterField::Gender), columnLabel, &report, plans); !s)
        return s.error();
    for (ImportRow& row : report.rows) {
        if (!row.errors.isEmpty())
            row.action = ImportAction::Rejected;
        switch (row.action) {
        case ImportAction::Add: ++report.added; break;
        case ImportAction::Update: ++report.updated; break;
        case ImportAction::Unchanged: ++report.unchanged; break;
        case ImportAction::Rejected: ++report.rejected; break;
        }
    }
    return report;
}

Status ImportService::matchOnFile(const QList<OnFile>& rows, bool genderColumn,
                                  const std::function<QString(io::RosterField)>& columnLabel, ImportReport* report,
                                  QList<Plan>* plans)
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
                         tr("%1 already has an owner (%2): an owner change is recorded in the window or with owner "
                            "change")
                             .arg(row.room, names->value(oc.personId)));
        row.action = ImportAction::Add;
        plan.person = d;
    }
    return {};
}

Result<ImportReport> ImportService::importRoster(const QString& path, const Options& o)
{
    if (auto s = m_ctx.require(Permission::ImportRegister); !s)
        return s.error();
    if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
        return s.error();
    ImportReport read;
    auto sheet = readSheet(path, o.sheet, &read);
    if (!sheet)
        return sheet.error();
    // Checked and written in one transaction: what the check matched is what is written against,
    // whatever another desk does meanwhile. A dry run or a refused import only reads in it.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QList<Plan> plans;
    auto checked = checkSheet(sheet.value(), read, o, &plans);
    if (!checked)
        return checked;
    ImportReport report = checked.value();
    if (report.cancelled || o.dryRun || (report.hasErrors() && !o.onlyValid))
        return report;
    // The same roster again: nothing to add or change, nothing written, not even a record.
    if (report.added == 0 && report.updated == 0)
        return report;

    auto estate = m_estate.estateFor(o.estate);
    if (!estate)
        return estate.error();
    auto rowError = [](const ImportRow& r, Error e) {
        e.row = r.row;
        e.message = tr("Row %1: %2").arg(r.row).arg(e.message);
        return e;
    };
    // The search keys of every new room, person and dossier, written at the end in key order:
    // in one pass over the key index instead of one visit to a random page per key.
    SearchIndex::Pending keys;
    // The new rooms first, all at once: one audit record per unit, as a room grid.
    QList<EstateService::NewRoom> newRooms;
    QSet<QString> seenRooms; // an owner and a co-owner of the same new room: one room
    for (int i = 0; i < report.rows.size(); ++i) {
        const Plan& p = plans.at(i);
        if (report.rows.at(i).action == ImportAction::Rejected || !report.rows.at(i).newRoom || seenRooms.contains(p.ref))
            continue;
        seenRooms.insert(p.ref);
        newRooms << EstateService::NewRoom{p.ref, p.areaCenti};
    }
    QHash<QString, qint64> newRoomIds;
    if (!newRooms.isEmpty()) {
        auto added = m_estate.addRoomsByRef(estate->code, newRooms, &keys);
        if (!added)
            return added.error();
        newRoomIds = added.value();
    }
    // The new people go in batches (RegisterService::registerMany reads what they depend on once
    // per batch); an update is written in its turn, after the batch before it, so the first
    // problem found is the first in the sheet's order.
    const int total = report.rows.size();
    QList<Registration> batch;
    QList<int> batchRows; // index into report.rows of each registration in `batch`
    auto flush = [&]() -> Status {
        if (batch.isEmpty())
            return {};
        int failedAt = 0;
        auto r = m_people.registerMany(batch, &failedAt, &keys);
        if (!r)
            return rowError(report.rows.at(batchRows.value(failedAt)), r.error());
        batch.clear();
        batchRows.clear();
        return {};
    };
    for (int i = 0; i < total; ++i) {
        const ImportRow& row = report.rows.at(i);
        const Plan& plan = plans.at(i);
        if (o.progress && (i + 1) % kBatchRows == 0) {
            if (auto s = flush(); !s)
                return s.error();
            if (!o.progress(total + i + 1, total * 2)) {
                report.cancelled = true;
                return report; // the transaction rolls back: nothing is kept
            }
        }
        if (row.action == ImportAction::Rejected || row.action == ImportAction::Unchanged || row.name.isEmpty())
            continue;
        if (row.action == ImportAction::Add) {
            Registration reg;
            reg.roomId = row.newRoom ? newRoomIds.value(plan.ref) : plan.roomId;
            reg.role = row.role;
            reg.relation = plan.relation;
            const QDate moveIn = plan.person.moveInDate;
            reg.since = moveIn.isValid() && moveIn <= m_ctx.clock.today() ? moveIn : QDate();
            reg.person = plan.person;
            reg.leaseFrom = plan.leaseFrom;
            reg.leaseTo = plan.leaseTo;
            reg.contractNo = plan.contractNo;
            batch << reg;
            batchRows << i;
            if (batch.size() >= kBatchRows)
                if (auto s = flush(); !s)
                    return s.error();
        } else {
            if (auto s = flush(); !s)
                return s.error();
            // The stored record with the row's values, as the check compared them.
            auto stored = m_ctx.persons.load(plan.personId);
            if (!stored)
                return rowError(row, stored.error());
            Person p = stored.value();
            p.data = plan.person;
            if (auto u = m_people.updatePerson(p); !u)
                return rowError(row, u.error());
        }
    }
    if (auto s = flush(); !s)
        return s.error();
    if (auto s = keys.flush(m_ctx.search); !s)
        return s.error();
    const QJsonObject detail{{QStringLiteral("file"), report.file},
                             {QStringLiteral("sheet"), report.sheet},
                             {QStringLiteral("added"), report.added},
                             {QStringLiteral("updated"), report.updated},
                             {QStringLiteral("unchanged"), report.unchanged},
                             {QStringLiteral("rejected"), report.rejected}};
    if (auto s = AuditService(m_ctx).record(AuditAction::Import, QStringLiteral("roster"), 0, {}, auditDetail(detail));
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    report.written = true;
    m_lastRead = {}; // imported: no need to keep it
    return report;
}

Status ImportService::rememberMapping(const QString& layout, const QMap<int, io::RosterField>& mapping)
{
    if (auto s = m_ctx.require(Permission::ImportRegister); !s)
        return s;
    QJsonObject o;
    for (auto it = mapping.cbegin(); it != mapping.cend(); ++it)
        o.insert(QString::number(it.key()), io::rosterFieldCode(it.value()));
    return m_ctx.meta.set(kMappingPrefix + layout, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
}

QList<io::RosterField> ImportService::rosterFields()
{
    return io::allRosterFields();
}

QString ImportService::rosterFieldLabel(io::RosterField f)
{
    return io::rosterFieldLabel(f);
}

std::optional<io::RosterField> ImportService::fieldForHeader(const QString& header)
{
    return io::fieldForHeader(header);
}

QString ImportService::columnName(int column)
{
    return io::columnName(column);
}

Result<QMap<int, io::RosterField>> ImportService::rememberedMapping(const QString& layout)
{
    auto raw = m_ctx.meta.get(kMappingPrefix + layout);
    if (!raw)
        return raw.error();
    QMap<int, io::RosterField> out;
    const QJsonObject o = QJsonDocument::fromJson(raw->toUtf8()).object();
    for (auto it = o.begin(); it != o.end(); ++it)
        if (const auto f = io::rosterFieldFromCode(it.value().toString()))
            out.insert(it.key().toInt(), *f);
    return out;
}

Status ImportService::writeRejected(const ImportReport& report, const QString& path)
{
    QStringList header = report.headers;
    header << tr("Problems");
    QList<QStringList> rows;
    for (const ImportRow& r : report.rows) {
        if (r.action != ImportAction::Rejected)
            continue;
        QStringList cells = r.cells;
        while (cells.size() < report.headers.size())
            cells << QString();
        QStringList why;
        for (const Error& e : r.errors)
            why << tr("row %1, %2: %3").arg(r.row).arg(e.field, e.message);
        cells << why.join(QStringLiteral("；"));
        rows << cells;
    }
    if (path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return io::writeCsv(path, header, rows);
    return io::writeXlsx(path, tr("Rejected rows"), header, rows);
}

} // namespace ar

