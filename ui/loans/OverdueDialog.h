#pragma once

#include "core/Loan.h"

#include <QDialog>

class QLabel;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class LoanModel;

// R35: loans out past their due date, by department and borrower, with the days overdue;
// a reminder slip (催还单) per loan, printed or saved as PDF through the print dialog.
class OverdueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OverdueDialog(Archive& archive, QWidget* parent = nullptr);
    void refresh();
    LoanModel* model() const { return m_model; }

private:
    QList<Loan> chosen() const;
    // The reminder slips of the selected loans (all if none is selected) in the print dialog.
    void onPrint();

    Archive& m_archive;
    LoanModel* m_model;
    QTableView* m_table;
    QLabel* m_messageLabel;
};

} // namespace ar::ui
