// The connection and the scoped transaction (issue #2 Build 3): WAL, foreign keys, error
// mapping, rollback unless committed, nested scopes.

#include "storage/Database.h"

#include <QTemporaryDir>
#include <QTest>

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

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

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

QTEST_GUILESS_MAIN(TestStorageDatabase)
#include "TestStorageDatabase.moc"
