#include "ui/register/PersonDetailsDialog.h"

#include "ui_PersonDetailsDialog.h"

#include "services/RegisterService.h"

#include <QLabel>
#include <QPushButton>

namespace ar::ui {

PersonDetailsDialog::PersonDetailsDialog(const Person& person, const QString& reason, QWidget* parent)
    : QDialog(parent), m_ui(std::make_unique<::Ui::PersonDetailsDialog>())
{
    m_ui->setupUi(this);
    setStyleSheet(QStringLiteral("#titleLabel { font-size: 14pt; font-weight: bold; }"
                                 "#reasonLabel { color: #5f6368; }"));
    const PersonData& d = person.data;
    setWindowTitle(tr("Full details — %1").arg(d.name));
    m_ui->titleLabel->setText(tr("Full details of %1").arg(d.name));
    const QString none = QStringLiteral("—");
    addRow(QStringLiteral("name"), d.name);
    if (d.isOrganisation())
        addRow(QStringLiteral("contact_name"), d.contactName); // an organisation has no gender
    else
        addRow(QStringLiteral("gender"), genderLabel(d.gender));
    addRow(QStringLiteral("id_type"), idTypeLabel(d.idType));
    addRow(QStringLiteral("id_number"),
           d.idNumber + (person.idLegacy ? tr(" (old 15-digit number)") : QString()));
    if (person.birthDate.isValid())
        addRow(QStringLiteral("birth_date"), person.birthDate.toString(Qt::ISODate));
    addRow(QStringLiteral("phones"), d.phones.join(QStringLiteral("\n")));
    addRow(QStringLiteral("work_unit"), d.workUnit);
    addRow(QStringLiteral("home_address"), d.homeAddress);
    addRow(QStringLiteral("emergency_contact"), d.emergencyContact);
    addRow(QStringLiteral("move_in_date"),
           d.moveInDate.isValid() ? d.moveInDate.toString(Qt::ISODate) : none);
    addRow(QStringLiteral("notes"), d.notes);
    m_ui->reasonLabel->setText(tr("Shown for: %1. This view is recorded in the audit trail; close the "
                                  "window when done.")
                                   .arg(reason));
    m_ui->buttonBox->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("closeButton"));
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &QDialog::reject);
}

PersonDetailsDialog::~PersonDetailsDialog() = default;

void PersonDetailsDialog::addRow(const QString& field, const QString& value)
{
    const QString caption =
        field == QLatin1String("birth_date") ? tr("Date of birth") : RegisterService::fieldLabel(field);
    auto* label = new QLabel(value.isEmpty() ? QStringLiteral("—") : value, this);
    label->setObjectName(field + QStringLiteral("Value"));
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    label->setTextFormat(Qt::PlainText);
    label->setWordWrap(true);
    label->setCursor(Qt::IBeamCursor);
    m_ui->fieldsLayout->addRow(caption, label);
}

QString PersonDetailsDialog::value(const QString& field) const
{
    auto* label = findChild<QLabel*>(field + QStringLiteral("Value"));
    return label ? label->text() : QString();
}

} // namespace ar::ui
