#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class LoanModel;

// The borrow desk (R33): one screen for one borrower and several folders. The clerk types
// (or scans) the borrower's login, then scans each folder's spine label — the scanner types
// the 档号 and Enter — and the folder is checked out (or, with F3, checked in with its
// condition). No mouse needed: F2 check out, F3 check in, Ctrl+N next borrower.
class BorrowDesk : public QDialog
{
    Q_OBJECT
public:
    explicit BorrowDesk(Archive& archive, QWidget* parent = nullptr);

    enum class Direction
    {
        CheckOut,
        CheckIn
    };
    void setDirection(Direction d);
    Direction direction() const;
    // What Enter in the scan field does; true if the service accepted it.
    bool scan(const QString& archiveNo);
    LoanModel* model() const { return m_model; }
    // Looks the typed borrower up: name, department, what they have out (overdue in red) or
    // approved to take, into the label and the table. False (the reason shown) if unknown.
    bool showBorrower();
    QString borrowerText() const;
    // The shown borrower's line and table again (another desk changed the archive); the field
    // being typed in keeps its text and the focus.
    void refresh();

signals:
    void loansChanged();

private:
    void nextBorrower();
    // The borrower's line (and, with `fillTable`, the table) from the service.
    bool updateBorrower(bool fillTable);
    void say(const QString& text, bool ok);

    Archive& m_archive;
    LoanModel* m_model;
    QLineEdit* m_borrowerEdit;
    QLabel* m_borrowerLabel;
    QString m_shownBorrower;
    QLineEdit* m_purposeEdit;
    QComboBox* m_directionCombo;
    QComboBox* m_conditionCombo;
    QLineEdit* m_noteEdit;
    QLineEdit* m_scanEdit;
    QLabel* m_messageLabel;
    QTableView* m_table;
};

} // namespace ar::ui
