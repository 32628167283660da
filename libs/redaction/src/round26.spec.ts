import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 26, from the blind tuning set tuning-40 (text that must be kept beside personal data). Sentences written for
 * these tests, not taken from any eval set.
 */
describe('a care home is kept, the room or address in it redacted', () => {
  // (The rules: the learned recogniser, trained on older sets that marked the home too, may still take it, on the safe side.)
  const rules = (text: string) => redact(text, { lang: 'sv', recogniser: false }).text;
  it('"Solgårdens äldreboende, rum 214": the room is the address', () => {
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(rules('Hon bor på Solgårdens äldreboende, rum 214.')).toBe('Hon bor på [ADRESS].');
    expect(rules('Mamma bor på Björkhagens vårdboende, Parkvägen 2, rum 14.')).toBe('Mamma bor på [ADRESS], [ADRESS].');
  });
});

describe('things named as people are', () => {
  it('an app or a firm "som heter", an agency after "heter", are no one\'s name', () => {
    expect(sv('Det är en app som heter Kivra.')).toBe('Det är en app som heter Kivra.');
    expect(sv('Appen, den heter Försäkringskassan i App Store.')).toBe('Appen, den heter Försäkringskassan i App Store.');
    expect(sv('Jag har pratat med Mobilitetscenter i Göteborg.')).toBe('Jag har pratat med Mobilitetscenter i Göteborg.');
  });
  it('but a sole trader\'s own firm, named after them, stays redacted', () => {
    expect(sv('Min firma heter Pekkas Rör, jag har en anställd.')).toContain('[NAMN]');
  });
  it('"Svensson & Son" is a firm', () => {
    expect(sv('Jag jobbar på Svensson & Son i Jönköping.')).toBe('Jag jobbar på Svensson & Son i Jönköping.');
  });
});

describe('numbers kept beside identifiers', () => {
  it('an age said after "I\'m" under an account just mentioned is an age', () => {
    expect(call('en', 'agent: We pay to the account we have on file at your bank.', "caller: Right. And I'm eighty-five, so I hope it works.")[1]).toBe(
      "Right. And I'm eighty-five, so I hope it works.",
    );
    // (Under a question for the year of birth, "jag är femtiotvå" is the year.)
    expect(call('sv', 'agent: Vilket år är du född?', 'caller: Jag är femtiotvå.')[1]).toBe('Jag är [FÖDELSEDATUM].');
  });
});

describe('round 26 review (side by side with round 25)', () => {
  it('a number followed by "det är ärendenumret" is still redacted (a personnummer a digit off, an account, negated)', () => {
    expect(sv('19520314 4563, det är ärendenumret.')).not.toContain('4563');
    expect(sv('Skriv 83279123456, det är inte ärendenumret, det är mitt kontonummer.')).not.toContain('83279123456');
  });
  it('"Jag är femtiotvå" under a question for the personnummer is its first digits', () => {
    expect(call('sv', 'agent: Vad är ditt personnummer?', 'caller: Jag är femtiotvå.')[1]).not.toContain('femtiotvå');
    expect(call('sv', 'agent: Vad har din man för personnummer?', 'caller: Han är 52.')[1]).not.toContain('52');
  });
  it('a surname that ends like a bank or a centre after "heter" is a name', () => {
    expect(call('sv', 'agent: Vad heter du i efternamn?', 'caller: Jag heter Ewbank.')[1]).toBe('Jag heter [NAMN].');
    expect(sv('Min handläggare hette Burbank.')).toBe('Min handläggare hette [NAMN].');
  });
  it("a sole trader's own firm stays redacted: \"& Son\", \"en firma som heter … det är min egen\", \"called …, my own surname\"", () => {
    expect(sv('Jag har enskild firma, Karlsson & Son, det är bara jag.')).toContain('[NAMN]');
    expect(sv('Det finns en firma som heter Pekkas Rör, det är min egen.')).toContain('[NAMN]');
    expect(en("I work with a company called Adeyemi, that's my own surname.")).toContain('[NAMN]');
  });
  it('an answer\'s one long number is the one asked for, however long the way to it', () => {
    expect(call('en', "agent: What's your account number?", 'caller: Hang on, let me find the letter, okay here it is, 31926819.')[1]).toBe(
      'Hang on, let me find the letter, okay here it is, [BANKKONTO].',
    );
    expect(call('sv', 'agent: Och ditt passnummer?', 'caller: Vänta, jag hämtar det, det ligger i lådan, här, 54892301.')[1]).toBe(
      'Vänta, jag hämtar det, det ligger i lådan, här, [ID-NUMMER].',
    );
  });
});
