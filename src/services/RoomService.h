#pragma once

#include "EstateService.h"

#include <QHash>

namespace ar {

// The rooms of the estate's units: listing them (with the people tied to them), a room's place,
// adding one, a grid or many by reference (creating the building and unit when missing),
// correcting and removing them. Its messages keep the EstateService translation context.
class RoomService
{
    Q_DECLARE_TR_FUNCTIONS(EstateService)

public:
    using NewRoom = EstateService::NewRoom;

    RoomService(Context& ctx, EstateService& estate) : m_ctx(ctx), m_estate(estate) {}

    Result<QList<Room>> rooms(qint64 unitId);
    Result<QList<RoomRow>> roomRows(qint64 unitId);
    Result<RoomPlace> place(qint64 roomId);

    Result<Room> addRoom(const Room& r);
    Result<Room> updateRoom(const Room& r);
    // Rooms floorFrom..floorTo × perFloor, numbered FFNN (1201, 1202 …); existing numbers are kept.
    Result<int> addRoomGrid(qint64 unitId, int floorFrom, int floorTo, int perFloor, int areaCenti,
                            RoomUse use);
    // The room BUILDING-UNIT-ROOM in the estate, creating the building and unit when missing
    // (for scripts that build an estate line by line). Conflict if the room exists already.
    Result<RoomPlace> addRoomByRef(const QString& estateCode, const QString& ref, int areaCenti, RoomUse use);
    // Many rooms by reference (an imported roster): missing buildings and units are added, the
    // rooms of each unit are one audit record ("add_rooms", as a room grid). All or none.
    // Returns the new room ids by the canonical reference ("3-2-1201").
    // `keys` as in RegisterService::registerMany.
    Result<QHash<QString, qint64>> addRoomsByRef(const QString& estateCode, const QList<NewRoom>& rooms,
                                                 PendingSearchKeys* keys = nullptr);
    // Only a room that nothing refers to yet can be removed.
    Status removeRoom(qint64 roomId);

    // EstateService::estateFor (for the importers, which add rooms to the estate they name).
    Result<Estate> estateFor(const QString& estateCode) { return m_estate.estateFor(estateCode); }

private:
    static Status clean(Room& r);
    Context& m_ctx;
    EstateService& m_estate;
};

} // namespace ar
