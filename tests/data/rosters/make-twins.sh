#!/usr/bin/env bash
# Makes roster-twins.xls (Excel 97-2003, BIFF8) and roster-twins.xlsx from roster-twins.fods with
# LibreOffice, the way an office saves one roster in both formats. Run by hand when the source
# changes (LibreOffice is not needed to build or test: the two outputs are committed):
#   apt-get install --no-install-recommends libreoffice-calc-nogui && tests/data/rosters/make-twins.sh
set -euo pipefail
cd "$(dirname "$0")"
out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
soffice --headless -env:UserInstallation=file://"$out"/profile --convert-to 'xls:MS Excel 97' --outdir "$out" roster-twins.fods
soffice --headless -env:UserInstallation=file://"$out"/profile --convert-to 'xlsx:Calc MS Excel 2007 XML' --outdir "$out" roster-twins.fods
cp "$out"/roster-twins.xls "$out"/roster-twins.xlsx .
