// The destruction procedure from the command line (R43, P7): execution without approval exits 3
// and changes nothing; the 销毁清册 of an executed batch is a PDF whose text lists the dossiers
// and the signature lines. Dossiers of 1990 and 2000 are past retention on the fixed clock
// (CliRunner.h).

#include "CliRunner.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace ar::test;

namespace {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000))
        qFatal("pdftotext did not finish");
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestCliDestroy : public QObject
{
    Q_OBJECT

    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("a.db")); }
    Run as(const QString& user, const QStringList& args)
    {
        return runArchiveroom(db(), args, user, QStringLiteral("user-secret"));
    }
    QString m_repair, m_service;
    // The batch of both dossiers proposed, approved by the three it needs and executed (as
    // R43_executionWithoutApprovalChangesNothing leaves it); every function starts from the
    // template, where both are only past their retention.
    bool executedBatch()
    {
        const Run p = as(QStringLiteral("clerk1"),
                         {QStringLiteral("destroy"), QStringLiteral("propose"), m_repair, m_service,
                          QStringLiteral("--reason"), QStringLiteral("保管期满"), QStringLiteral("--json")});
        const QString batch = QString::number(p.json().object().value(QStringLiteral("batch")).toInt());
        bool ok = p.code == 0;
        for (const char* approver : {"kf1", "gm", "gc1"})
            ok = ok && as(QString::fromLatin1(approver),
                          {QStringLiteral("destroy"), QStringLiteral("approve"), batch})
                               .code == 0;
        return ok && as(QStringLiteral("clerk1"),
                        {QStringLiteral("destroy"), QStringLiteral("execute"), batch,
                         QStringLiteral("--method"), QStringLiteral("粉碎"), QStringLiteral("--witness"),
                         QStringLiteral("w1"), QStringLiteral("--witness"), QStringLiteral("w2")})
                             .code == 0;
    }

private slots:
    void initTestCase();
    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }
    void R43_executionWithoutApprovalChangesNothing();
    void P7_destructionListPrintsTheBatchWithSignatureLines();
};

void TestCliDestroy::initTestCase()
{
    ar::test::useFixedClock(); // before the template is made
    QVERIFY(m_dir.isValid());
    QCOMPARE(runArchiveroom(db(),
                            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                            QString(), {}, QStringLiteral("admin-secret"))
                 .code,
             0);
    for (const auto& [login, role, dept] :
         {std::tuple{"clerk1", "clerk", "档案室"}, std::tuple{"kf1", "manager", "客服部"},
          std::tuple{"gc1", "manager", "工程部"}, std::tuple{"gm", "leader", "总经理办公室"},
          std::tuple{"w1", "staff", "客服部"}, std::tuple{"w2", "staff", "工程部"}})
        QCOMPARE(runArchiveroom(
                     db(),
                     {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                      QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--department"),
                      QString::fromUtf8(dept), QStringLiteral("--name"), QString::fromLatin1(login)},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("user-secret"))
                     .code,
                 0);
    auto open = [&](const QString& category, const QString& title, const QString& year) {
        const Run r =
            as(QStringLiteral("clerk1"),
               {QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"), category,
                QStringLiteral("--title"), title, QStringLiteral("--year"), year, QStringLiteral("--json")});
        return r.json().object().value(QStringLiteral("archive_no")).toString();
    };
    m_repair = open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), QStringLiteral("1990"));
    m_service = open(QStringLiteral("service"), QStringLiteral("2000年投诉记录"), QStringLiteral("2000"));
    QVERIFY(!m_repair.isEmpty() && !m_service.isEmpty());
    const Run c = as(QStringLiteral("clerk1"),
                     {QStringLiteral("destroy"), QStringLiteral("candidates"), QStringLiteral("--json")});
    QCOMPARE(c.code, 0);
    QCOMPARE(c.json().array().size(), 2);
    QCOMPARE(c.json().array().at(0).toObject().value(QStringLiteral("retention")).toString(),
             QStringLiteral("D10"));
}

void TestCliDestroy::R43_executionWithoutApprovalChangesNothing()
{
    const Run p = as(QStringLiteral("clerk1"),
                     {QStringLiteral("destroy"), QStringLiteral("propose"), m_repair, m_service,
                      QStringLiteral("--reason"), QStringLiteral("保管期满"), QStringLiteral("--json")});
    QCOMPARE(p.code, 0);
    const QString batch = QString::number(p.json().object().value(QStringLiteral("batch")).toInt());
    QCOMPARE(p.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("proposed"));
    // 客服部's head and the leader approved; 工程部's part is missing.
    QCOMPARE(as(QStringLiteral("kf1"), {QStringLiteral("destroy"), QStringLiteral("approve"), batch}).code,
             0);
    QCOMPARE(as(QStringLiteral("gm"), {QStringLiteral("destroy"), QStringLiteral("approve"), batch}).code, 0);
    const QStringList execute{
        QStringLiteral("destroy"),  QStringLiteral("execute"),   batch,
        QStringLiteral("--method"), QStringLiteral("粉碎"),      QStringLiteral("--witness"),
        QStringLiteral("w1"),       QStringLiteral("--witness"), QStringLiteral("w2")};
    const Run refused = as(QStringLiteral("clerk1"), execute);
    QCOMPARE(refused.code, 3);
    QVERIFY2(refused.err.contains(QStringLiteral("工程部")), qPrintable(refused.err));
    const Run shown = as(QStringLiteral("clerk1"), {QStringLiteral("dossier"), QStringLiteral("show"),
                                                    m_repair, QStringLiteral("--json")});
    QCOMPARE(shown.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QVERIFY(shown.json().object().value(QStringLiteral("hold")).isNull());
    const Run list = as(QStringLiteral("clerk1"),
                        {QStringLiteral("destroy"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("proposed"));
    QCOMPARE(list.json().array().at(0).toObject().value(QStringLiteral("approvals")).toArray().size(), 2);
    // A witness that is the executor is bad input (4), also before approval nothing moves.
    QCOMPARE(as(QStringLiteral("gc1"), {QStringLiteral("destroy"), QStringLiteral("approve"), batch}).code,
             0);
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("destroy"), QStringLiteral("execute"), batch, QStringLiteral("--method"),
                 QStringLiteral("粉碎"), QStringLiteral("--witness"), QStringLiteral("w1"),
                 QStringLiteral("--witness"), QStringLiteral("clerk1")})
                 .code,
             4);
    const Run done = as(QStringLiteral("clerk1"), execute + QStringList{QStringLiteral("--json")});
    QCOMPARE(done.code, 0);
    QCOMPARE(done.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("destroyed"));
    const Run tomb = as(QStringLiteral("clerk1"), {QStringLiteral("dossier"), QStringLiteral("show"),
                                                   m_repair, QStringLiteral("--json")});
    QCOMPARE(tomb.json().object().value(QStringLiteral("status")).toString(), QStringLiteral("destroyed"));
    QCOMPARE(tomb.json().object().value(QStringLiteral("batch")).toInt(), batch.toInt());
    QVERIFY(!tomb.json().object().value(QStringLiteral("destroyed_on")).toString().isEmpty());
    QVERIFY(tomb.json().object().value(QStringLiteral("items")).toArray().isEmpty());
}

void TestCliDestroy::P7_destructionListPrintsTheBatchWithSignatureLines()
{
    QVERIFY(executedBatch());
    const QString pdf = m_dir.filePath(QStringLiteral("p7.pdf"));
    const Run r = as(QStringLiteral("clerk1"),
                     {QStringLiteral("print"), QStringLiteral("destruction-list"), QStringLiteral("--batch"),
                      QStringLiteral("1"), QStringLiteral("--out"), pdf});
    QCOMPARE(r.code, 0);
    const QString text = pdfText(pdf);
    for (const QString& expected :
         {m_repair, m_service, QStringLiteral("1990年水管维修"), QStringLiteral("保管期满"),
          QStringLiteral("Proposed by"), QStringLiteral("Head of 工程部: gc1"),
          QStringLiteral("Company leader: gm"), QStringLiteral("Witness: w1"), QStringLiteral("Witness: w2"),
          QStringLiteral("Date of destruction")})
        QVERIFY2(text.contains(expected), qPrintable(expected + QStringLiteral(" not in:\n") + text));
    const QString xlsx = m_dir.filePath(QStringLiteral("p7.xlsx"));
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("export"), QStringLiteral("destruction-list"), xlsx,
                                           QStringLiteral("--batch"), QStringLiteral("1")})
                 .code,
             0);
    QVERIFY(QFileInfo(xlsx).size() > 0);
    QCOMPARE(as(QStringLiteral("w1"),
                {QStringLiteral("print"), QStringLiteral("destruction-list"), QStringLiteral("--batch"),
                 QStringLiteral("1"), QStringLiteral("--out"), m_dir.filePath(QStringLiteral("w.pdf"))})
                 .code,
             3);
}

QTEST_MAIN(TestCliDestroy)
#include "TestCliDestroy.moc"
