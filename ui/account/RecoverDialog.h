#pragma once

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class RecoverDialog;
}

namespace ar::ui {

class FormErrors;

// "Forgot password": the printed recovery key, a login and a new password twice →
// AccountService::recover. No sign-in needed; the key is the proof.
class RecoverDialog : public QDialog
{
    Q_OBJECT

public:
    explicit RecoverDialog(Archive& archive, QWidget* parent = nullptr);
    ~RecoverDialog() override;

    void setLogin(const QString& login);
    // The login whose password was set (after Accepted).
    QString login() const;

    void accept() override;

private:
    std::unique_ptr<::Ui::RecoverDialog> m_ui;
    std::unique_ptr<FormErrors> m_errors;
    Archive& m_archive;
};

} // namespace ar::ui
