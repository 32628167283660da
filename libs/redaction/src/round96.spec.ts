import { describe, expect, it } from 'vitest';
import { one } from './testing/dialogues.js';

/**
 * Round 96 (tuning-106: moving house and addresses — old and new addresses, flat numbers, addresses abroad, corrected
 * addresses). Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside it show
 * what stays kept or redacted.
 */

describe('round 96: a house number read with the word for its slash, then the lines of an address abroad', () => {
  it('redacts "sixty-two slash seven, Moo three, Ban Phon" and "trettiotvå snedstreck nio, Soi Sukhumvit elva"', () => {
    expect(one('en', 'The address in Laos is sixty-two slash seven, Moo three, Ban Phon, and the town is Vientiane.')).toBe('The address in Laos is [ADRESS], and the town is Vientiane.');
    expect(one('sv', 'Adressen i Thailand är trettiotvå snedstreck nio, Soi Sukhumvit elva, i Bangkok.')).toBe('Adressen i Thailand är [ADRESS], i Bangkok.');
  });
  it('keeps a fraction said with "slash" and no address line after it', () => {
    expect(one('en', 'Two slash three of the rent is paid, one slash two is left.')).toBe('Two slash three of the rent is paid, one slash two is left.');
    expect(one('sv', 'Det blir fem snedstreck sju av hyran.')).toBe('Det blir fem snedstreck sju av hyran.');
  });
});

describe('round 96: a street said alone between commas, the same street given with its number later in the turn', () => {
  it('redacts the bare street in "Birch Lane, sorry, Björkgatan, I mix them up, Björkgatan six"', () => {
    expect(one('en', 'The old one is Birch Lane, sorry, Björkgatan, I mix them up, Björkgatan six.')).toBe('The old one is Birch Lane, sorry, [ADRESS], I mix them up, [ADRESS].');
    expect(one('sv', 'Det var Ekvägen, eller, Ekstigen, jag blandar ihop dem, Ekstigen fyra.')).not.toContain('Ekstigen');
  });
  it('keeps a street passed as a landmark, words around it', () => {
    expect(one('sv', 'Vi möttes vid Ekgatan, vid kiosken, men jag bor på Ekgatan 19 C.')).toBe('Vi möttes vid Ekgatan, vid kiosken, men jag bor på [ADRESS].');
  });
});

describe('round 96: a first name after "och"/"and" and another first name is a person, though a village bears it', () => {
  it('redacts "Leila och Nora", "Oscar and Nora"', () => {
    expect(one('sv', 'Min fru Amina och döttrarna, Leila och Nora.')).toBe('Min fru [NAMN] och döttrarna, [NAMN] och [NAMN].');
    expect(one('en', 'My wife Ruth and the kids, Oscar and Nora.')).toBe('My wife [NAMN] and the kids, [NAMN] and [NAMN].');
  });
  it('keeps the village after another place', () => {
    expect(one('sv', 'Vi bor mellan Mora och Nora.')).toBe('Vi bor mellan Mora och Nora.');
    expect(one('sv', 'Vi kör via Lund och Nora.')).toBe('Vi kör via Lund och Nora.');
  });
});

describe('round 96: a street called by the word alone, "Torget", "Backen", with a house number closing its clause', () => {
  it('redacts "Torget five, yes" and "Det är Backen sju."', () => {
    expect(one('en', 'Torget five, yes, in Tranås.')).toBe('[ADRESS], yes, in Tranås.');
    expect(one('sv', 'Det är Backen sju.')).toBe('Det är [ADRESS].');
  });
  it('keeps the square named with a time or a year after it', () => {
    expect(one('sv', 'Vi ses på Torget fem minuter över två.')).toBe('Vi ses på Torget fem minuter över två.');
    expect(one('sv', 'Torget 1990 var fint.')).toBe('Torget 1990 var fint.');
  });
});

describe("round 96: a house named right after whose home it is, \"at my uncle Ross's, Hollybank Farm\"", () => {
  it('redacts the house after a name or kin with "\'s" and a comma', () => {
    expect(one('en', "In June I'll be at my uncle Ross's, Hollybank Farm, Argyll, then home.")).toContain('[ADRESS]');
    expect(one('en', "We are at our son Dev's, Heath Lodge, until the flat is ready.")).toBe('We are at our son [NAMN], [ADRESS], until the flat is ready.');
  });
  it("keeps a public building after a shop's name", () => {
    expect(one('en', "It was at Tesco's, Town Hall, that I saw it.")).toBe("It was at Tesco's, Town Hall, that I saw it.");
  });
});

describe('round 96: the provider of an address just read, named again alone, is no piece of another address', () => {
  it('keeps "Hotmail" said again after the whole address', () => {
    expect(one('en', "It's tom at hotmail dot com, the old one from work is gone, Hotmail is what I use now.")).toBe("It's [EPOST], the old one from work is gone, Hotmail is what I use now.");
  });
  it('still redacts the provider said again after an address without its ending (round 47)', () => {
    expect(one('en', 'It is olle dash ek at sign outlook, just outlook.')).toBe('It is [EPOST].');
  });
  it('still redacts another provider said after it', () => {
    expect(one('sv', 'Det är lisa punkt ek snabel-a gmail punkt com, nej förresten, outlook.')).toBe('Det är [EPOST], nej förresten, [EPOST].');
  });
});
