#pragma once

namespace ar {

// How an archive file is opened. Detect: read-write, unless the file cannot be written here
// (read-only media, a file without write permission, or a read-only folder where SQLite
// could not create its -wal/-shm files: see Database::mustOpenReadOnly), then read-only. ReadOnly:
// read-only whatever the file allows (`--read-only`). Immutable: read-only and telling
// SQLite nobody changes the file (`immutable=1`: no locks, no -wal/-shm), which is how a
// read-only file in a read-only folder opens; tests force it.
enum class DatabaseAccess
{
    Detect,
    ReadOnly,
    Immutable
};

} // namespace ar
