#include "ui/account/ResetPasswordDialog.h"

#include "ui_ResetPasswordDialog.h"

#include "services/Archive.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QPushButton>

namespace ar::ui {

ResetPasswordDialog::ResetPasswordDialog(Archive& archive, const User& user, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ResetPasswordDialog>()), m_archive(archive), m_user(user)
{
    m_ui->setupUi(this);
    setWindowTitle(tr("Reset password — %1").arg(user.login));
    m_ui->introLabel->setText(tr("A new password for %1 (%2). Any lockout ends. Tell the user the new "
                                 "password in person and ask them to change it.")
                                  .arg(user.displayName, user.login));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Reset password"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ResetPasswordDialog::reject);
    m_ui->passwordEdit->setFocus();
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::accept()
{
    const QString password = m_ui->passwordEdit->text();
    if (m_ui->repeatEdit->text() != password) {
        MessageBox::warning(this, windowTitle(),
                            tr("The two passwords differ; type the same password twice"));
        m_ui->repeatEdit->setFocus();
        return;
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_archive.accounts().resetPassword(m_user.id, password);
    QApplication::restoreOverrideCursor();
    if (!s) {
        MessageBox::warning(this, windowTitle(), s.error().message);
        m_ui->passwordEdit->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace ar::ui
