#pragma once

#include "ImportFloor.h"
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
    // The floor (SQLite files only): the rows the command line's import wrote, written again into
    // a fresh copy with prepared statements in one transaction, no checks (ImportFloor.h).
    bool floorRan = false;
    ImportFloorResult floor;
};

// The large roster (issue #23: 100,000 rows within 10 s, with progress, under 300 MB): the
// command line's path on a fresh copy, the bench's own peak resident set during it.
struct LargeImportResult
{
    bool ran = false;
    int rows = 0;
    double importMs = 0;
    double importCpuMs = 0;
    int added = 0;
    int rejected = 0;
    int progressCalls = 0; // how often the import reported its progress
    long peakRssKb = 0;    // the bench's peak resident set during the import (reset before)
    long startRssKb = 0;   // the bench's resident set when the import started (its own data)
    bool floorRan = false;
    ImportFloorResult floor;
};

// The BRIEF's import budget: a 10,000-row handover roster (.xlsx, as a developer sends it:
// title row, header, rooms of new buildings, phones and dates as Excel stores them) imported
// within 2 s. Runs on a copy of the bench database, signed in as the clerk, so the bench file
// stays as it was.
Result<ImportResult> runImport(const QString& dbPath, const QString& folder, int rows);
Result<LargeImportResult> runLargeImport(const QString& dbPath, const QString& folder, int rows);

} // namespace ar::bench
