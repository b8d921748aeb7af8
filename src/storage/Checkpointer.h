#pragma once

#include "core/Sealed.h" // private to the services

#include <QString>

#include <condition_variable>
#include <memory>
#include <mutex>

class QThread;

namespace ar {

// Copies SQLite's write-ahead log into the database file on a thread and a connection of its
// own, so that no commit waits for it. SQLite does this copy (and the two fsyncs that go with it)
// in the commit that takes the log past 1000 pages; after a 10,000-row import that is some 90 MB
// and most of a second, paid by whoever pressed "Import". Database hands the copy to this thread
// instead (see Database::startBackgroundCheckpoints). A PASSIVE checkpoint never blocks readers
// or the writer; what it could not copy because a reader still needed it is tried again shortly.
class Checkpointer
{
public:
    // Opens its own connection to the file in its thread; nullptr when that fails (the caller
    // then leaves checkpoints to SQLite).
    static std::unique_ptr<Checkpointer> start(const QString& path);
    ~Checkpointer(); // lets a checkpoint under way finish, then closes its connection

    Checkpointer(const Checkpointer&) = delete;
    Checkpointer& operator=(const Checkpointer&) = delete;

    // The log has grown: copy it soon. Cheap; callable from any thread.
    void poke();
    // Copies now and waits until everything committed before the call is in the database file.
    // False if that did not happen within `timeoutMs` (a reader kept old pages in use).
    bool flush(int timeoutMs);

private:
    explicit Checkpointer(QString path);
    void run();

    QString m_path;
    QString m_connection;
    std::mutex m_mutex;
    std::condition_variable m_wake; // to the thread: poked or stopping
    std::condition_variable m_idle; // from the thread: a checkpoint finished
    quint64 m_poked = 0;            // pokes so far
    quint64 m_done = 0;             // the pokes a complete checkpoint has answered
    bool m_stop = false;
    int m_opened = 0; // 0 while opening, 1 opened, -1 failed
    std::unique_ptr<QThread> m_thread;
};

} // namespace ar
