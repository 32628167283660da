import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 34, from tuning set 30 (values corrected later in the call, errands after stories, follow-ups beside information).
// Sentences written for these tests, not from any eval set.

describe('a value the speaker names as wrong, turns later, is wrong everywhere it was said', () => {
  it('"Förresten, jag sa fel förut. Det är åtta tusen femhundra, inte nio." corrects the sum each time it was said', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått ett brev om att jag ska betala tillbaka nio tusen kronor. Nio tusen!',
      'agent: Jag ska titta. Har du haft bostadstillägg?',
      'caller: Ja. Jag har haft det sedan i fjol.',
      'agent: Det beror på att din inkomst var högre än du uppgav.',
      'caller: Jaha. Förresten, jag sa fel förut. Det är åtta tusen femhundra, inte nio. Jag ser på brevet nu.',
      'agent: Okej, åtta tusen femhundra. Du kan betala i delar. Jag skickar en blankett i dag.',
    ], '2031-04-08');
    const note = noteText(d);
    expect(note).not.toMatch(/9 000|nio tusen/i);
    expect(errandLine(d)).toMatch(/8 500 kronor/);
    // Neither the owning of the mistake nor the read-back alone is a line of the note.
    expect(note).not.toMatch(/sa fel/);
    expect(note).not.toMatch(/(?:^|\. )8 500\./);
  });

  it('"…, inte mars" and "…, not March": a month or a weekday named as wrong is replaced where it was said', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min sjukersättning kom inte. Den skulle ha kommit i onsdags.',
      'agent: Jag tittar. Beslutet om förlängning kom i mars.',
      'caller: Men jag flyttade till ett nytt konto. I mars.',
      'agent: Då behöver du anmäla det nya kontot i e-tjänsten.',
      'caller: Förlåt, jag sa fel förut. Jag flyttade kontot i maj, inte mars. Och den skulle ha kommit i tisdags, inte i onsdags.',
      'agent: Det ändrar inget. Jag ringer dig på fredag.',
    ], '2031-04-08');
    const note = noteText(sv);
    expect(note).not.toMatch(/onsdags/);
    expect(note).toMatch(/tisdags/);
    expect(note).toMatch(/konto[^.]*maj/);
    // The agent's own date, of another event, stays.
    expect(note).toMatch(/förlängning kom i mars/);
    const en = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My payment did not arrive. It should have come on Wednesday.',
      'agent: Let me look. Did you change anything?',
      'caller: I moved my account to another bank in March.',
      'agent: Then you need to register the new account in the e-service.',
      'caller: Sorry, I got that wrong earlier. I moved the account in May, not March.',
      'agent: That changes nothing. I will call you on Friday.',
    ], '2031-04-08'));
    expect(en).not.toMatch(/March/);
    expect(en).toMatch(/in May/);
    expect(en).not.toMatch(/wrong/);
  });
});
