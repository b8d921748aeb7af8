#include "SearchBench.h"

#include "storage/SqlHelpers.h"

#include "SqliteFloor.h"
#include "core/Estate.h"
#include "core/TextNormalize.h"
#include "services/Context.h"

#include <QFile>

namespace ar::bench {

namespace {
constexpr int kLimit = 20; // what the GUI's search box asks for

Result<QStringList> column(Database& db, const QString& sql)
{
    return sqlh::strings(db.exec(sql));
}
} // namespace

QString indexPrefix(const QString& text)
{
    if (auto ref = parseRoomRef(text))
        return text::searchKey(ref->toString());
    return text::searchKey(text);
}

Result<QList<Query>> fixedQueries(Archive& archive)
{
    const QString name1 = QStringLiteral("1 char");
    const QString name2 = QStringLiteral("2 chars");
    const QString name3 = QStringLiteral("3 chars");
    QList<Query> out{
        {name1, QStringLiteral("王"), true},   {name1, QStringLiteral("李"), true},
        {name1, QStringLiteral("欧"), true},   {name1, QStringLiteral("明"), true}, // a given name's char
        {name2, QStringLiteral("王伟"), true}, {name2, QStringLiteral("欧阳"), true},
        {name2, QStringLiteral("子轩"), true}, {name2, QStringLiteral("思远"), true},
    };
    // Three-character names that exist: the first few in id order (the demo data is seeded, so
    // these are the same on every run of the same size).
    auto names =
        column(archive.database(),
               QStringLiteral("SELECT name FROM persons WHERE LENGTH(name) = 3 ORDER BY id LIMIT 3"));
    if (!names)
        return names.error();
    for (const QString& n : names.value())
        out.append({name3, n, true});
    out.append({name3, QStringLiteral("欧阳明"), true});
    out.append({QStringLiteral("room no."), QStringLiteral("1201"), false});
    out.append({QStringLiteral("room no."), QStringLiteral("12"), false});
    out.append({QStringLiteral("room ref"), QStringLiteral("3-2-1201"), false});
    out.append({QStringLiteral("room ref"), QStringLiteral("3栋2单元1201"), false});
    out.append({QStringLiteral("phone tail"), QStringLiteral("5678"), false});
    out.append({QStringLiteral("phone tail"), QStringLiteral("0000"), false});
    // A full phone number goes through the blind index, not the prefix scan.
    auto someone = archive.context().persons.load(1);
    if (someone && !someone->data.phones.isEmpty())
        out.append({QStringLiteral("full phone"), someone->data.phones.first(), false});
    const QString archiveNo = QStringLiteral("档号");
    out.append({archiveNo, QStringLiteral("YZ·2026"), false});
    out.append({archiveNo, QStringLiteral("0001"), false});
    out.append({archiveNo, QStringLiteral("Z109-YZ·2026-Y-0001"), false});
    out.append({archiveNo, QStringLiteral("ZH·2026-D30-0042"), false});
    // Issue #20 item 8: pinyin initials and full pinyin (search_terms, kind 1; a single letter is
    // the widest range), and a word of a title (kinds 2 and 3).
    const QString spoken = QStringLiteral("pinyin");
    out.append({spoken, QStringLiteral("z"), false});
    out.append({spoken, QStringLiteral("zs"), false});
    out.append({spoken, QStringLiteral("zhang"), false});
    out.append({QStringLiteral("title"), QStringLiteral("水管"), false});
    return out;
}

Result<QList<Query>> queriesFromFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly | QIODevice::Text))
        return Error::of(ErrorCode::NotFound,
                         QStringLiteral("cannot read %1: %2").arg(path, f.errorString()));
    QList<Query> out;
    for (const QString& raw : QString::fromUtf8(f.readAll()).split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        Query q{QStringLiteral("file"), line, false};
        if (tab > 0) {
            q.group = line.left(tab).trimmed();
            q.text = line.mid(tab + 1).trimmed();
        }
        // A fragment of CJK characters only is a name fragment: time the LIKE scan for it too.
        q.nameLike = !q.text.isEmpty() && std::all_of(q.text.cbegin(), q.text.cend(), [](QChar c) {
            return c.script() == QChar::Script_Han;
        });
        out.append(q);
    }
    if (out.isEmpty())
        return Error::of(ErrorCode::InvalidInput, QStringLiteral("%1 holds no queries").arg(path));
    return out;
}

Result<QList<QueryResult>> runSearches(Archive& archive, SearchFloor& floor, const QList<Query>& queries,
                                       const SearchRunConfig& cfg,
                                       const std::function<void(int, int)>& progress)
{
    SearchService& search = archive.search();
    QList<QueryResult> out;
    for (qsizetype i = 0; i < queries.size(); ++i) {
        if (progress)
            progress(int(i), int(queries.size()));
        QueryResult r;
        r.query = queries.at(i);
        const QString& text = r.query.text;
        const QString prefix = indexPrefix(text);

        for (int w = 0; w < cfg.warmup; ++w) {
            auto hits = search.search(text, kLimit);
            if (!hits)
                return hits.error();
            r.hits = int(hits->size());
        }
        for (int n = 0; n < cfg.iterations; ++n) {
            const auto t0 = std::chrono::steady_clock::now();
            auto hits = search.search(text, kLimit);
            r.service.add(msSince(t0));
            if (!hits)
                return hits.error();
        }

        for (int w = 0; w < cfg.warmup; ++w)
            if (auto rows = floor.prefixScan(prefix); !rows)
                return rows.error();
        for (int n = 0; n < cfg.iterations; ++n) {
            const auto t0 = std::chrono::steady_clock::now();
            auto rows = floor.prefixScan(prefix);
            r.floor.add(msSince(t0));
            if (!rows)
                return rows.error();
            r.floorRows = rows.value();
        }

        if (r.query.nameLike) {
            if (auto rows = floor.likeScan(text); !rows) // warm the pages once
                return rows.error();
            for (int n = 0; n < cfg.likeIterations; ++n) {
                const auto t0 = std::chrono::steady_clock::now();
                auto rows = floor.likeScan(text);
                r.like.add(msSince(t0));
                if (!rows)
                    return rows.error();
            }
        }
        out.append(r);
    }
    return out;
}

} // namespace ar::bench
