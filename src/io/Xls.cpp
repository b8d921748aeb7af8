// .xls in, with FreeXL (Debian's libfreexl). FreeXL parses the whole workbook when it opens it
// and then answers cell by cell; this file only turns its answers into Sheet rows and its error
// codes into messages for the clerk.
#include "Xls.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QFileInfo>
#include <QTime>

#include <freexl.h>

namespace ar::io {

namespace {

// The workbook, closed when it goes out of scope (FreeXL wants a close even after a failed open).
struct XlsHandle
{
    const void* handle = nullptr;
    int opened = FREEXL_OK;
    explicit XlsHandle(const QString& path)
        : opened(freexl_open(QFile::encodeName(path).constData(), &handle))
    {
    }
    ~XlsHandle()
    {
        if (handle)
            freexl_close(handle);
    }
    XlsHandle(const XlsHandle&) = delete;
    XlsHandle& operator=(const XlsHandle&) = delete;
};

// An Excel serial number (days since 1899-12-30, the time as a fraction) from FreeXL's text.
// 1900 date mode only: FreeXL has already applied the workbook's date mode to the text.
double serialFromText(const char* text, int type, bool* ok)
{
    const QString s = QString::fromLatin1(text);
    static const QDate epoch(1899, 12, 30);
    double serial = 0;
    if (type == FREEXL_CELL_DATE || type == FREEXL_CELL_DATETIME) {
        const QDate d = QDate::fromString(s.left(10), Qt::ISODate);
        if (!d.isValid()) {
            *ok = false;
            return 0;
        }
        serial = double(epoch.daysTo(d));
    }
    if (type == FREEXL_CELL_DATETIME || type == FREEXL_CELL_TIME) {
        const QTime t = QTime::fromString(s.right(8), QStringLiteral("HH:mm:ss"));
        if (!t.isValid()) {
            *ok = false;
            return 0;
        }
        serial += t.msecsSinceStartOfDay() / 86400000.0;
    }
    *ok = true;
    return serial;
}

QString damaged(const QString& fileName, int code)
{
    switch (code) {
    case FREEXL_INSUFFICIENT_MEMORY:
        return QCoreApplication::translate("Io", "%1 is too large to be read here").arg(fileName);
    case FREEXL_INVALID_CFBF_HEADER:
    case FREEXL_CFBF_INVALID_SIGNATURE:
        return QCoreApplication::translate("Io", "%1 is not an Excel workbook (.xls) or it is damaged")
            .arg(fileName);
    case FREEXL_BIFF_WORKBOOK_NOT_FOUND:
        return QCoreApplication::translate(
                   "Io", "%1 holds no Excel workbook (it may be a Word or other Office file)")
            .arg(fileName);
    case FREEXL_UNSUPPORTED_CHARSET:
    case FREEXL_INVALID_CHARACTER:
        return QCoreApplication::translate("Io", "%1 uses a character set that cannot be read; open it in "
                                                 "Excel or WPS and save it as .xlsx")
            .arg(fileName);
    case FREEXL_CRAFTED_FILE:
        return QCoreApplication::translate(
                   "Io", "%1 is damaged in a way that a spreadsheet program would not write; it is not read")
            .arg(fileName);
    default:
        return QCoreApplication::translate("Io",
                                           "%1 is damaged or cut short and cannot be read (FreeXL error %2)")
            .arg(fileName)
            .arg(code);
    }
}

} // namespace

SpreadsheetKind sniffSpreadsheet(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return SpreadsheetKind::Unknown;
    const QByteArray head = f.read(8);
    if (head.startsWith("PK\x03\x04"))
        return SpreadsheetKind::Xlsx;
    if (head == QByteArray::fromHex("d0cf11e0a1b11ae1"))
        return SpreadsheetKind::Xls;
    return SpreadsheetKind::Unknown;
}

Result<QList<Sheet>> readXls(const QString& path, const ReadLimits& limits)
{
    const QString fileName = QFileInfo(path).fileName();
    if (Status st = checkWorkbookFile(path, limits); !st)
        return st.error();
    auto refuse = [&](const QString& message) {
        return Error::invalid(QStringLiteral("file"), path, message);
    };

    if (sniffSpreadsheet(path) != SpreadsheetKind::Xls)
        return refuse(damaged(fileName, FREEXL_INVALID_CFBF_HEADER));
    XlsHandle book(path);
    if (book.opened != FREEXL_OK)
        return refuse(damaged(fileName, book.opened));
    unsigned int info = 0;
    if (freexl_get_info(book.handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK &&
        info == FREEXL_BIFF_OBFUSCATED)
        return refuse(
            QCoreApplication::translate(
                "Io", "%1 is protected by a password; open it, remove the password and save it again")
                .arg(fileName));
    unsigned int sheetCount = 0;
    if (int rc = freexl_get_info(book.handle, FREEXL_BIFF_SHEET_COUNT, &sheetCount); rc != FREEXL_OK)
        return refuse(damaged(fileName, rc));
    if (sheetCount == 0)
        return refuse(QCoreApplication::translate("Io", "%1 holds no worksheet").arg(fileName));
    if (sheetCount > unsigned(limits.maxSheets))
        return refuse(QCoreApplication::translate(
                          "Io", "%1 has more than %2 sheets, more than any roster; it is not read")
                          .arg(fileName)
                          .arg(limits.maxSheets));

    QList<Sheet> sheets;
    qint64 cells = 0;
    for (unsigned short index = 0; index < sheetCount; ++index) {
        Sheet sheet;
        const char* name = nullptr;
        if (int rc = freexl_get_worksheet_name(book.handle, index, &name); rc != FREEXL_OK)
            return refuse(damaged(fileName, rc));
        sheet.name = QString::fromUtf8(name ? name : "").left(255);
        if (int rc = freexl_select_active_worksheet(book.handle, index); rc != FREEXL_OK)
            return refuse(damaged(fileName, rc));
        unsigned int rows = 0;
        unsigned short columns = 0;
        if (int rc = freexl_worksheet_dimensions(book.handle, &rows, &columns); rc != FREEXL_OK)
            return refuse(damaged(fileName, rc));
        // BIFF8 stops at 65,536 rows and 256 columns; the limits are checked on values, as for .xlsx.
        for (unsigned int r = 0; r < rows; ++r) {
            SheetRow row;
            row.number = int(r) + 1;
            for (unsigned short c = 0; c < columns; ++c) {
                FreeXL_CellValue value;
                if (int rc = freexl_get_cell_value(book.handle, r, c, &value); rc != FREEXL_OK)
                    return refuse(damaged(fileName, rc));
                Cell cell;
                switch (value.type) {
                case FREEXL_CELL_INT:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.int_value;
                    cell.text = QString::number(value.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE:
                    cell.type = Cell::Type::Number;
                    cell.number = value.value.double_value;
                    cell.text =
                        QString::number(value.value.double_value, 'g', QLocale::FloatingPointShortest);
                    break;
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT: {
                    cell.type = Cell::Type::Text;
                    const QByteArray utf8(value.value.text_value ? value.value.text_value : "");
                    cell.text = QString::fromUtf8(utf8);
                    if (cell.text.size() > limits.maxCellChars)
                        return refuse(
                            QCoreApplication::translate(
                                "Io", "%1: cell %2 of the sheet %3 holds more than %4 characters")
                                .arg(fileName, columnName(c) + QString::number(row.number), sheet.name)
                                .arg(limits.maxCellChars));
                    break;
                }
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME: {
                    bool ok = false;
                    const double serial = serialFromText(value.value.text_value, value.type, &ok);
                    if (ok) {
                        cell.type = Cell::Type::Number;
                        cell.number = serial;
                        cell.text = QString::number(serial, 'g', QLocale::FloatingPointShortest);
                        cell.dateFormat = true;
                    } else {
                        cell.type = Cell::Type::Text;
                        cell.text = QString::fromLatin1(value.value.text_value);
                    }
                    break;
                }
                default:
                    break;
                }
                if (cell.type == Cell::Type::Empty)
                    continue;
                if (c >= limits.maxColumns)
                    return refuse(
                        QCoreApplication::translate(
                            "Io", "%1: the sheet %2 has a value in cell %3; a roster has at most %4 columns")
                            .arg(fileName, sheet.name, columnName(c) + QString::number(row.number))
                            .arg(limits.maxColumns));
                if (row.number > limits.maxRows)
                    return refuse(QCoreApplication::translate("Io", "%1: the sheet %2 has more than %3 rows")
                                      .arg(fileName, sheet.name)
                                      .arg(limits.maxRows));
                if (c >= row.cells.size()) {
                    const qint64 added = c + 1 - row.cells.size();
                    if (cells + added > limits.maxCells)
                        return refuse(
                            QCoreApplication::translate(
                                "Io",
                                "%1: the sheet %2 holds more than %3 cells, more than any roster; split it "
                                "into smaller files")
                                .arg(fileName, sheet.name)
                                .arg(limits.maxCells));
                    cells += added;
                    row.cells.resize(c + 1);
                }
                row.cells[c] = cell;
            }
            if (!row.cells.isEmpty())
                sheet.rows << row;
        }
        sheets << sheet;
    }
    return sheets;
}

} // namespace ar::io
