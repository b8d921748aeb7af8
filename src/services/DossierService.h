#pragma once

#include "Forward.h"
#include "RegisterService.h"
#include "core/Destruction.h"
#include "core/Dossier.h"
#include "core/Filing.h"
#include "core/Person.h"

#include <QCoreApplication>

namespace ar {

// Opening a dossier by hand (R5: repair, service, security, engineering, finance records).
struct DossierInput
{
    QString category; // code or Chinese name
    QString title;
    qint64 roomId = 0; // 0 = not tied to a room
    int year = 0;      // 0 = this year
};

// Everything the dossier view and `dossier show` show.
struct DossierView
{
    Dossier dossier;
    Category category;
    QString room;   // B-U-R, empty when not tied to a room
    QString person; // the owner's or tenant's name
    QList<DossierItem> items;
    QList<ItemKind> checklist;   // the category's active kinds, required ones first
    QStringList missing;         // required kinds with no item (R11)
    QString location;            // "档案室 › A柜 › 3层", empty when not shelved
    QDate destroyEligible;       // invalid: kept permanently / not yet set
    QList<HistoryEntry> history; // status, moves, items, hand-overs (R6)
    QList<FilingHandover> handovers;
    std::optional<DossierHold> hold; // kept out of destruction (R43)
    QDate destroyedOn;               // a tombstone: the day it was destroyed, and its batch (R43)
    qint64 destructionBatch = 0;
    bool complete() const { return missing.isEmpty(); }
};

// What a typed or scanned 档号 stands for (issue #20 item 1): one dossier, or, when it fits
// several, the candidates to pick from (in archive-number order); neither is a NotFound error.
struct CodeMatch
{
    std::optional<Dossier> dossier;
    QList<Dossier> candidates;
    bool more = false; // more candidates than listed
};

struct OwnerChangeResult
{
    RegistrationResult registration; // the new owner and the new dossier
    QStringList formerArchiveNos;    // kept apart as former owner's dossiers (R42)
    QDate destroyEligible;
};

// The dossiers themselves: categories and checklists, numbering, opening, finding a dossier by its
// 档号, the dossier view, a room's and a person's dossiers, and owner changes (R1, R2, R4, R10, R20,
// R40, R42). Filing and checklists are FilingService's, places PlaceService's. Each call checks
// permissions, runs in one transaction and writes its audit record.
class DossierService
{
    Q_DECLARE_TR_FUNCTIONS(DossierService)

public:
    DossierService(Context& ctx, RegisterService& people) : m_ctx(ctx), m_people(people) {}

    // --- categories and checklists: data an administrator edits (R1, R2, R4, R10, R40) ---
    Result<QList<Category>> categories();
    Status updateCategory(const Category& c);
    Result<QList<ItemKind>> kinds(const QString& category, bool includeInactive = false);
    // Adds (id 0) or changes a kind; kinds are deactivated, never deleted (items refer to them).
    Result<qint64> saveKind(const ItemKind& k);

    // --- dossiers ---
    Result<Dossier> open(const DossierInput& in);
    // The dossier a typed or scanned 档号 names (resolveOne): for the signed-in.
    Result<Dossier> byArchiveNo(const QString& archiveNo);
    // The one place a typed or scanned 档号 is resolved, for every entry point (desk, request,
    // reconciliation, search, CLI): the number as stored; else its key (scancode::archiveKey:
    // without the "·", with "." "-" or a space in its place, any case, full-width) as a whole
    // number; else as the tail after a separator ("0301", "Y-0301") of exactly one dossier. A key
    // that fits several gives them as candidates; none, NotFound.
    static Result<CodeMatch> resolve(Context& ctx, const QString& typed);
    // resolve() to one dossier, or the error to show: NotFound, or InvalidInput on `field`
    // listing the candidates when the code is ambiguous.
    static Result<Dossier> resolveOne(Context& ctx, const QString& typed,
                                      const QString& field = QStringLiteral("archive_no"));
    // resolve() for the signed-in (the GUI offers the candidates to pick from).
    Result<CodeMatch> resolveCode(const QString& typed);
    Result<DossierView> view(qint64 dossierId);
    // The dossiers of a room. Roles that see the register get them as they are; roles that may
    // only ask for dossiers (staff) get what to ask for — 档号, category, status — and, for an
    // owner's or tenant's dossier, a title of the room and category instead of the one that
    // names the people (R20; issue #20 item 6).
    Result<QList<Dossier>> ofRoom(qint64 roomId);
    // The dossiers of a person (those who see the register or may unmask it).
    Result<QList<Dossier>> ofPerson(qint64 personId);

    // --- owner change (R42) ---
    Result<OwnerChangeResult> changeOwner(qint64 roomId, const PersonData& newOwner, const QDate& on = {});

private:
    Status checkNumbering(const Category& c);

    Context& m_ctx;
    RegisterService& m_people;
};

// The next 档号 of a category (R10): its own numbering rule or the archive-wide one.
// Used by registration (owner, tenant) and by opening dossiers by hand.
Result<Dossier> numberDossier(Context& ctx, const QString& category, int year);
// The next `count` of them at once (registering many people): consecutive numbers.
Result<QList<Dossier>> numberDossiers(Context& ctx, const QString& category, int year, int count);

} // namespace ar
