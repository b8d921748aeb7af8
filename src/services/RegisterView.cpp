// RegisterService: reading people, their rooms and their history, masked as R20 requires.
#include "RegisterService.h"

#include "Context.h"

#include "AuditService.h"
#include "Encryption.h"
#include "KeysByRole.h"
#include "UseCase.h"
#include "core/Masking.h"
#include "core/Search.h"
#include "core/TextNormalize.h"
#include "core/Validators.h"

#include <QCoreApplication>

namespace ar {

QString RegisterService::fieldLabel(const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("name"), QT_TRANSLATE_NOOP("RegisterService", "Name")},
        {QStringLiteral("gender"), QT_TRANSLATE_NOOP("RegisterService", "Gender")},
        {QStringLiteral("id_type"), QT_TRANSLATE_NOOP("RegisterService", "Document type")},
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("RegisterService", "ID number")},
        {QStringLiteral("phones"), QT_TRANSLATE_NOOP("RegisterService", "Phone")},
        {QStringLiteral("work_unit"), QT_TRANSLATE_NOOP("RegisterService", "Work unit")},
        {QStringLiteral("home_address"), QT_TRANSLATE_NOOP("RegisterService", "Home address")},
        {QStringLiteral("emergency_contact"), QT_TRANSLATE_NOOP("RegisterService", "Emergency contact")},
        {QStringLiteral("move_in_date"), QT_TRANSLATE_NOOP("RegisterService", "Move-in date")},
        {QStringLiteral("notes"), QT_TRANSLATE_NOOP("RegisterService", "Notes")},
        {QStringLiteral("contact_name"), QT_TRANSLATE_NOOP("RegisterService", "Contact person")},
        {QStringLiteral("lease"), QT_TRANSLATE_NOOP("RegisterService", "Lease")},
        {QStringLiteral("lease_from"), QT_TRANSLATE_NOOP("RegisterService", "Lease from")},
        {QStringLiteral("lease_to"), QT_TRANSLATE_NOOP("RegisterService", "Lease to")},
        {QStringLiteral("contract_no"), QT_TRANSLATE_NOOP("RegisterService", "Contract number")},
        {QStringLiteral("registered"), QT_TRANSLATE_NOOP("RegisterService", "Registered")},
        {QStringLiteral("moved_out"), QT_TRANSLATE_NOOP("RegisterService", "Moved out")},
        {QStringLiteral("room"), QT_TRANSLATE_NOOP("RegisterService", "Room")},
    };
    const char* l = labels.value(field, nullptr);
    return l ? QCoreApplication::translate("RegisterService", l) : field;
}

Person RegisterService::masked(Person p)
{
    if (p.masked)
        return p; // read masked already (a session without the full key)
    p.masked = true;
    p.data = PersonRepository::maskedData(p.data);
    p.birthDate = QDate(); // eight of the ID number's masked digits
    return p;
}

Status RegisterService::audit(AuditAction action, qint64 personId, const QJsonObject& detail,
                              const QString& dossier, const QString& reason)
{
    return AuditService(m_ctx).record(action, QStringLiteral("person"), personId, dossier,
                                      auditDetail(detail), reason);
}

Result<Person> RegisterService::loadAudited(qint64 personId, AuditAction action, const QString& view,
                                            const QString& reason, bool damagedAsEmpty)
{
    auto p = usecase::write(m_ctx, [&](usecase::Step& step) -> Result<Person> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        // The record first: its write lock is taken before anything is read.
        const QJsonObject detail =
            view.isEmpty() ? QJsonObject() : QJsonObject{{QStringLiteral("view"), view}};
        if (auto s = audit(action, personId, detail, {}, reason); !s)
            return s.error();
        return m_ctx.persons.load(personId, damagedAsEmpty);
    });
    if (!p)
        return AuditService(m_ctx).damaged(p.error()); // after the read's transaction: it is kept
    for (const QString& field : p->damaged)            // the form that corrects it opens, and says so
        (void)AuditService(m_ctx).damaged(PersonRepository::damagedValue(personId, field));
    return p;
}

Result<Person> RegisterService::person(qint64 personId)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    auto p = loadAudited(personId, AuditAction::ViewPerson, {}, {});
    if (!p)
        return p.error();
    return masked(p.value());
}

Result<Person> RegisterService::unmasked(qint64 personId, const QString& reason)
{
    if (auto s = m_ctx.require(Permission::UnmaskSensitive); !s)
        return s.error();
    if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
        return s.error();
    if (reason.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("reason"), {},
            QCoreApplication::translate("RegisterService",
                                        "Say why the full values are needed (a reason is required)"));
    return loadAudited(personId, AuditAction::Unmask, {}, reason);
}

Result<Person> RegisterService::personForEdit(qint64 personId)
{
    if (auto s = m_ctx.require(Permission::RegisterPersons); !s)
        return s.error();
    // A damaged value comes back empty here (named in Person::damaged), so it can be entered anew.
    auto p = loadAudited(personId, AuditAction::ViewPerson, QStringLiteral("edit"), {}, true);
    if (!p)
        return p;
    // R20: editing is not a way around masking, for any role: the form shows masked values,
    // a corrected field is typed anew, and updatePerson() keeps every value that comes back
    // unchanged in its masked form. Seeing the full values is unmasked(), with a reason.
    return masked(p.value());
}

PersonData RegisterService::restoreMasked(PersonData submitted, const PersonData& stored) const
{
    auto keep = [](QString& field, const QString& old, const QString& maskedOld) {
        if (!old.isEmpty() && field == maskedOld)
            field = old;
    };
    keep(submitted.idNumber, stored.idNumber, mask::idNumber(stored.idNumber));
    keep(submitted.workUnit, stored.workUnit, mask::freeText(stored.workUnit));
    keep(submitted.homeAddress, stored.homeAddress, mask::freeText(stored.homeAddress));
    keep(submitted.emergencyContact, stored.emergencyContact, mask::freeText(stored.emergencyContact, 1));
    for (QString& phone : submitted.phones)
        for (const QString& old : stored.phones)
            keep(phone, old, mask::phone(old));
    return submitted;
}

Result<QList<Occupant>> RegisterService::occupants(qint64 roomId, bool includeEnded)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    auto occ = m_ctx.persons.occupanciesOfRoom(roomId, includeEnded);
    if (!occ)
        return occ.error();
    // Lists are always masked (R20); the full record is one deliberate step away.
    QList<Occupant> out;
    for (const Occupancy& o : occ.value()) {
        // A damaged value does not hide the room's people; opening the person says what is damaged.
        auto p = m_ctx.persons.load(o.personId, true);
        if (!p)
            return p.error();
        const QString phone = p->data.phones.isEmpty() ? QString() : p->data.phones.first();
        out << Occupant{o, p->data.name,
                        p->damaged.contains(QLatin1String("phone")) && phone.isEmpty()
                            ? QCoreApplication::translate("RegisterService", "(damaged)")
                        : p->masked ? phone
                                    : mask::phone(phone),
                        o.leaseOverdue(m_ctx.clock.today())};
    }
    return out;
}

Result<QList<Occupancy>> RegisterService::roomsOf(qint64 personId)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    return m_ctx.persons.occupanciesOfPerson(personId);
}

namespace {
Status leaseDaysValid(int days)
{
    if (days < 0 || days > 3660)
        return Error::invalid(
            QStringLiteral("days"), QString::number(days),
            QCoreApplication::translate("RegisterService", "The number of days %1 must be between 0 and 3660")
                .arg(days));
    return {};
}
} // namespace

Result<LeaseCounts> RegisterService::leaseCounts(int days)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    if (auto s = leaseDaysValid(days); !s)
        return s.error();
    const QDate today = m_ctx.clock.today();
    auto n = m_ctx.persons.leasesEndingCount(today, today.addDays(days));
    if (!n)
        return n.error();
    return LeaseCounts{n->first, n->second};
}

Result<QList<LeaseDue>> RegisterService::expiringLeases(int days)
{
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    if (auto s = leaseDaysValid(days); !s)
        return s.error();
    const QDate today = m_ctx.clock.today();
    auto due = m_ctx.persons.leasesEndingBy(today.addDays(days));
    if (!due)
        return due.error();
    QList<qint64> roomIds;
    for (const auto& d : due.value())
        roomIds << d.occupancy.roomId;
    auto places = m_ctx.estates.places(roomIds);
    if (!places)
        return places.error();
    QList<LeaseDue> out;
    for (const auto& d : due.value())
        out << LeaseDue{d.occupancy, d.name, places->value(d.occupancy.roomId).ref(),
                        int(today.daysTo(d.occupancy.leaseTo))};
    return out;
}

Result<QList<HistoryEntry>> RegisterService::history(qint64 personId)
{
    QList<HistoryEntry> out;
    std::optional<Error> damage;
    auto w = usecase::write(m_ctx, Permission::ViewRegister, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        if (auto s = audit(AuditAction::ViewPerson, personId,
                           {{QStringLiteral("view"), QStringLiteral("history")}});
            !s)
            return s.error();
        auto rows = m_ctx.history.list(QStringLiteral("person"), personId);
        if (!rows)
            return rows.error();
        auto ctx = historyContextOf(m_ctx, personId);
        if (!ctx)
            return ctx.error();
        const bool full = m_ctx.can(Permission::UnmaskSensitive);
        for (const auto& s : rows.value()) {
            HistoryEntry e{s.at, s.user, s.row.field, s.row.oldValue, s.row.newValue};
            if (s.row.sensitive && m_ctx.codec.readsMaskedForms()) {
                // Without the full key: the masked forms stored with the row (stars for an older row
                // not yet given them).
                const QString hidden = QStringLiteral("****");
                if (s.row.masked.isEmpty()) {
                    e.oldValue = s.row.oldValue.isEmpty() ? QString() : hidden;
                    e.newValue = s.row.newValue.isEmpty() ? QString() : hidden;
                } else if (auto pair = keysbyrole::openHistoryMask(m_ctx.codec, s.row.masked, ctx.value())) {
                    e.oldValue = pair->first;
                    e.newValue = pair->second;
                } else {
                    damage = PersonRepository::damagedValue(personId, QStringLiteral("masked"));
                    break;
                }
            } else if (s.row.sensitive) {
                const SensitiveField f =
                    sensitiveFieldOfPersonField(s.row.field).value_or(SensitiveField::Phone);
                const auto oldV = m_ctx.codec.openChecked(f, s.row.oldValue, ctx.value());
                const auto newV = m_ctx.codec.openChecked(f, s.row.newValue, ctx.value());
                if (!oldV || !newV) {
                    damage = PersonRepository::damagedValue(personId, sensitiveFieldCode(f));
                    break;
                }
                e.oldValue = *oldV;
                e.newValue = *newV;
                if (!full) {
                    e.oldValue = keysbyrole::maskedHistoryValue(f, e.oldValue);
                    e.newValue = keysbyrole::maskedHistoryValue(f, e.newValue);
                }
            }
            out << e;
        }
        return {};
    });
    if (!w)
        return w.error();
    if (damage)
        return AuditService(m_ctx).damaged(*damage);
    return out;
}

} // namespace ar
