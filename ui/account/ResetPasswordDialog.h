#pragma once

#include "core/Access.h"

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class ResetPasswordDialog;
}

namespace ar::ui {

// The administrator gives a user who forgot their password a new one (twice) →
// AccountService::resetPassword, which also lifts a lockout.
class ResetPasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ResetPasswordDialog(Archive& archive, const User& user, QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

    void accept() override;

private:
    std::unique_ptr<::Ui::ResetPasswordDialog> m_ui;
    Archive& m_archive;
    User m_user;
};

} // namespace ar::ui
