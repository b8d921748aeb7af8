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
    void everyTranslationContextIsOneTheProgramLooksUp();
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

// lupdate files a tr() call under the class or namespace it stands in; the program looks a
// message up under the context its code names. Where the two differ (a file-local helper
// `tr()` that calls translate("Io", …) from a namespace), the message is translated in the .ts
// and still shown in English. Every context of the Chinese file must be one the program uses:
// a Q_OBJECT class ("ar::ui::PersonForm"), a Q_DECLARE_TR_FUNCTIONS name, a translate("Name", …)
// in the code, or a Designer form's class.
void TestUnitUiText::everyTranslationContextIsOneTheProgramLooksUp()
{
    QString code;
    for (const char* dir : {AR_SOURCE_DIR "/src", AR_SOURCE_DIR "/ui"}) {
        QDirIterator it(QString::fromUtf8(dir),
                        {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("*.ui")}, QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            code += QString::fromUtf8(f.readAll());
        }
    }
    QFile ts(QStringLiteral(AR_SOURCE_DIR "/translations/archiveroom_zh_CN.ts"));
    QVERIFY(ts.open(QIODevice::ReadOnly));
    QXmlStreamReader xml(&ts);
    QStringList contexts, unknown;
    while (!xml.atEnd())
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("name"))
            contexts << xml.readElementText();
    QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
    QVERIFY(contexts.size() > 50);
    for (const QString& context : std::as_const(contexts)) {
        const QString name = context.section(QStringLiteral("::"), -1);
        // translate("ar::ui::CopyForm", …), Q_DECLARE_TR_FUNCTIONS(Io), QDialog::tr(…), a form's class
        bool used = code.contains(QLatin1String("translate(\"") + context + QLatin1Char('"')) ||
                    code.contains(QLatin1String("Q_DECLARE_TR_FUNCTIONS(") + context + QLatin1Char(')')) ||
                    (context.startsWith(QLatin1Char('Q')) && code.contains(context + QLatin1String("::tr("))) ||
                    code.contains(QLatin1String("<class>") + context + QLatin1String("</class>"));
        if (!used && context.contains(QLatin1String("::"))) {
            // A Q_OBJECT class of that name (its meta-object gives the qualified name).
            const QRegularExpression qobject(QStringLiteral("\\b(?:class|struct)\\s+%1\\b[^;{]*\\{\\s*Q_OBJECT\\b")
                                                 .arg(QRegularExpression::escape(name)));
            used = qobject.match(code).hasMatch();
        }
        if (!used)
            unknown << context;
    }
    QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("contexts the program never looks up: ") +
                                           unknown.join(QStringLiteral(", "))));
}

QTEST_GUILESS_MAIN(TestUnitUiText)
#include "TestUnitUiText.moc"
