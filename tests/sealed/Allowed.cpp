// Compiled like a ui/ file (tests/sealed/CMakeLists.txt): the services' headers are what the
// front-ends may include, and they compile without AR_SERVICES_INTERNAL.
#include "services/Archive.h"

namespace ar::sealed {

QString allowedPath()
{
    return Archive::defaultPath();
}

} // namespace ar::sealed
