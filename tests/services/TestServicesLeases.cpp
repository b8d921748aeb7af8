// Tenancy and companies (issue #20 item 9): a tenant's lease term and contract number (R3, R6),
// the list of leases ending soon and the flag of one past its end, and organisations as owners
// and tenants with their 统一社会信用代码 and contact person.

#include "ServiceHelpers.h"

#include <algorithm>

using namespace ar;
using namespace ar::test;

namespace {

// Fictional codes: patterned digits, the check character computed by hand (GB 32100-2015).
const QString kCode = QStringLiteral("911100007A5B6C8D24");
const QString kOtherCode = QStringLiteral("93310000MA1K2H3J4A");

Registration tenant(qint64 room, const QDate& from, const QDate& to, const QString& contract)
{
    Registration r = registration(room, OccupancyRole::Tenant, QStringLiteral("赵租客"),
                                  fakeId(QDate(1990, 3, 8), true), {QStringLiteral("13712345678")});
    r.leaseFrom = from;
    r.leaseTo = to;
    r.contractNo = contract;
    return r;
}

Registration company(qint64 room, OccupancyRole role, const QString& code = kCode)
{
    Registration r = registration(room, role, QStringLiteral("演示市第3商贸有限公司"), code,
                                  {QStringLiteral("13612345678")});
    r.person.idType = IdType::CreditCode;
    r.person.contactName = QStringLiteral("钱经理");
    r.person.homeAddress = QStringLiteral("演示市示例路1号");
    return r;
}

// A tenant of `room` (e.g. "3-2-1201") renting from 1 January 2025 to `to`.
bool registerTenant(Fixture& f, const char* room, const QDate& to, const QString& name, const QString& id)
{
    Registration r = tenant(f.roomId(QString::fromLatin1(room)), QDate(2025, 1, 1), to, {});
    r.person.name = name;
    r.person.idNumber = id;
    auto done = f.archive->people().registerPerson(r);
    if (!done)
        qWarning("%s", qPrintable(done.error().message));
    return done.ok();
}

} // namespace

class TestServicesLeases : public QObject
{
    Q_OBJECT

private slots:
    void R3_tenantLeaseIsKeptOnTheTenancy();
    void R3_leaseEndBeforeItsStartIsRefused();
    void R3_leaseIsForTenantsOnly();
    void R6_leaseChangeIsKeptInTheHistoryAndAudited();
    void leasesEndingSoonAreListedByEndDate();
    void leaseCountsAreTheListsNumbers();
    void leasePastItsEndIsFlaggedOnTheRoom();
    void R3_organisationIsRegisteredWithCreditCodeAndContact();
    void R3_wrongCreditCodeIsRefusedNamingFieldAndValue();
    void R3_organisationNeedsAContactAndHasNoGender();
    void R3_sameCreditCodeIsLinkedNotDuplicated();
    void R20_creditCodeAndContactPhoneAreMaskedLikeAnId();
    void R6_contactChangeIsKeptInTheHistory();
};

void TestServicesLeases::R3_tenantLeaseIsKeptOnTheTenancy()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto done = f.archive->people().registerPerson(
        tenant(room, QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral(" HT-2026-001 ")));
    AR_VERIFY_OK(done);
    auto occ = f.archive->people().occupants(room);
    AR_VERIFY_OK(occ);
    QCOMPARE(occ->size(), 1);
    const Occupancy& o = occ->first().occupancy;
    QCOMPARE(o.leaseFrom, QDate(2026, 1, 1));
    QCOMPARE(o.leaseTo, QDate(2026, 12, 31));
    QCOMPARE(o.contractNo, QStringLiteral("HT-2026-001"));
    QVERIFY(!occ->first().leaseOverdue);
    // The tie of the person says the same.
    auto ties = f.archive->people().roomsOf(done->personId);
    AR_VERIFY_OK(ties);
    QCOMPARE(ties->first().leaseTo, QDate(2026, 12, 31));
    QCOMPARE(leaseText(ties->first()), QStringLiteral("2026-01-01 to 2026-12-31, contract HT-2026-001"));
}

void TestServicesLeases::R3_leaseEndBeforeItsStartIsRefused()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    const QString before = snapshot(*f.archive);
    auto refused = f.archive->people().registerPerson(
        tenant(room, QDate(2026, 6, 1), QDate(2026, 5, 31), QStringLiteral("HT-1")));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("lease_to"));
    QCOMPARE(refused.error().value, QStringLiteral("2026-05-31"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("2026-06-01")),
             qPrintable(refused.error().message));
    QCOMPARE(snapshot(*f.archive), before);

    // Correcting a lease later is checked the same way, and changes nothing when refused.
    auto done = f.archive->people().registerPerson(tenant(room, {}, {}, {}));
    AR_VERIFY_OK(done);
    const QString registered = snapshot(*f.archive);
    const Status s =
        f.archive->people().setLease(done->occupancyId, QDate(2027, 1, 1), QDate(2026, 1, 1), {});
    QVERIFY(!s.ok());
    QCOMPARE(s.error().field, QStringLiteral("lease_to"));
    QCOMPARE(snapshot(*f.archive), registered);
    // The same day for both ends is a lease of one day.
    AR_VERIFY_OK(f.archive->people().setLease(done->occupancyId, QDate(2027, 1, 1), QDate(2027, 1, 1), {}));
}

void TestServicesLeases::R3_leaseIsForTenantsOnly()
{
    Fixture f;
    f.makeSmallEstate();
    Registration owner = wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
    owner.contractNo = QStringLiteral("HT-9");
    const QString before = snapshot(*f.archive);
    auto refused = f.archive->people().registerPerson(owner);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("lease"));
    QVERIFY2(refused.error().message.contains(QStringLiteral("Owner")), qPrintable(refused.error().message));
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesLeases::R6_leaseChangeIsKeptInTheHistoryAndAudited()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto done = f.archive->people().registerPerson(
        tenant(room, QDate(2026, 1, 1), QDate(2026, 12, 31), QStringLiteral("HT-1")));
    AR_VERIFY_OK(done);
    const int audits =
        count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change' "
                                         "AND detail LIKE '%lease%'"));
    AR_VERIFY_OK(f.archive->people().setLease(done->occupancyId, QDate(2026, 1, 1), QDate(2027, 12, 31),
                                              QStringLiteral("HT-1-续")));
    auto h = f.archive->people().history(done->personId);
    AR_VERIFY_OK(h);
    QCOMPARE(h->size(), 2);
    QCOMPARE(h->at(1).field, QStringLiteral("lease"));
    QCOMPARE(h->at(1).oldValue, QStringLiteral("3-2-1201: 2026-01-01 to 2026-12-31, contract HT-1"));
    QCOMPARE(h->at(1).newValue, QStringLiteral("3-2-1201: 2026-01-01 to 2027-12-31, contract HT-1-续"));
    QCOMPARE(RegisterService::fieldLabel(h->at(1).field), QStringLiteral("Lease"));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'change' AND "
                                              "detail LIKE '%lease%'")),
             audits + 1);
    // The same lease again: nothing to keep.
    AR_VERIFY_OK(f.archive->people().setLease(done->occupancyId, QDate(2026, 1, 1), QDate(2027, 12, 31),
                                              QStringLiteral("HT-1-续")));
    QCOMPARE(f.archive->people().history(done->personId).value().size(), 2);
}

void TestServicesLeases::leasesEndingSoonAreListedByEndDate()
{
    Fixture f; // today is 2026-11-27
    f.makeSmallEstate();
    auto add = [&](const char* room, const QDate& to, const QString& name, const QString& id) {
        QVERIFY(registerTenant(f, room, to, name, id));
    };
    add("3-2-1201", QDate(2026, 12, 20), QStringLiteral("甲租客"), fakeId(QDate(1981, 1, 1), true));
    add("3-2-1202", QDate(2026, 11, 30), QStringLiteral("乙租客"), fakeId(QDate(1982, 2, 2), false));
    add("3-2-1301", QDate(2027, 3, 1), QStringLiteral("丙租客"), fakeId(QDate(1983, 3, 3), true));

    auto soon = f.archive->people().expiringLeases();
    AR_VERIFY_OK(soon);
    QCOMPARE(soon->size(), 2);
    QCOMPARE(soon->at(0).name, QStringLiteral("乙租客"));
    QCOMPARE(soon->at(0).room, QStringLiteral("3-2-1202"));
    QCOMPARE(soon->at(0).daysLeft, 3);
    QCOMPARE(soon->at(1).name, QStringLiteral("甲租客"));
    QCOMPARE(soon->at(1).daysLeft, 23);
    // The number of days is adjustable.
    QCOMPARE(f.archive->people().expiringLeases(5).value().size(), 1);
    QCOMPARE(f.archive->people().expiringLeases(100).value().size(), 3);
    auto bad = f.archive->people().expiringLeases(-1);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("days"));
    QCOMPARE(bad.error().value, QStringLiteral("-1"));
    // A tenant who has moved out is no longer on the list.
    auto occ = f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1202")));
    AR_VERIFY_OK(f.archive->people().endOccupancy(occ->first().occupancy.id, {}));
    QCOMPARE(f.archive->people().expiringLeases().value().size(), 1);
}

// The start screen's line counts what the list holds (issue #23: it no longer reads the list).
// A lease ending today is still running (0 days left), one that ended yesterday is ended.
void TestServicesLeases::leaseCountsAreTheListsNumbers()
{
    Fixture f; // today is 2026-11-27
    f.makeSmallEstate();
    auto add = [&](const char* room, const QDate& to, const QString& name, const QString& id) {
        QVERIFY(registerTenant(f, room, to, name, id));
    };
    add("3-2-1201", QDate(2026, 11, 26), QStringLiteral("甲租客"), fakeId(QDate(1981, 1, 1), true));
    add("3-2-1202", QDate(2026, 11, 27), QStringLiteral("乙租客"), fakeId(QDate(1982, 2, 2), false));
    add("3-2-1301", QDate(2026, 12, 20), QStringLiteral("丙租客"), fakeId(QDate(1983, 3, 3), true));
    for (int days : {0, 30, 100}) {
        auto list = f.archive->people().expiringLeases(days);
        AR_VERIFY_OK(list);
        const int ended =
            int(std::count_if(list->cbegin(), list->cend(), [](const LeaseDue& l) { return l.overdue(); }));
        auto n = f.archive->people().leaseCounts(days);
        AR_VERIFY_OK(n);
        QCOMPARE(n->ended, ended);
        QCOMPARE(n->ending, int(list->size()) - ended);
    }
    QCOMPARE(f.archive->people().leaseCounts(30)->ended, 1);
    QCOMPARE(f.archive->people().leaseCounts(30)->ending, 2);
    QCOMPARE(f.archive->people().leaseCounts(-1).error().field, QStringLiteral("days"));
}

void TestServicesLeases::leasePastItsEndIsFlaggedOnTheRoom()
{
    Fixture f; // today is 2026-11-27
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    AR_VERIFY_OK(
        f.archive->people().registerPerson(tenant(room, QDate(2025, 11, 1), QDate(2026, 10, 31), {})));
    auto occ = f.archive->people().occupants(room);
    AR_VERIFY_OK(occ);
    QVERIFY(occ->first().leaseOverdue);
    // The room list marks the room; the other rooms are not marked.
    auto unit = f.archive->estate().findRoom(QStringLiteral("3-2-1201"), {});
    AR_VERIFY_OK(unit);
    auto rows = f.archive->rooms().roomRows(unit->unit.id);
    AR_VERIFY_OK(rows);
    for (const RoomRow& r : rows.value())
        QCOMPARE(r.leaseOverdue, r.room.id == room);
    // It heads the list of leases to watch, as ended 27 days ago.
    auto due = f.archive->people().expiringLeases(0);
    AR_VERIFY_OK(due);
    QCOMPARE(due->size(), 1);
    QVERIFY(due->first().overdue());
    QCOMPARE(due->first().daysLeft, -27);
    // A lease ending today is not past its end.
    f.clock.set(QDateTime(QDate(2026, 10, 31), QTime(10, 0), f.clock.now().timeZone()));
    QVERIFY(!f.archive->people().occupants(room).value().first().leaseOverdue);
}

void TestServicesLeases::R3_organisationIsRegisteredWithCreditCodeAndContact()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    auto done = f.archive->people().registerPerson(company(room, OccupancyRole::Owner));
    AR_VERIFY_OK(done);
    QVERIFY(!done->archiveNo.isEmpty()); // an owner dossier, as for a person
    auto p = f.archive->people().unmasked(done->personId, QStringLiteral("核对"));
    AR_VERIFY_OK(p);
    QCOMPARE(p->data.name, QStringLiteral("演示市第3商贸有限公司"));
    QCOMPARE(p->data.idType, IdType::CreditCode);
    QCOMPARE(p->data.idNumber, kCode);
    QCOMPARE(p->data.contactName, QStringLiteral("钱经理"));
    QCOMPARE(p->data.phones, QStringList{QStringLiteral("13612345678")});
    QCOMPARE(p->data.gender, Gender::Unknown);
    QVERIFY(!p->birthDate.isValid());
    // A company can rent too.
    AR_VERIFY_OK(f.archive->people().registerPerson(
        company(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant, kOtherCode)));
}

void TestServicesLeases::R3_wrongCreditCodeIsRefusedNamingFieldAndValue()
{
    Fixture f;
    f.makeSmallEstate();
    const QString before = snapshot(*f.archive);
    const QString wrong = QStringLiteral("911100007A5B6C8D25");
    auto refused = f.archive->people().registerPerson(
        company(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner, wrong));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("id_number"));
    QCOMPARE(refused.error().value, wrong);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Unified social credit code")),
             qPrintable(refused.error().message));
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesLeases::R3_organisationNeedsAContactAndHasNoGender()
{
    Fixture f;
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    const QString before = snapshot(*f.archive);
    Registration noContact = company(room, OccupancyRole::Owner);
    noContact.person.contactName.clear();
    auto refused = f.archive->people().registerPerson(noContact);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("contact_name"));

    Registration gendered = company(room, OccupancyRole::Owner);
    gendered.person.gender = Gender::Female;
    refused = f.archive->people().registerPerson(gendered);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("gender"));

    // A natural person has no contact person of the organisation kind.
    Registration person = wangXiaoming(room);
    person.person.contactName = QStringLiteral("钱经理");
    refused = f.archive->people().registerPerson(person);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("contact_name"));
    QCOMPARE(refused.error().value, QStringLiteral("钱经理"));
    QCOMPARE(snapshot(*f.archive), before);
}

void TestServicesLeases::R3_sameCreditCodeIsLinkedNotDuplicated()
{
    Fixture f;
    f.makeSmallEstate();
    auto first = f.archive->people().registerPerson(
        company(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner));
    AR_VERIFY_OK(first);
    // The same code, typed in lower case with spaces, at another room: the same organisation.
    Registration again = company(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant,
                                 QStringLiteral(" 911100007a5b6c8d24 "));
    auto second = f.archive->people().registerPerson(again);
    AR_VERIFY_OK(second);
    QCOMPARE(second->personId, first->personId);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT COUNT(*) FROM persons")), 1);
    // Another name with the same code is refused, as for an ID number.
    Registration other = company(f.roomId(QStringLiteral("3-2-1301")), OccupancyRole::Owner);
    other.person.name = QStringLiteral("另一家有限公司");
    auto refused = f.archive->people().registerPerson(other);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().field, QStringLiteral("id_number"));
}

void TestServicesLeases::R20_creditCodeAndContactPhoneAreMaskedLikeAnId()
{
    Fixture f;
    f.makeSmallEstate();
    auto done = f.archive->people().registerPerson(
        company(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner));
    AR_VERIFY_OK(done);
    auto shown = f.archive->people().person(done->personId);
    AR_VERIFY_OK(shown);
    QVERIFY(shown->masked);
    QCOMPARE(shown->data.idNumber, mask::idNumber(kCode));
    QVERIFY(shown->data.idNumber != kCode);
    QCOMPARE(shown->data.phones, QStringList{QStringLiteral("136****5678")});
    QCOMPARE(shown->data.contactName, QStringLiteral("钱经理"));
    // Sealed in the file: neither the code nor the contact's phone is there in clear.
    QCOMPARE(count(*f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM persons WHERE id_number LIKE '%%1%'").arg(kCode)),
             0);
    QCOMPARE(count(*f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM person_phones WHERE phone LIKE '%13612345678%'")),
             0);
}

void TestServicesLeases::R6_contactChangeIsKeptInTheHistory()
{
    Fixture f;
    f.makeSmallEstate();
    auto done = f.archive->people().registerPerson(
        company(f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner));
    AR_VERIFY_OK(done);
    Person p = f.archive->people().personForEdit(done->personId).value();
    p.data.contactName = QStringLiteral("孙主任");
    QStringList changed;
    AR_VERIFY_OK(f.archive->people().updatePerson(p, &changed));
    QCOMPARE(changed, QStringList{QStringLiteral("contact_name")});
    auto h = f.archive->people().history(done->personId).value();
    QCOMPARE(h.last().field, QStringLiteral("contact_name"));
    QCOMPARE(h.last().oldValue, QStringLiteral("钱经理"));
    QCOMPARE(h.last().newValue, QStringLiteral("孙主任"));
}

QTEST_GUILESS_MAIN(TestServicesLeases)
#include "TestServicesLeases.moc"
