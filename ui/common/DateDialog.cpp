#include "ui/common/DateDialog.h"

#include "ui/common/DialogSeam.h"

#include <QDateEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QVBoxLayout>

namespace ar::ui {

std::optional<QDate> DateDialog::ask(QWidget* parent, const QString& title, const QString& label,
                                     const QDate& initial, const QDate& minimum)
{
    std::optional<QDate> answer;
    if (DialogSeam<QDate>::take(answer))
        return answer;
    // Too small for a .ui file: one labelled date field and the buttons.
    QDialog dialog(parent);
    dialog.setWindowTitle(title);
    auto* edit = new QDateEdit(initial, &dialog);
    edit->setObjectName(QStringLiteral("dateEdit"));
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    if (minimum.isValid())
        edit->setMinimumDate(minimum);
    auto* form = new QFormLayout;
    form->addRow(label, edit);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    auto* layout = new QVBoxLayout(&dialog);
    layout->addLayout(form);
    layout->addWidget(buttons);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return edit->date();
}

} // namespace ar::ui
