// The search index without an index by record (issue #23, migration 0029): a record's keys are
// deleted by deriving them from what it stored before the change, so the index must hold exactly
// the keys every live record derives — through registering, editing, filing, renaming and the
// destruction of R43.

#include "DestructionDesk.h"

#include "core/ScanCode.h"
#include "core/Search.h"

#include <QTest>

using namespace ar;
using namespace ar::test;

namespace {

// Every row the three key tables should hold, derived here from what the records store (issue #23):
// the keys of each room, person, dossier title, item title and archive number, as the key
// functions compute them. "table|key|kind|ref".
QStringList derivedIndex(Database& db)
{
    QStringList out;
    const auto rows = [&](const char* sql) {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q)
            qFatal("%s: %s", sql, qPrintable(q.error().message));
        return std::move(q).value();
    };
    const auto add = [&](const char* table, const QStringList& keys, int kind, qint64 ref) {
        for (const QString& k : keys)
            if (!k.isEmpty())
                out << QStringLiteral("%1|%2|%3|%4").arg(QLatin1String(table), k).arg(kind).arg(ref);
    };
    auto rooms =
        rows("SELECT r.id, b.code || '-' || u.code || '-' || r.number, r.number FROM rooms r JOIN units "
             "u ON u.id = r.unit_id JOIN buildings b ON b.id = u.building_id");
    while (rooms.next())
        add("search_keys", searchkeys::forRoom(rooms.value(1).toString(), rooms.value(2).toString()), 1,
            rooms.value(0).toLongLong());
    QHash<qint64, QStringList> tails;
    auto phones = rows("SELECT person_id, tail4 FROM person_phones");
    while (phones.next())
        tails[phones.value(0).toLongLong()] << phones.value(1).toString();
    auto persons = rows("SELECT id, name FROM persons");
    while (persons.next()) {
        const qint64 id = persons.value(0).toLongLong();
        add("search_keys", searchkeys::forName(persons.value(1).toString()) + tails.value(id), 2, id);
        add("search_terms", searchkeys::forPinyin(persons.value(1).toString()), 1, id);
    }
    auto titles = rows("SELECT id, title FROM dossiers WHERE status <> 'destroyed' AND category NOT IN "
                       "('owner', 'tenant')");
    while (titles.next())
        add("search_terms", searchkeys::forTitle(titles.value(1).toString()), 2,
            titles.value(0).toLongLong());
    // Every title an item stores is its own (the kind's name is stored empty).
    auto items =
        rows("SELECT i.dossier_id, i.title FROM dossier_items i JOIN dossiers d ON d.id = i.dossier_id "
             "WHERE d.status <> 'destroyed' AND i.title <> ''");
    while (items.next())
        add("search_terms", searchkeys::forTitle(items.value(1).toString()), 3, items.value(0).toLongLong());
    auto numbers = rows("SELECT id, archive_no FROM dossiers");
    while (numbers.next()) {
        const QStringList k = scancode::archiveKeys(numbers.value(1).toString());
        for (qsizetype i = 0; i < k.size(); ++i)
            add("archive_keys", {k.at(i)}, i == 0 ? 1 : 0, numbers.value(0).toLongLong());
    }
    out.removeDuplicates();
    out.sort();
    return out;
}

// The rows the three key tables hold, in derivedIndex's form (archive_keys: its `whole` as the kind).
QStringList storedIndex(Database& db)
{
    QStringList out;
    for (const char* sql : {"SELECT 'search_keys', key, kind, ref_id FROM search_keys",
                            "SELECT 'search_terms', key, kind, ref_id FROM search_terms",
                            "SELECT 'archive_keys', key, whole, dossier_id FROM archive_keys"}) {
        auto q = db.exec(QString::fromLatin1(sql));
        if (!q)
            qFatal("%s: %s", sql, qPrintable(q.error().message));
        while (q.value().next())
            out << QStringLiteral("%1|%2|%3|%4")
                       .arg(q.value().value(0).toString(), q.value().value(1).toString())
                       .arg(q.value().value(2).toLongLong())
                       .arg(q.value().value(3).toLongLong());
    }
    out.sort();
    return out;
}

// What differs between the index and the derivation, for the failure message.
QByteArray indexDiff(const QStringList& stored, const QStringList& derived)
{
    QStringList orphans, missing;
    for (const QString& r : stored)
        if (!derived.contains(r))
            orphans << r;
    for (const QString& r : derived)
        if (!stored.contains(r))
            missing << r;
    return (QStringLiteral("orphans: ") + orphans.join(QStringLiteral(", ")) + QStringLiteral("; missing: ") +
            missing.join(QStringLiteral(", ")))
        .toUtf8();
}

} // namespace

class TestServicesSearchDerived : public QObject
{
    Q_OBJECT

private slots:
    void R43_theSearchIndexIsExactlyWhatTheRecordsDerive();
};

// Keys are deleted by deriving them from what a record stored before it changed (issue #23: the key
// tables have no index by record). After registering, changing a name and phones, moving out,
// renaming a room and a unit, opening a dossier by hand, receiving titled items, destroying dossiers
// (R43) and erasing their people's data, the index holds exactly the keys every live record derives:
// no orphan, none missing; and rebuilding it writes the same rows.
void TestServicesSearchDerived::R43_theSearchIndexIsExactlyWhatTheRecordsDerive()
{
    Desk d;
    d.f.makeSmallEstate();
    Database& db = d.f.archive->database();
    const auto check = [&](const char* when) {
        const QStringList stored = storedIndex(db), derived = derivedIndex(db);
        if (stored != derived)
            QFAIL(qPrintable(QStringLiteral("%1: %2").arg(QLatin1String(when),
                                                          QString::fromUtf8(indexDiff(stored, derived)))));
    };
    const auto found = [&](const char* q, HitKind kind) {
        actAs(d.f, d.clerk);
        auto hits = d.f.archive->search().search(QString::fromUtf8(q));
        QList<qint64> out;
        if (hits)
            for (const SearchHit& h : hits.value())
                if (h.kind == kind)
                    out << h.id;
        return out;
    };
    actAs(d.f, d.clerk);
    const qint64 r1201 = d.f.roomId(QStringLiteral("3-2-1201"));
    const qint64 r1202 = d.f.roomId(QStringLiteral("3-2-1202"));
    const qint64 r1301 = d.f.roomId(QStringLiteral("3-2-1301"));
    auto wang = d.f.archive->people().registerPerson(wangXiaoming(r1201));
    AR_VERIFY_OK(wang);
    auto chen = d.f.archive->people().registerPerson(
        registration(r1201, OccupancyRole::CoOwner, QStringLiteral("陳靜"), fakeId(QDate(1982, 8, 8), false),
                     {QStringLiteral("13911112222"), QStringLiteral("010-66668888")}));
    AR_VERIFY_OK(chen);
    auto tenant = d.f.archive->people().registerPerson(
        registration(r1301, OccupancyRole::Tenant, QStringLiteral("欧阳单田"),
                     fakeId(QDate(1991, 2, 3), true), {QStringLiteral("13733334444")}));
    AR_VERIFY_OK(tenant);
    check("registered");

    // A new name and other phones: the old ones find nobody.
    auto p = d.f.archive->people().personForEdit(tenant->personId);
    AR_VERIFY_OK(p);
    Person changed = p.value();
    changed.data.name = QStringLiteral("司马光");
    changed.data.phones = {QStringLiteral("13655556666")};
    AR_VERIFY_OK(d.f.archive->people().updatePerson(changed));
    check("renamed");
    QVERIFY(found("欧阳", HitKind::Person).isEmpty());
    QVERIFY(found("4444", HitKind::Person).isEmpty());
    QVERIFY(!found("oydt", HitKind::Person).contains(tenant->personId));
    QCOMPARE(found("司马", HitKind::Person), QList<qint64>{tenant->personId});
    AR_VERIFY_OK(d.f.archive->people().endOccupancy(tenant->occupancyId, d.f.clock.today()));
    check("moved out");

    // A room renumbered, then its unit: the old references find no room.
    actAs(d.f, d.f.admin);
    auto place = d.f.archive->context().estates.place(r1202);
    AR_VERIFY_OK(place);
    Room room = place->room;
    room.number = QStringLiteral("1209");
    AR_VERIFY_OK(d.f.archive->rooms().updateRoom(room));
    check("room renamed");
    QVERIFY(!found("3-2-1202", HitKind::Room).contains(r1202));
    Unit unit = place->unit;
    unit.code = QStringLiteral("5");
    AR_VERIFY_OK(d.f.archive->estate().updateUnit(unit));
    check("unit renamed");
    QVERIFY(found("3-2-1201", HitKind::Room).isEmpty());
    QCOMPARE(found("3-5-1209", HitKind::Room), QList<qint64>{r1202});

    // A dossier opened by hand and items with titles of their own.
    const QString repair = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const QString kept = d.open(QStringLiteral("repair"), QStringLiteral("2020年電梯保養"), 2020);
    for (const QString& no : {repair, kept}) {
        for (const char* title : {"阳台漏水", "厨房水龙头更换"}) {
            ItemInput in;
            in.kind = QStringLiteral("维修记录");
            in.title = QString::fromUtf8(title);
            in.pages = 1;
            in.fields.insert(QStringLiteral("维修人员"), QStringLiteral("张师傅"));
            AR_VERIFY_OK(d.f.archive->filing().receive(d.f.archive->dossiers().byArchiveNo(no)->id, in));
        }
    }
    check("items received");
    // An item titled by its kind, another by what the kind is then renamed to (R4): the first
    // keeps the old name as a title of its own, the second its typed title.
    {
        const qint64 keptId = d.f.archive->dossiers().byArchiveNo(kept)->id;
        for (const char* title : {"", "维修单"}) {
            ItemInput in;
            in.kind = QStringLiteral("维修记录");
            in.title = QString::fromUtf8(title);
            in.pages = 1;
            in.fields.insert(QStringLiteral("维修人员"), QStringLiteral("李师傅"));
            AR_VERIFY_OK(d.f.archive->filing().receive(keptId, in));
        }
        check("kind's own name filed");
        actAs(d.f, d.f.admin);
        auto kinds = d.f.archive->dossiers().kinds(QStringLiteral("repair"));
        AR_VERIFY_OK(kinds);
        ItemKind k;
        for (const ItemKind& each : kinds.value())
            if (each.name == QStringLiteral("维修记录"))
                k = each;
        QVERIFY(k.id);
        k.name = QStringLiteral("维修单");
        AR_VERIFY_OK(d.f.archive->dossiers().saveKind(k));
        check("kind renamed");
        QCOMPARE(found("维修记录", HitKind::Dossier), QList<qint64>{keptId});
        actAs(d.f, d.clerk);
    }

    // The owners change; three years on the former owners' dossiers and the repair record are
    // destroyed, and the people with no other tie are erased.
    setDay(d.f, QDate(2027, 3, 15));
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.f.archive->dossiers().changeOwner(
        r1201,
        registration(r1201, OccupancyRole::Owner, QStringLiteral("新业主"), fakeId(QDate(1990, 1, 9), true),
                     {QStringLiteral("13600001201")})
            .person,
        QDate(2027, 3, 10)));
    check("owner changed");
    setDay(d.f, QDate(2030, 3, 11));
    const qint64 batch = d.approvedBatch({wang->archiveNo, repair}, {d.kf, d.gc});
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(
        d.destruction().execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")}));
    QCOMPARE(dossierStatus(d.f, repair), QStringLiteral("destroyed"));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM persons WHERE id = ? AND name = ''"),
                   {wang->personId}),
             1);
    check("destroyed and erased");
    QVERIFY(found("小明", HitKind::Person).isEmpty());
    QVERIFY(found("陈静", HitKind::Person).isEmpty());
    QVERIFY(found("2222", HitKind::Person).isEmpty());
    QVERIFY(found("水管", HitKind::Dossier).isEmpty());
    QCOMPARE(found("电梯", HitKind::Dossier).size(), 1);
    // The tombstone is found by its number (R43).
    QCOMPARE(found(repair.toUtf8().constData(), HitKind::Dossier).size(), 1);

    // Rebuilding derives the same rows.
    const QStringList before = storedIndex(db);
    AR_VERIFY_OK(d.f.archive->search().rebuildIndex());
    QCOMPARE(storedIndex(db), before);
}

QTEST_GUILESS_MAIN(TestServicesSearchDerived)
#include "TestServicesSearchDerived.moc"
