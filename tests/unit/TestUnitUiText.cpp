// Users never see rule codes (#20 item 10): R23, P7 and the like belong in the tests, the docs
// and the audit trail. This walks every source and translation of the user interface — the
// Qt Linguist files, which lupdate fills from every tr() and .ui string — and the C++ string
// literals handed to tr()/translate(), and fails on a rule or form code.
#include "core/Loan.h"

#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>
#include <QXmlStreamReader>

namespace {

const QRegularExpression& ruleCode()
{
    static const QRegularExpression re(QStringLiteral("\\b[RP]\\d{1,2}\\b"));
    return re;
}

// The access-rule editor asks the administrator for the rule's code: there the code is the
// value being edited, not a reference shown to a clerk.
bool exempt(const QString& text)
{
    return text.startsWith(QLatin1String("Rule %1: name the rule that decides")) ||
           text.startsWith(QString::fromUtf8("规则 %1：请写明作出决定的规则编号"));
}

} // namespace

class TestUnitUiText : public QObject
{
    Q_OBJECT
private slots:
    void translationsCarryNoRuleCodes_data();
    void translationsCarryNoRuleCodes();
    void sourceStringsCarryNoRuleCodes();
    void loanReasonsAreWords();
};

void TestUnitUiText::translationsCarryNoRuleCodes_data()
{
    QTest::addColumn<QString>("file");
    QTest::newRow("zh_CN") << QStringLiteral(AR_SOURCE_DIR "/translations/archiveroom_zh_CN.ts");
    QTest::newRow("en") << QStringLiteral(AR_SOURCE_DIR "/translations/archiveroom_en.ts");
}

void TestUnitUiText::translationsCarryNoRuleCodes()
{
    QFETCH(QString, file);
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file));
    QXmlStreamReader xml(&f);
    QString context;
    QStringList offending;
    int messages = 0;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        if (xml.name() == QLatin1String("name")) {
            context = xml.readElementText();
        } else if (xml.name() == QLatin1String("source") || xml.name() == QLatin1String("translation")) {
            const bool isSource = xml.name() == QLatin1String("source");
            const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
            messages += isSource ? 1 : 0;
            if (ruleCode().match(text).hasMatch() && !exempt(text))
                offending << context + QLatin1String(": ") + text;
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY2(messages > 1000, qPrintable(QString::number(messages))); // the whole interface was read
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QLatin1Char('\n'))));
}

void TestUnitUiText::sourceStringsCarryNoRuleCodes()
{
    // tr("…") and translate("Context", "…"), the first literal of the text only: enough to
    // catch a code typed into a new message before lupdate has run.
    static const QRegularExpression call(QStringLiteral(
        "\\b(?:tr|QT_TR_NOOP)\\(\\s*\"((?:[^\"\\\\]|\\\\.)*)\"|"
        "\\b(?:translate|QT_TRANSLATE_NOOP)\\(\\s*\"[^\"]*\"\\s*,\\s*\"((?:[^\"\\\\]|\\\\.)*)\""));
    QStringList offending;
    int files = 0;
    for (const char* dir : {AR_SOURCE_DIR "/src", AR_SOURCE_DIR "/ui"}) {
        QDirIterator it(QString::fromUtf8(dir), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            ++files;
            const QString text = QString::fromUtf8(f.readAll());
            for (auto m = call.globalMatch(text); m.hasNext();) {
                const auto hit = m.next();
                const QString literal = hit.captured(1).isNull() ? hit.captured(2) : hit.captured(1);
                if (ruleCode().match(literal).hasMatch() && !exempt(literal))
                    offending << f.fileName().section(QLatin1Char('/'), -2) + QLatin1String(": ") + literal;
            }
        }
    }
    QVERIFY(files > 100);
    QVERIFY2(offending.isEmpty(), qPrintable(offending.join(QLatin1Char('\n'))));
}

void TestUnitUiText::loanReasonsAreWords()
{
    // Every rule the default access matrix can put on a loan reads as words, and an unknown
    // code does not leak through either.
    for (const char* code : {"R15", "R20", "R21", "R22", "R23", "R24", "R25", "R99", ""}) {
        const QString why = ar::loanRuleReason(QString::fromLatin1(code));
        QVERIFY2(!why.isEmpty(), code);
        QVERIFY2(!ruleCode().match(why).hasMatch(), qPrintable(why));
    }
    QVERIFY(ar::loanRuleReason(QStringLiteral("R21")) != ar::loanRuleReason(QStringLiteral("R23")));
}

QTEST_GUILESS_MAIN(TestUnitUiText)
#include "TestUnitUiText.moc"
