#pragma once

#include "Forward.h"
#include "RegisterService.h"
#include "RoomService.h"
#include "core/RosterField.h"
#include "core/Sheet.h"

#include <QCoreApplication>

#include <functional>
#include <optional>

namespace ar {

// What an import does with one row of the roster.
enum class ImportAction
{
    Add,       // a new person at the room (and the room, when it is new)
    Update,    // the person is there; some of their details change
    Unchanged, // everything in the row is already on file
    Rejected,  // the row has problems; nothing of it is imported
};
QString importActionCode(ImportAction a); // "add", "update", "unchanged", "rejected"
QString importActionLabel(ImportAction a);

// One row of the preview: the sheet's own row number, what it is about, what happens to it and
// every problem found in it (each Error names the column as its field, and the value).
struct ImportRow
{
    int row = 0;
    QString room; // as written
    QString name;
    OccupancyRole role = OccupancyRole::Owner;
    ImportAction action = ImportAction::Rejected;
    bool newRoom = false;
    QStringList changes; // the fields an update changes
    QList<Error> errors; // field: the column letter and header, e.g. "C 身份证号码"
    QStringList warnings;
    QStringList cells; // a rejected row as read, for the sheet of rejected rows (empty for the others)
};

struct ImportReport
{
    QString file;
    QString sheet;
    QString encoding; // CSV only
    int headerRow = 0;
    QStringList headers;
    QMap<int, io::RosterField> mapping;
    QString layout; // io::layoutKey of the header row
    QList<ImportRow> rows;
    int added = 0, updated = 0, unchanged = 0, rejected = 0;
    bool written = false; // false for a dry run, a refused all-or-nothing import, a cancel
    bool cancelled = false;
    bool hasErrors() const { return rejected > 0; }
};

// Importing handover rosters (.xlsx, .csv) and the layouts remembered for them (issue #7).
// Reading and checking write nothing; an import is one transaction: all rows or none (unless
// "only the good rows"), and a cancel leaves nothing behind.
class ImportService
{
    Q_DECLARE_TR_FUNCTIONS(ImportService)

public:
    ImportService(Context& ctx, RegisterService& people, RoomService& rooms)
        : m_ctx(ctx), m_people(people), m_estate(rooms)
    {
    }

    struct Options
    {
        QString estate;        // estate code; may be empty with one estate
        QString sheet;         // the worksheet; empty: the first with a header row
        bool dryRun = false;   // check and report, write nothing
        bool onlyValid = false; // import the good rows even when others are rejected
        OccupancyRole defaultRole = OccupancyRole::Owner; // rows without a 业主身份 column
        QMap<int, io::RosterField> mapping; // column → field chosen by the user; empty: from the headers
        // Called with (rows done, rows in all); returning false cancels: nothing is kept.
        std::function<bool(int, int)> progress;
        // Search keys gathered before they are written, in key order: a roster with more writes
        // them in passes (about 18,000 rows each by default), so its memory stays bounded.
        std::size_t keysInMemory = 200000;
    };

    // Reads the file and finds its header row and the columns' meaning (nothing is checked or
    // written): for the mapping dialog. The mapping remembered for this layout, if any, wins.
    Result<ImportReport> inspect(const QString& path, const Options& o);
    // Checks every row and, unless a dry run (or rows are rejected and not onlyValid), imports.
    Result<ImportReport> importRoster(const QString& path, const Options& o);

    // The mapping a user chose for a header layout, kept in the archive for the next file.
    Status rememberMapping(const QString& layout, const QMap<int, io::RosterField>& mapping);
    Result<QMap<int, io::RosterField>> rememberedMapping(const QString& layout);

    // The roster's fields, their names and the field a column header names, and a column's
    // letters ("A" for 0, "AA" for 26): for the import dialog's column mapping (io/Roster.h).
    static QList<io::RosterField> rosterFields();
    static QString rosterFieldLabel(io::RosterField f);
    static std::optional<io::RosterField> fieldForHeader(const QString& header);
    static QString columnName(int column);

    // The rejected rows as a sheet to fix and import again: the header, the rows as read, an
    // error column. `.xlsx` or `.csv` by the file name.
    Status writeRejected(const ImportReport& report, const QString& path);

private:
    // What the check decided for a row that is to be written, so the import writes exactly that.
    struct Plan
    {
        QString ref; // canonical room reference "3-2-1201"
        qint64 roomId = 0; // 0 for a new room
        int areaCenti = 0;
        qint64 personId = 0; // the person an update changes
        PersonData person;   // checked; for an update the stored record with the row's values
        QString relation;
        // A new tenancy's lease (checked); an update leaves a lease on file as it is.
        QDate leaseFrom;
        QDate leaseTo;
        QString contractNo;
    };
    Result<io::Sheet> readSheet(const QString& path, const QString& sheetName, ImportReport* report);
    Result<ImportReport> inspectSheet(const io::Sheet& sheet, const Options& o, ImportReport report);
    // Checks every row of the sheet (inside the caller's transaction, so that what it matches
    // is what the import writes against) and says what would happen to it.
    Result<ImportReport> checkSheet(const io::Sheet& sheet, ImportReport read, const Options& o, QList<Plan>* plans);
    // A row naming a person at a room on file, to be matched against who is registered there.
    struct OnFile
    {
        int index = 0; // into ImportReport::rows
        qint64 roomId = 0;
        PersonData person; // checked
    };
    Status matchOnFile(const QList<OnFile>& rows, bool genderColumn,
                       const std::function<QString(io::RosterField)>& columnLabel, ImportReport* report,
                       QList<Plan>* plans);
    // The file read last (its sheets as parsed), for the import that follows a preview.
    struct LastRead
    {
        QByteArray digest; // SHA-256 of the file's bytes
        QString suffix;
        QList<io::Sheet> sheets;
    };
    LastRead m_lastRead;
    Context& m_ctx;
    RegisterService& m_people;
    RoomService& m_estate; // the rooms (RoomService::estateFor, addRoomsByRef)
};

} // namespace ar
