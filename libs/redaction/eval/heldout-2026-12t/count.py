#!/usr/bin/env python3
"""Count marks per type per file in heldout-2026-12t and check the format.

Checks: every `{` opens a well-formed mark `{type|text}` of a listed type, every `}` closes one,
every dialogue line starts with `agent: ` or `caller: `, and dialogues have 6-16 lines.
Prints a markdown table and `errors: N` (exit status 1 when N > 0).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
TYPES = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email", "bankAccount",
         "bankgiro", "plusgiro", "card", "iban", "idNumber", "name", "address", "postcode",
         "dateOfBirth", "keep"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def main():
    errors = []
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    units = {}
    for f in FILES:
        dialogue = f.startswith("dialogues")
        lines = open(os.path.join(HERE, f), encoding="utf-8").read().split("\n")
        n_units, cur = 0, 0
        for ln, line in enumerate(lines, 1):
            if line.startswith("#") or not line.strip():
                continue
            if dialogue and line.strip() == "---":
                if cur:
                    n_units += 1
                    if not 6 <= cur <= 16:
                        errors.append(f"{f}:{ln}: dialogue ending here has {cur} lines (want 6-16)")
                cur = 0
                continue
            if dialogue:
                cur += 1
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{f}:{ln}: dialogue line does not start with 'agent: ' or 'caller: '")
            else:
                n_units += 1
            spans = []
            for i, ch in enumerate(line):
                if ch == "{":
                    m = MARK.match(line, i)
                    if not m:
                        errors.append(f"{f}:{ln}:{i + 1}: '{{' does not open a well-formed mark")
                    elif m.group(1) not in TYPES:
                        errors.append(f"{f}:{ln}:{i + 1}: unknown type {m.group(1)!r}")
                        spans.append((m.start(), m.end()))
                    elif not m.group(2).strip():
                        errors.append(f"{f}:{ln}:{i + 1}: empty mark")
                        spans.append((m.start(), m.end()))
                    else:
                        counts[f][m.group(1)] += 1
                        spans.append((m.start(), m.end()))
            for i, ch in enumerate(line):
                if ch == "}" and not any(e - 1 == i for _, e in spans):
                    errors.append(f"{f}:{ln}:{i + 1}: '}}' closes no mark")
        if dialogue and cur:
            n_units += 1
            if not 6 <= cur <= 16:
                errors.append(f"{f}: last dialogue has {cur} lines (want 6-16)")
        units[f] = n_units

    print("| type | " + " | ".join(FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print(f"| {t} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(counts[f].values()) for f in FILES]
    print("| **all marks** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    print("| **snippets / dialogues** | " + " | ".join(map(str, (units[f] for f in FILES))) + " | |")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
