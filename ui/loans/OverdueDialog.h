#pragma once

#include "core/Loan.h"

#include <QDialog>

class QLabel;
class QPrinter;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class LoanModel;

// R35: loans out past their due date, by department and borrower, with the days overdue;
// a reminder slip (催还单) per loan, printed or saved as PDF.
class OverdueDialog : public QDialog
{
    Q_OBJECT
public:
    explicit OverdueDialog(Archive& archive, QWidget* parent = nullptr);
    void refresh();
    LoanModel* model() const { return m_model; }

    // The reminder slips of `loans`, one per page.
    static QString reminderHtml(const QList<Loan>& loans, const QDate& today);
    // Writes the slips of the selected loans (all if none is selected) to a PDF.
    bool writeReminders(const QString& pdfPath);

private:
    QList<Loan> chosen() const;
    void print(QPrinter& printer, const QList<Loan>& loans);
    void onPrint();

    Archive& m_archive;
    LoanModel* m_model;
    QTableView* m_table;
    QLabel* m_messageLabel;
};

} // namespace ar::ui
