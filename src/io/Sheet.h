#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Result.h"
#include "core/Sheet.h"

#include <QList>
#include <QString>

namespace ar::io {

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
    // Text between two tags of an .xlsx part: the XML parser holds it whole. Excel's longest cell
    // (32,767 characters) written as character references is about 330 KB.
    qint64 maxTextRunBytes = 4LL << 20;
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
