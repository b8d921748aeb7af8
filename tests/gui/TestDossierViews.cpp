// Issue #4 in the window: the room's dossiers, the dossier view with its checklist ticks
// (R4, R11), receiving and filing an item (R12), the filing queue, missing items and places
// (R14, R15). Screenshots for docs/ when AR_SCREENSHOT_DIR is set.
#include "WindowTestBase.h"

#include "ui/dossiers/DossierActions.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/FilingQueueDialog.h"
#include "ui/dossiers/LocationsDialog.h"
#include "ui/dossiers/MissingItemsDialog.h"
#include "ui/dossiers/MoveByScanDialog.h"
#include "ui/dossiers/ReceiveItemDialog.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QTranslator>
#include <QTreeWidget>

using namespace ar;
using namespace ar::test;

class TestDossierViews : public QObject, WindowTestBase
{
    Q_OBJECT

    QTranslator m_translator;

    void shoot(QWidget* w, const char* name)
    {
        const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
    }
    qint64 wangDossier()
    {
        auto list = m_f->archive->dossiers().ofRoom(m_f->roomId(QStringLiteral("3-2-1201")));
        return list->first().id;
    }

private slots:
    void initTestCase()
    {
        setUpCase("TestDossierViews");
        // AR_SCREENSHOT_QM=…/archiveroom_zh_CN.qm: the screenshots in the language of the docs.
        if (m_translator.load(qEnvironmentVariable("AR_SCREENSHOT_QM")))
            QCoreApplication::installTranslator(&m_translator);
    }
    void init() { start(); }
    void cleanup() { stop(); }

    void R11_dossierViewTicksTheChecklistAndListsWhatIsMissing()
    {
        registerOwners();
        openWindow();
        ui::DossierDialog dialog(*m_f->archive, wangDossier(), m_window.get());
        QVERIFY(dialog.reload());
        auto* missing = dialog.findChild<QLabel*>(QStringLiteral("missingLabel"));
        QVERIFY(missing->text().contains(QStringLiteral("业主档案表")));
        QCOMPARE(dialog.checklistTable()->rowCount(), int(dialog.view().checklist.size()));
        QCOMPARE(dialog.checklistTable()->item(0, 0)->text(), QStringLiteral("✘"));

        // The clerk receives the owner's form: the receive dialog offers the first missing item.
        ui::ReceiveItemDialog receive(*m_f->archive, dialog.view(), &dialog);
        QVERIFY(receive.kindBox()->currentText().startsWith(QStringLiteral("入住通知书")));
        receive.kindBox()->setCurrentIndex(1); // 业主档案表
        receive.pagesBox()->setValue(3);
        receive.accept();
        QCOMPARE(receive.result(), int(QDialog::Accepted));
        QVERIFY(dialog.reload());
        QCOMPARE(dialog.itemTable()->rowCount(), 1);
        QCOMPARE(dialog.itemTable()->item(0, 1)->text(), QStringLiteral("业主档案表"));
        QCOMPARE(dialog.itemTable()->item(0, 4)->text(), QStringLiteral("3"));
        QCOMPARE(dialog.checklistTable()->item(1, 0)->text(), QStringLiteral("✔"));
        QVERIFY(!missing->text().contains(QStringLiteral("业主档案表")));
        dialog.resize(960, 560);
        shoot(&dialog, "dossier.png");
    }

    void R1_repairRecordHasItsOwnFields()
    {
        registerOwners();
        openWindow();
        auto d = m_f->archive->dossiers().open(
            {QStringLiteral("repair"), QStringLiteral("卫生间漏水"), m_f->roomId(QStringLiteral("3-2-1201")), 0});
        QVERIFY(d.ok());
        ui::DossierDialog dialog(*m_f->archive, d->id, m_window.get());
        QVERIFY(dialog.reload());
        ui::ReceiveItemDialog receive(*m_f->archive, dialog.view(), &dialog);
        QVERIFY(receive.fieldEdit(QStringLiteral("维修人员")));
        receive.fieldEdit(QStringLiteral("维修人员"))->setText(QStringLiteral("赵师傅"));
        receive.fieldEdit(QStringLiteral("维修费用"))->setText(QStringLiteral("80元"));
        shoot(&receive, "receive-item.png");
        receive.accept();
        QVERIFY(dialog.reload());
        QVERIFY(dialog.itemTable()->item(0, 8)->text().contains(QStringLiteral("维修人员:赵师傅")));
    }

    void R12_queueListsUnfiledItemsAndTheClerkFilesThem()
    {
        registerOwners();
        openWindow();
        ItemInput in;
        in.kind = QStringLiteral("购房合同");
        in.file = false;
        in.received = QDate(2026, 11, 10);
        QVERIFY(m_f->archive->filing().receive(wangDossier(), in).ok());
        ui::FilingQueueDialog queue(*m_f->archive, false, m_window.get());
        QCOMPARE(queue.table()->rowCount(), 1);
        QCOMPARE(queue.table()->item(0, 0)->text(), QStringLiteral("2026-11-17"));
        QCOMPARE(queue.table()->item(0, 0)->foreground().color(), QColor(0xb3, 0x26, 0x1e)); // late
        shoot(&queue, "filing-queue.png");
        queue.table()->selectRow(0);
        queue.fileSelected();
        QCOMPARE(queue.table()->rowCount(), 0);
        ui::FilingQueueDialog late(*m_f->archive, true, m_window.get());
        QCOMPARE(late.table()->rowCount(), 1); // filed late: still on the manager's list
    }

    void R11_missingItemsPerBuilding()
    {
        registerOwners();
        openWindow();
        const qint64 estate = m_f->archive->estate().estates()->first().id;
        ui::MissingItemsDialog dialog(*m_f->archive, estate, m_window.get());
        QCOMPARE(dialog.table()->rowCount(), 2); // the owner and the tenant
        QCOMPARE(dialog.table()->item(0, 0)->text(), QStringLiteral("3-2-1201"));
        QVERIFY(dialog.table()->item(0, 2)->text().contains(QStringLiteral("购房合同复印件")));
        dialog.buildingBox()->setCurrentIndex(1);
        QCOMPARE(dialog.table()->rowCount(), 2);
        shoot(&dialog, "missing-items.png");
    }

    void R15_placesAndAMove()
    {
        registerOwners();
        openWindow();
        auto room =
            m_f->archive->places().addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室"));
        auto shelf = m_f->archive->places().addLocation(room.value(), QStringLiteral("cabinet"),
                                                        QStringLiteral("A柜"));
        QVERIFY(m_f->archive->places().move(wangDossier(), shelf.value()).ok());
        ui::LocationsDialog dialog(*m_f->archive, false, m_window.get());
        dialog.reload(shelf.value());
        QCOMPARE(dialog.tree()->topLevelItemCount(), 2); // the room, and the folders without a place
        QCOMPARE(dialog.folders()->rowCount(), 1);
        QCOMPARE(dialog.currentLocation(), shelf.value());
        shoot(&dialog, "locations.png");
    }

    // Issue #19 item 1: the box's label, then the folders, typed as a keyboard-wedge scanner does.
    void R15_moveByScanWindowMovesFoldersIntoTheScannedBox()
    {
        registerOwners();
        openWindow();
        DossierService& ds = m_f->archive->dossiers();
        PlaceService& places = m_f->archive->places();
        const qint64 room =
            places.addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室")).value();
        const qint64 shelf =
            places.addLocation(room, QStringLiteral("shelf"), QStringLiteral("第1层")).value();
        const qint64 box = places.addLocation(shelf, QStringLiteral("box"), QStringLiteral("01号盒")).value();
        // The 档案 menu offers the window to the clerk.
        QAction* action = m_window->findChild<QAction*>(QStringLiteral("actionMoveByScan"));
        QVERIFY(action);
        QVERIFY(action->isEnabled());
        ui::MoveByScanDialog dialog(*m_f->archive, m_window.get());
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        auto* scan = dialog.findChild<QLineEdit*>(QStringLiteral("scanEdit"));
        auto* list = dialog.findChild<QListWidget*>(QStringLiteral("movedList"));
        auto* target = dialog.findChild<QLabel*>(QStringLiteral("targetLabel"));
        auto type = [&](const QString& code) {
            QTest::keyClicks(scan, code);
            QTest::keyClick(scan, Qt::Key_Return);
        };
        type(QStringLiteral("LOC-%1").arg(box));
        QCOMPARE(dialog.target(), box);
        QVERIFY2(target->text().contains(QStringLiteral("01号盒")), qPrintable(target->text()));
        const auto folders = ds.ofRoom(m_f->roomId(QStringLiteral("3-2-1201"))).value();
        for (const Dossier& d : folders) {
            QString scanned = d.archiveNo;
            scanned.replace(QChar(0x00B7), QLatin1Char('.'));
            type(scanned);
        }
        QCOMPARE(list->count(), int(folders.size()));
        for (const Dossier& d : folders)
            QCOMPARE(ds.byArchiveNo(d.archiveNo)->locationId, box);
        // Escape closes without a question: the moves are saved already.
        QTest::keyClick(&dialog, Qt::Key_Escape);
        QVERIFY(!dialog.isVisible());
    }

    void R15_unplacedFoldersAreListedAndMovedFromThere()
    {
        registerOwners();
        openWindow();
        auto room =
            m_f->archive->places().addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室"));
        auto box = m_f->archive->places().addLocation(room.value(), QStringLiteral("cabinet"),
                                                      QStringLiteral("A柜"));
        QVERIFY(box.ok());
        ui::LocationsDialog dialog(*m_f->archive, false, m_window.get());
        dialog.reload();
        dialog.showUnplaced();
        QVERIFY(dialog.showingUnplaced());
        QCOMPARE(dialog.currentLocation(), 0);
        // The owner's and the tenant's new folders, in shelf order.
        QCOMPARE(dialog.folders()->rowCount(), 2);
        QVERIFY(dialog.folders()->item(0, 0)->text().startsWith(QStringLiteral("Z109-YZ·")));
        QVERIFY(!dialog.moveButton()->isEnabled());
        dialog.folders()->selectRow(0);
        QVERIFY(dialog.moveButton()->isEnabled());
        QVERIFY(dialog.moveSelectedTo(box.value()));
        // Still on the list of folders without a place, now with the tenant's folder only.
        QVERIFY(dialog.showingUnplaced());
        QCOMPARE(dialog.folders()->rowCount(), 1);
        QVERIFY(dialog.folders()->item(0, 0)->text().startsWith(QStringLiteral("Z109-ZH·")));
        auto moved = m_f->archive->dossiers().view(wangDossier());
        QCOMPARE(moved->dossier.locationId, box.value());
        shoot(&dialog, "unplaced-folders.png");
    }

    void R40_dossierViewShowsTheDossiersOwnRetention()
    {
        registerOwners();
        openWindow();
        auto d = m_f->archive->dossiers().open({QStringLiteral("service"), QStringLiteral("投诉：电梯噪音"), 0, 0});
        QVERIFY(d.ok());
        m_f->becomeRole(Role::Admin, QStringLiteral("admin2"));
        Category service = m_f->archive->dossiers().categories()->at(2);
        QCOMPARE(service.retention, QStringLiteral("D10"));
        service.retention = QStringLiteral("D30");
        QVERIFY(m_f->archive->dossiers().updateCategory(service).ok());
        m_f->becomeRole(Role::Clerk, QStringLiteral("clerk2"));
        ui::DossierDialog dialog(*m_f->archive, d->id, m_window.get());
        QVERIFY(dialog.reload());
        const QString header = dialog.findChild<QLabel*>(QStringLiteral("dossierHeader"))->text();
        QVERIFY2(header.contains(retentionLabel(QStringLiteral("D10"))) &&
                     !header.contains(retentionLabel(QStringLiteral("D30"))),
                 qPrintable(header));
    }

    // R2: "New dossier" and a dossier's "Receive item" ask for the permissions of the service
    // calls behind them (DossierService::open, FilingService::receive), not for a role name: for
    // every role of the engineering department, "New dossier" is enabled exactly when the service
    // lets the account open a repair dossier, and "Receive item" when it lets it add a record.
    void R2_dossierButtonsFollowTheServicesPermissions()
    {
        int n = 0;
        for (Role role : allAccountRoles()) {
            const QString who = roleCode(role);
            m_f->becomeRole(role, QStringLiteral("engineer%1").arg(++n), QStringLiteral("工程部"));
            m_testers.clear();
            m_window.reset();
            openWindow();
            auto opened = m_f->archive->dossiers().open(
                {QStringLiteral("repair"), QStringLiteral("电梯维修 %1").arg(who), 0, 0});
            QVERIFY2(action("actionNewDossier")->isEnabled() == opened.ok(), qPrintable(who));
            if (!opened)
                continue;
            ui::DossierDialog dialog(*m_f->archive, opened->id, m_window.get());
            QVERIFY2(dialog.reload(), qPrintable(who));
            ItemInput record;
            record.kind = QStringLiteral("维修记录");
            record.pages = 1;
            record.fields = {{QStringLiteral("报修时间"), QStringLiteral("2026-11-25 09:30")},
                             {QStringLiteral("维修人员"), QStringLiteral("赵师傅")},
                             {QStringLiteral("维修内容"), QStringLiteral("更换地漏")},
                             {QStringLiteral("维修费用"), QStringLiteral("80元")}};
            const bool received = m_f->archive->filing().receive(opened->id, record).ok();
            QVERIFY2(child<QPushButton>(&dialog, "receiveButton")->isEnabled() == received, qPrintable(who));
        }
        QCOMPARE(n, 6);
    }

    void roomPanelListsTheRoomsDossiersAndScanOpensOne()
    {
        registerOwners();
        openWindow();
        QVERIFY(m_window->selectRoom(m_f->roomId(QStringLiteral("3-2-1201"))));
        auto* table = child<QTableWidget>(m_window.get(), "roomDossierTable");
        QCOMPARE(table->rowCount(), 1);
        QVERIFY(table->item(0, 0)->text().startsWith(QStringLiteral("Z109-YZ·")));
        QVERIFY(action("actionFilingQueue")->isEnabled());
        shoot(m_window.get(), "main-window-dossiers.png");
    }
};

QTEST_MAIN(TestDossierViews)
#include "TestDossierViews.moc"
