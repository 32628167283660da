import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 81: what the privacy review of round 81 found, in sentences of our own (the probes' kinds, not only the
 * probes). Each `describe` is one mechanism: the finding's tests fail on round 81's rules; the guards pass on both.
 */
describe('review 81: an age asked beside a personal number (ageBesideNumber, asksAge, judgeChain)', () => {
  it('redacts a number word after a personal number that more pieces follow, whatever was asked', () => {
    expect(call('en', 'agent: Your old number and your wife\'s?', 'caller: 610204-2386. Fifty-eight. Oh two eleven, forty-four sixty.')[1]).not.toContain('Fifty-eight');
    expect(call('sv', 'agent: Det gamla och det nya numret?', 'caller: 610204-2386. Femtioåtta. Noll två elva. Fyrtiofyra sextio.')[1]).not.toContain('Femtioåtta');
    expect(call('en', 'agent: And her age?', 'caller: 610204-2386. Fifty-eight. Oh two eleven, forty-four sixty.')[1]).not.toContain('Fifty-eight');
    expect(call('en', 'agent: How old were they both?', 'caller: Eighty. 610204-2386. Fifty-eight. 0211-4460.')[1]).not.toContain('Fifty-eight');
  });
  it('redacts a number word said after the number, the age asked with the number or not (before the number only)', () => {
    expect(call('sv', 'agent: Hur gammal är han, och numret?', 'caller: 610204-2386. Sextiofyra.')[1]).not.toContain('Sextiofyra');
    expect(call('en', 'agent: How old is she?', 'caller: 610204-2386. Sixty-four.')[1]).not.toContain('Sixty-four');
  });
  it('redacts a number word before it where "old"/"gamla" asks for a number, or the caller says it', () => {
    expect(call('en', 'agent: What was your old number?', 'caller: Sixty-one. 610204-2386.')[1]).not.toContain('Sixty-one');
    expect(call('sv', 'caller: Det är min gamla telefon.', 'caller: Åttio. 0731234567.')[1]).not.toContain('Åttio');
    expect(call('sv', 'agent: Ditt gamla personnummer?', 'caller: Sextioett. 610204-2386.')[1]).not.toContain('Sextioett');
  });
  it('guard: keeps an age the other speaker asked for, said before the number, and "he was" after it', () => {
    expect(call('sv', 'agent: Hur gammal var din man?', 'caller: Åttiotre. 410911-4477.')[1]).toContain('Åttiotre');
    expect(call('en', 'agent: How old was your father?', 'caller: Eighty-three. 410911-4477.')[1]).toContain('Eighty-three');
    expect(one('en', 'Forty-one oh nine eleven, forty-four seventy-seven. He was eighty-three.')).toContain('He was eighty-three');
  });
});

describe('review 81: a name before "är N, …" or "N, …" beside a personal number (nameWord)', () => {
  it('redacts a number word after a capitalised noun opening the sentence, or a word in capitals', () => {
    expect(one('sv', 'Porten är nio, 160412-1234.')).not.toMatch(/nio|160412/);
    expect(one('sv', 'Rummet, elva, 160412-1234.')).not.toContain('elva');
    expect(one('en', 'Door, nine, 160412-1234.')).not.toContain('nine');
    expect(one('en', 'OCR is eleven, 160412-1234.')).not.toContain('eleven');
    expect(one('sv', 'Våningen är tre, 160412-1234.')).not.toContain('tre,');
  });
  it('guard: keeps the age after a known first name opening the sentence or one after a relation', () => {
    expect(one('sv', 'Elsa är nio, 160412-1234.')).toContain('är nio');
    expect(one('en', 'Noah, eleven, 140612-3107.')).toContain(', eleven,');
    expect(one('sv', 'Min dotter Elsa är nio, 160412-1234.')).toContain('är nio');
  });
});

describe('review 81: "names are/were" only after a person\'s names (slotBefore)', () => {
  it('keeps capitalised words after names nobody owns, and kinds, judgements and participles', () => {
    expect(one('en', 'The names are Greek and Latin.')).toContain('Latin');
    expect(one('en', 'The names were Hebrew.')).toContain('Hebrew');
    expect(one('en', 'Both surnames are Wrong.')).toContain('Wrong');
    expect(one('en', 'The road names are Vasagatan and Drottninggatan.')).toContain('Vasagatan');
    expect(one('en', 'The fund names are Pension and Savings.')).toContain('Savings');
    expect(one('en', 'Their names were Updated last year.')).toContain('Updated');
    expect(one('en', 'His names are Islamic.')).toContain('Islamic');
  });
  it('redacts names after the Swedish plural, "Förnamnen är …", "Efternamnen var …" (a shared leak)', () => {
    expect(one('sv', 'Förnamnen är Chidinma och Uzoamaka.')).not.toMatch(/Chidinma|Uzoamaka/);
    expect(one('sv', 'Efternamnen var Okafor och Eze.')).not.toMatch(/Okafor/);
  });
  it('guard: redacts names after a person\'s (first) names', () => {
    expect(one('en', 'My first names are Chidinma Uzoamaka.')).not.toMatch(/Chidinma|Uzoamaka/);
    expect(one('en', "The children's names are Obinna and Chiamaka.")).not.toMatch(/Obinna|Chiamaka/);
  });
});

describe('review 81: a word read back "with a z" (readBackAsWritten)', () => {
  it('keeps a disease, a language, a home, a cemetery, a firm and an estate paper read back', () => {
    expect(call('en', 'caller: What she had.', 'agent: I have Huntington, with an H?')[1]).toContain('Huntington');
    expect(call('en', 'caller: Her language.', 'agent: I have Somali, with an i?')[1]).toContain('Somali');
    expect(call('sv', 'caller: Boendet.', 'agent: Jag har Tallbacken, med ett k?')[1]).toContain('Tallbacken');
    expect(call('sv', 'caller: Kyrkogården.', 'agent: Jag har Norra Kyrkogården, med ett y?')[1]).toContain('Kyrkogården');
    expect(call('sv', 'caller: Begravningen.', 'agent: Jag har Begravningsbyrån, med ett s?')[1]).toContain('Begravningsbyrån');
    expect(call('sv', 'caller: Pappret.', 'agent: Jag har Arvskifte, med ett f?')[1]).toContain('Arvskifte');
  });
  it('guard: still redacts a name read back so', () => {
    expect(call('en', 'caller: My uncle.', 'agent: I have Okonkwo, with a k?')[1]).not.toContain('Okonkwo');
    expect(call('sv', 'caller: Min mormor.', 'agent: Jag har Sjöqvist, med q?')[1]).not.toContain('Sjöqvist');
  });
});
