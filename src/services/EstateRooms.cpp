// EstateService: rooms — adding one or a grid, correcting, removing, finding by reference.
#include "EstateService.h"

#include "Context.h"

#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QJsonArray>

namespace ar {

Status EstateService::clean(Room& r)
{
    r.number = text::compact(r.number).toUpper();
    if (auto s = checkCode(QStringLiteral("number"), tr("Room number"), r.number); !s)
        return s;
    if (r.areaCenti < 0)
        return Error::invalid(QStringLiteral("area"), QString::number(r.areaCenti / 100.0),
                              tr("The area cannot be negative"));
    return {};
}

Result<RoomRef> EstateService::roomRef(const QString& text)
{
    const auto ref = parseRoomRef(text);
    if (!ref)
        return Error::invalid(QStringLiteral("room"), text,
                              tr("Room %1: write it as BUILDING-UNIT-ROOM, for example 3-2-1201").arg(text));
    return *ref;
}

Status EstateService::indexRoom(qint64 roomId)
{
    auto p = m_ctx.estates.place(roomId);
    if (!p)
        return p.error();
    return m_ctx.search.replace(HitKind::Room, roomId, searchkeys::forRoom(p->ref(), p->room.number));
}

Status EstateService::indexRoomsOfUnit(qint64 unitId)
{
    auto rooms = m_ctx.estates.rooms(unitId);
    if (!rooms)
        return rooms.error();
    for (const Room& r : rooms.value())
        if (auto s = indexRoom(r.id); !s)
            return s;
    return {};
}

Result<Room> EstateService::addRoom(const Room& input)
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
        return duplicate(id.error(), tr("Room %1").arg(r.number));
    r.id = id.value();
    if (auto s = indexRoom(r.id); !s)
        return s.error();
    if (auto s = audit(QStringLiteral("room"), r.id,
                       {{QStringLiteral("op"), QStringLiteral("add")}, {QStringLiteral("code"), r.number}});
        !s)
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
    if (auto s = clean(r); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.updateRoom(r); !s)
        return duplicate(s.error(), tr("Room %1").arg(r.number));
    const Room& o = old->room;
    QStringList changed;
    for (auto [f, a, b] : {std::tuple{"number", o.number, r.number},
                           std::tuple{"floor", QString::number(o.floor), QString::number(r.floor)},
                           std::tuple{"area", QString::number(o.areaCenti / 100.0, 'f', 2),
                                      QString::number(r.areaCenti / 100.0, 'f', 2)},
                           std::tuple{"use", roomUseLabel(o.use), roomUseLabel(r.use)}}) {
        if (a != b)
            changed << QString::fromLatin1(f);
        if (auto s = noteChange(QStringLiteral("room"), r.id, QString::fromLatin1(f), a, b); !s)
            return s.error();
    }
    if (!changed.isEmpty())
        if (auto s = audit(QStringLiteral("room"), r.id,
                           {{QStringLiteral("op"), QStringLiteral("update")},
                            {QStringLiteral("fields"), QJsonArray::fromStringList(changed)}});
            !s)
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
            if (auto s = indexRoom(id.value()); !s)
                return s.error();
            ++added;
        }
    }
    if (added > 0)
        if (auto s = audit(
                QStringLiteral("unit"), unitId,
                {{QStringLiteral("op"), QStringLiteral("add_rooms")}, {QStringLiteral("rooms"), added}});
            !s)
            return s.error();
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
        return Error::of(ErrorCode::Conflict,
                         tr("The room has people or dossiers registered and cannot be removed"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.search.remove(HitKind::Room, roomId); !s)
        return s;
    if (auto s = m_ctx.estates.deleteRoom(roomId); !s)
        return s;
    if (auto s = audit(QStringLiteral("room"), roomId, {{QStringLiteral("op"), QStringLiteral("remove")}});
        !s)
        return s;
    return tx.commit();
}

Result<RoomPlace> EstateService::findRoom(const QString& refText, const QString& estateCode)
{
    auto ref = roomRef(refText);
    if (!ref)
        return ref.error();
    QList<Estate> candidates;
    if (!estateCode.isEmpty()) {
        auto e = estateByCode(estateCode);
        if (!e)
            return e.error();
        candidates << e.value();
    } else {
        auto all = m_ctx.estates.estates();
        if (!all)
            return all.error();
        if (all->isEmpty())
            return Error::of(ErrorCode::NotFound, tr("No estate has been set up yet"));
        candidates = all.value();
    }
    // Without an estate code the reference must be unique across the estates.
    qint64 found = 0;
    for (const Estate& e : std::as_const(candidates)) {
        auto id = m_ctx.estates.findRoom(e.id, ref.value());
        if (!id)
            return id.error();
        if (id.value() && found)
            return Error::invalid(QStringLiteral("room"), refText,
                                  tr("Room %1 exists in several estates; name the estate").arg(refText));
        if (id.value())
            found = id.value();
    }
    if (!found)
        return Error::of(ErrorCode::NotFound, tr("No room %1").arg(ref->toString()));
    return m_ctx.estates.place(found);
}

Result<Estate> EstateService::estateFor(const QString& estateCode)
{
    if (!estateCode.isEmpty())
        return estateByCode(estateCode);
    auto all = m_ctx.estates.estates();
    if (!all)
        return all.error();
    if (all->size() != 1)
        return Error::invalid(QStringLiteral("estate"), {},
                              all->isEmpty() ? tr("No estate has been set up yet")
                                             : tr("There are several estates; name one with its code"));
    return all->first();
}

Result<RoomPlace> EstateService::addRoomByRef(const QString& estateCode, const QString& refText,
                                              int areaCenti, RoomUse use)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto ref = roomRef(refText);
    if (!ref)
        return ref.error();
    auto found = estateFor(estateCode);
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

Result<QHash<QString, qint64>> EstateService::addRoomsByRef(const QString& estateCode, const QList<NewRoom>& rooms,
                                                           SearchIndex::Pending* gathering)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto estate = estateFor(estateCode);
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
        auto ref = roomRef(n.ref);
        if (!ref)
            return ref.error();
        if (!buildingIds.contains(ref->building)) {
            auto b = addBuilding(Building{0, estate->id, 0, ref->building, {}});
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
                auto u = addUnit(Unit{0, buildingId, ref->unit, {}});
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
            return duplicate(id.error(), tr("Room %1").arg(ref->toString()));
        keys.add(HitKind::Room, id.value(), searchkeys::forRoom(ref->toString(), r.number));
        out.insert(ref->toString(), id.value());
        ++addedPerUnit[r.unitId];
    }
    if (auto s = own.flush(m_ctx.search); !s)
        return s.error();
    for (auto it = addedPerUnit.cbegin(); it != addedPerUnit.cend(); ++it)
        if (auto s = audit(QStringLiteral("unit"), it.key(),
                           {{QStringLiteral("op"), QStringLiteral("add_rooms")}, {QStringLiteral("rooms"), it.value()}});
            !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return out;
}

} // namespace ar
