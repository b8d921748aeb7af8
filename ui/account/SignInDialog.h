#pragma once

#include "core/Access.h"

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class SignInDialog;
}

namespace ar::ui {

// Login and password → AccountService::signIn. A refusal keeps the dialog open with the
// service's message; Enter signs in.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(Archive& archive, QWidget* parent = nullptr);
    ~SignInDialog() override;

    // Prefills the login (e.g. the last one used) and puts the cursor in the password field.
    void setLogin(const QString& login);
    QString login() const;
    // A note under the title (the trial archive names its accounts and their password).
    void setNote(const QString& text);
    const User& user() const { return m_user; }

    void accept() override;
    // "Forgot password…": the recovery key sets a new password (RecoverDialog).
    void forgotPassword();

private:
    std::unique_ptr<::Ui::SignInDialog> m_ui;
    Archive& m_archive;
    User m_user;
};

} // namespace ar::ui
