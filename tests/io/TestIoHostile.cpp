// Crafted and damaged roster files (issue #17): every number a file holds (cell references, row
// numbers, sizes, counts) is bounded before it is used, and each file is either refused with a
// message naming the file and the limit or read as a valid sheet. CI runs this test under
// AddressSanitizer and UndefinedBehaviorSanitizer (scripts/test.sh), so a write outside a buffer
// or an overflowing int fails it even where the result would look right.
//
// The corpus is generated here with a fixed seed: crafted references and bombs, truncations and
// byte flips of a good workbook, random bytes and hostile CSV text.
#include "HandMadeXlsx.h"
#include "io/Csv.h"
#include "io/Roster.h"
#include "io/Xls.h"
#include "io/Xlsx.h"

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <functional>

using namespace ar::io;
using ar::Result;
using namespace ar::test;

namespace {

QByteArray inlineCell(const QByteArray& ref, const QByteArray& text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
}

// What a reader must do with any file: refuse it with a message about the file, or read it.
// A valid read is looked at all the way (header detection, every cell) so that a bad value
// inside the sheet is touched too.
QString outcome(const Result<QList<Sheet>>& result)
{
    if (!result)
        return result.error().field == QLatin1String("file") && !result.error().message.isEmpty()
                   ? QStringLiteral("refused")
                   : QStringLiteral("bad error");
    qsizetype chars = 0;
    for (const Sheet& s : result.value()) {
        (void)findHeader(s);
        for (const SheetRow& r : s.rows) {
            if (r.number < 1 || r.number > kExcelRows)
                return QStringLiteral("row number out of range");
            for (const Cell& c : r.cells)
                chars += c.text.size();
        }
    }
    return chars >= 0 ? QStringLiteral("read") : QString();
}

} // namespace

class TestIoHostile : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }
    QByteArray goodWorkbookBytes();

private slots:
    void cellReferencesAreBounded_data();
    void cellReferencesAreBounded();
    void farRightValueIsRefusedButStyledEmptyCellsArePassedOver();
    void rowNumbersAreBounded_data();
    void rowNumbersAreBounded();
    void badIndexesInsideTheSheetAreIgnored();
    void zipBombsStopAtTheLimits();
    void textWithoutMarkupStopsAtItsLimit();
    void tooManySheetsAndPartsAreRefused();
    void hugeCellsAreRefused();
    void tooManyCellsAreRefused();
    void truncatedWorkbooksAreRefused();
    void flippedBytesAreRefusedOrRead();
    void randomBytesAreRefused();
    void damagedXlsIsRefusedOrRead();
    void xlsLimits();
    void csvLimits();
    void csvEncodingsAndLineEnds();
    void csvFuzz();
    void csvExportNeutralisesFormulas();
};

QByteArray TestIoHostile::goodWorkbookBytes()
{
    const QString path = file(QStringLiteral("good.xlsx"));
    QList<QStringList> rows;
    for (int i = 0; i < 40; ++i)
        rows << QStringList{QStringLiteral("3-2-%1").arg(101 + i), QStringLiteral("演示业主%1").arg(i),
                            QStringLiteral("1380013%1").arg(5600 + i)};
    if (!writeXlsx(path, QStringLiteral("Sheet1"),
                   {QStringLiteral("房号"), QStringLiteral("姓名"), QStringLiteral("手机")}, rows)
             .ok())
        return {};
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void TestIoHostile::cellReferencesAreBounded_data()
{
    QTest::addColumn<QByteArray>("ref");
    // Seven letters overflowed the column into a negative index that was written before the
    // buffer; six asked for 308 million columns.
    QTest::newRow("seven letters") << QByteArray("ZZZZZZZ2");
    QTest::newRow("six letters") << QByteArray("ZZZZZZ2");
    QTest::newRow("past XFD") << QByteArray("XFE2");
    QTest::newRow("forty letters") << QByteArray(40, 'Z') + "2";
    QTest::newRow("row zero") << QByteArray("A0");
    QTest::newRow("row past Excel") << QByteArray("A1048577");
    QTest::newRow("row past int") << QByteArray("A99999999999");
    QTest::newRow("negative row") << QByteArray("A-1");
    QTest::newRow("digits first") << QByteArray("1A");
    QTest::newRow("letters only") << QByteArray("AB");
    QTest::newRow("trailing letter") << QByteArray("A1B");
    QTest::newRow("non-ASCII letter") << QByteArray("\xC3\x84"
                                                    "1");
}

void TestIoHostile::cellReferencesAreBounded()
{
    QFETCH(QByteArray, ref);
    // Valid cells first: the bad one must not pass silently after them.
    const QString path = file(QStringLiteral("ref.xlsx"));
    QVERIFY(writeWorkbook(path, sheetXml(goodRows() + "<row r=\"2\">" + inlineCell(ref, "x") + "</row>")));
    const auto read = readXlsx(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().field, QStringLiteral("file"));
    QVERIFY2(read.error().message.contains(QString::fromUtf8(ref.left(40))),
             qPrintable(read.error().message));
    int row = 0, column = 0;
    QVERIFY(!parseCellRef(QString::fromUtf8(ref), &row, &column));
}

void TestIoHostile::farRightValueIsRefusedButStyledEmptyCellsArePassedOver()
{
    int row = 0, column = 0;
    QVERIFY(parseCellRef(u"XFD1048576", &row, &column));
    QCOMPARE(column, kExcelColumns - 1);
    QCOMPARE(row, kExcelRows);
    QVERIFY(parseCellRef(u"b12", &row, &column));
    QCOMPARE(column, 1);
    QCOMPARE(row, 12);

    // Formatting as far right as XFD is common and holds nothing: passed over.
    const QString styled = file(QStringLiteral("styled.xlsx"));
    QVERIFY(writeWorkbook(
        styled, sheetXml(goodRows() + "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>3-2-301</t></is></c>"
                                      "<c r=\"XFD3\" s=\"1\"/></row>")));
    const auto ok = readXlsx(styled);
    QVERIFY2(ok.ok(), ok.ok() ? "" : qPrintable(ok.error().message));
    QCOMPARE(ok->at(0).rows.size(), 3);
    QCOMPARE(ok->at(0).rows.at(2).cells.size(), 1);

    // A value there is not part of any roster.
    const QString far = file(QStringLiteral("far.xlsx"));
    QVERIFY(writeWorkbook(far, sheetXml(goodRows() + "<row r=\"3\">" + inlineCell("XFD3", "x") + "</row>")));
    const auto refused = readXlsx(far);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("XFD3")) &&
                 refused.error().message.contains(QStringLiteral("1024")),
             qPrintable(refused.error().message));

    // 100,000 cells across one row (each a value) stop at the column limit.
    QByteArray wide = "<row r=\"1\">";
    for (int c = 0; c < 100000; ++c)
        wide += "<c t=\"inlineStr\"><is><t>v</t></is></c>";
    wide += "</row>";
    const QString widePath = file(QStringLiteral("wide.xlsx"));
    QVERIFY(writeWorkbook(widePath, sheetXml(wide)));
    const auto wideRead = readXlsx(widePath);
    QVERIFY(!wideRead.ok());
    QVERIFY2(wideRead.error().message.contains(QStringLiteral("AMK1")), qPrintable(wideRead.error().message));
}

void TestIoHostile::rowNumbersAreBounded_data()
{
    QTest::addColumn<QByteArray>("number");
    QTest::newRow("zero") << QByteArray("0");
    QTest::newRow("negative") << QByteArray("-5");
    QTest::newRow("past Excel") << QByteArray("1048577");
    QTest::newRow("INT_MAX") << QByteArray("2147483647"); // the next row's number overflowed
    QTest::newRow("past int") << QByteArray("99999999999");
    QTest::newRow("text") << QByteArray("zwei");
}

void TestIoHostile::rowNumbersAreBounded()
{
    QFETCH(QByteArray, number);
    const QString path = file(QStringLiteral("rows.xlsx"));
    QVERIFY(writeWorkbook(path, sheetXml(goodRows() + "<row r=\"" + number +
                                         "\"><c t=\"inlineStr\"><is><t>x</t></is></c></row>"
                                         "<row><c t=\"inlineStr\"><is><t>y</t></is></c></row>")));
    const auto read = readXlsx(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QString::fromLatin1(number)), qPrintable(read.error().message));
}

void TestIoHostile::badIndexesInsideTheSheetAreIgnored()
{
    // A shared-string index out of range or negative, a style past every style, merged areas
    // with broken ends: the cell is empty or the area is left out; nothing is read outside a list.
    const QString path = file(QStringLiteral("indexes.xlsx"));
    const QByteArray strings =
        "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><si><t>房号</t></si></sst>";
    QVERIFY(writeWorkbook(
        path,
        sheetXml("<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>-1</v></c>"
                 "<c r=\"C1\" t=\"s\"><v>4294967296</v></c><c r=\"D1\" t=\"s\"><v>7</v></c>"
                 "<c r=\"E1\" s=\"99999999999\"><v>5</v></c><c r=\"F1\" s=\"-3\"><v>6</v></c></row>",
                 "<mergeCells><mergeCell ref=\"ZZZZZZZ1:A1\"/><mergeCell ref=\"A1\"/>"
                 "<mergeCell ref=\"A1:B2:C3\"/><mergeCell ref=\"A1:C1\"/></mergeCells>"),
        strings));
    const auto read = readXlsx(path);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    const Sheet& s = read->at(0);
    QCOMPARE(s.rows.at(0).at(0).text, QStringLiteral("房号"));
    QVERIFY(s.rows.at(0).at(1).isEmpty());
    QVERIFY(s.rows.at(0).at(2).isEmpty());
    QVERIFY(s.rows.at(0).at(3).isEmpty());
    QCOMPARE(s.rows.at(0).at(4).number, 5.0);
    QVERIFY(!s.rows.at(0).at(4).dateFormat);
    QCOMPARE(s.merged.size(), 1);
    QCOMPARE(s.merged.at(0).lastColumn, 3);
}

void TestIoHostile::zipBombsStopAtTheLimits()
{
    ReadLimits small;
    small.maxPartBytes = 1 << 20;
    small.maxTotalBytes = 3 << 20;
    // One part that unpacks past the part limit: whitespace between rows, a few KB packed.
    const QString bomb = file(QStringLiteral("bomb.xlsx"));
    QVERIFY(writeWorkbook(bomb, sheetXml(goodRows() + QByteArray(4 << 20, ' ')), {}, 9));
    QVERIFY(QFileInfo(bomb).size() < 64 * 1024);
    const auto one = readXlsx(bomb, small);
    QVERIFY(!one.ok());
    QVERIFY2(one.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")) &&
                 one.error().message.contains(QStringLiteral("1 MB")),
             qPrintable(one.error().message));

    // Many parts, each under the part limit, together past the total.
    QList<QPair<QString, QByteArray>> parts{
        {QStringLiteral("[Content_Types].xml"), kContentTypes},
        {QStringLiteral("xl/_rels/workbook.xml.rels"),
         "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
         "<Relationship Id=\"rId1\" Target=\"worksheets/sheet1.xml\"/>"
         "<Relationship Id=\"rId2\" Target=\"worksheets/sheet2.xml\"/>"
         "<Relationship Id=\"rId3\" Target=\"worksheets/sheet3.xml\"/>"
         "<Relationship Id=\"rId4\" Target=\"worksheets/sheet4.xml\"/></Relationships>"},
        {QStringLiteral("xl/workbook.xml"),
         "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
         "<sheet name=\"1\" r:id=\"rId1\"/><sheet name=\"2\" r:id=\"rId2\"/>"
         "<sheet name=\"3\" r:id=\"rId3\"/><sheet name=\"4\" r:id=\"rId4\"/></sheets></workbook>"}};
    for (int i = 1; i <= 4; ++i)
        parts << qMakePair(QStringLiteral("xl/worksheets/sheet%1.xml").arg(i),
                           sheetXml(goodRows() + QByteArray(1000000, ' ')));
    const QString total = file(QStringLiteral("total.xlsx"));
    QVERIFY(writeZip(total, parts, 9));
    const auto all = readXlsx(total, small);
    QVERIFY(!all.ok());
    QVERIFY2(all.error().message.contains(QStringLiteral("3 MB")), qPrintable(all.error().message));
    // The same file is fine under the defaults: the limits, not the file, refused it.
    QVERIFY(readXlsx(total).ok());

    // Shared strings that unpack past the limit.
    const QString sst = file(QStringLiteral("sst.xlsx"));
    QVERIFY(writeWorkbook(sst, sheetXml(goodRows()),
                          "<sst><si><t>a</t></si>" + QByteArray(2 << 20, ' ') + "</sst>", 9));
    const auto strings = readXlsx(sst, small);
    QVERIFY(!strings.ok());
    QVERIFY2(strings.error().message.contains(QStringLiteral("sharedStrings")),
             qPrintable(strings.error().message));
}

// The parser holds the text between two tags whole: a part of nothing but spaces is stopped at
// maxTextRunBytes, long before its part limit (under glibc's realloc the string grew in place;
// under jemalloc a 130 MB bomb went past the command line's 500 MB cap in tests/cli).
void TestIoHostile::textWithoutMarkupStopsAtItsLimit()
{
    ReadLimits small;
    small.maxTextRunBytes = 64 << 10;
    const QString spaces = file(QStringLiteral("spaces.xlsx"));
    QVERIFY(writeWorkbook(spaces, sheetXml(goodRows() + QByteArray(200 << 10, ' ')), {}, 9));
    const auto refused = readXlsx(spaces, small);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().message.contains(QStringLiteral("xl/worksheets/sheet1.xml")) &&
                 refused.error().message.contains(QStringLiteral("without markup")),
             qPrintable(refused.error().message));
    // The run is counted across the parser's blocks and between tags, not from the start.
    QByteArray manyRuns = goodRows();
    for (int i = 0; i < 40; ++i)
        manyRuns += QByteArray(48 << 10, ' ') + "<row r=\"" + QByteArray::number(3 + i) + "\"/>";
    const QString runs = file(QStringLiteral("runs.xlsx"));
    QVERIFY(writeWorkbook(runs, sheetXml(manyRuns), {}, 9));
    QVERIFY2(readXlsx(runs, small).ok(), "runs of 48 KB under a 64 KB limit");

    // Excel's longest cell, every character written as a reference (about 330 KB), reads whole
    // under the default limits.
    QByteArray longest;
    for (int i = 0; i < 32767; ++i)
        longest += "&#x4E2D;";
    const QString cell = file(QStringLiteral("longest.xlsx"));
    QVERIFY(
        writeWorkbook(cell, sheetXml(goodRows() + "<row r=\"3\">" + inlineCell("B3", longest) + "</row>")));
    const auto read = readXlsx(cell);
    QVERIFY2(read.ok(), read.ok() ? "" : qPrintable(read.error().message));
    QCOMPARE(read->at(0).rows.last().at(1).text, QString(32767, QChar(0x4E2D)));
}

void TestIoHostile::tooManySheetsAndPartsAreRefused()
{
    // 10,000 sheets naming one part took 25 s and 1.2 GB.
    QByteArray workbook =
        "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    for (int i = 0; i < 10000; ++i)
        workbook += "<sheet name=\"S" + QByteArray::number(i) + "\" r:id=\"rId1\"/>";
    workbook += "</sheets></workbook>";
    const QString path = file(QStringLiteral("sheets.xlsx"));
    QVERIFY(writeZip(path, {{QStringLiteral("xl/workbook.xml"), workbook},
                            {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                            {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(goodRows())}}));
    const auto read = readXlsx(path);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("64 sheets")), qPrintable(read.error().message));

    QByteArray rels = "<Relationships>";
    for (int i = 0; i < 5000; ++i)
        rels += "<Relationship Id=\"rId" + QByteArray::number(i) + "\" Target=\"worksheets/sheet1.xml\"/>";
    rels += "</Relationships>";
    const QString relsPath = file(QStringLiteral("rels.xlsx"));
    QVERIFY(writeZip(relsPath, {{QStringLiteral("xl/workbook.xml"), kWorkbook},
                                {QStringLiteral("xl/_rels/workbook.xml.rels"), rels},
                                {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(goodRows())}}));
    const auto relsRead = readXlsx(relsPath);
    QVERIFY(!relsRead.ok());
    QVERIFY2(relsRead.error().message.contains(QStringLiteral("more parts")),
             qPrintable(relsRead.error().message));
}

void TestIoHostile::hugeCellsAreRefused()
{
    const QByteArray big(40000, 'x');
    const QString inlinePath = file(QStringLiteral("inline.xlsx"));
    QVERIFY(
        writeWorkbook(inlinePath, sheetXml(goodRows() + "<row r=\"3\">" + inlineCell("B3", big) + "</row>")));
    const auto inlineRead = readXlsx(inlinePath);
    QVERIFY(!inlineRead.ok());
    QVERIFY2(inlineRead.error().message.contains(QStringLiteral("B3")) &&
                 inlineRead.error().message.contains(QStringLiteral("32767")),
             qPrintable(inlineRead.error().message));

    const QString valuePath = file(QStringLiteral("value.xlsx"));
    QVERIFY(writeWorkbook(valuePath, sheetXml(goodRows() + "<row r=\"3\"><c r=\"C3\"><v>" +
                                              QByteArray(40000, '9') + "</v></c></row>")));
    const auto valueRead = readXlsx(valuePath);
    QVERIFY(!valueRead.ok());
    QVERIFY2(valueRead.error().message.contains(QStringLiteral("C3")), qPrintable(valueRead.error().message));

    // Many runs of one shared string add up past the limit too.
    QByteArray runs = "<sst><si>";
    for (int i = 0; i < 5; ++i)
        runs += "<r><t>" + QByteArray(8000, 'y') + "</t></r>";
    runs += "</si></sst>";
    const QString sharedPath = file(QStringLiteral("shared.xlsx"));
    QVERIFY(writeWorkbook(sharedPath, sheetXml(goodRows()), runs));
    const auto sharedRead = readXlsx(sharedPath);
    QVERIFY(!sharedRead.ok());
    QVERIFY2(sharedRead.error().message.contains(QStringLiteral("32767")),
             qPrintable(sharedRead.error().message));

    // Exactly at the limit is read.
    const QString edgePath = file(QStringLiteral("edge.xlsx"));
    QVERIFY(writeWorkbook(edgePath, sheetXml(goodRows() + "<row r=\"3\">" +
                                             inlineCell("B3", QByteArray(32767, 'z')) + "</row>")));
    const auto edge = readXlsx(edgePath);
    QVERIFY2(edge.ok(), edge.ok() ? "" : qPrintable(edge.error().message));
    QCOMPARE(edge->at(0).rows.at(2).at(1).text.size(), 32767);
}

void TestIoHostile::tooManyCellsAreRefused()
{
    ReadLimits small;
    small.maxCells = 1000;
    QByteArray rows = goodRows();
    // Each row's one value far right asks for 900 cells of padding: two rows pass the limit.
    for (int r = 3; r < 6; ++r)
        rows += "<row r=\"" + QByteArray::number(r) + "\">" + inlineCell("AHP" + QByteArray::number(r), "x") +
                "</row>";
    const QString path = file(QStringLiteral("cells.xlsx"));
    QVERIFY(writeWorkbook(path, sheetXml(rows)));
    const auto read = readXlsx(path, small);
    QVERIFY(!read.ok());
    QVERIFY2(read.error().message.contains(QStringLiteral("1000 cells")), qPrintable(read.error().message));
    QVERIFY(readXlsx(path).ok());
}

void TestIoHostile::truncatedWorkbooksAreRefused()
{
    const QByteArray good = goodWorkbookBytes();
    QVERIFY(good.size() > 1000);
    QVERIFY(writeFile(file(QStringLiteral("whole.xlsx")), good));
    QVERIFY(readXlsx(file(QStringLiteral("whole.xlsx"))).ok());
    const QString path = file(QStringLiteral("cut.xlsx"));
    for (int i = 1; i < 60; ++i) {
        const qsizetype at = good.size() * i / 60;
        QVERIFY(writeFile(path, good.left(at)));
        const auto read = readXlsx(path);
        QVERIFY2(!read.ok(), qPrintable(QStringLiteral("cut at byte %1 was read").arg(at)));
        QCOMPARE(outcome(read), QStringLiteral("refused"));
    }
}

void TestIoHostile::flippedBytesAreRefusedOrRead()
{
    const QByteArray good = goodWorkbookBytes();
    QVERIFY(!good.isEmpty());
    QRandomGenerator random(20261205);
    const QString path = file(QStringLiteral("flip.xlsx"));
    int refused = 0;
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(4));
        for (int f = 0; f < flips; ++f)
            bytes[int(random.bounded(int(bytes.size())))] ^= char(1 + random.bounded(255));
        QVERIFY(writeFile(path, bytes));
        const QString result = outcome(readXlsx(path));
        QVERIFY2(result == QLatin1String("refused") || result == QLatin1String("read"), qPrintable(result));
        refused += result == QLatin1String("refused");
    }
    // Most flips hit compressed data, which the CRC catches.
    QVERIFY(refused > 60);
}

void TestIoHostile::randomBytesAreRefused()
{
    QRandomGenerator random(17);
    const QString path = file(QStringLiteral("random.xlsx"));
    for (int i = 0; i < 50; ++i) {
        QByteArray bytes(1 + int(random.bounded(4096)), '\0');
        for (char& b : bytes)
            b = char(random.bounded(256));
        if (i % 2 == 0)
            bytes.replace(0, 4, "PK\x03\x04"); // starts like a zip
        QVERIFY(writeFile(path, bytes));
        QCOMPARE(outcome(readXlsx(path)), QStringLiteral("refused"));
    }
}

// .xls (FreeXL): the LibreOffice roster cut at 40 places, with 300 sets of flipped bytes, and
// random bytes behind the compound-file signature. Each is refused with a message or read;
// never a crash (this runs under ASan and UBSan in CI; FreeXL itself is not instrumented, the
// cell loop over what it returns is).
void TestIoHostile::damagedXlsIsRefusedOrRead()
{
    QFile in(QStringLiteral(AR_TEST_DATA) + QStringLiteral("/rosters/roster-twins.xls"));
    QVERIFY(in.open(QIODevice::ReadOnly));
    const QByteArray good = in.readAll();
    QVERIFY(good.size() > 4096);
    const QString path = file(QStringLiteral("damaged.xls"));
    int refused = 0;
    for (int i = 1; i < 40; ++i) {
        QVERIFY(writeFile(path, good.left(good.size() * i / 40)));
        const QString result = outcome(readXls(path));
        QVERIFY2(result == QLatin1String("refused") || result == QLatin1String("read"), qPrintable(result));
        refused += result == QLatin1String("refused");
    }
    QVERIFY(refused > 30); // a compound file cut short loses its directory or its sectors
    QRandomGenerator random(20261206);
    for (int i = 0; i < 300; ++i) {
        QByteArray bytes = good;
        const int flips = 1 + int(random.bounded(4));
        for (int f = 0; f < flips; ++f)
            bytes[int(random.bounded(int(bytes.size())))] ^= char(1 + random.bounded(255));
        QVERIFY(writeFile(path, bytes));
        const QString result = outcome(readXls(path));
        QVERIFY2(result == QLatin1String("refused") || result == QLatin1String("read"), qPrintable(result));
    }
    for (int i = 0; i < 50; ++i) {
        QByteArray bytes(512 + int(random.bounded(4096)), '\0');
        for (char& b : bytes)
            b = char(random.bounded(256));
        bytes.replace(0, 8, QByteArray::fromHex("d0cf11e0a1b11ae1"));
        QVERIFY(writeFile(path, bytes));
        QCOMPARE(outcome(readXls(path)), QStringLiteral("refused"));
    }
}

void TestIoHostile::xlsLimits()
{
    const QString path = QStringLiteral(AR_TEST_DATA) + QStringLiteral("/rosters/roster-twins.xls");
    QVERIFY(readXls(path).ok());
    // Each limit alone, set below what the roster needs, and what its message names.
    const struct
    {
        std::function<void(ReadLimits&)> set;
        const char* named;
    } cases[] = {
        {[](ReadLimits& l) { l.maxCells = 20; }, "20 cells"}, // the roster has 33 cells
        {[](ReadLimits& l) { l.maxColumns = 3; }, "D2"},
        {[](ReadLimits& l) { l.maxRows = 4; }, "4 rows"},
        {[](ReadLimits& l) { l.maxCellChars = 5; }, "A1"},
        {[](ReadLimits& l) { l.maxFileBytes = 1024; }, "larger than"},
        {[](ReadLimits& l) { l.maxSheets = 1; }, "1 sheets"},
    };
    for (const auto& c : cases) {
        ReadLimits limits;
        c.set(limits);
        const auto read = readXls(path, limits);
        QVERIFY2(!read.ok(), c.named);
        QVERIFY2(read.error().message.contains(QLatin1String(c.named)), qPrintable(read.error().message));
    }
}

void TestIoHostile::csvLimits()
{
    // A million columns never ended; now the first value past the column limit stops the read.
    QByteArray wide = "房号,姓名\n3-2-1201";
    wide += QByteArray(1000000, ',') + "x\n";
    const QString widePath = file(QStringLiteral("wide.csv"));
    QVERIFY(writeFile(widePath, wide));
    const auto wideRead = readCsv(widePath);
    QVERIFY(!wideRead.ok());
    QVERIFY2(wideRead.error().message.contains(QStringLiteral("line 2")) &&
                 wideRead.error().message.contains(QStringLiteral("1024")),
             qPrintable(wideRead.error().message));

    // Empty columns that far right are passed over.
    const QString emptyPath = file(QStringLiteral("empty-columns.csv"));
    QVERIFY(writeFile(emptyPath, "房号,姓名\n3-2-1201,演示业主" + QByteArray(5000, ',') + "\n"));
    const auto emptyRead = readCsv(emptyPath);
    QVERIFY2(emptyRead.ok(), emptyRead.ok() ? "" : qPrintable(emptyRead.error().message));
    QCOMPARE(emptyRead->rows.at(1).cells.size(), 2);

    const QString hugePath = file(QStringLiteral("huge.csv"));
    QVERIFY(writeFile(hugePath, "房号,姓名\n3-2-1201,\"" + QByteArray(40000, 'x') + "\"\n"));
    const auto hugeRead = readCsv(hugePath);
    QVERIFY(!hugeRead.ok());
    QVERIFY2(hugeRead.error().message.contains(QStringLiteral("line 2, column 2")),
             qPrintable(hugeRead.error().message));

    ReadLimits small;
    small.maxRows = 100;
    small.maxCells = 150;
    QByteArray lines = "房号,姓名\n";
    for (int i = 0; i < 120; ++i)
        lines += "3-2-" + QByteArray::number(i) + ",x\n";
    const QString linesPath = file(QStringLiteral("lines.csv"));
    QVERIFY(writeFile(linesPath, lines));
    const auto linesRead = readCsv(linesPath, small);
    QVERIFY(!linesRead.ok());
    QVERIFY2(linesRead.error().message.contains(QStringLiteral("150 cells")),
             qPrintable(linesRead.error().message));
    small.maxCells = 1000;
    const auto rowsRead = readCsv(linesPath, small);
    QVERIFY(!rowsRead.ok());
    QVERIFY2(rowsRead.error().message.contains(QStringLiteral("100 lines")),
             qPrintable(rowsRead.error().message));
    QVERIFY(readCsv(linesPath).ok());

    // An unterminated quote runs to the end of the file and no further.
    const QString quotePath = file(QStringLiteral("quote.csv"));
    QVERIFY(writeFile(quotePath, "房号,姓名\n3-2-1201,\"unterminated\n3-2-1202,x\n"));
    const auto quoteRead = readCsv(quotePath);
    QVERIFY(quoteRead.ok());
    QCOMPARE(quoteRead->rows.size(), 2);
}

void TestIoHostile::csvEncodingsAndLineEnds()
{
    const QString text = QStringLiteral("房号,姓名\r\n3栋2单元1201室,欧阳明华\r\n");
    // Old Macintosh line ends (CR only) read as lines; they read as one line before.
    const QString crPath = file(QStringLiteral("cr.csv"));
    QVERIFY(writeFile(crPath, QStringLiteral("房号,姓名\r3-2-1201,欧阳明华\r3-2-1202,欧阳明\r").toUtf8()));
    const auto cr = readCsv(crPath);
    QVERIFY(cr.ok());
    QCOMPARE(cr->rows.size(), 3);
    QCOMPARE(cr->rows.at(2).at(1).text, QStringLiteral("欧阳明"));
    QCOMPARE(cr->rows.at(2).number, 3);

    // UTF-16, as Excel's "Unicode text" saves, with and without a byte order mark.
    QByteArray le;
    for (QChar c : text) {
        le += char(c.unicode() & 0xff);
        le += char(c.unicode() >> 8);
    }
    QByteArray be;
    for (QChar c : text) {
        be += char(c.unicode() >> 8);
        be += char(c.unicode() & 0xff);
    }
    const QList<QPair<QString, QByteArray>> utf16{{QStringLiteral("le-bom"), "\xFF\xFE" + le},
                                                  {QStringLiteral("be-bom"), "\xFE\xFF" + be},
                                                  {QStringLiteral("le"), le},
                                                  {QStringLiteral("be"), be}};
    for (const auto& [name, bytes] : utf16) {
        const QString path = file(name + QStringLiteral(".csv"));
        QVERIFY(writeFile(path, bytes));
        const auto read = readCsv(path);
        QVERIFY2(read.ok(), qPrintable(name + (read.ok() ? QString() : read.error().message)));
        QCOMPARE(read->encoding, QStringLiteral("UTF-16"));
        QCOMPARE(read->rows.at(1).at(1).text, QStringLiteral("欧阳明华"));
    }

    // NUL bytes in what is not UTF-16: not a text file.
    const QString nulPath = file(QStringLiteral("nul.csv"));
    QVERIFY(writeFile(nulPath, QByteArray("房号,姓名\n3-2-1201,欧阳") + QByteArray(1, '\0') + "明华\n"));
    const auto nul = readCsv(nulPath);
    QVERIFY(!nul.ok());
    QVERIFY2(nul.error().message.contains(QStringLiteral("NUL")), qPrintable(nul.error().message));

    // Bytes that are neither UTF-8 nor GB18030 get a message about the encoding.
    const QString badPath = file(QStringLiteral("bad.csv"));
    QVERIFY(writeFile(badPath, QByteArray("name,room\n\xFF\xFF\xFF,\x80\n")));
    const auto bad = readCsv(badPath);
    QVERIFY(!bad.ok());
    QVERIFY2(bad.error().message.contains(QStringLiteral("encoding")), qPrintable(bad.error().message));
}

void TestIoHostile::csvFuzz()
{
    QRandomGenerator random(4211);
    const QByteArray alphabet = QStringLiteral("房号,姓名\"\r\n\t;3-2-1201欧阳 ").toUtf8();
    const QString path = file(QStringLiteral("fuzz.csv"));
    for (int i = 0; i < 200; ++i) {
        QByteArray bytes;
        const int n = 1 + int(random.bounded(2000));
        for (int k = 0; k < n; ++k)
            bytes += i % 4 == 0 ? char(random.bounded(256))
                                : alphabet.at(int(random.bounded(int(alphabet.size()))));
        QVERIFY(writeFile(path, bytes));
        QElapsedTimer t;
        t.start();
        const auto read = readCsv(path);
        if (qEnvironmentVariableIsSet("AR_FUZZ_TIMES"))
            qInfo("csv %d: %lld ms read", i, t.elapsed());
        if (read.ok()) {
            QVERIFY(!read->rows.isEmpty());
            (void)findHeader(read.value());
        } else {
            QCOMPARE(read.error().field, QStringLiteral("file"));
            QVERIFY(!read.error().message.isEmpty());
        }
    }
}

void TestIoHostile::csvExportNeutralisesFormulas()
{
    const QString path = file(QStringLiteral("export.csv"));
    const QStringList values{QStringLiteral("=HYPERLINK(\"http://example.invalid\",\"点击\")"),
                             QStringLiteral("=cmd|' /C calc'!A0"),
                             QStringLiteral("+86 138"),
                             QStringLiteral("-1+1"),
                             QStringLiteral("@SUM(A1)"),
                             QStringLiteral("\t=1"),
                             QStringLiteral("\r=1"),
                             QStringLiteral("欧阳明华"),
                             QStringLiteral("3-2-1201")};
    QVERIFY(writeCsv(path, {QStringLiteral("值")},
                     [&] {
                         QList<QStringList> rows;
                         for (const QString& v : values)
                             rows << QStringList{v};
                         return rows;
                     }())
                .ok());
    const auto back = readCsv(path);
    QVERIFY(back.ok());
    for (int i = 0; i < values.size(); ++i) {
        const QString cell = back->rows.at(i + 1).at(0).text;
        const bool formulaLike = i < 7;
        QVERIFY2(
            formulaLike ? cell == QLatin1Char('\'') + values.at(i) : cell == values.at(i),
            qPrintable(QString::number(i) + QLatin1Char(' ') + QString::fromLatin1(cell.toUtf8().toHex())));
    }
}

QTEST_GUILESS_MAIN(TestIoHostile)
#include "TestIoHostile.moc"
