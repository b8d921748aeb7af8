#!/usr/bin/env bash
# Installs what is missing, builds ArchiveRoom (optimised) and starts it.
# On first start the program creates its database in your data folder, asks for the first
# administrator and offers to load a demo estate. Arguments are passed to archiveroom.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/install-deps.sh
cmake --preset release >/dev/null
cmake --build --preset release --target archiveroom
exec build/release/bin/archiveroom "$@"
