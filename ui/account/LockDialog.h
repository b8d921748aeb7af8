#pragma once

#include <QDialog>

#include <memory>

namespace ar {
class Archive;
}

namespace Ui {
class LockDialog;
}

namespace ar::ui {

// The idle lock's question: the signed-in user's password (AccountService::verifyPassword) to
// carry on, or sign out. Esc and the close button do nothing: the only ways out are the two
// buttons. Wrong passwords count towards the lockout; when the account gets locked the service
// ends the session and the dialog finishes with SignedOut.
class LockDialog : public QDialog
{
    Q_OBJECT

public:
    enum Outcome
    {
        Unlocked = QDialog::Accepted,
        SignedOut = 2,
    };

    explicit LockDialog(Archive& archive, QWidget* parent = nullptr);
    ~LockDialog() override;

    void unlock();
    void signOut();
    void reject() override;

private:
    std::unique_ptr<::Ui::LockDialog> m_ui;
    Archive& m_archive;
};

} // namespace ar::ui
