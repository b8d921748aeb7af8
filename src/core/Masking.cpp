#include "Masking.h"

namespace ar::mask {

QString idNumber(const QString& id)
{
    if (id.size() <= 8)
        return QString(id.size(), QLatin1Char('*'));
    return id.left(4) + QString(id.size() - 8, QLatin1Char('*')) + id.right(4);
}

QString phone(const QString& phone)
{
    // Mobiles: 138****5678. Landlines 010-1234-5678: keep area code and last 4.
    QString digits = phone;
    if (digits.size() == 11 && digits.startsWith(QLatin1Char('1')))
        return digits.left(3) + QStringLiteral("****") + digits.right(4);
    if (digits.size() <= 4)
        return QString(digits.size(), QLatin1Char('*'));
    const qsizetype dash = digits.indexOf(QLatin1Char('-'));
    const QString head = dash > 0 && dash < digits.size() - 4 ? digits.left(dash + 1) : QString();
    return head + QString(digits.size() - head.size() - 4, QLatin1Char('*')) + digits.right(4);
}

QString freeText(const QString& text, int keep)
{
    if (text.isEmpty())
        return text;
    const int shown = std::min<int>(keep, int(text.size() / 2));
    return text.left(shown) + QStringLiteral("****");
}

} // namespace ar::mask
