import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 83 (tuning-92 again: deaths and estates). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 83: a first name that is also a town abroad, before a surname', () => {
  it('redacts the first name at a sentence start before a surname', () => {
    expect(call('en', 'agent: Did he have a Swedish number?', 'caller: Yes, a coordination number. Abala Owusu. He was a student here.')[1]).not.toMatch(/Abala|Owusu/);
    expect(one('sv', 'Det gäller min svåger. Aba Boateng. Han dog i mars.')).not.toMatch(/Aba\b|Boateng/);
  });
  it('redacts a name read back "without an H" whose first word is a town abroad', () => {
    expect(call('en', 'caller: It is about my cousin.', 'agent: I have Abala Owusa, without an H.')[1]).not.toMatch(/Abala|Owusa/);
    expect(call('sv', 'caller: Det gäller min kusin.', 'agent: Jag har Aba Boatang, med ett e?')[1]).not.toMatch(/Aba\b|Boatang/);
  });
  it('still keeps a place read back, and a place after "from"', () => {
    expect(call('en', 'caller: It was posted from there.', 'agent: I have Leeds here.')[1]).toContain('Leeds');
    expect(call('en', 'caller: Two words.', 'agent: I have New York, two words?')[1]).toContain('New York');
    expect(one('en', 'The body is flown home from Accra on Friday.')).toContain('Accra');
  });
});

describe('round 83: a genitive standing for the thing just said is a person\'s', () => {
  it('redacts "that is Gosia\'s" after a number, and "det är Gosias"', () => {
    expect(one('en', 'The card says 4412... no, that is Gosia\'s, I picked up the wrong one.')).not.toContain('Gosia');
    expect(one('sv', 'Det står 4412... nej, det är Gosias, jag tog fel kort.')).not.toContain('Gosia');
  });
  it('still keeps a relation\'s, an organisation\'s and an agency\'s', () => {
    expect(one('en', 'No, that\'s Mum\'s.')).toContain('Mum\'s');
    expect(one('en', 'It\'s the Council\'s.')).toContain('Council\'s');
    expect(one('sv', 'Nej, det är Försäkringskassans.')).toContain('Försäkringskassans');
  });
});

describe('round 83: an area code said alone is a phone number\'s', () => {
  it('redacts "area code" and "riktnummer" figures, in words or figures', () => {
    expect(one('en', 'My mobile is 212 555 0187, sorry, the area code two one two.')).not.toContain('two one two');
    expect(one('en', 'The area code is 415.')).not.toContain('415');
    expect(one('sv', 'Riktnumret är noll fyra sex.')).not.toContain('noll fyra sex');
  });
  it('still keeps an area, a size and a code that is no phone\'s', () => {
    expect(one('en', 'The area has 400 houses.')).toContain('400');
    expect(one('sv', 'Lägenheten är 62 kvadratmeter.')).toContain('62');
  });
});
