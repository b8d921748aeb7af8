#!/usr/bin/env bash
# Runs every test function of the chosen Qt Test executables on its own (issue #21 item 4): the
# suite lists its functions (`TestX -functions`), then each runs alone (`TestX fnName`). A
# function that passes only after the ones before it fails here.
#
#   scripts/test-functions-alone.sh            the command-line suites (build/ci/tests/cli)
#   scripts/test-functions-alone.sh REGEX      the suites under build/ci/tests whose name matches REGEX
#   scripts/test-functions-alone.sh --all      every suite under build/ci/tests
#
# Build the ci preset first. Prints one line per failing function (with the first lines of its
# report) and a summary; exits 1 on any failure. GUI suites run on the offscreen platform, with
# the environment ctest gives them. BUILD_DIR overrides build/ci; JOBS (default: the number of
# cores) how many functions run at once, each in a process of its own.
set -uo pipefail
cd "$(dirname "$0")/.."
build="${BUILD_DIR:-build/ci}"

regex='^TestCli'
under="$build/tests/cli"
case "${1:-}" in
  --all) regex='.'; under="$build/tests" ;;
  -h|--help) sed -n '2,13p' "$0"; exit 0 ;;
  '') ;;
  *) regex="$1"; under="$build/tests" ;;
esac
if [ ! -d "$under" ]; then
  echo "test-functions-alone: $under does not exist (build the ci preset first)" >&2
  exit 2
fi

# The environment ctest gives every test (ar_add_test in tests/CMakeLists.txt), but a home folder
# of its own for each function (below): two functions running at once must not share settings.
root="$(cd "$build" && pwd)"
export QT_QPA_PLATFORM=offscreen QTEST_DISABLE_STACK_DUMP=1 LANG=C.UTF-8 LC_ALL=C.UTF-8 TZ=Asia/Shanghai \
  ARCHIVEROOM_MANUAL_DIR="$root/share/archiveroom/manual"
unset XDG_CONFIG_HOME XDG_CACHE_HOME XDG_STATE_HOME
log="$(mktemp -d "${TMPDIR:-/tmp}/functions-alone.XXXXXX")"
trap 'rm -rf "$log"' EXIT

# One line "DIR NAME FUNCTION" per function of every chosen suite.
suites=0 broken=0
while IFS= read -r exe; do
  name="$(basename "$exe")"
  [[ "$name" =~ $regex ]] || continue
  if ! list="$("$exe" -functions 2>/dev/null)"; then
    echo "FAIL $name (-functions did not run)"
    broken=$((broken + 1))
    continue
  fi
  suites=$((suites + 1))
  while IFS= read -r fn; do
    fn="${fn%()}"
    [ -n "$fn" ] && echo "$(dirname "$exe") $name $fn"
  done <<<"$list" >>"$log/list"
done < <(find "$under" -type f -name 'Test*' -perm -u+x | sort)
touch "$log/list"

# Each function alone, JOBS at a time (default: the number of cores), in its suite's folder as
# ctest runs it. A failure writes its report to $log/fail.N.
one() {
  local dir="$1" name="$2" fn="$3" out home
  out="$(mktemp "$log/out.XXXXXX")"
  home="$(mktemp -d "$log/home.XXXXXX")"
  if ! (cd "$dir" && HOME="$home" XDG_DATA_HOME="$home/data" "./$name" "$fn" -o "$out,txt") >/dev/null 2>&1; then
    {
      echo "FAIL $name $fn"
      grep -m 5 -E '^(FAIL!|   Loc:|QFATAL|QWARN)' "$out" 2>/dev/null | sed 's/^/    /'
    } >"$log/fail.$name.$fn"
  fi
  rm -rf "$out" "$home"
}
export -f one
export log
start=$SECONDS
xargs -a "$log/list" -P "${JOBS:-$(nproc)}" -L 1 bash -c 'one "$@"' _
functions=$(wc -l <"$log/list")
failed=$broken
for f in "$log"/fail.*; do
  [ -e "$f" ] || continue
  cat "$f"
  failed=$((failed + 1))
done

echo "test-functions-alone: $functions functions in $suites suites, $failed failed ($((SECONDS - start)) s)"
[ "$failed" -eq 0 ]
