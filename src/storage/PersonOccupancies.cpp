// Who lives where: the occupancies (owner, co-owner, tenant, member, agent) of persons and rooms,
// their leases, and the occupants listed in the order of the 业主档案表. The persons themselves and
// their sealed fields are in PersonRepository.cpp.
#include "PersonRepository.h"

#include "SqlHelpers.h"
#include "StoredDates.h"
#include "core/Validators.h"

namespace ar {

using namespace sqlh;

namespace {
Occupancy occupancyFrom(const QSqlQuery& q, int o = 0)
{
    Occupancy x;
    x.id = q.value(o).toLongLong();
    x.personId = q.value(o + 1).toLongLong();
    x.roomId = q.value(o + 2).toLongLong();
    x.role = roleFromCode(q.value(o + 3).toString());
    x.relation = q.value(o + 4).toString();
    x.since = storeddates::fromDay(q.value(o + 5));
    x.until = storeddates::fromDay(q.value(o + 6));
    x.leaseFrom = storeddates::fromDay(q.value(o + 7));
    x.leaseTo = storeddates::fromDay(q.value(o + 8));
    x.contractNo = q.value(o + 9).toString();
    return x;
}
const QString kOccCols = QStringLiteral("o.id, o.person_id, o.room_id, o.role, o.relation, o.since, o.until, "
                                        "o.lease_from, o.lease_to, o.contract_no");
constexpr int kOccColCount = 10;
// People of a room in the order of the 业主档案表 (P1): owner, co-owners, tenants, members,
// agents; not the alphabetical order of the role codes.
const QString kRoleRank =
    QStringLiteral("CASE o.role WHEN 'owner' THEN 0 WHEN 'co_owner' THEN 1 WHEN 'tenant' THEN 2 "
                   "WHEN 'member' THEN 3 ELSE 4 END");
} // namespace

Result<qint64> PersonRepository::insertOccupancy(const Occupancy& o, const QDateTime& now)
{
    return m_db.insert(
        QStringLiteral(
            "INSERT INTO occupancies(person_id, room_id, role, relation, since, until, "
            "lease_from, lease_to, contract_no, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {o.personId, o.roomId, roleCode(o.role), o.relation, storeddates::toDay(o.since),
         storeddates::toDay(o.until), storeddates::toDay(o.leaseFrom), storeddates::toDay(o.leaseTo),
         o.contractNo, storeddates::toEpoch(now)});
}

Result<qint64> PersonRepository::insertOccupancies(const QList<Occupancy>& os, const QDateTime& now)
{
    if (os.isEmpty())
        return qint64(0);
    auto first = m_db.reserveIds(QStringLiteral("occupancies"), int(os.size()));
    if (!first)
        return first;
    const QVariant at = storeddates::toEpoch(now);
    if (auto s = insertRows(
            m_db,
            QStringLiteral("INSERT INTO occupancies(id, person_id, room_id, role, relation, since, until, "
                           "lease_from, lease_to, contract_no, created_at) VALUES "),
            11, {}, os.size(),
            [&](qsizetype i, QVariantList& args) {
                const Occupancy& o = os.at(i);
                args << first.value() + i << o.personId << o.roomId << roleCode(o.role) << o.relation
                     << storeddates::toDay(o.since) << storeddates::toDay(o.until)
                     << storeddates::toDay(o.leaseFrom) << storeddates::toDay(o.leaseTo) << o.contractNo
                     << at;
            });
        !s)
        return s.error();
    return first;
}

Status PersonRepository::endOccupancy(qint64 occupancyId, const QDate& until)
{
    return done(m_db.write(QStringLiteral("UPDATE occupancies SET until = ? WHERE id = ?"),
                           {storeddates::toDay(until), occupancyId}));
}

Status PersonRepository::setLease(const Occupancy& o)
{
    return done(m_db.write(
        QStringLiteral("UPDATE occupancies SET lease_from = ?, lease_to = ?, contract_no = ? WHERE id = ?"),
        {storeddates::toDay(o.leaseFrom), storeddates::toDay(o.leaseTo), o.contractNo, o.id}));
}

Result<QPair<int, int>> PersonRepository::leasesEndingCount(const QDate& today, const QDate& last)
{
    // Every tie has its person (occupancies.person_id references persons): the count needs no
    // join and reads the partial index of running leases only (35 ms at a million households).
    auto q = m_db.exec(
        QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(CASE WHEN o.lease_to < ? THEN 1 ELSE 0 END), 0) "
            "FROM occupancies o WHERE o.until IS NULL AND o.lease_to IS NOT NULL AND o.lease_to <= ?"),
        {storeddates::toDay(today), storeddates::toDay(last)});
    if (!q)
        return q.error();
    if (!q.value().next())
        return qMakePair(0, 0);
    const int all = q.value().value(0).toInt();
    const int ended = q.value().value(1).toInt();
    return qMakePair(all - ended, ended);
}

Result<QList<PersonRepository::RoomOccupant>> PersonRepository::leasesEndingBy(const QDate& last)
{
    return listOf<RoomOccupant>(
        m_db.exec(QStringLiteral("SELECT %1, p.name FROM occupancies o JOIN persons p ON p.id = o.person_id "
                                 "WHERE o.until IS NULL AND o.lease_to IS NOT NULL AND o.lease_to <= ? "
                                 "ORDER BY o.lease_to, o.room_id, o.id")
                      .arg(kOccCols),
                  {storeddates::toDay(last)}),
        [](const QSqlQuery& q, int) {
            return RoomOccupant{occupancyFrom(q, 0), q.value(kOccColCount).toString()};
        });
}

Result<Occupancy> PersonRepository::occupancy(qint64 id)
{
    return oneOf<Occupancy>(
        m_db.exec(QStringLiteral("SELECT %1 FROM occupancies o WHERE o.id = ?").arg(kOccCols), {id}),
        occupancyFrom, QStringLiteral("occupancy %1").arg(id));
}

Result<QList<Occupancy>> PersonRepository::occupanciesOfRoom(qint64 roomId, bool includeEnded)
{
    QString sql = QStringLiteral("SELECT %1 FROM occupancies o WHERE o.room_id = ?").arg(kOccCols);
    if (!includeEnded)
        sql += QStringLiteral(" AND o.until IS NULL");
    sql += QStringLiteral(" ORDER BY o.until IS NOT NULL, %1, o.since, o.id").arg(kRoleRank);
    return listOf<Occupancy>(m_db.exec(sql, {roomId}), occupancyFrom);
}

Result<QList<Occupancy>> PersonRepository::occupanciesOfPerson(qint64 personId)
{
    return listOf<Occupancy>(
        m_db.exec(QStringLiteral("SELECT %1 FROM occupancies o WHERE o.person_id = ? ORDER BY o.since, o.id")
                      .arg(kOccCols),
                  {personId}),
        occupancyFrom);
}

Result<QList<Occupancy>> PersonRepository::occupanciesOfPersons(const QList<qint64>& personIds)
{
    QList<Occupancy> out;
    for (const InBatch& b : inBatches(personIds)) {
        auto part = listOf<Occupancy>(
            m_db.exec(QStringLiteral("SELECT %1 FROM occupancies o WHERE o.person_id IN (%2) "
                                     "ORDER BY o.person_id, o.since, o.id")
                          .arg(kOccCols, b.placeholders),
                      b.args),
            occupancyFrom);
        if (!part)
            return part.error();
        out << part.value();
    }
    return out;
}

Result<QList<Occupancy>> PersonRepository::occupanciesOfRooms(const QList<qint64>& roomIds, bool includeEnded)
{
    QList<Occupancy> out;
    for (const InBatch& b : inBatches(roomIds)) {
        auto part = listOf<Occupancy>(
            m_db.exec(QStringLiteral("SELECT %1 FROM occupancies o WHERE o.room_id IN (%2)%3 "
                                     "ORDER BY o.room_id, o.until IS NOT NULL, %4, o.since, o.id")
                          .arg(kOccCols, b.placeholders,
                               includeEnded ? QString() : QStringLiteral(" AND o.until IS NULL"), kRoleRank),
                      b.args),
            occupancyFrom);
        if (!part)
            return part.error();
        out << part.value();
    }
    return out;
}

Result<QList<PersonRepository::RoomOccupant>> PersonRepository::currentOccupantsOfUnit(qint64 unitId)
{
    return listOf<RoomOccupant>(
        m_db.exec(QStringLiteral("SELECT %1, p.name FROM occupancies o JOIN rooms r ON r.id = o.room_id "
                                 "JOIN persons p ON p.id = o.person_id "
                                 "WHERE r.unit_id = ? AND o.until IS NULL ORDER BY o.room_id, o.id")
                      .arg(kOccCols),
                  {unitId}),
        [](const QSqlQuery& q, int) {
            return RoomOccupant{occupancyFrom(q, 0), q.value(kOccColCount).toString()};
        });
}

} // namespace ar
