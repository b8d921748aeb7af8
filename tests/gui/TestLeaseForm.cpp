// Tenancy and companies in the window (issue #20 item 9): the person form switching to an
// organisation, a tenant saved with a lease, the list of leases ending soon and the room's flag.
#include "TestSupport.h"
#include "Typing.h"

#include "ui/common/MessageBox.h"
#include "ui/register/ExpiringLeasesDialog.h"
#include "ui/register/OccupantModel.h"
#include "ui/register/PersonForm.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>

using namespace ar;
using namespace ar::test::gui;
using ar::ui::MessageBox;

namespace {
void clickSave(QWidget* form)
{
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
}

void chooseIdType(QWidget* form, IdType t)
{
    auto* combo = child<QComboBox>(form, "idTypeCombo");
    combo->setCurrentIndex(combo->findData(int(t)));
}

Registration tenantEnding(qint64 room, const QDate& to)
{
    Registration r;
    r.roomId = room;
    r.role = OccupancyRole::Tenant;
    r.person.name = QStringLiteral("赵租客");
    r.person.idNumber = test::fakeId(QDate(1990, 3, 8), true);
    r.person.phones = {QStringLiteral("13712345678")};
    r.leaseFrom = to.addYears(-1);
    r.leaseTo = to;
    r.contractNo = QStringLiteral("HT-7");
    return r;
}
} // namespace

class TestLeaseForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void R3_formSwitchesToAnOrganisation();
    void R3_tenantIsSavedWithItsLease();
    void R3_leaseEndingBeforeItStartsIsNotSaved();
    void leasesEndingSoonDialogAndTheRoomFlag();
};

void TestLeaseForm::init()
{
    MessageBox::resetRecord();
    MessageBox::setAutoAnswer(true, QMessageBox::Ok);
}

void TestLeaseForm::R3_formSwitchesToAnOrganisation()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    ui::PersonForm form(*f.archive, room, OccupancyRole::Owner);
    form.show();
    auto* gender = child<QComboBox>(&form, "genderCombo");
    auto* contact = child<QLineEdit>(&form, "contactNameEdit");
    QVERIFY(gender->isVisible());
    QVERIFY(!contact->isVisible());
    const QString personCaption = child<QLabel>(&form, "genderCaption")->text();

    chooseIdType(&form, IdType::CreditCode);
    QVERIFY(!gender->isVisible());
    QVERIFY(contact->isVisible());
    QVERIFY(!child<QLineEdit>(&form, "workUnitEdit")->isVisible());
    QCOMPARE(child<QLabel>(&form, "genderCaption")->text(), QStringLiteral("Contact person"));
    QCOMPARE(child<QLabel>(&form, "nameCaption")->text(), QStringLiteral("Organisation"));

    typeText(child<QLineEdit>(&form, "nameEdit"), QStringLiteral("演示市第3商贸有限公司"));
    QTest::keyClicks(child<QLineEdit>(&form, "idNumberEdit"), QStringLiteral("911100007A5B6C8D24"));
    typeText(contact, QStringLiteral("钱经理"));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit0"), QStringLiteral("13612345678"));
    clickSave(&form);
    QVERIFY2(form.savedPersonId() > 0, qPrintable(child<QLabel>(&form, "messageLabel")->text()));
    auto p = f.archive->people().unmasked(form.savedPersonId(), QStringLiteral("核对"));
    QVERIFY(p);
    QCOMPARE(p->data.idType, IdType::CreditCode);
    QCOMPARE(p->data.idNumber, QStringLiteral("911100007A5B6C8D24"));
    QCOMPARE(p->data.contactName, QStringLiteral("钱经理"));
    QCOMPARE(p->data.gender, Gender::Unknown);

    // Back to a natural person: the person's fields and captions come back.
    ui::PersonForm other(*f.archive, f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner);
    other.show();
    chooseIdType(&other, IdType::CreditCode);
    chooseIdType(&other, IdType::MainlandId);
    QVERIFY(child<QComboBox>(&other, "genderCombo")->isVisible());
    QVERIFY(!child<QLineEdit>(&other, "contactNameEdit")->isVisible());
    QCOMPARE(child<QLabel>(&other, "genderCaption")->text(), personCaption);
}

void TestLeaseForm::R3_tenantIsSavedWithItsLease()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    // An owner's form has no lease.
    ui::PersonForm ownerForm(*f.archive, room, OccupancyRole::Owner);
    ownerForm.show();
    QVERIFY(!child<QCheckBox>(&ownerForm, "leaseCheck")->isVisible());

    ui::PersonForm form(*f.archive, room, OccupancyRole::Tenant);
    form.show();
    QVERIFY(child<QCheckBox>(&form, "leaseCheck")->isVisible());
    typeText(child<QLineEdit>(&form, "nameEdit"), QStringLiteral("赵租客"));
    QTest::keyClicks(child<QLineEdit>(&form, "idNumberEdit"), test::fakeId(QDate(1990, 3, 8), true));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit0"), QStringLiteral("13712345678"));
    child<QCheckBox>(&form, "leaseCheck")->setChecked(true);
    child<QDateEdit>(&form, "leaseFromEdit")->setDate(QDate(2026, 12, 1));
    child<QDateEdit>(&form, "leaseToEdit")->setDate(QDate(2027, 11, 30));
    QTest::keyClicks(child<QLineEdit>(&form, "contractEdit"), QStringLiteral("HT-2026-118"));
    clickSave(&form);
    QVERIFY2(form.savedPersonId() > 0, qPrintable(child<QLabel>(&form, "messageLabel")->text()));

    auto occ = f.archive->people().occupants(room);
    QVERIFY(occ);
    QCOMPARE(occ->size(), 1);
    QCOMPARE(occ->first().occupancy.leaseFrom, QDate(2026, 12, 1));
    QCOMPARE(occ->first().occupancy.leaseTo, QDate(2027, 11, 30));
    QCOMPARE(occ->first().occupancy.contractNo, QStringLiteral("HT-2026-118"));

    // The correction form shows the lease and corrects it; the change goes to the history.
    ui::PersonForm edit(*f.archive, form.savedPersonId());
    edit.show();
    QVERIFY(child<QCheckBox>(&edit, "leaseCheck")->isChecked());
    QCOMPARE(child<QDateEdit>(&edit, "leaseToEdit")->date(), QDate(2027, 11, 30));
    child<QDateEdit>(&edit, "leaseToEdit")->setDate(QDate(2028, 11, 30));
    clickSave(&edit);
    QCOMPARE(edit.result(), int(QDialog::Accepted));
    QVERIFY(edit.changedFields().contains(RegisterService::fieldLabel(QStringLiteral("lease"))));
    QCOMPARE(f.archive->people().occupants(room).value().first().occupancy.leaseTo, QDate(2028, 11, 30));
    QCOMPARE(f.archive->people().history(form.savedPersonId()).value().last().field, QStringLiteral("lease"));
}

void TestLeaseForm::R3_leaseEndingBeforeItStartsIsNotSaved()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    ui::PersonForm form(*f.archive, room, OccupancyRole::Tenant);
    form.show();
    typeText(child<QLineEdit>(&form, "nameEdit"), QStringLiteral("赵租客"));
    QTest::keyClicks(child<QLineEdit>(&form, "idNumberEdit"), test::fakeId(QDate(1990, 3, 8), true));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit0"), QStringLiteral("13712345678"));
    child<QCheckBox>(&form, "leaseCheck")->setChecked(true);
    child<QDateEdit>(&form, "leaseFromEdit")->setDate(QDate(2027, 1, 1));
    child<QDateEdit>(&form, "leaseToEdit")->setDate(QDate(2026, 12, 31));
    clickSave(&form);
    QCOMPARE(form.savedPersonId(), 0);
    QVERIFY(child<QDateEdit>(&form, "leaseToEdit")->property("invalid").toBool());
    const QString message = child<QLabel>(&form, "messageLabel")->text();
    QVERIFY2(message.contains(QStringLiteral("2026-12-31")) && message.contains(QStringLiteral("2027-01-01")),
             qPrintable(message));
    QVERIFY(f.archive->people().occupants(room).value().isEmpty());
}

void TestLeaseForm::leasesEndingSoonDialogAndTheRoomFlag()
{
    test::Fixture f(Role::Clerk); // today is 2026-11-27
    f.makeSmallEstate();
    const qint64 ended = f.roomId(QStringLiteral("3-2-1201"));
    const qint64 soon = f.roomId(QStringLiteral("3-2-1202"));
    QVERIFY(f.archive->people().registerPerson(tenantEnding(ended, QDate(2026, 11, 20))));
    Registration r = tenantEnding(soon, QDate(2026, 12, 20));
    r.person.name = QStringLiteral("钱租客");
    r.person.idNumber = test::fakeId(QDate(1991, 4, 9), false);
    QVERIFY(f.archive->people().registerPerson(r));

    ui::ExpiringLeasesDialog d(*f.archive);
    QTableWidget* t = d.table();
    QCOMPARE(t->rowCount(), 2);
    QCOMPARE(t->item(0, 0)->text(), QStringLiteral("2026-11-20"));
    QCOMPARE(t->item(0, 1)->text(), QStringLiteral("3-2-1201"));
    QVERIFY2(t->item(0, 5)->text().contains(QStringLiteral("ended")), qPrintable(t->item(0, 5)->text()));
    QCOMPARE(t->item(1, 2)->text(), QStringLiteral("钱租客"));
    d.daysBox()->setValue(10); // 2026-12-20 is 23 days ahead
    QCOMPARE(t->rowCount(), 1);

    // The room's people: the lease and the flag on the tenant whose lease has ended.
    ui::OccupantModel model(f.archive->people());
    model.setRoom(ended);
    const QString lease = model.index(0, ui::OccupantModel::Lease).data().toString();
    QVERIFY2(lease.contains(QStringLiteral("lease ended")) && lease.contains(QStringLiteral("HT-7")),
             qPrintable(lease));
    model.setRoom(soon);
    QVERIFY(
        !model.index(0, ui::OccupantModel::Lease).data().toString().contains(QStringLiteral("lease ended")));
}

QTEST_MAIN(TestLeaseForm)
#include "TestLeaseForm.moc"
