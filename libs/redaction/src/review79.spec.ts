import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 79: the leaks and over-redactions the privacy review found in round 79's mechanisms, with sentences of
 * our own in the reviewer's style. Each `it` of a fix fails on main at 329031cf; the guards beside them pass on both.
 */
describe('review 79, L1: letters before the figures answering a question for a case number', () => {
  it('redacts a number whose letters name a personal identifier', () => {
    expect(call('en', 'agent: What is your case number?', 'caller: It is NHS 943 476 5919.')[1]).not.toMatch(/476|5919/);
    expect(call('sv', 'agent: Vilket ärendenummer har du?', 'caller: Det är LMA 31-882716.')[1]).not.toMatch(/882716/);
    expect(call('en', 'agent: Have you got a reference?', 'caller: Sure, NI 452817-63.')[1]).not.toMatch(/452817/);
    expect(call('sv', 'agent: Har du något ärendenummer?', 'caller: Ja, PN 19770519-44.')[1]).not.toMatch(/19770519/);
  });
  it("redacts a passport's or a card's run of figures after letters, with no case number's groups", () => {
    expect(call('en', 'agent: Do you have a case number?', 'caller: Yes, it is PA 87654321.')[1]).not.toMatch(/87654321/);
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, KM 7731904.')[1]).not.toMatch(/7731904/);
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, UD 55201874.')[1]).not.toMatch(/55201874/);
  });
  it('redacts figures that begin with a date of birth, whatever the letters', () => {
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, HKL 77051944.')[1]).not.toMatch(/77051944/);
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, KRT 770519-12.')[1]).not.toMatch(/770519/);
  });
  it('redacts a checksum-valid NHS number given bare as the case number', () => {
    expect(call('en', 'agent: Do you have a case number?', 'caller: Yes, 943 476 5919.')[1]).not.toMatch(/476|5919/);
  });
  it("still keeps a case's series with the case number's own groups, and bare case numbers", () => {
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, BOB 7734-11.')[1]).toContain('BOB 7734-11');
    expect(call('sv', 'agent: Vilket ärendenummer?', 'caller: Det är FK 2291-4406.')[1]).toContain('FK 2291-4406');
    expect(call('sv', 'agent: Har du ett diarienummer?', 'caller: Ja, DNR 2026-1234.')[1]).toContain('2026-1234');
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, 31-7720519.')[1]).toContain('31-7720519');
  });
});

describe('review 79, L2: a pregnancy week between a date of birth and its year', () => {
  it('redacts the year after the week with the date', () => {
    for (const [lang, text] of [
      ['sv', 'Hon är född 4 mars, vecka 35, 1992.'],
      ['en', 'He was born 4 March, week 35, 1992.'],
      ['en', 'She was born on the 4th of March, week 35, nineteen ninety-two.'],
    ] as const) {
      const out = one(lang, text);
      expect(out).not.toMatch(/1992|ninety-two/);
      expect(out).toContain('[FÖDELSEDATUM]');
    }
  });
  it('redacts the year of a birth said only by its week', () => {
    expect(one('en', 'He was born in week 35 of 1992.')).not.toMatch(/1992/);
    expect(one('sv', 'Jag är född vecka 35 av 1992.')).not.toMatch(/1992/);
    expect(one('en', 'She was born in week 30 of nineteen eighty.')).not.toMatch(/eighty/);
  });
  it('still keeps the week after a whole date, and the week alone', () => {
    expect(one('sv', 'Hon föddes den fjärde mars 1992, i vecka trettiofem.')).toContain('vecka trettiofem');
    expect(one('en', 'He was born on the 2nd of May, in week 36, so a bit early.')).toContain('week 36');
    expect(one('sv', 'Hon föddes i vecka trettiofem.')).toContain('vecka trettiofem');
  });
});

describe('review 79, L3: a sibling word given as what a child is called', () => {
  it('redacts it after "kallar honom", "call her"', () => {
    expect(one('sv', 'Vi kallar henne Lillasyster.')).not.toContain('Lillasyster');
    expect(one('en', 'At home we call him Storebror.')).not.toContain('Storebror');
  });
  it('still keeps the family word as a word', () => {
    expect(one('sv', 'Lillebror har samordningsnummer.')).toContain('Lillebror');
  });
});

describe('review 79, O1: a word before a personal number that is no name', () => {
  it("keeps a child's place, twins and a relation's definite form", () => {
    expect(one('sv', 'Äldsta, 150311-2342.')).toMatch(/^Äldsta, \[PERSONNUMMER\]/u);
    expect(one('en', 'Oldest, 150311-2342, then the twins.')).toMatch(/^Oldest, /u);
    expect(one('en', 'Twins, 150311-2342 and 150311-2342.')).toMatch(/^Twins, /u);
    expect(one('sv', 'Sonen, 150311-2342.')).toMatch(/^Sonen, /u);
  });
  it('keeps a debt or a sum the line is about', () => {
    expect(one('sv', 'Skulden, 150311-2342, är på 7 300.')).toMatch(/^Skulden, \[PERSONNUMMER\]/u);
    expect(one('sv', 'Beloppet, 150311-2342, 900 kronor.')).toMatch(/^Beloppet, /u);
    expect(one('en', 'Arrears, 150311-2342, are nine hundred pounds.')).toMatch(/^Arrears, /u);
  });
  it('still redacts a name listed with a personal number', () => {
    expect(one('sv', 'Ebba, 150311-2342.')).toMatch(/^\[NAMN\], \[PERSONNUMMER\]/u);
    expect(one('en', 'Finlay, 150311-2342, he is twelve.')).toMatch(/^\[NAMN\]/u);
  });
});

describe('review 79, O2: a small number after "mine\'s", "min är"', () => {
  it('keeps one small number word closing the sentence', () => {
    expect(one('en', "Hers is 460504-5394 and mine's four.")).toContain("mine's four");
    expect(one('sv', 'Hennes är 460504-5394 och min är elva.')).toContain('min är elva');
  });
  it('still redacts a number begun after "mine\'s"', () => {
    expect(one('en', "460504-5394... oh no, that's my late husband's, mine's four eight, um")).not.toMatch(/four eight/);
  });
});

describe('review 79: the leak scan', () => {
  it('still flags the figures left after a week', () => {
    expect(guardText('Född [FÖDELSEDATUM], vecka 24, 1985.', { lang: 'sv' }).leaks).toBeGreaterThan(0);
  });
});
