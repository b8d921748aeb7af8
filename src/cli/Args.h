#pragma once

#include <QHash>
#include <QSet>
#include <QStringList>

namespace ar::cli {

// The words of a command line after the global options: positional words, options with a
// value (--name 王小明, --name=王小明; repeatable) and flags (--json).
class Args
{
public:
    // Splits `words`; `flags` names the options that take no value. On a malformed line
    // (an option missing its value) `error` says which.
    static Args parse(const QStringList& words, const QSet<QString>& flags, QString* error);

    QStringList positional;
    QHash<QString, QStringList> options; // option name without dashes → values in order
    QSet<QString> flags;

    bool has(const QString& name) const { return options.contains(name) || flags.contains(name); }
    QString value(const QString& name, const QString& fallback = {}) const;
    QStringList values(const QString& name) const { return options.value(name); }
    // The first option or flag not in `allowed`, or empty if all are known.
    QString unknown(const QSet<QString>& allowed) const;
};

} // namespace ar::cli
