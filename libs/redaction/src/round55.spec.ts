import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 55, from the blind tuning set tuning-66 (addresses said the hard ways, words kept beside personal data; its first
 * run in tuning-66/before-round-55.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 55: postcodes and floors', () => {
  it('a postcode read in pieces over pauses ("...") after the word for it, a lone letter beside another', () => {
    expect(one('en', 'The Eircode is D15... W nine six K.')).toBe('The Eircode is [POSTNUMMER]... [POSTNUMMER].');
    expect(one('en', 'And the postcode is M... twenty... four Q R, in Didsbury.')).not.toMatch(/M\.\.\.|twenty|four Q R/);
    expect(one('en', 'Eircode A65... F X four seven.')).not.toMatch(/A65|F X/);
  });

  it("a four-digit postcode said right after the address's number; not a year the sentence goes on from", () => {
    expect(one('en', 'We live at Thereses gate 14, 0358, in Oslo.')).toBe('We live at [ADRESS], [POSTNUMMER], in Oslo.');
    expect(one('sv', 'Jag bor på Storgatan 5, 2019 flyttade jag hit.')).toContain('2019 flyttade');
  });

  it('a floor by its Spanish number or as the ground floor, and the door after it, past a pause', () => {
    expect(one('sv', 'Han bor på Calle Mayor, nummer tolv, piso dos, puerta A... alltså andra våningen.')).not.toMatch(/piso dos|puerta A|andra våningen/);
    expect(one('en', "Mum's in room 12, on the ground floor, at Elmwood House.")).not.toContain('ground floor');
  });
});

describe('round 55: house numbers', () => {
  it('the number named as "nummer"/"number" in a sentence that gives an address, however far from the street', () => {
    expect(one('sv', 'Jag bor på Björkstigen, och numret är... vänta... nio, lägenhet 1102.')).not.toMatch(/nio/);
    expect(one('sv', 'Det är Tegnérgatan, med T, nummer fyra, i Motala.')).toBe('Det är [ADRESS], nummer [ADRESS], i Motala.');
    expect(one('en', 'The postcode is LS6 2AB, and the house is number eleven, Cardigan Road.')).not.toContain('eleven');
    // (Not "bussen är nummer 12": an "is" with no house before it.)
    expect(one('sv', 'Jag bor på Storgatan 4, bussen är nummer 12.')).toBe('Jag bor på [ADRESS], bussen är nummer 12.');
  });

  it('the number a reply puts right after an address read back as a question; not the age said after it', () => {
    const [, reply] = call('en', 'agent: So 1840 Maple Street?', 'caller: No, one eight one four. Eighteen fourteen. And I am seventy-two.');
    expect(reply).not.toMatch(/one eight|Eighteen/);
    expect(reply).toContain('And I am seventy-two.');
    expect(call('sv', 'agent: Storgatan 17, sa du?', 'caller: Nej, sju. Sju.')[1]).toBe('Nej, [ADRESS]. [ADRESS].');
  });
});

describe("round 55's review: leaks and over-redaction closed", () => {
  it('a year-shaped postcode right after the address stays a postcode; a postcode before a pause survives what follows it', () => {
    expect(one('en', "It's 12 Banksia Crescent, 2026 Bondi.")).not.toContain('2026');
    expect(one('sv', 'Hon bor på Storgata 5, Kirkeveien 7, 2020 i Skedsmokorset.')).not.toContain('2020');
    expect(one('en', 'The Eircode is D fifteen, W nine six K... 3 miles out of town.')).not.toMatch(/fifteen|W nine/);
    expect(one('en', 'The zip is five five four oh eight... 3 blocks from the lake.')).not.toContain('five five');
  });

  it('a reply after an address read back keeps an age, a date, a case or bus number; a house number must close its clause', () => {
    expect(call('en', 'agent: So 12 Elm Street?', "caller: No, I'm 45.")[1]).toBe("No, I'm 45.");
    expect(call('sv', 'agent: Storgatan 12?', 'caller: Nej, 15 mars flyttade jag därifrån.')[1]).toBe('Nej, 15 mars flyttade jag därifrån.');
    expect(call('en', 'agent: So 12 Elm Street?', 'caller: No, the case is 4471.')[1]).toBe('No, the case is 4471.');
    expect(one('sv', 'Jag bor på Storgatan 4, och det är nummer tre i kön jag har.')).toContain('nummer tre i kön');
    expect(one('en', "I live on Mill Road and that's number 3 on my list of problems.")).toContain('number 3 on my list');
    expect(one('sv', 'Jag bor på Storgatan, och det är nummer 4, och ärendet är nummer 4471.')).toContain('4471');
    expect(one('en', 'I live at 12 Elm Street, and the laundry is on the top floor.')).toContain('top floor');
  });
});
