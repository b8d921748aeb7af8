#pragma once

#include "core/Result.h"

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

// "A" for column 0, "AA" for 26.
QString columnName(int column);

// What a roster file may hold. Every number read from a file is checked against these before it
// is used (as an index, a size or a count), so a crafted file is refused with a message naming
// the limit instead of taking the program's memory or time. A real roster is far below each.
struct ReadLimits
{
    qint64 maxFileBytes = 256LL << 20;  // a CSV file, or an .xlsx file on disk
    qint64 maxPartBytes = 128LL << 20;  // one part of an .xlsx unpacked (a sheet's XML)
    qint64 maxTotalBytes = 256LL << 20; // every part of an .xlsx unpacked, together
    int maxSheets = 64;
    int maxRows = 1048576;     // Excel's last row (rows past it are refused in any case)
    int maxColumns = 1024;     // a value right of column AMJ is not part of a roster
    qint64 maxCells = 3000000; // cells held for all sheets together (100,000 rows × 30 columns)
    int maxCellChars = 32767;  // Excel's own limit for one cell
    int maxSharedStrings = 3000000;
};

// The checks every workbook reader makes before opening a file: it exists, is not empty, and is
// not larger than limits.maxFileBytes. The message names the file.
Status checkWorkbookFile(const QString& path, const ReadLimits& limits);

// Excel's grid: columns A…XFD, rows 1…1,048,576.
constexpr int kExcelColumns = 16384;
constexpr int kExcelRows = 1048576;

// "B12" → column 1 (0-based), row 12: letters then digits, inside Excel's grid; false for
// anything else ("ZZZZZZZ2", "A0", "12", "A1B").
bool parseCellRef(QStringView ref, int* row, int* column);

} // namespace ar::io
