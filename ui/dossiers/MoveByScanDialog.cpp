#include "ui/dossiers/MoveByScanDialog.h"

#include "ui/common/DialogRunner.h"

#include "services/Archive.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace ar::ui {

QAction* MoveByScanDialog::createAction(Archive& archive, QWidget* parent)
{
    auto* a = new QAction(tr("Move by &scan…"), parent);
    a->setObjectName(QStringLiteral("actionMoveByScan"));
    a->setEnabled(archive.can(Permission::FileDossiers));
    QObject::connect(a, &QAction::triggered, parent, [&archive, parent] {
        MoveByScanDialog d(archive, parent);
        DialogRunner::exec(d);
    });
    return a;
}

MoveByScanDialog::MoveByScanDialog(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_scanEdit(new QLineEdit(this)), m_targetLabel(new QLabel(this)),
      m_message(new QLabel(this)), m_list(new QListWidget(this))
{
    setObjectName(QStringLiteral("MoveByScanDialog"));
    setWindowTitle(tr("Move by scan"));
    m_scanEdit->setObjectName(QStringLiteral("scanEdit"));
    m_scanEdit->setPlaceholderText(
        tr("scan a box or shelf label, then the folders or boxes, each with Enter"));
    QFont big = m_scanEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scanEdit->setFont(big);
    m_targetLabel->setObjectName(QStringLiteral("targetLabel"));
    m_targetLabel->setText(tr("none yet: scan the label of a box or shelf"));
    QFont bold = m_targetLabel->font();
    bold.setBold(true);
    m_targetLabel->setFont(bold);
    m_targetLabel->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_list->setObjectName(QStringLiteral("movedList"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Scan:"), m_scanEdit);
    form->addRow(tr("Target:"), m_targetLabel);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setText(tr("Close"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    // Enter belongs to the scan field.
    for (QPushButton* b : buttons->findChildren<QPushButton*>()) {
        b->setAutoDefault(false);
        b->setDefault(false);
    }
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_message);
    layout->addWidget(m_list, 1);
    layout->addWidget(
        new QLabel(tr("Each move is saved as it happens. Scan the target again to end it."), this));
    layout->addWidget(buttons);
    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text();
        m_scanEdit->clear();
        if (!text.trimmed().isEmpty())
            scan(text);
        m_scanEdit->setFocus();
    });
    resize(640, 460);
    m_scanEdit->setFocus();
}

void MoveByScanDialog::say(const QString& text, bool ok)
{
    m_message->setText(text);
    m_message->setStyleSheet(ok ? QStringLiteral("color: #1d6b2a;") : QStringLiteral("color: #b02020;"));
    if (!ok)
        QApplication::beep();
}

bool MoveByScanDialog::scan(const QString& code)
{
    auto step = m_archive.places().scanToMove(m_target, code);
    if (!step) {
        say(step.error().message, false);
        return false;
    }
    m_target = step->targetId;
    m_targetLabel->setText(m_target ? step->targetPath : tr("none yet: scan the label of a box or shelf"));
    QString line;
    switch (step->kind) {
    case ScanMoveStep::Kind::Target:
        say(m_target ? tr("Now moving into %1").arg(step->targetPath)
                     : tr("No target: scan a box or shelf label"),
            true);
        return true;
    case ScanMoveStep::Kind::Folder:
        line = tr("%1: %2 → %3")
                   .arg(step->what, step->from.isEmpty() ? tr("(no place)") : step->from, step->targetPath);
        break;
    case ScanMoveStep::Kind::Location:
        line = tr("%1 (from %2)").arg(step->what, step->from);
        break;
    }
    m_list->addItem(line);
    m_list->scrollToBottom();
    say(line, true);
    return true;
}

} // namespace ar::ui
