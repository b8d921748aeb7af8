#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Result.h"

#include <QString>

#include <functional>

class QObject;

namespace ar {

class Database;

// How one connection learns that another (another desk's process, another PC) changed the
// archive, without reading the data again on a timer (issue #24 item 4, ChangeWatcher).
//
// PostgreSQL: every transaction that appends to the audit trail — every change is audited —
// sends NOTIFY on one channel (announce(), from AuditRepository::setHead), which the server
// delivers to the listening connections when, and only if, the transaction commits. QPSQL
// reads it from the connection's socket in the event loop and says whether it came from this
// connection (QSqlDriver::SelfSource) or another; listen() passes on the others'.
// SQLite: PRAGMA data_version, a number that changes when another connection to the file has
// committed and never for this connection's own commits (dataVersion()), read on a timer — a
// query that does not touch the file's pages and costs microseconds.
namespace changesignal {

// The channel's name on the server: one per archive (schema).
Result<QString> channel(Database& db);

// PostgreSQL, inside a write transaction: the other listening connections are told when it
// commits (several calls in one transaction are delivered once). Nothing on SQLite.
Status announce(Database& db);

// PostgreSQL: LISTEN on the channel; `changed` runs (in the thread of `context`, while it
// lives) for every NOTIFY another connection committed. False on SQLite or when the driver
// cannot subscribe.
bool listen(Database& db, QObject* context, std::function<void()> changed);

// SQLite: PRAGMA data_version. 0 on PostgreSQL.
Result<qint64> dataVersion(Database& db);

} // namespace changesignal

} // namespace ar
