#include "EstateService.h"

#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ar {

namespace {

// Turns a UNIQUE violation into a message the clerk understands.
Error duplicate(const Error& e, const QString& what)
{
    if (e.code == ErrorCode::Conflict)
        return Error::of(ErrorCode::Conflict,
                         QCoreApplication::translate("EstateService", "%1 already exists").arg(what));
    return e;
}
} // namespace

Status EstateService::checkCode(const QString& field, const QString& value) const
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]{1,10}$"));
    if (!re.match(value).hasMatch())
        return Error::invalid(
            field, value,
            QCoreApplication::translate(
                "EstateService",
                "%1 %2: use 1 to 10 letters or digits (it becomes part of room numbers like 3-2-1201)")
                .arg(field, value));
    return {};
}

Status EstateService::noteChange(const QString& entity, qint64 id, const QString& field, const QString& oldV,
                                 const QString& newV)
{
    if (oldV == newV)
        return {};
    return m_ctx.history.append({entity, id, field, oldV, newV, false}, m_ctx.userId(), m_ctx.clock.now());
}

Result<QList<Estate>> EstateService::estates()
{
    return m_ctx.estates.estates();
}
Result<QList<Phase>> EstateService::phases(qint64 estateId)
{
    return m_ctx.estates.phases(estateId);
}
Result<QList<Building>> EstateService::buildings(qint64 estateId)
{
    return m_ctx.estates.buildings(estateId);
}
Result<QList<Unit>> EstateService::units(qint64 buildingId)
{
    return m_ctx.estates.units(buildingId);
}
Result<QList<Room>> EstateService::rooms(qint64 unitId)
{
    return m_ctx.estates.rooms(unitId);
}
Result<RoomPlace> EstateService::place(qint64 roomId)
{
    return m_ctx.estates.place(roomId);
}

Result<QList<RoomRow>> EstateService::roomRows(qint64 unitId)
{
    auto unit = m_ctx.estates.unit(unitId);
    if (!unit)
        return unit.error();
    auto building = m_ctx.estates.building(unit->buildingId);
    if (!building)
        return building.error();
    auto rooms = m_ctx.estates.rooms(unitId);
    if (!rooms)
        return rooms.error();
    const bool showNames = m_ctx.can(Permission::ViewRegister);
    QHash<qint64, int> index;
    QList<RoomRow> rows;
    rows.reserve(rooms->size());
    for (const Room& r : rooms.value()) {
        index.insert(r.id, int(rows.size()));
        rows.append(RoomRow{
            r, building->code + QLatin1Char('-') + unit->code + QLatin1Char('-') + r.number, {}, {}, 0});
    }
    auto occupants = m_ctx.persons.currentOccupantsOfUnit(unitId);
    if (!occupants)
        return occupants.error();
    for (const auto& o : occupants.value()) {
        RoomRow& row = rows[index.value(o.occupancy.roomId)];
        ++row.householdSize;
        if (!showNames)
            continue;
        if (o.occupancy.role == OccupancyRole::Owner || o.occupancy.role == OccupancyRole::CoOwner)
            row.owners << o.name;
        else if (o.occupancy.role == OccupancyRole::Tenant)
            row.tenants << o.name;
    }
    return rows;
}

Result<Estate> EstateService::addEstate(const Estate& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Estate e = input;
    e.code = text::compact(e.code).toUpper();
    e.name = text::normalize(e.name);
    e.address = text::normalize(e.address);
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Estate code"), e.code); !s)
        return s.error();
    if (e.name.isEmpty())
        return Error::invalid(QStringLiteral("name"), {},
                              QCoreApplication::translate("EstateService", "The estate name is empty"));
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertEstate(e);
    if (!id)
        return duplicate(id.error(),
                         QCoreApplication::translate("EstateService", "Estate code %1").arg(e.code));
    e.id = id.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<Estate> EstateService::updateEstate(const Estate& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto old = m_ctx.estates.estate(input.id);
    if (!old)
        return old.error();
    Estate e = input;
    e.code = text::compact(e.code).toUpper();
    e.name = text::normalize(e.name);
    e.address = text::normalize(e.address);
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Estate code"), e.code); !s)
        return s.error();
    if (e.name.isEmpty())
        return Error::invalid(QStringLiteral("name"), {},
                              QCoreApplication::translate("EstateService", "The estate name is empty"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.updateEstate(e); !s)
        return duplicate(s.error(),
                         QCoreApplication::translate("EstateService", "Estate code %1").arg(e.code));
    for (auto [f, o, n] : {std::tuple{"code", old->code, e.code}, std::tuple{"name", old->name, e.name},
                           std::tuple{"address", old->address, e.address}})
        if (auto s = noteChange(QStringLiteral("estate"), e.id, QString::fromLatin1(f), o, n); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<Phase> EstateService::addPhase(const Phase& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Phase p = input;
    p.name = text::normalize(p.name);
    if (p.name.isEmpty())
        return Error::invalid(QStringLiteral("name"), {},
                              QCoreApplication::translate("EstateService", "The phase name is empty"));
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertPhase(p);
    if (!id)
        return duplicate(id.error(), QCoreApplication::translate("EstateService", "Phase %1").arg(p.name));
    p.id = id.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<Building> EstateService::addBuilding(const Building& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Building b = input;
    b.code = text::compact(b.code).toUpper();
    b.name = text::normalize(b.name);
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Building code"), b.code); !s)
        return s.error();
    if (b.name.isEmpty())
        b.name = QCoreApplication::translate("EstateService", "Building %1").arg(b.code);
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertBuilding(b);
    if (!id)
        return duplicate(id.error(), QCoreApplication::translate("EstateService", "Building %1").arg(b.code));
    b.id = id.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<Building> EstateService::updateBuilding(const Building& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto old = m_ctx.estates.building(input.id);
    if (!old)
        return old.error();
    Building b = input;
    b.code = text::compact(b.code).toUpper();
    b.name = text::normalize(b.name);
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Building code"), b.code); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.updateBuilding(b); !s)
        return duplicate(s.error(), QCoreApplication::translate("EstateService", "Building %1").arg(b.code));
    if (auto s = noteChange(QStringLiteral("building"), b.id, QStringLiteral("code"), old->code, b.code); !s)
        return s.error();
    if (auto s = noteChange(QStringLiteral("building"), b.id, QStringLiteral("name"), old->name, b.name); !s)
        return s.error();
    if (old->code != b.code) {
        auto units = m_ctx.estates.units(b.id);
        if (!units)
            return units.error();
        for (const Unit& u : units.value()) {
            auto rooms = m_ctx.estates.rooms(u.id);
            if (!rooms)
                return rooms.error();
            for (const Room& r : rooms.value())
                if (auto s = indexRoom(r.id); !s)
                    return s.error();
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<Unit> EstateService::addUnit(const Unit& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Unit u = input;
    u.code = text::compact(u.code).toUpper();
    u.name = text::normalize(u.name);
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Unit code"), u.code); !s)
        return s.error();
    if (u.name.isEmpty())
        u.name = QCoreApplication::translate("EstateService", "Unit %1").arg(u.code);
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertUnit(u);
    if (!id)
        return duplicate(id.error(), QCoreApplication::translate("EstateService", "Unit %1").arg(u.code));
    u.id = id.value();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u;
}

Result<Unit> EstateService::updateUnit(const Unit& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto old = m_ctx.estates.unit(input.id);
    if (!old)
        return old.error();
    Unit u = input;
    u.code = text::compact(u.code).toUpper();
    u.name = text::normalize(u.name);
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Unit code"), u.code); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.updateUnit(u); !s)
        return duplicate(s.error(), QCoreApplication::translate("EstateService", "Unit %1").arg(u.code));
    if (auto s = noteChange(QStringLiteral("unit"), u.id, QStringLiteral("code"), old->code, u.code); !s)
        return s.error();
    if (auto s = noteChange(QStringLiteral("unit"), u.id, QStringLiteral("name"), old->name, u.name); !s)
        return s.error();
    if (old->code != u.code) {
        auto rooms = m_ctx.estates.rooms(u.id);
        if (!rooms)
            return rooms.error();
        for (const Room& r : rooms.value())
            if (auto s = indexRoom(r.id); !s)
                return s.error();
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return u;
}

Status EstateService::indexRoom(qint64 roomId)
{
    auto p = m_ctx.estates.place(roomId);
    if (!p)
        return p.error();
    return m_ctx.search.replace(HitKind::Room, roomId, searchkeys::forRoom(p->ref(), p->room.number));
}

Result<Room> EstateService::addRoom(const Room& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Room r = input;
    r.number = text::compact(r.number).toUpper();
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Room number"), r.number); !s)
        return s.error();
    if (r.areaCenti < 0)
        return Error::invalid(QStringLiteral("area"), QString::number(r.areaCenti / 100.0),
                              QCoreApplication::translate("EstateService", "The area cannot be negative"));
    if (r.floor == 0)
        r.floor = floorFromRoomNumber(r.number);
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertRoom(r);
    if (!id)
        return duplicate(id.error(), QCoreApplication::translate("EstateService", "Room %1").arg(r.number));
    r.id = id.value();
    if (auto s = indexRoom(r.id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<Room> EstateService::updateRoom(const Room& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto old = m_ctx.estates.place(input.id);
    if (!old)
        return old.error();
    Room r = input;
    r.unitId = old->room.unitId;
    r.number = text::compact(r.number).toUpper();
    if (auto s = checkCode(QCoreApplication::translate("EstateService", "Room number"), r.number); !s)
        return s.error();
    if (r.areaCenti < 0)
        return Error::invalid(QStringLiteral("area"), QString::number(r.areaCenti / 100.0),
                              QCoreApplication::translate("EstateService", "The area cannot be negative"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.updateRoom(r); !s)
        return duplicate(s.error(), QCoreApplication::translate("EstateService", "Room %1").arg(r.number));
    const Room& o = old->room;
    const QString e = QStringLiteral("room");
    for (auto [f, a, b] : {std::tuple{"number", o.number, r.number},
                           std::tuple{"floor", QString::number(o.floor), QString::number(r.floor)},
                           std::tuple{"area", QString::number(o.areaCenti / 100.0, 'f', 2),
                                      QString::number(r.areaCenti / 100.0, 'f', 2)},
                           std::tuple{"use", roomUseLabel(o.use), roomUseLabel(r.use)}})
        if (auto s = noteChange(e, r.id, QString::fromLatin1(f), a, b); !s)
            return s.error();
    if (auto s = indexRoom(r.id); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<int> EstateService::addRoomGrid(qint64 unitId, int floorFrom, int floorTo, int perFloor, int areaCenti,
                                       RoomUse use)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    if (floorFrom < 1 || floorTo < floorFrom || floorTo > 200)
        return Error::invalid(
            QStringLiteral("floors"), QStringLiteral("%1-%2").arg(floorFrom).arg(floorTo),
            QCoreApplication::translate("EstateService", "Floors %1 to %2: give a range between 1 and 200")
                .arg(floorFrom)
                .arg(floorTo));
    if (perFloor < 1 || perFloor > 99)
        return Error::invalid(
            QStringLiteral("per_floor"), QString::number(perFloor),
            QCoreApplication::translate("EstateService", "Rooms per floor %1: between 1 and 99")
                .arg(perFloor));
    auto existing = m_ctx.estates.rooms(unitId);
    if (!existing)
        return existing.error();
    QSet<QString> have;
    for (const Room& r : existing.value())
        have.insert(r.number);
    Transaction tx(m_ctx.db);
    int added = 0;
    for (int f = floorFrom; f <= floorTo; ++f) {
        for (int n = 1; n <= perFloor; ++n) {
            Room r;
            r.unitId = unitId;
            r.number = QStringLiteral("%1%2").arg(f).arg(n, 2, 10, QLatin1Char('0'));
            r.floor = f;
            r.areaCenti = areaCenti;
            r.use = use;
            if (have.contains(r.number))
                continue;
            auto id = m_ctx.estates.insertRoom(r);
            if (!id)
                return id.error();
            if (auto s = indexRoom(id.value()); !s)
                return s.error();
            ++added;
        }
    }
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Status EstateService::removeRoom(qint64 roomId)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s;
    auto occ = m_ctx.persons.occupanciesOfRoom(roomId, true);
    if (!occ)
        return occ.error();
    auto dossiers = m_ctx.dossiers.ofRoom(roomId);
    if (!dossiers)
        return dossiers.error();
    if (!occ->isEmpty() || !dossiers->isEmpty())
        return Error::of(
            ErrorCode::Conflict,
            QCoreApplication::translate("EstateService",
                                        "The room has people or dossiers registered and cannot be removed"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.search.remove(HitKind::Room, roomId); !s)
        return s;
    if (auto s = m_ctx.estates.deleteRoom(roomId); !s)
        return s;
    return tx.commit();
}

Status EstateService::removeUnit(qint64 unitId)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s;
    auto rooms = m_ctx.estates.rooms(unitId);
    if (!rooms)
        return rooms.error();
    if (!rooms->isEmpty())
        return Error::of(ErrorCode::Conflict,
                         QCoreApplication::translate("EstateService", "Remove the unit's rooms first"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.deleteUnit(unitId); !s)
        return s;
    return tx.commit();
}

Status EstateService::removeBuilding(qint64 buildingId)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s;
    auto units = m_ctx.estates.units(buildingId);
    if (!units)
        return units.error();
    if (!units->isEmpty())
        return Error::of(ErrorCode::Conflict,
                         QCoreApplication::translate("EstateService", "Remove the building's units first"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.deleteBuilding(buildingId); !s)
        return s;
    return tx.commit();
}

Result<RoomPlace> EstateService::findRoom(const QString& refText, const QString& estateCode)
{
    const auto ref = parseRoomRef(refText);
    if (!ref)
        return Error::invalid(
            QStringLiteral("room"), refText,
            QCoreApplication::translate("EstateService",
                                        "Room %1: write it as BUILDING-UNIT-ROOM, for example 3-2-1201")
                .arg(refText));
    qint64 estateId = 0;
    if (!estateCode.isEmpty()) {
        auto e = m_ctx.estates.estateByCode(text::compact(estateCode).toUpper());
        if (!e)
            return Error::of(
                ErrorCode::NotFound,
                QCoreApplication::translate("EstateService", "No estate with code %1").arg(estateCode));
        estateId = e->id;
    } else {
        auto all = m_ctx.estates.estates();
        if (!all)
            return all.error();
        if (all->isEmpty())
            return Error::of(ErrorCode::NotFound,
                             QCoreApplication::translate("EstateService", "No estate has been set up yet"));
        if (all->size() > 1) {
            // Several estates: the reference must be unique across them.
            qint64 found = 0;
            for (const Estate& e : all.value()) {
                auto id = m_ctx.estates.findRoom(e.id, *ref);
                if (!id)
                    return id.error();
                if (id.value()) {
                    if (found)
                        return Error::invalid(
                            QStringLiteral("room"), refText,
                            QCoreApplication::translate("EstateService",
                                                        "Room %1 exists in several estates; name the estate")
                                .arg(refText));
                    found = id.value();
                }
            }
            if (!found)
                return Error::of(
                    ErrorCode::NotFound,
                    QCoreApplication::translate("EstateService", "No room %1").arg(ref->toString()));
            return m_ctx.estates.place(found);
        }
        estateId = all->first().id;
    }
    auto id = m_ctx.estates.findRoom(estateId, *ref);
    if (!id)
        return id.error();
    if (!id.value())
        return Error::of(ErrorCode::NotFound,
                         QCoreApplication::translate("EstateService", "No room %1").arg(ref->toString()));
    return m_ctx.estates.place(id.value());
}

Result<RoomPlace> EstateService::addRoomByRef(const QString& estateCode, const QString& refText,
                                              int areaCenti, RoomUse use)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    const auto ref = parseRoomRef(refText);
    if (!ref)
        return Error::invalid(
            QStringLiteral("room"), refText,
            QCoreApplication::translate("EstateService",
                                        "Room %1: write it as BUILDING-UNIT-ROOM, for example 3-2-1201")
                .arg(refText));
    Estate estate;
    if (estateCode.isEmpty()) {
        auto all = m_ctx.estates.estates();
        if (!all)
            return all.error();
        if (all->size() != 1)
            return Error::invalid(
                QStringLiteral("estate"), {},
                all->isEmpty() ? QCoreApplication::translate("EstateService", "No estate has been set up yet")
                               : QCoreApplication::translate(
                                     "EstateService", "There are several estates; name one with its code"));
        estate = all->first();
    } else {
        auto e = m_ctx.estates.estateByCode(text::compact(estateCode).toUpper());
        if (!e)
            return Error::of(
                ErrorCode::NotFound,
                QCoreApplication::translate("EstateService", "No estate with code %1").arg(estateCode));
        estate = e.value();
    }
    Transaction tx(m_ctx.db);
    qint64 buildingId = 0, unitId = 0;
    auto buildings = m_ctx.estates.buildings(estate.id);
    if (!buildings)
        return buildings.error();
    for (const Building& b : buildings.value())
        if (b.code == ref->building)
            buildingId = b.id;
    if (!buildingId) {
        auto b = addBuilding(Building{0, estate.id, 0, ref->building, {}});
        if (!b)
            return b.error();
        buildingId = b->id;
    }
    auto units = m_ctx.estates.units(buildingId);
    if (!units)
        return units.error();
    for (const Unit& u : units.value())
        if (u.code == ref->unit)
            unitId = u.id;
    if (!unitId) {
        auto u = addUnit(Unit{0, buildingId, ref->unit, {}});
        if (!u)
            return u.error();
        unitId = u->id;
    }
    Room r;
    r.unitId = unitId;
    r.number = ref->room;
    r.areaCenti = areaCenti;
    r.use = use;
    auto room = addRoom(r);
    if (!room)
        return room.error();
    auto place = m_ctx.estates.place(room->id);
    if (!place)
        return place.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return place;
}

} // namespace ar
