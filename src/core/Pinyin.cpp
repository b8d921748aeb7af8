#include "Pinyin.h"

#include <QCollator>
#include <QFile>
#include <QHash>
#include <QStringView>

namespace ar::pinyin {

namespace {

struct Table
{
    QHash<char32_t, QStringList> readings;
    QHash<char32_t, char32_t> simplified;
};

char32_t firstCode(QStringView s)
{
    if (s.isEmpty())
        return 0;
    if (s.size() >= 2 && s.at(0).isHighSurrogate() && s.at(1).isLowSurrogate())
        return QChar::surrogateToUcs4(s.at(0), s.at(1));
    return s.at(0).unicode();
}

Table load()
{
    Table t;
    QFile f(QStringLiteral(":/pinyin/unihan.txt"));
    if (!f.open(QIODevice::ReadOnly))
        return t; // the resource is compiled in; a build without it finds no pinyin
    const QString all = QString::fromUtf8(f.readAll());
    t.readings.reserve(42000);
    for (QStringView line : QStringView(all).split(u'\n', Qt::SkipEmptyParts)) {
        // "r CHAR READINGS" or "s CHAR SIMPLIFIED"; comments start with '#'.
        if (line.size() < 5 || line.at(1) != u' ')
            continue;
        const qsizetype gap = line.indexOf(u' ', 2);
        if (gap < 0)
            continue;
        const char32_t c = firstCode(line.mid(2, gap - 2));
        const QStringView rest = line.mid(gap + 1);
        if (line.at(0) == u'r') {
            QStringList rs;
            for (QStringView r : rest.split(u','))
                rs << r.toString();
            t.readings.insert(c, rs);
        } else if (line.at(0) == u's') {
            t.simplified.insert(c, firstCode(rest));
        }
    }
    return t;
}

const Table& table()
{
    static const Table t = load();
    return t;
}

} // namespace

QStringList readings(char32_t c)
{
    return table().readings.value(c);
}

QString simplified(const QString& s)
{
    const auto& map = table().simplified;
    QString out;
    out.reserve(s.size());
    for (qsizetype i = 0; i < s.size(); ++i) {
        char32_t c = s.at(i).unicode();
        if (s.at(i).isHighSurrogate() && i + 1 < s.size() && s.at(i + 1).isLowSurrogate()) {
            c = QChar::surrogateToUcs4(s.at(i), s.at(i + 1));
            ++i;
        }
        if (auto it = map.constFind(c); it != map.constEnd())
            c = *it;
        out += QString::fromUcs4(&c, 1);
    }
    return out;
}

int compare(const QString& a, const QString& b)
{
    thread_local const QCollator collator = [] {
        QCollator c{QLocale(QLocale::Chinese, QLocale::China)};
        c.setNumericMode(true); // 3-2-1201 after 3-2-901
        return c;
    }();
    return collator.compare(a, b);
}

bool isLetters(const QString& key)
{
    if (key.isEmpty())
        return false;
    for (QChar c : key)
        if (c < u'a' || c > u'z')
            return false;
    return true;
}

} // namespace ar::pinyin
