#!/usr/bin/env python3
"""Count the marks in the tuning-34 files and check that they are well formed.

Prints a markdown table (marks per type per file), the number of snippet lines and
dialogues, and `errors: N`. Every `{` must open a mark `{type|text}` of a listed type,
marks never nest or span lines, and every dialogue line starts with `agent:` or `caller:`.
Exit status is 1 when there are errors.
"""
import os
import re
import sys

TYPES = [
    "personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
    "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
    "address", "postcode", "dateOfBirth", "keep",
]
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")

here = os.path.dirname(os.path.abspath(__file__))
errors = []
counts = {f: {t: 0 for t in TYPES} for f in FILES}
units = {}

for f in FILES:
    path = os.path.join(here, f)
    if not os.path.exists(path):
        errors.append(f"{f}: missing")
        continue
    lines = open(path, encoding="utf-8").read().split("\n")
    n_units = 0
    dialogue_lines = 0
    for i, line in enumerate(lines, 1):
        if not line.strip() or line.startswith("#"):
            continue
        if f.startswith("dialogues"):
            if line.strip() == "---":
                if dialogue_lines:
                    n_units += 1
                dialogue_lines = 0
                continue
            if not re.match(r"^(agent|caller): ", line):
                errors.append(f"{f}:{i}: dialogue line must start with 'agent: ' or 'caller: '")
            dialogue_lines += 1
        else:
            n_units += 1
        pos = 0
        for m in MARK.finditer(line):
            between = line[pos:m.start()]
            if "{" in between or "}" in between:
                errors.append(f"{f}:{i}: stray brace before col {m.start() + 1}")
            pos = m.end()
            typ, text = m.group(1), m.group(2)
            if typ not in TYPES:
                errors.append(f"{f}:{i}: unknown type {typ!r}")
                continue
            if not text.strip() or text != text.strip():
                errors.append(f"{f}:{i}: empty or padded mark {m.group(0)!r}")
            counts[f][typ] += 1
        rest = line[pos:]
        if "{" in rest or "}" in rest:
            errors.append(f"{f}:{i}: stray or malformed brace after col {pos + 1}")
    if f.startswith("dialogues") and dialogue_lines:
        n_units += 1
    units[f] = n_units

used = [t for t in TYPES if any(counts[f][t] for f in FILES)]
short = {"snippets.sv.txt": "snip sv", "snippets.en.txt": "snip en",
         "dialogues.sv.txt": "dlg sv", "dialogues.en.txt": "dlg en"}
print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
print("|---|" + "---:|" * (len(FILES) + 1))
for t in used:
    row = [counts[f][t] for f in FILES]
    print(f"| {t} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
pii = [sum(counts[f][t] for t in TYPES if t != "keep") for f in FILES]
keep = [counts[f]["keep"] for f in FILES]
print("| **all personal data** | " + " | ".join(str(x) for x in pii) + f" | {sum(pii)} |")
print("| **keep** | " + " | ".join(str(x) for x in keep) + f" | {sum(keep)} |")
print("| snippets / dialogues | " + " | ".join(str(units.get(f, 0)) for f in FILES)
      + f" | {sum(units.values())} |")
print()
for e in errors:
    print(e)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
