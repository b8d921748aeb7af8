// Search the Chinese way (issue #20 item 8): pinyin initials and full pinyin find names, every
// reading of a polyphonic surname, pinyin keys of their own kind (a Latin query finds no dossier
// through them), dossier and item titles, traditional and simplified forms, and the keys of an older
// file written once when it is opened.

#include "ServiceHelpers.h"
#include "storage/Migrator.h"

#include <QTemporaryDir>

using namespace ar;
using namespace ar::test;

namespace {

struct Desk
{
    Fixture f;
    int seq = 20;

    Desk() { f.makeSmallEstate(); }

    // A household member (no dossier of their own) of 3-2-1301, or an owner with a dossier.
    qint64 add(const QString& name, OccupancyRole role = OccupancyRole::Member,
               const QString& room = QStringLiteral("3-2-1301"))
    {
        auto r = f.archive->people().registerPerson(
            registration(f.roomId(room), role, name, fakeId(QDate(1975, 3, 4), true, ++seq),
                         {QStringLiteral("1390000%1").arg(seq, 4, 10, QLatin1Char('0'))}));
        if (!r)
            qFatal("cannot register %s: %s", qPrintable(name), qPrintable(r.error().message));
        return r->personId;
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
};

QList<qint64> sorted(QList<qint64> l)
{
    std::sort(l.begin(), l.end());
    return l;
}

} // namespace

class TestServicesSearchChinese : public QObject
{
    Q_OBJECT

private slots:
    void pinyinInitialsAndFullPinyinFindNames();
    void everyReadingOfAPolyphonicSurnameFinds_data();
    void everyReadingOfAPolyphonicSurnameFinds();
    void umlautAsVOrU();
    void lettersFindNoDossierThroughPinyin();
    void pinyinFollowsARenameAndIsNotForStaff();
    void traditionalAndSimplifiedFindEachOther();
    void titlesOfDossiersAndItemsAreSearchable();
    void olderFileIsIndexedOnceWhenOpened();
};

void TestServicesSearchChinese::pinyinInitialsAndFullPinyinFindNames()
{
    Desk d;
    const qint64 zhangsan = d.add(QStringLiteral("张三"));
    const qint64 zhangziyi = d.add(QStringLiteral("章子怡"));
    const qint64 wang = d.add(QStringLiteral("王小明"));
    const qint64 lisi = d.add(QStringLiteral("李四"));
    QCOMPARE(d.ids(QStringLiteral("zs"), HitKind::Person), QList<qint64>{zhangsan});
    QCOMPARE(d.ids(QStringLiteral("zhangsan"), HitKind::Person), QList<qint64>{zhangsan});
    QCOMPARE(d.ids(QStringLiteral("zhangs"), HitKind::Person), QList<qint64>{zhangsan});
    QCOMPARE(d.ids(QStringLiteral("ZhangSan"), HitKind::Person), QList<qint64>{zhangsan});
    QCOMPARE(d.ids(QStringLiteral("zhang san"), HitKind::Person), QList<qint64>{zhangsan});
    // A prefix of the full pinyin: both 张 and 章 read zhang.
    QCOMPARE(d.ids(QStringLiteral("zhang"), HitKind::Person), sorted({zhangsan, zhangziyi}));
    // One letter: every name that starts so (and the given names: 子怡 reads ziyi).
    QCOMPARE(d.ids(QStringLiteral("z"), HitKind::Person), sorted({zhangsan, zhangziyi}));
    // The given name alone, by initials or in full.
    QCOMPARE(d.ids(QStringLiteral("xm"), HitKind::Person), QList<qint64>{wang});
    QCOMPARE(d.ids(QStringLiteral("xiaoming"), HitKind::Person), QList<qint64>{wang});
    QCOMPARE(d.ids(QStringLiteral("ls"), HitKind::Person), QList<qint64>{lisi});
    // Letters in another order are no name's reading.
    QVERIFY(d.ids(QStringLiteral("sz"), HitKind::Person).isEmpty());
    QVERIFY(d.ids(QStringLiteral("zhangx"), HitKind::Person).isEmpty());
}

void TestServicesSearchChinese::everyReadingOfAPolyphonicSurnameFinds_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<QString>("surname"); // the reading as a surname
    QTest::addColumn<QString>("common");  // the common reading (kMandarin)
    QTest::addRow("单") << QStringLiteral("单伟") << QStringLiteral("shan") << QStringLiteral("dan");
    QTest::addRow("解") << QStringLiteral("解伟") << QStringLiteral("xie") << QStringLiteral("jie");
    QTest::addRow("曾") << QStringLiteral("曾伟") << QStringLiteral("zeng") << QStringLiteral("ceng");
    QTest::addRow("朴") << QStringLiteral("朴伟") << QStringLiteral("piao") << QStringLiteral("pu");
    QTest::addRow("覃") << QStringLiteral("覃伟") << QStringLiteral("qin") << QStringLiteral("tan");
    QTest::addRow("区") << QStringLiteral("区伟") << QStringLiteral("ou") << QStringLiteral("qu");
    QTest::addRow("仇") << QStringLiteral("仇伟") << QStringLiteral("qiu") << QStringLiteral("chou");
    QTest::addRow("查") << QStringLiteral("查伟") << QStringLiteral("zha") << QStringLiteral("cha");
}

void TestServicesSearchChinese::everyReadingOfAPolyphonicSurnameFinds()
{
    QFETCH(QString, name);
    QFETCH(QString, surname);
    QFETCH(QString, common);
    Desk d;
    const qint64 id = d.add(name);
    d.add(QStringLiteral("王小明"));
    for (const QString& reading : {surname, common}) {
        const QString full = reading + QStringLiteral("wei");
        const QString initials = reading.left(1) + QStringLiteral("w");
        QCOMPARE(d.ids(full, HitKind::Person), QList<qint64>{id});
        QCOMPARE(d.ids(initials, HitKind::Person), QList<qint64>{id});
        QCOMPARE(d.ids(reading, HitKind::Person), QList<qint64>{id});
    }
}

void TestServicesSearchChinese::umlautAsVOrU()
{
    Desk d;
    const qint64 lv = d.add(QStringLiteral("吕方"));
    for (const char* q : {"lv", "lu", "lvfang", "lufang", "lf", "lüfang"})
        QCOMPARE(d.ids(QString::fromUtf8(q), HitKind::Person), QList<qint64>{lv});
}

void TestServicesSearchChinese::lettersFindNoDossierThroughPinyin()
{
    // Every archive number here has the tail YZ·2026-…: `yz` finds those dossiers as it always
    // did (their numbers), and of the people only the one whose name reads yz.
    Desk d;
    auto wang = d.f.archive->people().registerPerson(wangXiaoming(d.f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(wang);
    QVERIFY(wang->archiveNo.contains(QStringLiteral("YZ")));
    const qint64 yang = d.add(QStringLiteral("杨洲"), OccupancyRole::Owner, QStringLiteral("3-2-1202"));
    const QList<qint64> dossiers = d.ids(QStringLiteral("yz"), HitKind::Dossier);
    QCOMPARE(dossiers.size(), 2);
    QCOMPARE(d.ids(QStringLiteral("yz"), HitKind::Person), QList<qint64>{yang}); // not 王小明
    // The letters of a name's pinyin find the person, never their dossiers through the pinyin.
    QVERIFY(d.ids(QStringLiteral("wxm"), HitKind::Dossier).isEmpty());
    QCOMPARE(d.ids(QStringLiteral("wxm"), HitKind::Person), QList<qint64>{wang->personId});
    QVERIFY(d.ids(QStringLiteral("yangzhou"), HitKind::Dossier).isEmpty());
    // Pinyin keys are not search_keys: none of them is in that table.
    QCOMPARE(
        count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE key IN ('yz', 'wxm')")),
        0);
    QVERIFY(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM search_terms WHERE kind = 1")) > 0);
}

void TestServicesSearchChinese::pinyinFollowsARenameAndIsNotForStaff()
{
    Desk d;
    const qint64 id = d.add(QStringLiteral("张三"));
    QCOMPARE(d.ids(QStringLiteral("zs"), HitKind::Person), QList<qint64>{id});
    auto loaded = d.f.archive->people().personForEdit(id);
    AR_VERIFY_OK(loaded);
    Person edited = loaded.value();
    edited.data.name = QStringLiteral("李四");
    AR_VERIFY_OK(d.f.archive->people().updatePerson(edited));
    QVERIFY(d.ids(QStringLiteral("zs"), HitKind::Person).isEmpty());
    QCOMPARE(d.ids(QStringLiteral("lisi"), HitKind::Person), QList<qint64>{id});
    // R20: no person hits for a role that may not see the register, by pinyin either.
    d.f.becomeRole(Role::Staff);
    for (const SearchHit& h : d.hits(QStringLiteral("lisi")))
        QVERIFY(h.kind == HitKind::Room);
    QVERIFY(d.hits(QStringLiteral("ls")).isEmpty());
}

void TestServicesSearchChinese::traditionalAndSimplifiedFindEachOther()
{
    Desk d;
    const qint64 chen = d.add(QStringLiteral("陳大文"));  // written in traditional characters
    const qint64 zhang = d.add(QStringLiteral("张国荣")); // in simplified
    QCOMPARE(d.ids(QStringLiteral("陈"), HitKind::Person), QList<qint64>{chen});
    QCOMPARE(d.ids(QStringLiteral("陳"), HitKind::Person), QList<qint64>{chen});
    QCOMPARE(d.ids(QStringLiteral("陈大文"), HitKind::Person), QList<qint64>{chen});
    QCOMPARE(d.ids(QStringLiteral("張國榮"), HitKind::Person), QList<qint64>{zhang});
    QCOMPARE(d.ids(QStringLiteral("國"), HitKind::Person), QList<qint64>{zhang});
    QCOMPARE(d.ids(QStringLiteral("cdw"), HitKind::Person), QList<qint64>{chen});
    // The name is kept as written.
    auto rec = d.f.archive->people().person(chen);
    AR_VERIFY_OK(rec);
    QCOMPARE(rec->data.name, QStringLiteral("陳大文"));
}

void TestServicesSearchChinese::titlesOfDossiersAndItemsAreSearchable()
{
    Desk d;
    auto reg = d.f.archive->people().registerPerson(wangXiaoming(d.f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(reg);
    auto owner = d.f.archive->dossiers().byArchiveNo(reg->archiveNo);
    AR_VERIFY_OK(owner);
    // A repair record opened by hand, its title typed by the clerk.
    DossierInput open;
    open.category = QStringLiteral("repair");
    open.title = QStringLiteral("3-2-1201 报修记录");
    open.roomId = d.f.roomId(QStringLiteral("3-2-1201"));
    auto repair = d.f.archive->dossiers().open(open);
    AR_VERIFY_OK(repair);
    QVERIFY(d.ids(QStringLiteral("水管"), HitKind::Dossier).isEmpty());
    QCOMPARE(d.ids(QStringLiteral("报修"), HitKind::Dossier), QList<qint64>{repair->id});
    // An item's title: a word of it finds its dossier.
    ItemInput in;
    in.kind = QStringLiteral("维修记录");
    in.title = QStringLiteral("厨房水管维修");
    in.pages = 1;
    AR_VERIFY_OK(d.f.archive->filing().receive(repair->id, in));
    QCOMPARE(d.ids(QStringLiteral("水管"), HitKind::Dossier), QList<qint64>{repair->id});
    QCOMPARE(d.ids(QStringLiteral("厨房水管维修"), HitKind::Dossier), QList<qint64>{repair->id});
    QVERIFY(d.ids(QStringLiteral("水电"), HitKind::Dossier).isEmpty());
    // Items of an owner dossier too.
    ItemInput form;
    form.kind = QStringLiteral("业主档案表");
    form.title = QStringLiteral("阳台漏水说明");
    form.pages = 1;
    AR_VERIFY_OK(d.f.archive->filing().receive(owner->id, form));
    QCOMPARE(d.ids(QStringLiteral("漏水"), HitKind::Dossier), QList<qint64>{owner->id});
    // An item without a title of its own is named by its kind: that adds no keys (every owner
    // dossier has one of each kind).
    ItemInput copy;
    copy.kind = QStringLiteral("业主身份证复印件");
    copy.pages = 1;
    AR_VERIFY_OK(d.f.archive->filing().receive(owner->id, copy));
    QVERIFY(d.ids(QStringLiteral("身份证"), HitKind::Dossier).isEmpty());
    // The title an owner dossier is given (3-2-1201 王小明 业主 dossier) adds no hit: the name finds
    // the person, the room the room.
    QVERIFY(d.ids(QStringLiteral("王小明"), HitKind::Dossier).isEmpty());
    // R20: no dossier hits for a role that may not see the register.
    d.f.becomeRole(Role::Staff);
    QVERIFY(d.hits(QStringLiteral("水管")).isEmpty());
}

void TestServicesSearchChinese::olderFileIsIndexedOnceWhenOpened()
{
    // A file of the schema before search_terms, written as that version's program wrote it: name
    // keys as typed (traditional), no pinyin, no title keys.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("old.db"));
    {
        auto db = Database::openSqlite(path);
        QVERIFY(db.ok());
        Database& d = *db.value();
        QVERIFY(Migrator(d).migrate(17).ok()); // 0018_search_terms.sql is version 18
        QVERIFY(!d.exec(QStringLiteral("SELECT 1 FROM search_terms")).ok());
        for (const char* sql :
             {"INSERT INTO users(id, login, display_name, role, department, password_hash, active, "
              "created_at) VALUES (1, 'clerk', '老张', 'clerk', '客服部', 'x', 1, '2026-01-01T00:00:00Z')",
              "INSERT INTO estates VALUES (1, 'HY', '华苑小区', '')",
              "INSERT INTO buildings VALUES (1, 1, NULL, '3', '3座')",
              "INSERT INTO units VALUES (1, 1, '2', '2单元')",
              "INSERT INTO rooms(id, unit_id, number, floor, area_centi, room_use) VALUES (1, 1, '1201', 12, "
              "8950, 'residential')",
              "INSERT INTO persons(id, name, gender, id_type, created_at) VALUES (1, '張三', 'M', 'cn_id', "
              "'2026-01-01T00:00:00Z')",
              "INSERT INTO search_keys(key, kind, ref_id) VALUES ('張三', 2, 1), ('三', 2, 1)",
              "INSERT INTO occupancies(id, person_id, room_id, role, relation, since, until, created_at) "
              "VALUES (1, 1, 1, 'owner', '', '2026-01-01', NULL, '2026-01-01T00:00:00Z')",
              "INSERT INTO dossiers(id, archive_no, category, title, room_id, person_id, year, seq, status, "
              "security_level, created_at, created_by) VALUES (1, 'Z109-YZ·2026-Y-0001', 'owner', "
              "'3-2-1201 張三 业主档案', 1, 1, 2026, 1, 'open', 'confidential', '2026-01-01T00:00:00Z', 1)",
              "INSERT INTO dossiers(id, archive_no, category, title, room_id, person_id, year, seq, status, "
              "security_level, created_at, created_by) VALUES (2, 'Z109-WX·2026-D30-0001', 'repair', "
              "'3-2-1201 报修记录', 1, NULL, 2026, 1, 'open', 'internal', '2026-01-01T00:00:00Z', 1)",
              "INSERT INTO search_keys(key, kind, ref_id) VALUES ('z109-yz·2026-y-0001', 3, 1)",
              "INSERT INTO dossier_items(id, dossier_id, kind_id, seq, title, received_on, due_on) VALUES "
              "(1, 1, (SELECT MIN(id) FROM item_kinds), 1, '厨房水管维修', '2026-01-02', '2026-01-09')"})
            QVERIFY2(d.exec(QString::fromUtf8(sql)).ok(), sql);
    }
    FixedClock clock(QDateTime(QDate(2026, 11, 27), QTime(10, 0)));
    auto archive = Archive::open(path, &clock);
    QVERIFY2(archive.ok(), archive.ok() ? "" : qPrintable(archive.error().message));
    Archive& a = *archive.value();
    a.context().setUser(User{1, QStringLiteral("clerk"), QStringLiteral("老张"), Role::Clerk,
                             QStringLiteral("客服部"), true});
    const auto found = [&](const char* q, HitKind kind, qint64 id = 1) {
        auto hits = a.search().search(QString::fromUtf8(q));
        if (!hits)
            return false;
        return std::any_of(hits->cbegin(), hits->cend(),
                           [&](const SearchHit& h) { return h.kind == kind && h.id == id; });
    };
    for (const char* q : {"zs", "zhangsan", "张三", "張三", "三"})
        QVERIFY2(found(q, HitKind::Person), q);
    QVERIFY(found("水管", HitKind::Dossier));
    QVERIFY(found("报修", HitKind::Dossier, 2));
    QVERIFY(!found("业主档案", HitKind::Dossier)); // an owner dossier's given title: not indexed
    QCOMPARE(count(a, QStringLiteral("SELECT COUNT(*) FROM meta WHERE key = 'search_terms'")), 1);
    // Once: opening again writes nothing (the keys are of this version).
    const int terms = count(a, QStringLiteral("SELECT COUNT(*) FROM search_terms"));
    AR_VERIFY_OK(a.database().exec(QStringLiteral("DELETE FROM search_terms WHERE kind = 1")));
    archive.value().reset();
    auto again = Archive::open(path, &clock);
    AR_VERIFY_OK(again);
    QVERIFY(terms > 0);
    QCOMPARE(count(*again.value(), QStringLiteral("SELECT COUNT(*) FROM search_terms WHERE kind = 1")), 0);
}

QTEST_GUILESS_MAIN(TestServicesSearchChinese)
#include "TestServicesSearchChinese.moc"
