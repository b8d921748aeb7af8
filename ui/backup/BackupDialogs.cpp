#include "ui/backup/BackupDialogs.h"

#include "services/BackupService.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

namespace ar::ui {

namespace {

QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const std::function<QString()>& browse)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QPushButton(QCoreApplication::translate("ar::ui::BackupDialogs", "Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, edit, [edit, browse] {
        const QString chosen = browse();
        if (!chosen.isEmpty())
            edit->setText(chosen);
    });
    layout->addWidget(button);
    return row;
}

QDialogButtonBox* buttons(QDialog* d, const QString& okText)
{
    auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, d);
    box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, d, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, d, &QDialog::reject);
    return box;
}

} // namespace

BackupDialog::BackupDialog(const QString& suggested, QWidget* parent)
    : QDialog(parent), m_file(new QLineEdit(this))
{
    setObjectName(QStringLiteral("BackupDialog"));
    setWindowTitle(tr("Back up the archive"));
    m_file->setObjectName(QStringLiteral("fileEdit"));
    m_file->setText(suggested);
    m_file->setMinimumWidth(420);
    auto* form = new QFormLayout(this);
    auto* note =
        new QLabel(tr("One encrypted file with the whole archive: the database and the scans. Keep it on "
                      "another disk or a USB stick. It opens with the password of an administrator or "
                      "archive clerk, or with the recovery key."),
                   this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Backup &file:"), withBrowse(m_file, this, [this] {
                     return QFileDialog::getSaveFileName(this, tr("Back up the archive"), m_file->text(),
                                                         tr("ArchiveRoom backups (*.arbackup)"));
                 }));
    form->addRow(buttons(this, tr("&Back up")));
}

QString BackupDialog::file() const
{
    return m_file->text().trimmed();
}

RestoreDialog::RestoreDialog(const QString& login, const QString& suggestedTarget, QWidget* parent,
                             Purpose purpose)
    : QDialog(parent), m_backup(new QLineEdit(this)), m_manifest(new QLabel(this)),
      m_login(new QLineEdit(this)), m_password(new QLineEdit(this)), m_recovery(new QLineEdit(this)),
      m_target(new QLineEdit(this)),
      m_switch(new QCheckBox(tr("&Switch to the restored archive (the current one is kept as it is)"), this))
{
    const bool restoring = purpose == Purpose::Restore;
    setObjectName(restoring ? QStringLiteral("RestoreDialog") : QStringLiteral("CheckBackupDialog"));
    setWindowTitle(restoring ? tr("Restore from a backup") : tr("Check a backup"));
    m_backup->setObjectName(QStringLiteral("backupEdit"));
    m_manifest->setObjectName(QStringLiteral("manifestLabel"));
    m_manifest->setWordWrap(true);
    m_login->setObjectName(QStringLiteral("loginEdit"));
    m_login->setText(login);
    m_password->setObjectName(QStringLiteral("passwordEdit"));
    m_password->setEchoMode(QLineEdit::Password);
    m_recovery->setObjectName(QStringLiteral("recoveryEdit"));
    m_recovery->setPlaceholderText(tr("instead of a password: XXXX-XXXX-…"));
    m_target->setObjectName(QStringLiteral("targetEdit"));
    m_target->setText(suggestedTarget);
    m_target->setMinimumWidth(420);
    m_switch->setObjectName(QStringLiteral("switchCheck"));
    m_switch->setChecked(true);
    auto* form = new QFormLayout(this);
    auto* note = new QLabel(
        restoring ? tr("The backup is checked completely and written into a new archive file; the archive "
                       "in use is never overwritten. An administrator's password of the time of the backup, "
                       "or the recovery key, opens it.")
                  : tr("The backup is read completely, as a restore would read it: every part against its "
                       "checksum, the database and its audit trail. Nothing is written. The password of an "
                       "account of the time of the backup, or the recovery key, opens it."),
        this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("&Backup:"), withBrowse(m_backup, this, [this] {
                     return QFileDialog::getOpenFileName(this, windowTitle(), m_backup->text(),
                                                         tr("ArchiveRoom backups (*.arbackup)"));
                 }));
    form->addRow(QString(), m_manifest);
    form->addRow(tr("&Login:"), m_login);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("or recovery &key:"), m_recovery);
    if (restoring) {
        form->addRow(tr("New &archive file:"), withBrowse(m_target, this, [this] {
                         return QFileDialog::getSaveFileName(this, tr("New archive file"), m_target->text(),
                                                             tr("ArchiveRoom archives (*.db)"));
                     }));
        form->addRow(m_switch);
    } else {
        m_target->hide();
        m_switch->hide();
    }
    form->addRow(buttons(this, restoring ? tr("&Restore") : tr("&Check")));
    connect(m_backup, &QLineEdit::textChanged, this, &RestoreDialog::showManifest);
}

void RestoreDialog::showManifest()
{
    auto m = BackupService::readManifest(backupFile());
    if (!m) {
        m_manifest->setText(backupFile().isEmpty() ? QString() : m.error().message);
        return;
    }
    m_manifest->setText(tr("Made %1 by %2: %3 persons, %4 dossiers, %5 scans")
                            .arg(QDateTime::fromString(m->createdAt, Qt::ISODate)
                                     .toLocalTime()
                                     .toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                 m->createdBy)
                            .arg(m->persons)
                            .arg(m->dossiers)
                            .arg(m->scans));
}

QString RestoreDialog::backupFile() const
{
    return m_backup->text().trimmed();
}
QString RestoreDialog::login() const
{
    return m_login->text().trimmed();
}
QString RestoreDialog::password() const
{
    return m_password->text();
}
QString RestoreDialog::recoveryKey() const
{
    return m_recovery->text().trimmed();
}
QString RestoreDialog::target() const
{
    return m_target->text().trimmed();
}
bool RestoreDialog::switchAfterwards() const
{
    return m_switch->isChecked();
}

BackupSettingsDialog::BackupSettingsDialog(const BackupSettings& current, QWidget* parent)
    : QDialog(parent), m_folder(new QLineEdit(this)), m_interval(new QSpinBox(this)),
      m_daily(new QSpinBox(this)), m_weekly(new QSpinBox(this)), m_monthly(new QSpinBox(this))
{
    setObjectName(QStringLiteral("BackupSettingsDialog"));
    setWindowTitle(tr("Backup settings"));
    m_folder->setObjectName(QStringLiteral("folderEdit"));
    m_folder->setText(current.folder);
    m_folder->setPlaceholderText(tr("empty: no automatic backups"));
    m_folder->setMinimumWidth(420);
    m_interval->setObjectName(QStringLiteral("intervalSpin"));
    m_interval->setRange(1, 24 * 366);
    m_interval->setSuffix(tr(" hours"));
    m_interval->setValue(current.intervalHours);
    for (auto [spin, name, value] : {std::tuple{m_daily, "dailySpin", current.keep.daily},
                                     std::tuple{m_weekly, "weeklySpin", current.keep.weekly},
                                     std::tuple{m_monthly, "monthlySpin", current.keep.monthly}}) {
        spin->setObjectName(QString::fromLatin1(name));
        spin->setRange(0, 1000);
        spin->setValue(value);
    }
    m_daily->setMinimum(1);
    auto* form = new QFormLayout(this);
    auto* note =
        new QLabel(tr("ArchiveRoom backs up into this folder at the first sign-in of each day and when the "
                      "window is closed after changes. Choose a second disk or a USB stick, not the disk of "
                      "the archive."),
                   this);
    note->setWordWrap(true);
    form->addRow(note);
    form->addRow(tr("Backup &folder:"), withBrowse(m_folder, this, [this] {
                     return QFileDialog::getExistingDirectory(this, tr("Backup folder"), m_folder->text());
                 }));
    form->addRow(tr("&Warn when the last backup is older than:"), m_interval);
    form->addRow(tr("Keep &daily backups:"), m_daily);
    form->addRow(tr("Keep wee&kly backups:"), m_weekly);
    form->addRow(tr("Keep &monthly backups:"), m_monthly);
    form->addRow(buttons(this, tr("&Save")));
}

BackupSettings BackupSettingsDialog::settings() const
{
    BackupSettings s;
    s.folder = m_folder->text().trimmed();
    s.intervalHours = m_interval->value();
    s.keep = BackupKeep{m_daily->value(), m_weekly->value(), m_monthly->value()};
    return s;
}

} // namespace ar::ui
