# Counts marks per file and type; checks every { opens a well-formed mark of a listed type,
# and check digits of complete digit-only personnummer/samordningsnummer/organisationsnummer/card/giro/IBAN marks.
# Usage: python3 count_marks.py <folder>
import re,sys,os,collections
TYPES="personnummer samordningsnummer organisationsnummer phone email bankAccount bankgiro plusgiro card iban idNumber name address postcode dateOfBirth keep".split()
MARK=re.compile(r'\{(\w+)\|([^{}]*)\}')
def luhn(d):
    s=0
    for i,ch in enumerate(reversed(d)):
        x=int(ch)
        if i%2==1:
            x*=2
            if x>9:x-=9
        s+=x
    return s%10==0
def ibanok(t):
    t=t.replace(' ','').upper()
    r=t[4:]+t[:4]
    return int(''.join(str(int(c,36)) for c in r))%97==1
files=["snippets.sv.txt","snippets.en.txt","dialogues.sv.txt","dialogues.en.txt"]
d=sys.argv[1]; errs=[]; table={}; units={}
for f in files:
    c=collections.Counter(); n=0; nd=0
    for ln,line in enumerate(open(os.path.join(d,f),encoding='utf-8'),1):
        line=line.rstrip('\n')
        if not line.strip() or line.startswith('#'): continue
        if f.startswith('dialogues'):
            if line=='---': nd+=1; continue
            if not re.match(r'^(agent|caller): ',line): errs.append(f"{f}:{ln}: bad speaker")
        else: n+=1
        # every { must open a well-formed mark
        pos=0
        for m in MARK.finditer(line):
            if m.group(1) not in TYPES: errs.append(f"{f}:{ln}: unknown type {m.group(1)}")
            c[m.group(1)]+=1
            t,v=m.group(1),m.group(2)
            if v!=v.strip() or not v: errs.append(f"{f}:{ln}: whitespace/empty in mark {v!r}")
            dg=re.sub(r'\D','',v)
            if t in('personnummer','samordningsnummer','organisationsnummer') and len(dg) in(10,12) and re.fullmatch(r'[\d\s-]+',v):
                dd=dg[-10:]
                if not luhn(dd): errs.append(f"{f}:{ln}: bad luhn {v}")
                day=int(dd[4:6])
                if t=='samordningsnummer' and not 61<=day<=91: errs.append(f"{f}:{ln}: samordning day {v}")
                if t=='personnummer' and not 1<=day<=31: errs.append(f"{f}:{ln}: pnr day {v}")
                if t=='organisationsnummer' and int(dd[2])<2: errs.append(f"{f}:{ln}: org 3rd digit {v}")
            if t in('card','bankgiro','plusgiro') and re.fullmatch(r'[\d\s-]+',v) and (t!='card' or len(dg)>=13):
                if not luhn(dg): errs.append(f"{f}:{ln}: bad luhn {t} {v}")
            if t=='iban' and re.fullmatch(r'[A-Z]{2}\d{2}[A-Z0-9 ]+',v):
                if not ibanok(v): errs.append(f"{f}:{ln}: bad iban {v}")
        rest=MARK.sub('',line)
        if '{' in rest or '}' in rest: errs.append(f"{f}:{ln}: stray brace")
    if f.startswith('dialogues'): nd+=1
    table[f]=c; units[f]=n if f.startswith('snippets') else nd
print("| type | "+" | ".join(files)+" | total |")
print("|---|"+"---|"*(len(files)+1))
for t in TYPES:
    row=[table[f][t] for f in files]
    print(f"| {t} | "+" | ".join(map(str,row))+f" | {sum(row)} |")
row=[sum(table[f].values()) for f in files]
print("| **all marks** | "+" | ".join(map(str,row))+f" | {sum(row)} |")
print("| **snippets / dialogues** | "+" | ".join(str(units[f]) for f in files)+" | |")
print("CHECK-DIGIT NOTES / ERRORS:",len(errs),"(a bad check digit is fine only on a deliberate wrong first try)",file=sys.stderr)
for e in errs: print(e,file=sys.stderr)
