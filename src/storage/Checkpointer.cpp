#include "Checkpointer.h"

#include <QAtomicInt>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>

#include <chrono>

namespace ar {

namespace {
QAtomicInt g_checkpointerCounter;
// After a checkpoint that could not copy everything (a reader still used older pages).
constexpr auto kRetry = std::chrono::milliseconds(100);
} // namespace

std::unique_ptr<Checkpointer> Checkpointer::start(const QString& path)
{
    std::unique_ptr<Checkpointer> c(new Checkpointer(path));
    c->m_thread.reset(QThread::create([p = c.get()] { p->run(); }));
    c->m_thread->setObjectName(QStringLiteral("wal-checkpoint"));
    c->m_thread->start(QThread::LowPriority);
    std::unique_lock lock(c->m_mutex);
    c->m_idle.wait(lock, [&] { return c->m_opened != 0; });
    if (c->m_opened < 0) {
        lock.unlock();
        c->m_thread->wait();
        return nullptr;
    }
    return c;
}

Checkpointer::Checkpointer(QString path)
    : m_path(std::move(path)),
      m_connection(QStringLiteral("archiveroom-checkpoint-%1").arg(g_checkpointerCounter.fetchAndAddRelaxed(1)))
{
}

Checkpointer::~Checkpointer()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    if (m_thread)
        m_thread->wait();
}

void Checkpointer::poke()
{
    {
        std::lock_guard lock(m_mutex);
        ++m_poked;
    }
    m_wake.notify_all();
}

bool Checkpointer::flush(int timeoutMs)
{
    std::unique_lock lock(m_mutex);
    const quint64 wanted = ++m_poked;
    m_wake.notify_all();
    return m_idle.wait_for(lock, std::chrono::milliseconds(timeoutMs), [&] { return m_done >= wanted; });
}

void Checkpointer::run()
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
        db.setDatabaseName(m_path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
        const bool opened = db.open();
        {
            std::lock_guard lock(m_mutex);
            m_opened = opened ? 1 : -1;
        }
        m_idle.notify_all();
        if (opened) {
            std::unique_lock lock(m_mutex);
            for (;;) {
                m_wake.wait(lock, [&] { return m_stop || m_poked > m_done; });
                if (m_stop)
                    break;
                const quint64 answering = m_poked;
                lock.unlock();
                // Returns (busy, frames in the log, frames copied); all copied when the two agree.
                QSqlQuery q(db);
                bool complete = false;
                if (q.exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)")) && q.next())
                    complete = q.value(0).toInt() == 0 && q.value(1).toInt() == q.value(2).toInt();
                q.finish();
                lock.lock();
                if (complete) {
                    m_done = answering;
                    m_idle.notify_all();
                } else {
                    m_wake.wait_for(lock, kRetry, [&] { return m_stop; });
                }
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connection);
}

} // namespace ar
