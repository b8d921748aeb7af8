#!/usr/bin/env bash
# CI's install test of the Debian package (issue #22): packages the already-built tree BUILD_DIR
# (the ci preset: no second compile; its test hooks are allowed here only, by
# AR_PACKAGE_INSTALL_TEST=1), installs it with apt-get (which pulls the dependencies), runs the
# installed program headless in a temporary HOME, purges it and checks that nothing of it is left.
# Needs root; on a machine where archiveroom is installed already it does nothing.
# Usage: scripts/install-test.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
build=$(cd "${1:-$root/build/ci}" && pwd)
start=$(date +%s)

if [ "$(id -u)" -ne 0 ]; then
  echo "install-test: skipped (needs root)"; exit 0
fi
if dpkg-query -W -f='${Status}' archiveroom 2>/dev/null | grep -q "install ok installed"; then
  echo "install-test: skipped (archiveroom is installed on this machine; not touching it)"; exit 0
fi

# Stripped by CPack, without the -dbgsym package: compressing the debug symbols takes minutes and
# installing the program does not need them (scripts/package.sh makes both).
(cd "$build" && AR_PACKAGE_INSTALL_TEST=1 cpack -G DEB -D CPACK_DEBIAN_DEBUGINFO_PACKAGE=OFF -D CPACK_STRIP_FILES=ON \
  > cpack.log) || { cat "$build/cpack.log"; exit 1; }
deb=$build/package/archiveroom-testhooks.deb
size=$(stat -c %s "$deb")
work=$(mktemp -d)
cleanup() {
  dpkg-query -W -f='${Status}' archiveroom 2>/dev/null | grep -q "install ok installed" &&
    DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq archiveroom > /dev/null
  rm -rf "$work"
}
trap cleanup EXIT

DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "$deb" > "$work/apt.log" ||
  { cat "$work/apt.log"; exit 1; }
dpkg -L archiveroom > "$work/files"

fail=0
bad() { echo "install-test: FAIL: $*"; fail=1; }
version=$(/usr/bin/archiveroom --version) || bad "--version"
[ "$version" = "archiveroom $(sed -n 's/^project(ArchiveRoom VERSION \([0-9.]*\).*/\1/p' "$root/CMakeLists.txt")" ] ||
  bad "--version says '$version'"

# Headless use in a temporary HOME; the default archive lands in its one data folder.
export HOME=$work/home XDG_DATA_HOME= XDG_CONFIG_HOME= LANG=C.UTF-8
mkdir -p "$HOME"
export ARCHIVEROOM_NEW_PASSWORD=install-test-1 ARCHIVEROOM_PASSWORD=install-test-1
archiveroom init --admin admin > /dev/null || bad "init"
[ -f "$HOME/.local/share/ArchiveRoom/archiveroom.db" ] || bad "the archive is not in ~/.local/share/ArchiveRoom"
archiveroom --user admin demo --households 5 --seed 3 > /dev/null || bad "demo"
hits=$(archiveroom --user admin --json search 101 | grep -c '"kind"' || true)
[ "$hits" -gt 0 ] || bad "search found nothing"

# The window starts (the first-run dialog of a new archive waits for input: still running after 5 s).
set +e
QT_QPA_PLATFORM=offscreen timeout 5 archiveroom --db "$work/gui.db" 2> "$work/gui.err"
code=$?
set -e
[ "$code" -eq 124 ] || bad "the window ended with $code: $(cat "$work/gui.err")"

# The manual and every screenshot it shows; the menu entry, icon, metainfo and manual pages.
manual=/usr/share/archiveroom/manual
for img in $(sed -n 's/.*!\[[^]]*\](\([^)]*\)).*/\1/p' "$manual/user-manual.md"); do
  [ -s "$manual/$img" ] || bad "manual image $img"
done
for f in /usr/share/applications/io.github.archiveroom.ArchiveRoom.desktop \
         /usr/share/metainfo/io.github.archiveroom.ArchiveRoom.metainfo.xml \
         /usr/share/icons/hicolor/scalable/apps/io.github.archiveroom.ArchiveRoom.svg \
         /usr/share/icons/hicolor/48x48/apps/io.github.archiveroom.ArchiveRoom.png \
         /usr/share/man/man1/archiveroom.1.gz /usr/share/man/zh_CN/man1/archiveroom.1.gz \
         /usr/share/doc/archiveroom/copyright; do
  [ -f "$f" ] || bad "$f not installed"
done
if file /usr/bin/archiveroom | grep -q "not stripped"; then bad "/usr/bin/archiveroom is not stripped"; fi

# Purge: every file and every folder of its own that the package listed is gone; the user's data stays.
DEBIAN_FRONTEND=noninteractive apt-get purge -y -qq archiveroom > /dev/null
while IFS= read -r p; do
  [ -d "$p" ] && [ ! -L "$p" ] && continue # shared folders such as /usr/share stay
  if [ -e "$p" ] || [ -L "$p" ]; then bad "$p left after purge"; fi
done < "$work/files"
for d in /usr/share/archiveroom /usr/share/doc/archiveroom; do
  if [ -e "$d" ]; then bad "$d left after purge"; fi
done
[ -f "$HOME/.local/share/ArchiveRoom/archiveroom.db" ] || bad "purge removed the user's archive"

echo "install-test: package $((size / 1024)) KiB, $(grep -c . "$work/files") paths, $(( $(date +%s) - start )) s"
exit $fail
