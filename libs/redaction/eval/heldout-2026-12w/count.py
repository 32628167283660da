#!/usr/bin/env python3
"""Count the marks in heldout-2026-12w and check the format.

Prints a markdown table (marks per type per file, plus snippet and dialogue
counts) and a final line `errors: N`. Exit status 1 when N > 0.

Checks:
  * every `{` opens a well-formed mark `{type|text}` (regex \\{(\\w+)\\|([^{}]*)\\})
    whose type is one of TYPES, and the mark text is not empty;
  * no stray `}` outside a mark;
  * every dialogue line (not a comment, not `---`, not empty) starts with
    `agent: ` or `caller: `;
  * every dialogue has 6 to 16 lines.
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


def main() -> int:
    errors = 0
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    units = {}

    def err(msg: str) -> None:
        nonlocal errors
        errors += 1
        print(f"ERROR {msg}", file=sys.stderr)

    for f in FILES:
        path = HERE / f
        lines = path.read_text(encoding="utf-8").splitlines()
        is_dialogue = f.startswith("dialogues")
        n_units = 0
        current = 0  # lines in the current dialogue
        for no, line in enumerate(lines, 1):
            where = f"{f}:{no}"
            if line.startswith("#"):
                continue
            if is_dialogue and line.strip() == "---":
                if current:
                    if not 6 <= current <= 16:
                        err(f"{where}: dialogue ending here has {current} lines (want 6-16)")
                    n_units += 1
                current = 0
                continue
            if not line.strip():
                continue
            if is_dialogue:
                current += 1
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    err(f"{where}: dialogue line does not start with 'agent: ' or 'caller: '")
            else:
                n_units += 1
            # well-formed marks
            pos = 0
            rest = []
            for m in MARK.finditer(line):
                rest.append(line[pos:m.start()])
                pos = m.end()
                t, text = m.group(1), m.group(2)
                if t not in TYPES:
                    err(f"{where}: unknown type '{t}'")
                    continue
                if not text.strip():
                    err(f"{where}: empty mark of type '{t}'")
                if "|" in text:
                    err(f"{where}: '|' inside mark text '{text}'")
                counts[f][t] += 1
            rest.append(line[pos:])
            outside = "".join(rest)
            if "{" in outside:
                err(f"{where}: '{{' that does not open a well-formed mark")
            if "}" in outside:
                err(f"{where}: stray '}}'")
        if is_dialogue and current:
            if not 6 <= current <= 16:
                err(f"{f}: last dialogue has {current} lines (want 6-16)")
            n_units += 1
        units[f] = n_units

    short = {"snippets.sv.txt": "snip sv", "snippets.en.txt": "snip en",
             "dialogues.sv.txt": "dial sv", "dialogues.en.txt": "dial en"}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print(f"| {t} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    pd = [sum(counts[f][t] for t in TYPES if t != "keep") for f in FILES]
    allm = [sum(counts[f].values()) for f in FILES]
    print("| **all personal data** | " + " | ".join(str(x) for x in pd) + f" | {sum(pd)} |")
    print("| **all marks** | " + " | ".join(str(x) for x in allm) + f" | {sum(allm)} |")
    print("| snippets / dialogues | " + " | ".join(str(units[f]) for f in FILES)
          + f" | {sum(units.values())} |")
    print(f"errors: {errors}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
