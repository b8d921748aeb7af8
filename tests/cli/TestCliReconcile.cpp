// The reconciliation commands as scripts see them (issue #19, R44): reconcile start/scan/finish/
// list, print reconciliation, `dossier show`'s missing_since — exit codes and the JSON keys of CLI.md.
#include "CliRunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

namespace {

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& x : v.toArray())
        out << x.toString();
    return out;
}

} // namespace

class TestCliReconcile : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QStringList m_first, m_second; // finance dossiers on shelf 1 and shelf 2
    QString db() const { return m_dir.filePath(QStringLiteral("reconcile.db")); }
    Run as(const QString& login, const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, login, login + QStringLiteral("-secret"), newPassword);
    }
    Run clerk(const QStringList& args) { return as(QStringLiteral("clerk1"), args); }
    // `archiveroom … reconcile scan SESSION` with the codes on standard input, as a scanner
    // script pipes them.
    Run scanStdin(const QString& session, const QStringList& codes)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("clerk1-secret"));
        env.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
        env.remove(QStringLiteral("ARCHIVEROOM_USER"));
        env.remove(QStringLiteral("ARCHIVEROOM_DB"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(AR_BINARY),
                {QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("clerk1"),
                 QStringLiteral("reconcile"), QStringLiteral("scan"), session, QStringLiteral("--json")});
        p.waitForStarted();
        p.write((codes.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("archiveroom did not finish");
        return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                   QString::fromUtf8(p.readAllStandardError())};
    }
    QJsonValue missingSince(const QString& no)
    {
        const Run r =
            clerk({QStringLiteral("dossier"), QStringLiteral("show"), no, QStringLiteral("--json")});
        return r.json().object().value(QStringLiteral("missing_since"));
    }

    // The first shelf's session as R44_shelfSessionReportsTwoMissingOneMisplacedOneOnLoan leaves
    // it (every function starts from the template: the folders on their shelves, no session):
    // the first folder out on loan, all but the last two scanned, finished.
    bool firstShelfSession()
    {
        const Run asked = as(QStringLiteral("gm"),
                             {QStringLiteral("loan"), QStringLiteral("request"), m_first.at(0),
                              QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                              QStringLiteral("审计"), QStringLiteral("--json")});
        const QString loan = QString::number(asked.json().object().value(QStringLiteral("id")).toInteger());
        const Run started =
            clerk({QStringLiteral("reconcile"), QStringLiteral("start"), QStringLiteral("--location"),
                   QStringLiteral("一号档案室/A柜/第1层"), QStringLiteral("--json")});
        const QString session =
            QString::number(started.json().object().value(QStringLiteral("session")).toInteger());
        return asked.code == 0 &&
               clerk({QStringLiteral("loan"), QStringLiteral("checkout"), loan}).code == 0 &&
               started.code == 0 &&
               clerk(QStringList{QStringLiteral("reconcile"), QStringLiteral("scan"), session} +
                     m_first.mid(0, 8) + QStringList{m_second.at(0)})
                       .code == 0 &&
               clerk({QStringLiteral("reconcile"), QStringLiteral("finish"), session}).code == 0;
    }

private slots:
    void initTestCase();
    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }
    void R44_shelfSessionReportsTwoMissingOneMisplacedOneOnLoan();
    void R44_missingStaysUntilALaterScanFindsIt();
    void R44_badInputIsRefusedWithItsPlace();
    void R45_damageFoundAtADailyCheckGoesToTheOwningManager();
    void R45_damageWithAPhotoFromTheCommandLine();
    void R49_violationsAreRecordedByManagersOnly();
};

void TestCliReconcile::initTestCase()
{
    QVERIFY(m_dir.isValid());
    QCOMPARE(runArchiveroom(db(),
                            {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, {},
                            {}, QStringLiteral("admin-secret"))
                 .code,
             0);
    for (const auto& [login, role, dept] :
         {std::tuple{"clerk1", "clerk", "客服部"}, std::tuple{"gm", "leader", "总经理办公室"},
          std::tuple{"headfin", "manager", "财务部"}})
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("user"), QStringLiteral("add"), QString::fromLatin1(login),
                     QStringLiteral("--role"), QString::fromLatin1(role), QStringLiteral("--department"),
                     QString::fromUtf8(dept), QStringLiteral("--name"), QString::fromLatin1(login)},
                    QString::fromLatin1(login) + QStringLiteral("-secret"))
                     .code,
                 0);
    for (const auto& [path, kind] :
         {std::pair{"一号档案室", "room"}, std::pair{"一号档案室/A柜", "cabinet"},
          std::pair{"一号档案室/A柜/第1层", "shelf"}, std::pair{"一号档案室/A柜/第2层", "shelf"}})
        QCOMPARE(as(QStringLiteral("admin"),
                    {QStringLiteral("location"), QStringLiteral("add"), QString::fromUtf8(path),
                     QStringLiteral("--kind"), QString::fromLatin1(kind)})
                     .code,
                 0);
    // Generated data: ten finance folders on the first shelf, three on the second.
    for (int i = 0; i < 13; ++i) {
        const Run added =
            clerk({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                   QStringLiteral("finance"), QStringLiteral("--title"),
                   QStringLiteral("凭证第%1册").arg(i + 1), QStringLiteral("--json")});
        QVERIFY2(added.code == 0, qPrintable(added.err));
        const QString no = added.json().object().value(QStringLiteral("archive_no")).toString();
        const Run moved =
            clerk({QStringLiteral("dossier"), QStringLiteral("move"), no, QStringLiteral("--to"),
                   i < 10 ? QStringLiteral("一号档案室/A柜/第1层") : QStringLiteral("一号档案室/A柜/第2层")});
        QVERIFY2(moved.code == 0, qPrintable(moved.err));
        (i < 10 ? m_first : m_second) << no;
    }
}

void TestCliReconcile::R44_shelfSessionReportsTwoMissingOneMisplacedOneOnLoan()
{
    // The first folder of the shelf is out on loan to the leader.
    const Run asked = as(QStringLiteral("gm"),
                         {QStringLiteral("loan"), QStringLiteral("request"), m_first.at(0),
                          QStringLiteral("--mode"), QStringLiteral("borrow"), QStringLiteral("--purpose"),
                          QStringLiteral("审计"), QStringLiteral("--json")});
    QVERIFY2(asked.code == 0, qPrintable(asked.err));
    const QString loan = QString::number(asked.json().object().value(QStringLiteral("id")).toInteger());
    QCOMPARE(clerk({QStringLiteral("loan"), QStringLiteral("checkout"), loan}).code, 0);

    const Run started =
        clerk({QStringLiteral("reconcile"), QStringLiteral("start"), QStringLiteral("--location"),
               QStringLiteral("一号档案室/A柜/第1层"), QStringLiteral("--json")});
    QVERIFY2(started.code == 0, qPrintable(started.err));
    const QJsonObject s = started.json().object();
    QCOMPARE(s.value(QStringLiteral("expected")).toInt(), 10);
    const QString session = QString::number(s.value(QStringLiteral("session")).toInteger());

    // Codes as arguments: four of the shelf and one from the other shelf.
    const Run first =
        clerk({QStringLiteral("reconcile"), QStringLiteral("scan"), session, m_first.at(1), m_first.at(2),
               m_first.at(3), m_first.at(4), m_second.at(0), QStringLiteral("--json")});
    QVERIFY2(first.code == 0, qPrintable(first.err));
    const QJsonArray results = first.json().array();
    QCOMPARE(results.size(), 5);
    QCOMPARE(results.at(0).toObject().value(QStringLiteral("result")).toString(), QStringLiteral("found"));
    const QJsonObject misplaced = results.at(4).toObject();
    QCOMPARE(misplaced.value(QStringLiteral("code")).toString(), m_second.at(0));
    QCOMPARE(misplaced.value(QStringLiteral("archive_no")).toString(), m_second.at(0));
    QCOMPARE(misplaced.value(QStringLiteral("result")).toString(), QStringLiteral("misplaced"));
    QCOMPARE(misplaced.value(QStringLiteral("place")).toString(), QStringLiteral("一号档案室 › A柜 › 第2层"));
    // The rest on standard input, one per line: all but the last two of the shelf, and the one on
    // loan (brought back to the shelf without a check-in).
    const Run rest = scanStdin(session, {m_first.at(5), m_first.at(6), m_first.at(7), m_first.at(0)});
    QVERIFY2(rest.code == 0, qPrintable(rest.err));
    QCOMPARE(rest.json().array().size(), 4);
    QCOMPARE(rest.json().array().at(3).toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("on_loan"));

    const Run finished =
        clerk({QStringLiteral("reconcile"), QStringLiteral("finish"), session, QStringLiteral("--json")});
    QVERIFY2(finished.code == 0, qPrintable(finished.err));
    const QJsonObject t = finished.json().object();
    QCOMPARE(t.value(QStringLiteral("session")).toInteger(), session.toLongLong());
    QCOMPARE(t.value(QStringLiteral("expected")).toInt(), 10);
    QCOMPARE(t.value(QStringLiteral("found")).toInt(), 7);
    QCOMPARE(t.value(QStringLiteral("missing")).toInt(), 2);
    QCOMPARE(t.value(QStringLiteral("misplaced")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("on_loan")).toInt(), 1);
    QCOMPARE(t.value(QStringLiteral("unknown")).toInt(), 0);
    QCOMPARE(strings(t.value(QStringLiteral("missing_list"))), (QStringList{m_first.at(8), m_first.at(9)}));
    QCOMPARE(strings(t.value(QStringLiteral("misplaced_list"))), QStringList{m_second.at(0)});

    const Run list = clerk({QStringLiteral("reconcile"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("status")).toString(),
             QStringLiteral("finished"));
    // Finished: read-only (exit 6, Conflict).
    QCOMPARE(clerk({QStringLiteral("reconcile"), QStringLiteral("scan"), session, m_first.at(8)}).code, 6);

    const QString pdf = m_dir.filePath(QStringLiteral("reconciliation.pdf"));
    const Run printed = clerk({QStringLiteral("print"), QStringLiteral("reconciliation"),
                               QStringLiteral("--session"), session, QStringLiteral("--out"), pdf});
    QVERIFY2(printed.code == 0, qPrintable(printed.err));
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished(30000));
    const QString body = QString::fromUtf8(text.readAllStandardOutput());
    for (const QString& no : {m_first.at(8), m_first.at(9), m_second.at(0), m_first.at(0)})
        QVERIFY2(body.contains(no), qPrintable(no + QStringLiteral(" not in:\n") + body));
    QVERIFY2(body.contains(QStringLiteral("第2层")), qPrintable(body));
    QVERIFY2(!body.contains(m_first.at(1)), qPrintable(body));
    const QString xlsx = m_dir.filePath(QStringLiteral("reconciliation.xlsx"));
    QCOMPARE(clerk({QStringLiteral("print"), QStringLiteral("reconciliation"), QStringLiteral("--session"),
                    session, QStringLiteral("--out"), xlsx})
                 .code,
             0);
    QVERIFY(QFileInfo(xlsx).size() > 0);
}

void TestCliReconcile::R44_missingStaysUntilALaterScanFindsIt()
{
    QVERIFY(firstShelfSession());
    // After the first session: the two unscanned folders are missing since today.
    const QString today = QDate::currentDate().toString(Qt::ISODate);
    QCOMPARE(missingSince(m_first.at(8)).toString(), today);
    QVERIFY(missingSince(m_first.at(1)).isNull()); // found
    QVERIFY(missingSince(m_first.at(0)).isNull()); // on loan, not missing
    const Run missing = as(QStringLiteral("headfin"), {QStringLiteral("reconcile"), QStringLiteral("missing"),
                                                       QStringLiteral("--json")});
    QCOMPARE(missing.code, 0);
    QCOMPARE(missing.json().array().size(), 2);
    // A session over the whole archive that scans one of them: that one is found, the other stays.
    const Run started =
        clerk({QStringLiteral("reconcile"), QStringLiteral("start"), QStringLiteral("--json")});
    const QString session =
        QString::number(started.json().object().value(QStringLiteral("session")).toInteger());
    const Run scanned = clerk({QStringLiteral("reconcile"), QStringLiteral("scan"), session, m_first.at(8),
                               QStringLiteral("--json")});
    QCOMPARE(scanned.code, 0);
    QCOMPARE(scanned.json().array().first().toObject().value(QStringLiteral("result")).toString(),
             QStringLiteral("found"));
    QVERIFY(missingSince(m_first.at(8)).isNull());
    QCOMPARE(missingSince(m_first.at(9)).toString(), today);
}

void TestCliReconcile::R44_badInputIsRefusedWithItsPlace()
{
    const Run noPlace = clerk({QStringLiteral("reconcile"), QStringLiteral("start"),
                               QStringLiteral("--location"), QStringLiteral("一号档案室/Z柜")});
    QCOMPARE(noPlace.code, 4);
    QVERIFY2(noPlace.err.contains(QStringLiteral("一号档案室/Z柜")), qPrintable(noPlace.err));
    const Run noSession =
        clerk({QStringLiteral("reconcile"), QStringLiteral("scan"), QStringLiteral("x1"), m_first.at(1)});
    QCOMPARE(noSession.code, 4);
    QVERIFY2(noSession.err.contains(QStringLiteral("x1")), qPrintable(noSession.err));
    QCOMPARE(clerk({QStringLiteral("reconcile"), QStringLiteral("finish"), QStringLiteral("999")}).code, 5);
    // Only the clerk reconciles.
    QCOMPARE(as(QStringLiteral("gm"), {QStringLiteral("reconcile"), QStringLiteral("start")}).code, 3);
}

void TestCliReconcile::R45_damageFoundAtADailyCheckGoesToTheOwningManager()
{
    // The clerk (客服部) finds a finance folder (财务部) damaged on the shelf.
    QCOMPARE(clerk({QStringLiteral("damage"), QStringLiteral("add"), m_second.at(1)}).code, 4); // no note
    const Run added = clerk({QStringLiteral("damage"), QStringLiteral("add"), m_second.at(1),
                             QStringLiteral("--note"), QStringLiteral("书脊开裂"), QStringLiteral("--json")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const QJsonObject d = added.json().object();
    QCOMPARE(d.value(QStringLiteral("archive_no")).toString(), m_second.at(1));
    QCOMPARE(d.value(QStringLiteral("department")).toString(), QStringLiteral("财务部"));
    QVERIFY(d.value(QStringLiteral("loan")).isNull());
    const Run list = as(QStringLiteral("headfin"),
                        {QStringLiteral("damage"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("note")).toString(),
             QStringLiteral("书脊开裂"));
    const QString id = QString::number(d.value(QStringLiteral("id")).toInteger());
    QCOMPARE(as(QStringLiteral("headfin"), {QStringLiteral("damage"), QStringLiteral("repaired"), id,
                                            QStringLiteral("--note"), QStringLiteral("已修补")})
                 .code,
             0);
    QCOMPARE(as(QStringLiteral("headfin"),
                {QStringLiteral("damage"), QStringLiteral("list"), QStringLiteral("--json")})
                 .json()
                 .array()
                 .size(),
             0);
}

void TestCliReconcile::R45_damageWithAPhotoFromTheCommandLine()
{
    // A 1×1 PNG, and a text file named like a photo.
    const QByteArray png = QByteArray::fromHex(
        "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c63f8cfc0f01f"
        "0005000201e2213dbc0000000049454e44ae426082");
    const QString photo = m_dir.filePath(QStringLiteral("damage.png"));
    const QString fake = m_dir.filePath(QStringLiteral("note.jpg"));
    for (const auto& [path, bytes] : {std::pair{photo, png}, std::pair{fake, QByteArray("书脊开裂\n")}}) {
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
    }
    const int before = as(QStringLiteral("headfin"), {QStringLiteral("damage"), QStringLiteral("list"),
                                                      QStringLiteral("--json"), QStringLiteral("--all")})
                           .json()
                           .array()
                           .size();
    const Run refused =
        clerk({QStringLiteral("damage"), QStringLiteral("add"), m_second.at(2), QStringLiteral("--note"),
               QStringLiteral("受潮"), QStringLiteral("--photo"), fake});
    QCOMPARE(refused.code, 4);
    QVERIFY2(refused.err.contains(QStringLiteral("note.jpg")), qPrintable(refused.err));
    const Run added =
        clerk({QStringLiteral("damage"), QStringLiteral("add"), m_second.at(2), QStringLiteral("--note"),
               QStringLiteral("受潮"), QStringLiteral("--photo"), photo, QStringLiteral("--json")});
    QVERIFY2(added.code == 0, qPrintable(added.err));
    QVERIFY(added.json().object().value(QStringLiteral("photo")).toBool());
    const QJsonArray list = as(QStringLiteral("headfin"), {QStringLiteral("damage"), QStringLiteral("list"),
                                                           QStringLiteral("--json"), QStringLiteral("--all")})
                                .json()
                                .array();
    QCOMPARE(list.size(), before + 1); // the refused one saved nothing
    for (const QJsonValue& v : list) {
        const QJsonObject o = v.toObject();
        QVERIFY(o.contains(QStringLiteral("photo")));
        QCOMPARE(o.value(QStringLiteral("photo")).toBool(),
                 o.value(QStringLiteral("id")).toInteger() ==
                     added.json().object().value(QStringLiteral("id")).toInteger());
    }
    const QString id = QString::number(added.json().object().value(QStringLiteral("id")).toInteger());
    const QString out = m_dir.filePath(QStringLiteral("seen.png"));
    const Run seen = as(QStringLiteral("headfin"), {QStringLiteral("damage"), QStringLiteral("photo"), id,
                                                    QStringLiteral("--out"), out});
    QVERIFY2(seen.code == 0, qPrintable(seen.err));
    QFile back(out);
    QVERIFY(back.open(QIODevice::ReadOnly));
    QCOMPARE(back.readAll(), png);
}

void TestCliReconcile::R49_violationsAreRecordedByManagersOnly()
{
    const QStringList fine{
        QStringLiteral("violation"), QStringLiteral("add"),       QStringLiteral("--person"),
        QStringLiteral("李四"),      QStringLiteral("--what"),    QStringLiteral("资料外泄"),
        QStringLiteral("--measure"), QStringLiteral("罚款"),      QStringLiteral("--amount"),
        QStringLiteral("300"),       QStringLiteral("--dossier"), m_first.at(2),
        QStringLiteral("--json")};
    QCOMPARE(clerk(fine).code, 3); // the clerk does not decide measures
    QCOMPARE(clerk({QStringLiteral("violation"), QStringLiteral("list")}).code, 3);
    const Run noAmount = as(QStringLiteral("headfin"), fine.mid(0, 8));
    QCOMPARE(noAmount.code, 4);
    QVERIFY2(noAmount.err.contains(QStringLiteral("yuan")), qPrintable(noAmount.err));
    const Run added = as(QStringLiteral("headfin"), fine);
    QVERIFY2(added.code == 0, qPrintable(added.err));
    const QJsonObject v = added.json().object();
    for (const char* key : {"id", "person", "what", "measure", "amount", "decided_by", "at"})
        QVERIFY2(v.contains(QString::fromLatin1(key)), key);
    QCOMPARE(v.value(QStringLiteral("measure")).toString(), QStringLiteral("罚款"));
    QCOMPARE(v.value(QStringLiteral("amount")).toDouble(), 300.0);
    QCOMPARE(v.value(QStringLiteral("decided_by")).toString(), QStringLiteral("headfin"));
    const Run list = as(QStringLiteral("gm"),
                        {QStringLiteral("violation"), QStringLiteral("list"), QStringLiteral("--json")});
    QCOMPARE(list.code, 0);
    QCOMPARE(list.json().array().size(), 1);
    QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("person")).toString(),
             QStringLiteral("李四"));
}

QTEST_MAIN(TestCliReconcile)
#include "TestCliReconcile.moc"
