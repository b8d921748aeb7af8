#pragma once

#include "Database.h"
#include "core/Search.h"

namespace ar {

// The search_keys table: fragments → (kind, id). A query is answered by one range scan over
// the primary-key index (key >= q AND key < q + U+10FFFF), so one- and two-character
// queries cost the same as longer ones.
class SearchIndex
{
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    Status add(HitKind kind, qint64 ref, const QStringList& keys);
    Status remove(HitKind kind, qint64 ref);
    Status replace(HitKind kind, qint64 ref, const QStringList& keys);
    // Distinct (kind, id) whose key starts with `prefix`, in key order, at most `limit`.
    Result<QList<std::pair<HitKind, qint64>>> lookup(const QString& prefix, int limit);

    // For rebuilding: every id of rooms, persons or dossiers, and emptying the index.
    Result<QList<qint64>> allIds(HitKind kind);
    Status clear();

private:
    Database& m_db;
};

} // namespace ar
