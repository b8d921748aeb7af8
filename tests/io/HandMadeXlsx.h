#pragma once

// .xlsx files written by hand, part by part: the quirks real files have and the damage crafted
// ones carry, which no spreadsheet program would write.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>

#include <minizip/zip.h>

namespace ar::test {

// A zip of the given parts. `level` is the deflate level (1 packs large test parts fast).
inline bool writeZip(const QString& path, const QList<QPair<QString, QByteArray>>& parts,
                     int level = Z_DEFAULT_COMPRESSION)
{
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip)
        return false;
    bool ok = true;
    for (const auto& [name, data] : parts) {
        ok = ok &&
             zipOpenNewFileInZip64(zip, name.toUtf8().constData(), nullptr, nullptr, 0, nullptr, 0, nullptr,
                                   Z_DEFLATED, level, data.size() > 0x7fffffff ? 1 : 0) == ZIP_OK;
        ok = ok && zipWriteInFileInZip(zip, data.constData(), unsigned(data.size())) == ZIP_OK;
        ok = ok && zipCloseFileInZip(zip) == ZIP_OK;
    }
    return zipClose(zip, nullptr) == ZIP_OK && ok;
}

inline const QByteArray kContentTypes =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
    "<Override PartName=\"/xl/workbook.xml\" "
    "ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
    "</Types>";
inline const QByteArray kWorkbook =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook "
    "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"业主名册\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
inline const QByteArray kRels =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
    "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" "
    "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
    "Target=\"worksheets/sheet1.xml\"/></Relationships>";

inline QByteArray sheetXml(const QByteArray& rows, const QByteArray& extra = {})
{
    return "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet "
           "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" +
           rows + "</sheetData>" + extra + "</worksheet>";
}

// A one-sheet workbook whose sheet is `sheet` (and whose shared strings are `strings`, if any).
inline bool writeWorkbook(const QString& path, const QByteArray& sheet, const QByteArray& strings = {},
                          int level = Z_DEFAULT_COMPRESSION)
{
    QList<QPair<QString, QByteArray>> parts{{QStringLiteral("[Content_Types].xml"), kContentTypes},
                                            {QStringLiteral("xl/workbook.xml"), kWorkbook},
                                            {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                                            {QStringLiteral("xl/worksheets/sheet1.xml"), sheet}};
    if (!strings.isEmpty())
        parts << qMakePair(QStringLiteral("xl/sharedStrings.xml"), strings);
    return writeZip(path, parts, level);
}

// A roster header and one good row, as inline strings.
inline QByteArray goodRows()
{
    return "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>房号</t></is></c><c r=\"B1\" "
           "t=\"inlineStr\"><is><t>姓名</t></is></c></row>"
           "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>3-2-1201</t></is></c><c r=\"B2\" "
           "t=\"inlineStr\"><is><t>演示业主</t></is></c></row>";
}

} // namespace ar::test
