// The main window on the offscreen platform: the estate built through its actions, the room
// and people views, and the register actions wired to the form. Dialogs are answered through
// the ui/common seams; what was saved is checked through the services.
#include "WindowTestBase.h"

#include "services/TrialArchive.h"
#include "ui/DemoOffer.h"
#include "ui/Settings.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/estate/CodeNameDialog.h"
#include "ui/estate/RoomGridDialog.h"
#include "ui/register/HistoryDialog.h"
#include "ui/register/PersonForm.h"

#include <QDialog>
#include <QFile>
#include <QFileInfo>
#include <QLineEdit>
#include <QMenu>
#include <QSignalSpy>
#include <QTableView>
#include <QTableWidget>
#include <QTextBrowser>
#include <QToolBar>
#include <QTreeView>
#include <QWidgetAction>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;
using Kind = EstateTreeModel::Kind;

class TestMainWindow : public QObject, protected WindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase("TestMainWindow"); }
    void init() { start(); }
    void cleanup() { stop(); }

    void buildEstateThroughActions();
    void windowFitsA1366By768Screen_data();
    void windowFitsA1366By768Screen();
    void refusedRemovalShowsTheServiceMessage();
    void buildingShowsAllItsUnits();
    void registerOwnerThroughTheForm();
    void moveOutEndsTheTieAfterConfirmation();
    void historyOpensForThePerson();
    void staffCannotEditOrRegister();
    void languageChoiceIsSaved();
    void demoGoesIntoATrialArchiveNeverIntoTheRealOne();
    void everyActionHasAnObjectName();
    void helpOpensTheManualAndTheShortcutList();
};

void TestMainWindow::buildEstateThroughActions()
{
    openWindow();
    auto* tree = m_window->estateModel();
    QTreeView* view = m_window->estateTree();

    DialogSeam<CodeNameDialog::Values>::setNext(
        CodeNameDialog::Values{QStringLiteral("hy"), QStringLiteral("华苑小区"), {}});
    action("actionAddEstate")->trigger();
    QCOMPARE(tree->rowCount(), 1);
    QCOMPARE(tree->kind(view->currentIndex()), Kind::Estate);
    QCOMPARE(tree->estate(view->currentIndex()).code, QStringLiteral("HY")); // normalised by the service

    DialogSeam<CodeNameDialog::Values>::setNext(CodeNameDialog::Values{QStringLiteral("3"), {}, {}});
    action("actionAddBuilding")->trigger();
    QCOMPARE(tree->kind(view->currentIndex()), Kind::Building);
    const QPersistentModelIndex building3 = view->currentIndex();

    DialogSeam<CodeNameDialog::Values>::setNext(
        CodeNameDialog::Values{QStringLiteral("2"), QStringLiteral("2单元"), {}});
    action("actionAddUnit")->trigger();
    QCOMPARE(tree->kind(view->currentIndex()), Kind::Unit);
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("2单元"));

    RoomGridDialog::Values grid;
    grid.floorFrom = 1;
    grid.floorTo = 3;
    grid.perFloor = 2;
    grid.areaCenti = 8950;
    DialogSeam<RoomGridDialog::Values>::setNext(grid);
    action("actionAddRooms")->trigger();
    QCOMPARE(m_window->roomModel()->rowCount(), 6);
    QCOMPARE(m_window->roomModel()->index(0, RoomTableModel::Number).data().toString(),
             QStringLiteral("101"));

    Room single;
    single.unitId = tree->id(view->currentIndex());
    single.number = QStringLiteral("b101");
    DialogSeam<Room>::setNext(single);
    action("actionAddRoom")->trigger();
    QCOMPARE(m_window->roomModel()->rowCount(), 7);
    QVERIFY(m_f->roomId(QStringLiteral("3-2-B101")) != 0);

    // A second building leaves the first one open with its unit.
    view->setCurrentIndex(tree->parent(building3));
    DialogSeam<CodeNameDialog::Values>::setNext(CodeNameDialog::Values{QStringLiteral("5"), {}, {}});
    action("actionAddBuilding")->trigger();
    QCOMPARE(tree->rowCount(tree->index(0, 0)), 2);
    QVERIFY(building3.isValid());
    QVERIFY(view->isExpanded(building3));

    // Renaming a unit's code changes its rooms' references.
    view->setCurrentIndex(tree->index(0, 0, building3));
    DialogSeam<CodeNameDialog::Values>::setNext(
        CodeNameDialog::Values{QStringLiteral("4"), QStringLiteral("4单元"), {}});
    action("actionEditEstateItem")->trigger();
    QCOMPARE(view->currentIndex().data().toString(), QStringLiteral("4单元"));
    QVERIFY(m_f->roomId(QStringLiteral("3-4-101")) != 0);

    // A cancelled dialog changes nothing.
    DialogSeam<CodeNameDialog::Values>::setNext(std::nullopt);
    action("actionAddEstate")->trigger();
    QCOMPARE(tree->rowCount(), 1);
    QCOMPARE(MessageBox::count(), 0);

    // Renaming re-sorts the estates (by code); the moved one keeps its open buildings.
    DialogSeam<CodeNameDialog::Values>::setNext(
        CodeNameDialog::Values{QStringLiteral("MM"), QStringLiteral("明苑"), {}});
    action("actionAddEstate")->trigger();
    QCOMPARE(tree->rowCount(), 2);
    view->setCurrentIndex(tree->index(0, 0));
    DialogSeam<CodeNameDialog::Values>::setNext(
        CodeNameDialog::Values{QStringLiteral("ZZ"), QStringLiteral("华苑小区"), {}});
    action("actionEditEstateItem")->trigger();
    QCOMPARE(tree->estate(tree->index(1, 0)).code, QStringLiteral("ZZ"));
    QCOMPARE(view->currentIndex(), tree->index(1, 0));
    QVERIFY(building3.isValid());
    QCOMPARE(building3.parent(), tree->index(1, 0));
    QVERIFY(view->isExpanded(building3));
}

void TestMainWindow::refusedRemovalShowsTheServiceMessage()
{
    registerOwners();
    openWindow();
    QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201"))));

    // A room with an owner stays; the clerk reads why.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionRemoveRoom")->trigger();
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("cannot be removed")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(m_window->roomModel()->rowCount(), 3);

    // An empty room goes after the confirmation.
    QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1301"))));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionRemoveRoom")->trigger();
    QCOMPARE(m_window->roomModel()->rowCount(), 2);
    QCOMPARE(m_f->roomId(QStringLiteral("3-2-1301")), 0);

    // The unit still has rooms: refused, and it stays in the tree.
    QCOMPARE(m_window->estateModel()->kind(m_window->estateTree()->currentIndex()), Kind::Unit);
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionRemoveEstateItem")->trigger();
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("rooms first")));
    QCOMPARE(m_window->estateModel()->kind(m_window->estateTree()->currentIndex()), Kind::Unit);
}

void TestMainWindow::buildingShowsAllItsUnits()
{
    m_f->makeSmallEstate();
    m_f->archive->context().setUser(m_f->admin);
    auto b = m_f->archive->estate().findRoom(QStringLiteral("3-2-1201"));
    QVERIFY(b);
    auto u1 = m_f->archive->estate().addUnit(Unit{0, b->building.id, QStringLiteral("1"), {}});
    QVERIFY(u1);
    QVERIFY(
        m_f->archive->rooms().addRoom(Room{0, u1->id, QStringLiteral("101"), 0, 0, RoomUse::Residential}));
    openWindow();
    auto* tree = m_window->estateModel();
    const QModelIndex building = tree->index(0, 0, tree->index(0, 0));
    QCOMPARE(tree->kind(building), Kind::Building);
    m_window->estateTree()->setCurrentIndex(building);
    QCOMPARE(m_window->roomModel()->rowCount(), 4);
    // With several units, the unit code tells the rooms apart.
    QStringList numbers;
    for (int r = 0; r < 4; ++r)
        numbers << m_window->roomModel()->index(r, RoomTableModel::Number).data().toString();
    QVERIFY2(numbers.contains(QStringLiteral("1-101")) && numbers.contains(QStringLiteral("2-1201")),
             qPrintable(numbers.join(QLatin1Char(','))));
}

void TestMainWindow::registerOwnerThroughTheForm()
{
    registerOwners();
    openWindow();
    const qint64 room = m_f->roomId(QStringLiteral("3-2-1301"));
    QVERIFY(m_window->selectRoom(room));
    QVERIFY(action("actionRegisterOwner")->isEnabled());
    bool formSeen = false;
    DialogRunner::setNextHandler([&](QDialog& d) {
        auto* form = qobject_cast<PersonForm*>(&d);
        QVERIFY(form);
        formSeen = true;
        typeText(child<QLineEdit>(form, "nameEdit"), QStringLiteral("赵六"));
        QTest::keyClicks(child<QLineEdit>(form, "idNumberEdit"), test::fakeId(QDate(1975, 3, 9), true, 31));
        QTest::keyClicks(child<QLineEdit>(form, "phoneEdit0"), QStringLiteral("13700001234"));
        form->accept();
    });
    action("actionRegisterOwner")->trigger();
    QVERIFY(formSeen);
    // The room list and the people list show the new owner, and he is selected.
    const int row = m_window->roomModel()->rowOf(room);
    QCOMPARE(m_window->roomModel()->index(row, RoomTableModel::Owners).data().toString(),
             QStringLiteral("赵六"));
    QCOMPARE(m_window->occupantModel()->rowCount(), 1);
    QCOMPARE(m_window->occupantModel()->index(0, OccupantModel::Name).data().toString(),
             QStringLiteral("赵六"));
    QVERIFY(m_window->currentPersonId() != 0);
    QCOMPARE(m_window->currentRoomId(), room);
}

void TestMainWindow::moveOutEndsTheTieAfterConfirmation()
{
    registerOwners();
    openWindow();
    QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1202"))));
    QVERIFY(m_window->selectPerson(m_li));
    QVERIFY(action("actionMoveOut")->isEnabled());

    // Declined: nothing changes.
    DialogSeam<QDate>::setNext(QDate(2026, 11, 27));
    MessageBox::setNextAnswer(QMessageBox::No);
    action("actionMoveOut")->trigger();
    QCOMPARE(m_window->occupantModel()->rowCount(), 1);

    DialogSeam<QDate>::setNext(QDate(2026, 11, 27));
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionMoveOut")->trigger();
    QCOMPARE(m_window->occupantModel()->rowCount(), 0);
    auto ties = m_f->archive->people().roomsOf(m_li);
    QVERIFY(ties);
    QCOMPARE(ties->size(), 1);
    QCOMPARE(ties->first().until, QDate(2026, 11, 27));
    const int row = m_window->roomModel()->rowOf(m_f->roomId(QStringLiteral("3-2-1202")));
    QCOMPARE(m_window->roomModel()->index(row, RoomTableModel::Tenants).data().toString(), QString());

    // Former occupants can still be shown, and reached from the search box.
    child<QLineEdit>(m_window.get(), "searchBox")->setText(QStringLiteral("李四"));
    m_window->search()->searchNow();
    m_window->search()->open(0);
    QCOMPARE(m_window->currentPersonId(), m_li);
    QVERIFY(!action("actionMoveOut")->isEnabled());
}

void TestMainWindow::historyOpensForThePerson()
{
    registerOwners();
    openWindow();
    QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201"))));
    QVERIFY(m_window->selectPerson(m_wang));
    bool seen = false;
    DialogRunner::setNextHandler([&](QDialog& d) { seen = qobject_cast<HistoryDialog*>(&d) != nullptr; });
    action("actionPersonHistory")->trigger();
    QVERIFY(seen);
}

// Staff may not see the register or change the estate (permissions are checked by the
// services; the window only greys out what would be refused).
void TestMainWindow::staffCannotEditOrRegister()
{
    registerOwners();
    m_f->becomeRole(Role::Staff);
    openWindow();
    m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201")));
    QVERIFY(!action("actionAddEstate")->isEnabled());
    QVERIFY(!action("actionRegisterOwner")->isEnabled());
    QCOMPARE(m_window->occupantModel()->rowCount(), 0);
    // The names are not shown in the room list either.
    const int row = m_window->roomModel()->rowOf(m_f->roomId(QStringLiteral("3-2-1201")));
    QCOMPARE(m_window->roomModel()->index(row, RoomTableModel::Owners).data().toString(), QString());
}

void TestMainWindow::windowFitsA1366By768Screen_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("clerk") << int(Role::Clerk);
    QTest::newRow("manager") << int(Role::Manager);
    QTest::newRow("leader") << int(Role::Leader);
    QTest::newRow("staff") << int(Role::Staff);
}

// Issue #20 item 7: the desk PCs of property offices run 1366×768; with a taskbar 40 px high,
// the main window with its docks must fit in what is left, and nothing is hidden when it does.
void TestMainWindow::windowFitsA1366By768Screen()
{
    QFETCH(int, role);
    m_f->makeSmallEstate();
    m_f->becomeRole(Role(role), QStringLiteral("fit-user"));
    openWindow();
    m_window->resize(1366, 728);
    m_window->show();
    QCoreApplication::processEvents();
    const QSize least = m_window->minimumSizeHint().expandedTo(m_window->minimumSize());
    QVERIFY2(least.width() <= 1366 && least.height() <= 728,
             qPrintable(QStringLiteral("%1×%2").arg(least.width()).arg(least.height())));
    QVERIFY2(m_window->width() <= 1366 && m_window->height() <= 728,
             qPrintable(QStringLiteral("%1×%2").arg(m_window->width()).arg(m_window->height())));
    const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(m_window->grab().save(dir + QStringLiteral("/main-1366-%1.png").arg(roleCode(Role(role)))));
}

void TestMainWindow::languageChoiceIsSaved()
{
    openWindow();
    m_window->show();
    int restarts = 0;
    MainWindow::setRestartHandler([&] { ++restarts; });
    // "Later": saved, the window stays, nothing restarts.
    MessageBox::setNextAnswer(QMessageBox::No);
    action("actionLanguage_en")->trigger();
    QCOMPARE(Settings::value(Setting::Language).toString(), QStringLiteral("en"));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("next start")));
    QVERIFY(MessageBox::lastText().contains(QStringLiteral("Restart now")));
    QVERIFY(m_window->isVisible());
    QCOMPARE(restarts, 0);
    // "Restart now": the window closes and the program starts again.
    MessageBox::setNextAnswer(QMessageBox::Yes);
    action("actionLanguage_zh_CN")->trigger();
    QCOMPARE(Settings::value(Setting::Language).toString(), QStringLiteral("zh_CN"));
    QVERIFY(!m_window->isVisible());
    QCOMPARE(restarts, 1);
    MainWindow::setRestartHandler({});
}

// Issue #20 item 11: the first-start offer puts the demo company into a trial archive of its own,
// never into the real one, which stays empty. The trial is marked in its window, its accounts sign
// in with the published password, and File › Back to the real archive leads back.
void TestMainWindow::demoGoesIntoATrialArchiveNeverIntoTheRealOne()
{
    const QString real = m_f->dbPath();
    const QString trialPath = trial::pathFor(real);
    MessageBox::setNextAnswer(QMessageBox::No);
    QVERIFY(!DemoOffer::offerAtFirstRun(real, nullptr));
    QVERIFY(!QFileInfo::exists(trialPath));

    MessageBox::setNextAnswer(QMessageBox::Yes);
    QVERIFY(DemoOffer::offerAtFirstRun(real, nullptr));
    QVERIFY(QFileInfo::exists(trialPath));
    QVERIFY(trialPath != real);
    m_f->archive->context().setUser(m_f->admin);
    QCOMPARE(m_f->archive->estate().estates()->size(), 0);
    QVERIFY(!m_f->archive->demo().isTrial().value());
    // The real archive's window is not marked, and offers the trial.
    openWindow();
    QVERIFY(!m_window->findChild<QToolBar*>(QStringLiteral("trialBar")));
    QVERIFY(action("actionTrialArchive"));

    auto opened = Archive::open(trialPath, &m_f->clock);
    QVERIFY(opened);
    Archive& t = *opened.value();
    QVERIFY(t.demo().isTrial().value());
    // A second offer does not make it again (nor overwrite it).
    QVERIFY(!trial::create(trialPath, 5));
    QVERIFY(t.accounts().signIn(QStringLiteral("clerk"), trial::password()));
    auto hits = t.search().search(QStringLiteral("1-1-101"), 5);
    QVERIFY(hits && !hits->isEmpty());
    ui::MainWindow w(t);
    w.show();
    QVERIFY(QTest::qWaitForWindowExposed(&w));
    QVERIFY(w.findChild<QToolBar*>(QStringLiteral("trialBar")));
    QVERIFY(w.estateTree()->isExpanded(w.estateModel()->index(0, 0)));
    QSignalSpy back(&w, &ui::MainWindow::switchArchiveRequested);
    child<QAction>(&w, "actionTrialArchive")->trigger();
    QCOMPARE(back.count(), 1);
    QVERIFY(!w.isVisible());
}

// Actions are found by name (tests, later a shortcut editor): none may be anonymous.
void TestMainWindow::everyActionHasAnObjectName()
{
    openWindow();
    QStringList anonymous;
    for (QAction* a : m_window->findChildren<QAction*>()) {
        if (a->isSeparator() || a->menu() || qobject_cast<QWidgetAction*>(a))
            continue;
        if (a->objectName().isEmpty())
            anonymous << a->text();
    }
    QVERIFY2(anonymous.isEmpty(), qPrintable(anonymous.join(QStringLiteral(", "))));
    QVERIFY(!action("actionRegisterOwner")->shortcut().isEmpty());
    QVERIFY(!action("actionFind")->shortcut().isEmpty());
}

void TestMainWindow::helpOpensTheManualAndTheShortcutList()
{
    // #20 item 10: the manual is inside the program, offline, with its screenshots.
    openWindow();
    action("actionManual")->trigger();
    auto* manual = m_window->findChild<QDialog*>(QStringLiteral("ManualDialog"));
    QVERIFY(manual);
    auto* browser = child<QTextBrowser>(manual, "manualBrowser");
    QVERIFY2(browser->toPlainText().contains(QString::fromUtf8("借阅")),
             qPrintable(browser->toPlainText().left(200)));
    QVERIFY(browser->source().isLocalFile()); // the installed manual (TestManual: its screenshots)
    manual->close();
    // The shortcut list is read from the actions: the search's keys are in it.
    action("actionShortcuts")->trigger();
    auto* keys = m_window->findChild<QDialog*>(QStringLiteral("ShortcutsDialog"));
    QVERIFY(keys);
    auto* table = child<QTableWidget>(keys, "shortcutTable");
    QStringList rows;
    for (int r = 0; r < table->rowCount(); ++r)
        rows << table->item(r, 0)->text() + QLatin1Char('=') + table->item(r, 1)->text();
    const QString find = action("actionFind")->shortcuts().first().toString(QKeySequence::NativeText);
    QVERIFY2(rows.filter(find).size() >= 1, qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.size() > 5);
    keys->close();
}

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
