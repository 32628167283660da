#!/usr/bin/env python3
"""Count the marks in heldout-2026-12y and check the format.

Prints a markdown table (marks per type per file), the number of snippets and
dialogues, and `errors: N`. N must be 0.

Checks: every `{` opens a well-formed mark `{type|text}` of a listed type (no
nesting, no mark spanning lines, no stray `}`), every non-comment dialogue line
starts with `agent: ` or `caller: `, dialogues are separated by `---` lines
and have 6-16 lines each.
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

errors = []
counts = {f: {t: 0 for t in TYPES} for f in FILES}
units = {}

for f in FILES:
    path = os.path.join(HERE, f)
    with open(path, encoding="utf-8") as fh:
        lines = fh.read().split("\n")
    is_dialogue = f.startswith("dialogues")
    n_units = 0
    turn_count = 0
    for no, line in enumerate(lines, 1):
        where = f"{f}:{no}"
        if line.startswith("#"):
            continue
        if not line.strip():
            continue
        if is_dialogue and line == "---":
            if not 6 <= turn_count <= 16:
                errors.append(f"{where}: dialogue before --- has {turn_count} lines (want 6-16)")
            if turn_count:
                n_units += 1
            turn_count = 0
            continue
        if is_dialogue:
            if not (line.startswith("agent: ") or line.startswith("caller: ")):
                errors.append(f"{where}: dialogue line does not start with 'agent: ' or 'caller: '")
            turn_count += 1
        else:
            n_units += 1
        pos = 0
        for m in MARK.finditer(line):
            between = line[pos:m.start()]
            if "{" in between or "}" in between:
                errors.append(f"{where}: stray brace before column {m.start() + 1}")
            typ, text = m.group(1), m.group(2)
            if typ not in TYPES:
                errors.append(f"{where}: unknown type '{typ}'")
            elif not text.strip() or text != text.strip():
                errors.append(f"{where}: empty mark text or leading/trailing space in '{text}'")
            else:
                counts[f][typ] += 1
            pos = m.end()
        rest = line[pos:]
        if "{" in rest or "}" in rest:
            errors.append(f"{where}: stray or malformed brace after column {pos + 1}")
    if is_dialogue and turn_count:
        if not 6 <= turn_count <= 16:
            errors.append(f"{f}: last dialogue has {turn_count} lines (want 6-16)")
        n_units += 1
    units[f] = n_units

print("| type | " + " | ".join(FILES) + " | total |")
print("|---|" + "---:|" * (len(FILES) + 1))
for t in TYPES:
    row = [counts[f][t] for f in FILES]
    print(f"| {t} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
tot = [sum(counts[f].values()) for f in FILES]
print("| **all marks** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
print("| **snippets / dialogues** | " + " | ".join(str(units[f]) for f in FILES) + f" | {sum(units.values())} |")
print()
for e in errors:
    print("error:", e, file=sys.stderr)
print(f"errors: {len(errors)}")
sys.exit(1 if errors else 0)
