#!/usr/bin/env python3
"""Fill translations into a Qt Linguist .ts file.

Usage: scripts/ts-apply.py translations/archiveroom_zh_CN.ts < pairs.json
pairs.json: {"source text": "translation", ...} or {"Context": {"source": "translation"}}.
Entries found get the translation and lose type="unfinished"; the rest are left alone.
Prints the number of entries still unfinished, with their context and source, to stderr.
"""
import json
import sys
import xml.etree.ElementTree as ET


def main():
    path = sys.argv[1]
    pairs = json.load(sys.stdin)
    flat = {k: v for k, v in pairs.items() if isinstance(v, str)}
    by_ctx = {k: v for k, v in pairs.items() if isinstance(v, dict)}
    tree = ET.parse(path)
    root = tree.getroot()
    left = []
    for ctx in root.iter("context"):
        cname = ctx.findtext("name")
        for msg in ctx.iter("message"):
            src = msg.findtext("source")
            tr = msg.find("translation")
            value = by_ctx.get(cname, {}).get(src, flat.get(src))
            if value is not None and tr is not None:
                if msg.get("numerus") == "yes":
                    for n in list(tr):
                        tr.remove(n)
                    ET.SubElement(tr, "numerusform").text = value
                else:
                    tr.text = value
                tr.attrib.pop("type", None)
            elif tr is not None and tr.get("type") == "unfinished":
                left.append((cname, src))
    tree.write(path, encoding="utf-8", xml_declaration=True)
    with open(path, "r+", encoding="utf-8") as f:
        text = f.read().replace("<?xml version='1.0' encoding='utf-8'?>", '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>', 1)
        f.seek(0)
        f.write(text)
        f.truncate()
    for c, s in left:
        print(f"unfinished: [{c}] {s}", file=sys.stderr)
    print(f"{len(left)} unfinished", file=sys.stderr)


if __name__ == "__main__":
    main()
