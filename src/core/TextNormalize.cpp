#include "TextNormalize.h"

namespace ar::text {

QString toHalfWidth(const QString& s)
{
    QString out;
    out.reserve(s.size());
    for (const QChar c : s) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            out.append(QChar(char16_t(u - 0xFEE0)));
        else if (u == 0x3000)
            out.append(QLatin1Char(' '));
        else
            out.append(c);
    }
    return out;
}

QString normalize(const QString& s)
{
    return toHalfWidth(s).simplified();
}

QString compact(const QString& s)
{
    QString out = toHalfWidth(s);
    out.removeIf([](QChar c) { return c.isSpace(); });
    return out;
}

QString searchKey(const QString& s)
{
    return compact(s).toLower();
}

qsizetype forbiddenCharacter(const QString& s, bool lineBreaks)
{
    for (qsizetype i = 0; i < s.size(); ++i) {
        const QChar c = s.at(i);
        char32_t code = c.unicode();
        if (c.isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            code = QChar::surrogateToUcs4(c, s.at(i + 1));
        } else if (c.isSurrogate()) {
            return i;
        }
        if (lineBreaks && (code == u'\n' || code == u'\r' || code == u'\t')) {
            // allowed in notes
        } else {
            switch (QChar::category(code)) {
            case QChar::Other_Control:
            case QChar::Other_Format:
            case QChar::Other_Surrogate:
            case QChar::Other_PrivateUse:
            case QChar::Other_NotAssigned:
                return i;
            default:
                break;
            }
        }
        if (code > 0xFFFF)
            ++i;
    }
    return -1;
}

QString codePointName(const QString& s, qsizetype index)
{
    if (index < 0 || index >= s.size())
        return {};
    char32_t code = s.at(index).unicode();
    if (s.at(index).isHighSurrogate() && index + 1 < s.size() && s.at(index + 1).isLowSurrogate())
        code = QChar::surrogateToUcs4(s.at(index), s.at(index + 1));
    return QStringLiteral("U+%1").arg(uint(code), 4, 16, QLatin1Char('0')).toUpper();
}

QString chineseNumeral(int n)
{
    static const char16_t digits[] = u"零一二三四五六七八九";
    static const char16_t units[] = u"千百十";
    if (n < 1 || n > 9999)
        return QString::number(n);
    QString out;
    bool zero = false; // a zero waiting to be written before the next non-zero digit
    for (int i = 0, div = 1000; div >= 1; ++i, div /= 10) {
        const int d = (n / div) % 10;
        if (d == 0) {
            zero = !out.isEmpty();
            continue;
        }
        if (zero)
            out += QChar(digits[0]);
        zero = false;
        // 10–19 read 十, 十一 … (not 一十); otherwise the digit and its unit
        if (!(d == 1 && div == 10 && out.isEmpty()))
            out += QChar(digits[d]);
        if (div > 1)
            out += QChar(units[i]);
    }
    return out;
}

} // namespace ar::text
