#!/usr/bin/env python3
"""Count the marks of one redaction eval set per type and file, and check they are well formed.

Usage: python3 libs/redaction/eval/check_marks.py SET_FOLDER  (each set's count.py runs this on its own folder)

Every '{' must open a mark matching \\{(\\w+)\\|([^{}]*)\\} of a listed type, every '}' must close one, and marks must
not be empty. Dialogue files must contain only 'agent: ' / 'caller: ' lines, '---' separators and '#' comments, and every
dialogue must have 6-16 lines. Prints a markdown table and 'errors: N'; exits 1 if N > 0. One checker for every set
(the sets' helpers had copied it into each folder).
"""
import os
import re
import sys

TYPES = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email", "bankAccount",
         "bankgiro", "plusgiro", "card", "iban", "idNumber", "name", "address", "postcode", "dateOfBirth", "keep"]
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")

here = os.path.abspath(sys.argv[1]) if len(sys.argv) > 1 else sys.exit("usage: check_marks.py SET_FOLDER")
errors = []
counts = {f: {t: 0 for t in TYPES} for f in FILES}
units = {}

for f in FILES:
    n_units = 0
    dialogue_lines = 0
    with open(os.path.join(here, f), encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    for no, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if f.startswith("dialogues"):
            if line.strip() == "---":
                if dialogue_lines:
                    n_units += 1
                    if not 6 <= dialogue_lines <= 16:
                        errors.append(f"{f}:{no}: dialogue before this line has {dialogue_lines} lines, not 6-16")
                dialogue_lines = 0
                continue
            if not (line.startswith("agent: ") or line.startswith("caller: ")):
                errors.append(f"{f}:{no}: dialogue line must start with 'agent: ' or 'caller: '")
            dialogue_lines += 1
        else:
            n_units += 1
        pos = 0
        for m in MARK.finditer(line):
            rest = line[pos:m.start()]
            if "{" in rest or "}" in rest:
                errors.append(f"{f}:{no}: stray brace before column {m.start() + 1}")
            typ, text = m.group(1), m.group(2)
            if typ not in TYPES:
                errors.append(f"{f}:{no}: unknown type '{typ}'")
            elif not text.strip() or text != text.strip():
                errors.append(f"{f}:{no}: empty or padded mark {m.group(0)!r}")
            else:
                counts[f][typ] += 1
            pos = m.end()
        if "{" in line[pos:] or "}" in line[pos:]:
            errors.append(f"{f}:{no}: stray or unclosed brace after column {pos + 1}")
    if f.startswith("dialogues") and dialogue_lines:
        n_units += 1
        if not 6 <= dialogue_lines <= 16:
            errors.append(f"{f}: last dialogue has {dialogue_lines} lines, not 6-16")
    units[f] = n_units

short = {"snippets.sv.txt": "snip sv", "snippets.en.txt": "snip en",
         "dialogues.sv.txt": "dial sv", "dialogues.en.txt": "dial en"}
print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
print("|---|" + "---:|" * (len(FILES) + 1))
for t in TYPES:
    row = [counts[f][t] for f in FILES]
    print(f"| {t} | " + " | ".join(str(v) for v in row) + f" | {sum(row)} |")
pii = [sum(counts[f][t] for t in TYPES if t != "keep") for f in FILES]
keep = [counts[f]["keep"] for f in FILES]
print("| **personal data** | " + " | ".join(str(v) for v in pii) + f" | {sum(pii)} |")
print("| **keep** | " + " | ".join(str(v) for v in keep) + f" | {sum(keep)} |")
print("| snippets / dialogues | " + " | ".join(str(units[f]) for f in FILES) + f" | {sum(units.values())} |")
for e in errors:
    print(e)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
