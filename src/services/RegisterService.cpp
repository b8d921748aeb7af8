// RegisterService: checking, registering and correcting people (R3, R5, R6, R41).
#include "RegisterService.h"

#include "AuditService.h"
#include "Context.h"

#include "DossierService.h"
#include "Encryption.h"
#include "KeysByRole.h"
#include "UseCase.h"

#include "core/Audit.h"
#include "core/Masking.h"
#include "core/Search.h"
#include "core/TextNormalize.h"
#include "core/Validators.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace ar {

namespace {

bool needsId(OccupancyRole r)
{
    return r != OccupancyRole::Member;
}

QString phonesText(const QStringList& phones)
{
    return phones.join(QStringLiteral(", "));
}

} // namespace

RegisterService::Checked RegisterService::check(const PersonData& in, OccupancyRole role) const
{
    Checked c;
    PersonData& d = c.data;
    d = in;
    const FieldCheck name = in.isOrganisation() ? checkOrganisationName(in.name) : checkName(in.name);
    if (!name.valid)
        c.errors << Error::invalid(QStringLiteral("name"), in.name, name.error);
    d.name = name.normalized;
    // An organisation (issue #20 item 9): no gender, a contact person instead.
    d.contactName = text::normalize(in.contactName);
    if (in.isOrganisation()) {
        if (in.gender != Gender::Unknown)
            c.errors << Error::invalid(
                QStringLiteral("gender"), genderLabel(in.gender),
                QCoreApplication::translate("RegisterService", "An organisation has no gender (%1 given)")
                    .arg(genderLabel(in.gender)));
        const FieldCheck contact = checkName(in.contactName);
        if (!contact.valid)
            c.errors << Error::invalid(
                QStringLiteral("contact_name"), in.contactName,
                QCoreApplication::translate("RegisterService", "Contact person: %1").arg(contact.error));
        d.contactName = contact.normalized;
    } else if (!d.contactName.isEmpty()) {
        c.errors << Error::invalid(
            QStringLiteral("contact_name"), d.contactName,
            QCoreApplication::translate(
                "RegisterService",
                "Contact person %1: only an organisation (document type %2) has a contact person")
                .arg(d.contactName, idTypeLabel(IdType::CreditCode)));
    }

    d.idNumber = text::compact(in.idNumber).toUpper();
    if (!d.idNumber.isEmpty() || needsId(role)) {
        if (d.idNumber.isEmpty()) {
            c.errors << Error::invalid(
                QStringLiteral("id_number"), {},
                QCoreApplication::translate("RegisterService", "ID number is required for %1")
                    .arg(roleLabel(role)));
        } else {
            const IdNumberCheck id = checkIdNumber(in.idType, in.idNumber, m_ctx.clock.today());
            if (!id.valid) {
                c.errors << Error::invalid(QStringLiteral("id_number"), in.idNumber, id.error);
            } else {
                d.idNumber = id.normalized;
                c.idLegacy = id.legacy15;
                c.birthDate = id.birthDate;
                if (!id.warning.isEmpty())
                    c.warnings << id.warning;
                if (d.gender == Gender::Unknown)
                    d.gender = id.gender;
                const QString mismatch = genderMismatch(d.gender, id);
                if (!mismatch.isEmpty())
                    c.errors << Error::invalid(QStringLiteral("gender"), genderLabel(d.gender), mismatch);
            }
        }
    }

    d.phones.clear();
    for (const QString& raw : in.phones) {
        if (text::compact(raw).isEmpty())
            continue;
        const FieldCheck ph = checkPhone(raw);
        if (!ph.valid) {
            c.errors << Error::invalid(QStringLiteral("phones"), raw, ph.error);
            continue;
        }
        if (!ph.warning.isEmpty())
            c.warnings << ph.warning;
        if (!d.phones.contains(ph.normalized))
            d.phones << ph.normalized;
    }
    if (d.phones.isEmpty() && (role == OccupancyRole::Owner || role == OccupancyRole::Tenant))
        c.errors << Error::invalid(
            QStringLiteral("phones"), {},
            QCoreApplication::translate("RegisterService", "At least one phone number is required for %1")
                .arg(roleLabel(role)));
    if (d.phones.size() > 5)
        c.errors << Error::invalid(QStringLiteral("phones"), phonesText(d.phones),
                                   QCoreApplication::translate("RegisterService", "At most 5 phone numbers"));

    d.workUnit = text::normalize(in.workUnit);
    d.homeAddress = text::normalize(in.homeAddress);
    d.emergencyContact = text::normalize(in.emergencyContact);
    d.notes = in.notes.trimmed();
    if (d.moveInDate.isValid() && d.moveInDate > m_ctx.clock.today().addYears(1))
        c.errors << Error::invalid(
            QStringLiteral("move_in_date"), d.moveInDate.toString(Qt::ISODate),
            QCoreApplication::translate("RegisterService", "Move-in date %1 is more than a year ahead")
                .arg(d.moveInDate.toString(Qt::ISODate)));
    for (auto [field, value, max] :
         {std::tuple{"work_unit", d.workUnit, 100}, std::tuple{"home_address", d.homeAddress, 200},
          std::tuple{"emergency_contact", d.emergencyContact, 100}, std::tuple{"notes", d.notes, 2000}}) {
        if (value.size() > max)
            c.errors << Error::invalid(
                QString::fromLatin1(field), value.left(20),
                QCoreApplication::translate("RegisterService", "%1 is longer than %2 characters")
                    .arg(fieldLabel(QString::fromLatin1(field)))
                    .arg(max));
    }
    return c;
}

RegisterService::Checked RegisterService::checkEdit(qint64 personId, const PersonData& d,
                                                    OccupancyRole role) const
{
    auto stored = m_ctx.persons.load(personId, true);
    return check(stored ? restoreMasked(d, stored->data) : d, role);
}

Result<RegistrationResult> RegisterService::registerPerson(const Registration& r)
{
    auto done = registerMany({r});
    if (!done)
        return done.error();
    return done->first();
}

Result<QList<RegistrationResult>> RegisterService::registerMany(const QList<Registration>& rs, int* failedAt,
                                                                SearchIndex::Pending* gathering)
{
    int at = 0; // the registration an error belongs to
    auto failed = [&](Error e) {
        if (failedAt)
            *failedAt = at;
        return e;
    };
    if (auto s = m_ctx.require(Permission::RegisterPersons); !s)
        return failed(s.error());
    // Full values and the duplicate check by blind index need the full key (keys by role).
    if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
        return failed(s.error());

    // Everything that can be refused without reading the register first.
    QList<Checked> checked;
    checked.reserve(rs.size());
    QList<qint64> roomIds;
    QStringList idNumbers;
    for (at = 0; at < rs.size(); ++at) {
        const Registration& r = rs.at(at);
        Checked c = check(r.person, r.role);
        if (!c.errors.isEmpty())
            return failed(c.errors.first());
        QString contract = r.contractNo;
        if (const QList<Error> lease = checkLease(r.role, r.leaseFrom, r.leaseTo, contract); !lease.isEmpty())
            return failed(lease.first());
        const QDate since = r.since.isValid() ? r.since : m_ctx.clock.today();
        if (since > m_ctx.clock.today().addYears(1))
            return failed(Error::invalid(
                QStringLiteral("since"), since.toString(Qt::ISODate),
                QCoreApplication::translate("RegisterService", "The start date is too far ahead")));
        roomIds << r.roomId;
        if (!c.data.idNumber.isEmpty())
            idNumbers << c.data.idNumber;
        checked << std::move(c);
    }
    at = 0;

    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return failed(s.error());
    // What the registrations depend on, read once for all of them and kept up to date as they
    // are written, so each sees the ones before it as if they had been registered one by one.
    auto places = m_ctx.estates.places(roomIds);
    if (!places)
        return failed(places.error());
    auto ties = m_ctx.persons.occupanciesOfRooms(roomIds, false);
    if (!ties)
        return failed(ties.error());
    QHash<qint64, QList<Occupancy>> current;
    for (const Occupancy& o : ties.value())
        current[o.roomId] << o;
    auto holders = m_ctx.persons.findByIdNumbers(idNumbers);
    if (!holders)
        return failed(holders.error());
    QHash<QString, QList<qint64>>& byIdNumber = holders.value();

    // R5: each owner and tenant gets a customer dossier; their numbers are taken in one step.
    const QDateTime now = m_ctx.clock.now();
    QHash<QString, QList<Dossier>> numbers; // category code → unused numbers, in order
    QHash<QString, Category> categories;
    for (const QString& code : {QStringLiteral("owner"), QStringLiteral("tenant")}) {
        const OccupancyRole role =
            code == QLatin1String("owner") ? OccupancyRole::Owner : OccupancyRole::Tenant;
        const int wanted =
            int(std::count_if(rs.cbegin(), rs.cend(), [&](const Registration& r) { return r.role == role; }));
        if (wanted == 0)
            continue;
        auto cat = m_ctx.dossiers.category(code);
        if (!cat)
            return failed(cat.error());
        categories.insert(code, cat.value());
        auto numbered = numberDossiers(m_ctx, code, now.date().year(), wanted);
        if (!numbered)
            return failed(numbered.error());
        numbers.insert(code, numbered.value());
    }

    // First every decision, in the registrations' order and as if each had been written before
    // the next was checked (the same checks, errors and failedAt as one by one): the people new in
    // this batch stand in as -1, -2 … (their place in `fresh`), their ties join `current`. Then
    // the rows, table by table, many per statement (issue #23).
    QList<Person> fresh;      // the new people, in order
    QList<Occupancy> newTies; // one per registration; a new person's id still the stand-in
    newTies.reserve(rs.size());
    auto nameOf = [&](qint64 id) -> Result<QString> {
        if (id < 0)
            return fresh.at(-id - 1).data.name;
        return m_ctx.persons.name(id);
    };
    for (at = 0; at < rs.size(); ++at) {
        const Registration& r = rs.at(at);
        Checked& c = checked[at];
        if (!places->contains(r.roomId))
            return failed(Error::of(ErrorCode::NotFound, QStringLiteral("room %1").arg(r.roomId)));
        const RoomPlace& place = places->value(r.roomId);
        QList<Occupancy>& occupants = current[r.roomId];

        // The same document number means the same person: link, never duplicate.
        qint64 personId = 0;
        if (!c.data.idNumber.isEmpty() && !byIdNumber.value(c.data.idNumber).isEmpty()) {
            personId = byIdNumber.value(c.data.idNumber).first();
            auto known = nameOf(personId);
            if (!known)
                return failed(known.error());
            if (known.value() != c.data.name)
                return failed(
                    Error::invalid(QStringLiteral("id_number"), mask::idNumber(c.data.idNumber),
                                   QCoreApplication::translate(
                                       "RegisterService", "ID number %1 is already registered for %2, not %3")
                                       .arg(mask::idNumber(c.data.idNumber), known.value(), c.data.name)));
            for (const Occupancy& o : occupants)
                if (o.personId == personId && o.role == r.role)
                    return failed(Error::of(
                        ErrorCode::Conflict,
                        QCoreApplication::translate("RegisterService", "%1 is already registered as %2 of %3")
                            .arg(c.data.name, roleLabel(r.role), place.ref())));
            c.warnings << QCoreApplication::translate(
                              "RegisterService",
                              "%1 was already on file; the existing record was linked to %2")
                              .arg(c.data.name, place.ref());
        }
        if (r.role == OccupancyRole::Owner) {
            for (const Occupancy& o : occupants) {
                if (o.role == OccupancyRole::Owner) {
                    auto n = nameOf(o.personId);
                    return failed(Error::of(
                        ErrorCode::Conflict,
                        QCoreApplication::translate(
                            "RegisterService",
                            "%1 already has a current owner (%2); register a co-owner, or record an owner "
                            "change")
                            .arg(place.ref(), n ? n.value() : QString())));
                }
            }
        }

        if (!personId) {
            Person p;
            p.data = c.data;
            p.idLegacy = c.idLegacy;
            p.birthDate = c.birthDate;
            fresh << p;
            personId = -qint64(fresh.size());
            if (!c.data.idNumber.isEmpty())
                byIdNumber[c.data.idNumber] << personId;
        }
        Occupancy o;
        o.personId = personId;
        o.roomId = r.roomId;
        o.role = r.role;
        o.relation = text::normalize(r.relation);
        o.since = r.since.isValid() ? r.since : m_ctx.clock.today();
        o.leaseFrom = r.leaseFrom;
        o.leaseTo = r.leaseTo;
        o.contractNo = text::normalize(r.contractNo);
        occupants << o;
        newTies << o;
    }
    at = 0;

    SearchIndex::Pending own; // of the new people and dossiers, written at the end
    SearchIndex::Pending& keys = gathering ? *gathering : own;
    // The new people: ids in the order insert() would have taken them one by one.
    auto firstPerson = m_ctx.persons.insertMany(fresh, m_ctx.userId(), now);
    if (!firstPerson)
        return failed(firstPerson.error());
    for (qsizetype i = 0; i < fresh.size(); ++i) {
        const PersonData& d = fresh.at(i).data;
        keys.add(HitKind::Person, firstPerson.value() + i, searchkeys::forPerson(d.name, d.phones));
        keys.add(SearchIndex::Term::Pinyin, firstPerson.value() + i, searchkeys::forPinyin(d.name));
    }
    fresh.clear();

    // The ties, history rows and dossiers of the registrations since the last write; written
    // before an agent's registration reads the room's dossiers, and at the end.
    QList<RegistrationResult> results;
    results.reserve(rs.size());
    qsizetype tiesFrom = 0; // the first tie not written yet
    QList<HistoryRepository::Row> history;
    QList<Dossier> dossiers;
    QList<AuditService::Entry> audits; // one per registration, written at the end
    audits.reserve(rs.size());
    auto write = [&]() -> Status {
        const QList<Occupancy> batch = newTies.mid(tiesFrom, results.size() - tiesFrom); // those gone through
        auto firstTie = m_ctx.persons.insertOccupancies(batch, now);
        if (!firstTie)
            return firstTie.error();
        for (qsizetype i = 0; i < batch.size(); ++i)
            results[tiesFrom + i].occupancyId = firstTie.value() + i;
        tiesFrom += batch.size();
        if (auto s = m_ctx.history.appendMany(history, m_ctx.userId(), now); !s)
            return s;
        history.clear();
        auto firstDossier = m_ctx.dossiers.insertMany(dossiers, m_ctx.userId(), now);
        if (!firstDossier)
            return firstDossier.error();
        // The dossiers are found by the archive keys insertMany wrote (SearchIndex::lookup).
        dossiers.clear();
        return {};
    };
    for (at = 0; at < rs.size(); ++at) {
        const Registration& r = rs.at(at);
        const Checked& c = checked.at(at);
        const RoomPlace& place = places->value(r.roomId);
        Occupancy& o = newTies[at];
        if (o.personId < 0)
            o.personId = firstPerson.value() + (-o.personId - 1);
        const qint64 personId = o.personId;
        QString what =
            QCoreApplication::translate("RegisterService", "%1 of %2").arg(roleLabel(r.role), place.ref());
        if (o.hasLease())
            what += QStringLiteral("; ") + leaseText(o);
        history << HistoryRepository::Row{
            QStringLiteral("person"), personId, QStringLiteral("registered"), {}, what, false};

        RegistrationResult out;
        out.personId = personId;
        out.warnings = c.warnings;
        if (r.role == OccupancyRole::Owner || r.role == OccupancyRole::Tenant) {
            const QString code =
                r.role == OccupancyRole::Owner ? QStringLiteral("owner") : QStringLiteral("tenant");
            Dossier d = numbers[code].takeFirst();
            d.title = QCoreApplication::translate("RegisterService", "%1 %2 %3 dossier")
                          .arg(place.ref(), c.data.name, categories.value(code).name);
            d.roomId = r.roomId;
            d.personId = personId;
            out.archiveNo = d.archiveNo;
            dossiers << d;
        }
        results << out;
        if (r.role == OccupancyRole::Agent) {
            // It reads the room's dossiers (those of this batch too) and adds history rows after
            // the ones before it.
            if (auto s = write(); !s)
                return failed(s.error());
            if (auto s = agentReceivesHandover(r.roomId, c.data.name, now); !s)
                return failed(s.error());
        }
        QJsonObject registered{{QStringLiteral("role"), roleCode(r.role)},
                               {QStringLiteral("room"), place.ref()}};
        if (o.hasLease())
            registered.insert(QStringLiteral("lease"), true);
        audits << AuditService::Entry{QStringLiteral("person"), personId, out.archiveNo,
                                      auditDetail(registered)};
    }
    at = 0;
    if (auto s = write(); !s)
        return failed(s.error());
    if (auto s = AuditService(m_ctx).recordMany(AuditAction::Register, audits); !s)
        return failed(s.error());
    if (auto s = own.flush(m_ctx.search); !s)
        return failed(s.error());
    if (auto s = tx.commit(); !s)
        return failed(s.error());
    return results;
}

// R4, R11 (委托收楼): an entrusted agent receives the handover of the room, so the agent's ID
// copy becomes required in the room's current owner dossiers. A dossier already filed as
// complete is open again until the copy is filed.
Status RegisterService::agentReceivesHandover(qint64 roomId, const QString& agent, const QDateTime& now)
{
    auto dossiers = m_ctx.dossiers.ofRoom(roomId);
    if (!dossiers)
        return dossiers.error();
    for (const Dossier& d : dossiers.value()) {
        if (d.category != QLatin1String("owner") ||
            !QStringList{QStringLiteral("open"), QStringLiteral("filed"), QStringLiteral("on_loan")}.contains(
                d.status))
            continue;
        auto added = m_ctx.filing.addCondition(d.id, QStringLiteral("agent"));
        if (!added)
            return added.error();
        if (!added.value())
            continue;
        if (auto s = m_ctx.history.append(
                {QStringLiteral("dossier"),
                 d.id,
                 QStringLiteral("required"),
                 {},
                 QCoreApplication::translate(
                     "RegisterService",
                     "entrusted agent %1 receives the handover: the agent's ID copy is required")
                     .arg(agent),
                 false},
                m_ctx.userId(), now);
            !s)
            return s;
        if (d.status == QLatin1String("filed")) {
            if (auto s = m_ctx.dossiers.setStatus(d.id, QStringLiteral("open")); !s)
                return s;
            if (auto s = m_ctx.history.append({QStringLiteral("dossier"), d.id, QStringLiteral("status"),
                                               dossierStatusLabel(d.status),
                                               dossierStatusLabel(QStringLiteral("open")), false},
                                              m_ctx.userId(), now);
                !s)
                return s;
        }
    }
    return {};
}

Result<QStringList> RegisterService::updatePerson(const Person& p, QStringList* changedFields)
{
    if (auto s = m_ctx.require(Permission::RegisterPersons); !s)
        return s.error();
    if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
        return s.error();
    QStringList changedList;
    QStringList warnings;
    auto w = usecase::write(m_ctx, [&](usecase::Step&) -> Status {
        // A damaged value comes back empty: what is typed in its place replaces it.
        auto old = m_ctx.persons.load(p.id, true);
        if (!old)
            return old.error();
        const PersonData submitted = restoreMasked(p.data, old->data);
        // The role decides which fields are required: the strictest of the person's current ties.
        auto ties = m_ctx.persons.occupanciesOfPerson(p.id);
        if (!ties)
            return ties.error();
        OccupancyRole strictest = OccupancyRole::Member;
        for (const Occupancy& o : ties.value())
            if (o.current() && (o.role == OccupancyRole::Owner || o.role == OccupancyRole::Tenant))
                strictest = o.role;
            else if (o.current() && strictest == OccupancyRole::Member)
                strictest = o.role;
        Checked c = check(submitted, strictest);
        if (!c.errors.isEmpty())
            return c.errors.first();
        if (!c.data.idNumber.isEmpty() && c.data.idNumber != old->data.idNumber) {
            auto same = m_ctx.persons.findByIdNumber(c.data.idNumber);
            if (!same)
                return same.error();
            for (qint64 other : same.value())
                if (other != p.id)
                    return Error::invalid(
                        QStringLiteral("id_number"), mask::idNumber(c.data.idNumber),
                        QCoreApplication::translate("RegisterService",
                                                    "ID number %1 already belongs to another person on file")
                            .arg(mask::idNumber(c.data.idNumber)));
        }
        // The keys the person has now, derived from what is stored before it changes (the index
        // has no look-up by person: SearchIndex.h).
        const bool rekey = old->data.name != c.data.name || old->data.phones != c.data.phones;
        QStringList keysBefore, pinyinBefore;
        if (rekey) {
            auto k = m_ctx.search.personKeys(p.id);
            if (!k)
                return k.error();
            keysBefore = k.value();
            auto t = m_ctx.search.storedTerms(SearchIndex::Term::Pinyin, p.id);
            if (!t)
                return t.error();
            pinyinBefore = t.value();
        }
        Person updated = p;
        updated.data = c.data;
        updated.idLegacy = c.idLegacy;
        updated.birthDate = c.birthDate;
        if (auto s = m_ctx.persons.update(updated); !s)
            return s.error();

        const PersonData& a = old->data;
        const PersonData& b = c.data;
        auto bound = historyContextOf(m_ctx, p.id);
        if (!bound)
            return bound.error();
        const QString ctx = bound.value();
        struct Diff
        {
            const char* field;
            QString oldV, newV;
            std::optional<SensitiveField> sensitive;
        };
        const Diff diffs[] = {
            {"name", a.name, b.name, std::nullopt},
            {"gender", genderLabel(a.gender), genderLabel(b.gender), std::nullopt},
            {"id_type", idTypeLabel(a.idType), idTypeLabel(b.idType), std::nullopt},
            {"id_number", a.idNumber, b.idNumber, SensitiveField::IdNumber},
            {"phones", phonesText(a.phones), phonesText(b.phones), SensitiveField::Phone},
            {"work_unit", a.workUnit, b.workUnit, SensitiveField::WorkUnit},
            {"home_address", a.homeAddress, b.homeAddress, SensitiveField::HomeAddress},
            {"emergency_contact", a.emergencyContact, b.emergencyContact, SensitiveField::EmergencyContact},
            {"move_in_date", a.moveInDate.toString(Qt::ISODate), b.moveInDate.toString(Qt::ISODate),
             std::nullopt},
            {"notes", a.notes, b.notes, std::nullopt},
            {"contact_name", a.contactName, b.contactName, std::nullopt},
        };
        const QDateTime now = m_ctx.clock.now();
        QStringList changed;
        for (const Diff& d : diffs) {
            if (d.oldV == d.newV)
                continue;
            HistoryRepository::Row row{
                QStringLiteral("person"), p.id, QString::fromLatin1(d.field), d.oldV, d.newV, false};
            if (d.sensitive) {
                row.sensitive = true;
                row.oldValue = m_ctx.codec.seal(*d.sensitive, d.oldV, ctx);
                row.newValue = m_ctx.codec.seal(*d.sensitive, d.newV, ctx);
                row.masked = keysbyrole::sealedHistoryMask(m_ctx.codec, *d.sensitive, d.oldV, d.newV, ctx);
            }
            if (auto s = m_ctx.history.append(row, m_ctx.userId(), now); !s)
                return s.error();
            changed << QString::fromLatin1(d.field);
        }
        if (!changed.isEmpty())
            if (auto s = audit(AuditAction::Change, p.id,
                               {{QStringLiteral("fields"), QJsonArray::fromStringList(changed)}});
                !s)
                return s.error();
        if (rekey)
            if (auto s = m_ctx.search.replace(HitKind::Person, p.id, keysBefore,
                                              searchkeys::forPerson(b.name, b.phones));
                !s)
                return s.error();
        if (a.name != b.name)
            if (auto s = m_ctx.search.replace(SearchIndex::Term::Pinyin, p.id, pinyinBefore,
                                              searchkeys::forPinyin(b.name));
                !s)
                return s.error();
        changedList = changed;
        warnings = c.warnings;
        return {};
    });
    if (!w)
        return w.error();
    if (changedFields)
        *changedFields = changedList;
    return warnings;
}
} // namespace ar
