#include "ui/register/UnmaskReasonDialog.h"

#include "ui_UnmaskReasonDialog.h"

#include "ui/common/DialogSeam.h"

#include <QLineEdit>
#include <QPushButton>

namespace ar::ui {

UnmaskReasonDialog::UnmaskReasonDialog(const QString& personName, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::UnmaskReasonDialog>())
{
    m_ui->setupUi(this);
    m_ui->introLabel->setText(
        tr("The full ID number, phones and addresses of %1 are shown only for a "
           "reason. The reason, your name and the time are recorded in the audit trail.")
            .arg(personName));
    m_ui->reasonCombo->addItems({tr("Identity check at the desk"), tr("Transfer of ownership"),
                                 tr("Urgent contact with the occupant"),
                                 tr("Request of a state organ (police, procuratorate, court)")});
    m_ui->reasonCombo->setCurrentIndex(-1);
    m_ui->reasonCombo->lineEdit()->setPlaceholderText(tr("choose or type the reason"));
    m_ui->reasonCombo->setMinimumContentsLength(28);
    QPushButton* ok = m_ui->buttonBox->button(QDialogButtonBox::Ok);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setText(tr("&Show"));
    ok->setEnabled(false);
    m_ui->buttonBox->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancelButton"));
    connect(m_ui->reasonCombo, &QComboBox::currentTextChanged, ok,
            [ok](const QString& text) { ok->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
    m_ui->reasonCombo->setFocus();
}

UnmaskReasonDialog::~UnmaskReasonDialog() = default;

QString UnmaskReasonDialog::reason() const
{
    return m_ui->reasonCombo->currentText().trimmed();
}

std::optional<QString> UnmaskReasonDialog::ask(QWidget* parent, const QString& personName)
{
    std::optional<UnmaskReason> answer;
    if (DialogSeam<UnmaskReason>::take(answer))
        return answer ? std::optional<QString>(answer->text) : std::nullopt;
    UnmaskReasonDialog dialog(personName, parent);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.reason();
}

} // namespace ar::ui
