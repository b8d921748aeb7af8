#pragma once

#include "core/Sealed.h" // private to the services

#include "Sheet.h"
#include "core/Result.h"

namespace ar::io {

// Reads every worksheet of a legacy Excel 97–2003 workbook (.xls, BIFF5/BIFF8 in an OLE
// compound file; also what WPS saves as .et) with FreeXL. Cells come out as the .xlsx reader
// gives them, so the roster logic (header detection, quirks, preview) is the same: texts (FreeXL
// converts the workbook's code page, e.g. GBK, to UTF-8), numbers, and dates as Excel serial
// numbers with `dateFormat` set. FreeXL does not report merged ranges; a merged title row reads
// as one cell in its first column, which is also where .xlsx keeps the value.
//
// A file that is not an .xls, is damaged, or is protected by a password gets one message naming
// the file; the size, the sheets, rows, columns and cells are checked against `limits` (a file
// past one is refused with a message naming it, as for .xlsx).
Result<QList<Sheet>> readXls(const QString& path, const ReadLimits& limits = ReadLimits());

// What a file is by its first bytes, whatever its name says: rosters arrive renamed (.xls that
// is really .xlsx, and the reverse) and WPS saves .et.
enum class SpreadsheetKind
{
    Unknown,
    Xlsx, // a zip (PK\3\4)
    Xls,  // an OLE compound file (D0 CF 11 E0 A1 B1 1A E1)
};
SpreadsheetKind sniffSpreadsheet(const QString& path);

} // namespace ar::io
