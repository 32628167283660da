#!/usr/bin/env python3
"""Count the marks of heldout-2026-12u and check the format.

Prints a markdown table (marks per type per file), the number of snippets and
dialogues, check-digit warnings (informational: a false start before a
correction need not be valid) and `errors: N` (must be 0).
"""
import os
import re
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
TYPES = ["personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
         "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
         "address", "postcode", "dateOfBirth", "keep"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def luhn(digits):
    total = 0
    for i, ch in enumerate(reversed(digits)):
        x = int(ch)
        if i % 2 == 1:
            x *= 2
            if x > 9:
                x -= 9
        total += x
    return total % 10 == 0


def iban_ok(text):
    s = re.sub(r"\s", "", text).upper()
    if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
        return None
    s = s[4:] + s[:4]
    return int("".join(str(int(c, 36)) for c in s)) % 97 == 1


def check_digits(typ, text):
    """Return a warning string or None. Only marks written in digits are checked."""
    if typ == "iban":
        ok = iban_ok(text)
        return None if ok in (None, True) else "iban mod-97 fails"
    if re.search(r"[A-Za-zÅÄÖåäö]", text):
        return None
    d = re.sub(r"\D", "", text)
    if typ in ("personnummer", "samordningsnummer", "organisationsnummer"):
        if len(d) not in (10, 12):
            return None
        ten = d[-10:]
        if not luhn(ten):
            return typ + " Luhn fails"
        if typ == "samordningsnummer" and not 61 <= int(ten[4:6]) <= 91:
            return "samordningsnummer day not + 60"
        if typ == "personnummer" and not 1 <= int(ten[4:6]) <= 31:
            return "personnummer day out of range"
        if typ == "organisationsnummer" and int(ten[2]) < 2:
            return "organisationsnummer third digit < 2"
    elif typ == "card" and len(d) >= 13:
        return None if luhn(d) else "card Luhn fails"
    elif typ == "bankgiro" and len(d) in (7, 8) and "-" in text:
        return None if luhn(d) else "bankgiro Luhn fails"
    elif typ == "plusgiro" and "-" in text:
        return None if luhn(d) else "plusgiro Luhn fails"
    return None


def main():
    counts = {f: {t: 0 for t in TYPES} for f in FILES}
    errors, warnings = [], []
    units = {}
    for f in FILES:
        path = os.path.join(HERE, f)
        dialogue = f.startswith("dialogues")
        n_units, cur_len, lens = 0, 0, []
        with open(path, encoding="utf-8") as fh:
            lines = fh.read().split("\n")
        for no, line in enumerate(lines, 1):
            where = "%s:%d" % (f, no)
            if line.startswith("#") or not line.strip():
                continue
            if dialogue and line.strip() == "---":
                if cur_len:
                    lens.append(cur_len)
                cur_len = 0
                continue
            if dialogue:
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(where + ": dialogue line must start with 'agent: ' or 'caller: '")
                cur_len += 1
            else:
                n_units += 1
            spans = [(m.start(), m.end()) for m in MARK.finditer(line)]
            starts = {a for a, _ in spans}
            ends = {b - 1 for _, b in spans}
            for i, ch in enumerate(line):
                if ch == "{" and i not in starts:
                    errors.append(where + ": '{' at column %d does not open a well-formed mark" % (i + 1))
                if ch == "}" and i not in ends:
                    errors.append(where + ": stray '}' at column %d" % (i + 1))
            for m in MARK.finditer(line):
                typ, text = m.group(1), m.group(2)
                if typ not in TYPES:
                    errors.append(where + ": unknown type '%s'" % typ)
                    continue
                if not text.strip() or text != text.strip():
                    errors.append(where + ": empty or padded mark text '%s'" % text)
                counts[f][typ] += 1
                w = check_digits(typ, text)
                if w:
                    warnings.append("%s: %s: %s" % (where, w, text))
        if dialogue:
            if cur_len:
                lens.append(cur_len)
            units[f] = "%d dialogues (%d lines, %d-%d per dialogue)" % (
                len(lens), sum(lens), min(lens) if lens else 0, max(lens) if lens else 0)
        else:
            units[f] = "%d snippets" % n_units

    short = ["snip.sv", "snip.en", "dial.sv", "dial.en"]
    print("| type | " + " | ".join(short) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    for t in TYPES:
        row = [counts[f][t] for f in FILES]
        print("| %s | %s | %d |" % (t, " | ".join(str(x) for x in row), sum(row)))
    tot = [sum(counts[f].values()) for f in FILES]
    print("| **all** | %s | %d |" % (" | ".join(str(x) for x in tot), sum(tot)))
    print("| non-keep | %s | %d |" % (
        " | ".join(str(tot[i] - counts[f]["keep"]) for i, f in enumerate(FILES)),
        sum(tot) - sum(counts[f]["keep"] for f in FILES)))
    print()
    for f in FILES:
        print("- %s: %s" % (f, units[f]))
    print()
    for w in warnings:
        print("warning: " + w)
    print("warnings: %d (check digits; informational)" % len(warnings))
    for e in errors:
        print("error: " + e)
    print("errors: %d" % len(errors))
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
