#include "EstateRepository.h"

#include "SqlHelpers.h"

namespace ar {

namespace {
using namespace sqlh;

Estate estateFrom(const QSqlQuery& q, int o = 0)
{
    return Estate{q.value(o).toLongLong(), q.value(o + 1).toString(), q.value(o + 2).toString(),
                  q.value(o + 3).toString()};
}
Building buildingFrom(const QSqlQuery& q, int o = 0)
{
    return Building{q.value(o).toLongLong(), q.value(o + 1).toLongLong(), q.value(o + 2).toLongLong(),
                    q.value(o + 3).toString(), q.value(o + 4).toString()};
}
Unit unitFrom(const QSqlQuery& q, int o = 0)
{
    return Unit{q.value(o).toLongLong(), q.value(o + 1).toLongLong(), q.value(o + 2).toString(),
                q.value(o + 3).toString()};
}
Room roomFrom(const QSqlQuery& q, int o = 0)
{
    return Room{q.value(o).toLongLong(),   q.value(o + 1).toLongLong(),
                q.value(o + 2).toString(), q.value(o + 3).toInt(),
                q.value(o + 4).toInt(),    roomUseFromCode(q.value(o + 5).toString())};
}

const char* kEstateCols = "e.id, e.code, e.name, e.address";
const char* kBuildingCols = "b.id, b.estate_id, COALESCE(b.phase_id, 0), b.code, b.name";
const char* kUnitCols = "u.id, u.building_id, u.code, u.name";
const char* kRoomCols = "r.id, r.unit_id, r.number, r.floor, r.area_centi, r.room_use";

QString sql(const char* pattern, std::initializer_list<const char*> cols)
{
    QString s = QString::fromUtf8(pattern);
    for (const char* c : cols)
        s = s.arg(QString::fromLatin1(c));
    return s;
}

// Natural order for codes and room numbers: "2" before "10" (shorter first, then by text).
QString natural(const char* col)
{
    return QStringLiteral("LENGTH(%1), %1").arg(QString::fromLatin1(col));
}
} // namespace

Result<qint64> EstateRepository::insertEstate(const Estate& e)
{
    return m_db.insert(QStringLiteral("INSERT INTO estates(code, name, address) VALUES (?, ?, ?)"),
                       {e.code, e.name, e.address});
}

Status EstateRepository::updateEstate(const Estate& e)
{
    return done(m_db.write(QStringLiteral("UPDATE estates SET code = ?, name = ?, address = ? WHERE id = ?"),
                          {e.code, e.name, e.address, e.id}));
}

Result<QList<Estate>> EstateRepository::estates()
{
    return listOf<Estate>(m_db.exec(sql("SELECT %1 FROM estates e ORDER BY e.code", {kEstateCols})),
                          estateFrom);
}

Result<Estate> EstateRepository::estate(qint64 id)
{
    return oneOf<Estate>(m_db.exec(sql("SELECT %1 FROM estates e WHERE e.id = ?", {kEstateCols}), {id}),
                         estateFrom, QStringLiteral("estate %1").arg(id));
}

Result<Estate> EstateRepository::estateByCode(const QString& code)
{
    return oneOf<Estate>(m_db.exec(sql("SELECT %1 FROM estates e WHERE e.code = ?", {kEstateCols}), {code}),
                         estateFrom, code);
}

Result<qint64> EstateRepository::insertPhase(const Phase& p)
{
    return m_db.insert(QStringLiteral("INSERT INTO phases(estate_id, name) VALUES (?, ?)"),
                       {p.estateId, p.name});
}

Result<QList<Phase>> EstateRepository::phases(qint64 estateId)
{
    return listOf<Phase>(
        m_db.exec(QStringLiteral("SELECT id, estate_id, name FROM phases WHERE estate_id = ? ORDER BY id"),
                  {estateId}),
        [](const QSqlQuery& q, int) {
            return Phase{q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString()};
        });
}

Result<qint64> EstateRepository::insertBuilding(const Building& b)
{
    return m_db.insert(
        QStringLiteral("INSERT INTO buildings(estate_id, phase_id, code, name) VALUES (?, ?, ?, ?)"),
        {b.estateId, nullableId(b.phaseId), b.code, b.name});
}

Status EstateRepository::updateBuilding(const Building& b)
{
    return done(m_db.write(QStringLiteral("UPDATE buildings SET phase_id = ?, code = ?, name = ? WHERE id = ?"),
                  {nullableId(b.phaseId), b.code, b.name, b.id}));
}

Result<QList<Building>> EstateRepository::buildings(qint64 estateId)
{
    return listOf<Building>(
        m_db.exec(sql("SELECT %1 FROM buildings b WHERE b.estate_id = ? ORDER BY ", {kBuildingCols}) +
                      natural("b.code"),
                  {estateId}),
        buildingFrom);
}

Result<Building> EstateRepository::building(qint64 id)
{
    return oneOf<Building>(m_db.exec(sql("SELECT %1 FROM buildings b WHERE b.id = ?", {kBuildingCols}), {id}),
                           buildingFrom, QStringLiteral("building %1").arg(id));
}

Result<qint64> EstateRepository::insertUnit(const Unit& u)
{
    return m_db.insert(QStringLiteral("INSERT INTO units(building_id, code, name) VALUES (?, ?, ?)"),
                       {u.buildingId, u.code, u.name});
}

Status EstateRepository::updateUnit(const Unit& u)
{
    return done(m_db.write(QStringLiteral("UPDATE units SET code = ?, name = ? WHERE id = ?"),
                          {u.code, u.name, u.id}));
}

Result<QList<Unit>> EstateRepository::units(qint64 buildingId)
{
    return listOf<Unit>(
        m_db.exec(sql("SELECT %1 FROM units u WHERE u.building_id = ? ORDER BY ", {kUnitCols}) +
                      natural("u.code"),
                  {buildingId}),
        unitFrom);
}

Result<Unit> EstateRepository::unit(qint64 id)
{
    return oneOf<Unit>(m_db.exec(sql("SELECT %1 FROM units u WHERE u.id = ?", {kUnitCols}), {id}), unitFrom,
                       QStringLiteral("unit %1").arg(id));
}

Result<qint64> EstateRepository::insertRoom(const Room& r)
{
    return m_db.insert(QStringLiteral("INSERT INTO rooms(unit_id, number, floor, area_centi, room_use) "
                                      "VALUES (?, ?, ?, ?, ?)"),
                       {r.unitId, r.number, r.floor, r.areaCenti, roomUseCode(r.use)});
}

Result<qint64> EstateRepository::insertRooms(const QList<Room>& rs)
{
    if (rs.isEmpty())
        return qint64(0);
    auto first = m_db.reserveIds(QStringLiteral("rooms"), int(rs.size()));
    if (!first)
        return first;
    if (auto s =
            insertRows(m_db,
                       QStringLiteral("INSERT INTO rooms(id, unit_id, number, floor, area_centi, room_use) "
                                      "VALUES "),
                       6, {}, rs.size(),
                       [&](qsizetype i, QVariantList& args) {
                           const Room& r = rs.at(i);
                           args << first.value() + i << r.unitId << r.number << r.floor << r.areaCenti
                                << roomUseCode(r.use);
                       });
        !s)
        return s.error();
    return first;
}

Status EstateRepository::updateRoom(const Room& r)
{
    return done(m_db.write(
        QStringLiteral("UPDATE rooms SET number = ?, floor = ?, area_centi = ?, room_use = ? WHERE id = ?"),
        {r.number, r.floor, r.areaCenti, roomUseCode(r.use), r.id}));
}

Result<QList<Room>> EstateRepository::rooms(qint64 unitId)
{
    return listOf<Room>(
        m_db.exec(sql("SELECT %1 FROM rooms r WHERE r.unit_id = ? ORDER BY r.floor, ", {kRoomCols}) +
                      natural("r.number"),
                  {unitId}),
        roomFrom);
}

namespace {
const char* kPlaceSql = "SELECT %1, %2, %3, %4 FROM rooms r JOIN units u ON u.id = r.unit_id "
                        "JOIN buildings b ON b.id = u.building_id JOIN estates e ON e.id = b.estate_id ";

RoomPlace placeFrom(const QSqlQuery& r)
{
    return RoomPlace{roomFrom(r, 0), unitFrom(r, 6), buildingFrom(r, 10), estateFrom(r, 15)};
}
} // namespace

Result<RoomPlace> EstateRepository::place(qint64 roomId)
{
    static const QString query =
        sql(kPlaceSql, {kRoomCols, kUnitCols, kBuildingCols, kEstateCols}) + QStringLiteral("WHERE r.id = ?");
    auto q = m_db.exec(query, {roomId});
    if (!q)
        return q.error();
    if (!q.value().next())
        return Error::of(ErrorCode::NotFound, QStringLiteral("room %1").arg(roomId));
    return placeFrom(q.value());
}

Result<QHash<qint64, RoomPlace>> EstateRepository::places(const QList<qint64>& roomIds)
{
    static const QString head = sql(kPlaceSql, {kRoomCols, kUnitCols, kBuildingCols, kEstateCols});
    QHash<qint64, RoomPlace> out;
    for (const InBatch& b : inBatches(roomIds)) {
        auto q = m_db.exec(head + QStringLiteral("WHERE r.id IN (%1)").arg(b.placeholders), b.args);
        if (!q)
            return q.error();
        while (q.value().next()) {
            RoomPlace p = placeFrom(q.value());
            out.insert(p.room.id, std::move(p));
        }
    }
    return out;
}

Result<qint64> EstateRepository::findRoom(qint64 estateId, const RoomRef& ref)
{
    auto v =
        m_db.scalar(QStringLiteral("SELECT r.id FROM rooms r JOIN units u ON u.id = r.unit_id "
                                   "JOIN buildings b ON b.id = u.building_id "
                                   "WHERE b.estate_id = ? AND b.code = ? AND u.code = ? AND r.number = ?"),
                    {estateId, ref.building, ref.unit, ref.room});
    if (!v)
        return v.error();
    return v.value().isValid() ? v.value().toLongLong() : 0;
}

Result<QHash<QString, qint64>> EstateRepository::roomIdsByRef(qint64 estateId)
{
    auto q = m_db.exec(QStringLiteral("SELECT b.code, u.code, r.number, r.id FROM rooms r "
                                      "JOIN units u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id "
                                      "WHERE b.estate_id = ?"),
                       {estateId});
    if (!q)
        return q.error();
    QHash<QString, qint64> out;
    while (q.value().next())
        out.insert(RoomRef{q.value().value(0).toString(), q.value().value(1).toString(), q.value().value(2).toString()}
                       .toString(),
                   q.value().value(3).toLongLong());
    return out;
}

Status EstateRepository::deleteRoom(qint64 id)
{
    return done(m_db.write(QStringLiteral("DELETE FROM rooms WHERE id = ?"), {id}));
}

Status EstateRepository::deleteUnit(qint64 id)
{
    return done(m_db.write(QStringLiteral("DELETE FROM units WHERE id = ?"), {id}));
}

Status EstateRepository::deleteBuilding(qint64 id)
{
    return done(m_db.write(QStringLiteral("DELETE FROM buildings WHERE id = ?"), {id}));
}

} // namespace ar
