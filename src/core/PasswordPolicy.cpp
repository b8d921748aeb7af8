#include "PasswordPolicy.h"

#include <QCoreApplication>
#include <QSet>
#include <QStringList>

namespace ar::passwords {

namespace {

// Words people build passwords from, in lower case: the few that every guessing list starts
// with, their Chinese pinyin counterparts, and what an archive room of a property company would
// think of first. Digits and symbols around them are stripped before the comparison, and
// look-alike digits read as letters, so "Passw0rd2026!" counts as "password".
const char* const kCommonWords[] = {
    "password", "passwd",   "pass",        "pwd",      "secret",    "admin",     "administrator", "root",
    "user",     "guest",    "login",       "welcome",  "hello",     "letmein",   "iloveyou",      "love",
    "lovely",   "monkey",   "dragon",      "master",   "princess",  "sunshine",  "shadow",        "football",
    "baseball", "superman", "batman",      "starwars", "freedom",   "whatever",  "trustno",       "computer",
    "internet", "qwerty",   "abc",         "abcd",     "test",      "testing",   "default",       "changeme",
    "china",    "beijing",  "shanghai",    "shenzhen", "guangzhou", "woaini",    "aini",          "nihao",
    "wodemima", "mima",     "zhongguo",    "xiaoming", "wangwei",   "zhangwei",  "lixiao",        "liuyang",
    "baobao",   "qq",       "wechat",      "weixin",   "taobao",    "alipay",    "huawei",        "xiaomi",
    "archive",  "archives", "archiveroom", "dangan",   "danganshi", "wuye",      "wuyeguanli",    "property",
    "office",   "company",  "manager",     "clerk",    "leader",    "staff",     "assistant",     "company",
    "asdf",     "zxcv",     "qazwsx",      "system",   "server",    "database",  "backup",        "summer",
    "winter",   "spring",   "autumn",      "happy",    "lucky",     "fortune",   "money",         "good",
    "goodluck", "angel",    "flower",      "sunny",    "tiger",     "dragonfly", "family",        "friend",
    "forever",
};

// Keyboard rows and columns (US layout) for walks in either direction.
const char* const kKeyboardLines[] = {
    "1234567890",
    "qwertyuiop",
    "asdfghjkl",
    "zxcvbnm",
    "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
    "qazwsxedcrfvtgbyhnujmikolp",
    "zaqxswcdevfrbgtnhymju",
    "!@#$%^&*()",
};

const QSet<QString>& commonWords()
{
    static const QSet<QString> words = [] {
        QSet<QString> s;
        for (const char* w : kCommonWords)
            s.insert(QString::fromLatin1(w));
        return s;
    }();
    return words;
}

// Look-alike characters read as the letters they stand for.
QString readAsLetters(const QString& s)
{
    QString out;
    for (QChar c : s) {
        switch (c.unicode()) {
        case '0':
            out += QLatin1Char('o');
            break;
        case '1':
            out += QLatin1Char('i');
            break;
        case '3':
            out += QLatin1Char('e');
            break;
        case '4':
        case '@':
            out += QLatin1Char('a');
            break;
        case '5':
        case '$':
            out += QLatin1Char('s');
            break;
        case '7':
            out += QLatin1Char('t');
            break;
        case '!':
            out += QLatin1Char('i');
            break;
        default:
            out += c;
        }
    }
    return out;
}

// The letters left when digits and symbols are cut from both ends.
QString core(const QString& lower)
{
    qsizetype b = 0, e = lower.size();
    while (b < e && !lower.at(b).isLetter())
        ++b;
    while (e > b && !lower.at(e - 1).isLetter())
        --e;
    return lower.mid(b, e - b);
}

bool isCommonWord(const QString& lower)
{
    for (const QString& candidate : {core(lower), core(readAsLetters(lower)), readAsLetters(core(lower))}) {
        if (candidate.isEmpty())
            continue;
        if (commonWords().contains(candidate))
            return true;
        // A common word doubled or followed by another (passwordpassword, adminroot).
        for (qsizetype cut = 2; cut + 2 <= candidate.size(); ++cut)
            if (commonWords().contains(candidate.left(cut)) && commonWords().contains(candidate.mid(cut)))
                return true;
    }
    return false;
}

// Each character one step from the last (abcd, 4321, 2468 is not), or the same.
bool isSequence(const QString& s)
{
    if (s.size() < 3)
        return false;
    const int step = s.at(1).unicode() - s.at(0).unicode();
    if (step < -1 || step > 1)
        return false;
    for (qsizetype i = 1; i < s.size(); ++i)
        if (s.at(i).unicode() - s.at(i - 1).unicode() != step)
            return false;
    return true;
}

bool isKeyboardWalk(const QString& lower)
{
    if (lower.size() < 4)
        return false;
    for (const char* line : kKeyboardLines) {
        const QString l = QString::fromLatin1(line);
        QString reversed = l;
        std::reverse(reversed.begin(), reversed.end());
        if (l.contains(lower) || reversed.contains(lower))
            return true;
    }
    return false;
}

// A unit of up to a third of the length, repeated (abcabcabc, 12121212, aaaa).
bool isRepeatedPattern(const QString& s)
{
    for (qsizetype unit = 1; unit <= s.size() / 2; ++unit) {
        if (s.size() % unit != 0)
            continue;
        const QString part = s.left(unit);
        if (part.repeated(s.size() / unit) == s)
            return true;
    }
    return false;
}

} // namespace

std::optional<QString> weakness(const QString& password, int minLength, const QString& login)
{
    if (password.size() < minLength)
        return QCoreApplication::translate("PasswordPolicy", "The password must have at least %1 characters "
                                                             "(the administrator's setting); this one has "
                                                             "%2")
            .arg(minLength)
            .arg(password.size());
    const QString lower = password.toLower();
    bool digitsOnly = true;
    for (QChar c : password)
        digitsOnly = digitsOnly && c.isDigit();
    if (digitsOnly && password.size() < 12)
        return QCoreApplication::translate(
            "PasswordPolicy",
            "The password has only digits (like a date or a phone number, which are guessed first): add "
            "letters, or make it at least 12 digits long");
    if (isRepeatedPattern(lower) || isSequence(lower) || isSequence(core(lower)))
        return QCoreApplication::translate(
            "PasswordPolicy",
            "The password is a sequence or a repeated pattern (like 12345678, abcdefgh or 12121212), which "
            "is guessed first; choose another");
    if (isKeyboardWalk(lower) || isKeyboardWalk(core(lower)))
        return QCoreApplication::translate(
            "PasswordPolicy",
            "The password is a row of neighbouring keys (like qwertyui or 1qaz2wsx), which is guessed "
            "first; choose another");
    if (!login.isEmpty() && (lower == login.toLower() || core(lower) == login.toLower()))
        return QCoreApplication::translate(
            "PasswordPolicy", "The password is the login with digits or symbols around it; choose another");
    if (isCommonWord(lower))
        return QCoreApplication::translate(
            "PasswordPolicy",
            "The password is a common word with digits or symbols around it (like Password123!), which "
            "is guessed first; choose another");
    return std::nullopt;
}

} // namespace ar::passwords
