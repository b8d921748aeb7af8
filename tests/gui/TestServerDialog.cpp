// The window's way to an archive on a PostgreSQL server (issue #24 item 2): the dialog builds the
// location from its fields (and shows a location's fields again), says what is wrong and where,
// and File › Archive on a server… opens the archive before it switches — a server that cannot be
// reached is said in the dialog, which stays open; one that can is remembered and the program
// starts again. Registered for both backends: the .pg run connects to the test server.
#include "TestSupport.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/Settings.h"
#include "ui/account/ServerDialog.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;
using gui::child;

namespace {

void fill(ServerDialog& d, const QString& host, int port, const QString& database, const QString& user)
{
    child<QLineEdit>(&d, "hostEdit")->setText(host);
    child<QSpinBox>(&d, "portSpin")->setValue(port);
    child<QLineEdit>(&d, "databaseEdit")->setText(database);
    child<QLineEdit>(&d, "userEdit")->setText(user);
}

QString errorText(ServerDialog& d)
{
    auto* label = child<QLabel>(&d, "errorLabel");
    return label->isVisibleTo(&d) ? label->text() : QString();
}

} // namespace

class TestServerDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestServerDialog"));
        MessageBox::setAutoAnswer(true, QMessageBox::Yes);
        m_translators = gui::installScreenshotTranslators();
    }
    void init() { QSettings().clear(); }
    void buildsTheLocationFromItsFields();
    void showsTheFieldsOfALocation();
    void saysWhatIsMissingAndWhere();
    void anUnreachableServerIsSaidAndNothingSwitches();
    void aReachableServerIsRememberedAndTheProgramRestarts();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

void TestServerDialog::buildsTheLocationFromItsFields()
{
    ServerDialog d;
    fill(d, QStringLiteral("archive-server"), 5433, QStringLiteral("archive"), QStringLiteral("desk1"));
    auto* mode = child<QComboBox>(&d, "sslModeCombo");
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    child<QLineEdit>(&d, "certificateEdit")->setText(QStringLiteral("/etc/archive/ca 1.crt"));
    child<QLineEdit>(&d, "passwordEdit")->setText(QStringLiteral("s3cret"));
    if (const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        QVERIFY(d.grab().save(dir + QStringLiteral("/server-dialog.png")));
    }
    d.accept();
    QCOMPARE(d.result(), int(QDialog::Accepted));
    QCOMPARE(d.location(), QStringLiteral("postgresql://desk1@archive-server:5433/archive"
                                          "?sslmode=verify-full&sslrootcert=%2Fetc%2Farchive%2Fca%201.crt"));
    // The password is handed over for this run, never part of the location.
    QCOMPARE(d.password(), QStringLiteral("s3cret"));
    QVERIFY(!d.location().contains(QStringLiteral("s3cret")));

    // A socket folder goes into ?host=, the default port is left out, an address in brackets.
    ServerDialog socket;
    fill(socket, QStringLiteral("/var/run/postgresql"), 5432, QStringLiteral("档案"), {});
    socket.accept();
    QCOMPARE(socket.location(),
             QStringLiteral("postgresql:///%E6%A1%A3%E6%A1%88?host=%2Fvar%2Frun%2Fpostgresql"));
    ServerDialog v6;
    fill(v6, QStringLiteral("fd00::20"), 5432, QStringLiteral("archive"), QStringLiteral("desk1"));
    v6.accept();
    QCOMPARE(v6.location(), QStringLiteral("postgresql://desk1@[fd00::20]/archive"));
}

void TestServerDialog::showsTheFieldsOfALocation()
{
    ServerDialog d;
    d.setLocation(QStringLiteral("postgresql://desk2@db.example:6543/company?sslmode=require"));
    QCOMPARE(child<QLineEdit>(&d, "hostEdit")->text(), QStringLiteral("db.example"));
    QCOMPARE(child<QSpinBox>(&d, "portSpin")->value(), 6543);
    QCOMPARE(child<QLineEdit>(&d, "databaseEdit")->text(), QStringLiteral("company"));
    QCOMPARE(child<QLineEdit>(&d, "userEdit")->text(), QStringLiteral("desk2"));
    QCOMPARE(child<QComboBox>(&d, "sslModeCombo")->currentData().toString(), QStringLiteral("require"));
    // And back, unchanged.
    d.accept();
    QCOMPARE(d.location(), QStringLiteral("postgresql://desk2@db.example:6543/company?sslmode=require"));
}

void TestServerDialog::saysWhatIsMissingAndWhere()
{
    ServerDialog d;
    fill(d, {}, 5432, QStringLiteral("archive"), {});
    d.accept();
    QVERIFY(d.result() != QDialog::Accepted);
    QVERIFY(errorText(d).contains(QStringLiteral("server")));
    QVERIFY(child<QLineEdit>(&d, "hostEdit")->property("invalid").toBool());

    fill(d, QStringLiteral("archive-server"), 5432, {}, {});
    d.accept();
    QVERIFY(d.result() != QDialog::Accepted);
    QVERIFY(errorText(d).contains(QStringLiteral("database")));
    QVERIFY(child<QLineEdit>(&d, "databaseEdit")->property("invalid").toBool());

    fill(d, QStringLiteral("archive-server"), 5432, QStringLiteral("archive"), {});
    auto* mode = child<QComboBox>(&d, "sslModeCombo");
    mode->setCurrentIndex(mode->findData(QStringLiteral("verify-full")));
    d.accept();
    QVERIFY(d.result() != QDialog::Accepted);
    QVERIFY(errorText(d).contains(QStringLiteral("certificate authority")));
    QVERIFY(child<QLineEdit>(&d, "certificateEdit")->property("invalid").toBool());
}

void TestServerDialog::anUnreachableServerIsSaidAndNothingSwitches()
{
    Fixture f(Role::Clerk);
    MainWindow window(*f.archive);
    int restarts = 0;
    MainWindow::setRestartHandler([&] { ++restarts; });
    QString shown;
    // No server listens in this socket folder: the dialog says so and stays; the user then goes
    // back to the archive on this computer.
    DialogRunner::setNextHandler([&](QDialog& first) {
        auto& d = static_cast<ServerDialog&>(first);
        fill(d, QStringLiteral("/nonexistent-socket-folder"), 5432, QStringLiteral("archive"),
             QStringLiteral("desk1"));
        DialogRunner::setNextHandler([&](QDialog& again) {
            shown = errorText(static_cast<ServerDialog&>(again));
            QTest::mouseClick(child<QPushButton>(&again, "thisComputerButton"), Qt::LeftButton);
        });
        d.accept();
    });
    auto* action = window.findChild<QAction*>(QStringLiteral("actionServerArchive"));
    QVERIFY(action);
    action->trigger();
    QVERIFY2(shown.contains(QStringLiteral("/nonexistent-socket-folder")), qPrintable(shown));
    QVERIFY(Settings::value(Setting::ArchivePath).toString().isEmpty());
    // The window's archive is a file: nothing changes. In the .pg run it is on a server, and
    // going back to the archive on this computer is a switch.
    QCOMPARE(restarts, onPostgres() ? 1 : 0);
    MainWindow::setRestartHandler({});
}

void TestServerDialog::aReachableServerIsRememberedAndTheProgramRestarts()
{
    if (!onPostgres())
        QSKIP("needs the PostgreSQL test server (the .pg run)");
    // An archive in a database of its own on the test server: the dialog has no field for a
    // schema, as a desk's location has none.
    const ServerLocation server = Archive::serverLocationParts(qEnvironmentVariable("ARCHIVEROOM_TEST_PG"));
    const QString database = QStringLiteral("srv_%1").arg(QCoreApplication::applicationPid());
    {
        auto admin = Archive::open(qEnvironmentVariable("ARCHIVEROOM_TEST_PG"));
        QVERIFY(admin);
        auto& db = admin.value()->database();
        QVERIFY(db.exec(QStringLiteral("DROP DATABASE IF EXISTS %1").arg(database)));
        QVERIFY(
            db.exec(QStringLiteral("CREATE DATABASE %1 ENCODING 'UTF8' TEMPLATE template0").arg(database)));
    }
    ServerLocation parts = server;
    parts.database = database;
    const auto location = Archive::serverLocation(parts);
    QVERIFY(location);
    {
        auto made = Archive::open(location.value());
        QVERIFY(made);
        QVERIFY(made.value()->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                          QStringLiteral("gate-keeper-2026")));
    }
    Fixture f(Role::Clerk);
    MainWindow window(*f.archive);
    window.show();
    int restarts = 0;
    MainWindow::setRestartHandler([&] { ++restarts; });
    DialogRunner::setNextHandler([&](QDialog& first) {
        auto& d = static_cast<ServerDialog&>(first);
        fill(d, server.host, server.port > 0 ? server.port : 5432, database, server.user);
        DialogRunner::setNextHandler([&](QDialog& again) {
            QFAIL(qPrintable(QStringLiteral("asked again: ") + errorText(static_cast<ServerDialog&>(again))));
            again.reject();
        });
        d.accept();
    });
    MessageBox::setNextAnswer(QMessageBox::Yes);
    window.findChild<QAction*>(QStringLiteral("actionServerArchive"))->trigger();
    DialogRunner::setNextHandler({});
    QCOMPARE(Settings::value(Setting::ArchivePath).toString(), location.value());
    QCOMPARE(restarts, 1);
    QVERIFY(!window.isVisible());
    MainWindow::setRestartHandler({});
}

QTEST_MAIN(TestServerDialog)
#include "TestServerDialog.moc"
