#pragma once

#include "AccessService.h"
#include "AccountService.h"
#include "AuditService.h"
#include "BackupService.h"
#include "DemoService.h"
#include "DestructionService.h"
#include "DossierService.h"
#include "EstateService.h"
#include "ExportService.h"
#include "FilingService.h"
#include "Forward.h"
#include "ImportService.h"
#include "LoanDeskService.h"
#include "LoanRegisterService.h"
#include "LoanService.h"
#include "PlaceService.h"
#include "PrintService.h"
#include "ReconciliationService.h"
#include "RegisterService.h"
#include "RoomService.h"
#include "SearchService.h"
#include "SelfInspectionService.h"
#include "UpgradeProgress.h"
#include "ViolationService.h"
#include "WorkCalendarService.h"
#include "core/ServerLocation.h"

#include <memory>

namespace ar {

// The one API both front-ends use: an open archive database and its services.
class Archive
{
public:
    ~Archive();

    // Opens (creating if needed) and upgrades the database at `path`. The clock defaults to
    // the system clock; tests pass a FixedClock (which must outlive the Archive). A file that
    // cannot be written here (read-only media, no write permission, a read-only folder) or
    // `access` ReadOnly opens read-only, for looking things up: no migration runs (a file whose
    // schema is older than the program is refused, as it cannot be upgraded there) and every
    // write is refused with readOnlyError().
    static Result<std::unique_ptr<Archive>> open(const QString& path, const Clock* clock = nullptr,
                                                 DatabaseAccess access = DatabaseAccess::Detect);
    // The same, telling `report` each step of an upgrade as it goes (UpgradeProgress.h). A SQLite
    // file of an older schema is first copied beside itself as it is (upgradeCopyPath), and is not
    // upgraded when the copy cannot be written. A step that fails leaves the archive at the
    // version of the last step that succeeded.
    static Result<std::unique_ptr<Archive>> open(const QString& path, const Clock* clock,
                                                 DatabaseAccess access, const UpgradeReport& report);
    // Where the copy of the SQLite file `path` at schema version `version` is kept before it is
    // upgraded: beside it, FILE-before-upgrade-vN.db (FILE without its .db); a later upgrade
    // of the same version gets -2, -3 … rather than overwrite an earlier copy.
    static QString upgradeCopyPath(const QString& path, int version);
    // True for a PostgreSQL location (postgresql://…, see storage/PostgresUrl.h), which open()
    // takes as well as a SQLite file.
    static bool isServerLocation(const QString& location);
    // The window's server dialog: the postgresql:// location of these parts, checked (a wrong
    // part is InvalidInput naming it); and back, the parts of a location (empty for a file).
    static Result<QString> serverLocation(const ServerLocation& parts);
    static ServerLocation serverLocationParts(const QString& location);
    // A password typed in the window for `location`, for this run only (Database::setServerPassword).
    static void setServerPassword(const QString& location, const QString& password);
    // The folder of the scans and photos kept as files beside the archive at `location`: FILE.files
    // beside a SQLite file; for a server archive one folder per location in this computer's data
    // folder (~/.local/share/ArchiveRoom/postgresql-<hash>.files).
    static QString filesFolderOf(const QString& location);
    // Opened read-only (see open).
    bool isReadOnly() const;
    // "This archive is open read-only: …", what every write to a read-only archive is told.
    static Error readOnlyError();
    // <GenericDataLocation>/ArchiveRoom/archiveroom.db (~/.local/share/ArchiveRoom/archiveroom.db),
    // or the archive in the old folder while it has not been moved (settleDefaultPath moves it).
    static QString defaultPath();
    // The file this archive was opened from.
    QString path() const;
    // The default archive, after moving one from the folder of versions before 0.1.0
    // (~/.local/share/ArchiveRoom/ArchiveRoom, organisation and application name doubled) into
    // the one folder: the .db with its -wal file and everything beside it (the scans'
    // archiveroom.db.files …), renamed entry by entry. Nothing is ever overwritten or lost: when
    // a name exists in both folders, the archive may be in use (its -shm file is there) or a
    // rename fails (the moved entries go back), the old folder stays in use. `notice` says what
    // happened (moved, or why not), empty when there was nothing to move.
    struct DefaultLocation
    {
        QString path;
        QString notice;
    };
    static DefaultLocation settleDefaultPath();
    // The same in the data folder `dataHome` (for ~/.local/share; tests pass a temporary one).
    static DefaultLocation settleDefaultPath(const QString& dataHome);

    // The session as the window and the command line see it: whether the signed-in user may do
    // something (to show or hide an action; the services check again), who it is, and the
    // archive's clock (a fixed one in tests).
    bool can(Permission p) const;
    const std::optional<User>& user() const;
    const Clock& clock() const;

    // The services' insides, for the services and their tests: Context and Database are
    // complete types only where AR_SERVICES_INTERNAL lets Context.h and storage/ be included
    // (docs/architecture.md "Sealed layers"), so the front-ends cannot use them.
    Context& context() { return *m_ctx; }
    Database& database() { return *m_db; }
    AccountService& accounts() { return m_accounts; }
    EstateService& estate() { return m_estate; }
    RoomService& rooms() { return m_rooms; }
    RegisterService& people() { return m_people; }
    SearchService& search() { return m_search; }
    DemoService& demo() { return m_demo; }
    AuditService& audit() { return m_audit; }
    AccessService& access() { return m_access; }
    // Dossiers, by what they do: the dossiers themselves (categories, numbering, the view, owner
    // changes); filing and checklists, hand-overs and scans; places and moves.
    DossierService& dossiers() { return m_dossiers; }
    FilingService& filing() { return m_filing; }
    PlaceService& places() { return m_places; }
    // Borrowing, by what it does: requests and decisions; the borrow desk; the desk's registers
    // (copies, visits, owners' requests, damage); the working-day calendar and due dates.
    LoanService& loans() { return m_loans; }
    LoanDeskService& desk() { return m_desk; }
    LoanRegisterService& loanRegisters() { return m_loanRegisters; }
    WorkCalendarService& calendar() { return m_calendar; }
    PrintService& printing() { return m_print; }
    ImportService& imports() { return m_import; }
    ExportService& exports() { return m_export; }
    BackupService& backups() { return m_backup; }
    DestructionService& destruction() { return m_destruction; }
    ReconSessionService& reconSessions() { return m_reconSessions; }
    ReconciliationService& reconciliation() { return m_reconciliation; }
    ViolationService& violations() { return m_violations; }
    SelfInspectionService& selfInspection() { return m_selfInspection; }

private:
    Archive(std::unique_ptr<Database> db, const Clock* clock);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<Clock> m_ownClock;
    std::unique_ptr<FieldCodec> m_codec;
    std::unique_ptr<Context> m_ctx;
    AccountService m_accounts;
    EstateService m_estate;
    RoomService m_rooms;
    RegisterService m_people;
    SearchService m_search;
    DemoService m_demo;
    AuditService m_audit;
    AccessService m_access;
    DossierService m_dossiers;
    FilingService m_filing;
    PlaceService m_places;
    LoanService m_loans;
    LoanDeskService m_desk;
    LoanRegisterService m_loanRegisters;
    WorkCalendarService m_calendar;
    PrintService m_print;
    ImportService m_import;
    ExportService m_export;
    BackupService m_backup;
    DestructionService m_destruction;
    ReconSessionService m_reconSessions;
    ReconciliationService m_reconciliation;
    ViolationService m_violations;
    SelfInspectionService m_selfInspection;
};

} // namespace ar
