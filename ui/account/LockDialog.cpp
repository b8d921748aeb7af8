#include "ui/account/LockDialog.h"

#include "ui_LockDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"

#include <QApplication>

namespace ar::ui {

LockDialog::LockDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::LockDialog>()), m_archive(archive)
{
    m_ui->setupUi(this);
    setWindowFlags(Qt::Dialog | Qt::CustomizeWindowHint | Qt::WindowTitleHint);
    setStyleSheet(QStringLiteral("#titleLabel { font-size: 13pt; font-weight: bold; }"
                                 "#errorLabel { color: #b3261e; }"));
    const auto& user = m_archive.user();
    const QString who = user ? QStringLiteral("%1 (%2)").arg(user->displayName, user->login) : QString();
    m_ui->titleLabel->setText(tr("Locked — enter the password of %1 to continue").arg(who));
    m_ui->errorLabel->hide();
    connect(m_ui->unlockButton, &QPushButton::clicked, this, &LockDialog::unlock);
    connect(m_ui->signOutButton, &QPushButton::clicked, this, &LockDialog::signOut);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, m_ui->errorLabel, &QLabel::hide);
    m_ui->passwordEdit->setFocus();
}

LockDialog::~LockDialog() = default;

void LockDialog::unlock()
{
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_archive.accounts().verifyPassword(m_ui->passwordEdit->text());
    QApplication::restoreOverrideCursor();
    m_ui->passwordEdit->clear();
    if (s) {
        done(Unlocked);
        return;
    }
    if (!m_archive.user()) {
        // The account got locked: the service ended the session.
        MessageBox::warning(this, windowTitle(), s.error().message);
        done(SignedOut);
        return;
    }
    m_ui->errorLabel->setText(s.error().message);
    m_ui->errorLabel->show();
    adjustSize(); // room for the message
    m_ui->passwordEdit->setFocus();
}

void LockDialog::signOut()
{
    m_archive.accounts().signOut();
    done(SignedOut);
}

void LockDialog::reject()
{
    // Deliberately empty: see the header.
}

} // namespace ar::ui
