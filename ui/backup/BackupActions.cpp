#include "ui/backup/BackupActions.h"

#include "services/Archive.h"
#include "ui/Settings.h"
#include "ui/backup/BackupDialogs.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QProcess>
#include <QProgressDialog>

namespace ar::ui {

namespace {

// A modal progress dialog with cancel, driven by the service's progress callback.
class Progress
{
public:
    Progress(QWidget* parent, const QString& text)
        : m_dialog(text, BackupActions::tr("Cancel"), 0, 1000, parent)
    {
        m_dialog.setObjectName(QStringLiteral("backupProgress"));
        m_dialog.setWindowModality(Qt::WindowModal);
        m_dialog.setMinimumDuration(300);
        m_dialog.setAutoClose(false);
        m_dialog.setAutoReset(false);
    }
    BackupProgress callback()
    {
        return [this](qint64 done, qint64 total) {
            m_dialog.setValue(total > 0 ? int(done * 1000 / total) : 0);
            QCoreApplication::processEvents();
            return !m_dialog.wasCanceled();
        };
    }

private:
    QProgressDialog m_dialog;
};

// What opens the backup: the recovery key when one was typed, else the login and password.
BackupSecret secretOf(const RestoreDialog& dialog)
{
    BackupSecret secret;
    if (dialog.recoveryKey().isEmpty()) {
        secret.login = dialog.login();
        secret.password = dialog.password();
    } else {
        secret.recoveryKey = dialog.recoveryKey();
    }
    return secret;
}

QString sizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes);
}

} // namespace

BackupActions::BackupActions(Archive& archive, QWidget* dialogParent)
    : QObject(dialogParent), m_archive(archive), m_parent(dialogParent),
      m_backUp(new QAction(tr("&Back up…"), this)), m_check(new QAction(tr("&Check a backup…"), this)),
      m_restore(new QAction(tr("&Restore from backup…"), this)),
      m_settings(new QAction(tr("Backup &settings…"), this))
{
    m_backUp->setObjectName(QStringLiteral("actionBackUp"));
    m_check->setObjectName(QStringLiteral("actionCheckBackup"));
    m_restore->setObjectName(QStringLiteral("actionRestore"));
    m_settings->setObjectName(QStringLiteral("actionBackupSettings"));
    const Archive& c = m_archive;
    m_backUp->setVisible(c.can(Permission::CreateBackup));
    // Whoever makes or restores backups checks them (a restore test without restoring).
    m_check->setVisible(c.can(Permission::CreateBackup) || c.can(Permission::RestoreBackup));
    m_restore->setVisible(c.can(Permission::RestoreBackup));
    m_settings->setVisible(c.can(Permission::RestoreBackup));
    connect(m_backUp, &QAction::triggered, this, &BackupActions::onBackUp);
    connect(m_check, &QAction::triggered, this, &BackupActions::onCheck);
    connect(m_restore, &QAction::triggered, this, &BackupActions::onRestore);
    connect(m_settings, &QAction::triggered, this, &BackupActions::onSettings);
    m_headSeen = auditHead();
}

void BackupActions::fillMenu(QMenu* file, QAction* before) const
{
    file->insertActions(before, {m_backUp, m_check, m_restore, m_settings});
    file->insertSeparator(before);
}

QString BackupActions::auditHead() const
{
    auto mark = m_archive.audit().changeMark();
    return mark ? mark.value() : QString();
}

QString BackupActions::warning() const
{
    auto overdue = m_archive.backups().overdue();
    if (!overdue || !overdue.value())
        return {};
    auto last = m_archive.backups().lastBackup();
    auto s = m_archive.backups().settings();
    if (!last || !s)
        return {};
    if (!last->isValid())
        return tr("There is no backup of this archive yet. Back up now: File › Back up…");
    const qint64 hours = last->secsTo(m_archive.clock().now()) / 3600;
    return tr("The last backup is %1 days %2 hours old (made %3); backups are due every %4 hours. "
              "Is the backup disk connected?")
        .arg(hours / 24)
        .arg(hours % 24)
        .arg(last->toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")))
        .arg(s->intervalHours);
}

QDockWidget* BackupActions::addWarningTo(QMainWindow* window)
{
    const auto& user = m_archive.user();
    if (!user || (user->role != Role::Admin && user->role != Role::Manager))
        return nullptr;
    const QString text = warning();
    if (text.isEmpty())
        return nullptr;
    auto* dock = new QDockWidget(tr("Backup"), window);
    dock->setObjectName(QStringLiteral("backupDock"));
    m_warning = new QLabel(text, dock);
    m_warning->setObjectName(QStringLiteral("backupWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b02020; padding: 6px;"));
    dock->setWidget(m_warning);
    window->addDockWidget(Qt::RightDockWidgetArea, dock);
    return dock;
}

void BackupActions::refreshWarning()
{
    if (!m_warning)
        return;
    const QString text = warning();
    m_warning->setText(text.isEmpty() ? tr("The archive is backed up.") : text);
    m_warning->setStyleSheet(text.isEmpty() ? QStringLiteral("padding: 6px;")
                                            : QStringLiteral("color: #b02020; padding: 6px;"));
}

bool BackupActions::runInFolder(const QString& why)
{
    if (m_archive.isReadOnly()) // a copy looked up read-only is not the archive to back up
        return false;
    auto s = m_archive.backups().settings();
    if (!s || s->folder.isEmpty() || !m_archive.can(Permission::CreateBackup))
        return false;
    Progress progress(m_parent, why);
    auto r = m_archive.backups().createInFolder(s->folder, s->keep, progress.callback());
    if (!r) {
        MessageBox::warning(m_parent, tr("Backup"),
                            tr("The automatic backup into %1 failed: %2")
                                .arg(QDir::toNativeSeparators(s->folder), r.error().message));
        refreshWarning();
        return false;
    }
    m_headSeen = auditHead();
    refreshWarning();
    return true;
}

bool BackupActions::backUpIfFirstToday()
{
    auto last = m_archive.backups().lastBackup();
    if (!last)
        return false;
    if (last->isValid() && last->toLocalTime().date() == m_archive.clock().now().toLocalTime().date())
        return false;
    return runInFolder(tr("Daily backup of the archive…"));
}

bool BackupActions::backUpIfChanged()
{
    if (auditHead() == m_headSeen)
        return false;
    return runInFolder(tr("Backing up the changes of this session…"));
}

void BackupActions::onBackUp()
{
    auto s = m_archive.backups().settings();
    const QString folder = s && !s->folder.isEmpty() ? s->folder : QDir::homePath();
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("archiveroom-%1.arbackup")
            .arg(m_archive.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    BackupDialog dialog(suggested, m_parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    Progress progress(m_parent, tr("Backing up the archive…"));
    auto r = m_archive.backups().create(dialog.file(), progress.callback());
    if (!r) {
        MessageBox::warning(m_parent, tr("Backup"), r.error().message);
        return;
    }
    m_headSeen = auditHead();
    refreshWarning();
    MessageBox::information(m_parent, tr("Backup"),
                            tr("The backup %1 (%2) holds %3 persons, %4 dossiers and %5 scans.")
                                .arg(QDir::toNativeSeparators(r->file), sizeText(r->bytes))
                                .arg(r->manifest.persons)
                                .arg(r->manifest.dossiers)
                                .arg(r->manifest.scans));
}

void BackupActions::onCheck()
{
    const auto& user = m_archive.user();
    RestoreDialog dialog(user ? user->login : QString(), {}, m_parent, RestoreDialog::Purpose::Check);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const BackupSecret secret = secretOf(dialog);
    // The trail of the archive in use keeps every check, good or bad (R46).
    auto r = [&] {
        Progress progress(m_parent, tr("Checking the backup…"));
        return m_archive.backups().check(dialog.backupFile(), secret, progress.callback());
    }();
    if (!r) {
        MessageBox::warning(m_parent, tr("Check a backup"), r.error().message);
        return;
    }
    if (!r->ok) {
        MessageBox::warning(m_parent, tr("Check a backup"),
                            tr("The check of the backup %1 failed: %2")
                                .arg(QDir::toNativeSeparators(dialog.backupFile()), r->problem));
        return;
    }
    MessageBox::information(
        m_parent, tr("Check a backup"),
        tr("The backup %1 is complete and can be restored: made %2 by %3, with %4 persons, %5 dossiers "
           "and %6 scans; its audit trail verifies.")
            .arg(QDir::toNativeSeparators(dialog.backupFile()),
                 QDateTime::fromString(r->manifest.createdAt, Qt::ISODate)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 r->manifest.createdBy)
            .arg(r->manifest.persons)
            .arg(r->manifest.dossiers)
            .arg(r->manifest.scans));
}

void BackupActions::onRestore()
{
    const QFileInfo current(m_archive.path());
    const QString suggested = current.absoluteDir().filePath(
        QStringLiteral("archiveroom-restored-%1.db")
            .arg(m_archive.clock().now().toLocalTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const auto& user = m_archive.user();
    RestoreDialog dialog(user ? user->login : QString(), suggested, m_parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    const BackupSecret secret = secretOf(dialog);
    Progress progress(m_parent, tr("Checking and restoring the backup…"));
    auto r = BackupService::restore(dialog.backupFile(), secret, dialog.target(), m_archive.clock(),
                                    m_archive.path(), progress.callback());
    if (!r) {
        MessageBox::warning(m_parent, tr("Restore from a backup"), r.error().message);
        return;
    }
    // The archive in use records it too; the restored one already has its own record.
    if (auto recorded = m_archive.backups().recordRestore(dialog.backupFile(), r->file); !recorded)
        MessageBox::warning(m_parent, tr("Restore from a backup"), recorded.error().message);
    const QString done =
        tr("The backup of %1 was restored into the new archive %2 (%3 persons, %4 dossiers, %5 "
           "scans). The archive in use, %6, is kept as it was.")
            .arg(QDateTime::fromString(r->manifest.createdAt, Qt::ISODate)
                     .toLocalTime()
                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                 QDir::toNativeSeparators(r->file))
            .arg(r->manifest.persons)
            .arg(r->manifest.dossiers)
            .arg(r->manifest.scans)
            .arg(QDir::toNativeSeparators(current.absoluteFilePath()));
    if (!dialog.switchAfterwards()) {
        MessageBox::information(m_parent, tr("Restore from a backup"), done);
        return;
    }
    MessageBox::information(m_parent, tr("Restore from a backup"),
                            done + QLatin1Char('\n') +
                                tr("ArchiveRoom now starts again with the restored archive."));
    Settings::setValue(Setting::ArchivePath, r->file);
    QProcess restart;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("ARCHIVEROOM_DB"));
    restart.setProcessEnvironment(env);
    restart.setProgram(QCoreApplication::applicationFilePath());
    restart.startDetached();
    QCoreApplication::exit(0);
}

void BackupActions::onSettings()
{
    auto current = m_archive.backups().settings();
    if (!current) {
        MessageBox::warning(m_parent, tr("Backup settings"), current.error().message);
        return;
    }
    BackupSettingsDialog dialog(current.value(), m_parent);
    if (DialogRunner::exec(dialog) != QDialog::Accepted)
        return;
    if (auto s = m_archive.backups().setSettings(dialog.settings()); !s) {
        MessageBox::warning(m_parent, tr("Backup settings"), s.error().message);
        return;
    }
    refreshWarning();
}

} // namespace ar::ui
