#pragma once

#include "Forward.h"
#include "core/Dossier.h"

#include <QCoreApplication>

namespace ar {

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

// Places (R14, R15): the archive room's rooms, cabinets, shelves and boxes, where each folder
// stands, moving folders and boxes (by hand or by scan), and the folders with no place yet. Each
// call that writes checks permissions, runs in one transaction and writes its audit record. Its
// messages keep the DossierService translation context.
class PlaceService
{
    Q_DECLARE_TR_FUNCTIONS(DossierService)

public:
    explicit PlaceService(Context& ctx) : m_ctx(ctx) {}

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

private:
    Context& m_ctx;
};

} // namespace ar
