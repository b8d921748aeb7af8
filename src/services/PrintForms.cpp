// Printing (P1–P3, P6): what each form shows, gathered through the same permission checks and
// masked as the screen is (R20). The registers P4 and P5 are in PrintRegisters.cpp.
#include "PrintService.h"
#include "ServiceDates.h"

#include "Context.h"
#include "print/Labels.h"

#include "AuditService.h"
#include "DossierService.h"
#include "EstateService.h"
#include "KeysByRole.h"
#include "UseCase.h"
#include "core/Masking.h"

namespace ar {

using svc::day;

namespace {

QString placeOf(const ShelfEntry& e)
{
    if (!e.roomId)
        return {};
    return e.buildingName + QLatin1Char(' ') + e.unitName;
}

QString refOf(const ShelfEntry& e)
{
    if (!e.roomId)
        return {};
    return e.buildingCode + QLatin1Char('-') + e.unitCode + QLatin1Char('-') + e.roomNumber;
}

} // namespace

// --- scope -----------------------------------------------------------------------------

Result<ShelfFilter> PrintService::scope(const PrintRequest& r, QStringList* described)
{
    ShelfFilter f;
    if (!r.location.trimmed().isEmpty()) {
        auto id = m_ctx.locations.byPath(r.location.trimmed());
        if (!id)
            return Error::invalid(QStringLiteral("location"), r.location,
                                  tr("There is no location %1").arg(r.location));
        f.locationId = id.value();
        *described << tr("Location: %1").arg(r.location.trimmed());
        return f;
    }
    EstateService es(m_ctx);
    auto e = es.estateFor(r.estate);
    if (!e)
        return e.error();
    f.estateId = e->id;
    *described << tr("Estate: %1").arg(e->name);
    if (!r.category.isEmpty()) {
        auto c = m_ctx.dossiers.category(r.category);
        if (!c)
            return Error::invalid(QStringLiteral("category"), r.category,
                                  tr("There is no category %1").arg(r.category));
        f.category = c->code;
        *described << tr("Category: %1").arg(c->name);
    }
    if (!r.room.trimmed().isEmpty() && r.lastRoom.trimmed().isEmpty()) {
        auto place = es.findRoom(r.room, e->code);
        if (!place)
            return place.error();
        f.roomId = place->room.id;
        *described << tr("Room: %1 %2 %3").arg(place->building.name, place->unit.name, place->room.number);
        return f;
    }
    if (!r.building.trimmed().isEmpty()) {
        auto buildings = m_ctx.estates.buildings(e->id);
        if (!buildings)
            return buildings.error();
        for (const Building& b : buildings.value())
            if (b.code.compare(r.building.trimmed(), Qt::CaseInsensitive) == 0 ||
                b.name == r.building.trimmed()) {
                f.buildingId = b.id;
                *described << tr("Building: %1").arg(b.name);
            }
        if (!f.buildingId)
            return Error::invalid(QStringLiteral("building"), r.building,
                                  tr("There is no building %1").arg(r.building));
        if (!r.unit.trimmed().isEmpty()) {
            auto units = m_ctx.estates.units(f.buildingId);
            if (!units)
                return units.error();
            for (const Unit& u : units.value())
                if (u.code.compare(r.unit.trimmed(), Qt::CaseInsensitive) == 0 ||
                    u.name == r.unit.trimmed()) {
                    f.unitId = u.id;
                    *described << tr("Unit: %1").arg(u.name);
                }
            if (!f.unitId)
                return Error::invalid(QStringLiteral("unit"), r.unit, tr("There is no unit %1").arg(r.unit));
        }
    } else if (!r.unit.trimmed().isEmpty()) {
        return Error::invalid(QStringLiteral("unit"), r.unit, tr("A unit is named with its building"));
    }
    return f;
}

Status PrintService::checkPeriod(const PrintRequest& r) const
{
    if (!r.from.isValid() || !r.to.isValid())
        return Error::invalid(QStringLiteral("from"), {},
                              tr("A register is printed for a period: give its first and last day"));
    if (r.to < r.from)
        return Error::invalid(QStringLiteral("to"), day(r.to),
                              tr("The period ends (%1) before it begins (%2)").arg(day(r.to), day(r.from)));
    return {};
}

// --- P1, P2 ----------------------------------------------------------------------------

print::PersonFormDoc PrintService::blankForm(bool owner) const
{
    print::PersonFormDoc f;
    f.title = owner ? tr("Owner record form") : tr("Tenant record form");
    f.buildingTag = tr("block", "the 座 after the building on the form header");
    f.roomTag = tr("no.", "the 号 after the room on the form header");
    f.filledOnLabel = tr("Filled in on:");
    f.archiveNoLabel = tr("Archive no.:");
    const QStringList labels{tr("Name"),
                             tr("Gender"),
                             owner ? tr("Owner status") : tr("Tenant status"),
                             tr("Document type"),
                             tr("ID number"),
                             tr("Phone"),
                             tr("Work unit"),
                             tr("Home address"),
                             tr("Emergency contact"),
                             owner ? tr("Move-in date") : tr("Lease from"),
                             tr("Building area")};
    for (int i = 0; i < labels.size(); ++i)
        f.fields << print::FormField{labels.at(i), {}, i >= 4 && i <= 8};
    // The tenant form: the end of the lease and the contract number (issue #20 item 9).
    if (!owner)
        f.fields << print::FormField{tr("Lease to"), {}, false}
                 << print::FormField{tr("Contract no."), {}, false};
    f.membersTitle = tr("Household members");
    f.memberHeaders = {tr("Name"),      tr("Relation"), tr("Gender"),
                       tr("ID number"), tr("Phone"),    tr("Work unit")};
    f.memberRows = 5;
    f.notesLabel = tr("Notes");
    f.signatures = {owner ? tr("Owner's signature:") : tr("Tenant's signature:"), tr("Clerk:"), tr("Date:")};
    return f;
}

Result<PrintJob> PrintService::personForms(const PrintRequest& r)
{
    const bool owner = r.form == PrintForm::OwnerForm;
    PrintJob job;
    job.request = r;
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    if (r.blank) {
        print::PersonFormDoc f = blankForm(owner);
        if (!r.room.trimmed().isEmpty()) {
            EstateService es(m_ctx);
            auto place = es.findRoom(r.room, r.estate);
            if (!place)
                return place.error();
            f.building = place->building.code;
            f.room = place->unit.name + place->room.number;
        }
        job.description = tr("%1, blank").arg(f.title);
        job.document = QList<print::PersonFormDoc>{f};
        job.entries = 1;
        return job;
    }
    if (auto s = m_ctx.require(Permission::ViewRegister); !s)
        return s.error();
    if (r.unmask) {
        if (auto s = m_ctx.require(Permission::UnmaskSensitive); !s)
            return s.error();
        if (auto s = keysbyrole::requireFullKey(m_ctx); !s)
            return s.error();
        if (r.reason.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("reason"), {},
                                  tr("Say why the full values are printed (a reason is required)"));
    }
    const QString category = owner ? QStringLiteral("owner") : QStringLiteral("tenant");

    // The dossiers: one by its 档号, or the household dossiers of a room, unit or building.
    QList<Dossier> dossiers;
    QStringList described;
    if (!r.archiveNo.trimmed().isEmpty()) {
        auto d = DossierService::resolveOne(m_ctx, r.archiveNo, QStringLiteral("dossier"));
        if (!d)
            return d.error();
        if (d->category != category)
            return Error::invalid(QStringLiteral("dossier"), d->archiveNo,
                                  owner ? tr("%1 is not an owner dossier").arg(d->archiveNo)
                                        : tr("%1 is not a tenant dossier").arg(d->archiveNo));
        dossiers << d.value();
    } else {
        PrintRequest scoped = r;
        scoped.category = category;
        auto f = scope(scoped, &described);
        if (!f)
            return f.error();
        if (f->locationId == 0 && !f->buildingId && !f->roomId)
            return Error::invalid(
                QStringLiteral("room"), {},
                tr("Name the dossier, a room, or a building (and unit) to print the forms of"));
        auto entries = m_ctx.dossiers.shelfEntries(f.value());
        if (!entries)
            return entries.error();
        for (const ShelfEntry& e : entries.value()) {
            if (e.status == QLatin1String("former_owner"))
                continue; // the current household's forms; former ones are printed by 档号
            auto d = m_ctx.dossiers.byId(e.dossierId);
            if (!d)
                return d.error();
            dossiers << d.value();
        }
        if (dossiers.isEmpty())
            return Error::of(ErrorCode::NotFound,
                             owner ? tr("No owner dossier there") : tr("No tenant dossier there"));
    }

    QList<print::PersonFormDoc> forms;
    auto w = usecase::write(m_ctx, [&](usecase::Step& step) -> Status {
        if (auto s = step.transaction().begin(); !s)
            return s.error();
        for (const Dossier& d : std::as_const(dossiers)) {
            print::PersonFormDoc f = blankForm(owner);
            f.archiveNo = d.archiveNo;
            if (!d.personId)
                return Error::invalid(QStringLiteral("dossier"), d.archiveNo,
                                      tr("Dossier %1 names nobody").arg(d.archiveNo));
            auto loaded = m_ctx.persons.load(d.personId);
            if (!loaded)
                return loaded.error();
            if (r.unmask) {
                if (auto s = AuditService(m_ctx).record(
                        AuditAction::Unmask, QStringLiteral("person"), d.personId, d.archiveNo,
                        auditDetail(QJsonObject{{QStringLiteral("view"), QStringLiteral("print")}}),
                        r.reason.trimmed());
                    !s)
                    return s.error();
            }
            const Person person = r.unmask ? loaded.value() : RegisterService::masked(loaded.value());
            Occupancy mine;
            QList<Occupancy> others;
            Room roomRow;
            if (d.roomId) {
                auto place = m_ctx.estates.place(d.roomId);
                if (!place)
                    return place.error();
                f.building = place->building.code;
                f.room = place->unit.name + place->room.number;
                roomRow = place->room;
                auto occ = m_ctx.persons.occupanciesOfRoom(d.roomId, true);
                if (!occ)
                    return occ.error();
                for (const Occupancy& o : occ.value()) {
                    if (o.personId == d.personId && (!mine.id || o.current()))
                        mine = o;
                    else if (o.current() && o.personId != d.personId &&
                             (o.role == OccupancyRole::Member || o.role == OccupancyRole::Agent ||
                              (owner ? o.role == OccupancyRole::CoOwner : false)))
                        others << o;
                }
            }
            f.filledOn = day(mine.since);
            const PersonData& pd = person.data;
            const QStringList values{
                pd.name, pd.gender == Gender::Unknown ? QString() : genderLabel(pd.gender),
                mine.id ? roleLabel(mine.role) : QString(), idTypeLabel(pd.idType), pd.idNumber,
                pd.phones.join(QStringLiteral("，")), pd.workUnit, pd.homeAddress, pd.emergencyContact,
                // An owner's 入住日期 is what was entered, never the date of the tie; a tenant's
                // lease runs from the start recorded with it, else from the tie's start.
                day(owner                      ? pd.moveInDate
                    : mine.leaseFrom.isValid() ? mine.leaseFrom
                    : pd.moveInDate.isValid()  ? pd.moveInDate
                                               : mine.since),
                roomRow.areaCenti ? tr("%1 m²").arg(roomRow.areaCenti / 100.0, 0, 'f', 2) : QString(),
                owner ? QString() : day(mine.leaseTo), owner ? QString() : mine.contractNo};
            for (int i = 0; i < f.fields.size() && i < values.size(); ++i)
                f.fields[i].value = values.at(i);
            // An organisation (统一社会信用代码): its contact person, across the form.
            if (pd.isOrganisation())
                f.fields << print::FormField{tr("Contact person"), pd.contactName, true};
            f.notes = pd.notes;
            for (const Occupancy& o : std::as_const(others)) {
                auto m = m_ctx.persons.load(o.personId);
                if (!m)
                    return m.error();
                const Person mp = r.unmask ? m.value() : RegisterService::masked(m.value());
                f.members << QStringList{mp.data.name,
                                         o.relation.isEmpty() ? roleLabel(o.role) : o.relation,
                                         mp.data.gender == Gender::Unknown ? QString()
                                                                           : genderLabel(mp.data.gender),
                                         mp.data.idNumber,
                                         mp.data.phones.join(QStringLiteral("，")),
                                         mp.data.workUnit};
            }
            f.footnote = r.unmask ? tr("Full values printed by %1 (%2); keep this sheet in the archive room.")
                                        .arg(m_ctx.user()->displayName, r.reason.trimmed())
                                  : tr("Sensitive values are masked.");
            forms << f;
            job.archiveNos << d.archiveNo;
        }
        return {};
    });
    if (!w)
        return w.error();
    job.masked = !r.unmask;
    job.entries = forms.size();
    job.description = forms.size() == 1 ? tr("%1 · %2").arg(forms.first().title, forms.first().archiveNo)
                                        : tr("%1 · %2 forms").arg(forms.first().title).arg(forms.size());
    job.document = forms;
    return job;
}

// --- P3 --------------------------------------------------------------------------------

Result<PrintJob> PrintService::dossierCatalog(const PrintRequest& r)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    if (r.archiveNo.trimmed().isEmpty())
        return Error::invalid(QStringLiteral("dossier"), {},
                              tr("Name the dossier whose contents list is printed"));
    auto d = DossierService::resolveOne(m_ctx, r.archiveNo, QStringLiteral("dossier"));
    if (!d)
        return d.error();
    auto items = m_ctx.filing.items(d->id);
    if (!items)
        return items.error();
    print::TableDoc doc;
    doc.title = tr("Contents of the dossier");
    doc.subtitle << tr("Archive no.: %1").arg(d->archiveNo) << tr("Title: %1").arg(d->title);
    if (d->roomId) {
        auto place = m_ctx.estates.place(d->roomId);
        if (place)
            doc.subtitle
                << tr("Room: %1 %2 %3").arg(place->building.name, place->unit.name, place->room.number);
    }
    doc.rightNote = tr("Printed on %1").arg(day(m_ctx.clock.today()));
    doc.columns = {{tr("No."), 0.6, Qt::AlignCenter},   {tr("Archive no."), 2.4, Qt::AlignLeft, true},
                   {tr("Title"), 3.6, Qt::AlignLeft},   {tr("Date"), 1.4, Qt::AlignCenter},
                   {tr("Pages"), 0.7, Qt::AlignCenter}, {tr("Remarks"), 1.6, Qt::AlignLeft}};
    int pages = 0;
    for (const DossierItem& i : items.value()) {
        doc.rows << QStringList{QString::number(i.seq),
                                d->archiveNo + QLatin1Char('-') + QString::number(i.seq),
                                i.title,
                                day(i.date),
                                i.pages ? QString::number(i.pages) : QString(),
                                i.note};
        pages += i.pages;
    }
    doc.blankRows = std::max(0, 5 - int(items->size()));
    doc.footer = {tr("Total pages: %1").arg(pages), tr("Compiled by:"), tr("Checked by:")};
    doc.pageFormat = tr("Page %1 of %2");
    PrintJob job;
    job.request = r;
    job.entries = items->size();
    job.description = tr("%1 · %2").arg(doc.title, d->archiveNo);
    job.archiveNos << d->archiveNo;
    job.document = doc;
    return job;
}

Result<PrintJob> PrintService::fileCatalog(const PrintRequest& r)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    QStringList described;
    auto f = scope(r, &described);
    if (!f)
        return f.error();
    f.value().withItems = true;
    f.value().withoutRoom = f->locationId == 0 && f->buildingId == 0 && f->roomId == 0;
    auto entries = m_ctx.dossiers.shelfEntries(f.value());
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return Error::of(ErrorCode::NotFound, tr("No dossier there to list"));
    print::TableDoc doc;
    doc.title = tr("Catalog of filed documents");
    doc.orientation = print::PageOrientation::Landscape;
    doc.subtitle << described.join(QStringLiteral("    "));
    doc.rightNote = tr("Printed on %1").arg(day(m_ctx.clock.today()));
    doc.columns = {{tr("No."), 0.6, Qt::AlignCenter},
                   {tr("Archive no."), 2.6, Qt::AlignLeft, true},
                   {tr("Doc. no."), 1.3, Qt::AlignLeft, true},
                   {tr("Responsible"), 1.5, Qt::AlignLeft},
                   {tr("Title"), 3.9, Qt::AlignLeft},
                   {tr("Date"), 1.2, Qt::AlignCenter},
                   {tr("Classification"), 1.0, Qt::AlignCenter},
                   {tr("Pages"), 0.6, Qt::AlignCenter},
                   {tr("Remarks"), 1.6, Qt::AlignLeft}};
    int n = 0;
    doc.rows.reserve(entries->size());
    QSet<qint64> dossierIds;
    for (const ShelfEntry& e : entries.value()) {
        dossierIds.insert(e.dossierId);
        const QString room = refOf(e);
        if (e.itemSeq == 0) {
            doc.rows << QStringList{QString::number(++n),
                                    e.archiveNo,
                                    {},
                                    {},
                                    e.title,
                                    {},
                                    securityLevelLabel(e.securityLevel),
                                    {},
                                    room.isEmpty() ? tr("no items")
                                                   : room + QLatin1Char(' ') + tr("no items")};
            continue;
        }
        doc.rows << QStringList{QString::number(++n),
                                e.archiveNo + QLatin1Char('-') + QString::number(e.itemSeq),
                                e.docNo,
                                e.responsible,
                                e.itemTitle,
                                day(e.itemDate),
                                securityLevelLabel(e.securityLevel),
                                e.pages ? QString::number(e.pages) : QString(),
                                e.itemNote.isEmpty()
                                    ? room
                                    : (room.isEmpty() ? e.itemNote : room + QLatin1Char(' ') + e.itemNote)};
    }
    doc.footer = {tr("Dossiers: %1, entries: %2").arg(dossierIds.size()).arg(n), tr("Compiled by:"),
                  tr("Checked by:")};
    doc.pageFormat = tr("Page %1 of %2");
    doc.fontSize = 8.5;
    PrintJob job;
    job.request = r;
    job.entries = n;
    job.description = tr("%1 · %2").arg(doc.title, described.join(QStringLiteral(", ")));
    job.document = doc;
    return job;
}

// --- P6 --------------------------------------------------------------------------------

Result<PrintJob> PrintService::labels(const PrintRequest& r)
{
    if (auto s = m_ctx.require(Permission::PrintForms); !s)
        return s.error();
    if (const QString why = r.sheet.problem(); !why.isEmpty())
        return Error::invalid(QStringLiteral("sheet"), r.sheet.name, why);
    QStringList described;
    PrintRequest scoped = r;
    const bool range = !r.lastRoom.trimmed().isEmpty();
    if (range) {
        if (r.room.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("room"), {}, tr("A range of rooms needs its first room"));
    }
    auto f = scope(scoped, &described);
    if (!f)
        return f.error();
    if (!range && !f->roomId && !f->buildingId && !f->locationId && r.archiveNo.isEmpty())
        return Error::invalid(
            QStringLiteral("building"), {},
            tr("Choose the labels: a building, a unit, a room, a range of rooms or a dossier"));
    auto entries = m_ctx.dossiers.shelfEntries(f.value());
    if (!entries)
        return entries.error();
    QList<ShelfEntry> chosen = entries.value();
    if (!r.archiveNo.trimmed().isEmpty()) {
        auto d = DossierService::resolveOne(m_ctx, r.archiveNo, QStringLiteral("dossier"));
        if (!d)
            return d.error();
        chosen.clear();
        for (const ShelfEntry& e : entries.value())
            if (e.dossierId == d->id)
                chosen << e;
        if (chosen.isEmpty())
            return Error::of(ErrorCode::NotFound,
                             tr("There is no dossier %1 there").arg(r.archiveNo.trimmed()));
    }
    if (range) {
        EstateService es(m_ctx);
        auto first = es.findRoom(r.room, r.estate);
        if (!first)
            return first.error();
        auto last = es.findRoom(r.lastRoom, r.estate);
        if (!last)
            return last.error();
        int a = -1, b = -1;
        for (int i = 0; i < chosen.size(); ++i) {
            if (a < 0 && chosen.at(i).roomId == first->room.id)
                a = i;
            if (chosen.at(i).roomId == last->room.id)
                b = i;
        }
        if (a < 0)
            return Error::invalid(QStringLiteral("room"), r.room,
                                  tr("Room %1 has no dossier to label").arg(r.room));
        if (b < 0)
            return Error::invalid(QStringLiteral("last_room"), r.lastRoom,
                                  tr("Room %1 has no dossier to label").arg(r.lastRoom));
        if (b < a)
            return Error::invalid(QStringLiteral("last_room"), r.lastRoom,
                                  tr("Room %1 comes before %2 on the shelves; name the first room first")
                                      .arg(r.lastRoom, r.room));
        chosen = chosen.mid(a, b - a + 1);
        described << tr("Rooms %1 to %2").arg(first->ref(), last->ref());
    }
    if (chosen.isEmpty())
        return Error::of(ErrorCode::NotFound, tr("No dossier there to label"));
    QHash<QString, QString> categoryNames;
    if (auto cats = m_ctx.dossiers.categories())
        for (const Category& c : cats.value())
            categoryNames.insert(c.code, c.name);
    QList<print::SpineLabel> out;
    for (const ShelfEntry& e : std::as_const(chosen)) {
        print::SpineLabel l;
        l.room = e.roomNumber;
        l.place = placeOf(e);
        if (auto c = categoryNames.find(e.category); c != categoryNames.end())
            l.place = l.place.isEmpty() ? c.value() : l.place + QLatin1Char(' ') + c.value();
        l.archiveNo = e.archiveNo;
        l.title = e.title;
        out << l;
    }
    // A 档号 a code cannot carry stops here, before anything is printed.
    for (const print::SpineLabel& l : std::as_const(out))
        if (auto img = print::codeImage(print::labelCode(l), r.code); !img)
            return img.error();
    PrintJob job;
    job.request = r;
    job.entries = out.size();
    job.description = tr("%1 · %2 labels").arg(printFormLabel(PrintForm::Labels)).arg(out.size());
    job.document = out;
    return job;
}

} // namespace ar
