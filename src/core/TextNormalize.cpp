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

} // namespace ar::text
