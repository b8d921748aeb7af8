#include "ui/account/ChangePasswordDialog.h"

#include "ui_ChangePasswordDialog.h"

#include "services/Archive.h"
#include "ui/common/FormErrors.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QPushButton>

namespace ar::ui {

ChangePasswordDialog::ChangePasswordDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::ChangePasswordDialog>()), m_archive(archive)
{
    m_ui->setupUi(this);
    setStyleSheet(FormErrors::styleSheet());
    m_errors = std::make_unique<FormErrors>(m_ui->errorLabel,
                                            QList<QWidget*>{m_ui->oldEdit, m_ui->newEdit, m_ui->repeatEdit});
    if (const auto& user = m_archive.user())
        setWindowTitle(tr("Change password — %1").arg(user->login));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Change pass&word"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    m_ui->oldEdit->setFocus();
}

ChangePasswordDialog::~ChangePasswordDialog() = default;

void ChangePasswordDialog::accept()
{
    const QString password = m_ui->newEdit->text();
    if (m_ui->repeatEdit->text() != password)
        return m_errors->show(tr("The two new passwords differ; type the same password twice"),
                              m_ui->repeatEdit);
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_archive.accounts().changePassword(m_ui->oldEdit->text(), password);
    QApplication::restoreOverrideCursor();
    if (s) {
        MessageBox::information(this, tr("Change password"),
                                tr("Your password is changed. Use the new one from the next sign-in."));
        QDialog::accept();
        return;
    }
    if (!m_archive.user()) {
        // Too many wrong passwords: the account is locked and the session is over.
        m_sessionEnded = true;
        MessageBox::warning(this, tr("Change password"), s.error().message);
        QDialog::reject();
        return;
    }
    const bool newOne = s.error().field == QLatin1String("password");
    m_errors->show(s.error().message, newOne ? m_ui->newEdit : m_ui->oldEdit);
    if (!newOne)
        m_ui->oldEdit->clear();
}

} // namespace ar::ui
