#include "StatementCache.h"

#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QSqlResult>

namespace ar {

namespace {

// Enough for every statement the application has, with room for IN lists of several sizes.
constexpr int kMaxIdle = 256;
// More than one idle copy of a statement exists only after nested use; a few suffice.
constexpr size_t kMaxIdlePerStatement = 4;

// The result behind the QSqlQuery a caller gets from Database::exec: it forwards every call to
// the leased, already executed statement and, when the caller's QSqlQuery is destroyed, resets
// that statement and puts it back into the pool (if the pool still exists).
class LeasedResult final : public QSqlResult
{
public:
    LeasedResult(std::weak_ptr<StatementCache::Pool> pool, QString sql, std::unique_ptr<QSqlQuery> q)
        : QSqlResult(q->driver()), m_pool(std::move(pool)), m_sql(std::move(sql)), m_q(std::move(q))
    {
        QSqlResult::setQuery(m_sql);
        setForwardOnly(true);
        sync();
    }

    ~LeasedResult() override
    {
        m_q->finish();
        if (auto pool = m_pool.lock(); pool && !m_dirty)
            pool->put(m_sql, std::move(m_q));
    }

    QVariant handle() const override { return m_q->result() ? m_q->result()->handle() : QVariant(); }

protected:
    QVariant data(int i) override { return m_q->value(i); }
    bool isNull(int i) override { return m_q->isNull(i); }
    bool fetch(int i) override { return moved(m_q->seek(i)); }
    bool fetchNext() override { return moved(m_q->next()); }
    bool fetchFirst() override
    {
        return moved(m_q->at() == QSql::BeforeFirstRow ? m_q->next() : m_q->first());
    }
    bool fetchLast() override { return moved(m_q->last()); }
    int size() override { return m_q->size(); }
    int numRowsAffected() override { return m_q->numRowsAffected(); }
    QSqlRecord record() const override { return m_q->record(); }
    QVariant lastInsertId() const override { return m_q->lastInsertId(); }
    void detachFromResultSet() override { m_q->finish(); }

    // Callers do not re-run what exec() returned, but if one does, the statement is no longer
    // the cached one: run it, and do not give it back.
    bool reset(const QString& sql) override
    {
        m_dirty = true;
        QSqlResult::setQuery(sql);
        const bool ok = m_q->exec(sql);
        sync();
        return ok;
    }
    bool savePrepare(const QString& sql) override
    {
        m_dirty = true;
        QSqlResult::setQuery(sql);
        const bool ok = m_q->prepare(sql);
        setLastError(m_q->lastError());
        return ok;
    }
    bool exec() override
    {
        const QVariantList values = boundValues();
        for (int i = 0; i < int(values.size()); ++i)
            m_q->bindValue(i, values.at(i));
        const bool ok = m_q->exec();
        sync();
        return ok;
    }

private:
    void sync()
    {
        setSelect(m_q->isSelect());
        setActive(m_q->isActive());
        setAt(m_q->at());
        setLastError(m_q->lastError());
    }
    bool moved(bool ok)
    {
        setAt(m_q->at());
        if (!ok)
            setLastError(m_q->lastError());
        return ok;
    }

    std::weak_ptr<StatementCache::Pool> m_pool;
    QString m_sql;
    std::unique_ptr<QSqlQuery> m_q;
    bool m_dirty = false;
};

} // namespace

StatementCache::~StatementCache()
{
    // Statements must go before their connection does; leased ones see the pool gone and
    // finalize themselves.
    m_pool->idle.clear();
}

bool StatementCache::worthCaching(const QString& sql)
{
    const QString head = sql.left(8).trimmed().toUpper();
    for (const char* verb : {"SELECT", "INSERT", "UPDATE", "DELETE", "WITH"})
        if (head.startsWith(QLatin1String(verb)))
            return true;
    return false;
}

void StatementCache::Pool::put(const QString& sql, std::unique_ptr<QSqlQuery> q)
{
    if (auto it = idle.find(sql); it != idle.end() && it->second.size() >= kMaxIdlePerStatement)
        return;
    if (idleCount >= kMaxIdle) {
        // Full: drop some other statement's copies (not worth an LRU list at this size).
        auto victim = idle.begin();
        if (victim->first == sql && std::next(victim) != idle.end())
            ++victim;
        idleCount -= int(victim->second.size());
        idle.erase(victim);
    }
    idle[sql].push_back(std::move(q));
    ++idleCount;
}

std::unique_ptr<QSqlQuery> StatementCache::take(const QString& sql, QSqlError* error)
{
    auto it = m_pool->idle.find(sql);
    if (it != m_pool->idle.end() && !it->second.empty()) {
        std::unique_ptr<QSqlQuery> q = std::move(it->second.back());
        it->second.pop_back();
        --m_pool->idleCount;
        return q;
    }
    auto q = std::make_unique<QSqlQuery>(QSqlDatabase::database(m_pool->connection, false));
    // Forward-only saves SQLite a copy of the rows. QPSQL reads forward-only results row by row
    // from the connection instead, and drops the rest of them when the next statement runs on it
    // ("Query results lost"): a loop over one result that looks something up per row would stop
    // after its first row. On PostgreSQL every result is read whole.
    q->setForwardOnly(q->driver()->dbmsType() != QSqlDriver::PostgreSQL);
    if (!q->prepare(sql)) {
        if (error)
            *error = q->lastError();
        return nullptr;
    }
    return q;
}

QSqlQuery StatementCache::lease(const QString& sql, std::unique_ptr<QSqlQuery> executed)
{
    return QSqlQuery(new LeasedResult(m_pool, sql, std::move(executed)));
}

void StatementCache::giveBack(const QString& sql, std::unique_ptr<QSqlQuery> statement)
{
    statement->finish();
    m_pool->put(sql, std::move(statement));
}

} // namespace ar
