// Backups from the command line (R46), with the real binary as cron would run it: a backup
// taken while another process writes restores into an archive that verifies and has every
// person, dossier and scan; the file holds no personal data in the clear; a changed byte fails
// `backup verify`; kill -9 during a backup leaves the earlier backups and the archive intact.
#include "CliRunner.h"
#include "core/Validators.h"
#include "security/TestHooks.h"
#include "services/Archive.h"
#include "storage/Database.h" // counts rows of the restored archive (an internal check)

#include <QDirIterator>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliBackup : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString m_id;
    QByteArray m_scan1;
    QString db() const { return m_dir.filePath(QStringLiteral("archive.db")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }

    Run run(const QStringList& args, const QString& user = QStringLiteral("admin"),
            const QString& password = QStringLiteral("admin-secret"), const QString& newPassword = {})
    {
        return runArchiveroom(db(), args, user, password, newPassword);
    }
    Run clerk(const QStringList& args)
    {
        return run(args, QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
    }

    QProcessEnvironment env(const QString& password = QStringLiteral("admin-secret")) const
    {
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.insert(QStringLiteral("ARCHIVEROOM_PASSWORD"), password);
        e.insert(QStringLiteral("ARCHIVEROOM_LANG"), QStringLiteral("en"));
        e.remove(QStringLiteral("ARCHIVEROOM_USER"));
        e.remove(QStringLiteral("ARCHIVEROOM_DB"));
        e.remove(QStringLiteral("ARCHIVEROOM_RECOVERY_KEY"));
        return e;
    }

    static QByteArray readAll(const QString& file)
    {
        QFile f(file);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }
    static bool writeAll(const QString& file, const QByteArray& bytes)
    {
        QFile f(file);
        return f.open(QIODevice::WriteOnly) && f.write(bytes) == bytes.size();
    }
    // A scanned "PDF" of about 1.2 MB: the backup then runs to several chunks.
    static QByteArray bigScan(quint32 seed)
    {
        QRandomGenerator rng(seed);
        QByteArray b = QByteArrayLiteral("%PDF-1.4\n% ");
        QByteArray noise(1200 * 1024, Qt::Uninitialized);
        rng.fillRange(reinterpret_cast<quint32*>(noise.data()), noise.size() / 4);
        return b + noise + QByteArrayLiteral("\n%%EOF\n");
    }
    QStringList backupsIn(const QString& dir) const
    {
        return QDir(dir).entryList({QStringLiteral("archiveroom-*.arbackup")}, QDir::Files, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QCOMPARE(run({QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")}, QString(),
                     {}, QStringLiteral("admin-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                      QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                      QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("档案员")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("clerk-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("staff1"),
                      QStringLiteral("--role"), QStringLiteral("staff"), QStringLiteral("--department"),
                      QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("员工")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("staff-secret"))
                     .code,
                 0);
        QCOMPARE(run({QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")})
                     .code,
                 0);
        for (const char* room : {"3-2-1201", "3-2-1202", "3-2-1301"})
            QCOMPARE(run({QStringLiteral("room"), QStringLiteral("add"), QString::fromLatin1(room)}).code, 0);
        m_id = QStringLiteral("31000019800517043");
        m_id += ar::mainlandIdCheckChar(m_id);
        QString ownerNo;
        const std::tuple<const char*, QString, QString, const char*> owners[] = {
            {"3-2-1201", QStringLiteral("欧阳明华"), m_id, "13800135678"},
            {"3-2-1202", QStringLiteral("司马光"), QStringLiteral("110000199001010017"), "13900246813"},
            {"3-2-1301", QStringLiteral("诸葛亮"), QStringLiteral("11000019850203002X"), "13700357924"}};
        for (const auto& [room, name, id, phone] : owners) {
            QString idNumber = id.left(17);
            idNumber += ar::mainlandIdCheckChar(idNumber);
            const Run r = clerk({QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                                 QString::fromLatin1(room), QStringLiteral("--name"), name,
                                 QStringLiteral("--id"), idNumber, QStringLiteral("--phone"),
                                 QString::fromLatin1(phone), QStringLiteral("--json")});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            if (ownerNo.isEmpty())
                ownerNo = r.json().object().value(QStringLiteral("archive_no")).toString();
        }
        m_scan1 = bigScan(1);
        QVERIFY(writeAll(path(QStringLiteral("scan1.pdf")), m_scan1));
        QVERIFY(writeAll(path(QStringLiteral("scan2.pdf")), bigScan(2)));
        for (const auto& [kind, file] :
             {std::pair{"业主档案表", "scan1.pdf"}, std::pair{"购房合同", "scan2.pdf"}}) {
            const Run r =
                clerk({QStringLiteral("file"), ownerNo, QStringLiteral("--item"), QString::fromUtf8(kind),
                       QStringLiteral("--attach"), path(QString::fromLatin1(file))});
            QVERIFY2(r.code == 0, qPrintable(r.err));
        }
        QFile::remove(path(QStringLiteral("scan1.pdf")));
        QFile::remove(path(QStringLiteral("scan2.pdf")));
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    // The done-when of R46: a backup while another process writes, restored to a new file.
    void R46_backupWhileAnotherProcessWrites_restoresEverything()
    {
        QProcess writer;
        writer.setProcessEnvironment(env(QStringLiteral("clerk-secret")));
        // The writer touches a marker after each dossier it added: the backup starts once the
        // first is in (instead of after a fixed sleep), with 39 more to come.
        const QString marker = path(QStringLiteral("writing"));
        const QString loop =
            QStringLiteral(
                "for i in $(seq 1 40); do \"%1\" --db \"%2\" --user clerk1 dossier add --category repair "
                "--title \"电梯维修 $i\" >/dev/null || exit 1; touch \"%3\"; done")
                .arg(QStringLiteral(AR_BINARY), db(), marker);
        writer.start(QStringLiteral("bash"), {QStringLiteral("-c"), loop});
        QVERIFY(writer.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 60000);
        const Run b = run({QStringLiteral("backup"), QStringLiteral("create"),
                           path(QStringLiteral("live.arbackup")), QStringLiteral("--json")});
        const bool writing = writer.state() == QProcess::Running;
        QVERIFY(writer.waitForFinished(180000));
        QCOMPARE(writer.exitCode(), 0);
        QVERIFY2(b.code == 0, qPrintable(b.err));
        QVERIFY2(writing, "the writer had finished before the backup ended; the test proves nothing");
        const QJsonObject made = b.json().object();
        for (const char* key : {"file", "bytes", "persons", "dossiers", "scans", "created_at"})
            QVERIFY2(made.contains(QLatin1String(key)), key);
        QCOMPARE(made.value(QStringLiteral("persons")).toInt(), 3);
        QCOMPARE(made.value(QStringLiteral("scans")).toInt(), 2);
        QVERIFY(made.value(QStringLiteral("dossiers")).toInt() > 3); // some of the writer's were in
        QVERIFY(made.value(QStringLiteral("dossiers")).toInt() < 3 + 40);

        // Verify (password of the clerk), then restore (the administrator's) to a new file.
        const Run v = runArchiveroom(db(),
                                     {QStringLiteral("backup"), QStringLiteral("verify"),
                                      path(QStringLiteral("live.arbackup")), QStringLiteral("--json")},
                                     QStringLiteral("clerk1"), QStringLiteral("clerk-secret"));
        QVERIFY2(v.code == 0, qPrintable(v.err + v.out));
        QCOMPARE(v.json().object().value(QStringLiteral("ok")).toBool(), true);
        const QString restored = path(QStringLiteral("restored.db"));
        const Run r =
            run({QStringLiteral("backup"), QStringLiteral("restore"), path(QStringLiteral("live.arbackup")),
                 QStringLiteral("--to"), restored, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject back = r.json().object();
        QCOMPARE(back.value(QStringLiteral("file")).toString(), restored);
        for (const char* key : {"persons", "dossiers", "scans"})
            QCOMPARE(back.value(QLatin1String(key)).toInt(), made.value(QLatin1String(key)).toInt());

        // The restored archive: its trail verifies, it has every person, dossier and scan.
        const Run audit = runArchiveroom(restored, {QStringLiteral("audit"), QStringLiteral("verify")},
                                         QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QVERIFY2(audit.code == 0, qPrintable(audit.err + audit.out));
        auto archive = ar::Archive::open(restored);
        QVERIFY(archive);
        ar::Archive& a = *archive.value();
        auto count = [&a](const char* sql) { return a.database().scalar(QString::fromLatin1(sql))->toInt(); };
        QCOMPARE(count("SELECT COUNT(*) FROM persons"), 3);
        QCOMPARE(count("SELECT COUNT(*) FROM dossiers"), made.value(QStringLiteral("dossiers")).toInt());
        QCOMPARE(count("SELECT COUNT(*) FROM attachments"), 2);
        QCOMPARE(count("SELECT COUNT(*) FROM audit_log WHERE action = 'restore'"), 1);
        QVERIFY(a.accounts().signIn(QStringLiteral("clerk1"), QStringLiteral("clerk-secret")));
        auto first = a.database().scalar(QStringLiteral("SELECT MIN(id) FROM attachments"));
        auto data = a.filing().attachmentData(first->toLongLong());
        QVERIFY2(data, data ? "" : qPrintable(data.error().message));
        QVERIFY(data.value() == m_scan1);

        // Never over an existing file, never over the archive in use.
        const Run again = run({QStringLiteral("backup"), QStringLiteral("restore"),
                               path(QStringLiteral("live.arbackup")), QStringLiteral("--to"), restored});
        QCOMPARE(again.code, 6);
        const Run overLive = run({QStringLiteral("backup"), QStringLiteral("restore"),
                                  path(QStringLiteral("live.arbackup")), QStringLiteral("--to"), db()});
        QCOMPARE(overLive.code, 6);
    }

    void R46_theFileHoldsNoNameIdOrPhone()
    {
        const Run b = clerk(
            {QStringLiteral("backup"), QStringLiteral("create"), path(QStringLiteral("grep.arbackup"))});
        QVERIFY2(b.code == 0, qPrintable(b.err));
        const QByteArray bytes = readAll(path(QStringLiteral("grep.arbackup")));
        QVERIFY(bytes.size() > 2 * 1200 * 1024);
        for (const QString& needle :
             {QStringLiteral("欧阳明华"), QStringLiteral("司马光"), QStringLiteral("诸葛亮"), m_id,
              QStringLiteral("13800135678"), QStringLiteral("13900246813"), QStringLiteral("华苑小区"),
              QStringLiteral("电梯维修")})
            QVERIFY2(!bytes.contains(needle.toUtf8()), qPrintable(needle));
        QProcess grep;
        grep.start(QStringLiteral("grep"), {QStringLiteral("-c"), QStringLiteral("-a"),
                                            QStringLiteral("欧阳"), path(QStringLiteral("grep.arbackup"))});
        QVERIFY(grep.waitForFinished());
        QCOMPARE(grep.exitCode(), 1); // grep: no line matched
        // Staff do not make backups.
        const Run staff =
            run({QStringLiteral("backup"), QStringLiteral("create"), path(QStringLiteral("staff.arbackup"))},
                QStringLiteral("staff1"), QStringLiteral("staff-secret"));
        QCOMPARE(staff.code, 3);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("staff.arbackup"))));
    }

    void R46_aChangedByteMakesVerifyExit1()
    {
        // A good backup, made by the clerk (as R46_theFileHoldsNoNameIdOrPhone makes it).
        const QString good = path(QStringLiteral("grep.arbackup"));
        const Run made = clerk({QStringLiteral("backup"), QStringLiteral("create"), good});
        QVERIFY2(made.code == 0, qPrintable(made.err));
        const QByteArray bytes = readAll(good);
        QVERIFY(!bytes.isEmpty());
        for (const qsizetype at : {qsizetype(20), bytes.size() / 3, bytes.size() - 5}) {
            QByteArray changed = bytes;
            changed[at] = char(changed.at(at) ^ 0x20);
            const QString file = path(QStringLiteral("changed-%1.arbackup").arg(at));
            QVERIFY(writeAll(file, changed));
            const Run v =
                run({QStringLiteral("backup"), QStringLiteral("verify"), file, QStringLiteral("--json")});
            QVERIFY2(v.code == 1,
                     qPrintable(QStringLiteral("byte %1: exit %2 %3").arg(at).arg(v.code).arg(v.err)));
            QCOMPARE(v.json().object().value(QStringLiteral("ok")).toBool(true), false);
            QVERIFY(!v.json().object().value(QStringLiteral("problem")).toString().isEmpty());
            QVERIFY(!v.err.isEmpty());
        }
        const Run ok = run({QStringLiteral("backup"), QStringLiteral("verify"), good});
        QVERIFY2(ok.code == 0, qPrintable(ok.err));
        // The wrong password opens nothing; a clerk's password does not restore.
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), good}, QStringLiteral("admin"),
                     QStringLiteral("wrong"))
                     .code,
                 1);
        const Run clerkRestores = clerk({QStringLiteral("backup"), QStringLiteral("restore"), good,
                                         QStringLiteral("--to"), path(QStringLiteral("by-clerk.db"))});
        QCOMPARE(clerkRestores.code, 3);
        QVERIFY(!QFileInfo::exists(path(QStringLiteral("by-clerk.db"))));
    }

    void R46_killDuringABackupLeavesEarlierBackupsAndTheArchiveIntact()
    {
        if (!ar::testhooks::enabled())
            QSKIP("pauses the backup through a test hook: build with AR_TEST_HOOKS (presets dev, ci, asan)");
        const QString dir = path(QStringLiteral("usb"));
        const QString tmp = path(QStringLiteral("tmp"));
        QVERIFY(QDir().mkpath(dir));
        QVERIFY(QDir().mkpath(tmp));
        const Run first = run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--dir"),
                               dir, QStringLiteral("--keep"), QStringLiteral("7,4,12")});
        QVERIFY2(first.code == 0, qPrintable(first.err));
        const QStringList before = backupsIn(dir);
        QCOMPARE(before.size(), 1);
        const QByteArray earlier = readAll(QDir(dir).filePath(before.first()));
        // After the header (0 chunks), after the first and after the third chunk.
        for (const int chunks : {0, 1, 3}) {
            const QString marker = path(QStringLiteral("paused-%1").arg(chunks));
            QProcess p;
            QProcessEnvironment e = env();
            e.insert(QStringLiteral("ARCHIVEROOM_TEST_BACKUP_PAUSE"),
                     QStringLiteral("%1:%2").arg(chunks).arg(marker));
            e.insert(QStringLiteral("TMPDIR"), tmp);
            p.setProcessEnvironment(e);
            p.start(QStringLiteral(AR_BINARY),
                    {QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("admin"),
                     QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--dir"), dir});
            QVERIFY(p.waitForStarted());
            QTRY_VERIFY_WITH_TIMEOUT(QFileInfo::exists(marker), 60000);
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            QCOMPARE(p.exitStatus(), QProcess::CrashExit);
            QCOMPARE(backupsIn(dir), before); // no half backup under a backup's name
            QCOMPARE(readAll(QDir(dir).filePath(before.first())), earlier);
        }
        // The snapshot folder a killed process leaves is private (0700); each later backup removed
        // the one of the process killed before it, so only the last one is left…
        const QStringList left =
            QDir(tmp).entryList({QStringLiteral("archiveroom-backup-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        QCOMPARE(left.size(), 1);
        QCOMPARE(QFileInfo(QDir(tmp).filePath(left.first())).permissions() &
                     (QFileDevice::ReadOther | QFileDevice::ReadGroup),
                 QFileDevice::Permissions());
        // …and the archive and the earlier backup are intact; the next backup works and clears it.
        QCOMPARE(run({QStringLiteral("audit"), QStringLiteral("verify")}).code, 0);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("verify"), QDir(dir).filePath(before.first())})
                     .code,
                 0);
        QProcess next;
        QProcessEnvironment e = env();
        e.insert(QStringLiteral("TMPDIR"), tmp);
        next.setProcessEnvironment(e);
        next.start(QStringLiteral(AR_BINARY),
                   {QStringLiteral("--db"), db(), QStringLiteral("--user"), QStringLiteral("admin"),
                    QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--dir"), dir});
        QVERIFY(next.waitForFinished(120000));
        QVERIFY2(next.exitCode() == 0, next.readAllStandardError().constData());
        QCOMPARE(
            QDir(tmp).entryList({QStringLiteral("archiveroom-backup-*")}, QDir::Dirs | QDir::NoDotAndDotDot),
            QStringList());
        // Both backups are of the same day: the rotation keeps the newest of it.
        QCOMPARE(backupsIn(dir).size(), 1);
        QVERIFY(backupsIn(dir).first() != before.first());
        // The audit trail records each backup written (not the killed ones).
        const Run list = run({QStringLiteral("audit"), QStringLiteral("list"), QStringLiteral("--action"),
                              QStringLiteral("backup"), QStringLiteral("--json")});
        QCOMPARE(list.code, 0);
        QCOMPARE(list.json().array().size(), 2); // the two in the folder
    }

    void R46_usageAndBadInput()
    {
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create")}).code, 2);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--dir"),
                      path(QStringLiteral("usb")), QStringLiteral("--keep"), QStringLiteral("0,4,12")})
                     .code,
                 4);
        QCOMPARE(run({QStringLiteral("backup"), QStringLiteral("create"), QStringLiteral("--dir"),
                      path(QStringLiteral("absent"))})
                     .code,
                 4);
        QCOMPARE(
            run({QStringLiteral("backup"), QStringLiteral("restore"), path(QStringLiteral("grep.arbackup"))})
                .code,
            2);
        QCOMPARE(
            run({QStringLiteral("backup"), QStringLiteral("verify"), path(QStringLiteral("absent.arbackup"))})
                .code,
            5);
    }
};

QTEST_MAIN(TestCliBackup)
#include "TestCliBackup.moc"
