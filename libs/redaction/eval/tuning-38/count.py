#!/usr/bin/env python3
"""Count marks per type per file in tuning-38 and check that every '{' opens a well-formed mark.

Prints a markdown table and `errors: N` (N must be 0). Exit status 1 when N > 0.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
TYPES = [
    "personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
    "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
    "address", "postcode", "dateOfBirth", "keep",
]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def check_file(name):
    counts = {t: 0 for t in TYPES}
    errors = []
    units = 0
    path = HERE / name
    dialogue = name.startswith("dialogues")
    cur_len = 0
    for no, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.startswith("#"):
            continue
        if dialogue:
            if line.strip() == "---":
                if cur_len:
                    units += 1
                    if not 6 <= cur_len <= 14:
                        errors.append(f"{name}:{no}: dialogue has {cur_len} lines (want 6-14)")
                cur_len = 0
                continue
            if not line.strip():
                continue
            if not (line.startswith("agent: ") or line.startswith("caller: ")):
                errors.append(f"{name}:{no}: dialogue line must start with 'agent: ' or 'caller: '")
            cur_len += 1
        elif line.strip():
            units += 1
        pos = 0
        for m in MARK.finditer(line):
            gap = line[pos:m.start()]
            if "{" in gap or "}" in gap:
                errors.append(f"{name}:{no}: stray brace before col {m.start() + 1}")
            if m.group(1) not in TYPES:
                errors.append(f"{name}:{no}: unknown type {m.group(1)!r}")
            elif not m.group(2).strip():
                errors.append(f"{name}:{no}: empty mark")
            elif m.group(2) != m.group(2).strip():
                errors.append(f"{name}:{no}: mark text has outer spaces")
            else:
                counts[m.group(1)] += 1
            pos = m.end()
        rest = line[pos:]
        if "{" in rest or "}" in rest:
            errors.append(f"{name}:{no}: stray or malformed brace after col {pos + 1}")
    if dialogue and cur_len:
        units += 1
        if not 6 <= cur_len <= 14:
            errors.append(f"{name}: last dialogue has {cur_len} lines (want 6-14)")
    return counts, units, errors


def main():
    results = {f: check_file(f) for f in FILES}
    short = {"snippets.sv.txt": "snip sv", "snippets.en.txt": "snip en",
             "dialogues.sv.txt": "dial sv", "dialogues.en.txt": "dial en"}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    grand = {f: 0 for f in FILES}
    ident = {f: 0 for f in FILES}
    pii_other = ("name", "address", "postcode", "dateOfBirth")
    for t in TYPES:
        row = [results[f][0][t] for f in FILES]
        for f, n in zip(FILES, row):
            grand[f] += n
            if t != "keep" and t not in pii_other:
                ident[f] += n
        print(f"| {t} | " + " | ".join(str(n) for n in row) + f" | {sum(row)} |")
    print("| *identifiers (all but keep, name, address, postcode, dateOfBirth)* | "
          + " | ".join(str(ident[f]) for f in FILES) + f" | {sum(ident.values())} |")
    print("| **all marks** | " + " | ".join(str(grand[f]) for f in FILES) + f" | {sum(grand.values())} |")
    print("| snippets / dialogues | " + " | ".join(str(results[f][1]) for f in FILES)
          + f" | {sum(results[f][1] for f in FILES)} |")
    errors = [e for f in FILES for e in results[f][2]]
    for e in errors:
        print(e, file=sys.stderr)
    print(f"\nerrors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
