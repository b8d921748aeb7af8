#pragma once

#include <QString>

class QDialog;
class QGridLayout;
class QLineEdit;
class QWidget;

namespace ar::ui {

// The colours of the form's messages: errors red, warnings amber, done green.
namespace formColors {
inline QString ok()
{
    return QStringLiteral("#1b6e2e");
}
inline QString error()
{
    return QStringLiteral("#b3261e");
}
inline QString warning()
{
    return QStringLiteral("#8a5a00");
}
} // namespace formColors

// Makes the dialog look like the paper 档案表: a ruled table of caption and field cells, a
// centred title, blank signature lines. Fields with the dynamic property invalid=true get a
// red frame. Captions are the widgets in columns 0 and 2 of `grid`.
void applyPersonFormStyle(QDialog* dialog, QGridLayout* grid);
// One cell of the phone list: the edit and its remove button on `row`.
void stylePhoneRow(QWidget* row, QLineEdit* edit);

} // namespace ar::ui
