// What the start-up does before the sign-in window shows, and what it leaves until after
// (issue #23): the window icon is read without the image-format plugins, and only when a
// platform asks for it; the archive is opened once the sign-in window is up (or when someone
// signs in before that), and an archive that cannot be opened or has no administrator yet still
// gets its message or the first run.
#include "TestSupport.h"
#include "Typing.h"

#include "storage/Database.h"
#include "storage/Migrator.h"
#include "ui/GuiMain.h"
#include "ui/MainWindow.h"
#include "ui/account/FirstRunDialog.h"
#include "ui/account/SignInDialog.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QFile>
#include <QLineEdit>
#include <QPixmap>
#include <QPushButton>
#include <QSqlDatabase>
#include <QTest>
#include <QTimer>

#include <functional>

using namespace ar;
using namespace ar::test::gui;

namespace {

// Whether a library whose path contains `part` is mapped into this process.
bool mapped(const QByteArray& part)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    if (!maps.open(QIODevice::ReadOnly))
        return false;
    return maps.readAll().contains(part);
}

// Calls `onShow` for every window of type T as it is shown (before its first paint), and counts
// the database connections open at that moment.
template <typename T> class ShowWatch : public QObject
{
public:
    explicit ShowWatch(std::function<void(T*)> onShow) : m_onShow(std::move(onShow))
    {
        qApp->installEventFilter(this);
    }
    ~ShowWatch() override { qApp->removeEventFilter(this); }
    int shown = 0;
    QList<int> connectionsAtShow;

protected:
    bool eventFilter(QObject* o, QEvent* e) override
    {
        if (e->type() == QEvent::Show) {
            if (auto* w = qobject_cast<T*>(o)) {
                ++shown;
                connectionsAtShow << QSqlDatabase::connectionNames().size();
                if (m_onShow)
                    m_onShow(w);
            }
        }
        return false;
    }

private:
    std::function<void(T*)> m_onShow;
};

// Runs the program's window loop; a loop stuck for 30 s fails the test.
int runGuiGuarded()
{
    QTimer watchdog;
    watchdog.setSingleShot(true);
    QObject::connect(&watchdog, &QTimer::timeout, [] { qFatal("the window loop did not end"); });
    watchdog.start(30000);
    return ui::runGui(*qApp);
}

void signInAs(ui::SignInDialog* d, const QString& login, const QString& password)
{
    retype(child<QLineEdit>(d, "loginEdit"), login);
    QTest::keyClicks(child<QLineEdit>(d, "passwordEdit"), password);
    QTest::mouseClick(child<QPushButton>(d, "signInButton"), Qt::LeftButton);
}

} // namespace

class TestStartup : public QObject
{
    Q_OBJECT

private slots:
    // First: nothing else in this process has read an image yet.
    void windowIcon_readsNoImageFormatPlugin();
    void init();
    void signInDialog_asksForTheArchiveOnlyWhenSigningIn();
    void runGui_showsTheSignInWindowBeforeOpeningTheArchive();
    void runGui_aNewerArchiveStillSaysSo();
    void runGui_anArchiveWithoutAdministratorGoesToTheFirstRun();
};

void TestStartup::init()
{
    qputenv("ARCHIVEROOM_LANG", "en");
    ui::MessageBox::setAutoAnswer(true, QMessageBox::Ok);
    ui::MessageBox::resetRecord();
}

void TestStartup::windowIcon_readsNoImageFormatPlugin()
{
    if (!QFile::exists(QStringLiteral("/proc/self/maps")))
        QSKIP("needs /proc/self/maps");
    QVERIFY(!mapped("/imageformats/"));
    const QIcon icon = ui::appIcon();
    QVERIFY(!icon.isNull());
    // The sizes are known before any file is read (what the X11 platform asks for first).
    QCOMPARE(icon.availableSizes().size(), 7);
    QVERIFY(icon.availableSizes().contains(QSize(256, 256)));
    // Each size comes from its own file; between two sizes the larger is scaled down.
    for (int size : {16, 32, 48, 256}) {
        const QPixmap p = icon.pixmap(QSize(size, size), qreal(1));
        QVERIFY(!p.isNull());
        QCOMPARE(p.size(), QSize(size, size));
    }
    QCOMPARE(icon.pixmap(QSize(40, 40), qreal(1)).size(), QSize(40, 40));
    QVERIFY(!icon.pixmap(QSize(32, 32), qreal(1), QIcon::Disabled).isNull());
    // Read by Qt's own PNG reader: no gif, ico or jpeg plugin (nor libjpeg) was loaded for it.
    QVERIFY2(!mapped("/imageformats/"), "an image-format plugin was loaded for the window icon");
}

// The dialog given a way to open the archive asks for it at the sign-in, not before; an archive
// that cannot be had ends the dialog with Unavailable, for the caller to say why.
void TestStartup::signInDialog_asksForTheArchiveOnlyWhenSigningIn()
{
    test::Fixture f(Role::Clerk);
    f.archive->accounts().signOut();
    int asked = 0;
    {
        ui::SignInDialog dialog([&]() -> Archive* {
            ++asked;
            return f.archive.get();
        });
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QCOMPARE(asked, 0);
        signInAs(&dialog, QStringLiteral("clerk1"), QStringLiteral("desk-pass-123"));
        QCOMPARE(asked, 1);
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QCOMPARE(dialog.user().login, QStringLiteral("clerk1"));
    }
    {
        ui::SignInDialog dialog([]() -> Archive* { return nullptr; });
        dialog.show();
        signInAs(&dialog, QStringLiteral("clerk1"), QStringLiteral("desk-pass-123"));
        QCOMPARE(dialog.result(), ui::SignInDialog::Unavailable);
        QVERIFY(!dialog.isVisible());
    }
}

// Issue #23: the sign-in window of an existing archive is shown before the archive is opened
// (no database connection yet); signing in opens it, and the session runs as before.
void TestStartup::runGui_showsTheSignInWindowBeforeOpeningTheArchive()
{
    test::Fixture f(Role::Clerk);
    const QString path = f.dbPath();
    f.archive.reset(); // the window opens the file itself
    QCOMPARE(QSqlDatabase::connectionNames().size(), 0);
    qputenv("ARCHIVEROOM_DB", path.toUtf8());

    int n = 0;
    ShowWatch<ui::SignInDialog> signIns([&n](ui::SignInDialog* d) {
        // The first time, signed in at once (perhaps before the archive has opened by itself);
        // the second time, after the sign-out, quit.
        if (n++ == 0)
            QTimer::singleShot(
                0, d, [d] { signInAs(d, QStringLiteral("clerk1"), QStringLiteral("desk-pass-123")); });
        else
            QTimer::singleShot(
                0, d, [d] { QTest::mouseClick(child<QPushButton>(d, "cancelButton"), Qt::LeftButton); });
    });
    ShowWatch<ui::MainWindow> windows(
        [](ui::MainWindow* w) { QTimer::singleShot(0, w, [w] { emit w->signOutRequested(); }); });
    QCOMPARE(runGuiGuarded(), 0);
    QCOMPARE(signIns.shown, 2);
    QCOMPARE(windows.shown, 1);
    QCOMPARE(signIns.connectionsAtShow.first(), 0);
    QCOMPARE(ui::MessageBox::count(), 0);
}

// A file of a newer version of the program: the sign-in window shows, the opening after it
// fails, and the same message as before says why; the program ends with 1.
void TestStartup::runGui_aNewerArchiveStillSaysSo()
{
    test::Fixture f(Role::Clerk);
    if (Archive::isServerLocation(f.dbPath()))
        QSKIP("an archive file on this computer");
    const QString path = f.dbPath();
    f.archive.reset();
    {
        auto db = Database::open(path);
        QVERIFY(db);
        QVERIFY(
            db.value()->exec(QStringLiteral("PRAGMA user_version = %1").arg(Migrator::latestVersion() + 1)));
    }
    qputenv("ARCHIVEROOM_DB", path.toUtf8());
    ShowWatch<ui::SignInDialog> signIns(nullptr);
    QCOMPARE(runGuiGuarded(), 1);
    QCOMPARE(signIns.shown, 1);
    QCOMPARE(ui::MessageBox::count(), 1);
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("cannot be opened")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("newer")),
             qPrintable(ui::MessageBox::lastText()));
    QVERIFY2(ui::MessageBox::lastText().contains(path), qPrintable(ui::MessageBox::lastText()));
}

// An archive file that exists but has no administrator (its first run was left unfinished):
// after the sign-in window, the first-run dialog, as before.
void TestStartup::runGui_anArchiveWithoutAdministratorGoesToTheFirstRun()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("unfinished.db"));
    QVERIFY(Archive::open(path));
    QVERIFY(QFile::exists(path));
    qputenv("ARCHIVEROOM_DB", path.toUtf8());
    ShowWatch<ui::SignInDialog> signIns(nullptr);
    ShowWatch<ui::FirstRunDialog> firstRuns(
        [](ui::FirstRunDialog* d) { QTimer::singleShot(0, d, [d] { d->reject(); }); });
    QCOMPARE(runGuiGuarded(), 0);
    QCOMPARE(firstRuns.shown, 1);
    QCOMPARE(ui::MessageBox::count(), 0);
    // The file stays where it was (it existed before this start).
    QVERIFY(QFile::exists(path));
}

QTEST_MAIN(TestStartup)
#include "TestStartup.moc"
