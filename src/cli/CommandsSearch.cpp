// search: rooms, people and dossiers by any fragment (listed in `help` before the register
// commands).
#include "Command.h"

#include <QJsonArray>
#include <QJsonObject>

namespace ar::cli {

namespace {

QJsonObject hitJson(const SearchHit& h)
{
    QJsonObject o{{QStringLiteral("kind"), hitKindCode(h.kind)}};
    auto put = [&o](const char* key, const QString& v) {
        if (!v.isEmpty())
            o.insert(QLatin1String(key), v);
    };
    put("room", h.room);
    put("name", h.name);
    put("role", h.role);
    put("archive_no", h.archiveNo);
    put("category", h.category);
    put("detail", h.detail);
    return o;
}

int search(Invocation& inv)
{
    const QString text = inv.args.positional.join(QLatin1Char(' '));
    if (text.trimmed().isEmpty())
        return inv.usage(QCoreApplication::translate("Cli", "search TEXT"));
    bool ok = true;
    const int limit = inv.args.value(QStringLiteral("limit"), QStringLiteral("50")).toInt(&ok);
    if (!ok || limit < 1)
        return inv.usage(QCoreApplication::translate("Cli", "--limit needs a positive number"));
    auto hits = inv.archive->search().search(text, limit);
    if (!hits)
        return inv.fail(hits.error());
    if (inv.json) {
        QJsonArray a;
        for (const SearchHit& h : hits.value())
            a << hitJson(h);
        inv.print(a);
        return Ok;
    }
    if (hits->isEmpty()) {
        inv.out << QCoreApplication::translate("Cli", "Nothing found for %1").arg(text) << Qt::endl;
        return Ok;
    }
    for (const SearchHit& h : hits.value()) {
        QStringList parts;
        switch (h.kind) {
        case HitKind::Room:
            parts << QCoreApplication::translate("Cli", "Room") << h.room << h.category << h.name;
            break;
        case HitKind::Person:
            parts << QCoreApplication::translate("Cli", "Person") << h.name << h.room << h.role << h.detail;
            break;
        case HitKind::Dossier:
            parts << QCoreApplication::translate("Cli", "Dossier") << h.archiveNo << h.category << h.room;
            break;
        }
        parts.removeAll(QString());
        inv.out << parts.join(QStringLiteral("  ")) << Qt::endl;
    }
    return Ok;
}
} // namespace

QList<Command> searchCommands()
{
    return {
        {{QStringLiteral("search")},
         QT_TRANSLATE_NOOP("Cli", "Find rooms, people and dossiers by any fragment"),
         "TEXT [--limit N]",
         {QStringLiteral("limit")},
         {QStringLiteral("json")},
         Command::Needs::SignedIn,
         search},
    };
}

} // namespace ar::cli
