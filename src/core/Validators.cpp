#include "Validators.h"

#include "TextNormalize.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace ar {

namespace {

bool allDigits(const QString& s)
{
    for (QChar c : s)
        if (!c.isDigit() || c.unicode() > 127)
            return false;
    return !s.isEmpty();
}

// Province-level codes of GB/T 2260 (the first two digits of every ID number).
bool knownProvince(int code)
{
    static const int codes[] = {11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43,
                                44, 45, 46, 50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83};
    for (int c : codes)
        if (c == code)
            return true;
    return false;
}

} // namespace

QChar mainlandIdCheckChar(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char checks[] = "10X98765432";
    int sum = 0;
    for (int i = 0; i < 17; ++i)
        sum += (first17.at(i).unicode() - '0') * weights[i];
    return QLatin1Char(checks[sum % 11]);
}

IdNumberCheck checkMainlandId(const QString& raw, const QDate& today)
{
    IdNumberCheck r;
    QString id = text::compact(raw).toUpper();
    r.normalized = id;
    const QString field = QCoreApplication::translate("Validation", "ID number");
    auto fail = [&](const QString& why) {
        r.valid = false;
        r.error = QCoreApplication::translate("Validation", "%1 %2: %3").arg(field, raw.trimmed(), why);
        return r;
    };
    if (id.isEmpty())
        return fail(QCoreApplication::translate("Validation", "is empty"));
    if (id.size() != 18 && id.size() != 15)
        return fail(
            QCoreApplication::translate("Validation", "must have 18 digits (or 15 for an old card), not %1")
                .arg(id.size()));
    const QString body = id.size() == 18 ? id.left(17) : id;
    if (!allDigits(body))
        return fail(
            id.size() == 18
                ? QCoreApplication::translate("Validation", "the first 17 characters must be digits")
                : QCoreApplication::translate("Validation", "a 15-character number must be all digits"));
    if (id.size() == 18 && !(id.at(17).isDigit() || id.at(17) == QLatin1Char('X')))
        return fail(QCoreApplication::translate("Validation", "the last character must be a digit or X"));
    if (!knownProvince(id.left(2).toInt()))
        return fail(QCoreApplication::translate("Validation", "region code %1 is not a province code")
                        .arg(id.left(6)));

    QDate birth;
    if (id.size() == 18)
        birth = QDate(id.mid(6, 4).toInt(), id.mid(10, 2).toInt(), id.mid(12, 2).toInt());
    else
        birth = QDate(1900 + id.mid(6, 2).toInt(), id.mid(8, 2).toInt(), id.mid(10, 2).toInt());
    const QString birthText = id.size() == 18 ? id.mid(6, 8) : QStringLiteral("19") + id.mid(6, 6);
    if (!birth.isValid())
        return fail(QCoreApplication::translate("Validation", "birth date %1 does not exist").arg(birthText));
    if (birth.year() < 1900 || (today.isValid() && birth > today))
        return fail(
            QCoreApplication::translate("Validation", "birth date %1 is not plausible").arg(birthText));

    if (id.size() == 18) {
        const QChar expected = mainlandIdCheckChar(body);
        if (expected != id.at(17))
            return fail(
                QCoreApplication::translate("Validation", "the check digit should be %1").arg(expected));
        r.gender = (id.at(16).unicode() - '0') % 2 ? Gender::Male : Gender::Female;
    } else {
        r.legacy15 = true;
        r.gender = (id.at(14).unicode() - '0') % 2 ? Gender::Male : Gender::Female;
        r.warning = QCoreApplication::translate(
                        "Validation", "%1 %2 is an old 15-digit number; ask for the current 18-digit card")
                        .arg(field, id);
    }
    r.birthDate = birth;
    r.valid = true;
    return r;
}

namespace {
// GB 32100-2015: the 31 characters of a credit code, in the order of their values 0..30.
const QString kCreditCharset = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
} // namespace

QChar creditCodeCheckChar(const QString& first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (first17.size() != 17)
        return {};
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const qsizetype v = kCreditCharset.indexOf(first17.at(i));
        if (v < 0)
            return {};
        sum += int(v) * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditCharset.at(check);
}

IdNumberCheck checkCreditCode(const QString& raw)
{
    IdNumberCheck r;
    const QString code = text::compact(raw).toUpper();
    r.normalized = code;
    const QString field = QCoreApplication::translate("Validation", "Unified social credit code");
    auto fail = [&](const QString& why) {
        r.valid = false;
        r.error = QCoreApplication::translate("Validation", "%1 %2: %3").arg(field, raw.trimmed(), why);
        return r;
    };
    if (code.isEmpty())
        return fail(QCoreApplication::translate("Validation", "is empty"));
    if (code.size() != 18)
        return fail(
            QCoreApplication::translate("Validation", "must have 18 characters, not %1").arg(code.size()));
    for (qsizetype i = 0; i < code.size(); ++i)
        if (!kCreditCharset.contains(code.at(i)))
            return fail(QCoreApplication::translate("Validation",
                                                    "character %1 at position %2 is not allowed (only digits "
                                                    "and the capitals without I, O, Z, S, V)")
                            .arg(code.at(i))
                            .arg(i + 1));
    const QChar expected = creditCodeCheckChar(code.left(17));
    if (code.at(17) != expected)
        return fail(QCoreApplication::translate("Validation", "the check character is %1, it should be %2")
                        .arg(code.at(17))
                        .arg(expected));
    r.valid = true;
    return r;
}

IdNumberCheck checkIdNumber(IdType type, const QString& raw, const QDate& today)
{
    if (type == IdType::MainlandId)
        return checkMainlandId(raw, today);
    if (type == IdType::CreditCode)
        return checkCreditCode(raw);
    IdNumberCheck r;
    r.normalized = text::compact(raw).toUpper();
    static const QRegularExpression pattern(QStringLiteral("^[A-Z0-9()\\-]{5,30}$"));
    if (r.normalized.isEmpty()) {
        r.error = QCoreApplication::translate("Validation", "Document number is empty");
        return r;
    }
    if (!pattern.match(r.normalized).hasMatch()) {
        r.error =
            QCoreApplication::translate(
                "Validation", "Document number %1: only letters, digits, '-' and brackets, 5 to 30 of them")
                .arg(raw.trimmed());
        return r;
    }
    r.valid = true;
    return r;
}

FieldCheck checkPhone(const QString& raw)
{
    FieldCheck r;
    const QString field = QCoreApplication::translate("Validation", "Phone");
    QString p = text::compact(raw);
    p.remove(QLatin1Char('-'));
    p.remove(QLatin1Char('(')).remove(QLatin1Char(')'));
    if (p.isEmpty()) {
        r.error = QCoreApplication::translate("Validation", "%1 is empty").arg(field);
        return r;
    }
    QString extension;
    static const QRegularExpression extMark(QStringLiteral("(转|ext\\.?|[#xX])"));
    static const QRegularExpression extensionDigits(QStringLiteral("^(转|ext\\.?|[#xX])(\\d{1,6})$"));
    const qsizetype ext = p.indexOf(extMark);
    if (ext > 0) {
        const QRegularExpressionMatch m = extensionDigits.match(p.mid(ext));
        if (!m.hasMatch()) {
            r.error = QCoreApplication::translate("Validation", "%1 %2: the extension must be digits")
                          .arg(field, raw.trimmed());
            return r;
        }
        extension = m.captured(2);
        p = p.left(ext);
    }
    if (p.startsWith(QLatin1String("+86")))
        p = p.mid(3);
    else if (p.startsWith(QLatin1String("0086")))
        p = p.mid(4);
    else if (p.startsWith(QLatin1String("86")) && p.size() == 13)
        p = p.mid(2);
    if (!allDigits(p)) {
        r.error = QCoreApplication::translate("Validation",
                                              "%1 %2: only digits are allowed (letters or symbols found)")
                      .arg(field, raw.trimmed());
        return r;
    }
    if (p.startsWith(QLatin1Char('1'))) {
        if (p.size() != 11) {
            r.error =
                QCoreApplication::translate("Validation", "%1 %2: a mobile number has 11 digits, not %3")
                    .arg(field, raw.trimmed())
                    .arg(p.size());
            return r;
        }
        // Number ranges allocated to mobile networks (MIIT), as of 2026.
        static const QRegularExpression known(
            QStringLiteral("^1(3\\d|4[5-9]|5[0-35-9]|6[2567]|7[0-8]|8\\d|9[0-35-9])\\d{8}$"));
        if (!known.match(p).hasMatch())
            r.warning = QCoreApplication::translate("Validation",
                                                    "%1 %2: the number range %3 is not a known mobile range")
                            .arg(field, p, p.left(3));
        r.normalized = p;
    } else if (p.startsWith(QLatin1Char('0'))) {
        // Area code (3 or 4 digits incl. the 0) followed by a 7- or 8-digit subscriber number.
        if (p.size() < 10 || p.size() > 12) {
            r.error = QCoreApplication::translate("Validation",
                                                  "%1 %2: a landline is the area code and 7 or 8 digits")
                          .arg(field, raw.trimmed());
            return r;
        }
        const int areaLen = (p.at(1) == QLatin1Char('1') || p.at(1) == QLatin1Char('2')) ? 3 : 4;
        r.normalized = p.left(areaLen) + QLatin1Char('-') + p.mid(areaLen);
    } else if (p.size() == 7 || p.size() == 8) {
        r.normalized = p; // local landline without area code
        r.warning = QCoreApplication::translate("Validation", "%1 %2: no area code").arg(field, p);
    } else if (p.size() >= 3 && p.size() <= 6) {
        r.normalized = p; // service numbers such as 95xxx
    } else {
        r.error = QCoreApplication::translate("Validation", "%1 %2: not a mobile or landline number")
                      .arg(field, raw.trimmed());
        return r;
    }
    if (!extension.isEmpty())
        r.normalized += QStringLiteral("-") + extension;
    r.valid = true;
    return r;
}

FieldCheck checkName(const QString& raw)
{
    FieldCheck r;
    r.normalized = text::normalize(raw);
    if (r.normalized.isEmpty()) {
        r.error = QCoreApplication::translate("Validation", "Name is empty");
        return r;
    }
    if (r.normalized.size() > 50) {
        r.error = QCoreApplication::translate("Validation", "Name %1 is longer than 50 characters")
                      .arg(r.normalized.left(20) + QStringLiteral("…"));
        return r;
    }
    if (const qsizetype bad = text::forbiddenCharacter(r.normalized); bad >= 0) {
        r.error = QCoreApplication::translate("Validation",
                                              "Name contains an invisible or control character (%1) at position %2")
                      .arg(text::codePointName(r.normalized, bad))
                      .arg(bad + 1);
        return r;
    }
    for (QChar c : r.normalized) {
        if (c.isDigit()) {
            r.error = QCoreApplication::translate("Validation", "Name %1 contains digits").arg(r.normalized);
            return r;
        }
    }
    // Letters of any script, their marks, spaces, and the marks names are written with: the
    // middle dots of minority and foreign names, hyphen, apostrophe, full stop, brackets. Never
    // a sign a spreadsheet would read as the start of a formula, nor one at the start.
    const QString allowed = QStringLiteral("·•・‧.-'’()");
    for (qsizetype i = 0; i < r.normalized.size(); ++i) {
        const QChar c = r.normalized.at(i);
        // 〇 (U+3007) is a letter-like number that names are written with.
        const bool letter = c.isLetter() || c.isMark() || c.isSurrogate() || c.category() == QChar::Number_Letter;
        if (letter || (c == QLatin1Char(' ') && i > 0) || (allowed.contains(c) && i > 0))
            continue;
        r.error = QCoreApplication::translate("Validation", "Name %1 contains \"%2\", which is not part of a name")
                      .arg(r.normalized, QString(c));
        return r;
    }
    r.valid = true;
    return r;
}

FieldCheck checkOrganisationName(const QString& raw)
{
    FieldCheck r;
    r.normalized = text::normalize(raw);
    const QString field = QCoreApplication::translate("Validation", "Organisation name");
    if (r.normalized.isEmpty()) {
        r.error = QCoreApplication::translate("Validation", "%1 is empty").arg(field);
        return r;
    }
    if (r.normalized.size() > 100) {
        r.error = QCoreApplication::translate("Validation", "%1 %2 is longer than 100 characters")
                      .arg(field, r.normalized.left(20) + QStringLiteral("…"));
        return r;
    }
    // Letters, digits, spaces and the marks company names are written with; never a sign a
    // spreadsheet would read as the start of a formula, nor a mark at the start.
    const QString allowed = QStringLiteral("·.-'’()&、,");
    for (qsizetype i = 0; i < r.normalized.size(); ++i) {
        const QChar c = r.normalized.at(i);
        const bool letter = c.isLetterOrNumber() || c.isMark() || c.isSurrogate();
        if (letter || (i > 0 && (c == QLatin1Char(' ') || allowed.contains(c))))
            continue;
        r.error =
            QCoreApplication::translate("Validation", "%1 %2 contains \"%3\", which is not part of a name")
                .arg(field, r.normalized, QString(c));
        return r;
    }
    r.valid = true;
    return r;
}

QString genderMismatch(Gender declared, const IdNumberCheck& id)
{
    if (!id.valid || id.gender == Gender::Unknown || declared == Gender::Unknown || declared == id.gender)
        return {};
    return QCoreApplication::translate("Validation",
                                       "Gender %1 does not match ID number %2, which is of a %3")
        .arg(genderLabel(declared), id.normalized, genderLabel(id.gender).toLower());
}

} // namespace ar
