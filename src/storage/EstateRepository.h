#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Estate.h"

#include <QHash>
#include <QList>

namespace ar {

class EstateRepository
{
public:
    explicit EstateRepository(Database& db) : m_db(db) {}

    Result<qint64> insertEstate(const Estate& e);
    Status updateEstate(const Estate& e);
    Result<QList<Estate>> estates();
    Result<Estate> estate(qint64 id);
    Result<Estate> estateByCode(const QString& code);

    Result<qint64> insertPhase(const Phase& p);
    Result<QList<Phase>> phases(qint64 estateId);

    Result<qint64> insertBuilding(const Building& b);
    Status updateBuilding(const Building& b);
    Result<QList<Building>> buildings(qint64 estateId);
    Result<Building> building(qint64 id);

    Result<qint64> insertUnit(const Unit& u);
    Status updateUnit(const Unit& u);
    Result<QList<Unit>> units(qint64 buildingId);
    Result<Unit> unit(qint64 id);

    Result<qint64> insertRoom(const Room& r);
    // Many rooms (the demo): the rows insertRoom() writes, in order and with the same ids, many
    // per statement. Gives the first id; the others follow it.
    Result<qint64> insertRooms(const QList<Room>& rs);
    Status updateRoom(const Room& r);
    Result<QList<Room>> rooms(qint64 unitId);
    Result<RoomPlace> place(qint64 roomId);
    // The places of many rooms in one query (search results); ids without a room are absent.
    Result<QHash<qint64, RoomPlace>> places(const QList<qint64>& roomIds);
    // The room with this BUILDING-UNIT-ROOM reference in the estate; 0 if none.
    Result<qint64> findRoom(qint64 estateId, const RoomRef& ref);
    // Every room of the estate by its reference (RoomRef::toString, "3-2-1201"): one query
    // instead of one per room when a roster names thousands.
    Result<QHash<QString, qint64>> roomIdsByRef(qint64 estateId);

    // Deleting is only for structure that nothing refers to yet (a typo fixed at once).
    Status deleteRoom(qint64 id);
    Status deleteUnit(qint64 id);
    Status deleteBuilding(qint64 id);

private:
    Database& m_db;
};

} // namespace ar
