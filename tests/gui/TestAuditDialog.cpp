// The audit trail window (R27): opened from the main window by the roles that may read it, on
// the selected person; filters; pages fetched as the list scrolls; the chain check.
#include "WindowTestBase.h"

#include "ui/audit/AuditDialog.h"
#include "ui/audit/AuditModel.h"
#include "ui/common/DialogRunner.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QPushButton>
#include <QTableView>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;

class TestAuditDialog : public QObject, protected WindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase("TestAuditDialog"); }
    void init() { start(); }
    void cleanup() { stop(); }

    void R27_menuActionOnlyForReadersOfTheTrail_data();
    void R27_menuActionOnlyForReadersOfTheTrail();
    void R27_opensOnTheSelectedPerson();
    void R27_filtersByDossierUserActionAndDate();
    void R27_longTrailIsFetchedInPages();
    void R27_verifyButtonShowsTheBrokenRecord();
};

void TestAuditDialog::R27_menuActionOnlyForReadersOfTheTrail_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("visible");
    for (Role r : allAccountRoles())
        QTest::addRow("%s", qPrintable(roleCode(r)))
            << int(r) << (r == Role::Admin || r == Role::Leader || r == Role::Clerk);
}

void TestAuditDialog::R27_menuActionOnlyForReadersOfTheTrail()
{
    QFETCH(int, role);
    QFETCH(bool, visible);
    if (Role(role) == Role::Admin)
        m_f->archive->context().setUser(m_f->admin);
    else if (Role(role) != Role::Clerk)
        m_f->becomeRole(Role(role), QStringLiteral("someone1"));
    openWindow();
    QCOMPARE(action("actionAuditTrail")->isVisible(), visible);
}

void TestAuditDialog::R27_opensOnTheSelectedPerson()
{
    registerOwners();
    openWindow();
    QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201"))));
    QVERIFY(m_window->selectPerson(m_wang));
    int rows = -1;
    QStringList subjects;
    DialogRunner::setNextHandler([&](QDialog& d) {
        auto* dialog = qobject_cast<AuditDialog*>(&d);
        QVERIFY(dialog);
        QAbstractItemModelTester tester(dialog->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(child<QLineEdit>(dialog, "personEdit")->text(), QString::number(m_wang));
        rows = dialog->model()->rowCount();
        for (int r = 0; r < rows; ++r)
            subjects << dialog->model()->index(r, AuditModel::Subject).data().toString();
        d.reject();
    });
    action("actionAuditTrail")->trigger();
    QCOMPARE(rows, 1); // registered; selecting in the list shows no full record
    QVERIFY2(subjects.first().contains(QStringLiteral("王小明")), qPrintable(subjects.first()));
}

void TestAuditDialog::R27_filtersByDossierUserActionAndDate()
{
    registerOwners();
    QVERIFY(m_f->archive->people().history(m_li).ok());
    AuditDialog dialog(*m_f->archive);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    AuditModel* model = dialog.model();
    const int all = model->rowCount();
    QVERIFY(all >= 9);
    // Newest first.
    QVERIFY(model->index(0, 0).data(AuditModel::IdRole).toLongLong() >
            model->index(1, 0).data(AuditModel::IdRole).toLongLong());
    QCOMPARE(model->index(0, AuditModel::Detail).data().toString(), QStringLiteral("change history"));

    const QString liDossier = m_f->archive->context().dossiers.ofPerson(m_li)->first().archiveNo;
    typeText(child<QLineEdit>(&dialog, "dossierEdit"), liDossier);
    QTest::mouseClick(child<QPushButton>(&dialog, "applyButton"), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 2); // registered, history viewed
    for (int r = 0; r < 2; ++r)
        QVERIFY(model->index(r, AuditModel::Subject).data().toString().contains(QStringLiteral("李四")));

    child<QLineEdit>(&dialog, "dossierEdit")->clear();
    typeText(child<QLineEdit>(&dialog, "userEdit"), QStringLiteral("admin"));
    auto* actions = child<QComboBox>(&dialog, "actionCombo");
    actions->setCurrentIndex(actions->findData(QStringLiteral("estate_change")));
    dialog.applyFilter();
    QCOMPARE(model->rowCount(), 6); // estate, building, unit, three rooms
    QCOMPARE(model->index(0, AuditModel::User).data().toString(), QStringLiteral("管理员 (admin)"));

    actions->setCurrentIndex(0);
    child<QLineEdit>(&dialog, "userEdit")->clear();
    child<QCheckBox>(&dialog, "fromCheck")->setChecked(true);
    child<QDateEdit>(&dialog, "fromEdit")->setDate(QDate(2026, 11, 28));
    dialog.applyFilter();
    QCOMPARE(model->rowCount(), 0);
    child<QDateEdit>(&dialog, "fromEdit")->setDate(QDate(2026, 11, 27));
    dialog.applyFilter();
    QCOMPARE(model->rowCount(), all);
}

void TestAuditDialog::R27_longTrailIsFetchedInPages()
{
    registerOwners();
    for (int i = 0; i < 450; ++i)
        QVERIFY(m_f->archive->people().person(m_wang).ok());
    const int total =
        m_f->archive->database().scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log"))->toInt();
    AuditModel model(m_f->archive->audit());
    AuditService::Filter newest;
    newest.newestFirst = true;
    newest.limit = 200;
    model.setFilter(newest);
    QCOMPARE(model.rowCount(), 200);
    QVERIFY(model.canFetchMore({}));
    model.fetchMore({});
    QCOMPARE(model.rowCount(), 400);
    model.fetchMore({});
    QCOMPARE(model.rowCount(), total);
    QVERIFY(!model.canFetchMore({}));
    // Ids fall without a gap across the pages.
    for (int r = 1; r < model.rowCount(); ++r)
        QCOMPARE(model.index(r, 0).data(AuditModel::IdRole).toLongLong(),
                 model.index(r - 1, 0).data(AuditModel::IdRole).toLongLong() - 1);
    // The dialog shows the first page and the rest as the view asks, under the model tester.
    AuditDialog dialog(*m_f->archive);
    QCOMPARE(dialog.model()->rowCount(), 200);
    QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    dialog.applyFilter();
    QCOMPARE(dialog.model()->rowCount(), 200);
    while (dialog.model()->canFetchMore({}))
        dialog.model()->fetchMore({});
    QCOMPARE(dialog.model()->rowCount(), total);
}

void TestAuditDialog::R27_verifyButtonShowsTheBrokenRecord()
{
    registerOwners();
    AuditDialog dialog(*m_f->archive);
    auto* label = child<QLabel>(&dialog, "verifyLabel");
    QTest::mouseClick(child<QPushButton>(&dialog, "verifyButton"), Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("intact")), qPrintable(label->text()));
    QVERIFY(m_f->archive->database().exec(QStringLiteral("DELETE FROM audit_log WHERE id = 3")).ok());
    QTest::mouseClick(child<QPushButton>(&dialog, "verifyButton"), Qt::LeftButton);
    QVERIFY2(label->text().contains(QStringLiteral("record 3")), qPrintable(label->text()));
}

QTEST_MAIN(TestAuditDialog)
#include "TestAuditDialog.moc"
