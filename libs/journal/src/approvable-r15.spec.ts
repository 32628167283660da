import { describe, expect, it } from 'vitest';
import { draft, texts, errandLine } from './testing/drafts.js';

// Round 15 (issue 14), from a caseworker-style judgement of tuning-13's drafts (`eval/judged-tuning-13/`):
// the errand line named a reaction or the background instead of the errand, and a consequence lost its condition.
// Sentences written for these tests, not taken from any eval set.

const told = (d: ReturnType<typeof draft>) => texts(d, 'agentActions').join(' ');

describe('the errand line says what the caller wants', () => {
  it('what the caller says after the agent has explained is a reaction, not the errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, vad gäller det?',
      'caller: Ja det gäller att min bostadstillägg har sänkts utan att nån har sagt nåt!',
      'agent: Jag förstår. Får jag ditt personnummer?',
      'caller: 19450312-1234.',
      'agent: Tack. Jag ser att vi har räknat om bostadstillägget eftersom din hyra har sänkts i oktober.',
      'caller: Men jag vill ha tillbaka pengarna nu, inte vänta!',
      'agent: Du kan begära omprövning.',
    ]);
    expect(errandLine(d)).toMatch(/bostadstillägg/);
    expect(errandLine(d)).not.toMatch(/tillbaka pengarna/);
  });
  it('a question asked before the agent has said anything outweighs an age told on the way', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, hej.',
      'caller: Hej, jag vet inte riktigt om jag har kommit rätt. Jag är sextiofyra, jag fyller sextiofem i april. Och jag tar ut lite pension men jobbar kvar på skolan.',
      'agent: Okej.',
      'caller: Och nu har jag opererat knät och är sjukskriven i en månad. Får jag sjukpenning då, eller går det på pensionen?',
      'agent: Sjukpenning söker du hos Försäkringskassan.',
    ]);
    expect(errandLine(d)).toMatch(/sjukpenning/);
    expect(errandLine(d)).not.toMatch(/^Kunden fyller/);
  });
  it('a question after a statement goes into the line, not the background told before it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, how can I help?',
      "caller: I've lived in Portugal for six years and I'm moving back to Sweden in March. When I moved there, my housing supplement stopped. Can I have it again?",
      'agent: Yes, once you live in Sweden again you can apply.',
    ]);
    expect(errandLine(d)).toMatch(/whether they can have it again/);
  });
  it('"I wondered how that works" says what the caller wants, with what "that" is', () => {
    const d = draft('en', [
      'agent: Pensions Agency.',
      "caller: Hello. My son wants to pay some of my rent from January? I wondered how that works with my housing supplement.",
      'agent: Money you get regularly can count as income.',
    ]);
    expect(errandLine(d)).toMatch(/son wants to pay some of (?:their|the caller's) rent/);
    expect(errandLine(d)).toMatch(/wonder(?:ed|s) how that works/);
  });
  it('the answer to a check ("Har vi ditt förordnande här?" "Ja, det skickade jag in i augusti.") is no errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag är förvaltare för en äldre dam som har flyttat till ett boende. Det gäller hennes garantipension.',
      'agent: Okej. Har vi ditt förordnande här?',
      'caller: Ja, det skickade jag in i augusti.',
      'agent: Bra, då ser jag det.',
    ]);
    expect(errandLine(d)).toMatch(/garantipension/);
    expect(errandLine(d)).not.toMatch(/augusti/);
  });
  it('a role said in the line is not said twice', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag är god man för en äldre dam som har flyttat till ett boende. Det gäller hennes bostadstillägg.',
      'agent: Okej.',
    ]);
    expect(errandLine(d)).not.toMatch(/som är god man, är god man/);
  });
});

describe('a consequence keeps its condition', () => {
  it('"Och om den kommer efter?" "Då …": the condition asked, with the deadline said before it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Jag har skickat in min ansökan om bostadstillägg.',
      'agent: Om vi får hyresavtalet senast den femtonde december så hinner vi räkna det från januari.',
      'caller: Och om det kommer efter?',
      'agent: Då räknar vi det från februari i stället.',
    ]);
    expect(told(d)).toMatch(/Om det kommer efter den 15 december räknar myndigheten det från februari i stället\./);
    expect(told(d)).not.toMatch(/(?:^|\. )Myndigheten räknar det från februari/);
  });
  it('"And if it\'s later?" "Then …" in English, a condition the caller asked', () => {
    const d = draft('en', [
      'agent: Pensions Agency.',
      "caller: I'm sending the certificate this week.",
      'agent: If we have it by the tenth of December, the change comes with the January payment.',
      "caller: And if it's later?",
      'agent: Then the change comes in February.',
    ]);
    expect(told(d)).toMatch(/If it is later than 10 December, the change comes in February\./);
  });
  it('the caller\'s own "om vi inte hinner" is a condition, not something the caller reports', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Vi håller på med bouppteckningen efter min mamma.',
      'agent: Den ska skickas in till oss inom en månad.',
      'caller: Och om vi inte hinner?',
      'agent: Då kan ni begära anstånd hos oss.',
    ]);
    expect(told(d)).toMatch(/Om (?:de|kunden) inte hinner kan/);
    expect(told(d)).not.toMatch(/uppger att om/);
  });
});

describe('facts a caseworker needs, written plainly', () => {
  it('"Hur gammal är du?" "Sextiotvå.": the caller\'s age, said in words, is a fact', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Min sambo har gått bort och jag undrar vad jag kan få.',
      'agent: Jag beklagar. Och hur gammal är du?',
      'caller: Sextiotvå.',
      'agent: Då kan du ha rätt till omställningspension.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('Kunden är 62 år.');
  });
  it('the agent\'s "vi" in "vi hörs" and "går vi igenom den tillsammans" is the agent and the caller, not the agency', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Jag förstår inte blanketten för bostadstillägg.',
      'agent: Jag ringer dig på måndag, så går vi igenom den tillsammans. Vi hörs på måndag.',
    ]);
    const all = [...texts(d, 'agentActions'), ...texts(d, 'followUp')].join(' ');
    expect(all).toMatch(/går handläggaren och kunden igenom den tillsammans/);
    expect(all).not.toMatch(/myndigheten (?:igenom|hörs)/);
  });
  it('"we\'ll go through it together" in English, while "we\'ll speak English" stays the agency', () => {
    const d = draft('en', [
      'agent: Pensions Agency.',
      "caller: I don't understand the housing supplement form. Can we speak English?",
      "agent: Yes, we'll speak English. I'll call you on Monday and we'll go through it together.",
    ]);
    const all = [...texts(d, 'agentActions'), ...texts(d, 'followUp')].join(' ');
    expect(all).toMatch(/the caller and the agent will go through it together/);
    expect(all).not.toMatch(/caller and the agent will speak English/);
  });
});

describe('a complaint is the caller\'s view', () => {
  it('"Det är skandal, …" is written as what the caller thinks, not as a finding', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Jag har fått ett återkrav på bostadstillägget.',
      'agent: Ja, jag ser det.',
      'caller: Det är skandal, jag har betalat skatt i femtio år och nu ska ni ha tillbaka allt.',
      'agent: Du kan begära omprövning.',
    ]);
    expect(texts(d, 'callerSaid').join(' ')).toMatch(/Kunden anser att det är skandal/);
  });
  it('in English too', () => {
    const d = draft('en', [
      'agent: Pensions Agency.',
      'caller: I got a letter saying you want money back.',
      'agent: Yes, I can see it.',
      "caller: It's a disgrace, I paid my taxes for fifty years and now you want it all back.",
      'agent: You can ask for a review.',
    ]);
    expect(texts(d, 'callerSaid').join(' ')).toMatch(/The caller feels that it is a disgrace/);
  });
});

describe('the caller\'s part said as a condition is a follow-up', () => {
  const followUps = (d: ReturnType<typeof draft>) => d.sections.find((x) => x.key === 'followUp')?.sentences ?? [];
  it('"Om ni skickar tillbaka den senast den …, så gör vi en ny prövning": the caller returns it by then, the agency decides', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Jag tror att min garantipension är för låg.',
      'agent: Då skickar jag en blankett om utlandsvistelse till dig.',
      'caller: Okej.',
      'agent: Om du skickar tillbaka den senast den femtonde januari så gör vi en ny prövning.',
      'caller: Tack.',
    ], '2026-12-01');
    const found = followUps(d);
    const returned = found.find((f) => /^Kunden skickar tillbaka blanketten/.test(f.text));
    expect(returned?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2027-01-15', preposition: 'by' });
    expect(found.some((f) => f.followUp?.kind === 'decision' && /^Myndigheten fattar beslut/.test(f.text))).toBe(true);
  });
  it('without a date, and with a page (not "sidaen")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Det saknas en underskrift säger ni.',
      'agent: Ja. Jag skickar en ny sida för underskrift i dag. Om du skriver under och skickar tillbaka den så är det klart.',
    ], '2026-12-01');
    expect(followUps(d).map((f) => f.text)).toContain('Kunden skickar tillbaka sidan.');
  });
});
