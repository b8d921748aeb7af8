// Holds and destruction (issue #18): R43 (candidates, the procedure, the tombstone, erasure),
// R2 (each owning department's head approves its part), R42 (former owners' dossiers three years
// after the change). Fixed clock, moved forward with setDay.

#include "DestructionDesk.h"
#include "TestSql.h"

#include <QFile>
#include <QImage>
#include <QTest>

using namespace ar;
using namespace ar::test;

class TestServicesDestruction : public QObject
{
    Q_OBJECT

private slots:
    void R43_formerOwnersDossierThreeYearsAfterTheChangeIsACandidate();
    void R43_heldAndOnLoanDossiersAreNeverCandidates();
    void R43_retentionRunsOutOnTheFirstOfJanuaryAfterItsYears();
    void R43_holdIsPlacedWithAReasonAndReleasedByTheOwningHead();
    void R43_R2_eachOwningDepartmentsHeadAndALeaderApprove();
    void R43_nonCandidateRefusesTheWholeProposal();
    void R43_executionWithoutApprovalChangesNothing();
    void R27_R43_refusalInsideTheExecutionIsTracedThoughItRollsBack();
    void R43_holdPlacedAfterApprovalBlocksExecution();
    void R43_tombstoneIsFoundByItsArchiveNoAndItsScansAreGone();
    void R43_personalDataOfPeopleWithNoOtherTieIsErased();
    void R43_witnessesAreTwoOtherPeople();
    void P7_destructionListHasTheBatchAndItsSignatures();
};

void TestServicesDestruction::R43_formerOwnersDossierThreeYearsAfterTheChangeIsACandidate()
{
    Desk d;
    d.f.makeSmallEstate();
    actAs(d.f, d.clerk);
    auto reg = d.f.archive->people().registerPerson(wangXiaoming(d.f.roomId(QStringLiteral("3-2-1201"))));
    AR_VERIFY_OK(reg);
    setDay(d.f, QDate(2027, 3, 15));
    Registration buyer =
        registration(d.f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner, QStringLiteral("李四"),
                     fakeId(QDate(1985, 2, 3), true), {QStringLiteral("13655556666")});
    auto change = d.f.archive->dossiers().changeOwner(buyer.roomId, buyer.person, QDate(2027, 3, 10));
    AR_VERIFY_OK(change);
    // Owner dossiers are kept permanently (R40), a former owner's three years after the change (R42).
    setDay(d.f, QDate(2030, 3, 9));
    QVERIFY(!d.candidates().contains(reg->archiveNo));
    setDay(d.f, QDate(2030, 3, 10));
    QCOMPARE(d.candidates(), QStringList{reg->archiveNo});
    QVERIFY(!d.candidates().contains(change->registration.archiveNo));
}

void TestServicesDestruction::R43_heldAndOnLoanDossiersAreNeverCandidates()
{
    Desk d;
    const QString held = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const QString lent = d.open(QStringLiteral("repair"), QStringLiteral("1990年电梯维修"), 1990);
    const QString free = d.open(QStringLiteral("repair"), QStringLiteral("1990年屋面维修"), 1990);
    const QString young = d.open(QStringLiteral("repair"), QStringLiteral("2000年门窗维修"), 2000);
    QCOMPARE(d.candidates(), (QStringList{held, lent, free}));

    AR_VERIFY_OK(d.destruction().hold(held, QStringLiteral("业主诉讼中")));
    actAs(d.f, d.w2);
    LoanService::Request r;
    r.archiveNo = lent;
    r.mode = AccessMode::Borrow;
    r.purpose = QStringLiteral("核对维修记录");
    auto loan = d.f.archive->loans().request(r);
    AR_VERIFY_OK(loan);
    if (loan->status == LoanStatus::Pending) {
        actAs(d.f, d.gc);
        AR_VERIFY_OK(d.f.archive->loans().approve(loan->id));
    }
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.f.archive->desk().checkOut(loan->id));
    QCOMPARE(d.candidates(), QStringList{free});
    // Proposing either is refused, naming it and why.
    auto p = d.destruction().propose({held}, QStringLiteral("保管期满"));
    QVERIFY(!p);
    QCOMPARE(p.error().value, held);
    QVERIFY2(p.error().message.contains(QStringLiteral("业主诉讼中")), qPrintable(p.error().message));
    p = d.destruction().propose({lent}, QStringLiteral("保管期满"));
    QVERIFY(!p);
    QVERIFY2(p.error().message.contains(lent), qPrintable(p.error().message));

    // Back from the loan, it is a candidate again.
    AR_VERIFY_OK(d.f.archive->desk().giveBack(loan->id, ReturnCondition::Complete));
    QCOMPARE(d.candidates(), (QStringList{lent, free}));
    QVERIFY(!d.candidates().contains(young));
}

// A 30-year record of 1995 may go from 1 January 2026, one of 1996 from 1 January 2027 (the
// fixture's day is in 2026): the first is a candidate, the second not yet. The database
// preselects by year since issue #23; an off-by-one there would lose the first.
void TestServicesDestruction::R43_retentionRunsOutOnTheFirstOfJanuaryAfterItsYears()
{
    Desk d;
    const int year = d.f.clock.today().year();
    const QString due = d.open(QStringLiteral("repair"), QStringLiteral("到期维修"), year - 31);
    const QString notYet = d.open(QStringLiteral("repair"), QStringLiteral("未到期维修"), year - 30);
    QCOMPARE(d.candidates(), QStringList{due});
    QVERIFY(!notYet.isEmpty());
}

void TestServicesDestruction::R43_holdIsPlacedWithAReasonAndReleasedByTheOwningHead()
{
    Desk d;
    const QString no = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    QCOMPARE(d.destruction().hold(no, QStringLiteral("  ")).error().code, ErrorCode::InvalidInput);
    actAs(d.f, d.w1);
    QCOMPARE(d.destruction().hold(no, QStringLiteral("审计")).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.kf); // another department's head may place a hold
    auto h = d.destruction().hold(no, QStringLiteral("审计"));
    AR_VERIFY_OK(h);
    QCOMPARE(h->placedByLogin, QStringLiteral("kf_head"));
    QCOMPARE(d.destruction().hold(no, QStringLiteral("法院")).error().code, ErrorCode::Conflict);
    QCOMPARE(d.audits(QStringLiteral("hold_add")), 1);
    // Releasing: the head of the owning department (工程部 for repair) or a leader; not 客服部's.
    QCOMPARE(d.destruction().release(no).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.clerk);
    QCOMPARE(d.destruction().release(no).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.gc);
    AR_VERIFY_OK(d.destruction().release(no));
    QCOMPARE(d.audits(QStringLiteral("hold_release")), 1);
    auto v = d.f.archive->dossiers().view(d.f.archive->dossiers().byArchiveNo(no)->id);
    AR_VERIFY_OK(v);
    QVERIFY(!v->hold);
    int holdRows = 0;
    for (const HistoryEntry& e : v->history)
        holdRows += e.field == QLatin1String("hold");
    QCOMPARE(holdRows, 2);
}

void TestServicesDestruction::R43_R2_eachOwningDepartmentsHeadAndALeaderApprove()
{
    Desk d;
    const QString repair = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990); // 工程部
    const QString service =
        d.open(QStringLiteral("service"), QStringLiteral("2000年投诉记录"), 2000); // 客服部
    auto b = d.destruction().propose({repair, service}, QStringLiteral("保管期满"));
    AR_VERIFY_OK(b);
    QCOMPARE(b->departments(), (QStringList{QStringLiteral("客服部"), QStringLiteral("工程部")}));
    // The head of a department that owns nothing in the batch, and staff, may not approve.
    actAs(d.f, d.cw);
    QCOMPARE(d.destruction().approve(b->id).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.w1);
    QCOMPARE(d.destruction().approve(b->id).error().code, ErrorCode::PermissionDenied);
    actAs(d.f, d.kf);
    auto one = d.destruction().approve(b->id);
    AR_VERIFY_OK(one);
    QCOMPARE(one->status, QStringLiteral("proposed"));
    QCOMPARE(d.destruction().approve(b->id).error().code, ErrorCode::Conflict);
    actAs(d.f, d.boss);
    auto two = d.destruction().approve(b->id);
    AR_VERIFY_OK(two);
    // One head and a leader is not enough: 工程部 has not approved its part.
    QCOMPARE(two->status, QStringLiteral("proposed"));
    QCOMPARE(DestructionService::waitingParts(two.value()), QStringList{QStringLiteral("工程部")});
    actAs(d.f, d.clerk);
    QCOMPARE(d.destruction()
                 .execute(b->id, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")})
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    actAs(d.f, d.gc);
    auto three = d.destruction().approve(b->id);
    AR_VERIFY_OK(three);
    QCOMPARE(three->status, QStringLiteral("approved"));
    QCOMPARE(three->approvals.size(), 3);
    QCOMPARE(d.audits(QStringLiteral("destroy_approve")),
             1 + 2 + 1); // 客服部's dossier, the leader's two, 工程部's
}

void TestServicesDestruction::R43_nonCandidateRefusesTheWholeProposal()
{
    Desk d;
    const QString old = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const QString young = d.open(QStringLiteral("repair"), QStringLiteral("2020年水管维修"), 2020);
    const int before = count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM destruction_batches"));
    auto p = d.destruction().propose({old, young}, QStringLiteral("保管期满"));
    QVERIFY(!p);
    QCOMPARE(p.error().code, ErrorCode::InvalidInput);
    QCOMPARE(p.error().value, young);
    QVERIFY2(p.error().message.contains(QStringLiteral("2051-01-01")), qPrintable(p.error().message));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM destruction_batches")), before);
    QCOMPARE(d.destruction().propose({old}, QString()).error().field, QStringLiteral("reason"));
    actAs(d.f, d.gc);
    QCOMPARE(d.destruction().propose({old}, QStringLiteral("保管期满")).error().code,
             ErrorCode::PermissionDenied);
    // In an open batch, it is no candidate for another one.
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(d.destruction().propose({old}, QStringLiteral("保管期满")));
    QVERIFY(!d.candidates().contains(old));
    QCOMPARE(d.destruction().propose({old}, QStringLiteral("保管期满")).error().code,
             ErrorCode::InvalidInput);
}

void TestServicesDestruction::R43_executionWithoutApprovalChangesNothing()
{
    Desk d;
    const QString no = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    auto b = d.destruction().propose({no}, QStringLiteral("保管期满"));
    AR_VERIFY_OK(b);
    actAs(d.f, d.gc);
    AR_VERIFY_OK(d.destruction().approve(b->id)); // the leader's approval is missing
    actAs(d.f, d.clerk);
    const QString before = snapshot(*d.f.archive);
    auto e =
        d.destruction().execute(b->id, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")});
    QVERIFY(!e);
    QCOMPARE(e.error().code, ErrorCode::PermissionDenied);
    QVERIFY2(e.error().message.contains(QStringLiteral("leader")), qPrintable(e.error().message));
    QCOMPARE(snapshot(*d.f.archive), before);
    QCOMPARE(dossierStatus(d.f, no), QStringLiteral("open"));
    QCOMPARE(d.audits(QStringLiteral("destroy_execute")), 0);
    // A rejected batch is closed: never executed, and its dossiers are candidates again.
    actAs(d.f, d.boss);
    QCOMPARE(d.destruction().reject(b->id, QString()).error().code, ErrorCode::InvalidInput);
    AR_VERIFY_OK(d.destruction().reject(b->id, QStringLiteral("仍有纠纷")));
    QCOMPARE(d.audits(QStringLiteral("destroy_reject")), 1);
    actAs(d.f, d.clerk);
    QCOMPARE(d.destruction()
                 .execute(b->id, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")})
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(dossierStatus(d.f, no), QStringLiteral("open"));
    QVERIFY(d.candidates().contains(no));
}

// The refusal of an unapproved batch happens inside execute's transaction, which rolls back:
// its trace is written in a transaction of its own once that one ended (R27).
void TestServicesDestruction::R27_R43_refusalInsideTheExecutionIsTracedThoughItRollsBack()
{
    Desk d;
    const QString no = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    auto b = d.destruction().propose({no}, QStringLiteral("保管期满"));
    AR_VERIFY_OK(b);
    // The head of a department that owns nothing in the batch may approve batches, not this one
    // (R2): refused inside approve's transaction.
    actAs(d.f, d.cw);
    QCOMPARE(d.destruction().approve(b->id).error().code, ErrorCode::PermissionDenied);
    const Database& db = d.f.archive->database();
    const QString refused =
        QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND user_login = ? AND entity = "
                       "'destruction_batch' AND entity_id = ? AND %1 = ? AND %2 = ?")
            .arg(jsonFieldSql(db, QStringLiteral("detail"), QStringLiteral("refused")),
                 jsonFieldSql(db, QStringLiteral("detail"), QStringLiteral("rule")));
    QCOMPARE(count(*d.f.archive, refused,
                   {d.cw.login, b->id, QStringLiteral("destroy_approve"), QStringLiteral("R2")}),
             1);
    actAs(d.f, d.clerk);
    const QString before = snapshot(*d.f.archive);
    QCOMPARE(d.destruction()
                 .execute(b->id, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")})
                 .error()
                 .code,
             ErrorCode::PermissionDenied);
    QCOMPARE(count(*d.f.archive, refused,
                   {d.clerk.login, b->id, QStringLiteral("destroy_execute"), QStringLiteral("R43")}),
             1);
    QCOMPARE(snapshot(*d.f.archive), before);
    QCOMPARE(dossierStatus(d.f, no), QStringLiteral("open"));
    QCOMPARE(d.audits(QStringLiteral("destroy_execute")), 0);
    auto verified = d.f.archive->audit().verify();
    AR_VERIFY_OK(verified);
    QVERIFY(verified->intact());
}

void TestServicesDestruction::R43_holdPlacedAfterApprovalBlocksExecution()
{
    Desk d;
    const QString no = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const qint64 batch = d.approvedBatch({no}, {d.gc});
    actAs(d.f, d.kf);
    AR_VERIFY_OK(d.destruction().hold(no, QStringLiteral("法院调取")));
    actAs(d.f, d.clerk);
    auto e =
        d.destruction().execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")});
    QVERIFY(!e);
    QCOMPARE(e.error().code, ErrorCode::Conflict);
    QVERIFY2(e.error().message.contains(no) && e.error().message.contains(QStringLiteral("法院调取")),
             qPrintable(e.error().message));
    QCOMPARE(dossierStatus(d.f, no), QStringLiteral("open"));
    actAs(d.f, d.gc);
    AR_VERIFY_OK(d.destruction().release(no));
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(
        d.destruction().execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")}));
    QCOMPARE(dossierStatus(d.f, no), QStringLiteral("destroyed"));
}

void TestServicesDestruction::R43_tombstoneIsFoundByItsArchiveNoAndItsScansAreGone()
{
    Desk d;
    const QString no = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const QString keep = d.open(QStringLiteral("repair"), QStringLiteral("2020年水管维修"), 2020);
    const QString scan = d.f.dir.filePath(QStringLiteral("scan.pdf"));
    {
        QFile out(scan);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4\n% 1990 repair record\n%%EOF\n");
    }
    auto attachTo = [&](const QString& archiveNo, const QString& fileName) {
        ItemInput in;
        in.kind = QStringLiteral("维修记录");
        in.title = QStringLiteral("阳台漏水");
        in.pages = 3;
        in.fields.insert(QStringLiteral("维修人员"), QStringLiteral("张师傅"));
        in.attach = {fileName};
        return d.f.archive->filing().receive(d.f.archive->dossiers().byArchiveNo(archiveNo)->id, in);
    };
    AR_VERIFY_OK(attachTo(no, scan));
    const QString other = d.f.dir.filePath(QStringLiteral("other.pdf"));
    {
        QFile out(other);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write("%PDF-1.4\n% 2020 repair record\n%%EOF\n");
    }
    AR_VERIFY_OK(attachTo(keep, other));
    const QString key =
        count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM attachments")) == 2
            ? d.f.archive->database()
                  .scalar(QStringLiteral("SELECT a.content_key FROM attachments a JOIN dossier_items i "
                                         "ON i.id = a.item_id JOIN dossiers d ON d.id = i.dossier_id "
                                         "WHERE d.archive_no = ?"),
                          {no})
                  .value()
                  .toString()
            : QString();
    QVERIFY(!key.isEmpty());
    // Kept as a file (SQLite) or a row of `contents` (PostgreSQL).
    const auto stored = [&](const QString& k) {
        return test::storedContents(d.f.archive->database()).contains(k);
    };
    QVERIFY(stored(key));
    // A photo of damage to the dossier (issue #19) is stored encrypted beside the scans.
    const QString photo = d.f.dir.filePath(QStringLiteral("damage.png"));
    QImage image(32, 24, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QVERIFY(image.save(photo, "PNG"));
    actAs(d.f, d.clerk);
    auto damage = d.f.archive->loanRegisters().recordDamage(no, QStringLiteral("封面受潮"), photo);
    AR_VERIFY_OK(damage);
    const QString photoKey = damage->photoKey;
    QVERIFY(stored(photoKey));

    // Words of the titles find both dossiers before (issue #20 item 8).
    const auto byWords = [&](const char* q) {
        auto found = d.f.archive->search().search(QString::fromUtf8(q));
        QStringList out;
        if (found)
            for (const SearchHit& h : found.value())
                if (h.kind == HitKind::Dossier)
                    out << h.archiveNo;
        out.sort();
        return out;
    };
    actAs(d.f, d.clerk);
    QCOMPARE(byWords("水管"), (QStringList{no, keep}));
    QCOMPARE(byWords("漏水"), (QStringList{no, keep})); // the items' title

    const qint64 batch = d.approvedBatch({no}, {d.gc});
    actAs(d.f, d.clerk);
    auto done =
        d.destruction().execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")});
    AR_VERIFY_OK(done);
    QCOMPARE(done->status, QStringLiteral("destroyed"));
    QCOMPARE(done->executedOn, d.f.clock.today());
    // The titles' keys went with the items: the tombstone is found by its 档号 only.
    QCOMPARE(byWords("水管"), QStringList{keep});
    QCOMPARE(byWords("漏水"), QStringList{keep});
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM search_terms WHERE ref_id = ? AND kind <> 1"),
                   {d.f.archive->dossiers().byArchiveNo(no)->id}),
             0);

    // The scan file is gone from disk, and its rows; the other dossier's scan is untouched.
    QVERIFY(!stored(key));
    QCOMPARE(count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM attachments")), 1);
    // So is the damage photo: the record stays for the manager, without it.
    QVERIFY(!stored(photoKey));
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM damage_records WHERE photo_key IS NOT NULL")),
             0);
    // The catalog keeps the tombstone: found by its 档号, with its title, year, retention and batch.
    // (As the search finds every number since issue #23: through its archive keys, with or
    // without the separators.)
    for (const QString& q : {QStringLiteral("1990-D30"), QStringLiteral("1990d30")}) {
        auto hits = d.f.archive->search().search(q);
        AR_VERIFY_OK(hits);
        bool found = false;
        for (const SearchHit& h : hits.value())
            found |= h.archiveNo == no;
        QVERIFY2(found, qPrintable(q));
    }
    auto v = d.f.archive->dossiers().view(d.f.archive->dossiers().byArchiveNo(no)->id);
    AR_VERIFY_OK(v);
    QCOMPARE(v->dossier.status, QStringLiteral("destroyed"));
    QCOMPARE(v->dossier.title, QStringLiteral("1990年水管维修"));
    QCOMPARE(v->dossier.year, 1990);
    QCOMPARE(v->dossier.retention, QStringLiteral("D30"));
    QCOMPARE(v->destroyedOn, d.f.clock.today());
    QCOMPARE(v->destructionBatch, batch);
    QVERIFY(v->items.isEmpty());
    QVERIFY(v->missing.isEmpty());
    bool noted = false;
    for (const HistoryEntry& e : v->history)
        noted |= e.field == QLatin1String("status") &&
                 e.newValue == dossierStatusLabel(QStringLiteral("destroyed"));
    QVERIFY(noted);
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'destroy_execute' "
                                  "AND dossier = ?"),
                   {no}),
             1);
    // The list keeps its page count after the items are gone.
    QCOMPARE(done->entries.first().pages, 3);
    QCOMPARE(d.destruction()
                 .execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")})
                 .error()
                 .code,
             ErrorCode::Conflict);
}

void TestServicesDestruction::R43_personalDataOfPeopleWithNoOtherTieIsErased()
{
    Desk d;
    d.f.makeSmallEstate();
    actAs(d.f, d.clerk);
    const qint64 r1201 = d.f.roomId(QStringLiteral("3-2-1201"));
    const qint64 r1202 = d.f.roomId(QStringLiteral("3-2-1202"));
    const qint64 r1301 = d.f.roomId(QStringLiteral("3-2-1301"));
    // 王小明 owns 1201 with 陈静 as co-owner; 赵六 owns 1202 and also rents 1301 (a current tie).
    auto wang = d.f.archive->people().registerPerson(wangXiaoming(r1201));
    AR_VERIFY_OK(wang);
    auto chen = d.f.archive->people().registerPerson(
        registration(r1201, OccupancyRole::CoOwner, QStringLiteral("陈静"), fakeId(QDate(1982, 8, 8), false),
                     {QStringLiteral("13911112222")}));
    AR_VERIFY_OK(chen);
    const QString zhaoId = fakeId(QDate(1975, 1, 2), true);
    auto zhao = d.f.archive->people().registerPerson(registration(
        r1202, OccupancyRole::Owner, QStringLiteral("赵六"), zhaoId, {QStringLiteral("13733334444")}));
    AR_VERIFY_OK(zhao);
    AR_VERIFY_OK(d.f.archive->people().registerPerson(registration(
        r1301, OccupancyRole::Tenant, QStringLiteral("赵六"), zhaoId, {QStringLiteral("13733334444")})));
    setDay(d.f, QDate(2027, 3, 15));
    for (qint64 room : {r1201, r1202})
        AR_VERIFY_OK(d.f.archive->dossiers().changeOwner(
            room,
            registration(room, OccupancyRole::Owner, QStringLiteral("新业主"),
                         fakeId(QDate(1990, 1, room % 28 + 1), true),
                         {QStringLiteral("1360000%1").arg(1000 + room)})
                .person,
            QDate(2027, 3, 10)));
    setDay(d.f, QDate(2030, 3, 11));
    const auto pinyinKeys = [&](qint64 id) {
        return count(*d.f.archive,
                     QStringLiteral("SELECT COUNT(*) FROM search_terms WHERE kind = 1 AND ref_id = ?"), {id});
    };
    QVERIFY(pinyinKeys(wang->personId) > 0); // wangxiaoming, wxm, …
    const qint64 batch = d.approvedBatch({wang->archiveNo, zhao->archiveNo}, {d.kf});
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(
        d.destruction().execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")}));

    auto personRow = [&](qint64 id) {
        return d.f.archive->database()
            .scalar(QStringLiteral(
                        "SELECT name || '|' || id_number || '|' || id_blind || '|' || work_unit || '|' || "
                        "home_address || '|' || emergency_contact FROM persons WHERE id = ?"),
                    {id})
            .value()
            .toString();
    };
    const auto phones = [&](qint64 id) {
        return count(*d.f.archive, QStringLiteral("SELECT COUNT(*) FROM person_phones WHERE person_id = ?"),
                     {id});
    };
    const auto keys = [&](qint64 id) {
        return count(*d.f.archive,
                     QStringLiteral("SELECT COUNT(*) FROM search_keys WHERE kind = 2 AND ref_id = ?"), {id});
    };
    // 王小明 and his co-owner have no other tie: name, sealed values, blind indexes, phones and search keys
    // are gone.
    for (qint64 id : {wang->personId, chen->personId}) {
        QCOMPARE(personRow(id), QStringLiteral("|||||"));
        QCOMPARE(phones(id), 0);
        QCOMPARE(keys(id), 0);
        QCOMPARE(pinyinKeys(id), 0); // the pinyin of the name too (issue #20 item 8)
        QCOMPARE(count(*d.f.archive,
                       QStringLiteral(
                           "SELECT COUNT(*) FROM change_history WHERE entity = 'person' AND entity_id = ?"),
                       {id}),
                 0);
    }
    auto hits = d.f.archive->search().search(QStringLiteral("王小明"));
    AR_VERIFY_OK(hits);
    QVERIFY(hits->isEmpty());
    // Neither by the pinyin of the name nor by the words of the tombstone's title (it named him);
    // the tombstone is still found by its 档号.
    for (const char* q : {"wxm", "wangxiaoming", "业主"}) {
        hits = d.f.archive->search().search(QString::fromUtf8(q));
        AR_VERIFY_OK(hits);
        QVERIFY2(std::none_of(hits->cbegin(), hits->cend(),
                              [&](const SearchHit& h) {
                                  return (h.kind == HitKind::Dossier && h.archiveNo == wang->archiveNo) ||
                                         (h.kind == HitKind::Person && h.id == wang->personId);
                              }),
                 q);
    }
    hits = d.f.archive->search().search(wang->archiveNo);
    AR_VERIFY_OK(hits);
    QVERIFY(std::any_of(hits->cbegin(), hits->cend(),
                        [&](const SearchHit& h) { return h.archiveNo == wang->archiveNo; }));
    QCOMPARE(count(*d.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'destroy_execute' AND "
                                  "entity = 'person'")),
             2);
    // 赵六 still rents 1301: kept as he was, still found.
    QVERIFY(personRow(zhao->personId).startsWith(QStringLiteral("赵六|")));
    QVERIFY(count(*d.f.archive,
                  QStringLiteral("SELECT COUNT(*) FROM persons WHERE id = ? AND id_number <> '' AND "
                                 "id_blind <> ''"),
                  {zhao->personId}) == 1);
    QCOMPARE(phones(zhao->personId), 1);
    QVERIFY(keys(zhao->personId) > 0);
    auto zhaoHits = d.f.archive->search().search(QStringLiteral("赵六"));
    AR_VERIFY_OK(zhaoHits);
    QVERIFY(!zhaoHits->isEmpty());
    QCOMPARE(dossierStatus(d.f, zhao->archiveNo), QStringLiteral("destroyed"));
}

void TestServicesDestruction::R43_witnessesAreTwoOtherPeople()
{
    Desk d;
    const QString no = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const qint64 batch = d.approvedBatch({no}, {d.gc});
    actAs(d.f, d.clerk);
    auto& s = d.destruction();
    QCOMPARE(s.execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1")}).error().field,
             QStringLiteral("witness"));
    QCOMPARE(
        s.execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w1")}).error().value,
        QStringLiteral("w1"));
    QCOMPARE(s.execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), d.clerk.login}).error().value,
             d.clerk.login);
    QCOMPARE(s.execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("nobody")})
                 .error()
                 .value,
             QStringLiteral("nobody"));
    QCOMPARE(
        s.execute(batch, QStringLiteral(" "), {QStringLiteral("w1"), QStringLiteral("w2")}).error().field,
        QStringLiteral("method"));
    actAs(d.f, d.w1);
    QCOMPARE(
        s.execute(batch, QStringLiteral("粉碎"), {QStringLiteral("gm"), QStringLiteral("w2")}).error().code,
        ErrorCode::PermissionDenied);
    QCOMPARE(dossierStatus(d.f, no), QStringLiteral("open"));
    // A department head may carry it out, with two others as witnesses.
    actAs(d.f, d.gc);
    AR_VERIFY_OK(s.execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")}));
}

void TestServicesDestruction::P7_destructionListHasTheBatchAndItsSignatures()
{
    Desk d;
    const QString repair = d.open(QStringLiteral("repair"), QStringLiteral("1990年水管维修"), 1990);
    const QString service = d.open(QStringLiteral("service"), QStringLiteral("2000年投诉记录"), 2000);
    const qint64 batch = d.approvedBatch({repair, service}, {d.gc, d.kf});
    actAs(d.f, d.clerk);
    AR_VERIFY_OK(
        d.destruction().execute(batch, QStringLiteral("粉碎"), {QStringLiteral("w1"), QStringLiteral("w2")}));
    auto doc = d.destruction().listDocument(batch);
    AR_VERIFY_OK(doc);
    QCOMPARE(doc->orientation, ar::print::PageOrientation::Landscape);
    QCOMPARE(doc->rows.size(), 2);
    QCOMPARE(doc->rows.at(0).at(1), service < repair ? service : repair);
    QCOMPARE(doc->columns.size(), 7);
    const QString footer = doc->footer.join(QLatin1Char('\n'));
    for (const QString& who : {d.clerk.displayName, QStringLiteral("gc_head"), QStringLiteral("kf_head"),
                               QStringLiteral("gm"), QStringLiteral("w1"), QStringLiteral("w2")})
        QVERIFY2(footer.contains(who), qPrintable(who + QStringLiteral(" in ") + footer));
    QVERIFY(footer.contains(d.f.clock.today().toString(Qt::ISODate)));
    auto table = d.destruction().listTable(batch);
    AR_VERIFY_OK(table);
    QCOMPARE(table->header.size(), 7);
    const QString path = d.f.dir.filePath(QStringLiteral("list.xlsx"));
    AR_VERIFY_OK(d.f.archive->exports().write(table.value(), path));
    QVERIFY(QFileInfo(path).size() > 0);
    actAs(d.f, d.w1);
    QCOMPARE(d.destruction().listDocument(batch).error().code, ErrorCode::PermissionDenied);
}

QTEST_GUILESS_MAIN(TestServicesDestruction)
#include "TestServicesDestruction.moc"
