// `import owners` and `export owners` as scripts see them (issue #7): the JSON keys of CLI.md,
// exit code 4 with a per-row report (the sheet's own row numbers), --dry-run, --only-valid,
// the same roster twice, a broken file, the export masked.
#include "CliRunner.h"
#include "core/Masking.h"
#include "core/Validators.h"
#include "io/Csv.h"
#include "io/Xlsx.h"
#include "../io/HandMadeXlsx.h"

#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QStringList m_ids;
    QString db() const { return m_dir.filePath(QStringLiteral("import.db")); }
    QString file(const QString& n) const { return m_dir.filePath(n); }
    Run as(const QString& login, const QStringList& args, const QString& archive = {})
    {
        return runArchiveroom(archive.isEmpty() ? db() : archive, args, login,
                              login == QLatin1String("admin") ? QStringLiteral("admin-secret")
                                                              : QStringLiteral("user-secret"));
    }
    // A new archive of its own: the administrator, the clerk clerk1 and the estate HY.
    bool makeArchive(const QString& archive)
    {
        return runArchiveroom(archive,
                              {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                              QString(), {}, QStringLiteral("admin-secret"))
                       .code == 0 &&
               runArchiveroom(
                   archive,
                   {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                    QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                    QStringLiteral("档案室"), QStringLiteral("--name"), QStringLiteral("clerk1")},
                   QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("user-secret"))
                       .code == 0 &&
               as(QStringLiteral("admin"),
                  {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                   QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")},
                  archive)
                       .code == 0;
    }
    static QJsonObject obj(const Run& r) { return r.json().object(); }
    // The good rows of the roster imported, as R3_onlyValidImportsTheGoodRows leaves the archive
    // (every function starts from the template: the accounts and the estate, no owners).
    Run importGoodRows()
    {
        return as(QStringLiteral("clerk1"),
                  {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("roster.csv")),
                   QStringLiteral("--only-valid"), QStringLiteral("--json")});
    }

private slots:
    void initTestCase();
    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }
    void R3_dryRunReportsEveryRowAndWritesNothing();
    void R3_invalidRowsExit4WithThePerRowReport();
    void R3_onlyValidImportsTheGoodRows();
    void R5_sameRosterTwiceChangesNothing();
    void brokenFileGetsOneMessage();
    void R3_xlsRosterImportsAsItsXlsxTwin();
    void hostileFilesAreRefusedWithExit4_data();
    void hostileFilesAreRefusedWithExit4();
    void R20_importErrorsMaskIdNumbersAndPhones();
    void R20_exportIsMasked();
    void permissions();
};

void TestCliImport::initTestCase()
{
    ar::test::useFixedClock(); // before the template is made
    QVERIFY(m_dir.isValid());
    QCOMPARE(runArchiveroom(db(), {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, QString(), {},
                            QStringLiteral("admin-secret"))
                 .code,
             0);
    for (const auto& [login, role] : {std::pair{"clerk1", "clerk"}, std::pair{"assist1", "assistant"}})
        QCOMPARE(runArchiveroom(db(),
                                {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login), QStringLiteral("--role"),
                                 QString::fromLatin1(role), QStringLiteral("--department"), QStringLiteral("档案室"),
                                 QStringLiteral("--name"), QString::fromLatin1(login)},
                                QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("user-secret"))
                     .code,
                 0);
    QCOMPARE(as(QStringLiteral("admin"), {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                                          QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")})
                 .code,
             0);
    for (int i = 0; i < 4; ++i) {
        QString id = QStringLiteral("1100001985%1%2").arg(i + 1, 2, 10, QLatin1Char('0')).arg(10 + i * 2, 2, 10, QLatin1Char('0')) +
                     QStringLiteral("12%1").arg(i);
        id += ar::mainlandIdCheckChar(id);
        m_ids << id;
    }
    // The roster: a title row, the header in row 2, four owners; row 5 has a wrong phone.
    QVERIFY(ar::io::writeCsv(file(QStringLiteral("roster.csv")), {QStringLiteral("华苑小区业主名册")}, {
        {QStringLiteral("房号"), QStringLiteral("业主姓名"), QStringLiteral("身份证号码"), QStringLiteral("联系电话"), QStringLiteral("交房日期")},
        {QStringLiteral("3-2-1201"), QStringLiteral("欧阳明华"), m_ids.at(0), QStringLiteral("13800135678"), QStringLiteral("2025/12/1")},
        {QStringLiteral("3栋2单元1202"), QStringLiteral("李小红"), m_ids.at(1), QStringLiteral("13900002222"), QStringLiteral("2025年12月2日")},
        {QStringLiteral("3座2单元1301室"), QStringLiteral("王大山"), m_ids.at(2), QStringLiteral("1370000"), {}},
        {QStringLiteral("3-2-1302"), QStringLiteral("赵小川"), m_ids.at(3), QStringLiteral("13600004444"), QStringLiteral("46000")},
    }).ok());
    QVERIFY(ar::io::writeCsv(file(QStringLiteral("good.csv")),
                             {QStringLiteral("房号"), QStringLiteral("业主姓名"), QStringLiteral("身份证号码"), QStringLiteral("联系电话")},
                             {{QStringLiteral("3-2-1201"), QStringLiteral("欧阳明华"), m_ids.at(0), QStringLiteral("13800135678")}})
                .ok());
}

void TestCliImport::R3_dryRunReportsEveryRowAndWritesNothing()
{
    const Run r = as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("roster.csv")),
                                                QStringLiteral("--dry-run"), QStringLiteral("--json")});
    QCOMPARE(r.code, 4); // a rejected row: invalid input, nothing written
    const QJsonObject o = obj(r);
    for (const char* key : {"added", "updated", "unchanged", "rejected", "errors"})
        QVERIFY2(o.contains(QLatin1String(key)), key);
    QCOMPARE(o.value(QStringLiteral("header_row")).toInt(), 2);
    QCOMPARE(o.value(QStringLiteral("added")).toInt(), 3);
    QCOMPARE(o.value(QStringLiteral("rejected")).toInt(), 1);
    QCOMPARE(o.value(QStringLiteral("written")).toBool(), false);
    const QJsonObject e = o.value(QStringLiteral("errors")).toArray().first().toObject();
    for (const char* key : {"row", "column", "value", "reason"})
        QVERIFY2(e.contains(QLatin1String(key)), key);
    QCOMPARE(e.value(QStringLiteral("row")).toInt(), 5); // the sheet's own row number
    QVERIFY(e.value(QStringLiteral("column")).toString().startsWith(QStringLiteral("D")));
    // The wrong phone is named by its row and column and shown masked, like every phone.
    QCOMPARE(e.value(QStringLiteral("value")).toString(), QStringLiteral("***0000"));
    QVERIFY(!r.out.contains(QStringLiteral("1370000")));
    const Run search = as(QStringLiteral("clerk1"), {QStringLiteral("search"), QStringLiteral("欧阳"), QStringLiteral("--json")});
    QCOMPARE(search.json().array().size(), 0);
}

void TestCliImport::R3_invalidRowsExit4WithThePerRowReport()
{
    const Run r = as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("roster.csv")),
                                                QStringLiteral("--rejected"), file(QStringLiteral("rejected.csv"))});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(QStringLiteral("Row 5")) && r.err.contains(QStringLiteral("***0000")), qPrintable(r.err));
    QVERIFY2(!r.err.contains(QStringLiteral("1370000")), qPrintable(r.err));
    QVERIFY2(r.out.contains(QStringLiteral("Nothing was imported")), qPrintable(r.out));
    auto rejected = ar::io::readCsv(file(QStringLiteral("rejected.csv")));
    QVERIFY(rejected.ok());
    QCOMPARE(rejected->rows.size(), 2);
    QCOMPARE(rejected->rows.at(1).at(1).text, QStringLiteral("王大山"));
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("search"), QStringLiteral("欧阳"), QStringLiteral("--json")}).json().array().size(), 0);
}

void TestCliImport::R3_onlyValidImportsTheGoodRows()
{
    const Run r = importGoodRows();
    QCOMPARE(r.code, 0);
    QCOMPARE(obj(r).value(QStringLiteral("written")).toBool(), true);
    QCOMPARE(obj(r).value(QStringLiteral("added")).toInt(), 3);
    const Run show = as(QStringLiteral("clerk1"), {QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1302"), QStringLiteral("--json")});
    QVERIFY2(show.code == 0, qPrintable(show.err));
    QCOMPARE(obj(show).value(QStringLiteral("name")).toString(), QStringLiteral("赵小川"));
    QCOMPARE(obj(show).value(QStringLiteral("move_in_date")).toString(), QStringLiteral("2025-12-09")); // serial 46000
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1301")}).code, 5);
}

void TestCliImport::R5_sameRosterTwiceChangesNothing()
{
    QCOMPARE(importGoodRows().code, 0);
    const Run r = as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("good.csv")),
                                                QStringLiteral("--json")});
    QCOMPARE(r.code, 0);
    QCOMPARE(obj(r).value(QStringLiteral("unchanged")).toInt(), 1);
    QCOMPARE(obj(r).value(QStringLiteral("added")).toInt(), 0);
    QCOMPARE(obj(r).value(QStringLiteral("written")).toBool(), false);
    const Run text = as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("good.csv"))});
    QVERIFY2(text.out.contains(QStringLiteral("Nothing to change")), qPrintable(text.out));
}

// An .xls roster saved by LibreOffice (tests/data/rosters, made by make-twins.sh) gives the
// same report as its .xlsx twin: the same header row, the same rows to add, and the same
// rejected row (6: a phone of 7 digits) with its column and masked value. Then the .xls is
// imported with --only-valid, its dates and areas as the .xlsx would give them.
void TestCliImport::R3_xlsRosterImportsAsItsXlsxTwin()
{
    const QString dir = QStringLiteral(AR_TEST_DATA) + QStringLiteral("/rosters/");
    const QString archive = file(QStringLiteral("xls.db"));
    QVERIFY(makeArchive(archive));
    QJsonObject reports[2];
    const QString names[2] = {QStringLiteral("roster-twins.xls"), QStringLiteral("roster-twins.xlsx")};
    for (int i = 0; i < 2; ++i) {
        const Run r = as(QStringLiteral("clerk1"),
                         {QStringLiteral("import"), QStringLiteral("owners"), dir + names[i],
                          QStringLiteral("--dry-run"), QStringLiteral("--json")},
                         archive);
        QVERIFY2(r.code == 4, qPrintable(r.err));
        reports[i] = obj(r);
        QCOMPARE(reports[i].take(QStringLiteral("file")).toString(), names[i]);
    }
    QCOMPARE(reports[0], reports[1]);
    QCOMPARE(reports[0].value(QStringLiteral("sheet")).toString(), QStringLiteral("业主名册"));
    QCOMPARE(reports[0].value(QStringLiteral("header_row")).toInt(), 2);
    QCOMPARE(reports[0].value(QStringLiteral("added")).toInt(), 3);
    QCOMPARE(reports[0].value(QStringLiteral("rejected")).toInt(), 1);
    const QJsonObject e = reports[0].value(QStringLiteral("errors")).toArray().first().toObject();
    QCOMPARE(e.value(QStringLiteral("row")).toInt(), 6);
    QVERIFY(e.value(QStringLiteral("column")).toString().startsWith(QStringLiteral("D")));

    const Run r =
        as(QStringLiteral("clerk1"),
           {QStringLiteral("import"), QStringLiteral("owners"), dir + QStringLiteral("roster-twins.xls"),
            QStringLiteral("--only-valid"), QStringLiteral("--json")},
           archive);
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(obj(r).value(QStringLiteral("added")).toInt(), 3);
    const Run show = as(QStringLiteral("clerk1"),
                        {QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("1-1-102"),
                         QStringLiteral("--json")},
                        archive);
    QVERIFY2(show.code == 0, qPrintable(show.err));
    QCOMPARE(obj(show).value(QStringLiteral("name")).toString(), QStringLiteral("试用乙"));
    QCOMPARE(obj(show).value(QStringLiteral("move_in_date")).toString(), QStringLiteral("2025-12-02"));
    // The .xlsx twin now finds the same three owners unchanged.
    const Run again =
        as(QStringLiteral("clerk1"),
           {QStringLiteral("import"), QStringLiteral("owners"), dir + QStringLiteral("roster-twins.xlsx"),
            QStringLiteral("--only-valid"), QStringLiteral("--json")},
           archive);
    QCOMPARE(obj(again).value(QStringLiteral("written")).toBool(), false);
    QCOMPARE(obj(again).value(QStringLiteral("unchanged")).toInt(), 3);
    QCOMPARE(obj(again).value(QStringLiteral("added")).toInt(), 0);
}

void TestCliImport::brokenFileGetsOneMessage()
{
    QFile f(file(QStringLiteral("broken.xlsx")));
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("PK\x03\x04 not really a zip");
    f.close();
    const Run r = as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("broken.xlsx"))});
    QCOMPARE(r.code, 4);
    QCOMPARE(r.err.trimmed().count(QLatin1Char('\n')), 0); // one message
    QVERIFY2(r.err.contains(QStringLiteral("broken.xlsx")), qPrintable(r.err));
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("none.csv"))}).code, 4);
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("import"), QStringLiteral("owners")}).code, 2);
}

void TestCliImport::hostileFilesAreRefusedWithExit4_data()
{
    using namespace ar::test;
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("says");
    const QByteArray header = "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>房号</t></is></c>"
                              "<c r=\"B1\" t=\"inlineStr\"><is><t>业主姓名</t></is></c></row>"
                              "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>3-2-1401</t></is></c>"
                              "<c r=\"B2\" t=\"inlineStr\"><is><t>恶意测试</t></is></c></row>";
    auto make = [&](const QString& name, const QByteArray& sheet, int level = 6) {
        QVERIFY(writeWorkbook(file(name), sheetXml(sheet), {}, level));
    };
    // Valid cells first, then a reference that overflowed the column into a negative index.
    make(QStringLiteral("overflow.xlsx"), header + "<row r=\"3\"><c r=\"ZZZZZZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
    QTest::newRow("column overflow") << QStringLiteral("overflow.xlsx") << QStringLiteral("ZZZZZZZ3");
    make(QStringLiteral("millions.xlsx"), header + "<row r=\"3\"><c r=\"ZZZZZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>");
    QTest::newRow("308 million columns") << QStringLiteral("millions.xlsx") << QStringLiteral("ZZZZZZ3");
    // Zip bombs: a few hundred KB that unpack past the default part limit (128 MB), in elements;
    // and in spaces, which the parser would hold as one string: stopped at 4 MB of text.
    QByteArray element = "<x a=\"" + QByteArray(4000, 'a') + "\"/>";
    make(QStringLiteral("bomb.xlsx"), header + element.repeated((130 << 20) / element.size()), 9);
    QTest::newRow("zip bomb") << QStringLiteral("bomb.xlsx") << QStringLiteral("128 MB");
    make(QStringLiteral("spaces.xlsx"), header + QByteArray(130 << 20, ' '), 9);
    QTest::newRow("zip bomb of spaces") << QStringLiteral("spaces.xlsx") << QStringLiteral("4 MB of text");
    QByteArray wide = "<row r=\"3\">";
    for (int c = 0; c < 100000; ++c)
        wide += "<c t=\"inlineStr\"><is><t>v</t></is></c>";
    make(QStringLiteral("wide.xlsx"), header + wide + "</row>");
    QTest::newRow("100,000 columns") << QStringLiteral("wide.xlsx") << QStringLiteral("1024");
    QByteArray workbook = "<workbook xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>";
    for (int i = 0; i < 10000; ++i)
        workbook += "<sheet name=\"S" + QByteArray::number(i) + "\" r:id=\"rId1\"/>";
    QVERIFY(writeZip(file(QStringLiteral("sheets.xlsx")), {{QStringLiteral("xl/workbook.xml"), workbook + "</sheets></workbook>"},
                                                          {QStringLiteral("xl/_rels/workbook.xml.rels"), kRels},
                                                          {QStringLiteral("xl/worksheets/sheet1.xml"), sheetXml(header)}}));
    QTest::newRow("10,000 sheets") << QStringLiteral("sheets.xlsx") << QStringLiteral("64 sheets");
    make(QStringLiteral("cell.xlsx"), header + "<row r=\"3\"><c r=\"B3\" t=\"inlineStr\"><is><t>" + QByteArray(100000, 'x') +
                                          "</t></is></c></row>");
    QTest::newRow("huge cell") << QStringLiteral("cell.xlsx") << QStringLiteral("B3");
    auto text = [&](const QString& name, const QByteArray& bytes) {
        QFile f(file(name));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    };
    text(QStringLiteral("columns.csv"), "房号,业主姓名\n3-2-1401,恶意测试" + QByteArray(1000000, ',') + "x\n");
    QTest::newRow("a million CSV columns") << QStringLiteral("columns.csv") << QStringLiteral("line 2");
    text(QStringLiteral("nul.csv"), QByteArray("房号,业主姓名\n3-2-1401,恶意") + QByteArray(3, '\0') + "测试\n");
    QTest::newRow("NUL bytes") << QStringLiteral("nul.csv") << QStringLiteral("NUL");
    text(QStringLiteral("encoding.csv"), QByteArray("room,name\n\xFF\xFE\xFF,\x80\x80\n").mid(0));
    QTest::newRow("unknown encoding") << QStringLiteral("encoding.csv") << QStringLiteral("encoding");
}

void TestCliImport::hostileFilesAreRefusedWithExit4()
{
    QFETCH(QString, name);
    QFETCH(QString, says);
    // The import runs with its data segment capped at 500 MB (prlimit): past it, allocation
    // fails and the process dies instead of exiting 4. The wall time is reported, not judged
    // here (the bench measures); a hang is caught by the runner's own time-out.
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("user-secret"));
    env.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
    env.remove(QStringLiteral("ARCHIVEROOM_USER"));
    env.remove(QStringLiteral("ARCHIVEROOM_DB"));
    p.setProcessEnvironment(env);
    QElapsedTimer timer;
    timer.start();
    p.start(QStringLiteral("prlimit"), {QStringLiteral("--data=%1").arg(500LL << 20), QStringLiteral(AR_BINARY), QStringLiteral("--db"), db(),
                                        QStringLiteral("--user"), QStringLiteral("clerk1"), QStringLiteral("import"),
                                        QStringLiteral("owners"), file(name)});
    QVERIFY(p.waitForFinished(60000));
    const QString err = QString::fromUtf8(p.readAllStandardError());
    qInfo("%s: exit %d after %lld ms", qPrintable(name), p.exitCode(), timer.elapsed());
    QCOMPARE(p.exitStatus(), QProcess::NormalExit);
    QCOMPARE(p.exitCode(), 4);
    QVERIFY2(err.contains(name) && err.contains(says), qPrintable(err));
    // Nothing written.
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("search"), QStringLiteral("恶意"), QStringLiteral("--json")}).json().array().size(), 0);
}

void TestCliImport::R20_importErrorsMaskIdNumbersAndPhones()
{
    // A wrong check digit and a mistyped mobile: the report names row, column and reason
    // with the values masked, in the text, the JSON and the sheet of rejected rows.
    QString badId = m_ids.at(3);
    badId[17] = badId.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    const QString badPhone = QStringLiteral("138001356789");
    QVERIFY(ar::io::writeCsv(file(QStringLiteral("masked.csv")),
                             {QStringLiteral("房号"), QStringLiteral("业主姓名"), QStringLiteral("身份证号码"), QStringLiteral("联系电话")},
                             {{QStringLiteral("3-2-1501"), QStringLiteral("钱多多"), badId, QStringLiteral("13800135678")},
                              {QStringLiteral("3-2-1502"), QStringLiteral("孙小小"), m_ids.at(2), badPhone}})
                .ok());
    for (const bool json : {false, true}) {
        QStringList args{QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("masked.csv")), QStringLiteral("--dry-run"),
                         QStringLiteral("--rejected"), file(QStringLiteral("masked-rejected.csv"))};
        if (json)
            args << QStringLiteral("--json");
        const Run r = as(QStringLiteral("clerk1"), args);
        QCOMPARE(r.code, 4);
        const QString all = r.out + r.err;
        QVERIFY2(all.contains(QStringLiteral("Row 2")) || all.contains(QStringLiteral("\"row\": 2")), qPrintable(all));
        QVERIFY2(!all.contains(badId) && !all.contains(badId.left(17)), qPrintable(all));
        QVERIFY2(!all.contains(badPhone), qPrintable(all));
        QVERIFY2(all.contains(ar::mask::idNumber(badId)), qPrintable(all));
    }
}

void TestCliImport::R20_exportIsMasked()
{
    QCOMPARE(importGoodRows().code, 0);
    const QString out = file(QStringLiteral("owners.xlsx"));
    const Run r = as(QStringLiteral("assist1"), {QStringLiteral("export"), QStringLiteral("owners"), out, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(obj(r).value(QStringLiteral("rows")).toInt(), 3);
    auto sheets = ar::io::readXlsx(out);
    QVERIFY(sheets.ok());
    QStringList all;
    for (const auto& row : sheets->first().rows)
        for (const auto& c : row.cells)
            all << c.text;
    const QString text = all.join(QLatin1Char('|'));
    QVERIFY(text.contains(QStringLiteral("欧阳明华")));
    for (const QString& id : std::as_const(m_ids))
        QVERIFY2(!text.contains(id), "no full ID number");
    QVERIFY(!text.contains(QStringLiteral("13800135678")));
    // Audited, with the number of rows.
    const Run audit = as(QStringLiteral("clerk1"), {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                                    QStringLiteral("export"), QStringLiteral("--json")});
    QCOMPARE(audit.json().array().size(), 1);
    QVERIFY(audit.json().array().first().toObject().value(QStringLiteral("detail")).toString().contains(QStringLiteral("\"rows\":3")));
    QCOMPARE(as(QStringLiteral("assist1"), {QStringLiteral("export"), QStringLiteral("owners"), file(QStringLiteral("x.pdf"))}).code, 4);

    // The dossier list: one row per dossier, JSON {"file", "rows"}; a building not there is exit 4.
    const QString dossiers = file(QStringLiteral("dossiers.csv"));
    const Run d = as(QStringLiteral("clerk1"), {QStringLiteral("export"), QStringLiteral("dossiers"), dossiers,
                                                QStringLiteral("--building"), QStringLiteral("3"), QStringLiteral("--json")});
    QVERIFY2(d.code == 0, qPrintable(d.err));
    QCOMPARE(obj(d).value(QStringLiteral("rows")).toInt(), 3);
    auto list = ar::io::readCsv(dossiers);
    QVERIFY(list.ok());
    QCOMPARE(list->rows.size(), 4);
    const Run missing = as(QStringLiteral("clerk1"), {QStringLiteral("export"), QStringLiteral("dossiers"),
                                                      file(QStringLiteral("none.csv")), QStringLiteral("--building"),
                                                      QStringLiteral("99")});
    QCOMPARE(missing.code, 4);
    QVERIFY2(missing.err.contains(QStringLiteral("99")), qPrintable(missing.err));
    QVERIFY(!QFile::exists(file(QStringLiteral("none.csv"))));
}

void TestCliImport::permissions()
{
    // The assistant may export but not import.
    QCOMPARE(as(QStringLiteral("assist1"), {QStringLiteral("import"), QStringLiteral("owners"), file(QStringLiteral("good.csv"))}).code, 3);
}

QTEST_MAIN(TestCliImport)
#include "TestCliImport.moc"
