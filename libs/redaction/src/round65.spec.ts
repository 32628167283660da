import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 65, from the blind tuning set tuning-76 (whole calls with every identifier read in pieces, postcodes with no cue;
 * its first run in tuning-76/before-round-65.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 65: identifiers begun and broken off', () => {
  it('a birth date in eight figures is the start of a personal number', () => {
    const out = one('sv', 'Jag heter Olle Berg, 19750304... nej, fel, 19760911... nej, det var min brors.');
    expect(out).not.toMatch(/19750304|19760911/);
  });

  it('an IBAN begun with its country and check digits, and a group or two', () => {
    const out = one('sv', 'Det är NO93... nej förresten, den finska, FI21 1234... jag mejlar den.');
    expect(out).not.toMatch(/NO93|FI21|1234/);
  });

  it("a Swedish mobile's prefix read one by one before a pause", () => {
    expect(one('sv', 'Noll sju tre... vänta, dörren... ja.')).not.toMatch(/sju tre/);
  });

  it('a phone group said in thousands goes with the number (round 65\'s "ettusen" as a thousand taken back in its review: it made the answer a sum)', () => {
    expect(one('sv', 'Mitt nummer är plus fyrtiosex, sjuhundrafyrtio, ettusen åttahundra, tjugo.')).not.toMatch(/sjuhundrafyrtio|åttahundra/);
    const lines = call('sv', 'agent: Telefonnummer?', 'caller: Noll sju noll, sjuhundrafyrtio, ettusen åttahundra, tjugo.');
    expect(lines[1]).not.toMatch(/sjuhundrafyrtio|åttahundra/);
  });
});

describe('round 65: an e-mail spelled back', () => {
  it('the local part said again in its pieces, with its number in words', () => {
    const out = one('en', 'The e-mail is k.lund77@example.org, K dot Lund seventy-seven. Thanks.');
    expect(out).not.toMatch(/Lund|seventy-seven/);
    expect(out).toContain('Thanks.');
  });
});

describe('round 65: postcodes read in their groups with no cue', () => {
  it('three digits one by one, a pause, and two more closing the clause', () => {
    expect(one('sv', 'Sju fem tre... tjugo. Ja.')).not.toMatch(/sju fem tre|tjugo/i);
    expect(one('en', 'And it is four one two... three one.')).not.toMatch(/four one two|three one/);
  });

  it('not a sum, nor a number read on', () => {
    expect(one('sv', 'Jag fick tre fem noll, tjugo kronor.')).toContain('tjugo kronor');
  });
});

describe("round 65's review", () => {
  it('a surname that is a bank too stays a name; digits read out before a unit-like word are no sum', () => {
    expect(one('en', 'My name is Laia Sabadell.')).not.toContain('Sabadell');
    const lines = call('en', 'caller: I live at 40 Elm Street, Queens, one one three seven five years now.');
    expect(lines[0]).not.toContain('one one three seven five');
  });
});

describe('round 65: banks abroad are no names', () => {
  it('the bank an IBAN is read from stays', () => {
    expect(one('en', "It's BBVA, ES91 2100 0418 4502 0005 1332.")).toContain('BBVA');
  });
});

describe('round 65: a flat in Barcelona, a rent after the address', () => {
  it('a door by its number after the Spanish floor', () => {
    expect(one('sv', 'Vi bor på Carrer de Sants 44, tercero segunda.')).not.toMatch(/tercero|segunda/);
  });

  it('a number with its unit after an address and postcode is a sum', () => {
    expect(one('en', "I live at 14 Elm Street, Queens, one one three seven five. Rent's two thousand four hundred dollars.")).toContain('two thousand four hundred dollars');
  });
});
