#pragma once

#include "Context.h"

namespace ar {

// Encrypts what an archive from before encryption at rest (schema < 5) stored in plain text:
// every person's sensitive fields and phones, and the sensitive values of the change history.
// Runs inside the caller's transaction, with the data key already set in the codec.
Status encryptPlainRecords(Context& ctx);

} // namespace ar
