import { describe, expect, it } from 'vitest';
import { one } from './testing/dialogues.js';

/**
 * Round 101 (tuning-111: written text read aloud — a letter, a form, a statement read line by line, with glitches and
 * corrections). Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside it show
 * what stays kept or redacted.
 */

describe('round 101: pieces of a personal number read off paper with a reader\'s aside or a restart between them', () => {
  it('redacts the year when the rest comes after a filler, "det står", "the rest is …", or a piece said again', () => {
    // 1978-03-14, last four 3457: Luhn-valid (7803143457).
    expect(one('sv', 'Pappa står där, nittonhundrasjuttioåtta, eh, noll tre fjorton, tretusen fyrahundrafemtiosju, under sökande.')).not.toMatch(/nittonhundrasjuttioåtta/);
    expect(one('sv', 'Sen kommer mamma, nitton sjuttioåtta, noll tre, eh, det står noll tre fjorton, trettiofyra femtiosju.')).not.toMatch(/nitton sjuttioåtta|noll tre,/);
    expect(one('en', 'On the top line I can read nineteen seventy-eight, oh three fourteen, and the rest is faded, three four... three four five seven, that is hers.')).not.toMatch(/three four/);
  });
  it('keeps a year and a sum said apart in a sentence that makes no valid number', () => {
    expect(one('sv', 'Brevet är från nittonhundrasjuttioåtta, eh, det står tretusen fyrahundra kronor.')).toBe('Brevet är från nittonhundrasjuttioåtta, eh, det står tretusen fyrahundra kronor.');
    expect(one('en', 'Box four, and the rest is blank, I paid forty-five pounds.')).toContain('I paid forty-five pounds.');
  });
});

describe('round 101: a last four begun after "sista fyra", broken off and put right', () => {
  it('redacts the piece broken off and the figures that put it right', () => {
    expect(one('sv', 'Sista fyra är fyra fem... nej, det är en sjua, fyra fem sju nio, tror jag.')).toBe('Sista fyra är [ID-NUMMER]... nej, det är en [ID-NUMMER], tror jag.');
    expect(one('en', 'The last four are eight one... no sorry, it is a two, eight one two six.')).not.toMatch(/eight one/);
  });
  it('keeps a sum after a last four broken off, and a small count after "sista fyra" not broken off', () => {
    expect(one('sv', 'Sista fyra är fyra fem... nej, det gäller 2 800 kronor.')).toContain('2 800 kronor');
    expect(one('sv', 'De sista fyra är 12 år gamla, det står på raden.')).toContain('12 år');
  });
});
