#pragma once

#include "core/Sealed.h" // private to the services

#include "Forward.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace ar {

// What EstateService and RoomService share: the checks of codes and names, a duplicate's message,
// a room reference parsed, a room's search keys, and the history row and audit record of a change
// to the structure. Private to the services (it works on the Context). Its messages keep the
// EstateService translation context they always had.
class EstateSupport
{
    Q_DECLARE_TR_FUNCTIONS(EstateService)

public:
    explicit EstateSupport(Context& ctx) : m_ctx(ctx) {}

    // A code becomes part of room references (3-2-1201): 1 to 10 letters or digits.
    static Status checkCode(const QString& field, const QString& label, const QString& value);
    // A name or address: at most `maxLength` characters, none invisible or a control character.
    static Status checkText(const QString& field, const QString& label, const QString& value, int maxLength);
    static Result<RoomRef> roomRef(const QString& text);
    // Turns a UNIQUE violation into a message the clerk understands.
    static Error duplicate(const Error& e, const QString& what);
    // A room's search keys as its stored state derives them: searchkeys::forRoom of its reference
    // and number. The index has no look-up by room (SearchIndex.h): a change deletes the keys
    // derived before it.
    static QStringList roomKeys(const RoomPlace& place);
    // The room's keys written; `before`: its keys derived before the change (none: a new room).
    Status indexRoom(qint64 roomId, const QStringList& before = {});
    // The keys of each room of the unit, derived now: before a change to the unit's or building's
    // code, for indexRoomsOfUnit after it.
    Result<QHash<qint64, QStringList>> roomKeysOfUnit(qint64 unitId);
    Status indexRoomsOfUnit(qint64 unitId, const QHash<qint64, QStringList>& before);
    Status noteChange(const QString& entity, qint64 id, const QString& field, const QString& oldV,
                      const QString& newV);
    // The audit record of a change to the structure (R27): `detail` says what, e.g. {"op": "add"}.
    Status audit(const QString& entity, qint64 id, const QJsonObject& detail);

private:
    Context& m_ctx;
};

} // namespace ar
