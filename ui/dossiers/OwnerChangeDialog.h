#pragma once

#include "services/DossierService.h"

#include <QDialog>

class QDateEdit;
class QDialogButtonBox;
class QLabel;

namespace ar {
class Archive;
}

namespace ar::ui {

class FormGuard;

class PersonForm;

// A room changes hands (R42): says what will happen (the current owner and their dossier,
// which is kept apart as a former owner's dossier and may be destroyed three years later),
// asks for the day of the change (not in the future) and the new owner's details on the
// register's own owner form; OK calls DossierService::changeOwner in one transaction and then
// shows the new and the former archive numbers. A refusal is shown on the field it names.
class OwnerChangeDialog : public QDialog
{
    Q_OBJECT

public:
    OwnerChangeDialog(Archive& archive, qint64 roomId, QWidget* parent = nullptr);
    ~OwnerChangeDialog() override;

    // Why the change cannot start (no such room, no current owner); empty when it can.
    QString loadError() const { return m_loadError; }
    PersonForm* personForm() const { return m_form; }
    // After Accepted: the new owner, the new dossier and the former ones.
    const OwnerChangeResult& outcome() const { return m_result; }

    void accept() override;
    // Asks before typed values are thrown away (Escape, Cancel, the close button).
    void reject() override;

    // Opens the dialog for `roomId` (the main window's selected room); true when the owner
    // changed. A room without a current owner is refused with a message.
    static bool run(Archive& archive, qint64 roomId, QWidget* parent);

private:
    void load();
    void explain();

    Archive& m_archive;
    qint64 m_roomId;
    QString m_loadError;
    QString m_ref;
    QStringList m_owners;
    QDate m_ownerSince;
    QStringList m_archiveNos;
    QLabel* m_explainLabel;
    QDateEdit* m_dateEdit;
    PersonForm* m_form;
    QDialogButtonBox* m_buttons;
    OwnerChangeResult m_result;
    FormGuard* m_guard = nullptr;
};

} // namespace ar::ui
