#pragma once

#include "ui/account/LockDialog.h"

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QTimer>

#include <functional>

class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The idle auto-lock (issue #3): watches the application's keyboard, mouse and input-method
// events; after AccountPolicy::idleLockMinutes without any (0: never) it covers every open
// window with a curtain and asks for the password in a LockDialog. Nothing underneath is
// closed or changed, so what was typed into an open form is still there after unlocking.
// Signing out there, or a lockout from wrong passwords, closes every window and emits
// sessionEnded().
class IdleLock : public QObject
{
    Q_OBJECT

public:
    explicit IdleLock(Archive& archive, QObject* parent = nullptr);
    ~IdleLock() override;

    // Reads the idle time from the account policy again (after the administrator changed it).
    void reloadPolicy();
    // Overrides the idle time, in milliseconds (tests); 0 turns the lock off.
    void setTimeoutMs(int ms);
    int timeoutMs() const { return m_timeoutMs; }

    bool isLocked() const { return !m_dialog.isNull(); }
    LockDialog* lockDialog() const { return m_dialog; }
    // Locks at once.
    void lockNow();
    // What the timer calls when it runs out: locks if there was no input for the idle time,
    // else waits for the rest of it.
    void checkIdle();
    // Tests: the clock the idle time is measured on (milliseconds, any origin) instead of a
    // monotonic clock of the machine, so a test moves time on and calls checkIdle() instead of
    // waiting. Call before any input counts; an empty function restores the real clock.
    void setClockForTests(std::function<qint64()> nowMs);

    // Ends every open dialog (their exec() returns Rejected) and closes every window: the
    // session is over and nothing of it stays on screen.
    static void closeAllWindows();

signals:
    void locked();
    void unlocked();
    // The user signed out from the lock, or the account got locked: back to the sign-in.
    void sessionEnded();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void restartTimer();
    void onLockFinished(int result);
    void removeCurtains();

    qint64 nowMs() const;

    Archive& m_archive;
    QTimer m_timer;
    QElapsedTimer m_monotonic;
    std::function<qint64()> m_testClock;
    qint64 m_lastInputMs = 0;
    int m_timeoutMs = 0;
    QPointer<LockDialog> m_dialog;
    QList<QPointer<QWidget>> m_curtains;
};

} // namespace ar::ui
