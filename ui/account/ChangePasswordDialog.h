#pragma once

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class ChangePasswordDialog;
}

namespace ar::ui {

class FormErrors;

// The signed-in user's own password: current, new, new again → AccountService::changePassword.
// Wrong current passwords count towards the lockout like sign-ins; if the account gets locked
// the service ends the session, and the dialog closes (sessionEnded() tells the window).
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePasswordDialog(Archive& archive, QWidget* parent = nullptr);
    ~ChangePasswordDialog() override;

    bool sessionEnded() const { return m_sessionEnded; }
    void accept() override;

private:
    std::unique_ptr<::Ui::ChangePasswordDialog> m_ui;
    std::unique_ptr<FormErrors> m_errors;
    Archive& m_archive;
    bool m_sessionEnded = false;
};

} // namespace ar::ui
