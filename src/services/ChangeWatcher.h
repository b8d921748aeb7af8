#pragma once

#include <QObject>
#include <QTimer>

namespace ar {

class Archive;

// Tells the window when another desk — another process on this PC or another PC on the same
// PostgreSQL archive — has changed the archive, so that the approval inbox, the start-screen
// panel and the borrow desk show it within a second without a click (issue #24 item 4).
//
// PostgreSQL: the server's notice, sent by every committed transaction that appended to the
// audit trail (storage/ChangeSignal.h); SQLite: the file's data_version, read every kPollMs.
// Either way the watcher then reads which actions the trail gained since it last looked and
// signals only when one of them changed something: another desk opening a record, signing in or
// printing (records that change nothing the views show) does not make every desk reload.
// The desk's own changes are not signalled (its views refresh themselves).
class ChangeWatcher : public QObject
{
    Q_OBJECT
public:
    // Watches `archive` (which must outlive the watcher) from now on.
    explicit ChangeWatcher(Archive& archive, QObject* parent = nullptr);

    static constexpr int kPollMs = 500;
    // True when the server announces changes (PostgreSQL); false when the file is polled.
    bool listening() const { return m_listening; }
    // Looks now (the timer and the server's notices call it; tests may).
    void checkNow();

    // Whether an audit action (its code) is one that changes what the views show.
    static bool changesViews(const QString& action);

signals:
    // Another desk changed the archive since the last signal.
    void changedElsewhere();

private:
    Archive& m_archive;
    QTimer m_timer;
    bool m_listening = false;
    bool m_failed = false;
    qint64 m_dataVersion = 0;
    qint64 m_seen = 0; // the audit trail's length when last looked
};

} // namespace ar
