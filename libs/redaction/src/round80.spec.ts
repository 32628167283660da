import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 80 (tuning-91: money, payments and debts). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 80: a year said in words, then a sum read with thousands after a comma', () => {
  it('keeps both, in English and Swedish', () => {
    expect(one('en', 'The overpayment was for twenty twenty-three, twelve thousand six hundred and forty, all of it.')).toContain('twenty twenty-three, twelve thousand six hundred and forty');
    expect(one('sv', 'Skulden gäller hösten tjugotjugotre, fjortontusen nånting, jag minns inte exakt.')).toContain('tjugotjugotre, fjortontusen');
  });
  it('still redacts a personal number read in pieces', () => {
    expect(one('sv', 'Mitt personnummer är nittonhundrasjuttiotvå, noll fem noll fyra, tjugofyra åttionio.')).not.toMatch(/noll fem noll fyra|tjugofyra åttionio/);
  });
});

describe('round 80: a sum of five figures read with thousands after an account was named', () => {
  it('keeps the sum', () => {
    expect(one('sv', 'Lönen gick in på mitt förra konto hos Nordea, alltså trettiotvåtusen sexhundra som jag inte fått.')).toContain('trettiotvåtusen sexhundra');
  });
  it('still redacts an account read after its word, and a clearing said with thousands', () => {
    expect(one('sv', 'Kontonummer trettiotvåtusen sexhundra, arton fyrtiotre.')).not.toContain('trettiotvåtusen');
    expect(one('sv', 'Clearing sextusen, konto 734 512 668.')).not.toContain('sextusen');
  });
});

describe("round 80: the agent's sum read with thousands after a number asked by no name", () => {
  it('keeps the sum the agent reads in the turn after the answer', () => {
    const out = call('en', "agent: And your number, please?", 'caller: Seven five oh three one two, forty-four ninety-one.', 'agent: Thanks. Right, twenty-one thousand three hundred and sixty, for the spring term.');
    expect(out[2]).toContain('twenty-one thousand three hundred and sixty');
  });
  it("still redacts the caller's answer however it is read", () => {
    const out = call('en', "agent: And your number, please?", 'caller: Twenty-one thousand three hundred and sixty.');
    expect(out[1]).not.toContain('twenty-one thousand');
  });
});

describe('round 80: a payment reference named by "OCR" right before it, beside a giro or an IBAN', () => {
  it('keeps the OCR number', () => {
    expect(one('en', 'Please transfer it to our IBAN with the OCR 5130 9921 47 as your reference.')).toContain('5130 9921 47');
    expect(one('sv', 'Betala till vårt bankgiro och OCR 6120 4478 3015 2.')).toContain('6120 4478 3015 2');
  });
  it('still redacts an IBAN or an account called an OCR, and a valid card after it', () => {
    expect(one('en', 'My IBAN is OCR 5130 9921 47.')).not.toContain('5130 9921 47');
    expect(one('sv', 'Mitt konto är OCR 6120 4478 3015.')).not.toContain('6120 4478 3015');
    expect(one('en', 'Send it to my account with the OCR 4539 1488 0343 6467.')).not.toContain('4539 1488 0343 6467');
  });
});

describe('round 80: the rest of an address after the read-back is confirmed', () => {
  it('redacts the house number, its letter and the floor after "det stämmer", "that\'s right"', () => {
    const sv = call('sv', 'agent: Vi skickar beslutet till Lindvägen 7 C, 702 14 Örebro?', 'caller: Ja, det stämmer, sju C, en trappa.');
    expect(sv[1]).not.toMatch(/sju C|en trappa/);
    const en = call('en', 'agent: The letter goes to Hollow Lane 9, is that right?', "caller: Yes, that's right, nine D, third floor.");
    expect(en[1]).not.toMatch(/nine D|third floor/);
  });
  it('keeps a sum said after the confirmation', () => {
    const out = call('sv', 'agent: Vi skickar beslutet till Lindvägen 7 C?', 'caller: Ja, det stämmer, 3400 kronor har jag betalat.');
    expect(out[1]).toContain('3400 kronor');
  });
});

describe("round 80: a first name and a surname in the genitive before someone's pay", () => {
  it('redacts the name mid-sentence, in English and Swedish', () => {
    expect(one('en', 'We have to deduct two thousand a month from Obiageli Nwankwo\'s wages.')).not.toMatch(/Obiageli|Nwankwo/);
    expect(one('sv', 'Ni ska dra tvåtusen i månaden från Obiageli Nwankwos lön.')).not.toMatch(/Obiageli|Nwankwo/);
  });
  it("keeps an agency's or an institution's words before a pension", () => {
    expect(one('en', 'I read about Social Security\'s pension rules online.')).toContain('Social Security');
  });
});

describe('round 80: a country that ends like a village, after "moving to"', () => {
  it('keeps the country', () => {
    expect(one('en', "We're moving to Denmark after the summer, so the payments stop.")).toContain('Denmark');
  });
  it('still redacts a farm moved to', () => {
    expect(one('sv', 'Vi har flyttat till Lillgården nu.')).not.toContain('Lillgården');
  });
});
