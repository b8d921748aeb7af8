// Reading and writing the files rosters come in (issue #7): .xlsx as Excel and LibreOffice
// save it — built here with libxlsxwriter, and by hand as sheet XML for the quirks — and CSV in
// the encodings of Chinese offices.
#include "HandMadeXlsx.h"
#include "io/Csv.h"
#include "io/Xls.h"
#include "io/Xlsx.h"

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QTest>

#include <xlsxwriter.h>

using namespace ar::io;

using namespace ar::test;

class TestIo : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString file(const QString& name) const { return m_dir.filePath(name); }

private slots:
    void xlsxWrittenAndReadBack();
    void xlsxFromLibxlsxwriterKeepsNumbersDatesAndMergedTitle();
    void xlsxHandWrittenQuirks();
    void brokenXlsxGetsOneMessage_data();
    void brokenXlsxGetsOneMessage();
    void xlsFromLibreOfficeReadsAsItsXlsxTwin();
    void brokenXlsGetsOneMessage_data();
    void brokenXlsGetsOneMessage();
    void filesAreKnownByTheirFirstBytes();
    void csvEncodingsAreDetected_data();
    void csvEncodingsAreDetected();
    void csvQuotingDelimitersAndRowNumbers();
    void csvWrittenForExcel();
    void columnNames();
};

void TestIo::xlsxWrittenAndReadBack()
{
    const QString path = file(QStringLiteral("export.xlsx"));
    const QList<QStringList> rows{
        {QStringLiteral("3-2-1201"), QStringLiteral("欧阳明华"), QStringLiteral("310000198005170438")},
        {QStringLiteral("3-2-301"), QStringLiteral("李小红"), QStringLiteral("0012")}};
    QVERIFY(writeXlsx(path, QStringLiteral("业主/名册"),
                      {QStringLiteral("房号"), QStringLiteral("姓名"), QStringLiteral("身份证号码")}, rows)
                .ok());
    QVERIFY(!QFile::exists(path + QStringLiteral(".part")));
    auto sheets = readXlsx(path);
    QVERIFY2(sheets.ok(), sheets.ok() ? "" : qPrintable(sheets.error().message));
    QCOMPARE(sheets->size(), 1);
    const Sheet& s = sheets->first();
    QCOMPARE(s.name, QStringLiteral("业主_名册"));
    QCOMPARE(s.rows.size(), 3);
    QCOMPARE(s.rows.at(0).at(1).text, QStringLiteral("姓名"));
    // Written as text: the 18 digits and the leading zeros stay exactly as they were.
    QCOMPARE(s.rows.at(1).at(2).type, Cell::Type::Text);
    QCOMPARE(s.rows.at(1).at(2).text, QStringLiteral("310000198005170438"));
    QCOMPARE(s.rows.at(2).at(2).text, QStringLiteral("0012"));
    QCOMPARE(s.rows.at(2).number, 3);
}

void TestIo::xlsxFromLibxlsxwriterKeepsNumbersDatesAndMergedTitle()
{
    const QString path = file(QStringLiteral("roster.xlsx"));
    lxw_workbook* wb = workbook_new(QFile::encodeName(path).constData());
    lxw_worksheet* ws = workbook_add_worksheet(wb, "Sheet1");
    lxw_worksheet* second = workbook_add_worksheet(wb, "说明");
    lxw_format* date = workbook_add_format(wb);
    format_set_num_format(date, "yyyy/m/d");
    lxw_format* cnDate = workbook_add_format(wb);
    format_set_num_format(cnDate, "yyyy\"年\"m\"月\"d\"日\"");
    worksheet_merge_range(ws, 0, 0, 0, 4, "华苑小区开发商移交业主名册", nullptr);
    worksheet_write_string(ws, 2, 0, "房号", nullptr);
    worksheet_write_string(ws, 2, 1, "业主姓名", nullptr);
    worksheet_write_string(ws, 2, 2, "联系电话", nullptr);
    worksheet_write_string(ws, 2, 3, "身份证号", nullptr);
    worksheet_write_string(ws, 2, 4, "交房日期", nullptr);
    worksheet_write_string(ws, 3, 0, "3-2-1201", nullptr);
    worksheet_write_string(ws, 3, 1, "欧阳明华 ", nullptr);
    worksheet_write_number(ws, 3, 2, 13800135678.0, nullptr);
    worksheet_write_number(ws, 3, 3, 440101199005171234.0, nullptr); // Excel keeps 15 digits
    worksheet_write_number(ws, 3, 4, 46000, date);                   // 2025-12-09
    worksheet_write_number(ws, 5, 4, 46001, cnDate);                 // after an empty row
    worksheet_write_boolean(ws, 5, 0, 1, nullptr);
    worksheet_write_string(second, 0, 0, "本表仅供演示", nullptr);
    QCOMPARE(workbook_close(wb), LXW_NO_ERROR);

    auto sheets = readXlsx(path);
    QVERIFY2(sheets.ok(), sheets.ok() ? "" : qPrintable(sheets.error().message));
    QCOMPARE(sheets->size(), 2);
    QCOMPARE(sheets->at(1).name, QStringLiteral("说明"));
    const Sheet& s = sheets->first();
    QCOMPARE(s.merged.size(), 1);
    QCOMPARE(s.merged.first().firstRow, 1);
    QCOMPARE(s.merged.first().lastColumn, 5);
    // Row numbers are the sheet's own: the title in 1, the header in 3 (row 2 is empty).
    QCOMPARE(s.rows.size(), 4);
    QCOMPARE(s.rows.at(0).number, 1);
    QCOMPARE(s.rows.at(1).number, 3);
    QCOMPARE(s.rows.at(2).number, 4);
    QCOMPARE(s.rows.at(3).number, 6);
    const SheetRow& r = s.rows.at(2);
    QCOMPARE(r.at(1).text, QStringLiteral("欧阳明华 ")); // trailing spaces as in the file
    QCOMPARE(r.at(2).type, Cell::Type::Number);
    QCOMPARE(qint64(r.at(2).number), Q_INT64_C(13800135678));
    QCOMPARE(r.at(3).type, Cell::Type::Number);
    QVERIFY(!r.at(3).dateFormat);
    QVERIFY(r.at(3).number > 4.4e17);
    QCOMPARE(r.at(4).type, Cell::Type::Number);
    QVERIFY(r.at(4).dateFormat);
    QCOMPARE(r.at(4).number, 46000.0);
    QVERIFY(s.rows.at(3).at(4).dateFormat);
    QCOMPARE(s.rows.at(3).at(0).type, Cell::Type::Bool);
    QVERIFY(s.rows.at(3).at(1).isEmpty());
}

void TestIo::xlsxHandWrittenQuirks()
{
    // What LibreOffice and older tools write: inline strings, rich-text shared strings with
    // phonetic runs, rows and cells without their r attribute, a formula's cached text, an error.
    const QByteArray shared =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
        "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"2\">"
        "<si><t>房号</t></si>"
        "<si><r><rPr><b/></rPr><t>业主</t></r><r><t xml:space=\"preserve\">姓名</t></r><rPh sb=\"0\" "
        "eb=\"2\"><t>yezhu</t></rPh></si>"
        "</sst>";
    const QByteArray rows =
        "<row><c t=\"s\"><v>0</v></c><c t=\"s\"><v>1</v></c><c t=\"inlineStr\"><is><t>备注</t></is></c></row>"
        "<row r=\"4\"><c r=\"A4\" t=\"inlineStr\"><is><t>３栋２单元１２０１室</t></is></c>"
        "<c r=\"C4\" t=\"str\"><f>A4&amp;\"\"</f><v>计算结果</v></c><c r=\"D4\" t=\"e\"><v>#N/A</v></c></row>"
        "<row r=\"5\"><c r=\"B5\" t=\"inlineStr\"><is><t>   </t></is></c></row>";
    const QString path = file(QStringLiteral("hand.xlsx"));
    QVERIFY(writeZip(path, {{QStringLiteral("[Content_Types].xml"), kContentTypes},
                            {QStringLiteral("xl/workbook.xml"), kWorkbook},
                            {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                            {QStringLiteral("xl/sharedStrings.xml"), shared},
                            {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(rows)}}));
    auto sheets = readXlsx(path);
    QVERIFY2(sheets.ok(), sheets.ok() ? "" : qPrintable(sheets.error().message));
    const Sheet& s = sheets->first();
    QCOMPARE(s.name, QStringLiteral("业主名册"));
    QCOMPARE(s.rows.size(), 2); // the row of spaces counts as empty
    QCOMPARE(s.rows.at(0).number, 1);
    QCOMPARE(s.rows.at(0).at(0).text, QStringLiteral("房号"));
    QCOMPARE(s.rows.at(0).at(1).text, QStringLiteral("业主姓名")); // runs joined, phonetics left out
    QCOMPARE(s.rows.at(0).at(2).text, QStringLiteral("备注"));
    QCOMPARE(s.rows.at(1).number, 4);
    QCOMPARE(s.rows.at(1).at(0).text, QStringLiteral("３栋２单元１２０１室"));
    QVERIFY(s.rows.at(1).at(1).isEmpty()); // B4 is absent
    QCOMPARE(s.rows.at(1).at(2).text, QStringLiteral("计算结果"));
    QCOMPARE(s.rows.at(1).at(3).type, Cell::Type::Error);
}

void TestIo::brokenXlsxGetsOneMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    // Each file is made in the test function from its name.
    QTest::newRow("not a zip") << QStringLiteral("text.xlsx") << QStringLiteral("not an Excel workbook");
    QTest::newRow("empty") << QStringLiteral("empty.xlsx") << QStringLiteral("empty");
    QTest::newRow("truncated") << QStringLiteral("truncated.xlsx") << QStringLiteral("truncated.xlsx");
    QTest::newRow("no workbook") << QStringLiteral("noworkbook.xlsx") << QStringLiteral("xl/workbook.xml");
    QTest::newRow("no sheet") << QStringLiteral("nosheet.xlsx") << QStringLiteral("no worksheet");
    QTest::newRow("bad sheet xml") << QStringLiteral("badxml.xlsx") << QStringLiteral("cannot be read");
    QTest::newRow("missing") << QStringLiteral("missing.xlsx") << QStringLiteral("no file");
}

void TestIo::brokenXlsxGetsOneMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString path = file(name);
    if (name == QLatin1String("text.xlsx")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("房号,姓名\n3-2-1201,欧阳明华\n");
    } else if (name == QLatin1String("empty.xlsx")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (name == QLatin1String("truncated.xlsx")) {
        const QString whole = file(QStringLiteral("whole.xlsx"));
        QList<QStringList> rows;
        for (int i = 0; i < 2000; ++i)
            rows << QStringList{QStringLiteral("3-2-%1").arg(i), QStringLiteral("演示业主%1").arg(i)};
        QVERIFY(
            writeXlsx(whole, QStringLiteral("Sheet1"), {QStringLiteral("房号"), QStringLiteral("姓名")}, rows)
                .ok());
        QFile in(whole);
        QVERIFY(in.open(QIODevice::ReadOnly));
        const QByteArray bytes = in.readAll();
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(bytes.left(bytes.size() / 2));
    } else if (name == QLatin1String("noworkbook.xlsx")) {
        QVERIFY(writeZip(path, {{QStringLiteral("[Content_Types].xml"), kContentTypes}}));
    } else if (name == QLatin1String("nosheet.xlsx")) {
        QVERIFY(writeZip(
            path,
            {{QStringLiteral("xl/workbook.xml"),
              "<workbook "
              "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheets/></workbook>"},
             {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels}}));
    } else if (name == QLatin1String("badxml.xlsx")) {
        QVERIFY(
            writeZip(path, {{QStringLiteral("xl/workbook.xml"), kWorkbook},
                            {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                            {QStringLiteral("xl/worksheets/sheet1.xml"), "<worksheet><sheetData><row><c>"}}));
    }
    auto sheets = readXlsx(path);
    QVERIFY(!sheets.ok());
    QCOMPARE(sheets.error().field, QStringLiteral("file"));
    QVERIFY2(sheets.error().message.contains(says), qPrintable(sheets.error().message));
}

// The same roster saved by LibreOffice as .xls (BIFF8) and as .xlsx (tests/data/rosters,
// made by make-twins.sh): the two readers give the same sheets, rows and cells, so the roster
// logic cannot tell them apart. Only the merged title range is .xlsx's alone (FreeXL does not
// report merges); its value is in the first cell in both.
void TestIo::xlsFromLibreOfficeReadsAsItsXlsxTwin()
{
    const QString dir = QStringLiteral(AR_TEST_DATA) + QStringLiteral("/rosters/");
    auto xls = readXls(dir + QStringLiteral("roster-twins.xls"));
    QVERIFY2(xls.ok(), xls.ok() ? "" : qPrintable(xls.error().message));
    auto xlsx = readXlsx(dir + QStringLiteral("roster-twins.xlsx"));
    QVERIFY2(xlsx.ok(), xlsx.ok() ? "" : qPrintable(xlsx.error().message));
    QCOMPARE(xls->size(), 2);
    QCOMPARE(xls->size(), xlsx->size());
    for (int i = 0; i < xls->size(); ++i) {
        const Sheet& a = xls->at(i);
        const Sheet& b = xlsx->at(i);
        QCOMPARE(a.name, b.name);
        QCOMPARE(a.rows.size(), b.rows.size());
        for (int r = 0; r < a.rows.size(); ++r) {
            QCOMPARE(a.rows.at(r).number, b.rows.at(r).number);
            QCOMPARE(a.rows.at(r).cells.size(), b.rows.at(r).cells.size());
            for (int c = 0; c < a.rows.at(r).cells.size(); ++c) {
                const Cell& x = a.rows.at(r).at(c);
                const Cell& y = b.rows.at(r).at(c);
                const QByteArray where =
                    (a.name + QLatin1Char('!') + columnName(c) + QString::number(a.rows.at(r).number))
                        .toUtf8();
                QVERIFY2(x.type == y.type, where.constData());
                QVERIFY2(x.number == y.number, where.constData());
                QVERIFY2(x.dateFormat == y.dateFormat, where.constData());
                if (x.type == Cell::Type::Text)
                    QVERIFY2(x.text == y.text, where.constData());
            }
        }
    }
    const Sheet& roster = xls->at(1);
    QCOMPARE(roster.name, QStringLiteral("业主名册"));
    QCOMPARE(roster.rows.first().at(0).text, QStringLiteral("演示花园业主名册（虚构）"));
    const SheetRow& first = roster.rows.at(2);
    QCOMPARE(first.at(2).text, QStringLiteral("110105198503101014")); // text stays text
    QCOMPARE(first.at(3).type, Cell::Type::Number);
    QCOMPARE(qint64(first.at(3).number), Q_INT64_C(13800135678));
    QVERIFY(first.at(4).dateFormat);
    QCOMPARE(first.at(4).number, 45992.0); // 2025-12-01
    QCOMPARE(first.at(5).number, 89.5);
}

void TestIo::brokenXlsGetsOneMessage_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    QTest::newRow("not an xls") << QStringLiteral("text.xls")
                                << QStringLiteral("not an Excel workbook (.xls)");
    QTest::newRow("empty") << QStringLiteral("empty.xls") << QStringLiteral("empty");
    QTest::newRow("cut short") << QStringLiteral("cut.xls") << QStringLiteral("cut.xls");
    QTest::newRow("missing") << QStringLiteral("missing.xls") << QStringLiteral("no file");
}

void TestIo::brokenXlsGetsOneMessage()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    const QString path = file(name);
    if (name == QLatin1String("text.xls")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("房号,姓名\n3-2-1201,欧阳明华\n");
    } else if (name == QLatin1String("empty.xls")) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
    } else if (name == QLatin1String("cut.xls")) {
        QFile in(QStringLiteral(AR_TEST_DATA) + QStringLiteral("/rosters/roster-twins.xls"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QFile out(path);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(in.readAll().left(1536)); // the header and a part of the first sectors
    }
    auto sheets = readXls(path);
    QVERIFY(!sheets.ok());
    QCOMPARE(sheets.error().field, QStringLiteral("file"));
    QVERIFY2(sheets.error().message.contains(says), qPrintable(sheets.error().message));
}

void TestIo::filesAreKnownByTheirFirstBytes()
{
    const QString dir = QStringLiteral(AR_TEST_DATA) + QStringLiteral("/rosters/");
    QCOMPARE(sniffSpreadsheet(dir + QStringLiteral("roster-twins.xls")), SpreadsheetKind::Xls);
    QCOMPARE(sniffSpreadsheet(dir + QStringLiteral("roster-twins.xlsx")), SpreadsheetKind::Xlsx);
    QCOMPARE(sniffSpreadsheet(dir + QStringLiteral("roster-twins.fods")), SpreadsheetKind::Unknown);
    QCOMPARE(sniffSpreadsheet(file(QStringLiteral("nothing-here.xls"))), SpreadsheetKind::Unknown);
}

void TestIo::csvEncodingsAreDetected_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::addColumn<QString>("encoding");
    const QString text = QStringLiteral("房号,姓名,电话\r\n3栋2单元1201室,欧阳明华,13800135678\r\n");
    QTest::newRow("utf-8") << text.toUtf8() << QStringLiteral("UTF-8");
    QTest::newRow("utf-8 bom") << QByteArray("\xEF\xBB\xBF" + text.toUtf8()) << QStringLiteral("UTF-8 BOM");
    QStringEncoder gb("GB18030");
    const QByteArray gbBytes = gb(text);
    QTest::newRow("gb18030") << gbBytes << QStringLiteral("GB18030");
}

void TestIo::csvEncodingsAreDetected()
{
    QFETCH(QByteArray, bytes);
    QFETCH(QString, encoding);
    const QString path = file(QStringLiteral("enc-%1.csv").arg(encoding));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    auto sheet = readCsv(path);
    QVERIFY2(sheet.ok(), sheet.ok() ? "" : qPrintable(sheet.error().message));
    QCOMPARE(sheet->encoding, encoding);
    QCOMPARE(sheet->rows.size(), 2);
    QCOMPARE(sheet->rows.at(0).at(0).text, QStringLiteral("房号"));
    QCOMPARE(sheet->rows.at(1).at(0).text, QStringLiteral("3栋2单元1201室"));
    QCOMPARE(sheet->rows.at(1).at(1).text, QStringLiteral("欧阳明华"));
}

void TestIo::csvQuotingDelimitersAndRowNumbers()
{
    const Sheet s =
        parseCsv(
            QStringLiteral(
                "房号;姓名;备注\n\n3-2-1201;\"欧阳;明华\";\"两行\n备注\"\n3-2-301;\"说\"\"是\"\"\";\n;;\n"))
            .value();
    QCOMPARE(s.rows.size(), 3); // the empty line and the row of empty cells are left out
    QCOMPARE(s.rows.at(0).number, 1);
    QCOMPARE(s.rows.at(1).number, 3);
    QCOMPARE(s.rows.at(1).at(1).text, QStringLiteral("欧阳;明华"));
    QCOMPARE(s.rows.at(1).at(2).text, QStringLiteral("两行\n备注"));
    QCOMPARE(s.rows.at(2).number, 5); // the quoted line break counts as a line, as Excel shows it
    QCOMPARE(s.rows.at(2).at(1).text, QStringLiteral("说\"是\""));
    QVERIFY(s.rows.at(2).at(2).isEmpty());
    const Sheet tabs = parseCsv(QStringLiteral("a\tb\tc\n1\t2,5\t3\n")).value();
    QCOMPARE(tabs.rows.at(1).at(1).text, QStringLiteral("2,5"));
    QVERIFY(!readCsv(file(QStringLiteral("nothing.csv"))).ok());
    QFile empty(file(QStringLiteral("empty.csv")));
    QVERIFY(empty.open(QIODevice::WriteOnly));
    empty.write("\n\n");
    empty.close();
    auto e = readCsv(file(QStringLiteral("empty.csv")));
    QVERIFY(!e.ok());
    QVERIFY(e.error().message.contains(QStringLiteral("empty")));
}

void TestIo::csvWrittenForExcel()
{
    const QString path = file(QStringLiteral("out.csv"));
    QVERIFY(writeCsv(path, {QStringLiteral("房号"), QStringLiteral("备注")},
                     {{QStringLiteral("3-2-1201"), QStringLiteral("含,逗号")},
                      {QStringLiteral("3-2-301"), QStringLiteral("引\"号")}})
                .ok());
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QByteArray bytes = f.readAll();
    QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
    auto back = readCsv(path);
    QVERIFY(back.ok());
    QCOMPARE(back->rows.at(1).at(1).text, QStringLiteral("含,逗号"));
    QCOMPARE(back->rows.at(2).at(1).text, QStringLiteral("引\"号"));
}

void TestIo::columnNames()
{
    QCOMPARE(columnName(0), QStringLiteral("A"));
    QCOMPARE(columnName(25), QStringLiteral("Z"));
    QCOMPARE(columnName(26), QStringLiteral("AA"));
    QCOMPARE(columnName(701), QStringLiteral("ZZ"));
}

QTEST_GUILESS_MAIN(TestIo)
#include "TestIo.moc"
