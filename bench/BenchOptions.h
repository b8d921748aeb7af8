#pragma once

#include "core/Result.h"

#include <QString>
#include <QStringList>

namespace ar::bench {

struct Options
{
    int households = 150000;
    QString dbPath;      // empty: a default path (see BenchData), or a temporary folder with --quick
    QString queriesFile; // optional: extra/replacement fragments, one per line
    QString guiPath;     // the archiveroom executable; default: next to this program
    bool json = false;
    bool quick = false; // smoke run: few iterations, no start-up runs
    bool startup = true;
    bool searches = true; // --only picks a subset of these four parts
    bool prints = true;
    bool import = true;
    int iterations = 200; // timed runs per query, after `warmup`
    int warmup = 20;
    int likeIterations = 20; // the LIKE scan is ~1000x slower; fewer runs suffice
    int startupRuns = 5;
};

// Parses the command line (QCoreApplication::arguments()); Usage errors carry the help text.
Result<Options> parseOptions(const QStringList& arguments);

} // namespace ar::bench
