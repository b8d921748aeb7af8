#include "PersonRepository.h"

#include "SealedBytes.h"
#include "SqlHelpers.h"
#include "StoredDates.h"
#include "core/Masking.h"
#include "core/Search.h"
#include "core/Validators.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace ar {

using namespace sqlh;

namespace {
// The keys of the masked form's JSON (before schema 27: id_number, phones, work_unit, …).
constexpr const char* kMaskedIdNumber = "i";
constexpr const char* kMaskedPhones = "p";
constexpr const char* kMaskedWorkUnit = "w";
constexpr const char* kMaskedHomeAddress = "h";
constexpr const char* kMaskedEmergencyContact = "e";

// The masked form's plain text since issue #23's second pass, about half the JSON's bytes: a
// leading 0x02, then the ID number, the phones (separated by 0x1e), the work unit, the address
// and the emergency contact, separated by 0x1f; a run of 3 to 94 stars is written as 0x1a and one
// character (0x20 + the run's length). A value holding a control character (none passes the
// register's checks) is written as JSON instead, which is also what rows written before read as.
constexpr QChar kCompactMasked(0x02);
constexpr QChar kFieldSep(0x1f);
constexpr QChar kPhoneSep(0x1e);
constexpr QChar kStars(0x1a);

QString starsPacked(const QString& v)
{
    QString out;
    out.reserve(v.size());
    for (qsizetype i = 0; i < v.size();) {
        qsizetype run = 0;
        while (i + run < v.size() && v.at(i + run) == QLatin1Char('*') && run < 94)
            ++run;
        if (run >= 3) {
            out += kStars;
            out += QChar(char16_t(0x20 + run));
            i += run;
        } else if (run > 0) {
            out += QString(run, QLatin1Char('*'));
            i += run;
        } else {
            out += v.at(i++);
        }
    }
    return out;
}

QString starsUnpacked(QStringView v)
{
    QString out;
    out.reserve(v.size() + 16);
    for (qsizetype i = 0; i < v.size(); ++i) {
        if (v.at(i) == kStars && i + 1 < v.size()) {
            out += QString(std::max(0, int(v.at(i + 1).unicode()) - 0x20), QLatin1Char('*'));
            ++i;
        } else {
            out += v.at(i);
        }
    }
    return out;
}

bool hasControl(const QString& v)
{
    for (QChar c : v)
        if (c.unicode() < 0x20)
            return true;
    return false;
}

// The compact plain text of a masked PersonData; empty when a value holds a control character.
QString compactMasked(const PersonData& m)
{
    for (const QString& v : m.phones + QStringList{m.idNumber, m.workUnit, m.homeAddress, m.emergencyContact})
        if (hasControl(v))
            return {};
    QStringList phones;
    for (const QString& ph : m.phones)
        phones << starsPacked(ph);
    return kCompactMasked + QStringList{starsPacked(m.idNumber), phones.join(kPhoneSep),
                                        starsPacked(m.workUnit), starsPacked(m.homeAddress),
                                        starsPacked(m.emergencyContact)}
                                .join(kFieldSep);
}

// Reads compactMasked's text into `p`; false when `plain` is not one.
bool readCompactMasked(const QString& plain, PersonData* p)
{
    if (!plain.startsWith(kCompactMasked))
        return false;
    const QList<QStringView> f = QStringView(plain).sliced(1).split(kFieldSep);
    if (f.size() != 5)
        return false;
    p->idNumber = starsUnpacked(f.at(0));
    p->phones.clear();
    if (!f.at(1).isEmpty())
        for (QStringView ph : f.at(1).split(kPhoneSep))
            p->phones << starsUnpacked(ph);
    p->workUnit = starsUnpacked(f.at(2));
    p->homeAddress = starsUnpacked(f.at(3));
    p->emergencyContact = starsUnpacked(f.at(4));
    return true;
}

// The same four digits the search index uses (not those of an extension).
QString tail4(const QString& phone)
{
    return searchkeys::forPhone(phone).value(0);
}
} // namespace

PersonData PersonRepository::maskedData(PersonData d)
{
    d.idNumber = mask::idNumber(d.idNumber);
    for (QString& ph : d.phones)
        ph = mask::phone(ph);
    d.workUnit = mask::freeText(d.workUnit);
    d.homeAddress = mask::freeText(d.homeAddress);
    d.emergencyContact = mask::freeText(d.emergencyContact, 1);
    return d;
}

QVariant PersonRepository::sealedMaskedForm(qint64 id, const PersonData& d) const
{
    // The compact text; JSON with short keys and empty values left out when a value holds a
    // control character. loadMasked reads both, and the long keys of rows before schema 27.
    const PersonData m = maskedData(d);
    QString plain = compactMasked(m);
    if (plain.isEmpty()) {
        QJsonObject o;
        auto put = [&o](const char* key, const QString& v) {
            if (!v.isEmpty())
                o.insert(QLatin1String(key), v);
        };
        put(kMaskedIdNumber, m.idNumber);
        if (!m.phones.isEmpty())
            o.insert(QLatin1String(kMaskedPhones), QJsonArray::fromStringList(m.phones));
        put(kMaskedWorkUnit, m.workUnit);
        put(kMaskedHomeAddress, m.homeAddress);
        put(kMaskedEmergencyContact, m.emergencyContact);
        plain = QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
    }
    const QString sealed = m_codec.sealMasked(plain, context(id));
    return sealed.isEmpty() ? QVariant() : sealedbytes::stored(m_db, sealed);
}

QVariantList PersonRepository::sealed(qint64 id, const PersonData& d) const
{
    const QString ctx = context(id);
    const auto& c = m_codec;
    // Written without the full key, a value has no blind index until a session with it signs in.
    const QString blind =
        d.idNumber.isEmpty() ? QString() : c.blindIndex(SensitiveField::IdNumber, d.idNumber);
    return {sealedbytes::stored(m_db, c.seal(SensitiveField::IdNumber, d.idNumber, ctx)),
            sealedbytes::storedBlind(m_db, blind),
            sealedbytes::stored(m_db, c.seal(SensitiveField::WorkUnit, d.workUnit, ctx)),
            sealedbytes::stored(m_db, c.seal(SensitiveField::HomeAddress, d.homeAddress, ctx)),
            sealedbytes::stored(m_db, c.seal(SensitiveField::EmergencyContact, d.emergencyContact, ctx)),
            sealedMaskedForm(id, d)};
}

Status PersonRepository::writeMaskedForm(qint64 personId, const PersonData& d)
{
    return done(m_db.write(QStringLiteral("UPDATE persons SET masked = ? WHERE id = ?"),
                           {sealedMaskedForm(personId, d), personId}));
}

Result<QList<qint64>> PersonRepository::withoutMaskedForm()
{
    return listOf<qint64>(
        m_db.exec(QStringLiteral("SELECT id FROM persons WHERE masked IS NULL ORDER BY id")),
        [](const QSqlQuery& q, int) { return q.value(0).toLongLong(); });
}

Result<QList<qint64>> PersonRepository::withoutBlindIndex()
{
    return listOf<qint64>(
        m_db.exec(QStringLiteral("SELECT id FROM persons WHERE id_number <> '' AND id_blind = '' UNION "
                                 "SELECT DISTINCT person_id FROM person_phones WHERE phone <> '' AND "
                                 "phone_blind = '' ORDER BY 1")),
        [](const QSqlQuery& q, int) { return q.value(0).toLongLong(); });
}

Status PersonRepository::writePhones(qint64 id, const PersonData& d, bool fresh)
{
    const QString ctx = context(id);
    if (!fresh)
        if (auto del = m_db.write(QStringLiteral("DELETE FROM person_phones WHERE person_id = ?"), {id});
            !del)
            return del.error();
    for (int i = 0; i < d.phones.size(); ++i) {
        const QString& ph = d.phones.at(i);
        auto ins = m_db.write(
            QStringLiteral("INSERT INTO person_phones(person_id, position, phone, phone_blind, tail4) "
                           "VALUES (?, ?, ?, ?, ?)"),
            {id, i, sealedbytes::stored(m_db, m_codec.seal(SensitiveField::Phone, ph, ctx)),
             sealedbytes::storedBlind(m_db, m_codec.blindIndex(SensitiveField::Phone, ph)), // empty without
             tail4(ph)});                                                                   // the full key
        if (!ins)
            return ins.error();
    }
    return {};
}

Status PersonRepository::writeSensitive(qint64 id, const PersonData& d)
{
    QVariantList args = sealed(id, d);
    args << id;
    auto r = m_db.write(QStringLiteral("UPDATE persons SET id_number = ?, id_blind = ?, work_unit = ?, "
                                       "home_address = ?, emergency_contact = ?, masked = ? WHERE id = ?"),
                        args);
    if (!r)
        return r.error();
    return writePhones(id, d, false);
}

Result<qint64> PersonRepository::insert(const Person& p, qint64 createdBy, const QDateTime& now)
{
    const PersonData& d = p.data;
    // The sealed fields are bound to the row's id: take it first, and write the row once.
    auto id = m_db.nextId(QStringLiteral("persons"));
    if (!id)
        return id;
    QVariantList args{id.value(),
                      d.name,
                      genderCode(d.gender),
                      idTypeCode(d.idType),
                      p.idLegacy ? 1 : 0,
                      QVariant(), // birth_date: never stored (it is part of the sealed ID number)
                      storeddates::toDay(d.moveInDate),
                      d.notes,
                      d.contactName,
                      storeddates::toEpoch(now),
                      nullableId(createdBy)};
    args << sealed(id.value(), d);
    if (auto r =
            m_db.write(QStringLiteral("INSERT INTO persons(id, name, gender, id_type, id_legacy, birth_date, "
                                      "move_in_date, notes, contact_name, created_at, created_by, id_number, "
                                      "id_blind, work_unit, home_address, emergency_contact, masked) "
                                      "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                       args);
        !r)
        return r.error();
    if (auto s = writePhones(id.value(), d, true); !s)
        return s.error();
    return id;
}

Result<qint64> PersonRepository::insertMany(const QList<Person>& ps, qint64 createdBy, const QDateTime& now)
{
    if (ps.isEmpty())
        return qint64(0);
    auto first = m_db.reserveIds(QStringLiteral("persons"), int(ps.size()));
    if (!first)
        return first;
    const QVariant at = storeddates::toEpoch(now);
    const QVariant by = nullableId(createdBy);
    if (auto s = insertRows(
            m_db,
            QStringLiteral(
                "INSERT INTO persons(id, name, gender, id_type, id_legacy, birth_date, move_in_date, "
                "notes, contact_name, created_at, created_by, id_number, id_blind, work_unit, "
                "home_address, emergency_contact, masked) VALUES "),
            17, {}, ps.size(),
            [&](qsizetype i, QVariantList& args) {
                const Person& p = ps.at(i);
                const PersonData& d = p.data;
                const qint64 id = first.value() + i;
                args << id << d.name << genderCode(d.gender) << idTypeCode(d.idType) << (p.idLegacy ? 1 : 0)
                     << QVariant() << storeddates::toDay(d.moveInDate) << d.notes << d.contactName << at
                     << by;
                args << sealed(id, d);
            });
        !s)
        return s.error();
    struct Phone
    {
        qint64 person;
        int position;
        const QString* phone;
    };
    std::vector<Phone> phones;
    phones.reserve(size_t(ps.size()) * 2);
    for (qsizetype i = 0; i < ps.size(); ++i)
        for (int j = 0; j < int(ps.at(i).data.phones.size()); ++j)
            phones.push_back({first.value() + i, j, &ps.at(i).data.phones.at(j)});
    if (auto s =
            insertRows(m_db,
                       QStringLiteral("INSERT INTO person_phones(person_id, position, phone, phone_blind, "
                                      "tail4) VALUES "),
                       5, {}, qsizetype(phones.size()),
                       [&](qsizetype i, QVariantList& args) {
                           const Phone& ph = phones[size_t(i)];
                           args << ph.person << ph.position
                                << sealedbytes::stored(m_db, m_codec.seal(SensitiveField::Phone, *ph.phone,
                                                                          context(ph.person)))
                                << sealedbytes::storedBlind(
                                       m_db, m_codec.blindIndex(SensitiveField::Phone, *ph.phone))
                                << tail4(*ph.phone);
                       });
        !s)
        return s.error();
    return first;
}

Status PersonRepository::update(const Person& p)
{
    const PersonData& d = p.data;
    auto q = m_db.write(QStringLiteral("UPDATE persons SET name = ?, gender = ?, id_type = ?, id_legacy = ?, "
                                       "birth_date = ?, move_in_date = ?, notes = ?, contact_name = ?, "
                                       "version = version + 1 WHERE id = ? AND version = ?"),
                        {d.name, genderCode(d.gender), idTypeCode(d.idType), p.idLegacy ? 1 : 0, QVariant(),
                         storeddates::toDay(d.moveInDate), d.notes, d.contactName, p.id, p.version});
    if (!q)
        return q.error();
    if (q.value() != 1)
        return Error::of(
            ErrorCode::Conflict,
            QCoreApplication::translate("PersonRepository",
                                        "This record was changed by someone else meanwhile; reload it"));
    return writeSensitive(p.id, d);
}

Error PersonRepository::damagedValue(qint64 personId, const QString& field)
{
    static const QHash<QString, const char*> labels{
        {QStringLiteral("id_number"), QT_TRANSLATE_NOOP("PersonRepository", "ID number")},
        {QStringLiteral("phone"), QT_TRANSLATE_NOOP("PersonRepository", "phone")},
        {QStringLiteral("work_unit"), QT_TRANSLATE_NOOP("PersonRepository", "work unit")},
        {QStringLiteral("home_address"), QT_TRANSLATE_NOOP("PersonRepository", "home address")},
        {QStringLiteral("emergency_contact"), QT_TRANSLATE_NOOP("PersonRepository", "emergency contact")},
        {QStringLiteral("masked"), QT_TRANSLATE_NOOP("PersonRepository", "masked values")},
    };
    const char* l = labels.value(field, nullptr);
    const QString label = l ? QCoreApplication::translate("PersonRepository", l) : field;
    return Error{ErrorCode::Damaged,
                 QCoreApplication::translate(
                     "PersonRepository", "The stored %1 of person no. %2 is damaged: it fails its integrity "
                                         "check and cannot be shown. Restore the archive from a backup, or "
                                         "enter the value anew in the person's form")
                     .arg(label)
                     .arg(personId),
                 field, QString::number(personId), 0};
}

Result<Person> PersonRepository::load(qint64 id, bool damagedAsEmpty)
{
    auto q =
        m_db.exec(QStringLiteral("SELECT name, gender, id_type, id_number, id_legacy, birth_date, work_unit, "
                                 "home_address, emergency_contact, move_in_date, notes, version, masked, "
                                 "contact_name FROM persons WHERE id = ?"),
                  {id});
    if (!q)
        return q.error();
    QSqlQuery& r = q.value();
    if (!r.next())
        return Error::of(ErrorCode::NotFound,
                         QCoreApplication::translate("PersonRepository", "No person with number %1").arg(id));
    if (m_codec.readsMaskedForms())
        return loadMasked(id, r, damagedAsEmpty);
    const QString ctx = context(id);
    Person p;
    p.id = id;
    p.masked = false;
    std::optional<Error> damage;
    auto open = [&](SensitiveField f, const QVariant& stored) {
        if (auto v = m_codec.openChecked(f, sealedbytes::text(stored), ctx))
            return *v;
        const QString code = sensitiveFieldCode(f);
        if (!p.damaged.contains(code))
            p.damaged << code;
        if (!damage)
            damage = damagedValue(id, code);
        return QString();
    };
    p.data.name = r.value(0).toString();
    p.data.gender = genderFromCode(r.value(1).toString());
    p.data.idType = idTypeFromCode(r.value(2).toString());
    p.data.idNumber = open(SensitiveField::IdNumber, r.value(3));
    p.idLegacy = r.value(4).toInt() != 0;
    // The birth date is eight of the ID number's digits: it is not stored (issue #17 item 7) but
    // read from the opened number.
    if (!p.data.idNumber.isEmpty())
        p.birthDate = checkIdNumber(p.data.idType, p.data.idNumber, QDate()).birthDate;
    p.data.workUnit = open(SensitiveField::WorkUnit, r.value(6));
    p.data.homeAddress = open(SensitiveField::HomeAddress, r.value(7));
    p.data.emergencyContact = open(SensitiveField::EmergencyContact, r.value(8));
    p.data.moveInDate = storeddates::fromDay(r.value(9));
    p.data.notes = r.value(10).toString();
    p.version = r.value(11).toInt();
    p.data.contactName = r.value(13).toString();
    auto phones = m_db.exec(
        QStringLiteral("SELECT phone FROM person_phones WHERE person_id = ? ORDER BY position"), {id});
    if (!phones)
        return phones.error();
    while (phones.value().next()) {
        const QVariant stored = phones.value().value(0);
        if (auto v = m_codec.openChecked(SensitiveField::Phone, sealedbytes::text(stored), ctx))
            p.data.phones << *v;
        else
            open(SensitiveField::Phone, stored); // records the damage; the phone is left out
    }
    if (damage && !damagedAsEmpty)
        return *damage;
    return p;
}

Result<Person> PersonRepository::loadMasked(qint64 id, QSqlQuery& r, bool damagedAsEmpty)
{
    Person p;
    p.id = id;
    p.masked = true;
    p.data.name = r.value(0).toString();
    p.data.gender = genderFromCode(r.value(1).toString());
    p.data.idType = idTypeFromCode(r.value(2).toString());
    p.idLegacy = r.value(4).toInt() != 0;
    // No birth date: it would show the masked digits of the ID number.
    p.data.moveInDate = storeddates::fromDay(r.value(9));
    p.data.notes = r.value(10).toString();
    p.version = r.value(11).toInt();
    p.data.contactName = r.value(13).toString();
    const QString stored = sealedbytes::text(r.value(12));
    if (stored.isEmpty()) {
        // An older row whose masked forms were not written yet (until a session with the full
        // key signs in once): each stored value shows as stars.
        const QString hidden = QStringLiteral("****");
        auto shown = [&hidden](const QVariant& v) {
            return sealedbytes::text(v).isEmpty() ? QString() : hidden;
        };
        p.data.idNumber = shown(r.value(3));
        p.data.workUnit = shown(r.value(6));
        p.data.homeAddress = shown(r.value(7));
        p.data.emergencyContact = shown(r.value(8));
        auto n = m_db.scalar(QStringLiteral("SELECT COUNT(*) FROM person_phones WHERE person_id = ?"), {id});
        if (!n)
            return n.error();
        for (int i = 0; i < n.value().toInt(); ++i)
            p.data.phones << hidden;
        return p;
    }
    const auto json = m_codec.openMasked(stored, context(id));
    if (!json) {
        if (!damagedAsEmpty)
            return damagedValue(id, QStringLiteral("masked"));
        p.damaged << QStringLiteral("masked");
        return p;
    }
    if (readCompactMasked(*json, &p.data))
        return p;
    const QJsonObject o = QJsonDocument::fromJson(json->toUtf8()).object();
    // The short keys, or the long ones of a row written before schema 27.
    auto value = [&o](const char* key, const char* older) {
        const auto v = o.value(QLatin1String(key));
        return v.isUndefined() ? o.value(QLatin1String(older)) : v;
    };
    p.data.idNumber = value(kMaskedIdNumber, "id_number").toString();
    for (const QJsonValue& v : value(kMaskedPhones, "phones").toArray())
        p.data.phones << v.toString();
    p.data.workUnit = value(kMaskedWorkUnit, "work_unit").toString();
    p.data.homeAddress = value(kMaskedHomeAddress, "home_address").toString();
    p.data.emergencyContact = value(kMaskedEmergencyContact, "emergency_contact").toString();
    return p;
}

Result<QString> PersonRepository::name(qint64 id)
{
    auto v = m_db.scalar(QStringLiteral("SELECT name FROM persons WHERE id = ?"), {id});
    if (!v)
        return v.error();
    return v.value().toString();
}

Result<QList<qint64>> PersonRepository::findByIdNumber(const QString& normalized)
{
    const QString blind = m_codec.blindIndex(SensitiveField::IdNumber, normalized);
    if (blind.isEmpty())
        return QList<qint64>(); // no blind-index key in this session: nothing can be looked up
    return listOf<qint64>(m_db.exec(QStringLiteral("SELECT id FROM persons WHERE id_blind = ?"),
                                    {sealedbytes::storedBlind(m_db, blind)}),
                          [](const QSqlQuery& q, int) { return q.value(0).toLongLong(); });
}

Result<QHash<QString, QList<qint64>>> PersonRepository::findByIdNumbers(const QStringList& normalized)
{
    QHash<QString, QString> numberOf; // blind index → number
    QVariantList stored;              // the blind indexes as the rows hold them
    for (const QString& n : normalized)
        if (const QString blind = n.isEmpty() ? QString() : m_codec.blindIndex(SensitiveField::IdNumber, n);
            !blind.isEmpty() && !numberOf.contains(blind)) {
            numberOf.insert(blind, n);
            stored << sealedbytes::storedBlind(m_db, blind);
        }
    QHash<QString, QList<qint64>> out;
    for (const InBatch& b : inBatches(stored)) {
        auto q =
            m_db.exec(QStringLiteral("SELECT id_blind, id FROM persons WHERE id_blind IN (%1) ORDER BY id")
                          .arg(b.placeholders),
                      b.args);
        if (!q)
            return q.error();
        while (q.value().next()) {
            QList<qint64>& ids = out[numberOf.value(sealedbytes::blindText(q.value().value(0)))];
            if (const qint64 id = q.value().value(1).toLongLong(); !ids.contains(id))
                ids << id;
        }
    }
    return out;
}

Result<QList<qint64>> PersonRepository::findByPhone(const QString& normalized)
{
    const QString blind = m_codec.blindIndex(SensitiveField::Phone, normalized);
    if (blind.isEmpty())
        return QList<qint64>();
    return listOf<qint64>(
        m_db.exec(QStringLiteral("SELECT DISTINCT person_id FROM person_phones WHERE phone_blind = ?"),
                  {sealedbytes::storedBlind(m_db, blind)}),
        [](const QSqlQuery& q, int) { return q.value(0).toLongLong(); });
}

Result<QHash<qint64, QString>> PersonRepository::names(const QList<qint64>& ids)
{
    QHash<qint64, QString> out;
    for (const InBatch& b : inBatches(ids)) {
        auto q = m_db.exec(
            QStringLiteral("SELECT id, name FROM persons WHERE id IN (%1)").arg(b.placeholders), b.args);
        if (!q)
            return q.error();
        while (q.value().next())
            out.insert(q.value().value(0).toLongLong(), q.value().value(1).toString());
    }
    return out;
}

} // namespace ar
