#pragma once

#include <QList>
#include <QString>

class QLabel;
class QWidget;

namespace ar::ui {

// The inline error of a small form: the message in a label under the fields and the field
// concerned framed in red, both cleared as soon as the user types again. The dialog's style
// sheet should include FormErrors::styleSheet().
class FormErrors
{
public:
    FormErrors(QLabel* label, QList<QWidget*> fields);

    // Shows `message`; marks and focuses `field` if given.
    void show(const QString& message, QWidget* field = nullptr);
    void clear();
    bool isShown() const;

    static QString styleSheet();

private:
    QLabel* m_label;
    QList<QWidget*> m_fields;
};

} // namespace ar::ui
