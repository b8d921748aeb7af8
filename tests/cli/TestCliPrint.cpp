// Printing from the command line (issue #6, P1–P6): `print FORM … --out FILE.pdf`. The PDFs are
// read back as a person would see them: their text with pdftotext, their pages rendered with
// pdftoppm, and the spine labels' codes decoded with zxing-cpp from the rendered image.
#include "CliRunner.h"
#include "core/Validators.h"

#include <QFile>

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <cmath>

// text() as UTF-8 (zxing-cpp 1.4 otherwise gives std::wstring)
#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

namespace {

QString tool(const QString& program, const QStringList& args, int* code = nullptr)
{
    QProcess p;
    p.start(program, args);
    if (!p.waitForFinished(60000))
        qFatal("%s did not finish", qPrintable(program));
    if (code)
        *code = p.exitCode();
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of a PDF (one page, or all), in reading order.
QString pdfText(const QString& pdf, int page = 0, bool layout = false)
{
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    if (page > 0)
        args << QStringLiteral("-f") << QString::number(page) << QStringLiteral("-l")
             << QString::number(page);
    args << pdf << QStringLiteral("-");
    return tool(QStringLiteral("pdftotext"), args);
}

int pdfPages(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

// "A4 portrait" or "A4 landscape" from the page size in points (595 × 842).
QString pageSize(const QString& pdf)
{
    const QString info = tool(QStringLiteral("pdfinfo"), {pdf});
    const auto m = QRegularExpression(QStringLiteral("Page size:\\s+([0-9.]+) x ([0-9.]+)")).match(info);
    const double w = m.captured(1).toDouble(), h = m.captured(2).toDouble();
    auto near = [](double a, double b) { return std::abs(a - b) < 1.5; };
    if (near(w, 595.3) && near(h, 841.9))
        return QStringLiteral("A4 portrait");
    if (near(w, 841.9) && near(h, 595.3))
        return QStringLiteral("A4 landscape");
    return m.captured(0);
}

} // namespace

class TestCliPrint : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QStringList m_owners; // 档号 of the owner dossiers, in the order registered
    QString m_fullId;     // an owner's ID number in full

    QString db() const { return m_dir.filePath(QStringLiteral("print.db")); }
    QString file(const QString& name) const { return m_dir.filePath(name); }
    Run as(const QString& login, QStringList args, bool chinese = true)
    {
        if (chinese)
            args = QStringList{QStringLiteral("--lang"), QStringLiteral("zh_CN")} + args;
        return runArchiveroom(db(), args, login,
                              login == QLatin1String("admin") ? QStringLiteral("admin-secret")
                                                              : QStringLiteral("user-secret"));
    }
    Run print(const QString& login, const QStringList& args)
    {
        return as(login, QStringList{QStringLiteral("print")} + args);
    }
    QString owner(const QString& room, const QString& name, const QString& idBody, const QString& phone,
                  const QString& workUnit)
    {
        QString id = idBody;
        id += ar::mainlandIdCheckChar(id);
        const Run r =
            as(QStringLiteral("clerk1"),
               {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"), room,
                QStringLiteral("--name"), name, QStringLiteral("--id"), id, QStringLiteral("--phone"), phone,
                QStringLiteral("--work-unit"), workUnit, QStringLiteral("--json")},
               false);
        if (r.code != 0)
            qWarning("%s", qPrintable(r.err));
        if (room == QLatin1String("3-2-1201"))
            m_fullId = id;
        return r.json().object().value(QStringLiteral("archive_no")).toString();
    }

private slots:
    void initTestCase();
    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }
    void P1_staffLevelFormIsMaskedAndFullValuesNeedTheRightAndAReason();
    void P1_P2_blankFormsAndTenantForm();
    void P3_dossierContentsList();
    void P3_R14_catalogInShelfOrderLandscapeWithPageNumbers();
    void P3_catalogRepeatsItsHeaderOnEveryPage();
    void P4_P5_registersForAPeriod();
    void P6_R14_labelCodesDecodeToThePrintedArchiveNumbers();
    void P6_labelSheetsAndRanges();
    void R27_everyPrintIsAudited();
    void badInputWritesNothing();
    // It adds two owners in building 3, on its own copy of the archive like every function.
    void P1_moveInDateIsPrintedOnlyWhenEntered();
};

void TestCliPrint::initTestCase()
{
    ar::test::useFixedClock(); // before the template is made
    QVERIFY(m_dir.isValid());
    m_dir.setAutoRemove(qEnvironmentVariableIsEmpty("AR_KEEP_TEST_FILES"));
    QCOMPARE(runArchiveroom(db(),
                            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                            QString(), {}, QStringLiteral("admin-secret"))
                 .code,
             0);
    for (const auto& [login, role, dept] :
         {std::tuple{"clerk1", "clerk", "档案室"}, std::tuple{"assist1", "assistant", "客服部"},
          std::tuple{"staff1", "staff", "工程部"}, std::tuple{"head1", "manager", "客服部"}})
        QCOMPARE(runArchiveroom(
                     db(),
                     {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                      QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--department"),
                      QString::fromUtf8(dept), QStringLiteral("--name"), QString::fromLatin1(login)},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("user-secret"))
                     .code,
                 0);
    QCOMPARE(as(QStringLiteral("admin"),
                {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                 QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")})
                 .code,
             0);
    // Rooms added out of shelf order: 10-1-101 before 3-…, 3-2-1201 before 3-2-301.
    for (const char* room : {"10-1-101", "3-2-1201", "3-2-301", "3-1-502"})
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room)})
                     .code,
                 0);
    m_owners << owner(QStringLiteral("10-1-101"), QStringLiteral("司马青云"),
                      QStringLiteral("11010119750203001"), QStringLiteral("13900001111"),
                      QStringLiteral("演示工程有限公司"));
    m_owners << owner(QStringLiteral("3-2-1201"), QStringLiteral("欧阳明华"),
                      QStringLiteral("31000019800517043"), QStringLiteral("13800135678"),
                      QStringLiteral("演示市示例区某某街道办事处下属综合服务中心第二分部档案与信息管理科及其"
                                     "所属的资料整理与数字化加工小组"));
    m_owners << owner(QStringLiteral("3-2-301"), QStringLiteral("李小红"),
                      QStringLiteral("44010019900101002"), QStringLiteral("13700002222"),
                      QStringLiteral("示例学校"));
    m_owners << owner(QStringLiteral("3-1-502"), QStringLiteral("王大山"),
                      QStringLiteral("44010019850606003"), QStringLiteral("13600003333"),
                      QStringLiteral("示例医院"));
    for (const QString& no : std::as_const(m_owners))
        QVERIFY2(!no.isEmpty(), "owner registered");
    // A household member of 3-2-1201 and a tenant of 3-1-502.
    QString memberId = QStringLiteral("31000020100101004");
    memberId += ar::mainlandIdCheckChar(memberId);
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--room"),
                 QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳小雨"),
                 QStringLiteral("--id"), memberId, QStringLiteral("--relation"), QStringLiteral("子女")},
                false)
                 .code,
             0);
    QString tenantId = QStringLiteral("44010019950505005");
    tenantId += ar::mainlandIdCheckChar(tenantId);
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--room"),
                 QStringLiteral("3-1-502"), QStringLiteral("--name"), QStringLiteral("赵租客"),
                 QStringLiteral("--id"), tenantId, QStringLiteral("--phone"), QStringLiteral("13500004444")},
                false)
                 .code,
             0);
    // Items for the contents list of 3-2-1201's dossier.
    for (int i = 0; i < 3; ++i) {
        const Run f = as(QStringLiteral("clerk1"),
                         {QStringLiteral("file"), m_owners.at(1), QStringLiteral("--item"),
                          QStringLiteral("业主档案表"), QStringLiteral("--pages"), QString::number(i + 2),
                          QStringLiteral("--date"), QStringLiteral("2026-11-0%1").arg(i + 1),
                          QStringLiteral("--title"), QStringLiteral("卷内文件第%1件").arg(i + 1),
                          QStringLiteral("--doc-no"), QStringLiteral("HY-2026-0%1").arg(i + 1),
                          QStringLiteral("--responsible"), QStringLiteral("华苑物业客服部")},
                         false);
        QVERIFY2(f.code == 0, qPrintable(f.err));
    }
}

void TestCliPrint::P1_staffLevelFormIsMaskedAndFullValuesNeedTheRightAndAReason()
{
    // The property assistant may print but not unmask: the ID number and phone come out masked.
    const QString pdf = file(QStringLiteral("p1-assistant.pdf"));
    const Run r = print(QStringLiteral("assist1"),
                        {QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("3-2-1201"),
                         QStringLiteral("--out"), pdf, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("masked")).toBool(), true);
    QCOMPARE(r.json().object().value(QStringLiteral("pages")).toInt(), 1);
    const QString text = pdfText(pdf);
    for (const char* expected :
         {"业主档案表", "座", "号", "填写日期", "欧阳明华", "身份证号码", "联系电话", "工作单位", "家庭住址",
          "业主身份", "家庭成员", "欧阳小雨", "子女", "业主签字", "经办人", "敏感信息已按权限遮蔽"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY2(text.contains(m_owners.at(1)), qPrintable(text));
    QVERIFY2(!text.contains(m_fullId), "the full ID number is not on a staff-level print");
    QVERIFY2(!text.contains(QStringLiteral("13800135678")), "nor the full phone");
    QVERIFY2(text.contains(m_fullId.left(4) + QStringLiteral("**********") + m_fullId.right(4)),
             qPrintable(text));
    QVERIFY(text.contains(QStringLiteral("138****5678")));

    // Staff of other departments do not print the register at all.
    QCOMPARE(print(QStringLiteral("staff1"),
                   {QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("3-2-1201"),
                    QStringLiteral("--out"), file(QStringLiteral("p1-staff.pdf"))})
                 .code,
             3);
    QVERIFY(!QFile::exists(file(QStringLiteral("p1-staff.pdf"))));
    // The assistant may not unmask; the clerk may, with a reason.
    QCOMPARE(print(QStringLiteral("assist1"),
                   {QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("3-2-1201"),
                    QStringLiteral("--unmask"), QStringLiteral("--reason"), QStringLiteral("核对"),
                    QStringLiteral("--out"), file(QStringLiteral("p1-x.pdf"))})
                 .code,
             3);
    const Run noReason =
        print(QStringLiteral("clerk1"),
              {QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("3-2-1201"),
               QStringLiteral("--unmask"), QStringLiteral("--out"), file(QStringLiteral("p1-x.pdf"))});
    QCOMPARE(noReason.code, 4);
    QVERIFY2(noReason.err.contains(QStringLiteral("理由")), qPrintable(noReason.err));
    QVERIFY(!QFile::exists(file(QStringLiteral("p1-x.pdf"))));
    const QString full = file(QStringLiteral("p1-clerk.pdf"));
    const Run unmasked = print(QStringLiteral("clerk1"),
                               {QStringLiteral("owner-form"), QStringLiteral("--dossier"), m_owners.at(1),
                                QStringLiteral("--unmask"), QStringLiteral("--reason"),
                                QStringLiteral("产权核对"), QStringLiteral("--out"), full});
    QVERIFY2(unmasked.code == 0, qPrintable(unmasked.err));
    const QString fullText = pdfText(full);
    QVERIFY2(fullText.contains(m_fullId), qPrintable(fullText));
    QVERIFY(fullText.contains(QStringLiteral("13800135678")));
    QVERIFY(fullText.contains(QStringLiteral("产权核对")));
    // The long work unit wraps inside its box instead of running off: all of it is on the page,
    // on more than one line.
    const QString workUnit = QStringLiteral("演示市示例区某某街道办事处下属综合服务中心第二分部档案与信息管理"
                                            "科及其所属的资料整理与数字化加工小组");
    QVERIFY2(!fullText.contains(workUnit), "wrapped, not on one line");
    QVERIFY2(QString(fullText).remove(QLatin1Char('\n')).contains(workUnit), qPrintable(fullText));
}

void TestCliPrint::P1_moveInDateIsPrintedOnlyWhenEntered()
{
    // #20 item 5: the 入住日期 box prints what is on file, never the date the owner was
    // registered. The owner of 3-1-503 became owner on 2020-03-01 and gave no move-in date;
    // the owner of 3-1-504 moved in on 2021-05-01.
    for (const char* room : {"3-1-503", "3-1-504"})
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room)})
                     .code,
                 0);
    const auto add = [&](const QString& room, const QString& name, const QString& idBody,
                         const QStringList& extra) {
        QString id = idBody;
        id += ar::mainlandIdCheckChar(id);
        const Run r = as(QStringLiteral("clerk1"),
                         QStringList{QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                                     room, QStringLiteral("--name"), name, QStringLiteral("--id"), id,
                                     QStringLiteral("--phone"), QStringLiteral("13900009999"),
                                     QStringLiteral("--since"), QStringLiteral("2020-03-01")} +
                             extra,
                         false);
        QVERIFY2(r.code == 0, qPrintable(r.err));
    };
    add(QStringLiteral("3-1-503"), QStringLiteral("钱未填"), QStringLiteral("44010019800808006"), {});
    add(QStringLiteral("3-1-504"), QStringLiteral("孙已填"), QStringLiteral("44010019810909007"),
        {QStringLiteral("--move-in"), QStringLiteral("2021-05-01")});
    const QString none = file(QStringLiteral("p1-no-move-in.pdf"));
    QCOMPARE(print(QStringLiteral("clerk1"), {QStringLiteral("owner-form"), QStringLiteral("--room"),
                                              QStringLiteral("3-1-503"), QStringLiteral("--out"), none})
                 .code,
             0);
    const QString noneText = pdfText(none);
    QVERIFY2(noneText.contains(QString::fromUtf8("入住日期")), qPrintable(noneText));
    // The date of the tie is the form's 填写日期, once; the move-in box stays empty.
    QCOMPARE(noneText.count(QStringLiteral("2020-03-01")), 1);
    const QString given = file(QStringLiteral("p1-move-in.pdf"));
    QCOMPARE(print(QStringLiteral("clerk1"), {QStringLiteral("owner-form"), QStringLiteral("--room"),
                                              QStringLiteral("3-1-504"), QStringLiteral("--out"), given})
                 .code,
             0);
    const QString givenText = pdfText(given);
    QCOMPARE(givenText.count(QStringLiteral("2020-03-01")), 1);
    QCOMPARE(givenText.count(QStringLiteral("2021-05-01")), 1);
}

void TestCliPrint::P1_P2_blankFormsAndTenantForm()
{
    const QString blank = file(QStringLiteral("p1-blank.pdf"));
    const Run r = print(QStringLiteral("assist1"), {QStringLiteral("owner-form"), QStringLiteral("--blank"),
                                                    QStringLiteral("--out"), blank});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = pdfText(blank);
    for (const char* expected : {"业主档案表", "姓名", "性别", "身份证号码", "联系电话", "家庭住址",
                                 "工作单位", "业主身份", "家庭成员", "填写日期", "业主签字"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(!text.contains(QStringLiteral("欧阳明华")));
    QCOMPARE(pageSize(blank), QStringLiteral("A4 portrait")); // A4 portrait

    const QString tenant = file(QStringLiteral("p2.pdf"));
    const Run t =
        print(QStringLiteral("clerk1"), {QStringLiteral("tenant-form"), QStringLiteral("--room"),
                                         QStringLiteral("3-1-502"), QStringLiteral("--out"), tenant});
    QVERIFY2(t.code == 0, qPrintable(t.err));
    const QString tt = pdfText(tenant);
    QVERIFY2(tt.contains(QStringLiteral("租户档案表")), qPrintable(tt));
    QVERIFY(tt.contains(QStringLiteral("赵租客")));
    QVERIFY(tt.contains(QStringLiteral("租户签字")));
    QVERIFY(!tt.contains(QStringLiteral("13500004444"))); // masked: printed without --unmask
    // The owner form of a room with no tenant dossier: not found, no file.
    QCOMPARE(print(QStringLiteral("clerk1"),
                   {QStringLiteral("tenant-form"), QStringLiteral("--room"), QStringLiteral("3-2-301"),
                    QStringLiteral("--out"), file(QStringLiteral("p2-none.pdf"))})
                 .code,
             5);
}

void TestCliPrint::P3_dossierContentsList()
{
    const QString pdf = file(QStringLiteral("p3-dossier.pdf"));
    const Run r = print(QStringLiteral("clerk1"), {QStringLiteral("catalog"), QStringLiteral("--dossier"),
                                                   m_owners.at(1), QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QString text = pdfText(pdf);
    for (const char* expected : {"卷内目录", "序号", "档号", "题名", "日期", "页数", "备注", "卷内文件第1件",
                                 "卷内文件第3件", "2026-11-02", "合计页数：9", "第 1 页 共 1 页"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(text.contains(m_owners.at(1) + QStringLiteral("-2")));
}

void TestCliPrint::P3_R14_catalogInShelfOrderLandscapeWithPageNumbers()
{
    const QString pdf = file(QStringLiteral("p3-estate.pdf"));
    const Run r = print(QStringLiteral("assist1"), {QStringLiteral("catalog"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(pageSize(pdf), QStringLiteral("A4 landscape")); // A4 landscape
    const QString text = pdfText(pdf);
    for (const char* expected : {"归档文件目录", "序号", "档号", "文号", "责任者", "题名", "日期", "密级",
                                 "页数", "备注", "HY-2026-02", "华苑物业客服部", "第 1 页 共"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    // R14: building 3 before building 10; in 3, unit 1 before unit 2; 301 before 1201.
    const int b3u1 = text.indexOf(m_owners.at(3)), b3u2r301 = text.indexOf(m_owners.at(2)),
              b3u2r1201 = text.indexOf(m_owners.at(1)), b10 = text.indexOf(m_owners.at(0));
    QVERIFY(b3u1 >= 0 && b3u2r301 >= 0 && b3u2r1201 >= 0 && b10 >= 0);
    QVERIFY2(b3u1 < b3u2r301 && b3u2r301 < b3u2r1201 && b3u2r1201 < b10, qPrintable(text));

    // A building, and a box.
    const QString b = file(QStringLiteral("p3-b3.pdf"));
    QCOMPARE(print(QStringLiteral("clerk1"), {QStringLiteral("catalog"), QStringLiteral("--building"),
                                              QStringLiteral("3"), QStringLiteral("--out"), b})
                 .code,
             0);
    QVERIFY(!pdfText(b).contains(m_owners.at(0)));
    QVERIFY(pdfText(b).contains(QStringLiteral("楼座：3")));
    for (const auto& [path, kind] :
         {std::pair{"档案室", "room"}, std::pair{"档案室/A柜", "cabinet"},
          std::pair{"档案室/A柜/1层", "shelf"}, std::pair{"档案室/A柜/1层/盒01", "box"}})
        QCOMPARE(as(QStringLiteral("clerk1"),
                    {QStringLiteral("location"), QStringLiteral("add"), QString::fromUtf8(path),
                     QStringLiteral("--kind"), QString::fromLatin1(kind)},
                    false)
                     .code,
                 0);
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("dossier"), QStringLiteral("move"), m_owners.at(2), QStringLiteral("--to"),
                 QStringLiteral("档案室/A柜/1层/盒01")},
                false)
                 .code,
             0);
    const QString box = file(QStringLiteral("p3-box.pdf"));
    const Run boxRun = print(QStringLiteral("clerk1"),
                             {QStringLiteral("catalog"), QStringLiteral("--location"),
                              QStringLiteral("档案室/A柜/1层/盒01"), QStringLiteral("--out"), box});
    QVERIFY2(boxRun.code == 0, qPrintable(boxRun.err));
    QVERIFY(pdfText(box).contains(m_owners.at(2)));
    QVERIFY(!pdfText(box).contains(m_owners.at(1)));
}

void TestCliPrint::P3_catalogRepeatsItsHeaderOnEveryPage()
{
    // A demo estate of its own, large enough for several pages.
    const QString demoDb = file(QStringLiteral("demo.db"));
    QCOMPARE(runArchiveroom(demoDb,
                            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                            QString(), {}, QStringLiteral("admin-secret"))
                 .code,
             0);
    QCOMPARE(runArchiveroom(demoDb,
                            {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("30")},
                            QStringLiteral("admin"), QStringLiteral("admin-secret"))
                 .code,
             0);
    QCOMPARE(
        runArchiveroom(demoDb,
                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("democlerk"),
                        QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                        QStringLiteral("档案室"), QStringLiteral("--name"), QStringLiteral("democlerk")},
                       QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("user-secret"))
            .code,
        0);
    const QString pdf = file(QStringLiteral("p3-demo.pdf"));
    const Run r =
        runArchiveroom(demoDb,
                       {QStringLiteral("--lang"), QStringLiteral("zh_CN"), QStringLiteral("print"),
                        QStringLiteral("catalog"), QStringLiteral("--out"), pdf, QStringLiteral("--json")},
                       QStringLiteral("democlerk"), QStringLiteral("user-secret"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const int pages = pdfPages(pdf);
    QVERIFY2(pages >= 3, qPrintable(QString::number(pages)));
    QCOMPARE(r.json().object().value(QStringLiteral("pages")).toInt(), pages);
    int previousLast = 0;
    for (int p = 1; p <= pages; ++p) {
        const QString text = pdfText(pdf, p);
        for (const char* header : {"序号", "档号", "文号", "责任者", "题名", "密级", "页数", "备注"})
            QVERIFY2(text.contains(QString::fromUtf8(header)),
                     qPrintable(QStringLiteral("page %1: %2").arg(p).arg(QString::fromUtf8(header))));
        QVERIFY2(text.contains(QStringLiteral("第 %1 页 共 %2 页").arg(p).arg(pages)), qPrintable(text));
        // Numbering runs on from page to page: the first 序号 of a page follows the last of the one before.
        const QStringList lines = pdfText(pdf, p, true).split(QLatin1Char('\n'));
        int first = 0, last = 0;
        for (const QString& line : lines) {
            const auto m = QRegularExpression(QStringLiteral("^\\s*(\\d+)\\s+Z109-")).match(line);
            if (!m.hasMatch())
                continue;
            if (!first)
                first = m.captured(1).toInt();
            last = m.captured(1).toInt();
        }
        QVERIFY2(first == previousLast + 1,
                 qPrintable(QStringLiteral("page %1 starts at %2").arg(p).arg(first)));
        previousLast = last;
    }
    // Nothing cut off: every page renders, landscape, with ink inside the margins only.
    QCOMPARE(
        tool(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("40"),
                                          QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                          QStringLiteral("1"), pdf, file(QStringLiteral("p3-demo"))}),
        QString());
    QImage img(file(QStringLiteral("p3-demo-1.png")));
    if (img.isNull())
        img.load(file(QStringLiteral("p3-demo-01.png")));
    QVERIFY(!img.isNull());
    QVERIFY(img.width() > img.height());
    const int edge = img.width() * 10 / 297; // 10 mm of the 15 mm margin
    for (int y = 0; y < img.height(); ++y)
        for (int x : {0, edge / 2, img.width() - 1 - edge / 2, img.width() - 1})
            QVERIFY2(qGray(img.pixel(x, y)) > 200, "ink in the margin");
}

void TestCliPrint::P4_P5_registersForAPeriod()
{
    // A loan checked out and returned today, and a copy request with its copies.
    const Run asked = as(QStringLiteral("head1"),
                         {QStringLiteral("loan"), QStringLiteral("request"), m_owners.at(3),
                          QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                          QStringLiteral("产权核对借阅"), QStringLiteral("--json")},
                         false);
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    const QString id = QString::number(asked.json().object().value(QStringLiteral("id")).toInteger());
    if (asked.json().object().value(QStringLiteral("status")).toString() == QLatin1String("pending"))
        QCOMPARE(
            as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("approve"), id}, false).code,
            0);
    const Run out =
        as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("checkout"), id}, false);
    QVERIFY2(out.code == 0, qPrintable(out.err));
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("loan"), QStringLiteral("return"), id, QStringLiteral("--condition"),
                 QStringLiteral("ok")},
                false)
                 .code,
             0);

    // A request withdrawn before its decision never left the shelves: it is not on the register
    // (withdrawing stamps the loan's decision time, which put it in the period).
    const Run waiting = as(QStringLiteral("staff1"),
                           {QStringLiteral("loan"), QStringLiteral("request"), m_owners.at(0),
                            QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                            QStringLiteral("查阅后撤回"), QStringLiteral("--json")},
                           false);
    QVERIFY2(waiting.code == 0, qPrintable(waiting.err));
    QCOMPARE(waiting.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    const QString waitingId =
        QString::number(waiting.json().object().value(QStringLiteral("id")).toInteger());
    const Run withdrawn =
        as(QStringLiteral("staff1"), {QStringLiteral("loan"), QStringLiteral("withdraw"), waitingId}, false);
    QVERIFY2(withdrawn.code == 0, qPrintable(withdrawn.err));

    const QString today = ar::test::today().toString(Qt::ISODate);
    const QString p4 = file(QStringLiteral("p4.pdf"));
    const Run r =
        print(QStringLiteral("clerk1"), {QStringLiteral("borrow-register"), QStringLiteral("--from"), today,
                                         QStringLiteral("--to"), today, QStringLiteral("--out"), p4});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(pageSize(p4), QStringLiteral("A4 landscape"));
    const QString text = pdfText(p4);
    for (const char* expected :
         {"档案借阅登记表", "借阅日期", "借阅人", "部门", "档号", "题名", "目的", "审批人", "应还日期",
          "归还日期", "经手人", "借阅人签字", "备注", "产权核对借阅", "共 1 条"})
        QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(text.contains(m_owners.at(3)));
    QVERIFY(!text.contains(QStringLiteral("查阅后撤回")));
    QVERIFY(!text.contains(m_owners.at(0)));
    QVERIFY(text.contains(QStringLiteral("期间：%1 至 %1").arg(today)));
    // A period before the loan lists nothing.
    const QString empty = file(QStringLiteral("p4-empty.pdf"));
    QCOMPARE(print(QStringLiteral("clerk1"),
                   {QStringLiteral("borrow-register"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2020-01-31"), QStringLiteral("--out"), empty})
                 .code,
             0);
    QVERIFY(!pdfText(empty).contains(m_owners.at(3)));
    QVERIFY(pdfText(empty).contains(QStringLiteral("共 0 条")));

    // Two copy requests of a leader, approved, their copies registered by the clerk: one made in the
    // period, one made before it (its date moved to 2020 with the sqlite3 tool, as the program
    // always writes the day it runs).
    QCOMPARE(
        runArchiveroom(db(),
                       {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("gm1"),
                        QStringLiteral("--role"), QStringLiteral("leader"), QStringLiteral("--department"),
                        QStringLiteral("总经理办公室"), QStringLiteral("--name"), QStringLiteral("gm1")},
                       QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("user-secret"))
            .code,
        0);
    QStringList copyIds;
    for (const auto& [no, pages, sheets] :
         {std::tuple{m_owners.at(1), "1-3", "3"}, std::tuple{m_owners.at(2), "7-8", "2"}}) {
        const Run copy =
            as(QStringLiteral("gm1"),
               {QStringLiteral("loan"), QStringLiteral("request"), no, QStringLiteral("--mode"),
                QStringLiteral("copy"), QStringLiteral("--purpose"), QStringLiteral("办理产权证明复印"),
                QStringLiteral("--pages"), QString::fromLatin1(pages), QStringLiteral("--json")},
               false);
        QVERIFY2(copy.code == 0, qPrintable(copy.err));
        const QString loan = QString::number(copy.json().object().value(QStringLiteral("id")).toInteger());
        if (copy.json().object().value(QStringLiteral("status")).toString() == QLatin1String("pending"))
            QCOMPARE(
                as(QStringLiteral("head1"), {QStringLiteral("loan"), QStringLiteral("approve"), loan}, false)
                    .code,
                0); // the head of 客服部, which owns owner dossiers (R25)
        const Run made = as(QStringLiteral("clerk1"),
                            {QStringLiteral("loan"), QStringLiteral("copy"), loan, QStringLiteral("--pages"),
                             QString::fromLatin1(pages), QStringLiteral("--sheets"),
                             QString::fromLatin1(sheets), QStringLiteral("--json")},
                            false);
        QVERIFY2(made.code == 0, qPrintable(made.err));
        copyIds << QString::number(made.json().object().value(QStringLiteral("id")).toInteger());
    }
    QVERIFY(!copyIds.at(1).isEmpty() && copyIds.at(1) != QLatin1String("0"));
    QProcess sql;
    sql.start(QStringLiteral("sqlite3"),
              {db(), QStringLiteral("UPDATE copy_entries SET made_at = '2020-01-15T02:00:00Z' WHERE id = %1")
                         .arg(copyIds.at(1))});
    QVERIFY(sql.waitForFinished(30000) && sql.exitCode() == 0);

    const QString p5 = file(QStringLiteral("p5.pdf"));
    const Run c =
        print(QStringLiteral("clerk1"), {QStringLiteral("copy-register"), QStringLiteral("--from"), today,
                                         QStringLiteral("--to"), today, QStringLiteral("--out"), p5});
    QVERIFY2(c.code == 0, qPrintable(c.err));
    const QString ct = pdfText(p5);
    for (const char* expected :
         {"资料文件借阅、复制记录表", "ZC-05/B05", "借阅/复制人", "资料名称", "页数/份数", "签字", "借阅"})
        QVERIFY2(ct.contains(QString::fromUtf8(expected)), expected);
    QVERIFY(ct.contains(m_owners.at(3))); // the take-out
    // The copy made in the period is a row with its pages; the one made before is not.
    QVERIFY2(ct.contains(m_owners.at(1)), qPrintable(ct));
    QVERIFY2(ct.contains(QStringLiteral("1-3")), qPrintable(ct));
    QVERIFY2(!ct.contains(m_owners.at(2)), qPrintable(ct));
    QVERIFY2(!ct.contains(QStringLiteral("7-8")), qPrintable(ct));
    // Its own period lists it, and not today's.
    const QString before = file(QStringLiteral("p5-2020.pdf"));
    QCOMPARE(print(QStringLiteral("clerk1"),
                   {QStringLiteral("copy-register"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
                    QStringLiteral("--to"), QStringLiteral("2020-01-31"), QStringLiteral("--out"), before})
                 .code,
             0);
    const QString bt = pdfText(before);
    QVERIFY2(bt.contains(m_owners.at(2)) && bt.contains(QStringLiteral("7-8")), qPrintable(bt));
    QVERIFY2(!bt.contains(m_owners.at(1)), qPrintable(bt));
}

void TestCliPrint::P6_R14_labelCodesDecodeToThePrintedArchiveNumbers()
{
    const QString pdf = file(QStringLiteral("p6.pdf"));
    const Run r = print(QStringLiteral("clerk1"), {QStringLiteral("labels"), QStringLiteral("--building"),
                                                   QStringLiteral("3"), QStringLiteral("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    // The default sheet: A4, 3 columns × 8 rows of 70 × 37 mm from 0.5 mm down. Each label is
    // cut out of the page rendered at 300 dpi; its code is decoded and compared with the 档号
    // pdftotext finds inside the same label.
    const int dpi = 300;
    tool(QStringLiteral("pdftoppm"),
         {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-gray"),
          QStringLiteral("-singlefile"), pdf, file(QStringLiteral("p6"))});
    QImage page(file(QStringLiteral("p6.png")));
    QVERIFY(!page.isNull());
    page = page.convertToFormat(QImage::Format_Grayscale8);
    const double px = dpi / 25.4;
    QStringList decoded, printed;
    for (int slot = 0; slot < 24; ++slot) {
        const int row = slot / 3, col = slot % 3;
        const QRect cell(int(col * 70 * px), int((0.5 + row * 37) * px), int(70 * px), int(37 * px));
        const QString text = tool(QStringLiteral("pdftotext"),
                                  {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-x"),
                                   QString::number(cell.x()), QStringLiteral("-y"), QString::number(cell.y()),
                                   QStringLiteral("-W"), QString::number(cell.width()), QStringLiteral("-H"),
                                   QString::number(cell.height()), pdf, QStringLiteral("-")})
                                 .remove(QLatin1Char('\n'))
                                 .remove(QLatin1Char(' '));
        const QImage crop = page.copy(cell);
        const ZXing::ImageView view(crop.constBits(), crop.width(), crop.height(), ZXing::ImageFormat::Lum,
                                    int(crop.bytesPerLine()));
        const auto results =
            ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128));
        if (results.empty()) {
            QVERIFY2(!text.contains(QStringLiteral("Z109")),
                     qPrintable(QStringLiteral("slot %1 has text but no code").arg(slot)));
            continue;
        }
        QCOMPARE(int(results.size()), 1);
        // Code 128 by default (issue #20): the code carries the ASCII form every scanner types,
        // "." for "·"; the text keeps the real 档号.
        const QString code = QString::fromStdString(results.front().text());
        QVERIFY2(!code.contains(QChar(0x00B7)), qPrintable(code));
        QString real = code;
        real.replace(QLatin1Char('.'), QChar(0x00B7));
        QVERIFY2(text.contains(real),
                 qPrintable(QStringLiteral("slot %1: code %2, text %3").arg(slot).arg(code, text)));
        decoded << real;
        printed << code;
    }
    // What the scanner types back names the dossier printed on the label.
    for (int i = 0; i < printed.size(); ++i) {
        const Run shown = as(QStringLiteral("clerk1"), {QStringLiteral("dossier"), QStringLiteral("show"),
                                                        printed.at(i), QStringLiteral("--json")});
        QVERIFY2(shown.code == 0, qPrintable(shown.err));
        QCOMPARE(shown.json().object().value(QStringLiteral("archive_no")).toString(), decoded.at(i));
    }
    // Building 3's three owner dossiers and the tenant's, in shelf order (R14): unit 1 (502:
    // owner, tenant) before unit 2 (301, 1201).
    QCOMPARE(decoded.size(), 4);
    QCOMPARE(decoded.at(0), m_owners.at(3));
    QVERIFY(decoded.at(1).contains(QStringLiteral("ZH")));
    QCOMPARE(decoded.at(2), m_owners.at(2));
    QCOMPARE(decoded.at(3), m_owners.at(1));
    // The room number is large on the label: present in the text of the first label.
    QVERIFY(pdfText(pdf).contains(QStringLiteral("502")));
    QVERIFY(pdfText(pdf).contains(QStringLiteral("3座")));
}

void TestCliPrint::P6_labelSheetsAndRanges()
{
    // A sheet that does not fit the page is refused with the sizes; one that fits is saved.
    const Run bad = as(QStringLiteral("clerk1"),
                       {QStringLiteral("label-sheet"), QStringLiteral("add"), QStringLiteral("太宽"),
                        QStringLiteral("--rows"), QStringLiteral("5"), QStringLiteral("--columns"),
                        QStringLiteral("4"), QStringLiteral("--width"), QStringLiteral("60"),
                        QStringLiteral("--height"), QStringLiteral("50")});
    QCOMPARE(bad.code, 4);
    QVERIFY2(bad.err.contains(QStringLiteral("240")) && bad.err.contains(QStringLiteral("210")),
             qPrintable(bad.err));
    QCOMPARE(
        as(QStringLiteral("clerk1"),
           {QStringLiteral("label-sheet"), QStringLiteral("add"), QStringLiteral("档案盒2×5"),
            QStringLiteral("--rows"), QStringLiteral("5"), QStringLiteral("--columns"), QStringLiteral("2"),
            QStringLiteral("--width"), QStringLiteral("90"), QStringLiteral("--height"), QStringLiteral("50"),
            QStringLiteral("--left"), QStringLiteral("10"), QStringLiteral("--top"), QStringLiteral("10")})
            .code,
        0);
    const Run list = as(QStringLiteral("clerk1"),
                        {QStringLiteral("label-sheet"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY(list.out.contains(QStringLiteral("档案盒2×5")));

    // A range of rooms in shelf order, on the saved sheet, skipping three used labels: one page.
    const QString pdf = file(QStringLiteral("p6-range.pdf"));
    const Run r = print(QStringLiteral("clerk1"),
                        {QStringLiteral("labels"), QStringLiteral("--room"), QStringLiteral("3-2-301"),
                         QStringLiteral("--to-room"), QStringLiteral("10-1-101"), QStringLiteral("--sheet"),
                         QStringLiteral("档案盒2×5"), QStringLiteral("--skip"), QStringLiteral("3"),
                         QStringLiteral("--out"), pdf, QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(QStringLiteral("pages")).toInt(), 1);
    const QString text = pdfText(pdf);
    QVERIFY(text.contains(m_owners.at(2)) && text.contains(m_owners.at(1)) && text.contains(m_owners.at(0)));
    QVERIFY(!text.contains(m_owners.at(3)));
    // Backwards is refused.
    QCOMPARE(print(QStringLiteral("clerk1"),
                   {QStringLiteral("labels"), QStringLiteral("--room"), QStringLiteral("10-1-101"),
                    QStringLiteral("--to-room"), QStringLiteral("3-2-301"), QStringLiteral("--out"),
                    file(QStringLiteral("p6-back.pdf"))})
                 .code,
             4);
    // QR on request; like Code 128 it carries the ASCII form ("." for "·", issue #20).
    const QString qrPdf = file(QStringLiteral("p6-qr.pdf"));
    const Run qr = print(QStringLiteral("clerk1"),
                         {QStringLiteral("labels"), QStringLiteral("--room"), QStringLiteral("3-2-301"),
                          QStringLiteral("--code"), QStringLiteral("qr"), QStringLiteral("--out"), qrPdf});
    QVERIFY2(qr.code == 0, qPrintable(qr.err));
    QVERIFY(pdfText(qrPdf).contains(m_owners.at(2)));
}

void TestCliPrint::R27_everyPrintIsAudited()
{
    // The prints of the functions above, on this function's own archive: the owner form masked
    // (the assistant) and in full (the clerk, with a reason), the spine labels of building 3,
    // the catalogues and the registers; and staff1's refused one.
    const QString to = ar::test::today().toString(Qt::ISODate);
    const QList<std::pair<QString, QStringList>> prints = {
        {QStringLiteral("assist1"),
         {QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("3-2-1201")}},
        {QStringLiteral("clerk1"),
         {QStringLiteral("owner-form"), QStringLiteral("--dossier"), m_owners.at(1),
          QStringLiteral("--unmask"), QStringLiteral("--reason"), QStringLiteral("产权核对")}},
        {QStringLiteral("clerk1"),
         {QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("10-1-101")}},
        {QStringLiteral("clerk1"),
         {QStringLiteral("labels"), QStringLiteral("--building"), QStringLiteral("3")}},
        {QStringLiteral("assist1"), {QStringLiteral("catalog")}},
        {QStringLiteral("clerk1"),
         {QStringLiteral("catalog"), QStringLiteral("--building"), QStringLiteral("3")}},
        {QStringLiteral("clerk1"),
         {QStringLiteral("borrow-register"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
          QStringLiteral("--to"), to}},
        {QStringLiteral("clerk1"),
         {QStringLiteral("copy-register"), QStringLiteral("--from"), QStringLiteral("2020-01-01"),
          QStringLiteral("--to"), to}}};
    int n = 0;
    for (const auto& [login, args] : prints) {
        const QString out = file(QStringLiteral("r27-%1.pdf").arg(++n));
        const Run printed =
            as(login, QStringList{QStringLiteral("print")} + args + QStringList{QStringLiteral("--out"), out},
               false);
        QVERIFY2(printed.code == 0,
                 qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + printed.err));
    }
    QCOMPARE(as(QStringLiteral("staff1"),
                {QStringLiteral("print"), QStringLiteral("owner-form"), QStringLiteral("--room"),
                 QStringLiteral("3-2-1201"), QStringLiteral("--out"), file(QStringLiteral("r27-staff.pdf"))},
                false)
                 .code,
             3);

    const Run r = runArchiveroom(db(),
                                 {QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                                  QStringLiteral("print"), QStringLiteral("--limit"), QStringLiteral("500"),
                                  QStringLiteral("--json")},
                                 QStringLiteral("clerk1"), QStringLiteral("user-secret"));
    QVERIFY2(r.code == 0, qPrintable(r.err));
    const QJsonArray records = r.json().array();
    QVERIFY2(records.size() >= 8, qPrintable(r.out.left(2000)));
    bool maskedForm = false, fullForm = false, labels = false;
    for (const QJsonValue& v : records) {
        const QJsonObject o = v.toObject();
        const QJsonObject d =
            QJsonDocument::fromJson(o.value(QStringLiteral("detail")).toString().toUtf8()).object();
        QVERIFY2(d.value(QStringLiteral("pages")).toInt() >= 1,
                 qPrintable(o.value(QStringLiteral("detail")).toString()));
        const QString form = d.value(QStringLiteral("form")).toString();
        if (form == QLatin1String("owner-form") &&
            o.value(QStringLiteral("user")).toString() == QLatin1String("assist1") &&
            o.value(QStringLiteral("dossier")).toString() == m_owners.at(1))
            maskedForm = d.value(QStringLiteral("masked")).toBool();
        if (form == QLatin1String("owner-form") && !d.value(QStringLiteral("masked")).toBool())
            fullForm = o.value(QStringLiteral("reason")).toString() == QStringLiteral("产权核对");
        if (form == QLatin1String("labels"))
            labels = d.value(QStringLiteral("entries")).toInt() == 4 || labels;
    }
    QVERIFY(maskedForm);
    QVERIFY(fullForm);
    QVERIFY(labels);
    // The refused prints left no record: none by staff1.
    for (const QJsonValue& v : records)
        QVERIFY(v.toObject().value(QStringLiteral("user")).toString() != QLatin1String("staff1"));
}

void TestCliPrint::badInputWritesNothing()
{
    const QString out = file(QStringLiteral("bad.pdf"));
    const struct
    {
        QStringList args;
        int code;
        const char* says;
    } cases[] = {
        {{QStringLiteral("borrow-register"), QStringLiteral("--from"), QStringLiteral("2026-12-31"),
          QStringLiteral("--to"), QStringLiteral("2026-12-01")},
         4,
         "早于"},
        {{QStringLiteral("borrow-register")}, 4, "起止日期"},
        {{QStringLiteral("copy-register"), QStringLiteral("--from"), QStringLiteral("2026-13-01"),
          QStringLiteral("--to"), QStringLiteral("2026-12-01")},
         4,
         "2026-13-01"},
        {{QStringLiteral("catalog"), QStringLiteral("--building"), QStringLiteral("99")}, 4, "99"},
        {{QStringLiteral("labels"), QStringLiteral("--sheet"), QStringLiteral("没有这种")}, 4, "没有这种"},
        {{QStringLiteral("labels")}, 4, "楼座"},
        {{QStringLiteral("owner-form"), QStringLiteral("--room"), QStringLiteral("3-9-999")}, 5, ""},
        {{QStringLiteral("receipt")}, 2, "receipt"},
    };
    for (const auto& c : cases) {
        const Run r = print(QStringLiteral("clerk1"), c.args + QStringList{QStringLiteral("--out"), out});
        QVERIFY2(r.code == c.code, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        QVERIFY2(r.err.contains(QString::fromUtf8(c.says)), qPrintable(r.err));
        QVERIFY(!QFile::exists(out));
        QVERIFY(!QFile::exists(out + QStringLiteral(".part")));
    }
    QCOMPARE(print(QStringLiteral("clerk1"),
                   {QStringLiteral("labels"), QStringLiteral("--building"), QStringLiteral("3"),
                    QStringLiteral("--out"), file(QStringLiteral("x.png"))})
                 .code,
             2);
    QCOMPARE(print(QStringLiteral("clerk1"),
                   {QStringLiteral("labels"), QStringLiteral("--building"), QStringLiteral("3"),
                    QStringLiteral("--out"), file(QStringLiteral("no/such/dir/x.pdf"))})
                 .code,
             4);
}

QTEST_MAIN(TestCliPrint)
#include "TestCliPrint.moc"
