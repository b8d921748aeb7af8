#include "ExportService.h"

#include "AuditService.h"
#include "EstateService.h"
#include "RegisterService.h"
#include "io/Csv.h"
#include "io/Xlsx.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonObject>

namespace ar {

Result<ExportTable> ExportService::owners(const QString& estateCode)
{
    if (auto s = m_ctx.require(Permission::ExportLists); !s)
        return s.error();
    auto estate = EstateService(m_ctx).estateFor(estateCode);
    if (!estate)
        return estate.error();
    ShelfFilter f;
    f.estateId = estate->id;
    f.category = QStringLiteral("owner");
    auto entries = m_ctx.dossiers.shelfEntries(f);
    if (!entries)
        return entries.error();
    ExportTable t;
    t.list = QStringLiteral("owners");
    t.title = tr("Owners");
    t.header = {tr("Room"),  tr("Name"),      tr("Gender"),       tr("ID number"),    tr("Phone"),
                tr("Work unit"), tr("Home address"), tr("Move-in date"), tr("Archive no.")};
    for (const ShelfEntry& e : entries.value()) {
        if (e.status == QLatin1String("former_owner"))
            continue;
        if (!e.personId)
            continue;
        auto loaded = m_ctx.persons.load(e.personId);
        if (!loaded)
            return loaded.error();
        const Person p = RegisterService::masked(loaded.value());
        t.rows << QStringList{e.buildingCode + QLatin1Char('-') + e.unitCode + QLatin1Char('-') + e.roomNumber,
                              p.data.name,
                              p.data.gender == Gender::Unknown ? QString() : genderLabel(p.data.gender),
                              p.data.idNumber,
                              p.data.phones.join(QStringLiteral(", ")),
                              p.data.workUnit,
                              p.data.homeAddress,
                              p.data.moveInDate.isValid() ? p.data.moveInDate.toString(Qt::ISODate) : QString(),
                              e.archiveNo};
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
        return Error::invalid(QStringLiteral("file"), path, tr("%1: lists are exported as .xlsx or .csv").arg(info.fileName()));
    if (!info.absoluteDir().exists())
        return Error::invalid(QStringLiteral("file"), path, tr("The folder of %1 does not exist").arg(path));
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    // The record first, in the transaction: a file that cannot be written rolls it back.
    if (auto s = AuditService(m_ctx).record(AuditAction::Export, QStringLiteral("list"), 0, {},
                                            auditDetail(QJsonObject{{QStringLiteral("list"), table.list},
                                                                    {QStringLiteral("rows"), int(table.rows.size())},
                                                                    {QStringLiteral("file"), info.fileName()},
                                                                    {QStringLiteral("masked"), true}}));
        !s)
        return s;
    const Status written = suffix == QLatin1String("csv") ? io::writeCsv(path, table.header, table.rows)
                                                          : io::writeXlsx(path, table.title, table.header, table.rows);
    if (!written)
        return written;
    return tx.commit();
}

} // namespace ar
