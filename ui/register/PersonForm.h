#pragma once

#include "services/RegisterService.h"

#include <QDialog>

#include <memory>
#include <optional>

class QCheckBox;
class QDateEdit;
class QFrame;
class QLabel;
class QLineEdit;
class QWidget;

namespace ar {
class Archive;
}

namespace Ui {
class PersonForm;
}

namespace ar::ui {

class FormGuard;

// The 业主档案表 / 租户档案表 (P1, P2) on screen: the fields of R3 laid out like the paper form.
// New mode registers a person at a room (RegisterService::registerPerson); edit mode corrects
// a person on file (RegisterService::updatePerson, every change kept as history, R6/R41).
// The form checks as the clerk types (RegisterService::check) and only shows what it says.
class PersonForm : public QDialog
{
    Q_OBJECT

public:
    // New person at `roomId` with `role`.
    PersonForm(Archive& archive, qint64 roomId, OccupancyRole role, QWidget* parent = nullptr);
    // Correcting the person `personId`.
    PersonForm(Archive& archive, qint64 personId, QWidget* parent = nullptr);
    ~PersonForm() override;

    bool isEditMode() const { return m_personId != 0 && m_roomId == 0; }
    // After a successful save: the person, and (new owners and tenants) the dossier opened.
    qint64 savedPersonId() const { return m_savedPersonId; }
    QString savedArchiveNo() const { return m_savedArchiveNo; }
    // Whether loading the person or the room failed (the form then cannot save).
    QString loadError() const { return m_loadError; }

    // What the clerk chose to do next after registering (#20 item 2): the form stays open
    // after the save and offers these instead of a "saved" box.
    enum class NextStep
    {
        None,
        AddMember,
        PrintForm,
        PrintLabel,
        RegisterAnother,
    };
    NextStep nextStep() const { return m_next; }
    // Registered: the form now shows the next steps (and is Accepted whatever closes it).
    bool isRegistered() const { return m_registered; }

    void accept() override;
    // Escape, 取消 and the close button ask before typed values are thrown away.
    void reject() override;

    // The form as a part of another dialog that saves the person itself (the owner change,
    // R42): a plain widget without its own buttons and without the "since" date.
    void embed();
    // Checks every field as Save does and shows what is wrong; the data when nothing is.
    std::optional<PersonData> checkedData();
    // Shows a refusal on the field it names and says that nothing was saved.
    void showSaveError(const Error& e);
    // Correcting, for a role that may unmask (#20 item 4): the full values in the fields after
    // the reason is given once (audited as unmasking). False if refused or cancelled.
    bool showFullValues();
    // After a correction was saved: the labels of the fields that changed ("Phone", …).
    QStringList changedFields() const { return m_changedFields; }

private:
    void setUpCommon();
    void applyStyle();
    void showPlace(qint64 roomId);
    void showRole();
    void loadPerson();

    PersonData collect() const;
    void fill(const PersonData& d);
    // Runs the service's check and marks the fields; returns it.
    RegisterService::Checked validate();
    void markField(const QString& field, const QString& value, const QString& message);
    void clearMarks();
    void showMessages(const QList<Error>& errors, const QStringList& warnings);
    QWidget* widgetFor(const QString& field, const QString& value) const;
    void touch(const QString& field);
    // The widgets of an organisation (contact person) and of a tenant's lease, added to the grid.
    void addOrganisationAndLeaseFields();
    // Shows the fields of a natural person or of an organisation, as the document type says.
    void showPersonOrOrganisation();
    // The lease as typed (tenants only): from, to, contract number.
    Occupancy collectLease() const;

    bool saveNew(const QString& name);
    bool saveEdit();
    void offerNextSteps(const QString& html, bool withDossier);

    std::unique_ptr<::Ui::PersonForm> m_ui;
    QLineEdit* m_contactNameEdit = nullptr;
    QLabel* m_leaseCaption = nullptr;
    QFrame* m_leaseCell = nullptr;
    QCheckBox* m_leaseCheck = nullptr;
    QDateEdit* m_leaseFromEdit = nullptr;
    QDateEdit* m_leaseToEdit = nullptr;
    QLabel* m_contractCaption = nullptr;
    QLineEdit* m_contractEdit = nullptr;
    Occupancy m_tenancy; // edit mode: the current tenancy shown, whose lease the form corrects
    Archive& m_archive;
    qint64 m_roomId = 0;
    qint64 m_personId = 0;
    OccupancyRole m_role = OccupancyRole::Owner;
    Person m_loaded;             // edit mode: the version loaded, for optimistic concurrency
    QStringList m_changedFields; // edit mode: what the last save changed
    class QPushButton* m_unmaskButton = nullptr;
    QStringList m_touched;       // fields the clerk has edited: only they show errors while typing
    bool m_showAll = false;      // after a save attempt every error shows
    bool m_genderFromId = false; // the gender was prefilled from the ID number, not chosen
    bool m_validating = false;
    QString m_loadError;
    qint64 m_savedPersonId = 0;
    QString m_savedArchiveNo;
    FormGuard* m_guard = nullptr;
    bool m_registered = false;
    NextStep m_next = NextStep::None;
};

} // namespace ar::ui
