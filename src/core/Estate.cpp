#include "Estate.h"

#include "TextNormalize.h"

#include <QRegularExpression>

namespace ar {

QList<RoomUse> allRoomUses()
{
    return {RoomUse::Residential, RoomUse::Commercial, RoomUse::Office,
            RoomUse::Parking,     RoomUse::Storage,    RoomUse::Other};
}

QString roomUseCode(RoomUse u)
{
    switch (u) {
    case RoomUse::Residential:
        return QStringLiteral("residential");
    case RoomUse::Commercial:
        return QStringLiteral("commercial");
    case RoomUse::Office:
        return QStringLiteral("office");
    case RoomUse::Parking:
        return QStringLiteral("parking");
    case RoomUse::Storage:
        return QStringLiteral("storage");
    case RoomUse::Other:
        break;
    }
    return QStringLiteral("other");
}

RoomUse roomUseFromCode(const QString& code, bool* ok)
{
    for (RoomUse u : allRoomUses()) {
        if (roomUseCode(u) == code) {
            if (ok)
                *ok = true;
            return u;
        }
    }
    if (ok)
        *ok = false;
    return RoomUse::Other;
}

QString roomUseLabel(RoomUse u)
{
    switch (u) {
    case RoomUse::Residential:
        return QCoreApplication::translate("Estate", "Residential");
    case RoomUse::Commercial:
        return QCoreApplication::translate("Estate", "Shop");
    case RoomUse::Office:
        return QCoreApplication::translate("Estate", "Office");
    case RoomUse::Parking:
        return QCoreApplication::translate("Estate", "Parking space");
    case RoomUse::Storage:
        return QCoreApplication::translate("Estate", "Storage room");
    case RoomUse::Other:
        break;
    }
    return QCoreApplication::translate("Estate", "Other");
}

QString RoomRef::toString() const
{
    return building + QLatin1Char('-') + unit + QLatin1Char('-') + room;
}

std::optional<RoomRef> parseRoomRef(const QString& text)
{
    const QString s = text::compact(text);
    static const QRegularExpression dashed(QStringLiteral("^([0-9A-Za-z]+)-([0-9A-Za-z]+)-([0-9A-Za-z]+)$"));
    static const QRegularExpression chinese(
        QStringLiteral("^([0-9A-Za-z]+)(?:栋|座|幢|号楼)([0-9A-Za-z]+)单元([0-9A-Za-z]+)(?:室|号)?$"));
    QRegularExpressionMatch m = dashed.match(s);
    if (!m.hasMatch())
        m = chinese.match(s);
    if (!m.hasMatch())
        return std::nullopt;
    return RoomRef{m.captured(1).toUpper(), m.captured(2).toUpper(), m.captured(3).toUpper()};
}

int floorFromRoomNumber(const QString& number)
{
    static const QRegularExpression basement(QStringLiteral("^[Bb](\\d)\\d{2}$"));
    const QRegularExpressionMatch b = basement.match(number);
    if (b.hasMatch())
        return -b.captured(1).toInt();
    bool ok = false;
    const int n = number.toInt(&ok);
    if (!ok || number.size() < 3)
        return 0;
    return n / 100;
}

} // namespace ar
