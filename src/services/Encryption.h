#pragma once

#include "Forward.h"

namespace ar {

// Encrypts what an archive from before encryption at rest (schema < 5) stored in plain text:
// every person's sensitive fields and phones, and the sensitive values of the change history.
// Runs inside the caller's transaction, with the data key already set in the codec.
Status encryptPlainRecords(Context& ctx);

// The sealed values of the change history are bound to the history (PersonRepository::
// historyContext), not to the live row, so an old value copied from the history into the row
// does not open there. Archives sealed before that bound both to the row: this seals their
// history values again under the history's context, once, at the first sign-in that holds the
// data key (its own
// transaction); until then the values are read and written under the old binding. A value that does not open
// is left as it is: it shows as damaged.
Status bindHistoryValues(Context& ctx);

// The context the history values of this person are sealed under in this archive.
Result<QString> historyContextOf(Context& ctx, qint64 personId);

} // namespace ar
