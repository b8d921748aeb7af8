// .xlsx in (minizip + QXmlStreamReader); out (libxlsxwriter) is XlsxWrite.cpp.
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

#include <algorithm>
#include <cstring>
#include <limits>

#include <minizip/unzip.h>

namespace ar::io {

namespace {

QString megabytes(qint64 bytes)
{
    return QString::number(bytes >> 20);
}

// The zip file, closed when it goes out of scope.
struct Zip
{
    unzFile handle = nullptr;
    qint64 unpacked = 0; // bytes inflated so far, over every part
    explicit Zip(const QString& path) : handle(unzOpen64(QFile::encodeName(path).constData())) {}
    ~Zip()
    {
        if (handle)
            unzClose(handle);
    }
    Zip(const Zip&) = delete;
    Zip& operator=(const Zip&) = delete;
};

// One part of the zip, inflated as it is read: the XML parser pulls from it in blocks, so a
// large sheet is never held unpacked in memory, and reading stops at the limits whatever sizes
// the zip's own directory claims.
class ZipPart : public QIODevice
{
public:
    enum class Stop
    {
        None,
        Damaged,
        PartTooLarge,
        TotalTooLarge,
        TextRunTooLong,
    };

    ZipPart(Zip& zip, const ReadLimits& limits) : m_zip(zip), m_limits(limits) {}
    ~ZipPart() override { close(); }

    bool openPart()
    {
        if (unzOpenCurrentFile(m_zip.handle) != UNZ_OK)
            return false;
        m_inZip = true;
        return QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    void close() override
    {
        if (m_inZip) {
            // Closing checks the CRC once the whole part was read: a cut or altered part is
            // caught here.
            const int closed = unzCloseCurrentFile(m_zip.handle);
            if (closed != UNZ_OK && m_stop == Stop::None && m_end)
                m_stop = Stop::Damaged;
            m_inZip = false;
        }
        QIODevice::close();
    }
    bool isSequential() const override { return true; }
    bool atEnd() const override { return m_end || m_stop != Stop::None; }
    // The parser asks how much can be read before it reads: "more", until the end.
    qint64 bytesAvailable() const override { return atEnd() ? 0 : (1 << 20) + QIODevice::bytesAvailable(); }
    Stop stop() const { return m_stop; }
    // Reads what is left, so that closing can check the CRC (the parser may stop early).
    void finish()
    {
        char buffer[65536];
        while (!atEnd() && readData(buffer, sizeof buffer) > 0) {
        }
    }

protected:
    qint64 readData(char* data, qint64 maxSize) override
    {
        if (m_end || m_stop != Stop::None)
            return -1;
        const unsigned want = unsigned(std::min<qint64>(maxSize, 1 << 20));
        const int n = unzReadCurrentFile(m_zip.handle, data, want);
        if (n < 0) {
            m_stop = Stop::Damaged;
            return -1;
        }
        if (n == 0) {
            m_end = true;
            return -1;
        }
        m_read += n;
        m_zip.unpacked += n;
        if (m_read > m_limits.maxPartBytes) {
            m_stop = Stop::PartTooLarge;
            return -1;
        }
        if (m_zip.unpacked > m_limits.maxTotalBytes) {
            m_stop = Stop::TotalTooLarge;
            return -1;
        }
        // The parser holds the text between two tags whole: a bomb of nothing but spaces would
        // grow one string of hundreds of MB before the part limit is reached.
        // (A run inside one block is shorter than the block, and so than the limit.)
        const char* first = static_cast<const char*>(std::memchr(data, '<', size_t(n)));
        qint64 longest = 0;
        if (!first) {
            m_run += n;
            longest = m_run;
        } else {
            longest = m_run + (first - data);
            m_run = data + n - 1 - static_cast<const char*>(memrchr(data, '<', size_t(n)));
            longest = std::max(longest, m_run);
        }
        if (longest > m_limits.maxTextRunBytes) {
            m_stop = Stop::TextRunTooLong;
            return -1;
        }
        return n;
    }
    qint64 writeData(const char*, qint64) override { return -1; }

private:
    Zip& m_zip;
    const ReadLimits& m_limits;
    qint64 m_read = 0;
    qint64 m_run = 0; // bytes since the last '<'
    bool m_inZip = false;
    bool m_end = false;
    Stop m_stop = Stop::None;
};

// Reads one part of the workbook through `parse`, which pulls XML from a reader on the
// inflating part. A missing optional part reads as an empty document.
class Workbook
{
public:
    Workbook(Zip& zip, const QString& path, const ReadLimits& limits)
        : m_zip(zip), m_path(path), m_fileName(QFileInfo(path).fileName()), m_limits(limits)
    {
    }

    template <typename Parse> Status read(const QString& name, bool required, Parse parse)
    {
        if (unzLocateFile(m_zip.handle, name.toUtf8().constData(), 1) != UNZ_OK) {
            if (!required) {
                QXmlStreamReader empty;
                return parse(empty);
            }
            return refuse(
                QCoreApplication::translate("Io", "%1 is not a complete Excel workbook (%2 is missing)")
                    .arg(m_fileName, name));
        }
        ZipPart part(m_zip, m_limits);
        if (!part.openPart())
            return damaged(name);
        QXmlStreamReader r(&part);
        Status parsed = parse(r);
        if (part.stop() == ZipPart::Stop::None && parsed.ok() && !r.hasError())
            part.finish();
        part.close();
        switch (part.stop()) {
        case ZipPart::Stop::Damaged:
            return damaged(name);
        case ZipPart::Stop::PartTooLarge:
            return refuse(
                QCoreApplication::translate(
                    "Io", "%1: the part %2 unpacks to more than %3 MB, more than any roster; it is not read")
                    .arg(m_fileName, name, megabytes(m_limits.maxPartBytes)));
        case ZipPart::Stop::TotalTooLarge:
            return refuse(
                QCoreApplication::translate(
                    "Io", "%1 unpacks to more than %2 MB in all, more than any roster; it is not read")
                    .arg(m_fileName, megabytes(m_limits.maxTotalBytes)));
        case ZipPart::Stop::TextRunTooLong:
            return refuse(QCoreApplication::translate("Io",
                                                      "%1: the part %2 holds more than %3 MB of text "
                                                      "without markup, more than any cell; it is not read")
                              .arg(m_fileName, name, megabytes(m_limits.maxTextRunBytes)));
        case ZipPart::Stop::None:
            break;
        }
        if (!parsed)
            return parsed;
        if (r.hasError())
            return refuse(QCoreApplication::translate("Io", "%1 is damaged: %2 cannot be read (%3)")
                              .arg(m_fileName, name, r.errorString()));
        return {};
    }

    Error refuse(const QString& message) const
    {
        return Error::invalid(QStringLiteral("file"), m_path, message);
    }
    Error damaged(const QString& name) const
    {
        return refuse(QCoreApplication::translate("Io", "%1 is damaged or cut short: %2 cannot be read")
                          .arg(m_fileName, name));
    }
    const QString& fileName() const { return m_fileName; }
    const ReadLimits& limits() const { return m_limits; }

private:
    Zip& m_zip;
    QString m_path;
    QString m_fileName;
    const ReadLimits& m_limits;
};

// The text of the current element up to its end, at most `maxChars` characters: false when it
// holds more (the rest is passed over, never gathered).
bool readText(QXmlStreamReader& r, int maxChars, QString* out)
{
    bool fits = true;
    int depth = 1;
    while (depth > 0 && !r.atEnd()) {
        r.readNext();
        if (r.isStartElement())
            ++depth;
        else if (r.isEndElement())
            --depth;
        else if (r.isCharacters() && fits) {
            if (out->size() + r.text().size() > maxChars)
                fits = false;
            else
                out->append(r.text());
        }
    }
    return fits;
}

Status sharedStrings(Workbook& book, QXmlStreamReader& r, QStringList* out)
{
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
                if (!readText(r, book.limits().maxCellChars - int(current.size()), &current))
                    return book.refuse(
                        QCoreApplication::translate(
                            "Io", "%1: text number %2 of the workbook holds more than %3 characters")
                            .arg(book.fileName())
                            .arg(out->size() + 1)
                            .arg(book.limits().maxCellChars));
            }
        } else if (r.isEndElement()) {
            if (r.name() == QLatin1String("si")) {
                if (out->size() >= book.limits().maxSharedStrings)
                    return book.refuse(
                        QCoreApplication::translate(
                            "Io", "%1 holds more than %2 texts, more than any roster; it is not read")
                            .arg(book.fileName())
                            .arg(book.limits().maxSharedStrings));
                *out << current;
                inSi = false;
            } else if (r.name() == QLatin1String("rPh")) {
                inRph = false;
            }
        }
    }
    return {};
}

bool isDateFormatCode(QString code)
{
    // Quoted text and [colour]/[$-locale] parts do not count; y, m, d or 年月日 do.
    code.remove(QRegularExpression(QStringLiteral("\"[^\"]*\"|\\[[^\\]]*\\]|\\\\.")));
    return code.contains(QRegularExpression(QStringLiteral("[yYdD]|年|月|日"))) ||
           (code.contains(QLatin1Char('m')) && !code.contains(QLatin1Char('0')) &&
            !code.contains(QLatin1Char('#')));
}

// The cell styles (index in cellXfs) whose number format shows a date.
QSet<int> dateStyles(QXmlStreamReader& r)
{
    QHash<int, QString> custom;
    QSet<int> out;
    bool inXfs = false;
    int index = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            if (r.name() == QLatin1String("numFmt")) {
                const QString code = r.attributes().value(QLatin1String("formatCode")).toString();
                if (custom.size() < 4096 && code.size() < 256)
                    custom.insert(r.attributes().value(QLatin1String("numFmtId")).toInt(), code);
            } else if (r.name() == QLatin1String("cellXfs")) {
                inXfs = true;
            } else if (inXfs && r.name() == QLatin1String("xf")) {
                const int id = r.attributes().value(QLatin1String("numFmtId")).toInt();
                // Built-in date formats: 14–22, 45–47, and the East Asian 27–36, 50–58.
                const bool builtin = (id >= 14 && id <= 22) || (id >= 45 && id <= 47) ||
                                     (id >= 27 && id <= 36) || (id >= 50 && id <= 58);
                if (builtin || (custom.contains(id) && isDateFormatCode(custom.value(id))))
                    out.insert(index);
                if (index < std::numeric_limits<int>::max())
                    ++index;
            }
        } else if (r.isEndElement() && r.name() == QLatin1String("cellXfs")) {
            inXfs = false;
        }
    }
    return out;
}

struct SheetInput
{
    const QStringList& strings;
    const QSet<int>& dates;
    qint64* cells; // cells held so far, over every sheet
};

Status parseSheet(Workbook& book, QXmlStreamReader& r, const SheetInput& in, Sheet* sheet)
{
    const ReadLimits& limits = book.limits();
    const QString& fileName = book.fileName();
    auto tooManyCells = [&] {
        return book.refuse(
            QCoreApplication::translate("Io", "%1: the sheet %2 holds more than %3 cells, more than any "
                                              "roster; split it into smaller files")
                .arg(fileName, sheet->name)
                .arg(limits.maxCells));
    };
    SheetRow row;
    int nextRow = 1;
    int nextColumn = 0;
    bool inRow = false;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement() && r.name() == QLatin1String("row")) {
            row = SheetRow();
            const auto number = r.attributes().value(QLatin1String("r"));
            if (number.isEmpty()) {
                row.number = nextRow;
            } else {
                bool ok = false;
                const qint64 n = number.toLongLong(&ok);
                if (!ok || n < 1 || n > std::min(kExcelRows, limits.maxRows))
                    return book.refuse(
                        QCoreApplication::translate(
                            "Io", "%1: the sheet %2 has a row numbered \"%3\"; rows are numbered 1 to %4")
                            .arg(fileName, sheet->name, number.left(40).toString())
                            .arg(std::min(kExcelRows, limits.maxRows)));
                row.number = int(n);
            }
            if (row.number > std::min(kExcelRows, limits.maxRows))
                return book.refuse(QCoreApplication::translate("Io", "%1: the sheet %2 has more than %3 rows")
                                       .arg(fileName, sheet->name)
                                       .arg(std::min(kExcelRows, limits.maxRows)));
            nextRow = row.number + 1;
            nextColumn = 0;
            inRow = true;
        } else if (r.isEndElement() && r.name() == QLatin1String("row")) {
            bool empty = true;
            for (const Cell& c : std::as_const(row.cells))
                empty = empty && c.isEmpty();
            if (!empty)
                sheet->rows << row;
            inRow = false;
        } else if (r.isStartElement() && r.name() == QLatin1String("c") && inRow) {
            const auto attrs = r.attributes();
            int rowNo = row.number, column = nextColumn;
            const auto ref = attrs.value(QLatin1String("r"));
            if (!ref.isEmpty() && !parseCellRef(ref, &rowNo, &column))
                return book.refuse(QCoreApplication::translate(
                                       "Io",
                                       "%1: the sheet %2 has a cell \"%3\" that is not a cell of a worksheet "
                                       "(A1 to XFD1048576)")
                                       .arg(fileName, sheet->name, ref.left(40).toString()));
            if (column >= kExcelColumns)
                return book.refuse(
                    QCoreApplication::translate("Io", "%1: the sheet %2 has more than %3 cells in row %4")
                        .arg(fileName, sheet->name)
                        .arg(kExcelColumns)
                        .arg(row.number));
            nextColumn = column + 1;
            const QString type = attrs.value(QLatin1String("t")).toString();
            const int style = attrs.value(QLatin1String("s")).toInt();
            Cell cell;
            QString value, inlineText;
            bool fits = true;
            while (!r.atEnd()) {
                r.readNext();
                if (r.isStartElement() && r.name() == QLatin1String("v"))
                    fits = readText(r, limits.maxCellChars, &value) && fits;
                else if (r.isStartElement() && r.name() == QLatin1String("t"))
                    fits = readText(r, limits.maxCellChars - int(inlineText.size()), &inlineText) && fits;
                else if (r.isEndElement() && r.name() == QLatin1String("c"))
                    break;
            }
            if (!fits)
                return book.refuse(
                    QCoreApplication::translate("Io",
                                                "%1: cell %2 of the sheet %3 holds more than %4 characters")
                        .arg(fileName, columnName(column) + QString::number(row.number), sheet->name)
                        .arg(limits.maxCellChars));
            if (type == QLatin1String("s")) {
                bool ok = false;
                const int i = value.toInt(&ok);
                if (ok && i >= 0 && i < in.strings.size()) {
                    cell.type = Cell::Type::Text;
                    cell.text = in.strings.at(i);
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
                cell.dateFormat = in.dates.contains(style);
            }
            // Empty cells (often only a style, as far right as column XFD) are not kept: a row
            // holds cells up to its last value only.
            if (cell.type == Cell::Type::Empty)
                continue;
            if (column >= limits.maxColumns)
                return book.refuse(
                    QCoreApplication::translate(
                        "Io", "%1: the sheet %2 has a value in cell %3; a roster has at most %4 columns")
                        .arg(fileName, sheet->name, columnName(column) + QString::number(row.number))
                        .arg(limits.maxColumns));
            if (column >= row.cells.size()) {
                const qint64 added = column + 1 - row.cells.size();
                if (*in.cells + added > limits.maxCells)
                    return tooManyCells();
                *in.cells += added;
                row.cells.resize(column + 1);
            }
            row.cells[column] = cell;
        } else if (r.isStartElement() && r.name() == QLatin1String("mergeCell")) {
            const QString ref = r.attributes().value(QLatin1String("ref")).toString();
            const QStringList ends = ref.split(QLatin1Char(':'));
            MergedRange m;
            if (ends.size() == 2 && parseCellRef(ends.at(0), &m.firstRow, &m.firstColumn) &&
                parseCellRef(ends.at(1), &m.lastRow, &m.lastColumn)) {
                if (sheet->merged.size() >= 65536)
                    return book.refuse(
                        QCoreApplication::translate("Io", "%1: the sheet %2 has more than %3 merged areas")
                            .arg(fileName, sheet->name)
                            .arg(65536));
                ++m.firstColumn;
                ++m.lastColumn;
                sheet->merged << m;
            }
        }
    }
    return {};
}

} // namespace

Result<QList<Sheet>> readXlsx(const QString& path, const ReadLimits& limits)
{
    const QString fileName = QFileInfo(path).fileName();
    if (Status st = checkWorkbookFile(path, limits); !st)
        return st.error();
    Zip zip(path);
    if (!zip.handle)
        return Error::invalid(
            QStringLiteral("file"), path,
            QCoreApplication::translate("Io", "%1 is not an Excel workbook (.xlsx) or it is damaged")
                .arg(fileName));
    Workbook book(zip, path, limits);

    QList<QPair<QString, QString>> sheetIds; // name, relationship id
    Status st = book.read(QStringLiteral("xl/workbook.xml"), true, [&](QXmlStreamReader& r) -> Status {
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("sheet")) {
                QString id;
                for (const QXmlStreamAttribute& a : r.attributes())
                    if (a.name() == QLatin1String("id"))
                        id = a.value().toString();
                if (sheetIds.size() >= limits.maxSheets)
                    return book.refuse(
                        QCoreApplication::translate(
                            "Io", "%1 has more than %2 sheets, more than any roster; it is not read")
                            .arg(fileName)
                            .arg(limits.maxSheets));
                sheetIds << qMakePair(r.attributes().value(QLatin1String("name")).toString().left(255),
                                      id.left(255));
            }
        }
        if (r.hasError())
            return book.refuse(
                QCoreApplication::translate("Io", "%1 is damaged: its list of sheets cannot be read")
                    .arg(fileName));
        return {};
    });
    if (!st)
        return st.error();
    QHash<QString, QString> targets; // relationship id → part
    st = book.read(QStringLiteral("xl/_rels/workbook.xml.rels"), true, [&](QXmlStreamReader& r) -> Status {
        while (!r.atEnd()) {
            r.readNext();
            if (r.isStartElement() && r.name() == QLatin1String("Relationship")) {
                if (targets.size() >= 4 * limits.maxSheets + 64)
                    return book.refuse(QCoreApplication::translate(
                                           "Io", "%1 lists more parts than a workbook has; it is not read")
                                           .arg(fileName));
                QString target = r.attributes().value(QLatin1String("Target")).toString();
                target = target.startsWith(QLatin1Char('/')) ? target.mid(1) : QStringLiteral("xl/") + target;
                targets.insert(r.attributes().value(QLatin1String("Id")).toString(), target);
            }
        }
        return {};
    });
    if (!st)
        return st.error();
    QList<QPair<QString, QString>> sheetParts; // name, part
    for (const auto& [name, id] : std::as_const(sheetIds))
        if (targets.contains(id))
            sheetParts << qMakePair(name, targets.value(id));
    if (sheetParts.isEmpty())
        return Error::invalid(QStringLiteral("file"), path,
                              QCoreApplication::translate("Io", "%1 holds no worksheet").arg(fileName));
    QStringList shared;
    st = book.read(QStringLiteral("xl/sharedStrings.xml"), false,
                   [&](QXmlStreamReader& r) { return sharedStrings(book, r, &shared); });
    if (!st)
        return st.error();
    QSet<int> dates;
    st = book.read(QStringLiteral("xl/styles.xml"), false, [&](QXmlStreamReader& r) -> Status {
        dates = dateStyles(r);
        return {};
    });
    if (!st)
        return st.error();
    QList<Sheet> out;
    qint64 cells = 0;
    for (const auto& [name, part] : std::as_const(sheetParts)) {
        Sheet sheet;
        sheet.name = name;
        st = book.read(part, true, [&](QXmlStreamReader& r) {
            return parseSheet(book, r, {shared, dates, &cells}, &sheet);
        });
        if (!st)
            return st.error();
        out << sheet;
    }
    return out;
}

} // namespace ar::io
