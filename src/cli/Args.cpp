#include "Args.h"

#include <QCoreApplication>

namespace ar::cli {

Args Args::parse(const QStringList& words, const QSet<QString>& flags, QString* error)
{
    Args a;
    for (int i = 0; i < words.size(); ++i) {
        const QString& w = words.at(i);
        if (w == QLatin1String("--")) {
            a.positional += words.mid(i + 1);
            break;
        }
        if (!w.startsWith(QLatin1String("--")) || w.size() == 2) {
            a.positional << w;
            continue;
        }
        QString name = w.mid(2);
        const qsizetype eq = name.indexOf(QLatin1Char('='));
        if (eq > 0) {
            a.options[name.left(eq)] << name.mid(eq + 1);
            continue;
        }
        if (flags.contains(name)) {
            a.flags.insert(name);
            continue;
        }
        if (i + 1 >= words.size()) {
            if (error)
                *error = QCoreApplication::translate("Cli", "Option --%1 needs a value").arg(name);
            return a;
        }
        a.options[name] << words.at(++i);
    }
    return a;
}

QString Args::value(const QString& name, const QString& fallback) const
{
    const QStringList v = options.value(name);
    return v.isEmpty() ? fallback : v.last();
}

QString Args::unknown(const QSet<QString>& allowed) const
{
    for (auto it = options.cbegin(); it != options.cend(); ++it)
        if (!allowed.contains(it.key()))
            return it.key();
    for (const QString& f : flags)
        if (!allowed.contains(f))
            return f;
    return {};
}

} // namespace ar::cli
