// The search box of the main window, typed into like a clerk does (Chinese through the input
// method, digits as keys) and scanned into like a keyboard-wedge scanner does (text + Enter).
#include "WindowTestBase.h"

#include <QApplication>
#include <QLineEdit>
#include <QStatusBar>
#include <QTableView>
#include <QTreeView>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;
using Kind = EstateTreeModel::Kind;

class TestSearchBox : public QObject, protected WindowTestBase
{
    Q_OBJECT

private slots:
    void initTestCase() { setUpCase("TestSearchBox"); }
    void init() { start(); }
    void cleanup() { stop(); }

    void searchFindsOwnerByTwoCharactersOfName();
    void searchFindsOwnerByPhoneTail();
    void arrowKeysChooseTheHit();
    void scannerEnterOpensFirstHitAtOnce();
    void searchBoxHasFocusAndTypingInTheTablesGoesThere();
    void noMatchWhileTypingIsClearedByALaterHit();
    void pinyinInitialsFindAPerson();
};

// Issue #20 item 8: "nothing found" shows while the text typed finds nothing, and goes as soon as
// typing on finds something (it stayed for 8 seconds over the hits before).
void TestSearchBox::noMatchWhileTypingIsClearedByALaterHit()
{
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    QWidget* list = child<QWidget>(m_window.get(), "searchResults");
    QStatusBar* status = m_window->statusBar();
    typeText(box, QStringLiteral("3栋"));
    QTRY_VERIFY(status->currentMessage().contains(QStringLiteral("3栋")));
    QVERIFY(!list->isVisible());
    const QString noMatch = status->currentMessage();
    typeText(box, QStringLiteral("2单元1201"));
    QTRY_VERIFY(list->isVisible());
    QCOMPARE(m_window->search()->results()->hit(0).room, QStringLiteral("3-2-1201"));
    QVERIFY2(status->currentMessage().isEmpty(), qPrintable(status->currentMessage()));
    // Nothing again, then an emptied box: the message comes and goes again.
    typeText(box, QStringLiteral("9"));
    QTRY_COMPARE(status->currentMessage(),
                 QString(noMatch).replace(QStringLiteral("3栋"), QStringLiteral("3栋2单元12019")));
    box->clear();
    QTRY_VERIFY(status->currentMessage().isEmpty());
}

void TestSearchBox::pinyinInitialsFindAPerson()
{
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    auto* results = m_window->search()->results();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("wxm"));
    QTRY_VERIFY(results->rowCount() >= 1);
    QCOMPARE(results->hit(0).kind, HitKind::Person);
    QCOMPARE(results->hit(0).name, QStringLiteral("王小明"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->currentPersonId(), m_wang);
}

void TestSearchBox::searchFindsOwnerByTwoCharactersOfName()
{
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    QWidget* list = child<QWidget>(m_window.get(), "searchResults");
    auto* results = m_window->search()->results();

    typeText(box, QStringLiteral("小明"));
    QTRY_VERIFY(list->isVisible());
    QVERIFY(results->rowCount() >= 1);
    QCOMPARE(results->hit(0).kind, HitKind::Person);
    QCOMPARE(results->hit(0).name, QStringLiteral("王小明"));
    QCOMPARE(results->hit(0).room, QStringLiteral("3-2-1201"));

    QTest::keyClick(box, Qt::Key_Return);
    QVERIFY(!list->isVisible());
    QCOMPARE(m_window->currentRoomId(), m_f->roomId(QStringLiteral("3-2-1201")));
    QCOMPARE(m_window->currentPersonId(), m_wang);
    QCOMPARE(m_window->estateModel()->kind(m_window->estateTree()->currentIndex()), Kind::Unit);
    QCOMPARE(box->selectedText(), QStringLiteral("小明")); // the next query replaces it
}

void TestSearchBox::searchFindsOwnerByPhoneTail()
{
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    auto* results = m_window->search()->results();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("5678"));
    QTRY_VERIFY(results->rowCount() >= 1);
    QCOMPARE(results->hit(0).name, QStringLiteral("王小明"));
    QVERIFY(
        results->index(0, SearchResultModel::Reference).data().toString().endsWith(QStringLiteral("5678")));
    QTest::keyClick(box, Qt::Key_Enter);
    QCOMPARE(m_window->currentPersonId(), m_wang);
    // The phone stays masked in the list of people (R20).
    const int row = m_window->occupantTable()->currentIndex().row();
    QCOMPARE(m_window->occupantModel()->index(row, OccupantModel::Phone).data().toString(),
             QStringLiteral("138****5678"));
}

void TestSearchBox::arrowKeysChooseTheHit()
{
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    auto* results = m_window->search()->results();
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("3-2-12"));
    QTRY_VERIFY(results->rowCount() >= 2);
    const auto* view = m_window->search()->resultView();
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(box, Qt::Key_Down);
    QCOMPARE(view->currentIndex().row(), 1);
    QTest::keyClick(box, Qt::Key_Up);
    QTest::keyClick(box, Qt::Key_Up); // stays on the first
    QCOMPARE(view->currentIndex().row(), 0);
    QTest::keyClick(box, Qt::Key_Down);
    const SearchHit chosen = results->hit(1);
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->currentRoomId(), chosen.roomId);
    QTest::keyClick(box, Qt::Key_Escape);
}

// A keyboard-wedge scanner types the label and Enter within a few milliseconds: the
// search runs at Enter, without waiting for the pause, and the first hit opens.
void TestSearchBox::scannerEnterOpensFirstHitAtOnce()
{
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    box->setFocus();
    QTest::keyClicks(box, QStringLiteral("3-2-1202"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->currentRoomId(), m_f->roomId(QStringLiteral("3-2-1202")));
    QCOMPARE(m_window->occupantModel()->rowCount(), 1);
    QCOMPARE(m_window->occupantModel()->occupant(0).occupancy.personId, m_li);

    // The next scan replaces the selected text.
    QTest::keyClicks(box, QStringLiteral("3-2-1301"));
    QCOMPARE(box->text(), QStringLiteral("3-2-1301"));
    QTest::keyClick(box, Qt::Key_Return);
    QCOMPARE(m_window->currentRoomId(), m_f->roomId(QStringLiteral("3-2-1301")));
}

void TestSearchBox::searchBoxHasFocusAndTypingInTheTablesGoesThere()
{
    // #20 item 3: after sign-in the clerk types at once; typing while a table has the focus
    // starts a search instead of the table's own jump-to-row.
    registerOwners();
    openWindow();
    QLineEdit* box = child<QLineEdit>(m_window.get(), "searchBox");
    QTRY_COMPARE(QApplication::focusWidget(), box);
    QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201"))));
    auto* rooms = child<QTableView>(m_window.get(), "roomTable");
    rooms->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget*>(rooms));
    QTest::keyClick(rooms, '1'); // the first key moves the focus; the rest follow it
    QCOMPARE(QApplication::focusWidget(), box);
    QTest::keyClicks(QApplication::focusWidget(), QStringLiteral("202"));
    QCOMPARE(box->text(), QStringLiteral("1202"));
    // Keys the table needs stay with it: arrows and shortcuts are not text.
    rooms->setFocus();
    QTest::keyClick(rooms, Qt::Key_Down);
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget*>(rooms));
    QCOMPARE(box->text(), QStringLiteral("1202"));
}

QTEST_MAIN(TestSearchBox)
#include "TestSearchBox.moc"
