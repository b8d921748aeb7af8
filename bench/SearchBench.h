#pragma once

#include "Stats.h"
#include "services/Archive.h"

#include <QList>
#include <QString>

namespace ar::bench {

class SearchFloor;

struct Query
{
    QString group; // "1 char", "room ref", … : the rows of the table
    QString text;
    bool nameLike = false; // a name fragment: also timed as the naive LIKE scan
};

struct QueryResult
{
    Query query;
    int hits = 0;      // SearchService::search(text, 20).size()
    int floorRows = 0; // rows the raw prefix scan returned
    Samples service;   // SearchService::search(text, 20), hits hydrated
    Samples floor;     // the prefix scan on search_keys, C API, prepared once
    Samples like;      // LIKE '%x%' over persons.name (name fragments only)
};

// The fixed set of fragments of the BRIEF (one-, two-, three-character names, room numbers and
// references, phone tails, archive-number pieces). A few are read from the demo data so they are
// sure to match: three-character names and a full phone number.
Result<QList<Query>> fixedQueries(Archive& archive);
// Fragments from a file: one per line, optionally "group<TAB>fragment"; '#' starts a comment.
Result<QList<Query>> queriesFromFile(const QString& path);

struct SearchRunConfig
{
    int warmup = 20;
    int iterations = 200;
    int likeIterations = 20;
};

// Times every query through SearchService (limit 20, as the GUI asks), then straight against
// SQLite; `progress` gets the index of the query being timed.
Result<QList<QueryResult>> runSearches(Archive& archive, SearchFloor& floor, const QList<Query>& queries,
                                       const SearchRunConfig& cfg,
                                       const std::function<void(int, int)>& progress);

// The prefix SearchService scans for `text` (a room reference is normalised first).
QString indexPrefix(const QString& text);

} // namespace ar::bench
