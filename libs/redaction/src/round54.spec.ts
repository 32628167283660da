import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 54, from the blind tuning set tuning-65 (words that must be kept beside personal data, addresses said the hard ways;
 * its first run in tuning-65/before-round-54.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 54: addresses', () => {
  it("the postcode read on after an address's number, however said", () => {
    expect(one('sv', 'Mamma bor på Kvarngatan 7, fyrahundrafjorton... sextiosex.')).toBe('Mamma bor på [ADRESS], [POSTNUMMER].');
    expect(one('en', 'Her address is Goethestraße 8, sixty thousand three hundred eleven, Frankfurt.')).toBe('Her address is [ADRESS], [POSTNUMMER], Frankfurt.');
    expect(one('sv', 'Jag bor på Storgata 3, sju tusen nio, Trondheim.')).toBe('Jag bor på [ADRESS], [POSTNUMMER], Trondheim.');
  });

  it('a street named right after the word for the address, with its number past a spelling; not one lived by', () => {
    expect(one('en', 'My address is Drottninggatan.')).toBe('My address is [ADRESS].');
    expect(one('sv', 'Adressen är Drottninggatan, D-R-O-T-T, fyrtiotvå.')).toBe('Adressen är [ADRESS].');
    expect(one('sv', 'Jag bor vid Drottninggatan, inte på den.')).toBe('Jag bor vid Drottninggatan, inte på den.');
  });

  // (A guard: the name rules already hid this one; the townland rule keeps it hidden wherever the turn says it.)
  it('a townland named as the one lived in', () => {
    expect(one('en', "It's Ballyduff, Kilcoole... no, Kilcoole is the town, Ballyduff is the townland.")).not.toContain('Ballyduff');
  });
});

describe('round 54: names and what is kept', () => {
  it("a month's name right after a name is the surname; a month with its day stays", () => {
    expect(one('en', "Yes, I'm Margaret June, I live in Perth.")).toBe("Yes, I'm [NAMN] [NAMN], I live in Perth.");
    expect(one('en', 'My mother died in June, on the 4th.')).toBe('My mother died in June, on the 4th.');
  });

});

describe("round 54's review: leaks and over-redaction closed", () => {
  it("a known firm's name after \"and\" stays a name; a number after \"reference\" that validates stays redacted", () => {
    expect(one('en', 'I work at Tesco and John Lewis is my manager there.')).not.toContain('Lewis');
    expect(one('sv', 'Jag jobbar på ICA och Atlas Copco ringde.')).not.toContain('Copco');
    expect(call('sv', 'agent: Vad har du för personnummer?', 'caller: Referens 1985-041233.')[1]).not.toContain('041233');
  });

  it("a year, a flat's number or the rent after an address is no postcode; a year or a duration after a street no house number", () => {
    expect(one('sv', 'Jag bor på Storgatan 4, 2019.')).toBe('Jag bor på [ADRESS], 2019.');
    expect(one('sv', 'Hyran för Storgatan 4, 6 500.')).toBe('Hyran för [ADRESS], 6 500.');
    expect(one('sv', 'Adressen är Kungsgatan, 45 år har jag bott där.')).toBe('Adressen är [ADRESS], 45 år har jag bott där.');
  });

  it('a month after a name that goes on in the clause is a month or a verb', () => {
    expect(one('en', 'I told Erik March would be better.')).toBe('I told [NAMN] March would be better.');
    expect(one('en', 'Lisa May be late today.')).toBe('[NAMN] May be late today.');
  });
});
