// The owner/tenant form (P1/P2) and the change history, driven by object name on the offscreen
// platform; what they saved is checked through the services.
#include "TestSupport.h"
#include "Typing.h"

#include "core/Validators.h"
#include "ui/MainWindow.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/register/HistoryDialog.h"
#include "ui/register/HistoryModel.h"
#include "ui/register/PersonForm.h"

#include "core/Masking.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QTableView>
#include <QTest>
#include <QToolButton>
#include <QTranslator>

using namespace ar;
using namespace ar::test::gui;
using ar::ui::MessageBox;

namespace {

// Shows the form and types the three fields every owner and tenant needs.
void fillBasics(QWidget* form, const QString& name, const QString& id, const QString& phone)
{
    form->show();
    typeText(child<QLineEdit>(form, "nameEdit"), name);
    QTest::keyClicks(child<QLineEdit>(form, "idNumberEdit"), id);
    QTest::keyClicks(child<QLineEdit>(form, "phoneEdit0"), phone);
}

void clickSave(QWidget* form)
{
    QTest::mouseClick(child<QPushButton>(form, "saveButton"), Qt::LeftButton);
}

QString validation(const char* s)
{
    return QCoreApplication::translate("Validation", s);
}

// An 18-digit number with the right shape whose birth date part is `yyyymmdd` and whose check
// digit is computed (or deliberately off by one).
QString idWith(const QString& yyyymmdd, bool wrongCheck = false)
{
    const QString first17 = QStringLiteral("110000") + yyyymmdd + QStringLiteral("025");
    QChar check = mainlandIdCheckChar(first17);
    if (wrongCheck)
        check = check == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
    return first17 + check;
}

// The owner whose record the correction tests correct.
Registration chenJing(qint64 roomId)
{
    Registration r;
    r.roomId = roomId;
    r.person.name = QStringLiteral("陈静");
    r.person.idNumber = test::fakeId(QDate(1985, 8, 8), false);
    r.person.phones = {QStringLiteral("13812345678")};
    r.person.workUnit = QStringLiteral("华苑物业管理有限公司");
    return r;
}
} // namespace

class TestPersonForm : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void R3_registeringAnOwnerThroughTheFormSavesIt();
    void R3_badInputNamesFieldAndValueAndSavesNothing_data();
    void R3_badInputNamesFieldAndValueAndSavesNothing();
    void R3_fieldIsMarkedOnceLeftAndClearedWhenFixed();
    void R3_legacyIdIsAWarningNotARefusal();
    void R3_secondCurrentOwnerIsRefused();
    void R3_severalPhonesCanBeAddedAndRemoved();
    void R6_correctingAPhoneIsKeptInHistory();
    void R20_historyMasksPhonesForRolesWithoutUnmask();
    void R20_R6_clerkCorrectsWithFullValuesAfterAReason();
    void typedValuesAreNotLostOnEscape();
    void ctrlSSavesAndTheFormOffersTheNextSteps();
    void screenshot();
    void correctionFormAt1366By768();
};

void TestPersonForm::init()
{
    MessageBox::resetRecord();
    MessageBox::setAutoAnswer(true, QMessageBox::Ok); // no modal box may block a test
}

void TestPersonForm::R3_registeringAnOwnerThroughTheFormSavesIt()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    ui::PersonForm form(*f.archive, room, OccupancyRole::Owner);
    form.show();
    QVERIFY(child<QLabel>(&form, "placeLabel")->text().contains(QStringLiteral("1201")));
    QCOMPARE(child<QLabel>(&form, "dateLabel")->text().contains(QStringLiteral("2026")), true);

    typeText(child<QLineEdit>(&form, "nameEdit"), QStringLiteral("张伟"));
    QTest::keyClicks(child<QLineEdit>(&form, "idNumberEdit"), test::fakeId(QDate(1981, 3, 14), true));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit0"), QStringLiteral("138 1234 5678"));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit1"), QStringLiteral("010-62345678"));
    typeText(child<QLineEdit>(&form, "workUnitEdit"), QStringLiteral("华苑科技有限公司"));
    typeText(child<QLineEdit>(&form, "homeAddressEdit"), QStringLiteral("北京市海淀区学院路1号"));
    // Gender unknown + a valid ID number: the form offers the ID's gender.
    QCOMPARE(child<QComboBox>(&form, "genderCombo")->currentText(), genderLabel(Gender::Male));

    clickSave(&form);

    QCOMPARE(form.result(), int(QDialog::Accepted));
    QVERIFY(form.savedPersonId() > 0);
    QVERIFY2(
        QRegularExpression(QStringLiteral("^Z109-YZ·2026-Y-\\d{4}$")).match(form.savedArchiveNo()).hasMatch(),
        qPrintable(form.savedArchiveNo()));
    // R5: the dossier opened is named, in the form itself, which offers the next steps.
    QVERIFY2(child<QLabel>(&form, "messageLabel")->text().contains(form.savedArchiveNo()),
             qPrintable(child<QLabel>(&form, "messageLabel")->text()));

    auto occupants = f.archive->people().occupants(room);
    QVERIFY(occupants);
    QCOMPARE(occupants->size(), 1);
    QCOMPARE(occupants->first().name, QStringLiteral("张伟"));
    QCOMPARE(occupants->first().occupancy.role, OccupancyRole::Owner);
    auto person = f.archive->people().unmasked(form.savedPersonId(), QStringLiteral("核对"));
    QVERIFY(person);
    QCOMPARE(person->data.phones,
             (QStringList{QStringLiteral("13812345678"), QStringLiteral("010-62345678")}));
    QCOMPARE(person->data.gender, Gender::Male);
    QCOMPARE(person->data.workUnit, QStringLiteral("华苑科技有限公司"));

    // Found again by part of the name and by the last digits of the phone.
    for (const QString& q : {QStringLiteral("张"), QStringLiteral("5678")}) {
        auto hits = f.archive->search().search(q);
        QVERIFY(hits);
        QVERIFY2(std::any_of(hits->cbegin(), hits->cend(),
                             [&](const SearchHit& h) {
                                 return h.kind == HitKind::Person && h.id == form.savedPersonId();
                             }),
                 qPrintable(q));
    }
}

void TestPersonForm::R3_badInputNamesFieldAndValueAndSavesNothing_data()
{
    QTest::addColumn<QString>("idNumber");
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("badWidget");
    QTest::addColumn<QString>("fieldLabel");
    QTest::addColumn<QString>("badValue");
    QTest::addColumn<QString>("reason");

    const QString goodId = test::fakeId(QDate(1975, 6, 1), false);
    const QString wrongCheck = idWith(QStringLiteral("19750601"), true);
    QTest::newRow("wrong check digit")
        << wrongCheck << QStringLiteral("13812345678") << QStringLiteral("idNumberEdit")
        << validation("ID number") << wrongCheck
        << QStringLiteral("%1").arg(mainlandIdCheckChar(wrongCheck.left(17)));
    const QString feb29 = idWith(QStringLiteral("19810229"));
    QTest::newRow("1981-02-29") << feb29 << QStringLiteral("13812345678") << QStringLiteral("idNumberEdit")
                                << validation("ID number") << feb29 << QStringLiteral("19810229");
    QTest::newRow("letters in a phone")
        << goodId << QStringLiteral("1381234abcd") << QStringLiteral("phoneEdit0") << validation("Phone")
        << QStringLiteral("1381234abcd") << QString();
}

void TestPersonForm::R3_badInputNamesFieldAndValueAndSavesNothing()
{
    QFETCH(QString, idNumber);
    QFETCH(QString, phone);
    QFETCH(QString, badWidget);
    QFETCH(QString, fieldLabel);
    QFETCH(QString, badValue);
    QFETCH(QString, reason);

    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    ui::PersonForm form(*f.archive, room, OccupancyRole::Owner);
    fillBasics(&form, QStringLiteral("李娜"), idNumber, phone);
    clickSave(&form);

    QVERIFY(form.isVisible());
    QVERIFY(form.result() != QDialog::Accepted);
    QCOMPARE(form.savedPersonId(), 0);
    const QString shown = child<QLabel>(&form, "messageLabel")->text();
    for (const QString& part : {fieldLabel, badValue, reason}) {
        QVERIFY2(shown.contains(part), qPrintable(shown + QStringLiteral(" lacks ") + part));
        QVERIFY2(MessageBox::lastText().contains(part), qPrintable(MessageBox::lastText()));
    }
    QWidget* bad = form.findChild<QWidget*>(badWidget);
    QVERIFY(bad->property("invalid").toBool());
    QVERIFY(bad->toolTip().contains(badValue));
    QVERIFY(child<QPushButton>(&form, "saveButton")->isEnabled());

    auto occupants = f.archive->people().occupants(room, true);
    QVERIFY(occupants);
    QVERIFY(occupants->isEmpty());
    auto hits = f.archive->search().search(QStringLiteral("李娜"));
    QVERIFY(hits);
    QVERIFY(hits->isEmpty());
}

void TestPersonForm::R3_fieldIsMarkedOnceLeftAndClearedWhenFixed()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    ui::PersonForm form(*f.archive, f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant);
    form.show();
    QCOMPARE(child<QLabel>(&form, "titleLabel")->text(), ui::PersonForm::tr("Tenant record form"));
    auto* id = child<QLineEdit>(&form, "idNumberEdit");
    const QString good = test::fakeId(QDate(1990, 1, 2), false);
    QTest::keyClicks(id, good.left(10));
    QVERIFY(!id->property("invalid").toBool()); // no complaint while the clerk is still typing
    QMetaObject::invokeMethod(id, "editingFinished");
    QVERIFY(id->property("invalid").toBool());
    QVERIFY(child<QLabel>(&form, "messageLabel")->text().contains(good.left(10)));
    QTest::keyClicks(id, good.mid(10));
    QVERIFY(!id->property("invalid").toBool());
    QCOMPARE(child<QComboBox>(&form, "genderCombo")->currentText(), genderLabel(Gender::Female));
}

void TestPersonForm::R3_legacyIdIsAWarningNotARefusal()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1301"));
    ui::PersonForm form(*f.archive, room, OccupancyRole::Owner);
    fillBasics(&form, QStringLiteral("王芳"), QStringLiteral("110105710923022"),
               QStringLiteral("13912345678"));
    QVERIFY(child<QLabel>(&form, "messageLabel")->text().contains(QStringLiteral("110105710923022")));
    clickSave(&form);
    QCOMPARE(form.result(), int(QDialog::Accepted));
    // The warning is repeated with the saved message.
    QVERIFY(child<QLabel>(&form, "messageLabel")->text().contains(QStringLiteral("110105710923022")));
    QCOMPARE(f.archive->people().occupants(room)->size(), 1);
}

void TestPersonForm::R3_secondCurrentOwnerIsRefused()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    for (int attempt = 0; attempt < 2; ++attempt) {
        ui::PersonForm form(*f.archive, room, OccupancyRole::Owner);
        fillBasics(&form, QStringLiteral("赵磊"), test::fakeId(QDate(1980, 5, 5), true),
                   QStringLiteral("13612345678"));
        clickSave(&form);
        QCOMPARE(form.result() == QDialog::Accepted, attempt == 0);
    }
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("赵磊")));
    QCOMPARE(f.archive->people().occupants(room)->size(), 1);
}

void TestPersonForm::R3_severalPhonesCanBeAddedAndRemoved()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    ui::PersonForm form(*f.archive, f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Tenant);
    fillBasics(&form, QStringLiteral("周敏"), test::fakeId(QDate(1995, 4, 4), false),
               QStringLiteral("13800000001"));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit1"), QStringLiteral("13800000002"));
    QTest::mouseClick(child<QToolButton>(&form, "addPhoneButton"), Qt::LeftButton);
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit2"), QStringLiteral("0755-86001234"));
    QTest::mouseClick(child<QToolButton>(&form, "removePhoneButton0"), Qt::LeftButton);
    QCOMPARE(child<QLineEdit>(&form, "phoneEdit0")->text(), QStringLiteral("13800000002"));
    clickSave(&form);
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(f.archive->people().unmasked(form.savedPersonId(), QStringLiteral("核对"))->data.phones,
             (QStringList{QStringLiteral("13800000002"), QStringLiteral("0755-86001234")}));
}

void TestPersonForm::R6_correctingAPhoneIsKeptInHistory()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    Registration r;
    r.roomId = f.roomId(QStringLiteral("3-2-1201"));
    r.person.name = QStringLiteral("陈静");
    r.person.idNumber = test::fakeId(QDate(1985, 8, 8), false);
    r.person.phones = {QStringLiteral("13812345678")};
    auto reg = f.archive->people().registerPerson(r);
    QVERIFY(reg);

    ui::PersonForm form(*f.archive, reg->personId);
    form.show();
    QVERIFY(form.isEditMode());
    auto* phone = child<QLineEdit>(&form, "phoneEdit0");
    // R20: the edit form shows masked values for every role; a correction is typed anew.
    QCOMPARE(phone->text(), QStringLiteral("138****5678"));
    QCOMPARE(child<QLineEdit>(&form, "idNumberEdit")->text(), mask::idNumber(r.person.idNumber));
    QCOMPARE(child<QLineEdit>(&form, "nameEdit")->text(), QStringLiteral("陈静"));
    retype(phone, QStringLiteral("13987654321"));
    clickSave(&form);
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(f.archive->people().unmasked(reg->personId, QStringLiteral("核对"))->data.phones,
             QStringList{QStringLiteral("13987654321")});

    // The clerk may unmask (R20): the history shows the full numbers.
    ui::HistoryDialog history(*f.archive, reg->personId);
    QAbstractItemModelTester tester(history.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    auto* table = child<QTableView>(&history, "historyTable");
    QAbstractItemModel* m = table->model();
    int row = -1;
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->index(i, ui::HistoryModel::Field).data().toString() ==
            RegisterService::fieldLabel(QStringLiteral("phones")))
            row = i;
    QVERIFY(row >= 0);
    QCOMPARE(m->index(row, ui::HistoryModel::Time).data().toString(), QStringLiteral("2026-11-27 10:00"));
    QCOMPARE(m->index(row, ui::HistoryModel::User).data().toString(), f.user.displayName);
    QCOMPARE(m->index(row, ui::HistoryModel::OldValue).data().toString(), QStringLiteral("13812345678"));
    QCOMPARE(m->index(row, ui::HistoryModel::NewValue).data().toString(), QStringLiteral("13987654321"));
}

// Issue #20 item 4: a clerk (who may unmask) gets the full values in the correction form after
// giving the reason once, recorded as an unmasking; the save says what changed.
void TestPersonForm::R20_R6_clerkCorrectsWithFullValuesAfterAReason()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const Registration r = chenJing(f.roomId(QStringLiteral("3-2-1201")));
    auto reg = f.archive->people().registerPerson(r);
    QVERIFY(reg);
    const auto unmaskRecords = [&] {
        auto n = f.archive->database().scalar(
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'unmask'"));
        return n ? n.value().toInt() : -1;
    };
    const int before = unmaskRecords();

    ui::PersonForm form(*f.archive, reg->personId);
    form.show();
    auto* id = child<QLineEdit>(&form, "idNumberEdit");
    QCOMPARE(id->text(), mask::idNumber(r.person.idNumber));
    auto* button = child<QPushButton>(&form, "unmaskButton");
    // Without a reason nothing is shown and nothing recorded.
    ui::DialogSeam<QString>::setNext(QString());
    QVERIFY(!form.showFullValues());
    QCOMPARE(id->text(), mask::idNumber(r.person.idNumber));
    QCOMPARE(unmaskRecords(), before);
    // The work unit is corrected first; then the full values come, the typed one stays.
    auto* workUnit = child<QLineEdit>(&form, "workUnitEdit");
    workUnit->setFocus();
    workUnit->selectAll();
    QTest::keyClick(workUnit, Qt::Key_Delete);
    typeText(workUnit, QStringLiteral("华苑物业服务中心"));
    QTest::keyClick(workUnit, Qt::Key_Tab);
    ui::DialogSeam<QString>::setNext(QStringLiteral("业主来电更正证件号"));
    QTest::mouseClick(button, Qt::LeftButton);
    QCOMPARE(id->text(), r.person.idNumber);
    QCOMPARE(child<QLineEdit>(&form, "phoneEdit0")->text(), QStringLiteral("13812345678"));
    QCOMPARE(child<QLineEdit>(&form, "workUnitEdit")->text(), QStringLiteral("华苑物业服务中心"));
    QVERIFY(!button->isEnabled());
    QCOMPARE(unmaskRecords(), before + 1);
    // The full number is corrected in place; the save says what changed.
    const QString corrected = test::fakeId(QDate(1985, 8, 9), false);
    retype(id, corrected);
    MessageBox::setAutoAnswer(true); // a note on the new number would be a box
    clickSave(&form);
    MessageBox::setAutoAnswer(false);
    QCOMPARE(form.result(), int(QDialog::Accepted));
    const QStringList changed = form.changedFields();
    QCOMPARE(changed, (QStringList{RegisterService::fieldLabel(QStringLiteral("id_number")),
                                   RegisterService::fieldLabel(QStringLiteral("work_unit"))}));
    auto stored = f.archive->people().unmasked(reg->personId, QStringLiteral("核对"));
    QCOMPARE(stored->data.idNumber, corrected);
    QCOMPARE(stored->data.phones, QStringList{QStringLiteral("13812345678")}); // unchanged, not re-masked
}

void TestPersonForm::R20_historyMasksPhonesForRolesWithoutUnmask()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    Registration r;
    r.roomId = f.roomId(QStringLiteral("3-2-1202"));
    r.role = OccupancyRole::Tenant;
    r.person.name = QStringLiteral("刘洋");
    r.person.idNumber = test::fakeId(QDate(1992, 2, 2), true);
    r.person.phones = {QStringLiteral("13812345678")};
    auto reg = f.archive->people().registerPerson(r);
    QVERIFY(reg);
    auto p = f.archive->people().personForEdit(reg->personId);
    Person changed = p.value();
    changed.data.phones = {QStringLiteral("13987654321")};
    QVERIFY(f.archive->people().updatePerson(changed));

    f.becomeRole(Role::Assistant); // sees the register, may not unmask
    ui::HistoryDialog history(*f.archive, reg->personId);
    QAbstractItemModelTester tester(history.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModel* m = child<QTableView>(&history, "historyTable")->model();
    QStringList seen;
    for (int i = 0; i < m->rowCount(); ++i)
        if (m->index(i, ui::HistoryModel::Field).data(Qt::UserRole).toString() == QLatin1String("phones"))
            seen << m->index(i, ui::HistoryModel::OldValue).data().toString()
                 << m->index(i, ui::HistoryModel::NewValue).data().toString();
    QCOMPARE(seen, (QStringList{QStringLiteral("138****5678"), QStringLiteral("139****4321")}));
}

// AR_SCREENSHOT_DIR=/tmp/shots [AR_SCREENSHOT_QM=…/archiveroom_zh_CN.qm]: the form as the docs show
// it (docs/images/person-form.png), filled in, and once more with a phone number refused.
void TestPersonForm::typedValuesAreNotLostOnEscape()
{
    // #20 item 2: Escape on a form with typed values asks; "no" keeps the form and the values.
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    ui::PersonForm form(*f.archive, f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner);
    form.show();
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    // An untouched form closes without a question.
    {
        ui::PersonForm clean(*f.archive, f.roomId(QStringLiteral("3-2-1202")), OccupancyRole::Owner);
        clean.show();
        const int before = MessageBox::count();
        QTest::keyClick(&clean, Qt::Key_Escape);
        QCOMPARE(MessageBox::count(), before);
        QVERIFY(!clean.isVisible());
        QCOMPARE(clean.result(), int(QDialog::Rejected));
    }
    typeText(child<QLineEdit>(&form, "nameEdit"), QStringLiteral("张伟"));
    MessageBox::setNextAnswer(QMessageBox::No);
    const int before = MessageBox::count();
    QTest::keyClick(child<QLineEdit>(&form, "nameEdit"), Qt::Key_Escape);
    QCOMPARE(MessageBox::count(), before + 1);
    QVERIFY(form.isVisible());
    QCOMPARE(child<QLineEdit>(&form, "nameEdit")->text(), QStringLiteral("张伟"));
    // The close button asks the same; "yes" discards.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    form.close();
    QCOMPARE(MessageBox::count(), before + 2);
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Rejected));
    QCOMPARE(f.archive->people().occupants(f.roomId(QStringLiteral("3-2-1201")))->size(), 0);
    // The keyboard order ends on 保存, then 取消.
    QCOMPARE(child<QPushButton>(&form, "saveButton")->nextInFocusChain(),
             static_cast<QWidget*>(child<QPushButton>(&form, "cancelButton")));
}

void TestPersonForm::ctrlSSavesAndTheFormOffersTheNextSteps()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    ui::PersonForm form(*f.archive, room, OccupancyRole::Owner);
    fillBasics(&form, QStringLiteral("张伟"), test::fakeId(QDate(1981, 3, 14), true),
               QStringLiteral("13812345678"));
    QVERIFY(QTest::qWaitForWindowExposed(&form));
    const int boxes = MessageBox::count();
    QTest::keyClick(child<QLineEdit>(&form, "phoneEdit0"), Qt::Key_S, Qt::ControlModifier);
    QCOMPARE(f.archive->people().occupants(room)->size(), 1);
    QVERIFY(form.isRegistered());
    QCOMPARE(MessageBox::count(), boxes); // no modal "saved" box
    QVERIFY(form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Accepted));
    for (const char* next :
         {"nextAddMember", "nextPrintForm", "nextPrintLabel", "nextRegisterAnother", "nextDone"})
        QVERIFY2(child<QPushButton>(&form, next)->isVisible(), next);
    QVERIFY(!child<QPushButton>(&form, "saveButton")->isVisible());
    QVERIFY(!child<QLineEdit>(&form, "nameEdit")->isEnabled());
    child<QPushButton>(&form, "nextAddMember")->click();
    QVERIFY(!form.isVisible());
    QCOMPARE(form.result(), int(QDialog::Accepted));
    QCOMPARE(form.nextStep(), ui::PersonForm::NextStep::AddMember);
}

void TestPersonForm::screenshot()
{
    const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AR_SCREENSHOT_DIR to write docs/images/person-form.png");
    QTranslator translator;
    if (translator.load(qEnvironmentVariable("AR_SCREENSHOT_QM")))
        QCoreApplication::installTranslator(&translator);
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    ui::PersonForm form(*f.archive, f.roomId(QStringLiteral("3-2-1201")), OccupancyRole::Owner);
    form.show();
    QApplication::setActiveWindow(&form); // focus moves as the clerk's would
    QVERIFY(QTest::qWaitForWindowActive(&form));
    fillBasics(&form, QStringLiteral("张伟"), test::fakeId(QDate(1981, 3, 14), true),
               QStringLiteral("13812345678"));
    QTest::keyClicks(child<QLineEdit>(&form, "phoneEdit1"), QStringLiteral("010-62345678"));
    typeText(child<QLineEdit>(&form, "workUnitEdit"), QStringLiteral("华苑科技有限公司"));
    typeText(child<QLineEdit>(&form, "homeAddressEdit"), QStringLiteral("北京市海淀区学院路 1 号"));
    typeText(child<QLineEdit>(&form, "emergencyContactEdit"), QStringLiteral("张丽 13912345678"));
    child<QCheckBox>(&form, "moveInCheck")->setChecked(true);
    child<QPushButton>(&form, "saveButton")->setFocus(); // no blinking cursor in the picture
    QVERIFY(form.grab().save(dir + QStringLiteral("/person-form.png")));

    retype(child<QLineEdit>(&form, "phoneEdit1"), QStringLiteral("010-6234abcd"));
    QMetaObject::invokeMethod(child<QLineEdit>(&form, "phoneEdit1"), "editingFinished");
    child<QPushButton>(&form, "saveButton")->setFocus();
    QVERIFY(form.grab().save(dir + QStringLiteral("/person-form-error.png")));
    QCoreApplication::removeTranslator(&translator);
}

// AR_SCREENSHOT_DIR (and AR_SCREENSHOT_QM, AR_SCREENSHOT_LANG): the correction form, with the full
// values shown after the reason, over the main window on a 1366×768 screen; it must fit it.
void TestPersonForm::correctionFormAt1366By768()
{
    if (qEnvironmentVariableIsEmpty("AR_SCREENSHOT_DIR"))
        QSKIP("set AR_SCREENSHOT_DIR to write docs/images/correction-1366-*.png");
    const auto translators = installScreenshotTranslators();
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    const Registration r = chenJing(f.roomId(QStringLiteral("3-2-1201")));
    auto reg = f.archive->people().registerPerson(r);
    QVERIFY(reg);
    ui::MainWindow window(*f.archive);
    ui::PersonForm form(*f.archive, reg->personId, &window);
    form.setWindowFlag(Qt::Window);
    form.show();
    ui::DialogSeam<QString>::setNext(QStringLiteral("业主来电更正电话"));
    QVERIFY(form.showFullValues());
    retype(child<QLineEdit>(&form, "phoneEdit0"), QStringLiteral("13912345678"));
    child<QPushButton>(&form, "saveButton")->setFocus();
    QVERIFY(saveOn1366By768Screen(window, form, QStringLiteral("correction-1366")));
}

QTEST_MAIN(TestPersonForm)
#include "TestPersonForm.moc"
