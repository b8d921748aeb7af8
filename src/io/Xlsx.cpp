// .xlsx in (minizip + QXmlStreamReader) and out (libxlsxwriter).
//
// Reading uses the system minizip, the same library libxlsxwriter writes with. Not QuaZip: it
// bundles its own minizip under the same symbol names, and a process that links both crashes in
// whichever library loses the symbol lookup.
#include "Xlsx.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <minizip/unzip.h>

#include <xlsxwriter.h>

namespace ar::io {

namespace {


// The zip file, closed when it goes out of scope.
struct Zip
{
    unzFile handle = nullptr;
    explicit Zip(const QString& path) : handle(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Zip()
    {
        if (handle)
            unzClose(handle);
    }
    Zip(const Zip&) = delete;
    Zip& operator=(const Zip&) = delete;
};

Result<QByteArray> entry(Zip& zip, const QString& name, bool required, const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (unzLocateFile(zip.handle, name.toUtf8().constData(), 1) != UNZ_OK) {
        if (!required)
            return QByteArray();
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 is not a complete Excel workbook (%2 is missing)")
                                  .arg(fileName, name));
    }
    auto damaged = [&] {
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 is damaged or cut short: %2 cannot be read")
                                  .arg(fileName, name));
    };
    if (unzOpenCurrentFile(zip.handle) != UNZ_OK)
        return damaged();
    QByteArray data;
    char buffer[65536];
    int n = 0;
    while ((n = unzReadCurrentFile(zip.handle, buffer, sizeof buffer)) > 0)
        data.append(buffer, n);
    // Closing checks the CRC: a cut or altered part is caught here.
    const int closed = unzCloseCurrentFile(zip.handle);
    if (n < 0 || closed != UNZ_OK)
        return damaged();
    return data;
}

// "B12" → column 1, row 12.
bool parseRef(QStringView ref, int* row, int* column)
{
    int c = 0, i = 0;
    while (i < ref.size() && ref.at(i).isLetter()) {
        c = c * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
        ++i;
    }
    bool ok = false;
    const int r = ref.mid(i).toInt(&ok);
    if (!ok || c == 0)
        return false;
    *row = r;
    *column = c - 1;
    return true;
}

QStringList sharedStrings(const QByteArray& xml)
{
    QStringList out;
    QXmlStreamReader r(xml);
    QString current;
    bool inSi = false, inRph = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("si")) {
                inSi = true;
                current.clear();
            } else if (r.name() == QLatin1String("rPh")) {
                inRph = true; // phonetic runs are not part of the text
            } else if (r.name() == QLatin1String("t") && inSi && !inRph) {
                current += r.readElementText();
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("si")) {
                out << current;
                inSi = false;
            } else if (r.name() == QLatin1String("rPh")) {
                inRph = false;
            }
        }
    }
    return out;
}

bool isDateFormatCode(QString code)
{
    // Quoted text and [colour]/[$-locale] parts do not count; y, m, d or 年月日 do.
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return code.contains(QRegularExpression(QStringLiteral("[yYdD]|年|月|日"))) ||
           (code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('0')) && !code.contains(QLatin1Char('#')));
}

// The cell styles (index in cellXfs) whose number format shows a date.
QSet<int> dateStyles(const QByteArray& xml)
{
    QHash<int, QString> custom;
    QSet<int> out;
    QXmlStreamReader r(xml);
    bool inXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("numFmt"))
                custom.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(),
                              r.attributes().value(QLatin1String("formatCode")).toString());
            else if (r.name() == QLatin1String("cellXfs"))
                inXfs = true;
            else if (inXfs && r.name() == QLatin1String("xf")) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                // Built-in date formats: 14–22, 45–47, and the East Asian 27–36, 50–58.
                const bool builtin = (id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) ||
                                     (id >= 50 && id <= 58);
                if (builtin || (custom.contains(id) && isDateFormatCode(custom.value(id))))
                    out.insert(index);
                ++index;
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inXfs = false;
        }
    }
    return out;
}

Result<Sheet> parseSheet(const QByteArray& xml, const QStringList& strings, const QSet<int>& dates,
                         const QString& name, const QString& path)
{
    Sheet sheet;
    sheet.name = name;
    QXmlStreamReader r(xml);
    SheetRow row;
    int nextRow = 1;
    bool inRow = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            row = SheetRow();
            bool ok = false;
            row.number = r.attributes().value(QLatin1String("r")).toInt(&ok);
            if (!ok)
                row.number = nextRow;
            nextRow = row.number + 1;
            inRow = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            bool empty = true;
            for (const Cell& c : std::as_const(row.cells))
                empty = empty && c.isEmpty();
            if (!empty)
                sheet.rows << row;
            inRow = false;
        } else if (r.isStartElement() && r.name() == QLatin1String("c") && inRow) {
            const auto attrs = r.attributes();
            int rowNo = row.number, column = row.cells.size();
            if (attrs.hasAttribute(QLatin1String("r")))
                parseRef(attrs.value(QLatin1String("r")), &rowNo, &column);
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            Cell cell;
            QString value, inlineText;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v"))
                    value = r.readElementText();
                else if (r.isStartElement() && r.name() == QLatin1String("t"))
                    inlineText += r.readElementText();
                else if (r.isEndElement() && r.name() == QLatin1String("c"))
                    break;
            }
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (ok && i >= 0 && i < strings.size()) {
                    cell.type = Cell::Type::Text;
                    cell.text = strings.at(i);
                }
            } else if (type == QLatin1String("inlineStr")) {
                cell.type = Cell::Type::Text;
                cell.text = inlineText;
            } else if (type == QLatin1String("str")) {
                cell.type = Cell::Type::Text;
                cell.text = value;
            } else if (type == QLatin1String("b")) {
                cell.type = Cell::Type::Bool;
                cell.number = value.toDouble();
                cell.text = value;
            } else if (type == QLatin1String("e")) {
                cell.type = Cell::Type::Error;
                cell.text = value;
            } else if (!value.isEmpty()) {
                cell.type = Cell::Type::Number;
                cell.text = value;
                cell.number = value.toDouble();
                cell.dateFormat = dates.contains(style);
            }
            while (row.cells.size() < column)
                row.cells << Cell();
            if (row.cells.size() == column)
                row.cells << cell;
            else
                row.cells[column] = cell;
        } else if (r.isStartElement() && r.name() == QLatin1String("mergeCell")) {
            const QString ref = r.attributes().value(QLatin1String("ref")).toString();
            const QStringList ends = ref.split(QLatin1Char(':'));
            MergedRange m;
            if (ends.size() == 2 && parseRef(ends.at(0), &m.firstRow, &m.firstColumn) &&
                parseRef(ends.at(1), &m.lastRow, &m.lastColumn)) {
                ++m.firstColumn;
                ++m.lastColumn;
                sheet.merged << m;
            }
        }
    }
    if (r.hasError())
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 is damaged: the sheet %2 cannot be read (%3)")
                                  .arg(QFileInfo(path).fileName(), name, r.errorString()));
    return sheet;
}

} // namespace

Result<QList<Sheet>> readXlsx(const QString& path)
{
    const QString fileName = QFileInfo(path).fileName();
    if (!QFileInfo::exists(path))
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "There is no file %1").arg(path));
    if (QFileInfo(path).size() == 0)
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "%1 is empty").arg(fileName));
    Zip zip(path);
    if (!zip.handle)
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate(
                                  "Io", "%1 is not an Excel workbook (.xlsx) or it is damaged; an old .xls must be saved as .xlsx first")
                                  .arg(fileName));
    auto workbook = entry(zip, QStringLiteral("xl/workbook.xml"), true, path);
    if (!workbook)
        return workbook.error();
    auto rels = entry(zip, QStringLiteral("xl/_rels/workbook.xml.rels"), true, path);
    if (!rels)
        return rels.error();
    auto strings = entry(zip, QStringLiteral("xl/sharedStrings.xml"), false, path);
    if (!strings)
        return strings.error();
    auto styles = entry(zip, QStringLiteral("xl/styles.xml"), false, path);
    if (!styles)
        return styles.error();

    QHash<QString, QString> targets; // relationship id → part
    {
        QXmlStreamReader r(rels.value());
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship")) {
                QString target = r.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(r.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
    }
    QList<QPair<QString, QString>> sheetParts; // name, part
    {
        QXmlStreamReader r(workbook.value());
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute& a : r.attributes())
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
                if (targets.contains(id))
                    sheetParts << qMakePair(r.attributes().value(QLatin1String("name")).toString(), targets.value(id));
            }
        }
        if (r.hasError())
            return Error::invalid(QStringLiteral("file"), path,
                                  QCoreApplication::translate("Io", "%1 is damaged: its list of sheets cannot be read").arg(fileName));
    }
    if (sheetParts.isEmpty())
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 holds no worksheet").arg(fileName));
    const QStringList shared = sharedStrings(strings.value());
    const QSet<int> dates = dateStyles(styles.value());
    QList<Sheet> out;
    for (const auto& [name, part] : std::as_const(sheetParts)) {
        auto xml = entry(zip, part, true, path);
        if (!xml)
            return xml.error();
        auto sheet = parseSheet(xml.value(), shared, dates, name, path);
        if (!sheet)
            return sheet.error();
        out << sheet.value();
    }
    return out;
}

Status writeXlsx(const QString& path, const QString& sheetName, const QStringList& header,
                 const QList<QStringList>& rows)
{
    const QString temp = path + QStringLiteral(".part");
    QFile::remove(temp);
    lxw_workbook_options options{};
    options.constant_memory = LXW_TRUE; // row by row: a long list does not sit in memory twice
    lxw_workbook* wb = workbook_new_opt(QFile::encodeName(temp).constData(), &options);
    if (!wb)
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "Cannot write %1").arg(path));
    // Sheet names: at most 31 characters, none of []:*?/\ .
    QString safe = sheetName;
    safe.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("_"));
    lxw_worksheet* ws = workbook_add_worksheet(wb, safe.left(31).toUtf8().constData());
    lxw_format* bold = workbook_add_format(wb);
    format_set_bold(bold);
    lxw_format* text = workbook_add_format(wb);
    format_set_num_format(text, "@");
    // Widths from the header and the first rows, in characters (a Chinese character counts two).
    QList<double> widths;
    auto measure = [&](const QStringList& cells) {
        for (int c = 0; c < cells.size(); ++c) {
            double w = 0;
            for (QChar ch : cells.at(c))
                w += ch.unicode() > 0x2E80 ? 2.1 : 1.1;
            while (widths.size() <= c)
                widths << 6;
            widths[c] = std::clamp(std::max(widths[c], w + 2), 6.0, 60.0);
        }
    };
    measure(header);
    for (int i = 0; i < rows.size() && i < 200; ++i)
        measure(rows.at(i));
    for (int c = 0; c < widths.size(); ++c)
        worksheet_set_column(ws, lxw_col_t(c), lxw_col_t(c), widths.at(c), text);
    for (int c = 0; c < header.size(); ++c)
        worksheet_write_string(ws, 0, lxw_col_t(c), header.at(c).toUtf8().constData(), bold);
    worksheet_freeze_panes(ws, 1, 0);
    for (int r = 0; r < rows.size(); ++r)
        for (int c = 0; c < rows.at(r).size(); ++c)
            if (!rows.at(r).at(c).isEmpty())
                worksheet_write_string(ws, lxw_row_t(r + 1), lxw_col_t(c), rows.at(r).at(c).toUtf8().constData(), text);
    const lxw_error err = workbook_close(wb);
    if (err != LXW_NO_ERROR) {
        QFile::remove(temp);
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "Cannot write %1: %2")
                                  .arg(path, QString::fromUtf8(lxw_strerror(err))));
    }
    QFile::remove(path);
    if (!QFile::rename(temp, path)) {
        QFile::remove(temp);
        return Error::invalid(QStringLiteral("file"), path, QCoreApplication::translate("Io", "Cannot write %1").arg(path));
    }
    return {};
}

} // namespace ar::io
