// Several processes on one archive file at once (issue #24, #17): two desks writing and reading
// the same SQLite file (each write transaction takes the write lock when it begins; a busy file
// is waited for, never reported as SQLite's "database is locked"), and the sign-in lockout
// under twenty wrong passwords tried at the same moment by twenty processes.
//
// The desks are ar_desk_worker processes (tests/support/DeskWorker.cpp: Archive::open, the
// services, the first error on stderr); setup, sign-in attempts and `audit verify` are the real
// archiveroom binary. By default each desk does a fixed number of steps (a few seconds);
// ARCHIVEROOM_TEST_DESK_SECONDS=30 makes both work for 30 seconds instead.

#include "CliRunner.h"

#include <QDateTime>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliDesks : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // in initTestCase: `-functions` exits without destroying the object

    Run admin(const QString& db, const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db, args, QStringLiteral("admin"), QStringLiteral("admin-secret"), newPassword);
    }

    // A new archive with an administrator, the estate HY and the given accounts (login, role).
    void makeArchive(const QString& db, const QList<std::pair<QString, QString>>& accounts)
    {
        const Run init =
            runArchiveroom(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                           {}, {}, QStringLiteral("admin-secret"));
        QVERIFY2(init.code == 0, qPrintable(init.err));
        for (const auto& [login, role] : accounts) {
            const Run r = admin(db,
                                {QStringLiteral("user"), QStringLiteral("add"), login,
                                 QStringLiteral("--role"), role, QStringLiteral("--department"),
                                 QStringLiteral("客服部"), QStringLiteral("--name"), login},
                                login + QStringLiteral("-secret"));
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        // As at real desks (keys by role): the first clerk got the full key from the new
        // archive's administrator; when that clerk signs in once, the other clerk and leader
        // accounts receive it too.
        for (const auto& [login, role] : accounts)
            if (role == QLatin1String("clerk")) {
                const Run first = runArchiveroom(db, {QStringLiteral("audit"), QStringLiteral("verify")},
                                                 login, login + QStringLiteral("-secret"));
                QVERIFY2(first.code == 0, qPrintable(first.err));
                break;
            }
        const Run estate =
            admin(db, {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")});
        QVERIFY2(estate.code == 0, qPrintable(estate.err));
    }

    // The sqlite3 tool's answer to a COUNT query, or -1.
    static int sqliteCount(const QString& db, const QString& sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {db, sql});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return -1;
        bool ok = false;
        const int n = QString::fromUtf8(p.readAllStandardOutput()).trimmed().toInt(&ok);
        return ok ? n : -1;
    }

private slots:
    void initTestCase()
    {
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // Two desks add rooms, register owners, search, open records and verify the trail in the
    // same file at the same time: no error reaches either, every write is there, and the audit
    // chain both appended to verifies. With a deferred BEGIN this failed within a few steps with
    // "database is locked" (a read, another process's commit, then the write).
    void R27_twoDesksWriteAndReadOneFileAtOnce()
    {
        const QString db = m_dir->filePath(QStringLiteral("desks.db"));
        makeArchive(db, {{QStringLiteral("clerk1"), QStringLiteral("clerk")},
                         {QStringLiteral("clerk2"), QStringLiteral("clerk")}});
        const int seconds = qEnvironmentVariableIntValue("ARCHIVEROOM_TEST_DESK_SECONDS");
        // Both begin at the same moment, after their start-up and sign-in (a few tenths of a
        // second; a desk that is late still overlaps the other's 150 steps).
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 1500;
        std::vector<std::unique_ptr<QProcess>> desks;
        const QStringList tags{QStringLiteral("东"), QStringLiteral("西")}; // names take no Latin digits
        for (int i = 0; i < 2; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(AR_DESK_WORKER),
                     {QStringLiteral("mode=desk"), QStringLiteral("db=") + db,
                      QStringLiteral("user=clerk%1").arg(i + 1),
                      QStringLiteral("password=clerk%1-secret").arg(i + 1),
                      QStringLiteral("tag=") + tags.at(i), QStringLiteral("building=8%1").arg(i + 1),
                      seconds > 0 ? QStringLiteral("seconds=%1").arg(seconds) : QStringLiteral("steps=150"),
                      QStringLiteral("start=%1").arg(start)});
            desks.push_back(std::move(p));
        }
        QList<int> steps;
        for (int i = 0; i < 2; ++i) {
            QProcess& p = *desks.at(i);
            QVERIFY(p.waitForFinished(qMax(120, seconds * 3) * 1000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
            QVERIFY2(err.isEmpty(), qPrintable(QStringLiteral("desk %1: %2").arg(tags.at(i), err)));
            QCOMPARE(p.exitCode(), 0);
            QVERIFY2(out.startsWith(QLatin1String("steps ")), qPrintable(out));
            steps << out.mid(6).toInt();
            QVERIFY(steps.last() > 0);
        }
        // Nothing lost: each desk's rooms, owners and audit records are all there.
        for (int i = 0; i < 2; ++i) {
            QCOMPARE(sqliteCount(
                         db, QStringLiteral("SELECT COUNT(*) FROM rooms r JOIN units u ON u.id = r.unit_id "
                                            "JOIN buildings b ON b.id = u.building_id WHERE b.code = '8%1'")
                                 .arg(i + 1)),
                     steps.at(i));
            QCOMPARE(sqliteCount(db, QStringLiteral("SELECT COUNT(*) FROM persons WHERE name LIKE '甲%1%'")
                                         .arg(tags.at(i))),
                     steps.at(i));
            QCOMPARE(
                sqliteCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'register' "
                                               "AND user_login = 'clerk%1'")
                                    .arg(i + 1)),
                steps.at(i));
            QCOMPARE(
                sqliteCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'view_person' "
                                               "AND user_login = 'clerk%1'")
                                    .arg(i + 1)),
                steps.at(i));
        }
        // R27: one chain, appended to by both, intact.
        const Run verify = admin(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(QStringLiteral("Chain intact")), qPrintable(verify.out));
    }

    // Eight desks file an item into the same dossier at the same moment: each item gets its own
    // number in the dossier, 1 to 8. On SQLite the table has no UNIQUE (dossier_id, seq) since
    // migration 0030 (issue #23, a smaller file): the number is MAX(seq) + 1 read inside the
    // write transaction that adds the item, and one writer at a time holds the file.
    void itemNumbersStayDistinctWhenDesksFileIntoOneDossierAtOnce()
    {
        const QString db = m_dir->filePath(QStringLiteral("items.db"));
        makeArchive(db, {{QStringLiteral("clerk1"), QStringLiteral("clerk")}});
        const Run opened =
            runArchiveroom(db,
                           {QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                            QStringLiteral("repair"), QStringLiteral("--title"), QStringLiteral("维修记录")},
                           QStringLiteral("clerk1"), QStringLiteral("clerk1-secret"));
        QVERIFY2(opened.code == 0, qPrintable(opened.err));
        const QString archiveNo = opened.out.section(QLatin1Char(' '), 2, 2).section(QLatin1Char(':'), 0, 0);
        QVERIFY2(archiveNo.contains(QStringLiteral("WX")), qPrintable(opened.out));
        constexpr int kDesks = 8;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ARCHIVEROOM_USER"));
        env.remove(QStringLiteral("ARCHIVEROOM_DB"));
        env.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
        env.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("clerk1-secret"));
        std::vector<std::unique_ptr<QProcess>> desks;
        for (int i = 0; i < kDesks; ++i) {
            auto p = std::make_unique<QProcess>();
            p->setProcessEnvironment(env);
            desks.push_back(std::move(p));
        }
        for (int i = 0; i < kDesks; ++i) // all started before any is waited for
            desks.at(i)->start(QStringLiteral(AR_BINARY),
                               {QStringLiteral("--db"), db, QStringLiteral("--user"),
                                QStringLiteral("clerk1"), QStringLiteral("file"), archiveNo,
                                QStringLiteral("--item"), QStringLiteral("维修记录"),
                                QStringLiteral("--note"), QStringLiteral("desk %1").arg(i)});
        for (auto& p : desks) {
            QVERIFY(p->waitForFinished(120000));
            QVERIFY2(p->exitCode() == 0, qPrintable(QString::fromUtf8(p->readAllStandardError())));
        }
        QCOMPARE(sqliteCount(db, QStringLiteral("SELECT COUNT(*) FROM dossier_items")), kDesks);
        QCOMPARE(sqliteCount(db, QStringLiteral("SELECT COUNT(DISTINCT seq) FROM dossier_items")), kDesks);
        QCOMPARE(sqliteCount(db, QStringLiteral("SELECT MIN(seq) * 100 + MAX(seq) FROM dossier_items")),
                 100 + kDesks);
    }

    // Twenty processes try a wrong password for the same account at the same moment: no more
    // than the limit (5) get their password checked, the rest are refused as locked, and the
    // right password afterwards is refused too. Before, each attempt read the counter before
    // its (slow) check and all twenty were checked.
    void R26_lockoutHoldsUnderParallelAttempts()
    {
        const QString db = m_dir->filePath(QStringLiteral("lockout.db"));
        makeArchive(db, {{QStringLiteral("guard1"), QStringLiteral("staff")}});
        constexpr int kAttempts = 20;
        constexpr int kLimit = 5; // the default policy
        std::vector<std::unique_ptr<QProcess>> attempts;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("ARCHIVEROOM_USER"));
        env.remove(QStringLiteral("ARCHIVEROOM_DB"));
        env.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
        for (int i = 0; i < kAttempts; ++i) {
            auto p = std::make_unique<QProcess>();
            QProcessEnvironment e = env;
            e.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), QStringLiteral("guess-%1").arg(i));
            p->setProcessEnvironment(e);
            attempts.push_back(std::move(p));
        }
        for (auto& p : attempts) // all started before any is waited for
            p->start(QStringLiteral(AR_BINARY),
                     {QStringLiteral("--db"), db, QStringLiteral("--user"), QStringLiteral("guard1"),
                      QStringLiteral("search"), QStringLiteral("1201")});
        int locked = 0;
        for (auto& p : attempts) {
            QVERIFY(p->waitForFinished(120000));
            const QString err = QString::fromUtf8(p->readAllStandardError());
            QCOMPARE(p->exitCode(), 3);
            QVERIFY2(err.contains(QStringLiteral("Wrong login or password")) ||
                         err.contains(QStringLiteral("locked")),
                     qPrintable(err));
            if (err.contains(QStringLiteral("locked")))
                ++locked;
        }
        QVERIFY(locked >= kAttempts - kLimit);
        // Only as many passwords as the limit were checked; the others were refused unchecked.
        const auto failures = [&](const char* why) {
            return sqliteCount(
                db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'sign_in_failed' "
                                   "AND user_login = 'guard1' AND detail LIKE '%\"why\":\"%1\"%'")
                        .arg(QLatin1String(why)));
        };
        QCOMPARE(failures("password"), kLimit);
        QCOMPARE(failures("locked"), kAttempts - kLimit);
        QCOMPARE(
            sqliteCount(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'account_locked' "
                                           "AND user_login = 'guard1'")),
            1);
        // The right password now: locked.
        const Run right = runArchiveroom(db, {QStringLiteral("search"), QStringLiteral("1201")},
                                         QStringLiteral("guard1"), QStringLiteral("guard1-secret"));
        QCOMPARE(right.code, 3);
        QVERIFY2(right.err.contains(QStringLiteral("locked")), qPrintable(right.err));
        const Run verify = admin(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
    }
};

QTEST_MAIN(TestCliDesks)
#include "TestCliDesks.moc"
