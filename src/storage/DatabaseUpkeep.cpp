// The upkeep of a SQLite archive's files: copying the write-ahead log into the file now, the page
// cache of one long write, compacting after a rewrite, and the tick that keeps a caller alive
// during a long statement (an upgrade). The connection's everyday workings are in Database.cpp.
#include "Database.h"

#include "Checkpointer.h"
#include "core/Memory.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

namespace ar {

bool Database::checkpointNow(int timeoutMs)
{
    if (!m_checkpointer) {
        if (timeoutMs <= 0 || m_dialect != SqlDialect::Sqlite)
            return true;
        QSqlQuery q(handle());
        return q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
    }
    if (timeoutMs <= 0) {
        m_checkpointer->poke();
        return true;
    }
    return m_checkpointer->flush(timeoutMs);
}

Result<int> Database::setPageCacheKiB(int kib)
{
    if (isPostgres())
        return 0;
    auto old = scalar(QStringLiteral("PRAGMA cache_size"));
    if (!old)
        return old.error();
    if (auto r = exec(QStringLiteral("PRAGMA cache_size = %1").arg(-qint64(kib))); !r)
        return r.error();
    // Made smaller: the pages beyond it are freed, and the allocator gives the memory back to the
    // system at once (after a demo the process stayed at the large cache's size otherwise).
    if (sqlite3* h = sqlite()) {
        sqlite3_db_release_memory(h);
        memory::releaseFreed();
    }
    // A positive setting counts pages, a negative one KiB.
    const qint64 was = old.value().toLongLong();
    if (was < 0)
        return int(-was);
    auto page = scalar(QStringLiteral("PRAGMA page_size"));
    if (!page)
        return page.error();
    return int(was * page.value().toLongLong() / 1024);
}

Status Database::compact()
{
    if (m_dialect != SqlDialect::Sqlite || m_depth > 0)
        return {};
    // VACUUM builds the whole file anew in its temporary database: in files, not in memory.
    const TempFilesScope tempFiles(*this);
    for (const char* sql : {"PRAGMA wal_checkpoint(TRUNCATE)", "VACUUM", "PRAGMA wal_checkpoint(TRUNCATE)"}) {
        QSqlQuery q(handle());
        if (!q.exec(QString::fromLatin1(sql)))
            return Error::of(ErrorCode::Failed,
                             QCoreApplication::translate("Database", "Database error: %1 (in: %2)")
                                 .arg(q.lastError().text(), QString::fromLatin1(sql)));
    }
    return {};
}

void Database::setProgressTick(std::function<void()> tick)
{
    m_progressTick = std::move(tick);
    sqlite3* h = m_dialect == SqlDialect::Sqlite ? sqlite() : nullptr;
    if (!h)
        return;
    if (!m_progressTick) {
        sqlite3_progress_handler(h, 0, nullptr, nullptr);
        return;
    }
    // About every millisecond of SQLite's work; the tick decides itself how often to do more.
    constexpr int kSteps = 20000;
    sqlite3_progress_handler(
        h, kSteps,
        [](void* self) {
            const auto* db = static_cast<Database*>(self);
            if (db->m_progressTick)
                db->m_progressTick();
            return 0; // never interrupts the statement
        },
        this);
}

} // namespace ar
