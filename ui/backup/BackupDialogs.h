#pragma once

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace ar {
class Archive;
struct BackupSettings;
} // namespace ar

namespace ar::ui {

// 备份…: where the backup file goes.
class BackupDialog : public QDialog
{
    Q_OBJECT
public:
    BackupDialog(const QString& suggested, QWidget* parent = nullptr);
    QString file() const;

private:
    QLineEdit* m_file;
};

// 从备份恢复…: the backup, what opens it, and the new archive's file. 检查备份… is the same
// dialog without the new archive: the backup is only checked.
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Purpose
    {
        Restore,
        Check
    };
    RestoreDialog(const QString& login, const QString& suggestedTarget, QWidget* parent = nullptr,
                  Purpose purpose = Purpose::Restore);
    QString backupFile() const;
    QString login() const;
    QString password() const;
    QString recoveryKey() const;
    QString target() const;
    bool switchAfterwards() const;

private:
    void showManifest();
    QLineEdit* m_backup;
    QLabel* m_manifest;
    QLineEdit* m_login;
    QLineEdit* m_password;
    QLineEdit* m_recovery;
    QLineEdit* m_target;
    QCheckBox* m_switch;
};

// 备份设置…: the folder of the automatic backups, the interval and how many are kept.
class BackupSettingsDialog : public QDialog
{
    Q_OBJECT
public:
    BackupSettingsDialog(const BackupSettings& current, QWidget* parent = nullptr);
    BackupSettings settings() const;

private:
    QLineEdit* m_folder;
    QSpinBox* m_interval;
    QSpinBox* m_daily;
    QSpinBox* m_weekly;
    QSpinBox* m_monthly;
};

} // namespace ar::ui
