#!/usr/bin/env python3
"""Count the marks in the tuning-35 redaction set and check that they are well formed.

Usage: python3 count.py   (run from any folder; it reads the files next to itself)

Prints a markdown table (marks per type per file), the number of snippets and dialogues,
and `errors: N`. An error is: a `{` that does not open a well-formed mark `{type|text}`,
a mark whose type is not in the list, an empty mark, a stray `}`, a dialogue line that
does not start with `agent: ` or `caller: `, or a dialogue outside 6-14 lines.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
TYPES = [
    "personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
    "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
    "address", "postcode", "dateOfBirth", "keep",
]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def check_line(fname, lineno, line, counts, errors):
    pos = 0
    while True:
        i = line.find("{", pos)
        if i < 0:
            break
        m = MARK.match(line, i)
        if not m:
            errors.append(f"{fname}:{lineno}: '{{' at column {i + 1} does not open a well-formed mark")
            pos = i + 1
            continue
        typ, text = m.group(1), m.group(2)
        if typ not in TYPES:
            errors.append(f"{fname}:{lineno}: unknown type '{typ}'")
        elif not text.strip():
            errors.append(f"{fname}:{lineno}: empty mark of type '{typ}'")
        elif text != text.strip():
            errors.append(f"{fname}:{lineno}: mark text has leading/trailing space: '{text}'")
        else:
            counts[typ] = counts.get(typ, 0) + 1
        pos = m.end()
    if "}" in MARK.sub("", line):
        errors.append(f"{fname}:{lineno}: stray '}}'")


def main():
    table = {}
    errors = []
    units = {}
    for fname in FILES:
        path = os.path.join(HERE, fname)
        counts = {}
        table[fname] = counts
        if not os.path.exists(path):
            errors.append(f"{fname}: missing")
            units[fname] = 0
            continue
        dialogue = fname.startswith("dialogues")
        n_units = 0
        cur = 0
        start = None
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for lineno, raw in enumerate(lines, 1):
            line = raw.rstrip("\r")
            if line.startswith("#"):
                continue
            if dialogue:
                if line.strip() == "---":
                    if cur:
                        if not 6 <= cur <= 14:
                            errors.append(f"{fname}:{start}: dialogue has {cur} lines (want 6-14)")
                        n_units += 1
                    cur = 0
                    continue
                if not line.strip():
                    continue
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{fname}:{lineno}: dialogue line must start with 'agent: ' or 'caller: '")
                if cur == 0:
                    start = lineno
                cur += 1
            else:
                if not line.strip():
                    continue
                n_units += 1
            check_line(fname, lineno, line, counts, errors)
        if dialogue and cur:
            if not 6 <= cur <= 14:
                errors.append(f"{fname}:{start}: dialogue has {cur} lines (want 6-14)")
            n_units += 1
        units[fname] = n_units

    header = "| type | " + " | ".join(FILES) + " | total |"
    print(header)
    print("|" + "---|" * (len(FILES) + 2))
    grand = {f: 0 for f in FILES}
    pd_total = {f: 0 for f in FILES}
    for typ in TYPES:
        row = [table[f].get(typ, 0) for f in FILES]
        for f, n in zip(FILES, row):
            grand[f] += n
            if typ != "keep":
                pd_total[f] += n
        print(f"| {typ} | " + " | ".join(str(n) for n in row) + f" | {sum(row)} |")
    print("| **personal data (all but keep)** | " + " | ".join(str(pd_total[f]) for f in FILES)
          + f" | {sum(pd_total.values())} |")
    print("| **all marks** | " + " | ".join(str(grand[f]) for f in FILES) + f" | {sum(grand.values())} |")
    print("| *snippets / dialogues* | " + " | ".join(str(units[f]) for f in FILES) + " | |")
    print()
    for e in errors:
        print(e, file=sys.stderr)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
