// The estate structure: estates, phases, buildings, units, and the queries over them; finding an
// estate or a room by reference. The rooms of a unit are RoomService's (RoomService.cpp).
#include "EstateService.h"

#include "Context.h"

#include "EstateSupport.h"
#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QRegularExpression>

namespace ar {

Status EstateService::clean(Estate& e)
{
    e.code = text::compact(e.code).toUpper();
    e.name = text::normalize(e.name);
    e.address = text::normalize(e.address);
    if (auto s = EstateSupport::checkCode(QStringLiteral("code"), tr("Estate code"), e.code); !s)
        return s;
    if (e.name.isEmpty())
        return Error::invalid(QStringLiteral("name"), {}, tr("The estate name is empty"));
    if (auto s = EstateSupport::checkText(QStringLiteral("name"), tr("The estate name"), e.name, 100); !s)
        return s;
    return EstateSupport::checkText(QStringLiteral("address"), tr("The address"), e.address, 200);
}

Status EstateService::clean(Building& b)
{
    b.code = text::compact(b.code).toUpper();
    b.name = text::normalize(b.name);
    if (b.name.isEmpty())
        b.name = tr("Building %1").arg(b.code);
    if (auto s = EstateSupport::checkText(QStringLiteral("name"), tr("The building name"), b.name, 100); !s)
        return s;
    return EstateSupport::checkCode(QStringLiteral("code"), tr("Building code"), b.code);
}

Status EstateService::clean(Unit& u)
{
    u.code = text::compact(u.code).toUpper();
    u.name = text::normalize(u.name);
    if (u.name.isEmpty())
        u.name = tr("Unit %1").arg(u.code);
    if (auto s = EstateSupport::checkText(QStringLiteral("name"), tr("The unit name"), u.name, 100); !s)
        return s;
    return EstateSupport::checkCode(QStringLiteral("code"), tr("Unit code"), u.code);
}

namespace {
// {"op": "update", "fields": [codes of the fields that changed]}
QJsonObject updated(const QStringList& fields)
{
    return {{QStringLiteral("op"), QStringLiteral("update")},
            {QStringLiteral("fields"), QJsonArray::fromStringList(fields)}};
}
QJsonObject added(const QString& code)
{
    return {{QStringLiteral("op"), QStringLiteral("add")}, {QStringLiteral("code"), code}};
}
const QJsonObject kRemoved{{QStringLiteral("op"), QStringLiteral("remove")}};
} // namespace

Result<QList<Estate>> EstateService::estates()
{
    return m_ctx.estates.estates();
}
Result<QList<Phase>> EstateService::phases(qint64 estateId)
{
    return m_ctx.estates.phases(estateId);
}
Result<QList<Building>> EstateService::buildings(qint64 estateId)
{
    return m_ctx.estates.buildings(estateId);
}
Result<QList<Unit>> EstateService::units(qint64 buildingId)
{
    return m_ctx.estates.units(buildingId);
}

Result<Estate> EstateService::addEstate(const Estate& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Estate e = input;
    if (auto s = clean(e); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertEstate(e);
    if (!id)
        return EstateSupport::duplicate(id.error(), tr("Estate code %1").arg(e.code));
    e.id = id.value();
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("estate"), e.id, added(e.code)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<Estate> EstateService::updateEstate(const Estate& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    auto old = m_ctx.estates.estate(input.id);
    if (!old)
        return old.error();
    Estate e = input;
    if (auto s = clean(e); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.updateEstate(e); !s)
        return EstateSupport::duplicate(s.error(), tr("Estate code %1").arg(e.code));
    QStringList changed;
    for (auto [f, o, n] : {std::tuple{"code", old->code, e.code}, std::tuple{"name", old->name, e.name},
                           std::tuple{"address", old->address, e.address}}) {
        if (o != n)
            changed << QString::fromLatin1(f);
        if (auto s =
                EstateSupport(m_ctx).noteChange(QStringLiteral("estate"), e.id, QString::fromLatin1(f), o, n);
            !s)
            return s.error();
    }
    if (!changed.isEmpty())
        if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("estate"), e.id, updated(changed)); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<Phase> EstateService::addPhase(const Phase& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Phase p = input;
    p.name = text::normalize(p.name);
    if (p.name.isEmpty())
        return Error::invalid(QStringLiteral("name"), {}, tr("The phase name is empty"));
    if (auto s = EstateSupport::checkText(QStringLiteral("name"), tr("The phase name"), p.name, 100); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertPhase(p);
    if (!id)
        return EstateSupport::duplicate(id.error(), tr("Phase %1").arg(p.name));
    p.id = id.value();
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("phase"), p.id, added(p.name)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return p;
}

Result<Building> EstateService::addBuilding(const Building& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Building b = input;
    if (auto s = clean(b); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertBuilding(b);
    if (!id)
        return EstateSupport::duplicate(id.error(), tr("Building %1").arg(b.code));
    b.id = id.value();
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("building"), b.id, added(b.code)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<Building> EstateService::updateBuilding(const Building& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    // Read in the transaction that changes it: whether its code changes decides the rooms' keys.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto old = m_ctx.estates.building(input.id);
    if (!old)
        return old.error();
    Building b = input;
    if (auto s = clean(b); !s)
        return s.error();
    // The building code is part of every room reference below it: the rooms' keys as they are now
    // (SearchIndex.h), replaced below.
    QList<Unit> unitsOf;
    QHash<qint64, QStringList> keysBefore;
    if (old->code != b.code) {
        auto units = m_ctx.estates.units(b.id);
        if (!units)
            return units.error();
        unitsOf = units.value();
        for (const Unit& u : std::as_const(unitsOf)) {
            auto k = EstateSupport(m_ctx).roomKeysOfUnit(u.id);
            if (!k)
                return k.error();
            keysBefore.insert(k.value());
        }
    }
    if (auto s = m_ctx.estates.updateBuilding(b); !s)
        return EstateSupport::duplicate(s.error(), tr("Building %1").arg(b.code));
    QStringList changed;
    for (auto [f, o, n] : {std::tuple{"code", old->code, b.code}, std::tuple{"name", old->name, b.name}}) {
        if (o != n)
            changed << QString::fromLatin1(f);
        if (auto s = EstateSupport(m_ctx).noteChange(QStringLiteral("building"), b.id, QString::fromLatin1(f),
                                                     o, n);
            !s)
            return s.error();
    }
    if (!changed.isEmpty())
        if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("building"), b.id, updated(changed)); !s)
            return s.error();
    for (const Unit& u : std::as_const(unitsOf))
        if (auto s = EstateSupport(m_ctx).indexRoomsOfUnit(u.id, keysBefore); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return b;
}

Result<Unit> EstateService::addUnit(const Unit& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    Unit u = input;
    if (auto s = clean(u); !s)
        return s.error();
    Transaction tx(m_ctx.db);
    auto id = m_ctx.estates.insertUnit(u);
    if (!id)
        return EstateSupport::duplicate(id.error(), tr("Unit %1").arg(u.code));
    u.id = id.value();
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("unit"), u.id, added(u.code)); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u;
}

Result<Unit> EstateService::updateUnit(const Unit& input)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s.error();
    // Read in the transaction that changes it: whether its code changes decides the rooms' keys.
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    auto old = m_ctx.estates.unit(input.id);
    if (!old)
        return old.error();
    Unit u = input;
    if (auto s = clean(u); !s)
        return s.error();
    // The unit code is part of its rooms' references: their keys as they are now (SearchIndex.h).
    QHash<qint64, QStringList> keysBefore;
    if (old->code != u.code) {
        auto k = EstateSupport(m_ctx).roomKeysOfUnit(u.id);
        if (!k)
            return k.error();
        keysBefore = k.value();
    }
    if (auto s = m_ctx.estates.updateUnit(u); !s)
        return EstateSupport::duplicate(s.error(), tr("Unit %1").arg(u.code));
    QStringList changed;
    for (auto [f, o, n] : {std::tuple{"code", old->code, u.code}, std::tuple{"name", old->name, u.name}}) {
        if (o != n)
            changed << QString::fromLatin1(f);
        if (auto s =
                EstateSupport(m_ctx).noteChange(QStringLiteral("unit"), u.id, QString::fromLatin1(f), o, n);
            !s)
            return s.error();
    }
    if (!changed.isEmpty())
        if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("unit"), u.id, updated(changed)); !s)
            return s.error();
    if (old->code != u.code)
        if (auto s = EstateSupport(m_ctx).indexRoomsOfUnit(u.id, keysBefore); !s)
            return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return u;
}

Status EstateService::removeUnit(qint64 unitId)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s;
    auto rooms = m_ctx.estates.rooms(unitId);
    if (!rooms)
        return rooms.error();
    if (!rooms->isEmpty())
        return Error::of(ErrorCode::Conflict, tr("Remove the unit's rooms first"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.deleteUnit(unitId); !s)
        return s;
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("unit"), unitId, kRemoved); !s)
        return s;
    return tx.commit();
}

Status EstateService::removeBuilding(qint64 buildingId)
{
    if (auto s = m_ctx.require(Permission::EditEstate); !s)
        return s;
    auto units = m_ctx.estates.units(buildingId);
    if (!units)
        return units.error();
    if (!units->isEmpty())
        return Error::of(ErrorCode::Conflict, tr("Remove the building's units first"));
    Transaction tx(m_ctx.db);
    if (auto s = m_ctx.estates.deleteBuilding(buildingId); !s)
        return s;
    if (auto s = EstateSupport(m_ctx).audit(QStringLiteral("building"), buildingId, kRemoved); !s)
        return s;
    return tx.commit();
}

Result<RoomPlace> EstateService::findRoom(const QString& refText, const QString& estateCode)
{
    auto ref = EstateSupport::roomRef(refText);
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

Result<Estate> EstateService::estateByCode(const QString& code)
{
    auto e = m_ctx.estates.estateByCode(text::compact(code).toUpper());
    if (!e && e.error().code == ErrorCode::NotFound)
        return Error::of(ErrorCode::NotFound, tr("No estate with code %1").arg(code));
    return e;
}

} // namespace ar
