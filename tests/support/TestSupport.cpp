#include "TestSupport.h"

#include "core/Validators.h"
#include "security/PasswordHash.h"

#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QSet>
#include <QSqlRecord>
#include <QTest>
#include <QTimeZone>

namespace ar::test {

Fixture::Fixture(Role role) : clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0), QTimeZone("Asia/Shanghai")))
{
    password::setTestCost(true);
    location = migratedLocation(dir.filePath(QStringLiteral("test.db")));
    auto a = Archive::open(location, &clock);
    if (!a)
        qFatal("cannot open test archive: %s", qPrintable(a.error().message));
    archive = std::move(a).value();
    auto u = archive->accounts().createFirstAdmin(QStringLiteral("admin"), QStringLiteral("管理员"),
                                                  QStringLiteral("gate-keeper-2026"));
    if (!u)
        qFatal("cannot create admin: %s", qPrintable(u.error().message));
    admin = u.value();
    user = role == Role::Admin ? admin : becomeRole(role);
}

User Fixture::becomeRole(Role role, const QString& login, const QString& department)
{
    if (archive->context().codec.holdsFullKey()) {
        archive->context().setUser(admin);
    } else {
        // A session without the full key grants it to nobody (keys by role): the administrator
        // signs in, whose session holds it while the archive is new (no clerk or leader yet).
        if (!archive->accounts().signIn(admin.login, QStringLiteral("gate-keeper-2026")))
            qFatal("cannot sign in as the administrator");
    }
    User u;
    u.login = login.isEmpty() ? roleCode(role) + QStringLiteral("1") : login;
    u.displayName = QStringLiteral("测试") + roleLabel(role);
    u.role = role;
    u.department = department;
    auto added = archive->accounts().addUser(u, QStringLiteral("desk-pass-123"));
    if (!added)
        qFatal("cannot add user: %s", qPrintable(added.error().message));
    if (!archive->context().codec.holdsFullKey() &&
        (allows(role, Permission::UnmaskSensitive) || allows(role, Permission::RegisterPersons))) {
        // As at a real desk: the new clerk or leader receives the full key when an
        // account that holds it signs in (every account of the fixture has the same password).
        auto holder = archive->database().exec(
            QStringLiteral("SELECT u.login FROM users u JOIN key_slots k ON k.user_id = u.id WHERE k.kind = "
                           "'user' AND k.full_key IS NOT NULL AND u.active = 1 AND u.id != ? AND u.role IN "
                           "('clerk', 'leader') ORDER BY u.id"),
            {added->id});
        if (holder && holder.value().next())
            if (!archive->accounts().signIn(holder.value().value(0).toString(),
                                            QStringLiteral("desk-pass-123")))
                qFatal("cannot sign in the holder of the full key");
    }
    auto signedIn = archive->accounts().signIn(u.login, QStringLiteral("desk-pass-123"));
    if (!signedIn)
        qFatal("cannot sign in: %s", qPrintable(signedIn.error().message));
    return signedIn.value();
}

qint64 Fixture::makeSmallEstate()
{
    const auto previous = archive->context().user();
    archive->context().setUser(admin);
    auto e = archive->estate().addEstate(Estate{0, QStringLiteral("HY"), QStringLiteral("华苑小区"), {}});
    auto b = archive->estate().addBuilding(Building{0, e->id, 0, QStringLiteral("3"), QStringLiteral("3座")});
    auto u = archive->estate().addUnit(Unit{0, b->id, QStringLiteral("2"), QStringLiteral("2单元")});
    for (const char* n : {"1201", "1202", "1301"}) {
        Room r;
        r.unitId = u->id;
        r.number = QString::fromLatin1(n);
        r.areaCenti = 8950;
        if (!archive->rooms().addRoom(r))
            qFatal("cannot add room");
    }
    archive->context().setUser(previous);
    return e->id;
}

qint64 Fixture::roomId(const QString& ref)
{
    auto p = archive->estate().findRoom(ref);
    return p ? p->room.id : 0;
}

QString fakeId(const QDate& birth, bool male, int seq)
{
    const QString first17 = QStringLiteral("110000") + birth.toString(QStringLiteral("yyyyMMdd")) +
                            QStringLiteral("%1").arg(seq * 2 + (male ? 1 : 0), 3, 10, QLatin1Char('0'));
    return first17 + mainlandIdCheckChar(first17);
}

namespace {
// The columns of the tables whose dates 0031_register_dates_as_numbers.sql moved to the end on
// SQLite, in the order they had before (and still have on PostgreSQL).
const QHash<QString, QString>& columnsAsBefore()
{
    static const QHash<QString, QString> c{
        {QStringLiteral("persons"),
         QStringLiteral(
             "id, name, gender, id_type, id_number, id_blind, id_legacy, birth_date, work_unit, "
             "home_address, emergency_contact, move_in_date, notes, version, created_at, created_by, "
             "masked, contact_name")},
        {QStringLiteral("occupancies"),
         QStringLiteral("id, person_id, room_id, role, relation, since, until, "
                        "created_at, lease_from, lease_to, contract_no")},
        {QStringLiteral("dossiers"),
         QStringLiteral(
             "id, archive_no, category, title, room_id, person_id, year, seq, status, security_level, "
             "created_at, created_by, location_id, destroy_eligible, closed_on, retention, destroyed_on, "
             "destruction_batch")}};
    return c;
}

// The dates stored as numbers (storage/StoredDates.h; migrations 0030, 0031) as the text they were
// stored as before: yyyy-MM-dd for a day number, ISO 8601 in UTC for seconds since the epoch.
QString dateAsBefore(const QString& table, const QString& column, const QVariant& v)
{
    static const QSet<QString> days{
        QStringLiteral("dossier_items.item_date"), QStringLiteral("dossier_items.received_on"),
        QStringLiteral("dossier_items.due_on"),    QStringLiteral("dossier_items.filed_on"),
        QStringLiteral("persons.move_in_date"),    QStringLiteral("occupancies.since"),
        QStringLiteral("occupancies.until"),       QStringLiteral("occupancies.lease_from"),
        QStringLiteral("occupancies.lease_to")};
    static const QSet<QString> seconds{
        QStringLiteral("dossier_items.filed_at"), QStringLiteral("persons.created_at"),
        QStringLiteral("occupancies.created_at"), QStringLiteral("dossiers.created_at")};
    const QString name = table + QLatin1Char('.') + column;
    if (days.contains(name))
        return QDate::fromJulianDay(v.toLongLong() + 2440588).toString(Qt::ISODate);
    if (seconds.contains(name))
        return QDateTime::fromSecsSinceEpoch(v.toLongLong(), Qt::UTC).toString(Qt::ISODate);
    return v.toString();
}
} // namespace

QStringList dumpRows(Database& db, const QList<std::pair<const char*, const char*>>& tables, QString* error)
{
    static const QSet<QString> sealed{
        QStringLiteral("id_number"),    QStringLiteral("id_blind"),          QStringLiteral("work_unit"),
        QStringLiteral("home_address"), QStringLiteral("emergency_contact"), QStringLiteral("masked"),
        QStringLiteral("phone"),        QStringLiteral("phone_blind"),       QStringLiteral("prev_hash"),
        QStringLiteral("hash")};
    QStringList dump;
    for (const auto& [table, order] : tables) {
        const QString name = QString::fromLatin1(table);
        auto q = db.exec(
            QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                .arg(columnsAsBefore().value(name, QStringLiteral("*")), name, QString::fromLatin1(order)));
        if (!q) {
            *error = QString::fromLatin1(table) + QStringLiteral(": ") + q.error().message;
            return {};
        }
        dump << QString::fromLatin1(table);
        while (q.value().next()) {
            const QSqlRecord r = q.value().record();
            QStringList row;
            for (int i = 0; i < r.count(); ++i) {
                const QVariant v = r.value(i);
                row << (sealed.contains(r.fieldName(i)) ? QStringLiteral("*")
                        : v.isNull()                    ? QStringLiteral("NULL")
                                                        : dateAsBefore(name, r.fieldName(i), v));
            }
            dump << row.join(QLatin1Char('|'));
        }
    }
    return dump;
}

QByteArray dumpDigest(const QStringList& dump, const char* env)
{
    const QByteArray text = dump.join(QLatin1Char('\n')).toUtf8();
    if (const QString path = qEnvironmentVariable(env); !path.isEmpty()) {
        QFile out(path);
        if (out.open(QIODevice::WriteOnly))
            out.write(text);
    }
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256).toHex();
}

} // namespace ar::test
