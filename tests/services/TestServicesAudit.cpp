// The audit trail (R27): every view, unmask, registration, change, move-out, estate change,
// account and demo load is one record naming who, when and what, written in the transaction of
// what it records; reading the trail is for admin, leader and clerk. The hash chain and its
// tampering cases are in TestServicesAuditChain.cpp.

#include "ServiceHelpers.h"
#include "TestSql.h"
#include "security/FieldCodec.h"

#include <QJsonDocument>
#include <QJsonObject>

using namespace ar;
using namespace ar::test;

namespace {

// A clerk's archive with 王小明 registered as owner of 3-2-1201.
struct Desk
{
    std::unique_ptr<Fixture> f = std::make_unique<Fixture>(Role::Clerk);
    qint64 wang = 0;
    qint64 wangTie = 0;
    QString wangDossier;

    Desk()
    {
        f->makeSmallEstate();
        auto done = f->archive->people().registerPerson(wangXiaoming(f->roomId(QStringLiteral("3-2-1201"))));
        if (!done)
            qFatal("%s", qPrintable(done.error().message));
        wang = done->personId;
        wangTie = done->occupancyId;
        wangDossier = done->archiveNo;
    }
    Archive& a() { return *f->archive; }
    int records() { return count(a(), QStringLiteral("SELECT COUNT(*) FROM audit_log")); }
    AuditRecord last() { return a().context().audit.last().value(); }
};

// One kind of action: `act` does it and returns the id of the entity the record must name.
struct Step
{
    const char* action;
    const char* entity;
    const char* login;
    std::function<qint64(Desk&)> act;
};

qint64 idOf(const Result<Estate>& r)
{
    return r ? r->id : -1;
}

const QList<Step>& steps()
{
    static const QList<Step> s{
        {"register", "person", "clerk1",
         [](Desk& d) {
             Registration r = registration(d.f->roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant,
                                           QStringLiteral("李四"), fakeId(QDate(1990, 1, 2), false, 22),
                                           {QStringLiteral("13998761111")});
             auto done = d.a().people().registerPerson(r);
             return done ? done->personId : -1;
         }},
        {"view_person", "person", "clerk1",
         [](Desk& d) { return d.a().people().person(d.wang) ? d.wang : -1; }},
        {"unmask", "person", "clerk1",
         [](Desk& d) {
             return d.a().people().unmasked(d.wang, QStringLiteral("业主来电核对")) ? d.wang : -1;
         }},
        {"view_person", "person", "clerk1",
         [](Desk& d) { return d.a().people().personForEdit(d.wang) ? d.wang : -1; }},
        {"view_person", "person", "clerk1",
         [](Desk& d) { return d.a().people().history(d.wang) ? d.wang : -1; }},
        {"move_out", "person", "clerk1",
         [](Desk& d) { return d.a().people().endOccupancy(d.wangTie, {}) ? d.wang : -1; }},
        {"estate_change", "estate", "clerk1",
         [](Desk& d) {
             return idOf(
                 d.a().estate().addEstate(Estate{0, QStringLiteral("JD"), QStringLiteral("金地"), {}}));
         }},
        {"estate_change", "estate", "clerk1",
         [](Desk& d) {
             Estate e = d.a().estate().estates()->first();
             e.name = QStringLiteral("华苑新村");
             return idOf(d.a().estate().updateEstate(e));
         }},
        {"estate_change", "room", "clerk1",
         [](Desk& d) {
             Room r;
             r.unitId = d.a().rooms().place(d.f->roomId(QStringLiteral("3-2-1201")))->unit.id;
             r.number = QStringLiteral("1401");
             auto added = d.a().rooms().addRoom(r);
             return added ? added->id : -1;
         }},
        {"estate_change", "unit", "clerk1",
         [](Desk& d) {
             const qint64 unit = d.a().rooms().place(d.f->roomId(QStringLiteral("3-2-1201")))->unit.id;
             auto n = d.a().rooms().addRoomGrid(unit, 20, 20, 2, 9000, RoomUse::Residential);
             return n && n.value() == 2 ? unit : -1;
         }},
        {"estate_change", "room", "clerk1",
         [](Desk& d) {
             const qint64 room = d.f->roomId(QStringLiteral("3-2-1301"));
             return d.a().rooms().removeRoom(room) ? room : -1;
         }},
        {"user_add", "user", "admin",
         [](Desk& d) {
             d.a().context().setUser(d.f->admin);
             User u{0,
                    QStringLiteral("leader1"),
                    QStringLiteral("周总"),
                    Role::Leader,
                    QStringLiteral("总经办"),
                    true};
             auto added = d.a().accounts().addUser(u, QStringLiteral("desk-pass-123"));
             return added ? added->id : -1;
         }},
    };
    return s;
}

} // namespace

class TestServicesAudit : public QObject
{
    Q_OBJECT

private slots:
    void R27_everyActionWritesOneRecord_data();
    void R27_everyActionWritesOneRecord();
    void R27_recordsSayWhatButNeverTheSensitiveValues();
    void R27_theReasonForFullValuesIsSealedInTheTrail();
    void R27_demoLoadIsRecorded();
    void R27_rolledBackChangeLeavesNoRecord();
    void R27_failedAuditRollsTheChangeBack();
    void R27_aRefusalIsTracedAndNothingElseIsWritten();
    void R27_onlyAdminLeaderAndClerkReadTheTrail_data();
    void R27_onlyAdminLeaderAndClerkReadTheTrail();
    void R27_listFiltersByPersonDossierUserDateAndAction();
};

void TestServicesAudit::R27_everyActionWritesOneRecord_data()
{
    QTest::addColumn<int>("step");
    for (int i = 0; i < steps().size(); ++i)
        QTest::addRow("%d %s %s", i, steps().at(i).action, steps().at(i).entity) << i;
}

void TestServicesAudit::R27_everyActionWritesOneRecord()
{
    QFETCH(int, step);
    const Step& s = steps().at(step);
    Desk d;
    d.f->clock.advanceSecs(3600);
    const int before = d.records();
    const qint64 entityId = s.act(d);
    QVERIFY2(entityId > 0, s.action);
    QCOMPARE(d.records(), before + 1);
    const AuditRecord r = d.last();
    QCOMPARE(r.action, QString::fromLatin1(s.action));
    QCOMPARE(r.entity, QString::fromLatin1(s.entity));
    QCOMPARE(r.entityId, entityId);
    QCOMPARE(r.userLogin, QString::fromLatin1(s.login));
    QCOMPARE(r.userId, d.a().context().userId());
    QCOMPARE(r.at, QStringLiteral("2026-11-27T03:00:00Z")); // 11:00 in Beijing
    QCOMPARE(r.id, qint64(before + 1));
}

void TestServicesAudit::R27_recordsSayWhatButNeverTheSensitiveValues()
{
    Desk d;
    // The registration names the dossier it opened.
    auto reg = d.a().audit().list({d.wang, {}, {}, {}, {}, QStringLiteral("register"), 10, 0, false});
    AR_VERIFY_OK(reg);
    QCOMPARE(reg->size(), 1);
    QCOMPARE(reg->first().record.dossier, d.wangDossier);
    QCOMPARE(reg->first().subject, QStringLiteral("王小明"));

    Person p = d.a().people().personForEdit(d.wang).value();
    p.data.phones = {QStringLiteral("13900002222")};
    p.data.notes = QStringLiteral("改了电话");
    AR_VERIFY_OK(d.a().people().updatePerson(p));
    const AuditRecord change = d.last();
    QCOMPARE(change.action, QStringLiteral("change"));
    const QJsonObject detail = QJsonDocument::fromJson(change.detail.toUtf8()).object();
    QCOMPARE(detail.value(QStringLiteral("fields")).toVariant().toStringList(),
             (QStringList{QStringLiteral("phones"), QStringLiteral("notes")}));
    // Not one record holds an ID number or phone, old or new.
    const QString id = wangXiaoming(0).person.idNumber;
    for (const QString& secret : {id, QStringLiteral("13812345678"), QStringLiteral("13900002222"),
                                  QStringLiteral("5678"), QStringLiteral("2222")})
        QCOMPARE(count(d.a(),
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE detail LIKE ? OR reason LIKE ?"),
                       {QStringLiteral("%") + secret + QStringLiteral("%"),
                        QStringLiteral("%") + secret + QStringLiteral("%")}),
                 0);
    // Views say which view; an unmask keeps its reason.
    AR_VERIFY_OK(d.a().people().history(d.wang));
    QCOMPARE(d.last().detail, QStringLiteral("{\"view\":\"history\"}"));
    AR_VERIFY_OK(d.a().people().unmasked(d.wang, QStringLiteral(" 业主来电核对 ")));
    auto unmask = d.a().audit().list({d.wang, {}, {}, {}, {}, QStringLiteral("unmask"), 10, 0, true});
    AR_VERIFY_OK(unmask);
    QCOMPARE(unmask->first().record.reason, QStringLiteral("业主来电核对"));
}

// Issue #16 item 10: the reason typed for seeing full values may name people; it is the one free
// text the trail keeps itself, so it is sealed there, bound to its record, and opens for the
// roles that hold the full key only.
void TestServicesAudit::R27_theReasonForFullValuesIsSealedInTheTrail()
{
    Desk d;
    const QString why = QStringLiteral("业主王小明来电核对身份证号码");
    AR_VERIFY_OK(d.a().people().unmasked(d.wang, why));
    const AuditRecord stored = d.last();
    QCOMPARE(stored.action, QStringLiteral("unmask"));
    QVERIFY2(FieldCodec::isSealed(stored.reason), qPrintable(stored.reason));
    QCOMPARE(count(d.a(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE ") +
                       containsSql(d.a().database(), QStringLiteral("reason")),
                   {QStringLiteral("王小明")}),
             0);
    // The clerk reads it in the trail.
    const AuditService::Filter unmasks{d.wang, {}, {}, {}, {}, QStringLiteral("unmask"), 10, 0, true};
    auto listed = d.a().audit().list(unmasks);
    AR_VERIFY_OK(listed);
    QCOMPARE(listed->first().record.reason, why);
    // Copied into another record, it does not open there.
    AR_VERIFY_OK(d.a().context().db.exec(QStringLiteral("UPDATE audit_log SET reason = ? WHERE id = 1"),
                                         {stored.reason}));
    auto first = d.a().audit().list({0, {}, {}, {}, {}, {}, 1, 0, false});
    AR_VERIFY_OK(first);
    QCOMPARE(first->first().record.id, qint64(1));
    QVERIFY(!first->first().record.reason.isEmpty());
    QVERIFY(first->first().record.reason != why);
    // The administrator, who holds no full key, reads that there is a reason, not what it says.
    d.a().accounts().signOut();
    AR_VERIFY_OK(d.a().accounts().signIn(d.f->admin.login, QStringLiteral("gate-keeper-2026")));
    listed = d.a().audit().list(unmasks);
    AR_VERIFY_OK(listed);
    const QString seen = listed->first().record.reason;
    QVERIFY(!seen.isEmpty());
    QVERIFY2(!seen.contains(QStringLiteral("王小明")), qPrintable(seen));
}

void TestServicesAudit::R27_demoLoadIsRecorded()
{
    Fixture f(Role::Admin);
    const int before = count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto sum = f.archive->demo().generate(6, 7);
    AR_VERIFY_OK(sum);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
    const AuditRecord r = f.archive->context().audit.last().value();
    QCOMPARE(r.action, QStringLiteral("demo"));
    QCOMPARE(r.userLogin, QStringLiteral("admin"));
    QCOMPARE(r.entity, QStringLiteral("estate"));
    QCOMPARE(r.detail, QStringLiteral("{\"households\":6,\"seed\":7}"));
}

void TestServicesAudit::R27_rolledBackChangeLeavesNoRecord()
{
    Desk d;
    const int before = d.records();
    const QString saved = snapshot(d.a());
    {
        // A caller's transaction that is not committed: the registration and its record go.
        Transaction outer(d.a().database());
        Registration r = registration(d.f->roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant,
                                      QStringLiteral("李四"), fakeId(QDate(1990, 1, 2), false, 22),
                                      {QStringLiteral("13998761111")});
        AR_VERIFY_OK(d.a().people().registerPerson(r));
        QCOMPARE(d.records(), before + 1);
    }
    QCOMPARE(d.records(), before);
    QCOMPARE(snapshot(d.a()), saved);
    // The chain carries on from where it was: nothing of the rolled-back record remains.
    AR_VERIFY_OK(d.a().people().person(d.wang));
    QCOMPARE(d.last().id, qint64(before + 1));
    QVERIFY(d.a().audit().verify()->intact());
}

void TestServicesAudit::R27_failedAuditRollsTheChangeBack()
{
    Desk d;
    // The trail refuses the record (a full disk, a damaged table …): the change must not stay.
    if (d.a().database().isPostgres()) {
        QVERIFY(d.a()
                    .database()
                    .exec(QStringLiteral("CREATE FUNCTION refuse_audit() RETURNS trigger LANGUAGE plpgsql AS "
                                         "$$BEGIN RAISE EXCEPTION 'audit refused'; END$$"))
                    .ok());
        QVERIFY(d.a()
                    .database()
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON audit_log FOR EACH ROW EXECUTE "
                                         "FUNCTION refuse_audit()"))
                    .ok());
    } else {
        QVERIFY(d.a()
                    .database()
                    .exec(QStringLiteral("CREATE TRIGGER refuse BEFORE INSERT ON audit_log BEGIN "
                                         "SELECT RAISE(ABORT, 'audit refused'); END"))
                    .ok());
    }
    const QString saved = snapshot(d.a());
    Registration r =
        registration(d.f->roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant, QStringLiteral("李四"),
                     fakeId(QDate(1990, 1, 2), false, 22), {QStringLiteral("13998761111")});
    auto done = d.a().people().registerPerson(r);
    QVERIFY(!done.ok());
    QVERIFY2(done.error().message.contains(QStringLiteral("audit refused")),
             qPrintable(done.error().message));
    QCOMPARE(snapshot(d.a()), saved);
    // A view that cannot be recorded is not shown either.
    QVERIFY(!d.a().people().unmasked(d.wang, QStringLiteral("核对")).ok());
}

void TestServicesAudit::R27_aRefusalIsTracedAndNothingElseIsWritten()
{
    Desk d;
    const int before = d.records();
    QVERIFY(!d.a().people().unmasked(d.wang, QString()).ok()); // no reason
    QVERIFY(!d.a().people().person(999999).ok());              // no such person
    QCOMPARE(d.records(), before);
    d.f->becomeRole(Role::Staff);
    const int afterStaff = d.records(); // the account was added (and signed in): recorded
    // The refusal itself is traced (issue #16 item 10): one record, naming what was refused.
    QCOMPARE(d.a().people().person(d.wang).error().code, ErrorCode::PermissionDenied);
    QCOMPARE(d.records(), afterStaff + 1);
    QCOMPARE(count(d.a(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'refused' AND "
                                         "detail LIKE '%view_register%'")),
             1);
}

void TestServicesAudit::R27_onlyAdminLeaderAndClerkReadTheTrail_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("may");
    for (Role r : allAccountRoles())
        QTest::addRow("%s", qPrintable(roleCode(r)))
            << int(r) << (r == Role::Admin || r == Role::Leader || r == Role::Clerk);
}

void TestServicesAudit::R27_onlyAdminLeaderAndClerkReadTheTrail()
{
    QFETCH(int, role);
    QFETCH(bool, may);
    Desk d;
    if (Role(role) == Role::Admin)
        d.a().context().setUser(d.f->admin);
    else
        d.f->becomeRole(Role(role), QStringLiteral("reader1"));
    auto list = d.a().audit().list({});
    auto verify = d.a().audit().verify();
    QCOMPARE(list.ok(), may);
    QCOMPARE(verify.ok(), may);
    if (!may) {
        QCOMPARE(list.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(verify.error().code, ErrorCode::PermissionDenied);
    } else {
        QVERIFY(list->size() >= 5);
        QVERIFY(verify->intact());
    }
}

void TestServicesAudit::R27_listFiltersByPersonDossierUserDateAndAction()
{
    Desk d;
    d.f->clock.advanceSecs(24 * 3600); // the next day
    Registration r =
        registration(d.f->roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant, QStringLiteral("李四"),
                     fakeId(QDate(1990, 1, 2), false, 22), {QStringLiteral("13998761111")});
    auto li = d.a().people().registerPerson(r);
    AR_VERIFY_OK(li);
    AR_VERIFY_OK(d.a().people().person(d.wang));
    AR_VERIFY_OK(d.a().people().history(d.wang));
    AuditService& audit = d.a().audit();
    auto ids = [&audit](AuditService::Filter f) {
        QList<qint64> out;
        for (const AuditEntry& e : audit.list(f).value())
            out << e.record.id;
        return out;
    };
    AuditService::Filter byPerson;
    byPerson.personId = d.wang;
    QCOMPARE(ids(byPerson).size(), 3); // registered, viewed, history
    AuditService::Filter byDossier;
    byDossier.dossier = d.wangDossier; // the dossier's own record and its owner's views
    QCOMPARE(ids(byDossier), ids(byPerson));
    AuditService::Filter byUser;
    byUser.userLogin = QStringLiteral("admin");
    for (const AuditEntry& e : audit.list(byUser).value())
        QCOMPARE(e.record.userLogin, QStringLiteral("admin"));
    AuditService::Filter nextDay;
    nextDay.from = QDate(2026, 11, 28);
    nextDay.to = QDate(2026, 11, 28);
    QCOMPARE(ids(nextDay).size(), 3);
    nextDay.action = QStringLiteral("register");
    QCOMPARE(audit.list(nextDay)->first().record.entityId, li->personId);
    AuditService::Filter firstDay;
    firstDay.to = QDate(2026, 11, 27);
    QCOMPARE(ids(firstDay).size(), d.records() - 3);
    // Paging, newest first.
    AuditService::Filter page;
    page.limit = 2;
    page.newestFirst = true;
    const QList<qint64> newest = ids(page);
    QCOMPARE(newest, (QList<qint64>{d.records(), d.records() - 1}));
    page.offset = 2;
    QCOMPARE(ids(page).first(), qint64(d.records() - 2));
    AuditService::Filter unknown;
    unknown.action = QStringLiteral("frobnicate");
    QCOMPARE(audit.list(unknown).error().code, ErrorCode::InvalidInput);
}

QTEST_GUILESS_MAIN(TestServicesAudit)
#include "TestServicesAudit.moc"
