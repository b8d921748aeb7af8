#!/usr/bin/env bash
# Renders one page of each printed form (RULES P1–P6) from a generated demo archive into
# docs/images/print-*.png, for docs/printed-forms.md. Usage: scripts/print-pictures.sh [BUILD_DIR]
set -euo pipefail
root=$(cd "$(dirname "$0")/.." && pwd)
bin=${1:-$root/build/ci}/bin/archiveroom
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
db=$work/demo.db
export ARCHIVEROOM_NEW_PASSWORD=demo-pass-1 ARCHIVEROOM_PASSWORD=demo-pass-1
"$bin" --db "$db" init --admin admin > /dev/null
"$bin" --db "$db" --user admin demo --households 40 --seed 7 > /dev/null
"$bin" --db "$db" --user admin user add clerk --role clerk --department 档案室 --name 演示文员 > /dev/null
run() { "$bin" --db "$db" --user clerk --lang zh_CN "$@"; }
room=$(run search 501 --json | python3 -c 'import json,sys; print([h for h in json.load(sys.stdin) if h["kind"]=="room"][0]["room"])')
no=$(run owner show "$room" --json | python3 -c 'import json,sys; print(json.load(sys.stdin)["archive_nos"][0])')
tenant=$(sqlite3 "$db" "SELECT archive_no FROM dossiers WHERE category = 'tenant' ORDER BY id LIMIT 1")
today=$(date +%F)
run print owner-form --room "$room" --out "$work/p1.pdf"
run print owner-form --blank --out "$work/p1-blank.pdf"
run print tenant-form --dossier "$tenant" --out "$work/p2.pdf"
run print catalog --dossier "$no" --out "$work/p3-dossier.pdf"
run print catalog --building 1 --out "$work/p3-catalog.pdf"
run print borrow-register --from "$(date -d '-60 days' +%F)" --to "$today" --out "$work/p4.pdf"
run print copy-register --from "$(date -d '-60 days' +%F)" --to "$today" --out "$work/p5.pdf"
run print labels --building 1 --out "$work/p6.pdf"
for f in p1 p1-blank p2 p3-dossier p3-catalog p4 p5 p6; do
  pdftoppm -png -r 80 -f 1 -l 1 -singlefile "$work/$f.pdf" "$root/docs/images/print-$f"
done
echo "print-pictures: docs/images/print-*.png written"
