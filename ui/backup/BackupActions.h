#pragma once

#include <QObject>
#include <QString>

class QAction;
class QDockWidget;
class QLabel;
class QMainWindow;
class QMenu;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// Backups in the window (R46): 文件 → 备份… / 检查备份… / 从备份恢复… / 备份设置…, each with progress and
// cancel; the automatic backup at the first sign-in of the day and on closing after changes;
// the start-screen warning of a backup older than the set interval (administrators, managers).
class BackupActions : public QObject
{
    Q_OBJECT
public:
    BackupActions(Archive& archive, QWidget* dialogParent);

    QAction* backUp() const { return m_backUp; }
    QAction* check() const { return m_check; }
    QAction* restore() const { return m_restore; }
    QAction* settings() const { return m_settings; }

    // The four entries, before `before` (the Quit entry).
    void fillMenu(QMenu* file, QAction* before) const;
    // The warning dock for administrators and managers when the last backup is too old; nullptr
    // when there is nothing to say or nobody to tell.
    QDockWidget* addWarningTo(QMainWindow* window);
    QString warning() const;

    // At sign-in: a backup into the set folder unless one was made today. False when none ran.
    bool backUpIfFirstToday();
    // On closing the window: a backup into the set folder if anything was written since the
    // window opened (or since the last backup it made).
    bool backUpIfChanged();

private:
    void onBackUp();
    void onCheck();
    void onRestore();
    void onSettings();
    bool runInFolder(const QString& why);
    QString auditHead() const;
    void refreshWarning();

    Archive& m_archive;
    QWidget* m_parent;
    QAction* m_backUp;
    QAction* m_check;
    QAction* m_restore;
    QAction* m_settings;
    QLabel* m_warning = nullptr;
    QString m_headSeen; // the audit head when the window opened or after its last backup
};

} // namespace ar::ui
