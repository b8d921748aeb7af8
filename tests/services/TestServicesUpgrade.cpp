// Opening an archive of an older version (issue #23): what Archive::open reports while it
// upgrades, the copy of the old file it keeps beside it first, and a failed step that leaves the
// file at the version of the last step that succeeded. The old files are made here as
// TestStorageMigrations makes them: a new file migrated only up to the version wanted.

#include "ServiceHelpers.h"
#include "TestSupport.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SearchIndex.h"

#include <QFileInfo>
#include <QSqlRecord>
#include <QTest>

using namespace ar;

namespace {

constexpr int kOld = 25;

// Every table's rows, one line each, sorted, and the schema version: what "the same file" means.
QStringList contentOf(Database& db)
{
    QStringList out;
    out << QStringLiteral("user_version=%1")
               .arg(db.scalar(QStringLiteral("PRAGMA user_version")).value().toInt());
    QStringList tables;
    {
        auto q = db.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name"));
        if (!q)
            return {q.error().message};
        while (q.value().next())
            tables << q.value().value(0).toString();
    }
    for (const QString& t : tables) {
        auto q = db.exec(QStringLiteral("SELECT * FROM \"%1\"").arg(t));
        if (!q)
            return {q.error().message};
        QStringList rows;
        while (q.value().next()) {
            QStringList cells;
            for (int i = 0; i < q.value().record().count(); ++i) {
                const QVariant v = q.value().value(i);
                cells << (v.typeId() == QMetaType::QByteArray ? QString::fromLatin1(v.toByteArray().toHex())
                                                              : v.toString());
            }
            rows << t + QLatin1Char('|') + cells.join(QLatin1Char('|'));
        }
        rows.sort();
        out << rows;
    }
    return out;
}

// A file at schema version `version` with a few rows, closed again.
void makeOldFile(const QString& path, int version, const std::function<void(Database&)>& more = {})
{
    auto db = Database::openSqlite(path);
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    Migrator m(*db.value());
    AR_VERIFY_OK(m.migrate(version));
    AR_VERIFY_OK(db.value()->exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('site', '华苑')")));
    AR_VERIFY_OK(
        db.value()->exec(QStringLiteral("INSERT INTO estates(id, code, name) VALUES (1, 'HY', '华苑小区')")));
    if (more)
        more(*db.value());
}

QStringList contentOfFile(const QString& path)
{
    auto db = Database::openSqliteReadOnly(path);
    if (!db)
        return {db.error().message};
    return contentOf(*db.value());
}

int versionOf(const QString& path)
{
    auto db = Database::openSqliteReadOnly(path);
    return db ? Migrator(*db.value()).currentVersion().value() : -1;
}

} // namespace

class TestServicesUpgrade : public QObject
{
    Q_OBJECT
private slots:
    void upgradeReportsEachStepInOrder();
    void aCopyOfTheOldFileIsKeptBeforeTheUpgrade();
    void aLaterCopyOfTheSameVersionDoesNotOverwriteAnEarlierOne();
    void aFailedStepLeavesTheFileAtTheLastVersionReached();
    void anArchiveOfThisVersionIsNeitherCopiedNorReported(); // nor the trial archive copied
};

void TestServicesUpgrade::upgradeReportsEachStepInOrder()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archiveroom.db"));
    makeOldFile(path, kOld);
    QList<UpgradeProgress> seen;
    auto opened = Archive::open(path, nullptr, DatabaseAccess::Detect,
                                [&seen](const UpgradeProgress& p) { seen << p; });
    AR_VERIFY_OK(opened);
    const int latest = Migrator::latestVersion();
    // The copy, each migration, the search index (a file of version 25 has keys of no version).
    const int steps = 1 + (latest - kOld) + 1;
    QVERIFY(!seen.isEmpty());
    QList<UpgradeProgress> changes;
    for (const UpgradeProgress& p : std::as_const(seen)) {
        QCOMPARE(p.steps, steps);
        QCOMPARE(p.fromVersion, kOld);
        QCOMPARE(p.toVersion, latest);
        if (p.changed)
            changes << p;
    }
    QCOMPARE(changes.first().stage, UpgradeProgress::Stage::Copy);
    QCOMPARE(changes.first().step, 1);
    QCOMPARE(changes.first().copyPath, dir.filePath(QStringLiteral("archiveroom-before-upgrade-v25.db")));
    // Steps never go back; each migration is reported under its own step, from its first
    // statement to its last.
    int step = 0;
    QList<int> versions;
    for (const UpgradeProgress& p : std::as_const(changes)) {
        QVERIFY2(p.step >= step, qPrintable(QStringLiteral("step %1 after %2").arg(p.step).arg(step)));
        step = p.step;
        if (p.stage == UpgradeProgress::Stage::Migration) {
            QCOMPARE(p.step, 1 + p.version - kOld);
            if (!versions.contains(p.version))
                versions << p.version;
            QVERIFY(p.done <= p.total);
        }
    }
    QList<int> expected;
    for (int v = kOld + 1; v <= latest; ++v)
        expected << v;
    QCOMPARE(versions, expected);
    // The search index last, its parts up to the whole.
    QCOMPARE(changes.last().stage, UpgradeProgress::Stage::SearchIndex);
    QCOMPARE(changes.last().step, steps);
    QVERIFY(changes.last().total > 0);
    QCOMPARE(changes.last().done, changes.last().total);
    QCOMPARE(versionOf(path), latest);
    QCOMPARE(opened.value()
                 ->database()
                 .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'search_keys'"))
                 .value()
                 .toString(),
             SearchIndex::kKeysVersion);
}

void TestServicesUpgrade::aCopyOfTheOldFileIsKeptBeforeTheUpgrade()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archiveroom.db"));
    makeOldFile(path, kOld);
    const QStringList before = contentOfFile(path);
    QVERIFY(before.size() > 2);
    QCOMPARE(before.first(), QStringLiteral("user_version=%1").arg(kOld));
    {
        auto opened = Archive::open(path, nullptr, DatabaseAccess::Detect, [](const UpgradeProgress&) {});
        AR_VERIFY_OK(opened);
    }
    const QString copy = dir.filePath(QStringLiteral("archiveroom-before-upgrade-v25.db"));
    QCOMPARE(Archive::upgradeCopyPath(path, kOld),
             dir.filePath(QStringLiteral("archiveroom-before-upgrade-v25-2.db")));
    QVERIFY2(QFileInfo::exists(copy), qPrintable(copy));
    QCOMPARE(contentOfFile(copy), before);
    QCOMPARE(versionOf(path), Migrator::latestVersion());
    // Without a report (the tests' and the bench's openings) the copy is kept all the same.
    const QString other = dir.filePath(QStringLiteral("other.db"));
    makeOldFile(other, kOld);
    AR_VERIFY_OK(Archive::open(other));
    QCOMPARE(contentOfFile(dir.filePath(QStringLiteral("other-before-upgrade-v25.db"))).first(),
             QStringLiteral("user_version=%1").arg(kOld));
}

void TestServicesUpgrade::aLaterCopyOfTheSameVersionDoesNotOverwriteAnEarlierOne()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("desk.sqlite"));
    QCOMPARE(Archive::upgradeCopyPath(path, 7),
             dir.filePath(QStringLiteral("desk.sqlite-before-upgrade-v7.db")));
    const QString first = dir.filePath(QStringLiteral("archive-before-upgrade-v7.db"));
    QFile f(first);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.close();
    QCOMPARE(Archive::upgradeCopyPath(dir.filePath(QStringLiteral("archive.db")), 7),
             dir.filePath(QStringLiteral("archive-before-upgrade-v7-2.db")));
}

void TestServicesUpgrade::aFailedStepLeavesTheFileAtTheLastVersionReached()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archiveroom.db"));
    // Migration 0029 drops three indexes: with the second one gone already, its second statement
    // fails after its first has run.
    makeOldFile(path, kOld,
                [](Database& db) { AR_VERIFY_OK(db.exec(QStringLiteral("DROP INDEX search_terms_ref"))); });
    const QStringList before = contentOfFile(path);
    int reports = 0;
    auto opened = Archive::open(path, nullptr, DatabaseAccess::Detect,
                                [&reports](const UpgradeProgress&) { ++reports; });
    QVERIFY(!opened);
    QVERIFY(reports > 0);
    const QString message = opened.error().message;
    QVERIFY2(message.contains(QStringLiteral("version 28")), qPrintable(message));
    const QString copy = dir.filePath(QStringLiteral("archiveroom-before-upgrade-v25.db"));
    QVERIFY2(message.contains(QDir::toNativeSeparators(copy)), qPrintable(message));
    // Each step is its own transaction: the steps before stay, the failed one left nothing (its
    // first statement's index is still there), and the copy is the old file.
    QCOMPARE(versionOf(path), 28);
    {
        auto db = Database::openSqliteReadOnly(path);
        AR_VERIFY_OK(db);
        QCOMPARE(
            db.value()
                ->scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE name = 'search_keys_ref'"))
                .value()
                .toInt(),
            1);
    }
    QCOMPARE(contentOfFile(copy), before);
    // Once the cause is gone the next opening goes on from version 28, keeping a copy of that.
    {
        auto db = Database::openSqlite(path);
        AR_VERIFY_OK(db);
        AR_VERIFY_OK(
            db.value()->exec(QStringLiteral("CREATE INDEX search_terms_ref ON search_terms(kind, ref_id)")));
    }
    QList<UpgradeProgress> seen;
    auto again = Archive::open(path, nullptr, DatabaseAccess::Detect,
                               [&seen](const UpgradeProgress& p) { seen << p; });
    AR_VERIFY_OK(again);
    QVERIFY(!seen.isEmpty());
    QCOMPARE(seen.first().fromVersion, 28);
    QCOMPARE(versionOf(path), Migrator::latestVersion());
    QCOMPARE(versionOf(dir.filePath(QStringLiteral("archiveroom-before-upgrade-v28.db"))), 28);
}

void TestServicesUpgrade::anArchiveOfThisVersionIsNeitherCopiedNorReported()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("archiveroom.db"));
    int reports = 0;
    const auto count = [&reports](const UpgradeProgress&) { ++reports; };
    AR_VERIFY_OK(Archive::open(path, nullptr, DatabaseAccess::Detect, count)); // a new file
    AR_VERIFY_OK(Archive::open(path, nullptr, DatabaseAccess::Detect, count)); // and again
    QCOMPARE(reports, 0);
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-upgrade*")}, QDir::Files), QStringList{});
    // The trial archive (made-up data, made again at will) is upgraded without a copy.
    const QString trial = dir.filePath(QStringLiteral("archiveroom-trial.db"));
    makeOldFile(trial, kOld, [](Database& db) {
        AR_VERIFY_OK(db.exec(QStringLiteral("INSERT INTO meta(key, value) VALUES ('trial', '1')")));
    });
    AR_VERIFY_OK(Archive::open(trial, nullptr, DatabaseAccess::Detect, count));
    QVERIFY(reports > 0);
    QCOMPARE(versionOf(trial), Migrator::latestVersion());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("*before-upgrade*")}, QDir::Files), QStringList{});
}

QTEST_GUILESS_MAIN(TestServicesUpgrade)
#include "TestServicesUpgrade.moc"
