#pragma once

#include <QWidget>

class QGridLayout;
class QLineEdit;

namespace ar::ui {

// The 联系电话 cell of the person form: several phone numbers, two to a line, each with a
// remove button; at least two rows are always shown. The edits are named phoneEdit0, phoneEdit1 …
class PhoneListEdit : public QWidget
{
    Q_OBJECT

public:
    explicit PhoneListEdit(QWidget* parent = nullptr);

    void setPhones(const QStringList& phones);
    // Every row's text, empty rows included, in order.
    QStringList texts() const;
    const QList<QLineEdit*>& edits() const { return m_edits; }
    // The edit showing `value` (as the services quote it), else the first one.
    QLineEdit* editFor(const QString& value) const;

    void addRow();
    void removeRow(int index);
    // Puts the phone edits between `before` and `after` in the tab chain.
    void chainTabOrder(QWidget* before, QWidget* after);

signals:
    void textChanged();
    void editingFinished();
    void rowsChanged();

private:
    QGridLayout* m_grid;
    QList<QLineEdit*> m_edits;
};

} // namespace ar::ui
