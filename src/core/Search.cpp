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

#include "Pinyin.h"
#include "TextNormalize.h"

#include <QSet>

namespace ar::searchkeys {

QStringList forName(const QString& name)
{
    const QString k = pinyin::simplified(text::searchKey(name));
    QStringList out;
    for (qsizetype i = 0; i < k.size(); ++i) {
        if (k.at(i).isLowSurrogate())
            continue;
        out << k.mid(i);
    }
    return out;
}

QStringList forPinyin(const QString& name)
{
    const QString k = pinyin::simplified(text::searchKey(name));
    // Each character's options: its readings (ü also as u), or a letter or digit as itself.
    struct Char
    {
        QStringList options;
        bool chinese = false;
    };
    QList<Char> chars;
    bool anyChinese = false;
    for (qsizetype i = 0; i < k.size(); ++i) {
        char32_t c = k.at(i).unicode();
        if (k.at(i).isHighSurrogate() && i + 1 < k.size() && k.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(k.at(i), k.at(i + 1));
            ++i;
        }
        Char ch;
        const QStringList rs = pinyin::readings(c);
        if (!rs.isEmpty()) {
            ch.chinese = true;
            anyChinese = true;
            for (const QString& r : rs) {
                ch.options << r;
                if (r.contains(QLatin1Char('v')))
                    ch.options << QString(r).replace(QLatin1Char('v'), QLatin1Char('u'));
            }
        } else if (c < 0x80 && QChar::isLetterOrNumber(c)) {
            ch.options << QString(QChar(c));
        } else {
            continue;
        }
        ch.options.removeDuplicates();
        chars << ch;
    }
    if (!anyChinese)
        return {};
    QStringList out;
    QSet<QString> seen;
    auto put = [&](const QString& key) {
        if (!seen.contains(key)) {
            seen.insert(key);
            out << key;
        }
    };
    for (qsizetype start = 0; start < chars.size(); ++start) {
        if (!chars.at(start).chinese)
            continue;
        QList<std::pair<QString, QString>> combos{{QString(), QString()}}; // full, initials
        for (qsizetype j = start; j < chars.size(); ++j) {
            QStringList options = chars.at(j).options;
            if (combos.size() * options.size() > kMaxReadingCombinations)
                options = options.mid(0, 1);
            QList<std::pair<QString, QString>> next;
            QSet<QString> fulls;
            for (const auto& [full, initials] : std::as_const(combos))
                for (const QString& o : std::as_const(options))
                    if (const QString f = full + o; !fulls.contains(f)) {
                        fulls.insert(f);
                        next.append({f, initials + o.at(0)});
                    }
            combos = next;
        }
        const bool single = chars.size() - start == 1; // its initial is a prefix of its reading
        for (const auto& [full, initials] : std::as_const(combos)) {
            put(full);
            if (!single)
                put(initials);
        }
    }
    return out;
}

QStringList forTitle(const QString& title)
{
    const QString k = pinyin::simplified(text::searchKey(title));
    QStringList out;
    for (qsizetype i = 0; i < k.size(); ++i) {
        if (k.at(i).isLowSurrogate())
            continue;
        QString key = k.mid(i, kTitleKeyLength);
        if (key.back().isHighSurrogate())
            key.chop(1);
        out << key;
    }
    out.removeDuplicates();
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

} // namespace ar::searchkeys
