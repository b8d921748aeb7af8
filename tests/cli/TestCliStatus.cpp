// `status` and `print self-inspection` as scripts see them (issue #19 item 6, R48): on the demo
// estate with one of every kind added, each number of `status --json` is the length of the list
// it opens (`status --list KEY`) and of the list the command that owns it prints.
#include "CliRunner.h"

#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliStatus : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString m_held;
    QString db() const { return m_dir.filePath(QStringLiteral("status.db")); }
    Run as(const QString& login, const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, login, login + QStringLiteral("-secret"), newPassword);
    }
    Run clerk(const QStringList& args) { return as(QStringLiteral("clerk1"), args); }
    // Adds a repair dossier (of `year`, or this year) and returns its 档号.
    QString repair(const QString& title, int year = 0)
    {
        QStringList args{QStringLiteral("dossier"), QStringLiteral("add"),     QStringLiteral("--category"),
                         QStringLiteral("repair"),  QStringLiteral("--title"), title,
                         QStringLiteral("--json")};
        if (year)
            args << QStringLiteral("--year") << QString::number(year);
        const Run r = clerk(args);
        if (r.code != 0)
            qFatal("dossier add: %s", qPrintable(r.err));
        return r.json().object().value(QStringLiteral("archive_no")).toString();
    }
    int length(const QString& login, const QStringList& args)
    {
        const Run r = as(login, args + QStringList{QStringLiteral("--json")});
        if (r.code != 0)
            qFatal("%s: %s", qPrintable(args.join(QLatin1Char(' '))), qPrintable(r.err));
        return int(r.json().array().size());
    }

private slots:
    void initTestCase();
    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }
    void R48_everyNumberIsTheLengthOfTheListItOpens();
    void R48_badInputAndOtherRolesAreRefused();
    void R48_monthlySheetPrints();
    void R44_P7_monthlyReconciliationReport();
};

void TestCliStatus::initTestCase()
{
    ar::test::useFixedClock(); // before the template is made
    QVERIFY(m_dir.isValid());
    QCOMPARE(runArchiveroom(db(),
                            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {},
                            {}, QStringLiteral("admin-secret"))
                 .code,
             0);
    const Run demo =
        as(QStringLiteral("admin"), {QStringLiteral("demo"), QStringLiteral("--households"),
                                     QStringLiteral("20"), QStringLiteral("--seed"), QStringLiteral("7")});
    QVERIFY2(demo.code == 0, qPrintable(demo.err));
    for (const auto& [login, role, dept] :
         {std::tuple{"clerk1", "clerk", "档案室"}, std::tuple{"gm", "leader", "总经理办公室"},
          std::tuple{"headcs", "manager", "客服部"}, std::tuple{"w1", "staff", "客服部"}})
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                     QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--department"),
                     QString::fromUtf8(dept), QStringLiteral("--name"), QString::fromLatin1(login)},
                    QString::fromLatin1(login) + QStringLiteral("-secret"))
                     .code,
                 0);
    for (const auto& [path, kind] :
         {std::pair{"档案室", "room"}, std::pair{"档案室/A柜", "cabinet"},
          std::pair{"档案室/A柜/第1层", "shelf"}, std::pair{"档案室/A柜/第2层", "shelf"}})
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("location"), QStringLiteral("add"), QString::fromUtf8(path),
                     QStringLiteral("--kind"), QString::fromLatin1(kind)})
                     .code,
                 0);
    // The kinds the demo does not make: shelved folders and a reconciliation of one shelf that
    // misses two, a lost loan, damage, a late filing, a destroy candidate, a hold, a violation,
    // a backup.
    QStringList first, second;
    for (int i = 0; i < 6; ++i) {
        const QString no = repair(QStringLiteral("维修记录第%1册").arg(i + 1));
        QCOMPARE(clerk({QStringLiteral("dossier"), QStringLiteral("move"), no, QStringLiteral("--to"),
                        i < 4 ? QStringLiteral("档案室/A柜/第1层") : QStringLiteral("档案室/A柜/第2层")})
                     .code,
                 0);
        (i < 4 ? first : second) << no;
    }
    const Run started =
        clerk({QStringLiteral("reconcile"), QStringLiteral("start"), QStringLiteral("--location"),
               QStringLiteral("档案室/A柜/第1层"), QStringLiteral("--json")});
    QVERIFY2(started.code == 0, qPrintable(started.err));
    const QString session =
        QString::number(started.json().object().value(QStringLiteral("session")).toInteger());
    QCOMPARE(
        clerk({QStringLiteral("reconcile"), QStringLiteral("scan"), session, first.at(0), first.at(1)}).code,
        0);
    QCOMPARE(clerk({QStringLiteral("reconcile"), QStringLiteral("finish"), session}).code, 0);
    const Run asked = as(QStringLiteral("gm"),
                         {QStringLiteral("loan"), QStringLiteral("request"), second.at(0),
                          QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                          QStringLiteral("审计"), QStringLiteral("--json")});
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    const QString loan = QString::number(asked.json().object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(clerk({QStringLiteral("loan"), QStringLiteral("checkout"), loan}).code, 0);
    QCOMPARE(clerk({QStringLiteral("loan"), QStringLiteral("lost"), loan, QStringLiteral("--report"),
                    QStringLiteral("出差途中遗失")})
                 .code,
             0);
    QCOMPARE(clerk({QStringLiteral("damage"), QStringLiteral("add"), second.at(1), QStringLiteral("--note"),
                    QStringLiteral("封皮受潮")})
                 .code,
             0);
    const Run filed =
        clerk({QStringLiteral("file"), second.at(1), QStringLiteral("--item"), QStringLiteral("维修记录"),
               QStringLiteral("--received"), ar::test::today().addDays(-10).toString(Qt::ISODate),
               QStringLiteral("--field"), QStringLiteral("维修内容=更换门锁"), QStringLiteral("--queue")});
    QVERIFY2(filed.code == 0, qPrintable(filed.err));
    repair(QStringLiteral("1990年维修记录"), 1990);
    m_held = repair(QStringLiteral("1991年维修记录"), 1991);
    QCOMPARE(clerk({QStringLiteral("hold"), QStringLiteral("add"), m_held, QStringLiteral("--reason"),
                    QStringLiteral("诉讼中")})
                 .code,
             0);
    QCOMPARE(as(QStringLiteral("gm"),
                {QStringLiteral("violation"), QStringLiteral("add"), QStringLiteral("--person"),
                 QStringLiteral("张三"), QStringLiteral("--what"), QStringLiteral("逾期未还"),
                 QStringLiteral("--measure"), QStringLiteral("警告")})
                 .code,
             0);
    const Run backup = clerk(
        {QStringLiteral("backup"), QStringLiteral("create"), m_dir.filePath(QStringLiteral("a.arbackup"))});
    QVERIFY2(backup.code == 0, qPrintable(backup.err));
}

void TestCliStatus::R48_everyNumberIsTheLengthOfTheListItOpens()
{
    const QDate today = ar::test::today();
    const QDate monthStart(today.year(), today.month(), 1);
    const QString from = monthStart.toString(Qt::ISODate);
    const QString to = monthStart.addMonths(1).addDays(-1).toString(Qt::ISODate);
    const auto o = [](const char* s) { return QString::fromLatin1(s); };
    // The command that owns each list, as that role runs it.
    const QList<std::pair<QString, QStringList>> owners{
        {o("overdue"), {o("loan"), o("list"), o("--overdue")}},
        {o("lost"), {o("loan"), o("list"), o("--status"), o("lost")}},
        {o("damaged"), {o("damage"), o("list")}},
        {o("missing_items"), {o("dossier"), o("missing")}},
        {o("late_filings"), {o("dossier"), o("queue"), o("--late")}},
        {o("missing_dossiers"), {o("reconcile"), o("missing")}},
        {o("destroy_candidates"), {o("destroy"), o("candidates")}},
        {o("violations"), {o("violation"), o("list"), o("--from"), from, o("--to"), to}},
    };
    // Each number against its lists for the leader (every part); the clerk's part and the
    // department manager's scope are proved against the same lists in TestServicesSelfInspection,
    // here only that the clerk's JSON leaves out what is not theirs (each run of the binary
    // signs in, so the run stays short).
    {
        const Run r = as(o("clerk1"), {o("status"), o("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject s = r.json().object();
        QVERIFY(s.value(o("pending_approvals")).isNull());
        QVERIFY(s.value(o("violations")).isNull());
        QVERIFY(s.value(o("overdue")).isDouble());
        QCOMPARE(length(o("clerk1"), {o("status"), o("--list"), o("overdue")}), s.value(o("overdue")).toInt());
    }
    for (const QString& login : {o("gm")}) {
        const Run r = as(login, {o("status"), o("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject s = r.json().object();
        for (const char* key : {"overdue", "lost", "pending_approvals", "damaged", "missing_items",
                                "late_filings", "missing_dossiers", "destroy_candidates", "held",
                                "violations", "last_backup", "reconciliation"})
            QVERIFY2(s.contains(o(key)), key);
        for (const char* key :
             {"overdue", "lost", "pending_approvals", "damaged", "missing_items", "late_filings",
              "missing_dossiers", "destroy_candidates", "held", "violations"}) {
            const QJsonValue n = s.value(o(key));
            if (login == o("clerk1") && (o(key) == o("pending_approvals") || o(key) == o("violations"))) {
                QVERIFY2(n.isNull(), key); // not the clerk's part
                continue;
            }
            QVERIFY2(n.isDouble(), qPrintable(login + o(" ") + o(key)));
            // The list the number opens.
            QCOMPARE(length(login, {o("status"), o("--list"), o(key)}), n.toInt());
            if (login == o("gm"))
                QVERIFY2(n.toInt() > 0, key); // one of every kind: no comparison of two zeros
        }
        // The list each number comes from, as the command that owns it prints it.
        for (const auto& [key, args] : owners) {
            if (s.value(key).isNull())
                continue;
            QVERIFY2(length(login, args) == s.value(key).toInt(),
                     qPrintable(QStringLiteral("%1 as %2: %3, `%4` lists %5")
                                    .arg(key, login)
                                    .arg(s.value(key).toInt())
                                    .arg(args.join(QLatin1Char(' ')))
                                    .arg(length(login, args))));
        }
        // R11 by building adds up; the month's reconciliation; the last backup.
        int byBuilding = 0;
        for (const QJsonValue& b : s.value(o("missing_items_by_building")).toArray())
            byBuilding += b.toObject().value(o("dossiers")).toInt();
        QCOMPARE(byBuilding, s.value(o("missing_items")).toInt());
        const QJsonObject rec = s.value(o("reconciliation")).toObject();
        QCOMPARE(rec.value(o("month")).toString(), monthStart.toString(QStringLiteral("yyyy-MM")));
        QCOMPARE(rec.value(o("state")).toString(), o("partly")); // shelf 2 not reconciled
        QCOMPARE(rec.value(o("uncovered")).toArray().size(), 1);
        QCOMPARE(rec.value(o("uncovered")).toArray().at(0).toString(),
                 QStringLiteral("档案室 › A柜 › 第2层"));
        QCOMPARE(rec.value(o("sessions")).toInt(), length(login, {o("reconcile"), o("list")}));
        QCOMPARE(rec.value(o("sessions")).toInt(),
                 length(login, {o("status"), o("--list"), o("reconciliation_sessions")}));
        QCOMPARE(rec.value(o("missing")).toInt(), 2);
        QCOMPARE(rec.value(o("missing")).toInt(), rec.value(o("missing_list")).toArray().size());
        QCOMPARE(rec.value(o("missing")).toInt(),
                 length(login, {o("status"), o("--list"), o("reconciliation_missing")}));
        QVERIFY(s.value(o("last_backup")).isString());
        QCOMPARE(s.value(o("held")).toInt(), 1);
    }
    // The leader's list of holds names the held dossier; the text output names every number.
    const Run held = as(o("gm"), {o("status"), o("--list"), o("held"), o("--json")});
    QCOMPARE(held.json().array().at(0).toObject().value(o("archive_no")).toString(), m_held);
    const Run text = as(o("gm"), {o("status")});
    QCOMPARE(text.code, 0);
    QVERIFY2(text.out.contains(o("Dossiers on hold")) && text.out.contains(o("Last backup: 20")),
             qPrintable(text.out));
}

void TestCliStatus::R48_badInputAndOtherRolesAreRefused()
{
    const auto o = [](const char* s) { return QString::fromLatin1(s); };
    Run r = as(o("gm"), {o("status"), o("--month"), o("2026-13")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(o("2026-13")), qPrintable(r.err));
    r = as(o("gm"), {o("status"), o("--month"), o("2999-01")});
    QCOMPARE(r.code, 4);
    QVERIFY2(r.err.contains(o("2999-01")), qPrintable(r.err));
    r = as(o("gm"), {o("status"), o("--list"), o("nonsense")});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(o("missing_items")), qPrintable(r.err));
    QCOMPARE(clerk({o("status"), o("--list"), o("violations")}).code, 3);
    QCOMPARE(as(o("w1"), {o("status")}).code, 3);
    QCOMPARE(as(o("admin"), {o("status")}).code, 3);
    r = as(o("gm"), {o("print"), o("self-inspection"), o("--month"), o("2026/11"), o("--out"),
                     m_dir.filePath(o("bad.pdf"))});
    QCOMPARE(r.code, 4);
    QVERIFY(!QFile::exists(m_dir.filePath(o("bad.pdf"))));
}

void TestCliStatus::R48_monthlySheetPrints()
{
    const auto o = [](const char* s) { return QString::fromLatin1(s); };
    const QString pdf = m_dir.filePath(o("sheet.pdf"));
    const QString month = ar::test::today().toString(o("yyyy-MM"));
    const Run r =
        as(o("gm"), {o("print"), o("self-inspection"), o("--month"), month, o("--out"), pdf, o("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(r.json().object().value(o("form")).toString(), o("self-inspection"));
    QProcess p;
    p.start(o("pdftotext"), {o("-layout"), pdf, o("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(o("Monthly archive self-inspection sheet")), qPrintable(text));
    QVERIFY2(text.contains(m_held), qPrintable(text));
    QVERIFY2(text.contains(o("Inspected by")) && text.contains(o("Reviewed by")), qPrintable(text));
    QVERIFY2(text.contains(o("more")), qPrintable(text)); // the missing items are cut after eight
    QCOMPARE(as(o("w1"), {o("print"), o("self-inspection"), o("--out"), pdf}).code, 3);
}

void TestCliStatus::R44_P7_monthlyReconciliationReport()
{
    const auto o = [](const char* s) { return QString::fromLatin1(s); };
    const QString pdf = m_dir.filePath(o("month.pdf"));
    const QString month = ar::test::today().toString(o("yyyy-MM"));
    const Run r = clerk({o("print"), o("reconciliation"), o("--month"), month, o("--out"), pdf});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QProcess p;
    p.start(o("pdftotext"), {o("-layout"), pdf, o("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(text.contains(o("Monthly reconciliation report")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("第2层")) && text.contains(o("not reconciled")), qPrintable(text));
    QVERIFY2(text.contains(o("Reviewed by")), qPrintable(text));
    const Run xlsx = clerk(
        {o("print"), o("reconciliation"), o("--month"), month, o("--out"), m_dir.filePath(o("month.xlsx"))});
    QVERIFY2(xlsx.code == 0, qPrintable(xlsx.err));
    // Both a session and a month, or neither: usage; a bad month: invalid input.
    QCOMPARE(
        clerk({o("print"), o("reconciliation"), o("--session"), o("1"), o("--month"), month, o("--out"), pdf})
            .code,
        2);
    QCOMPARE(clerk({o("print"), o("reconciliation"), o("--out"), pdf}).code, 2);
    QCOMPARE(clerk({o("print"), o("reconciliation"), o("--month"), o("2026-00"), o("--out"), pdf}).code, 4);
}

QTEST_MAIN(TestCliStatus)
#include "TestCliStatus.moc"
