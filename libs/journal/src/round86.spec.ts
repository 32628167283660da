import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, texts } from './testing/drafts.js';

// Round 86, from tuning set 76 (housing support: bostadstillägg and bostadsbidrag). Sentences written for these tests,
// not from any eval set. Call date Monday 11 May 2026.

const DAY = '2026-05-11';

describe('two ways of the caller\'s own, one taken: the note says the one taken', () => {
  it('"Upload the rent notice on My Pages, or post a copy." "I\'ll post it." → posts a copy of the rent notice', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. My landlord raised the rent in April.',
        'agent: Then we need the new rent notice. Upload the rent notice on My Pages, or post a copy.',
        "caller: I'll post it. I don't use the computer much.",
        'agent: That is fine. Please send it by Friday the twenty-ninth of May.',
        'caller: Thank you.',
      ],
      DAY,
    );
    const tasks = texts(d, 'followUp').join(' ');
    expect(tasks).toMatch(/post a copy of the (?:new )?rent notice/u);
    expect(tasks).not.toMatch(/upload/iu);
  });

  it('"Ladda upp hyresavin på Mina sidor, eller skicka en kopia." "Jag skickar den." → skickar en kopia av hyresavin', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Hyran har höjts från april.',
        'agent: Då behöver vi se den nya hyran. Ladda upp hyresavin på Mina sidor, eller skicka en kopia.',
        'caller: Jag skickar den. Jag är inte så van vid datorn.',
        'agent: Det går bra. Skicka den senast fredag den tjugonionde maj.',
        'caller: Tack.',
      ],
      DAY,
    );
    const tasks = texts(d, 'followUp').join(' ');
    expect(tasks).toMatch(/skicka en kopia av hyresavin/u);
    expect(tasks).not.toMatch(/ladda upp/iu);
  });

  it('guard: with no way named in the reply, both ways stay', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. My landlord raised the rent in April.',
        'agent: Then we need the new rent notice. Upload the rent notice on My Pages, or post a copy.',
        'caller: Okay, thank you.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/upload the rent notice on My Pages, or post a copy/u);
  });
});

describe('a cap said after "all of it": the note does not say all of it counts', () => {
  it('"Då räknas hela avgiften, 8 200 kronor, …, men bara upp till gränsen" → no "hela avgiften"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Min man har gått bort och jag undrar vad som händer med bostadstillägget.',
        'agent: Jag beklagar. Från juni räknas du som ensamstående.',
        'agent: Då räknas hela avgiften, åtta tusen tvåhundra kronor, som din boendekostnad, men bara upp till gränsen för en ensamstående.',
        'caller: Okej.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/avgiften, 8 200 kronor, som kundens boendekostnad, men bara upp till gränsen/u);
    expect(note).not.toMatch(/hela avgiften/iu);
  });

  it('"The whole rent counts as your housing cost, but only up to the limit" → no "whole rent"', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. My wife died in April and I want to know about my housing supplement.',
        "agent: I'm sorry. From May you count as single.",
        'agent: The whole rent, nine thousand one hundred, counts as your housing cost, but only up to the limit for a single person.',
        'caller: I see.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/rent, 9 100, counts as the caller's housing cost, but only up to the limit/u);
    expect(note).not.toMatch(/whole rent/iu);
  });

  it('guard: "hela hyran" with no cap after it stays', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar om hyran räknas för min lägenhet.',
        'agent: Ja, hela hyran, sex tusen kronor, räknas som din boendekostnad.',
        'caller: Bra.',
      ],
      DAY,
    );
    expect(noteText(d)).toMatch(/hela hyran/iu);
  });
});

describe('"Vänta inte längre än …", "Wait until …": advice, no correction of the sentence before', () => {
  it('"… pröva den från mars. Vänta inte längre än till slutet av augusti." keeps "från mars"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har flyttat och undrar om bostadstillägget.',
        'agent: Om ansökan kommer in i juni kan vi pröva den från mars. Vänta inte längre än till slutet av augusti.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/pröva den från mars/u);
    expect(note).not.toMatch(/från slutet av augusti/u);
  });

  it('"… look at it from March. Wait until the end of August at the latest." keeps "from March"', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. I have moved and I have a question about my housing supplement.',
        'agent: If the application comes in during June we can look at it from March. Wait until the end of August at the latest.',
        'caller: Okay, thanks.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/from March/u);
    expect(note).not.toMatch(/from the end of August/u);
  });
});

describe('the benefit the caller asks the effect on is the topic', () => {
  it('"I\'ve been granted a survivor\'s pension. Does that change my housing supplement?" → housing supplement', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        "caller: Hi, [NAMN], [PERSONNUMMER]. My husband died in February and I've been granted a survivor's pension. Does that change my housing supplement?",
        "agent: I'm sorry. Yes, it counts as income.",
        'caller: It is three thousand a month. My rent is eight thousand.',
        'agent: Then we recalculate from March. You will get a new decision.',
        'caller: Thank you.',
      ],
      DAY,
    );
    expect(d.topic.key).toBe('bostadstillägg');
  });

  it('guard: "Jag har fått efterlevandepension. Påverkar det mitt bostadstillägg?" → bostadstillägg (so on main too)', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Min fru dog i februari och jag har fått efterlevandepension. Påverkar det mitt bostadstillägg?',
        'agent: Jag beklagar. Ja, den räknas som inkomst.',
        'caller: Den är tre tusen i månaden. Min hyra är åtta tusen.',
        'agent: Då räknar vi om från mars. Du får ett nytt beslut.',
        'caller: Tack.',
      ],
      DAY,
    );
    expect(d.topic.key).toBe('bostadstillägg');
  });

  it("guard: a call about the survivor's pension itself stays survivor's pension", () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        "caller: Hi, [NAMN], [PERSONNUMMER]. My husband died in February. I'm calling about my survivor's pension.",
        "agent: I'm sorry. The survivor's pension is decided and paid from March.",
        'caller: Thank you.',
      ],
      DAY,
    );
    expect(d.topic.key).toBe('efterlevandepension');
  });
});

describe('the errand line: not the caller owning a late call, not the interpreter', () => {
  it('"I should have called earlier. My daughter moved out in February." → the move', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. I should have called earlier. My daughter moved out to her father in February.',
        'agent: Thank you for calling now. The housing allowance is recalculated from March.',
        'caller: Okay.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/daughter moved out/u);
    expect(errandLine(d)).not.toMatch(/called earlier/u);
  });

  it('"Jag borde ha ringt tidigare. Min dotter flyttade till sin pappa i februari." → flytten', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag borde ha ringt tidigare. Min dotter flyttade till sin pappa i februari.',
        'agent: Tack för att du ringer nu. Bostadsbidraget räknas om från mars.',
        'caller: Okej.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/dotter flyttade/u);
    expect(errandLine(d)).not.toMatch(/ringt tidigare/u);
  });

  it('"I\'m an interpreter for Polish. The customer is [NAMN], [PERSONNUMMER], and wants to apply for …" → the wish', () => {
    const d = draft(
      'en',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hello, I am an interpreter for Polish. The customer is [NAMN], [PERSONNUMMER], and wants to apply for housing supplement.',
        'agent: Welcome. Where does the customer live?',
        'caller: The customer says they rent a flat for seven thousand kronor a month.',
        'agent: Then send the application with the rental agreement.',
        'caller: The customer says thank you.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/^The customer wants to apply for housing supplement\./u);
    expect(noteText(d)).not.toMatch(/\[PERSONNUMMER\]/u);
  });
});
