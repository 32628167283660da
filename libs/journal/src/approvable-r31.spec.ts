import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { inDigits } from './numbers.js';
import { toThirdPerson } from './register.js';
import { utterancesOf } from './text.js';
import { draft, noteText } from './testing/drafts.js';

/** The statements of a call's lines ("caller: …", "agent: …"), as the discourse layer reads them. */
const statements = (language: 'sv' | 'en', lines: string[]) =>
  statementsOf(
    utterancesOf(lines.map((line, index) => ({ index, speaker: line.startsWith('agent') ? ('agent' as const) : ('caller' as const), text: line.replace(/^\w+: /u, '') })), language),
    language,
  ).map((s) => `${s.speaker}: ${s.text}`);

// Round 31 (issue 14), from the blind tuning set tuning-28 (who is who, what is done; its first run in
// tuning-28.before-round-31.txt) and the judgement of heldout-2026-12ae (a form the caller had asked for written as
// declined). Sentences written for these tests, not from any eval set.

describe('an offer is declined only when the caller clearly declines it', () => {
  it('a "no" the caller takes back ("Nej, inte ett papper till! … Ja men skicka då") is no decline', () => {
    const sv = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag väntar fortfarande på beslut om bostadstillägg.',
      'agent: Det saknas din underskrift på sidan tre. Jag kan skicka en ny underskriftssida i dag.',
      'caller: Nej, inte ett papper till! Kan ni inte bara ringa mig?',
      'agent: Tyvärr, det måste vara en underskrift på papper.',
      'caller: Ja men skicka då. Skicka den.',
      'agent: Jag skickar den i dag.',
    ], '2031-06-10'));
    expect(sv).not.toMatch(/tackade nej/);
    expect(sv).toMatch(/underskriftssida/);
    const en = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, I am still waiting for a decision on housing supplement.',
      'agent: Your signature is missing on page three. I can send you a new signature page today.',
      'caller: No, not more paper! Can you not just call me?',
      'agent: I am afraid it has to be signed on paper.',
      'caller: Fine, send it then.',
      'agent: I will send it today.',
    ], '2031-06-10'));
    expect(en).not.toMatch(/declined/);
  });

  it('what the caller asked to be sent is not written as declined; a clear decline is', () => {
    const sv = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag vill ansöka om bostadstillägg. Kan du skicka en blankett?',
      'agent: Ja, jag kan skicka en ansökningsblankett i dag, om du vill.',
      'caller: Nej, jag har ingen dator, så det blir bra.',
      'agent: Då gör vi så.',
    ], '2031-06-10'));
    expect(sv).not.toMatch(/tackade nej/);
    // (A clear decline is still written so.)
    const declined = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag undrar varför min pension blev lägre i år.',
      'agent: Det beror på att inkomstindex blev lägre. Jag kan skicka en beräkning av din pension i dag, om du vill.',
      'caller: Nej, strunta i det. Tack ska du ha.',
      'agent: Okej.',
    ], '2031-06-10'));
    expect(declined).toMatch(/Kunden tackade nej till en beräkning/);
  });
});

describe('a number the caller names as wrong turns later ("…, inte fyrahundrafemtio") is corrected where it was said', () => {
  it('"Vänta... sjutusen femhundrafyrtio. Inte fyrahundrafemtio.": the earlier sentence gets the number meant', () => {
    expect(statements('sv', [
      'caller: Hyran gick upp i oktober. Till sjutusen fyrahundrafemtio.',
      'agent: Okej. Hyresvärden rapporterar inte hyran till oss.',
      'caller: Men det är ju inte klokt. Min granne fick mer direkt.',
      'agent: Jag kan inte svara för din grannes ärende.',
      'caller: Kan du skriva in det nu? Jag har hyresavin här. Vänta... sjutusen femhundrafyrtio. Inte fyrahundrafemtio. Jag läste fel.',
    ])).toEqual([
      'caller: Hyran gick upp i oktober.',
      'caller: Till sjutusen femhundrafyrtio.',
      'agent: Okej.',
      'agent: Hyresvärden rapporterar inte hyran till oss.',
      'caller: Men det är ju inte klokt.',
      'caller: Min granne fick mer direkt.',
      'agent: Jag kan inte svara för din grannes ärende.',
      'caller: Kan du skriva in det nu?',
      'caller: Jag har hyresavin här.',
      // (Round 34: "Jag läste fel." with nothing after it to correct says nothing of its own and goes.)
    ]);
  });

  it('"det var till tjugohundratvå, inte ett", "not fifteen hundred": the end of the number corrected too', () => {
    expect(statements('sv', [
      'caller: Jag jobbade i hans firma från nittonhundranittioåtta till tjugohundraett.',
      'agent: Jag ser låga belopp de åren.',
      'caller: Men jag jobbade heltid! Förlåt, det var till tjugohundratvå, inte ett.',
    ])).toEqual([
      'caller: Jag jobbade i hans firma från nittonhundranittioåtta till tjugohundratvå.',
      'agent: Jag ser låga belopp de åren.',
      'caller: Men jag jobbade heltid!',
    ]);
    expect(statements('en', [
      'caller: My wife pays a thousand extra, but I thought fifteen hundred.',
      'agent: Fifteen hundred extra a month.',
      'caller: It says twelve hundred, not fifteen hundred.',
    ])).toEqual([
      'caller: My wife pays a thousand extra, but I thought twelve hundred.',
      'agent: Twelve hundred extra a month.',
    ]);
  });

  it('"Sixteen thousand two hundred, actually, not fifteen": the wrong number named by its thousands', () => {
    expect(statements('en', [
      "caller: My pension didn't come. Fifteen thousand two hundred. Where is it?",
      'agent: It went to a different account.',
      'caller: That is insane. You let anyone change it!',
      'agent: I understand.',
      'caller: And the money? Sixteen thousand two hundred, actually, not fifteen.',
    ])[1]).toBe('caller: Sixteen thousand two hundred.');
  });

  it('the agent\'s read-back of the wrong number is no confirmation of it', () => {
    const sv = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag vill dra mer skatt på pensionen. Jag tänkte femtonhundra i månaden.',
      'agent: Femtonhundra kronor extra i månaden. Från januari?',
      'caller: Ja... eller vänta. Det står tolvhundra här, inte femtonhundra.',
      'agent: Tolvhundra kronor extra per månad, från januari. Jag lägger in det nu.',
    ], '2031-12-01'));
    expect(sv).not.toMatch(/1 500/);
    expect(sv).toMatch(/1 200/);
  });
});

describe('a span of years', () => {
  it('"från nittonhundranittioåtta till tjugohundratvå" is 1998 to 2002, not the amount "1 998 till"', () => {
    expect(inDigits('Jag jobbade där från nittonhundranittioåtta till tjugohundratvå.', 'sv')).toBe('Jag jobbade där från 1998 till 2002.');
    expect(inDigits('Jag fick tvåtusen till.', 'sv')).toBe('Jag fick 2 000 till.');
  });
});

describe('"er" before a time is the agency, not its possessive', () => {
  it('"Min dotter ringde er förra veckan" is "ringde myndigheten förra veckan"; "er handläggare" stays the agency\'s', () => {
    expect(toThirdPerson('Min dotter ringde er förra veckan.', 'caller', 'sv')).toBe('Kundens dotter ringde myndigheten förra veckan.');
    expect(toThirdPerson('Jag pratade med er handläggare.', 'caller', 'sv')).toBe('Kunden pratade med myndighetens handläggare.');
  });
});
