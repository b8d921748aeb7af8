#pragma once

#include "Forward.h"

#include <QCoreApplication>
#include <QHash>

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

// The estate's structure: estates, phases, buildings and units (edited as a tree), and finding an
// estate by its code or a room by its reference (3-2-1201). A unit's rooms are RoomService's.
class EstateService
{
    Q_DECLARE_TR_FUNCTIONS(EstateService)

public:
    explicit EstateService(Context& ctx) : m_ctx(ctx) {}

    // A room to add by reference (RoomService::addRoomsByRef).
    struct NewRoom
    {
        QString ref;
        int areaCenti = 0;
    };

    Result<QList<Estate>> estates();
    Result<QList<Phase>> phases(qint64 estateId);
    Result<QList<Building>> buildings(qint64 estateId);
    Result<QList<Unit>> units(qint64 buildingId);

    Result<Estate> addEstate(const Estate& e);
    Result<Estate> updateEstate(const Estate& e);
    Result<Phase> addPhase(const Phase& p);
    Result<Building> addBuilding(const Building& b);
    Result<Building> updateBuilding(const Building& b);
    Result<Unit> addUnit(const Unit& u);
    Result<Unit> updateUnit(const Unit& u);
    // Only structure that nothing refers to yet can be removed.
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
    Result<Estate> estateByCode(const QString& code);
    Context& m_ctx;
};

} // namespace ar
