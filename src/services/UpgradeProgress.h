#pragma once

#include <QString>

#include <functional>

namespace ar {

// What Archive::open tells while it upgrades an archive of an older version (issue #23): the
// copy of the old file, each migration, the search index written again. A front-end shows it
// (the window's progress dialog, the command line's lines on stderr); nothing can be cancelled,
// since each step is one transaction that either commits whole or leaves the file as it was.
struct UpgradeProgress
{
    enum class Stage
    {
        Copy,       // the old file copied beside it (SQLite files only), `copyPath`
        Migration,  // a numbered migration, to schema version `version`
        SearchIndex // the whole search index written again (its keys are of another version)
    };
    Stage stage = Stage::Migration;
    int step = 0;  // 1-based, of `steps`
    int steps = 0; // every step this opening takes (known before the first)
    int fromVersion = 0;
    int toVersion = 0;
    int version = 0; // Migration: the schema version this step makes
    // Progress inside the step: `done` of `total` (statements of a migration, parts of the index);
    // total 0 when not known.
    qint64 done = 0;
    qint64 total = 0;
    // Copy: the file the old archive is copied to.
    QString copyPath;
    // False for the calls made only to keep a window alive during a long statement (the same
    // step and progress as the last call); true when something in this struct changed.
    bool changed = true;
};

using UpgradeReport = std::function<void(const UpgradeProgress&)>;

} // namespace ar
