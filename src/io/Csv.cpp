// CSV in and out, with the encodings of Chinese offices.
#include "Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

#include <algorithm>
#include <optional>

namespace ar::io {

namespace {

bool isLineEnd(const QString& text, int i)
{
    // LF, CRLF (the LF ends it) and the old Macintosh lone CR.
    const QChar c = text.at(i);
    return c == QLatin1Char('\n') ||
           (c == QLatin1Char('\r') && (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n')));
}

QChar detectDelimiter(const QString& text)
{
    // The candidate seen most often outside quotes in the first few lines wins; comma by
    // default. Only the start of the file is looked at.
    const QList<QChar> candidates{QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    const int end = int(std::min<qsizetype>(text.size(), 65536));
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (QChar d : candidates) {
        int lines = 0, total = 0;
        bool quoted = false;
        for (int i = 0; i < end && lines < 10; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == d)
                ++total;
            else if (!quoted && isLineEnd(text, i))
                ++lines;
        }
        if (total > bestScore) {
            bestScore = total;
            best = d;
        }
    }
    return best;
}

// UTF-16 without a byte order mark: every other byte of the start is zero.
std::optional<QStringDecoder::Encoding> utf16WithoutBom(const QByteArray& bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZero = 0, oddZero = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZero += bytes.at(i) == '\0';
        oddZero += bytes.at(i + 1) == '\0';
    }
    // Latin text (digits, commas, line ends) has a zero high byte; Chinese rarely a zero low byte.
    const qsizetype units = n / 2;
    if (oddZero * 10 >= units * 3 && evenZero * 10 < units)
        return QStringDecoder::Utf16LE;
    if (evenZero * 10 >= units * 3 && oddZero * 10 < units)
        return QStringDecoder::Utf16BE;
    return std::nullopt;
}

} // namespace

Result<QString> decodeText(const QByteArray& bytes, const QString& fileName, QString* encoding)
{
    auto decodeWith = [&](QStringDecoder::Encoding e, const QByteArray& data,
                          const QString& name) -> Result<QString> {
        QStringDecoder decoder(e, QStringDecoder::Flag::Stateless);
        QString text = decoder(data);
        if (decoder.hasError())
            return Error::invalid(
                QStringLiteral("file"), fileName,
                QCoreApplication::translate("Io", "%1 says it is %2 but is not; save it again as UTF-8")
                    .arg(fileName, name));
        if (encoding)
            *encoding = name;
        return text;
    };
    if (bytes.startsWith("\xEF\xBB\xBF"))
        return decodeWith(QStringDecoder::Utf8, bytes.mid(3), QStringLiteral("UTF-8 BOM"));
    if (bytes.startsWith("\xFF\xFE"))
        return decodeWith(QStringDecoder::Utf16LE, bytes.mid(2), QStringLiteral("UTF-16"));
    if (bytes.startsWith("\xFE\xFF"))
        return decodeWith(QStringDecoder::Utf16BE, bytes.mid(2), QStringLiteral("UTF-16"));
    if (const auto utf16 = utf16WithoutBom(bytes))
        return decodeWith(*utf16, bytes, QStringLiteral("UTF-16"));
    if (const qsizetype nul = bytes.indexOf('\0'); nul >= 0)
        return Error::invalid(
            QStringLiteral("file"), fileName,
            QCoreApplication::translate("Io", "%1 is not a text file: it holds a NUL byte at byte %2")
                .arg(fileName)
                .arg(nul + 1));
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (!utf8.hasError()) {
            if (encoding)
                *encoding = QStringLiteral("UTF-8");
            return text;
        }
    }
    QStringDecoder gb("GB18030", QStringDecoder::Flag::Stateless);
    if (gb.isValid()) {
        QString text = gb(bytes);
        if (!gb.hasError()) {
            if (encoding)
                *encoding = QStringLiteral("GB18030");
            return text;
        }
    }
    return Error::invalid(
        QStringLiteral("file"), fileName,
        QCoreApplication::translate(
            "Io",
            "The encoding of %1 is not recognised (not UTF-8, UTF-16 or GB18030); save it again as UTF-8")
            .arg(fileName));
}

Result<Sheet> parseCsv(const QString& text, const ReadLimits& limits, const QString& fileName)
{
    Sheet sheet;
    const QChar delim = detectDelimiter(text);
    SheetRow row;
    int line = 1;
    row.number = 1;
    QString field;
    bool quoted = false, wasQuoted = false;
    qint64 cells = 0;
    std::optional<Error> refused;
    auto refuse = [&](const QString& message) {
        if (!refused)
            refused = Error::invalid(QStringLiteral("file"), fileName, message);
    };
    auto endField = [&] {
        const int column = int(row.cells.size());
        Cell c;
        c.type = field.isEmpty() && !wasQuoted ? Cell::Type::Empty : Cell::Type::Text;
        c.text = field;
        field.clear();
        wasQuoted = false;
        if (column >= limits.maxColumns) {
            // Trailing empty columns are passed over; a value this far right is refused.
            if (!c.isEmpty())
                refuse(QCoreApplication::translate(
                           "Io", "%1: line %2 has a value in column %3; a roster has at most %4 columns")
                           .arg(fileName)
                           .arg(row.number)
                           .arg(column + 1)
                           .arg(limits.maxColumns));
            return;
        }
        if (++cells > limits.maxCells) {
            refuse(QCoreApplication::translate(
                       "Io", "%1 holds more than %2 cells, more than any roster; split it into smaller files")
                       .arg(fileName)
                       .arg(limits.maxCells));
            return;
        }
        row.cells << c;
    };
    auto endRow = [&] {
        endField();
        while (!row.cells.isEmpty() && row.cells.constLast().type == Cell::Type::Empty)
            row.cells.removeLast();
        if (!row.cells.isEmpty())
            sheet.rows << row;
        row = SheetRow();
        row.number = line;
        if (line > limits.maxRows)
            refuse(QCoreApplication::translate("Io", "%1 has more than %2 lines")
                       .arg(fileName)
                       .arg(limits.maxRows));
    };
    auto append = [&](QChar c) {
        if (field.size() >= limits.maxCellChars)
            refuse(QCoreApplication::translate("Io", "%1: line %2, column %3 holds more than %4 characters")
                       .arg(fileName)
                       .arg(row.number)
                       .arg(row.cells.size() + 1)
                       .arg(limits.maxCellChars));
        else
            field += c;
    };
    for (int i = 0; i < text.size() && !refused; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    append(QLatin1Char('"'));
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (isLineEnd(text, i))
                    ++line;
                append(c);
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = wasQuoted = true;
        } else if (c == delim) {
            endField();
        } else if (isLineEnd(text, i)) {
            ++line;
            endRow();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the row.
        } else {
            append(c);
        }
    }
    if (!refused && (!field.isEmpty() || wasQuoted || !row.cells.isEmpty()))
        endRow();
    if (refused)
        return *refused;
    return sheet;
}

Result<Sheet> readCsv(const QString& path, const ReadLimits& limits)
{
    const QString fileName = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(
            QStringLiteral("file"), path,
            QCoreApplication::translate("Io", "Cannot open %1: %2").arg(path, f.errorString()));
    if (f.size() > limits.maxFileBytes)
        return Error::invalid(
            QStringLiteral("file"), path,
            QCoreApplication::translate("Io", "%1 is larger than %2 MB, more than any roster; it is not read")
                .arg(fileName, QString::number(limits.maxFileBytes >> 20)));
    const QByteArray bytes = f.readAll(); // a regular file of a size checked above
    if (bytes.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 is empty").arg(fileName));
    QString encoding;
    auto text = decodeText(bytes, fileName, &encoding);
    if (!text)
        return text.error();
    auto sheet = parseCsv(text.value(), limits, fileName);
    if (!sheet)
        return sheet.error();
    sheet.value().name = QFileInfo(path).completeBaseName();
    sheet.value().encoding = encoding;
    if (sheet.value().rows.isEmpty())
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 has no rows").arg(fileName));
    return sheet;
}

QString neutraliseFormula(const QString& cell)
{
    // A spreadsheet opening the file would run a cell that starts like a formula (=HYPERLINK(…),
    // =cmd|…, +…, -…, @…; tab and CR start one too). A leading apostrophe makes it text: Excel
    // and LibreOffice show the value without it (OWASP, "CSV Injection").
    if (cell.isEmpty())
        return cell;
    const QChar first = cell.at(0);
    if (first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
        first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r'))
        return QLatin1Char('\'') + cell;
    return cell;
}

Status writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::invalid(
            QStringLiteral("file"), path,
            QCoreApplication::translate("Io", "Cannot write %1: %2").arg(path, f.errorString()));
    auto line = [](const QStringList& cells) {
        QStringList out;
        for (QString c : cells) {
            c = neutraliseFormula(c);
            // Tabs and semicolons are quoted too: a reader that guesses the delimiter (this
            // program's among them) must not take them for one.
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) ||
                c.contains(QLatin1Char('\n')) || c.contains(QLatin1Char('\r')) ||
                c.contains(QLatin1Char('\t')) || c.contains(QLatin1Char(';'))) {
                c.replace(QLatin1Char('"'), QStringLiteral("\"\""));
                c = QLatin1Char('"') + c + QLatin1Char('"');
            }
            out << c;
        }
        return out.join(QLatin1Char(',')).toUtf8() + "\r\n";
    };
    f.write("\xEF\xBB\xBF");
    f.write(line(header));
    for (const QStringList& r : rows)
        f.write(line(r));
    if (!f.commit())
        return Error::invalid(
            QStringLiteral("file"), path,
            QCoreApplication::translate("Io", "Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace ar::io
