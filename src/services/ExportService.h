#pragma once

#include "Forward.h"

#include <QCoreApplication>
#include <QStringList>

namespace ar {

// A list as it leaves the program: a title (the sheet's name), the column headers, the rows as
// text. Built by the services (owners) or from what a window's list shows — which is masked
// already, so an export never shows more than the screen (R20).
struct ExportTable
{
    QString list;  // what the list is, for the audit record: "owners", "loans", "overdue" …
    QString title; // the sheet's name: 业主名册
    QStringList header;
    QList<QStringList> rows;
};

// Lists out to .xlsx or .csv (issue #7): checked (ExportLists), masked, audited (R27).
class ExportService
{
    Q_DECLARE_TR_FUNCTIONS(ExportService)

public:
    explicit ExportService(Context& ctx) : m_ctx(ctx) {}

    // The current owners of an estate's rooms in shelf order (R14), masked as lists always are.
    Result<ExportTable> owners(const QString& estateCode = {});
    // The current tenants, the same columns and their lease (from, to, contract no., ended).
    Result<ExportTable> tenants(const QString& estateCode = {});
    // The dossiers of an estate (or of one building; `category` one category only) in shelf
    // order (R14): the archive's catalog as a sheet. Destroyed dossiers are not listed.
    Result<ExportTable> dossiers(const QString& estateCode = {}, const QString& buildingCode = {},
                                 const QString& category = {});
    // Writes the table (.xlsx or .csv by the file name's suffix) and records the export: which
    // list, how many rows, the file name. Nothing is recorded when the file cannot be written.
    Status write(const ExportTable& table, const QString& path);

private:
    Result<ExportTable> household(const QString& estateCode, bool owner);
    Context& m_ctx;
};

} // namespace ar
