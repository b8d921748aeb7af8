#!/usr/bin/env bash
# Installs what is missing, builds everything with warnings as errors and runs every test.
# GUI tests use Qt's offscreen platform: no display needed. Ends with ctest's summary.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
export CCACHE_DIR="${CCACHE_DIR:-$HOME/.cache/ccache}"
cmake --preset ci >/dev/null
cmake --build --preset ci
ctest --preset ci
