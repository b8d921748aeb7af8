// Repositories over a migrated database: the estate tree in natural order (R14), unique codes,
// persons through the SensitiveCodec seam (R26), optimistic versions (R6: nothing overwritten
// silently), occupancies and the search index.

#include "TestSupport.h"
#include "storage/ContentStore.h"
#include "storage/Database.h"
#include "storage/DossierRepository.h"
#include "storage/EstateRepository.h"
#include "storage/Migrator.h"
#include "storage/PersonRepository.h"
#include "storage/SearchIndex.h"
#include "storage/StoredDates.h"

#include <QTest>
#include <QTimeZone>

#include <algorithm>

using namespace ar;

namespace {

// A codec that visibly transforms what it stores, bound to the row, so the test can tell that
// every sensitive value went through it and that nothing is stored as typed.
class TaggingCodec final : public SensitiveCodec
{
public:
    QString seal(SensitiveField f, const QString& plain, const QString& context) const override
    {
        QString reversed = plain;
        std::reverse(reversed.begin(), reversed.end());
        return QStringLiteral("sealed[%1@%2]").arg(sensitiveFieldCode(f), context) + reversed;
    }
    QString open(SensitiveField f, const QString& sealed, const QString& context) const override
    {
        const QString head = QStringLiteral("sealed[%1@%2]").arg(sensitiveFieldCode(f), context);
        if (!sealed.startsWith(head))
            return QStringLiteral("<not sealed for this row>");
        QString body = sealed.mid(head.size());
        std::reverse(body.begin(), body.end());
        return body;
    }
    QString blindIndex(SensitiveField f, const QString& normalized) const override
    {
        return QStringLiteral("blind:%1:%2").arg(sensitiveFieldCode(f)).arg(qHash(normalized));
    }
    QString contentKey(const QByteArray& plain) const override { return QString::number(qHash(plain)); }
    QByteArray sealFile(const QByteArray& plain, const QString& key) const override
    {
        return key.toLatin1() + ':' + plain;
    }
    std::optional<QByteArray> openFile(const QByteArray& sealed, const QString& key) const override
    {
        const QByteArray head = key.toLatin1() + ':';
        if (!sealed.startsWith(head))
            return std::nullopt;
        return sealed.mid(head.size());
    }
};

const QDateTime kNow(QDate(2026, 11, 27), QTime(2, 0), Qt::UTC);

Person named(const QString& name)
{
    Person p;
    p.data.name = name;
    return p;
}

Person samplePerson()
{
    Person p;
    p.data.name = QStringLiteral("王小明");
    p.data.gender = Gender::Male;
    p.data.idType = IdType::MainlandId;
    p.data.idNumber = test::fakeId(QDate(1980, 5, 17), true);
    p.data.phones = {QStringLiteral("13812345678"), QStringLiteral("010-12345678-123"),
                     QStringLiteral("10087654321")};
    p.data.workUnit = QStringLiteral("演示科技有限公司");
    p.data.homeAddress = QStringLiteral("演示市示例路8号");
    p.data.emergencyContact = QStringLiteral("李四 13900001111");
    p.data.moveInDate = QDate(2026, 3, 1);
    p.data.notes = QStringLiteral("收楼时未带房产证");
    p.birthDate = QDate(1980, 5, 17);
    return p;
}

} // namespace

class TestStorageRepositories : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void R14_estateTreeInNaturalOrder();
    void uniqueViolationsAreConflicts();
    void placeAndFindRoom();
    void R26_personRoundTripThroughTheCodec();
    void R26_nothingSensitiveIsStoredAsTyped();
    void exactLookUpUsesTheBlindIndex();
    void updateReplacesThePhones();
    void R6_staleVersionIsAConflict();
    void occupanciesCurrentAndEnded();
    void searchIndexDedupsAndHonoursTheLimit();
    void searchIndexMergesArchiveNumbersByKeyEachDossierOnce();
    void searchIndexReplaceAndRemove();
    void aResultIsReadToItsEndWhileOtherStatementsRun();
    void aWriteTransactionHoldsTheWriteLockFromItsBeginning();
    void contentsAreKeptByKeyWithTheirTransactionOnAServer();
    void storedDatesReadNumbersAndTheTextOfOlderRows();
    void registerDatesAreStoredAsNumbers();

private:
    qint64 room(const QString& number);
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Database> m_db;
    TaggingCodec m_codec;
    qint64 m_unit = 0;
};

void TestStorageRepositories::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    auto db = Database::open(test::migratedLocation(m_dir->filePath(QStringLiteral("r.db"))));
    QVERIFY(db.ok());
    m_db = std::move(db).value();
    QVERIFY(Migrator(*m_db).migrate().ok()); // PostgreSQL: the fresh schema; SQLite: already there
    EstateRepository e(*m_db);
    const qint64 estate =
        e.insertEstate(Estate{0, QStringLiteral("HY"), QStringLiteral("华苑小区"), {}}).value();
    const qint64 building =
        e.insertBuilding(Building{0, estate, 0, QStringLiteral("3"), QStringLiteral("3座")}).value();
    m_unit = e.insertUnit(Unit{0, building, QStringLiteral("2"), QStringLiteral("2单元")}).value();
}

void TestStorageRepositories::cleanup()
{
    m_db.reset();
    m_dir.reset();
}

qint64 TestStorageRepositories::room(const QString& number)
{
    Room r;
    r.unitId = m_unit;
    r.number = number;
    r.floor = floorFromRoomNumber(number);
    auto id = EstateRepository(*m_db).insertRoom(r);
    return id ? id.value() : 0;
}

void TestStorageRepositories::R14_estateTreeInNaturalOrder()
{
    EstateRepository e(*m_db);
    const qint64 estate =
        e.insertEstate(Estate{0, QStringLiteral("AB"), QStringLiteral("安宝花园"), {}}).value();
    for (const char* code : {"10", "2", "1", "11"})
        QVERIFY(e.insertBuilding(Building{0, estate, 0, QString::fromLatin1(code), {}}).ok());
    QStringList codes;
    const QList<Building> buildings = e.buildings(estate).value();
    for (const Building& b : buildings)
        codes << b.code;
    QCOMPARE(codes, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10"),
                                 QStringLiteral("11")}));

    const qint64 b1 = e.buildings(estate).value().first().id;
    for (const char* code : {"10", "2", "1"})
        QVERIFY(e.insertUnit(Unit{0, b1, QString::fromLatin1(code), {}}).ok());
    QStringList units;
    const QList<Unit> unitRows = e.units(b1).value();
    for (const Unit& u : unitRows)
        units << u.code;
    QCOMPARE(units, (QStringList{QStringLiteral("1"), QStringLiteral("2"), QStringLiteral("10")}));

    for (const char* n : {"1001", "201", "1201", "102", "101", "B101"})
        QVERIFY(room(QString::fromLatin1(n)));
    QStringList rooms;
    const QList<Room> roomRows = e.rooms(m_unit).value();
    for (const Room& r : roomRows)
        rooms << r.number;
    QCOMPARE(rooms, (QStringList{QStringLiteral("B101"), QStringLiteral("101"), QStringLiteral("102"),
                                 QStringLiteral("201"), QStringLiteral("1001"), QStringLiteral("1201")}));

    QStringList estates;
    const QList<Estate> estateRows = e.estates().value();
    for (const Estate& x : estateRows)
        estates << x.code;
    QCOMPARE(estates, (QStringList{QStringLiteral("AB"), QStringLiteral("HY")}));
}

void TestStorageRepositories::uniqueViolationsAreConflicts()
{
    EstateRepository e(*m_db);
    auto estate = e.insertEstate(Estate{0, QStringLiteral("HY"), QStringLiteral("另一个"), {}});
    QVERIFY(!estate.ok());
    QCOMPARE(estate.error().code, ErrorCode::Conflict);

    const qint64 hy = e.estateByCode(QStringLiteral("HY")).value().id;
    auto building = e.insertBuilding(Building{0, hy, 0, QStringLiteral("3"), {}});
    QVERIFY(!building.ok());
    QCOMPARE(building.error().code, ErrorCode::Conflict);
    // The same code in another estate is fine.
    const qint64 other =
        e.insertEstate(Estate{0, QStringLiteral("AB"), QStringLiteral("安宝花园"), {}}).value();
    QVERIFY(e.insertBuilding(Building{0, other, 0, QStringLiteral("3"), {}}).ok());

    const qint64 b = e.buildings(hy).value().first().id;
    auto unit = e.insertUnit(Unit{0, b, QStringLiteral("2"), {}});
    QVERIFY(!unit.ok());
    QCOMPARE(unit.error().code, ErrorCode::Conflict);

    QVERIFY(room(QStringLiteral("1201")));
    Room dup;
    dup.unitId = m_unit;
    dup.number = QStringLiteral("1201");
    auto r = e.insertRoom(dup);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::Conflict);
    QCOMPARE(e.rooms(m_unit).value().size(), 1);
}

void TestStorageRepositories::placeAndFindRoom()
{
    EstateRepository e(*m_db);
    const qint64 id = room(QStringLiteral("1201"));
    auto place = e.place(id);
    QVERIFY(place.ok());
    QCOMPARE(place->ref(), QStringLiteral("3-2-1201"));
    QCOMPARE(place->estate.code, QStringLiteral("HY"));
    QCOMPARE(place->room.floor, 12);
    const qint64 estate = place->estate.id;
    QCOMPARE(e.findRoom(estate, *parseRoomRef(QStringLiteral("3栋2单元1201"))).value(), id);
    QCOMPARE(e.findRoom(estate, *parseRoomRef(QStringLiteral("3-2-1202"))).value(), 0);
    QCOMPARE(e.place(id + 100).error().code, ErrorCode::NotFound);
}

void TestStorageRepositories::R26_personRoundTripThroughTheCodec()
{
    PersonRepository repo(*m_db, m_codec);
    const Person in = samplePerson();
    auto id = repo.insert(in, 0, kNow);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    auto out = repo.load(id.value());
    QVERIFY(out.ok());
    QCOMPARE(out->id, id.value());
    QVERIFY(!out->masked);
    QCOMPARE(out->version, 1);
    QCOMPARE(out->data.name, in.data.name);
    QCOMPARE(out->data.gender, in.data.gender);
    QCOMPARE(out->data.idType, in.data.idType);
    QCOMPARE(out->data.idNumber, in.data.idNumber);
    QCOMPARE(out->data.phones, in.data.phones); // several, in their order
    QCOMPARE(out->data.workUnit, in.data.workUnit);
    QCOMPARE(out->data.homeAddress, in.data.homeAddress);
    QCOMPARE(out->data.emergencyContact, in.data.emergencyContact);
    QCOMPARE(out->data.moveInDate, in.data.moveInDate);
    QCOMPARE(out->data.notes, in.data.notes);
    QCOMPARE(out->birthDate, in.birthDate);
    QCOMPARE(out->idLegacy, false);
    QCOMPARE(repo.name(id.value()).value(), in.data.name);
    QCOMPARE(repo.load(id.value() + 1).error().code, ErrorCode::NotFound);
}

void TestStorageRepositories::R26_nothingSensitiveIsStoredAsTyped()
{
    PersonRepository repo(*m_db, m_codec);
    const Person in = samplePerson();
    const qint64 id = repo.insert(in, 0, kNow).value();
    auto row =
        m_db->exec(QStringLiteral("SELECT id_number, work_unit, home_address, emergency_contact FROM persons "
                                  "WHERE id = ?"),
                   {id});
    QVERIFY(row.ok() && row.value().next());
    const QStringList plain{in.data.idNumber, in.data.workUnit, in.data.homeAddress,
                            in.data.emergencyContact};
    for (int i = 0; i < plain.size(); ++i) {
        const QString stored = row.value().value(i).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("sealed[")), qPrintable(stored));
        QVERIFY2(!stored.contains(plain.at(i)), qPrintable(stored));
    }
    auto phones = m_db->exec(QStringLiteral("SELECT phone FROM person_phones WHERE person_id = ?"), {id});
    QVERIFY(phones.ok());
    int n = 0;
    while (phones.value().next()) {
        const QString stored = phones.value().value(0).toString();
        QVERIFY2(stored.startsWith(QStringLiteral("sealed[phone@person/%1]").arg(id)), qPrintable(stored));
        QVERIFY(!in.data.phones.contains(stored));
        ++n;
    }
    QCOMPARE(n, 3);
    // Values are bound to their row: copied to another person they do not open.
    const qint64 other = repo.insert(named(QStringLiteral("李四")), 0, kNow).value();
    QVERIFY(m_db->exec(QStringLiteral(
                           "UPDATE persons SET id_number = (SELECT id_number FROM persons WHERE id = ?) "
                           "WHERE id = ?"),
                       {id, other})
                .ok());
    QVERIFY(repo.load(other).value().data.idNumber != in.data.idNumber);
}

void TestStorageRepositories::exactLookUpUsesTheBlindIndex()
{
    PersonRepository repo(*m_db, m_codec);
    const Person in = samplePerson();
    const qint64 id = repo.insert(in, 0, kNow).value();
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT id_blind FROM persons WHERE id = ?"), {id}).value().toString(),
        m_codec.blindIndex(SensitiveField::IdNumber, in.data.idNumber));
    QCOMPARE(repo.findByIdNumber(in.data.idNumber).value(), QList<qint64>{id});
    QCOMPARE(repo.findByPhone(QStringLiteral("010-12345678-123")).value(), QList<qint64>{id});
    QCOMPARE(repo.findByPhone(QStringLiteral("10087654321")).value(), QList<qint64>{id});
    QVERIFY(repo.findByPhone(QStringLiteral("13800000000")).value().isEmpty());
    QVERIFY(repo.findByIdNumber(test::fakeId(QDate(1980, 5, 17), false)).value().isEmpty());
    // The phone tail column holds the end of the number, not of the extension.
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT tail4 FROM person_phones WHERE person_id = ? AND position = 1"),
                     {id})
            .value()
            .toString(),
        QStringLiteral("5678"));
}

void TestStorageRepositories::updateReplacesThePhones()
{
    PersonRepository repo(*m_db, m_codec);
    const qint64 id = repo.insert(samplePerson(), 0, kNow).value();
    Person p = repo.load(id).value();
    p.data.phones = {QStringLiteral("13912345678"), QStringLiteral("13812345678")};
    p.data.workUnit = QStringLiteral("示例贸易公司");
    QVERIFY(repo.update(p).ok());
    const Person again = repo.load(id).value();
    QCOMPARE(again.data.phones, p.data.phones);
    QCOMPARE(again.data.workUnit, QStringLiteral("示例贸易公司"));
    QCOMPARE(again.version, 2);
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM person_phones WHERE person_id = ?"), {id})
                 .value()
                 .toInt(),
             2);
    QVERIFY(repo.findByPhone(QStringLiteral("10087654321")).value().isEmpty());
}

void TestStorageRepositories::R6_staleVersionIsAConflict()
{
    PersonRepository repo(*m_db, m_codec);
    const qint64 id = repo.insert(samplePerson(), 0, kNow).value();
    Person mine = repo.load(id).value();
    Person theirs = repo.load(id).value();
    theirs.data.phones = {QStringLiteral("13900001111")};
    QVERIFY(repo.update(theirs).ok());

    mine.data.phones = {QStringLiteral("13700002222")};
    const Status s = repo.update(mine);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::Conflict);
    QVERIFY2(s.error().message.contains(QStringLiteral("reload")), qPrintable(s.error().message));
    // Their change stands; mine did not overwrite it silently.
    const Person stored = repo.load(id).value();
    QCOMPARE(stored.data.phones, QStringList{QStringLiteral("13900001111")});
    QCOMPARE(stored.version, 2);
}

void TestStorageRepositories::occupanciesCurrentAndEnded()
{
    PersonRepository repo(*m_db, m_codec);
    const qint64 r1201 = room(QStringLiteral("1201"));
    const qint64 owner = repo.insert(samplePerson(), 0, kNow).value();
    const qint64 tenant = repo.insert(named(QStringLiteral("李四")), 0, kNow).value();
    const qint64 o1 =
        repo.insertOccupancy(
                Occupancy{0, owner, r1201, OccupancyRole::Owner, {}, QDate(2026, 1, 1), {}, {}, {}, {}}, kNow)
            .value();
    const qint64 o2 =
        repo.insertOccupancy(
                Occupancy{0, tenant, r1201, OccupancyRole::Tenant, {}, QDate(2026, 2, 1), {}, {}, {}, {}},
                kNow)
            .value();
    QCOMPARE(repo.occupanciesOfRoom(r1201, false).value().size(), 2);
    QVERIFY(repo.endOccupancy(o2, QDate(2026, 11, 1)).ok());
    const QList<Occupancy> current = repo.occupanciesOfRoom(r1201, false).value();
    QCOMPARE(current.size(), 1);
    QCOMPARE(current.first().id, o1);
    const QList<Occupancy> all = repo.occupanciesOfRoom(r1201, true).value();
    QCOMPARE(all.size(), 2);
    QCOMPARE(all.last().id, o2); // ended ties after the current ones
    QCOMPARE(all.last().until, QDate(2026, 11, 1));
    QVERIFY(!all.last().current());
    QCOMPARE(repo.occupancy(o2).value().role, OccupancyRole::Tenant);
    QCOMPARE(repo.occupanciesOfPerson(owner).value().size(), 1);
    const auto unitList = repo.currentOccupantsOfUnit(m_unit).value();
    QCOMPARE(unitList.size(), 1);
    QCOMPARE(unitList.first().name, QStringLiteral("王小明"));
}

void TestStorageRepositories::searchIndexDedupsAndHonoursTheLimit()
{
    SearchIndex index(*m_db);
    QVERIFY(index.add(HitKind::Person, 1, searchkeys::forName(QStringLiteral("王小明"))).ok());
    QVERIFY(index.add(HitKind::Person, 2, searchkeys::forName(QStringLiteral("王明"))).ok());
    QVERIFY(index.add(HitKind::Person, 3, searchkeys::forName(QStringLiteral("明明"))).ok());
    QVERIFY(index.add(HitKind::Room, 1, {QStringLiteral("3-2-1201"), QStringLiteral("1201")}).ok());
    QVERIFY(index.add(HitKind::Person, 1, {QStringLiteral("5678"), QStringLiteral("5678"), QString()}).ok());

    using Hits = QList<std::pair<HitKind, qint64>>;
    QCOMPARE(index.lookup(QStringLiteral("王"), 10).value(),
             (Hits{{HitKind::Person, 1}, {HitKind::Person, 2}}));
    QCOMPARE(index.lookup(QStringLiteral("王小"), 10).value(), (Hits{{HitKind::Person, 1}}));
    // "明明" and "明" both start with 明: person 3 is listed once.
    Hits ming = index.lookup(QStringLiteral("明"), 10).value();
    QCOMPARE(ming.size(), 3);
    QCOMPARE(ming.count(std::pair{HitKind::Person, qint64(3)}), 1);
    QCOMPARE(index.lookup(QStringLiteral("明"), 2).value().size(), 2);
    QCOMPARE(index.lookup(QStringLiteral("明"), 1).value().size(), 1);
    // The same id under two kinds is two hits.
    QVERIFY(index.add(HitKind::Person, 1, {QStringLiteral("1201")}).ok());
    const Hits both = index.lookup(QStringLiteral("1201"), 10).value();
    QCOMPARE(both.size(), 2);
    QVERIFY(both.contains(std::pair{HitKind::Room, qint64(1)}));
    QVERIFY(both.contains(std::pair{HitKind::Person, qint64(1)}));
    QVERIFY(index.lookup(QStringLiteral("张"), 10).value().isEmpty());
    QCOMPARE(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE key = ''")).value().toInt(),
             0);
}

// Issue #23: dossiers are found through archive_keys (the keys DossierRepository writes), merged
// with the rooms and persons of search_keys by key, each record once, at most `limit`.
void TestStorageRepositories::searchIndexMergesArchiveNumbersByKeyEachDossierOnce()
{
    SearchIndex index(*m_db);
    QVERIFY(index.add(HitKind::Room, 1, {QStringLiteral("3-2-1201"), QStringLiteral("1201")}).ok());
    QVERIFY(index.add(HitKind::Room, 2, {QStringLiteral("3-2-1202"), QStringLiteral("1202")}).ok());
    DossierRepository dossiers(*m_db);
    const auto open = [&](const char* no) {
        Dossier d;
        d.archiveNo = QString::fromUtf8(no);
        d.category = QStringLiteral("repair");
        d.title = d.archiveNo;
        d.year = 2026;
        d.status = QStringLiteral("open");
        return dossiers.insert(d, 0, kNow).value();
    };
    // Keys 100112026 and 12026 (the tail, the same for all three) under "1", like the rooms' 1201, 1202.
    const qint64 d1 = open("1001-12026"), d2 = open("1002-12026"), d3 = open("1003-12026");
    using Hits = QList<std::pair<HitKind, qint64>>;
    const Hits all{{HitKind::Dossier, d1},
                   {HitKind::Dossier, d2},
                   {HitKind::Dossier, d3},
                   {HitKind::Room, 1},
                   {HitKind::Room, 2}};
    QCOMPARE(index.lookup(QStringLiteral("1"), 10, QStringLiteral("1")).value(), all);
    for (int limit = 1; limit <= 5; ++limit)
        QCOMPARE(index.lookup(QStringLiteral("1"), limit, QStringLiteral("1")).value(), all.mid(0, limit));
    QCOMPARE(index.lookup(QStringLiteral("12026"), 10, QStringLiteral("12026")).value(), all.mid(0, 3));
    // Without an archive prefix, no dossier.
    QCOMPARE(index.lookup(QStringLiteral("1"), 10).value(), all.mid(3));
    // A dossier with more keys under the prefix than the first read takes (20 against 4 × limit + 8):
    // the next dossier is still found.
    const qint64 many = open("7-7-7-7-7-7-7-7-7-7-7-7-7-7-7-7-7-7-7-7"), next = open("2-79");
    QCOMPARE(index.lookup(QStringLiteral("x"), 2, QStringLiteral("7")).value(),
             (Hits{{HitKind::Dossier, many}, {HitKind::Dossier, next}}));
}

void TestStorageRepositories::searchIndexReplaceAndRemove()
{
    SearchIndex index(*m_db);
    // The keys before the change are given (derived from the record as it was): exactly those go.
    QVERIFY(index.add(HitKind::Person, 1, {QStringLiteral("5678"), QStringLiteral("0000")}).ok());
    QVERIFY(index
                .replace(HitKind::Person, 1, {QStringLiteral("5678"), QStringLiteral("0000")},
                         {QStringLiteral("1111"), QStringLiteral("0000")})
                .ok());
    QVERIFY(index.lookup(QStringLiteral("5678"), 10).value().isEmpty());
    QCOMPARE(index.lookup(QStringLiteral("1111"), 10).value().size(), 1);
    QCOMPARE(index.lookup(QStringLiteral("0000"), 10).value().size(), 1);
    QVERIFY(index.add(HitKind::Room, 1, {QStringLiteral("1111")}).ok());
    QVERIFY(index.remove(HitKind::Person, 1, {QStringLiteral("1111"), QStringLiteral("0000")}).ok());
    const auto left = index.lookup(QStringLiteral("1111"), 10).value();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().first, HitKind::Room);
    QVERIFY(index.lookup(QStringLiteral("0000"), 10).value().isEmpty());
    // Terms the same way, many keys in one call (more than one statement's worth).
    QStringList many;
    for (int i = 0; i < 250; ++i)
        many << QStringLiteral("t%1").arg(i, 3, 10, QLatin1Char('0'));
    QVERIFY(index.add(SearchIndex::Term::ItemTitle, 7, many).ok());
    QVERIFY(index.add(SearchIndex::Term::ItemTitle, 8, {QStringLiteral("t001")}).ok());
    QVERIFY(index.remove(SearchIndex::Term::ItemTitle, 7, many).ok());
    QCOMPARE(index.lookup(SearchIndex::Term::ItemTitle, QStringLiteral("t"), 10).value(), QList<qint64>{8});
}

// A loop over one result that runs other statements per row (a lookup, a write) reads every row,
// on SQLite and on PostgreSQL, whose driver dropped the rest of a forward-only result when the next
// statement ran (the demo on PostgreSQL registered 125 persons and found 1).
void TestStorageRepositories::aResultIsReadToItsEndWhileOtherStatementsRun()
{
    EstateRepository e(*m_db);
    const qint64 estate = m_db->scalar(QStringLiteral("SELECT MIN(id) FROM estates")).value().toLongLong();
    for (int i = 1; i <= 5; ++i)
        QVERIFY(
            e.insertBuilding(Building{0, estate, 0, QString::number(10 + i), QStringLiteral("楼%1").arg(i)})
                .ok());
    auto all = m_db->exec(QStringLiteral("SELECT id, code FROM buildings ORDER BY id"));
    QVERIFY(all.ok());
    QStringList seen;
    while (all.value().next()) {
        seen << all.value().value(1).toString();
        // a prepared lookup, an unprepared statement and a write, between two rows
        QVERIFY(m_db->scalar(QStringLiteral("SELECT COUNT(*) FROM units WHERE building_id = ?"),
                             {all.value().value(0)})
                    .ok());
        QVERIFY(m_db->exec(QStringLiteral("SELECT 1")).ok());
        QVERIFY(m_db->exec(QStringLiteral("UPDATE buildings SET name = name WHERE id = ?"),
                           {all.value().value(0)})
                    .ok());
    }
    QCOMPARE(seen, QStringList({QStringLiteral("3"), QStringLiteral("11"), QStringLiteral("12"),
                                QStringLiteral("13"), QStringLiteral("14"), QStringLiteral("15")}));
}

// One lock order (issue #24 item 3): a write transaction holds the archive's write lock from its
// first statement (SQLite: BEGIN IMMEDIATE; PostgreSQL: the audit head's advisory lock), so a
// write transaction of a second connection waits for it and, past its busy timeout, is told
// another desk is saving — never the engine's text — while a read transaction waits for nothing
// and sees the last commit. Once the first commits, the second begins.
void TestStorageRepositories::aWriteTransactionHoldsTheWriteLockFromItsBeginning()
{
    auto other = Database::open(m_db->path());
    QVERIFY2(other.ok(), other.ok() ? "" : qPrintable(other.error().message));
    Database& desk = *other.value();
    if (desk.isPostgres()) {
        // The waits of a server session: for a lock (the busy timeout), and how long a session may
        // sit idle inside a transaction before the server ends it (and so releases its locks).
        QCOMPARE(desk.scalar(QStringLiteral("SHOW lock_timeout")).value().toString(), QStringLiteral("5s"));
        QCOMPARE(desk.scalar(QStringLiteral("SHOW idle_in_transaction_session_timeout")).value().toString(),
                 QStringLiteral("1min"));
    }
    desk.setBusyTimeout(300);
    if (desk.isPostgres())
        QCOMPARE(desk.scalar(QStringLiteral("SHOW lock_timeout")).value().toString(),
                 QStringLiteral("300ms"));
    {
        Transaction first(*m_db);
        QVERIFY(first.begin().ok());
        QVERIFY(m_db->holdsWriteLock());
        QVERIFY(
            m_db->write(QStringLiteral("UPDATE estates SET name = ?"), {QStringLiteral("华苑二期")}).ok());
        {
            Transaction waiting(desk);
            QVERIFY(!waiting.begin().ok());
            QCOMPARE(waiting.begin().error().message,
                     QStringLiteral("Another desk is saving to the archive; try again"));
            QVERIFY(!desk.holdsWriteLock());
            // Nothing of a transaction that did not begin runs.
            QVERIFY(!desk.write(QStringLiteral("UPDATE estates SET name = 'x'")).ok());
        }
        {
            Transaction reading(desk, Transaction::Mode::Read);
            QVERIFY(reading.begin().ok());
            QVERIFY(!desk.holdsWriteLock());
            QCOMPARE(desk.scalar(QStringLiteral("SELECT name FROM estates")).value().toString(),
                     QStringLiteral("华苑小区"));
        }
        QVERIFY(first.commit().ok());
    }
    Transaction next(desk);
    QVERIFY(next.begin().ok());
    QVERIFY(desk.holdsWriteLock());
    QCOMPARE(desk.scalar(QStringLiteral("SELECT name FROM estates")).value().toString(),
             QStringLiteral("华苑二期"));
    QVERIFY(next.commit().ok());
}

// Scans and photos (issue #24 item 3): kept by content key, the same key once; on a server they
// are rows of the transaction that writes them (rolled back with it), beside a SQLite file they
// are files, written at once.
void TestStorageRepositories::contentsAreKeptByKeyWithTheirTransactionOnAServer()
{
    const auto store = ContentStore::of(*m_db);
    QCOMPARE(store->transactional(), m_db->isPostgres());
    const QByteArray sealed("\x01\x00sealed scan\xfe", 15);
    {
        Transaction undone(*m_db);
        QVERIFY(undone.begin().ok());
        QVERIFY(store->put(QStringLiteral("ab01"), sealed).ok());
        QVERIFY(store->has(QStringLiteral("ab01")).value());
    } // rolled back
    QCOMPARE(store->has(QStringLiteral("ab01")).value(), !m_db->isPostgres());
    {
        Transaction tx(*m_db);
        QVERIFY(tx.begin().ok());
        QVERIFY(store->put(QStringLiteral("ab01"), sealed).ok());
        QVERIFY(store->put(QStringLiteral("ab01"), QByteArray("other")).ok()); // the same key: kept once
        QVERIFY(tx.commit().ok());
    }
    auto back = store->get(QStringLiteral("ab01"));
    QVERIFY(back.ok());
    QCOMPARE(back.value(), sealed);
    QCOMPARE(store->get(QStringLiteral("cd02")).error().code, ErrorCode::NotFound);
    QVERIFY(!store->has(QStringLiteral("cd02")).value());
    QVERIFY(store->remove(QStringLiteral("ab01")).ok());
    QVERIFY(!store->has(QStringLiteral("ab01")).value());
    QVERIFY(store->remove(QStringLiteral("ab01")).ok()); // nothing kept: nothing to do
}

// StoredDates.h (issue #23): a day as its day number since 1970-01-01, a moment as its seconds
// since the epoch, NULL for invalid values; reading also takes the text of rows written before
// 0030_item_dates_as_numbers.sql, and gives the same values.
void TestStorageRepositories::storedDatesReadNumbersAndTheTextOfOlderRows()
{
    using namespace storeddates;
    QCOMPARE(toDay(QDate(1970, 1, 1)).toLongLong(), qint64(0));
    QCOMPARE(toDay(QDate(2022, 9, 1)).toLongLong(), qint64(19236));
    QCOMPARE(toDay(QDate(1969, 12, 31)).toLongLong(), qint64(-1));
    QVERIFY(toDay(QDate()).isNull());
    for (const QDate& d : {QDate(2022, 9, 1), QDate(1969, 12, 31), QDate(2027, 1, 1)}) {
        QCOMPARE(fromDay(toDay(d)), d);
        QCOMPARE(fromDay(QVariant(d.toString(Qt::ISODate))), d); // an older row
    }
    QCOMPARE(fromDay(QVariant(QStringLiteral("19236"))), QDate(2022, 9, 1)); // a number read as text
    QCOMPARE(fromDay(QVariant(QStringLiteral("-1"))), QDate(1969, 12, 31));
    QVERIFY(!fromDay(QVariant(QMetaType::fromType<qint64>())).isValid());

    const QDateTime t(QDate(2022, 9, 26), QTime(2, 0), Qt::UTC);
    QCOMPARE(toEpoch(t).toLongLong(), qint64(1664157600));
    QCOMPARE(toEpoch(QDateTime(QDate(2022, 9, 26), QTime(10, 0), QTimeZone("Asia/Shanghai"))).toLongLong(),
             qint64(1664157600));
    QVERIFY(toEpoch(QDateTime()).isNull());
    QCOMPARE(fromEpoch(toEpoch(t)), t);
    QCOMPARE(fromEpoch(toEpoch(t)).timeSpec(), Qt::UTC);
    QCOMPARE(fromEpoch(QVariant(QStringLiteral("2022-09-26T02:00:00Z"))), t); // an older row
    QVERIFY(!fromEpoch(QVariant(QMetaType::fromType<QString>())).isValid());
}

// 0031_register_dates_as_numbers.sql (issue #23): a person's move-in day and a tie's days are
// written as day numbers, the times they were written as seconds since the epoch, and read back
// as they were.
void TestStorageRepositories::registerDatesAreStoredAsNumbers()
{
    PersonRepository repo(*m_db, m_codec);
    const qint64 r1201 = room(QStringLiteral("1201"));
    Person p = samplePerson();
    p.data.moveInDate = QDate(2022, 9, 1);
    const qint64 id = repo.insert(p, 0, kNow).value();
    const qint64 o = repo.insertOccupancy(Occupancy{0,
                                                    id,
                                                    r1201,
                                                    OccupancyRole::Tenant,
                                                    {},
                                                    QDate(2022, 9, 1),
                                                    {},
                                                    QDate(2022, 9, 1),
                                                    QDate(2023, 8, 31),
                                                    {}},
                                          kNow)
                         .value();
    QVERIFY(repo.endOccupancy(o, QDate(2023, 8, 31)).ok());
    const QString now = QString::number(kNow.toSecsSinceEpoch());
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT move_in_date || '|' || created_at FROM persons WHERE id = ?"),
                     {id})
            .value()
            .toString(),
        QStringLiteral("19236|") + now);
    QCOMPARE(
        m_db->scalar(QStringLiteral("SELECT since || '|' || until || '|' || lease_from || '|' || lease_to || "
                                    "'|' || created_at FROM occupancies WHERE id = ?"),
                     {o})
            .value()
            .toString(),
        QStringLiteral("19236|19600|19236|19600|") + now);
    if (!m_db->isPostgres())
        QCOMPARE(m_db->scalar(QStringLiteral("SELECT typeof(move_in_date) || typeof(created_at) FROM persons "
                                             "WHERE id = ?"),
                              {id})
                     .value()
                     .toString(),
                 QStringLiteral("integerinteger"));
    QCOMPARE(repo.load(id).value().data.moveInDate, QDate(2022, 9, 1));
    const Occupancy back = repo.occupancy(o).value();
    QCOMPARE(back.since, QDate(2022, 9, 1));
    QCOMPARE(back.until, QDate(2023, 8, 31));
    QCOMPARE(back.leaseFrom, QDate(2022, 9, 1));
    QCOMPARE(back.leaseTo, QDate(2023, 8, 31));
}

QTEST_GUILESS_MAIN(TestStorageRepositories)
#include "TestStorageRepositories.moc"
