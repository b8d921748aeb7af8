#!/usr/bin/env bash
# clang-tidy (.clang-tidy at the top) over the project's own sources, with the compile commands of
# a configured tree (default build/ci: run `cmake --preset ci` first; the generated moc/ui files
# must exist, so build once). Any finding fails (exit 1).
#   scripts/tidy.sh                  the files changed against main (committed or not)
#   scripts/tidy.sh --base REF       the files changed against REF
#   scripts/tidy.sh --all            every source of src/, ui/, tests/ and bench/ (slow: see docs/architecture.md)
#   scripts/tidy.sh FILE…            the files named
# Environment: BUILD_DIR (default build/ci), JOBS (default 2).
set -euo pipefail
cd "$(dirname "$0")/.."
build=${BUILD_DIR:-build/ci}
jobs=${JOBS:-2}
if [ ! -f "$build/compile_commands.json" ]; then
  echo "tidy: $build/compile_commands.json is missing: configure first (cmake --preset ci)" >&2
  exit 2
fi
base=main
files=()
case "${1:-}" in
  --all)
    mapfile -t files < <(git ls-files 'src/*.cpp' 'ui/*.cpp' 'tests/*.cpp' 'bench/*.cpp') ;;
  --base)
    base=${2:?--base needs a git revision} ;;
  "") ;;
  *) files=("$@") ;;
esac
if [ ${#files[@]} -eq 0 ] && [ "${1:-}" != "--all" ]; then
  # Changed against the merge base, plus what is not committed yet; a changed header brings in
  # nothing by itself (clang-tidy checks headers through the sources that include them).
  mapfile -t files < <({ git diff --name-only --diff-filter=d "$(git merge-base "$base" HEAD)" -- '*.cpp'
                         git diff --name-only --diff-filter=d HEAD -- '*.cpp'; } |
                       grep -E '^(src|ui|tests|bench)/' | sort -u)
fi
if [ ${#files[@]} -eq 0 ]; then
  echo "tidy: no C++ source changed against $base"
  exit 0
fi
echo "tidy: ${#files[@]} file(s), $jobs at a time"
# Only the findings are shown; clang is told to ignore the GCC-only flags of the compile commands.
out=$(mktemp)
status=0
printf '%s\n' "${files[@]}" |
  xargs -P "$jobs" -n 4 clang-tidy -p "$build" --quiet --extra-arg=-Wno-unknown-warning-option \
    > "$out" 2>&1 || status=$?
grep -v -E '^[0-9]+ warnings? (and [0-9]+ errors? )?generated\.$|^Suppressed [0-9]+ warnings|^Use -header-filter|^$' "$out" || true
rm -f "$out"
if [ "$status" -ne 0 ]; then
  echo "tidy: findings above (clang-tidy failed on at least one file)" >&2
  exit 1
fi
echo "tidy: clean"
