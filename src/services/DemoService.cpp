#include "DemoService.h"

#include "Context.h"

#include "storage/LoanRepository.h"

#include "AuditService.h"
#include "core/Search.h"
#include "core/TextNormalize.h"
#include "core/Validators.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QTimeZone>

#include <algorithm>
#include <tuple>
#include <vector>

namespace ar {

namespace {

const char16_t* const kSurnames[] = {
    u"王", u"李", u"张", u"刘", u"陈", u"杨", u"黄", u"赵", u"吴",   u"周",   u"徐",  u"孙", u"马",
    u"朱", u"胡", u"郭", u"何", u"林", u"罗", u"高", u"郑", u"梁",   u"谢",   u"宋",  u"唐", u"许",
    u"韩", u"冯", u"邓", u"曹", u"彭", u"曾", u"肖", u"田", u"董",   u"袁",   u"潘",  u"于", u"蒋",
    u"蔡", u"余", u"杜", u"叶", u"程", u"苏", u"魏", u"吕", u"丁",   u"任",   u"沈",  u"姚", u"卢",
    u"姜", u"崔", u"钟", u"谭", u"陆", u"汪", u"范", u"金", u"石",   u"廖",   u"贾",  u"夏", u"韦",
    u"付", u"方", u"白", u"邹", u"孟", u"熊", u"秦", u"邱", u"江",   u"尹",   u"薛",  u"闫", u"段",
    u"雷", u"侯", u"龙", u"史", u"陶", u"黎", u"贺", u"顾", u"毛",   u"郝",   u"龚",  u"邵", u"万",
    u"钱", u"严", u"覃", u"武", u"戴", u"莫", u"孔", u"向", u"欧阳", u"司马", u"诸葛"};
const char16_t kGiven[] =
    u"伟芳娜秀英敏静丽强磊军洋勇艳杰娟涛明超霞平刚桂华玉萍红建国志文斌宇浩然子轩欣怡梓涵"
    u"雨晨思远佳琪俊杰晓东海燕春梅秋菊冬雪振宇嘉怡婷婷鹏飞立新德胜永安家豪诗琪梦瑶天佑";
const char* const kCompanies[] = {"演示科技有限公司", "示例贸易公司", "样例设计院", "演示学校", "示例医院"};
const int kProvinces[] = {11, 12, 13, 31, 32, 33, 34, 35, 37, 41, 42, 43, 44, 50, 51, 61};

QString pick(QRandomGenerator& rng, const char16_t* const* list, int n)
{
    return QString::fromUtf16(list[rng.bounded(n)]);
}

// `value` (not negative) as `width` decimal digits, zero-padded.
void appendDigits(QString& s, int value, int width)
{
    char buf[12];
    for (int i = width - 1; i >= 0; --i, value /= 10)
        buf[i] = char('0' + value % 10);
    s += QLatin1String(buf, width);
}

// What a run of households writes, gathered as it is generated and then written table by table,
// many rows per statement (issue #23), in the order and with the ids the rows got when each was
// written through the repositories as it was made. Until written, the ids a row refers to are
// indexes into the lists here.
struct DemoBatch
{
    QList<Room> rooms;
    QStringList roomRefs; // "building-unit-room" of each room
    QList<Person> persons;
    QList<Occupancy> ties;                // personId, roomId: indexes into persons, rooms
    QList<Dossier> dossiers;              // personId, roomId as ties; numbered when written
    QList<DossierItem> items;             // dossierId: index into dossiers
    QList<FilingRepository::Filed> filed; // of each item
    QList<qsizetype> loanable;            // indexes into dossiers
    int households = 0;
    void clear() { *this = DemoBatch(); }
};

} // namespace

Result<DemoService::Summary> DemoService::generate(int households, quint32 seed,
                                                   const std::function<bool(int, int)>& progress)
{
    if (auto s = m_ctx.require(Permission::LoadDemo); !s)
        return s.error();
    if (households < 1 || households > kMaxHouseholds)
        return Error::invalid(QStringLiteral("households"), QString::number(households),
                              QCoreApplication::translate("DemoService", "Households %1: give 1 to %2")
                                  .arg(households)
                                  .arg(kMaxHouseholds));
    // A page cache of up to 256 MB while generating (SQLite's default is 2 MB; pages are taken
    // only as they are used): the blind indexes and the search keys are filled at random places,
    // and each page pushed out of a small cache is written to the log and read back from it the
    // next time (150,000 households: 44 → 34 s of CPU; the setting is put back afterwards).
    const Database::PageCacheScope cache(m_ctx.db, 256 * 1024);
    // One transaction for all of it (the estates' own scopes join it): a demo cancelled or
    // killed half-way leaves nothing behind, and can simply be run again.
    Transaction all(m_ctx.db);
    if (auto s = all.begin(); !s)
        return s.error();
    auto existing = m_ctx.estates.estates();
    if (!existing)
        return existing.error();
    if (!existing->isEmpty())
        return Error::of(ErrorCode::Conflict,
                         QCoreApplication::translate("DemoService",
                                                     "Demo data goes into an empty archive only; this one "
                                                     "already has estates"));
    QRandomGenerator rng(seed);
    const QDateTime now = m_ctx.clock.now();
    const int year = now.date().year();
    auto fonds = m_ctx.meta.get(QStringLiteral("fonds_code"), QStringLiteral("Z109"));
    auto pattern = m_ctx.meta.get(QStringLiteral("archive_no_pattern"),
                                  QStringLiteral("{fonds}-{category}·{year}-{retention}-{seq:4}"));
    auto ownerCat = m_ctx.dossiers.category(QStringLiteral("owner"));
    auto tenantCat = m_ctx.dossiers.category(QStringLiteral("tenant"));
    if (!fonds || !pattern || !ownerCat || !tenantCat)
        return Error::of(ErrorCode::Failed, QStringLiteral("categories missing"));
    // The handover packets: most required items received and filed, some still missing (R11).
    // A generator of its own, so the people of a seed stay the same as before items existed.
    QRandomGenerator itemRng(seed ^ 0x5eedU);
    auto ownerKinds = m_ctx.filing.kinds(QStringLiteral("owner"));
    auto tenantKinds = m_ctx.filing.kinds(QStringLiteral("tenant"));
    if (!ownerKinds || !tenantKinds)
        return (!ownerKinds ? ownerKinds : tenantKinds).error();
    // A handover's papers are filed together a few days after they came in, one in ten after its
    // due day (late, R12), none after today. A generator of its own again, so the people and which
    // items are missing stay what they were.
    QRandomGenerator filingRng(seed ^ 0xf11eU);
    DemoBatch batch;
    // Gathers the items of the dossier batch.dossiers[dossier]; whether none is missing.
    auto addItems = [&](qsizetype dossier, const QList<ItemKind>& kinds, const QDate& received) -> bool {
        const int after =
            filingRng.bounded(10) == 0 ? 8 + int(filingRng.bounded(23)) : int(filingRng.bounded(6));
        const QDate filedOn = std::min(received.addDays(after), now.date());
        const FilingRepository::Filed filed = FilingRepository::filed(
            m_ctx.userId(), filedOn == now.date() ? now : QDateTime(filedOn, QTime(10, 0), now.timeZone()));
        const QDate due = filingDue(received, false);
        int seq = 0;
        bool complete = true;
        for (const ItemKind& k : kinds) {
            if (!k.required)
                continue;
            if (itemRng.bounded(100) < 12) {
                complete = false;
                continue;
            }
            DossierItem i;
            i.dossierId = dossier;
            i.kindId = k.id;
            i.seq = ++seq;
            i.kindName = k.name;
            i.title = k.name;
            i.pages = 1 + int(itemRng.bounded(4));
            i.receivedOn = received;
            i.date = received; // the handover papers are dated the day they are handed in
            i.dueOn = due;
            // Received and filed at once: one row written, not a row and then its update.
            batch.items << i;
            batch.filed << filed;
        }
        return complete;
    };

    const int nSurnames = int(std::size(kSurnames));
    const int nGiven = int(std::size(kGiven)) - 1;
    auto name = [&] {
        QString n = pick(rng, kSurnames, nSurnames);
        const int len = rng.bounded(100) < 70 ? 2 : 1;
        for (int i = 0; i < len; ++i)
            n += QChar(kGiven[rng.bounded(nGiven)]);
        return n;
    };
    auto idNumber = [&](Gender g, int birthYear) {
        const QDate birth(birthYear, 1 + int(rng.bounded(12)), 1 + int(rng.bounded(28)));
        int seq = int(rng.bounded(500)) * 2 + (g == Gender::Male ? 1 : 0);
        // The digits written out by hand: QDate::toString and arg() parse their formats per call.
        QString first17 = QString::number(kProvinces[rng.bounded(int(std::size(kProvinces)))]);
        first17.reserve(18);
        first17 += QLatin1String("0000");
        appendDigits(first17, birth.year(), 4);
        appendDigits(first17, birth.month(), 2);
        appendDigits(first17, birth.day(), 2);
        appendDigits(first17, seq, 3);
        return first17 + mainlandIdCheckChar(first17);
    };
    auto phone = [&] {
        QString p = QStringLiteral("100");
        appendDigits(p, int(rng.bounded(100000000)), 8);
        return p;
    };

    Summary sum;
    QList<qint64> loanable; // some owner dossiers for the sample loans
    int done = 0;
    const int perEstate = 3000;
    // Households written at a time: the progress is told after each run, and memory stays small.
    const int perBatch = 500;
    const int floors = 18, perFloor = 4, unitsPerBuilding = 2;
    const int nEstates = (households + perEstate - 1) / perEstate;
    const qint64 userId = m_ctx.userId();
    // The search keys, written in key order (SearchIndex::Pending) once about a million are held
    // (some 75 MB; fourteen estates): every estate's keys spread over the whole of each key table
    // (the same room numbers, names from the same lists), so each flush touches most of its pages —
    // at a million households a flush per estate read and wrote the key tables 334 times (218 s;
    // 400,000 held: 203 s; a million: 194 s).
    SearchIndex::Pending pendingKeys;
    constexpr std::size_t kKeysHeld = 1000000;
    for (int e = 1; e <= nEstates; ++e) {
        Transaction tx(m_ctx.db);
        if (auto s = tx.begin(); !s)
            return s.error();
        // Writes what `batch` gathered: rooms, persons and their phones, ties, dossiers and their
        // archive keys, items; the search keys go to pendingKeys.
        auto writeBatch = [&]() -> Status {
            auto firstRoom = m_ctx.estates.insertRooms(batch.rooms);
            if (!firstRoom)
                return firstRoom.error();
            for (qsizetype i = 0; i < batch.rooms.size(); ++i)
                pendingKeys.add(HitKind::Room, firstRoom.value() + i,
                                searchkeys::forRoom(batch.roomRefs.at(i), batch.rooms.at(i).number));
            auto firstPerson = m_ctx.persons.insertMany(batch.persons, userId, now);
            if (!firstPerson)
                return firstPerson.error();
            for (qsizetype i = 0; i < batch.persons.size(); ++i) {
                const PersonData& d = batch.persons.at(i).data;
                pendingKeys.add(HitKind::Person, firstPerson.value() + i,
                                searchkeys::forPerson(d.name, d.phones));
                pendingKeys.add(SearchIndex::Term::Pinyin, firstPerson.value() + i,
                                searchkeys::forPinyin(d.name));
            }
            for (Occupancy& o : batch.ties) {
                o.personId += firstPerson.value();
                o.roomId += firstRoom.value();
                if (!o.contractNo.isNull()) // a tenant's: named after the person
                    o.contractNo = QStringLiteral("YS-%1").arg(o.personId);
            }
            if (auto s = m_ctx.persons.insertOccupancies(batch.ties, now); !s)
                return s.error();
            // Numbered in the order made, each category on from its last number.
            for (const Category* cat : {&ownerCat.value(), &tenantCat.value()}) {
                const int wanted =
                    int(std::count_if(batch.dossiers.cbegin(), batch.dossiers.cend(),
                                      [&](const Dossier& d) { return d.category == cat->code; }));
                if (wanted == 0)
                    continue;
                auto seq = m_ctx.dossiers.nextSeq(cat->code, year, wanted);
                if (!seq)
                    return seq.error();
                int next = seq.value();
                for (Dossier& d : batch.dossiers) {
                    if (d.category != cat->code)
                        continue;
                    d.seq = next++;
                    d.archiveNo = formatArchiveNo(pattern.value(), fonds.value(), *cat, year, d.seq);
                }
            }
            for (Dossier& d : batch.dossiers) {
                d.personId += firstPerson.value();
                d.roomId += firstRoom.value();
            }
            auto firstDossier = m_ctx.dossiers.insertMany(batch.dossiers, userId, now);
            if (!firstDossier)
                return firstDossier.error();
            // Found by the archive keys insertMany wrote (SearchIndex::lookup).
            for (DossierItem& i : batch.items)
                i.dossierId += firstDossier.value();
            if (auto s = m_ctx.filing.insertFiledItems(batch.items, userId, batch.filed); !s)
                return s;
            for (qsizetype i : std::as_const(batch.loanable))
                loanable << firstDossier.value() + i;
            batch.clear();
            return {};
        };
        const int target = std::min(perEstate, households - done);
        Estate estate;
        estate.code =
            nEstates == 1 ? QStringLiteral("DEMO") : QStringLiteral("D%1").arg(e, 2, 10, QLatin1Char('0'));
        estate.name = QStringLiteral("演示花园") +
                      (nEstates == 1 ? QString() : text::chineseNumeral(e) + QStringLiteral("区"));
        estate.address = QStringLiteral("演示市示例路%1号").arg(e * 8);
        auto estateId = m_ctx.estates.insertEstate(estate);
        if (!estateId)
            return estateId.error();
        ++sum.estates;
        int made = 0;
        for (int b = 1; made < target; ++b) {
            Building building{0, estateId.value(), 0, QString::number(b), QStringLiteral("%1座").arg(b)};
            auto bid = m_ctx.estates.insertBuilding(building);
            if (!bid)
                return bid.error();
            ++sum.buildings;
            for (int u = 1; u <= unitsPerBuilding && made < target; ++u) {
                auto uid = m_ctx.estates.insertUnit(
                    Unit{0, bid.value(), QString::number(u), QStringLiteral("%1单元").arg(u)});
                if (!uid)
                    return uid.error();
                for (int f = 1; f <= floors && made < target; ++f) {
                    for (int n = 1; n <= perFloor && made < target; ++n) {
                        Room room;
                        room.unitId = uid.value();
                        room.number = QString::number(f * 100 + n); // 101 … 1804
                        room.floor = f;
                        room.areaCenti = 6000 + int(rng.bounded(9000));
                        const qsizetype roomAt = batch.rooms.size();
                        const QString ref = QString::number(b) + QLatin1Char('-') + QString::number(u) +
                                            QLatin1Char('-') + room.number;
                        batch.rooms << room;
                        batch.roomRefs << ref;
                        ++sum.rooms;

                        auto addPerson = [&](OccupancyRole role, const QString& relation, int birthYear,
                                             Gender g) {
                            Person p;
                            p.data.name = name();
                            p.data.gender = g;
                            p.data.idType = IdType::MainlandId;
                            p.data.idNumber = idNumber(g, birthYear);
                            p.data.phones << phone();
                            if (role != OccupancyRole::Member && rng.bounded(3) == 0)
                                p.data.phones << phone();
                            if (role != OccupancyRole::Member) {
                                p.data.workUnit =
                                    QString::fromUtf8(kCompanies[rng.bounded(int(std::size(kCompanies)))]);
                                p.data.homeAddress = estate.address + QLatin1Char(' ') + ref;
                            }
                            p.data.moveInDate =
                                QDate(year - int(rng.bounded(8)), 1 + int(rng.bounded(12)), 1);
                            const qsizetype personAt = batch.persons.size();
                            batch.persons << p;
                            Occupancy o{0,  personAt, roomAt, role, relation, p.data.moveInDate,
                                        {}, {},       {},     {}};
                            // Demo tenants rent for a year from moving in (issue #20 item 9); the
                            // contract is named after the person once written (writeBatch).
                            if (role == OccupancyRole::Tenant && p.data.moveInDate.isValid()) {
                                o.leaseFrom = p.data.moveInDate;
                                o.leaseTo = p.data.moveInDate.addYears(1).addDays(-1);
                                o.contractNo = QStringLiteral("YS-");
                            }
                            batch.ties << o;
                            ++sum.persons;
                            if (role == OccupancyRole::Owner || role == OccupancyRole::Tenant) {
                                const Category& cat =
                                    role == OccupancyRole::Owner ? ownerCat.value() : tenantCat.value();
                                Dossier d;
                                d.category = cat.code;
                                d.title = ref + QLatin1Char(' ') + p.data.name + QLatin1Char(' ') + cat.name +
                                          QStringLiteral("档案");
                                d.roomId = roomAt;
                                d.personId = personAt;
                                d.year = year;
                                const qsizetype dossierAt = batch.dossiers.size();
                                if (role == OccupancyRole::Owner &&
                                    loanable.size() + batch.loanable.size() < 12 && rng.bounded(4) == 0)
                                    batch.loanable << dossierAt;
                                ++sum.dossiers;
                                const QDate received =
                                    p.data.moveInDate.isValid() && p.data.moveInDate <= now.date()
                                        ? p.data.moveInDate
                                        : now.date();
                                const bool complete = addItems(
                                    dossierAt,
                                    role == OccupancyRole::Owner ? ownerKinds.value() : tenantKinds.value(),
                                    received);
                                d.status = complete ? QStringLiteral("filed") : QStringLiteral("open");
                                batch.dossiers << d;
                            }
                        };
                        const Gender ownerGender = rng.bounded(2) ? Gender::Male : Gender::Female;
                        const int ownerBirth = 1950 + int(rng.bounded(50));
                        addPerson(OccupancyRole::Owner, {}, ownerBirth, ownerGender);
                        if (rng.bounded(100) < 30)
                            addPerson(OccupancyRole::CoOwner, QStringLiteral("配偶"), ownerBirth,
                                      ownerGender == Gender::Male ? Gender::Female : Gender::Male);
                        const int members = rng.bounded(100) < 60 ? 1 + int(rng.bounded(2)) : 0;
                        for (int m = 0; m < members; ++m)
                            addPerson(OccupancyRole::Member, QStringLiteral("子女"),
                                      std::min(2020, ownerBirth + 22 + int(rng.bounded(10))),
                                      rng.bounded(2) ? Gender::Male : Gender::Female);
                        if (rng.bounded(100) < 15)
                            addPerson(OccupancyRole::Tenant, {}, 1970 + int(rng.bounded(35)),
                                      rng.bounded(2) ? Gender::Male : Gender::Female);
                        ++made;
                        ++done;
                        if (made % perBatch == 0 || made == target)
                            if (auto s = writeBatch(); !s)
                                return s.error();
                        if (progress && done % 500 == 0 && !progress(done, households))
                            return Error::of(ErrorCode::Failed,
                                             QCoreApplication::translate("DemoService", "Cancelled"));
                    }
                }
            }
        }
        if (pendingKeys.size() >= kKeysHeld || e == nEstates)
            if (auto s = pendingKeys.flush(m_ctx.search); !s)
                return s.error();
        if (auto s = AuditService(m_ctx).record(
                AuditAction::Demo, QStringLiteral("estate"), estateId.value(), {},
                auditDetail({{QStringLiteral("households"), made}, {QStringLiteral("seed"), qint64(seed)}}));
            !s)
            return s.error();
        if (auto s = tx.commit(); !s)
            return s.error();
    }
    if (auto s = addSampleLoans(loanable, seed, sum); !s)
        return s.error();
    if (auto s = all.commit(); !s)
        return s.error();
    if (progress)
        progress(done, households);
    return sum;
}

Status DemoService::addSampleLoans(const QList<qint64>& dossierIds, quint32 seed, Summary& sum)
{
    // A handful of loans in every state the desk meets: returned, out, overdue, waiting.
    // Borrowers are named staff of the departments, not accounts (demo data has none).
    static const char* const kBorrowers[][2] = {
        {"演示员工 李静", "客服部"}, {"演示员工 王强", "工程部"}, {"演示员工 赵敏", "财务部"}};
    LoanRepository loans(m_ctx.db);
    QRandomGenerator rng(seed ^ 0x10a45u);
    const QDateTime now = m_ctx.clock.now();
    const QDate today = now.date();
    Transaction tx(m_ctx.db);
    for (int i = 0; i < dossierIds.size(); ++i) {
        const auto* who = kBorrowers[rng.bounded(int(std::size(kBorrowers)))];
        Loan l;
        l.dossierId = dossierIds.at(i);
        l.borrowerName = QString::fromUtf8(who[0]);
        l.department = QString::fromUtf8(who[1]);
        l.mode = AccessMode::Borrow;
        l.purpose = QStringLiteral("核对业主资料");
        l.rule = QStringLiteral("R23");
        l.approverDepartment = QStringLiteral("客服部");
        const int daysAgo = 1 + int(rng.bounded(20));
        l.requestedAt = now.addDays(-daysAgo);
        l.due = today.addDays(-daysAgo);
        const int kind = i % 4; // 0 returned, 1 out and overdue, 2 out today, 3 waiting
        l.status = kind == 3 ? LoanStatus::Pending : LoanStatus::Approved;
        if (kind == 2) {
            l.requestedAt = now;
            l.due = today;
        }
        if (kind != 3)
            l.decidedAt = l.requestedAt;
        auto id = loans.insert(l);
        if (!id)
            return id.error();
        if (kind == 0 || kind == 1 || kind == 2) {
            if (auto s =
                    loans.checkOut(id.value(), l.due, m_ctx.userId(), l.requestedAt, QStringLiteral("open"));
                !s)
                return s;
            if (kind == 0) {
                if (auto s = loans.giveBack(id.value(), m_ctx.userId(), l.requestedAt.addSecs(3 * 3600),
                                            ReturnCondition::Complete, {});
                    !s)
                    return s;
            } else if (auto s = loans.setDossierStatus(l.dossierId, QStringLiteral("on_loan")); !s) {
                return s;
            }
        }
        ++sum.loans;
    }
    return tx.commit();
}

Result<bool> DemoService::isTrial()
{
    auto v = m_ctx.meta.get(QStringLiteral("trial"));
    if (!v)
        return v.error();
    return v.value() == QLatin1String("1");
}

} // namespace ar
