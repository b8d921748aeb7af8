// The monthly reconciliation in the window (issue #19, R44): a shelf scanned with a simulated
// keyboard-wedge scanner (text + Enter, as fast as the events come) — none lost; results in
// colour; a misplaced folder moved here; finishing lists the missing, which the managers' start
// panel then shows. Set AR_SCREENSHOT_DIR to save a picture of a session.
#include "../services/LoanHelpers.h"
#include "Typing.h"

#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/dossiers/DossierDialog.h"
#include "ui/dossiers/ReconciliationDialog.h"
#include "ui/dossiers/ViolationsDialog.h"
#include "ui/loans/DeskRecords.h"
#include "ui/loans/LoanPanel.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTemporaryDir>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;
using gui::child;

namespace {

// A shelf with 22 finance folders, another with two; the finance manager.
struct Shelves
{
    Fixture f{Role::Clerk};
    User clerk, finManager;
    qint64 shelf1 = 0, shelf2 = 0;
    QStringList first, second;
    Shelves()
    {
        clerk = f.user;
        finManager = addAccount(f, Role::Manager, QStringLiteral("head-fin"), QStringLiteral("财务部"));
        PlaceService& places = f.archive->places();
        actAs(f, f.admin);
        const qint64 room =
            places.addLocation(0, QStringLiteral("room"), QStringLiteral("一号档案室")).value();
        const qint64 cab = places.addLocation(room, QStringLiteral("cabinet"), QStringLiteral("A柜")).value();
        shelf1 = places.addLocation(cab, QStringLiteral("shelf"), QStringLiteral("第1层")).value();
        shelf2 = places.addLocation(cab, QStringLiteral("shelf"), QStringLiteral("第2层")).value();
        actAs(f, clerk);
        for (int i = 0; i < 24; ++i) {
            const QString no =
                addDossier(f, QStringLiteral("finance"), QStringLiteral("2026年收支凭证第%1册").arg(i + 1));
            if (!places.move(f.archive->context().dossiers.byArchiveNo(no)->id, i < 22 ? shelf1 : shelf2))
                qFatal("cannot shelve");
            (i < 22 ? first : second) << no;
        }
    }
};

} // namespace

class TestReconciliationWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MessageBox::setAutoAnswer(true, QMessageBox::Yes);
        m_translators = gui::installScreenshotTranslators();
    }
    void R44_twentyScansTypedQuicklyAreAllSavedAndListed();
    void R45_dossierViewRecordsDamageForTheOwningManager();
    void R45_dossierViewTakesAPhotoAndTheManagerViewsIt();
    void R49_violationsAreRecordedByManagersOnly();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators;
};

void TestReconciliationWindow::R44_twentyScansTypedQuicklyAreAllSavedAndListed()
{
    Shelves r;
    ReconciliationDialog d(*r.f.archive);
    d.show();
    auto* range = child<QComboBox>(&d, "rangeCombo");
    const int shelf = range->findText(QStringLiteral("一号档案室 › A柜 › 第1层"));
    QVERIFY(shelf >= 0);
    range->setCurrentIndex(shelf);
    QTest::mouseClick(child<QPushButton>(&d, "startButton"), Qt::LeftButton);
    QVERIFY(d.session() > 0);
    auto* scan = child<QLineEdit>(&d, "scanEdit");
    QVERIFY(scan->isEnabled());
    // The scanner: 19 folders of the shelf and one from the other shelf, each code and Enter
    // typed straight after the other, without waiting for anything in between.
    QStringList codes = r.first.mid(0, 19);
    codes.insert(7, r.second.at(0));
    scan->setFocus();
    for (const QString& code : codes) {
        QTest::keyClicks(scan, code);
        QTest::keyClick(scan, Qt::Key_Return);
    }
    auto* table = child<QTableWidget>(&d, "scanTable");
    QVERIFY2(table->rowCount() == 20, qPrintable(child<QLabel>(&d, "messageLabel")->text()));
    for (int i = 0; i < codes.size(); ++i)
        QCOMPARE(table->item(i, 0)->text(), codes.at(i));
    QCOMPARE(count(*r.f.archive,
                   QStringLiteral("SELECT COUNT(*) FROM reconciliation_scans WHERE session_id = ?"),
                   {d.session()}),
             20);
    QCOMPARE(table->item(7, 1)->data(Qt::UserRole).toString(), QStringLiteral("misplaced"));
    QCOMPARE(table->item(0, 1)->data(Qt::UserRole).toString(), QStringLiteral("found"));
    QVERIFY(table->item(7, 1)->foreground().color() != table->item(0, 1)->foreground().color());
    QVERIFY(table->item(7, 2)->text().contains(QStringLiteral("第2层"))); // where it belongs
    QVERIFY(scan->text().isEmpty());
    // The same code again is a duplicate, listed too.
    QTest::keyClicks(scan, r.first.at(0));
    QTest::keyClick(scan, Qt::Key_Return);
    QCOMPARE(table->item(20, 1)->data(Qt::UserRole).toString(), QStringLiteral("duplicate"));

    if (const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR"); !dir.isEmpty()) {
        d.resize(900, 560);
        QCoreApplication::processEvents();
        table->scrollToItem(table->item(4, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        QVERIFY(d.grab().save(dir + QStringLiteral("/reconciliation.png")));
    }

    // The misplaced folder moves onto this shelf with one button.
    table->selectRow(7);
    auto* move = child<QPushButton>(&d, "moveHereButton");
    QVERIFY(move->isEnabled());
    QTest::mouseClick(move, Qt::LeftButton);
    QCOMPARE(r.f.archive->context().dossiers.byArchiveNo(r.second.at(0))->locationId, r.shelf1);

    // Finishing: 3 of the shelf were not scanned.
    QVERIFY(d.finishSession());
    QVERIFY2(MessageBox::lastText().contains(r.first.at(19)) &&
                 MessageBox::lastText().contains(r.first.at(21)),
             qPrintable(MessageBox::lastText()));
    QVERIFY(!scan->isEnabled()); // read-only now
    QVERIFY(child<QLabel>(&d, "tallyLabel")->text().contains(QStringLiteral("3")));

    // The dossier view says since when a folder is missing; a found one says nothing of it.
    {
        DossierDialog missingOne(*r.f.archive,
                                 r.f.archive->context().dossiers.byArchiveNo(r.first.at(19))->id);
        QVERIFY(missingOne.reload());
        QVERIFY2(child<QLabel>(&missingOne, "dossierHeader")->text().contains(QStringLiteral("2026-11-27")),
                 qPrintable(child<QLabel>(&missingOne, "dossierHeader")->text()));
        DossierDialog foundOne(*r.f.archive, r.f.archive->context().dossiers.byArchiveNo(r.first.at(1))->id);
        QVERIFY(foundOne.reload());
        QVERIFY(!child<QLabel>(&foundOne, "dossierHeader")->text().isEmpty());
        QVERIFY(!child<QLabel>(&foundOne, "dossierHeader")->text().contains(QStringLiteral("2026-11-27")));
    }
    // The finance manager's start panel lists the three missing folders.
    actAs(r.f, r.finManager);
    LoanPanel panel(*r.f.archive);
    int missing = 0;
    for (const QString& line : panel.lines())
        missing +=
            (line.contains(r.first.at(19)) || line.contains(r.first.at(20)) || line.contains(r.first.at(21)));
    QCOMPARE(missing, 3);
    // A later session that scans one: it leaves the panel.
    actAs(r.f, r.clerk);
    auto later = r.f.archive->reconSessions().start({});
    AR_VERIFY_OK(r.f.archive->reconSessions().scan(later->id, r.first.at(20)));
    actAs(r.f, r.finManager);
    panel.refresh();
    missing = 0;
    for (const QString& line : panel.lines())
        missing +=
            (line.contains(r.first.at(19)) || line.contains(r.first.at(20)) || line.contains(r.first.at(21)));
    QCOMPARE(missing, 2);
}

void TestReconciliationWindow::R45_dossierViewRecordsDamageForTheOwningManager()
{
    Shelves r;
    const qint64 id = r.f.archive->context().dossiers.byArchiveNo(r.first.at(3))->id;
    DossierDialog d(*r.f.archive, id);
    QVERIFY(d.reload());
    auto* damage = child<QPushButton>(&d, "damageButton");
    QVERIFY(damage->isEnabled());
    DialogSeam<QString>::setNext(QStringLiteral("装订线松脱"));
    QTest::mouseClick(damage, Qt::LeftButton);
    actAs(r.f, r.finManager);
    auto open = r.f.archive->loanRegisters().damages();
    AR_VERIFY_OK(open);
    QCOMPARE(open->size(), 1);
    QCOMPARE(open->first().archiveNo, r.first.at(3));
    QCOMPARE(open->first().note, QStringLiteral("装订线松脱"));
    LoanPanel panel(*r.f.archive);
    QVERIFY(panel.lines().join(QLatin1Char('\n')).contains(r.first.at(3)));
}

void TestReconciliationWindow::R45_dossierViewTakesAPhotoAndTheManagerViewsIt()
{
    Shelves r;
    QTemporaryDir dir;
    const QString photo = dir.filePath(QStringLiteral("spine.png"));
    QImage image(40, 30, QImage::Format_RGB32);
    image.fill(Qt::darkRed);
    QVERIFY(image.save(photo, "PNG"));
    const qint64 id = r.f.archive->context().dossiers.byArchiveNo(r.first.at(4))->id;
    DossierDialog d(*r.f.archive, id);
    QVERIFY(d.reload());
    DialogSeam<DamageEntry>::setNext(DamageEntry{QStringLiteral("书脊受潮"), photo});
    QTest::mouseClick(child<QPushButton>(&d, "damageButton"), Qt::LeftButton);
    // The finance manager's damage window shows the record with its photo and opens it.
    actAs(r.f, r.finManager);
    DamageDialog desk(*r.f.archive);
    QCOMPARE(desk.table()->rowCount(), 1);
    QCOMPARE(desk.table()->item(0, 1)->text(), r.first.at(4));
    QVERIFY(!desk.table()->item(0, 9)->text().isEmpty()); // the photo column
    QDialog* view = desk.showSelectedPhoto();
    QVERIFY(view);
    auto* shown = child<QLabel>(view, "photoLabel");
    QCOMPARE(shown->pixmap().size(), QSize(40, 30));
    QCOMPARE(
        count(*r.f.archive,
              QStringLiteral(
                  "SELECT COUNT(*) FROM audit_log WHERE action = 'view_attachment' AND entity = 'damage'")),
        1);
    view->close();
}

void TestReconciliationWindow::R49_violationsAreRecordedByManagersOnly()
{
    Shelves r;
    // The clerk: the list is refused and so is a record.
    {
        ViolationsDialog d(*r.f.archive);
        QCOMPARE(d.table()->rowCount(), 0);
        QVERIFY(!child<QLabel>(&d, "messageLabel")->text().isEmpty());
        QString refused;
        DialogRunner::setNextHandler([&refused](QDialog& form) {
            child<QLineEdit>(&form, "personEdit")->setText(QStringLiteral("李四"));
            child<QLineEdit>(&form, "whatEdit")->setText(QStringLiteral("私自转借"));
            form.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
            refused = child<QLabel>(&form, "errorLabel")->text();
        });
        QVERIFY(!d.addViolation());
        QVERIFY(!refused.isEmpty());
    }
    QCOMPARE(count(*r.f.archive, QStringLiteral("SELECT COUNT(*) FROM violations")), 0);
    // The finance manager: a fine without its amount is refused in the form, then recorded.
    actAs(r.f, r.finManager);
    ViolationsDialog d(*r.f.archive);
    QString firstError;
    DialogRunner::setNextHandler([&firstError, &r](QDialog& form) {
        child<QLineEdit>(&form, "personEdit")->setText(QStringLiteral("李四"));
        child<QLineEdit>(&form, "whatEdit")->setText(QStringLiteral("档案逾期未还"));
        child<QComboBox>(&form, "measureCombo")->setCurrentText(QStringLiteral("罚款"));
        child<QLineEdit>(&form, "dossierEdit")->setText(r.first.at(4));
        QPushButton* ok = form.findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok);
        ok->click();
        firstError = child<QLabel>(&form, "errorLabel")->text();
        child<QLineEdit>(&form, "amountEdit")->setText(QStringLiteral("100"));
        ok->click();
    });
    QVERIFY(d.addViolation());
    QVERIFY(!firstError.isEmpty());
    QCOMPARE(d.table()->rowCount(), 1);
    QVERIFY(d.table()->item(0, 3)->text().contains(QStringLiteral("罚款")));
    QCOMPARE(d.table()->item(0, 4)->text(), r.first.at(4));
    QCOMPARE(count(*r.f.archive, QStringLiteral("SELECT COUNT(*) FROM violations WHERE amount_fen = 10000")),
             1);
}

QTEST_MAIN(TestReconciliationWindow)
#include "TestReconciliationWindow.moc"
