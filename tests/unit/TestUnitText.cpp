// Text normalisation (full-width input from Chinese IMEs), person names, and how sensitive
// values are masked (R20).

#include "core/Masking.h"
#include "core/ScanCode.h"
#include "core/TextNormalize.h"
#include "core/Validators.h"

#include <QTest>

using namespace ar;

class TestUnitText : public QObject
{
    Q_OBJECT

private slots:
    void halfWidth_data();
    void halfWidth();
    void normalizeCollapsesWhitespace_data();
    void normalizeCollapsesWhitespace();
    void compactAndSearchKey();
    void R10_archiveKeyOfEveryScannedForm_data();
    void R10_archiveKeyOfEveryScannedForm();
    void R10_archiveKeysOfTheTails();
    void P6_scannerFormIsAscii();
    void R15_locationCodes();
    void validNames_data();
    void validNames();
    void refusedNames_data();
    void refusedNames();
    void R20_maskIdNumber_data();
    void R20_maskIdNumber();
    void R20_maskPhone_data();
    void R20_maskPhone();
    void R20_maskFreeText_data();
    void R20_maskFreeText();
    void chineseNumerals_data();
    void chineseNumerals();
};

void TestUnitText::halfWidth_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("digits") << QStringLiteral("１２３") << QStringLiteral("123");
    QTest::newRow("letters") << QStringLiteral("ＡＢｃ") << QStringLiteral("ABc");
    QTest::newRow("punctuation") << QStringLiteral("（－＃，）") << QStringLiteral("(-#,)");
    QTest::newRow("ideographic space") << QStringLiteral("王\u3000明") << QStringLiteral("王 明");
    QTest::newRow("Chinese untouched") << QStringLiteral("华苑小区3座") << QStringLiteral("华苑小区3座");
    QTest::newRow("Chinese punctuation untouched") << QStringLiteral("、。·") << QStringLiteral("、。·");
    QTest::newRow("first and last of the block") << QStringLiteral("！～") << QStringLiteral("!~");
    QTest::newRow("empty") << QString() << QString();
}

void TestUnitText::halfWidth()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(text::toHalfWidth(in), out);
}

void TestUnitText::normalizeCollapsesWhitespace_data()
{
    QTest::addColumn<QString>("in");
    QTest::addColumn<QString>("out");
    QTest::newRow("trim") << QStringLiteral("  华苑小区 ") << QStringLiteral("华苑小区");
    QTest::newRow("inner runs") << QStringLiteral("演示市   示例路\t8号")
                                << QStringLiteral("演示市 示例路 8号");
    QTest::newRow("ideographic spaces")
        << QStringLiteral("\u3000王\u3000\u3000小明\u3000") << QStringLiteral("王 小明");
    QTest::newRow("full-width and spaces") << QStringLiteral(" ３座　２单元 ") << QStringLiteral("3座 2单元");
    QTest::newRow("newlines") << QStringLiteral("第一行\n\n第二行") << QStringLiteral("第一行 第二行");
}

void TestUnitText::normalizeCollapsesWhitespace()
{
    QFETCH(QString, in);
    QFETCH(QString, out);
    QCOMPARE(text::normalize(in), out);
}

void TestUnitText::compactAndSearchKey()
{
    QCOMPARE(text::compact(QStringLiteral(" 1 2\u30003\t4 ")), QStringLiteral("1234"));
    QCOMPARE(text::compact(QStringLiteral("３－２－１２０１")), QStringLiteral("3-2-1201"));
    QCOMPARE(text::searchKey(QStringLiteral(" Ｚ109-YZ ·2026 ")), QStringLiteral("z109-yz·2026"));
    QCOMPARE(text::searchKey(QStringLiteral("王 小明")), QStringLiteral("王小明"));
}

void TestUnitText::validNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("normalized");
    QTest::newRow("two characters") << QStringLiteral("王明") << QStringLiteral("王明");
    QTest::newRow("three characters") << QStringLiteral("王小明") << QStringLiteral("王小明");
    QTest::newRow("compound surname") << QStringLiteral("欧阳小明") << QStringLiteral("欧阳小明");
    QTest::newRow("one character") << QStringLiteral("明") << QStringLiteral("明");
    QTest::newRow("with middle dot") << QStringLiteral("阿卜杜拉·艾力") << QStringLiteral("阿卜杜拉·艾力");
    QTest::newRow("spaces trimmed and collapsed")
        << QStringLiteral("  王\u3000\u3000小明 ") << QStringLiteral("王 小明");
    QTest::newRow("Latin") << QStringLiteral("John  Smith") << QStringLiteral("John Smith");
    QTest::newRow("50 characters") << QString(50, QChar(0x738B)) << QString(50, QChar(0x738B));
    QTest::newRow("ideographic zero") << QStringLiteral("李〇") << QStringLiteral("李〇");
    QTest::newRow("hyphen and apostrophe") << QStringLiteral("Anne-Marie O'Neil") << QStringLiteral("Anne-Marie O'Neil");
    QTest::newRow("rare character outside the BMP") << QStringLiteral("王\U00020BB7") << QStringLiteral("王\U00020BB7");
}

void TestUnitText::validNames()
{
    QFETCH(QString, raw);
    QFETCH(QString, normalized);
    const FieldCheck c = checkName(raw);
    QVERIFY2(c.valid, qPrintable(c.error));
    QCOMPARE(c.normalized, normalized);
}

void TestUnitText::refusedNames_data()
{
    QTest::addColumn<QString>("raw");
    QTest::addColumn<QString>("mentions");
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("only spaces") << QStringLiteral(" \u3000 ") << QStringLiteral("empty");
    QTest::newRow("digit") << QStringLiteral("王2明") << QStringLiteral("王2明");
    QTest::newRow("full-width digit") << QStringLiteral("王２") << QStringLiteral("王2");
    QTest::newRow("a phone in the name field")
        << QStringLiteral("13812345678") << QStringLiteral("13812345678");
    QTest::newRow("51 characters") << QString(51, QChar(0x738B)) << QStringLiteral("50");
    // Issue #17: what a list, an export or the audit trail would show other than it is stored.
    QTest::newRow("NUL") << QStringLiteral("王") + QChar(0) + QStringLiteral("明") << QStringLiteral("U+0000");
    QTest::newRow("right-to-left override") << QStringLiteral("王\u202E明") << QStringLiteral("U+202E");
    QTest::newRow("zero-width space") << QStringLiteral("王\u200B明") << QStringLiteral("U+200B");
    QTest::newRow("byte order mark") << QStringLiteral("\uFEFF王明") << QStringLiteral("U+FEFF");
    // A name a spreadsheet would run as a formula when the list is opened.
    QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\",\"王明\")") << QStringLiteral("=");
    QTest::newRow("plus") << QStringLiteral("+王明") << QStringLiteral("+");
    QTest::newRow("leading hyphen") << QStringLiteral("-王明") << QStringLiteral("-");
    QTest::newRow("at sign") << QStringLiteral("@王明") << QStringLiteral("@");
    QTest::newRow("pipe") << QStringLiteral("王|明") << QStringLiteral("|");
}

void TestUnitText::refusedNames()
{
    QFETCH(QString, raw);
    QFETCH(QString, mentions);
    const FieldCheck c = checkName(raw);
    QVERIFY(!c.valid);
    QVERIFY2(c.error.contains(QStringLiteral("Name")), qPrintable(c.error));
    QVERIFY2(c.error.contains(mentions), qPrintable(c.error));
}

void TestUnitText::R20_maskIdNumber_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<QString>("masked");
    // Masking does not validate: these are shapes, not ID numbers of anyone.
    QTest::newRow("18 digits") << QStringLiteral("110100000000001234")
                               << QStringLiteral("1101**********1234");
    QTest::newRow("18 with X") << QStringLiteral("31000019700101002X")
                               << QStringLiteral("3100**********002X");
    QTest::newRow("15 digits") << QStringLiteral("110000800517025") << QStringLiteral("1100*******7025");
    QTest::newRow("passport") << QStringLiteral("E12345678") << QStringLiteral("E123*5678");
    QTest::newRow("8 characters: nothing shown") << QStringLiteral("12345678") << QStringLiteral("********");
    QTest::newRow("empty") << QString() << QString();
}

void TestUnitText::R20_maskIdNumber()
{
    QFETCH(QString, id);
    QFETCH(QString, masked);
    QCOMPARE(mask::idNumber(id), masked);
}

void TestUnitText::R20_maskPhone_data()
{
    QTest::addColumn<QString>("phone");
    QTest::addColumn<QString>("masked");
    QTest::newRow("mobile") << QStringLiteral("13812345678") << QStringLiteral("138****5678");
    QTest::newRow("landline 3-digit area")
        << QStringLiteral("010-12345678") << QStringLiteral("010-****5678");
    QTest::newRow("landline 4-digit area")
        << QStringLiteral("0755-1234567") << QStringLiteral("0755-***4567");
    QTest::newRow("local") << QStringLiteral("87654321") << QStringLiteral("****4321");
    QTest::newRow("service") << QStringLiteral("95588") << QStringLiteral("*5588");
    QTest::newRow("4 digits: nothing shown") << QStringLiteral("1234") << QStringLiteral("****");
    QTest::newRow("empty") << QString() << QString();
}

void TestUnitText::R20_maskPhone()
{
    QFETCH(QString, phone);
    QFETCH(QString, masked);
    QCOMPARE(mask::phone(phone), masked);
}

void TestUnitText::R20_maskFreeText_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<int>("keep");
    QTest::addColumn<QString>("masked");
    // Never more than half the text shows, and the stars do not tell the length.
    QTest::newRow("work unit") << QStringLiteral("演示科技有限公司") << 6 << QStringLiteral("演示科技****");
    QTest::newRow("long address") << QStringLiteral("演示市示例路8号华苑小区3座2单元1201") << 6
                                  << QStringLiteral("演示市示例路****");
    QTest::newRow("short") << QStringLiteral("AB") << 6 << QStringLiteral("A****");
    QTest::newRow("one character") << QStringLiteral("张") << 6 << QStringLiteral("****");
    QTest::newRow("emergency contact keeps 1")
        << QStringLiteral("张三 13812345678") << 1 << QStringLiteral("张****");
    QTest::newRow("empty") << QString() << 6 << QString();
}

void TestUnitText::R20_maskFreeText()
{
    QFETCH(QString, text);
    QFETCH(int, keep);
    QFETCH(QString, masked);
    QCOMPARE(mask::freeText(text, keep), masked);
}

void TestUnitText::R10_archiveKeyOfEveryScannedForm_data()
{
    QTest::addColumn<QString>("typed");
    QTest::newRow("as stored") << QStringLiteral("Z109-YZ·2026-Y-0301");
    QTest::newRow("without the dot") << QStringLiteral("Z109-YZ2026-Y-0301");
    QTest::newRow("full stop, lower case") << QStringLiteral("z109-yz.2026-y-0301");
    QTest::newRow("hyphen") << QStringLiteral("Z109-YZ-2026-Y-0301");
    QTest::newRow("space") << QStringLiteral("Z109-YZ 2026-Y-0301");
    QTest::newRow("full-width") << QStringLiteral("Ｚ１０９－ＹＺ・２０２６－Ｙ－０３０１");
    QTest::newRow("katakana dot, spaces around") << QStringLiteral("  Z109-YZ\u30FB2026-Y-0301 ");
}

void TestUnitText::R10_archiveKeyOfEveryScannedForm()
{
    QFETCH(QString, typed);
    QCOMPARE(scancode::archiveKey(typed), QStringLiteral("Z109YZ2026Y0301"));
}

void TestUnitText::R10_archiveKeysOfTheTails()
{
    QCOMPARE(scancode::archiveKeys(QStringLiteral("Z109-YZ·2026-Y-0301")),
             (QStringList{QStringLiteral("Z109YZ2026Y0301"), QStringLiteral("YZ2026Y0301"),
                          QStringLiteral("2026Y0301"), QStringLiteral("Y0301"), QStringLiteral("0301")}));
    // A run of separators starts one tail; a number without separators has none.
    QCOMPARE(scancode::archiveKeys(QStringLiteral("A--1")),
             (QStringList{QStringLiteral("A1"), QStringLiteral("1")}));
    QCOMPARE(scancode::archiveKeys(QStringLiteral("A1")), QStringList{QStringLiteral("A1")});
    QVERIFY(scancode::archiveKeys(QStringLiteral("·-")).isEmpty());
}

void TestUnitText::P6_scannerFormIsAscii()
{
    QCOMPARE(scancode::forScanner(QStringLiteral("Z109-YZ·2026-Y-0301")),
             QStringLiteral("Z109-YZ.2026-Y-0301"));
    QCOMPARE(scancode::forScanner(QStringLiteral("Ｚ１０９－ＹＺ·２０２６")), QStringLiteral("Z109-YZ.2026"));
    // Chinese characters stay (QR carries them; Code 128 refuses them with a message).
    QCOMPARE(scancode::forScanner(QStringLiteral("华苑-WX·2026")), QStringLiteral("华苑-WX.2026"));
    // What a scanner types back has the key of the number printed.
    QCOMPARE(scancode::archiveKey(scancode::forScanner(QStringLiteral("Z109-YZ·2026-Y-0301"))),
             scancode::archiveKey(QStringLiteral("Z109-YZ·2026-Y-0301")));
}

void TestUnitText::R15_locationCodes()
{
    QCOMPARE(scancode::locationCode(12), QStringLiteral("LOC-12"));
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral("LOC-12")), 12);
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral(" loc.12 ")), 12);
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral("ＬＯＣ－１２")), 12);
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral("LOC-")), 0);
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral("LOC-1A")), 0);
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral("Z109-YZ·2026-Y-0301")), 0);
    QCOMPARE(scancode::locationIdFromCode(QStringLiteral("BLOC-12")), 0);
}

void TestUnitText::chineseNumerals_data()
{
    QTest::addColumn<int>("n");
    QTest::addColumn<QString>("text");
    QTest::newRow("1") << 1 << QStringLiteral("一");
    QTest::newRow("10") << 10 << QStringLiteral("十");
    QTest::newRow("12") << 12 << QStringLiteral("十二");
    QTest::newRow("20") << 20 << QStringLiteral("二十");
    QTest::newRow("99") << 99 << QStringLiteral("九十九");
    // The demo names its estates' districts up to 334 (1,000,000 households): an array of ten
    // digits indexed by n / 10 read past its end from 110 on.
    QTest::newRow("100") << 100 << QStringLiteral("一百");
    QTest::newRow("105") << 105 << QStringLiteral("一百零五");
    QTest::newRow("110") << 110 << QStringLiteral("一百一十");
    QTest::newRow("334") << 334 << QStringLiteral("三百三十四");
    QTest::newRow("1001") << 1001 << QStringLiteral("一千零一");
    QTest::newRow("1010") << 1010 << QStringLiteral("一千零一十");
    QTest::newRow("9999") << 9999 << QStringLiteral("九千九百九十九");
    QTest::newRow("0 in digits") << 0 << QStringLiteral("0");
    QTest::newRow("10000 in digits") << 10000 << QStringLiteral("10000");
}

void TestUnitText::chineseNumerals()
{
    QFETCH(int, n);
    QFETCH(QString, text);
    QCOMPARE(text::chineseNumeral(n), text);
}

QTEST_GUILESS_MAIN(TestUnitText)
#include "TestUnitText.moc"
