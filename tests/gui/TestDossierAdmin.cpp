// Issue #4 in the window: the administrator edits the dossier categories and their checklists
// (R2, R4, R10, R40) through CategoryAdminDialog; a clerk records a change of owner (R42)
// through OwnerChangeDialog, which uses the register's own owner form.
#include "../services/ServiceHelpers.h"
#include "TestSupport.h"
#include "Typing.h"

#include "services/Archive.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/CategoryAdminDialog.h"
#include "ui/dossiers/OwnerChangeDialog.h"
#include "ui/register/PersonForm.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QDateEdit>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QTableWidget>
#include <QTest>
#include <QTranslator>

#include <memory>
#include <vector>

using namespace ar;
using namespace ar::test::gui;
using ar::ui::MessageBox;

namespace {

QString dossierText(const char* source)
{
    return QCoreApplication::translate("DossierService", source);
}

Category categoryOf(Archive& a, const QString& code)
{
    auto cats = a.dossiers().categories();
    if (cats)
        for (const Category& c : cats.value())
            if (c.code == code)
                return c;
    return {};
}

} // namespace

class TestDossierAdmin : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void R40_adminChangesRetention();
    void R40_ownerRetentionChangeRefusedAndShown();
    void R10_numberingRuleWithoutSeqShownOnTheField();
    void R4_adminAddsRequiredKind();
    void R4_requiredCheckboxAndDeactivateSave();
    void R2_actionOnlyForConfigureArchive();
    void R42_clerkChangesOwnerThroughTheDialog();
    void R42_badIdNumberShownNothingChanged();
    void R42_roomWithoutOwnerRefused();
    void screenshots();

private:
    // 王小明 owner of 3-2-1201 (a clerk's fixture); returns his dossier's archive number.
    QString registerWang(test::Fixture& f);
    void fillNewOwner(ui::OwnerChangeDialog& dlg, const QString& id);
};

void TestDossierAdmin::initTestCase()
{
    QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
    QCoreApplication::setApplicationName(QStringLiteral("TestDossierAdmin"));
    MessageBox::setAutoAnswer(true, QMessageBox::Yes); // record boxes, never show them
}

void TestDossierAdmin::init()
{
    MessageBox::resetRecord();
    QSettings().clear();
}

void TestDossierAdmin::R40_adminChangesRetention()
{
    test::Fixture f(Role::Admin);
    ui::CategoryAdminDialog dlg(*f.archive);
    dlg.show();
    QCOMPARE(child<QListWidget>(&dlg, "categoryList")->count(), 7);
    QVERIFY(dlg.selectCategory(QStringLiteral("service")));
    QCOMPARE(categoryOf(*f.archive, QStringLiteral("service")).retention, QStringLiteral("D10"));
    QVERIFY(child<QRadioButton>(&dlg, "yearsRadio")->isChecked());
    QCOMPARE(child<QSpinBox>(&dlg, "yearsSpin")->value(), 10);

    child<QSpinBox>(&dlg, "yearsSpin")->setValue(15);
    child<QSpinBox>(&dlg, "loanDaysSpin")->setValue(14);
    QTest::mouseClick(child<QPushButton>(&dlg, "saveButton"), Qt::LeftButton);

    const Category c = categoryOf(*f.archive, QStringLiteral("service"));
    QCOMPARE(c.retention, QStringLiteral("D15"));
    QCOMPARE(c.loanDays, 14);
    QVERIFY(!child<QLabel>(&dlg, "statusLabel")->text().isEmpty());
    QVERIFY(child<QLabel>(&dlg, "errorLabel")->isHidden());

    // Permanent from now on: the engineering-like choice for service records.
    child<QRadioButton>(&dlg, "permanentRadio")->setChecked(true);
    QTest::mouseClick(child<QPushButton>(&dlg, "saveButton"), Qt::LeftButton);
    QCOMPARE(categoryOf(*f.archive, QStringLiteral("service")).retention, QStringLiteral("Y"));
    QCOMPARE(dlg.currentCode(), QStringLiteral("service")); // still selected after reloading
}

void TestDossierAdmin::R40_ownerRetentionChangeRefusedAndShown()
{
    test::Fixture f(Role::Admin);
    ui::CategoryAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectCategory(QStringLiteral("owner")));
    QVERIFY(child<QRadioButton>(&dlg, "permanentRadio")->isChecked());
    child<QRadioButton>(&dlg, "yearsRadio")->setChecked(true);
    child<QSpinBox>(&dlg, "yearsSpin")->setValue(30);
    QTest::mouseClick(child<QPushButton>(&dlg, "saveButton"), Qt::LeftButton);

    auto* error = child<QLabel>(&dlg, "errorLabel");
    QVERIFY(!error->isHidden());
    QCOMPARE(error->text(), dossierText("Owner dossiers are kept permanently"));
    QVERIFY(child<QSpinBox>(&dlg, "yearsSpin")->property("invalid").toBool());
    QVERIFY(child<QLabel>(&dlg, "statusLabel")->text().isEmpty());
    QCOMPARE(categoryOf(*f.archive, QStringLiteral("owner")).retention, QStringLiteral("Y"));
}

void TestDossierAdmin::R10_numberingRuleWithoutSeqShownOnTheField()
{
    test::Fixture f(Role::Admin);
    ui::CategoryAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectCategory(QStringLiteral("repair")));
    QTest::keyClicks(child<QLineEdit>(&dlg, "numberingEdit"), QStringLiteral("{fonds}-WX-{year}"));
    QTest::mouseClick(child<QPushButton>(&dlg, "saveButton"), Qt::LeftButton);
    QCOMPARE(child<QLabel>(&dlg, "errorLabel")->text(),
             dossierText("A numbering rule must contain {seq} so numbers stay unique"));
    QVERIFY(child<QLineEdit>(&dlg, "numberingEdit")->property("invalid").toBool());
    QVERIFY(categoryOf(*f.archive, QStringLiteral("repair")).numberingPattern.isEmpty());

    // Typing again clears the mark; a rule with {seq} is saved.
    QTest::keyClicks(child<QLineEdit>(&dlg, "numberingEdit"), QStringLiteral("-{seq:3}"));
    QVERIFY(child<QLabel>(&dlg, "errorLabel")->isHidden());
    QTest::mouseClick(child<QPushButton>(&dlg, "saveButton"), Qt::LeftButton);
    QCOMPARE(categoryOf(*f.archive, QStringLiteral("repair")).numberingPattern,
             QStringLiteral("{fonds}-WX-{year}-{seq:3}"));
}

void TestDossierAdmin::R4_adminAddsRequiredKind()
{
    test::Fixture f(Role::Admin);
    ui::CategoryAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectCategory(QStringLiteral("repair")));
    const int before = int(dlg.kinds().size());

    bool handled = false;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        handled = true;
        typeText(child<QLineEdit>(&d, "nameEdit"), QStringLiteral("维修验收单"));
        child<QCheckBox>(&d, "requiredCheck")->setChecked(true);
        child<QPlainTextEdit>(&d, "fieldsEdit")
            ->setPlainText(QStringLiteral("报修时间\n维修人员\n维修内容\n维修费用"));
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Accepted));
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "addKindButton"), Qt::LeftButton);
    QVERIFY(handled);
    QCOMPARE(int(dlg.kinds().size()), before + 1);

    auto kinds = f.archive->dossiers().kinds(QStringLiteral("repair"));
    QVERIFY2(kinds.ok(), kinds.ok() ? "" : qPrintable(kinds.error().message));
    const auto it = std::find_if(kinds->cbegin(), kinds->cend(),
                                 [](const ItemKind& k) { return k.name == QStringLiteral("维修验收单"); });
    QVERIFY(it != kinds->cend());
    QVERIFY(it->required);
    QCOMPARE(it->fields, (QStringList{QStringLiteral("报修时间"), QStringLiteral("维修人员"),
                                      QStringLiteral("维修内容"), QStringLiteral("维修费用")}));

    // The table shows it, selected, with its fields; a second kind of that name is refused
    // on the form, which stays open.
    auto* table = child<QTableWidget>(&dlg, "kindTable");
    const int row = table->currentRow();
    QVERIFY(row >= 0);
    QCOMPARE(table->item(row, ui::CategoryAdminDialog::KindName)->text(), QStringLiteral("维修验收单"));
    QCOMPARE(table->item(row, ui::CategoryAdminDialog::KindRequired)->checkState(), Qt::Checked);
    QVERIFY(
        table->item(row, ui::CategoryAdminDialog::KindFields)->text().contains(QStringLiteral("维修费用")));

    QString shown;
    ui::DialogRunner::setNextHandler([&](QDialog& d) {
        typeText(child<QLineEdit>(&d, "nameEdit"), QStringLiteral("维修验收单"));
        QTest::mouseClick(child<QPushButton>(&d, "okButton"), Qt::LeftButton);
        QCOMPARE(d.result(), int(QDialog::Rejected));
        shown = child<QLabel>(&d, "errorLabel")->text();
    });
    QTest::mouseClick(child<QPushButton>(&dlg, "addKindButton"), Qt::LeftButton);
    QCOMPARE(shown,
             dossierText("The category already has an item kind %1").arg(QStringLiteral("维修验收单")));
    QCOMPARE(int(dlg.kinds().size()), before + 1);
}

void TestDossierAdmin::R4_requiredCheckboxAndDeactivateSave()
{
    test::Fixture f(Role::Admin);
    ui::CategoryAdminDialog dlg(*f.archive);
    dlg.show();
    QVERIFY(dlg.selectCategory(QStringLiteral("repair")));
    ItemKind k;
    k.category = QStringLiteral("repair");
    k.name = QStringLiteral("现场照片");
    auto id = f.archive->dossiers().saveKind(k);
    QVERIFY2(id.ok(), id.ok() ? "" : qPrintable(id.error().message));
    dlg.selectCategory(QStringLiteral("repair")); // reloads the kinds
    QVERIFY(dlg.selectKind(id.value()));
    auto* table = child<QTableWidget>(&dlg, "kindTable");
    int row = table->currentRow();

    // The required check box saves at once.
    table->item(row, ui::CategoryAdminDialog::KindRequired)->setCheckState(Qt::Checked);
    auto kinds = f.archive->dossiers().kinds(QStringLiteral("repair"));
    QVERIFY(kinds.ok());
    auto find = [&](const QList<ItemKind>& list) {
        return std::find_if(list.cbegin(), list.cend(),
                            [&](const ItemKind& e) { return e.id == id.value(); });
    };
    QVERIFY(find(kinds.value()) != kinds->cend() && find(kinds.value())->required);

    // Deactivated: no longer offered, still listed as inactive; then reactivated.
    QVERIFY(dlg.selectKind(id.value()));
    QTest::mouseClick(child<QPushButton>(&dlg, "toggleKindButton"), Qt::LeftButton);
    kinds = f.archive->dossiers().kinds(QStringLiteral("repair"));
    QVERIFY(find(kinds.value()) == kinds->cend());
    QVERIFY(dlg.selectKind(id.value()));
    row = table->currentRow();
    QCOMPARE(table->item(row, ui::CategoryAdminDialog::KindActive)->text(),
             ui::CategoryAdminDialog::tr("inactive"));
    QTest::mouseClick(child<QPushButton>(&dlg, "toggleKindButton"), Qt::LeftButton);
    kinds = f.archive->dossiers().kinds(QStringLiteral("repair"));
    QVERIFY(find(kinds.value()) != kinds->cend());
}

void TestDossierAdmin::R2_actionOnlyForConfigureArchive()
{
    QWidget window;
    {
        test::Fixture f(Role::Admin);
        QAction* a = ui::CategoryAdminDialog::createAction(*f.archive, &window);
        QCOMPARE(a->objectName(), QStringLiteral("actionCategoryAdmin"));
        QVERIFY(a->isVisible() && a->isEnabled());
        bool opened = false;
        ui::DialogRunner::setNextHandler(
            [&](QDialog& d) { opened = qobject_cast<ui::CategoryAdminDialog*>(&d) != nullptr; });
        a->trigger();
        QVERIFY(opened);
        delete a;
    }
    test::Fixture f(Role::Clerk);
    QAction* a = ui::CategoryAdminDialog::createAction(*f.archive, &window);
    QVERIFY(!a->isVisible());
    QVERIFY(!a->isEnabled());
    // The service refuses anyway.
    Category c = categoryOf(*f.archive, QStringLiteral("service"));
    c.retention = QStringLiteral("D5");
    auto s = f.archive->dossiers().updateCategory(c);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, ErrorCode::PermissionDenied);
    delete a;
}

QString TestDossierAdmin::registerWang(test::Fixture& f)
{
    f.makeSmallEstate();
    Registration reg = test::wangXiaoming(f.roomId(QStringLiteral("3-2-1201")));
    reg.since = QDate(2020, 6, 1);
    auto r = f.archive->people().registerPerson(reg);
    if (!r)
        qFatal("cannot register: %s", qPrintable(r.error().message));
    return r->archiveNo;
}

void TestDossierAdmin::fillNewOwner(ui::OwnerChangeDialog& dlg, const QString& id)
{
    QWidget* form = dlg.personForm();
    typeText(child<QLineEdit>(form, "nameEdit"), QStringLiteral("赵敏"));
    QTest::keyClicks(child<QLineEdit>(form, "idNumberEdit"), id);
    QTest::keyClicks(child<QLineEdit>(form, "phoneEdit0"), QStringLiteral("13700001111"));
}

void TestDossierAdmin::R42_clerkChangesOwnerThroughTheDialog()
{
    test::Fixture f(Role::Clerk);
    const QString former = registerWang(f);
    const qint64 room = f.roomId(QStringLiteral("3-2-1201"));
    ui::OwnerChangeDialog dlg(*f.archive, room);
    dlg.show();
    QVERIFY(dlg.loadError().isEmpty());
    QVERIFY(!child<QPushButton>(dlg.personForm(), "saveButton")->isVisible()); // the dialog saves

    // What will happen: the owner, the dossier, from when it may be destroyed.
    const QDate today = f.archive->context().clock.today();
    auto* dateEdit = child<QDateEdit>(&dlg, "dateEdit");
    QCOMPARE(dateEdit->date(), today);
    QCOMPARE(dateEdit->maximumDate(), today);             // not in the future
    QCOMPARE(dateEdit->minimumDate(), QDate(2020, 6, 1)); // nor before the owner's own start
    dateEdit->setDate(today.addDays(-3));
    const QString explained = child<QLabel>(&dlg, "explainLabel")->text();
    QVERIFY(explained.contains(QStringLiteral("王小明")));
    QVERIFY(explained.contains(former));
    QVERIFY(explained.contains(today.addDays(-3).addYears(3).toString(Qt::ISODate)));

    fillNewOwner(dlg, test::fakeId(QDate(1985, 8, 1), false, 31));
    QTest::mouseClick(child<QPushButton>(&dlg, "okButton"), Qt::LeftButton);
    QCOMPARE(dlg.result(), int(QDialog::Accepted));

    // The former dossier is kept apart; the new owner has a new dossier; both numbers shown.
    auto old = f.archive->dossiers().byArchiveNo(former);
    QVERIFY2(old.ok(), old.ok() ? "" : qPrintable(old.error().message));
    QCOMPARE(old->status, QStringLiteral("former_owner"));
    QCOMPARE(old->destroyEligible, today.addDays(-3).addYears(kFormerOwnerKeepYears));
    const QString fresh = dlg.outcome().registration.archiveNo;
    QVERIFY(!fresh.isEmpty() && fresh != former);
    QCOMPARE(dlg.outcome().formerArchiveNos, QStringList{former});
    QVERIFY(MessageBox::lastText().contains(fresh));
    QVERIFY(MessageBox::lastText().contains(former));
    auto occupants = f.archive->people().occupants(room);
    QVERIFY(occupants.ok());
    QStringList owners;
    for (const Occupant& o : occupants.value())
        if (o.occupancy.role == OccupancyRole::Owner && o.occupancy.current())
            owners << o.name;
    QCOMPARE(owners, QStringList{QStringLiteral("赵敏")});
}

void TestDossierAdmin::R42_badIdNumberShownNothingChanged()
{
    test::Fixture f(Role::Clerk);
    const QString former = registerWang(f);
    const QString before = test::snapshot(*f.archive);
    ui::OwnerChangeDialog dlg(*f.archive, f.roomId(QStringLiteral("3-2-1201")));
    dlg.show();
    const QString good = test::fakeId(QDate(1985, 8, 1), false, 31);
    const QString bad =
        good.left(17) + (good.endsWith(QLatin1Char('1')) ? QLatin1Char('2') : QLatin1Char('1'));
    fillNewOwner(dlg, bad); // the check digit is wrong
    MessageBox::resetRecord();
    QTest::mouseClick(child<QPushButton>(&dlg, "okButton"), Qt::LeftButton);

    QCOMPARE(dlg.result(), int(QDialog::Rejected)); // still open
    QCOMPARE(MessageBox::count(), 1);
    QVERIFY(MessageBox::lastText().contains(ui::PersonForm::tr("Nothing was saved.")));
    QVERIFY(child<QLineEdit>(dlg.personForm(), "idNumberEdit")->property("invalid").toBool());
    QCOMPARE(test::snapshot(*f.archive), before);
    auto old = f.archive->dossiers().byArchiveNo(former);
    QVERIFY(old.ok());
    QVERIFY(old->status != QLatin1String("former_owner"));
}

void TestDossierAdmin::R42_roomWithoutOwnerRefused()
{
    test::Fixture f(Role::Clerk);
    f.makeSmallEstate();
    bool shown = false;
    ui::DialogRunner::setNextHandler([&](QDialog&) { shown = true; });
    QVERIFY(!ui::OwnerChangeDialog::run(*f.archive, f.roomId(QStringLiteral("3-2-1301")), nullptr));
    QVERIFY(!shown);
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("3-2-1301")));
    ui::DialogRunner::setNextHandler({});
}

// AR_SCREENSHOT_DIR=/tmp/shots [AR_SCREENSHOT_QM=a.qm:b.qm]: both dialogs as the docs show them
// (docs/images/category-admin.png, docs/images/owner-change.png).
void TestDossierAdmin::screenshots()
{
    const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        QSKIP("set AR_SCREENSHOT_DIR to write docs/images/category-admin.png and owner-change.png");
    const auto translators = installScreenshotTranslators();
    {
        test::Fixture f(Role::Admin);
        ui::CategoryAdminDialog dlg(*f.archive);
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        dlg.selectCategory(QStringLiteral("repair"));
        ItemKind k;
        k.category = QStringLiteral("repair");
        k.name = QStringLiteral("维修验收单");
        k.required = true;
        k.fields = QStringList{QStringLiteral("报修时间"), QStringLiteral("维修人员"),
                               QStringLiteral("维修内容"), QStringLiteral("维修费用")};
        QVERIFY(f.archive->dossiers().saveKind(k).ok());
        dlg.selectCategory(QStringLiteral("repair"));
        child<QPushButton>(&dlg, "saveButton")->setFocus();
        QVERIFY(dlg.grab().save(dir + QStringLiteral("/category-admin.png")));
    }
    {
        test::Fixture f(Role::Clerk);
        registerWang(f);
        ui::OwnerChangeDialog dlg(*f.archive, f.roomId(QStringLiteral("3-2-1201")));
        dlg.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dlg));
        fillNewOwner(dlg, test::fakeId(QDate(1985, 8, 1), false, 31));
        child<QPushButton>(&dlg, "okButton")->setFocus();
        QVERIFY(dlg.grab().save(dir + QStringLiteral("/owner-change.png")));
    }
    for (const auto& t : translators)
        QCoreApplication::removeTranslator(t.get());
}

QTEST_MAIN(TestDossierAdmin)
#include "TestDossierAdmin.moc"
