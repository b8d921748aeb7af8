// Backups in the window (R46): the 文件 menu's entries by role, the settings dialog, a backup by
// hand, the automatic backup at the first sign-in of the day and the start-screen warning.
#include "TestSupport.h"

#include "ui/MainWindow.h"
#include "ui/backup/BackupActions.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QLabel>
#include <QLineEdit>
#include <QSettings>
#include <QTest>

using namespace ar;
using namespace ar::test;

class TestBackupWindow : public QObject
{
    Q_OBJECT

    static QAction* action(QWidget& w, const char* name)
    {
        return w.findChild<QAction*>(QLatin1String(name));
    }
    static QStringList backupsIn(const QString& dir)
    {
        return QDir(dir).entryList({QStringLiteral("archiveroom-*.arbackup")}, QDir::Files);
    }

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestBackupWindow"));
        ui::MessageBox::setAutoAnswer(true, QMessageBox::Yes);
        QSettings().clear();
    }

    // Issue #18: an archive opened read-only says so in the title and a banner, signing in
    // works, and a change is refused with the one message; the archive in use has neither.
    void R46_readOnlyArchiveSaysSoAndRefusesChanges()
    {
        Fixture f(Role::Admin);
        {
            ui::MainWindow w(*f.archive);
            QVERIFY(!w.windowTitle().contains(QStringLiteral("read-only")));
            QVERIFY(!w.findChild<QLabel*>(QStringLiteral("readOnlyBanner")));
        }
        const QString path = f.dbPath();
        f.archive.reset(); // the desk closed it
        auto ro = Archive::open(path, &f.clock, Database::Access::ReadOnly);
        QVERIFY2(ro.ok(), ro.ok() ? "" : qPrintable(ro.error().message));
        QVERIFY(ro.value()->isReadOnly());
        QVERIFY(!ro.value()->accounts().signIn(QStringLiteral("admin"), QStringLiteral("wrong")).ok());
        auto admin = ro.value()->accounts().signIn(QStringLiteral("admin"), QStringLiteral("gate-keeper-2026"));
        QVERIFY2(admin.ok(), admin.ok() ? "" : qPrintable(admin.error().message));
        ui::MainWindow w(*ro.value());
        QVERIFY2(w.windowTitle().contains(QStringLiteral("read-only")), qPrintable(w.windowTitle()));
        auto* banner = w.findChild<QLabel*>(QStringLiteral("readOnlyBanner"));
        QVERIFY(banner);
        QVERIFY(banner->text().contains(QStringLiteral("read-only")));
        Estate e;
        e.code = QStringLiteral("HY");
        e.name = QStringLiteral("华苑小区");
        auto added = ro.value()->estate().addEstate(e);
        QVERIFY(!added.ok());
        QCOMPARE(added.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(added.error().message, Database::readOnlyError().message);
    }

    void R46_menuEntriesByRole()
    {
        Fixture f(Role::Admin);
        {
            ui::MainWindow w(*f.archive);
            for (const char* name :
                 {"actionBackUp", "actionCheckBackup", "actionRestore", "actionBackupSettings"}) {
                QVERIFY2(action(w, name), name);
                QVERIFY2(action(w, name)->isVisible(), name);
            }
        }
        f.becomeRole(Role::Clerk);
        {
            ui::MainWindow w(*f.archive);
            QVERIFY(action(w, "actionBackUp")->isVisible()); // clerks may take a backup
            QVERIFY(action(w, "actionCheckBackup")->isVisible()); // and check one
            QVERIFY(!action(w, "actionRestore")->isVisible());
            QVERIFY(!action(w, "actionBackupSettings")->isVisible());
        }
        f.becomeRole(Role::Staff);
        {
            ui::MainWindow w(*f.archive);
            QVERIFY(!action(w, "actionBackUp")->isVisible());
            QVERIFY(!action(w, "actionCheckBackup")->isVisible());
            QVERIFY(!action(w, "actionRestore")->isVisible());
        }
    }

    // 检查备份…: the backup is read as a restore would read it, the user is told what was found,
    // and the archive in use keeps the check in its trail, a good one and a failed one alike.
    void R46_checkingABackupFromTheWindowIsRecorded()
    {
        Fixture f(Role::Clerk);
        const QString file = f.dir.filePath(QStringLiteral("checked.arbackup"));
        QVERIFY(f.archive->backups().create(file).ok());
        const auto checks = [&f] {
            AuditService::Filter filter;
            filter.action = QStringLiteral("backup_verify");
            auto l = f.archive->audit().list(filter);
            return l ? l.value() : QList<AuditEntry>{};
        };
        QCOMPARE(checks().size(), 0);
        const auto checkWith = [&](const QString& password) {
            ui::MainWindow w(*f.archive);
            ui::DialogRunner::setNextHandler([&file, &password](QDialog& d) {
                QCOMPARE(d.objectName(), QStringLiteral("CheckBackupDialog"));
                QVERIFY(!d.findChild<QLineEdit*>(QStringLiteral("targetEdit"))->isVisibleTo(&d));
                d.findChild<QLineEdit*>(QStringLiteral("backupEdit"))->setText(file);
                d.findChild<QLineEdit*>(QStringLiteral("passwordEdit"))->setText(password);
                d.accept();
            });
            ui::MessageBox::resetRecord();
            action(w, "actionCheckBackup")->trigger();
        };
        checkWith(QStringLiteral("desk-pass-123"));
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("complete and can be restored")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(checks().size(), 1);
        QVERIFY2(checks().first().record.detail.contains(QStringLiteral("\"ok\":true")),
                 qPrintable(checks().first().record.detail));
        QCOMPARE(checks().first().record.userId, f.user.id);

        // One byte changed in the middle of the file: the check fails, says why, and is kept too.
        {
            QFile changed(file);
            QVERIFY(changed.open(QIODevice::ReadWrite));
            const qint64 at = changed.size() / 2;
            QVERIFY(changed.seek(at));
            char byte = 0;
            QVERIFY(changed.getChar(&byte));
            QVERIFY(changed.seek(at));
            QVERIFY(changed.putChar(char(byte ^ 0x5a)));
        }
        checkWith(QStringLiteral("desk-pass-123"));
        QVERIFY2(ui::MessageBox::lastText().contains(QStringLiteral("failed")),
                 qPrintable(ui::MessageBox::lastText()));
        QCOMPARE(checks().size(), 2);
        QVERIFY2(checks().last().record.detail.contains(QStringLiteral("\"ok\":false")),
                 qPrintable(checks().last().record.detail));
        QVERIFY(!checks().last().record.reason.isEmpty());
    }

    void R46_settingsBackupByHandAndTheWarning()
    {
        Fixture f(Role::Admin);
        const QString folder = f.dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(folder));
        {
            ui::MainWindow w(*f.archive);
            QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("backupDock"))); // no folder set: no warning
            ui::DialogRunner::setNextHandler([&folder](QDialog& d) {
                d.findChild<QLineEdit*>(QStringLiteral("folderEdit"))->setText(folder);
                d.accept();
            });
            action(w, "actionBackupSettings")->trigger();
        }
        QCOMPARE(f.archive->backups().settings()->folder, QFileInfo(folder).absoluteFilePath());
        // A manager signing in sees that there is no backup yet.
        f.becomeRole(Role::Manager);
        {
            ui::MainWindow w(*f.archive);
            auto* label = w.findChild<QLabel*>(QStringLiteral("backupWarning"));
            QVERIFY(label);
            QVERIFY2(label->text().contains(QStringLiteral("no backup")), qPrintable(label->text()));
        }
        // The administrator backs up by hand; the warning is gone.
        f.archive->context().setUser(f.admin);
        const QString file = f.dir.filePath(QStringLiteral("by-hand.arbackup"));
        {
            ui::MainWindow w(*f.archive);
            ui::DialogRunner::setNextHandler([&file](QDialog& d) {
                d.findChild<QLineEdit*>(QStringLiteral("fileEdit"))->setText(file);
                d.accept();
            });
            action(w, "actionBackUp")->trigger();
        }
        QVERIFY(QFileInfo(file).size() > 1000);
        f.becomeRole(Role::Manager, QStringLiteral("manager2"));
        {
            ui::MainWindow w(*f.archive);
            QVERIFY(!w.findChild<QDockWidget*>(QStringLiteral("backupDock")));
        }
    }

    void R46_firstSignInOfTheDayBacksUpIntoTheFolder()
    {
        Fixture f(Role::Admin);
        const QString folder = f.dir.filePath(QStringLiteral("usb"));
        QVERIFY(QDir().mkpath(folder));
        BackupSettings s;
        s.folder = folder;
        QVERIFY(f.archive->backups().setSettings(s));
        {
            ui::MainWindow w(*f.archive);
            QTRY_COMPARE(backupsIn(folder).size(), 1);
        }
        // The same day again: no second backup at sign-in; nothing changed: none on closing.
        {
            ui::MainWindow w(*f.archive);
            QTest::qWait(50);
            w.close();
            QCOMPARE(backupsIn(folder).size(), 1);
        }
        // Something written in the session: a backup on closing (the day's newest replaces the other).
        auto backupsWritten = [&f] {
            AuditService::Filter filter;
            filter.action = QStringLiteral("backup");
            return f.archive->audit().list(filter)->size();
        };
        QCOMPARE(backupsWritten(), 1);
        {
            ui::MainWindow w(*f.archive);
            QTest::qWait(50);
            QVERIFY(
                f.archive->estate().addEstate(Estate{0, QStringLiteral("XY"), QStringLiteral("新苑"), {}}));
            w.close();
        }
        QCOMPARE(backupsWritten(), 2);
        QCOMPARE(backupsIn(folder).size(), 1);
        // The next day, the first sign-in backs up again.
        f.clock.advanceSecs(24 * 3600);
        {
            ui::MainWindow w(*f.archive);
            QTRY_COMPARE(backupsIn(folder).size(), 2);
        }
    }
};

QTEST_MAIN(TestBackupWindow)
#include "TestBackupWindow.moc"
