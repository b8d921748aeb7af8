#include "ui/account/RecoverDialog.h"

#include "ui_RecoverDialog.h"

#include "services/Archive.h"
#include "ui/common/Fonts.h"
#include "ui/common/FormErrors.h"
#include "ui/common/MessageBox.h"

#include <QApplication>
#include <QPushButton>

namespace ar::ui {

RecoverDialog::RecoverDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::RecoverDialog>()), m_archive(archive)
{
    m_ui->setupUi(this);
    setStyleSheet(FormErrors::styleSheet());
    m_errors =
        std::make_unique<FormErrors>(m_ui->errorLabel, QList<QWidget*>{m_ui->keyEdit, m_ui->loginEdit,
                                                                       m_ui->passwordEdit, m_ui->repeatEdit});
    m_ui->keyEdit->setFont(fixedPitchFont());
    m_ui->keyEdit->setMinimumWidth(
        m_ui->keyEdit->fontMetrics().horizontalAdvance(QString(66, QLatin1Char('W'))));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("okButton"));
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("Set &new password"));
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &RecoverDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &RecoverDialog::reject);
    m_ui->keyEdit->setFocus();
}

RecoverDialog::~RecoverDialog() = default;

void RecoverDialog::setLogin(const QString& login)
{
    m_ui->loginEdit->setText(login);
}

QString RecoverDialog::login() const
{
    return m_ui->loginEdit->text().trimmed();
}

void RecoverDialog::accept()
{
    const QString password = m_ui->passwordEdit->text();
    if (m_ui->repeatEdit->text() != password)
        return m_errors->show(tr("The two new passwords differ; type the same password twice"),
                              m_ui->repeatEdit);
    // Unwrapping the key and hashing the password take a moment on purpose.
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_archive.accounts().recover(m_ui->keyEdit->text(), login(), password);
    QApplication::restoreOverrideCursor();
    if (!s) {
        const Error& e = s.error();
        QWidget* field = e.field == QLatin1String("password")                             ? m_ui->passwordEdit
                         : e.code == ErrorCode::NotFound || e.code == ErrorCode::Conflict ? m_ui->loginEdit
                                                                                          : m_ui->keyEdit;
        return m_errors->show(e.message, field);
    }
    MessageBox::information(this, windowTitle(),
                            tr("The password of %1 is set. Sign in with the new password.").arg(login()));
    QDialog::accept();
}

} // namespace ar::ui
