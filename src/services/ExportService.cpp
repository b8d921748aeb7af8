#include "ExportService.h"

#include "Context.h"

#include "AuditService.h"
#include "EstateService.h"
#include "PrintService.h"
#include "RegisterService.h"
#include "UseCase.h"
#include "io/Csv.h"
#include "io/Xlsx.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace ar {

Result<ExportTable> ExportService::owners(const QString& estateCode)
{
    return household(estateCode, true);
}

Result<ExportTable> ExportService::tenants(const QString& estateCode)
{
    return household(estateCode, false);
}

Result<ExportTable> ExportService::household(const QString& estateCode, bool owner)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s.error();
    auto estate = EstateService(m_ctx).estateFor(estateCode);
    if (!estate)
        return estate.error();
    ShelfFilter f;
    f.estateId = estate->id;
    f.category = owner ? QStringLiteral("owner") : QStringLiteral("tenant");
    auto entries = m_ctx.dossiers.shelfEntries(f);
    if (!entries)
        return entries.error();
    ExportTable t;
    t.list = owner ? QStringLiteral("owners") : QStringLiteral("tenants");
    t.title = owner ? tr("Owners") : tr("Tenants");
    t.header = {tr("Room"),      tr("Name"),         tr("Gender"),       tr("ID number"),  tr("Phone"),
                tr("Work unit"), tr("Home address"), tr("Move-in date"), tr("Archive no.")};
    // Tenants (issue #20 item 9): the lease of the tenancy, and an organisation's contact person.
    if (!owner)
        t.header << tr("Contact person") << tr("Lease from") << tr("Lease to") << tr("Contract no.")
                 << tr("Lease ended");
    const QDate today = m_ctx.clock.today();
    auto iso = [](const QDate& d) { return d.isValid() ? d.toString(Qt::ISODate) : QString(); };
    for (const ShelfEntry& e : entries.value()) {
        if (e.status == QLatin1String("former_owner"))
            continue;
        if (!e.personId)
            continue;
        auto loaded = m_ctx.persons.load(e.personId);
        if (!loaded) // a damaged value is never exported blank
            return AuditService(m_ctx).damaged(loaded.error());
        const Person p = RegisterService::masked(loaded.value());
        QStringList row{e.buildingCode + QLatin1Char('-') + e.unitCode + QLatin1Char('-') + e.roomNumber,
                        p.data.name,
                        p.data.gender == Gender::Unknown ? QString() : genderLabel(p.data.gender),
                        p.data.idNumber,
                        p.data.phones.join(QStringLiteral(", ")),
                        p.data.workUnit,
                        p.data.homeAddress,
                        iso(p.data.moveInDate),
                        e.archiveNo};
        if (!owner) {
            auto ties = m_ctx.persons.occupanciesOfPerson(e.personId);
            if (!ties)
                return ties.error();
            Occupancy tenancy;
            for (const Occupancy& o : ties.value())
                if (o.role == OccupancyRole::Tenant && o.roomId == e.roomId && (!tenancy.id || o.current()))
                    tenancy = o;
            if (!tenancy.id || !tenancy.current())
                continue; // a former tenant's dossier: the list is of the current tenants
            row << p.data.contactName << iso(tenancy.leaseFrom) << iso(tenancy.leaseTo) << tenancy.contractNo
                << (tenancy.leaseOverdue(today) ? tr("lease ended") : QString());
        }
        t.rows << row;
    }
    return t;
}

Result<ExportTable> ExportService::dossiers(const QString& estateCode, const QString& buildingCode,
                                            const QString& category)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s.error();
    auto estate = EstateService(m_ctx).estateFor(estateCode);
    if (!estate)
        return estate.error();
    ShelfFilter f;
    f.estateId = estate->id;
    if (!buildingCode.isEmpty()) {
        auto buildings = m_ctx.estates.buildings(estate->id);
        if (!buildings)
            return buildings.error();
        for (const Building& b : buildings.value())
            if (b.code == buildingCode)
                f.buildingId = b.id;
        if (!f.buildingId)
            return Error::invalid(QStringLiteral("building"), buildingCode,
                                  tr("%1 has no building %2").arg(estate->name, buildingCode));
    }
    auto categories = m_ctx.dossiers.categories();
    if (!categories)
        return categories.error();
    QHash<QString, Category> byCode;
    for (const Category& c : categories.value())
        byCode.insert(c.code, c);
    if (!category.isEmpty()) {
        if (!byCode.contains(category))
            return Error::invalid(QStringLiteral("category"), category,
                                  tr("There is no dossier category %1").arg(category));
        f.category = category;
    }
    f.withoutRoom = f.buildingId == 0; // the estate's dossiers of no room, after the rooms
    auto entries = m_ctx.dossiers.shelfEntries(f);
    if (!entries)
        return entries.error();
    QList<qint64> people;
    for (const ShelfEntry& e : entries.value())
        if (e.personId)
            people << e.personId;
    auto names = m_ctx.persons.names(people);
    if (!names)
        return names.error();
    QHash<qint64, QString> places; // location id → its path, read once each
    ExportTable t;
    t.list = QStringLiteral("dossiers");
    t.title = tr("Dossiers");
    t.header = {tr("Archive no."), tr("Title"),     tr("Category"),       tr("Room"),   tr("Person"),
                tr("Year"),        tr("Retention"), tr("Classification"), tr("Status"), tr("Location")};
    for (const ShelfEntry& e : entries.value()) {
        QString place;
        if (e.locationId) {
            if (!places.contains(e.locationId)) {
                auto path = m_ctx.locations.path(e.locationId);
                if (!path)
                    return path.error();
                places.insert(e.locationId, path.value());
            }
            place = places.value(e.locationId);
        }
        const Category c = byCode.value(e.category);
        t.rows << QStringList{e.archiveNo,
                              e.title,
                              c.name.isEmpty() ? e.category : c.name,
                              e.roomId ? e.buildingCode + QLatin1Char('-') + e.unitCode + QLatin1Char('-') +
                                             e.roomNumber
                                       : QString(),
                              names->value(e.personId),
                              e.year ? QString::number(e.year) : QString(),
                              retentionLabel(e.retention), // the dossier's own (R40)
                              securityLevelLabel(e.securityLevel),
                              dossierStatusLabel(e.status),
                              place};
    }
    return t;
}

Status ExportService::write(const ExportTable& table, const QString& path)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s;
    const QFileInfo info(path);
    const QString suffix = info.suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return Error::invalid(QStringLiteral("file"), path,
                              tr("%1: lists are exported as .xlsx or .csv").arg(info.fileName()));
    if (!info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("file"), path, tr("The folder of %1 does not exist").arg(path));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s;
        // The record first, in the transaction: a file that cannot be written rolls it back.
        if (auto s = AuditService(m_ctx).record(
                AuditAction::Export, QStringLiteral("list"), 0, {},
                auditDetail(QJsonObject{{QStringLiteral("list"), table.list},
                                        {QStringLiteral("rows"), int(table.rows.size())},
                                        {QStringLiteral("file"), info.fileName()},
                                        {QStringLiteral("masked"), true}}));
            !s)
            return s;
        const Status written = suffix == QLatin1String("csv")
                                   ? io::writeCsv(path, table.header, table.rows)
                                   : io::writeXlsx(path, table.title, table.header, table.rows);
        if (!written)
            return written;
        return {};
    });
}

} // namespace ar
