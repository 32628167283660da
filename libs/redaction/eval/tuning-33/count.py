#!/usr/bin/env python3
"""Count marks per type per file in tuning-33 and check the format.

Checks:
  * every '{' opens a well-formed mark {type|text} (regex \\{(\\w+)\\|([^{}]*)\\}) of a listed type,
    and no '}' stands outside a mark;
  * dialogue files: every non-comment line is 'agent: ...', 'caller: ...' or '---';
    each dialogue has 6-14 lines;
  * check digits of complete numbers: personnummer / samordningsnummer / organisationsnummer
    (Luhn on the last 10 digits; samordningsnummer day 61-91; organisationsnummer third digit >= 2),
    card / bankgiro / plusgiro (Luhn), iban (mod 97). Fragments (split over turns, false starts
    with too few digits) are not checked.
Prints a markdown table and 'errors: N'.
"""
import os
import re
import sys

TYPES = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
         "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
         "address", "postcode", "dateOfBirth", "keep"]
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")
HERE = os.path.dirname(os.path.abspath(__file__))


def luhn_ok(d):
    s = 0
    for i, ch in enumerate(reversed(d)):
        n = int(ch)
        if i % 2 == 1:
            n *= 2
            if n > 9:
                n -= 9
        s += n
    return s % 10 == 0


def iban_ok(t):
    c = re.sub(r"\s", "", t).upper()
    r = c[4:] + c[:4]
    return int("".join(str(int(ch, 36)) for ch in r)) % 97 == 1


def check_digits(typ, text):
    """Return an error string, or None if valid or not a complete number."""
    d = re.sub(r"\D", "", text)
    if typ in ("personnummer", "samordningsnummer", "organisationsnummer"):
        if len(d) not in (10, 12):
            return None
        d = d[-10:]
        if not luhn_ok(d):
            return "Luhn"
        if typ == "samordningsnummer" and not 61 <= int(d[4:6]) <= 91:
            return "day not +60"
        if typ == "personnummer" and not 1 <= int(d[4:6]) <= 31:
            return "bad day"
        if typ == "organisationsnummer" and int(d[2]) < 2:
            return "third digit < 2"
    elif typ == "card":
        if 13 <= len(d) <= 19 and not luhn_ok(d):
            return "Luhn"
    elif typ in ("bankgiro", "plusgiro"):
        if len(d) >= 2 and not luhn_ok(d):
            return "Luhn"
    elif typ == "iban":
        c = re.sub(r"\s", "", text)
        if len(c) >= 15 and re.match(r"^[A-Z]{2}\d{2}", c) and not iban_ok(c):
            return "mod 97"
    return None


def main():
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    errors = []
    units = {}
    for f in FILES:
        path = os.path.join(HERE, f)
        lines = open(path, encoding="utf-8").read().split("\n")
        dialogue = f.startswith("dialogues")
        n_units, cur = 0, 0
        for no, line in enumerate(lines, 1):
            if line.startswith("#") or (not dialogue and not line.strip()):
                continue
            if dialogue:
                if line.strip() == "---" or (no == len(lines) and not line.strip()):
                    if cur:
                        if not 6 <= cur <= 14:
                            errors.append(f"{f}:{no}: dialogue has {cur} lines")
                        n_units += 1
                    cur = 0
                    continue
                if not re.match(r"^(agent|caller): \S", line):
                    errors.append(f"{f}:{no}: not 'agent: ' / 'caller: ' line")
                cur += 1
            else:
                n_units += 1
            pos = 0
            while True:
                i = line.find("{", pos)
                if i < 0:
                    break
                m = MARK.match(line, i)
                if not m:
                    errors.append(f"{f}:{no}: malformed mark at col {i + 1}")
                    pos = i + 1
                    continue
                typ, text = m.group(1), m.group(2)
                if typ not in TYPES:
                    errors.append(f"{f}:{no}: unknown type '{typ}'")
                elif not text.strip():
                    errors.append(f"{f}:{no}: empty mark")
                else:
                    counts[f][typ] += 1
                    bad = check_digits(typ, text)
                    if bad:
                        errors.append(f"{f}:{no}: {typ} '{text}' fails check ({bad})")
                pos = m.end()
            if "}" in MARK.sub("", line):
                errors.append(f"{f}:{no}: stray '}}'")
        if dialogue and cur:
            if not 6 <= cur <= 14:
                errors.append(f"{f}: last dialogue has {cur} lines")
            n_units += 1
        units[f] = n_units

    print("| type | " + " | ".join(FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print(f"| {t} | " + " | ".join(map(str, row)) + f" | {sum(row)} |")
    pd = [sum(counts[f][t] for t in TYPES if t != "keep") for f in FILES]
    print("| **all personal data** | " + " | ".join(map(str, pd)) + f" | {sum(pd)} |")
    kp = [counts[f]["keep"] for f in FILES]
    print("| **keep** | " + " | ".join(map(str, kp)) + f" | {sum(kp)} |")
    un = [units[f] for f in FILES]
    print("| snippets / dialogues | " + " | ".join(map(str, un)) + f" | {sum(un)} |")
    print()
    for e in errors:
        print("ERROR", e)
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
