#pragma once

#include "Database.h"
#include "core/Search.h"

#include <vector>

namespace ar {

// The search_keys table: fragments → (kind, id). A query is answered by one range scan over
// the primary-key index (key >= q AND key < q + U+10FFFF), so one- and two-character
// queries cost the same as longer ones.
class SearchIndex
{
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    Status add(HitKind kind, qint64 ref, const QStringList& keys);
    // Keys of many records written together (an import, the demo): gathered, then written in
    // key order, many rows per statement. The key index is the one B-tree that new records fill
    // at random places; in key order each of its pages is touched once per flush instead of once
    // per key, and one statement per 64 keys instead of one per key.
    class Pending
    {
    public:
        void add(HitKind kind, qint64 ref, const QStringList& keys);
        bool isEmpty() const { return m_keys.empty(); }
        // Writes and forgets what was gathered.
        Status flush(SearchIndex& index);

    private:
        struct Key
        {
            QString key;
            HitKind kind;
            qint64 ref;
        };
        std::vector<Key> m_keys;
    };
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
