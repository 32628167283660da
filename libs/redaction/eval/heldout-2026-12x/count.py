#!/usr/bin/env python3
"""Count and check the marks of the held-out set heldout-2026-12x.

Usage: python3 count.py [--check-digits]

Prints a markdown table of marks per type per file, the number of snippets and
dialogues, and `errors: N` (exit status 1 if N > 0). Errors are:
  - a `{` that does not open a well-formed mark `{type|text}` of a listed type
    (this also catches nested marks and marks that span lines),
  - a stray `}` outside a mark,
  - an empty mark,
  - a dialogue line that does not start with `agent: ` or `caller: `,
  - a dialogue with fewer than 6 or more than 16 lines.
With --check-digits it also lists marks whose digits make a complete number
that fails its check (Luhn / mod 97). These are notes, not errors: a false start
before a correction may be invalid on purpose.
"""
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
TYPES = [
    "personnummer", "samordningsnummer", "organisationsnummer", "phone", "email",
    "bankAccount", "bankgiro", "plusgiro", "card", "iban", "idNumber", "name",
    "address", "postcode", "dateOfBirth", "keep",
]
FILES = ["snippets.sv.txt", "snippets.en.txt", "dialogues.sv.txt", "dialogues.en.txt"]
MARK = re.compile(r"\{(\w+)\|([^{}]*)\}")


def check_line(fname, ln, line, errors, counts):
    pos = 0
    while True:
        i = line.find("{", pos)
        j = line.find("}", pos)
        if j != -1 and (i == -1 or j < i):
            errors.append(f"{fname}:{ln}: stray '}}' at column {j + 1}")
        if i == -1:
            break
        m = MARK.match(line, i)
        if not m:
            errors.append(f"{fname}:{ln}: malformed mark at column {i + 1}: {line[i:i + 40]!r}")
            pos = i + 1
            continue
        typ, text = m.group(1), m.group(2)
        if typ not in TYPES:
            errors.append(f"{fname}:{ln}: unknown type {typ!r}")
        elif not text.strip():
            errors.append(f"{fname}:{ln}: empty {typ} mark")
        else:
            counts[typ] = counts.get(typ, 0) + 1
        pos = m.end()
    # a '}' after the last mark
    # (handled above: the loop finds stray '}' before each '{'; check the tail here)


def stray_tail(line):
    # strip all well-formed marks, then any '}' left is stray (covered per line below)
    return MARK.sub("", line).count("}")


# ---------- optional check digits ----------
SV_U = {"noll": 0, "nolla": 0, "ett": 1, "en": 1, "etta": 1, "två": 2, "tvåa": 2, "tre": 3, "trea": 3,
        "fyra": 4, "fem": 5, "femma": 5, "sex": 6, "sexa": 6, "sju": 7, "sjua": 7, "åtta": 8, "nio": 9, "nia": 9}
SV_T = {"tio": 10, "elva": 11, "tolv": 12, "tretton": 13, "fjorton": 14, "femton": 15, "sexton": 16,
        "sjutton": 17, "arton": 18, "nitton": 19}
SV_X = {"tjugo": 20, "trettio": 30, "fyrtio": 40, "femtio": 50, "sextio": 60, "sjuttio": 70, "åttio": 80, "nittio": 90}
EN_U = {"zero": 0, "oh": 0, "o": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
        "seven": 7, "eight": 8, "nine": 9}
EN_T = {"ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
        "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19}
EN_X = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}


def sv_word(w):
    for pre, cent in (("nittonhundra", "19"), ("tjugohundra", "20")):
        if w.startswith(pre):
            rest = sv_word(w[len(pre):]) if len(w) > len(pre) else "0"
            return cent + rest.zfill(2) if rest is not None else None
    if w in SV_U:
        return str(SV_U[w])
    if w in SV_T:
        return str(SV_T[w])
    for k, v in SV_X.items():
        if w.startswith(k):
            rest = w[len(k):]
            if not rest:
                return str(v)
            if rest in SV_U:
                return str(v + SV_U[rest])
    return None


def to_digits(text):
    out, times, prev_tens = "", 1, False
    for w in re.split(r"[\s,\-–/.:+]+", text.lower()):
        if not w:
            continue
        if w in ("double", "dubbel"):
            times = 2
            continue
        if w == "triple":
            times = 3
            continue
        tens = False
        if w.isdigit():
            out += w * times if len(w) == 1 else w
        elif w in EN_X:
            out += str(EN_X[w])
            tens = True
        elif w in EN_U and prev_tens and w != "oh" and EN_U[w] != 0:
            out = out[:-1] + str(EN_U[w])
        elif w in EN_U:
            out += str(EN_U[w]) * times
        elif w in EN_T:
            out += str(EN_T[w])
        else:
            s = sv_word(w)
            if s is not None:
                out += s * times if len(s) == 1 else s
        times, prev_tens = 1, tens
    return out


def luhn_ok(s):
    tot = 0
    for i, ch in enumerate(reversed(s)):
        d = int(ch) * (2 if i % 2 else 1)
        tot += d - 9 if d > 9 else d
    return tot % 10 == 0


def digit_note(typ, text):
    if typ == "iban":
        s = re.sub(r"[\s\-]", "", text).upper()
        if not re.fullmatch(r"[A-Z]{2}\d{2}[A-Z0-9]{8,30}", s):
            return None
        n = int("".join(str(int(c, 36)) for c in s[4:] + s[:4]))
        return None if n % 97 == 1 else "fails mod 97"
    d = to_digits(text)
    if typ in ("personnummer", "samordningsnummer", "organisationsnummer"):
        if len(d) not in (10, 12):
            return None
        d10 = d[-10:]
        if not luhn_ok(d10):
            return "fails Luhn"
        if typ == "organisationsnummer" and int(d10[2]) < 2:
            return "third digit < 2"
        if typ == "samordningsnummer" and not 61 <= int(d10[4:6]) <= 91:
            return "day not + 60"
        return None
    if typ in ("card", "bankgiro", "plusgiro"):
        lo, hi = {"card": (13, 19), "bankgiro": (7, 8), "plusgiro": (2, 8)}[typ]
        if typ == "plusgiro" and not re.search(r"\d\s*-\s*\d$", text):
            return None  # plusgiro pieces are too short to tell apart from the whole
        if lo <= len(d) <= hi and not luhn_ok(d):
            return "fails Luhn"
    return None


def main():
    check_digits = "--check-digits" in sys.argv
    errors, notes = [], []
    table = {}
    units = {}
    for fname in FILES:
        path = HERE / fname
        counts = {}
        table[fname] = counts
        if not path.exists():
            errors.append(f"{fname}: missing")
            continue
        lines = path.read_text(encoding="utf-8").splitlines()
        dialogue = fname.startswith("dialogues")
        n_units, cur = 0, 0
        for ln, line in enumerate(lines, 1):
            if not dialogue and (line.startswith("#") or not line.strip()):
                continue
            if dialogue:
                if line.strip() == "---":
                    if cur:
                        if not 6 <= cur <= 16:
                            errors.append(f"{fname}:{ln}: dialogue {n_units + 1} has {cur} lines (want 6-16)")
                        n_units += 1
                    cur = 0
                    continue
                if line.startswith("#") or not line.strip():
                    continue
                if not (line.startswith("agent: ") or line.startswith("caller: ")):
                    errors.append(f"{fname}:{ln}: dialogue line does not start with 'agent: ' or 'caller: '")
                cur += 1
            else:
                n_units += 1
            before = len(errors)
            check_line(fname, ln, line, errors, counts)
            if len(errors) == before and stray_tail(line):
                errors.append(f"{fname}:{ln}: stray '}}'")
            if check_digits:
                for m in MARK.finditer(line):
                    note = digit_note(m.group(1), m.group(2))
                    if note:
                        notes.append(f"{fname}:{ln}: {m.group(1)} {m.group(2)!r}: {note}")
        if dialogue and cur:
            if not 6 <= cur <= 16:
                errors.append(f"{fname}: last dialogue has {cur} lines (want 6-16)")
            n_units += 1
        units[fname] = n_units

    short = {"snippets.sv.txt": "snip sv", "snippets.en.txt": "snip en",
             "dialogues.sv.txt": "dial sv", "dialogues.en.txt": "dial en"}
    print("| type | " + " | ".join(short[f] for f in FILES) + " | total |")
    print("|---|" + "---:|" * (len(FILES) + 1))
    grand = {f: 0 for f in FILES}
    for t in TYPES:
        row = [table[f].get(t, 0) for f in FILES]
        for f, v in zip(FILES, row):
            grand[f] += v
        print(f"| {t} | " + " | ".join(str(v) for v in row) + f" | {sum(row)} |")
    print("| **all marks** | " + " | ".join(str(grand[f]) for f in FILES) + f" | {sum(grand.values())} |")
    print("| *snippets / dialogues* | " + " | ".join(str(units.get(f, 0)) for f in FILES)
          + f" | {sum(units.values())} |")
    print()
    for e in errors:
        print("ERROR", e)
    if check_digits:
        for n in notes:
            print("note", n)
        print(f"check-digit notes: {len(notes)}")
    print(f"errors: {len(errors)}")
    return 1 if errors else 0


if __name__ == "__main__":
    sys.exit(main())
