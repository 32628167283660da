import { describe, expect, it } from 'vitest';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 49, from tuning set 41 (the call's outcome: a way chosen from two offered, what the caller did in the e-service).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('two ways offered, one chosen', () => {
  it('"…, eller så ändrar jag det nu." "Gör det nu." leaves the offer out of the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ändra skatteavdraget på pensionen, det dras för lite.',
      'agent: Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Du kan ändra det själv på Mina sidor, eller så ändrar jag det nu.',
      'caller: Gör det nu, jag är inte så bra på datorn.',
      'agent: Då har jag lagt in tusen kronor extra i månaden från nästa utbetalning.',
      'caller: Tack så mycket.',
    ], '2046-11-09');
    expect(noteText(d)).not.toMatch(/eller så/u);
  });

  it('"…, or I can post you a form." "I\'d rather do it online." leaves the offer out of the note', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. I have a new address, I moved last week, and I want the letters to go there.',
      'agent: Your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thanks. You can change it on My Pages, or I can post you a form.',
      "caller: I'd rather do it online, my niece set it up for me.",
      'agent: Fine. Log in and choose "Contact details".',
      'caller: Right. Thank you, bye.',
    ], '2046-11-10');
    expect(noteText(d)).not.toMatch(/or the agent can post/u);
  });
});

describe('the caller\'s own way taken', () => {
  it('"Jag gör det på Mina sidor i kväll" keeps the caller\'s way and drops the agent\'s form', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill byta konto för pensionen, jag har bytt bank.',
      'agent: Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Du kan anmäla det nya kontot på Mina sidor, eller så skickar jag en blankett.',
      'caller: Jag gör det på Mina sidor i kväll, jag vill inte ha mer papper.',
      'agent: Bra. Då gäller det nya kontot från nästa utbetalning.',
      'caller: Tack, hej.',
    ], '2046-11-14');
    expect(noteText(d)).toMatch(/Kunden kan anmäla det nya kontot på Mina sidor\./u);
    expect(noteText(d)).not.toMatch(/eller så skickar/u);
  });
});

describe('a vague errand completed by the answer', () => {
  it('"Det gäller ett brev." "Vilket brev?" "Att jag ska betala tillbaka …" is one errand line', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej. Det gäller ett brev. [PERSONNUMMER].',
      'agent: Tack. Vilket brev?',
      'caller: Att jag ska betala tillbaka barnbidrag för i höstas. Men vi bodde ju här hela tiden.',
      'agent: Jag ser beslutet. Det står att ni var utflyttade i september.',
      'caller: Det stämmer inte.',
    ], '2046-11-15');
    expect(texts(d, 'reason')[0]).toMatch(/^Det gäller ett brev om att kunden ska betala tillbaka barnbidrag/u);
  });
});

describe('what the caller did in the e-service during the call', () => {
  it('"Okay... done." after the agent\'s step is the caller\'s act on the day of the call', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi. I want my pension paid to my new bank.',
      'agent: Your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thanks. Log in on the website and choose "Change account".',
      'caller: Hold on... okay... done.',
      'agent: Good. The new account is used from the next payment.',
      'caller: Great, thanks.',
    ], '2046-11-11');
    expect(followUps(d)).toContainEqual({ text: 'The caller did it themselves in the e-service during the call.', due: '2046-11-11', preposition: 'on' });
  });

  it('"Där. Skickat." after "gör det i appen" is the caller\'s act on the day of the call', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej. Jag ska vara hemma med min dotter i maj och vill lägga in dagarna.',
      'agent: Ditt personnummer?',
      'caller: [PERSONNUMMER].',
      'agent: Tack. Gör det i appen, vi kan ta det tillsammans nu.',
      'caller: Okej, första maj till sista maj. Där. Skickat.',
      'agent: Jag ser det. Beslut kommer i appen.',
      'caller: Tack.',
    ], '2046-11-12');
    expect(followUps(d)).toContainEqual({ text: 'Kunden ordnade det själv i e-tjänsten under samtalet.', due: '2046-11-12', preposition: 'on' });
  });

  it('"It says saved." is a receipt read out from the screen', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi. I want to add more tax to my pension.',
      'agent: Your personal identity number?',
      'caller: [PERSONNUMMER].',
      'agent: Thanks. Log in and choose "Tax", then fill in the extra amount.',
      'caller: Five hundred. It says saved.',
      'agent: Then it starts with the next payment.',
      'caller: Thanks.',
    ], '2046-11-13');
    expect(followUps(d)).toContainEqual({ text: 'The caller did it themselves in the e-service during the call: saved.', due: '2046-11-13', preposition: 'on' });
  });
});
