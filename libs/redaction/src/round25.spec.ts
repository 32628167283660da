import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 25, from the blind tuning set tuning-39 (e-mail addresses said aloud, and the text around them that must be
 * kept). An address read aloud is brought nearer to its written form before it is parsed. Sentences written for
 * these tests, not taken from any eval set.
 */
describe('e-mail addresses read aloud', () => {
  it('"at-tecken", "kanelbulle" and "period" are an address\'s "at" and dots', () => {
    expect(sv('Den är lisa bindestreck maj punkt holm at-tecken telia punkt se.')).toBe('Den är [EPOST].');
    expect(sv('Det är tove punkt dahl kanelbulle gmail punkt com.')).toBe('Det är [EPOST].');
    expect(en('It is henry period stone at outlook period com.')).toBe('It is [EPOST].');
  });
  it('letters said with the spelling alphabet, or capital, or with their marks, belong to the local part', () => {
    expect(sv('Den är b som i Bertil, o som i Olof, punkt ek snabel-a live punkt se.')).toBe('Den är [EPOST].');
    expect(en('It is j for Juliet, o, e, dot lamb at gmail dot com.')).toBe('It is [EPOST].');
    expect(en('Capital J, o, e at hotmail dot com.')).toBe('[EPOST].');
  });
  it('a remark on the spelling, or "och sen" before the "at", stays inside the address', () => {
    expect(sv('Den är karlson med ett s snabel-a live punkt se.')).toBe('Den är [EPOST].');
    expect(en('It is matt with two t\'s dot rose at gmail dot com.')).toBe('It is [EPOST].');
    expect(sv('Det är vera punkt björk och sen snabel-a yahoo punkt se.')).toBe('Det är [EPOST].');
  });
  it('a domain spelled letter by letter, an ending of any country, a number of several words', () => {
    expect(sv('Den är i, d, a, snabel-a, g, m, x, punkt, d, e.')).toBe('Den är [EPOST].');
    expect(en('It is olga dash ivanova at mail dot ru.')).toBe('It is [EPOST].');
    expect(en('It is tom two thousand and one at yahoo dot com.')).toBe('It is [EPOST].');
  });
  it('a first name, or a number, before a provider without its ending, with "på" or "at"', () => {
    expect(sv('Den är stina åttiofyra på hotmail.')).toBe('Den är [EPOST].');
    expect(en('It is lars nyberg at gmail, no dot.')).toBe('It is [EPOST], no dot.');
    expect(sv('Jag har konto på hotmail.')).toBe('Jag har konto på hotmail.');
    expect(en('I was at home and then at work.')).toBe('I was at home and then at work.');
  });
  it('after a question for the address, a local part read with "punkt" is the address, spelled with commas too', () => {
    expect(call('sv', 'agent: Och vilken e-postadress har du?', 'caller: Det är bo punkt lind, eh, b, o, punkt, l, i, n, d.')).toEqual([
      'Och vilken e-postadress har du?',
      'Det är [EPOST].',
    ]);
  });
  it('"och sen" said inside an address is not remembered as a name', () => {
    const said = call('sv', 'caller: Det är vera punkt björk och sen snabel-a yahoo punkt se.', 'agent: Tack, och vart ska pengarna?');
    expect(said[1]).toBe('Tack, och vart ska pengarna?');
  });
});

describe('round 25 review (side by side with round 24)', () => {
  it('an answer that names an order keeps the question\'s cue: the number is still redacted', () => {
    expect(call('en', "agent: What's your account number?", "caller: For the order? It's 41 23 45 67.")[1]).toBe("For the order? It's [BANKKONTO].");
  });
  it('a keeping word in an earlier sentence of the answer, or the document the number is the same as on, gives way to the question', () => {
    expect(call('en', 'agent: And your passport number?', 'caller: Same as on the form, GA 447190.')[1]).toBe('Same as on the form, [ID-NUMMER].');
    expect(call('sv', 'agent: Vad är ditt kontonummer?', 'caller: Samma som på fakturan, 6000 123 456 789.')[1]).toBe('Samma som på fakturan, [BANKKONTO].');
    expect(call('sv', 'agent: Vilket är ditt kundnummer?', 'caller: Jag har ett ärende. Det är 4471 2290.')[1]).toBe('Jag har ett ärende. Det är [ID-NUMMER].');
    // (The number's own noun keeps it: "Ärendenummer 2024-118734".)
    expect(call('sv', 'agent: Vad är ditt kontonummer?', 'caller: Vänta, ärendenummer 2024-118734 har jag.')[1]).toBe('Vänta, ärendenummer 2024-118734 har jag.');
  });
  it('a local part with digits said again after a correction is masked again', () => {
    expect(en("It's ed underscore li77 at gmail dot com, sorry, ed underscore li77 two.")).toBe("It's [EPOST].");
  });
  it('a surname that is also a word ("sen") is remembered from the address', () => {
    const said = call('en', "caller: It's priya dot sen at gmail dot com.", 'agent: And the surname, sen, is that right?');
    expect(said[1]).toBe('And the surname, [NAMN], is that right?');
  });
  it('a first name or a sum before a firm one works at or pays is no address', () => {
    expect(sv('Det kostar 199 på Telia.')).toBe('Det kostar 199 på Telia.');
    expect(en('I pay 30 at Sky every month.')).not.toContain('[EPOST]');
    expect(sv('Min bror Johan jobbar på Telia.')).not.toContain('[EPOST]');
  });
  it('a mail mentioned in a statement before does not make "dot" or "punkt" an address', () => {
    expect(call('en', "agent: I've emailed you the form.", "caller: There's a red dot next to my name, is that bad?")[1]).toBe(
      "There's a red dot next to my name, is that bad?",
    );
    expect(call('sv', 'agent: Du får ett mejl i morgon.', 'caller: Okej, jag satte punkt efter det.')[1]).toBe('Okej, jag satte punkt efter det.');
  });
  it('a first name alone before a mail provider, "period" after an address question, "with a double t"', () => {
    expect(sv('Det är olle på hotmail.')).toBe('Det är [EPOST].');
    expect(call('en', 'agent: And your email address?', "caller: It's john period smith.")[1]).toBe("It's [EPOST].");
    expect(en("It's matt with a double t at gmail dot com.")).toBe("It's [EPOST].");
  });
});
