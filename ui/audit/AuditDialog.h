#pragma once

#include <QDialog>

#include <functional>

class QAction;
class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace ar {
class Archive;
}

namespace ar::ui {

class AuditModel;

// The audit trail (R27): who viewed, unmasked or changed what and when, filtered by person,
// dossier, user, action and dates; and a check of the hash chain. For the roles that may read
// the trail (admin, leader, clerk); the service refuses the others anyway.
class AuditDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AuditDialog(Archive& archive, QWidget* parent = nullptr);

    AuditModel* model() const { return m_model; }
    // Shows only the records of this person (0: everyone).
    void setPersonFilter(qint64 personId);
    // Reads the filter fields and lists the newest matching records.
    void applyFilter();
    // Walks the hash chain and shows the result under the table.
    void verifyChain();

    // The "Audit trail" action of the main window (objectName "actionAuditTrail"), visible only
    // to roles that may read the trail. `currentPerson` names the person selected in the window,
    // whose records the dialog then shows first.
    static QAction* createAction(Archive& archive, QWidget* window, std::function<qint64()> currentPerson);

private:
    void showError(const QString& message);

    Archive& m_archive;
    AuditModel* m_model;
    QTableView* m_table;
    QLineEdit* m_personEdit;
    QLineEdit* m_dossierEdit;
    QLineEdit* m_userEdit;
    QComboBox* m_actionCombo;
    QCheckBox* m_fromCheck;
    QDateEdit* m_fromEdit;
    QCheckBox* m_toCheck;
    QDateEdit* m_toEdit;
    QPushButton* m_applyButton;
    QPushButton* m_verifyButton;
    QLabel* m_verifyLabel;
    QLabel* m_errorLabel;
};

} // namespace ar::ui
