#pragma once

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class UserAdminDialog;
}

namespace ar::ui {

class UserModel;

// Users for the administrator (ManageUsers): the accounts with Add…, Edit… (name, role,
// department, active) and Reset password…, and the sign-in settings (lockout, idle lock).
// Every change goes through AccountService, which checks the permission again.
class UserAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit UserAdminDialog(Archive& archive, QWidget* parent = nullptr);
    ~UserAdminDialog() override;

    UserModel* model() const { return m_model; }
    // The account selected in the table, -1 if none.
    int currentRow() const;
    bool selectUser(qint64 userId);

    void addUser();
    void editUser();
    void resetPassword();
    void savePolicy();

signals:
    // The sign-in settings were saved (the idle lock reads them again).
    void policyChanged();

private:
    void loadPolicy();
    void updateButtons();

    std::unique_ptr<::Ui::UserAdminDialog> m_ui;
    Archive& m_archive;
    UserModel* m_model;
};

} // namespace ar::ui
