#pragma once

#include "Forward.h"
#include "core/Audit.h"

namespace ar {

// Registering a person at a room (R3, R5): a new person or one already on file.
struct Registration
{
    qint64 roomId = 0;
    OccupancyRole role = OccupancyRole::Owner;
    QString relation; // for household members
    QDate since;      // defaults to today
    PersonData person;
    // A tenant's lease (issue #20 item 9): optional; refused for the other roles.
    QDate leaseFrom;
    QDate leaseTo;
    QString contractNo;
};

struct RegistrationResult
{
    qint64 personId = 0;
    qint64 occupancyId = 0;
    QString archiveNo; // the owner/tenant dossier opened, empty for members and agents
    QStringList warnings;
};

// One current occupant of a room, as the register shows it (masked).
struct Occupant
{
    Occupancy occupancy;
    QString name;
    QString phone; // first phone, masked unless the user may unmask
    bool leaseOverdue = false; // a current tenancy whose lease ended before today
};

// A current tenancy whose lease ends soon or has ended (the tenant not moved out).
struct LeaseDue
{
    Occupancy occupancy;
    QString name;
    QString room; // "A座-1单元-101"
    int daysLeft; // negative: ended that many days ago
    bool overdue() const { return daysLeft < 0; }
};

// How many leases expiringLeases() would list: ending within the days asked, and already ended.
struct LeaseCounts
{
    int ending = 0;
    int ended = 0;
};

// The owner and tenant register: people, their rooms, their history.
class RegisterService
{
public:
    explicit RegisterService(Context& ctx) : m_ctx(ctx) {}

    // Validates every field; on any error nothing is saved (Error names field and value).
    Result<RegistrationResult> registerPerson(const Registration& r);
    // Registers many in one transaction (an import): the same as registering each in turn, with
    // the rooms, the people already on file and the dossier numbers read once for all. All or
    // nothing: on an error nothing is saved and `failedAt` says which registration it was.
    // `keys`: when given, the search keys of the new people and dossiers go there, for the caller
    // to write before its transaction commits (an import writes all of its keys at once, in key
    // order); otherwise they are written here.
    Result<QList<RegistrationResult>> registerMany(const QList<Registration>& rs, int* failedAt = nullptr,
                                                   PendingSearchKeys* keys = nullptr);
    // Corrects a person's details: each changed field goes to the history (R6, R41).
    // `p.version` must be the version loaded (someone else's change in between → Conflict).
    // Returns the warnings; `changedFields`, when given, gets the codes of the fields changed (one
    // history row each: "name", "phones" … as fieldLabel() names them), empty when nothing was.
    Result<QStringList> updatePerson(const Person& p, QStringList* changedFields = nullptr);
    // The person, masked unless `unmask` and the role may unmask.
    Result<Person> person(qint64 personId);
    // The full values (R20): one deliberate step with a reason, for roles that may unmask.
    Result<Person> unmasked(qint64 personId, const QString& reason);
    // For the edit form; needs the right to register persons. The sensitive values are masked
    // for every role; updatePerson() keeps a value that is handed back still masked as it was.
    Result<Person> personForEdit(qint64 personId);
    Result<QList<Occupant>> occupants(qint64 roomId, bool includeEnded = false);
    Result<QList<Occupancy>> roomsOf(qint64 personId);
    Status endOccupancy(qint64 occupancyId, const QDate& until);
    // Records or corrects the lease term and contract number of a current tenancy: the change
    // goes to the person's history (R6) and the audit trail. All empty removes the lease.
    Status setLease(qint64 occupancyId, const QDate& from, const QDate& to, const QString& contractNo);
    // Current tenancies whose lease ends within `days` days from today, and those already past
    // their end, by end date (issue #20 item 9).
    Result<QList<LeaseDue>> expiringLeases(int days = 30);
    // The numbers of that list without reading it (the start screen's line: tens of thousands of
    // tenancies in a large archive).
    Result<LeaseCounts> leaseCounts(int days = 30);
    // Checks a lease for a tie of `role`; `contractNo` comes back normalised. Errors name the
    // field and the value.
    QList<Error> checkLease(OccupancyRole role, const QDate& from, const QDate& to,
                            QString& contractNo) const;
    Result<QList<HistoryEntry>> history(qint64 personId);

    // Checks and normalises the fields without saving: the list of errors (empty if fine) and
    // the warnings. Used by the form to mark fields as the clerk types.
    struct Checked
    {
        PersonData data;
        bool idLegacy = false;
        QDate birthDate;
        QList<Error> errors;
        QStringList warnings;
    };
    Checked check(const PersonData& d, OccupancyRole role) const;
    // The same for the edit form of a stored person: values still masked as personForEdit()
    // gave them count as unchanged.
    Checked checkEdit(qint64 personId, const PersonData& d, OccupancyRole role) const;

    static QString fieldLabel(const QString& field);

    // The person with the sensitive fields masked (R20): what lists, forms and prints show.
    static Person masked(Person p);

private:
    // The audit record (R27) of something done to a person or seen of them, in the caller's
    // transaction: `detail` says what (field codes, never values), `reason` why.
    Status audit(AuditAction action, qint64 personId, const QJsonObject& detail = {},
                 const QString& dossier = {}, const QString& reason = {});
    // Loads the person (unmasked) and records the view (R27) in one transaction: `view` says
    // which ("edit" …), `reason` why.
    // A damaged sealed value is an error (audited) unless `damagedAsEmpty` (the correcting form).
    Result<Person> loadAudited(qint64 personId, AuditAction action, const QString& view,
                               const QString& reason, bool damagedAsEmpty = false);
    PersonData restoreMasked(PersonData submitted, const PersonData& stored) const;
    Status agentReceivesHandover(qint64 roomId, const QString& agent, const QDateTime& now);
    Context& m_ctx;
};

} // namespace ar
