// Holds and destruction in the window (issue #18, R43, R2, P7): the 销毁… window driven through
// its widgets by the clerk, the owning departments' heads and a leader; the hold from the dossier
// view. AR_SCREENSHOT_DIR: the window grabbed to PNG.
#include "../services/LoanHelpers.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DestructionDialog.h"
#include "ui/dossiers/DossierActions.h"
#include "ui/dossiers/DossierDialog.h"

#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTest>

using namespace ar;
using namespace ar::test;

class TestDestructionWindow : public QObject
{
    Q_OBJECT

    static void shoot(QWidget* w, const char* name)
    {
        const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
        QCoreApplication::processEvents(); // pending layout requests first
        if (!dir.isEmpty())
            w->grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name));
    }

private slots:
    void R43_R2_P7_proposeApproveDestroyAndPrintInTheWindow();
    void R43_holdFromTheDossierView();
};

void TestDestructionWindow::R43_R2_P7_proposeApproveDestroyAndPrintInTheWindow()
{
    Fixture f;
    const User clerk = f.user;
    const User gc = addAccount(f, Role::Manager, QStringLiteral("gc_head"), QStringLiteral("工程部"));
    const User kf = addAccount(f, Role::Manager, QStringLiteral("kf_head"), QStringLiteral("客服部"));
    const User cw = addAccount(f, Role::Manager, QStringLiteral("cw_head"), QStringLiteral("财务部"));
    const User boss = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
    const User staff = addAccount(f, Role::Staff, QStringLiteral("w1"), QStringLiteral("客服部"));
    addAccount(f, Role::Staff, QStringLiteral("w2"), QStringLiteral("工程部"));
    actAs(f, clerk);
    DossierInput in;
    in.category = QStringLiteral("repair");
    in.title = QStringLiteral("1990年水管维修");
    in.year = 1990;
    auto repair = f.archive->dossiers().open(in);
    AR_VERIFY_OK(repair);
    in.category = QStringLiteral("service");
    in.title = QStringLiteral("2000年投诉记录");
    in.year = 2000;
    AR_VERIFY_OK(f.archive->dossiers().open(in));

    // The menu entry is there for the roles of the procedure only.
    QWidget host;
    {
        actAs(f, staff);
        ui::DossierActions forStaff(*f.archive, &host);
        QVERIFY(!forStaff.destruction()->isVisible());
        actAs(f, clerk);
        ui::DossierActions forClerk(*f.archive, &host);
        QVERIFY(forClerk.destruction()->isVisible());
    }

    qint64 batch = 0;
    {
        ui::DestructionDialog w(*f.archive);
        w.show();
        QCOMPARE(w.candidateTable()->rowCount(), 2);
        QVERIFY(w.tick(repair->archiveNo));
        QVERIFY(w.tick(QStringLiteral("Z109-FW·2000-D10-0001")));
        w.proposeReason()->setText(QStringLiteral("保管期满"));
        QTest::mouseClick(w.proposeButton(), Qt::LeftButton);
        QCOMPARE(w.batchTable()->rowCount(), 1);
        QCOMPARE(w.candidateTable()->rowCount(), 0);
        batch = w.batchTable()->item(0, 0)->text().toLongLong();
        QVERIFY(batch > 0);
        QVERIFY(!w.approveButton()->isVisibleTo(&w)); // the clerk proposes, never approves
        shoot(&w, "destruction-proposed.png");
    }
    // Each head sees the approve button for their own part only; the finance head has none.
    for (const User& u : {cw, kf, boss, gc}) {
        actAs(f, u);
        ui::DestructionDialog w(*f.archive);
        w.show();
        QVERIFY(w.selectBatch(batch));
        if (u.login == cw.login) {
            QVERIFY(!w.approveButton()->isEnabled());
            continue;
        }
        QVERIFY2(w.approveButton()->isEnabled(), qPrintable(u.login));
        QTest::mouseClick(w.approveButton(), Qt::LeftButton);
        QVERIFY2(!w.approveButton()->isEnabled(),
                 qPrintable(ui::MessageBox::lastText())); // nothing left for this user
    }
    QCOMPARE(f.archive->destruction().batch(batch)->status, QStringLiteral("approved"));

    actAs(f, clerk);
    ui::DestructionDialog w(*f.archive);
    w.show();
    QVERIFY(w.selectBatch(batch));
    QVERIFY(w.executeButton()->isEnabled());
    w.method()->setText(QStringLiteral("粉碎"));
    w.witness1()->setText(QStringLiteral("w1"));
    w.witness2()->setText(QStringLiteral("w2"));
    ui::MessageBox::setNextAnswer(QMessageBox::Yes);
    QTest::mouseClick(w.executeButton(), Qt::LeftButton);
    QCOMPARE(dossierStatus(f, repair->archiveNo), QStringLiteral("destroyed"));
    QVERIFY(!w.executeButton()->isEnabled());
    shoot(&w, "destruction-batches.png");
    const QString pdf = f.dir.filePath(QStringLiteral("list.pdf"));
    const QString xlsx = f.dir.filePath(QStringLiteral("list.xlsx"));
    QVERIFY(w.printList(pdf));
    QVERIFY(w.exportList(xlsx));
    QVERIFY(QFileInfo(pdf).size() > 0);
    QVERIFY(QFileInfo(xlsx).size() > 0);
}

void TestDestructionWindow::R43_holdFromTheDossierView()
{
    Fixture f;
    const User clerk = f.user;
    const User gc = addAccount(f, Role::Manager, QStringLiteral("gc_head"), QStringLiteral("工程部"));
    DossierInput in;
    in.category = QStringLiteral("repair");
    in.title = QStringLiteral("1990年水管维修");
    in.year = 1990;
    auto d = f.archive->dossiers().open(in);
    AR_VERIFY_OK(d);
    ui::DossierDialog view(*f.archive, d->id);
    view.show();
    QVERIFY(view.reload());
    auto* hold = view.findChild<QPushButton*>(QStringLiteral("holdButton"));
    QVERIFY(hold && hold->isEnabled());
    QVERIFY(view.placeHold(QStringLiteral("业主诉讼中")));
    QVERIFY(view.view().hold.has_value());
    QVERIFY(view.findChild<QLabel*>(QStringLiteral("dossierHeader"))
                ->text()
                .contains(QStringLiteral("业主诉讼中")));
    QVERIFY(!hold->isEnabled()); // the clerk may not release it
    QVERIFY(f.archive->destruction().candidates()->isEmpty());
    actAs(f, gc);
    QVERIFY(view.reload());
    QVERIFY(hold->isEnabled());
    QTest::mouseClick(hold, Qt::LeftButton);
    QVERIFY(!view.view().hold.has_value());
    actAs(f, clerk);
    QCOMPARE(f.archive->destruction().candidates()->size(), 1);
}

QTEST_MAIN(TestDestructionWindow)
#include "TestDestructionWindow.moc"
