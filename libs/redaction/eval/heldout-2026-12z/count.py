#!/usr/bin/env python3
"""Count marks per type per file in heldout-2026-12z and check the format.

Checks:
  * every '{' opens a well-formed mark {type|text} of a listed type
    (regex \\{(\\w+)\\|([^{}]*)\\}), marks never nest, never span lines, no stray '}';
  * every non-comment, non-blank line of a dialogue file is '---' or starts
    with 'agent: ' / 'caller: ';
  * every dialogue has 6-16 lines.
Prints a markdown table of counts and 'errors: N' (N must be 0).
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
    errors = []
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    units = {}
    for f in FILES:
        path = os.path.join(HERE, f)
        if not os.path.exists(path):
            errors.append(f"{f}: missing")
            continue
        is_dialogue = f.startswith("dialogues")
        n_units = 0
        cur = 0
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for ln, line in enumerate(lines, 1):
            if line.startswith("#") or not line.strip():
                continue
            if is_dialogue:
                if line.strip() == "---":
                    if cur:
                        if not 6 <= cur <= 16:
                            errors.append(f"{f}:{ln}: dialogue ending here has {cur} lines (want 6-16)")
                        n_units += 1
                    cur = 0
                    continue
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{f}:{ln}: dialogue line does not start with 'agent: ' or 'caller: '")
                cur += 1
            else:
                n_units += 1
            # every well-formed mark is counted; whatever is left of the line
            # after removing them must not contain '{' or '}'
            for m in MARK.finditer(line):
                typ, text = m.group(1), m.group(2)
                if typ not in TYPES:
                    errors.append(f"{f}:{ln}: unknown type {typ!r}")
                elif not text.strip():
                    errors.append(f"{f}:{ln}: empty {typ} mark")
                elif text != text.strip():
                    errors.append(f"{f}:{ln}: {typ} mark has leading/trailing space: {text!r}")
                else:
                    counts[f][typ] += 1
            rest = MARK.sub("", line)
            if "{" in rest or "}" in rest:
                errors.append(f"{f}:{ln}: malformed, nested or unclosed mark, or stray brace: {line.strip()[:80]!r}")
        if is_dialogue and cur:
            if not 6 <= cur <= 16:
                errors.append(f"{f}: last dialogue has {cur} lines (want 6-16)")
            n_units += 1
        units[f] = n_units

    short = {f: f.replace(".txt", "") for f in FILES}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print(f"| {t} | " + " | ".join(str(x) for x in row) + f" | {sum(row)} |")
    tot = [sum(counts[f].values()) for f in FILES]
    print("| **all marks** | " + " | ".join(str(x) for x in tot) + f" | {sum(tot)} |")
    pii = [sum(v for k, v in counts[f].items() if k != "keep") for f in FILES]
    print("| personal data (not keep) | " + " | ".join(str(x) for x in pii) + f" | {sum(pii)} |")
    u = [units.get(f, 0) for f in FILES]
    print("| snippets / dialogues | " + " | ".join(str(x) for x in u) + f" | {sum(u)} |")
    print()
    for e in errors:
        print("ERROR " + e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
