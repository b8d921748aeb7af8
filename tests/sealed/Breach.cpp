// Compiled like a ui/ file (tests/sealed/CMakeLists.txt) and must NOT compile: storage/ is the
// services' own. The test SealedLayers expects core/Sealed.h's #error here.
#include "services/Archive.h"
#include "storage/Database.h"

namespace ar::sealed {

QString breachPath(Database& db)
{
    return db.path();
}

} // namespace ar::sealed
