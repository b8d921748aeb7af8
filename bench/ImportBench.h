#pragma once

#include "core/Result.h"

#include <QString>

namespace ar::bench {

struct ImportResult
{
    bool ran = false;
    int rows = 0;
    double writeFileMs = 0; // making the roster (not part of the budget)
    double checkMs = 0;        // the window's preview: importRoster with dryRun (read, check, match)
    double afterPreviewMs = 0; // the window's import after that preview (the parsed sheet reused)
    double importMs = 0;       // the command line's: one importRoster in an archive just opened (read, check, match, write)
    double importCpuMs = 0; // CPU time (user + system) of the import: varies less on a shared machine
    int added = 0;
    int rejected = 0;
    double reimportMs = 0;     // the same roster imported a second time
    int reimportUnchanged = 0; // … rows found on file as they are
    int reimportChanged = 0;   // … rows added, updated or rejected (0 expected)
};

// The BRIEF's import budget: a 10,000-row handover roster (.xlsx, as a developer sends it:
// title row, header, rooms of new buildings, phones and dates as Excel stores them) imported
// within 2 s. Runs on a copy of the bench database, signed in as the clerk, so the bench file
// stays as it was.
Result<ImportResult> runImport(const QString& dbPath, const QString& folder, int rows);

} // namespace ar::bench
