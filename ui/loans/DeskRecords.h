#pragma once

#include "core/Loan.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace ar {
class Archive;
}

namespace ar::ui {

// The registers the desk keeps beside the loans: a state organ's visit (R24), the copies made
// for an approved copy request (R25, ZC-05/B05), dossiers that came back damaged (R33, R45) and
// owners' requests about their own record (R47).

// R24: organ, officer, credential, dossier and who consented (a leader or the owning
// department's head, offered once the dossier is known). OK registers the in-room visit; a
// refusal is shown in the dialog and nothing is saved.
class VisitDialog : public QDialog
{
    Q_OBJECT
public:
    explicit VisitDialog(Archive& archive, QWidget* parent = nullptr);
    void setArchiveNo(const QString& archiveNo);
    // Fills the consent list for the dossier typed in (done when the field is left).
    void loadConsenters();
    QComboBox* consentCombo() const { return m_consent; }
    const Visit& visit() const { return m_visit; }
    void accept() override;

private:
    Archive& m_archive;
    QLineEdit* m_archiveEdit;
    QLineEdit* m_organEdit;
    QLineEdit* m_officerEdit;
    QLineEdit* m_credentialEdit;
    QComboBox* m_consent;
    QLineEdit* m_noteEdit;
    QLabel* m_errorLabel;
    Visit m_visit;
};

// What the clerk enters for one line of the copy register (R25).
struct CopyInput
{
    QString pages;
    int sheets = 1;
    int copies = 1;
    QString note;
};

// Asks for the copies made for `loan`; tests answer through DialogSeam<CopyInput>.
class CopyForm
{
public:
    static std::optional<CopyInput> ask(QWidget* parent, const Loan& loan);
};

// What the clerk writes down when an owner asks about their own record (R47).
struct OwnerRequestInput
{
    QString archiveNo;
    OwnerRequestKind kind = OwnerRequestKind::View;
    QString detail;
};

class OwnerRequestForm
{
public:
    static std::optional<OwnerRequestInput> ask(QWidget* parent);
};

// A read-only list of records with a "show closed ones too" switch, a line for messages and
// buttons for the steps; the registers below fill it.
class RecordTableDialog : public QDialog
{
    Q_OBJECT
public:
    QTableWidget* table() const { return m_table; }
    QCheckBox* allCheck() const { return m_allCheck; }
    QString message() const;
    virtual void refresh() = 0;

signals:
    void changed();

protected:
    RecordTableDialog(const QString& objectName, const QString& title, const QString& hint,
                      const QStringList& headers, QWidget* parent);
    // Replaces the rows; the first cell of each row keeps the record's id.
    void setRows(const QList<qint64>& ids, const QList<QStringList>& rows);
    qint64 currentId() const;
    QPushButton* addButton(const QString& objectName, const QString& text);
    void say(const QString& text);

private:
    QTableWidget* m_table;
    QCheckBox* m_allCheck;
    QLabel* m_message;
    QDialogButtonBox* m_buttons;
};

// R33, R45: dossiers that came back damaged or incomplete, until someone marks them repaired
// (with how). Clerks see all, managers their department's.
// What is damaged and, optionally, a photo of it (R45): asked when damage is recorded.
struct DamageEntry
{
    QString note;
    QString photoPath; // empty: no photo
};

class DamageDialog : public RecordTableDialog
{
    Q_OBJECT
public:
    explicit DamageDialog(Archive& archive, QWidget* parent = nullptr);
    void refresh() override;
    bool markSelectedRepaired();
    // Opens the selected record's photo in a window of its own (an audited view); the window,
    // or nullptr when there is none or it may not be seen (the reason is said).
    QDialog* showSelectedPhoto();

    // Asks what is damaged and for an optional photo (a test answers through
    // DialogSeam<DamageEntry>, or DialogSeam<QString> for the note alone).
    static std::optional<DamageEntry> ask(QWidget* parent, const QString& title, const QString& label);

private:
    Archive& m_archive;
    QPushButton* m_repair;
    QPushButton* m_photo;
};

// R47: owners' requests to view, correct or copy their own record, registered and answered.
class OwnerRequestsDialog : public RecordTableDialog
{
    Q_OBJECT
public:
    explicit OwnerRequestsDialog(Archive& archive, QWidget* parent = nullptr);
    void refresh() override;
    bool registerRequest();
    bool answerSelected();

private:
    Archive& m_archive;
    QPushButton* m_answer;
    QList<OwnerRequest> m_rows;
};

// R25: the 资料文件借阅、复制记录表 (ZC-05/B05), one line per copy made.
class CopyRegisterDialog : public RecordTableDialog
{
    Q_OBJECT
public:
    explicit CopyRegisterDialog(Archive& archive, QWidget* parent = nullptr);
    void refresh() override;

private:
    Archive& m_archive;
};

} // namespace ar::ui
