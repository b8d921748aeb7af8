#include "ui/register/PersonFormStyle.h"

#include <QDialog>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>

// The arrow images live in this static library: register them before the style sheet uses them.
static void initPersonFormResources()
{
    Q_INIT_RESOURCE(PersonForm);
}

namespace ar::ui {

namespace {
// The ruled table: the frame is filled with the rule colour and its cells sit 1 px apart,
// so the gaps are the rules. Editors keep the platform look (frameless); only labels, cell
// backgrounds and the red frame of an invalid field are styled.
const char* const styleSheet = R"(
#titleLabel { font-size: 20pt; font-weight: bold; padding: 2px 0 6px 0; }
#formFrame { background: #5a5a5a; border: none; }
#formFrame > QFrame { background: #ffffff; border: none; }
#formFrame > QLabel { background: #ffffff; padding: 0 4px; }
#formFrame > QLabel[caption="true"] { background: #f4f1ea; color: #333333; padding: 0 10px; }
#formFrame > QLineEdit, #formFrame > QComboBox, #formFrame > QDateEdit, #formFrame > QPlainTextEdit,
#phoneRows QLineEdit, #moveInCell > QDateEdit {
    background: #ffffff; border: none; border-radius: 0; padding: 0 8px; }
#formFrame > QPlainTextEdit { padding: 2px 4px; }
#formFrame > QLabel, #formFrame > QLineEdit, #formFrame > QComboBox, #formFrame > QDateEdit,
#formFrame > QPlainTextEdit, #phoneRows QLineEdit, #moveInCell > QDateEdit { font-size: 11pt; }
#formFrame > QLineEdit:focus, #formFrame > QComboBox:focus, #formFrame > QDateEdit:focus,
#formFrame > QPlainTextEdit:focus, #phoneRows QLineEdit:focus, #moveInCell > QDateEdit:focus { background: #fffbe6; }
#formFrame > QLineEdit:read-only, #formFrame > QDateEdit:read-only { color: #555555; }
QComboBox::drop-down, QDateEdit::drop-down { border: none; width: 24px; }
QComboBox::down-arrow, QDateEdit::down-arrow { image: url(:/personform/arrow-down.png); }
QDateEdit::down-arrow:disabled { image: url(:/personform/arrow-down-disabled.png); }
#phoneRows > QWidget { background: #ffffff; border-right: 1px solid #d6d6d6; }
#phoneRows > QWidget[upper="true"] { border-bottom: 1px solid #d6d6d6; }
#phoneRows QToolButton { color: #888888; border: none; padding: 0 6px; }
#phoneRows QToolButton:hover { color: #b3261e; }
#addPhoneButton { color: #1a5fb4; border: none; padding: 0 8px; font-size: 10pt; }
#addPhoneButton:hover { text-decoration: underline; }
#signatureLine, #handlerLine { border: none; border-bottom: 1px solid #5a5a5a; }
#messageLabel { padding: 4px 2px; font-size: 10.5pt; }
#placeLabel, #dateLabel, #signatureLabel, #handlerLabel { font-size: 11pt; }
#formFrame > QLineEdit[invalid="true"], #formFrame > QComboBox[invalid="true"],
#formFrame > QDateEdit[invalid="true"], #formFrame > QPlainTextEdit[invalid="true"],
#phoneRows QLineEdit[invalid="true"], #moveInCell > QDateEdit[invalid="true"] { border: 2px solid #c62828; background: #fdecea; }
)";

constexpr int cellHeight = 34;
} // namespace

void applyPersonFormStyle(QDialog* dialog, QGridLayout* grid)
{
    static const bool resourcesReady = (initPersonFormResources(), true);
    Q_UNUSED(resourcesReady);
    dialog->setStyleSheet(QString::fromLatin1(styleSheet));
    QWidget* frame = grid->parentWidget();
    grid->setContentsMargins(1, 1, 1, 1);
    grid->setSpacing(1);

    for (int i = 0; i < grid->count(); ++i) {
        int row = 0, column = 0, rowSpan = 0, columnSpan = 0;
        grid->getItemPosition(i, &row, &column, &rowSpan, &columnSpan);
        QWidget* cell = grid->itemAt(i)->widget();
        if (!cell)
            continue;
        cell->setMinimumHeight(cellHeight);
        // Cells fill their row (text centred like the captions); spare height goes below the table.
        cell->setSizePolicy(cell->sizePolicy().horizontalPolicy(), QSizePolicy::Preferred);
        auto* label = qobject_cast<QLabel*>(cell);
        if (label && (column == 0 || column == 2)) {
            label->setProperty("caption", true);
            label->ensurePolished();
            label->setAlignment(Qt::AlignCenter);
            label->setMinimumWidth(label->fontMetrics().horizontalAdvance(label->text()) + 28);
        }
    }
    for (auto* t : frame->findChildren<QPlainTextEdit*>())
        t->setFixedHeight(3 * t->fontMetrics().lineSpacing() + 14);
    if (auto* add = frame->findChild<QWidget*>(QStringLiteral("addPhoneButton")))
        add->setMinimumHeight(cellHeight - 1);
    for (const char* name : {"signatureLine", "handlerLine"})
        if (auto* line = dialog->findChild<QLabel*>(QString::fromLatin1(name)))
            line->setMinimumSize(180, 24);

    // Both field columns as wide as an 18-digit ID number, like the ruled paper form.
    if (auto* id = frame->findChild<QLineEdit*>(QStringLiteral("idNumberEdit"))) {
        id->ensurePolished();
        const int w = id->fontMetrics().horizontalAdvance(QStringLiteral("00000000000000000X")) + 40;
        grid->setColumnMinimumWidth(1, w);
        grid->setColumnMinimumWidth(3, w);
    }
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(3, 1);
}

void stylePhoneRow(QWidget* row, QLineEdit* edit)
{
    row->setAttribute(Qt::WA_StyledBackground);
    row->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    edit->setMinimumHeight(cellHeight - 1);
}

} // namespace ar::ui
