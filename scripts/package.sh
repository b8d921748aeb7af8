#!/usr/bin/env bash
# Builds the Debian package of ArchiveRoom for Debian 12 (docs/packaging.md): the release preset
# (optimised, no test hooks), then CPack: build/release/package/archiveroom_<version>-1_<arch>.deb
# (stripped) and archiveroom-dbgsym_…ddeb (its debug symbols).
# Install it with: sudo apt-get install ./build/release/package/archiveroom_*.deb
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset release > /dev/null
if grep -q '^AR_TEST_HOOKS:BOOL=ON' build/release/CMakeCache.txt; then
  echo "package: build/release has AR_TEST_HOOKS=ON (set by hand?): reconfigure with -DAR_TEST_HOOKS=OFF" >&2
  exit 1
fi
cmake --build --preset release
rm -rf build/release/package
(cd build/release && cpack -G DEB)
ls -l build/release/package/
