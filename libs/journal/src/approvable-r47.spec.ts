import { describe, expect, it } from 'vitest';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 47, from tuning set 39 (outcomes reached in the call, dates that belong to one act, plans changed and hedged).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('the caller getting in touch', () => {
  it('"Jag hör av mig om det blir längre" is no task, and never the agent calling back', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ska bo hos min son i Spanien över vintern, kanske längre. Vad händer med bostadstillägget?',
      'agent: Får jag ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Är du borta kortare tid än ett år och har kvar lägenheten här fortsätter bostadstillägget.',
      'caller: Bra. Jag hör av mig om det blir längre. Tack.',
    ], '2046-10-05');
    expect(followUps(d)).toEqual([]);
    expect(noteText(d)).not.toMatch(/Handläggaren ringer/u);
  });

  it('"I will get back to you then" is the caller\'s own task', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi. We are moving to a new flat in December and I want to know about the housing supplement.',
      'agent: Can I have your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. You report the new rent once you have the lease.',
      'caller: The lease comes next month. I will get back to you then. Thanks.',
    ], '2046-10-06');
    expect(noteText(d)).not.toMatch(/agent calls the caller back/u);
    expect(followUps(d).map((f) => f.text)).toContainEqual(expect.stringMatching(/^The caller will get back to the agency/u));
  });
});

describe('what the agent has just registered in the call', () => {
  it('"Då har jag registrerat att …" is the agent\'s task on the day of the call, not only information', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag går ner i tid på jobbet från juni, så jag vill ta ut mer pension. Tre fjärdedelar.',
      'agent: Det kan vi ordna i telefon. Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Då har jag registrerat att du tar ut sjuttiofem procent från och med juni. Du får ett beslut inom ett par veckor.',
      'caller: Vad bra. Tack.',
    ], '2046-04-10');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^Handläggaren har registrerat att kunden tar ut 75 procent/u), due: '2046-04-10', preposition: 'on' });
  });

  it('"I\'ve removed it now" is the agent\'s task on the day of the call', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. There is an extra tax deduction on my pension and I do not need it any more.',
      'agent: Your personal identity number, please?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. Yes, there is an extra deduction of four hundred kronor a month. I have removed the extra deduction now.',
      'caller: Lovely. Thank you.',
    ], '2046-04-11');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^The agent has removed the extra deduction/u), due: '2046-04-11', preposition: 'on' });
  });
});

describe('dates and days that belong to another act', () => {
  it('how long the post takes to reach the caller is no deadline for sending it back, even when asked "when"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, I have had a letter saying my application is missing something.',
      'agent: Your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. The signature is missing. I will post you a new page today. Sign it and send it back.',
      'caller: So when should I send it?',
      'agent: The page should reach you in two or three days. Send it back as soon as you can.',
      'caller: Okay. Thanks.',
    ], '2046-05-08');
    const back = followUps(d).find((f) => /send it back/u.test(f.text));
    expect(back).toBeDefined();
    expect(back?.due).toBeUndefined();
  });

  it('a plan moved to another day after the agent\'s objection keeps only the new day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min pappa. Det saknas en fullmakt i hans ansökan.',
      'agent: Får jag hans personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Jag skickar en fullmaktsblankett till dig i dag. Den ska vara här senast den tjugonde maj.',
      'caller: Okej. Jag åker till honom på lördag. Sen skickar jag den på måndag.',
      'agent: Blanketten hinner nog inte fram till lördag, jag skickar den ju först i dag.',
      'caller: Jaha. Då blir det torsdag i stället, jag är ledig då.',
      'agent: Det hinner gott.',
      'caller: Bra. Tack.',
    ], '2046-05-05');
    // (The agent's objection may name the old day; the caller's plan may not.)
    expect(noteText(d)).not.toMatch(/Kunden[^.]*(?:lördag|måndag)/u);
    expect(noteText(d)).toMatch(/Den som ringer[^.]*på torsdag/u); // (Round 61: "kunden" is the person called for, "den som ringer" the caller.)
  });

  it('a hedged arrival of what the agent sends ("kommer nog inte fram förrän …") is no task of its own on that day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag behöver en blankett för att ändra mitt konto.',
      'agent: Får jag ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Jag skickar blanketten till dig i dag.',
      'caller: Då fyller jag i den på lördag.',
      'agent: Blanketten kommer nog inte fram förrän tisdag, jag skickar den ju i dag.',
      'caller: Jaha. Okej, tack.',
    ], '2046-09-07');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^Handläggaren skickar blanketten till kunden i dag/u), due: '2046-09-07', preposition: 'on' });
    expect(followUps(d).filter((f) => /kommer nog inte fram/u.test(f.text) && f.due !== '2046-09-07')).toEqual([]);
  });
});

describe('what the caller did in the e-service during the call', () => {
  it('the receipt read out ("It says your request has been received") is the caller\'s act on the day, and the steps told for it are no task left', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi. I want my letters from you on paper, not in the digital mailbox.',
      'agent: You can change that yourself. Are you logged in?',
      'caller: Yes, I am at the computer now.',
      'agent: Log in and choose settings, then choose post by paper.',
      'caller: Settings... post by paper... confirm. It says your request has been received.',
      'agent: Good. From now on your letters come on paper.',
      'caller: Great, thanks.',
    ], '2046-06-12');
    expect(followUps(d)).toContainEqual({ text: expect.stringMatching(/^The caller did it themselves in the e-service during the call/u), due: '2046-06-12', preposition: 'on' });
    expect(followUps(d).map((f) => f.text)).not.toContainEqual(expect.stringMatching(/log in/iu));
  });

  it('"Det står att ändringen är registrerad" is the caller\'s act; "Det står att BankID inte fungerar" is no receipt', () => {
    const done = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ändra min skattetabell.',
      'agent: Det kan du göra i e-tjänsten. Logga in och välj skatt.',
      'caller: Ja... skatt... ändra. Signera. Det står att ändringen är registrerad.',
      'agent: Bra. Det gäller från nästa utbetalning.',
      'caller: Tack.',
    ], '2046-06-13');
    expect(followUps(done)).toContainEqual({ text: expect.stringMatching(/^Kunden ordnade det själv i e-tjänsten under samtalet: ändringen är registrerad/u), due: '2046-06-13', preposition: 'on' });
    const failed = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag kommer inte in på era sidor. Det står att BankID inte fungerar.',
      'agent: Då behöver du kontakta din bank.',
      'caller: Okej, tack.',
    ], '2046-06-13');
    expect(noteText(failed)).not.toMatch(/ordnade det själv/u);
  });
});

describe('the agent looking it up answers nothing', () => {
  it('a belief asked as "…, right?" and met with "Let\'s look." is not the agent\'s information', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. My daughter gets children\'s pension. She starts college in the autumn, so it keeps going until she finishes, right?',
      'agent: Let\'s look. Can I have her personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. After eighteen it only continues while she is at upper-secondary school.',
      'caller: Oh. Okay, thanks.',
    ], '2046-03-20');
    // (The errand line still writes the tag question as a statement: left for the next round.)
    expect(texts(d, 'agentActions').join(' ')).not.toMatch(/keeps going until she finishes/u);
    expect(noteText(d)).not.toMatch(/let the agent/u);
  });
});

describe('the agency\'s decision announced with "from us" or "usually"', () => {
  it('"Beslutet från oss kommer inom tre veckor" and "We usually decide within about four weeks" are the agency\'s decision to watch', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill söka bostadstillägg.',
      'agent: Det kan jag ta emot i telefon. Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Då registrerar jag ansökan nu. Beslutet från oss kommer inom tre veckor.',
      'caller: Bra, tack.',
    ], '2046-08-14');
    expect(sv.sections.find((s) => s.key === 'followUp')?.sentences.map((s) => s.followUp?.kind)).toContain('decision');
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi. I sent in my application for housing supplement last week.',
      'agent: Your personal identity number, please?',
      'caller: [PERSONNUMMER].',
      'agent: Thank you. Yes, it has arrived. We usually decide within about four weeks.',
      'caller: Okay, thanks.',
    ], '2046-08-15');
    expect(en.sections.find((s) => s.key === 'followUp')?.sentences.map((s) => s.followUp?.kind)).toContain('decision');
  });
});
