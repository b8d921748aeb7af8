#pragma once

// A spreadsheet as read from a file (io/: .xlsx, .xls, CSV), as plain values: the services keep
// the sheets of the file read last between a preview and the import (ImportService).

#include <QList>
#include <QString>

namespace ar::io {

// One cell as the file holds it. Excel keeps numbers as numbers (a phone, an ID number that
// lost its last digits, a date as a serial number); the importer decides what they mean.
struct Cell
{
    enum class Type
    {
        Empty,
        Text,
        Number,
        Bool,
        Error, // #N/A, #VALUE! …
    };
    Type type = Type::Empty;
    QString text;            // the text, or the number as the file wrote it ("13800135678", "4.40101199E+17")
    double number = 0;       // for Number and Bool
    bool dateFormat = false; // a number shown by a date format: an Excel serial date
    bool isEmpty() const { return type == Type::Empty || (type == Type::Text && text.trimmed().isEmpty()); }
};

// One row with the sheet's own row number (1-based, as Excel shows it); empty rows are absent.
struct SheetRow
{
    int number = 0;
    QList<Cell> cells; // column A first; missing cells are Empty
    const Cell& at(int column) const;
};

// A merged area (title rows are often merged across the columns), 1-based and inclusive.
struct MergedRange
{
    int firstRow = 0, firstColumn = 0, lastRow = 0, lastColumn = 0;
};

struct Sheet
{
    QString name;
    QList<SheetRow> rows;
    QList<MergedRange> merged;
    QString encoding; // CSV only: "UTF-8", "UTF-8 BOM", "GB18030"
};

} // namespace ar::io
