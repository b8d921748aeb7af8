// The command line as scripts see it: exit codes, JSON keys and messages (CLI.md).
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

using ar::test::fictionalId;

class TestCli : public QObject
{
    Q_OBJECT

private:
    // initTestCase makes the template (the admin, clerk1, staff1, the estate HY and three rooms);
    // every function starts from a copy of it.
    CliArchive m_archive;
    QString db() const { return m_archive.filePath(QStringLiteral("cli.db")); }

    Run run(const QStringList& args, const QString& user = QStringLiteral("admin"),
            const QString& password = QStringLiteral("admin-secret"), const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, user, password, newPassword);
    }

    int count(const QString& query)
    {
        const Run r = run({QStringLiteral("search"), query, QStringLiteral("--json")});
        return r.code == 0 ? int(r.json().array().size()) : -1;
    }

    // The clerk registers 欧阳明华 as the owner of 3-2-1201 (the first dossier of the year).
    Run addOwner()
    {
        return run({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                    QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳明华"),
                    QStringLiteral("--id"), fictionalId(QDate(1980, 5, 17), true), QStringLiteral("--phone"),
                    QStringLiteral("138 0013 5678"), QStringLiteral("--phone"),
                    QStringLiteral("021-66668888"), QStringLiteral("--json")},
                   QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
    }

private slots:
    void initTestCase()
    {
        ar::test::useFixedClock(); // before the template is made
        QVERIFY(m_archive.isValid());
        const Run init = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                             QString(), {}, QStringLiteral("admin-secret"));
        QCOMPARE(init.code, 0);
        QVERIFY2(init.out.contains(QStringLiteral("admin")), qPrintable(init.out));
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                      QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                      QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("前台小李")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("clerk-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("staff1"),
                      QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--department"),
                      QStringLiteral("工程部"), QStringLiteral("--name"), QStringLiteral("工程小王")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("staff-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")})
                     .code,
                 0);
        for (const char* room : {"3-2-1201", "3-2-1202", "5-1-0301"})
            QCOMPARE(run({QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room),
                          QStringLiteral("--area"), QStringLiteral("89.5")})
                         .code,
                     0);
    }

    void init() { QVERIFY(m_archive.fresh()); }
    void cleanup() { m_archive.drop(); }

    void versionAndHelp()
    {
        const Run v = run({QStringLiteral("--version")}, QString());
        QCOMPARE(v.code, 0);
        QVERIFY(v.out.startsWith(QStringLiteral("archiveroom ")));
        const Run h = run({QStringLiteral("help")}, QString());
        QCOMPARE(h.code, 0);
        for (const char* cmd :
             {"init", "demo", "search", "owner add", "owner show", "tenant add", "user add"})
            QVERIFY2(h.out.contains(QString::fromLatin1(cmd)), cmd);
        const Run one =
            run({QStringLiteral("help"), QStringLiteral("owner"), QStringLiteral("add")}, QString());
        QCOMPARE(one.code, 0);
        QVERIFY(one.out.contains(QStringLiteral("--room B-U-R")));
    }

    void hostileInputsAreRefused()
    {
        // Issue #17: inputs the trail and the forms must not take, each refused with a message
        // naming what is wrong, and nothing written.
        const QString clerkPw = QStringLiteral("clerk-secret");
        auto clerk = [&](const QStringList& args) { return run(args, QStringLiteral("clerk1"), clerkPw); };
        auto refused = [](const Run& r, int code, const QString& says) {
            if (r.code != code || !r.err.contains(says))
                qWarning("exit %d: %s", r.code, qPrintable(r.err));
            return r.code == code && r.err.contains(says);
        };
        QVERIFY(refused(run({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                             QStringLiteral("XL"), QStringLiteral("--name"), QString(40000, QChar(0x957F))}),
                        4, QStringLiteral("100")));
        QVERIFY(
            refused(run({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                         QStringLiteral("RL"), QStringLiteral("--name"), QStringLiteral("华苑\u202E区小")}),
                    4, QStringLiteral("U+202E")));
        QVERIFY(refused(run({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("0-0-0")}), 4,
                        QStringLiteral("start at 1")));
        QVERIFY(refused(run({QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1601"),
                             QStringLiteral("--area"), QStringLiteral("nan")}),
                        4, QStringLiteral("nan")));
        QVERIFY(refused(
            clerk({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                   QStringLiteral("3-2-1202"), QStringLiteral("--name"), QStringLiteral("王\u200B明")}),
            4, QStringLiteral("U+200B")));
        QVERIFY(refused(clerk({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                               QStringLiteral("3-2-1202"), QStringLiteral("--name"),
                               QStringLiteral("=HYPERLINK(\"http://x\")")}),
                        4, QStringLiteral("=")));
        QVERIFY(refused(clerk({QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                               QStringLiteral("维修"), QStringLiteral("--title"),
                               QStringLiteral("厨房水管维修"), QStringLiteral("--room"),
                               QStringLiteral("3-2-1201"), QStringLiteral("--year"), QStringLiteral("-1")}),
                        4, QStringLiteral("-1")));
        // A login typed with a line break is kept on one line of the trail.
        const Run forged =
            run({QStringLiteral("search"), QStringLiteral("x")},
                QStringLiteral("nobody\n2026-01-01 00:00 admin unmask"), QStringLiteral("wrong"));
        QVERIFY(forged.code != 0);
        const Run list = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                              QStringLiteral("sign_in_failed")});
        QCOMPARE(list.code, 0);
        QVERIFY2(!list.out.contains(QStringLiteral("\n2026-01-01 00:00 admin unmask")), qPrintable(list.out));
        QVERIFY2(list.out.contains(QStringLiteral("nobody\uFFFD2026-01-01")), qPrintable(list.out));
        // --db without its value is a usage error, not the window (which would wait for a display).
        QProcess p;
        p.start(QStringLiteral(AR_BINARY), {QStringLiteral("--db")});
        QVERIFY(p.waitForFinished(20000));
        QCOMPARE(p.exitCode(), 2);
        // A mistyped path does not start an empty archive.
        const QString missing = m_archive.filePath(QStringLiteral("nodir/x.db"));
        QVERIFY(refused(runArchiveroom(missing, {QStringLiteral("search"), QStringLiteral("x")},
                                       QStringLiteral("admin"), QStringLiteral("admin-secret")),
                        5, QStringLiteral("There is no archive")));
        QVERIFY(refused(
            runArchiveroom(missing,
                           {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                           QString(), {}, QStringLiteral("admin-secret")),
            4, QStringLiteral("does not exist")));
        QVERIFY(!QFileInfo::exists(missing));
        QVERIFY(!QFileInfo::exists(m_archive.filePath(QStringLiteral("nodir"))));
    }

    void usageErrorsExitTwo()
    {
        QCOMPARE(run({QStringLiteral("frobnicate")}).code, 2);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("x"), QStringLiteral("--colour"),
                      QStringLiteral("red")})
                     .code,
                 2);
        QCOMPARE(run({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--name")}).code, 2);
    }

    void initTwiceIsAConflict()
    {
        const Run again = run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("other")},
                              QString(), {}, QStringLiteral("other-secret"));
        QCOMPARE(again.code, 6);
    }

    void wrongPasswordIsDenied()
    {
        const Run r = run({QStringLiteral("search"), QStringLiteral("1201")}, QStringLiteral("clerk1"),
                          QStringLiteral("not-the-password"));
        QCOMPARE(r.code, 3);
        QVERIFY(r.err.contains(QStringLiteral("Wrong login or password")));
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("1201")}, QStringLiteral("nobody"),
                     QStringLiteral("whatever-pw"))
                     .code,
                 3);
    }

    void R5_ownerAddPrintsArchiveNumber()
    {
        const Run r = addOwner();
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = r.json().object();
        QCOMPARE(o.value(QStringLiteral("room")).toString(), QStringLiteral("3-2-1201"));
        QCOMPARE(o.value(QStringLiteral("archive_no")).toString(),
                 QStringLiteral("Z109-YZ·%1-Y-0001").arg(ar::test::today().year()));
        QVERIFY(o.value(QStringLiteral("person_id")).toInteger() > 0);
    }

    void tenantAddOpensTenantDossier()
    {
        const Run r =
            run({QStringLiteral("tenant"), QStringLiteral("add"), QStringLiteral("--room"),
                 QStringLiteral("3栋2单元1202室"), QStringLiteral("--name"), QStringLiteral("司马青"),
                 QStringLiteral("--id"), fictionalId(QDate(1992, 1, 3), false), QStringLiteral("--phone"),
                 QStringLiteral("13912345678"), QStringLiteral("--json")},
                QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY(r.json()
                    .object()
                    .value(QStringLiteral("archive_no"))
                    .toString()
                    .contains(QStringLiteral("-ZH·")));
    }

    void searchFindsByFragments_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("room");
        QTest::newRow("one character")
            << QStringLiteral("欧") << QStringLiteral("person") << QStringLiteral("3-2-1201");
        QTest::newRow("two characters of the name")
            << QStringLiteral("明华") << QStringLiteral("person") << QStringLiteral("3-2-1201");
        QTest::newRow("phone tail") << QStringLiteral("5678") << QStringLiteral("person")
                                    << QStringLiteral("3-2-1201");
        QTest::newRow("full phone") << QStringLiteral("13800135678") << QStringLiteral("person")
                                    << QStringLiteral("3-2-1201");
        QTest::newRow("room number") << QStringLiteral("1202") << QStringLiteral("room")
                                     << QStringLiteral("3-2-1202");
        QTest::newRow("room reference")
            << QStringLiteral("5-1-0301") << QStringLiteral("room") << QStringLiteral("5-1-0301");
        QTest::newRow("archive number piece")
            << QStringLiteral("YZ·") << QStringLiteral("dossier") << QStringLiteral("3-2-1201");
    }

    void searchFindsByFragments()
    {
        QVERIFY2(addOwner().code == 0, "owner of 3-2-1201");
        QFETCH(QString, query);
        QFETCH(QString, kind);
        QFETCH(QString, room);
        const Run r = run({QStringLiteral("search"), query, QStringLiteral("--json")},
                          QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(r.code, 0);
        bool found = false;
        for (const QJsonValue& v : r.json().array()) {
            const QJsonObject h = v.toObject();
            found = found || (h.value(QStringLiteral("kind")).toString() == kind &&
                              h.value(QStringLiteral("room")).toString() == room);
        }
        QVERIFY2(found, qPrintable(r.out));
    }

    void staffSeesNoPeopleInSearch()
    {
        QVERIFY2(addOwner().code == 0, "owner of 3-2-1201");
        // A control first: the same query finds the owner for the clerk, so an empty result for
        // staff is the rule at work, not an empty archive.
        const Run clerk = run({QStringLiteral("search"), QStringLiteral("欧阳"), QStringLiteral("--json")},
                              QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(clerk.code, 0);
        QVERIFY2(clerk.json().array().size() > 0, qPrintable(clerk.out));
        const Run r = run({QStringLiteral("search"), QStringLiteral("欧阳"), QStringLiteral("--json")},
                          QStringLiteral("staff1"), QStringLiteral("staff-secret"));
        QCOMPARE(r.code, 0);
        QCOMPARE(r.json().array().size(), 0);
    }

    void R20_ownerShowIsMaskedUnlessUnmaskedByPermittedRole()
    {
        QVERIFY2(addOwner().code == 0, "owner of 3-2-1201");
        const Run masked = run({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                                QStringLiteral("--json")},
                               QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(masked.code, 0);
        const QJsonObject m = masked.json().object();
        const QString id = fictionalId(QDate(1980, 5, 17), true);
        QCOMPARE(m.value(QStringLiteral("id_number")).toString(),
                 id.left(4) + QStringLiteral("**********") + id.right(4));
        QCOMPARE(m.value(QStringLiteral("phones")).toArray().first().toString(),
                 QStringLiteral("138****5678"));
        QVERIFY(m.value(QStringLiteral("masked")).toBool());
        QVERIFY(!masked.out.contains(id));

        const Run noReason = run({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                                  QStringLiteral("--unmask")},
                                 QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(noReason.code, 4);
        QVERIFY(!noReason.out.contains(id));

        const Run full = run({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                              QStringLiteral("--unmask"), QStringLiteral("--reason"),
                              QStringLiteral("业主来电核对"), QStringLiteral("--json")},
                             QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(full.code, 0);
        QCOMPARE(full.json().object().value(QStringLiteral("id_number")).toString(), id);

        const Run denied =
            run({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1201"),
                 QStringLiteral("--unmask"), QStringLiteral("--reason"), QStringLiteral("想看看")},
                QStringLiteral("staff1"), QStringLiteral("staff-secret"));
        QCOMPARE(denied.code, 3);
        QVERIFY(!denied.out.contains(id));
    }

    void ownerShowByArchiveNumber()
    {
        QVERIFY2(addOwner().code == 0, "owner of 3-2-1201");
        const Run r =
            run({QStringLiteral("owner"), QStringLiteral("show"),
                 QStringLiteral("Z109-YZ·%1-Y-0001").arg(ar::test::today().year()), QStringLiteral("--json")},
                QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("欧阳明华"));
    }

    void notFoundExitsFive()
    {
        QCOMPARE(run({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("9-9-9999")},
                     QStringLiteral("clerk1"), QStringLiteral("clerk-secret"))
                     .code,
                 5);
        QCOMPARE(run({QStringLiteral("owner"), QStringLiteral("show"), QStringLiteral("3-2-1301")},
                     QStringLiteral("clerk1"), QStringLiteral("clerk-secret"))
                     .code,
                 5);
    }

    void badInputExitsFourAndWritesNothing_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("mentions");
        const QString good = fictionalId(QDate(1975, 3, 9), false, 33);
        QString wrongCheck = good;
        wrongCheck[17] = wrongCheck[17] == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
        QString feb29 = QStringLiteral("31000019810229") + QStringLiteral("123");
        feb29 += ar::mainlandIdCheckChar(feb29);
        QTest::newRow("wrong check digit")
            << QStringList{QStringLiteral("--id"), wrongCheck, QStringLiteral("--phone"),
                           QStringLiteral("13700001111")}
            << wrongCheck;
        QTest::newRow("1981-02-29") << QStringList{QStringLiteral("--id"), feb29, QStringLiteral("--phone"),
                                                   QStringLiteral("13700001111")}
                                    << QStringLiteral("19810229");
        QTest::newRow("letters in phone")
            << QStringList{QStringLiteral("--id"), good, QStringLiteral("--phone"),
                           QStringLiteral("1370000abcd")}
            << QStringLiteral("1370000abcd");
        QTest::newRow("bad date") << QStringList{QStringLiteral("--id"),      good,
                                                 QStringLiteral("--phone"),   QStringLiteral("13700001111"),
                                                 QStringLiteral("--move-in"), QStringLiteral("2026-13-01")}
                                  << QStringLiteral("2026-13-01");
    }

    void badInputExitsFourAndWritesNothing()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, mentions);
        const Run r =
            run(QStringList{QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                            QStringLiteral("3-2-1202"), QStringLiteral("--name"), QStringLiteral("诸葛芳")} +
                    args,
                QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(mentions), qPrintable(r.err));
        QCOMPARE(count(QStringLiteral("诸葛")), 0);
    }

    void secondOwnerOfARoomIsAConflict()
    {
        QVERIFY2(addOwner().code == 0, "owner of 3-2-1201");
        const Run r = run({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                           QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("上官云"),
                           QStringLiteral("--id"), fictionalId(QDate(1970, 7, 7), true, 44),
                           QStringLiteral("--phone"), QStringLiteral("13600001111")},
                          QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QCOMPARE(r.code, 6);
        QCOMPARE(count(QStringLiteral("上官")), 0);
    }

    void staffMayNotRegisterOrAddUsers()
    {
        QVERIFY2(addOwner().code == 0, "owner of 3-2-1201");
        QCOMPARE(run({QStringLiteral("member"), QStringLiteral("add"), QStringLiteral("--room"),
                      QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳小")},
                     QStringLiteral("staff1"), QStringLiteral("staff-secret"))
                     .code,
                 3);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("x1"),
                      QStringLiteral("--role"), QStringLiteral("admin"), QStringLiteral("--department"),
                      QStringLiteral("x"), QStringLiteral("--name"), QStringLiteral("x")},
                     QStringLiteral("clerk1"), QStringLiteral("clerk-secret"), QStringLiteral("whatever-pw"))
                     .code,
                 3);
    }

    void lockoutAfterFiveWrongPasswords()
    {
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("locky"),
                      QStringLiteral("--role"), QStringLiteral("manager"), QStringLiteral("--department"),
                      QStringLiteral("财务部"), QStringLiteral("--name"), QStringLiteral("财务经理")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("locky-secret"))
                     .code,
                 0);
        for (int i = 1; i <= 5; ++i) {
            const Run r = run({QStringLiteral("search"), QStringLiteral("1201")}, QStringLiteral("locky"),
                              QStringLiteral("guess-%1").arg(i));
            QCOMPARE(r.code, 3);
            if (i == 5)
                QVERIFY2(r.err.contains(QStringLiteral("locked")), qPrintable(r.err));
        }
        const Run right = run({QStringLiteral("search"), QStringLiteral("1201")}, QStringLiteral("locky"),
                              QStringLiteral("locky-secret"));
        QCOMPARE(right.code, 3);
        QVERIFY(right.err.contains(QStringLiteral("locked")));
        // The administrator lifts it by giving a new password.
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("reset"), QStringLiteral("locky")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"),
                     QStringLiteral("locky-secret-2"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("search"), QStringLiteral("1201")}, QStringLiteral("locky"),
                     QStringLiteral("locky-secret-2"))
                     .code,
                 0);
    }

    void recoveryKeyAndPasswordChange()
    {
        QTemporaryDir other;
        const QString path = other.filePath(QStringLiteral("r.db"));
        auto call = [&](const QStringList& args, const QProcessEnvironment& extra) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
            // Passwords and key slots at the test cost, as every run of the suite (CliRunner.h).
            env.insert(QStringLiteral("ARCHIVEROOM_TEST_CHEAP_KDF"), QStringLiteral("1"));
            for (const QString& k : extra.keys())
                env.insert(k, extra.value(k));
            p.setProcessEnvironment(env);
            p.start(QStringLiteral(AR_BINARY), QStringList{QStringLiteral("--db"), path} + args);
            p.waitForFinished(60000);
            return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                       QString::fromUtf8(p.readAllStandardError())};
        };
        QProcessEnvironment e;
        e.insert(QStringLiteral("ARCHIVEROOM_NEW_PASSWORD"), QStringLiteral("first-secret"));
        const Run init = call({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("boss"),
                               QStringLiteral("--json")},
                              e);
        QCOMPARE(init.code, 0);
        const QString key = init.json().object().value(QStringLiteral("recovery_key")).toString();
        QCOMPARE(key.size(), 64);

        QProcessEnvironment change;
        change.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("first-secret"));
        change.insert(QStringLiteral("ARCHIVEROOM_NEW_PASSWORD"), QStringLiteral("second-secret"));
        QCOMPARE(call({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("user"),
                       QStringLiteral("passwd")},
                      change)
                     .code,
                 0);

        QProcessEnvironment recover;
        recover.insert(QStringLiteral("ARCHIVEROOM_RECOVERY_KEY"), QStringLiteral("0000-1111-2222"));
        recover.insert(QStringLiteral("ARCHIVEROOM_NEW_PASSWORD"), QStringLiteral("third-secret"));
        QCOMPARE(
            call({QStringLiteral("user"), QStringLiteral("recover"), QStringLiteral("boss")}, recover).code,
            3);
        recover.insert(QStringLiteral("ARCHIVEROOM_RECOVERY_KEY"), key.toLower());
        QCOMPARE(
            call({QStringLiteral("user"), QStringLiteral("recover"), QStringLiteral("boss")}, recover).code,
            0);

        QProcessEnvironment signIn;
        signIn.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("second-secret"));
        QCOMPARE(call({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("user"),
                       QStringLiteral("list")},
                      signIn)
                     .code,
                 3);
        signIn.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("third-secret"));
        const Run list = call({QStringLiteral("--user"), QStringLiteral("boss"), QStringLiteral("user"),
                               QStringLiteral("list"), QStringLiteral("--json")},
                              signIn);
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().first().toObject().value(QStringLiteral("login")).toString(),
                 QStringLiteral("boss"));
    }

    void demoFillsOnlyAnEmptyArchive()
    {
        QCOMPARE(run({QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("10")}).code, 6);
        QTemporaryDir other;
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("ARCHIVEROOM_NEW_PASSWORD"), QStringLiteral("demo-secret"));
        env.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("demo-secret"));
        env.insert(QStringLiteral("ARCHIVEROOM_TEST_CHEAP_KDF"), QStringLiteral("1"));
        p.setProcessEnvironment(env);
        const QString path = other.filePath(QStringLiteral("demo.db"));
        p.start(QStringLiteral(AR_BINARY), {QStringLiteral("--db"), path, QStringLiteral("init"),
                                            QStringLiteral("--admin"), QStringLiteral("admin")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        p.start(QStringLiteral(AR_BINARY),
                {QStringLiteral("--db"), path, QStringLiteral("--user"), QStringLiteral("admin"),
                 QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("12"),
                 QStringLiteral("--json")});
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QJsonObject o = QJsonDocument::fromJson(p.readAllStandardOutput()).object();
        QCOMPARE(o.value(QStringLiteral("rooms")).toInt(), 12);
        QVERIFY(o.value(QStringLiteral("dossiers")).toInt() >= 12);
    }
};

QTEST_MAIN(TestCli)
#include "TestCli.moc"
