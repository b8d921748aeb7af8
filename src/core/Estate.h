#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>

#include <optional>

namespace ar {

// The estate structure (小区 › 期 › 楼座 › 单元 › 房号). Ids are database keys; 0 = not stored.
struct Estate
{
    qint64 id = 0;
    QString code; // short code used in room references and archive numbers, e.g. "HY"
    QString name; // 华苑小区
    QString address;
};

struct Phase
{
    qint64 id = 0;
    qint64 estateId = 0;
    QString name; // 一期
};

struct Building
{
    qint64 id = 0;
    qint64 estateId = 0;
    qint64 phaseId = 0; // 0 = no phase
    QString code;       // "3" in 3-2-1201
    QString name;       // 3座
};

struct Unit
{
    qint64 id = 0;
    qint64 buildingId = 0;
    QString code; // "2"
    QString name; // 2单元
};

enum class RoomUse
{
    Residential,
    Commercial,
    Office,
    Parking,
    Storage,
    Other
};

struct Room
{
    qint64 id = 0;
    qint64 unitId = 0;
    QString number; // "1201"
    int floor = 0;
    int areaCenti = 0; // building area in 0.01 m²
    RoomUse use = RoomUse::Residential;
};

QString roomUseCode(RoomUse u);
RoomUse roomUseFromCode(const QString& code, bool* ok = nullptr);
QString roomUseLabel(RoomUse u);
QList<RoomUse> allRoomUses();

// A room written BUILDING-UNIT-ROOM ("3-2-1201"); also accepts 3栋2单元1201, 3座2单元1201室,
// full-width digits and spaces.
struct RoomRef
{
    QString building;
    QString unit;
    QString room;
    QString toString() const;
};

std::optional<RoomRef> parseRoomRef(const QString& text);

// The floor a room number implies: 1201 → 12, 301 → 3, B101 → -1; 0 when unknown.
int floorFromRoomNumber(const QString& number);

// Where a room sits, for labels and lists: 华苑小区 3座 2单元 1201.
struct RoomPlace
{
    Room room;
    Unit unit;
    Building building;
    Estate estate;
    QString ref() const
    {
        return building.code + QLatin1Char('-') + unit.code + QLatin1Char('-') + room.number;
    }
};

} // namespace ar
