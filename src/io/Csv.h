#pragma once

#include "core/Sealed.h" // private to the services

#include "Sheet.h"
#include "core/Result.h"

#include <QByteArray>

namespace ar::io {

// Text in the encodings rosters come in, detected (not asked): UTF-8 with or without a byte
// order mark, UTF-16 (with a byte order mark, or recognised by its zero bytes), else GB18030
// (which covers GBK and GB2312). `encoding` names the one found. Bytes that are none of these
// (a NUL in what is not UTF-16, invalid GB18030) are refused with a message naming `fileName`.
Result<QString> decodeText(const QByteArray& bytes, const QString& fileName, QString* encoding = nullptr);

// A CSV file as a sheet: RFC 4180 quoting (quotes doubled, line breaks inside quotes), CRLF,
// LF or a lone CR (old Macintosh files), the delimiter detected from the first lines (comma,
// semicolon, tab). Every cell is Text; trailing empty cells are dropped. Past one of `limits`
// (file size, lines, columns with a value, cells, characters in a cell) the file is refused
// with a message naming the line and the limit.
Result<Sheet> readCsv(const QString& path, const ReadLimits& limits = ReadLimits());
Result<Sheet> parseCsv(const QString& text, const ReadLimits& limits = ReadLimits(),
                       const QString& fileName = QString());

// The cell as a CSV export writes it: one that a spreadsheet would take for a formula (it starts
// with = + - @, a tab or a CR) gets a leading apostrophe.
QString neutraliseFormula(const QString& cell);

// Writes a CSV in UTF-8 with a byte order mark (so Excel opens the Chinese correctly), quoting
// where needed; cells that would start a formula are neutralised. Written beside the target and moved over
// it.
Status writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows);

} // namespace ar::io
