#pragma once

#include "Forward.h"
#include "UpgradeProgress.h"
#include "core/Search.h"

namespace ar {

// One search box for everything: part of a name (traditional or simplified), its pinyin (zs,
// zhangsan), a room number or reference (3-2-1201, 3栋2单元1201), a phone's last digits, a full phone
// or ID number (exact, blind index), a piece of a 档号, a word of a typed title, a scanned label.
class SearchService
{
public:
    explicit SearchService(Context& ctx) : m_ctx(ctx) {}

    Result<QList<SearchHit>> search(const QString& text, int limit = 50);

    // Rebuilds the whole index from the records, in one transaction: after an upgrade from a
    // schema without the index (Archive::open does it). Changes no record, so it needs no
    // permission.
    // `report`, when given, is told each part done (rooms, persons, dossiers, terms, writing):
    // UpgradeProgress::done of total, with the other fields as the caller set them in `step`.
    Result<int> rebuildIndex(const UpgradeReport& report = {}, UpgradeProgress step = {});

    // Writes the pinyin and title keys (search_terms) of every record once, when the file's keys
    // are of another version than this program's (SearchIndex::kTermsVersion): the persons, dossiers
    // and items of a file from before them, in one transaction. Adds the simplified forms of names
    // to search_keys too. When search_keys and archive_keys were written by another version
    // (SearchIndex::kKeysVersion, meta 'search_keys'; none before migration 0029) the whole index
    // is rebuilt instead (rebuildIndex): a record's keys are deleted by deriving them again, so
    // the index must hold what this program derives. Returns the number of records indexed (0
    // when nothing was to do).
    Result<int> indexTermsIfNeeded(const UpgradeReport& report = {}, const UpgradeProgress& step = {});
    // Whether indexTermsIfNeeded has anything to do (read-only).
    Result<bool> indexNeedsWriting();

private:
    // The terms of every record into an empty search_terms, inside the caller's transaction.
    Result<int> writeAllTerms(PendingSearchKeys& keys);
    // Builds the result lines for `refs` (in that order) with a few batched queries for the
    // whole page, not a few per hit: the search box runs on every key stroke.
    Result<QList<SearchHit>> hydrate(const QList<std::pair<HitKind, qint64>>& refs,
                                     const QString& matchedTail);
    Context& m_ctx;
};

} // namespace ar
