// The self-inspection on the start screen (issue #19 item 6, R48): the numbers shown are the
// service's, each opens a list of that length, a line opens its dossier, the clerk sees their
// part, the numbers follow changes; the 打印 menu's monthly sheet. Set AR_SCREENSHOT_DIR to
// save pictures of the panel and a list.
#include "../services/InspectionWorld.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/SelfInspectionView.h"
#include "ui/loans/LoanPanel.h"

#include <QAction>
#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QTableWidget>
#include <QToolButton>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;

namespace {

int shownNumber(QToolButton* tile)
{
    return tile->text().section(QLatin1Char('\n'), 0, 0).toInt();
}

void closeAndDelete(QWidget* w)
{
    w->close();
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
}

} // namespace

class TestSelfInspectionView : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MessageBox::setAutoAnswer(true, QMessageBox::Yes);
        m_translators = gui::installScreenshotTranslators();
    }
    void R48_numbersShownAreTheServicesAndEachOpensItsList();
    void R48_clerkSeesTheirPartAndTheNumbersFollowChanges();
    void R48_monthlySheetFromThePrintMenu();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

void TestSelfInspectionView::R48_numbersShownAreTheServicesAndEachOpensItsList()
{
    Demo d;
    actAs(d.f, d.leader);
    MainWindow window(*d.f.archive);
    window.show();
    auto* view = window.findChild<SelfInspectionView*>();
    QVERIFY(view);
    // The missing items are counted estate by estate after the other numbers (issue #23).
    QTRY_VERIFY(view->countingDone());
    const SelfInspection si = d.f.archive->selfInspection().inspect().value();
    int opened = 0;
    for (const InspectionItem& item : si.items) {
        QToolButton* tile = view->tile(item.key);
        QVERIFY2(tile, qPrintable(item.key));
        QVERIFY2(!tile->isHidden(), qPrintable(item.key)); // the leader sees every part
        QCOMPARE(shownNumber(tile), item.count());
        QVERIFY(tile->text().contains(item.label));
        QTest::mouseClick(tile, Qt::LeftButton);
        auto* list =
            window.findChild<InspectionListDialog*>(QStringLiteral("InspectionListDialog_") + item.key);
        QVERIFY2(list, qPrintable(item.key));
        QVERIFY(list->isVisible());
        QCOMPARE(list->table()->rowCount(), item.count());
        QCOMPARE(list->table()->columnCount(), item.header.size());
        if (item.count() > 0) {
            QCOMPARE(list->table()->item(0, 0)->text(), item.rows.at(0).cells.at(0));
            ++opened;
        }
        if (item.key == QLatin1String("held") && !qEnvironmentVariableIsEmpty("AR_SCREENSHOT_DIR")) {
            const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
            QCoreApplication::processEvents();
            list->grab().save(QDir(dir).filePath(QStringLiteral("self-inspection-list.png")));
            window.resize(1280, 900);
            QCoreApplication::processEvents();
            window.findChild<QDockWidget*>(QStringLiteral("loanPanelDock"))
                ->grab()
                .save(QDir(dir).filePath(QStringLiteral("self-inspection-panel.png")));
        }
        closeAndDelete(list);
    }
    QVERIFY(opened >= 12); // one of every kind but the places not reconciled
    // A line opens its dossier: the held one.
    const InspectionItem* held = si.item(QStringLiteral("held"));
    MessageBox::resetRecord();
    InspectionListDialog* list = view->openList(QStringLiteral("held"));
    QVERIFY(list);
    QVERIFY(QTest::qWaitForWindowExposed(list));
    const QPoint cell = list->table()->visualItemRect(list->table()->item(0, 0)).center();
    QTest::mouseClick(list->table()->viewport(), Qt::LeftButton, {}, cell);
    QTest::mouseDClick(list->table()->viewport(), Qt::LeftButton, {}, cell);
    DossierDialog* dossier = list->findChild<DossierDialog*>();
    QVERIFY2(dossier, qPrintable(MessageBox::lastText()));
    QCOMPARE(dossier->view().dossier.archiveNo, held->rows.at(0).archiveNo);
    closeAndDelete(dossier);
    closeAndDelete(list);
}

void TestSelfInspectionView::R48_clerkSeesTheirPartAndTheNumbersFollowChanges()
{
    Demo d;
    actAs(d.f, d.clerk);
    MainWindow window(*d.f.archive);
    window.show();
    auto* view = window.findChild<SelfInspectionView*>();
    QVERIFY(view);
    QTRY_VERIFY(view->countingDone());
    // R23, R49: approvals and violations are not the clerk's part.
    QVERIFY(view->tile(QStringLiteral("pending_approvals"))->isHidden());
    QVERIFY(view->tile(QStringLiteral("violations"))->isHidden());
    QVERIFY(!view->openList(QStringLiteral("violations")));
    QToolButton* damaged = view->tile(QStringLiteral("damaged"));
    QVERIFY(!damaged->isHidden());
    const int before = shownNumber(damaged);
    QCOMPARE(before, 1);
    // Damage recorded at a daily check (R45), held dossier released elsewhere: when the window
    // comes back to the front the numbers are read again.
    AR_VERIFY_OK(d.f.archive->loanRegisters().recordDamage(d.first.at(0), QStringLiteral("缺页")));
    QCOMPARE(shownNumber(damaged), before); // not yet
    QTest::qWait(3100);
    QEvent activate(QEvent::WindowActivate);
    QApplication::sendEvent(&window, &activate);
    QTRY_COMPARE(shownNumber(damaged), before + 1);
    QCOMPARE(shownNumber(damaged),
             d.f.archive->selfInspection().inspect()->item(QStringLiteral("damaged"))->count());
    // The panel's Refresh reads them too.
    AR_VERIFY_OK(d.f.archive->loanRegisters().recordDamage(d.first.at(1), QStringLiteral("缺页")));
    window.findChild<LoanPanel*>()->refresh();
    QCOMPARE(shownNumber(damaged), before + 2);
}

void TestSelfInspectionView::R48_monthlySheetFromThePrintMenu()
{
    Demo d;
    actAs(d.f, d.csManager);
    MainWindow window(*d.f.archive);
    auto* action = window.findChild<QAction*>(QStringLiteral("actionPrintSelfInspection"));
    QVERIFY(action);
    QVERIFY(action->isEnabled());
    const QString pdf = d.f.dir.filePath(QStringLiteral("sheet.pdf"));
    QVERIFY(SelfInspectionView::printSheet(*d.f.archive, &window, d.f.clock.today(), pdf));
    QVERIFY(QFileInfo(pdf).size() > 0);
    MessageBox::resetRecord();
    QVERIFY(!SelfInspectionView::printSheet(*d.f.archive, &window, d.f.clock.today().addMonths(2), pdf));
    QVERIFY2(
        MessageBox::lastText().contains(d.f.clock.today().addMonths(2).toString(QStringLiteral("yyyy-MM"))),
        qPrintable(MessageBox::lastText()));
    // Staff have no start panel and no sheet.
    actAs(d.f, d.staff);
    MainWindow staffWindow(*d.f.archive);
    QVERIFY(!staffWindow.findChild<SelfInspectionView*>());
    QVERIFY(!staffWindow.findChild<QAction*>(QStringLiteral("actionPrintSelfInspection"))->isEnabled());
}

QTEST_MAIN(TestSelfInspectionView)
#include "TestSelfInspectionView.moc"
