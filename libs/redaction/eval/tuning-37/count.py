#!/usr/bin/env python3
"""Count marks per type per file in tuning-37 and check that every '{' opens a well-formed mark.

Prints a markdown table and `errors: N` (N must be 0). Also checks the dialogue format
(`agent: ` / `caller: ` lines, dialogues separated by `---`, 6-14 lines each).
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
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        if lines and lines[-1] == "":
            lines.pop()
        n_units, dlg_len = 0, 0
        is_dlg = f.startswith("dialogues")
        for no, line in enumerate(lines, 1):
            if line.startswith("#"):
                continue
            if is_dlg and line.strip() == "---":
                if not 6 <= dlg_len <= 14:
                    errors.append(f"{f}:{no}: dialogue has {dlg_len} lines")
                n_units += 1
                dlg_len = 0
                continue
            if not line.strip():
                errors.append(f"{f}:{no}: empty line")
                continue
            if is_dlg:
                dlg_len += 1
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{f}:{no}: dialogue line without agent:/caller:")
            else:
                n_units += 1
            pos = 0
            for m in MARK.finditer(line):
                if "{" in line[pos:m.start()] or "}" in line[pos:m.start()]:
                    errors.append(f"{f}:{no}: stray brace before col {m.start()}")
                if m.group(1) not in TYPES:
                    errors.append(f"{f}:{no}: unknown type {m.group(1)!r}")
                else:
                    counts[f][m.group(1)] += 1
                if not m.group(2).strip() or m.group(2) != m.group(2).strip():
                    errors.append(f"{f}:{no}: empty or padded mark text {m.group(0)!r}")
                pos = m.end()
            if "{" in line[pos:] or "}" in line[pos:]:
                errors.append(f"{f}:{no}: stray brace after last mark")
        if is_dlg:
            if dlg_len:
                if not 6 <= dlg_len <= 14:
                    errors.append(f"{f}: last dialogue has {dlg_len} lines")
                n_units += 1
        units[f] = n_units

    print("| type | " + " | ".join(FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES + ["personal (all but keep)"]:
        if t in TYPES:
            row = [counts[f][t] for f in FILES]
        else:
            row = [sum(counts[f][x] for x in TYPES if x != "keep") for f in FILES]
        print(f"| {t} | " + " | ".join(str(v) for v in row) + f" | {sum(row)} |")
    row = [units[f] for f in FILES]
    print("| snippets / dialogues | " + " | ".join(str(v) for v in row) + f" | {sum(row)} |")
    for e in errors:
        print(e, file=sys.stderr)
    print(f"\nerrors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
