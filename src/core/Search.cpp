#include "Search.h"

namespace ar {

QString hitKindCode(HitKind k)
{
    switch (k) {
    case HitKind::Room:
        return QStringLiteral("room");
    case HitKind::Person:
        return QStringLiteral("person");
    case HitKind::Dossier:
        break;
    }
    return QStringLiteral("dossier");
}

} // namespace ar

#include "TextNormalize.h"

namespace ar::searchkeys {

QStringList forName(const QString& name)
{
    const QString k = text::searchKey(name);
    QStringList out;
    for (qsizetype i = 0; i < k.size(); ++i) {
        if (k.at(i).isLowSurrogate())
            continue;
        out << k.mid(i);
    }
    return out;
}

QStringList forRoom(const QString& ref, const QString& number)
{
    QStringList out{text::searchKey(ref)};
    const QString n = text::searchKey(number);
    if (!n.isEmpty() && n != out.first())
        out << n;
    return out;
}

QStringList forPerson(const QString& name, const QStringList& phones)
{
    QStringList keys = forName(name);
    for (const QString& p : phones)
        keys << forPhone(p);
    return keys;
}

QStringList forPhone(const QString& phone)
{
    // Normalised phones are 13812345678, 010-12345678 or 010-12345678-123: the key is the end
    // of the number itself (the first part of 7+ digits), never of an extension.
    QString digits;
    for (const QString& part : phone.split(QLatin1Char('-'))) {
        if (part.size() >= 7) {
            digits = part;
            break;
        }
    }
    if (digits.isEmpty())
        for (QChar c : phone)
            if (c.isDigit())
                digits += c;
    digits.removeIf([](QChar c) { return !c.isDigit(); });
    if (digits.size() < 4)
        return {};
    return {digits.right(4)};
}

QStringList forArchiveNo(const QString& archiveNo)
{
    const QString k = text::searchKey(archiveNo);
    QStringList out{k};
    for (qsizetype i = 0; i < k.size(); ++i) {
        const QChar c = k.at(i);
        if ((c == QLatin1Char('-') || c == QChar(0x00B7)) && i + 1 < k.size())
            out << k.mid(i + 1);
    }
    out.removeDuplicates();
    return out;
}

} // namespace ar::searchkeys
