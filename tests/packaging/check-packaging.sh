#!/usr/bin/env bash
# Checks what the package installs besides the program (issue #22), in a build tree:
#   the desktop file and the AppStream metainfo validate (desktop-file-validate, appstreamcli),
#   every command `archiveroom help` lists is in both manual pages, and the package's copyright
#   file carries the LICENSE's terms and copyright line.
# Usage: check-packaging.sh SOURCE_DIR BUILD_DIR APP_ID
set -euo pipefail
src=$1 build=$2 id=$3
fail=0
bad() { echo "FAIL: $*"; fail=1; }

desktop-file-validate "$build/share/applications/$id.desktop" || bad "desktop file"
appstreamcli validate --no-net --pedantic "$build/share/metainfo/$id.metainfo.xml" || bad "metainfo"
grep -q '^Name\[zh_CN\]=档案室$' "$build/share/applications/$id.desktop" || bad "Name[zh_CN]"
grep -q "<image>https://" "$build/share/metainfo/$id.metainfo.xml" || bad "screenshots are not URLs"

# Every command of the help, in each language's page (.B COMMAND starts its entry).
bin=$build/bin/archiveroom
for lang in en zh_CN; do
  page=$build/share/man/man1/archiveroom.1
  [ "$lang" = zh_CN ] && page=$build/share/man/zh_CN/man1/archiveroom.1
  [ -s "$page" ] && [ -s "$page.gz" ] || { bad "$page missing"; continue; }
  commands=$("$bin" --lang "$lang" help | sed -n 's/^  \([a-z][a-z-]*\( [a-z][a-z-]*\)\?\)  .*/\1/p')
  n=$(printf '%s\n' "$commands" | grep -c .)
  [ "$n" -ge 50 ] || bad "only $n commands in the $lang help"
  while IFS= read -r c; do
    grep -qxF ".B $c" "$page" || bad "$lang page lacks '$c'"
  done <<< "$commands"
  cmp -s <(gzip -dc "$page.gz") "$page" || bad "$page.gz differs from $page"
  # The page renders without groff's complaints (warnings are errors here).
  if command -v groff > /dev/null; then
    errors=$(LC_ALL=C.UTF-8 groff -k -man -Tutf8 -ww -Wbreak -z "$page" 2>&1 || true)
    [ -z "$errors" ] || bad "groff on $page: $errors"
  fi
  echo "man page $lang: $n commands"
done

# The copyright file says MIT (Expat) for the program with LICENSE's copyright line and terms.
copyright=$src/packaging/debian/copyright
grep -qF "Copyright: $(sed -n 's/^Copyright (c) //p' "$src/LICENSE")" "$copyright" || bad "copyright line differs from LICENSE"
license_terms=$(sed -n '5,$p' "$src/LICENSE" | sed -e 's/^$/./' -e 's/^/ /')
grep -qF "$(printf '%s\n' "$license_terms" | sed -n 1p)" "$copyright" || bad "copyright lacks the MIT terms"
python3 - "$copyright" "$license_terms" <<'PY' || bad "copyright's Expat text differs from LICENSE"
import sys
text = open(sys.argv[1], encoding="utf-8").read()
sys.exit(0 if sys.argv[2] in text else 1)
PY
exit $fail
