#include "ui/common/FormGuard.h"

#include "ui/common/MessageBox.h"

#include <QAbstractButton>
#include <QAbstractSpinBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QEvent>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QShortcut>
#include <QSpinBox>
#include <QTextEdit>

namespace ar::ui {

FormGuard::FormGuard(QDialog* form) : QObject(form), m_form(form)
{
    for (const QKeySequence& keys :
         {QKeySequence(QKeySequence::Save), QKeySequence(Qt::CTRL | Qt::Key_Return),
          QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* s = new QShortcut(keys, form);
        s->setContext(Qt::WindowShortcut);
        connect(s, &QShortcut::activated, form, &QDialog::accept);
        m_shortcuts << s;
    }
    form->installEventFilter(this);
    markClean();
}

FormGuard::~FormGuard()
{
    for (const QPointer<QShortcut>& s : std::as_const(m_shortcuts))
        delete s.data();
}

bool FormGuard::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_form && event->type() == QEvent::Show && !m_shown) {
        m_shown = true;
        markClean();
    }
    return QObject::eventFilter(watched, event);
}

QStringList FormGuard::snapshot() const
{
    // Every named input of the form as "name=value", sorted: rows rebuilt by a list editor
    // (the phone rows) come back in another order of children. Unnamed widgets are the
    // inner parts of other widgets, or rows on their way out.
    QStringList values;
    for (QWidget* w : m_form->findChildren<QWidget*>()) {
        if (w->window() != m_form || w->objectName().isEmpty())
            continue;
        const QString name = w->objectName();
        if (auto* e = qobject_cast<QLineEdit*>(w)) {
            // A combo box's or spin box's own line edit is counted through its owner.
            if (qobject_cast<QComboBox*>(w->parentWidget()) ||
                qobject_cast<QAbstractSpinBox*>(w->parentWidget()))
                continue;
            values << name + QLatin1Char('=') + e->text();
        } else if (auto* p = qobject_cast<QPlainTextEdit*>(w)) {
            values << name + QLatin1Char('=') + p->toPlainText();
        } else if (auto* t = qobject_cast<QTextEdit*>(w); t && !t->isReadOnly()) {
            values << name + QLatin1Char('=') + t->toPlainText();
        } else if (auto* c = qobject_cast<QComboBox*>(w)) {
            values << name + QLatin1Char('=') + QString::number(c->currentIndex()) + QLatin1Char('|') +
                          c->currentText();
        } else if (auto* d = qobject_cast<QDateTimeEdit*>(w)) {
            values << name + QLatin1Char('=') + d->dateTime().toString(Qt::ISODate);
        } else if (auto* s = qobject_cast<QSpinBox*>(w)) {
            values << name + QLatin1Char('=') + QString::number(s->value());
        } else if (auto* b = qobject_cast<QAbstractButton*>(w); b && b->isCheckable()) {
            values << name + QLatin1Char('=') + (b->isChecked() ? QLatin1Char('1') : QLatin1Char('0'));
        }
    }
    values.sort();
    return values;
}

void FormGuard::markClean()
{
    m_clean = snapshot();
}

bool FormGuard::isDirty() const
{
    return snapshot() != m_clean;
}

bool FormGuard::allowClose()
{
    if (!isDirty())
        return true;
    // "No" is the default: a stray Enter keeps the typing.
    return MessageBox::question(m_form, tr("Discard changes?"),
                                tr("What you typed in this form has not been saved. Close it and discard "
                                   "the changes?"),
                                QMessageBox::Yes | QMessageBox::No, QMessageBox::No) == QMessageBox::Yes;
}

} // namespace ar::ui
