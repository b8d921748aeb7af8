#!/usr/bin/env bash
# Installs the Debian 12 packages ArchiveRoom needs to build, run and test.
# Only what is missing is installed; uses sudo when not run as root.
set -euo pipefail

PACKAGES=(
  # toolchain
  g++ cmake ninja-build ccache pkg-config
  # Qt 6.4: widgets, SQL (SQLite + PostgreSQL drivers), print support, test, linguist tools
  qt6-base-dev qt6-base-dev-tools qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools qt6-translations-l10n
  libqt6sql6-sqlite libqt6sql6-psql libgl-dev
  # security, barcodes, spreadsheets
  libssl-dev libzxing-dev libxlsxwriter-dev libminizip-dev libfreexl-dev
  # the program's allocator (the app and the bench link it; CMakeLists.txt, ar_allocator)
  libjemalloc-dev
  # SQLite tool (inspecting files in tests and by hand)
  sqlite3 libsqlite3-dev
  # the PostgreSQL server the tests start for the .pg runs of the storage and services suites
  # (scripts/pg-test-server.sh: initdb/pg_ctl in a temporary folder, socket only)
  postgresql-15
  # Chinese fonts: Noto for the UI; UMing (宋体-like) and Zen Hei (黑体) for printed forms,
  # whose text Qt's PDF writer keeps extractable (src/print/Page.h); a virtual display
  fonts-noto-cjk fonts-arphic-uming fonts-wqy-zenhei xvfb xauth
  # test helpers: fixed clocks for CLI tests, PDF rendering
  faketime poppler-utils
  # packaging: the .deb's shared-library dependencies (dpkg-shlibdeps), checks of the desktop
  # file and the AppStream metainfo, the manual pages' check (groff), the install test (file)
  dpkg-dev desktop-file-utils appstream groff-base file
)

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -eq 0 ]; then
  echo "install-deps: all ${#PACKAGES[@]} packages present"
  exit 0
fi

SUDO=""
if [ "$(id -u)" -ne 0 ]; then SUDO="sudo"; fi
echo "install-deps: installing ${missing[*]}"
$SUDO apt-get update -qq
DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}"
