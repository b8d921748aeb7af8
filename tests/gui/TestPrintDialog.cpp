// Printing in the window (issue #6, point 5): the 打印 menu, the print dialog with its preview,
// PDF export audited as a print, a wrong period or a code that cannot carry the 档号 refused
// before anything is written, the label sheet dialog and the per-printer calibration. Set
// AR_SCREENSHOT_DIR to save print-dialog.png and label-sheets.png.
#include "../services/LoanHelpers.h"
#include "Typing.h"

#include "ui/MainWindow.h"
#include "ui/common/DialogRunner.h"
#include "ui/common/DialogSeam.h"
#include "ui/common/MessageBox.h"
#include "ui/print/LabelSheetDialog.h"
#include "ui/print/PrintDialog.h"
#include "ui/print/PrinterCalibration.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QPdfWriter>
#include <QPrintPreviewWidget>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>

using namespace ar;
using namespace ar::ui;
using namespace ar::test;
using gui::child;

namespace {

struct World
{
    Fixture f{Role::Clerk};
    User clerk;
    QString ownerNo;
    World()
    {
        clerk = f.user;
        f.makeSmallEstate();
        ownerNo =
            f.archive->people().registerPerson(wangXiaoming(f.roomId(QStringLiteral("3-2-1201"))))->archiveNo;
    }
    QList<AuditEntry> records(const QString& action)
    {
        AuditService::Filter filter;
        filter.action = action;
        auto list = f.archive->audit().list(filter);
        if (!list)
            qFatal("audit list: %s", qPrintable(list.error().message));
        return list.value();
    }
};

void screenshot(QWidget& w, const char* name)
{
    const QString dir = qEnvironmentVariable("AR_SCREENSHOT_DIR");
    if (dir.isEmpty())
        return;
    w.show();
    QCoreApplication::processEvents();
    QVERIFY(w.grab().save(dir + QLatin1Char('/') + QString::fromLatin1(name)));
}

PrintRequest roomPreset(const QString& room)
{
    PrintRequest r;
    r.room = room;
    const QStringList parts = room.split(QLatin1Char('-'));
    r.building = parts.value(0);
    r.unit = parts.value(1);
    return r;
}

} // namespace

class TestPrintDialog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(QStringLiteral("ArchiveRoomTest"));
        QCoreApplication::setApplicationName(QStringLiteral("TestPrintDialog"));
        MessageBox::setAutoAnswer(true, QMessageBox::Yes);
        m_translators = gui::installScreenshotTranslators();
    }
    void init()
    {
        QSettings().clear();
        MessageBox::resetRecord();
    }
    void printMenuSitsBetweenLoansAndAccountAndStartsFromTheRoom();
    void previewShowsTheOwnerFormMaskedAndIsNotAPrint();
    void pdfOfTheOwnerFormIsWrittenAndAudited();
    void unmaskingIsOfferedOnlyToRolesThatMay();
    void periodThatEndsBeforeItBeginsIsRefusedAndWritesNothing();
    void P6_code128IsTheDefaultAndCarriesTheArchiveNo();
    void labelSheetThatDoesNotFitIsRefusedOneThatFitsIsSaved();
    void calibrationOffsetIsSavedPerPrinterAndReadBack();

private:
    std::vector<std::unique_ptr<QTranslator>> m_translators; // AR_SCREENSHOT_QM only
};

void TestPrintDialog::printMenuSitsBetweenLoansAndAccountAndStartsFromTheRoom()
{
    World w;
    MainWindow window(*w.f.archive);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList menus;
    for (QAction* a : window.menuBar()->actions())
        if (a->menu())
            menus << a->menu()->objectName();
    const int print = menus.indexOf(QStringLiteral("menuPrint"));
    QVERIFY2(print > 0, qPrintable(menus.join(QLatin1Char(','))));
    QCOMPARE(menus.at(print - 1), QStringLiteral("menuLoans"));
    QCOMPARE(menus.at(print + 1), QStringLiteral("menuAccount"));
    auto* menu = child<QMenu>(&window, "menuPrint");
    QStringList names;
    for (QAction* a : menu->actions())
        if (!a->isSeparator())
            names << a->objectName();
    QCOMPARE(
        names,
        (QStringList{QStringLiteral("actionPrintOwnerForm"), QStringLiteral("actionPrintTenantForm"),
                     QStringLiteral("actionPrintDossierCatalog"), QStringLiteral("actionPrintFileCatalog"),
                     QStringLiteral("actionPrintBorrowRegister"), QStringLiteral("actionPrintCopyRegister"),
                     QStringLiteral("actionPrintLabels"), QStringLiteral("actionPrintBlankOwnerForm"),
                     QStringLiteral("actionPrintBlankTenantForm"), QStringLiteral("actionLabelSheets"),
                     QStringLiteral("actionPrintSelfInspection")})); // R48: the monthly self-inspection sheet
    for (QAction* a : menu->actions())
        QVERIFY(a->isSeparator() || a->isEnabled());

    // The room chosen in the window is the owner form's scope.
    QVERIFY(window.selectRoom(w.f.roomId(QStringLiteral("3-2-1201"))));
    QString room;
    int pages = 0;
    DialogRunner::setNextHandler([&](QDialog& d) {
        room = child<QLineEdit>(&d, "roomEdit")->text();
        if (auto* p = qobject_cast<PrintDialog*>(&d))
            pages = p->previewPages();
    });
    child<QAction>(&window, "actionPrintOwnerForm")->trigger();
    QCOMPARE(room, QStringLiteral("3-2-1201"));
    QCOMPARE(pages, 1);
    QCOMPARE(w.records(QStringLiteral("print")).size(), 0);
}

void TestPrintDialog::previewShowsTheOwnerFormMaskedAndIsNotAPrint()
{
    World w;
    PrintDialog dialog(*w.f.archive, PrintForm::OwnerForm, false, roomPreset(QStringLiteral("3-2-1201")));
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    QVERIFY2(dialog.job().has_value(), qPrintable(dialog.statusText()));
    QVERIFY(dialog.job()->masked);
    QCOMPARE(dialog.job()->archiveNos, QStringList{w.ownerNo});
    QVERIFY(dialog.preview()->pageCount() >= 1);
    QCOMPARE(dialog.previewPages(), dialog.preview()->pageCount());
    QVERIFY(dialog.statusText().contains(w.ownerNo));
    // Zooming changes the preview only.
    const qreal zoom = dialog.preview()->zoomFactor();
    QTest::mouseClick(child<QPushButton>(&dialog, "zoomInButton"), Qt::LeftButton);
    QVERIFY(dialog.preview()->zoomFactor() > zoom);
    QTest::mouseClick(child<QPushButton>(&dialog, "zoomOutButton"), Qt::LeftButton);
    // Previewing again is still no print, and shows nothing in full.
    QTest::mouseClick(child<QPushButton>(&dialog, "previewButton"), Qt::LeftButton);
    QVERIFY(dialog.job().has_value());
    QCOMPARE(w.records(QStringLiteral("print")).size(), 0);
    QCOMPARE(w.records(QStringLiteral("unmask")).size(), 0);
    // The fields of other forms are not offered here.
    QVERIFY(!child<QDateEdit>(&dialog, "fromEdit")->isVisibleTo(&dialog));
    QVERIFY(!child<QComboBox>(&dialog, "sheetCombo")->isVisibleTo(&dialog));
    QVERIFY(child<QCheckBox>(&dialog, "unmaskCheck")->isVisibleTo(&dialog));
    QVERIFY(!child<QLineEdit>(&dialog, "reasonEdit")->isEnabled());

    dialog.preview()->fitToWidth();
    screenshot(dialog, "print-dialog.png");
}

void TestPrintDialog::pdfOfTheOwnerFormIsWrittenAndAudited()
{
    World w;
    PrintDialog dialog(*w.f.archive, PrintForm::OwnerForm, false, roomPreset(QStringLiteral("3-2-1201")));
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("业主档案表.pdf"));
    DialogSeam<PdfTarget>::setNext(PdfTarget{pdf});
    QTest::mouseClick(child<QPushButton>(&dialog, "pdfButton"), Qt::LeftButton);
    QVERIFY2(QFileInfo::exists(pdf), qPrintable(MessageBox::lastText() + dialog.statusText()));
    QVERIFY(QFileInfo(pdf).size() > 1000);
    QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));
    QCOMPARE(MessageBox::count(), 0);

    const QList<AuditEntry> prints = w.records(QStringLiteral("print"));
    QCOMPARE(prints.size(), 1);
    const AuditRecord& r = prints.first().record;
    QCOMPARE(r.userLogin, w.clerk.login);
    QCOMPARE(r.dossier, w.ownerNo);
    QVERIFY2(r.detail.contains(QStringLiteral("\"masked\":true")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("pdf:业主档案表.pdf")), qPrintable(r.detail));
    QVERIFY2(r.detail.contains(QStringLiteral("\"pages\":1")), qPrintable(r.detail));
    QCOMPARE(w.records(QStringLiteral("unmask")).size(), 0);

    // Cancelling the file dialog writes and records nothing.
    DialogSeam<PdfTarget>::setNext(PdfTarget{}); // an empty path: cancelled
    QTest::mouseClick(child<QPushButton>(&dialog, "pdfButton"), Qt::LeftButton);
    QCOMPARE(w.records(QStringLiteral("print")).size(), 1);
    if (const QString shots = qEnvironmentVariable("AR_SCREENSHOT_DIR"); !shots.isEmpty()) {
        QFile::remove(shots + QStringLiteral("/owner-form.pdf"));
        QFile::copy(pdf, shots + QStringLiteral("/owner-form.pdf"));
    }
}

void TestPrintDialog::unmaskingIsOfferedOnlyToRolesThatMay()
{
    World w;
    // A department head sees the register masked and is not offered the full values (R20).
    const User head = addAccount(w.f, Role::Manager, QStringLiteral("head-cs"), QStringLiteral("客服部"));
    actAs(w.f, head);
    {
        PrintDialog dialog(*w.f.archive, PrintForm::OwnerForm, false, roomPreset(QStringLiteral("3-2-1201")));
        QVERIFY(!child<QCheckBox>(&dialog, "unmaskCheck")->isVisibleTo(&dialog));
        QVERIFY(dialog.job().has_value());
        QVERIFY(dialog.job()->masked);
    }
    // The clerk may, with a reason: the preview is audited as an unmask, once, then the print.
    actAs(w.f, w.clerk);
    PrintDialog dialog(*w.f.archive, PrintForm::OwnerForm, false, roomPreset(QStringLiteral("3-2-1201")));
    child<QCheckBox>(&dialog, "unmaskCheck")->setChecked(true);
    QVERIFY(!dialog.job().has_value()); // the choices changed
    QVERIFY(!dialog.updatePreview());   // no reason yet
    QVERIFY2(MessageBox::lastText().contains(PrintDialog::fieldLabel(QStringLiteral("reason"))),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(w.records(QStringLiteral("unmask")).size(), 0);
    gui::typeText(child<QLineEdit>(&dialog, "reasonEdit"), QStringLiteral("办理产权证明"));
    QVERIFY(dialog.updatePreview());
    QVERIFY(!dialog.job()->masked);
    QCOMPARE(w.records(QStringLiteral("unmask")).size(), 1);
    QTemporaryDir dir;
    QVERIFY(dialog.saveAsPdf(dir.filePath(QStringLiteral("full.pdf"))));
    QCOMPARE(w.records(QStringLiteral("unmask")).size(), 1); // the print uses the prepared form
    const QList<AuditEntry> prints = w.records(QStringLiteral("print"));
    QCOMPARE(prints.size(), 1);
    QVERIFY(prints.first().record.detail.contains(QStringLiteral("\"masked\":false")));
    QCOMPARE(prints.first().record.reason, QStringLiteral("办理产权证明"));
}

void TestPrintDialog::periodThatEndsBeforeItBeginsIsRefusedAndWritesNothing()
{
    World w;
    PrintDialog dialog(*w.f.archive, PrintForm::BorrowRegister);
    QVERIFY(dialog.job().has_value()); // this month up to today
    QVERIFY(child<QDateEdit>(&dialog, "fromEdit")->isVisibleTo(&dialog));
    QVERIFY(!child<QLineEdit>(&dialog, "roomEdit")->isVisibleTo(&dialog));
    child<QDateEdit>(&dialog, "fromEdit")->setDate(QDate(2026, 11, 20));
    child<QDateEdit>(&dialog, "toEdit")->setDate(QDate(2026, 11, 1));
    QVERIFY(!dialog.job().has_value());
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("register.pdf"));
    DialogSeam<PdfTarget>::setNext(PdfTarget{pdf});
    QTest::mouseClick(child<QPushButton>(&dialog, "pdfButton"), Qt::LeftButton);
    QVERIFY(!QFileInfo::exists(pdf));
    QVERIFY(!QFileInfo::exists(pdf + QStringLiteral(".part")));
    QCOMPARE(MessageBox::count(), 1);
    // The message names the field and its value.
    QVERIFY2(MessageBox::lastText().contains(PrintDialog::fieldLabel(QStringLiteral("to"))),
             qPrintable(MessageBox::lastText()));
    QVERIFY2(MessageBox::lastText().contains(QStringLiteral("2026-11-01")),
             qPrintable(MessageBox::lastText()));
    QCOMPARE(dialog.previewPages(), 0);
    // The file was never asked for.
    std::optional<PdfTarget> unused;
    QVERIFY(DialogSeam<PdfTarget>::take(unused));
    QCOMPARE(w.records(QStringLiteral("print")).size(), 0);

    // Put right, the register is written and recorded.
    child<QDateEdit>(&dialog, "toEdit")->setDate(QDate(2026, 11, 27));
    QVERIFY(dialog.saveAsPdf(pdf));
    QVERIFY(QFileInfo::exists(pdf));
    QCOMPARE(w.records(QStringLiteral("print")).size(), 1);
}

void TestPrintDialog::P6_code128IsTheDefaultAndCarriesTheArchiveNo()
{
    World w;
    PrintDialog dialog(*w.f.archive, PrintForm::Labels, false, roomPreset(QStringLiteral("3-2-1201")));
    // Code 128 by default (issue #20): it carries the ASCII form of the 档号 ("." for "·").
    auto* code = child<QComboBox>(&dialog, "codeCombo");
    QCOMPARE(code->currentData().toString(), print::codeKindCode(print::CodeKind::Code128));
    QVERIFY2(dialog.job().has_value(), qPrintable(dialog.statusText()));
    QVERIFY(dialog.previewPages() >= 1);
    code->setCurrentIndex(code->findData(print::codeKindCode(print::CodeKind::QrCode)));
    QVERIFY(dialog.updatePreview());
    QTemporaryDir dir;
    QVERIFY(dialog.saveAsPdf(dir.filePath(QStringLiteral("labels.pdf"))));
    QVERIFY(QFileInfo::exists(dir.filePath(QStringLiteral("labels.pdf"))));
    QCOMPARE(w.records(QStringLiteral("print")).size(), 1);
    // The skip is limited to the slots of the sheet.
    auto* skip = child<QSpinBox>(&dialog, "skipSpin");
    const int i = child<QComboBox>(&dialog, "sheetCombo")->currentIndex();
    QCOMPARE(skip->maximum(), w.f.archive->printing().labelSheets()->at(i).perPage() - 1);
}

void TestPrintDialog::labelSheetThatDoesNotFitIsRefusedOneThatFitsIsSaved()
{
    World w;
    LabelSheetDialog dialog(*w.f.archive);
    const int before = dialog.sheetList()->count();
    QCOMPARE(before, print::presetSheets().size());
    QVERIFY(!child<QPushButton>(&dialog, "removeSheetButton")->isEnabled()); // a preset

    QTest::mouseClick(child<QPushButton>(&dialog, "newSheetButton"), Qt::LeftButton);
    gui::typeText(child<QLineEdit>(&dialog, "nameEdit"), QStringLiteral("档案盒脊 3×10"));
    child<QSpinBox>(&dialog, "columnsSpin")->setValue(3);
    child<QSpinBox>(&dialog, "rowsSpin")->setValue(10);
    child<QDoubleSpinBox>(&dialog, "labelWidthSpin")->setValue(80);
    child<QDoubleSpinBox>(&dialog, "labelHeightSpin")->setValue(25);
    child<QDoubleSpinBox>(&dialog, "marginLeftSpin")->setValue(5);
    child<QDoubleSpinBox>(&dialog, "marginTopSpin")->setValue(10);
    // 5 + 3 × 80 mm = 245 mm on a 210 mm page.
    QTest::mouseClick(child<QPushButton>(&dialog, "saveSheetButton"), Qt::LeftButton);
    QVERIFY(!dialog.errorText().isEmpty());
    QVERIFY2(dialog.errorText().contains(QStringLiteral("210")), qPrintable(dialog.errorText()));
    QCOMPARE(w.f.archive->printing().labelSheets()->size(), before);
    QCOMPARE(dialog.sheetList()->count(), before);

    // Two columns fit.
    child<QSpinBox>(&dialog, "columnsSpin")->setValue(2);
    child<QDoubleSpinBox>(&dialog, "gapXSpin")->setValue(5);
    QTest::mouseClick(child<QPushButton>(&dialog, "saveSheetButton"), Qt::LeftButton);
    QVERIFY2(dialog.errorText().isEmpty(), qPrintable(dialog.errorText()));
    auto saved = w.f.archive->printing().labelSheet(QStringLiteral("档案盒脊 3×10"));
    AR_VERIFY_OK(saved);
    QCOMPARE(saved->columns, 2);
    QCOMPARE(saved->labelWidth, 80.0);
    QCOMPARE(saved->gapX, 5.0);
    QCOMPARE(dialog.sheetList()->count(), before + 1);
    QVERIFY(dialog.sheetList()->currentItem()->text().contains(QStringLiteral("档案盒脊")));
    QVERIFY(child<QLabel>(&dialog, "sheetStatusLabel")->text().contains(QStringLiteral("档案盒脊")));
    QVERIFY(child<QPushButton>(&dialog, "removeSheetButton")->isEnabled());

    // The saved sheet is offered for labels.
    {
        PrintDialog labels(*w.f.archive, PrintForm::Labels, false, roomPreset(QStringLiteral("3-2-1201")));
        QVERIFY(child<QComboBox>(&labels, "sheetCombo")->findData(QStringLiteral("档案盒脊 3×10")) >= 0);
    }

    screenshot(dialog, "label-sheets.png");

    QTest::mouseClick(child<QPushButton>(&dialog, "removeSheetButton"), Qt::LeftButton);
    QCOMPARE(dialog.sheetList()->count(), before);
    QVERIFY(!w.f.archive->printing().labelSheet(QStringLiteral("档案盒脊 3×10")).ok());
}

void TestPrintDialog::calibrationOffsetIsSavedPerPrinterAndReadBack()
{
    World w;
    // Per printer name, names with '/' included; another printer and PDF stay at 0.
    const QString hp = QStringLiteral("HP LaserJet M1005/档案室");
    PrinterCalibration::save(hp, {1.5, -0.8});
    QCOMPARE(PrinterCalibration::load(hp).dx, 1.5);
    QCOMPARE(PrinterCalibration::load(hp).dy, -0.8);
    QCOMPARE(PrinterCalibration::load(QStringLiteral("HP LaserJet M1005")).dx, 0.0);
    QCOMPARE(PrinterCalibration::load(PrinterCalibration::pdfName()).dx, 0.0);

    // In the dialog: the chosen printer's offset is entered, saved and shown again.
    QString printer;
    {
        LabelSheetDialog dialog(*w.f.archive);
        printer = child<QComboBox>(&dialog, "printerCombo")->currentText();
        QVERIFY(!printer.isEmpty());
        child<QDoubleSpinBox>(&dialog, "offsetXSpin")->setValue(-1.2);
        child<QDoubleSpinBox>(&dialog, "offsetYSpin")->setValue(0.7);
        QTest::mouseClick(child<QPushButton>(&dialog, "saveOffsetButton"), Qt::LeftButton);
        QVERIFY(!child<QLabel>(&dialog, "offsetLabel")->text().isEmpty());
        // The calibration page of the sheet.
        QTemporaryDir dir;
        QPdfWriter writer(dir.filePath(QStringLiteral("cal.pdf")));
        QCOMPARE(dialog.renderCalibrationPage(writer), 1);
    }
    QCOMPARE(PrinterCalibration::load(printer).dx, -1.2);
    QCOMPARE(PrinterCalibration::load(printer).dy, 0.7);
    LabelSheetDialog again(*w.f.archive);
    QCOMPARE(child<QComboBox>(&again, "printerCombo")->currentText(), printer);
    QCOMPARE(child<QDoubleSpinBox>(&again, "offsetXSpin")->value(), -1.2);
    QCOMPARE(child<QDoubleSpinBox>(&again, "offsetYSpin")->value(), 0.7);
}

QTEST_MAIN(TestPrintDialog)
#include "TestPrintDialog.moc"
