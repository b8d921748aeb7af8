#include "ui/loans/LoanModel.h"

#include <QBrush>
#include <QColor>
#include <QHeaderView>
#include <QTableView>

#include "ui/common/ReadOnlyTable.h"

namespace ar::ui {

void LoanModel::setUpTable(QTableView* table, LoanModel* model)
{
    table->setModel(model);
    setUpReadOnlyTable(table);
    for (int c : {int(Id), int(ArchiveNo), int(Borrower), int(Department), int(Mode), int(Status),
                  int(Approver), int(Due), int(Overdue)})
        table->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    // The purpose takes what is left (its whole text is in the tooltip and the inbox's details).
    table->horizontalHeader()->setSectionResizeMode(Purpose, QHeaderView::Stretch);
}

void LoanModel::setLoans(const QList<Loan>& loans)
{
    beginResetModel();
    m_loans = loans;
    endResetModel();
}

void LoanModel::upsert(const Loan& loan)
{
    for (int i = 0; i < m_loans.size(); ++i) {
        if (m_loans.at(i).id == loan.id) {
            m_loans[i] = loan;
            emit dataChanged(index(i, 0), index(i, ColumnCount - 1));
            return;
        }
    }
    beginInsertRows({}, 0, 0);
    m_loans.prepend(loan);
    endInsertRows();
}

const Loan* LoanModel::loan(int row) const
{
    return row >= 0 && row < m_loans.size() ? &m_loans.at(row) : nullptr;
}

int LoanModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_loans.size());
}

int LoanModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant LoanModel::data(const QModelIndex& index, int role) const
{
    const Loan* l = loan(index.row());
    if (!l)
        return {};
    if (role == Qt::ForegroundRole && (l->daysOverdue > 0 || l->status == LoanStatus::Lost))
        return QBrush(QColor(0xb0, 0x20, 0x20));
    if (role == Qt::ToolTipRole)
        // The rule behind the status in the tooltip keeps the column narrow enough for 1366×768.
        return index.column() == Status
                   ? tr("%1 (%2)").arg(loanStatusLabel(l->status), loanRuleReason(l->rule))
                   : l->purpose;
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Id:
        return l->id;
    case ArchiveNo:
        return l->archiveNo;
    case Borrower:
        return l->borrowerName;
    case Department:
        return l->department;
    case Mode:
        return accessModeLabel(l->mode);
    case Purpose:
        return l->purpose;
    case Status: {
        QString s = loanStatusLabel(l->status);
        if (l->extensionPending)
            s += tr(", extension asked");
        if (!l->returnCondition.isEmpty() && l->returnCondition != QLatin1String("complete"))
            s += QStringLiteral(", ") + returnConditionLabel(returnConditionFromCode(l->returnCondition));
        return s;
    }
    case Approver:
        return l->approverName;
    case Due:
        return l->due.isValid() ? l->due.toString(Qt::ISODate) : QString();
    case Overdue:
        return l->daysOverdue > 0 ? QVariant(l->daysOverdue) : QVariant();
    }
    return {};
}

QVariant LoanModel::headerData(int section, Qt::Orientation o, int role) const
{
    if (o != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Id:
        return tr("No.");
    case ArchiveNo:
        return tr("Archive no.");
    case Borrower:
        return tr("Borrower");
    case Department:
        return tr("Department");
    case Mode:
        return tr("Mode");
    case Purpose:
        return tr("Purpose");
    case Status:
        return tr("Status");
    case Approver:
        return tr("Approver");
    case Due:
        return tr("Due");
    case Overdue:
        return tr("Days overdue");
    }
    return {};
}

} // namespace ar::ui
