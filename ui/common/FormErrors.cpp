#include "ui/common/FormErrors.h"

#include <QLabel>
#include <QLineEdit>
#include <QStyle>

namespace ar::ui {

namespace {
void setInvalid(QWidget* w, bool invalid)
{
    if (w->property("invalid").toBool() == invalid)
        return;
    w->setProperty("invalid", invalid);
    w->style()->unpolish(w);
    w->style()->polish(w);
}

void clearAll(QLabel* label, const QList<QWidget*>& fields)
{
    label->hide();
    for (QWidget* w : fields)
        setInvalid(w, false);
}
} // namespace

FormErrors::FormErrors(QLabel* label, QList<QWidget*> fields) : m_label(label), m_fields(std::move(fields))
{
    m_label->setObjectName(m_label->objectName().isEmpty() ? QStringLiteral("errorLabel")
                                                           : m_label->objectName());
    m_label->setWordWrap(true);
    m_label->hide();
    for (QWidget* w : m_fields)
        if (auto* edit = qobject_cast<QLineEdit*>(w))
            QObject::connect(edit, &QLineEdit::textEdited, m_label,
                             [label = m_label, fields = m_fields] { clearAll(label, fields); });
}

void FormErrors::show(const QString& message, QWidget* field)
{
    clear();
    m_label->setText(message);
    m_label->show();
    if (!field)
        return;
    setInvalid(field, true);
    field->setFocus();
}

void FormErrors::clear()
{
    clearAll(m_label, m_fields);
}

bool FormErrors::isShown() const
{
    return !m_label->isHidden();
}

QString FormErrors::styleSheet()
{
    return QStringLiteral(
        "#errorLabel { color: #b3261e; }"
        "QLineEdit[invalid=\"true\"], QComboBox[invalid=\"true\"] { border: 2px solid #c62828; }");
}

} // namespace ar::ui
