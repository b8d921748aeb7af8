#!/usr/bin/env bash
# Builds the Debian package of ArchiveRoom for Debian 12 (docs/packaging.md): the package preset
# (optimised; no tests, bench or test hooks), then CPack: build/package/package/archiveroom_<version>-1_<arch>.deb
# (stripped) and archiveroom-dbgsym_…ddeb (its debug symbols).
# Install it with: sudo apt-get install ./build/package/package/archiveroom_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset package > /dev/null
if grep -q '^AR_TEST_HOOKS:BOOL=ON' build/package/CMakeCache.txt; then
  echo "package: build/package has AR_TEST_HOOKS=ON (set by hand?): reconfigure with -DAR_TEST_HOOKS=OFF" >&2
  exit 1
fi
cmake --build --preset package
rm -rf build/package/package
(cd build/package && cpack -G DEB)
ls -l build/package/package/
