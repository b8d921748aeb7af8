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

} // namespace ar::text
