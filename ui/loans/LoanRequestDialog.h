#pragma once

#include "core/Loan.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;

namespace ar {
class Archive;
}

namespace ar::ui {

class FormGuard;

// A request (R30): dossier, borrower (the clerk may ask for someone else), mode, purpose,
// wanted return date, pages for a copy. OK asks the service and shows its decision.
class LoanRequestDialog : public QDialog
{
    Q_OBJECT
public:
    explicit LoanRequestDialog(Archive& archive, QWidget* parent = nullptr);
    void setArchiveNo(const QString& archiveNo);
    // Lists the dossiers of the room typed (3-2-1201) to choose from: who may not see the
    // register finds what to ask for by 档号, category and title (issue #20 item 6).
    bool showRoom(const QString& roomRef);
    // The loan registered by the last OK (id 0 if none).
    const Loan& loan() const { return m_loan; }

    void accept() override;
    // Asks before typed values are thrown away (Escape, Cancel, the close button).
    void reject() override;

private:
    Archive& m_archive;
    QLineEdit* m_archiveEdit;
    QLineEdit* m_roomEdit;
    QComboBox* m_roomDossiers;
    QLineEdit* m_borrowerEdit;
    QComboBox* m_modeCombo;
    QLineEdit* m_purposeEdit;
    QCheckBox* m_untilCheck;
    QDateEdit* m_untilEdit;
    QLineEdit* m_pagesEdit;
    QLabel* m_errorLabel;
    Loan m_loan;
    FormGuard* m_guard = nullptr;
};

} // namespace ar::ui
