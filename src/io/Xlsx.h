#pragma once

#include "core/Sealed.h" // private to the services

#include "Sheet.h"
#include "core/Result.h"

namespace ar::io {

// Reads every worksheet of an .xlsx file (a zip of XML, read with minizip and
// QXmlStreamReader): shared and inline strings, numbers, booleans, errors, merged ranges, and
// which numbers are shown by a date format. A file that is not a zip, is cut short, or holds no
// worksheet gets one message naming the file; nothing else is assumed about it. Parts are
// inflated as they are parsed, never whole, and every size, count and cell reference the file
// holds is checked against `limits` before it is used: past one, the file is refused with a
// message naming the limit (and the cell, where there is one).
Result<QList<Sheet>> readXlsx(const QString& path, const ReadLimits& limits = ReadLimits());

// Writes one sheet: a bold header row, then the rows as text (never as numbers: an ID number or
// a phone stays exactly as it is), column widths fitted to the content. libxlsxwriter; the file
// is written beside the target and moved over it.
Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& header,
                 const QList<QStringList>& rows);

} // namespace ar::io
