// The per-connection cache of prepared statements behind Database::exec (a performance measure
// of bench/, docs/performance.md): statements are reused, never while a caller still holds one,
// give up their read snapshot when dropped, survive failed executions; plus the helpers that go
// with it (Database::insert, padded IN lists, empty text is not NULL).

#include "storage/Database.h"
#include "storage/SqlHelpers.h"

#include <QSqlRecord>
#include <QSqlResult>
#include <QTemporaryDir>
#include <QTest>

using namespace ar;

namespace {

// The SQLite statement behind a query, to tell whether two executions shared it (read as the
// QSqlResult::handle() documentation shows).
const void* statementOf(const QSqlQuery& q)
{
    const QVariant h = q.result() ? q.result()->handle() : QVariant();
    if (!h.isValid() || qstrcmp(h.typeName(), "sqlite3_stmt*") != 0)
        return nullptr;
    return *static_cast<void* const*>(h.constData());
}

} // namespace

class TestStorageStatementCache : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void aFinishedStatementIsReused();
    void aStatementStillHeldIsNotReused();
    void aDroppedStatementKeepsNoSnapshot();
    void aFailedExecutionLeavesTheStatementUsable();
    void rowsAffectedAndValuesPassThrough();
    void schemaStatementsStillRun();
    void insertGivesTheNewId();
    void isoDateWritesWhatQtWrites();
    void nullStringIsEmptyTextButNullVariantIsNull();
    void inListsArePaddedAndSplit();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
};

void TestStorageStatementCache::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::openSqlite(m_dir->filePath(QStringLiteral("c.db")));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(m_db->exec(QStringLiteral("CREATE TABLE t (id INTEGER PRIMARY KEY, x INTEGER NOT NULL UNIQUE, "
                                      "s TEXT NOT NULL DEFAULT '', n TEXT)"))
                .ok());
    for (int x : {1, 2, 3})
        QVERIFY(m_db->exec(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {x}).ok());
}

void TestStorageStatementCache::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

void TestStorageStatementCache::aFinishedStatementIsReused()
{
    const QString sql = QStringLiteral("SELECT x FROM t WHERE x >= ? ORDER BY x");
    const void* first = nullptr;
    {
        auto q = m_db->exec(sql, {2});
        QVERIFY(q.ok());
        first = statementOf(q.value());
        QVERIFY(first);
        QVERIFY(q.value().next()); // read one row only, then drop it
        QCOMPARE(q.value().value(0).toInt(), 2);
    }
    auto again = m_db->exec(sql, {1});
    QVERIFY(again.ok());
    QCOMPARE(statementOf(again.value()), first);
    QList<int> xs;
    while (again.value().next())
        xs << again.value().value(0).toInt();
    QCOMPARE(xs, (QList<int>{1, 2, 3})); // new parameters, from the first row
}

void TestStorageStatementCache::aStatementStillHeldIsNotReused()
{
    const QString sql = QStringLiteral("SELECT x FROM t WHERE x >= ? ORDER BY x");
    auto outer = m_db->exec(sql, {1});
    QVERIFY(outer.ok());
    QList<int> pairs;
    while (outer.value().next()) {
        // The same SQL while the outer result is being iterated: its own statement.
        auto inner = m_db->exec(sql, {outer.value().value(0).toInt() + 1});
        QVERIFY(inner.ok());
        QVERIFY(statementOf(inner.value()) != statementOf(outer.value()));
        pairs << outer.value().value(0).toInt() * 10 +
                     (inner.value().next() ? inner.value().value(0).toInt() : 0);
    }
    QCOMPARE(pairs, (QList<int>{12, 23, 30}));
}

void TestStorageStatementCache::aDroppedStatementKeepsNoSnapshot()
{
    {
        auto q = m_db->exec(QStringLiteral("SELECT x FROM t ORDER BY x"));
        QVERIFY(q.ok());
        QVERIFY(q.value().next()); // left mid-way, then back into the cache
    }
    auto other = Database::openSqlite(m_db->path());
    QVERIFY(other.ok());
    QVERIFY(other.value()->exec(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {4}).ok());
    // A cached statement still holding its read transaction would keep the old snapshot.
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM t")).value().toInt(), 4);
    auto checkpoint = other.value()->scalar(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    QVERIFY(checkpoint.ok());
    QCOMPARE(checkpoint.value().toInt(), 0); // not busy: no reader pins the WAL
}

void TestStorageStatementCache::aFailedExecutionLeavesTheStatementUsable()
{
    const QString sql = QStringLiteral("INSERT INTO t(x) VALUES (?)");
    auto dup = m_db->exec(sql, {1});
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
    QVERIFY(m_db->exec(sql, {5}).ok());
    QVERIFY(!m_db->exec(sql, {5}).ok());
    QVERIFY(m_db->exec(sql, {6}).ok());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM t")).value().toInt(), 5);
}

void TestStorageStatementCache::rowsAffectedAndValuesPassThrough()
{
    for (int round = 0; round < 2; ++round) { // the second round runs on the cached statements
        auto u = m_db->exec(QStringLiteral("UPDATE t SET s = ? WHERE x <= ?"),
                            {QStringLiteral("r%1").arg(round), 2});
        QVERIFY(u.ok());
        QCOMPARE(u.value().numRowsAffected(), 2);
        auto q = m_db->exec(QStringLiteral("SELECT x, s, n FROM t WHERE x = ?"), {2});
        QVERIFY(q.ok());
        QVERIFY(q.value().isSelect());
        QVERIFY(q.value().next());
        QCOMPARE(q.value().value(1).toString(), QStringLiteral("r%1").arg(round));
        QVERIFY(q.value().isNull(2));
        QCOMPARE(q.value().record().count(), 3);
        QVERIFY(!q.value().next());
        QVERIFY(!q.value().next());
    }
}

void TestStorageStatementCache::schemaStatementsStillRun()
{
    QVERIFY(m_db->exec(QStringLiteral("SELECT x FROM t")).ok()); // cached, planned for the old schema
    QVERIFY(m_db->exec(QStringLiteral("CREATE INDEX t_s ON t(s)")).ok());
    QVERIFY(m_db->exec(QStringLiteral("ALTER TABLE t ADD COLUMN extra INTEGER")).ok());
    auto q = m_db->exec(QStringLiteral("SELECT x FROM t"));
    QVERIFY(q.ok());
    int rows = 0;
    while (q.value().next())
        ++rows;
    QCOMPARE(rows, 3);
    QCOMPARE(m_db->scalar(QStringLiteral("PRAGMA user_version")).value().toInt(), 0);
}

void TestStorageStatementCache::insertGivesTheNewId()
{
    auto a = m_db->insert(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {10});
    auto b = m_db->insert(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {11});
    QVERIFY(a.ok() && b.ok());
    QCOMPARE(b.value(), a.value() + 1);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT x FROM t WHERE id = ?"), {b.value()}).value().toInt(), 11);
    auto dup = m_db->insert(QStringLiteral("INSERT INTO t(x) VALUES (?)"), {10});
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, ErrorCode::Conflict);
}

void TestStorageStatementCache::nullStringIsEmptyTextButNullVariantIsNull()
{
    QVERIFY(m_db->exec(QStringLiteral("INSERT INTO t(x, s, n) VALUES (?, ?, ?)"),
                       {7, QString(), QVariant(QMetaType::fromType<QString>())})
                .ok());
    auto q = m_db->exec(QStringLiteral("SELECT s IS NULL, s, n IS NULL FROM t WHERE x = ?"), {7});
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 0);
    QCOMPARE(q.value().value(1).toString(), QString());
    QCOMPARE(q.value().value(2).toInt(), 1);
}

void TestStorageStatementCache::inListsArePaddedAndSplit()
{
    const auto five = sqlh::inBatches({1, 2, 3, 4, 5});
    QCOMPARE(five.size(), 1);
    QCOMPARE(five.first().args.size(), 8);
    QCOMPARE(five.first().args.last().toLongLong(), 5);
    QCOMPARE(five.first().placeholders.count(QLatin1Char('?')), 8);
    QCOMPARE(sqlh::inBatches({9}).first().args.size(), 1);
    QVERIFY(sqlh::inBatches({}).isEmpty());
    QList<qint64> many;
    for (qint64 i = 1; i <= 300; ++i)
        many << i;
    const auto split = sqlh::inBatches(many);
    QCOMPARE(split.size(), 2);
    QCOMPARE(split.at(0).args.size(), sqlh::kMaxInList);
    QCOMPARE(split.at(1).args.size(), 64); // 44 ids padded
    // A padded list finds each row once.
    auto q =
        m_db->exec(QStringLiteral("SELECT COUNT(*) FROM t WHERE x IN (%1)").arg(five.first().placeholders),
                   five.first().args);
    QVERIFY(q.ok() && q.value().next());
    QCOMPARE(q.value().value(0).toInt(), 3);
}

// sqlh::isoDate formats the dates of every written row by hand; it must write exactly what
// QDate::toString(Qt::ISODate) writes, which is what every stored date was written with before.
void TestStorageStatementCache::isoDateWritesWhatQtWrites()
{
    for (QDate d(1, 1, 1); d.year() < 10000; d = d.addDays(d.year() < 1890 || d.year() > 2110 ? 97 : 1))
        QCOMPARE(sqlh::isoDate(d), d.toString(Qt::ISODate));
    QCOMPARE(sqlh::isoDate(QDate(2026, 12, 7)), QStringLiteral("2026-12-07"));
    QCOMPARE(sqlh::isoDate(QDate()), QDate().toString(Qt::ISODate));
    QVERIFY(sqlh::nullableDate(QDate()).isNull());
}

QTEST_GUILESS_MAIN(TestStorageStatementCache)
#include "TestStorageStatementCache.moc"
