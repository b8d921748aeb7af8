#pragma once

#include "core/Sealed.h" // private to the services

#include <QString>

// Test builds (CMake option AR_TEST_HOOKS: the presets dev, ci and asan) honour a few
// ARCHIVEROOM_TEST_* environment variables through which the tests reach into the binary: cheap
// key derivation for the passwords the command-line tests create, a pause inside a backup for the
// kill -9 test, an older backup format. The release build, which users run, honours none of them.
namespace ar::testhooks {

bool enabled();
// ARCHIVEROOM_TEST_<name> from the environment; always empty in a build without test hooks.
QString value(const char* name);

} // namespace ar::testhooks
