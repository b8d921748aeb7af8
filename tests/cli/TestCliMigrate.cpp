// `archiveroom migrate` and `archiveroom pg-setup` (issue #24 items 5 and 6). The SQLite parts
// run everywhere; the PostgreSQL parts in TestCliMigrate.pg (ARCHIVEROOM_TEST_PG, see
// tests/CMakeLists.txt ar_add_pg_test) and are skipped without a server. The test server runs
// as a superuser, so the test makes roles of its own, named per run, and drops them at the end.
#include "CliRunner.h"
#include "TestDatabase.h"
#include "core/Validators.h"
#include "services/Archive.h"
#include "storage/Database.h"
#include "storage/Migrator.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using ar::test::CliArchive;
using ar::test::Run;
using ar::test::runArchiveroom;

namespace {

const QString kAdminPass = QStringLiteral("gate-keeper-2026");
const QString kDeskPass = QStringLiteral("desk-pass-123");

QByteArray fileDigest(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// The schema a test location's search_path names (TestDatabase.h freshLocation).
QString schemaOf(const QString& location)
{
    static const QRegularExpression kSchema(QStringLiteral("search_path%3D(\\w+)"));
    return kSchema.match(location).captured(1);
}

// The same location, connecting as another role.
QString asRole(const QString& location, const QString& role)
{
    QString out = location;
    out.replace(QRegularExpression(QStringLiteral("^postgresql://[^@/]*@")),
                QStringLiteral("postgresql://%1@").arg(role));
    return out;
}

// {table: rows} of a migrate --json report's "tables", on the side named.
QMap<QString, qint64> countsOf(const QJsonObject& report, const QString& side)
{
    QMap<QString, qint64> out;
    for (const QJsonValue& v : report.value(QStringLiteral("tables")).toArray())
        out.insert(v.toObject().value(QStringLiteral("table")).toString(),
                   qint64(v.toObject().value(side).toDouble()));
    return out;
}

} // namespace

class TestCliMigrate : public QObject
{
    Q_OBJECT

private:
    // The template is made once in initTestCase; every test function works on a copy (init).
    CliArchive m_dir;
    QString m_archiveNo; // the owner dossier with a scan
    QString m_idNumber;  // its owner's ID number

    QString path(const QString& name) const { return m_dir.filePath(name); }
    QString source() const { return path(QStringLiteral("source.db")); }
    Run admin(const QString& db, const QStringList& args, const QString& newPassword = {})
    {
        return runArchiveroom(db, args, QStringLiteral("admin"), kAdminPass, newPassword);
    }
    Run clerk(const QString& db, const QStringList& args)
    {
        return runArchiveroom(db, args, QStringLiteral("clerk1"), kDeskPass);
    }
    Run migrate(const QString& from, const QString& to)
    {
        return runArchiveroom(from,
                              {QStringLiteral("migrate"), QStringLiteral("--from"), from,
                               QStringLiteral("--to"), to, QStringLiteral("--json")},
                              QString(), QString());
    }
    // A small archive: a demo estate (persons, dossiers, loans), a clerk, an owner with a scan.
    void makeArchive(const QString& db)
    {
        Run r = admin(db, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                      kAdminPass);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(db, {QStringLiteral("demo"), QStringLiteral("--households"), QStringLiteral("6")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(db,
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                   QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                   QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("档案员")},
                  kDeskPass);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(db, {QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                       QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(db, {QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1201"),
                       QStringLiteral("--estate"), QStringLiteral("HY")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString id = QStringLiteral("31000019800517043");
        id += ar::mainlandIdCheckChar(id);
        m_idNumber = id;
        r = clerk(db, {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                       QStringLiteral("3-2-1201"), QStringLiteral("--estate"), QStringLiteral("HY"),
                       QStringLiteral("--name"), QStringLiteral("欧阳明华"), QStringLiteral("--id"), id,
                       QStringLiteral("--phone"), QStringLiteral("13800135678"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        m_archiveNo = r.json().object().value(QStringLiteral("archive_no")).toString();
        QVERIFY(!m_archiveNo.isEmpty());
        const QString scan = path(QStringLiteral("scan.pdf"));
        {
            QFile f(scan);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QByteArrayLiteral("%PDF-1.4\n% a scanned owner form\n%%EOF\n"));
        }
        r = clerk(db, {QStringLiteral("file"), m_archiveNo, QStringLiteral("--item"),
                       QStringLiteral("业主档案表"), QStringLiteral("--attach"), scan});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile::remove(scan);
    }
    // The copy opens with the same passwords and holds the same owner, decrypted.
    void checkOpens(const QString& db)
    {
        const Run show = clerk(
            db, {QStringLiteral("owner"), QStringLiteral("show"), m_archiveNo, QStringLiteral("--json")});
        QVERIFY2(show.code == 0, qPrintable(show.err));
        QCOMPARE(show.json().object().value(QStringLiteral("name")).toString(), QStringLiteral("欧阳明华"));
        // The sealed values open on either engine (SQLite stores them as bytes, PostgreSQL as
        // text: the copy converts them, issue #23), and the blind index still finds the owner.
        const Run full = clerk(db, {QStringLiteral("owner"), QStringLiteral("show"), m_archiveNo,
                                    QStringLiteral("--unmask"), QStringLiteral("--reason"),
                                    QStringLiteral("核对"), QStringLiteral("--json")});
        QVERIFY2(full.code == 0, qPrintable(full.err));
        QCOMPARE(full.json().object().value(QStringLiteral("id_number")).toString(), m_idNumber);
        const Run found = clerk(db, {QStringLiteral("search"), m_idNumber, QStringLiteral("--json")});
        QVERIFY2(found.code == 0 && found.out.contains(QStringLiteral("欧阳明华")),
                 qPrintable(found.out + found.err));
        const Run verify =
            admin(db, {QStringLiteral("audit"), QStringLiteral("verify"), QStringLiteral("--json")});
        QVERIFY2(verify.code == 0, qPrintable(verify.out + verify.err));
        QVERIFY(verify.json().object().value(QStringLiteral("intact")).toBool());
    }
    // Every file under the files folder of `location`, relative path → bytes.
    static QMap<QString, QByteArray> filesOf(const QString& folder)
    {
        QMap<QString, QByteArray> out;
        QDirIterator it(folder, QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString f = it.next();
            QFile file(f);
            if (file.open(QIODevice::ReadOnly))
                out.insert(QDir(folder).relativeFilePath(f), file.readAll());
        }
        return out;
    }
    struct Fingerprint
    {
        QByteArray digest;
        QDateTime modified;
        bool operator==(const Fingerprint& o) const { return digest == o.digest && modified == o.modified; }
    };
    static Fingerprint fingerprint(const QString& file)
    {
        return {fileDigest(file), QFileInfo(file).lastModified()};
    }

private slots:
    void initTestCase()
    {
        ar::test::useFixedClock(); // before the template is made
        QVERIFY(m_dir.isValid());
        makeArchive(source());
    }

    void init() { QVERIFY(m_dir.fresh()); }
    void cleanup() { m_dir.drop(); }

    void refusesAMissingSourceTheSameLocationAndAnExistingFile()
    {
        Run r = migrate(path(QStringLiteral("nowhere.db")), path(QStringLiteral("copy.db")));
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QLatin1String("There is no archive at")), qPrintable(r.err));

        r = migrate(source(), source());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("name the same archive")), qPrintable(r.err));

        const QString existing = path(QStringLiteral("existing.db"));
        {
            QFile f(existing);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("something else");
        }
        r = migrate(source(), existing);
        QCOMPARE(r.code, 6);
        QVERIFY2(r.err.contains(QLatin1String("exists already")), qPrintable(r.err));
        QCOMPARE(fileDigest(existing),
                 QCryptographicHash::hash("something else", QCryptographicHash::Sha256));

        r = runArchiveroom(source(), {QStringLiteral("migrate")}, QString(), QString());
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains(QLatin1String("--to")), qPrintable(r.err));
    }

    // A copy that fails half-way (here: the source's trail was edited, so the check at the end
    // fails) leaves nothing behind.
    void aFailedCopyWritesNothing()
    {
        const QString tampered = path(QStringLiteral("tampered.db"));
        QVERIFY(QFile::copy(source(), tampered));
        {
            auto db = ar::Database::openSqlite(tampered);
            QVERIFY(db);
            QVERIFY(db.value()->exec(QStringLiteral("UPDATE audit_log SET reason = 'edited' WHERE id = 3")));
        }
        const QString target = path(QStringLiteral("from-tampered.db"));
        const Run r = migrate(tampered, target);
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("audit trail does not verify")), qPrintable(r.err));
        QVERIFY2(r.err.contains(QLatin1String("Nothing was written")), qPrintable(r.err));
        QVERIFY(!QFileInfo::exists(target));
        QVERIFY(filesOf(target + QStringLiteral(".files")).isEmpty());
    }

    // File to file: everything there, the same passwords open it, the source untouched.
    void copiesAFileToANewFile()
    {
        const Fingerprint before = fingerprint(source());
        const QString target = path(QStringLiteral("copy.db"));
        const Run r = migrate(source(), target);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject rep = r.json().object();
        QVERIFY(rep.value(QStringLiteral("audit_intact")).toBool());
        QCOMPARE(countsOf(rep, QStringLiteral("source")), countsOf(rep, QStringLiteral("target")));
        for (const char* table : {"persons", "dossiers", "loans", "audit_log", "key_slots", "attachments"})
            QVERIFY2(countsOf(rep, QStringLiteral("target")).value(QLatin1String(table)) > 0, table);
        QCOMPARE(rep.value(QStringLiteral("files")).toInt(), 1);
        QVERIFY(fingerprint(source()) == before);
        QCOMPARE(filesOf(source() + QStringLiteral(".files")).size(), 1);
        QCOMPARE(filesOf(target + QStringLiteral(".files")), filesOf(source() + QStringLiteral(".files")));
        checkOpens(target);
    }

    // SQLite → PostgreSQL → SQLite: the counts equal at every step, the chain verifies, the same
    // passwords open both copies, the scan travels, the source is untouched.
    void roundTripThroughPostgres()
    {
        if (!ar::test::onPostgres())
            QSKIP("no PostgreSQL test server (ARCHIVEROOM_TEST_PG; TestCliMigrate.pg)");
        const Fingerprint before = fingerprint(source());
        const QString server = ar::test::freshLocation(QString());
        Run there = migrate(source(), server);
        QVERIFY2(there.code == 0, qPrintable(there.err));
        const QJsonObject up = there.json().object();
        QVERIFY(up.value(QStringLiteral("audit_intact")).toBool());
        QCOMPARE(countsOf(up, QStringLiteral("source")), countsOf(up, QStringLiteral("target")));
        QVERIFY(fingerprint(source()) == before);
        checkOpens(server);
        // The scan is in the server's table, as the record is, not in this desk's folder.
        {
            auto db = ar::Database::openPostgres(server);
            QVERIFY(db);
            auto n = db.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM contents"));
            QVERIFY(n);
            QCOMPARE(n.value().toInt(), 1);
        }
        QVERIFY(filesOf(ar::Archive::filesFolderOf(server)).isEmpty());
        // New rows get new ids (the identity sequences were set past the copied ones).
        const Run added =
            clerk(server, {QStringLiteral("dossier"), QStringLiteral("add"), QStringLiteral("--category"),
                           QStringLiteral("repair"), QStringLiteral("--title"), QStringLiteral("电梯维修")});
        QVERIFY2(added.code == 0, qPrintable(added.err));

        // Into a server database that holds an archive already: refused, nothing changed.
        const Run again = migrate(source(), server);
        QCOMPARE(again.code, 6);
        QVERIFY2(again.err.contains(QLatin1String("already holds an archive")), qPrintable(again.err));
        QVERIFY2(again.err.contains(QLatin1String("Nothing was written")), qPrintable(again.err));

        const QString back = path(QStringLiteral("back.db"));
        Run home = migrate(server, back);
        QVERIFY2(home.code == 0, qPrintable(home.err));
        const QJsonObject down = home.json().object();
        QCOMPARE(countsOf(down, QStringLiteral("source")), countsOf(down, QStringLiteral("target")));
        QMap<QString, qint64> expected = countsOf(up, QStringLiteral("target"));
        QVERIFY(countsOf(down, QStringLiteral("target")).value(QStringLiteral("dossiers")) ==
                expected.value(QStringLiteral("dossiers")) + 1);
        QCOMPARE(down.value(QStringLiteral("files")).toInt(), 1);
        // The scan, as stored (encrypted), the same bytes at the end as at the start.
        QCOMPARE(filesOf(back + QStringLiteral(".files")).size(), 1);
        QCOMPARE(filesOf(back + QStringLiteral(".files")), filesOf(source() + QStringLiteral(".files")));
        checkOpens(back);
    }

    // pg-setup (issue #24 item 5): the desks' role reads and appends the audit log but cannot
    // change or delete a record of it in the server itself (R27).
    void R27_pgSetupMakesTheTrailAppendOnlyForTheDesks()
    {
        if (!ar::test::onPostgres())
            QSKIP("no PostgreSQL test server (ARCHIVEROOM_TEST_PG; TestCliMigrate.pg)");
        const QString server = ar::test::freshLocation(QString());
        const QString tag = QStringLiteral("%1_%2")
                                .arg(QCoreApplication::applicationPid())
                                .arg(QDateTime::currentMSecsSinceEpoch() % 100000000);
        const QString owner = QStringLiteral("ar_owner_") + tag;
        const QString desk = QStringLiteral("ar_desk_") + tag;
        const QString login = QStringLiteral("ar_login_") + tag;
        auto super = ar::Database::openPostgres(server);
        QVERIFY(super);
        ar::Database& su = *super.value();
        const auto dropRoles = qScopeGuard([&su, &server, owner, desk, login] {
            (void)su.exec(QStringLiteral("DROP SCHEMA %1 CASCADE").arg(schemaOf(server)));
            for (const QString& role : {login, desk, owner}) {
                (void)su.exec(QStringLiteral("DROP OWNED BY %1").arg(role));
                (void)su.exec(QStringLiteral("DROP ROLE IF EXISTS %1").arg(role));
            }
        });
        QVERIFY(su.exec(QStringLiteral("CREATE ROLE %1 LOGIN").arg(login)));
        // An archive made by hand, as before pg-setup, one version behind: pg-setup gives its
        // tables to the owner role and upgrades it as that role.
        {
            auto old = ar::Database::openPostgres(server);
            QVERIFY(old);
            QVERIFY(ar::Migrator(*old.value()).migrate(ar::Migrator::latestVersion() - 1));
        }
        const QStringList setupArgs{QStringLiteral("pg-setup"),
                                    QStringLiteral("--owner-role"),
                                    owner,
                                    QStringLiteral("--desk-role"),
                                    desk,
                                    QStringLiteral("--grant"),
                                    login,
                                    QStringLiteral("--json")};
        Run r = runArchiveroom(server, setupArgs, QString(), QString());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QJsonObject rep = r.json().object();
        QCOMPARE(rep.value(QStringLiteral("created_roles")).toArray().size(), 2);
        QVERIFY(rep.value(QStringLiteral("newly_owned")).toArray().contains(QStringLiteral("audit_log")));
        QCOMPARE(rep.value(QStringLiteral("from_version")).toInt(), ar::Migrator::latestVersion() - 1);
        QCOMPARE(rep.value(QStringLiteral("schema_version")).toInt(), ar::Migrator::latestVersion());
        QCOMPARE(rep.value(QStringLiteral("members")).toArray(), QJsonArray{login});
        auto foreign = su.scalar(
            QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = ? AND tableowner <> ?"),
            {schemaOf(server), owner});
        QVERIFY(foreign);
        QCOMPARE(foreign.value().toInt(), 0);

        // A desk works as usual: the first administrator, an estate, an owner registered, the
        // trail verified.
        const QString deskDb = asRole(server, login);
        r = admin(deskDb, {QStringLiteral("init"), QStringLiteral("--admin"), QStringLiteral("admin")},
                  kAdminPass);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(deskDb,
                  {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("clerk1"),
                   QStringLiteral("--role"), QStringLiteral("clerk"), QStringLiteral("--department"),
                   QStringLiteral("客服部"), QStringLiteral("--name"), QStringLiteral("档案员")},
                  kDeskPass);
        QVERIFY2(r.code == 0, qPrintable(r.err));
        for (const QStringList& args :
             {QStringList{QStringLiteral("estate"), QStringLiteral("add"), QStringLiteral("--code"),
                          QStringLiteral("HY"), QStringLiteral("--name"), QStringLiteral("华苑小区")},
              QStringList{QStringLiteral("room"), QStringLiteral("add"), QStringLiteral("3-2-1201")}}) {
            r = admin(deskDb, args);
            QVERIFY2(r.code == 0, qPrintable(args.join(QLatin1Char(' ')) + QStringLiteral(": ") + r.err));
        }
        r = clerk(deskDb, {QStringLiteral("owner"), QStringLiteral("add"), QStringLiteral("--room"),
                           QStringLiteral("3-2-1201"), QStringLiteral("--name"), QStringLiteral("王小明"),
                           QStringLiteral("--id"), QStringLiteral("110000198005170212"),
                           QStringLiteral("--phone"), QStringLiteral("13800135678")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = admin(deskDb, {QStringLiteral("audit"), QStringLiteral("verify")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));

        // The same role, straight in SQL: the trail cannot be changed, deleted or emptied.
        {
            auto asDesk = ar::Database::openPostgres(deskDb);
            QVERIFY(asDesk);
            ar::Database& d = *asDesk.value();
            auto records = d.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
            QVERIFY(records);
            QVERIFY(records.value().toInt() > 3);
            for (const QString& sql :
                 {QStringLiteral("UPDATE audit_log SET reason = 'rewritten' WHERE id = 2"),
                  QStringLiteral("DELETE FROM audit_log WHERE id = (SELECT max(id) FROM audit_log)"),
                  QStringLiteral("TRUNCATE audit_log")}) {
                auto w = d.exec(sql);
                QVERIFY2(!w, qPrintable(sql + QStringLiteral(" was allowed")));
                QVERIFY2(w.error().message.contains(QLatin1String("permission denied")),
                         qPrintable(w.error().message));
            }
            auto still = d.scalar(QStringLiteral("SELECT count(*) FROM audit_log"));
            QVERIFY(still);
            QCOMPARE(still.value().toInt(), records.value().toInt());
        }

        // Run again: nothing to create, nothing changes.
        r = runArchiveroom(server, setupArgs, QString(), QString());
        QVERIFY2(r.code == 0, qPrintable(r.err));
        rep = r.json().object();
        QVERIFY(rep.value(QStringLiteral("created_roles")).toArray().isEmpty());
        QVERIFY(rep.value(QStringLiteral("newly_owned")).toArray().isEmpty());
        QVERIFY(rep.value(QStringLiteral("granted")).toArray().isEmpty());

        // A desk on a schema older than the program is told what to do, not "permission denied".
        QVERIFY(su.exec(QStringLiteral("UPDATE schema_version SET version = version - 1")));
        r = admin(deskDb, {QStringLiteral("status")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("older than this program")) &&
                     r.err.contains(QLatin1String("pg-setup")),
                 qPrintable(r.err));
        QVERIFY(su.exec(QStringLiteral("UPDATE schema_version SET version = version + 1")));
    }

    void pgSetupRefusesWhatItCannotDo()
    {
        Run r = runArchiveroom(source(), {QStringLiteral("pg-setup")}, QString(), QString());
        QCOMPARE(r.code, 4);
        QVERIFY2(r.err.contains(QLatin1String("PostgreSQL")), qPrintable(r.err));
        if (!ar::test::onPostgres())
            QSKIP("the rest needs a PostgreSQL test server (TestCliMigrate.pg)");
        const QString server = ar::test::freshLocation(QString());
        r = runArchiveroom(
            server,
            {QStringLiteral("pg-setup"), QStringLiteral("--owner-role"), QStringLiteral("Owner; DROP")},
            QString(), QString());
        QCOMPARE(r.code, 4);
        const QString tag = QString::number(QDateTime::currentMSecsSinceEpoch() % 100000000);
        r = runArchiveroom(server,
                           {QStringLiteral("pg-setup"), QStringLiteral("--owner-role"),
                            QStringLiteral("ar_o_") + tag, QStringLiteral("--desk-role"),
                            QStringLiteral("ar_d_") + tag, QStringLiteral("--grant"),
                            QStringLiteral("nobody_") + tag},
                           QString(), QString());
        QCOMPARE(r.code, 5);
        QVERIFY2(r.err.contains(QLatin1String("createuser")), qPrintable(r.err));
        // One transaction: the roles made before the refusal are gone again.
        auto su = ar::Database::openPostgres(server);
        QVERIFY(su);
        auto roles =
            su.value()->scalar(QStringLiteral("SELECT count(*) FROM pg_roles WHERE rolname IN (?, ?)"),
                               {QStringLiteral("ar_o_") + tag, QStringLiteral("ar_d_") + tag});
        QVERIFY(roles);
        QCOMPARE(roles.value().toInt(), 0);
    }
};

QTEST_MAIN(TestCliMigrate)
#include "TestCliMigrate.moc"
