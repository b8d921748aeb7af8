// The one search box (issue #2 Build 6): part of a name (one Chinese character included), a
// room number or reference, the last digits of a phone, a full ID number or phone (exact, via
// the blind index), a fragment of an archive number — and nothing personal for staff (R20).

#include "ServiceHelpers.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>

using namespace ar;
using namespace ar::test;

namespace {

struct Desk
{
    Fixture f;
    qint64 wang = 0, ouyang = 0, li = 0;
    QString wangArchiveNo, liArchiveNo;
    QString liId;

    Desk()
    {
        f.makeSmallEstate();
        RegisterService& people = f.archive->people();
        auto w = people.registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))));
        // A tenant whose ID ends in X, to look up with a lower-case x.
        for (int seq = 0; seq < 500 && liId.isEmpty(); ++seq) {
            const QString id = fakeId(QDate(1990, 7, 8), false, seq);
            if (id.endsWith(QLatin1Char('X')))
                liId = id;
        }
        auto l = people.registerPerson(registration(f.roomId(QStringLiteral("3-2-1201")),
                                                    OccupancyRole::Tenant, QStringLiteral("李娜"), liId,
                                                    {QStringLiteral("13987654321")}));
        auto o = people.registerPerson(
            registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("欧阳明"),
                         fakeId(QDate(1970, 1, 2), true, 3), {QStringLiteral("010-66668888")}));
        if (!w || !l || !o)
            qFatal("cannot register the search fixture");
        wang = w->personId;
        wangArchiveNo = w->archiveNo;
        li = l->personId;
        liArchiveNo = l->archiveNo;
        ouyang = o->personId;
    }

    QList<SearchHit> hits(const QString& q, int limit = 50)
    {
        auto r = f.archive->search().search(q, limit);
        if (!r)
            qWarning("search %s: %s", qPrintable(q), qPrintable(r.error().message));
        return r ? r.value() : QList<SearchHit>{};
    }
    QList<qint64> ids(const QString& q, HitKind kind)
    {
        QList<qint64> out;
        for (const SearchHit& h : hits(q))
            if (h.kind == kind)
                out << h.id;
        std::sort(out.begin(), out.end());
        return out;
    }
    QStringList rooms(const QString& q)
    {
        QStringList out;
        for (const SearchHit& h : hits(q))
            if (h.kind == HitKind::Room)
                out << h.room;
        out.sort();
        return out;
    }
};

} // namespace

class TestServicesSearch : public QObject
{
    Q_OBJECT

private slots:
    void findsAnOwnerByOneCharacter();
    void findsByTwoCharactersOfTheGivenName();
    void findsByTheLastFourPhoneDigits();
    void findsRoomsByNumberAndReference_data();
    void findsRoomsByNumberAndReference();
    void findsByFullIdNumberExactly();
    void findsByFullPhoneExactly();
    void findsDossiersByArchiveNumberFragments_data();
    void findsDossiersByArchiveNumberFragments();
    void R10_dossierIsFoundByEachTailWithAndWithoutSeparators_data();
    void R10_dossierIsFoundByEachTailWithAndWithoutSeparators();
    void roomsAndArchiveNumbersShareTheLimitEachHitOnce();
    void staffGetNoPersonHits();
    void R20_R27_exactNumberSearchIsForRolesThatMayUnmaskAndIsAudited();
    void honoursTheLimitAndEmptyQueries();
    void notSignedInIsRefused();
    void upgradeFromBeforeTheIndexMakesOldRecordsSearchable();
    void keysOfAnotherVersionAreWrittenAgainWhenTheFileIsOpened();
};

void TestServicesSearch::findsAnOwnerByOneCharacter()
{
    Desk d;
    const QList<SearchHit> h = d.hits(QStringLiteral("王"));
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().kind, HitKind::Person);
    QCOMPARE(h.first().id, d.wang);
    QCOMPARE(h.first().name, QStringLiteral("王小明"));
    QCOMPARE(h.first().room, QStringLiteral("3-2-1201"));
    QCOMPARE(h.first().roomId, d.f.roomId(QStringLiteral("3-2-1201")));
    QCOMPARE(h.first().role, QStringLiteral("Owner"));
    // A character inside a name finds it too: 明 is in 王小明 and 欧阳明.
    QCOMPARE(d.ids(QStringLiteral("明"), HitKind::Person), (QList<qint64>{d.wang, d.ouyang}));
    QCOMPARE(d.ids(QStringLiteral("娜"), HitKind::Person), QList<qint64>{d.li});
    QVERIFY(d.hits(QStringLiteral("张")).isEmpty());
}

void TestServicesSearch::findsByTwoCharactersOfTheGivenName()
{
    Desk d;
    QCOMPARE(d.ids(QStringLiteral("小明"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("阳明"), HitKind::Person), QList<qint64>{d.ouyang});
    QCOMPARE(d.ids(QStringLiteral("欧阳"), HitKind::Person), QList<qint64>{d.ouyang});
    // Spaces and full-width input do not matter.
    QCOMPARE(d.ids(QStringLiteral(" 小\u3000明 "), HitKind::Person), QList<qint64>{d.wang});
    QVERIFY(d.ids(QStringLiteral("明小"), HitKind::Person).isEmpty());
}

void TestServicesSearch::findsByTheLastFourPhoneDigits()
{
    Desk d;
    const QList<SearchHit> h = d.hits(QStringLiteral("5678"));
    QCOMPARE(h.size(), 1);
    QCOMPARE(h.first().id, d.wang);
    // The hit shows which phone matched, masked.
    QCOMPARE(h.first().detail, QStringLiteral("*******5678"));
    QCOMPARE(d.ids(QStringLiteral("4321"), HitKind::Person), QList<qint64>{d.li});
    QCOMPARE(d.ids(QStringLiteral("8888"), HitKind::Person), QList<qint64>{d.ouyang}); // a landline
    QCOMPARE(d.ids(QStringLiteral("８８８８"), HitKind::Person), QList<qint64>{d.ouyang});
}

void TestServicesSearch::findsRoomsByNumberAndReference_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("rooms");
    const QString r1201 = QStringLiteral("3-2-1201"), r1202 = QStringLiteral("3-2-1202"),
                  r1301 = QStringLiteral("3-2-1301");
    QTest::newRow("room number") << QStringLiteral("1201") << QStringList{r1201};
    QTest::newRow("reference") << QStringLiteral("3-2-1201") << QStringList{r1201};
    QTest::newRow("栋 单元") << QStringLiteral("3栋2单元1201") << QStringList{r1201};
    QTest::newRow("座 单元 室") << QStringLiteral("3座2单元1201室") << QStringList{r1201};
    QTest::newRow("full-width") << QStringLiteral("３－２－１２０１") << QStringList{r1201};
    QTest::newRow("scanned label with spaces") << QStringLiteral(" 3-2-1201 ") << QStringList{r1201};
    QTest::newRow("prefix of the number") << QStringLiteral("120") << QStringList{r1201, r1202};
    QTest::newRow("prefix of the reference") << QStringLiteral("3-2-") << QStringList{r1201, r1202, r1301};
    QTest::newRow("no such room") << QStringLiteral("3-2-9901") << QStringList{};
}

void TestServicesSearch::findsRoomsByNumberAndReference()
{
    QFETCH(QString, query);
    QFETCH(QStringList, rooms);
    Desk d;
    QCOMPARE(d.rooms(query), rooms);
    if (rooms == QStringList{QStringLiteral("3-2-1201")}) {
        // The room hit names its current owner (not the tenant).
        for (const SearchHit& h : d.hits(query))
            if (h.kind == HitKind::Room)
                QCOMPARE(h.name, QStringLiteral("王小明"));
    }
}

void TestServicesSearch::findsByFullIdNumberExactly()
{
    Desk d;
    const QString wangId = fakeId(QDate(1980, 5, 17), true);
    QCOMPARE(d.ids(wangId, HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(d.liId, HitKind::Person), QList<qint64>{d.li});
    QCOMPARE(d.ids(d.liId.toLower(), HitKind::Person), QList<qint64>{d.li});
    QCOMPARE(d.ids(QStringLiteral("%1 %2").arg(wangId.left(6), wangId.mid(6)), HitKind::Person),
             QList<qint64>{d.wang});
    // Another valid number, or a prefix of one, finds no one: the look-up is exact.
    QVERIFY(d.hits(fakeId(QDate(1980, 5, 17), true, 99)).isEmpty());
    QVERIFY(d.ids(wangId.left(10), HitKind::Person).isEmpty());
}

void TestServicesSearch::findsByFullPhoneExactly()
{
    Desk d;
    QCOMPARE(d.ids(QStringLiteral("13812345678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("138 1234 5678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("01066668888"), HitKind::Person), QList<qint64>{d.ouyang});
    // As people write them: with dashes, brackets, the country code.
    QCOMPARE(d.ids(QStringLiteral("138-1234-5678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("+86 138 1234 5678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("010-66668888"), HitKind::Person), QList<qint64>{d.ouyang});
    QCOMPARE(d.ids(QStringLiteral("(010) 6666-8888"), HitKind::Person), QList<qint64>{d.ouyang});
    QVERIFY(d.ids(QStringLiteral("13812340000"), HitKind::Person).isEmpty());
}

void TestServicesSearch::findsDossiersByArchiveNumberFragments_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("archiveNos");
    const QString yz1 = QStringLiteral("Z109-YZ·2026-Y-0001"), yz2 = QStringLiteral("Z109-YZ·2026-Y-0002"),
                  zh1 = QStringLiteral("Z109-ZH·2026-D30-0001");
    QTest::newRow("whole number, as scanned") << yz1 << QStringList{yz1};
    QTest::newRow("lower case") << yz1.toLower() << QStringList{yz1};
    QTest::newRow("category and year") << QStringLiteral("YZ·2026") << QStringList{yz1, yz2};
    QTest::newRow("item number") << QStringLiteral("0002") << QStringList{yz2};
    QTest::newRow("item number, both categories") << QStringLiteral("0001") << QStringList{yz1, zh1};
    QTest::newRow("retention and item") << QStringLiteral("D30-0001") << QStringList{zh1};
    QTest::newRow("fonds") << QStringLiteral("z109") << QStringList{yz1, yz2, zh1};
    QTest::newRow("year") << QStringLiteral("2026-Y") << QStringList{yz1, yz2};
}

void TestServicesSearch::findsDossiersByArchiveNumberFragments()
{
    QFETCH(QString, query);
    QFETCH(QStringList, archiveNos);
    Desk d;
    QStringList found;
    for (const SearchHit& h : d.hits(query)) {
        if (h.kind != HitKind::Dossier)
            continue;
        found << h.archiveNo;
        QVERIFY(!h.room.isEmpty());
        QVERIFY(!h.category.isEmpty());
    }
    found.sort();
    QCOMPARE(found, archiveNos);
}

// Issue #23: an archive number is keyed once (archive_keys, the scanner's keys): the search box
// finds a dossier by its number and each tail after a separator, typed with the separators, with
// others in their place, or without them, in either case.
void TestServicesSearch::R10_dossierIsFoundByEachTailWithAndWithoutSeparators_data()
{
    QTest::addColumn<QString>("query");
    // Z109-YZ·2026-Y-0001, Wang's owner dossier: the number and its tails, then pieces of them.
    for (const char* q :
         {"Z109-YZ·2026-Y-0001", "YZ·2026-Y-0001", "2026-Y-0001", "Y-0001", "0001", "Z109YZ2026Y0001",
          "YZ2026Y0001", "2026Y0001", "Y0001", "z109-yz.2026-y-0001", "yz·2026", "YZ2026", "yz2026",
          "2026-y-00", "2026y00", "y-00", "z109 yz", "Ｙ－０００１"})
        QTest::newRow(q) << QString::fromUtf8(q);
}

void TestServicesSearch::R10_dossierIsFoundByEachTailWithAndWithoutSeparators()
{
    QFETCH(QString, query);
    Desk d;
    QCOMPARE(d.wangArchiveNo, QStringLiteral("Z109-YZ·2026-Y-0001"));
    QStringList found;
    for (const SearchHit& h : d.hits(query)) {
        QVERIFY(!found.contains(h.archiveNo) || h.kind != HitKind::Dossier);
        if (h.kind == HitKind::Dossier)
            found << h.archiveNo;
    }
    QVERIFY2(found.contains(d.wangArchiveNo), qPrintable(found.join(QLatin1Char(' '))));
    // Search keys hold rooms and persons only (migration 0028).
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE kind = 3")), 0);
}

// A query that is both a room's key and the start of archive numbers: the two lists merged by key
// (rooms and persons first on equal keys), every record once, never more than the limit.
void TestServicesSearch::roomsAndArchiveNumbersShareTheLimitEachHitOnce()
{
    Desk d;
    const User clerk = d.f.user;
    d.f.archive->context().setUser(d.f.admin);
    auto cats = d.f.archive->dossiers().categories();
    AR_VERIFY_OK(cats);
    Category repair = cats->at(3);
    QCOMPARE(repair.code, QStringLiteral("repair"));
    // 1001-12026, 1002-12026 …: both the number's key (100112026) and its tail's (12026) start
    // with "1", as do the rooms 1201, 1202 and 1301.
    repair.numberingPattern = QStringLiteral("1{seq:3}-1{year}");
    AR_VERIFY_OK(d.f.archive->dossiers().updateCategory(repair));
    d.f.archive->context().setUser(clerk);
    QStringList nos;
    for (const char* title : {"电梯维修", "水管维修", "门窗维修"}) {
        auto opened = d.f.archive->dossiers().open({QStringLiteral("维修"), QString::fromUtf8(title), 0, 0});
        AR_VERIFY_OK(opened);
        nos << opened->archiveNo;
    }
    QCOMPARE(nos, (QStringList{QStringLiteral("1001-12026"), QStringLiteral("1002-12026"),
                               QStringLiteral("1003-12026")}));
    const auto lines = [&](const QString& q, int limit) {
        QStringList out;
        for (const SearchHit& h : d.hits(q, limit))
            out << (h.kind == HitKind::Dossier ? h.archiveNo
                                               : hitKindCode(h.kind) + QLatin1Char(' ') + h.room);
        return out;
    };
    // In key order: 100112026 … 100312026, 1201, 1202, 12026 (the three again: not repeated), 1301.
    const QStringList all{nos.at(0),
                          nos.at(1),
                          nos.at(2),
                          QStringLiteral("room 3-2-1201"),
                          QStringLiteral("room 3-2-1202"),
                          QStringLiteral("room 3-2-1301")};
    QCOMPARE(lines(QStringLiteral("1"), 50), all);
    for (int limit = 1; limit <= 6; ++limit)
        QCOMPARE(lines(QStringLiteral("1"), limit), all.mid(0, limit));
    // The tail shared by the three: each once.
    QCOMPARE(lines(QStringLiteral("12026"), 50), nos);
    QCOMPARE(lines(QStringLiteral("1-2026"), 2), nos.mid(0, 2));
    // 1201 and 1202 come before 12026, which goes on from 1202.
    QCOMPARE(lines(QStringLiteral("120"), 50),
             (QStringList{QStringLiteral("room 3-2-1201"), QStringLiteral("room 3-2-1202"), nos.at(0),
                          nos.at(1), nos.at(2)}));
}

void TestServicesSearch::staffGetNoPersonHits()
{
    Desk d;
    d.f.becomeRole(Role::Staff);
    for (const QString& q :
         {QStringLiteral("王"), QStringLiteral("小明"), QStringLiteral("5678"), QStringLiteral("13812345678"),
          fakeId(QDate(1980, 5, 17), true), QStringLiteral("Z109-YZ·2026-Y-0001"), QStringLiteral("1201")}) {
        for (const SearchHit& h : d.hits(q)) {
            QVERIFY2(h.kind == HitKind::Room, qPrintable(q));
            // A room, but not who lives there.
            QVERIFY2(h.name.isEmpty(), qPrintable(h.name));
        }
    }
    QCOMPARE(d.rooms(QStringLiteral("1201")), QStringList{QStringLiteral("3-2-1201")});
}

// #17 item 6: a manager sees the register masked; a search by a full number must not confirm
// the digits the mask hides (10,000 guesses of them took 90 minutes). The clerk, who may see
// full numbers, still finds by them, and each such search is in the trail — without the number.
void TestServicesSearch::R20_R27_exactNumberSearchIsForRolesThatMayUnmaskAndIsAudited()
{
    Desk d;
    const QString wangId = fakeId(QDate(1980, 5, 17), true);
    const auto searches = [&] {
        return count(*d.f.archive,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'search_number'"));
    };
    QCOMPARE(d.ids(wangId, HitKind::Person), QList<qint64>{d.wang}); // the clerk
    QCOMPARE(d.ids(QStringLiteral("13812345678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(searches(), 2);
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral(
                       "SELECT COUNT(*) FROM audit_log WHERE action = 'search_number' AND (detail LIKE ? OR "
                       "detail LIKE ?)"),
                   {QStringLiteral("%") + wangId + QStringLiteral("%"), QStringLiteral("%13812345678%")}),
             0);

    d.f.becomeRole(Role::Manager, QStringLiteral("manager1"));
    QVERIFY(!d.f.archive->context().can(Permission::UnmaskSensitive));
    QVERIFY(d.f.archive->context().can(Permission::ViewRegister));
    QVERIFY(d.ids(wangId, HitKind::Person).isEmpty());
    QVERIFY(d.ids(QStringLiteral("13812345678"), HitKind::Person).isEmpty());
    QVERIFY(d.ids(QStringLiteral("010-66668888"), HitKind::Person).isEmpty());
    // What the mask shows still finds: a name, the last four digits.
    QCOMPARE(d.ids(QStringLiteral("5678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("王小明"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(searches(), 2);
}

void TestServicesSearch::honoursTheLimitAndEmptyQueries()
{
    Desk d;
    QCOMPARE(d.hits(QStringLiteral("3-2-")).size(), 3);
    QCOMPARE(d.hits(QStringLiteral("3-2-"), 2).size(), 2);
    QCOMPARE(d.hits(QStringLiteral("明"), 1).size(), 1);
    QVERIFY(d.hits(QString()).isEmpty());
    QVERIFY(d.hits(QStringLiteral(" \u3000 ")).isEmpty());
    QVERIFY(d.hits(QStringLiteral("王"), 0).isEmpty());
}

void TestServicesSearch::notSignedInIsRefused()
{
    Desk d;
    d.f.archive->accounts().signOut();
    auto r = d.f.archive->search().search(QStringLiteral("王"));
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, ErrorCode::PermissionDenied);
}

void TestServicesSearch::upgradeFromBeforeTheIndexMakesOldRecordsSearchable()
{
    // A file of schema version 2 (before search_keys existed) with a room, a person and a
    // dossier written as that version's program wrote them.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v2.db"));
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        Database& d = *db.value();
        QVERIFY(Migrator(d).migrate(2).ok());
        for (const char* sql :
             {"INSERT INTO users VALUES (1, 'clerk', '老张', 'clerk', '客服部', 'x', 1, "
              "'2026-01-01T00:00:00Z')",
              "INSERT INTO estates VALUES (1, 'HY', '华苑小区', '')",
              "INSERT INTO buildings VALUES (1, 1, NULL, '3', '3座')",
              "INSERT INTO units VALUES (1, 1, '2', '2单元')",
              "INSERT INTO rooms VALUES (1, 1, '1201', 12, 8950, 'residential')",
              "INSERT INTO persons(id, name, gender, id_type, created_at) VALUES (1, '欧阳明华', 'M', "
              "'cn_id', "
              "'2026-01-01T00:00:00Z')",
              "INSERT INTO person_phones VALUES (1, 1, 0, '13800135678', 'b', '5678')",
              "INSERT INTO occupancies VALUES (1, 1, 1, 'owner', '', '2026-01-01', NULL, "
              "'2026-01-01T00:00:00Z')",
              "INSERT INTO dossiers VALUES (1, 'Z109-YZ·2026-Y-0001', 'owner', 't', 1, 1, 2026, 1, 'open', "
              "'confidential', '2026-01-01T00:00:00Z', 1)"})
            QVERIFY2(d.exec(QString::fromUtf8(sql)).ok(), sql);
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    auto archive = Archive::open(path, &clock);
    QVERIFY2(archive.ok(), archive.ok() ? "" : qPrintable(archive.error().message));
    archive.value()->context().setUser(User{1, QStringLiteral("clerk"), QStringLiteral("老张"), Role::Clerk,
                                            QStringLiteral("客服部"), true});
    for (const char* query : {"明华", "5678", "1201", "YZ·2026"}) {
        auto hits = archive.value()->search().search(QString::fromUtf8(query));
        QVERIFY(hits.ok());
        QVERIFY2(!hits->isEmpty(), query);
    }
}

// A record's keys are deleted by deriving them (issue #23): keys written by another version of the
// key functions would never be. A file whose stored key version (meta 'search_keys') is not this
// program's is indexed again from its records when it is opened: such a key goes, the records'
// keys are there, and the version is this program's.
void TestServicesSearch::keysOfAnotherVersionAreWrittenAgainWhenTheFileIsOpened()
{
    Desk d;
    const auto metaValue = [&](Archive& a) {
        return a.database()
            .scalar(QStringLiteral("SELECT value FROM meta WHERE key = 'search_keys'"))
            .value();
    };
    QCOMPARE(metaValue(*d.f.archive).toString(), SearchIndex::kKeysVersion);
    const auto orphans = [&](Archive& a) {
        return a.database()
            .scalar(
                QStringLiteral("SELECT (SELECT COUNT(*) FROM search_keys WHERE key = 'oldform') + (SELECT "
                               "COUNT(*) FROM archive_keys WHERE key = 'OLDFORM')"))
            .value()
            .toInt();
    };
    for (const char* sql : {"INSERT INTO search_keys(key, kind, ref_id) VALUES ('oldform', 2, %1)",
                            "INSERT INTO archive_keys(key, dossier_id, whole) VALUES ('OLDFORM', (SELECT "
                            "MIN(id) FROM dossiers), 0)",
                            "UPDATE meta SET value = '0' WHERE key = 'search_keys'"})
        AR_VERIFY_OK(d.f.archive->database().exec(QString::fromLatin1(sql).arg(d.wang)));
    QCOMPARE(orphans(*d.f.archive), 2);
    d.f.archive.reset();
    auto again = Archive::open(d.f.location, &d.f.clock);
    AR_VERIFY_OK(again);
    QCOMPARE(orphans(*again.value()), 0);
    QCOMPARE(metaValue(*again.value()).toString(), SearchIndex::kKeysVersion);
    d.f.archive = std::move(again).value();
    d.f.archive->context().setUser(d.f.user);
    QCOMPARE(d.ids(QStringLiteral("小明"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.ids(QStringLiteral("5678"), HitKind::Person), QList<qint64>{d.wang});
    QCOMPARE(d.rooms(QStringLiteral("1202")), QStringList{QStringLiteral("3-2-1202")});
    QCOMPARE(d.ids(d.liArchiveNo, HitKind::Dossier).size(), 1);
    // Opened again at this version: nothing to do.
    AR_VERIFY_OK(d.f.archive->database().exec(
        QStringLiteral("INSERT INTO search_keys(key, kind, ref_id) VALUES ('kept', 2, %1)").arg(d.wang)));
    QCOMPARE(d.f.archive->search().indexTermsIfNeeded().value(), 0);
    QCOMPARE(d.f.archive->database()
                 .scalar(QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE key = 'kept'"))
                 .value()
                 .toInt(),
             1);
}

QTEST_GUILESS_MAIN(TestServicesSearch)
#include "TestServicesSearch.moc"
