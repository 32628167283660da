import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 79 (tuning-90: families and children). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 79: a word said first, then a personal number after its comma', () => {
  it('redacts a name no list holds, listed before the number', () => {
    expect(one('en', 'Oisín, 150812-2395, he started school in August.')).not.toContain('Oisín');
    expect(one('sv', 'Barnen är Tuva, 150812-2395, och Ilmari, 170303-4486.')).not.toMatch(/Tuva|Ilmari/);
  });
  it("redacts the name after a relation's genitive, the number begun in words", () => {
    expect(one('en', "The boy's Cathal, one five oh eight one two, twenty-three ninety-five.")).not.toContain('Cathal');
  });
  it("keeps the number's own noun, a pardon and a language before it", () => {
    expect(one('sv', 'Samordningsnumret, 150872-2392.')).toContain('Samordningsnumret');
    expect(one('sv', 'Ursäkta, 150812-2395, jag sa fel.')).toContain('Ursäkta');
    expect(one('en', 'Co-ordination, 150872-2392.')).toContain('Co-ordination');
    expect(one('en', "Shan iyo afar, sorry, that's Somali, 150812-2395.")).toContain('Somali');
  });
});

describe("round 79: an age said before a child's personal number", () => {
  it('keeps the age and redacts the number', () => {
    const out = one('sv', 'Min yngsta, han är nio, 170303-4486, och går i trean.');
    expect(out).toContain('nio');
    expect(out).not.toContain('170303');
    const en = one('en', "And my daughter, she's eleven, 150812-2395, in year five.");
    expect(en).toContain('eleven');
    expect(en).not.toContain('150812');
  });
});

describe("round 79: a personal number's last four said again or misread", () => {
  it('redacts the last four confirmed with their last pair, after the read-back was confirmed', () => {
    const out = call(
      'sv',
      'agent: Vad är ditt personnummer?',
      'caller: Sjuttionio noll fyra elva … trettiotvå åttiofyra.',
      'agent: 790411-3284, Jonas Ek?',
      'caller: Ja. Och det gäller Vilgot, 150812-2395, och Tyra, arton noll tre noll tre … fyrtiofyra åttiofem.',
      'agent: Jag har fyrtiofyra femtioåtta för Tyra.',
      'caller: Nej, fyrtiofyra åttiofem, åttiofem sist.',
    );
    expect(out[4]).not.toContain('femtioåtta');
    expect(out[5]).not.toMatch(/fyrtiofyra|åttiofem/);
  });
  it("redacts the agent's read-back with two digits swapped", () => {
    const out = call('en', 'caller: My son, Tomás, 150812-2395.', "agent: I've got twenty-three fifty-nine for Tomás.");
    expect(out[1]).not.toContain('fifty-nine');
  });
  it('keeps an amount and a year said in the same way', () => {
    const out = call('en', 'caller: My son, Tomás, 150812-2395.', "agent: I've got twenty-three sixty kronor for him, from twenty twenty-three.");
    expect(out[1]).toContain('twenty-three sixty kronor');
  });
});

describe('round 79: a count asked with "live"', () => {
  it('keeps the count answered to "how many … live with you?"', () => {
    const out = call('en', 'agent: How many grandchildren live with you?', 'caller: Three, Saoirse, 150812-2395, and the twins.');
    expect(out[1]).toMatch(/^Three,/);
  });
  it('still redacts an address answered to "where do you live?"', () => {
    const out = call('en', 'agent: Where do you live?', 'caller: Linnégatan 12, in Umeå.');
    expect(out[1]).not.toContain('Linnégatan');
  });
});

describe('round 79: a pregnancy week after a date of birth', () => {
  it('keeps the week and redacts the date', () => {
    const out = one('sv', 'Hon föddes den fjärde mars, i vecka trettiofem, och vi fick åka hem.');
    expect(out).toContain('vecka trettiofem');
    expect(out).not.toContain('fjärde mars');
    const en = one('en', 'He was born on the 2nd of May, in week 36, so a bit early.');
    expect(en).toContain('week 36');
    expect(en).not.toContain('2nd of May');
  });
});

describe('round 79: the weekday a baby was born', () => {
  it('redacts "last Friday", "i lördags" and the weekday before the date', () => {
    expect(one('en', 'Our son was born last Friday and has no number yet.')).not.toContain('Friday');
    expect(one('sv', 'Hon föddes i lördags, på BB i Lund.')).not.toContain('lördags');
    expect(one('en', 'She was born on Monday, the first of December.')).not.toContain('Monday');
  });
  it('keeps the kind of day and a weekday of another event', () => {
    expect(one('en', 'I was born on a Sunday, the nurse said.')).toContain('Sunday');
    expect(one('en', 'I was born in Umeå, on Friday I have a meeting.')).toContain('Friday');
  });
});

describe("round 79: a case number with its series' letters, answered to the question", () => {
  it('keeps the case number', () => {
    const out = call('sv', 'agent: Vilket ärendenummer har du?', 'caller: VAB 4410-27.');
    expect(out[1]).toContain('VAB 4410-27');
  });
  it('still redacts a personal number given as the answer', () => {
    const out = call('sv', 'agent: Vilket ärendenummer har du?', 'caller: Det är 150812-2395.');
    expect(out[1]).not.toContain('150812');
  });
});

describe('round 79: a sibling named by the family word', () => {
  it('keeps "Lillebror" opening a sentence, as "Storebror"', () => {
    expect(one('sv', 'Lillebror har fått sitt personnummer nu.')).toContain('Lillebror');
    expect(one('sv', 'Storebror går på gymnasiet.')).toContain('Storebror');
  });
  it('still redacts a name after "heter"', () => {
    expect(one('sv', 'Min dotter heter Lillasyster.')).not.toContain('Lillasyster');
  });
});

describe('round 79: how a name is pronounced', () => {
  it('redacts the pronunciation after "pronounced" and "uttalas"', () => {
    expect(one('en', "It's Caoimhe, it's pronounced Keeva.")).not.toContain('Keeva');
    expect(one('sv', 'Hon heter Siobhán, det uttalas Sjivon.')).not.toContain('Sjivon');
  });
});

describe('round 79: a house number put right twice in one sentence', () => {
  it('redacts both', () => {
    const out = call('sv', 'agent: Björkgatan 19?', 'caller: Nej, nio, bara nio.');
    expect(out[1]).not.toMatch(/nio/);
  });
  it('keeps a count after "nej" with its unit', () => {
    const out = call('sv', 'agent: Björkgatan 19?', 'caller: Nej, nio veckor, bara nio veckor.');
    expect(out[1]).toContain('veckor');
  });
});

describe("round 79: one's own number begun after another's", () => {
  it("redacts the start said after \"mine's\" and \"min är\"", () => {
    expect(one('en', "That's 520311-4821, no, that's my husband's, mine's five six, hang on.")).not.toContain('five six');
    expect(one('sv', 'Det där är 520311-4821, min mans, min är femtiofyra, vänta.')).not.toContain('femtiofyra');
  });
  it("keeps a sum after \"mine's\"", () => {
    expect(one('en', "His is 520311-4821 and mine's four hundred kronor a month.")).toContain('four hundred kronor');
  });
});
