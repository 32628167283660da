import re,sys,collections,os
TYPES="personnummer samordningsnummer organisationsnummer phone email bankAccount bankgiro plusgiro card iban idNumber name address postcode dateOfBirth keep".split()
mark=re.compile(r'\{(\w+)\|([^{}]*)\}')
d=sys.argv[1]
files=["snippets.sv.txt","snippets.en.txt","dialogues.sv.txt","dialogues.en.txt"]
tot=collections.Counter(); per={}; bad=0; lines={}
for f in files:
    c=collections.Counter(); n=0; withmark=0; nd=1
    for i,l in enumerate(open(os.path.join(d,f),encoding='utf-8').read().split('\n'),1):
        if not l.strip() or l.startswith('#'): continue
        if l=='---': nd+=1; continue
        if f.startswith('dialogues') and not re.match(r'^(agent|caller): ',l): print("BADLINE",f,i,l); bad+=1
        n+=1
        # every { must start a well-formed mark
        pos=0
        for m in re.finditer(r'\{',l):
            mm=mark.match(l,m.start())
            if not mm or mm.group(1) not in TYPES or not mm.group(2).strip(): print("BADMARK",f,i,l[m.start():m.start()+40]); bad+=1
        if '}' in mark.sub('',l): print("STRAY }",f,i); bad+=1
        ms=mark.findall(l)
        if ms: withmark+=1
        for t,_ in ms: c[t]+=1
    per[f]=c; tot+=c; lines[f]=(n,withmark,nd if f.startswith('dialogues') else None)
hdr="| type | "+" | ".join(files)+" | total |"
print(hdr); print("|"+"---|"*(len(files)+2))
for t in TYPES: print(f"| {t} | "+" | ".join(str(per[f][t]) for f in files)+f" | {tot[t]} |")
print("| all marks | "+" | ".join(str(sum(per[f].values())) for f in files)+f" | {sum(tot.values())} |")
print("| lines | "+" | ".join(str(lines[f][0]) for f in files)+f" | {sum(v[0] for v in lines.values())} |")
print("| lines with a mark | "+" | ".join(str(lines[f][1]) for f in files)+f" | {sum(v[1] for v in lines.values())} |")
print("| dialogues | "+" | ".join(str(lines[f][2] or '-') for f in files)+" | |")
print("errors:",bad)
