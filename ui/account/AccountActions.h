#pragma once

#include <QObject>

class QAction;
class QMenu;
class QWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The Account menu: changing one's own password (everyone), managing users (the
// administrator; disabled for the others, and the service refuses them anyway) and signing out.
class AccountActions : public QObject
{
    Q_OBJECT
public:
    AccountActions(Archive& archive, QWidget* dialogParent);

    QAction* changePassword() const { return m_changePassword; }
    QAction* manageUsers() const { return m_manageUsers; }
    QAction* signOut() const { return m_signOut; }

    void fillMenu(QMenu* menu) const;
    void updateEnabled();

signals:
    // Sign out was chosen, or the session ended (the account got locked while changing the
    // password): the window should close and the sign-in dialog come back.
    void signOutRequested();
    // The administrator saved new sign-in settings.
    void policyChanged();

private:
    void onChangePassword();
    void onManageUsers();

    Archive& m_archive;
    QWidget* m_parent;
    QAction* m_changePassword;
    QAction* m_manageUsers;
    QAction* m_signOut;
};

} // namespace ar::ui
