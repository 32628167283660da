import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 75 (tuning-86: callers whose first language is not Swedish or English, foreign identity numbers). Sentences and
 * numbers of the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays
 * kept or redacted.
 */
describe('round 75: a personal number begun in Finnish, Polish or Somali', () => {
  it('redacts the Finnish tens and teens of a personnummer read in pieces', () => {
    const out = call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: Kuusikymmentäseitsemän, eh, sextiosju, noll fyra tolv, kolmekymmentäkaksi... trettiotvå tolv.');
    expect(out[1]).not.toMatch(/Kuusikymmentäseitsemän|kolmekymmentäkaksi|sextiosju|tolv/);
  });
  it('redacts a Polish piece abandoned before the Swedish one', () => {
    const out = call('sv', 'agent: Och personnumret?', 'caller: Pięćdziesiąt trzy, eh, nej, femtiotre, noll nio, tjugosju, femtioett fyrtiosex.');
    expect(out[1]).not.toMatch(/Pięćdziesiąt|trzy/);
  });
  it('redacts a Somali piece and the English said after "that is Somali"', () => {
    const out = call('en', 'agent: And your personal number?', "caller: Afartan iyo shan, sorry, that's Somali, forty-five, oh six, eleven, twenty-three twenty-seven.");
    expect(out[1]).not.toMatch(/Afartan|shan|forty-five|twenty-seven/);
  });
  it('keeps "konton" as accounts and a language named between ordinary numbers', () => {
    expect(one('sv', 'Jag har två konton på Nordea och tre kort.')).toBe('Jag har två konton på Nordea och tre kort.');
    expect(one('en', 'She speaks Somali, she is forty-five, and has three children.')).toContain('forty-five');
  });
});

describe('round 75: a personal number with a piece said again in another language is no chance card', () => {
  it('redacts the last piece said again in English after a Finnish one', () => {
    const out = one('en', 'The Swedish number, nineteen sixty-seven, oh four twelve, uh, kolmekymmentäkaksi, sorry, in English, thirty-two twelve.');
    expect(out).not.toMatch(/thirty-two|kolmekymmentäkaksi|sixty-seven/);
  });
});

describe('round 75: a PESEL whose check digit holds is an identity number', () => {
  it('redacts a PESEL read in pieces with the last piece after a pause, and whole', () => {
    const out = call('en', 'agent: Okay, I can try with that.', 'caller: nine zero zero four one one, five... five seven seven three.');
    expect(out[1]).toBe('[ID-NUMMER]... [ID-NUMMER].');
    expect(one('en', 'In Poland it is 82031512343, the PESEL.')).not.toMatch(/82031512343/);
  });
  it('keeps an eleven-digit case number whose check digit fails', () => {
    expect(one('en', 'The case number is 12345678901.')).toContain('12345678901');
  });
});

describe('round 75: a house number put right, said alone later', () => {
  it('redacts the wrong and the right number read back in figures and words', () => {
    const out = call('sv', 'caller: Det står Lindvägen 3, men jag bor på Lindvägen 13.', 'agent: Jag har 3 här, så det ska vara tretton?', 'caller: Ja, tretton.');
    expect(out[1]).not.toMatch(/ 3 |tretton/);
    expect(out[2]).not.toMatch(/tretton/);
  });
  it('keeps the same figures as a count, and a house number said once', () => {
    const out = call('sv', 'caller: Det står Lindvägen 3, men jag bor på Lindvägen 13.', 'agent: Det tar 3 veckor, och du har 13 dagar på dig.');
    expect(out[1]).toBe('Det tar 3 veckor, och du har 13 dagar på dig.');
    expect(call('sv', 'caller: Jag bor på Lindvägen 13.', 'agent: Jag har 13 här.')[1]).toBe('Jag har 13 här.');
  });
});

describe('round 75: a name as another language or a paper writes it', () => {
  it('redacts the variant after the name', () => {
    expect(one('sv', 'Min pappa heter Faisal Omar, Cumar på somaliska.')).not.toMatch(/Cumar/);
    expect(one('sv', 'Hon heter Ayan Nuur, Nur kanske det står.')).not.toMatch(/Nur\b/);
    expect(one('en', 'I am Mahad Farah, Faarax in Somali.')).not.toMatch(/Faarax/);
  });
  it('keeps a place said in another language', () => {
    expect(one('sv', 'Vi bor i Helsingfors, Helsinki på finska.')).toContain('Helsinki');
  });
});

describe('round 75: a town abroad one comes from', () => {
  it('keeps the town after a verb of coming or living, or set off by a comma', () => {
    expect(one('sv', 'Jag kommer från Shiraz.')).toContain('Shiraz');
    expect(one('en', 'We came in nineteen ninety, from Valparaíso, and settled in Borås.')).toContain('Valparaíso');
  });
  it('still redacts a person one gets something from', () => {
    expect(one('sv', 'Jag fick ett brev från Sofia.')).not.toMatch(/Sofia/);
    expect(one('sv', 'Det kom ett sms, från Sofia, min dotter.')).not.toMatch(/Sofia/);
  });
});

describe('round 75: reference numbers and years that are no card or address', () => {
  it('keeps the OCR number of a payment slip', () => {
    expect(one('sv', 'Referensen på inbetalningskortet är 4471 0093 2218.')).toContain('4471 0093 2218');
  });
  it('keeps a year said as twenty hundred after the country', () => {
    expect(one('sv', 'Hon flyttade till Sverige tjugohundrasju.')).toContain('tjugohundrasju');
  });
  it('keeps a form code after "på"', () => {
    const out = call('sv', 'caller: Min gamla adress i Ohio var 12 Maple Street, Dayton.', 'agent: Den adressen ska stå på blanketten SKV 4820 som tidigare adress.');
    expect(out[1]).toContain('SKV 4820');
  });
  it('still redacts a card, a street and its number', () => {
    expect(one('sv', 'Kortnumret är 4111 1111 1111 1111.')).not.toMatch(/4111/);
    expect(one('sv', 'Hon flyttade till Storgatan tjugosju.')).not.toMatch(/tjugosju/);
    expect(one('sv', 'Jag bor på Storgatan 5.')).not.toMatch(/Storgatan/);
  });
});
