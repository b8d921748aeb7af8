// RoomService: the rooms of a unit — listing them, a room's place, adding one, a grid or many by
// reference, correcting, removing.
#include "RoomService.h"

#include "Context.h"
#include "EstateSupport.h"

#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QJsonArray>

namespace ar {

Status RoomService::clean(Room& r)
{
    r.number = text::compact(r.number).toUpper();
    if (auto s = EstateSupport::checkCode(QStringLiteral("number"), tr("Room number"), r.number); !s)
        return s;
    if (r.areaCenti < 0)
        return Error::invalid(QStringLiteral("area"), QString::number(r.areaCenti / 100.0),
                              tr("The area cannot be negative"));
    return {};
}

Result<QList<Room>> RoomService::rooms(qint64 unitId)
{
    return m_ctx.estates.rooms(unitId);
}

Result<RoomPlace> RoomService::place(qint64 roomId)
{
    return m_ctx.estates.place(roomId);
}

Result<QList<RoomRow>> RoomService::roomRows(qint64 unitId)
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
        rows.append(RoomRow{r,
                            building->code + QLatin1Char('-') + unit->code + QLatin1Char('-') + r.number,
                            {},
                            {},
                            0,
                            false});
    }
    auto occupants = m_ctx.persons.currentOccupantsOfUnit(unitId);
    if (!occupants)
        return occupants.error();
    for (const auto& o : occupants.value()) {
        RoomRow& row = rows[index.value(o.occupancy.roomId)];
        ++row.householdSize;
        if (o.occupancy.leaseOverdue(m_ctx.clock.today()))
            row.leaseOverdue = true;
        if (!showNames)
            continue;
        if (o.occupancy.role == OccupancyRole::Owner || o.occupancy.role == OccupancyRole::CoOwner)
            row.owners << o.name;
        else if (o.occupancy.role == OccupancyRole::Tenant)
            row.tenants << o.name;
    }
    return rows;
}

Result<Room> RoomService::addRoom(const Room& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Room r = input;
    if (auto s = clean(r); !s)
        return s.error();
    if (r.floor == 0)
        r.floor = floorFromRoomNumber(r.number);
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertRoom(r);
    if (!id)
        return EstateSupport::duplicate(id.error(), tr("Room %1").arg(r.number));
    r.id = id.value();
    if (auto s = EstateSupport(m_ctx).indexRoom(r.id); !s)
        return s.error();
    if (auto s = EstateSupport(m_ctx).audit(
            QStringLiteral("room"), r.id,
            {{QStringLiteral("op"), QStringLiteral("add")}, {QStringLiteral("code"), r.number}});
        !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<Room> RoomService::updateRoom(const Room& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    // The room as it is, read in the transaction that changes it: its keys are derived from it.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto old = m_ctx.estates.place(input.id);
    if (!old)
        return old.error();
    Room r = input;
    r.unitId = old->room.unitId;
    if (auto s = clean(r); !s)
        return s.error();
    if (auto s = m_ctx.estates.updateRoom(r); !s)
        return EstateSupport::duplicate(s.error(), tr("Room %1").arg(r.number));
    const Room& o = old->room;
    QStringList changed;
    for (auto [f, a, b] : {std::tuple{"number", o.number, r.number},
                           std::tuple{"floor", QString::number(o.floor), QString::number(r.floor)},
                           std::tuple{"area", QString::number(o.areaCenti / 100.0, 'f', 2),
                                      QString::number(r.areaCenti / 100.0, 'f', 2)},
                           std::tuple{"use", roomUseLabel(o.use), roomUseLabel(r.use)}}) {
        if (a != b)
            changed << QString::fromLatin1(f);
        if (auto s =
                EstateSupport(m_ctx).noteChange(QStringLiteral("room"), r.id, QString::fromLatin1(f), a, b);
            !s)
            return s.error();
    }
    if (!changed.isEmpty())
        if (auto s =
                EstateSupport(m_ctx).audit(QStringLiteral("room"), r.id,
                                           {{QStringLiteral("op"), QStringLiteral("update")},
                                            {QStringLiteral("fields"), QJsonArray::fromStringList(changed)}});
            !s)
            return s.error();
    // The keys derived from the room as it was (SearchIndex.h), replaced by those of the room now.
    if (auto s = EstateSupport(m_ctx).indexRoom(r.id, EstateSupport::roomKeys(old.value())); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return r;
}

Result<int> RoomService::addRoomGrid(qint64 unitId, int floorFrom, int floorTo, int perFloor, int areaCenti,
                                     RoomUse use)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    if (floorFrom < 1 || floorTo < floorFrom || floorTo > 200)
        return Error::invalid(
            QStringLiteral("floors"), QStringLiteral("%1-%2").arg(floorFrom).arg(floorTo),
            tr("Floors %1 to %2: give a range between 1 and 200").arg(floorFrom).arg(floorTo));
    if (perFloor < 1 || perFloor > 99)
        return Error::invalid(QStringLiteral("per_floor"), QString::number(perFloor),
                              tr("Rooms per floor %1: between 1 and 99").arg(perFloor));
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
            if (auto s = EstateSupport(m_ctx).indexRoom(id.value()); !s)
                return s.error();
            ++added;
        }
    }
    if (added > 0)
        if (auto s = EstateSupport(m_ctx).audit(
                QStringLiteral("unit"), unitId,
                {{QStringLiteral("op"), QStringLiteral("add_rooms")}, {QStringLiteral("rooms"), added}});
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return added;
}

Status RoomService::removeRoom(qint64 roomId)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s;
    // Checked, and its keys derived, in the transaction that removes it: what another desk changes
    // meanwhile waits (a renamed room's keys would otherwise be left behind).
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s;
    auto occ = m_ctx.persons.occupanciesOfRoom(roomId, true);
    if (!occ)
        return occ.error();
    auto dossiers = m_ctx.dossiers.ofRoom(roomId);
    if (!dossiers)
        return dossiers.error();
    if (!occ->isEmpty() || !dossiers->isEmpty())
        return Error::of(ErrorCode::Conflict,
                         tr("The room has people or dossiers registered and cannot be removed"));
    auto place = m_ctx.estates.place(roomId);
    if (!place)
        return place.error();
    if (auto s = m_ctx.search.remove(HitKind::Room, roomId, EstateSupport::roomKeys(place.value())); !s)
        return s;
    if (auto s = m_ctx.estates.deleteRoom(roomId); !s)
        return s;
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("room"), roomId,
                                            {{QStringLiteral("op"), QStringLiteral("remove")}});
        !s)
        return s;
    return tx.commit();
}

Result<RoomPlace> RoomService::addRoomByRef(const QString& estateCode, const QString& refText, int areaCenti,
                                            RoomUse use)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto ref = EstateSupport::roomRef(refText);
    if (!ref)
        return ref.error();
    auto found = m_estate.estateFor(estateCode);
    if (!found)
        return found.error();
    const Estate estate = found.value();
    Transaction tx(m_ctx.db);
    qint64 buildingId = 0, unitId = 0;
    auto buildings = m_ctx.estates.buildings(estate.id);
    if (!buildings)
        return buildings.error();
    for (const Building& b : buildings.value())
        if (b.code == ref->building)
            buildingId = b.id;
    if (!buildingId) {
        auto b = m_estate.addBuilding(Building{0, estate.id, 0, ref->building, {}});
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
        auto u = m_estate.addUnit(Unit{0, buildingId, ref->unit, {}});
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

Result<QHash<QString, qint64>> RoomService::addRoomsByRef(const QString& estateCode,
                                                          const QList<NewRoom>& rooms,
                                                          SearchIndex::Pending* gathering)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto estate = m_estate.estateFor(estateCode);
    if (!estate)
        return estate.error();
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    QHash<QString, qint64> buildingIds, unitIds; // code → id; unit key "B-U"
    auto buildings = m_ctx.estates.buildings(estate->id);
    if (!buildings)
        return buildings.error();
    for (const Building& b : buildings.value())
        buildingIds.insert(b.code, b.id);
    QHash<QString, qint64> out;
    QMap<qint64, int> addedPerUnit;
    SearchIndex::Pending own; // of the new rooms, written at the end
    SearchIndex::Pending& keys = gathering ? *gathering : own;
    for (const NewRoom& n : rooms) {
        auto ref = EstateSupport::roomRef(n.ref);
        if (!ref)
            return ref.error();
        if (!buildingIds.contains(ref->building)) {
            auto b = m_estate.addBuilding(Building{0, estate->id, 0, ref->building, {}});
            if (!b)
                return b.error();
            buildingIds.insert(ref->building, b->id);
        }
        const qint64 buildingId = buildingIds.value(ref->building);
        const QString unitKey = ref->building + QLatin1Char('-') + ref->unit;
        if (!unitIds.contains(unitKey)) {
            auto units = m_ctx.estates.units(buildingId);
            if (!units)
                return units.error();
            for (const Unit& u : units.value())
                unitIds.insert(ref->building + QLatin1Char('-') + u.code, u.id);
            if (!unitIds.contains(unitKey)) {
                auto u = m_estate.addUnit(Unit{0, buildingId, ref->unit, {}});
                if (!u)
                    return u.error();
                unitIds.insert(unitKey, u->id);
            }
        }
        Room r;
        r.unitId = unitIds.value(unitKey);
        r.number = ref->room;
        r.areaCenti = n.areaCenti;
        if (auto s = clean(r); !s)
            return s.error();
        r.floor = floorFromRoomNumber(r.number);
        auto id = m_ctx.estates.insertRoom(r);
        if (!id)
            return EstateSupport::duplicate(id.error(), tr("Room %1").arg(ref->toString()));
        keys.add(HitKind::Room, id.value(), searchkeys::forRoom(ref->toString(), r.number));
        out.insert(ref->toString(), id.value());
        ++addedPerUnit[r.unitId];
    }
    if (auto s = own.flush(m_ctx.search); !s)
        return s.error();
    for (auto it = addedPerUnit.cbegin(); it != addedPerUnit.cend(); ++it)
        if (auto s = EstateSupport(m_ctx).audit(
                QStringLiteral("unit"), it.key(),
                {{QStringLiteral("op"), QStringLiteral("add_rooms")}, {QStringLiteral("rooms"), it.value()}});
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace ar
