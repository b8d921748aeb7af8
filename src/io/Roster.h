#pragma once

#include "core/Sealed.h" // private to the services

#include "Sheet.h"
#include "core/Result.h"
#include "core/RosterField.h"

#include <QDate>
#include <QMap>
#include <optional>

namespace ar::io {

QList<RosterField> allRosterFields();
QString rosterFieldCode(RosterField f); // "room", "name", "id_number" …
std::optional<RosterField> rosterFieldFromCode(const QString& code);
QString rosterFieldLabel(RosterField f); // 房号, 姓名 …
// The field a column header names: 业主姓名, 身份证号码, 手机号, 交房日期 … (full-width,
// spaces, "*" marks of required columns and bracketed notes are ignored).
std::optional<RosterField> fieldForHeader(const QString& header);

// Where the header row is and what each column holds.
struct HeaderMatch
{
    int rowIndex = -1; // index into Sheet::rows
    int rowNumber = 0; // the sheet's own row number
    QMap<int, RosterField> columns;
    QMap<int, QString> unknown; // columns whose header names nothing known: column → header text
    QStringList headers;        // every header text, column by column
};

// The header row: among the first 20 rows, the one naming the most known columns (at least
// two), so title rows, merged title cells and notes above it are passed over.
std::optional<HeaderMatch> findHeader(const Sheet& sheet);

// A key for the layout of a header row, to remember a mapping the user chose for it.
QString layoutKey(const QStringList& headers);

// A cell's value for a field, as the register's validators expect it, or why it cannot be used.
// Numbers Excel made of phone numbers are written back as digits; an ID number stored as a
// number has lost its last digits (Excel keeps 15) and is refused; dates may be Excel serial
// numbers or text in the usual forms. `column` names the column in messages ("C").
Result<QString> fieldText(const Cell& cell, RosterField field);
// 2026-11-27, 2026/11/27, 2026.11.27, 2026年11月27日, 20261127, or an Excel serial number.
std::optional<QDate> parseDate(const QString& text);
QDate excelSerialDate(double serial);

} // namespace ar::io
