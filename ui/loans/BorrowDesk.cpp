#include "ui/loans/BorrowDesk.h"

#include "ui/common/DossierPicker.h"
#include "ui/common/ReadOnlyTable.h"
#include "ui/loans/LoanModel.h"

#include "services/Archive.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ar::ui {

BorrowDesk::BorrowDesk(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_model(new LoanModel(this)), m_borrowerEdit(new QLineEdit(this)),
      m_borrowerLabel(new QLabel(this)), m_purposeEdit(new QLineEdit(this)),
      m_directionCombo(new QComboBox(this)), m_conditionCombo(new QComboBox(this)),
      m_noteEdit(new QLineEdit(this)), m_scanEdit(new QLineEdit(this)), m_messageLabel(new QLabel(this)),
      m_table(new QTableView(this))
{
    setObjectName(QStringLiteral("BorrowDesk"));
    setWindowTitle(tr("Borrow desk"));
    resize(980, 560);

    m_borrowerEdit->setObjectName(QStringLiteral("borrowerEdit"));
    m_borrowerEdit->setPlaceholderText(tr("login of the borrower (scan the staff card or type)"));
    m_borrowerLabel->setObjectName(QStringLiteral("borrowerLabel"));
    m_borrowerLabel->setTextFormat(Qt::RichText);
    m_borrowerLabel->setWordWrap(true);
    m_purposeEdit->setObjectName(QStringLiteral("purposeEdit"));
    m_purposeEdit->setPlaceholderText(tr("only needed when the borrower has no approved request"));
    m_directionCombo->setObjectName(QStringLiteral("directionCombo"));
    m_directionCombo->addItem(tr("Check out (F2)"));
    m_directionCombo->addItem(tr("Check in (F3)"));
    m_conditionCombo->setObjectName(QStringLiteral("conditionCombo"));
    for (ReturnCondition c :
         {ReturnCondition::Complete, ReturnCondition::Damaged, ReturnCondition::Incomplete})
        m_conditionCombo->addItem(returnConditionLabel(c), int(c));
    m_noteEdit->setObjectName(QStringLiteral("noteEdit"));
    m_noteEdit->setPlaceholderText(tr("what is damaged or missing"));
    m_scanEdit->setObjectName(QStringLiteral("scanEdit"));
    m_scanEdit->setPlaceholderText(tr("scan the spine label or type the archive no., then Enter"));
    QFont big = m_scanEdit->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_scanEdit->setFont(big);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_table->setObjectName(QStringLiteral("deskTable"));
    LoanModel::setUpTable(m_table, m_model);
    m_table->setFocusPolicy(Qt::NoFocus);

    auto* form = new QFormLayout;
    form->addRow(tr("&Borrower:"), m_borrowerEdit);
    form->addRow(QString(), m_borrowerLabel);
    form->addRow(tr("&Purpose:"), m_purposeEdit);
    auto* directionRow = new QHBoxLayout;
    directionRow->addWidget(m_directionCombo);
    directionRow->addWidget(new QLabel(tr("Condition at return:"), this));
    directionRow->addWidget(m_conditionCombo);
    directionRow->addWidget(m_noteEdit, 1);
    form->addRow(tr("Desk:"), directionRow);
    form->addRow(tr("&Folder:"), m_scanEdit);
    for (auto* w : {static_cast<QWidget*>(m_borrowerEdit), static_cast<QWidget*>(m_purposeEdit),
                    static_cast<QWidget*>(m_directionCombo), static_cast<QWidget*>(m_scanEdit)})
        if (auto* l = qobject_cast<QLabel*>(form->labelForField(w)))
            l->setBuddy(w);

    auto* next = new QPushButton(tr("&Next borrower (Ctrl+N)"), this);
    next->setObjectName(QStringLiteral("nextButton"));
    next->setAutoDefault(false);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(next, QDialogButtonBox::ResetRole);
    for (QAbstractButton* b : buttons->buttons())
        if (auto* p = qobject_cast<QPushButton*>(b))
            p->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(next, &QPushButton::clicked, this, &BorrowDesk::nextBorrower);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_messageLabel);
    layout->addWidget(m_table, 1);
    layout->addWidget(buttons);

    // The borrower is looked up when the field is left (Enter, Tab or a scanned staff card).
    connect(m_borrowerEdit, &QLineEdit::editingFinished, this, [this] {
        if (m_borrowerEdit->text().trimmed() != m_shownBorrower)
            showBorrower();
    });
    // Enter in the borrower or purpose field moves on; in the scan field it acts.
    connect(m_borrowerEdit, &QLineEdit::returnPressed, m_scanEdit, qOverload<>(&QWidget::setFocus));
    connect(m_purposeEdit, &QLineEdit::returnPressed, m_scanEdit, qOverload<>(&QWidget::setFocus));
    connect(m_noteEdit, &QLineEdit::returnPressed, m_scanEdit, qOverload<>(&QWidget::setFocus));
    connect(m_scanEdit, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scanEdit->text().trimmed();
        if (!text.isEmpty())
            scan(text);
        m_scanEdit->clear();
        m_scanEdit->setFocus();
    });
    connect(m_directionCombo, &QComboBox::currentIndexChanged, this, [this](int i) {
        const bool in = i == 1;
        m_conditionCombo->setEnabled(in);
        m_noteEdit->setEnabled(in);
    });
    m_conditionCombo->setEnabled(false);
    m_noteEdit->setEnabled(false);
    auto* f2 = new QShortcut(QKeySequence(Qt::Key_F2), this);
    connect(f2, &QShortcut::activated, this, [this] { setDirection(Direction::CheckOut); });
    auto* f3 = new QShortcut(QKeySequence(Qt::Key_F3), this);
    connect(f3, &QShortcut::activated, this, [this] { setDirection(Direction::CheckIn); });
    auto* ctrlN = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key_N), this);
    connect(ctrlN, &QShortcut::activated, this, &BorrowDesk::nextBorrower);

    setTabOrder(m_borrowerEdit, m_purposeEdit);
    setTabOrder(m_purposeEdit, m_scanEdit);
    setTabOrder(m_scanEdit, m_directionCombo);
    setTabOrder(m_directionCombo, m_conditionCombo);
    setTabOrder(m_conditionCombo, m_noteEdit);
    m_borrowerEdit->setFocus();
}

void BorrowDesk::setDirection(Direction d)
{
    m_directionCombo->setCurrentIndex(d == Direction::CheckIn ? 1 : 0);
    m_scanEdit->setFocus();
}

BorrowDesk::Direction BorrowDesk::direction() const
{
    return m_directionCombo->currentIndex() == 1 ? Direction::CheckIn : Direction::CheckOut;
}

void BorrowDesk::say(const QString& text, bool ok)
{
    m_messageLabel->setText(text);
    m_messageLabel->setStyleSheet(ok ? QStringLiteral("color: #1d6b2a;") : QStringLiteral("color: #b02020;"));
}

bool BorrowDesk::scan(const QString& typed)
{
    // As scanned or typed: without the "·", in any case, or only the serial (the candidates are
    // offered when it fits several).
    auto dossier = resolveTypedCode(m_archive, this, typed);
    if (!dossier) {
        say(dossier.error().message, false);
        return false;
    }
    const QString archiveNo = dossier->archiveNo;
    LoanDeskService& desk = m_archive.desk();
    Result<Loan> r = Error::of(ErrorCode::Failed, {});
    if (direction() == Direction::CheckOut) {
        r = desk.checkOutByArchiveNo(archiveNo, m_borrowerEdit->text().trimmed(), m_purposeEdit->text());
    } else {
        const auto c = ReturnCondition(m_conditionCombo->currentData().toInt());
        r = desk.giveBackByArchiveNo(archiveNo, c, m_noteEdit->text());
        if (r) {
            m_conditionCombo->setCurrentIndex(0);
            m_noteEdit->clear();
        }
    }
    if (!r) {
        say(r.error().message, false);
        return false;
    }
    m_model->upsert(r.value());
    const Loan& l = r.value();
    QString text;
    switch (l.status) {
    case LoanStatus::Out:
        text =
            tr("%1 checked out to %2, due %3").arg(l.archiveNo, l.borrowerName, l.due.toString(Qt::ISODate));
        break;
    case LoanStatus::Returned:
        text = tr("%1 checked in: %2")
                   .arg(l.archiveNo, returnConditionLabel(returnConditionFromCode(l.returnCondition)));
        if (l.returnCondition != QLatin1String("complete"))
            text += tr(" — a damage record was opened for the manager");
        break;
    case LoanStatus::Pending:
        text = tr("%1: request registered, waiting for %2").arg(l.archiveNo, l.approverName);
        break;
    default:
        text = tr("%1: %2 (%3)").arg(l.archiveNo, loanStatusLabel(l.status), loanRuleReason(l.rule));
        break;
    }
    for (const QString& w : l.warnings)
        text += QStringLiteral("\n") + w;
    say(text, l.status == LoanStatus::Out || l.status == LoanStatus::Returned);
    // What the borrower has out now, this folder counted.
    if (l.status == LoanStatus::Out && !m_shownBorrower.isEmpty() &&
        m_shownBorrower == m_borrowerEdit->text().trimmed())
        updateBorrower(false);
    emit loansChanged();
    return l.status == LoanStatus::Out || l.status == LoanStatus::Returned;
}

bool BorrowDesk::showBorrower()
{
    return updateBorrower(true);
}

void BorrowDesk::refresh()
{
    if (!m_shownBorrower.isEmpty() && m_borrowerEdit->text().trimmed() == m_shownBorrower)
        updateBorrower(true);
}

bool BorrowDesk::updateBorrower(bool fillTable)
{
    const QString login = m_borrowerEdit->text().trimmed();
    m_shownBorrower = login;
    if (fillTable)
        m_model->setLoans({});
    if (login.isEmpty()) {
        m_borrowerLabel->clear();
        return false;
    }
    auto b = m_archive.desk().deskBorrower(login);
    if (!b) {
        m_borrowerLabel->setText(
            QStringLiteral("<span style=\"color:#b02020\">%1</span>").arg(b.error().message.toHtmlEscaped()));
        return false;
    }
    int out = 0;
    for (const Loan& l : b->loans)
        if (l.status == LoanStatus::Out)
            ++out;
    QString text = QStringLiteral("<b>%1</b> · %2 · %3")
                       .arg(b->user.displayName.toHtmlEscaped(), b->user.department.toHtmlEscaped(),
                            roleLabel(b->user.role).toHtmlEscaped());
    text += QStringLiteral(" — ") + tr("%n folder(s) out", nullptr, out).toHtmlEscaped();
    if (b->overdue > 0)
        text += QStringLiteral(", <span style=\"color:#b02020\"><b>%1</b></span>")
                    .arg(tr("%n overdue", nullptr, b->overdue).toHtmlEscaped());
    const int waiting = int(b->loans.size()) - out;
    if (waiting > 0)
        text += QStringLiteral(", ") + tr("%n approved or waiting", nullptr, waiting).toHtmlEscaped();
    m_borrowerLabel->setText(text);
    if (fillTable)
        m_model->setLoans(b->loans);
    return true;
}

QString BorrowDesk::borrowerText() const
{
    QTextDocument doc;
    doc.setHtml(m_borrowerLabel->text());
    return doc.toPlainText();
}

void BorrowDesk::nextBorrower()
{
    m_model->setLoans({});
    m_borrowerLabel->clear();
    m_shownBorrower.clear();
    m_borrowerEdit->clear();
    m_purposeEdit->clear();
    m_messageLabel->clear();
    setDirection(Direction::CheckOut);
    m_borrowerEdit->setFocus();
}

} // namespace ar::ui
