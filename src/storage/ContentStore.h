#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <memory>

namespace ar {

class Database;

// Where the sealed contents of scans and damage photos are kept, each under its content key
// (SensitiveCodec::contentKey: a keyed hash of the plain content, so the same content is kept
// once). The bytes are sealed by the caller (SensitiveCodec::sealFile) and opened by it; the
// store only keeps them.
//
// - SQLite: files beside the archive, Database::filesFolder()/<first two characters>/<key>
//   (backups copy that folder). Files are not part of the transaction: put() writes at once
//   (a file without a record pointing to it is harmless), remove() after the commit.
// - PostgreSQL: the table `contents` (bytea), written in the transaction that writes the
//   record referring to it, so one transaction covers a record and its scans and one pg_dump
//   holds everything. A key not in the table is looked for in the local folder where earlier
//   versions kept a server archive's scans (Database::filesFolder()).
class ContentStore
{
public:
    virtual ~ContentStore() = default;
    // The store of the archive `db`, chosen by its dialect.
    static std::unique_ptr<ContentStore> of(Database& db);

    // Keeps `sealed` under `key`; a key already kept is left as it is (the same content).
    virtual Status put(const QString& key, const QByteArray& sealed) = 0;
    // The sealed bytes kept under `key`; an Error with ErrorCode::NotFound when there are none.
    virtual Result<QByteArray> get(const QString& key) = 0;
    virtual Result<bool> has(const QString& key) = 0;
    // Every key kept, in key order (moving an archive between backends, ServerAdmin::migrate).
    virtual Result<QStringList> keys() = 0;
    // Removes what is kept under `key` (nothing kept: nothing to do). With transactional() it
    // goes with the transaction it runs in; otherwise at once, for good: call it after the
    // commit of what made the content unused.
    virtual Status remove(const QString& key) = 0;
    // put() and remove() are part of the transaction open (the table), or not (the files).
    virtual bool transactional() const = 0;
    // Where the contents are, for messages: the folder, or the database.
    virtual QString where() const = 0;
};

} // namespace ar
