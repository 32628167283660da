import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 56, from the blind tuning set tuning-67 (identifiers and dates of birth said the hard ways; its first run in
 * tuning-67/before-round-56.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 56: identifiers', () => {
  it('the rest of a personal number named after a date of birth ("och resten är", "the rest is", "the last four are")', () => {
    expect(one('sv', 'Jag är född femtioåtta, nionde maj, och resten är tjugoett fyrtiofem, om det behövs.')).not.toMatch(/tjugoett|fyrtiofem/);
    expect(one('en', 'Born the 2nd of April 1961, and the last four are eighteen seventy-two.')).not.toContain('seventy-two');
    expect(one('en', 'Born the ninth of May nineteen ninety, and the rest is forty-four oh six.')).not.toContain('forty-four');
    // (Not a year or a sum said after it.)
    expect(one('sv', 'Jag är född 3 mars 1950, och resten är 2019 års beslut.')).toContain('2019 års beslut');
  });

  it("a sort code after \"sort code's\"", () => {
    expect(one('en', "The sort code's forty, eleven, sixty-two, it's HSBC.")).not.toMatch(/forty|eleven|sixty-two/);
  });

  it('the short piece just put right, said again at the start of the next turn', () => {
    const lines = call('en', 'agent: Account 812 304 567?', 'caller: No, five seven six at the end.', 'agent: 576, thanks, that is noted.');
    expect(lines[2]).not.toContain('576');
    // (Not a number the next turn begins with that was no piece: an amount.)
    expect(call('sv', 'agent: Clearing 8105-9?', 'caller: Nej, åttiofem tio, nio.', 'agent: 300 kronor kostar det.')[2]).toContain('300 kronor');
  });

});

describe("round 56's review: leaks and over-redaction closed", () => {
  it('a piece of a personal number or card equal to a public number stays hidden after "anmälan" (the rule for it was dropped)', () => {
    expect(call('sv', 'agent: Vilka är de fyra sista i ditt personnummer?', 'caller: Enligt anmälan, 1177.')[1]).not.toContain('1177');
    expect(call('sv', 'agent: Vilka är de tre sista siffrorna på kortet?', 'caller: Polisanmälan, 112.')[1]).not.toContain('112');
  });

  it('"code\'s" names a number only where the word before makes it an identifier, never exempts one', () => {
    expect(one('en', "The door code's 85 03 12 12 89, no sorry that's my personal number.")).not.toContain('12 89');
    expect(one('en', "The policy code's 1234 5678 90, it's from Folksam.")).not.toContain('5678');
  });

  it('after a date of birth, a sum is no rest of the number; an answer to the next question is no echoed piece', () => {
    expect(one('sv', 'Född 12 mars 1990, och resten är 1200 kronor i skuld.')).toContain('1200 kronor');
    expect(one('en', 'I was born 7 March 1948. The rest is 3400 pounds.')).toContain('3400 pounds');
    expect(call('sv', 'caller: Kontot slutar på sjuttioett.', 'agent: Sjuttioett, ja. Och hur mycket drogs?', 'caller: Sjuttioett kronor.')[2]).toBe('Sjuttioett kronor.');
  });
});
