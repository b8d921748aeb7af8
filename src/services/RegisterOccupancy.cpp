// RegisterService: ending an occupancy and setting a tenant's lease. Split from RegisterService.cpp.
#include "RegisterService.h"

#include "Context.h"

#include "UseCase.h"

#include "core/TextNormalize.h"
#include "core/Validators.h"

#include <QJsonArray>

namespace ar {

namespace {
// The tie to a room that is to change: refused once it has ended.
Result<Occupancy> currentTie(Context& ctx, qint64 occupancyId)
{
    auto o = ctx.persons.occupancy(occupancyId);
    if (!o)
        return o.error();
    if (!o->current())
        return Error::of(
            ErrorCode::Conflict,
            QCoreApplication::translate("RegisterService", "This tie to the room has already ended"));
    return o;
}
} // namespace

Status RegisterService::endOccupancy(qint64 occupancyId, const QDate& until)
{
    return usecase::write(m_ctx, Permission::RegisterPersons, [&](usecase::Step& step) -> Status {
        auto o = currentTie(m_ctx, occupancyId);
        if (!o)
            return o.error();
        const QDate end = until.isValid() ? until : m_ctx.clock.today();
        if (end < o->since)
            return Error::invalid(
                QStringLiteral("until"), end.toString(Qt::ISODate),
                QCoreApplication::translate("RegisterService", "The end date %1 is before the start date %2")
                    .arg(end.toString(Qt::ISODate), o->since.toString(Qt::ISODate)));
        if (auto s = m_ctx.persons.endOccupancy(occupancyId, end); !s)
            return s;
        auto place = m_ctx.estates.place(o->roomId);
        if (!place)
            return place.error();
        if (auto s = m_ctx.history.append({QStringLiteral("person"), o->personId, QStringLiteral("moved_out"),
                                           QCoreApplication::translate("RegisterService", "%1 of %2")
                                               .arg(roleLabel(o->role), place->ref()),
                                           end.toString(Qt::ISODate), false},
                                          m_ctx.userId(), m_ctx.clock.now());
            !s)
            return s;
        step.audited(audit(AuditAction::MoveOut, o->personId,
                           {{QStringLiteral("role"), roleCode(o->role)},
                            {QStringLiteral("room"), place->ref()},
                            {QStringLiteral("until"), end.toString(Qt::ISODate)}}));
        return {};
    });
}

QList<Error> RegisterService::checkLease(OccupancyRole role, const QDate& from, const QDate& to,
                                         QString& contractNo) const
{
    QList<Error> errors;
    contractNo = text::normalize(contractNo);
    if (!from.isValid() && !to.isValid() && contractNo.isEmpty())
        return errors;
    if (role != OccupancyRole::Tenant) {
        errors << Error::invalid(
            QStringLiteral("lease"), leaseText(Occupancy{0, 0, 0, role, {}, {}, {}, from, to, contractNo}),
            QCoreApplication::translate("RegisterService", "A lease term and contract number are kept for "
                                                           "tenants only, not for %1")
                .arg(roleLabel(role)));
        return errors;
    }
    if (from.isValid() && to.isValid() && to < from)
        errors << Error::invalid(
            QStringLiteral("lease_to"), to.toString(Qt::ISODate),
            QCoreApplication::translate("RegisterService", "The lease end %1 is before the lease start %2")
                .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    if (contractNo.size() > 50)
        errors << Error::invalid(
            QStringLiteral("contract_no"), contractNo.left(20),
            QCoreApplication::translate("RegisterService", "%1 is longer than %2 characters")
                .arg(fieldLabel(QStringLiteral("contract_no")))
                .arg(50));
    else if (const qsizetype bad = text::forbiddenCharacter(contractNo); bad >= 0)
        errors << Error::invalid(
            QStringLiteral("contract_no"), contractNo,
            QCoreApplication::translate("RegisterService",
                                        "Contract number contains an invisible or control character (%1) at "
                                        "position %2")
                .arg(text::codePointName(contractNo, bad))
                .arg(bad + 1));
    return errors;
}

Status RegisterService::setLease(qint64 occupancyId, const QDate& from, const QDate& to,
                                 const QString& contractNo)
{
    return usecase::write(m_ctx, Permission::RegisterPersons, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s;
        auto o = currentTie(m_ctx, occupancyId);
        if (!o)
            return o.error();
        QString contract = contractNo;
        if (const QList<Error> errors = checkLease(o->role, from, to, contract); !errors.isEmpty())
            return errors.first();
        Occupancy changed = o.value();
        changed.leaseFrom = from;
        changed.leaseTo = to;
        changed.contractNo = contract;
        const QString before = leaseText(o.value());
        const QString after = leaseText(changed);
        if (before == after)
            return {}; // nothing changed: no history, no audit
        if (auto s = m_ctx.persons.setLease(changed); !s)
            return s;
        auto place = m_ctx.estates.place(o->roomId);
        if (!place)
            return place.error();
        const QString room = place->ref() + QStringLiteral(": ");
        if (auto s = m_ctx.history.append({QStringLiteral("person"), o->personId, QStringLiteral("lease"),
                                           before.isEmpty() ? QString() : room + before,
                                           after.isEmpty() ? QString() : room + after, false},
                                          m_ctx.userId(), m_ctx.clock.now());
            !s)
            return s;
        step.audited(audit(AuditAction::Change, o->personId,
                           {{QStringLiteral("fields"), QJsonArray{QStringLiteral("lease")}},
                            {QStringLiteral("room"), place->ref()}}));
        return {};
    });
}

} // namespace ar
