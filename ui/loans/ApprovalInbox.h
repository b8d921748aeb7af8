#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class LoanModel;

// The manager's approval inbox (R2, R23, R25, R32): pending requests and extensions of the
// categories the department approves (leaders: all); approve or reject with a reason.
class ApprovalInbox : public QDialog
{
    Q_OBJECT
public:
    explicit ApprovalInbox(Archive& archive, QWidget* parent = nullptr);
    void refresh();
    LoanModel* model() const { return m_model; }
    QTableView* table() const { return m_table; }
    // Decides the selected loan; false (and the reason shown) if the service refused.
    bool decide(bool approve);
    // Selects the line of this loan (from the start-screen panel); false if it is not here.
    bool selectLoan(qint64 loanId);
    // What the details under the table say of the selected request, as plain text (tests).
    QString detailsText() const;

signals:
    void loansChanged();

private:
    void showDetails();

    Archive& m_archive;
    LoanModel* m_model;
    QTableView* m_table;
    QLineEdit* m_reasonEdit;
    QPushButton* m_approveButton;
    QPushButton* m_rejectButton;
    QLabel* m_messageLabel;
    QLabel* m_detailsLabel;
};

} // namespace ar::ui
