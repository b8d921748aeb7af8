#include "ui/GuiMain.h"

#include "core/Language.h"
#include "services/Archive.h"
#include "services/TrialArchive.h"
#include "ui/DemoOffer.h"
#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/StartupProbe.h"
#include "ui/account/FirstRunDialog.h"
#include "ui/account/IdleLock.h"
#include "ui/account/RecoveryKeyDialog.h"
#include "ui/account/ServerDialog.h"
#include "ui/account/SignInDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/common/PngIcon.h"
#include "ui/common/UpgradeProgressDialog.h"
#include "ui/search/SearchController.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QIcon>
#include <QLineEdit>
#include <QTimer>

#include <cstdio>
#include <functional>
#include <optional>

namespace ar::ui {

namespace {

// The translation context of the start-up messages.
class GuiMainText
{
    Q_DECLARE_TR_FUNCTIONS(GuiMain)
};

// The archive of an existing file on this computer, opened when first needed: the sign-in window
// shows before the file is opened, its schema checked (and upgraded) and its checkpoints started,
// which a window that shows nothing of the archive does not wait for (issue #23).
class PendingArchive
{
public:
    PendingArchive(QString path, DatabaseAccess access) : m_path(std::move(path)), m_access(access) {}

    // The archive, opened at the first call; nullptr when it cannot be opened or has no
    // administrator yet (the caller then deals with take()'s result as with any other opening).
    Archive* get()
    {
        if (!m_opened) {
            QGuiApplication::setOverrideCursor(Qt::WaitCursor);
            // An older archive is upgraded here, with its progress dialog over the sign-in window.
            UpgradeProgressDialog upgrade;
            m_opened.emplace(Archive::open(m_path, nullptr, m_access, upgrade.report()));
            if (*m_opened) {
                const auto setup = m_opened->value()->accounts().needsSetup();
                m_ready = setup && !setup.value();
            }
            QGuiApplication::restoreOverrideCursor();
        }
        return m_ready ? m_opened->value().get() : nullptr;
    }
    bool tried() const { return m_opened.has_value(); }
    Result<std::unique_ptr<Archive>> take() { return std::move(*m_opened); }

private:
    QString m_path;
    DatabaseAccess m_access;
    std::optional<Result<std::unique_ptr<Archive>>> m_opened;
    bool m_ready = false;
};

enum class SignInEnd
{
    SignedIn,
    Closed,      // the dialog was closed: the program ends
    Unavailable, // the archive could not be opened or has no administrator yet
};

// Shows the sign-in dialog until someone signs in. The archive is asked for once the window has
// painted, or earlier if someone signs in first. The trial archive's dialog names its accounts
// and their password, and starts with the clerk.
SignInEnd signIn(const std::function<Archive*()>& archive, const QElapsedTimer& sinceEntry, bool trial)
{
    SignInDialog dialog(archive);
    if (trial) {
        dialog.setWindowTitle(GuiMainText::tr("Sign in — trial archive"));
        dialog.setNote(GuiMainText::tr("Trial archive with made-up data. %1").arg(DemoOffer::accountsText()));
        dialog.setLogin(QStringLiteral("clerk"));
    } else {
        dialog.setLogin(Settings::value(Setting::LastLogin).toString());
    }
    probe::afterFirstPaint(&dialog, [&] {
        probe::report("signin-shown", double(probe::msSinceProcessStart()));
        probe::report("signin-shown-since-entry", double(sinceEntry.nsecsElapsed()) / 1e6);
        Archive* opened = archive();
        if (!opened) {
            dialog.done(SignInDialog::Unavailable);
            return;
        }
        if (!probe::autoSignIn())
            return;
        auto user = opened->accounts().signIn(qEnvironmentVariable("ARCHIVEROOM_USER"),
                                              qEnvironmentVariable("ARCHIVEROOM_PASSWORD"));
        if (!user)
            std::fprintf(stderr, "archiveroom: %s\n", qPrintable(user.error().message));
        dialog.done(user ? QDialog::Accepted : QDialog::Rejected);
    });
    const int answer = dialog.exec();
    if (answer == SignInDialog::Unavailable)
        return SignInEnd::Unavailable;
    // Accepted only after a sign-in, which has opened the archive.
    if (answer != QDialog::Accepted || !archive()->user())
        return SignInEnd::Closed;
    if (!trial)
        Settings::setValue(Setting::LastLogin, archive()->user()->login);
    return SignInEnd::SignedIn;
}

// The screenshot hook: optionally open a search hit, save the window, quit.
void takeScreenshot(MainWindow& window, const QString& path)
{
    const QString query = qEnvironmentVariable("ARCHIVEROOM_SCREENSHOT_SEARCH");
    if (!query.isEmpty()) {
        window.searchBox()->setText(query);
        window.search()->searchNow();
        window.search()->open(0);
    }
    // Something typed after that shows the list of hits under the box.
    const QString typed = qEnvironmentVariable("ARCHIVEROOM_SCREENSHOT_TYPE");
    if (!typed.isEmpty()) {
        window.searchBox()->setFocus();
        window.searchBox()->setText(typed);
        window.search()->searchNow();
    }
    QCoreApplication::processEvents();
    const bool saved = window.grab().save(path);
    std::fprintf(stderr, "archiveroom: screenshot %s %s\n", qPrintable(path), saved ? "saved" : "FAILED");
    QCoreApplication::exit(saved ? 0 : 1);
}

// The recovery key, if the service has just made one (first run, or the first sign-in to an
// archive from before encryption): shown once, to be printed. Unattended runs (bench,
// screenshots) cannot show it, so it goes to stderr there rather than being lost.
void showRecoveryKey(Archive& archive, const QString& path)
{
    if (probe::autoSignIn()) {
        const QString key = archive.accounts().takeRecoveryKey();
        if (!key.isEmpty())
            std::fprintf(stderr, "archiveroom: recovery key of %s: %s\n", qPrintable(path), qPrintable(key));
        return;
    }
    RecoveryKeyDialog::showIfPending(archive, path);
}

struct SessionEnd
{
    bool signedOut = false; // back to the sign-in dialog
    bool switched = false;  // to the trial archive or back (File › Trial archive)
    int code = 0;           // otherwise the program ends with this code
};

// One signed-in session: the main window under the idle lock, until the window is closed
// (the program ends) or the user signs out, from the menu or the lock (sign in again).
SessionEnd runSession(QApplication& app, Archive& archive, bool firstSession)
{
    QElapsedTimer sinceSignIn;
    sinceSignIn.start();
    MainWindow window(archive);
    IdleLock idleLock(archive);
    bool signedOut = false;
    auto endSession = [&signedOut] {
        signedOut = true;
        // Closing the window now is not quitting the program.
        QGuiApplication::setQuitOnLastWindowClosed(false);
        IdleLock::closeAllWindows();
        // Ends every event loop, the dialogs' included, so nothing of the session stays open.
        QCoreApplication::exit(0);
    };
    QObject::connect(&window, &MainWindow::signOutRequested, &idleLock, endSession);
    QObject::connect(&idleLock, &IdleLock::sessionEnded, &window, endSession);
    QObject::connect(&window, &MainWindow::accountPolicyChanged, &idleLock, &IdleLock::reloadPolicy);
    // The window has closed itself (its forms asked first); the loop opens the other archive.
    bool switched = false;
    QObject::connect(&window, &MainWindow::switchArchiveRequested, &idleLock,
                     [&switched] { switched = true; });

    const QString screenshot = firstSession ? probe::screenshotPath() : QString();
    if (!screenshot.isEmpty())
        window.resize(1280, 800);
    if (firstSession) {
        probe::afterFirstPaint(&window, [&] {
            if (probe::benchEnabled()) {
                probe::report("main-ready", double(sinceSignIn.nsecsElapsed()) / 1e6);
                probe::report("peak-rss-kb", double(probe::peakResidentKb()));
                if (screenshot.isEmpty())
                    QCoreApplication::exit(0);
            }
            if (!screenshot.isEmpty())
                takeScreenshot(window, screenshot);
        });
    }
    window.show();
    const int code = app.exec();
    QGuiApplication::setQuitOnLastWindowClosed(true);
    archive.accounts().signOut();
    return {signedOut, switched, code};
}

// Asks where the archive on a server is, starting from `location` and saying why the last
// attempt failed (`error`): the location chosen (its password, if typed, kept for this run),
// an empty string for the archive on this computer, nullopt when cancelled. The choice is
// remembered for the next start.
std::optional<QString> askForServer(const QString& location, const QString& error)
{
    ServerDialog dialog;
    if (!location.isEmpty())
        dialog.setLocation(location);
    if (!error.isEmpty())
        dialog.setError(error);
    const int answer = DialogRunner::exec(dialog);
    if (answer == ServerDialog::ThisComputer) {
        Settings::setValue(Setting::ArchivePath, QString());
        return QString();
    }
    if (answer != QDialog::Accepted)
        return std::nullopt;
    Archive::setServerPassword(dialog.location(), dialog.password());
    Settings::setValue(Setting::ArchivePath, dialog.location());
    return dialog.location();
}

struct ArchiveEnd
{
    bool switched = false; // open the other archive (the trial, or the real one)
    int code = 0;          // otherwise the program ends with this code
};

// One archive, from opening it until the program ends or the user switches to the other one. The
// first-run dialog of a new archive may choose another folder: `path` is then where it went.
ArchiveEnd runArchive(QApplication& app, QString& path, bool trial, const QElapsedTimer& sinceEntry,
                      bool& firstSession)
{
    // A file that cannot be written here opens read-only by itself; --read-only asks for it.
    const bool readOnly = app.arguments().contains(QStringLiteral("--read-only"));
    const DatabaseAccess access = readOnly ? DatabaseAccess::ReadOnly : DatabaseAccess::Detect;
    std::unique_ptr<Archive> owned;
    bool signedIn = false;
    // An archive file on this computer that exists: the sign-in window first, the archive opened
    // behind it (issue #23). One that cannot be opened, or has no administrator yet, closes the
    // window and is dealt with below as if it had been opened there: its message, or the first run.
    std::optional<Result<std::unique_ptr<Archive>>> early;
    if (!Archive::isServerLocation(path) && QFileInfo::exists(path)) {
        PendingArchive pending(path, access);
        const SignInEnd end = signIn([&pending] { return pending.get(); }, sinceEntry, trial);
        if (end == SignInEnd::Closed)
            return {false, 0};
        if (pending.tried())
            early.emplace(pending.take());
        if (end == SignInEnd::SignedIn) {
            owned = std::move(*early).value();
            early.reset();
            showRecoveryKey(*owned, path);
            signedIn = true;
        }
    }
    // Until an archive is open with an administrator: the first-run dialog may choose another folder.
    while (!signedIn) {
        const bool existed = QFileInfo::exists(path);
        // An older archive (a server's, or a file of the first run's folder) is upgraded with its
        // progress dialog, closed again before any message.
        auto opened = early ? std::move(*early) : [&] {
            UpgradeProgressDialog upgrade;
            return Archive::open(path, nullptr, access, upgrade.report());
        }();
        early.reset();
        if (!opened && Archive::isServerLocation(path) && !trial) {
            // The server's name, the database or the password may be wrong: asked again, with why.
            const auto next =
                askForServer(path, GuiMainText::tr("The archive on the server cannot be opened:\n%1")
                                       .arg(opened.error().message));
            if (!next)
                return {false, 1};
            path = next->isEmpty() ? Archive::defaultPath() : *next;
            continue;
        }
        if (!opened) {
            MessageBox::critical(
                nullptr, GuiMainText::tr("ArchiveRoom"),
                GuiMainText::tr("The archive %1 cannot be opened:\n%2").arg(path, opened.error().message));
            return {false, 1};
        }
        owned = std::move(opened).value();
        auto setup = owned->accounts().needsSetup();
        if (!setup) {
            MessageBox::critical(nullptr, GuiMainText::tr("ArchiveRoom"), setup.error().message);
            return {false, 1};
        }
        if (!setup.value())
            break;
        if (owned->isReadOnly()) {
            MessageBox::critical(nullptr, GuiMainText::tr("ArchiveRoom"), Archive::readOnlyError().message);
            return {false, 1};
        }
        FirstRunDialog first(*owned, path);
        const int answer = first.exec();
        if (answer == FirstRunDialog::OnAServer && !trial) {
            const auto server = askForServer({}, {});
            if (!server || server->isEmpty())
                continue; // back to the new archive on this computer
            // The empty archive this start made goes; the server is remembered.
            owned.reset();
            if (!existed && !Archive::isServerLocation(path)) {
                for (const char* suffix : {"", "-wal", "-shm"})
                    QFile::remove(path + QString::fromLatin1(suffix));
            }
            path = *server;
            continue;
        }
        if (answer == FirstRunDialog::OtherFolder && !trial) {
            // The empty archive this start made goes; the chosen folder is remembered.
            owned.reset();
            if (!existed) {
                for (const char* suffix : {"", "-wal", "-shm"})
                    QFile::remove(path + QString::fromLatin1(suffix));
            }
            path = QDir(first.otherFolder()).filePath(QStringLiteral("archiveroom.db"));
            Settings::setValue(Setting::ArchivePath, path);
            continue;
        }
        if (answer != QDialog::Accepted)
            return {false, 0};
        showRecoveryKey(*owned, path);
        // The demo company goes into the trial archive, never into this one.
        if (!trial && DemoOffer::offerAtFirstRun(path, nullptr)) {
            owned->accounts().signOut();
            return {true, 0};
        }
        signedIn = true;
        break;
    }
    Archive& archive = *owned;
    // Sign in → main window → sign out → sign in … until the window is closed.
    for (;; firstSession = false) {
        if (!signedIn) {
            if (signIn([&archive] { return &archive; }, sinceEntry, trial) != SignInEnd::SignedIn)
                return {false, 0};
            showRecoveryKey(archive, path);
        }
        signedIn = false;
        const SessionEnd end = runSession(app, archive, firstSession);
        if (end.switched)
            return {true, 0};
        if (!end.signedOut)
            return {false, end.code};
    }
}

} // namespace

QIcon appIcon()
{
    QList<QPair<int, QString>> files;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        files.append({size, QStringLiteral(":/appicon/%1x%1/apps/" AR_APP_ID ".png").arg(size)});
    return pngIcon(files);
}

int runGui(QApplication& app)
{
    QElapsedTimer sinceEntry;
    sinceEntry.start();
    probe::report("gui-entry", double(probe::msSinceProcessStart()));
    QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoom"));
    QCoreApplication::setApplicationName(QStringLiteral("ArchiveRoom"));
    QCoreApplication::setApplicationVersion(QStringLiteral(AR_VERSION));
    // The desktop entry (its name and icon in the task bar, the Wayland app id) and the icon of
    // every window.
    QGuiApplication::setDesktopFileName(QStringLiteral(AR_APP_ID));
    QGuiApplication::setWindowIcon(appIcon());

    // ARCHIVEROOM_LANG (tests, screenshots) wins over the saved choice.
    const QString saved = Settings::value(Setting::Language).toString();
    language::install(app,
                      language::resolve(qEnvironmentVariableIsSet("ARCHIVEROOM_LANG") ? QString() : saved));

    // ARCHIVEROOM_DB wins; then the archive chosen by "restore and switch" (R46); then the default.
    const QString chosen = Settings::value(Setting::ArchivePath).toString();
    QString path =
        qEnvironmentVariableIsSet("ARCHIVEROOM_DB") ? qEnvironmentVariable("ARCHIVEROOM_DB") : chosen;
    if (path.isEmpty()) {
        // An archive in the folder of older versions moves into the one folder (or says why not).
        const Archive::DefaultLocation location = Archive::settleDefaultPath();
        path = location.path;
        if (!location.notice.isEmpty())
            MessageBox::information(nullptr, GuiMainText::tr("ArchiveRoom"), location.notice);
    }
    // File › Trial archive switches between the real archive and its trial (issue #20 item 11).
    bool trial = false;
    bool firstSession = true;
    for (;;) {
        QString current = trial ? trial::pathFor(path) : path;
        const ArchiveEnd end = runArchive(app, current, trial, sinceEntry, firstSession);
        if (!trial)
            path = current; // the first-run dialog may have chosen another folder
        if (!end.switched)
            return end.code;
        trial = !trial;
        firstSession = false;
    }
}

} // namespace ar::ui
