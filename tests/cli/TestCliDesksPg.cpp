// Eight desks on one PostgreSQL archive at once (issue #24 items 3 and 7): each desk is an
// ar_desk_worker process (tests/support/DeskWorker.cpp, mode=loans) with a clerk and a manager
// signed in, registering owners (every new owner dossier draws its 档号 from one counter),
// asking for the borrowing of a few dossiers all desks share, approving, checking out and
// taking back. Every write transaction on PostgreSQL takes the audit head's lock first
// (docs/architecture.md, "One lock order on PostgreSQL"); without it the desks failed (see
// R27_eightDesksOnOneServerLoseNothing).
//
// Only on PostgreSQL: registered as TestCliDesksPg.pg (ctest skips it without a server, and
// the plain run skips itself). Each desk works ARCHIVEROOM_TEST_DESK_SECONDS seconds (default
// 10; the full run is 60).

#include "CliRunner.h"
#include "TestDatabase.h"
#include "TestSupport.h"

#include <QDateTime>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <vector>

using ar::test::Run;
using ar::test::runArchiveroom;

namespace {
constexpr int kDesks = 8;
// One name character per desk (names take no Latin digits); their code points also make each
// desk's ID numbers and phones its own (DeskWorker: code point % 500 and % 10).
const QStringList& deskTags()
{
    static const QStringList tags{QStringLiteral("水"), QStringLiteral("北"), QStringLiteral("雨"),
                                  QStringLiteral("中"), QStringLiteral("雪"), QStringLiteral("南"),
                                  QStringLiteral("东"), QStringLiteral("黑")};
    return tags;
}
} // namespace

class TestCliDesksPg : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<QTemporaryDir> m_dir; // in initTestCase: `-functions` exits without destroying the object

    Run admin(const QString& db, const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db, args, QStringLiteral("admin"), QStringLiteral("admin-secret"), newPassword);
    }

    void addUser(const QString& db, const QString& login, const QString& role, const QString& department)
    {
        const Run r =
            admin(db,
                  {QStringLiteral("user"), QStringLiteral("add"), login, QStringLiteral("--role"), role,
                   QStringLiteral("--department"), department, QStringLiteral("--name"), login},
                  login + QStringLiteral("-secret"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
    }

    static qint64 count(ar::Database& db, const QString& sql, std::initializer_list<QVariant> args = {})
    {
        auto v = db.scalar(sql, args);
        if (!v)
            qFatal("%s: %s", qPrintable(sql), qPrintable(v.error().message));
        return v.value().toLongLong();
    }

private slots:
    void initTestCase()
    {
        if (!ar::test::onPostgres())
            QSKIP("eight desks on one PostgreSQL server: TestCliDesksPg.pg, with ARCHIVEROOM_TEST_PG set");
        m_dir = std::make_unique<QTemporaryDir>();
        QVERIFY(m_dir->isValid());
    }

    // 8 desks × (register, request, approve, check out, give back) for the given time: every
    // desk exits 0 having printed no error, no 档号 is given twice, every registration, request,
    // approval, check-out and return a desk reports is in the archive and nothing more (no lost
    // update), no dossier is out at the end, and the audit chain all desks appended to verifies.
    void R27_eightDesksOnOneServerLoseNothing()
    {
        const QString db = ar::test::freshLocation(m_dir->filePath(QStringLiteral("desks.db")));
        const Run init =
            runArchiveroom(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                           {}, {}, QStringLiteral("admin-secret"));
        QVERIFY2(init.code == 0, qPrintable(init.err));
        for (int i = 1; i <= kDesks; ++i) {
            addUser(db, QStringLiteral("clerk%1").arg(i), QStringLiteral("clerk"), QStringLiteral("客服部"));
            addUser(db, QStringLiteral("manager%1").arg(i), QStringLiteral("manager"),
                    QStringLiteral("客服部"));
            addUser(db, QStringLiteral("staff%1").arg(i), QStringLiteral("staff"), QStringLiteral("工程部"));
        }
        // The first clerk's sign-in hands the full key on to the other clerks (keys by role).
        const Run first = runArchiveroom(db, {QStringLiteral("audit"), QStringLiteral("verify")},
                                         QStringLiteral("clerk1"), QStringLiteral("clerk1-secret"));
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const Run estate =
            admin(db, {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")});
        QVERIFY2(estate.code == 0, qPrintable(estate.err));
        // Four dossiers every desk asks for.
        QStringList shared;
        for (int k = 1; k <= 4; ++k) {
            const QString room = QStringLiteral("9-1-100%1").arg(k);
            const Run r = runArchiveroom(db, {QStringLiteral("room"), QStringLiteral("add"), room},
                                         QStringLiteral("clerk1"), QStringLiteral("clerk1-secret"));
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const Run o =
                runArchiveroom(db,
                               {QStringLiteral("--json"), QStringLiteral("owner"), QStringLiteral("add"),
                                QStringLiteral("--room"), room, QStringLiteral("--name"),
                                QStringLiteral("共享") + QString(QChar(0x7532 + k)), QStringLiteral("--id"),
                                ar::test::fakeId(QDate(1970, 3, k), true, 40 + k), QStringLiteral("--phone"),
                                QStringLiteral("1390000000%1").arg(k)},
                               QStringLiteral("clerk1"), QStringLiteral("clerk1-secret"));
            QVERIFY2(o.code == 0, qPrintable(o.err));
            const QString no = o.json().object().value(QStringLiteral("archive_no")).toString();
            QVERIFY2(!no.isEmpty(), qPrintable(o.out));
            shared << no;
        }

        const int seconds = qEnvironmentVariableIntValue("ARCHIVEROOM_TEST_DESK_SECONDS") > 0
                                ? qEnvironmentVariableIntValue("ARCHIVEROOM_TEST_DESK_SECONDS")
                                : 10;
        // All begin at the same moment, after their start-up and sign-in.
        const qint64 start = QDateTime::currentMSecsSinceEpoch() + 5000;
        std::vector<std::unique_ptr<QProcess>> desks;
        for (int i = 0; i < kDesks; ++i) {
            auto p = std::make_unique<QProcess>();
            p->start(QStringLiteral(AR_DESK_WORKER),
                     {QStringLiteral("mode=loans"), QStringLiteral("db=") + db,
                      QStringLiteral("user=clerk%1").arg(i + 1),
                      QStringLiteral("password=clerk%1-secret").arg(i + 1),
                      QStringLiteral("manager=manager%1").arg(i + 1),
                      QStringLiteral("managerPassword=manager%1-secret").arg(i + 1),
                      QStringLiteral("borrower=staff%1").arg(i + 1),
                      QStringLiteral("tag=") + deskTags().at(i), QStringLiteral("building=%1").arg(i + 1),
                      QStringLiteral("seconds=%1").arg(seconds),
                      QStringLiteral("shared=") + shared.join(QLatin1Char(',')),
                      QStringLiteral("start=%1").arg(start)});
            desks.push_back(std::move(p));
        }
        struct Done
        {
            int registered = 0, requested = 0, approved = 0, out = 0, returned = 0, busy = 0;
        };
        QList<Done> done;
        QStringList failures;
        static const QRegularExpression kLine(QStringLiteral(
            "^registered (\\d+) requested (\\d+) approved (\\d+) out (\\d+) returned (\\d+) busy (\\d+)$"));
        for (int i = 0; i < kDesks; ++i) {
            QProcess& p = *desks.at(i);
            QVERIFY(p.waitForFinished(qMax(120, seconds * 4) * 1000));
            const QString out = QString::fromUtf8(p.readAllStandardOutput()).trimmed();
            const QString err = QString::fromUtf8(p.readAllStandardError()).trimmed();
            if (!err.isEmpty() || p.exitCode() != 0) {
                failures << QStringLiteral("desk %1 (exit %2): %3")
                                .arg(deskTags().at(i))
                                .arg(p.exitCode())
                                .arg(err);
                continue;
            }
            const auto m = kLine.match(out);
            QVERIFY2(m.hasMatch(), qPrintable(out));
            done << Done{m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt(),
                         m.captured(4).toInt(), m.captured(5).toInt(), m.captured(6).toInt()};
            qInfo("desk %s: %s", qPrintable(deskTags().at(i)), qPrintable(out));
        }
        // Every desk exited 0 and printed nothing on stderr: no user-facing error at all.
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));

        auto opened = ar::Database::open(db);
        QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
        ar::Database& d = *opened.value();
        // No 档号 twice: 4 shared dossiers and one per registration, all different.
        int registered = 0, checkedOut = 0;
        for (int i = 0; i < kDesks; ++i) {
            const Done& x = done.at(i);
            QVERIFY(x.registered > 0);
            registered += x.registered;
            checkedOut += x.out;
            QCOMPARE(x.requested, x.registered);
            QCOMPARE(x.approved, x.requested);
            QCOMPARE(x.out + x.busy, x.approved);
            QCOMPARE(x.returned, x.out);
            const QString borrower = QStringLiteral("staff%1").arg(i + 1);
            const QString clerk = QStringLiteral("clerk%1").arg(i + 1);
            // Nothing lost, nothing extra: what each desk says it did is what the archive holds.
            QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM persons WHERE name LIKE ?"),
                           {QStringLiteral("甲") + deskTags().at(i) + QLatin1Char('%')}),
                     qint64(x.registered));
            QCOMPARE(count(d,
                           QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'register' AND "
                                          "user_login = ?"),
                           {clerk}),
                     qint64(x.registered + (i == 0 ? shared.size() : 0))); // clerk1 registered the shared
            QCOMPARE(count(d,
                           QStringLiteral("SELECT COUNT(*) FROM loans l JOIN users u ON u.id = l.borrower_id "
                                          "WHERE u.login = ?"),
                           {borrower}),
                     qint64(x.requested));
            QCOMPARE(count(d,
                           QStringLiteral("SELECT COUNT(*) FROM loans l JOIN users u ON u.id = l.decided_by "
                                          "WHERE u.login = ? AND l.status <> 'pending'"),
                           {QStringLiteral("manager%1").arg(i + 1)}),
                     qint64(x.approved));
            QCOMPARE(count(d,
                           QStringLiteral("SELECT COUNT(*) FROM loans l JOIN users u ON u.id = l.borrower_id "
                                          "WHERE u.login = ? AND l.status = 'returned'"),
                           {borrower}),
                     qint64(x.returned));
            QCOMPARE(count(d,
                           QStringLiteral("SELECT COUNT(*) FROM loans l JOIN users u ON u.id = l.borrower_id "
                                          "WHERE u.login = ? AND l.status = 'approved'"),
                           {borrower}),
                     qint64(x.busy));
        }
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM dossiers")), qint64(registered + 4));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(DISTINCT archive_no) FROM dossiers")),
                 qint64(registered + 4));
        // R33: nothing is out now, each check-out was one loan of a folder that was in, and the
        // shared folders are back on the shelf.
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM loans WHERE status = 'out'")), qint64(0));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM loans WHERE checked_out_at IS NOT NULL")),
                 qint64(checkedOut));
        QCOMPARE(count(d, QStringLiteral("SELECT COUNT(*) FROM dossiers WHERE status = 'on_loan'")),
                 qint64(0));
        // R27: one chain, appended to by every desk, intact.
        const Run verify = admin(db, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(QStringLiteral("Chain intact")), qPrintable(verify.out));
        qInfo("%d desks, %d s: %d registered, %d checked out and back", kDesks, seconds, registered,
              checkedOut);
    }
};

QTEST_MAIN(TestCliDesksPg)
#include "TestCliDesksPg.moc"
