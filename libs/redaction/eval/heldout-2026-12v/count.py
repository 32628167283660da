#!/usr/bin/env python3
"""Count the marks in the heldout-2026-12v files and check their form.

Prints a markdown table (marks per type per file), the number of snippets and
dialogues, and `errors: N` (N must be 0). Checks:
  * every `{` opens a well-formed mark `{type|text}` of a listed type
    (regex \\{(\\w+)\\|([^{}]*)\\}), with non-empty text that is not padded
    with spaces; marks never nest and never span lines; no stray `}`;
  * every non-comment, non-blank dialogue line starts with `agent: ` or
    `caller: `, and dialogues are separated by a line containing only `---`
    (6 to 16 lines each).
Usage: python3 count.py  (run from any directory)
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
TYPES = [
    "personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
    "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
    "address", "postcode", "dateOfBirth", "keep",
]
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")

errors = []


def err(fname, lineno, msg):
    errors.append(f"{fname}:{lineno}: {msg}")


def check_line(fname, lineno, line, counts):
    pos = 0
    while True:
        i = line.find("{", pos)
        j = line.find("}", pos)
        if j != -1 and (i == -1 or j < i):
            err(fname, lineno, f"stray '}}' at column {j + 1}")
            pos = j + 1
            continue
        if i == -1:
            break
        m = MARK.match(line, i)
        if not m:
            err(fname, lineno, f"'{{' at column {i + 1} does not open a well-formed mark")
            pos = i + 1
            continue
        typ, text = m.group(1), m.group(2)
        if typ not in TYPES:
            err(fname, lineno, f"unknown type '{typ}'")
        elif not text.strip():
            err(fname, lineno, f"empty {typ} mark")
        elif text != text.strip():
            err(fname, lineno, f"{typ} mark padded with spaces: {text!r}")
        else:
            counts[typ] = counts.get(typ, 0) + 1
        pos = m.end()


def main():
    table = {}
    units = {}
    for fname in FILES:
        path = os.path.join(HERE, fname)
        counts = {}
        table[fname] = counts
        if not os.path.exists(path):
            err(fname, 0, "file missing")
            continue
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        is_dialogue = fname.startswith("dialogues")
        n_units = 0
        cur = 0
        cur_start = None
        for lineno, raw in enumerate(lines, 1):
            line = raw.rstrip("\r")
            if line.startswith("#"):
                continue
            if is_dialogue:
                if line.strip() == "---":
                    if cur:
                        if not 6 <= cur <= 16:
                            err(fname, cur_start, f"dialogue has {cur} lines (want 6-16)")
                        n_units += 1
                    cur = 0
                    continue
                if not line.strip():
                    continue
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    err(fname, lineno, "dialogue line does not start with 'agent: ' or 'caller: '")
                if cur == 0:
                    cur_start = lineno
                cur += 1
            else:
                if not line.strip():
                    continue
                n_units += 1
            check_line(fname, lineno, line, counts)
        if is_dialogue and cur:
            if not 6 <= cur <= 16:
                err(fname, cur_start, f"dialogue has {cur} lines (want 6-16)")
            n_units += 1
        units[fname] = n_units

    short = {f: f.replace(".txt", "") for f in FILES}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    grand = {f: 0 for f in FILES}
    for t in TYPES:
        row = [table[f].get(t, 0) for f in FILES]
        for f, n in zip(FILES, row):
            grand[f] += n
        print(f"| {t} | " + " | ".join(str(n) for n in row) + f" | {sum(row)} |")
    print("| **all marks** | " + " | ".join(str(grand[f]) for f in FILES) + f" | {sum(grand.values())} |")
    print("| **snippets / dialogues** | " + " | ".join(str(units.get(f, 0)) for f in FILES)
          + f" | {sum(units.values())} |")
    print()
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
