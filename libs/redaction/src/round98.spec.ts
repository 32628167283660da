import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 98 (tuning-108: elderly callers and the people who help them — numbers read slowly across turns, read back and
 * put right a digit at a time). Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the
 * guards beside it show what stays kept or redacted.
 */

describe('round 98: the asker waits while the one asked looks for the rest of the number', () => {
  it('redacts the pieces read after "vänta, jag letar" and the asker\'s patient words between', () => {
    const out = call(
      'sv',
      'agent: Kan jag få ditt personnummer?',
      'caller: Ja, det är fyrtioett, noll sex, vänta lite, jag letar i väskan.',
      'agent: Det går bra, jag väntar här så länge.',
      'caller: Tretton, och sen femtiosju, tjugoåtta.',
    );
    expect(out[1]).toBe('Ja, det är [PERSONNUMMER], vänta lite, jag letar i väskan.');
    expect(out[3]).not.toMatch(/[Tt]retton|femtiosju|tjugoåtta/);
  });
  it('redacts in English: "hang on, I need my glasses" … "No rush at all, take all the time you need."', () => {
    const out = call(
      'en',
      'agent: Can I have your personal number?',
      'caller: It is forty-one, oh six, hang on, I need my glasses.',
      'agent: No rush at all, take all the time you need.',
      'caller: Thirteen, then fifty-seven, twenty-eight.',
    );
    expect(out[3]).not.toMatch(/Thirteen|fifty-seven|twenty-eight/);
  });
  it('keeps a trade\'s code after the asker moves on, the one asked not looking for anything', () => {
    const out = call(
      'en',
      'agent: Your personal number?',
      'caller: Forty-one, oh six, er, no.',
      "agent: Maybe we start with your firm's name.",
      'caller: Lindqvist Bygg. SNI 41.200, houses.',
    );
    expect(out[3]).toContain('41.200');
  });
});

describe('round 98: a pair of a checksum-valid personal number said again in the other speaker\'s next turn', () => {
  it('redacts "sjuttiotvå som dag" after "570372-3865", "forty-one as the year" after "410613-5728"', () => {
    const sv = call('sv', 'caller: Hans nummer är 570372-3865, det är ett samordningsnummer.', 'agent: Ja, det ser jag, det står sjuttiotvå som dag.');
    expect(sv[1]).toBe('Ja, det ser jag, det står [SAMORDNINGSNUMMER] som dag.');
    const en = call('en', 'caller: Mine is 410613-5728.', 'agent: Thank you, and that starts with forty-one as the year, yes.');
    expect(en[1]).toBe('Thank you, and that starts with [PERSONNUMMER] as the year, yes.');
  });
  it('keeps the same figures as an amount, a day with its month, an age or in the same speaker\'s turn', () => {
    const amount = call('sv', 'caller: Hans nummer är 570372-3865.', 'agent: Avgiften blir femtiosju kronor i månaden.');
    expect(amount[1]).toBe('Avgiften blir femtiosju kronor i månaden.');
    const date = call('en', 'caller: Mine is 410613-5728.', 'agent: The decision came on the 13 June.');
    expect(date[1]).toBe('The decision came on the 13 June.');
    const age = call('en', 'caller: Mine is 410613-5728.', "agent: Thanks. And your husband, he's 57?");
    expect(age[1]).toContain('57');
    const same = call('sv', 'caller: Hans nummer är 570372-3865.', 'caller: Han har bott här i femtiosju år.');
    expect(same[1]).toBe('Han har bott här i femtiosju år.');
  });
});

describe('round 98: a pair put right and said again right before the number it belongs to', () => {
  it('redacts "Nej, fjorton, jag sa fjorton, 19520314" and "No, oh four, I said oh four, nineteen forty-nine, oh four twenty-one"', () => {
    expect(one('sv', 'Femton? Nej, fjorton, jag sa fjorton, 19520314, och jag hör dåligt.')).not.toContain('fjorton');
    expect(one('en', "Fourteen? No, oh four, I said oh four, nineteen forty-nine, oh four twenty-one, I'm eighty-five.")).not.toMatch(/oh four,/);
  });
  it('keeps a number before it without a correction word, and one in a sentence of amounts', () => {
    expect(one('sv', 'Vi var fjorton, jag sa fjorton, 19520314.')).toContain('Vi var fjorton,');
    expect(one('sv', 'Nej, fjorton, jag sa fjorton kronor, 19520314.')).toContain('fjorton kronor');
  });
});
