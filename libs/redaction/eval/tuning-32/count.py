import re,sys,collections
TYPES="personnummer samordningsnummer organisationsnummer phone email bankAccount bankgiro plusgiro card iban idNumber name address postcode dateOfBirth keep".split()
files=["snippets.sv.txt","snippets.en.txt","dialogues.sv.txt","dialogues.en.txt"]
mark=re.compile(r'\{(\w+)\|([^{}]*)\}')
tab={};bad=0;units={}
for f in files:
    c=collections.Counter(); lines=open(f,encoding='utf-8').read().split('\n')
    if f.startswith('snippets'): units[f]=sum(1 for l in lines if l.strip() and not l.startswith('#'))
    else: units[f]=sum(1 for b in '\n'.join(lines).split('\n---\n') if b.strip())
    for i,l in enumerate(lines,1):
        if l.startswith('#'): continue
        if f.startswith('dialogues') and l.strip() and l!='---' and not re.match(r'^(agent|caller): ',l):
            print(f"{f}:{i}: bad dialogue line"); bad+=1
        pos=0
        for m in mark.finditer(l):
            if m.group(1) not in TYPES: print(f"{f}:{i}: unknown type {m.group(1)}"); bad+=1
            if not m.group(2).strip(): print(f"{f}:{i}: empty mark"); bad+=1
            c[m.group(1)]+=1
        rest=mark.sub('',l)
        if '{' in rest or '}' in rest: print(f"{f}:{i}: stray brace"); bad+=1
    tab[f]=c
used=[t for t in TYPES if any(tab[f][t] for f in files)]
print("| type | "+" | ".join(files)+" | total |"); print("|---"*(len(files)+2)+"|")
for t in used: print(f"| {t} | "+" | ".join(str(tab[f][t]) for f in files)+f" | {sum(tab[f][t] for f in files)} |")
print("| **all marks** | "+" | ".join(str(sum(tab[f].values())) for f in files)+f" | {sum(sum(tab[f].values()) for f in files)} |")
print("| snippets / dialogues | "+" | ".join(str(units[f]) for f in files)+" | |")
print("errors:",bad)
