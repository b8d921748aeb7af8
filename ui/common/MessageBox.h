#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace ar::ui {

// The one way ui/ asks or tells the user something in a modal box. Tests cannot click a
// modal QMessageBox (exec() blocks), so a test sets the next answer beforehand and the box
// is then not shown at all (the KeePassXC MessageBox seam). information/warning/critical
// also record their text so a test can assert what the user would have read.
class MessageBox
{
public:
    static QMessageBox::StandardButton question(QWidget* parent, const QString& title, const QString& text,
                                                QMessageBox::StandardButtons buttons = QMessageBox::Yes |
                                                                                       QMessageBox::No,
                                                QMessageBox::StandardButton defaultButton = QMessageBox::No);

    static void information(QWidget* parent, const QString& title, const QString& text);
    static void warning(QWidget* parent, const QString& title, const QString& text);
    static void critical(QWidget* parent, const QString& title, const QString& text);

    // The next question() returns this answer without showing a box; the next
    // information/warning/critical is recorded but not shown. Consumed by one call.
    static void setNextAnswer(QMessageBox::StandardButton answer);
    // Every box is suppressed (answered with its default) until switched off again; for
    // tests that click through many steps.
    static void setAutoAnswer(bool on, QMessageBox::StandardButton answer = QMessageBox::Yes);

    // Text of the last box (shown or suppressed), and how many were raised; for tests.
    static QString lastText();
    static int count();
    static void resetRecord();

private:
    static QMessageBox::StandardButton show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                            const QString& text, QMessageBox::StandardButtons buttons,
                                            QMessageBox::StandardButton defaultButton);
};

} // namespace ar::ui
