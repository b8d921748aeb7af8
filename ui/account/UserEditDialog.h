#pragma once

#include "core/Access.h"

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class UserEditDialog;
}

namespace ar::ui {

class FormGuard;

// One account, for the administrator: a new one (login, name, role, department, initial
// password twice → AccountService::addUser) or an existing one (name, role, department,
// active → updateUser; the login never changes). A refusal is shown with the service's
// message and the field it names is marked; the dialog stays open.
class UserEditDialog : public QDialog
{
    Q_OBJECT

public:
    // A new account; `departments` are offered in the department box.
    UserEditDialog(Archive& archive, const QStringList& departments, QWidget* parent = nullptr);
    // Changing `user`.
    UserEditDialog(Archive& archive, const User& user, const QStringList& departments,
                   QWidget* parent = nullptr);
    ~UserEditDialog() override;

    bool isNew() const { return m_user.id == 0; }
    // After Accepted: the account as saved.
    const User& savedUser() const { return m_saved; }

    // The departments of a property company, offered before any account names its own. They
    // are data (the owning departments of the default dossier categories), not UI text.
    static QStringList defaultDepartments();

    void accept() override;
    // Asks before typed values are thrown away (Escape, Cancel, the close button).
    void reject() override;

private:
    void setUp(const QStringList& departments);
    User collect() const;
    QWidget* fieldWidget(const QString& field) const;

    std::unique_ptr<::Ui::UserEditDialog> m_ui;
    Archive& m_archive;
    User m_user;
    User m_saved;
    FormGuard* m_guard = nullptr;
};

} // namespace ar::ui
