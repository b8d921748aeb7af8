#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Person.h"
#include "core/Sensitive.h"

#include <QHash>

namespace ar {

// Persons, their phones and their ties to rooms. The sensitive fields are sealed and opened
// with the SensitiveCodec here and nowhere else; callers see plain PersonData.
class PersonRepository
{
public:
    PersonRepository(Database& db, const SensitiveCodec& codec) : m_db(db), m_codec(codec) {}

    Result<qint64> insert(const Person& p, qint64 createdBy, const QDateTime& now);
    // Many new persons (the demo): the rows and phones insert() writes for each, in the same order
    // and with the same ids, many rows per statement. Gives the first id; the others follow it.
    Result<qint64> insertMany(const QList<Person>& ps, qint64 createdBy, const QDateTime& now);
    // Writes p.data if the stored version is still p.version; bumps the version.
    Status update(const Person& p);
    // Unmasked. A sealed value that fails its integrity check is an error (ErrorCode::Damaged)
    // naming the person and the field, never an empty value; with `damagedAsEmpty` (only for the
    // form that corrects the record) such fields come back empty and are named in Person::damaged.
    Result<Person> load(qint64 id, bool damagedAsEmpty = false);
    Result<QString> name(qint64 id);
    Result<QList<qint64>> findByIdNumber(const QString& normalized);
    // The same for many numbers at once: number → the persons holding it (absent if none).
    Result<QHash<QString, QList<qint64>>> findByIdNumbers(const QStringList& normalized);
    Result<QList<qint64>> findByPhone(const QString& normalized);

    Result<qint64> insertOccupancy(const Occupancy& o, const QDateTime& now);
    // The rows insertOccupancy() writes for each, in order, many per statement, their ids taken
    // first (Database::reserveIds): the ids insertOccupancy() would give them one by one. Gives
    // the first id; the others follow it.
    Result<qint64> insertOccupancies(const QList<Occupancy>& os, const QDateTime& now);
    Status endOccupancy(qint64 occupancyId, const QDate& until);
    Result<Occupancy> occupancy(qint64 id);
    Result<QList<Occupancy>> occupanciesOfRoom(qint64 roomId, bool includeEnded);
    Result<QList<Occupancy>> occupanciesOfPerson(qint64 personId);
    // Batched forms for search results (a few queries per page of hits, not a few per hit).
    // Names of persons that do not exist are absent.
    Result<QHash<qint64, QString>> names(const QList<qint64>& ids);
    // Every tie of these persons, by person, then as occupanciesOfPerson orders them.
    Result<QList<Occupancy>> occupanciesOfPersons(const QList<qint64>& personIds);
    // The ties of these rooms, by room, then as occupanciesOfRoom orders them.
    Result<QList<Occupancy>> occupanciesOfRooms(const QList<qint64>& roomIds, bool includeEnded);
    // Current occupancies of every room of a unit, with the person's name: for room lists.
    struct RoomOccupant
    {
        Occupancy occupancy;
        QString name;
    };
    Result<QList<RoomOccupant>> currentOccupantsOfUnit(qint64 unitId);
    // Writes the lease term and contract number of the tie `o.id` (issue #20 item 9).
    Status setLease(const Occupancy& o);
    // Current ties whose lease ends on or before `last` (those already past their end too), with
    // the person's name, by end date.
    Result<QList<RoomOccupant>> leasesEndingBy(const QDate& last);
    // How many leasesEndingBy(last) lists: (still running, ended before `today`).
    Result<QPair<int, int>> leasesEndingCount(const QDate& today, const QDate& last);

    // Writes the sensitive fields again (through the codec): for encrypting an older archive.
    Status rewriteSensitive(qint64 personId, const PersonData& d) { return writeSensitive(personId, d); }
    // The masked forms of the sensitive fields (R20), as every role without the full key sees them.
    static PersonData maskedData(PersonData d);
    // Keys by role: persons whose masked forms are not stored yet (older rows), and persons with
    // a full value whose blind index is missing (written without the full key).
    Result<QList<qint64>> withoutMaskedForm();
    Result<QList<qint64>> withoutBlindIndex();
    Status writeMaskedForm(qint64 personId, const PersonData& d);

    QString context(qint64 personId) const { return QStringLiteral("person/%1").arg(personId); }
    // The context of the person's sensitive values in the change history: another purpose than
    // the live row's, so an old value copied from the history into the row does not open there.
    QString historyContext(qint64 personId) const { return context(personId) + QStringLiteral("/history"); }
    // The error for a sealed value of this person that fails its integrity check.
    static Error damagedValue(qint64 personId, const QString& field);

private:
    // The sealed columns id_number, id_blind, work_unit, home_address, emergency_contact.
    QVariantList sealed(qint64 id, const PersonData& d) const;
    // `fresh`: the person was just inserted, so there are no old phones to delete (a DELETE on a
    // table with foreign keys costs a statement journal even when it deletes nothing).
    Status writePhones(qint64 id, const PersonData& d, bool fresh);
    Status writeSensitive(qint64 id, const PersonData& d);
    QVariant sealedMaskedForm(qint64 id, const PersonData& d) const;
    // load() for a session without the full key: the stored masked forms.
    Result<Person> loadMasked(qint64 id, QSqlQuery& r, bool damagedAsEmpty);
    Database& m_db;
    const SensitiveCodec& m_codec;
};

} // namespace ar
