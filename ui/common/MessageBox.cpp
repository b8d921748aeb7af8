#include "ui/common/MessageBox.h"

namespace ar::ui {

namespace {
// GUI state lives on the GUI thread only, so plain statics are enough.
QMessageBox::StandardButton g_nextAnswer = QMessageBox::NoButton;
bool g_autoAnswer = false;
QMessageBox::StandardButton g_autoButton = QMessageBox::Yes;
QString g_lastText;
int g_count = 0;
} // namespace

QMessageBox::StandardButton MessageBox::show(QMessageBox::Icon icon, QWidget* parent, const QString& title,
                                             const QString& text, QMessageBox::StandardButtons buttons,
                                             QMessageBox::StandardButton defaultButton)
{
    g_lastText = text;
    ++g_count;
    if (g_nextAnswer != QMessageBox::NoButton) {
        const auto answer = g_nextAnswer;
        g_nextAnswer = QMessageBox::NoButton;
        return answer;
    }
    if (g_autoAnswer)
        return icon == QMessageBox::Question ? g_autoButton : QMessageBox::Ok;

    QMessageBox box(icon, title, text, buttons, parent);
    box.setDefaultButton(defaultButton);
    return static_cast<QMessageBox::StandardButton>(box.exec());
}

QMessageBox::StandardButton MessageBox::question(QWidget* parent, const QString& title, const QString& text,
                                                 QMessageBox::StandardButtons buttons,
                                                 QMessageBox::StandardButton defaultButton)
{
    return show(QMessageBox::Question, parent, title, text, buttons, defaultButton);
}

void MessageBox::information(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Information, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::warning(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Warning, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::critical(QWidget* parent, const QString& title, const QString& text)
{
    show(QMessageBox::Critical, parent, title, text, QMessageBox::Ok, QMessageBox::Ok);
}

void MessageBox::setNextAnswer(QMessageBox::StandardButton answer)
{
    g_nextAnswer = answer;
}

void MessageBox::setAutoAnswer(bool on, QMessageBox::StandardButton answer)
{
    g_autoAnswer = on;
    g_autoButton = answer;
}

QString MessageBox::lastText()
{
    return g_lastText;
}

int MessageBox::count()
{
    return g_count;
}

void MessageBox::resetRecord()
{
    g_lastText.clear();
    g_count = 0;
}

} // namespace ar::ui
