#include "ui/account/IdleLock.h"

#include "services/Archive.h"
#include "ui/account/LockDialog.h"

#include <QApplication>
#include <QDialog>
#include <QEvent>
#include <QLabel>
#include <QScreen>
#include <QVBoxLayout>

#include <utility>

namespace ar::ui {

namespace {

bool isInput(QEvent::Type t)
{
    switch (t) {
    case QEvent::KeyPress:
    case QEvent::KeyRelease:
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonRelease:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::InputMethod:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        return true;
    default:
        return false;
    }
}

// An opaque cover over one window while the lock is on: the window and its contents stay
// exactly as they are underneath, but nothing of them can be read over the user's shoulder.
class Curtain : public QWidget
{
public:
    explicit Curtain(QWidget* window) : QWidget(window)
    {
        setObjectName(QStringLiteral("lockCurtain"));
        setAutoFillBackground(true);
        auto* label = new QLabel(IdleLock::tr("Locked"), this);
        label->setAlignment(Qt::AlignCenter);
        label->setStyleSheet(QStringLiteral("font-size: 16pt; color: palette(mid);"));
        auto* layout = new QVBoxLayout(this);
        layout->addWidget(label);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == parent() && event->type() == QEvent::Resize)
            setGeometry(parentWidget()->rect());
        else if (watched == parent() && event->type() == QEvent::ChildAdded)
            raise(); // stays on top of anything the window adds meanwhile
        return false;
    }
};

} // namespace

IdleLock::IdleLock(Archive& archive, QObject* parent) : QObject(parent), m_archive(archive)
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &IdleLock::checkIdle);
    m_monotonic.start();
    m_lastInputMs = nowMs();
    qApp->installEventFilter(this);
    reloadPolicy();
}

IdleLock::~IdleLock()
{
    qApp->removeEventFilter(this);
    removeCurtains();
    delete m_dialog.data();
}

void IdleLock::reloadPolicy()
{
    auto p = m_archive.accounts().policy();
    setTimeoutMs(p ? p->idleLockMinutes * 60 * 1000 : AccountPolicy().idleLockMinutes * 60 * 1000);
}

void IdleLock::setTimeoutMs(int ms)
{
    m_timeoutMs = qMax(0, ms);
    if (!isLocked())
        restartTimer();
}

void IdleLock::restartTimer()
{
    m_timer.stop();
    if (m_timeoutMs > 0)
        m_timer.start(m_timeoutMs);
}

bool IdleLock::eventFilter(QObject* watched, QEvent* event)
{
    // Only a time stamp here: this sees every event of the application.
    if (!isLocked() && isInput(event->type()))
        m_lastInputMs = nowMs();
    return QObject::eventFilter(watched, event);
}

qint64 IdleLock::nowMs() const
{
    return m_testClock ? m_testClock() : m_monotonic.elapsed();
}

void IdleLock::setClockForTests(std::function<qint64()> nowMs)
{
    m_testClock = std::move(nowMs);
    m_lastInputMs = this->nowMs();
}

void IdleLock::checkIdle()
{
    if (m_timeoutMs <= 0 || isLocked())
        return;
    const qint64 idle = nowMs() - m_lastInputMs;
    if (idle < m_timeoutMs) {
        m_timer.start(int(m_timeoutMs - idle));
        return;
    }
    lockNow();
}

void IdleLock::lockNow()
{
    if (isLocked() || !m_archive.user())
        return;
    m_timer.stop();
    // Open menus would keep the input; they hold nothing typed.
    while (QWidget* popup = QApplication::activePopupWidget())
        popup->close();
    QWidget* over =
        QApplication::activeModalWidget() ? QApplication::activeModalWidget() : QApplication::activeWindow();
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible() && w->windowType() != Qt::Popup && w->windowType() != Qt::ToolTip)
            m_curtains << new Curtain(w);

    // A window of its own (not a child of a dialog that might be closed under it), modal over
    // the whole application, shown without a nested event loop.
    m_dialog = new LockDialog(m_archive);
    m_dialog->setWindowModality(Qt::ApplicationModal);
    connect(m_dialog, &QDialog::finished, this, &IdleLock::onLockFinished);
    m_dialog->adjustSize();
    const QRect area =
        over ? over->frameGeometry()
             : (QGuiApplication::primaryScreen() ? QGuiApplication::primaryScreen()->availableGeometry()
                                                 : QRect());
    if (area.isValid())
        m_dialog->move(area.center() - m_dialog->rect().center());
    m_dialog->show();
    m_dialog->raise();
    m_dialog->activateWindow();
    emit locked();
}

void IdleLock::onLockFinished(int result)
{
    LockDialog* dialog = m_dialog;
    m_dialog.clear();
    if (dialog)
        dialog->deleteLater();
    removeCurtains();
    if (result == LockDialog::SignedOut || !m_archive.user()) {
        closeAllWindows();
        emit sessionEnded();
        return;
    }
    m_lastInputMs = nowMs();
    restartTimer();
    emit unlocked();
}

void IdleLock::removeCurtains()
{
    for (const QPointer<QWidget>& c : std::as_const(m_curtains))
        delete c.data();
    m_curtains.clear();
}

void IdleLock::closeAllWindows()
{
    // Dialogs first, the newest (innermost exec()) first; done() rather than reject(), which
    // some dialogs refuse on purpose.
    const QWidgetList windows = QApplication::topLevelWidgets();
    for (auto it = windows.crbegin(); it != windows.crend(); ++it)
        if (auto* d = qobject_cast<QDialog*>(*it); d && d->isVisible())
            d->done(QDialog::Rejected);
    for (QWidget* w : QApplication::topLevelWidgets())
        if (w->isVisible())
            w->close();
}

} // namespace ar::ui
