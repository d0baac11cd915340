#!/usr/bin/env python3
"""Fills in the offsets of every evidence in a NAME.annotations.json from its quote.

Write the annotations with each evidence's "quote" (and "source"); this script finds the quote in
NAME.txt next to the annotations file and writes "start" and "end" as Java counts them (UTF-16
code units, end exclusive). A quote that occurs more than once needs "nth": k (1-based), which is
removed once used. A quote that is not found, or is ambiguous, stops the script with the file and
the quote, and nothing is written. The Java corpus loader checks every quote again when it loads.

Usage:  python3 tools/corpus/fill_offsets.py DIR/NAME.annotations.json [...]
"""
import json
import re
import sys


def utf16(s):
    return len(s.encode("utf-16-le")) // 2


def locate(text, quote, nth, where):
    pattern = re.compile("[ \u00a0]".join(re.escape(part) for part in quote.split(" ")))
    found = list(pattern.finditer(text))
    if not found:
        sys.exit("%s: quote not found: %r" % (where, quote))
    if nth is None and len(found) > 1:
        sys.exit("%s: quote occurs %d times, give \"nth\": %r" % (where, len(found), quote))
    nth = nth or 1
    if nth > len(found):
        sys.exit("%s: quote occurs %d times, not %d: %r" % (where, len(found), nth, quote))
    m = found[nth - 1]
    start = utf16(text[:m.start()])
    return start, start + utf16(m.group(0)), m.group(0)


def fill(node, text, where):
    if isinstance(node, dict):
        if "quote" in node and "source" in node:
            start, end, quote = locate(text, node["quote"], node.pop("nth", None), where)
            node["start"], node["end"], node["quote"] = start, end, quote
        for value in node.values():
            fill(value, text, where)
    elif isinstance(node, list):
        for value in node:
            fill(value, text, where)


def main(paths):
    if not paths:
        sys.exit(__doc__)
    for path in paths:
        if not path.endswith(".annotations.json"):
            sys.exit("%s: not a NAME.annotations.json file" % path)
        with open(path[: -len(".annotations.json")] + ".txt", encoding="utf-8") as f:
            text = f.read()
        with open(path, encoding="utf-8") as f:
            data = json.load(f)
        fill(data, text, path)
        with open(path, "w", encoding="utf-8") as f:
            json.dump(data, f, indent=2, ensure_ascii=False)
            f.write("\n")


if __name__ == "__main__":
    main(sys.argv[1:])
