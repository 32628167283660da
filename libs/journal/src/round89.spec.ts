import { describe, expect, it } from 'vitest';
import { draft, errandLine, section, texts } from './testing/drafts.js';

// Round 89, from tuning set 79 (pensioners abroad and people moving across borders). Sentences written for these tests,
// not from any eval set. Call date Monday 9 March 2026.

const DAY = '2026-03-09';

describe('the errand line names no benefit that the agent names only under a condition', () => {
  it('"Men om du får garantipension räknas den tyska pensionen in där" → no "Kunden ringer om garantipension:"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, [NAMN]. Jag fyller sextiosju i augusti och har arbetat i Tyskland i fem år. Måste jag söka pension där själv?',
        'agent: Nej, eftersom du bor i Sverige räcker det att du ansöker hos oss. Vi skickar ansökan vidare till Tyskland.',
        'caller: Räknas den tyska pensionen av från den svenska?',
        'agent: Inte från inkomstpensionen. Men om du får garantipension räknas den tyska pensionen in där.',
        'caller: Bra, tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).not.toMatch(/garantipension/u);
    expect(errandLine(d)).toMatch(/^Kunden fyller 67 i augusti och har arbetat i Tyskland/u);
  });

  it('guard: "But if you get guarantee pension, the Dutch pension is counted there" → no "calling about guarantee pension:" (so on the base too)', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I retire in May and I worked in the Netherlands for five years. Do I have to contact them myself?',
        'agent: No, you apply with us and we pass it on to the Netherlands.',
        'caller: Does the Dutch pension lower the Swedish one?',
        'agent: No. But if you get guarantee pension, the Dutch pension is counted there.',
        'caller: Right, thanks.',
      ],
      DAY,
    );
    expect(errandLine(d)).not.toMatch(/guarantee pension/iu);
    expect(errandLine(d)).toMatch(/Dutch pension|Netherlands/u);
  });

  it('guard: the caller who names the benefit keeps it in the errand line', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, [NAMN]. Jag undrar om min garantipension minskar om jag får pension från Frankrike.',
        'agent: Ja, om du får garantipension räknas den franska pensionen in där.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/garantipension/u);
  });
});

describe('a deadline answered to "when?" dates the caller\'s papers, not the decision the caller will get', () => {
  it('"Du får ett beslut där det står." … "När ska papperen vara hos er?" "Senast den tjugonde mars." → the copy by 20 March', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, [NAMN]. Jag har fått ett brev om min pension från Danmark.',
        'agent: Ja, den räknas som inkomst för ditt bostadstillägg.',
        'caller: Vad ska jag göra?',
        'agent: Skicka en kopia av det danska beslutet, så räknar vi om bostadstillägget.',
        'caller: Hur mycket blir det?',
        'agent: Det kan jag inte säga nu. Du får ett beslut där det står.',
        'caller: När ska papperen vara hos er?',
        'agent: Senast den tjugonde mars, som det står i brevet.',
        'caller: Då skickar jag det.',
      ],
      DAY,
    );
    const tasks = section(d, 'followUp');
    const decision = tasks.find((t) => t.followUp?.kind === 'decision');
    expect(decision?.followUp?.dueDate).toBeUndefined();
    const copy = tasks.find((t) => /kopia/u.test(t.text));
    expect(copy?.followUp?.dueDate).toBe('2026-03-20');
    expect(copy?.followUp?.preposition).toBe('by');
  });

  it('guard: the caller\'s task asked about without a decision before it is dated as before', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, [NAMN]. Jag har fått ett brev om min pension från Danmark.',
        'agent: Skicka en kopia av det danska beslutet, så räknar vi om bostadstillägget.',
        'caller: När ska papperen vara hos er?',
        'agent: Senast den tjugonde mars.',
        'caller: Bra.',
      ],
      DAY,
    );
    const copy = section(d, 'followUp').find((t) => /kopia/u.test(t.text));
    expect(copy?.followUp?.dueDate).toBe('2026-03-20');
  });
});

describe('"as soon as you can" says when, not that the caller may: the dated instruction is a task', () => {
  it('"Please send it as soon as you can, preferably by Friday the twentieth of March." → a task by 20 March', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. My aunt died in Portugal last week. What happens with her pension?',
        'agent: We need a copy of the Portuguese death certificate.',
        'caller: Does it have to be me who sends it?',
        'agent: Anyone can send it. Please send it as soon as you can, preferably by Friday the twentieth of March.',
        'caller: I will.',
      ],
      DAY,
    );
    const dated = section(d, 'followUp').find((t) => t.followUp?.dueDate === '2026-03-20');
    expect(dated?.followUp?.preposition).toBe('by');
    expect(texts(d, 'agentActions').join(' ')).not.toMatch(/as soon as/u);
  });

  it('guard: "Skicka det så snart du kan, helst senast fredag den tjugonde mars." → en uppgift senast 20 mars (so on the base too)', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, [NAMN]. Min moster har dött i Portugal. Vad händer med hennes pension?',
        'agent: Vi behöver en kopia av det portugisiska dödsbeviset.',
        'caller: Måste det vara jag som skickar det?',
        'agent: Vem som helst kan skicka det. Skicka det så snart du kan, helst senast fredag den tjugonde mars.',
        'caller: Okej.',
      ],
      DAY,
    );
    const dated = section(d, 'followUp').find((t) => t.followUp?.dueDate === '2026-03-20');
    expect(dated?.followUp?.preposition).toBe('by');
  });

  it('guard: "You can send it as soon as you can, it is not urgent." with no day is still a possibility, no task', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Tom.',
        'caller: Hi, [NAMN]. I have a copy of my Spanish decision. Do you want it?',
        'agent: You can send it as soon as you can, it is not urgent.',
        'caller: Fine.',
      ],
      DAY,
    );
    expect(section(d, 'followUp').filter((t) => /send/u.test(t.text))).toHaveLength(0);
  });
});
