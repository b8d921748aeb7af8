#include "Memory.h"

#include <cstddef>

#include <dlfcn.h>
#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace ar::memory {

void releaseFreed()
{
    // jemalloc's control interface, looked up at run time: the executables link jemalloc, the
    // sanitizer builds and the tests' executables do not, and this library is in all of them.
    using Mallctl = int (*)(const char*, void*, std::size_t*, void*, std::size_t);
    static const auto mallctl = reinterpret_cast<Mallctl>(dlsym(RTLD_DEFAULT, "mallctl"));
    if (mallctl)
        mallctl("arena.4096.purge", nullptr, nullptr, nullptr, 0); // 4096: MALLCTL_ARENAS_ALL
#if defined(__GLIBC__)
    malloc_trim(0);
#endif
}

} // namespace ar::memory
