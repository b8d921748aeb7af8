// Borrowing in the window (issue #5): the borrow desk driven from the keyboard as a scanner
// does, the approval inbox, the overdue list with its reminder slip, the start-screen panel
// and the 借阅 menu by role; the desk's registers of visits, copies, damage and owners' requests. Set
// AR_SCREENSHOT_DIR to save pictures of the desk and inbox.
#include "../services/LoanHelpers.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/loans/ApprovalInbox.h"
#include "ui/loans/BorrowDesk.h"
#include "ui/loans/DeskRecords.h"
#include "ui/loans/LoanActions.h"
#include "ui/loans/LoanListDialog.h"
#include "ui/loans/LoanModel.h"
#include "ui/loans/LoanPanel.h"
#include "ui/loans/LoanRequestDialog.h"
#include "ui/loans/OverdueDialog.h"
#include "ui/print/PrintDialog.h"

#include "ui/common/DialogRunner.h"
#include "ui/common/DossierPicker.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDockWidget>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;
using gui::child;

namespace {

struct World
{
    Fixture f{Role::Clerk};
    User clerk, staff, csManager, leader;
    QString ownerNo, financeNo;
    World()
    {
        clerk = f.user;
        staff = addAccount(f, Role::Staff, QStringLiteral("staff-cs"), QStringLiteral("客服部"));
        csManager = addAccount(f, Role::Manager, QStringLiteral("head-cs"), QStringLiteral("客服部"));
        leader = addAccount(f, Role::Leader, QStringLiteral("gm"), QStringLiteral("总经理办公室"));
        f.makeSmallEstate();
        actAs(f, clerk);
        ownerNo =
            f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))))->archiveNo;
        financeNo = addDossier(f, QStringLiteral("finance"), QStringLiteral("2026年11月收支凭证"));
    }
    Loan ask(const User& who, const QString& no, const QString& purpose = QStringLiteral("核对"))
    {
        actAs(f, who);
        auto l = f.archive->loans().request({no, {}, AccessMode::Borrow, purpose, {}, {}});
        if (!l)
            qFatal("request: %s", qPrintable(l.error().message));
        return l.value();
    }
};

void scanInto(QLineEdit* scan, const QString& code)
{
    scan->setFocus();
    QTest::keyClicks(scan, code);          // a keyboard-wedge scanner types the code …
    QTest::keyClick(scan, Qt::Key_Return); // … and Enter
}

void screenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.show();
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name)));
}

} // namespace

class TestLoanDesk : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        MessageBox::setAutoAnswer(true, QMessageBox::Ok);
        m_translators = gui::installScreenshotTranslators();
    }
    void R33_deskChecksSeveralFoldersOutAndInFromTheKeyboard();
    void R33_deskSaysWhyAScanIsRefused();
    void R33_P6_deskChecksOutWhatEveryScannerTypes();
    void R33_deskOffersTheCandidatesOfAnAmbiguousTail();
    void R23_inboxApprovesAndRejectsWithAReason();
    void screensAt1366By768();
    void R30_requestDialogShowsTheDecision();
    void R35_R34_panelShowsOverdueLostAndPendingToTheManager();
    void R35_reminderSlipIsPrintedToPdfAndAudited();
    void R32_R34_loanListAsksForAnExtensionAndReportsALoss();
    void R34_foundAgainIsRecordedFromTheLoanList();
    void R24_visitDialogOffersOnlyWhoMayConsentAndRegistersAnInRoomVisit();
    void R25_copiesAreRecordedFromTheLoanListIntoTheRegister();
    void R45_damagedDossierIsMarkedRepaired();
    void R47_ownerRequestIsRegisteredAndAnswered();
    void loanMenuAndPanelByRole_data();
    void loanMenuAndPanelByRole();
    void R23_inboxShowsWhatTheApproverDecidesOn();
    void R23_panelLineOpensTheInboxAtTheRequest();
    void R23_requesterWithdrawsFromTheLoanList();
    void R33_deskShowsTheBorrowerAndWhatTheyHaveOut();
    void R20_staffFindWhatToAskForByRoom();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators; // AR_SCREENSHOT_QM only
};

void TestLoanDesk::R33_deskChecksSeveralFoldersOutAndInFromTheKeyboard()
{
    World w;
    actAs(w.f, w.clerk);
    BorrowDesk desk(*w.f.archive);
    QAbstractItemModelTester tester(desk.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    desk.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    auto* borrower = child<QLineEdit>(&desk, "borrowerEdit");
    auto* purpose = child<QLineEdit>(&desk, "purposeEdit");
    auto* scan = child<QLineEdit>(&desk, "scanEdit");
    QTest::keyClicks(borrower, QStringLiteral("gm"));
    gui::typeText(purpose, QStringLiteral("年终检查"));
    QTest::keyClick(purpose, Qt::Key_Return);
    QCOMPARE(QApplication::focusWidget(), scan);

    // Two folders for one borrower: the leader's take-out is granted at once (R21) and out.
    scanInto(scan, w.ownerNo);
    scanInto(scan, w.financeNo);
    QCOMPARE(desk.model()->rowCount(), 2);
    for (const Loan& l : desk.model()->loans()) {
        QCOMPARE(l.status, LoanStatus::Out);
        QCOMPARE(l.borrowerLogin, QStringLiteral("gm"));
    }
    QVERIFY(scan->text().isEmpty());
    QCOMPARE(QApplication::focusWidget(), scan);
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("on_loan"));

    // F3: check in; the first folder comes back damaged, the second complete.
    QTest::keyClick(&desk, Qt::Key_F3);
    QCOMPARE(desk.direction(), BorrowDesk::Direction::CheckIn);
    auto* condition = child<QComboBox>(&desk, "conditionCombo");
    condition->setFocus();
    QTest::keyClick(condition, Qt::Key_Down); // 损坏 / damaged
    gui::typeText(child<QLineEdit>(&desk, "noteEdit"), QStringLiteral("第3页撕裂"));
    scanInto(scan, w.ownerNo);
    scanInto(scan, w.financeNo);
    QCOMPARE(desk.model()->rowCount(), 2);
    for (const Loan& l : desk.model()->loans())
        QCOMPARE(l.status, LoanStatus::Returned);
    QCOMPARE(
        desk.model()->loans().at(desk.model()->loans().at(0).archiveNo == w.ownerNo ? 0 : 1).returnCondition,
        QStringLiteral("damaged"));
    QCOMPARE(condition->currentIndex(), 0); // back to complete for the next folder
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM damage_records")), 1);
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("open"));

    // Ctrl+N: the next borrower starts from an empty desk.
    QTest::keyClick(&desk, Qt::Key_N, Qt::ControlModifier);
    QCOMPARE(desk.model()->rowCount(), 0);
    QVERIFY(borrower->text().isEmpty());
}

void TestLoanDesk::R33_deskSaysWhyAScanIsRefused()
{
    World w;
    actAs(w.f, w.clerk);
    BorrowDesk desk(*w.f.archive);
    desk.show();
    auto* scan = child<QLineEdit>(&desk, "scanEdit");
    auto* message = child<QLabel>(&desk, "messageLabel");
    // Staff without a request: asking at the desk registers the request, nothing goes out.
    QTest::keyClicks(child<QLineEdit>(&desk, "borrowerEdit"), QStringLiteral("staff-cs"));
    gui::typeText(child<QLineEdit>(&desk, "purposeEdit"), QStringLiteral("回访"));
    scanInto(scan, w.ownerNo);
    QCOMPARE(desk.model()->rowCount(), 1);
    QCOMPARE(desk.model()->loans().first().status, LoanStatus::Pending);
    QVERIFY2(message->text().contains(QStringLiteral("head-cs")), qPrintable(message->text()));
    // An unknown code is named.
    scanInto(scan, QStringLiteral("Z109-XX-0000"));
    QVERIFY2(message->text().contains(QStringLiteral("Z109-XX-0000")), qPrintable(message->text()));
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("open"));
}

void TestLoanDesk::R33_P6_deskChecksOutWhatEveryScannerTypes()
{
    World w;
    actAs(w.f, w.clerk);
    // Four folders the leader takes out at once (R21): owners of 1201 (w.ownerNo), 1202, 1301.
    QStringList owners{w.ownerNo};
    for (const char* room : {"3-2-1202", "3-2-1301"}) {
        Registration r = wangXiaoming(w.f.roomId(QString::fromLatin1(room)));
        r.person.name = owners.size() == 1 ? QStringLiteral("李一") : QStringLiteral("李二");
        r.person.idNumber = fakeId(QDate(1981, 1, owners.size()), true, 20 + int(owners.size()));
        r.person.phones = {QStringLiteral("1391234567%1").arg(owners.size())};
        auto reg = w.f.archive->people().registerPerson(r);
        QVERIFY2(reg.ok(), qPrintable(reg ? QString() : reg.error().message));
        owners << reg->archiveNo;
    }
    for (const QString& no : owners)
        QVERIFY(no.contains(QChar(0x00B7))); // Z109-YZ·2026-Y-000n

    // The label of 1301, printed as the print dialog prints it (Code 128 by default), cut out of
    // the rendered page (the default sheet's first slot: 70 × 37 mm from 0.5 mm down), decoded.
    PrintRequest req;
    req.form = PrintForm::Labels;
    req.room = QStringLiteral("3-2-1301");
    const QString pdf = w.f.dir.filePath(QStringLiteral("label.pdf"));
    auto pages = w.f.archive->printing().toPdf(req, pdf);
    QVERIFY2(pages.ok(), qPrintable(pages ? QString() : pages.error().message));
    const int dpi = 300;
    QProcess ppm;
    ppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                           QStringLiteral("-gray"), QStringLiteral("-singlefile"), pdf, pdf});
    QVERIFY(ppm.waitForFinished(60000));
    const QImage page = QImage(pdf + QStringLiteral(".png")).convertToFormat(QImage::Format_Grayscale8);
    QVERIFY(!page.isNull());
    const double px = dpi / 25.4;
    const QImage crop = page.copy(QRect(0, int(0.5 * px), int(70 * px), int(37 * px)));
    const ZXing::ImageView view(crop.constBits(), crop.width(), crop.height(), ZXing::ImageFormat::Lum,
                                int(crop.bytesPerLine()));
    const auto codes =
        ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(ZXing::BarcodeFormat::Code128));
    QCOMPARE(int(codes.size()), 1);
    const QString decoded = QString::fromStdString(codes.front().text());
    QVERIFY2(!decoded.contains(QChar(0x00B7)) && decoded != owners.at(2), qPrintable(decoded));

    // What the scanners type: without the "·"; lower case with "." in its place; "-" in its
    // place; and the label's decoded code.
    QString noDot = owners.at(0);
    noDot.remove(QChar(0x00B7));
    QString fullStop = owners.at(1);
    fullStop.replace(QChar(0x00B7), QLatin1Char('.'));
    QString hyphen = w.financeNo;
    hyphen.replace(QChar(0x00B7), QLatin1Char('-'));
    const QList<std::pair<QString, QString>> scans{{noDot, owners.at(0)},
                                                   {fullStop.toLower(), owners.at(1)},
                                                   {hyphen, w.financeNo},
                                                   {decoded, owners.at(2)}};

    BorrowDesk desk(*w.f.archive);
    desk.show();
    QVERIFY(QTest::qWaitForWindowActive(&desk));
    auto* scan = child<QLineEdit>(&desk, "scanEdit");
    auto* message = child<QLabel>(&desk, "messageLabel");
    QTest::keyClicks(child<QLineEdit>(&desk, "borrowerEdit"), QStringLiteral("gm"));
    gui::typeText(child<QLineEdit>(&desk, "purposeEdit"), QStringLiteral("年终检查"));
    for (const auto& [typed, no] : scans) {
        scanInto(scan, typed);
        QVERIFY2(message->text().contains(no), qPrintable(typed + QStringLiteral(" → ") + message->text()));
        QCOMPARE(dossierStatus(w.f, no), QStringLiteral("on_loan"));
    }
    QCOMPARE(desk.model()->rowCount(), 4);
    for (const Loan& l : desk.model()->loans())
        QCOMPARE(l.status, LoanStatus::Out);
}

void TestLoanDesk::R33_deskOffersTheCandidatesOfAnAmbiguousTail()
{
    World w;
    actAs(w.f, w.clerk);
    BorrowDesk desk(*w.f.archive);
    desk.show();
    auto* scan = child<QLineEdit>(&desk, "scanEdit");
    QTest::keyClicks(child<QLineEdit>(&desk, "borrowerEdit"), QStringLiteral("gm"));
    gui::typeText(child<QLineEdit>(&desk, "purposeEdit"), QStringLiteral("年终检查"));
    // "0001" ends both the owner's and the finance number: the desk asks which; the clerk picks
    // the finance one.
    QStringList offered;
    DialogRunner::setNextHandler([&](QDialog& d) {
        auto* list = d.findChild<QListWidget*>(QStringLiteral("candidateList"));
        QVERIFY(list);
        for (int i = 0; i < list->count(); ++i) {
            offered << list->item(i)->data(Qt::UserRole).toString();
            if (offered.last() == w.financeNo)
                list->setCurrentRow(i);
        }
        d.accept();
    });
    scanInto(scan, QStringLiteral("0001"));
    offered.sort();
    QStringList both{w.ownerNo, w.financeNo};
    both.sort();
    QCOMPARE(offered, both);
    QCOMPARE(dossierStatus(w.f, w.financeNo), QStringLiteral("on_loan"));
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("open"));
    // Cancelled: nothing goes out, and the message says so.
    DialogRunner::setNextHandler([](QDialog& d) { d.reject(); });
    scanInto(scan, QStringLiteral("0001"));
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("open"));
    QVERIFY(!child<QLabel>(&desk, "messageLabel")->text().isEmpty());
}

void TestLoanDesk::R23_inboxApprovesAndRejectsWithAReason()
{
    World w;
    const Loan a = w.ask(w.staff, w.ownerNo, QStringLiteral("回访核对"));
    const Loan b = w.ask(w.staff, w.ownerNo, QStringLiteral("私人用途"));
    actAs(w.f, w.csManager);
    ApprovalInbox inbox(*w.f.archive);
    QAbstractItemModelTester tester(inbox.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(inbox.model()->rowCount(), 2);
    // Reject the second one: without a reason it stays.
    inbox.table()->selectRow(1);
    QTest::mouseClick(child<QPushButton>(&inbox, "rejectButton"), Qt::LeftButton);
    QCOMPARE(inbox.model()->rowCount(), 2);
    QVERIFY(!child<QLabel>(&inbox, "messageLabel")->text().isEmpty());
    inbox.table()->selectRow(1);
    gui::typeText(child<QLineEdit>(&inbox, "reasonEdit"), QStringLiteral("与工作无关"));
    QTest::mouseClick(child<QPushButton>(&inbox, "rejectButton"), Qt::LeftButton);
    QCOMPARE(inbox.model()->rowCount(), 1);
    QCOMPARE(inbox.model()->loans().first().id, a.id);
    QTest::mouseClick(child<QPushButton>(&inbox, "approveButton"), Qt::LeftButton);
    QCOMPARE(inbox.model()->rowCount(), 0);
    QCOMPARE(w.f.archive->loans().loan(a.id)->status, LoanStatus::Approved);
    QCOMPARE(w.f.archive->loans().loan(b.id)->status, LoanStatus::Rejected);
    QCOMPARE(w.f.archive->loans().loan(b.id)->decisionReason, QStringLiteral("与工作无关"));
}

void TestLoanDesk::R30_requestDialogShowsTheDecision()
{
    World w;
    actAs(w.f, w.staff);
    LoanRequestDialog dialog(*w.f.archive);
    QVERIFY(!child<QLineEdit>(&dialog, "borrowerEdit")->isEnabled()); // staff ask for themselves
    dialog.setArchiveNo(w.ownerNo);
    dialog.accept(); // no purpose
    QVERIFY(child<QLabel>(&dialog, "errorLabel")->isVisibleTo(&dialog));
    QCOMPARE(dialog.loan().id, 0);
    gui::typeText(child<QLineEdit>(&dialog, "purposeEdit"), QStringLiteral("核对电话"));
    MessageBox::resetRecord();
    dialog.accept();
    QVERIFY(dialog.loan().id > 0);
    QCOMPARE(dialog.loan().status, LoanStatus::Pending);
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("waiting for the approval")),
             qPrintable(MessageBox::lastText()));
}

void TestLoanDesk::R35_R34_panelShowsOverdueLostAndPendingToTheManager()
{
    World w;
    const Loan a = w.ask(w.leader, w.ownerNo);
    const Loan b = w.ask(w.leader, w.financeNo);
    w.ask(w.staff, w.ownerNo, QStringLiteral("回访"));
    actAs(w.f, w.clerk);
    AR_VERIFY_OK(w.f.archive->desk().checkOut(a.id));
    AR_VERIFY_OK(w.f.archive->desk().checkOut(b.id));
    setDay(w.f, QDate(2026, 11, 30)); // the owner dossier was due on 11-27
    AR_VERIFY_OK(w.f.archive->desk().reportLost(b.id, QStringLiteral("出差遗失")));
    actAs(w.f, w.csManager);
    LoanPanel panel(*w.f.archive);
    const QStringList lines = panel.lines();
    QVERIFY2(lines.filter(w.ownerNo).size() >= 2,
             qPrintable(lines.join(QLatin1Char('\n')))); // overdue + pending
    const QString overdue =
        QCoreApplication::translate("ar::ui::LoanPanel", "Overdue %1 days: %2 — %3 (%4), due %5")
            .arg(3)
            .arg(w.ownerNo, w.leader.displayName, w.leader.department, QStringLiteral("2026-11-27"));
    QVERIFY2(lines.contains(overdue), qPrintable(lines.join(QLatin1Char('\n'))));
    // The finance loss is 财务部's; the 客服部 head sees only its own.
    QVERIFY(lines.filter(w.financeNo).isEmpty());
    actAs(w.f, w.leader);
    panel.refresh();
    QVERIFY2(!panel.lines().filter(QStringLiteral("出差遗失")).isEmpty(),
             qPrintable(panel.lines().join(QLatin1Char('\n'))));
    if (!qEnvironmentVariableIsEmpty("AR_SCREENSHOT_DIR")) {
        MainWindow window(*w.f.archive); // the leader's start screen with the panel
        window.resize(1280, 720);
        screenshot(window, "loan-panel.png");
    }
    // Staff get no panel content.
    actAs(w.f, w.staff);
    panel.refresh();
    QVERIFY(panel.lines().isEmpty());
}

void TestLoanDesk::R35_reminderSlipIsPrintedToPdfAndAudited()
{
    World w;
    const Loan a = w.ask(w.leader, w.ownerNo);
    actAs(w.f, w.clerk);
    AR_VERIFY_OK(w.f.archive->desk().checkOut(a.id));
    setDay(w.f, QDate(2026, 12, 2));
    OverdueDialog dialog(*w.f.archive);
    QCOMPARE(dialog.model()->rowCount(), 1);
    QCOMPARE(dialog.model()->loans().first().daysOverdue, 5);
    // The slip is a printed form: the print dialog opens with it, its preview one A5 page.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("reminder.pdf"));
    int previewPages = 0;
    DialogRunner::setNextHandler([&](QDialog& d) {
        auto* print = qobject_cast<PrintDialog*>(&d);
        QVERIFY(print);
        QCOMPARE(print->form(), PrintForm::Reminders);
        QVERIFY(print->updatePreview());
        previewPages = print->previewPages();
        QVERIFY(print->saveAsPdf(pdf));
    });
    QTest::mouseClick(child<QPushButton>(&dialog, "printButton"), Qt::LeftButton);
    QCOMPARE(previewPages, 1);
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QProcess text;
    text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(text.waitForFinished());
    const QString slip = QString::fromUtf8(text.readAllStandardOutput());
    QVERIFY2(slip.contains(w.ownerNo), qPrintable(slip));
    QVERIFY2(slip.contains(QStringLiteral("2026-11-27")), qPrintable(slip)); // the due date
    QVERIFY2(slip.contains(w.leader.displayName), qPrintable(slip));
    // One record per loan chased, naming the loan and its dossier.
    QCOMPARE(
        count(*w.f.archive,
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'print' AND entity = 'loan' AND "
                             "entity_id = ? AND dossier = ?"),
              {a.id, w.ownerNo}),
        1);
    if (const QString shots = qEnvironmentVariable("AR_SCREENSHOT_DIR"); !shots.isEmpty())
        QFile::copy(pdf, shots + QStringLiteral("/reminder.pdf"));
}

void TestLoanDesk::R32_R34_loanListAsksForAnExtensionAndReportsALoss()
{
    World w;
    const Loan l = w.ask(w.staff, w.ownerNo, QStringLiteral("回访"));
    actAs(w.f, w.csManager);
    AR_VERIFY_OK(w.f.archive->loans().approve(l.id));
    actAs(w.f, w.clerk);
    AR_VERIFY_OK(w.f.archive->desk().checkOut(l.id));

    // The borrower asks for an extension before the due date (R32); it waits for the head.
    actAs(w.f, w.staff);
    {
        LoanListDialog dialog(*w.f.archive);
        QCOMPARE(dialog.model()->rowCount(), 1);
        QVERIFY(!child<QPushButton>(&dialog, "lostButton")->isVisibleTo(&dialog));
        dialog.table()->selectRow(0);
        QVERIFY(child<QPushButton>(&dialog, "extendButton")->isEnabled());
        DialogSeam<QDate>::setNext(QDate(2026, 11, 30));
        DialogSeam<QString>::setNext(QStringLiteral("客户周末来访"));
        QVERIFY(dialog.extendSelected());
        QVERIFY(dialog.model()->loans().first().extensionPending);
        QCOMPARE(dialog.model()->loans().first().due, QDate(2026, 11, 27));
    }
    // The clerk reports the loss with a written report (R34).
    actAs(w.f, w.clerk);
    LoanListDialog dialog(*w.f.archive);
    dialog.table()->selectRow(0);
    DialogSeam<QString>::setNext(QString());
    QVERIFY(!dialog.reportSelectedLost()); // an empty report is refused
    QVERIFY2(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("report on the loss")),
             qPrintable(child<QLabel>(&dialog, "messageLabel")->text()));
    dialog.table()->selectRow(0);
    DialogSeam<QString>::setNext(QStringLiteral("借阅人搬家时遗失，已书面报告经理"));
    QVERIFY(dialog.reportSelectedLost());
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("lost"));
    QCOMPARE(dialog.model()->loans().first().status, LoanStatus::Lost);
}

void TestLoanDesk::R34_foundAgainIsRecordedFromTheLoanList()
{
    World w;
    const Loan l = w.ask(w.leader, w.ownerNo);
    actAs(w.f, w.clerk);
    AR_VERIFY_OK(w.f.archive->desk().checkOut(l.id));
    AR_VERIFY_OK(w.f.archive->desk().reportLost(l.id, QStringLiteral("借阅人遗失，已书面报告")));
    // Only the desk records a find.
    actAs(w.f, w.leader);
    {
        LoanListDialog dialog(*w.f.archive);
        QVERIFY(!child<QPushButton>(&dialog, "foundButton")->isVisibleTo(&dialog));
    }
    actAs(w.f, w.clerk);
    LoanListDialog dialog(*w.f.archive);
    auto* found = child<QPushButton>(&dialog, "foundButton");
    QVERIFY(found->isVisibleTo(&dialog));
    dialog.table()->selectRow(0);
    QCOMPARE(dialog.model()->loans().first().status, LoanStatus::Lost);
    QVERIFY(found->isEnabled());
    DialogSeam<QString>::setNext(QString());
    QVERIFY(!dialog.recordSelectedFound()); // a find needs a note
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("lost"));
    dialog.table()->selectRow(0);
    DialogSeam<QString>::setNext(QStringLiteral("在档案室角落找到，完好"));
    QVERIFY(dialog.recordSelectedFound());
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("open"));
    QVERIFY2(child<QLabel>(&dialog, "messageLabel")->text().contains(w.ownerNo),
             qPrintable(child<QLabel>(&dialog, "messageLabel")->text()));
    // The loan stays on record as lost; the dossier is back, so there is nothing more to find.
    dialog.table()->selectRow(0);
    QCOMPARE(dialog.model()->loans().first().status, LoanStatus::Lost);
    QVERIFY(!found->isEnabled());
}

void TestLoanDesk::R24_visitDialogOffersOnlyWhoMayConsentAndRegistersAnInRoomVisit()
{
    World w;
    addAccount(w.f, Role::Manager, QStringLiteral("head-eng"), QStringLiteral("工程部"));
    actAs(w.f, w.clerk);
    VisitDialog dialog(*w.f.archive);
    dialog.setArchiveNo(w.ownerNo);
    // The owner dossier belongs to 客服部: its head and the leader, not the engineering head.
    QStringList consenters;
    for (int i = 0; i < dialog.consentCombo()->count(); ++i)
        consenters << dialog.consentCombo()->itemData(i).toString();
    consenters.sort();
    QCOMPARE(consenters, (QStringList{QStringLiteral("gm"), QStringLiteral("head-cs")}));
    dialog.consentCombo()->setCurrentIndex(dialog.consentCombo()->findData(QStringLiteral("head-cs")));
    gui::typeText(child<QLineEdit>(&dialog, "organEdit"), QStringLiteral("公安局华苑派出所"));
    gui::typeText(child<QLineEdit>(&dialog, "officerEdit"), QStringLiteral("李警官"));
    // Without the credential nothing is registered and the dialog says why.
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QVERIFY2(!child<QLabel>(&dialog, "errorLabel")->text().isEmpty(), "the dialog says why");
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM visits")), 0);
    gui::typeText(child<QLineEdit>(&dialog, "noteEdit"), QStringLiteral("调查取证，查阅入住登记"));
    screenshot(dialog, "visit.png"); // as refused: the credential is missing
    gui::typeText(child<QLineEdit>(&dialog, "credentialEdit"), QStringLiteral("警官证 110123"));
    dialog.accept();
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto l = w.f.archive->loans().loan(dialog.visit().loanId);
    AR_VERIFY_OK(l);
    QCOMPARE(l->status, LoanStatus::InRoom);
    QCOMPARE(l->rule, QStringLiteral("R24"));
    QCOMPARE(dialog.visit().approvedByName, QStringLiteral("head-cs"));
    QVERIFY(!w.f.archive->desk().checkOut(l->id).ok());
    QCOMPARE(dossierStatus(w.f, w.ownerNo), QStringLiteral("open"));
}

void TestLoanDesk::R25_copiesAreRecordedFromTheLoanListIntoTheRegister()
{
    World w;
    actAs(w.f, w.staff);
    auto asked = w.f.archive->loans().request(
        {w.ownerNo, {}, AccessMode::Copy, QStringLiteral("办理贷款"), {}, QStringLiteral("1-3")});
    AR_VERIFY_OK(asked);
    QCOMPARE(asked->status, LoanStatus::Pending);
    actAs(w.f, w.clerk);
    {
        // Not approved yet: no copy can be recorded.
        LoanListDialog dialog(*w.f.archive);
        dialog.table()->selectRow(0);
        QVERIFY(!child<QPushButton>(&dialog, "copyButton")->isEnabled());
    }
    actAs(w.f, w.csManager);
    AR_VERIFY_OK(w.f.archive->loans().approve(asked->id));
    actAs(w.f, w.clerk);
    LoanListDialog dialog(*w.f.archive);
    dialog.table()->selectRow(0);
    QVERIFY(child<QPushButton>(&dialog, "copyButton")->isEnabled());
    DialogSeam<CopyInput>::setNext(CopyInput{QString(), 0, 1, {}});
    QVERIFY(!dialog.recordCopiesForSelected()); // no sheets: refused, nothing written
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM copy_entries")), 0);
    dialog.table()->selectRow(0);
    DialogSeam<CopyInput>::setNext(CopyInput{QString(), 3, 2, QStringLiteral("加盖档案室章")});
    QVERIFY(dialog.recordCopiesForSelected());
    QVERIFY(child<QLabel>(&dialog, "messageLabel")->text().contains(QStringLiteral("ZC-05")));

    CopyRegisterDialog reg(*w.f.archive);
    QCOMPARE(reg.table()->rowCount(), 1);
    QCOMPARE(reg.table()->item(0, 2)->text(), w.ownerNo);
    QCOMPARE(reg.table()->item(0, 4)->text(), QStringLiteral("1-3"));
    QCOMPARE(reg.table()->item(0, 5)->text(), QStringLiteral("3"));
    QCOMPARE(reg.table()->item(0, 7)->text(), QStringLiteral("办理贷款"));
    QCOMPARE(count(*w.f.archive, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'copy'")), 1);
}

void TestLoanDesk::R45_damagedDossierIsMarkedRepaired()
{
    World w;
    actAs(w.f, w.clerk);
    BorrowDesk desk(*w.f.archive);
    QTest::keyClicks(child<QLineEdit>(&desk, "borrowerEdit"), QStringLiteral("gm"));
    gui::typeText(child<QLineEdit>(&desk, "purposeEdit"), QStringLiteral("核对"));
    QVERIFY(desk.scan(w.ownerNo));
    desk.setDirection(BorrowDesk::Direction::CheckIn);
    child<QComboBox>(&desk, "conditionCombo")->setCurrentIndex(1); // damaged
    gui::typeText(child<QLineEdit>(&desk, "noteEdit"), QStringLiteral("封面折角"));
    QVERIFY(desk.scan(w.ownerNo));

    actAs(w.f, w.csManager);
    DamageDialog dialog(*w.f.archive);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 3)->text(), QStringLiteral("封面折角"));
    DialogSeam<QString>::setNext(QString());
    QVERIFY(!dialog.markSelectedRepaired()); // how it was repaired must be said
    QVERIFY2(dialog.message().contains(QStringLiteral("repaired")), qPrintable(dialog.message()));
    DialogSeam<QString>::setNext(QStringLiteral("已重新装订封面"));
    QVERIFY(dialog.markSelectedRepaired());
    QCOMPARE(dialog.table()->rowCount(), 0);
    dialog.allCheck()->setChecked(true);
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 8)->text(), QStringLiteral("已重新装订封面"));
}

void TestLoanDesk::R47_ownerRequestIsRegisteredAndAnswered()
{
    World w;
    actAs(w.f, w.clerk);
    OwnerRequestsDialog dialog(*w.f.archive);
    QCOMPARE(dialog.table()->rowCount(), 0);
    DialogSeam<OwnerRequestInput>::setNext(
        OwnerRequestInput{w.financeNo, OwnerRequestKind::View, QStringLiteral("查看")});
    QVERIFY(!dialog.registerRequest()); // a finance dossier is nobody's own record
    QVERIFY2(dialog.message().contains(QStringLiteral("no owner or tenant")), qPrintable(dialog.message()));
    DialogSeam<OwnerRequestInput>::setNext(OwnerRequestInput{w.ownerNo, OwnerRequestKind::Correct,
                                                             QStringLiteral("联系电话登记有误，要求更正")});
    QVERIFY(dialog.registerRequest());
    QCOMPARE(dialog.table()->rowCount(), 1);
    QCOMPARE(dialog.table()->item(0, 1)->text(), w.ownerNo);
    dialog.table()->selectRow(0);
    DialogSeam<QString>::setNext(QStringLiteral("已核对身份并更正电话"));
    QVERIFY(dialog.answerSelected());
    QCOMPARE(dialog.table()->rowCount(), 0); // answered: off the open list
    dialog.allCheck()->setChecked(true);
    QCOMPARE(dialog.table()->item(0, 5)->text(), QStringLiteral("已核对身份并更正电话"));
    screenshot(dialog, "owner-requests.png");
}

void TestLoanDesk::loanMenuAndPanelByRole_data()
{
    QTest::addColumn<int>("role");
    QTest::addColumn<bool>("desk");
    QTest::addColumn<bool>("inbox");
    QTest::addColumn<bool>("panel");
    QTest::newRow("clerk runs the desk") << int(Role::Clerk) << true << false << true;
    QTest::newRow("manager approves") << int(Role::Manager) << false << true << true;
    QTest::newRow("leader approves") << int(Role::Leader) << false << true << true;
    QTest::newRow("staff only asks") << int(Role::Staff) << false << false << false;
}

void TestLoanDesk::loanMenuAndPanelByRole()
{
    QFETCH(int, role);
    QFETCH(bool, desk);
    QFETCH(bool, inbox);
    QFETCH(bool, panel);
    World w;
    w.f.becomeRole(Role(role), QStringLiteral("role-user"));
    MainWindow window(*w.f.archive);
    auto* menu = window.menuBar()->findChild<QMenu*>(QStringLiteral("menuLoans"));
    QVERIFY(menu);
    auto* actions = window.findChild<LoanActions*>();
    QVERIFY(actions);
    QCOMPARE(actions->desk()->isVisible(), desk);
    QCOMPARE(actions->inbox()->isVisible(), inbox);
    QVERIFY(actions->request()->isVisible());
    QCOMPARE(actions->visit()->isVisible(), desk);
    QCOMPARE(actions->ownerRequests()->isVisible(), desk);
    QCOMPARE(actions->damages()->isVisible(), panel);
    QCOMPARE(window.findChild<QDockWidget*>(QStringLiteral("loanPanelDock")) != nullptr, panel);
    if (Role(role) == Role::Clerk) {
        BorrowDesk d(*w.f.archive);
        d.resize(980, 420);
        // A visit as the clerk sees it: one borrower, two folders out.
        QTest::keyClicks(child<QLineEdit>(&d, "borrowerEdit"), QStringLiteral("gm"));
        QVERIFY(d.showBorrower()); // as Enter in the field does
        gui::typeText(child<QLineEdit>(&d, "purposeEdit"), QStringLiteral("年终检查"));
        d.scan(w.ownerNo);
        d.scan(w.financeNo);
        screenshot(d, "borrow-desk.png");
    }
}

void TestLoanDesk::R23_inboxShowsWhatTheApproverDecidesOn()
{
    World w;
    const User eng = addAccount(w.f, Role::Staff, QStringLiteral("staff-eng"), QStringLiteral("工程部"));
    setDay(w.f, QDate(2026, 11, 2), 9);
    const QString purpose = QStringLiteral("核对交房时的水电表读数，答复业主关于物业费起算日的投诉");
    const Loan other = w.ask(w.staff, w.ownerNo, QStringLiteral("回访"));
    const Loan a = w.ask(eng, w.ownerNo, purpose);
    setDay(w.f, QDate(2026, 11, 5), 10);
    actAs(w.f, w.csManager);
    ApprovalInbox inbox(*w.f.archive);
    inbox.resize(1000, 560);
    QVERIFY(inbox.selectLoan(a.id));
    screenshot(inbox, "loan-approvals.png");
    const QString text = inbox.detailsText();
    // The dossier, its category and room, the whole purpose, who asks from which department,
    // and how long it has waited (2 November 9:00 to 5 November 10:00).
    for (const QString& part : {w.ownerNo, a.dossierTitle, QStringLiteral("业主"), QStringLiteral("3-2-1201"),
                                purpose, QStringLiteral("staff-eng, 工程部"), QStringLiteral("3 day(s)")})
        QVERIFY2(text.contains(part), qPrintable(part + QStringLiteral(" not in: ") + text));
    // The details follow the selection.
    QVERIFY(inbox.selectLoan(other.id));
    QVERIFY2(inbox.detailsText().contains(QStringLiteral("客服部")) && !inbox.detailsText().contains(purpose),
             qPrintable(inbox.detailsText()));
}

void TestLoanDesk::R23_panelLineOpensTheInboxAtTheRequest()
{
    World w;
    w.ask(w.staff, w.ownerNo, QStringLiteral("回访"));
    const Loan b = w.ask(w.staff, w.ownerNo, QStringLiteral("核对电话"));
    actAs(w.f, w.csManager);
    MainWindow window(*w.f.archive);
    auto* panel = window.findChild<LoanPanel*>();
    QVERIFY(panel);
    QListWidgetItem* line = nullptr;
    for (int i = 0; i < panel->list()->count(); ++i)
        if (panel->list()->item(i)->text().contains(QStringLiteral("核对电话")))
            line = panel->list()->item(i);
    QVERIFY(line);
    qint64 selected = 0;
    DialogRunner::setNextHandler([&](QDialog& d) {
        auto& inbox = static_cast<ApprovalInbox&>(d);
        const Loan* l = inbox.model()->loan(inbox.table()->currentIndex().row());
        selected = l ? l->id : 0;
        // Approve it from there; the panel follows.
        QTest::mouseClick(child<QPushButton>(&inbox, "approveButton"), Qt::LeftButton);
    });
    emit panel->list()->itemActivated(line);
    QCOMPARE(selected, b.id);
    QCOMPARE(w.f.archive->loans().loan(b.id)->status, LoanStatus::Approved);
    QVERIFY(panel->lines().filter(QStringLiteral("核对电话")).isEmpty());
    // The clerk sees what waits but does not decide: the line opens nothing.
    actAs(w.f, w.clerk);
    LoanPanel clerkPanel(*w.f.archive);
    for (int i = 0; i < clerkPanel.list()->count(); ++i)
        QCOMPARE(clerkPanel.list()->item(i)->data(Qt::UserRole).toLongLong(), 0);
}

void TestLoanDesk::R23_requesterWithdrawsFromTheLoanList()
{
    World w;
    const Loan a = w.ask(w.staff, w.ownerNo, QStringLiteral("回访"));
    actAs(w.f, w.staff);
    LoanListDialog list(*w.f.archive);
    auto* withdraw = child<QPushButton>(&list, "withdrawButton");
    list.table()->selectRow(0);
    QVERIFY(withdraw->isEnabled());
    DialogSeam<QString>::setNext(QStringLiteral("已电话核实，无需调阅"));
    QVERIFY(list.withdrawSelected());
    QCOMPARE(w.f.archive->loans().loan(a.id)->status, LoanStatus::Withdrawn);
    list.table()->selectRow(0);
    QVERIFY(!withdraw->isEnabled()); // withdrawn: nothing more to withdraw
    // The head who decides does not withdraw someone else's request.
    const Loan b = w.ask(w.staff, w.ownerNo, QStringLiteral("核对"));
    actAs(w.f, w.csManager);
    LoanListDialog headList(*w.f.archive);
    for (int row = 0; row < headList.model()->rowCount(); ++row)
        if (headList.model()->loan(row)->id == b.id)
            headList.table()->selectRow(row);
    QVERIFY(!child<QPushButton>(&headList, "withdrawButton")->isEnabled());
}

void TestLoanDesk::R33_deskShowsTheBorrowerAndWhatTheyHaveOut()
{
    World w;
    setDay(w.f, QDate(2026, 11, 2));
    const Loan a = w.ask(w.leader, w.ownerNo); // granted at once, due the same day
    actAs(w.f, w.clerk);
    AR_VERIFY_OK(w.f.archive->desk().checkOut(a.id));
    setDay(w.f, QDate(2026, 11, 4));
    BorrowDesk desk(*w.f.archive);
    auto* borrower = child<QLineEdit>(&desk, "borrowerEdit");
    borrower->setFocus();
    QTest::keyClicks(borrower, QStringLiteral("gm"));
    QTest::keyClick(borrower, Qt::Key_Return);
    const QString text = desk.borrowerText();
    QVERIFY2(text.contains(w.leader.displayName) && text.contains(QStringLiteral("总经理办公室")),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("1 folder(s) out")) && text.contains(QStringLiteral("1 overdue")),
             qPrintable(text));
    QCOMPARE(desk.model()->rowCount(), 1);
    QCOMPARE(desk.model()->loan(0)->id, a.id);
    // Overdue in red.
    const QVariant colour = desk.model()->data(desk.model()->index(0, 0), Qt::ForegroundRole);
    QVERIFY(colour.isValid());
    // A folder checked out now is counted at once.
    desk.setDirection(BorrowDesk::Direction::CheckOut);
    gui::typeText(child<QLineEdit>(&desk, "purposeEdit"), QStringLiteral("年终检查"));
    QVERIFY(desk.scan(w.financeNo));
    QVERIFY2(desk.borrowerText().contains(QStringLiteral("2 folder(s) out")),
             qPrintable(desk.borrowerText()));
    // An unknown login is said at once, before any folder is scanned.
    borrower->clear();
    QTest::keyClicks(borrower, QStringLiteral("nobody"));
    QTest::keyClick(borrower, Qt::Key_Return);
    QVERIFY2(desk.borrowerText().contains(QStringLiteral("nobody")), qPrintable(desk.borrowerText()));
    QCOMPARE(desk.model()->rowCount(), 0);
}

void TestLoanDesk::R20_staffFindWhatToAskForByRoom()
{
    World w;
    actAs(w.f, w.staff);
    LoanRequestDialog dialog(*w.f.archive);
    auto* room = child<QLineEdit>(&dialog, "roomEdit");
    room->setFocus();
    QTest::keyClicks(room, QStringLiteral("3-2-1201"));
    QTest::keyClick(room, Qt::Key_Return);
    auto* combo = child<QComboBox>(&dialog, "roomDossiersCombo");
    QVERIFY(combo->isEnabled());
    QStringList items;
    for (int i = 0; i < combo->count(); ++i)
        items << combo->itemText(i);
    QVERIFY2(!items.filter(w.ownerNo).isEmpty(), qPrintable(items.join(QLatin1Char('\n'))));
    QVERIFY2(items.filter(QStringLiteral("王小明")).isEmpty(), qPrintable(items.join(QLatin1Char('\n'))));
    // The room's only dossier is the one asked for.
    QCOMPARE(child<QLineEdit>(&dialog, "archiveEdit")->text(), w.ownerNo);
    gui::typeText(child<QLineEdit>(&dialog, "purposeEdit"), QStringLiteral("核对装修申请"));
    MessageBox::resetRecord();
    dialog.accept();
    QVERIFY(dialog.loan().id > 0);
    QCOMPARE(dialog.loan().archiveNo, w.ownerNo);
    // A room that does not exist is named.
    LoanRequestDialog other(*w.f.archive);
    QVERIFY(!other.showRoom(QStringLiteral("9-9-9999")));
    QVERIFY(child<QLabel>(&other, "errorLabel")->text().contains(QStringLiteral("9")));
}

// AR_SCREENSHOT_DIR (and AR_SCREENSHOT_QM, AR_SCREENSHOT_LANG): the desk and the approval inbox
// over the main window on a 1366×768 screen, for the manual; each must fit it.
void TestLoanDesk::screensAt1366By768()
{
    if (qEnvironmentVariableIsEmpty("AR_SCREENSHOT_DIR"))
        QSKIP("set AR_SCREENSHOT_DIR to write docs/images/*-1366-*.png");
    World w;
    const User eng = addAccount(w.f, Role::Staff, QStringLiteral("staff-eng"), QStringLiteral("工程部"));
    w.ask(w.staff, w.ownerNo, QStringLiteral("回访"));
    const Loan a =
        w.ask(eng, w.ownerNo, QStringLiteral("核对交房时的水电表读数，答复业主关于物业费起算日的投诉"));
    {
        actAs(w.f, w.clerk);
        MainWindow window(*w.f.archive);
        BorrowDesk d(*w.f.archive, &window);
        d.setWindowFlag(Qt::Window);
        QTest::keyClicks(child<QLineEdit>(&d, "borrowerEdit"), QStringLiteral("gm"));
        QVERIFY(d.showBorrower());
        gui::typeText(child<QLineEdit>(&d, "purposeEdit"), QStringLiteral("年终检查"));
        d.scan(w.financeNo);
        QVERIFY(gui::saveOn1366By768Screen(window, d, QStringLiteral("desk-1366")));
    }
    actAs(w.f, w.csManager);
    MainWindow window(*w.f.archive);
    ApprovalInbox inbox(*w.f.archive, &window);
    inbox.setWindowFlag(Qt::Window);
    QVERIFY(inbox.selectLoan(a.id));
    QVERIFY(gui::saveOn1366By768Screen(window, inbox, QStringLiteral("inbox-1366")));
}

QTEST_MAIN(TestLoanDesk)
#include "TestLoanDesk.moc"
