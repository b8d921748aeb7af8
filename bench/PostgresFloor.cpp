#include "PostgresFloor.h"

#include "core/ScanCode.h"

#include "storage/Database.h"

namespace ar::bench {

PostgresFloor::~PostgresFloor() = default;

Result<std::unique_ptr<PostgresFloor>> PostgresFloor::open(const QString& location)
{
    auto db = Database::openPostgres(location);
    if (!db)
        return db.error();
    std::unique_ptr<PostgresFloor> f(new PostgresFloor);
    f->m_db = std::move(db).value();
    return f;
}

Result<int> PostgresFloor::rows(const QString& sql, const QVariantList& args)
{
    auto q = m_db->exec(sql, args); // prepared once per connection (StatementCache)
    if (!q)
        return q.error();
    int n = 0;
    while (q.value().next()) {
        (void)q.value().value(0).toLongLong();
        (void)q.value().value(1).toString();
        ++n;
    }
    return n;
}

Result<int> PostgresFloor::prefixScan(const QString& prefix)
{
    // search_keys.key is COLLATE "C": U+10FFFF sorts after every character, as in SQLite.
    const QString top = QString::fromUcs4(U"\U0010FFFF");
    auto keys =
        rows(QStringLiteral("SELECT kind, ref_id FROM search_keys WHERE key >= ? AND key < ? LIMIT 20"),
             {prefix, prefix + top});
    const QString archive = scancode::archiveKey(prefix);
    if (!keys || archive.isEmpty())
        return keys;
    auto numbers =
        rows(QStringLiteral("SELECT dossier_id, key FROM archive_keys WHERE key >= ? AND key < ? LIMIT 20"),
             {archive, archive + top});
    if (!numbers)
        return numbers;
    return keys.value() + numbers.value();
}

Result<int> PostgresFloor::likeScan(const QString& fragment)
{
    return rows(QStringLiteral("SELECT id, name FROM persons WHERE name LIKE ? LIMIT 20"),
                {QLatin1Char('%') + fragment + QLatin1Char('%')});
}

} // namespace ar::bench
