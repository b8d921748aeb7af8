#pragma once

#include "core/Result.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>

struct sqlite3;

namespace ar::bench {

// The import's floor (issue #23): the very rows an import wrote, written again into a copy of the
// database as it was before, through SQLite's C API — one prepared statement per table (and per
// set of updated columns), one transaction, no checks (foreign keys off), nothing computed.
// What the import does on top of that (reading the sheet, checking and matching every row,
// sealing, search keys, audit records) is what the ratio to the floor measures.
struct ImportFloorResult
{
    double ms = 0;
    double cpuMs = 0;
    qint64 inserted = 0;
    qint64 updated = 0;
    qint64 deleted = 0;
    int tables = 0;
    QList<QPair<QString, qint64>> rowsByTable; // the changes per table, most first
};

// Records what is written on one SQLite connection (SQLite's session extension: every table of
// "main", each row's values as written), from construction on.
class ImportRecorder
{
public:
    ~ImportRecorder();
    ImportRecorder(const ImportRecorder&) = delete;
    ImportRecorder& operator=(const ImportRecorder&) = delete;

    static Result<std::unique_ptr<ImportRecorder>> attach(sqlite3* db);
    // The changes recorded so far, as SQLite's changeset bytes.
    Result<QByteArray> changeset() const;

private:
    ImportRecorder() = default;
    struct Session;
    std::unique_ptr<Session> m_session;
};

// Writes `changeset` into the SQLite file at `path` (a copy of the database before the recorded
// import) and times it. The rows of each table are written in the order of their primary key,
// as the import writes them.
Result<ImportFloorResult> writeImportFloor(const QString& path, const QByteArray& changeset);

} // namespace ar::bench
