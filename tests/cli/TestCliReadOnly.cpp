// An archive on read-only media (issue #18 item 5, R46): a file copy or a backup disk mounted
// read-only, a file without write permission, a read-only folder where SQLite cannot make its
// -wal/-shm files. It opens read-only for looking things up — search, owner show, dossier show,
// audit verify, print — and every write exits with one clear message; the file is not changed.
// `--read-only` takes the path root takes too (root writes whatever chmod says); the chmod
// variant runs only for other users.
#include "CliRunner.h"
#include "core/Validators.h"

#include <QCryptographicHash>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

class TestCliReadOnly : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString db() const { return m_dir.filePath(QStringLiteral("live/archive.db")); }
    QString archiveNo() const { return QStringLiteral("Z109-YZ·%1-Y-0001").arg(ar::test::today().year()); }

    Run run(const QString& file, const QStringList& args, const QString& user = QStringLiteral("clerk1"),
            const QString& password = QStringLiteral("clerk-secret"))
    {
        return runArchiveroom(file, args, user, password);
    }

    static QByteArray digest(const QString& file)
    {
        QFile f(file);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
    }

    static QString sqlite3(const QString& file, const QString& sql)
    {
        QProcess p;
        p.start(QStringLiteral("sqlite3"), {file, sql});
        if (!p.waitForFinished(30000) || p.exitCode() != 0)
            return QStringLiteral("sqlite3 failed");
        return QString::fromUtf8(p.readAllStandardOutput()).trimmed();
    }

    // The reads a clerk looks things up with, each exit 0 and with the owner's dossier in it.
    void lookUp(const QString& file, const QStringList& global)
    {
        const Run search = run(file, global + QStringList{QStringLiteral("--json"), QStringLiteral("search"),
                                                          QStringLiteral("欧阳")});
        QVERIFY2(search.code == 0, qPrintable(search.err));
        QVERIFY2(search.out.contains(QStringLiteral("欧阳")), qPrintable(search.out));
        const Run owner = run(file, global + QStringList{QStringLiteral("--json"), QStringLiteral("owner"),
                                                         QStringLiteral("show"), QStringLiteral("3-2-1201")});
        QVERIFY2(owner.code == 0, qPrintable(owner.err));
        QCOMPARE(owner.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("欧阳明华"));
        const Run dossier =
            run(file, global + QStringList{QStringLiteral("--json"), QStringLiteral("dossier"),
                                           QStringLiteral("show"), archiveNo()});
        QVERIFY2(dossier.code == 0, qPrintable(dossier.err));
        QCOMPARE(dossier.json().object().value(QStringLiteral("archive_no")).toString(), archiveNo());
        const Run verify = run(file, global + QStringList{QStringLiteral("audit"), QStringLiteral("verify")},
                               QStringLiteral("admin"), QStringLiteral("admin-secret"));
        QVERIFY2(verify.code == 0, qPrintable(verify.err));
        QVERIFY2(verify.out.contains(QStringLiteral("Chain intact")), qPrintable(verify.out));
        const QString pdf = m_dir.filePath(QStringLiteral("catalog-%1.pdf").arg(global.size()));
        const Run print = run(file, global + QStringList{QStringLiteral("print"), QStringLiteral("catalog"),
                                                         QStringLiteral("--dossier"), archiveNo(),
                                                         QStringLiteral("--out"), pdf});
        QVERIFY2(print.code == 0, qPrintable(print.err));
        QVERIFY(QFile(pdf).size() > 0);
    }

    // Writes of several services: each exits 3 with the one message, never SQLite's text.
    void refuseWrites(const QString& file, const QStringList& global)
    {
        const QList<QStringList> writes{
            {QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1202")},
            {QStringLiteral("damage"), QStringLiteral("add"), archiveNo(), QStringLiteral("--note"),
             QStringLiteral("封面撕裂")},
            {QStringLiteral("location"), QStringLiteral("add"), QStringLiteral("档案室")},
        };
        // A scan to file (no scan file may be written into the store either).
        const QString scan = QDir(m_dir.path()).filePath(QStringLiteral("scan.pdf"));
        {
            QFile out(scan);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("%PDF-1.4\n% a scan\n%%EOF\n");
        }
        const QString store = file + QStringLiteral(".files");
        const auto storedFiles = [&store] {
            QStringList out;
            QDirIterator it(store, QDir::Files, QDirIterator::Subdirectories);
            while (it.hasNext())
                out << it.next();
            return out;
        };
        const QStringList before = storedFiles();
        QList<QStringList> all = writes;
        all << QStringList{QStringLiteral("file"),     archiveNo(),
                           QStringLiteral("--item"),   QStringLiteral("购房合同"),
                           QStringLiteral("--attach"), scan};
        for (const QStringList& w : std::as_const(all)) {
            const Run r = run(file, global + w);
            QVERIFY2(r.code == 3, qPrintable(w.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("This archive is open read-only")), qPrintable(r.err));
            QVERIFY2(!r.err.contains(QStringLiteral("readonly database")), qPrintable(r.err));
        }
        QCOMPARE(storedFiles(), before);
        // A wrong password is refused and, as nothing can be written, not counted.
        const Run wrong = run(file, global + QStringList{QStringLiteral("search"), QStringLiteral("欧阳")},
                              QStringLiteral("clerk1"), QStringLiteral("wrong-password"));
        QCOMPARE(wrong.code, 3);
    }

private slots:
    void initTestCase()
    {
        ar::test::useFixedClock(); // before the template is made
        QVERIFY(m_dir.isValid());
        QVERIFY(QDir(m_dir.path()).mkpath(QStringLiteral("live")));
        QCOMPARE(runArchiveroom(db(),
                                {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                                QString(), QString(), QStringLiteral("admin-secret"))
                     .code,
                 0);
        QVERIFY(runArchiveroom(
                    db(),
                    {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                     QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                     QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("档案员")},
                    QStringLiteral("admin"), QStringLiteral("admin-secret"), QStringLiteral("clerk-secret"))
                    .code == 0);
        QCOMPARE(run(db(),
                     {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                      QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"))
                     .code,
                 0);
        QCOMPARE(run(db(), {QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1201")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"))
                     .code,
                 0);
        QString id = QStringLiteral("31000019800517043");
        id += ar::mainlandIdCheckChar(id);
        const Run owner =
            run(db(), {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                       QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("欧阳明华"),
                       QStringLiteral("--id"), id, QStringLiteral("--phone"), QStringLiteral("13800135678")});
        QVERIFY2(owner.code == 0, qPrintable(owner.err));
        // The last process has closed the file: its write-ahead log is in the file and gone.
        QVERIFY(!QFile::exists(db() + QStringLiteral("-wal")));
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    void R46_readOnlyOptionLooksUpAndRefusesEveryWrite()
    {
        const QByteArray before = digest(db());
        const QString records = sqlite3(db(), QStringLiteral("SELECT count(*) FROM audit_log"));
        const QString lockout =
            sqlite3(db(), QStringLiteral("SELECT failed_attempts FROM users WHERE login = 'clerk1'"));
        lookUp(db(), {QStringLiteral("--read-only")});
        refuseWrites(db(), {QStringLiteral("--read-only")});
        QCOMPARE(digest(db()), before);
        QCOMPARE(sqlite3(db(), QStringLiteral("SELECT count(*) FROM audit_log")), records);
        QCOMPARE(sqlite3(db(), QStringLiteral("SELECT failed_attempts FROM users WHERE login = 'clerk1'")),
                 lockout);
        // Without the option the same file is the archive in use: a write goes through.
        QCOMPARE(run(db(), {QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1202")},
                     QStringLiteral("admin"), QStringLiteral("admin-secret"))
                     .code,
                 0);
    }

    void R46_readOnlyCopyOfAnOlderSchemaIsRefusedWithoutChangingIt()
    {
        const QString old = m_dir.filePath(QStringLiteral("older.db"));
        QVERIFY(QFile::copy(db(), old));
        QCOMPARE(sqlite3(old, QStringLiteral("PRAGMA user_version = 14; PRAGMA user_version")),
                 QStringLiteral("14"));
        const Run r =
            run(old, {QStringLiteral("--read-only"), QStringLiteral("search"), QStringLiteral("欧阳")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("cannot be upgraded on read-only media")), qPrintable(r.err));
        QCOMPARE(sqlite3(old, QStringLiteral("PRAGMA user_version")), QStringLiteral("14"));
    }

    void R46_readOnlyFileInAReadOnlyFolderOpensByItself()
    {
        if (::geteuid() == 0)
            QSKIP("runs as root, for whom chmod does not stop writes: the --read-only and immutable cases "
                  "(TestStorageDatabase::readOnlyFolderOpensImmutable) cover the path");
        const QString folder = m_dir.filePath(QStringLiteral("disk"));
        QVERIFY(QDir().mkpath(folder));
        const QString copy = folder + QStringLiteral("/archive.db");
        QVERIFY(QFile::copy(db(), copy));
        QVERIFY(QFile::setPermissions(copy, QFile::ReadOwner | QFile::ReadGroup | QFile::ReadOther));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::ExeOwner | QFile::ReadGroup |
                                                  QFile::ExeGroup | QFile::ReadOther | QFile::ExeOther));
        const QByteArray before = digest(copy);
        lookUp(copy, {});
        refuseWrites(copy, {});
        QCOMPARE(digest(copy), before);
        QVERIFY(!QFile::exists(copy + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(copy + QStringLiteral("-shm")));
        QVERIFY(QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner));
    }
};

QTEST_MAIN(TestCliReadOnly)
#include "TestCliReadOnly.moc"
