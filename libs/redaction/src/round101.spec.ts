import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

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

describe('round 101: a name found with the English possessive is remembered bare', () => {
  it('redacts the bare name said later in the call', () => {
    expect(call('en', "caller: That column is my partner's, Tormund's.", 'agent: Fine.', 'caller: The flat is shared with Tormund.')[2]).toBe('The flat is shared with [NAMN].');
  });
  it('keeps a possessive that was no name', () => {
    expect(call('en', "caller: That form is the council's.", 'caller: The council said no.')[1]).toBe('The council said no.');
  });
});

describe('round 101: an initial written without its full stop, after a word of who pays, sends or signs', () => {
  it('redacts the initial and the surname', () => {
    expect(one('en', 'The transfer came from R Treharne, for the deposit.')).toBe('The transfer came from [NAMN], for the deposit.');
    expect(one('sv', 'Insättningen kom från B Tjäderkvist, för hyran.')).toBe('Insättningen kom från [NAMN], för hyran.');
  });
  it('keeps a street, "A" and a place after "from"', () => {
    expect(one('en', 'We walked from B Street to the station.')).toBe('We walked from B Street to the station.');
    expect(one('en', 'It goes from A to B.')).toBe('It goes from A to B.');
    expect(one('en', 'She flew in from Kuala Lumpur.')).toBe('She flew in from Kuala Lumpur.');
  });
});

describe('round 101: a form\'s box, its number in words, asked for or with its label after it', () => {
  // (The keep was taken out by the review of round 101: it let real post boxes through. A form's box with its number in
  // words and no form word beside it is redacted again; it fails closed.)
  it('redacts the box again (the keep is gone)', () => {
    expect(one('en', 'Box four, marital status, I left it blank.')).toBe('[ADRESS], marital status, I left it blank.');
    expect(call('en', 'caller: I filled in the first part.', 'agent: Right. Box five?')[1]).toBe('Right. [ADRESS]?');
  });
  it('still redacts a post box with a town, a postcode or figures after it', () => {
    expect(one('en', 'Write to me at Box eleven, Harrogate.')).toBe('Write to me at [ADRESS], Harrogate.');
    expect(one('sv', 'Min adress är Box fyra, eh, och sen 542 31.')).not.toMatch(/Box fyra/);
  });
});
