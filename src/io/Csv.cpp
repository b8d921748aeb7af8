// CSV in and out, with the encodings of Chinese offices.
#include "Csv.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStringDecoder>

namespace ar::io {

namespace {

QChar detectDelimiter(const QString& text)
{
    // The candidate seen most often outside quotes in the first few lines, and the same number
    // of times on each of them, wins; comma by default.
    const QList<QChar> candidates{QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';')};
    QChar best = QLatin1Char(',');
    int bestScore = 0;
    for (QChar d : candidates) {
        int lines = 0, total = 0;
        bool quoted = false;
        int count = 0;
        for (int i = 0; i < text.size() && lines < 10; ++i) {
            const QChar c = text.at(i);
            if (c == QLatin1Char('"'))
                quoted = !quoted;
            else if (!quoted && c == d)
                ++count;
            else if (!quoted && c == QLatin1Char('\n')) {
                total += count;
                count = 0;
                ++lines;
            }
        }
        total += count;
        if (total > bestScore) {
            bestScore = total;
            best = d;
        }
    }
    return best;
}

} // namespace

QString decodeText(const QByteArray& bytes, QString* encoding)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encoding)
            *encoding = QStringLiteral("UTF-8 BOM");
        return QString::fromUtf8(bytes.mid(3));
    }
    {
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        QString text = utf8(bytes);
        if (!utf8.hasError()) {
            if (encoding)
                *encoding = QStringLiteral("UTF-8");
            return text;
        }
    }
    QStringDecoder gb("GB18030");
    if (gb.isValid()) {
        QString text = gb(bytes);
        if (encoding)
            *encoding = QStringLiteral("GB18030");
        return text;
    }
    if (encoding)
        *encoding = QStringLiteral("Latin-1");
    return QString::fromLatin1(bytes);
}

Sheet parseCsv(const QString& text)
{
    Sheet sheet;
    const QChar delim = detectDelimiter(text);
    SheetRow row;
    int line = 1;
    row.number = 1;
    QString field;
    bool quoted = false, wasQuoted = false;
    auto endField = [&] {
        Cell c;
        c.type = field.isEmpty() && !wasQuoted ? Cell::Type::Empty : Cell::Type::Text;
        c.text = field;
        row.cells << c;
        field.clear();
        wasQuoted = false;
    };
    auto endRow = [&] {
        endField();
        bool empty = true;
        for (const Cell& c : std::as_const(row.cells))
            empty = empty && c.isEmpty();
        if (!empty)
            sheet.rows << row;
        row = SheetRow();
        row.number = line;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && field.isEmpty()) {
            quoted = wasQuoted = true;
        } else if (c == delim) {
            endField();
        } else if (c == QLatin1Char('\r')) {
            // CRLF: the LF ends the row.
        } else if (c == QLatin1Char('\n')) {
            ++line;
            endRow();
        } else {
            field += c;
        }
    }
    if (!field.isEmpty() || wasQuoted || !row.cells.isEmpty())
        endRow();
    return sheet;
}

Result<Sheet> readCsv(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "Cannot open %1: %2").arg(path, f.errorString()));
    const QByteArray bytes = f.readAll();
    if (bytes.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "%1 is empty").arg(QFileInfo(path).fileName()));
    QString encoding;
    const QString text = decodeText(bytes, &encoding);
    Sheet sheet = parseCsv(text);
    sheet.name = QFileInfo(path).completeBaseName();
    sheet.encoding = encoding;
    if (sheet.rows.isEmpty())
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "%1 has no rows").arg(QFileInfo(path).fileName()));
    return sheet;
}

Status writeCsv(const QString& path, const QStringList& header, const QList<QStringList>& rows)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "Cannot write %1: %2").arg(path, f.errorString()));
    auto line = [](const QStringList& cells) {
        QStringList out;
        for (QString c : cells) {
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n')) ||
                c.contains(QLatin1Char('\r'))) {
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
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "Cannot write %1: %2").arg(path, f.errorString()));
    return {};
}

} // namespace ar::io
