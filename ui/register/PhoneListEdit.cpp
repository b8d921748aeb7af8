#include "ui/register/PhoneListEdit.h"

#include "ui/register/PersonFormStyle.h"

#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QToolButton>

namespace ar::ui {

PhoneListEdit::PhoneListEdit(QWidget* parent) : QWidget(parent), m_grid(new QGridLayout(this))
{
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setSpacing(0);
    setPhones({});
}

void PhoneListEdit::setPhones(const QStringList& phones)
{
    for (QLineEdit* e : std::as_const(m_edits))
        e->setObjectName({}); // deleted later: findChild must not see them meanwhile
    for (QWidget* w : findChildren<QWidget*>(QString(), Qt::FindDirectChildrenOnly)) {
        m_grid->removeWidget(w);
        w->hide();
        w->deleteLater();
    }
    m_edits.clear();
    const int rows = std::max<int>(2, int(phones.size()));
    for (int i = 0; i < rows; ++i) {
        auto* row = new QWidget(this);
        row->setProperty("upper", i / 2 < (rows - 1) / 2); // a rule below all but the last line
        auto* edit = new QLineEdit(row);
        edit->setObjectName(QStringLiteral("phoneEdit%1").arg(i));
        edit->setPlaceholderText(tr("Mobile or landline"));
        edit->setText(i < phones.size() ? phones.at(i) : QString());
        auto* remove = new QToolButton(row);
        remove->setObjectName(QStringLiteral("removePhoneButton%1").arg(i));
        remove->setText(QStringLiteral("×"));
        remove->setToolTip(tr("Remove this phone number"));
        remove->setFocusPolicy(Qt::ClickFocus);
        auto* layout = new QHBoxLayout(row);
        layout->setContentsMargins(0, 0, 0, 0);
        layout->setSpacing(0);
        layout->addWidget(edit, 1);
        layout->addWidget(remove);
        stylePhoneRow(row, edit);
        m_grid->addWidget(row, i / 2, i % 2);
        connect(edit, &QLineEdit::textChanged, this, &PhoneListEdit::textChanged);
        connect(edit, &QLineEdit::editingFinished, this, &PhoneListEdit::editingFinished);
        connect(remove, &QToolButton::clicked, this, [this, i] { removeRow(i); });
        m_edits << edit;
    }
    emit rowsChanged();
}

QStringList PhoneListEdit::texts() const
{
    QStringList out;
    for (const QLineEdit* e : m_edits)
        out << e->text();
    return out;
}

QLineEdit* PhoneListEdit::editFor(const QString& value) const
{
    for (QLineEdit* e : m_edits)
        if (!value.trimmed().isEmpty() && e->text().trimmed() == value.trimmed())
            return e;
    return m_edits.value(0);
}

void PhoneListEdit::addRow()
{
    setPhones(texts() << QString());
    m_edits.last()->setFocus();
}

void PhoneListEdit::removeRow(int index)
{
    QStringList rows = texts();
    if (index >= 0 && index < rows.size())
        rows.removeAt(index);
    setPhones(rows);
    emit textChanged();
    emit editingFinished();
}

void PhoneListEdit::chainTabOrder(QWidget* before, QWidget* after)
{
    QWidget* previous = before;
    for (QLineEdit* e : std::as_const(m_edits)) {
        setTabOrder(previous, e);
        previous = e;
    }
    setTabOrder(previous, after);
}

} // namespace ar::ui
