// What EstateService and RoomService share (EstateSupport.h).
#include "EstateSupport.h"

#include "AuditService.h"
#include "Context.h"

#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QRegularExpression>

namespace ar {

// Turns a UNIQUE violation into a message the clerk understands.
Error EstateSupport::duplicate(const Error& e, const QString& what)
{
    if (e.code == ErrorCode::Conflict)
        return Error::of(ErrorCode::Conflict, tr("%1 already exists").arg(what));
    return e;
}
Status EstateSupport::checkCode(const QString& field, const QString& label, const QString& value)
{
    static const QRegularExpression re(QStringLiteral("^[0-9A-Za-z]{1,10}$"));
    if (!re.match(value).hasMatch())
        return Error::invalid(
            field, value,
            tr("%1 %2: use 1 to 10 letters or digits (it becomes part of room numbers like 3-2-1201)")
                .arg(label, value));
    static const QRegularExpression zeros(QStringLiteral("^0+$"));
    if (zeros.match(value).hasMatch())
        return Error::invalid(field, value, tr("%1 %2: numbers start at 1").arg(label, value));
    return {};
}
Status EstateSupport::checkText(const QString& field, const QString& label, const QString& value,
                                int maxLength)
{
    if (value.size() > maxLength)
        return Error::invalid(field, value.left(20) + QStringLiteral("…"),
                              tr("%1 is longer than %2 characters").arg(label).arg(maxLength));
    if (const qsizetype bad = text::forbiddenCharacter(value); bad >= 0)
        return Error::invalid(field, value,
                              tr("%1 contains an invisible or control character (%2) at position %3")
                                  .arg(label, text::codePointName(value, bad))
                                  .arg(bad + 1));
    return {};
}
Status EstateSupport::noteChange(const QString& entity, qint64 id, const QString& field, const QString& oldV,
                                 const QString& newV)
{
    if (oldV == newV)
        return {};
    return m_ctx.history.append({entity, id, field, oldV, newV, false}, m_ctx.userId(), m_ctx.clock.now());
}
Status EstateSupport::audit(const QString& entity, qint64 id, const QJsonObject& detail)
{
    return AuditService(m_ctx).record(AuditAction::EstateChange, entity, id, {}, auditDetail(detail));
}
Result<RoomRef> EstateSupport::roomRef(const QString& text)
{
    const auto ref = parseRoomRef(text);
    if (!ref)
        return Error::invalid(QStringLiteral("room"), text,
                              tr("Room %1: write it as BUILDING-UNIT-ROOM, for example 3-2-1201").arg(text));
    return *ref;
}
QStringList EstateSupport::roomKeys(const RoomPlace& place)
{
    return searchkeys::forRoom(place.ref(), place.room.number);
}
Status EstateSupport::indexRoom(qint64 roomId, const QStringList& before)
{
    auto p = m_ctx.estates.place(roomId);
    if (!p)
        return p.error();
    return m_ctx.search.replace(HitKind::Room, roomId, before, roomKeys(p.value()));
}
Result<QHash<qint64, QStringList>> EstateSupport::roomKeysOfUnit(qint64 unitId)
{
    auto rooms = m_ctx.estates.rooms(unitId);
    if (!rooms)
        return rooms.error();
    QList<qint64> ids;
    for (const Room& r : rooms.value())
        ids << r.id;
    auto places = m_ctx.estates.places(ids);
    if (!places)
        return places.error();
    QHash<qint64, QStringList> out;
    for (auto it = places->cbegin(); it != places->cend(); ++it)
        out.insert(it.key(), roomKeys(it.value()));
    return out;
}
Status EstateSupport::indexRoomsOfUnit(qint64 unitId, const QHash<qint64, QStringList>& before)
{
    auto rooms = m_ctx.estates.rooms(unitId);
    if (!rooms)
        return rooms.error();
    for (const Room& r : rooms.value())
        if (auto s = indexRoom(r.id, before.value(r.id)); !s)
            return s;
    return {};
}

} // namespace ar
