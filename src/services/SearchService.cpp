#include "SearchService.h"

#include "Context.h"

#include "AuditService.h"
#include "EstateSupport.h"

#include "core/Masking.h"
#include "core/Pinyin.h"
#include "core/ScanCode.h"
#include "core/TextNormalize.h"
#include "core/Validators.h"

#include <QHash>
#include <QJsonObject>

#include <algorithm>

namespace ar {

namespace {

QList<qint64> idsOf(const QList<std::pair<HitKind, qint64>>& refs, HitKind kind)
{
    QList<qint64> out;
    for (const auto& [k, id] : refs)
        if (k == kind)
            out << id;
    return out;
}

// A person's tie to show: prefer a current one, then the latest (occupancies come in since, id
// order per person).
QHash<qint64, Occupancy> bestTies(const QList<Occupancy>& occupancies)
{
    QHash<qint64, Occupancy> best;
    for (const Occupancy& o : occupancies) {
        auto it = best.find(o.personId);
        if (it == best.end())
            best.insert(o.personId, o);
        else if ((o.current() && !it->current()) || (o.current() == it->current() && o.since >= it->since))
            *it = o;
    }
    return best;
}

} // namespace

Result<QList<SearchHit>> SearchService::hydrate(const QList<std::pair<HitKind, qint64>>& refs,
                                                const QString& matchedTail)
{
    const QList<qint64> roomIds = idsOf(refs, HitKind::Room);
    const QList<qint64> personIds = idsOf(refs, HitKind::Person);
    const QList<qint64> dossierIds = idsOf(refs, HitKind::Dossier);
    const bool people = m_ctx.can(Permission::ViewRegister);

    // Persons: their ties, to pick the room shown with each.
    QHash<qint64, Occupancy> ties;
    if (!personIds.isEmpty()) {
        auto occ = m_ctx.persons.occupanciesOfPersons(personIds);
        if (!occ)
            return occ.error();
        ties = bestTies(occ.value());
    }
    // Rooms: their current owners and co-owners, in the order occupanciesOfRoom gives.
    QHash<qint64, QList<qint64>> ownersOf;
    QList<qint64> nameIds = personIds;
    if (!roomIds.isEmpty() && people) {
        auto occ = m_ctx.persons.occupanciesOfRooms(roomIds, false);
        if (!occ)
            return occ.error();
        for (const Occupancy& o : occ.value()) {
            if (o.role != OccupancyRole::Owner && o.role != OccupancyRole::CoOwner)
                continue;
            ownersOf[o.roomId] << o.personId;
            nameIds << o.personId;
        }
    }
    QHash<qint64, QString> names;
    if (!nameIds.isEmpty()) {
        auto n = m_ctx.persons.names(nameIds);
        if (!n)
            return n.error();
        names = n.value();
    }
    QHash<qint64, Dossier> dossiers;
    QHash<QString, Category> categories;
    if (!dossierIds.isEmpty()) {
        auto d = m_ctx.dossiers.byIds(dossierIds);
        if (!d)
            return d.error();
        for (const Dossier& x : d.value())
            dossiers.insert(x.id, x);
        auto c = m_ctx.dossiers.categories();
        if (!c)
            return c.error();
        for (const Category& x : c.value())
            categories.insert(x.code, x);
    }
    // Every room any line shows, in one query.
    QList<qint64> placeIds = roomIds;
    for (const Occupancy& o : std::as_const(ties))
        placeIds << o.roomId;
    for (const Dossier& d : std::as_const(dossiers))
        if (d.roomId)
            placeIds << d.roomId;
    QHash<qint64, RoomPlace> places;
    if (!placeIds.isEmpty()) {
        auto p = m_ctx.estates.places(placeIds);
        if (!p)
            return p.error();
        places = p.value();
    }
    auto placeOf = [&](qint64 roomId) -> Result<const RoomPlace*> {
        auto it = places.constFind(roomId);
        if (it == places.constEnd())
            return Error::of(ErrorCode::NotFound, QStringLiteral("room %1").arg(roomId));
        return &*it;
    };

    QList<SearchHit> out;
    for (const auto& [kind, id] : refs) {
        SearchHit h;
        h.kind = kind;
        h.id = id;
        if (kind == HitKind::Room) {
            auto place = placeOf(id);
            if (!place)
                return place.error();
            h.roomId = id;
            h.room = place.value()->ref();
            h.category = place.value()->estate.name;
            if (people) {
                QStringList owners;
                for (qint64 p : ownersOf.value(id))
                    owners << names.value(p);
                h.name = owners.join(QStringLiteral("、"));
            }
        } else if (kind == HitKind::Person) {
            h.name = names.value(id);
            if (auto tie = ties.constFind(id); tie != ties.constEnd()) {
                auto place = placeOf(tie->roomId);
                if (!place)
                    return place.error();
                h.roomId = tie->roomId;
                h.room = place.value()->ref();
                h.role = roleLabel(tie->role);
            }
            if (!matchedTail.isEmpty())
                h.detail = QStringLiteral("*******") + matchedTail;
        } else {
            auto d = dossiers.constFind(id);
            if (d == dossiers.constEnd())
                return Error::of(ErrorCode::NotFound, QString::number(id));
            auto cat = categories.constFind(d->category);
            if (cat == categories.constEnd())
                return Error::of(ErrorCode::NotFound, d->category);
            h.archiveNo = d->archiveNo;
            h.category = cat->name;
            h.roomId = d->roomId;
            h.name = d->title;
            if (h.roomId) {
                auto place = placeOf(h.roomId);
                if (!place)
                    return place.error();
                h.room = place.value()->ref();
            }
        }
        out << h;
    }
    return out;
}

Result<QList<SearchHit>> SearchService::search(const QString& text, int limit)
{
    if (!m_ctx.user())
        return Error::of(ErrorCode::PermissionDenied, QStringLiteral("not signed in"));
    const QString key = text::searchKey(text);
    if (key.isEmpty() || limit <= 0)
        return QList<SearchHit>();
    const bool people = m_ctx.can(Permission::ViewRegister);
    QString exactField; // what a full-number look-up looked in ("id_number", "phone"), if any
    int exactHits = 0;
    QList<SearchHit> result;
    { // One read transaction: one snapshot for the handful of statements below, no write lock.
        Transaction tx(m_ctx.db, Transaction::Mode::Read);
        if (auto s = tx.begin(); !s)
            return s.error();

        QList<std::pair<HitKind, qint64>> refs;
        // Exact look-ups of full numbers go through the blind index. They confirm a full number, so
        // they are for the roles that may see full numbers (R20), and each one is audited (R27):
        // for the others a search cannot be an oracle for the digits their masks hide.
        const bool exact = people && m_ctx.can(Permission::UnmaskSensitive);
        bool allDigits = true;
        for (QChar c : key)
            allDigits = allDigits && c.isDigit();
        if (exact && (key.size() == 18 || key.size() == 15)) {
            const IdNumberCheck id = checkMainlandId(key, m_ctx.clock.today());
            if (id.valid) {
                auto ids = m_ctx.persons.findByIdNumber(id.normalized);
                if (!ids)
                    return ids.error();
                exactField = QStringLiteral("id_number");
                exactHits += int(ids->size());
                for (qint64 p : ids.value())
                    refs.append({HitKind::Person, p});
            }
        }
        // A full phone as people write it: 138-1234-5678, (010) 6666-8888, +86 …
        QString dialled = key;
        dialled.removeIf([](QChar c) {
            return c == QLatin1Char('-') || c == QLatin1Char('(') || c == QLatin1Char(')') ||
                   c == QLatin1Char('+');
        });
        const bool phoneLike = dialled.size() >= 7 && std::all_of(dialled.cbegin(), dialled.cend(),
                                                                  [](QChar c) { return c.isDigit(); });
        if (exact && phoneLike) {
            const FieldCheck ph = checkPhone(key);
            if (ph.valid) {
                auto ids = m_ctx.persons.findByPhone(ph.normalized);
                if (!ids)
                    return ids.error();
                if (exactField.isEmpty())
                    exactField = QStringLiteral("phone");
                exactHits += int(ids->size());
                for (qint64 p : ids.value())
                    refs.append({HitKind::Person, p});
            }
        }
        // Names are keyed with traditional characters in their simplified form: so is the query.
        const QString folded = pinyin::simplified(key);
        QString prefix = folded;
        if (auto ref = parseRoomRef(text))
            prefix = text::searchKey(ref->toString());
        // Dossiers by their archive numbers (archive_keys, the keys the scanner's look-up reads,
        // issue #23): the query as scancode normalizes a typed or scanned 档号 — half-width, upper
        // case, separators left out — so YZ·2026, yz2026, 2026-y-00 and 0001 find a number and its
        // tails with or without the "·" and "-", merged with the rooms and persons by key. Any
        // letter or digit may be part of one (a numbering rule may hold any text); a query of
        // separators only, or a role that sees no dossiers, has no such look-up.
        const QString archiveKey = people ? scancode::archiveKey(text) : QString();
        auto found = m_ctx.search.lookup(prefix, limit * 2, archiveKey);
        if (!found)
            return found.error();
        // Letters only may be pinyin (zs, zhangsan, lv or lu): the people whose names read so, from
        // keys of their own kind (never a dossier through them). They share the page with what the
        // letters match as they are (a room, an archive number): up to half of it when both fill it.
        QList<std::pair<HitKind, qint64>> spoken;
        QString letters = key;
        letters.replace(QChar(0x00FC), QLatin1Char('v')); // ü
        if (people && pinyin::isLetters(letters)) {
            auto ids = m_ctx.search.lookup(SearchIndex::Term::Pinyin, letters, limit);
            if (!ids)
                return ids.error();
            for (qint64 id : ids.value())
                spoken.append({HitKind::Person, id});
        }
        const qsizetype direct = limit - std::min<qsizetype>(spoken.size(), limit / 2);
        for (qsizetype i = 0; i < found->size(); ++i) {
            if (i == direct)
                for (const auto& f : std::as_const(spoken))
                    if (!refs.contains(f))
                        refs.append(f);
            if (!refs.contains(found->at(i)))
                refs.append(found->at(i));
        }
        for (const auto& f : std::as_const(spoken))
            if (!refs.contains(f))
                refs.append(f);
        // Words of dossiers' titles and of their items' titles (厨房水管维修 by 水管), for the roles that
        // see dossiers. A destroyed dossier's titles went with its items: it is found by its number.
        if (people && refs.size() < limit) {
            const QString words = folded.left(searchkeys::kTitleKeyLength);
            for (const auto kind : {SearchIndex::Term::DossierTitle, SearchIndex::Term::ItemTitle}) {
                auto ids = m_ctx.search.lookup(kind, words, limit);
                if (!ids)
                    return ids.error();
                for (qint64 id : ids.value())
                    if (const std::pair<HitKind, qint64> f{HitKind::Dossier, id}; !refs.contains(f))
                        refs.append(f);
            }
        }

        // The first `limit` lines this user may see (dossiers of people are confidential; other
        // categories come with issue #4).
        QList<std::pair<HitKind, qint64>> shown;
        for (const auto& r : std::as_const(refs)) {
            if (shown.size() >= limit)
                break;
            if (r.first != HitKind::Room && !people)
                continue;
            shown << r;
        }
        auto hits = hydrate(shown, allDigits && key.size() == 4 ? key : QString());
        if (!hits)
            return hits.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        result = hits.value();
    }
    if (!exactField.isEmpty()) {
        // After the read snapshot has ended: the record takes the write lock on its own. The field and the
        // number of matches, never the number searched for.
        if (auto s =
                AuditService(m_ctx).record(AuditAction::SearchNumber, {}, 0, {},
                                           auditDetail(QJsonObject{{QStringLiteral("field"), exactField},
                                                                   {QStringLiteral("hits"), exactHits}}));
            !s)
            return s.error();
    }
    return result;
}

Result<int> SearchService::rebuildIndex(const UpgradeReport& report, UpgradeProgress step)
{
    // Five parts: rooms, persons, dossiers' archive keys, terms, the keys written.
    step.total = 5;
    const auto part = [&](int done) {
        if (!report)
            return;
        step.done = done;
        step.changed = true;
        report(step);
    };
    part(0);
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    if (auto s = m_ctx.search.clear(); !s)
        return s.error();
    // Into an empty index, in key order (SearchIndex::Pending).
    SearchIndex::Pending keys;
    int indexed = 0;
    auto rooms = m_ctx.search.allIds(HitKind::Room);
    if (!rooms)
        return rooms.error();
    for (qint64 id : rooms.value()) {
        auto place = m_ctx.estates.place(id);
        if (!place)
            return place.error();
        keys.add(HitKind::Room, id, EstateSupport::roomKeys(place.value()));
        ++indexed;
    }
    part(1);
    // From the names and the phones' stored last digits: what a change derives to delete
    // (SearchIndex.h), and nothing sealed is opened.
    auto persons = m_ctx.search.allPersonKeys();
    if (!persons)
        return persons.error();
    for (const auto& [id, personKeys] : persons.value()) {
        keys.add(HitKind::Person, id, personKeys);
        if (++indexed % 4096 == 0)
            m_ctx.db.tick();
    }
    part(2);
    // Dossiers are found by their archive keys (SearchIndex::lookup): written again too.
    auto dossiers = m_ctx.dossiers.rewriteArchiveKeys();
    if (!dossiers)
        return dossiers.error();
    indexed += dossiers.value();
    part(3);
    if (auto t = writeAllTerms(keys); !t)
        return t.error();
    part(4);
    if (auto s = keys.flush(m_ctx.search); !s)
        return s.error();
    if (auto s = m_ctx.meta.set(QStringLiteral("search_keys"), SearchIndex::kKeysVersion); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    part(5);
    return indexed;
}

Result<int> SearchService::writeAllTerms(SearchIndex::Pending& keys)
{
    if (auto s = m_ctx.search.clearTerms(); !s)
        return s.error();
    int indexed = 0;
    for (const auto kind :
         {SearchIndex::Term::Pinyin, SearchIndex::Term::DossierTitle, SearchIndex::Term::ItemTitle}) {
        auto sources = m_ctx.search.termSources(kind);
        if (!sources)
            return sources.error();
        for (const auto& [id, text] : sources.value()) {
            if (kind == SearchIndex::Term::Pinyin) {
                keys.add(kind, id, searchkeys::forPinyin(text));
                // Names keyed before traditional characters were folded: their simplified suffixes.
                keys.add(HitKind::Person, id, searchkeys::forName(text));
            } else {
                keys.add(kind, id, searchkeys::forTitle(text));
            }
            if (++indexed % 4096 == 0)
                m_ctx.db.tick();
        }
    }
    if (auto s = m_ctx.meta.set(QStringLiteral("search_terms"), SearchIndex::kTermsVersion); !s)
        return s.error();
    return indexed;
}

Result<bool> SearchService::indexNeedsWriting()
{
    auto terms = m_ctx.meta.get(QStringLiteral("search_terms"));
    if (!terms)
        return terms.error();
    auto keyed = m_ctx.meta.get(QStringLiteral("search_keys"));
    if (!keyed)
        return keyed.error();
    return terms.value() != SearchIndex::kTermsVersion || keyed.value() != SearchIndex::kKeysVersion;
}

Result<int> SearchService::indexTermsIfNeeded(const UpgradeReport& report, const UpgradeProgress& step)
{
    // Read-only here: a file whose index was written by this version (nearly always).
    auto needed = indexNeedsWriting();
    if (!needed)
        return needed.error();
    if (!needed.value())
        return 0;
    Transaction tx(m_ctx.db);
    if (auto s = tx.begin(); !s)
        return s.error();
    // Read again under the write lock: another desk may have done it meanwhile.
    auto keyed = m_ctx.meta.get(QStringLiteral("search_keys"));
    if (!keyed)
        return keyed.error();
    if (keyed.value() != SearchIndex::kKeysVersion) {
        // Keys written by another version (or a file from before the version, migration 0029) may
        // not be those the records derive now, and a change would leave them behind (SearchIndex.h):
        // the whole index is written again, the terms with it.
        auto n = rebuildIndex(report, step);
        if (!n)
            return n.error();
        if (auto s = tx.commit(); !s)
            return s.error();
        return n.value();
    }
    auto terms = m_ctx.meta.get(QStringLiteral("search_terms"));
    if (!terms)
        return terms.error();
    if (terms.value() == SearchIndex::kTermsVersion)
        return 0;
    SearchIndex::Pending keys;
    auto n = writeAllTerms(keys);
    if (!n)
        return n.error();
    if (auto s = keys.flush(m_ctx.search); !s)
        return s.error();
    if (auto s = tx.commit(); !s)
        return s.error();
    return n.value();
}

} // namespace ar
