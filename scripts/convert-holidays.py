#!/usr/bin/env python3
"""Convert NateScarlet/holiday-cn year files (JSON) into ArchiveRoom's calendar format.

Usage: scripts/convert-holidays.py SOURCE_DIR resources/calendar

The dates are public facts from the State Council notices; the files come from
https://github.com/NateScarlet/holiday-cn (MIT licence, Copyright (c) 2019 NateScarlet).
A year whose notice is not published yet (no days) is skipped: the program falls back to
Monday-Friday for it and warns.
"""
import json
import pathlib
import sys

HEADER = [
    "ArchiveRoom working-day calendar (工作日历): Chinese public holidays and make-up working days.",
    "Dates from NateScarlet/holiday-cn, https://github.com/NateScarlet/holiday-cn",
    "(MIT licence, Copyright (c) 2019 NateScarlet), taken from the State Council notice named in 'source'.",
    "Format: 'year YYYY', 'source TEXT', then one line per date: YYYY-MM-DD off|work NAME.",
    "off = public holiday; work = make-up working day (调休). Other dates: Monday-Friday work.",
]


def main():
    src, dst = pathlib.Path(sys.argv[1]), pathlib.Path(sys.argv[2])
    dst.mkdir(parents=True, exist_ok=True)
    for f in sorted(src.glob("*.json")):
        data = json.loads(f.read_text(encoding="utf-8"))
        days = data.get("days", [])
        if not days:
            print(f"skip {f.name}: no dates yet")
            continue
        lines = [f"# {h}" for h in HEADER]
        lines.append(f"year {data['year']}")
        lines.append("source " + " ".join(data.get("papers", [])))
        for d in sorted(days, key=lambda d: d["date"]):
            lines.append(f"{d['date']} {'off' if d['isOffDay'] else 'work'} {d['name']}")
        out = dst / f"{data['year']}.txt"
        out.write_text("\n".join(lines) + "\n", encoding="utf-8")
        print(f"wrote {out} ({len(days)} dates)")


if __name__ == "__main__":
    main()
