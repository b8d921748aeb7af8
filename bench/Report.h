#pragma once

#include <QStringList>

#include "BenchData.h"
#include "BenchOptions.h"
#include "ImportBench.h"
#include "PrintBench.h"
#include "SearchBench.h"
#include "StartupBench.h"

#include <QJsonObject>
#include <QTextStream>

namespace ar::bench {

// The BRIEF's budgets (docs/performance.md explains each).
struct Budgets
{
    static constexpr double searchP95Ms = 10;
    static constexpr double signinFactor = 3;  // × the bare window's start-up
    static constexpr double mainReadyMs = 300; // after sign-in, hashing aside
    static constexpr double memoryMb = 200;
    // Issue #23: 30 s for 150,000 households, the same per household at any size (200 s for a
    // million); the project's target, not a BRIEF budget.
    static double generationSec(int households) { return 30.0 * households / 150000.0; }
    static constexpr double printMs = 3000;     // a 10,000-entry catalog, 1,000 spine labels
    static constexpr double importMs = 2000;    // a 10,000-row handover roster
    // Issue #23's targets for the import, beyond the BRIEF's.
    static constexpr double importCpuMs = 1000;    // the command line's 10,000 rows, CPU
    static constexpr double importFloorFactor = 3; // … and at most this × the floor's CPU
    static constexpr double largeImportMs = 10000; // 100,000 rows
    static constexpr double largeImportMemoryMb = 300;
    static constexpr double fileKbPerHousehold = 2.5; // the database file, per household
    static constexpr double catalogMs = 1500;         // a 10,000-entry catalog PDF
    static constexpr double issueSigninFactor = 2;    // the sign-in window, × the bare one
};

struct Memory
{
    long openingPeakRssKb = 0; // peak while opening (or generating) and signing in
    long searchPeakRssKb = 0;  // ru_maxrss after the searches, the peak having been reset before them
    bool resetBeforeSearches = false;
};

struct Report
{
    Options options;
    QString floorEngine = QStringLiteral("SQLite"); // the database the floor ran on (SearchFloor::engine)
    const BenchData* data = nullptr;
    QList<QueryResult> searches;
    StartupResult startup;
    bool startupRan = false;
    double passwordVerifyMs = 0; // one scrypt check of the bench account's stored hash
    Memory memory;
    PrintResult prints;
    ImportResult import;
    LargeImportResult largeImport;

    // False if any measured figure misses its budget.
    bool allPass() const;
    // Issue #23's targets (beyond the BRIEF's budgets) that the measured figures miss, each with
    // its figure: the summary says both, so a run that meets the budgets is not read as meeting
    // these.
    QStringList issueTargetsMissed() const;
    void printTable(QTextStream& out) const;
    QJsonObject toJson() const;
};

} // namespace ar::bench
