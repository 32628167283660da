#!/usr/bin/env python3
"""Count marks per type per file in heldout-2026-12aa and check the format.

Checks: every '{' opens a well-formed mark {type|text} of a listed type (no nesting,
no mark across lines), every '}' closes one, every dialogue line starts with
'agent: ' or 'caller: ', dialogues are separated by '---' and have 6-16 lines.
Prints a markdown table and 'errors: N'.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
         "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
         "address", "postcode", "dateOfBirth", "keep"]
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def main() -> int:
    errors = []
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    units = {}
    for f in FILES:
        path = HERE / f
        if not path.exists():
            errors.append(f"{f}: missing")
            continue
        lines = path.read_text(encoding="utf-8").split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        is_dialogue = f.startswith("dialogues")
        n_units = 0
        block = 0
        for no, line in enumerate(lines, 1):
            where = f"{f}:{no}"
            if is_dialogue:
                if line == "---":
                    if not 6 <= block <= 16:
                        errors.append(f"{where}: dialogue before has {block} lines (want 6-16)")
                    block = 0
                    continue
                if block == 0:
                    n_units += 1
                block += 1
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{where}: line does not start with 'agent: ' or 'caller: '")
            else:
                if line.startswith("#") or not line.strip():
                    continue
                n_units += 1
            pos = 0
            rest = []
            for m in MARK.finditer(line):
                rest.append(line[pos:m.start()])
                pos = m.end()
                t, text = m.group(1), m.group(2)
                if t not in TYPES:
                    errors.append(f"{where}: unknown type {t!r}")
                    continue
                if not text.strip() or text != text.strip():
                    errors.append(f"{where}: empty or padded mark {m.group(0)!r}")
                if "|" in text:
                    errors.append(f"{where}: '|' inside mark text {m.group(0)!r}")
                counts[f][t] += 1
            rest.append(line[pos:])
            outside = "".join(rest)
            if "{" in outside or "}" in outside:
                errors.append(f"{where}: stray or malformed brace: {line!r}")
        if is_dialogue and block and not 6 <= block <= 16:
            errors.append(f"{f}: last dialogue has {block} lines (want 6-16)")
        units[f] = n_units

    short = {f: f.replace(".txt", "") for f in FILES}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print(f"| {t} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    tot = [sum(counts[f].values()) for f in FILES]
    print("| **all marks** | " + " | ".join(map(str, tot)) + f" | {sum(tot)} |")
    u = [units.get(f, 0) for f in FILES]
    print("| snippets / dialogues | " + " | ".join(map(str, u)) + f" | {sum(u)} |")
    for e in errors:
        print("ERROR", e, file=sys.stderr)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
