#pragma once

#include "core/Sealed.h" // private to the services

#include <QByteArray>
#include <QString>
#include <QVariant>

struct sqlite3;

namespace ar {

class Database;

// How the sealed person fields and their blind indexes are stored (issue #23: a smaller file).
// The services and the codec work with text ("v1:<base64>", "v2:<writer>:<base64>",
// "m1:<base64>", a blind index as 32 hex digits); on SQLite the repositories store them as bytes:
//
//   v1 value      0x01 ‖ nonce ‖ ciphertext ‖ tag
//   v2 value      0x02 ‖ writer id in decimal digits ‖ ':' ‖ nonce ‖ ciphertext ‖ tag
//   masked form   0x03 ‖ nonce ‖ ciphertext ‖ tag
//   blind index   its 16 bytes
//
// Everything else (empty, plain text of an archive not yet encrypted, "locked") stays text, and
// text is always read as it is, so a row of an older file opens the same before and after the
// migration (0027) that converts it. PostgreSQL keeps the text: there the conversion is the
// identity and the migration does nothing.
namespace sealedbytes {

// The bytes of a sealed value's text; empty when the text is not one (or not canonical base64:
// such a value stays text, so converting never changes what a value opens to).
QByteArray fromText(const QString& text);
// The text of stored bytes. Bytes of no known form read as a v1 value that fails its check
// (damage is reported, never shown as a plain value).
QString toText(const QByteArray& bytes);
// A blind index: 32 hex digits ↔ 16 bytes (empty when the text is not 32 hex digits).
QByteArray blindFromText(const QString& hex);

// What a repository binds for a sealed value or a blind index on `db`.
QVariant stored(const Database& db, const QString& text);
QVariant storedBlind(const Database& db, const QString& hex);
// The text of a stored value as the codec reads it, from bytes or from text.
QString text(const QVariant& stored);
QString blindText(const QVariant& stored);

// The columns stored this way (for copying an archive between engines, ArchiveCopy).
enum class Column
{
    Plain,
    Sealed,
    Blind
};
Column column(const QString& table, const QString& name);
// A value read from one engine as the other stores it.
QVariant forEngine(const Database& target, Column kind, const QVariant& value);

// SQLite: the deterministic SQL functions ar_sealed_bytes(x) and ar_blind_bytes(x) that the
// migration to schema 27 uses (they return x itself when it is not a sealed text or a blind index).
int registerSqlFunctions(sqlite3* db);
// The SQL functions above exist on SQLite only: the migrations' statements that use them do not
// run on PostgreSQL (Migrator).
bool usesSqliteOnlyFunction(const QString& sql);

} // namespace sealedbytes
} // namespace ar
