#pragma once

// The heap of the program's process.
namespace ar::memory {

// Hands the heap's free pages back to the system now: jemalloc's (the program's allocator, see
// docs/architecture.md, "Dependencies") by purging its arenas, glibc's by malloc_trim. Without it
// freed memory is returned later (jemalloc, after about ten seconds) or never (glibc's top of
// the heap below a live block). Used where a large cache is made small again.
void releaseFreed();

} // namespace ar::memory
