#pragma once

// What the services' headers need of the layers under them, without including those layers
// (the seal, docs/architecture.md "Sealed layers"): the core value types the services speak in,
// and forward declarations of the internal classes a service holds by reference or names in a
// private member. Context.h, the services' shared insides, is for the services' .cpp files.

#include "core/Access.h"
#include "core/Audit.h"
#include "core/Clock.h"
#include "core/DatabaseAccess.h"
#include "core/Dossier.h"
#include "core/Estate.h"
#include "core/Person.h"
#include "core/Result.h"
#include "core/Search.h"
#include "core/Sensitive.h"

namespace ar {

class Context;
class Database;
class FieldCodec;
class AccessRuleRepository;
class AuditRepository;
struct AuditHead;
class DestructionRepository;
class LoanRepository;
class PendingSearchKeys;
class ReconciliationRepository;

} // namespace ar
