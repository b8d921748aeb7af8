#include "ui/estate/CodeNameDialog.h"
#include "ui_CodeNameDialog.h"

#include "ui/common/DialogSeam.h"

#include <QPushButton>

namespace ar::ui {

CodeNameDialog::CodeNameDialog(Fields fields, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::CodeNameDialog>())
{
    m_ui->setupUi(this);
    const bool code = fields != Fields::NameOnly;
    const bool address = fields == Fields::CodeNameAndAddress;
    m_ui->codeLabel->setVisible(code);
    m_ui->codeEdit->setVisible(code);
    m_ui->addressLabel->setVisible(address);
    m_ui->addressEdit->setVisible(address);
    m_ui->codeEdit->setPlaceholderText(tr("letters or digits, e.g. 3"));
    m_ui->hintLabel->hide();
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

CodeNameDialog::~CodeNameDialog() = default;

void CodeNameDialog::setValues(const Values& v)
{
    m_ui->codeEdit->setText(v.code);
    m_ui->nameEdit->setText(v.name);
    m_ui->addressEdit->setText(v.address);
}

CodeNameDialog::Values CodeNameDialog::values() const
{
    return {m_ui->codeEdit->text(), m_ui->nameEdit->text(), m_ui->addressEdit->text()};
}

void CodeNameDialog::setHint(const QString& hint)
{
    m_ui->hintLabel->setText(hint);
    m_ui->hintLabel->setVisible(!hint.isEmpty());
}

std::optional<CodeNameDialog::Values> CodeNameDialog::ask(QWidget* parent, const QString& title,
                                                          Fields fields, const Values& initial,
                                                          const QString& hint)
{
    std::optional<Values> answer;
    if (DialogSeam<Values>::take(answer))
        return answer;
    CodeNameDialog dialog(fields, parent);
    dialog.setWindowTitle(title);
    dialog.setValues(initial);
    dialog.setHint(hint);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return dialog.values();
}

} // namespace ar::ui
