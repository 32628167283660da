#!/usr/bin/env python3
"""Count marks per type per file in tuning-39 and check that every '{' opens a well-formed mark.

Prints a markdown table and 'errors: N' (must be 0). Also counts snippets and dialogues.
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
TYPES = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email", "bankAccount",
         "bankgiro", "plusgiro", "card", "iban", "idNumber", "name", "address", "postcode", "dateOfBirth", "keep"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def main():
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    errors = []
    units = {}
    for f in FILES:
        path = os.path.join(HERE, f)
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        n_units = 0
        in_dialogue = False
        for no, line in enumerate(lines, 1):
            if not line.strip() or line.startswith("#"):
                continue
            if f.startswith("dialogues"):
                if line.strip() == "---":
                    in_dialogue = False
                    continue
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{f}:{no}: dialogue line must start with 'agent: ' or 'caller: '")
                if not in_dialogue:
                    n_units += 1
                    in_dialogue = True
            else:
                n_units += 1
            pos = 0
            while True:
                i = line.find("{", pos)
                if i < 0:
                    break
                m = MARK.match(line, i)
                if not m:
                    errors.append(f"{f}:{no}: '{{' at column {i + 1} does not open a well-formed mark")
                    pos = i + 1
                    continue
                t, text = m.group(1), m.group(2)
                if t not in TYPES:
                    errors.append(f"{f}:{no}: unknown type '{t}'")
                elif not text.strip() or text != text.strip():
                    errors.append(f"{f}:{no}: empty or space-padded text in mark '{m.group(0)}'")
                else:
                    counts[f][t] += 1
                pos = m.end()
            stripped = MARK.sub("", line)
            if "}" in stripped or "|" in stripped:
                errors.append(f"{f}:{no}: stray '}}' or '|' outside a mark")
        units[f] = n_units
    print("| type | " + " | ".join(FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print(f"| {t} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    tot = [sum(counts[f].values()) for f in FILES]
    print("| **all marks** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    print("| snippets / dialogues | " + " | ".join(str(units[f]) for f in FILES) + " | |")
    print()
    for e in errors:
        print(e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
