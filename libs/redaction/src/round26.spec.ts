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
    expect(rules('Hon bor på Solgårdens äldreboende, rum 214.')).toBe('Hon bor på Solgårdens äldreboende, [ADRESS].');
    expect(rules('Mamma bor på Björkhagens vårdboende, Parkvägen 2, rum 14.')).toBe('Mamma bor på Björkhagens vårdboende, [ADRESS].');
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
  it('a number named after it as the case number is kept; a valid personnummer or a phone number never', () => {
    expect(sv('Skriv 33-4471902 på den, det är ärendenumret.')).toBe('Skriv 33-4471902 på den, det är ärendenumret.');
    expect(en("Put 33-4471902 on it, that's the case number.")).toBe("Put 33-4471902 on it, that's the case number.");
    expect(sv('Det är 19520314-4562, det är ärendenumret.')).toBe('Det är [PERSONNUMMER], det är ärendenumret.');
    expect(sv('Ring 070-123 45 67, det är ärendenumret.')).toBe('Ring [TELEFON], det är ärendenumret.');
  });
});
