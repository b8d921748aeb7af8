// Corrections and their history (R6), contact changes reaching the search at once (R41), and
// what each role sees of a person's sensitive fields (R20).

#include "ServiceHelpers.h"

#include "core/Masking.h"

using namespace ar;
using namespace ar::test;

class TestServicesHistory : public QObject
{
    Q_OBJECT

private slots:
    void R6_correctingAPhoneIsKeptInHistory();
    void R6_eachChangedFieldIsOneEntry();
    void R6_unchangedSaveAddsNoHistory();
    void R6_staleEditIsAConflictNotAnOverwrite();
    void R6_correctionIsValidatedLikeRegistration();
    void R26_sensitiveHistoryGoesThroughTheCodec();
    void R41_contactChangeUpdatesSearch();
    void R41_nameChangeUpdatesSearch();
    void R20_listsAreMasked();
    void R20_personMaskedUnlessPermitted_data();
    void R20_personMaskedUnlessPermitted();
    void R20_editFormIsNotAWayAroundMasking();

private:
    struct Registered
    {
        std::unique_ptr<Fixture> f;
        qint64 room = 0;
        qint64 person = 0;
        User clerk;
    };
    static Registered registered();
};

TestServicesHistory::Registered TestServicesHistory::registered()
{
    Registered r;
    r.f = std::make_unique<Fixture>();
    r.f->makeSmallEstate();
    r.room = r.f->roomId(QStringLiteral("3-2-1201"));
    auto done = r.f->archive->people().registerPerson(wangXiaoming(r.room));
    if (!done)
        qFatal("%s", qPrintable(done.error().message));
    r.person = done->personId;
    r.clerk = r.f->user;
    return r;
}

void TestServicesHistory::R6_correctingAPhoneIsKeptInHistory()
{
    Registered r = registered();
    Fixture& f = *r.f;
    f.clock.advanceSecs(3 * 3600); // corrected three hours after registering
    const QDateTime correctedAt = f.clock.now();

    Person p = f.archive->people().personForEdit(r.person).value();
    p.data.phones = {QStringLiteral("139 0000 2222")};
    AR_VERIFY_OK(f.archive->people().updatePerson(p));
    QCOMPARE(f.archive->people().unmasked(r.person, QStringLiteral("核对")).value().data.phones,
             QStringList{QStringLiteral("13900002222")});

    // The clerk (custodian) sees who, when, which field, old → new, in clear.
    auto h = f.archive->people().history(r.person);
    AR_VERIFY_OK(h);
    QCOMPARE(h->size(), 2);
    QCOMPARE(h->at(0).field, QStringLiteral("registered"));
    const HistoryEntry& e = h->at(1);
    QCOMPARE(e.field, QStringLiteral("phones"));
    QCOMPARE(e.user, r.clerk.displayName);
    QCOMPARE(e.at, correctedAt);
    QCOMPARE(e.oldValue, QStringLiteral("13812345678"));
    QCOMPARE(e.newValue, QStringLiteral("13900002222"));
    QCOMPARE(RegisterService::fieldLabel(e.field), QStringLiteral("Phone"));

    // The assistant sees the same entry, masked.
    f.becomeRole(Role::Assistant);
    auto masked = f.archive->people().history(r.person);
    AR_VERIFY_OK(masked);
    QCOMPARE(masked->at(1).user, r.clerk.displayName);
    QCOMPARE(masked->at(1).at, correctedAt);
    QCOMPARE(masked->at(1).oldValue, QStringLiteral("138****5678"));
    QCOMPARE(masked->at(1).newValue, QStringLiteral("139****2222"));

    // Other staff do not see the register at all.
    f.becomeRole(Role::Staff);
    auto denied = f.archive->people().history(r.person);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
}

void TestServicesHistory::R6_eachChangedFieldIsOneEntry()
{
    Registered r = registered();
    Fixture& f = *r.f;
    Person p = f.archive->people().personForEdit(r.person).value();
    p.data.workUnit = QStringLiteral("示例贸易公司");
    p.data.homeAddress = QStringLiteral("演示市新路1号");
    p.data.notes = QStringLiteral("已补交房产证复印件");
    p.data.phones << QStringLiteral("010-12345678");
    QStringList changed{QStringLiteral("left over")};
    AR_VERIFY_OK(f.archive->people().updatePerson(p, &changed));
    QStringList fields;
    const auto h = f.archive->people().history(r.person).value();
    for (const HistoryEntry& e : h)
        fields << e.field;
    QCOMPARE(fields,
             (QStringList{QStringLiteral("registered"), QStringLiteral("phones"), QStringLiteral("work_unit"),
                          QStringLiteral("home_address"), QStringLiteral("notes")}));
    // The caller (the form's status line, `owner edit --json`) is told the same fields.
    QCOMPARE(changed, fields.mid(1));
    QCOMPARE(h.at(1).newValue, QStringLiteral("13812345678, 010-12345678"));
    QCOMPARE(h.at(2).oldValue, QStringLiteral("演示科技有限公司"));
    QCOMPARE(h.at(4).newValue, QStringLiteral("已补交房产证复印件"));
}

void TestServicesHistory::R6_unchangedSaveAddsNoHistory()
{
    Registered r = registered();
    Fixture& f = *r.f;
    const Person p = f.archive->people().personForEdit(r.person).value();
    QStringList changed{QStringLiteral("left over")};
    AR_VERIFY_OK(f.archive->people().updatePerson(p, &changed));
    QCOMPARE(f.archive->people().history(r.person).value().size(), 1);
    QVERIFY(changed.isEmpty());
}

void TestServicesHistory::R6_staleEditIsAConflictNotAnOverwrite()
{
    Registered r = registered();
    Fixture& f = *r.f;
    Person desk1 = f.archive->people().personForEdit(r.person).value();
    Person desk2 = f.archive->people().personForEdit(r.person).value();
    desk1.data.phones = {QStringLiteral("13900002222")};
    AR_VERIFY_OK(f.archive->people().updatePerson(desk1));
    const QString before = snapshot(*f.archive);
    desk2.data.phones = {QStringLiteral("13700003333")};
    auto second = f.archive->people().updatePerson(desk2);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QCOMPARE(snapshot(*f.archive), before);
    QCOMPARE(f.archive->people().unmasked(r.person, QStringLiteral("核对")).value().data.phones,
             QStringList{QStringLiteral("13900002222")});
}

void TestServicesHistory::R6_correctionIsValidatedLikeRegistration()
{
    Registered r = registered();
    Fixture& f = *r.f;
    Person p = f.archive->people().personForEdit(r.person).value();
    p.data.phones = {QStringLiteral("138abc45678")};
    const QString before = snapshot(*f.archive);
    auto done = f.archive->people().updatePerson(p);
    QVERIFY(!done.ok());
    QCOMPARE(done.error().field, QStringLiteral("phones"));
    QVERIFY(done.error().message.contains(QStringLiteral("138abc45678")));
    QCOMPARE(snapshot(*f.archive), before);

    // An ID number that belongs to someone else on file is refused too.
    auto other = f.archive->people().registerPerson(
        registration(f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner, QStringLiteral("欧阳明"),
                     fakeId(QDate(1970, 1, 2), true, 3), {QStringLiteral("13700001234")}));
    AR_VERIFY_OK(other);
    p = f.archive->people().personForEdit(r.person).value();
    p.data.idNumber = fakeId(QDate(1970, 1, 2), true, 3);
    auto taken = f.archive->people().updatePerson(p);
    QVERIFY(!taken.ok());
    QCOMPARE(taken.error().field, QStringLiteral("id_number"));
}

void TestServicesHistory::R26_sensitiveHistoryGoesThroughTheCodec()
{
    // Issue #3 encrypts sensitive values at rest; the history must already mark them so that
    // they go through the same SensitiveCodec, and leave the others as they are.
    Registered r = registered();
    Fixture& f = *r.f;
    Person p = f.archive->people().personForEdit(r.person).value();
    p.data.phones = {QStringLiteral("13900002222")};
    p.data.notes = QStringLiteral("改了电话");
    AR_VERIFY_OK(f.archive->people().updatePerson(p));
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT sensitive FROM change_history WHERE field = 'phones'")),
             1);
    QCOMPARE(count(*f.archive, QStringLiteral("SELECT sensitive FROM change_history WHERE field = 'notes'")),
             0);
}

void TestServicesHistory::R41_contactChangeUpdatesSearch()
{
    Registered r = registered();
    Fixture& f = *r.f;
    auto personHits = [&](const QString& q) {
        QList<qint64> ids;
        for (const SearchHit& h : f.archive->search().search(q).value())
            if (h.kind == HitKind::Person)
                ids << h.id;
        return ids;
    };
    QCOMPARE(personHits(QStringLiteral("5678")), QList<qint64>{r.person});
    QCOMPARE(personHits(QStringLiteral("13812345678")), QList<qint64>{r.person});

    Person p = f.archive->people().personForEdit(r.person).value();
    p.data.phones = {QStringLiteral("13900002222")};
    AR_VERIFY_OK(f.archive->people().updatePerson(p));

    QVERIFY(personHits(QStringLiteral("5678")).isEmpty());
    QVERIFY(personHits(QStringLiteral("13812345678")).isEmpty());
    QCOMPARE(personHits(QStringLiteral("2222")), QList<qint64>{r.person});
    QCOMPARE(personHits(QStringLiteral("13900002222")), QList<qint64>{r.person});
    // The name keys are still there.
    QCOMPARE(personHits(QStringLiteral("小明")), QList<qint64>{r.person});
}

void TestServicesHistory::R41_nameChangeUpdatesSearch()
{
    Registered r = registered();
    Fixture& f = *r.f;
    Person p = f.archive->people().personForEdit(r.person).value();
    p.data.name = QStringLiteral("王晓明");
    AR_VERIFY_OK(f.archive->people().updatePerson(p));
    const auto oldHits = f.archive->search().search(QStringLiteral("小明")).value();
    for (const SearchHit& h : oldHits)
        QVERIFY(h.kind != HitKind::Person);
    const auto newHits = f.archive->search().search(QStringLiteral("晓明")).value();
    QCOMPARE(newHits.size(), 1);
    QCOMPARE(newHits.first().name, QStringLiteral("王晓明"));
    // Phone keys are still there.
    QCOMPARE(f.archive->search().search(QStringLiteral("5678")).value().size(), 1);
}

void TestServicesHistory::R20_listsAreMasked()
{
    Registered r = registered();
    Fixture& f = *r.f;
    // Even the clerk, who may unmask, gets masked lists: unmasking is one deliberate step.
    const auto occ = f.archive->people().occupants(r.room).value();
    QCOMPARE(occ.first().phone, QStringLiteral("138****5678"));
    // Staff see rooms but not who lives there.
    f.becomeRole(Role::Staff);
    const qint64 unit = f.archive->rooms().place(r.room).value().unit.id;
    const QList<RoomRow> rows = f.archive->rooms().roomRows(unit).value();
    QCOMPARE(rows.first().ref, QStringLiteral("3-2-1201"));
    QVERIFY(rows.first().owners.isEmpty());
    auto denied = f.archive->people().occupants(r.room);
    QVERIFY(!denied.ok());
    QCOMPARE(denied.error().code, ErrorCode::PermissionDenied);
}

void TestServicesHistory::R20_personMaskedUnlessPermitted_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("mayView");
    QTest::addColumn<bool>("mayUnmask");
    QTest::newRow("clerk") << int(Role::Clerk) << true << true;
    QTest::newRow("leader") << int(Role::Leader) << true << true;
    QTest::newRow("manager") << int(Role::Manager) << true << false;
    QTest::newRow("assistant") << int(Role::Assistant) << true << false;
    QTest::newRow("admin") << int(Role::Admin) << false << false; // accounts, not records
    QTest::newRow("staff") << int(Role::Staff) << false << false;
}

void TestServicesHistory::R20_personMaskedUnlessPermitted()
{
    QFETCH(int, role);
    QFETCH(bool, mayView);
    QFETCH(bool, mayUnmask);
    Registered r = registered();
    Fixture& f = *r.f;
    const Registration typed = wangXiaoming(r.room);
    if (Role(role) == Role::Admin)
        f.archive->context().setUser(f.admin);
    else if (Role(role) != Role::Clerk)
        f.becomeRole(Role(role));

    auto shown = f.archive->people().person(r.person);
    QCOMPARE(shown.ok(), mayView);
    if (!mayView) {
        QCOMPARE(shown.error().code, ErrorCode::PermissionDenied);
    } else {
        QVERIFY(shown->masked);
        QCOMPARE(shown->data.name, typed.person.name);
        QCOMPARE(shown->data.idNumber, mask::idNumber(typed.person.idNumber));
        QCOMPARE(shown->data.idNumber.count(QLatin1Char('*')), 10);
        QCOMPARE(shown->data.phones, QStringList{QStringLiteral("138****5678")});
        QVERIFY(!shown->data.workUnit.contains(QStringLiteral("有限公司")));
        QVERIFY(!shown->data.homeAddress.contains(QStringLiteral("8号")));
        QVERIFY(!shown->data.emergencyContact.contains(QStringLiteral("13900001111")));
    }

    auto clear = f.archive->people().unmasked(r.person, QStringLiteral("核对"));
    QCOMPARE(clear.ok(), mayUnmask);
    if (mayUnmask) {
        QVERIFY(!clear->masked);
        QCOMPARE(clear->data.idNumber, typed.person.idNumber);
        QCOMPARE(clear->data.phones, typed.person.phones);
    } else {
        QCOMPARE(clear.error().code, ErrorCode::PermissionDenied);
    }
}

void TestServicesHistory::R20_editFormIsNotAWayAroundMasking()
{
    // The edit form hands over masked values, to every role that corrects (the clerk too): the
    // full values come only through unmasked(), with a reason, recorded (R20).
    Registered r = registered();
    Fixture& f = *r.f;
    auto edit = f.archive->people().personForEdit(r.person);
    QVERIFY(edit.ok());
    const PersonData original = wangXiaoming(r.room).person;
    QCOMPARE(edit->data.idNumber, mask::idNumber(original.idNumber));
    QVERIFY(!edit->data.phones.contains(original.phones.first()));

    // Saving the masked form back with only the notes changed keeps every sensitive value.
    Person changed = edit.value();
    changed.data.notes = QStringLiteral("补交房产证复印件");
    QVERIFY(f.archive->people().checkEdit(r.person, changed.data, OccupancyRole::Owner).errors.isEmpty());
    auto saved = f.archive->people().updatePerson(changed);
    QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    f.archive->context().setUser(r.clerk);
    auto full = f.archive->people().unmasked(r.person, QStringLiteral("核对"));
    QVERIFY(full.ok());
    QCOMPARE(full->data.idNumber, original.idNumber);
    QCOMPARE(full->data.notes, QStringLiteral("补交房产证复印件"));
    auto history = f.archive->people().history(r.person);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2); // registered + notes: no sensitive field was touched
    QCOMPARE(history->last().field, QStringLiteral("notes"));
}

QTEST_GUILESS_MAIN(TestServicesHistory)
#include "TestServicesHistory.moc"
