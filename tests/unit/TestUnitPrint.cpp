// The layouts of src/print on their own (P3, P6): label sheets that fit or not, the codes
// zxing-cpp makes and reads back for both kinds, a table too long for one page.
#include "print/Labels.h"
#include "print/PersonForm.h"
#include "print/Table.h"

#include <QGuiApplication>
#include <QPdfWriter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#define ZX_USE_UTF8 1
#include <ZXing/ReadBarcode.h>

using namespace ar::print;

namespace {

QStringList decode(const QImage& image, ZXing::BarcodeFormat format)
{
    const QImage g = image.convertToFormat(QImage::Format_Grayscale8);
    const ZXing::ImageView view(g.constBits(), g.width(), g.height(), ZXing::ImageFormat::Lum,
                                int(g.bytesPerLine()));
    QStringList out;
    for (const auto& r : ZXing::ReadBarcodes(view, ZXing::DecodeHints().setFormats(format)))
        out << QString::fromStdString(r.text());
    return out;
}

// The first page of a PDF at `dpi`.
QImage rendered(const QString& pdf, int dpi)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"), {QStringLiteral("-png"), QStringLiteral("-r"), QString::number(dpi),
                                         QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                         QStringLiteral("1"), QStringLiteral("-singlefile"), pdf, pdf});
    p.waitForFinished(60000);
    return QImage(pdf + QStringLiteral(".png"));
}

} // namespace

class TestUnitPrint : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private slots:
    void P6_sheetThatDoesNotFitIsRefused_data();
    void P6_sheetThatDoesNotFitIsRefused();
    void P6_presetsFit();
    void P6_codesDecodeToTheirText_data();
    void P6_codesDecodeToTheirText();
    void P6_code128RefusesWhatItCannotCarry();
    void P6_code128LabelsDecodeFromThePrintedPage();
    void P6_skipAndCalibrationAreChecked();
    void P3_longTableRunsOverPages();
    void P1_englishFormsBreakBetweenWordsNeverInside();
};

void TestUnitPrint::P6_sheetThatDoesNotFitIsRefused_data()
{
    QTest::addColumn<LabelSheet>("sheet");
    QTest::addColumn<QString>("says");
    LabelSheet wide{QStringLiteral("wide"), 210, 297, 8, 4, 60, 30, 0, 0, 0, 0};
    QTest::newRow("too wide") << wide << QStringLiteral("240");
    LabelSheet tall{QStringLiteral("tall"), 210, 297, 10, 2, 90, 30, 10, 10, 0, 0};
    QTest::newRow("too tall") << tall << QStringLiteral("310");
    LabelSheet none{QStringLiteral("none"), 210, 297, 0, 2, 90, 30, 0, 0, 0, 0};
    QTest::newRow("no rows") << none << QStringLiteral("row");
    LabelSheet tiny{QStringLiteral("tiny"), 210, 297, 2, 2, 10, 5, 0, 0, 0, 0};
    QTest::newRow("tiny label") << tiny << QStringLiteral("15");
    LabelSheet negative{QStringLiteral("neg"), 210, 297, 2, 2, 50, 30, -1, 0, 0, 0};
    QTest::newRow("negative margin") << negative << QStringLiteral("negative");
}

void TestUnitPrint::P6_sheetThatDoesNotFitIsRefused()
{
    QFETCH(LabelSheet, sheet);
    QFETCH(QString, says);
    const QString why = sheet.problem();
    QVERIFY2(why.contains(says), qPrintable(why));
}

void TestUnitPrint::P6_presetsFit()
{
    for (const LabelSheet& s : presetSheets()) {
        QVERIFY2(s.problem().isEmpty(), qPrintable(s.name + QStringLiteral(": ") + s.problem()));
        QCOMPARE(LabelSheet::fromJson(s.toJson()).toJson(), s.toJson());
    }
}

void TestUnitPrint::P6_codesDecodeToTheirText_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("text");
    QTest::newRow("qr with ·") << int(CodeKind::QrCode) << QStringLiteral("Z109-YZ·2026-Y-0001");
    QTest::newRow("qr with Chinese") << int(CodeKind::QrCode) << QStringLiteral("华苑-WX·2026-D10-0012");
    QTest::newRow("code128") << int(CodeKind::Code128) << QStringLiteral("Z109-YZ-2026-Y-0001");
}

void TestUnitPrint::P6_codesDecodeToTheirText()
{
    QFETCH(int, kind);
    QFETCH(QString, text);
    auto img = codeImage(text, CodeKind(kind));
    QVERIFY2(img.ok(), img.ok() ? "" : qPrintable(img.error().message));
    // One pixel per module is too small to read: scale as a printer would.
    const QImage big =
        img.value().scaled(img->width() * 4, img->height() * (kind == int(CodeKind::QrCode) ? 4 : 120));
    const QStringList found = decode(big, kind == int(CodeKind::QrCode) ? ZXing::BarcodeFormat::QRCode
                                                                        : ZXing::BarcodeFormat::Code128);
    QCOMPARE(found, QStringList{text});
}

void TestUnitPrint::P6_code128RefusesWhatItCannotCarry()
{
    auto img = codeImage(QStringLiteral("Z109-YZ·2026-Y-0001"), CodeKind::Code128);
    QVERIFY(!img.ok());
    QCOMPARE(img.error().field, QStringLiteral("code"));
    QVERIFY(img.error().message.contains(QStringLiteral("·")));
    QVERIFY(!codeImage(QString(), CodeKind::QrCode).ok());
}

void TestUnitPrint::P6_code128LabelsDecodeFromThePrintedPage()
{
    // Archive numbers of the default rule, "·" included, on the 2×7 sheet: the code carries the
    // ASCII form every scanner types ("." for "·", issue #20), the text the real 档号.
    QList<SpineLabel> labels;
    for (int i = 1; i <= 5; ++i)
        labels << SpineLabel{QStringLiteral("%1201").arg(i),
                             QStringLiteral("3座 2单元"),
                             QStringLiteral("Z109-YZ·2026-Y-%1").arg(i, 4, 10, QLatin1Char('0')),
                             {},
                             {}};
    const LabelSheet sheet = presetSheets().at(1);
    const QString pdf = m_dir.filePath(QStringLiteral("code128.pdf"));
    {
        QPdfWriter w(pdf);
        w.setResolution(300);
        auto pages = renderLabels(labels, sheet, CodeKind::Code128, Calibration{}, w);
        QVERIFY(pages.ok());
        QCOMPARE(pages.value(), 1);
    }
    const QImage page = rendered(pdf, 300);
    QVERIFY(!page.isNull());
    const double px = 300 / 25.4;
    for (int i = 0; i < labels.size(); ++i) {
        const int row = i / sheet.columns, col = i % sheet.columns;
        const QRect cell(int((sheet.marginLeft + col * (sheet.labelWidth + sheet.gapX)) * px),
                         int((sheet.marginTop + row * (sheet.labelHeight + sheet.gapY)) * px),
                         int(sheet.labelWidth * px), int(sheet.labelHeight * px));
        QString ascii = labels.at(i).archiveNo;
        ascii.replace(QChar(0x00B7), QLatin1Char('.'));
        QCOMPARE(decode(page.copy(cell), ZXing::BarcodeFormat::Code128), QStringList{ascii});
    }
}

void TestUnitPrint::P6_skipAndCalibrationAreChecked()
{
    QPdfWriter w(m_dir.filePath(QStringLiteral("skip.pdf")));
    const QList<SpineLabel> one{SpineLabel{QStringLiteral("101"), {}, QStringLiteral("A-1"), {}, {}}};
    auto bad = renderLabels(one, presetSheets().first(), CodeKind::QrCode, Calibration{}, w, 24);
    QVERIFY(!bad.ok());
    QCOMPARE(bad.error().field, QStringLiteral("skip"));
    // 23 used labels: the one label goes in the last slot, still one page.
    auto last = renderLabels(one, presetSheets().first(), CodeKind::QrCode, Calibration{1.5, -2}, w, 23);
    QVERIFY(last.ok());
    QCOMPARE(last.value(), 1);
}

void TestUnitPrint::P3_longTableRunsOverPages()
{
    TableDoc doc;
    doc.title = QStringLiteral("归档文件目录");
    doc.orientation = ar::print::PageOrientation::Landscape;
    doc.columns = {{QStringLiteral("序号"), 0.6, Qt::AlignCenter},
                   {QStringLiteral("题名"), 4, Qt::AlignLeft}};
    for (int i = 0; i < 200; ++i)
        doc.rows << QStringList{QString::number(i + 1), QString(i % 7 == 0 ? 120 : 8, QChar(0x6863))};
    doc.footer = {QStringLiteral("编制人：")};
    doc.pageFormat = QStringLiteral("第 %1 页 共 %2 页");
    const QString pdf = m_dir.filePath(QStringLiteral("table.pdf"));
    int pages = 0;
    {
        QPdfWriter w(pdf);
        w.setResolution(300);
        pages = renderTable(doc, w);
    }
    QVERIFY2(pages > 3, qPrintable(QString::number(pages)));
    QProcess p;
    p.start(QStringLiteral("pdfinfo"), {pdf});
    p.waitForFinished(30000);
    const QString info = QString::fromUtf8(p.readAllStandardOutput());
    QVERIFY2(info.contains(QRegularExpression(QStringLiteral("Pages:\\s+%1\\n").arg(pages))),
             qPrintable(info));
}

// Issue #20 item 12: in English, labels wrap at word boundaries ("Emergency / contact"), a narrow
// column is widened for its longest word ("Gender", "Female"), the blanks' tags are not cut.
void TestUnitPrint::P1_englishFormsBreakBetweenWordsNeverInside()
{
    using namespace ar::print;
    PersonFormDoc f;
    f.title = QStringLiteral("Owner record form");
    f.building = QStringLiteral("3");
    f.room = QStringLiteral("2-1201");
    f.buildingTag = QStringLiteral("block");
    f.roomTag = QStringLiteral("no.");
    f.filledOnLabel = QStringLiteral("Filled in on:");
    f.filledOn = QStringLiteral("2026-11-02");
    f.fields = {{QStringLiteral("Name"), QStringLiteral("Wang")},
                {QStringLiteral("Gender"), QStringLiteral("Female")},
                {QStringLiteral("Emergency contact"), QString(), true}};
    f.membersTitle = QStringLiteral("Household members");
    f.memberHeaders = {QStringLiteral("Name"),      QStringLiteral("Relation"), QStringLiteral("Gender"),
                       QStringLiteral("ID number"), QStringLiteral("Phone"),    QStringLiteral("Work unit")};
    f.members = {{QStringLiteral("Li"), QStringLiteral("Daughter"), QStringLiteral("Female"), {}, {}, {}}};
    f.notesLabel = QStringLiteral("Notes");
    const QString pdf = m_dir.filePath(QStringLiteral("form-en.pdf"));
    {
        QPdfWriter w(pdf);
        w.setResolution(300);
        QCOMPARE(renderPersonForms({f}, w), 1);
    }
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
    QVERIFY(p.waitForFinished(30000));
    const QString text = QString::fromUtf8(p.readAllStandardOutput());
    for (const QString& word :
         {QStringLiteral("Gender"), QStringLiteral("Female"), QStringLiteral("Emergency"),
          QStringLiteral("contact"), QStringLiteral("Relation"), QStringLiteral("Daughter"),
          QStringLiteral("block"), QStringLiteral("no.")})
        QVERIFY2(text.contains(word), qPrintable(word + QStringLiteral(" is broken or cut in:\n") + text));
}

QTEST_MAIN(TestUnitPrint)
#include "TestUnitPrint.moc"
