#pragma once

#include "Sheet.h"
#include "core/Result.h"

#include <QByteArray>

namespace ar::io {

// Text in the encodings rosters come in, detected (not asked): UTF-8 with or without a byte
// order mark, else GB18030 (which covers GBK and GB2312). `encoding` names the one found.
QString decodeText(const QByteArray& bytes, QString* encoding = nullptr);

// A CSV file as a sheet: RFC 4180 quoting (quotes doubled, line breaks inside quotes), CRLF or
// LF, the delimiter detected from the first lines (comma, semicolon, tab). Every cell is Text.
Result<Sheet> readCsv(const QString& path);
Sheet parseCsv(const QString& text);

// Writes a CSV in UTF-8 with a byte order mark (so Excel opens the Chinese correctly), quoting
// where needed. Written beside the target and moved over it.
Status writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows);

} // namespace ar::io
