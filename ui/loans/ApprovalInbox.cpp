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
#include <QVBoxLayout>

namespace ar::ui {

ApprovalInbox::ApprovalInbox(Archive& archive, QWidget* parent)
    : QDialog(parent), m_archive(archive), m_model(new LoanModel(this)), m_table(new QTableView(this)),
      m_reasonEdit(new QLineEdit(this)), m_approveButton(new QPushButton(tr("&Approve"), this)),
      m_rejectButton(new QPushButton(tr("&Reject"), this)), m_messageLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("ApprovalInbox"));
    setWindowTitle(tr("Approvals"));
    resize(1000, 480);
    m_table->setObjectName(QStringLiteral("inboxTable"));
    LoanModel::setUpTable(m_table, m_model);
    m_reasonEdit->setObjectName(QStringLiteral("reasonEdit"));
    m_reasonEdit->setPlaceholderText(tr("reason (required to reject)"));
    m_approveButton->setObjectName(QStringLiteral("approveButton"));
    m_rejectButton->setObjectName(QStringLiteral("rejectButton"));
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);

    auto* hint =
        new QLabel(tr("Requests wait here for the head of the department that approves them; "
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
    layout->addLayout(row);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
    connect(m_approveButton, &QPushButton::clicked, this, [this] { decide(true); });
    connect(m_rejectButton, &QPushButton::clicked, this, [this] { decide(false); });
    refresh();
}

void ApprovalInbox::refresh()
{
    auto rows = m_archive.loans().inbox();
    m_model->setLoans(rows ? rows.value() : QList<Loan>());
    if (!rows)
        m_messageLabel->setText(rows.error().message);
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
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
