// The person form's checks as the clerk types (issue #13): each field checked by the register
// service once touched, the wrong ones marked and named under the form, warnings beside them.
// The rest of the form is in PersonForm.cpp.
#include "ui/register/PersonForm.h"

#include "ui/common/MessageBox.h"
#include "ui/register/PersonFormStyle.h"
#include "ui/register/PhoneListEdit.h"
#include "ui_PersonForm.h"

#include "services/Archive.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QStyle>

namespace ar::ui {

namespace {
// A field's look follows its "invalid" property once the style is applied again.
void repolishMarked(QWidget* w)
{
    w->style()->unpolish(w);
    w->style()->polish(w);
    w->update();
}
} // namespace

void PersonForm::touch(const QString& field)
{
    if (m_validating)
        return;
    if (!m_touched.contains(field))
        m_touched << field;
    validate();
}

RegisterService::Checked PersonForm::validate()
{
    if (m_validating)
        return {};
    m_validating = true;
    PersonData d = collect();
    if (m_genderFromId)
        d.gender = Gender::Unknown; // let the ID decide again
    RegisterService::Checked c = isEditMode() ? m_archive.people().checkEdit(m_personId, d, m_role)
                                              : m_archive.people().check(d, m_role);
    Occupancy lease = collectLease();
    c.errors << m_archive.people().checkLease(m_role, lease.leaseFrom, lease.leaseTo, lease.contractNo);
    const bool idError = std::any_of(c.errors.cbegin(), c.errors.cend(),
                                     [](const Error& e) { return e.field == QLatin1String("id_number"); });
    if (d.gender == Gender::Unknown) {
        // A valid ID number tells the gender (check() derived it): show it, but as a suggestion.
        const Gender fromId = idError || d.idNumber.trimmed().isEmpty() ? Gender::Unknown : c.data.gender;
        m_ui->genderCombo->setCurrentIndex(m_ui->genderCombo->findData(int(fromId)));
        m_genderFromId = fromId != Gender::Unknown;
        m_ui->genderCombo->setToolTip(m_genderFromId ? tr("Taken from the ID number") : QString());
    }

    clearMarks();
    QList<Error> shown;
    for (const Error& e : std::as_const(c.errors)) {
        if (!m_showAll && !m_touched.contains(e.field))
            continue;
        shown << e;
        markField(e.field, e.value, e.message);
    }
    showMessages(shown, c.warnings);
    m_validating = false;
    return c;
}

QWidget* PersonForm::widgetFor(const QString& field, const QString& value) const
{
    if (field == QLatin1String("name"))
        return m_ui->nameEdit;
    if (field == QLatin1String("gender"))
        return m_ui->genderCombo;
    if (field == QLatin1String("id_number") || field == QLatin1String("id_type"))
        return m_ui->idNumberEdit;
    if (field == QLatin1String("phones"))
        return m_ui->phoneRows->editFor(value);
    if (field == QLatin1String("work_unit"))
        return m_ui->workUnitEdit;
    if (field == QLatin1String("home_address"))
        return m_ui->homeAddressEdit;
    if (field == QLatin1String("emergency_contact"))
        return m_ui->emergencyContactEdit;
    if (field == QLatin1String("move_in_date"))
        return m_ui->moveInDateEdit;
    if (field == QLatin1String("notes"))
        return m_ui->notesEdit;
    if (field == QLatin1String("since"))
        return m_ui->sinceEdit;
    if (field == QLatin1String("contact_name"))
        return m_contactNameEdit;
    if (field == QLatin1String("lease_to") || field == QLatin1String("lease_from") ||
        field == QLatin1String("lease"))
        return m_leaseToEdit;
    if (field == QLatin1String("contract_no"))
        return m_contractEdit;
    return nullptr;
}

void PersonForm::markField(const QString& field, const QString& value, const QString& message)
{
    QWidget* w = widgetFor(field, value);
    if (!w)
        return;
    const QString tip =
        w->property("invalid").toBool() ? w->toolTip() + QLatin1Char('\n') + message : message;
    w->setProperty("invalid", true);
    w->setToolTip(tip);
    repolishMarked(w);
}

void PersonForm::clearMarks()
{
    QList<QWidget*> all{m_ui->nameEdit,       m_ui->genderCombo,     m_ui->idNumberEdit,
                        m_ui->workUnitEdit,   m_ui->homeAddressEdit, m_ui->emergencyContactEdit,
                        m_ui->moveInDateEdit, m_ui->notesEdit,       m_ui->sinceEdit,
                        m_contactNameEdit,    m_leaseToEdit,         m_contractEdit};
    for (QLineEdit* e : m_ui->phoneRows->edits())
        all << e;
    for (QWidget* w : std::as_const(all)) {
        if (!w->property("invalid").toBool())
            continue;
        w->setProperty("invalid", false);
        if (w != m_ui->genderCombo || !m_genderFromId)
            w->setToolTip({});
        repolishMarked(w);
    }
}

void PersonForm::showMessages(const QList<Error>& errors, const QStringList& warnings)
{
    QString html;
    for (const Error& e : errors)
        html += QStringLiteral("<div style=\"color:%1\">✖ %2</div>")
                    .arg(formColors::error(), e.message.toHtmlEscaped());
    for (const QString& w : warnings)
        html += QStringLiteral("<div style=\"color:%1\">⚠ %2</div>")
                    .arg(formColors::warning(), w.toHtmlEscaped());
    m_ui->messageLabel->setText(html);
    m_ui->messageLabel->setVisible(!html.isEmpty());
}

void PersonForm::showSaveError(const Error& e)
{
    // Errors found only on saving (a second owner, someone else's change) join the list too.
    if (!m_ui->messageLabel->text().contains(e.message.toHtmlEscaped()))
        m_ui->messageLabel->setText(QStringLiteral("<div style=\"color:%1\">✖ %2</div>")
                                        .arg(formColors::error(), e.message.toHtmlEscaped()) +
                                    m_ui->messageLabel->text());
    m_ui->messageLabel->show();
    markField(e.field, e.value, e.message);
    if (QWidget* w = widgetFor(e.field, e.value))
        w->setFocus();
    MessageBox::warning(this, tr("Not saved"), tr("Nothing was saved.") + QLatin1Char('\n') + e.message);
}

} // namespace ar::ui
