#pragma once

#include "core/Sealed.h" // private to the services

#include "core/Audit.h"

#include <QByteArray>
#include <QString>

namespace ar {

// The SHA-256 (lower-case hex) that chains an audit record to the one before it (R27): over
// `prevHash` and every field of `r` except r.prevHash and r.hash, in the canonical form below.
QString auditHash(const QString& prevHash, const AuditRecord& r);

// The canonical, unambiguous serialisation the hash is taken over: a version tag, then each
// field as "<UTF-8 byte length>:<UTF-8 bytes>" in a fixed order (prev_hash, id, at, user_id,
// user_login, action, entity, entity_id, dossier, detail, reason). Numbers are decimal; 0 and
// empty text are the empty field. Length prefixes mean no choice of field contents can make
// two different records serialise alike. Exposed for tests.
QByteArray auditCanonical(const QString& prevHash, const AuditRecord& r);

} // namespace ar
