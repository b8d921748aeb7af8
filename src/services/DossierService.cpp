#include "DossierService.h"

#include "Context.h"
#include "DossierSupport.h"
#include "storage/DestructionRepository.h"

#include "AuditService.h"
#include "KeysByRole.h"
#include "UseCase.h"
#include "core/ScanCode.h"
#include "core/Search.h"
#include "core/TextNormalize.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>

namespace ar {

Result<QList<Dossier>> numberDossiers(Context& ctx, const QString& categoryCode, int year, int count)
{
    auto cat = ctx.dossiers.category(categoryCode);
    if (!cat)
        return Error::invalid(QStringLiteral("category"), categoryCode,
                              QCoreApplication::translate("DossierService", "There is no dossier category %1")
                                  .arg(categoryCode));
    auto fonds = ctx.meta.get(QStringLiteral("fonds_code"), QStringLiteral("Z109"));
    auto pattern = ctx.meta.get(QStringLiteral("archive_no_pattern"),
                                QStringLiteral("{fonds}-{category}·{year}-{retention}-{seq:4}"));
    if (!fonds || !pattern)
        return (!fonds ? fonds : pattern).error();
    auto first = ctx.dossiers.nextSeq(cat->code, year, count);
    if (!first)
        return first.error();
    const QString rule = cat->numberingPattern.isEmpty() ? pattern.value() : cat->numberingPattern;
    QList<Dossier> out;
    out.reserve(count);
    QStringList numbers;
    for (int seq = first.value(); seq < first.value() + count; ++seq) {
        Dossier d;
        d.category = cat->code;
        d.archiveNo = formatArchiveNo(rule, fonds.value(), cat.value(), year, seq);
        d.year = year;
        d.seq = seq;
        d.status = QStringLiteral("open");
        d.retention = cat->retention; // R40: fixed now, as the number carries it
        out << d;
        numbers << d.archiveNo;
    }
    // R10: a rule that still gives a number in use (numbers made under an earlier rule) is
    // named with the number, never left to the database's constraint text.
    auto taken = ctx.dossiers.takenArchiveNos(numbers);
    if (!taken)
        return taken.error();
    if (!taken->isEmpty())
        return Error{ErrorCode::Conflict,
                     QCoreApplication::translate(
                         "DossierService", "Archive number %1 is already in use: the numbering rule %2 of %3 "
                                           "gives numbers another dossier already has. The administrator "
                                           "must change the rule.")
                         .arg(taken->first(), rule, cat->name),
                     QStringLiteral("numbering_pattern"), rule, 0};
    return out;
}

Result<Dossier> numberDossier(Context& ctx, const QString& categoryCode, int year)
{
    auto d = numberDossiers(ctx, categoryCode, year, 1);
    if (!d)
        return d.error();
    return d->first();
}

// --- categories and checklists ------------------------------------------------------------------

Result<QList<Category>> DossierService::categories()
{
    if (!m_ctx.user())
        return Error::denied(tr("Sign in first"));
    return m_ctx.dossiers.categories();
}

namespace {
// The shape of the numbers a rule gives a category (R10): the rule with the category's codes
// filled in, the year and the number left as places (any width of {seq:N} alike). Two
// categories of the same shape would hand out the same numbers.
QString numberShape(const QString& rule, const QString& fonds, const Category& c)
{
    QString out = rule;
    out.replace(QLatin1String("{fonds}"), fonds);
    out.replace(QLatin1String("{category}"), c.archiveCode);
    out.replace(QLatin1String("{retention}"), c.retention);
    out.replace(QLatin1String("{year}"), QString(QChar(0x1)));
    static const QRegularExpression seqToken(QStringLiteral("\\{seq(?::\\d+)?\\}"));
    out.replace(seqToken, QString(QChar(0x2)));
    return out;
}
} // namespace

// R10: a category's rule must keep its numbers unique across years and categories.
Status DossierService::checkNumbering(const Category& n)
{
    auto fonds = m_ctx.meta.get(QStringLiteral("fonds_code"), QStringLiteral("Z109"));
    auto pattern = m_ctx.meta.get(QStringLiteral("archive_no_pattern"),
                                  QStringLiteral("{fonds}-{category}·{year}-{retention}-{seq:4}"));
    auto all = m_ctx.dossiers.categories();
    if (!fonds || !pattern || !all)
        return !fonds ? fonds.error() : !pattern ? pattern.error() : all.error();
    auto ruleOf = [&](const Category& c) {
        return c.numberingPattern.isEmpty() ? pattern.value() : c.numberingPattern;
    };
    const QString rule = ruleOf(n);
    const int year = m_ctx.clock.today().year();
    // The sequence starts again at 1 every year (archive_sequences per category and year).
    if (!rule.contains(QLatin1String("{year}")))
        return Error::invalid(QStringLiteral("numbering_pattern"), rule,
                              tr("The numbering rule %1 of %2 has no {year}: numbers start again at 1 every "
                                 "year, so %3 would be given again next year. Put {year} into the rule.")
                                  .arg(rule, n.name, formatArchiveNo(rule, fonds.value(), n, year, 1)));
    const QString shape = numberShape(rule, fonds.value(), n);
    for (const Category& o : all.value()) {
        if (o.code == n.code)
            continue;
        if (numberShape(ruleOf(o), fonds.value(), o) == shape)
            return Error::invalid(
                QStringLiteral("numbering_pattern"), rule,
                tr("The numbering rule %1 of %2 gives the same archive numbers as the rule %3 of "
                   "%4 (both would number a dossier %5). Put {category} or a code of its own "
                   "into the rule.")
                    .arg(rule, n.name, ruleOf(o), o.name, formatArchiveNo(rule, fonds.value(), n, year, 1)));
    }
    return {};
}

Status DossierService::updateCategory(const Category& c)
{
    return usecase::write(m_ctx, Permission::ConfigureArchive, [&](usecase::Step& step) -> Status {
        auto old = m_ctx.dossiers.category(c.code);
        if (!old)
            return Error::of(ErrorCode::NotFound, tr("There is no dossier category %1").arg(c.code));
        Category n = c;
        n.name = text::normalize(c.name);
        n.department = text::normalize(c.department);
        if (n.name.isEmpty())
            return Error::invalid(QStringLiteral("name"), c.name, tr("A category needs a name"));
        if (n.department.isEmpty())
            return Error::invalid(QStringLiteral("department"), c.department,
                                  tr("A category needs the department that owns it"));
        if (!isValidRetention(n.retention))
            return Error::invalid(QStringLiteral("retention"), c.retention,
                                  tr("Retention is Y (permanent) or D followed by years, e.g. D30"));
        if (n.code == QLatin1String("owner") && n.retention != QLatin1String("Y"))
            return Error::invalid(QStringLiteral("retention"), c.retention,
                                  tr("Owner dossiers are kept permanently"));
        if (n.loanDays < 0 || n.loanDays > 365)
            return Error::invalid(QStringLiteral("loan_days"), QString::number(c.loanDays),
                                  tr("The loan period is 0 (the same day) to 365 days"));
        if (!n.numberingPattern.isEmpty() && !n.numberingPattern.contains(QLatin1String("{seq")))
            return Error::invalid(QStringLiteral("numbering_pattern"), c.numberingPattern,
                                  tr("A numbering rule must contain {seq} so numbers stay unique"));
        if (auto s = checkNumbering(n); !s)
            return s;
        if (auto s = m_ctx.dossiers.updateCategory(n); !s)
            return s;
        QJsonObject detail{{QStringLiteral("category"), n.code}};
        if (old->retention != n.retention)
            detail.insert(QStringLiteral("retention"), old->retention + QStringLiteral(" → ") + n.retention);
        if (old->department != n.department)
            detail.insert(QStringLiteral("department"),
                          old->department + QStringLiteral(" → ") + n.department);
        step.audit(AuditAction::Configure, QStringLiteral("category"), 0, {}, auditDetail(detail));
        return {};
    });
}

Result<QList<ItemKind>> DossierService::kinds(const QString& category, bool includeInactive)
{
    if (!m_ctx.user())
        return Error::denied(tr("Sign in first"));
    auto cat = m_ctx.dossiers.category(category);
    if (!cat)
        return Error::invalid(QStringLiteral("category"), category,
                              tr("There is no dossier category %1").arg(category));
    return m_ctx.filing.kinds(cat->code, includeInactive);
}

Result<qint64> DossierService::saveKind(const ItemKind& k)
{
    return usecase::write(m_ctx, Permission::ConfigureArchive, [&](usecase::Step& step) -> Result<qint64> {
        ItemKind n = k;
        n.name = text::normalize(k.name);
        if (n.name.isEmpty())
            return Error::invalid(QStringLiteral("name"), k.name, tr("An item kind needs a name"));
        for (QString& f : n.fields)
            f = text::normalize(f);
        n.fields.removeAll(QString());
        for (const QString& f : n.fields)
            if (f.contains(QLatin1Char('|')))
                return Error::invalid(QStringLiteral("fields"), f, tr("A field name may not contain '|'"));
        qint64 id = n.id;
        if (id == 0) {
            auto cat = m_ctx.dossiers.category(n.category);
            if (!cat)
                return Error::invalid(QStringLiteral("category"), k.category,
                                      tr("There is no dossier category %1").arg(k.category));
            n.category = cat->code;
            auto existing = m_ctx.filing.kinds(n.category, true);
            if (!existing)
                return existing.error();
            int last = 0;
            for (const ItemKind& e : existing.value()) {
                last = std::max(last, e.sortOrder);
                if (e.name == n.name)
                    return Error::of(ErrorCode::Conflict,
                                     tr("The category already has an item kind %1").arg(n.name));
            }
            if (n.sortOrder <= 0)
                n.sortOrder = last + 1;
            auto inserted = m_ctx.filing.insertKind(n);
            if (!inserted)
                return inserted.error();
            id = inserted.value();
        } else {
            auto old = m_ctx.filing.kind(n.id);
            if (!old)
                return Error::of(ErrorCode::NotFound, tr("There is no such item kind"));
            n.category = old->category;
            auto renamed = m_ctx.filing.updateKind(n);
            if (!renamed)
                return renamed.error();
            // The items filed under the old name keep it as a title of their own, found as one.
            SearchIndex::Pending terms;
            const QStringList keys = searchkeys::forTitle(old->name);
            for (const qint64 dossierId : renamed.value())
                terms.add(SearchIndex::Term::ItemTitle, dossierId, keys);
            if (auto s = terms.flush(m_ctx.search); !s)
                return s.error();
        }
        step.audit(AuditAction::Configure, QStringLiteral("item_kind"), id, {},
                   auditDetail({{QStringLiteral("category"), n.category},
                                {QStringLiteral("name"), n.name},
                                {QStringLiteral("required"), n.required},
                                {QStringLiteral("active"), n.active}}));
        return id;
    });
}

// --- dossiers ------------------------------------------------------------------------------------

Result<Dossier> DossierService::open(const DossierInput& in)
{
    auto cat = m_ctx.dossiers.category(in.category.trimmed());
    if (!cat)
        return Error::invalid(QStringLiteral("category"), in.category,
                              tr("There is no dossier category %1").arg(in.category));
    if (!m_ctx.can(Permission::FileDossiers) && !DossierSupport::ownsCategory(m_ctx, cat.value()))
        return m_ctx.refuse(
            Error::denied(tr("Only the archive clerk or the department that owns %1 dossiers may open one")
                              .arg(cat->name)),
            "R2", QStringLiteral("dossier_open"), QStringLiteral("category"), 0);
    if (DossierSupport::isHousehold(cat->code))
        return Error::invalid(QStringLiteral("category"), in.category,
                              tr("Owner and tenant dossiers are opened by registering the owner or tenant"));
    const QString title = text::normalize(in.title);
    if (title.isEmpty())
        return Error::invalid(QStringLiteral("title"), in.title, tr("A dossier needs a title"));
    const int year = in.year != 0 ? in.year : m_ctx.clock.today().year(); // 0: not given
    if (year < 1949 || year > m_ctx.clock.today().year() + 1)
        return Error::invalid(
            QStringLiteral("year"), QString::number(in.year),
            tr("The year %1 is out of range (1949 to %2)").arg(in.year).arg(m_ctx.clock.today().year() + 1));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<Dossier> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        QString room;
        if (in.roomId) {
            auto place = m_ctx.estates.place(in.roomId);
            if (!place)
                return Error::invalid(QStringLiteral("room"), QString::number(in.roomId),
                                      tr("There is no such room"));
            room = place->ref();
        }
        auto numbered = numberDossier(m_ctx, cat->code, year);
        if (!numbered)
            return numbered.error();
        Dossier* d = &numbered.value();
        d->title = title;
        d->roomId = in.roomId;
        auto id = m_ctx.dossiers.insert(*d, m_ctx.userId(), m_ctx.clock.now());
        if (!id)
            return id.error();
        d->id = id.value();
        // Found by its number through the archive keys insert() wrote (SearchIndex::lookup).
        // The title typed (owner and tenant dossiers are named by their room, person and category, which
        // the search finds as the room and the person).
        if (auto s = m_ctx.search.add(SearchIndex::Term::DossierTitle, d->id, searchkeys::forTitle(title));
            !s)
            return s.error();
        if (auto s = DossierSupport(m_ctx).note(d->id, QStringLiteral("opened"), {}, title); !s)
            return s.error();
        step.audited(DossierSupport(m_ctx).audit(
            AuditAction::OpenDossier, *d,
            {{QStringLiteral("category"), cat->code}, {QStringLiteral("room"), room}}));
        return *d;
    });
}

Result<Dossier> DossierService::byArchiveNo(const QString& archiveNo)
{
    if (!m_ctx.user())
        return Error::denied(tr("Sign in first"));
    return resolveOne(m_ctx, archiveNo);
}

Result<CodeMatch> DossierService::resolve(Context& ctx, const QString& typed)
{
    const QString shown = text::normalize(typed);
    const QString key = scancode::archiveKey(typed);
    if (shown.isEmpty() || key.isEmpty())
        return Error::invalid(QStringLiteral("archive_no"), typed, tr("Enter or scan an archive number"));
    CodeMatch out;
    if (auto d = ctx.dossiers.byArchiveNo(shown); d) {
        out.dossier = d.value();
        return out;
    } else if (d.error().code != ErrorCode::NotFound) {
        return d.error();
    }
    constexpr int kMaxCandidates = 50;
    auto m = ctx.dossiers.byArchiveKey(key, kMaxCandidates + 1);
    if (!m)
        return m.error();
    // A whole number's key outranks tails of longer numbers.
    const bool whole = !m->isEmpty() && m->first().whole;
    for (const DossierRepository::KeyMatch& k : m.value())
        if (k.whole == whole)
            out.candidates << k.dossier;
    if (out.candidates.size() > kMaxCandidates) {
        out.candidates.resize(kMaxCandidates);
        out.more = true;
    }
    if (out.candidates.size() == 1) {
        out.dossier = out.candidates.takeFirst();
        return out;
    }
    if (out.candidates.isEmpty())
        return Error{ErrorCode::NotFound, tr("There is no dossier %1").arg(shown),
                     QStringLiteral("archive_no"), typed, 0};
    return out;
}

Result<Dossier> DossierService::resolveOne(Context& ctx, const QString& typed, const QString& field)
{
    auto m = resolve(ctx, typed);
    if (!m) {
        Error e = m.error();
        if (e.field == QLatin1String("archive_no"))
            e.field = field;
        return e;
    }
    if (m->dossier)
        return *m->dossier;
    QStringList nos;
    for (const Dossier& d : m->candidates)
        nos << d.archiveNo;
    constexpr int kListed = 10;
    QString list = QStringList(nos.mid(0, kListed)).join(QStringLiteral(", "));
    if (nos.size() > kListed || m->more)
        list += QStringLiteral(" …");
    const QString what =
        m->more ? tr("%1 fits more than %n dossiers: %2; give more of the archive number", nullptr,
                     int(nos.size()))
                : tr("%1 fits %n dossiers: %2; give more of the archive number", nullptr, int(nos.size()));
    return Error::invalid(field, typed, what.arg(text::normalize(typed), list));
}

Result<CodeMatch> DossierService::resolveCode(const QString& typed)
{
    if (!m_ctx.user())
        return Error::denied(tr("Sign in first"));
    return resolve(m_ctx, typed);
}

Result<QList<Dossier>> DossierService::ofPerson(qint64 personId)
{
    if (!m_ctx.can(Permission::UnmaskSensitive))
        if (auto s = m_ctx.require(Permission::ViewRegister); !s)
            return s.error();
    return m_ctx.dossiers.ofPerson(personId);
}

Result<QList<Dossier>> DossierService::ofRoom(qint64 roomId)
{
    const bool seesRegister = m_ctx.can(Permission::ViewRegister);
    if (!seesRegister)
        if (auto s = m_ctx.require(Permission::RequestLoan); !s)
            return s.error();
    auto list = m_ctx.dossiers.ofRoom(roomId);
    if (!list || seesRegister)
        return list;
    auto place = m_ctx.estates.place(roomId);
    if (!place)
        return place.error();
    for (Dossier& d : list.value()) {
        if (!DossierSupport::isHousehold(d.category))
            continue;
        auto cat = m_ctx.dossiers.category(d.category);
        d.title = tr("%1 %2 dossier").arg(place->ref(), cat ? cat->name : d.category);
        d.personId = 0;
    }
    return list;
}

Result<DossierView> DossierService::view(qint64 dossierId)
{
    auto d = DossierSupport(m_ctx).checkedDossier(dossierId);
    if (!d)
        return d.error();
    auto cat = m_ctx.dossiers.category(d->category);
    if (!cat)
        return cat.error();
    // R20: household dossiers are confidential; other categories also for their department.
    if (!m_ctx.can(Permission::ViewRegister) &&
        !(DossierSupport::ownsCategory(m_ctx, cat.value()) && !DossierSupport::isHousehold(cat->code)))
        return m_ctx.refuse(Error::denied(tr("You may not see this dossier")), "R20",
                            QStringLiteral("dossier_view"), QStringLiteral("dossier"), d->id, d->archiveNo);
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<DossierView> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        DossierView v;
        v.dossier = d.value();
        v.category = cat.value();
        if (d->roomId) {
            auto place = m_ctx.estates.place(d->roomId);
            if (!place)
                return place.error();
            v.room = place->ref();
        }
        if (d->personId) {
            auto n = m_ctx.persons.name(d->personId);
            if (!n)
                return n.error();
            v.person = n.value();
        }
        auto items = m_ctx.filing.items(dossierId);
        auto kinds = m_ctx.filing.kinds(d->category);
        auto missing = m_ctx.filing.missingKinds(dossierId);
        auto handovers = m_ctx.filing.handovers(dossierId);
        auto history = m_ctx.history.list(QStringLiteral("dossier"), dossierId);
        auto where = m_ctx.locations.path(d->locationId);
        auto cases = m_ctx.filing.conditions(dossierId);
        if (!cases)
            return cases.error();
        for (const Status& s :
             {Status(items ? Status() : items.error()), Status(kinds ? Status() : kinds.error()),
              Status(missing ? Status() : missing.error()), Status(handovers ? Status() : handovers.error()),
              Status(history ? Status() : history.error()), Status(where ? Status() : where.error())})
            if (!s)
                return s.error();
        v.items = items.value();
        v.checklist = kinds.value();
        // R4: a kind required in a case that applies to this dossier is required here.
        for (ItemKind& k : v.checklist)
            if (!k.requiredWhen.isEmpty() && cases->contains(k.requiredWhen))
                k.required = true;
        std::stable_sort(v.checklist.begin(), v.checklist.end(),
                         [](const ItemKind& a, const ItemKind& b) { return a.required && !b.required; });
        for (const ItemKind& k : missing.value())
            v.missing << k.name;
        v.handovers = handovers.value();
        for (const auto& h : history.value())
            v.history << HistoryEntry{h.at, h.user, h.row.field, h.row.oldValue, h.row.newValue};
        v.location = where.value();
        v.destroyEligible = destroyEligibleOn(d.value(), d->retention);
        DestructionRepository destruction(m_ctx.db);
        auto held = destruction.openHold(dossierId);
        if (!held)
            return held.error();
        v.hold = held.value();
        if (d->status == QLatin1String("destroyed")) {
            // R43: a tombstone; its items were erased, nothing is missing.
            v.missing.clear();
            auto tomb = destruction.tombstone(dossierId);
            if (!tomb)
                return tomb.error();
            v.destroyedOn = tomb->first;
            v.destructionBatch = tomb->second;
        }
        step.audited(DossierSupport(m_ctx).audit(AuditAction::ViewDossier, d.value()));
        return v;
    });
}

// --- owner change ------------------------------------------------------------------------------------

Result<OwnerChangeResult> DossierService::changeOwner(qint64 roomId, const PersonData& newOwner,
                                                      const QDate& on)
{
    if (auto s = m_ctx.require(Permission::RegisterPersons); !s)
        return s.error();
    if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
        return s.error();
    const QDate day = on.isValid() ? on : m_ctx.clock.today();
    if (day > m_ctx.clock.today())
        return Error::invalid(QStringLiteral("date"), day.toString(Qt::ISODate),
                              tr("An owner change is recorded on or after the day it happened"));
    return usecase::write(m_ctx, [&](usecase::Step& step) -> Result<OwnerChangeResult> {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        auto place = m_ctx.estates.place(roomId);
        if (!place)
            return Error::invalid(QStringLiteral("room"), QString::number(roomId),
                                  tr("There is no such room"));
        auto ties = m_ctx.persons.occupanciesOfRoom(roomId, false);
        if (!ties)
            return ties.error();
        QList<Occupancy> owners;
        for (const Occupancy& o : ties.value())
            if (o.role == OccupancyRole::Owner || o.role == OccupancyRole::CoOwner)
                owners << o;
        if (owners.isEmpty())
            return Error::invalid(
                QStringLiteral("room"), place->ref(),
                tr("%1 has no current owner; register the owner instead").arg(place->ref()));
        for (const Occupancy& o : owners)
            if (auto s = m_people.endOccupancy(o.id, day); !s)
                return s.error();
        OwnerChangeResult out;
        out.destroyEligible = day.addYears(kFormerOwnerKeepYears);
        auto dossiers = m_ctx.dossiers.ofRoom(roomId);
        if (!dossiers)
            return dossiers.error();
        for (const Dossier& d : dossiers.value()) {
            if (d.category != QLatin1String("owner") || d.status == QLatin1String("former_owner") ||
                d.status == QLatin1String("destroyed"))
                continue;
            if (d.status == QLatin1String("lost")) {
                // R34: lost stays lost; closed as of the change, it becomes former_owner when found.
                if (auto s = m_ctx.dossiers.closeKeepingStatus(d.id, day, out.destroyEligible); !s)
                    return s.error();
                if (auto s = DossierSupport(m_ctx).note(d.id, QStringLiteral("closed_on"), {},
                                                        day.toString(Qt::ISODate));
                    !s)
                    return s.error();
                continue;
            }
            // R42: kept apart, destroyable three years after the change.
            if (auto s = m_ctx.dossiers.closeAsFormerOwner(d.id, day, out.destroyEligible); !s)
                return s.error();
            if (auto s =
                    DossierSupport(m_ctx).note(d.id, QStringLiteral("status"), dossierStatusLabel(d.status),
                                               dossierStatusLabel(QStringLiteral("former_owner")));
                !s)
                return s.error();
            out.formerArchiveNos << d.archiveNo;
        }
        Registration r;
        r.roomId = roomId;
        r.role = OccupancyRole::Owner;
        r.since = day;
        r.person = newOwner;
        auto reg = m_people.registerPerson(r);
        if (!reg)
            return reg.error();
        out.registration = reg.value();
        Dossier marker;
        if (auto d = m_ctx.dossiers.byArchiveNo(reg->archiveNo); d)
            marker = d.value();
        step.audited(DossierSupport(m_ctx).audit(
            AuditAction::OwnerChange, marker,
            {{QStringLiteral("room"), place->ref()},
             {QStringLiteral("former"), out.formerArchiveNos.join(QLatin1Char(','))},
             {QStringLiteral("on"), day.toString(Qt::ISODate)}}));
        return out;
    });
}

} // namespace ar
