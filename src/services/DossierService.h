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

// A received item (R11, R12). `kind` is the checklist kind's name (or its id as text).
struct ItemInput
{
    QString kind;
    QString title; // defaults to the kind's name
    QString docNo;
    QString responsible;
    QDate date;
    int pages = 0;
    QDate received; // defaults to today
    QMap<QString, QString> fields;
    QString note;
    bool file = true; // filed at once when the user may file; otherwise it waits in the queue
    QStringList attach; // scans to attach (R16): the item and its scans are saved together or not at all
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

// One scan in a move by scan (issue #19 item 1, R15): a location's label became the target, or a
// folder or a box was moved into the target.
struct ScanMoveStep
{
    enum class Kind
    {
        Target,  // the scanned location is now the target (0: the target was scanned again: none)
        Folder,  // a folder moved into the target
        Location // a box (or shelf) moved under the target
    };
    Kind kind = Kind::Target;
    qint64 targetId = 0;
    QString targetPath;
    QString what; // the folder's 档号 or the moved location's path
    QString from; // where it was ("" when not placed)
};

struct OwnerChangeResult
{
    RegistrationResult registration; // the new owner and the new dossier
    QStringList formerArchiveNos;    // kept apart as former owner's dossiers (R42)
    QDate destroyEligible;
};

// Dossiers: opening, items and checklists, filing, locations, hand-overs, attachments and
// owner changes (R1, R2, R4, R10–R16, R40, R42). Each call checks permissions, runs in one
// transaction and writes its audit record.
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

    // --- items and filing (R11, R12) ---
    Result<DossierItem> receive(qint64 dossierId, const ItemInput& in);
    Status fileItem(qint64 itemId);
    Result<QList<FilingQueueRow>> queue(bool lateOnly = false);
    // Late filings for the manager (R12): unfiled items past due, and items of the last
    // `days` days filed after their due day.
    Result<QList<FilingQueueRow>> lateFilings(int days = 30);
    Result<QList<FilingMissingRow>> missing(qint64 estateId, qint64 buildingId = 0, int limit = 0);
    Result<bool> campaignRunning(qint64 estateId);
    Status setCampaign(qint64 estateId, bool running);

    // --- hand-overs (R13) ---
    Result<qint64> recordHandover(const QString& stage, const QString& from, const QString& to,
                                  const QStringList& archiveNos, const QString& note = {});
    Result<QList<FilingHandover>> handovers();

    // --- locations (R14, R15) ---
    Result<QList<Location>> locations();
    Result<qint64> addLocation(qint64 parentId, const QString& kind, const QString& name);
    Result<QString> locationPath(qint64 locationId);
    // How many folders a location holds directly.
    Result<int> dossiersAt(qint64 locationId);
    // A location by its path ("档案室/A柜/3层") or the code on its label ("LOC-12").
    Result<qint64> locationByPath(const QString& path);
    // Several folders, each named by a 档号 in any typed form, moved into one place in one
    // transaction (`dossier move 档号… --to PATH`): all or none. The folders, in the order given.
    Result<QList<Dossier>> moveFolders(const QStringList& codes, qint64 locationId, const QString& note = {});
    // Puts a location (a box, a shelf) under another one of a higher kind (R15): a history row
    // for the location and one for each folder in it (its place reads differently), audited.
    Status moveLocation(qint64 locationId, qint64 parentId);
    // Move by scan (issue #19 item 1): a location's label makes it the target — or, when the
    // target can hold it (a box scanned after a shelf), moves it there; scanning the target again
    // ends it. A 档号 in any typed form (resolve) moves that folder into the target (move()).
    Result<ScanMoveStep> scanToMove(qint64 targetId, const QString& code);
    Status move(qint64 dossierId, qint64 locationId, const QString& note = {});
    Result<QList<Dossier>> atLocation(qint64 locationId);
    // R15: paper folders with no place yet (new dossiers before the clerk shelves them), in
    // shelf order; destroyed and lost ones are left out.
    Result<QList<Dossier>> unplaced();

    // --- attachments (R16) ---
    Result<qint64> attach(qint64 itemId, const QString& filePath);
    Result<QList<FilingAttachment>> attachments(qint64 itemId);
    // The decrypted file; audited as a view.
    Result<QByteArray> attachmentData(qint64 attachmentId);

    // --- owner change (R42) ---
    Result<OwnerChangeResult> changeOwner(qint64 roomId, const PersonData& newOwner, const QDate& on = {});

private:
    Status note(qint64 dossierId, const QString& field, const QString& oldV, const QString& newV);
    Status audit(AuditAction a, const Dossier& d, const QJsonObject& detail = {});
    Status updateCompleteness(const Dossier& d);
    Status checkNumbering(const Category& c);
    Result<Dossier> checkedDossier(qint64 id);

    Context& m_ctx;
    RegisterService& m_people;
};

// The next 档号 of a category (R10): its own numbering rule or the archive-wide one.
// Used by registration (owner, tenant) and by opening dossiers by hand.
Result<Dossier> numberDossier(Context& ctx, const QString& category, int year);
// The next `count` of them at once (registering many people): consecutive numbers.
Result<QList<Dossier>> numberDossiers(Context& ctx, const QString& category, int year, int count);

} // namespace ar
