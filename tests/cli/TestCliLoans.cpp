// The borrowing commands as scripts see them (issue #5): loan request … list, visit add and
// calendar load, their exit codes and the JSON keys of CLI.md.
#include "CliRunner.h"
#include "core/Validators.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliLoans : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString m_no; // the owner dossier of 3-2-1201
    qint64 m_staffLoan = 0;
    qint64 m_leaderLoan = 0;

    QString db() const { return m_dir.filePath(QStringLiteral("loans.db")); }
    Run as(const QString& login, QStringList args)
    {
        return runArchiveroom(db(), args, login,
                              login == QLatin1String("admin") ? QStringLiteral("admin-secret")
                                                              : QStringLiteral("user-secret"));
    }
    static QJsonObject obj(const Run& r) { return r.json().object(); }
    bool sqlite3(const QString& sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db(), sql});
        return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
    }
    // The steps earlier functions' scenarios leave behind, for the functions that go on from
    // there (each function starts from the template: the owner dossier m_no, no loans).
    // A run that must succeed; says what failed.
    bool ok(const Run& r, const char* what)
    {
        if (r.code != 0)
            qWarning("%s: exit %d: %s", what, r.code, qPrintable(r.err));
        return r.code == 0;
    }
    // staff1 asks for the owner dossier, head1 approves, the desk checks it out (m_staffLoan).
    bool staffLoanOut()
    {
        const Run asked = as(QStringLiteral("staff1"),
                             {QStringLiteral("loan"), QStringLiteral("request"), m_no,
                              QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                              QStringLiteral("回访核对"), QStringLiteral("--json")});
        m_staffLoan = obj(asked).value(QStringLiteral("id")).toInteger();
        return ok(asked, "staff1's request") &&
               ok(as(QStringLiteral("head1"),
                     {QStringLiteral("loan"), QStringLiteral("approve"), QString::number(m_staffLoan)}),
                  "head1's approval") &&
               ok(as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("checkout"), m_no,
                                                QStringLiteral("--borrower"), QStringLiteral("staff1")}),
                  "checkout");
    }
    // … and brings it back with a bent cover (a damage record waiting for repair, R45).
    bool staffLoanReturnedDamaged()
    {
        return staffLoanOut() &&
               ok(as(QStringLiteral("clerk1"),
                     {QStringLiteral("loan"), QStringLiteral("return"), m_no, QStringLiteral("--condition"),
                      QStringLiteral("damaged"), QStringLiteral("--note"), QStringLiteral("封面折角")}),
                  "damaged return");
    }
    // The leader gm is granted the dossier without approval (m_leaderLoan), not yet out.
    bool leaderLoanGranted()
    {
        const Run asked = as(QStringLiteral("gm"),
                             {QStringLiteral("loan"), QStringLiteral("request"), m_no,
                              QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                              QStringLiteral("检查"), QStringLiteral("--json")});
        m_leaderLoan = obj(asked).value(QStringLiteral("id")).toInteger();
        return ok(asked, "gm's request");
    }
    // … checked out.
    bool leaderLoanOut()
    {
        return leaderLoanGranted() &&
               ok(as(QStringLiteral("clerk1"),
                     {QStringLiteral("loan"), QStringLiteral("checkout"), QString::number(m_leaderLoan)}),
                  "gm's checkout");
    }

    static void hasLoanKeys(const QJsonObject& o)
    {
        for (const char* key : {"id", "archive_no", "borrower", "mode", "status", "rule", "approver", "due"})
            QVERIFY2(o.contains(QLatin1String(key)), key);
    }

private slots:
    void initTestCase();
    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }
    void R2_R23_anotherDepartmentsRequestGoesToTheOwningHead();
    void R23_staffRequestWaitsForTheHeadAndIsCheckedOutByScan();
    void R21_R33_leaderGrantedButTheDossierIsNotOutTwice();
    void R33_returnNeedsAnExplicitCondition();
    void R33_returnRecordsTheCondition();
    void R24_visitIsNeverCheckedOut();
    void R35_overdueListHasDaysOverdue();
    void R34_lostWithReport();
    void R34_foundAgainWithANote();
    void R31_calendarLoadIsForTheAdministrator();
    void R45_R47_damageRepairAndOwnerRequests();
    void usageErrorsAndHelp();
};

void TestCliLoans::initTestCase()
{
    ar::test::useFixedClock(); // before the template is made
    QVERIFY(m_dir.isValid());
    QCOMPARE(runArchiveroom(db(),
                            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                            QString(), {}, QStringLiteral("admin-secret"))
                 .code,
             0);
    for (const auto& [login, role, dept] :
         {std::tuple{"clerk1", "clerk", "客服部"}, std::tuple{"staff1", "staff", "客服部"},
          std::tuple{"head1", "manager", "客服部"}, std::tuple{"gm", "leader", "总经理办公室"},
          std::tuple{"staff2", "staff", "工程部"}, std::tuple{"head2", "manager", "工程部"}})
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
    QCOMPARE(as(QStringLiteral("admin"),
                {QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1201")})
                 .code,
             0);
    QString id = QStringLiteral("31000019800517043");
    id += ar::mainlandIdCheckChar(id);
    const Run owner = as(QStringLiteral("clerk1"),
                         {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                          QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳明华"),
                          QStringLiteral("--id"), id, QStringLiteral("--phone"),
                          QStringLiteral("13800135678"), QStringLiteral("--json")});
    QVERIFY2(owner.code == 0, qPrintable(owner.err));
    m_no = obj(owner).value(QStringLiteral("archive_no")).toString();
    QVERIFY(!m_no.isEmpty());
}

// Issue #16's repro: a 工程部 staff member asks for an owner dossier, which 客服部 owns (R2).
void TestCliLoans::R2_R23_anotherDepartmentsRequestGoesToTheOwningHead()
{
    const Run asked = as(QStringLiteral("staff2"),
                         {QStringLiteral("loan"), QStringLiteral("request"), m_no, QStringLiteral("--mode"),
                          QStringLiteral("borrow"), QStringLiteral("--purpose"),
                          QStringLiteral("查看装修资料"), QStringLiteral("--json")});
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    QCOMPARE(obj(asked).value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(obj(asked).value(QStringLiteral("department")).toString(), QStringLiteral("工程部"));
    QVERIFY(obj(asked).value(QStringLiteral("approver")).toString().contains(QStringLiteral("head1")));
    const qint64 id = obj(asked).value(QStringLiteral("id")).toInteger();
    const QStringList inbox{QStringLiteral("loan"), QStringLiteral("inbox"), QStringLiteral("--json")};

    // Not in the 工程部 head's inbox, nor theirs to approve.
    const Run eng = as(QStringLiteral("head2"), inbox);
    QVERIFY2(eng.code == 0, qPrintable(eng.err));
    QCOMPARE(eng.json().array().size(), 0);
    QCOMPARE(
        as(QStringLiteral("head2"), {QStringLiteral("loan"), QStringLiteral("approve"), QString::number(id)})
            .code,
        3);
    // In the 客服部 head's inbox; the 客服部 head approves.
    const Run cs = as(QStringLiteral("head1"), inbox);
    QVERIFY2(cs.code == 0, qPrintable(cs.err));
    QCOMPARE(cs.json().array().size(), 1);
    QCOMPARE(cs.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), id);
    const Run approved = as(QStringLiteral("head1"), {QStringLiteral("loan"), QStringLiteral("approve"),
                                                      QString::number(id), QStringLiteral("--json")});
    QVERIFY2(approved.code == 0, qPrintable(approved.err));
    QCOMPARE(obj(approved).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(obj(approved).value(QStringLiteral("approver")).toString(), QStringLiteral("head1"));
    QCOMPARE(as(QStringLiteral("head1"), inbox).json().array().size(), 0);

    // Issue #20 item 7: who asked withdraws a request while it waits, never once it is decided.
    const QStringList withdraw{QStringLiteral("loan"), QStringLiteral("withdraw"), QString::number(id)};
    QCOMPARE(as(QStringLiteral("staff2"), withdraw).code, 6);
    const Run again = as(QStringLiteral("staff2"),
                         {QStringLiteral("loan"), QStringLiteral("request"), m_no, QStringLiteral("--mode"),
                          QStringLiteral("view"), QStringLiteral("--purpose"), QStringLiteral("再看一次"),
                          QStringLiteral("--json")});
    QVERIFY2(again.code == 0, qPrintable(again.err));
    const QString second = QString::number(obj(again).value(QStringLiteral("id")).toInteger());
    QCOMPARE(as(QStringLiteral("head1"), {QStringLiteral("loan"), QStringLiteral("withdraw"), second}).code,
             3);
    const Run withdrawn = as(QStringLiteral("staff2"), {QStringLiteral("loan"), QStringLiteral("withdraw"),
                                                        second, QStringLiteral("--json")});
    QVERIFY2(withdrawn.code == 0, qPrintable(withdrawn.err));
    QCOMPARE(obj(withdrawn).value(QStringLiteral("status")).toString(), QStringLiteral("withdrawn"));
    QCOMPARE(as(QStringLiteral("head1"), inbox).json().array().size(), 0);
}

void TestCliLoans::R23_staffRequestWaitsForTheHeadAndIsCheckedOutByScan()
{
    const Run asked = as(QStringLiteral("staff1"),
                         {QStringLiteral("loan"), QStringLiteral("request"), m_no, QStringLiteral("--mode"),
                          QStringLiteral("borrow"), QStringLiteral("--purpose"), QStringLiteral("回访核对"),
                          QStringLiteral("--json")});
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    const QJsonObject o = obj(asked);
    hasLoanKeys(o);
    QCOMPARE(o.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
    QCOMPARE(o.value(QStringLiteral("rule")).toString(), QStringLiteral("R23"));
    QCOMPARE(o.value(QStringLiteral("borrower")).toString(), QStringLiteral("staff1"));
    QCOMPARE(o.value(QStringLiteral("mode")).toString(), QStringLiteral("borrow"));
    QVERIFY(o.value(QStringLiteral("approver")).toString().contains(QStringLiteral("head1")));
    m_staffLoan = o.value(QStringLiteral("id")).toInteger();
    const QString id = QString::number(m_staffLoan);

    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("approve"), id}).code, 3);
    const Run approved = as(QStringLiteral("head1"), {QStringLiteral("loan"), QStringLiteral("approve"), id,
                                                      QStringLiteral("--json")});
    QVERIFY2(approved.code == 0, qPrintable(approved.err));
    QCOMPARE(obj(approved).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(obj(approved).value(QStringLiteral("approver")).toString(), QStringLiteral("head1"));

    // The scanner types the 档号 of the spine label.
    const Run out = as(QStringLiteral("clerk1"),
                       {QStringLiteral("loan"), QStringLiteral("checkout"), m_no,
                        QStringLiteral("--borrower"), QStringLiteral("staff1"), QStringLiteral("--json")});
    QVERIFY2(out.code == 0, qPrintable(out.err));
    QCOMPARE(obj(out).value(QStringLiteral("status")).toString(), QStringLiteral("out"));
    QCOMPARE(obj(out).value(QStringLiteral("id")).toInteger(), m_staffLoan);
    // R31: owner dossiers are due back the same day.
    QCOMPARE(obj(out).value(QStringLiteral("due")).toString(), ar::test::today().toString(Qt::ISODate));
}

void TestCliLoans::R21_R33_leaderGrantedButTheDossierIsNotOutTwice()
{
    QVERIFY(staffLoanOut());
    const Run asked = as(QStringLiteral("gm"),
                         {QStringLiteral("loan"), QStringLiteral("request"), m_no, QStringLiteral("--mode"),
                          QStringLiteral("borrow"), QStringLiteral("--purpose"), QStringLiteral("检查"),
                          QStringLiteral("--json")});
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    QCOMPARE(obj(asked).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    QCOMPARE(obj(asked).value(QStringLiteral("rule")).toString(), QStringLiteral("R21"));
    m_leaderLoan = obj(asked).value(QStringLiteral("id")).toInteger();
    const Run twice = as(QStringLiteral("clerk1"),
                         {QStringLiteral("loan"), QStringLiteral("checkout"), QString::number(m_leaderLoan)});
    QCOMPARE(twice.code, 6);
    QVERIFY2(twice.err.contains(QStringLiteral("staff1")), qPrintable(twice.err));
}

void TestCliLoans::R33_returnNeedsAnExplicitCondition()
{
    QVERIFY(staffLoanOut());
    // staff1's folder is out; a return that does not say its condition is a usage error.
    const Run r = as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("return"), m_no});
    QCOMPARE(r.code, 2);
    QVERIFY2(r.err.contains(QStringLiteral("--condition")), qPrintable(r.err));
    const Run list = as(QStringLiteral("clerk1"),
                        {QStringLiteral("loan"), QStringLiteral("list"), QStringLiteral("--status"),
                         QStringLiteral("out"), QStringLiteral("--json")});
    QCOMPARE(list.json().array().size(), 1); // still out
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), m_staffLoan);
}

void TestCliLoans::R33_returnRecordsTheCondition()
{
    QVERIFY(staffLoanOut());
    const QStringList ret{QStringLiteral("loan"), QStringLiteral("return"), m_no};
    QCOMPARE(
        as(QStringLiteral("clerk1"), ret + QStringList{QStringLiteral("--condition"), QStringLiteral("wet")})
            .code,
        4);
    QCOMPARE(as(QStringLiteral("clerk1"),
                ret + QStringList{QStringLiteral("--condition"), QStringLiteral("damaged")})
                 .code,
             4); // what is damaged must be said
    const Run back =
        as(QStringLiteral("clerk1"),
           ret + QStringList{QStringLiteral("--condition"), QStringLiteral("damaged"),
                             QStringLiteral("--note"), QStringLiteral("封面折角"), QStringLiteral("--json")});
    QVERIFY2(back.code == 0, qPrintable(back.err));
    QCOMPARE(obj(back).value(QStringLiteral("status")).toString(), QStringLiteral("returned"));
    QCOMPARE(obj(back).value(QStringLiteral("condition")).toString(), QStringLiteral("damaged"));
    QCOMPARE(
        as(QStringLiteral("clerk1"), ret + QStringList{QStringLiteral("--condition"), QStringLiteral("ok")})
            .code,
        6); // not out any more
}

void TestCliLoans::R24_visitIsNeverCheckedOut()
{
    const Run v =
        as(QStringLiteral("clerk1"),
           {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--organ"),
            QStringLiteral("华苑派出所"), QStringLiteral("--officer"), QStringLiteral("李警官"),
            QStringLiteral("--credential"), QStringLiteral("警官证 110123"), QStringLiteral("--dossier"),
            m_no, QStringLiteral("--approved-by"), QStringLiteral("head1"), QStringLiteral("--json")});
    QVERIFY2(v.code == 0, qPrintable(v.err));
    QCOMPARE(obj(v).value(QStringLiteral("status")).toString(), QStringLiteral("in_room"));
    const QString loan = QString::number(obj(v).value(QStringLiteral("loan")).toInteger());
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("checkout"), loan}).code,
             3);
    // Without the consent of a leader or the owning head: refused, nothing written.
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("visit"), QStringLiteral("add"), QStringLiteral("--organ"),
                 QStringLiteral("法院"), QStringLiteral("--officer"), QStringLiteral("王"),
                 QStringLiteral("--credential"), QStringLiteral("x"), QStringLiteral("--dossier"), m_no,
                 QStringLiteral("--approved-by"), QStringLiteral("staff1")})
                 .code,
             4);
}

void TestCliLoans::R35_overdueListHasDaysOverdue()
{
    QVERIFY(staffLoanReturnedDamaged());
    QVERIFY(leaderLoanGranted());
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("loan"), QStringLiteral("checkout"), QString::number(m_leaderLoan)})
                 .code,
             0);
    // Three days have passed since the due date.
    const QDate due = ar::test::today().addDays(-3);
    QVERIFY(sqlite3(QStringLiteral("UPDATE loans SET due = '%1' WHERE id = %2")
                        .arg(due.toString(Qt::ISODate))
                        .arg(m_leaderLoan)));
    const Run list = as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("list"),
                                                   QStringLiteral("--overdue"), QStringLiteral("--json")});
    QVERIFY2(list.code == 0, qPrintable(list.err));
    const QJsonArray a = list.json().array();
    QCOMPARE(a.size(), 1);
    hasLoanKeys(a.first().toObject());
    QCOMPARE(a.first().toObject().value(QStringLiteral("id")).toInteger(), m_leaderLoan);
    QCOMPARE(a.first().toObject().value(QStringLiteral("days_overdue")).toInt(), 3);
    // --mine: staff1 sees only their own loan.
    const Run mine = as(QStringLiteral("staff1"), {QStringLiteral("loan"), QStringLiteral("list"),
                                                   QStringLiteral("--mine"), QStringLiteral("--json")});
    QCOMPARE(mine.json().array().size(), 1);
    QCOMPARE(mine.json().array().first().toObject().value(QStringLiteral("id")).toInteger(), m_staffLoan);
    QCOMPARE(mine.json().array().first().toObject().value(QStringLiteral("days_overdue")).toInt(), 0);

    // The reminder slips (催还单) from the command line: a page per overdue loan, one print
    // record per loan chased.
    const QString pdf = m_dir.filePath(QStringLiteral("reminders.pdf"));
    const Run printed =
        as(QStringLiteral("clerk1"),
           {QStringLiteral("print"), QStringLiteral("reminders"), QStringLiteral("--loan"),
            QString::number(m_leaderLoan), QStringLiteral("--out"), pdf, QStringLiteral("--json")});
    QVERIFY2(printed.code == 0, qPrintable(printed.err));
    QCOMPARE(obj(printed).value(QStringLiteral("pages")).toInt(), 1);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString slip = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(slip.contains(m_no), qPrintable(slip));
    QVERIFY2(slip.contains(due.toString(Qt::ISODate)), qPrintable(slip));
    QProcess n;
    n.start(QStringLiteral("sqlite3"),
            {db(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print' AND entity = 'loan' "
                                  "AND entity_id = %1")
                       .arg(m_leaderLoan)});
    QVERIFY(n.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(n.readAllStandardOutput()).trimmed(), QStringLiteral("1"));
    // A loan that is not overdue has no slip: refused, naming it, and nothing is written.
    const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
    const Run refused = as(QStringLiteral("clerk1"),
                           {QStringLiteral("print"), QStringLiteral("reminders"), QStringLiteral("--loan"),
                            QString::number(m_staffLoan), QStringLiteral("--out"), none});
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(QString::number(m_staffLoan)), qPrintable(refused.err));
    QVERIFY(!QFileInfo::exists(none));
}

void TestCliLoans::R34_lostWithReport()
{
    QVERIFY(staffLoanReturnedDamaged());
    QVERIFY(leaderLoanOut());
    const QStringList lost{QStringLiteral("loan"), QStringLiteral("lost"), QString::number(m_leaderLoan)};
    QCOMPARE(as(QStringLiteral("clerk1"), lost).code, 4);
    const Run r = as(QStringLiteral("clerk1"), lost + QStringList{QStringLiteral("--report"),
                                                                  QStringLiteral("出差途中遗失，已书面报告"),
                                                                  QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(obj(r).value(QStringLiteral("status")).toString(), QStringLiteral("lost"));
    QProcess p;
    p.start(QStringLiteral("sqlite3"),
            {db(), QStringLiteral("SELECT status FROM dossiers WHERE archive_no = '%1'").arg(m_no)});
    QVERIFY(p.waitForFinished(30000));
    QCOMPARE(QString::fromUtf8(p.readAllStandardOutput()).trimmed(), QStringLiteral("lost"));
}

void TestCliLoans::R34_foundAgainWithANote()
{
    QVERIFY(staffLoanReturnedDamaged());
    QVERIFY(leaderLoanOut());
    QVERIFY(ok(as(QStringLiteral("clerk1"),
                  {QStringLiteral("loan"), QStringLiteral("lost"), QString::number(m_leaderLoan),
                   QStringLiteral("--report"), QStringLiteral("出差途中遗失，已书面报告")}),
               "lost"));
    // Lost (as R34_lostWithReport leaves it): nobody may ask for it until it is found.
    const QStringList ask{QStringLiteral("loan"),   QStringLiteral("request"), m_no,
                          QStringLiteral("--mode"), QStringLiteral("view"),    QStringLiteral("--purpose"),
                          QStringLiteral("核对")};
    QCOMPARE(as(QStringLiteral("gm"), ask).code, 4);
    const QStringList found{QStringLiteral("loan"), QStringLiteral("found"), m_no};
    QCOMPARE(
        as(QStringLiteral("staff1"), found + QStringList{QStringLiteral("--note"), QStringLiteral("x")}).code,
        3);
    QCOMPARE(as(QStringLiteral("clerk1"), found).code, 4); // the note is required
    const Run r = as(QStringLiteral("clerk1"),
                     found + QStringList{QStringLiteral("--note"), QStringLiteral("在会议室找到"),
                                         QStringLiteral("--json")});
    QVERIFY2(r.code == 0, qPrintable(r.err));
    QCOMPARE(obj(r).value(QStringLiteral("archive_no")).toString(), m_no);
    QCOMPARE(obj(r).value(QStringLiteral("status")).toString(), QStringLiteral("open"));
    QCOMPARE(
        as(QStringLiteral("clerk1"), found + QStringList{QStringLiteral("--note"), QStringLiteral("x")}).code,
        6); // not lost any more
    QCOMPARE(as(QStringLiteral("gm"), ask).code, 0);
}

void TestCliLoans::R31_calendarLoadIsForTheAdministrator()
{
    const QString file = m_dir.filePath(QStringLiteral("2027.json"));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(R"({"year": 2027, "papers": ["https://www.gov.cn/test"], "days": [
        {"name": "元旦", "date": "2027-01-01", "isOffDay": true}]})");
    f.close();
    const QStringList load{QStringLiteral("calendar"), QStringLiteral("load"), file};
    QCOMPARE(as(QStringLiteral("clerk1"), load).code, 3);
    const Run ok = as(QStringLiteral("admin"), load + QStringList{QStringLiteral("--json")});
    QVERIFY2(ok.code == 0, qPrintable(ok.err));
    QCOMPARE(obj(ok).value(QStringLiteral("year")).toInt(), 2027);
    QCOMPARE(obj(ok).value(QStringLiteral("dates")).toInt(), 1);
    const Run years = as(QStringLiteral("clerk1"),
                         {QStringLiteral("calendar"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(years.code == 0, qPrintable(years.err));
    QStringList seen;
    for (const QJsonValue& v : years.json().array())
        seen << QString::number(v.toObject().value(QStringLiteral("year")).toInt());
    QCOMPARE(seen, (QStringList{QStringLiteral("2020"), QStringLiteral("2021"), QStringLiteral("2022"),
                                QStringLiteral("2023"), QStringLiteral("2024"), QStringLiteral("2025"),
                                QStringLiteral("2026"), QStringLiteral("2027")}));
    // A broken file names the line and loads nothing.
    QFile bad(m_dir.filePath(QStringLiteral("2028.txt")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("year 2028\n2028-02-30 off 春节\n");
    bad.close();
    const Run broken =
        as(QStringLiteral("admin"), {QStringLiteral("calendar"), QStringLiteral("load"), bad.fileName()});
    QCOMPARE(broken.code, 4);
    QVERIFY2(broken.err.contains(QStringLiteral("Line 2")), qPrintable(broken.err));
}

void TestCliLoans::R45_R47_damageRepairAndOwnerRequests()
{
    QVERIFY(staffLoanReturnedDamaged());
    // The damaged return (as R33_returnRecordsTheCondition leaves it) waits for repair (R45).
    const Run open = as(QStringLiteral("clerk1"),
                        {QStringLiteral("damage"), QStringLiteral("list"), QStringLiteral("--json")});
    QVERIFY2(open.code == 0, qPrintable(open.err));
    QCOMPARE(open.json().array().size(), 1);
    const QString damage =
        QString::number(open.json().array().first().toObject().value(QStringLiteral("id")).toInteger());
    QCOMPARE(open.json().array().first().toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("封面折角"));
    QCOMPARE(
        as(QStringLiteral("clerk1"), {QStringLiteral("damage"), QStringLiteral("repaired"), damage}).code, 4);
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("damage"), QStringLiteral("repaired"), damage,
                                           QStringLiteral("--note"), QStringLiteral("已修补")})
                 .code,
             0);
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("damage"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
    // R47: an owner's request is registered and answered.
    const Run asked = as(QStringLiteral("clerk1"),
                         {QStringLiteral("owner"), QStringLiteral("request"), m_no, QStringLiteral("--kind"),
                          QStringLiteral("correct"), QStringLiteral("--detail"),
                          QStringLiteral("联系电话有误"), QStringLiteral("--json")});
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    const QString id = QString::number(obj(asked).value(QStringLiteral("id")).toInteger());
    QVERIFY(obj(asked).value(QStringLiteral("answer")).isNull());
    const Run answered = as(QStringLiteral("clerk1"),
                            {QStringLiteral("owner"), QStringLiteral("answer"), id,
                             QStringLiteral("--answer"), QStringLiteral("已更正"), QStringLiteral("--json")});
    QVERIFY2(answered.code == 0, qPrintable(answered.err));
    QCOMPARE(obj(answered).value(QStringLiteral("answer")).toString(), QStringLiteral("已更正"));
    QCOMPARE(as(QStringLiteral("clerk1"),
                {QStringLiteral("owner"), QStringLiteral("requests"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
    QCOMPARE(as(QStringLiteral("staff1"), {QStringLiteral("owner"), QStringLiteral("requests")}).code, 3);
}

void TestCliLoans::usageErrorsAndHelp()
{
    QCOMPARE(
        as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("extend"), QStringLiteral("x")})
            .code,
        2);
    QCOMPARE(as(QStringLiteral("staff1"),
                {QStringLiteral("loan"), QStringLiteral("request"), m_no, QStringLiteral("--mode"),
                 QStringLiteral("take"), QStringLiteral("--purpose"), QStringLiteral("x")})
                 .code,
             4);
    const Run help = runArchiveroom(db(), {QStringLiteral("help")}, QString(), {});
    QCOMPARE(as(QStringLiteral("clerk1"), {QStringLiteral("loan"), QStringLiteral("found")}).code, 2);
    for (const char* cmd : {"loan request", "loan checkout", "loan list", "loan found", "loan inbox",
                            "visit add", "calendar load"})
        QVERIFY2(help.out.contains(QLatin1String(cmd)), cmd);
}

QTEST_MAIN(TestCliLoans)
#include "TestCliLoans.moc"
