#pragma once

#include "core/Access.h"

#include <QDialog>

#include <functional>
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
    // The result when the archive, asked for at the sign-in, cannot be had (it could not be
    // opened, or it has no administrator yet): the caller says why.
    static constexpr int Unavailable = 2;

    explicit SignInDialog(Archive& archive, QWidget* parent = nullptr);
    // The archive is asked for when it is first needed (signing in, "Forgot password…"), so that
    // the window can show before the archive is opened (issue #23); nullptr ends the dialog with
    // Unavailable.
    explicit SignInDialog(std::function<Archive*()> archive, QWidget* parent = nullptr);
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
    std::function<Archive*()> m_archive;
    User m_user;
};

} // namespace ar::ui
