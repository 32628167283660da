import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 92: the leaks and over-redactions the review found, in sentences of this spec's own (not the review's probes).
 * Each `describe` fixes one mechanism; the guards beside it pass before and after.
 */

describe('review 92, L3: a birth date said as a case number', () => {
  it('redacts the year after a month and a day before the dash, under a case cue', () => {
    expect(call('sv', 'agent: Vilket år är hon född?', 'caller: Diarienummer 1103-1976 står det på brevet.')[1]).not.toContain('1976');
    expect(call('sv', 'caller: Hon är född i november.', 'agent: Ärendenummer 1103-1976 har beslutet.')[1]).not.toContain('1976');
  });
  it('redacts the year in answer to a birth-date question whatever stands before the dash', () => {
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Referensnummer 4521-1976.')[1]).not.toContain('1976');
  });
  it('still keeps a case number whose first figures are no month and day', () => {
    expect(call('sv', 'caller: Han är född i april.', 'agent: Ärendet har ärendenummer 5521-1948.')[1]).toBe('Ärendet har ärendenummer 5521-1948.');
  });
});

describe('review 92, L1: a passport\'s letters after a name are no firm\'s form', () => {
  it('redacts "AB", "HB", "KB" after a name under a document cue', () => {
    expect(one('sv', 'Passnumret till Yusuf AB 5512 8830.')).not.toMatch(/\bAB\b/u);
    expect(one('sv', 'LMA-kortet, Samira KB 8812 4401.')).not.toMatch(/\bKB\b/u);
    expect(one('en', 'His passport says Omar HB 4410 2297.')).not.toMatch(/\bHB\b/u);
  });
  it('redacts the letters after a name with no firm named', () => {
    expect(call('en', "agent: And the passport number?", "caller: That's Hassan AB 998 120.")[1]).not.toMatch(/\bAB\b/u);
  });
  it('still keeps a firm\'s form before its organisationsnummer, after a trade word, or with a firm named', () => {
    expect(one('sv', 'Jag jobbar på Berglunds Bygg AB, 556036-0793.')).toContain('Berglunds Bygg AB, [ORGANISATIONSNUMMER]');
    expect(one('sv', 'Arbetsgivaren är Lindholm AB, 556036-0793.')).toContain('AB, [ORGANISATIONSNUMMER]');
    expect(one('sv', 'Firman heter Sorsele Städ AB och har fyra anställda.')).toContain('AB och');
  });
});

describe('review 92, L2: "ett" after a number\'s pieces, before a word that is no noun, is its last digit', () => {
  it('redacts the last digit before "och", "så", "tack", "eller"', () => {
    expect(one('sv', 'Hans personnummer är sextionio noll tre tjugo, tio sju, ett och sen var det adressen.')).toMatch(/^Hans personnummer är \[PERSONNUMMER\] och sen/u);
    expect(one('sv', 'Numret är noll sju tre, fem fem ett, nittio nio, ett tack.')).not.toMatch(/, ett tack/u);
    expect(one('sv', 'Han säger sjuttiofyra elva noll fem, tjugo sju, ett så var det.')).toContain('] så var det.');
  });
  it('still keeps the article before a noun or an adjective', () => {
    expect(one('sv', 'Passnumret är fyra fyra noll två, sju sju ett åtta, ett svenskt pass.')).toContain('ett svenskt pass');
    expect(one('sv', 'Ring noll sju noll, fyra fyra två, sju åtta, ett nummer till finns.')).toContain('ett nummer till');
    expect(one('sv', 'Han har ett kort, 5188 2290 4471 0032, och ett till hemma.')).toContain('och ett till hemma');
  });
});

describe("review 92, O1: the call's memory takes no public body's place nor a place named after a pet form", () => {
  it('keeps a region, a county or a kommun one letter from a caller\'s name', () => {
    expect(call('sv', 'caller: Jag heter Lena Gävleborn.', 'caller: Region Gävleborg har skickat brevet.')[1]).toBe('Region Gävleborg har skickat brevet.');
    expect(call('sv', 'caller: Mitt namn är Olof Hallend.', 'caller: Det var Region Halland som ringde.')[1]).toBe('Det var Region Halland som ringde.');
    expect(call('en', 'caller: My name is Tom Derbie.', 'caller: I wrote to Derby City Council.')[1]).toBe('I wrote to Derby City Council.');
  });
  it('keeps a place of two capitalised words whose first looks like a pet form', () => {
    expect(call('en', 'caller: My name is Maria Brightman.', 'caller: I work at Brighty Harbour now.')[1]).toBe('I work at Brighty Harbour now.');
  });
  it('still redacts the name said in another spelling or a pet form', () => {
    expect(call('sv', 'caller: Jag heter Lena Gävleborn.', 'caller: Tolken skriver Gävleborm på blanketten.')[1]).toBe('Tolken skriver [NAMN] på blanketten.');
    expect(call('en', 'caller: My name is Frederick Olsen.', 'caller: Everyone calls me Freddie, though.')[1]).toContain('calls me [NAMN]');
  });
});

describe('review 92, O3: "ett kort, N" is a card only for as many figures as a card has', () => {
  it('keeps a year or a short number after "ett kort,"', () => {
    expect(one('sv', 'Han fick ett kort, 2028, med nytt foto.')).toBe('Han fick ett kort, 2028, med nytt foto.');
    expect(one('sv', 'Jag har ett kort, 1177 har mina uppgifter.')).toBe('Jag har ett kort, 1177 har mina uppgifter.');
  });
  it("still redacts a card's figures after the comma", () => {
    expect(one('sv', 'Hon hittade ett kort, 4571 9930 2184 6602, på golvet.')).toContain('ett kort, [KORTNUMMER], på');
  });
});

describe('review 92, O4: a bare "Boende," opening a sentence is no role before a name', () => {
  it('keeps the place after it', () => {
    expect(one('sv', 'Boende, Vasastan, får ny hemtjänst i vår.')).toBe('Boende, Vasastan, får ny hemtjänst i vår.');
    expect(one('en', 'Residents, Hammersmith, get the new forms.')).toBe('Residents, Hammersmith, get the new forms.');
  });
  it("still redacts a resident's name set off by commas", () => {
    expect(one('en', 'One of our residents, Dalia, says the lift is broken.')).toContain('residents, [NAMN], says');
  });
});

describe("review 92, O2: an ID number's cue carried over a comma stops at another party's line", () => {
  it("keeps the agency's line said after an interpreter's or a customer's number", () => {
    expect(one('sv', 'Tolknummer 7310, kundtjänst 0771-524 524 om ni vill.')).toBe('Tolknummer [ID-NUMMER], kundtjänst 0771-524 524 om ni vill.');
    expect(one('sv', 'Tolknumret 5821, Försäkringskassan 0771-524 524.')).toBe('Tolknumret [ID-NUMMER], Försäkringskassan 0771-524 524.');
    expect(one('en', "The interpreter's number is 3318, customer service 0771-524 524.")).toContain('customer service 0771-524 524');
  });
  it("still redacts an ID number's second group after a pause", () => {
    expect(one('sv', 'Passnumret är 8813, 4406.')).not.toMatch(/4406/u);
  });
});
