#pragma once

#include "Forward.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace ar {

// A room with the people currently tied to it, for the room list of a unit.
struct RoomRow
{
    Room room;
    QString ref;           // 3-2-1201
    QStringList owners;    // names of current owners and co-owners
    QStringList tenants;   // names of current tenants
    int householdSize = 0; // everyone currently tied to the room
    bool leaseOverdue = false; // a current tenant's lease ended before today (租期已过)
};

// Building the estate structure: estates, phases, buildings, units, rooms (edited as a tree).
class EstateService
{
    Q_DECLARE_TR_FUNCTIONS(EstateService)

public:
    explicit EstateService(Context& ctx) : m_ctx(ctx) {}

    Result<QList<Estate>> estates();
    Result<QList<Phase>> phases(qint64 estateId);
    Result<QList<Building>> buildings(qint64 estateId);
    Result<QList<Unit>> units(qint64 buildingId);
    Result<QList<Room>> rooms(qint64 unitId);
    Result<QList<RoomRow>> roomRows(qint64 unitId);
    Result<RoomPlace> place(qint64 roomId);

    Result<Estate> addEstate(const Estate& e);
    Result<Estate> updateEstate(const Estate& e);
    Result<Phase> addPhase(const Phase& p);
    Result<Building> addBuilding(const Building& b);
    Result<Building> updateBuilding(const Building& b);
    Result<Unit> addUnit(const Unit& u);
    Result<Unit> updateUnit(const Unit& u);
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
    struct NewRoom
    {
        QString ref;
        int areaCenti = 0;
    };
    // `keys` as in RegisterService::registerMany.
    Result<QHash<QString, qint64>> addRoomsByRef(const QString& estateCode, const QList<NewRoom>& rooms,
                                                 PendingSearchKeys* keys = nullptr);
    // Only structure that nothing refers to yet can be removed.
    Status removeRoom(qint64 roomId);
    Status removeUnit(qint64 unitId);
    Status removeBuilding(qint64 buildingId);

    // The estate with this code, or the only one when the code is empty; otherwise a message
    // asking to name one.
    Result<Estate> estateFor(const QString& estateCode);
    // The room written BUILDING-UNIT-ROOM (or 3栋2单元1201) in the estate with `estateCode`,
    // or in the only estate when the code is empty.
    Result<RoomPlace> findRoom(const QString& ref, const QString& estateCode = {});

private:
    // Normalise the typed values (half-width, trimmed, codes upper-case) and check them.
    static Status clean(Estate& e);
    static Status clean(Building& b);
    static Status clean(Unit& u);
    static Status clean(Room& r);
    // A code becomes part of room references (3-2-1201): 1 to 10 letters or digits.
    static Status checkCode(const QString& field, const QString& label, const QString& value);
    // A name or address: at most `maxLength` characters, none invisible or a control character.
    static Status checkText(const QString& field, const QString& label, const QString& value, int maxLength);
    static Result<RoomRef> roomRef(const QString& text);
    Result<Estate> estateByCode(const QString& code);
    static Error duplicate(const Error& e, const QString& what);
    Status indexRoom(qint64 roomId);
    Status indexRoomsOfUnit(qint64 unitId);
    Status noteChange(const QString& entity, qint64 id, const QString& field, const QString& oldV,
                      const QString& newV);
    // The audit record of a change to the structure (R27): `detail` says what, e.g. {"op": "add"}.
    Status audit(const QString& entity, qint64 id, const QJsonObject& detail);
    Context& m_ctx;
};

} // namespace ar
