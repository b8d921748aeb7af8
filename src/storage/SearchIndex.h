#pragma once

#include "core/Sealed.h" // private to the services

#include "Database.h"
#include "core/Search.h"

#include <tuple>
#include <vector>

namespace ar {

class PendingSearchKeys;

// The search_keys table: fragments → (kind, id) of rooms and persons. A query is answered by one
// range scan over the primary-key index (key >= q AND key < q + U+10FFFF), so one- and
// two-character queries cost the same as longer ones. Dossiers are found by their archive numbers'
// keys (archive_keys, scancode::archiveKeys, written by DossierRepository), the scanner's look-up
// and the search box's from one set of rows (issue #23: keyed once; search_keys holds no dossier
// since migration 0028).
//
// Keys are deleted by deriving them (issue #23, migration 0029): the key tables have no index "by
// record" (kind, ref_id), so a record's keys are computed again from what the record stores, *before*
// it changes, and exactly those primary keys are deleted. The invariant this rests on: **the keys a
// record has in the index are the keys its stored state derives** — searchkeys::forRoom of the room's
// reference and number, personKeys() of persons.name and person_phones.tail4, forPinyin of the name,
// forTitle of the dossiers' and items' titles, scancode::archiveKeys of dossiers.archive_no. A change
// to any of these functions would leave the keys written by the old one behind, never deleted. So
// each such change changes kKeysVersion (search_keys and archive_keys) or kTermsVersion
// (search_terms): a file whose index was written by another version is indexed again from its
// records when it is opened (SearchService::indexTermsIfNeeded → rebuildIndex).
class SearchIndex
{
public:
    explicit SearchIndex(Database& db) : m_db(db) {}

    // Keys of their own kinds (the search_terms table, migration 0018): looked up on their own, so
    // that a Latin query finds the people whose pinyin it is without finding every archive number
    // that holds the same letters, and titles only for the roles that may see dossiers.
    enum class Term
    {
        Pinyin = 1,       // searchkeys::forPinyin of a person's name; ref = person
        DossierTitle = 2, // searchkeys::forTitle of a title typed for a dossier opened by hand; ref = dossier
        ItemTitle =
            3 // searchkeys::forTitle of a title typed for an item (not its kind's name); ref = dossier
    };
    // The version of the keys search_terms holds (meta 'search_terms'): a file whose records were
    // indexed by another version (or none) is indexed again when it is opened.
    static const QString kTermsVersion;
    // The version of the keys search_keys and archive_keys hold (meta 'search_keys'): the same for
    // searchkeys::forName, forRoom, forPhone (person_phones.tail4) and scancode::archiveKeys.
    static const QString kKeysVersion;

    // A person's keys as their stored state derives them: searchkeys::forName(persons.name) and each
    // phone's person_phones.tail4 (which is searchkeys::forPhone of the phone: PersonRepository), the
    // same keys as searchkeys::forPerson(name, phones) without opening a sealed phone.
    static QStringList personKeys(const QString& name, const QStringList& tails);
    Result<QStringList> personKeys(qint64 personId);
    // Every person's keys (personKeys), for rebuilding: (id, keys) in id order.
    Result<QList<std::pair<qint64, QStringList>>> allPersonKeys();
    // The terms of `kind` a record's stored state derives: forPinyin of the person's name, forTitle
    // of the dossier's title, forTitle of each title its items store (ref = dossier). At least
    // what was written (termSources leaves out some of these); deleting more finds nothing.
    Result<QStringList> storedTerms(Term kind, qint64 ref);

    Status add(HitKind kind, qint64 ref, const QStringList& keys);
    using Pending = PendingSearchKeys;
    // Deletes exactly these keys of the record (its keys derived from its state before the change).
    Status remove(HitKind kind, qint64 ref, const QStringList& keys);
    // `before` derived from the record's state before the change, `keys` from its state after.
    Status replace(HitKind kind, qint64 ref, const QStringList& before, const QStringList& keys);
    // Distinct (kind, id) whose key starts with `prefix`, in key order, at most `limit`. With an
    // `archivePrefix` (a query as scancode::archiveKey normalizes it: half-width, upper case, no
    // separators) also the dossiers one of whose archive keys starts with it. The two lists, each
    // in its own key order (search_keys: key, kind, id; archive_keys: key, dossier id), are merged
    // as one: the next hit is the one whose key, in archive-key form, is smaller; on equal keys
    // the room or person first. A dossier matched by several of its keys is one hit.
    Result<QList<std::pair<HitKind, qint64>>> lookup(const QString& prefix, int limit,
                                                     const QString& archivePrefix = {});

    Status add(Term kind, qint64 ref, const QStringList& keys);
    Status remove(Term kind, qint64 ref, const QStringList& keys);
    Status replace(Term kind, qint64 ref, const QStringList& before, const QStringList& keys);
    // Distinct ids whose key of `kind` starts with `prefix`, in key order, at most `limit`.
    Result<QList<qint64>> lookup(Term kind, const QString& prefix, int limit);
    // What the terms are made of, for indexing the records of an older file: (person id, name)
    // of every person with a name, (dossier id, title) of every dossier not destroyed, and
    // (dossier id, item title) of their items.
    Result<QList<std::pair<qint64, QString>>> termSources(Term kind);
    Status clearTerms();

    // For rebuilding: every id of rooms or persons, and emptying the index (the dossiers' keys are
    // DossierRepository::rewriteArchiveKeys').
    Result<QList<qint64>> allIds(HitKind kind);
    Status clear();

private:
    friend class PendingSearchKeys; // writes its keys with the index's connection
    Database& m_db;
};

// Keys of many records written together (an import, the demo): gathered, then written in
// key order, many rows per statement. The key index is the one B-tree that new records fill
// at random places; in key order each of its pages is touched once per flush instead of once
// per key, and one statement per 64 keys instead of one per key.
class PendingSearchKeys
{
public:
    using Term = SearchIndex::Term;
    void add(HitKind kind, qint64 ref, const QStringList& keys);
    void add(Term kind, qint64 ref, const QStringList& keys);
    bool isEmpty() const { return m_keys.empty() && m_terms.empty(); }
    std::size_t size() const { return m_keys.size() + m_terms.size(); }
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
    std::vector<std::tuple<int, QString, qint64>> m_terms;
};

} // namespace ar
