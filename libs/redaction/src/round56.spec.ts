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

  it("the police's public number after \"polisanmälan på\", even beside a card", () => {
    expect(one('sv', 'Spärra kortet hos banken och gör en polisanmälan på 114 14.')).toContain('114 14');
  });
});
