#!/usr/bin/env python3
"""Convert Unicode's Unihan database into ArchiveRoom's pinyin table (resources/pinyin/unihan.txt).

Usage: scripts/convert-unihan.py [UNIHAN_DIR] resources/pinyin

UNIHAN_DIR (default /usr/share/unicode, Debian's `unicode-data` package) holds
Unihan_Readings.txt and Unihan_Variants.txt, plain or bz2-compressed, or Unihan.zip.
Only needed to regenerate the committed table; the program never reads unicode-data.

Fields used: kMandarin (the common reading, listed first) and kXHC1983 (every reading in the
Xiandai Hanyu Cidian, so 单 gives dan, shan and chan) from Unihan_Readings.txt;
kSimplifiedVariant from Unihan_Variants.txt (a traditional character and its simplified form).
Tone marks are dropped and ü is written v (lü -> lv); the program accepts u for it too.
"""
import bz2
import io
import pathlib
import sys
import unicodedata
import zipfile

HEADER = [
    "ArchiveRoom pinyin table, converted by scripts/convert-unihan.py from the Unihan database",
    "(Unicode, Inc., Unicode 15.0.0, Unicode License; see README.md beside this file). Modified:",
    "tone marks dropped, u-umlaut written v, only characters with a Mandarin reading kept.",
    "Format: 'r CHAR READING[,READING...]' (kMandarin first, then kXHC1983),",
    "'s CHAR SIMPLIFIED' (kSimplifiedVariant, when the character is not itself a simplified form).",
]


def open_text(folder, name):
    folder = pathlib.Path(folder)
    for candidate in (folder / name, folder / (name + ".bz2")):
        if candidate.exists():
            if candidate.suffix == ".bz2":
                return io.TextIOWrapper(bz2.open(candidate), encoding="utf-8")
            return candidate.open(encoding="utf-8")
    z = folder / "Unihan.zip"
    if z.exists():
        return io.TextIOWrapper(zipfile.ZipFile(z).open(name), encoding="utf-8")
    sys.exit(f"{name} not found in {folder} (install the Debian package unicode-data)")


def fields(f):
    for line in f:
        if line.startswith("#") or not line.strip():
            continue
        code, field, value = line.rstrip("\n").split("\t", 2)
        yield chr(int(code[2:], 16)), field, value


def toneless(reading):
    out = []
    for c in unicodedata.normalize("NFD", reading.lower()):
        if unicodedata.category(c) == "Mn":
            if c == "\u0308" and out and out[-1] == "u":  # u + diaeresis = ü
                out[-1] = "v"
            continue
        out.append(c)
    s = "".join(out)
    if not s.isascii() or not s.isalpha():
        raise ValueError(f"unexpected reading {reading!r}")
    return s


def main():
    args = sys.argv[1:]
    src = args[0] if len(args) == 2 else "/usr/share/unicode"
    dst = pathlib.Path(args[-1])
    readings = {}
    with open_text(src, "Unihan_Readings.txt") as f:
        for ch, field, value in fields(f):
            if field == "kMandarin":
                rs = value.split()
            elif field == "kXHC1983":
                rs = [v.split(":", 1)[1] for v in value.split()]
            else:
                continue
            mine = readings.setdefault(ch, [[], []])
            mine[0 if field == "kMandarin" else 1].extend(toneless(r) for r in rs)
    table = {}
    for ch, (mandarin, xhc) in readings.items():
        seen = []
        for r in mandarin + xhc:
            if r not in seen:
                seen.append(r)
        table[ch] = seen
    simplified = {}
    with open_text(src, "Unihan_Variants.txt") as f:
        for ch, field, value in fields(f):
            if field != "kSimplifiedVariant":
                continue
            targets = [chr(int(v[2:], 16)) for v in value.split()]
            if ch not in targets:
                simplified[ch] = targets[0]
    dst.mkdir(parents=True, exist_ok=True)
    lines = [f"# {h}" for h in HEADER]
    for ch in sorted(table):
        lines.append(f"r {ch} {','.join(table[ch])}")
    for ch in sorted(simplified):
        lines.append(f"s {ch} {simplified[ch]}")
    out = dst / "unihan.txt"
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {out}: {len(table)} characters with readings, {len(simplified)} simplified forms")


if __name__ == "__main__":
    main()
