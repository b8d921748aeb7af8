#include "ScanCode.h"

#include "TextNormalize.h"

namespace ar::scancode {

namespace {

bool isKeyChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QString archiveKey(const QString& typed)
{
    QString out = text::toHalfWidth(typed).toUpper();
    out.removeIf([](QChar c) { return !isKeyChar(c); });
    return out;
}

QStringList archiveKeys(const QString& archiveNo)
{
    const QString s = text::toHalfWidth(archiveNo);
    QStringList out;
    const QString whole = archiveKey(s);
    if (whole.isEmpty())
        return out;
    out << whole;
    for (qsizetype i = 0; i < s.size(); ++i) {
        if (isKeyChar(s.at(i)) || i + 1 >= s.size())
            continue;
        // A tail starts at the first key character after a run of separators.
        if (!isKeyChar(s.at(i + 1)))
            continue;
        const QString tail = archiveKey(s.mid(i + 1));
        if (!tail.isEmpty() && !out.contains(tail))
            out << tail;
    }
    return out;
}

QString forScanner(const QString& archiveNo)
{
    QString out;
    const QString s = text::toHalfWidth(archiveNo).trimmed();
    out.reserve(s.size());
    for (const QChar c : s) {
        if (c.unicode() < 0x80 || c.isLetterOrNumber())
            out.append(c);
        else if (c.isSpace())
            out.append(QLatin1Char(' '));
        else
            out.append(QLatin1Char('.'));
    }
    return out;
}

QString locationCode(qint64 locationId)
{
    return QStringLiteral("LOC-%1").arg(locationId);
}

qint64 locationIdFromCode(const QString& typed)
{
    const QString k = archiveKey(typed);
    if (k.size() < 4 || !k.startsWith(QLatin1String("LOC")))
        return 0;
    bool ok = false;
    const qint64 id = k.mid(3).toLongLong(&ok);
    return ok && id > 0 ? id : 0;
}

} // namespace ar::scancode
