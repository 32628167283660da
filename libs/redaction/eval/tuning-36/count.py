#!/usr/bin/env python3
"""Count the marks in the tuning-36 set and check that they are well formed.

Usage: python3 count.py   (run from anywhere; reads the four text files next to this script)

Prints a markdown table (marks per type per file), line counts, and `errors: N`.
An error is: a `{` that does not open a well-formed mark `{type|text}` of a listed type,
a `}` that closes no mark, or (in the dialogue files) a line that is not `agent: …`,
`caller: …` or `---` (comments are allowed only in the snippet files).  Exit status is 1 when N > 0.
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


def main() -> int:
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    lines = {}
    dialogues = {}
    errors = []
    for f in FILES:
        path = os.path.join(HERE, f)
        with open(path, encoding="utf-8") as fh:
            text = fh.read().splitlines()
        n_lines = 0
        n_dialogues = 0
        in_dialogue = False
        for no, line in enumerate(text, 1):
            if not line.strip():
                continue
            if line.startswith("#") and f.startswith("snippets"):
                continue
            if f.startswith("dialogues"):
                if line.strip() == "---":
                    in_dialogue = False
                    continue
                if not re.match(r"^(agent|caller): \S", line):
                    errors.append(f"{f}:{no}: dialogue line must start with 'agent: ' or 'caller: '")
                if not in_dialogue:
                    n_dialogues += 1
                    in_dialogue = True
            n_lines += 1
            pos = 0
            covered = []
            for m in MARK.finditer(line):
                covered.append((m.start(), m.end()))
                t, body = m.group(1), m.group(2)
                if t not in TYPES:
                    errors.append(f"{f}:{no}: unknown type '{t}'")
                elif not body.strip() or body != body.strip():
                    errors.append(f"{f}:{no}: empty or padded mark text in {m.group(0)!r}")
                else:
                    counts[f][t] += 1
            for i, ch in enumerate(line):
                if ch in "{}" and not any(a <= i < b for a, b in covered):
                    errors.append(f"{f}:{no}:{i + 1}: stray '{ch}' (not part of a well-formed mark)")
        lines[f] = n_lines
        dialogues[f] = n_dialogues

    short = {f: f.replace(".txt", "") for f in FILES}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    pd_total = {f: 0 for f in FILES}
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        if t != "keep":
            for f in FILES:
                pd_total[f] += counts[f][t]
        print(f"| {t} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    row = [pd_total[f] for f in FILES]
    print("| **personal data (all but keep)** | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    row = [counts[f]["keep"] for f in FILES]
    print("| **keep** | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    row = [lines[f] for f in FILES]
    print("| lines | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    row = [dialogues[f] if f.startswith("dialogues") else 0 for f in FILES]
    print("| dialogues | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    print()
    for e in errors:
        print(e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
