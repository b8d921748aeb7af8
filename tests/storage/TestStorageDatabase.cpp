// The connection and the scoped transaction (issue #2 Build 3): WAL, foreign keys, error
// mapping, rollback unless committed, nested scopes.

#include "storage/Database.h"
#include "storage/SealedBytes.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>
#include <unistd.h>

using namespace ar;

namespace {

int countRows(Database& db)
{
    auto v = db.scalar(QStringLiteral("SELECT COUNT(*) FROM t"));
    return v ? v.value().toInt() : -1;
}

bool insert(Database& db, int x)
{
    return db.exec(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {x}).ok();
}

} // namespace

class TestStorageDatabase : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void walAndForeignKeysAreOn();
    void R26_sealedTextBecomesBytesOnlyWhenTheyGiveItBack();
    void R26_compactingCopiesTheFileThroughTemporaryFilesNotMemory();
    void foreignKeyViolationIsRefused();
    void uniqueViolationIsConflict();
    void syntaxErrorIsFailedAndNamesTheStatement();
    void scalarWithoutRowIsInvalid();
    void boundParametersAreNeverSql();
    void rollsBackUnlessCommitted();
    void commitKeepsTheRows();
    void nestedScopesJoinTheOuter();
    void uncommittedInnerScopeDoomsTheOuter();
    void outerRollbackUndoesCommittedInner();
    void aDoomedTransactionDoesNotAffectTheNext();
    void commitTwiceIsHarmless();
    void writeBindsAsExecDoes();
    void writeReportsChangedRowsAndErrors();
    void backgroundCheckpointsCopyTheLogAfterTheCommit();
    void closingWithBackgroundCheckpointsKeepsEverything();
    void writeTransactionHoldsTheLockFromItsBeginning();
    void busyFileIsReportedClearlyAndRunsNothingAlone();
    void readTransactionTakesNoLockAndRefusesWrites();
    void networkFileSystemsAreRefusedUnlessAllowed();
    void R46_readOnlyFolderOpensImmutable();
    void R46_readOnlyFileIsDetected();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

// A file with no -wal or -shm opened immutable (how a read-only file in a read-only folder
// opens: SQLite could not make its -shm there): it reads, every write is refused with the
// one message, and no file is made beside it. Root takes this path as well as anyone.
void TestStorageDatabase::R46_readOnlyFolderOpensImmutable()
{
    QVERIFY(insert(*m_db, 7));
    const QString path = m_db->path();
    m_db.reset(); // the last connection closes: the log is copied into the file and removed
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    auto ro = Database::openSqlite(path, Database::Access::Immutable);
    QVERIFY2(ro.ok(), ro.ok() ? "" : qPrintable(ro.error().message));
    QVERIFY(ro.value()->isReadOnly());
    QCOMPARE(countRows(*ro.value()), 1);
    {
        Transaction tx(*ro.value());
        QVERIFY(tx.begin().ok()); // an audited view's transaction reads
        auto w = ro.value()->write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {8});
        QVERIFY(!w.ok());
        QCOMPARE(w.error().code, ErrorCode::PermissionDenied);
        QVERIFY2(w.error().message.contains(QStringLiteral("open read-only")), qPrintable(w.error().message));
    }
    // A statement that writes through exec: SQLite's refusal becomes the same message.
    auto e = ro.value()->exec(QStringLiteral("DELETE FROM t"));
    QVERIFY(!e.ok());
    QCOMPARE(e.error().message, Database::readOnlyError().message);
    QCOMPARE(countRows(*ro.value()), 1);
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    QVERIFY(!QFile::exists(path + QStringLiteral("-shm")));
    m_db = std::move(ro).value();
}

void TestStorageDatabase::R46_readOnlyFileIsDetected()
{
    const QString path = m_db->path();
    QVERIFY(!Database::mustOpenReadOnly(path));
    QVERIFY(!Database::mustOpenReadOnly(m_dir->filePath(QStringLiteral("not-yet.db"))));
    if (::geteuid() == 0)
        QSKIP("runs as root, for whom chmod does not stop writes (R46_readOnlyFolderOpensImmutable covers "
              "the read-only opening)");
    m_db.reset();
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner));
    QVERIFY(Database::mustOpenReadOnly(path));
    auto ro = Database::openSqlite(path);
    QVERIFY2(ro.ok(), ro.ok() ? "" : qPrintable(ro.error().message));
    QVERIFY(ro.value()->isReadOnly());
    QCOMPARE(countRows(*ro.value()), 0);
    m_db = std::move(ro).value();
}

void TestStorageDatabase::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("t.db")));
    QVERIFY2(db.ok(), db.ok() ? "" : qPrintable(db.error().message));
    m_db = std::move(db).value();
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE t (x INTEGER NOT NULL UNIQUE)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE parent (id INTEGER PRIMARY KEY)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE child (id INTEGER PRIMARY KEY, "
                                      "parent_id INTEGER NOT NULL REFERENCES parent(id))"))
                .ok());
}

void TestStorageDatabase::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStorageDatabase::walAndForeignKeysAreOn()
{
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(), QStringLiteral("wal"));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QCOMPARE(m_db->dialect(), SqlDialect::Sqlite);
    // Every connection gets them, not just the first one.
    auto second = Database::openSqlite(m_db->path());
    QVERIFY(second.ok());
    QCOMPARE(second.value()->scalar(QStringLiteral("PRAGMA foreign_keys")).value().toInt(), 1);
    QCOMPARE(second.value()->scalar(QStringLiteral("PRAGMA journal_mode")).value().toString(),
             QStringLiteral("wal"));
}

void TestStorageDatabase::foreignKeyViolationIsRefused()
{
    auto r = m_db->exec(QStringLiteral("INSERT INTO child(parent_id) VALUES (42)"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Failed);
    QVERIFY2(r.error().message.contains(QStringLiteral("FOREIGN KEY")), qPrintable(r.error().message));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM child")).value().toInt(), 0);
}

void TestStorageDatabase::uniqueViolationIsConflict()
{
    QVERIFY(insert(*m_db, 1));
    auto r = m_db->exec(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {1});
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    // Primary keys too.
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO parent(id) VALUES (7)")).ok());
    auto pk = m_db->exec(QStringLiteral("INSERT INTO parent(id) VALUES (7)"));
    QVERIFY(!pk.ok());
    QCOMPARE(pk.error().code, ErrorCode::Conflict);
}

void TestStorageDatabase::syntaxErrorIsFailedAndNamesTheStatement()
{
    auto r = m_db->exec(QStringLiteral("SELEKT 1 FROM t"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Failed);
    QVERIFY2(r.error().message.contains(QStringLiteral("SELEKT")), qPrintable(r.error().message));
}

void TestStorageDatabase::scalarWithoutRowIsInvalid()
{
    auto v = m_db->scalar(QStringLiteral("SELECT x FROM t WHERE x = ?"), {99});
    QVERIFY(v.ok());
    QVERIFY(!v.value().isValid());
}

void TestStorageDatabase::boundParametersAreNeverSql()
{
    const QString evil = QStringLiteral("1); DROP TABLE t; --");
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE s (v TEXT)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO s(v) VALUES (?)"), {evil}).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT v FROM s")).value().toString(), evil);
    QCOMPARE(countRows(*m_db), 0); // t still exists
}

void TestStorageDatabase::rollsBackUnlessCommitted()
{
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(m_db->inTransaction());
        QVERIFY(insert(*m_db, 1));
        QCOMPARE(countRows(*m_db), 1);
        // leaves the scope without commit(), like an early `return error;`
    }
    QVERIFY(!m_db->inTransaction());
    QCOMPARE(countRows(*m_db), 0);
}

void TestStorageDatabase::commitKeepsTheRows()
{
    {
        Transaction tx(*m_db);
        QVERIFY(insert(*m_db, 1));
        QVERIFY(insert(*m_db, 2));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(countRows(*m_db), 2);
    // Visible to another connection: really committed, not just in this one.
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    QCOMPARE(countRows(*other.value()), 2);
}

void TestStorageDatabase::nestedScopesJoinTheOuter()
{
    {
        Transaction outer(*m_db);
        QVERIFY(insert(*m_db, 1));
        {
            Transaction inner(*m_db);
            QVERIFY(insert(*m_db, 2));
            QVERIFY(inner.commit().ok());
        }
        // The inner commit did not commit anything on its own.
        auto other = Database::openSqlite(m_db->path());
        QVERIFY(other.ok());
        QCOMPARE(countRows(*other.value()), 0);
        QVERIFY(outer.commit().ok());
    }
    QCOMPARE(countRows(*m_db), 2);
}

void TestStorageDatabase::uncommittedInnerScopeDoomsTheOuter()
{
    {
        Transaction outer(*m_db);
        QVERIFY(insert(*m_db, 1));
        {
            Transaction inner(*m_db);
            QVERIFY(insert(*m_db, 2));
            // an inner step failed and returned without commit()
        }
        const Status s = outer.commit();
        QVERIFY(!s.ok());
        QVERIFY2(s.error().message.contains(QStringLiteral("nothing was saved")),
                 qPrintable(s.error().message));
    }
    QCOMPARE(countRows(*m_db), 0);
}

void TestStorageDatabase::outerRollbackUndoesCommittedInner()
{
    {
        Transaction outer(*m_db);
        {
            Transaction inner(*m_db);
            QVERIFY(insert(*m_db, 1));
            QVERIFY(inner.commit().ok());
        }
    }
    QCOMPARE(countRows(*m_db), 0);
}

void TestStorageDatabase::aDoomedTransactionDoesNotAffectTheNext()
{
    {
        Transaction outer(*m_db);
        {
            Transaction inner(*m_db);
        }
        QVERIFY(!outer.commit().ok());
    }
    {
        Transaction tx(*m_db);
        QVERIFY(insert(*m_db, 5));
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(countRows(*m_db), 1);
}

void TestStorageDatabase::commitTwiceIsHarmless()
{
    Transaction tx(*m_db);
    QVERIFY(insert(*m_db, 1));
    QVERIFY(tx.commit().ok());
    QVERIFY(tx.commit().ok());
    QCOMPARE(countRows(*m_db), 1);
}

// Database::write goes through SQLite's C API: the values must land as exec() stores them.
void TestStorageDatabase::writeBindsAsExecDoes()
{
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE v (i INTEGER, r REAL, s TEXT, b BLOB, n TEXT)")).ok());
    const QVariantList values{qint64(1) << 40, 2.5, QStringLiteral("王小明 1201"), QByteArray("\x00\x01x", 3),
                              QVariant(QMetaType::fromType<QString>())};
    QVERIFY(m_db->write(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?)"), values).ok());
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO v VALUES (?, ?, ?, ?, ?)"), values).ok());
    // A null QString is empty text, as exec() binds it; only a null QVariant is NULL.
    QVERIFY(m_db->write(QStringLiteral("INSERT INTO v(s, n) VALUES (?, ?)"), {QString(), true}).ok());
    auto q = m_db->exec(QStringLiteral("SELECT i, r, s, b, n IS NULL, typeof(i), typeof(s), typeof(b) FROM v "
                                       "ORDER BY rowid"));
    QVERIFY(q.ok());
    QList<QVariantList> rows;
    while (q.value().next()) {
        QVariantList row;
        for (int c = 0; c < 8; ++c)
            row << q.value().value(c);
        rows << row;
    }
    QCOMPARE(rows.size(), 3);
    QCOMPARE(rows.at(0), rows.at(1));
    QCOMPARE(rows.at(0).at(0).toLongLong(), qint64(1) << 40);
    QCOMPARE(rows.at(0).at(1).toDouble(), 2.5);
    QCOMPARE(rows.at(0).at(2).toString(), QStringLiteral("王小明 1201"));
    QCOMPARE(rows.at(0).at(3).toByteArray(), QByteArray("\x00\x01x", 3));
    QCOMPARE(rows.at(0).at(4).toInt(), 1);
    QCOMPARE(rows.at(0).at(7).toString(), QStringLiteral("blob"));
    QCOMPARE(rows.at(2).at(2).toString(), QString(QStringLiteral("")));
    QCOMPARE(rows.at(2).at(6).toString(), QStringLiteral("text"));
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT n FROM v WHERE i IS NULL")).value().toInt(), 1);
}

void TestStorageDatabase::writeReportsChangedRowsAndErrors()
{
    for (int x : {1, 2, 3})
        QVERIFY(m_db->write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {x}).ok());
    auto changed = m_db->write(QStringLiteral("UPDATE t SET x = x + 10 WHERE x >= ?"), {2});
    QVERIFY(changed.ok());
    QCOMPARE(changed.value(), 2);
    QCOMPARE(m_db->write(QStringLiteral("DELETE FROM t WHERE x = ?"), {99}).value(), 0);
    auto dup = m_db->write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {1});
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    auto fk = m_db->write(QStringLiteral("INSERT INTO child(parent_id) VALUES (?)"), {42});
    QVERIFY(!fk.ok());
    QCOMPARE(fk.error().code, ErrorCode::Failed);
    QVERIFY(fk.error().message.contains(QStringLiteral("child")));
    auto wrong = m_db->write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {1, 2});
    QVERIFY(!wrong.ok());
    // The statement is usable again after each error.
    QVERIFY(m_db->write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {4}).ok());
    QCOMPARE(countRows(*m_db), 4);
    auto id = m_db->insert(QStringLiteral("INSERT INTO parent(id) VALUES (?)"), {7});
    QVERIFY(id.ok());
    QCOMPARE(id.value(), 7);
}

// A commit does not copy the write-ahead log into the file itself: the checkpoint thread does,
// after it, and whoever asks can wait for it.
void TestStorageDatabase::backgroundCheckpointsCopyTheLogAfterTheCommit()
{
    QVERIFY(!m_db->backgroundCheckpoints());
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).value().toInt(), 1000);
    m_db->startBackgroundCheckpoints();
    QVERIFY(m_db->backgroundCheckpoints());
    // SQLite's own checkpoint in the commit is replaced (the pragma reports it off).
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA wal_autocheckpoint")).value().toInt(), 0);
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE big (x TEXT)")).ok());
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        // About 1,500 pages: past the 1,000 at which a checkpoint is due.
        const QString text(2000, QLatin1Char('x'));
        for (int i = 0; i < 3000; ++i)
            QVERIFY(m_db->write(QStringLiteral("INSERT INTO big(x) VALUES (?)"), {text}).ok());
        QVERIFY(tx.commit().ok());
    }
    QVERIFY(m_db->checkpointNow(30000));
    // Everything is in the file: a second connection's checkpoint finds nothing left to copy.
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    auto q = other.value()->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 0);
    QCOMPARE(q.value().value(1).toInt(), q.value().value(2).toInt());
    QCOMPARE(other.value()->scalar(QStringLiteral("SELECT COUNT(*) FROM big")).value().toInt(), 3000);
    // An in-memory database has no log to copy.
    auto memory = Database::openSqlite(QStringLiteral(":memory:"));
    QVERIFY(memory.ok());
    memory.value()->startBackgroundCheckpoints();
    QVERIFY(!memory.value()->backgroundCheckpoints());
    QVERIFY(memory.value()->checkpointNow(1000));
}

void TestStorageDatabase::closingWithBackgroundCheckpointsKeepsEverything()
{
    const QString path = m_db->path();
    m_db->startBackgroundCheckpoints();
    for (int i = 0; i < 200; ++i) {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(insert(*m_db, i));
        QVERIFY(tx.commit().ok());
    }
    m_db.reset(); // the checkpoint thread stops, the last connection copies what is left
    QVERIFY(!QFile::exists(path + QStringLiteral("-wal")) ||
            QFileInfo(path + QStringLiteral("-wal")).size() == 0);
    auto again = Database::openSqlite(path);
    QVERIFY(again.ok());
    QCOMPARE(countRows(*again.value()), 200);
}

namespace {
const QString kBusy = QStringLiteral("Another desk is saving to the archive; try again");
}

void TestStorageDatabase::writeTransactionHoldsTheLockFromItsBeginning()
{
    // Two desks on one file. B reads, then writes, in one transaction; A tries to write in
    // between. With a deferred BEGIN, A's write went through and B's write then failed at once
    // with SQLite's "database is locked" (its snapshot was stale), whatever the busy timeout.
    // Now B holds the write lock from its BEGIN: A waits, and after the timeout is told clearly.
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    Database& a = *other.value();
    a.setBusyTimeout(300);
    {
        Transaction b(*m_db);
        QVERIFY(b.begin().ok());
        QCOMPARE(countRows(*m_db), 0);
        auto w = a.write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {7});
        QVERIFY(!w.ok());
        QCOMPARE(w.error().message, kBusy);
        auto e = a.exec(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {8});
        QVERIFY(!e.ok());
        QCOMPARE(e.error().message, kBusy);
        QVERIFY2(insert(*m_db, countRows(*m_db) + 1), "B's write after its read");
        QVERIFY(b.commit().ok());
    }
    QCOMPARE(countRows(a), 1);
    // Once B is done, A writes as usual.
    QVERIFY(insert(a, 2));
    QCOMPARE(countRows(*m_db), 2);
}

void TestStorageDatabase::busyFileIsReportedClearlyAndRunsNothingAlone()
{
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    Database& a = *other.value();
    a.setBusyTimeout(300);
    Transaction b(*m_db);
    QVERIFY(b.begin().ok());
    {
        Transaction ta(a); // waits for B's lock, up to the timeout
        QCOMPARE(ta.begin().error().message, kBusy);
        QVERIFY(!ta.begin().error().message.contains(QStringLiteral("locked")));
        // Nothing of a transaction that did not begin runs on its own (autocommitted).
        QCOMPARE(a.write(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {1}).error().message, kBusy);
        QVERIFY(!insert(a, 2));
        QVERIFY(!ta.commit().ok());
    }
    QVERIFY(b.commit().ok());
    QCOMPARE(countRows(*m_db), 0);
    // The next transaction on A begins normally.
    Transaction again(a);
    QVERIFY(again.begin().ok());
    QVERIFY(insert(a, 3));
    QVERIFY(again.commit().ok());
    QCOMPARE(countRows(*m_db), 1);
}

void TestStorageDatabase::readTransactionTakesNoLockAndRefusesWrites()
{
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    Database& a = *other.value();
    a.setBusyTimeout(300);
    {
        Transaction read(*m_db, Transaction::Mode::Read);
        QVERIFY(read.begin().ok());
        QCOMPARE(countRows(*m_db), 0);
        QVERIFY2(insert(a, 1), "a reader does not hold writers up");
        QCOMPARE(countRows(*m_db), 0); // its snapshot
        Transaction write(*m_db);      // a write cannot join a read transaction
        QVERIFY(!write.begin().ok());
        QVERIFY(!read.commit().ok()); // and dooms it
    }
    QCOMPARE(countRows(*m_db), 1);
}

void TestStorageDatabase::networkFileSystemsAreRefusedUnlessAllowed()
{
    for (const char* type : {"cifs", "smb3", "smbfs", "nfs", "nfs4", "fuse.sshfs", "CIFS"}) {
        const Status s =
            Database::networkFileSystemRefusal(QStringLiteral("/mnt/archive/archiveroom.db"), type, false);
        QVERIFY2(!s.ok(), type);
        QCOMPARE(s.error().code, ErrorCode::InvalidInput);
        QCOMPARE(s.error().field, QStringLiteral("db"));
        QVERIFY2(s.error().message.contains(QStringLiteral("/mnt/archive/archiveroom.db")),
                 qPrintable(s.error().message));
        QVERIFY(s.error().message.contains(QString::fromLatin1(type)));
        QVERIFY(s.error().message.contains(QStringLiteral("PostgreSQL")));
        QVERIFY(s.error().message.contains(QStringLiteral("ARCHIVEROOM_ALLOW_NETWORK_FS=1")));
        // The override: whoever knows what they do.
        QVERIFY(Database::networkFileSystemRefusal(QStringLiteral("/mnt/archive/archiveroom.db"), type, true)
                    .ok());
    }
    for (const char* type : {"ext4", "xfs", "btrfs", "tmpfs", "overlay", "NTFS", "apfs", "fuse.ntfs-3g", ""})
        QVERIFY2(
            Database::networkFileSystemRefusal(QStringLiteral("/home/a/archiveroom.db"), type, false).ok(),
            type);
    // A Windows share by its UNC path, whatever the file system says.
    QVERIFY(
        !Database::networkFileSystemRefusal(QStringLiteral("//server/share/archiveroom.db"), "NTFS", false)
             .ok());
    QVERIFY(!Database::networkFileSystemRefusal(QStringLiteral("\\\\server\\share\\archiveroom.db"), "NTFS",
                                                false)
                 .ok());
    // The file of this test is on a local disk and opened.
    QVERIFY(m_db);
}

// A sealed value's text is stored as bytes only when the bytes give back the very same text
// (issue #23); base64 the codec never writes (a wrong length, misplaced padding, unused bits set,
// another alphabet) stays text, so no conversion changes what a value opens to.
void TestStorageDatabase::R26_sealedTextBecomesBytesOnlyWhenTheyGiveItBack()
{
    for (int n = 1; n <= 70; ++n) {
        QByteArray raw(n, Qt::Uninitialized);
        for (int i = 0; i < n; ++i)
            raw[i] = char((i * 37 + n * 11) & 0xff);
        for (const char* prefix : {"v1:", "m1:", "v2:42:"}) {
            const QString text = QLatin1String(prefix) + QString::fromLatin1(raw.toBase64());
            const QByteArray bytes = sealedbytes::fromText(text);
            QVERIFY2(!bytes.isEmpty(), qPrintable(text));
            QVERIFY(bytes.endsWith(raw));
            QCOMPARE(sealedbytes::toText(bytes), text);
        }
    }
    for (const char* notCanonical : {"v1:QQ=", "v1:QR==", "v1:QUF=", "v1:Q===", "v1:QQ=A", "v1:QUJD\n",
                                     "v1:QU-D", "v1:QU_D", "v1:====", "v1:QUJDR", "v1:QUJD QUJD"}) {
        QVERIFY2(sealedbytes::fromText(QString::fromLatin1(notCanonical)).isEmpty(), notCanonical);
    }
    QCOMPARE(sealedbytes::fromText(QStringLiteral("v1:QQ==")), QByteArray("\x01"
                                                                          "A"));
    QCOMPARE(sealedbytes::fromText(QStringLiteral("v1:QUI=")), QByteArray("\x01"
                                                                          "AB"));
}

// compact() (after a destruction, R26: no old page survives) rebuilds the whole file in VACUUM's
// temporary database: in files, not in this connection's memory temp store, where a million
// households' file (2.3 GB) would have been held whole. The connection gets its memory temp store
// back afterwards.
void TestStorageDatabase::R26_compactingCopiesTheFileThroughTemporaryFilesNotMemory()
{
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE big (b BLOB)")).ok());
    for (int i = 0; i < 400; ++i)
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO big VALUES (randomblob(40000))")).ok());
    QVERIFY(m_db->exec(QStringLiteral("DELETE FROM big WHERE rowid % 2 = 0")).ok());
    sqlite3_memory_highwater(1);
    const Status s = m_db->compact();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
    const qint64 peak = sqlite3_memory_highwater(0);
    QVERIFY2(peak < (6 << 20),
             qPrintable(QStringLiteral("SQLite held %1 bytes while compacting 8 MB").arg(peak)));
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA temp_store")).value().toInt(), 2); // MEMORY again
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM big")).value().toInt(), 200);
}

QTEST_GUILESS_MAIN(TestStorageDatabase)
#include "TestStorageDatabase.moc"
