#include "ui/loans/ApprovalInbox.h"

#include "ui/common/ReadOnlyTable.h"
#include "ui/loans/LoanModel.h"

#include "services/Archive.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTextDocument>
#include <QVBoxLayout>

namespace ar::ui {

ApprovalInbox::ApprovalInbox(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_model(new LoanModel(this)), m_table(new QTableView(this)),
      m_reasonEdit(new QLineEdit(this)), m_approveButton(new QPushButton(tr("&Approve"), this)),
      m_rejectButton(new QPushButton(tr("&Reject"), this)), m_messageLabel(new QLabel(this)),
      m_detailsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ApprovalInbox"));
    setWindowTitle(tr("Approvals"));
    m_table->setObjectName(QStringLiteral("inboxTable"));
    LoanModel::setUpTable(m_table, m_model);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("reason (required to reject)"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    // What the approver needs to decide without opening anything else (issue #20 item 7).
    m_detailsLabel->setObjectName(QStringLiteral("detailsLabel"));
    m_detailsLabel->setWordWrap(true);
    m_detailsLabel->setTextFormat(Qt::RichText);
    m_detailsLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_detailsLabel->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_detailsLabel->setFrameShape(QFrame::StyledPanel);
    m_detailsLabel->setMinimumHeight(m_detailsLabel->fontMetrics().lineSpacing() * 5);

    auto* hint = new QLabel(tr("Requests wait here for the head of the department that approves them; "
                               "copies need the owning department; extensions are marked."),
                            this);
    hint->setWordWrap(true);
    auto* row = new QHBoxLayout;
    row->addWidget(new QLabel(tr("Reason:"), this));
    row->addWidget(m_reasonEdit, 1);
    row->addWidget(m_approveButton);
    row->addWidget(m_rejectButton);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_detailsLabel);
    layout->addLayout(row);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decide(false); });
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &ApprovalInbox::showDetails);
    resize(1000, 560);
    refresh();
}

bool ApprovalInbox::selectLoan(qint64 loanId)
{
    for (int row = 0; row < m_model->rowCount(); ++row)
        if (m_model->loan(row)->id == loanId) {
            m_table->selectRow(row);
            showDetails();
            return true;
        }
    m_messageLabel->setText(tr("Loan %1 no longer waits for your decision").arg(loanId));
    return false;
}

QString ApprovalInbox::detailsText() const
{
    QTextDocument doc;
    doc.setHtml(m_detailsLabel->text());
    return doc.toPlainText();
}

namespace {

// "3 days", "5 hours", "under an hour": how long a request has waited.
QString waited(const QDateTime& since, const QDateTime& now)
{
    if (!since.isValid() || since > now)
        return {};
    const qint64 hours = since.secsTo(now) / 3600;
    if (hours >= 48)
        return ApprovalInbox::tr("%n day(s)", nullptr, int(hours / 24));
    if (hours >= 1)
        return ApprovalInbox::tr("%n hour(s)", nullptr, int(hours));
    return ApprovalInbox::tr("under an hour");
}

} // namespace

void ApprovalInbox::showDetails()
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l) {
        m_detailsLabel->setText(tr("Nothing waits for your decision."));
        return;
    }
    const auto line = [](const QString& label, const QString& value) {
        return QStringLiteral("<b>%1</b> %2").arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    QStringList lines;
    lines << line(tr("Dossier:"), QStringLiteral("%1 %2").arg(l->archiveNo, l->dossierTitle)) +
                 QStringLiteral("　") +
                 line(tr("Category:"), l->categoryName.isEmpty() ? l->category : l->categoryName) +
                 (l->room.isEmpty() ? QString() : QStringLiteral("　") + line(tr("Room:"), l->room));
    QString what = accessModeLabel(l->mode);
    if (l->mode == AccessMode::Copy && !l->pages.isEmpty())
        what += tr(", pages %1").arg(l->pages);
    if (l->wantedReturn.isValid())
        what += tr(", back by %1").arg(l->wantedReturn.toString(Qt::ISODate));
    lines << line(tr("Borrower:"), tr("%1, %2").arg(l->borrowerName, l->department)) + QStringLiteral("　") +
                 line(tr("Asks to:"), what);
    lines << line(tr("Purpose:"), l->purpose);
    const QString wait = waited(l->requestedAt, m_archive.clock().now());
    lines << line(tr("Asked on:"),
                  l->requestedAt.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))) +
                 (wait.isEmpty() ? QString() : QStringLiteral("　") + line(tr("Waiting:"), wait)) +
                 (l->extensionPending ? QStringLiteral("　") + line(tr("Extension asked; due now:"),
                                                                    l->due.toString(Qt::ISODate))
                                      : QString());
    m_detailsLabel->setText(lines.join(QStringLiteral("<br>")));
}

void ApprovalInbox::refresh()
{
    // The request being read stays selected when the list is reloaded (another desk added one).
    const Loan* current = m_model->loan(m_table->currentIndex().row());
    const qint64 keep = current ? current->id : 0;
    auto rows = m_archive.loans().inbox();
    m_model->setLoans(rows ? rows.value() : QList<Loan>());
    if (!rows)
        m_messageLabel->setText(rows.error().message);
    int row = 0;
    for (int r = 0; r < m_model->rowCount(); ++r)
        if (m_model->loan(r)->id == keep)
            row = r;
    if (m_model->rowCount() > 0)
        m_table->selectRow(row);
    showDetails();
    m_approveButton->setEnabled(m_model->rowCount() > 0);
    m_rejectButton->setEnabled(m_model->rowCount() > 0);
}

bool ApprovalInbox::decide(bool approve)
{
    const Loan* l = m_model->loan(m_table->currentIndex().row());
    if (!l)
        return false;
    const qint64 id = l->id;
    auto r = approve ? m_archive.loans().approve(id, m_reasonEdit->text())
                     : m_archive.loans().reject(id, m_reasonEdit->text());
    if (!r) {
        m_messageLabel->setText(r.error().message);
        return false;
    }
    m_messageLabel->setText(tr("Loan %1: %2").arg(id).arg(loanStatusLabel(r->status)));
    m_reasonEdit->clear();
    refresh();
    emit loansChanged();
    return true;
}

} // namespace ar::ui
