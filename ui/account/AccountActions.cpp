#include "ui/account/AccountActions.h"

#include "services/Archive.h"
#include "ui/account/ChangePasswordDialog.h"
#include "ui/account/UserAdminDialog.h"
#include "ui/common/DialogRunner.h"

#include <QAction>
#include <QMenu>

namespace ar::ui {

AccountActions::AccountActions(Archive& archive, QWidget* dialogParent)
    : QObject(dialogParent), m_archive(archive), m_parent(dialogParent)
{
    m_changePassword = new QAction(tr("&Change password…"), this);
    m_changePassword->setObjectName(QStringLiteral("actionChangePassword"));
    m_manageUsers = new QAction(tr("&Manage users…"), this);
    m_manageUsers->setObjectName(QStringLiteral("actionManageUsers"));
    m_signOut = new QAction(tr("Sign &out"), this);
    m_signOut->setObjectName(QStringLiteral("actionSignOut"));
    // Leaving the desk for a moment: one key signs out.
    m_signOut->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_L));
    connect(m_changePassword, &QAction::triggered, this, &AccountActions::onChangePassword);
    connect(m_manageUsers, &QAction::triggered, this, &AccountActions::onManageUsers);
    connect(m_signOut, &QAction::triggered, this, &AccountActions::signOutRequested);
    updateEnabled();
}

void AccountActions::fillMenu(QMenu* menu) const
{
    menu->addAction(m_changePassword);
    menu->addAction(m_manageUsers);
    menu->addSeparator();
    menu->addAction(m_signOut);
}

void AccountActions::updateEnabled()
{
    const bool signedIn = m_archive.user().has_value();
    m_changePassword->setEnabled(signedIn);
    m_manageUsers->setEnabled(m_archive.can(Permission::ManageUsers));
    m_signOut->setEnabled(signedIn);
}

void AccountActions::onChangePassword()
{
    ChangePasswordDialog dialog(m_archive, m_parent);
    DialogRunner::exec(dialog);
    if (dialog.sessionEnded() || !m_archive.user())
        emit signOutRequested();
}

void AccountActions::onManageUsers()
{
    if (!m_manageUsers->isEnabled())
        return;
    UserAdminDialog dialog(m_archive, m_parent);
    connect(&dialog, &UserAdminDialog::policyChanged, this, &AccountActions::policyChanged);
    DialogRunner::exec(dialog);
}

} // namespace ar::ui
