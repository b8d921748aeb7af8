#pragma once

#include "core/Loan.h"

#include <QAbstractTableModel>

class QTableView;

namespace ar::ui {

// Loans as a read-only table: number, 档号, borrower, department, mode, status (with the rule),
// approver, due date, days overdue.
class LoanModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column
    {
        Id,
        ArchiveNo,
        Borrower,
        Department,
        Mode,
        Purpose,
        Status,
        Approver,
        Due,
        Overdue,
        ColumnCount
    };
    using QAbstractTableModel::QAbstractTableModel;

    void setLoans(const QList<Loan>& loans);
    // Puts a loan first, or replaces the row of the same loan (the desk's list of this visit).
    void upsert(const Loan& loan);
    const QList<Loan>& loans() const { return m_loans; }
    const Loan* loan(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation o, int role = Qt::DisplayRole) const override;

    // The read-only table look, with the archive number, status and approver shown in full.
    static void setUpTable(QTableView* table, LoanModel* model);

private:
    QList<Loan> m_loans;
};

} // namespace ar::ui
