import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 52, from the blind tuning set tuning-63 (addresses and postcodes said the hard ways, names in ordinary speech,
 * dates of birth; its first run in tuning-63/before-round-52.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 52: what is no one\'s', () => {
  it("the agency's number with its country code stays, even after an identity question", () => {
    expect(one('en', 'Could I get your personal identity number? You got through on +46 771 776 776 today?')).toBe('Could I get your personal identity number? You got through on +46 771 776 776 today?');
  });

  it("a benefit's name and a pronoun are no names", () => {
    expect(one('en', "Survivor's pension, can I apply for it from abroad?")).toBe("Survivor's pension, can I apply for it from abroad?");
    expect(one('en', "She's here with me, she's ninety-one.")).toBe("She's here with me, she's ninety-one.");
  });

  it("but an agent named by a month's word before \"här\" is named (round 52's own check)", () => {
    expect(call('sv', 'agent: Försäkringskassan, Maj här.')[0]).toBe('Försäkringskassan, [NAMN] här.');
  });
});

describe('round 52: postcodes read in halves with a pause, and with their country letters', () => {
  it('British, Irish and Canadian halves with a filler or a pause between', () => {
    expect(one('en', 'Send it to Belfast, BT9, um, 5GA, please.')).toBe('Send it to Belfast, [POSTNUMMER], please.');
    expect(one('en', 'The Eircode is A65... F4E2.')).toBe('The Eircode is [POSTNUMMER].');
    expect(one('en', "It's M5V... 2T6, in Toronto.")).toBe("It's [POSTNUMMER], in Toronto.");
  });

  it('a postcode written with its country letters', () => {
    expect(one('sv', 'Postnumret är LT-08105 Vilnius.')).toBe('Postnumret är [POSTNUMMER] Vilnius.');
  });
});

describe('round 52: dates of birth', () => {
  it('the year a person "is", said with an apostrophe, and the day and month said as the next sentence', () => {
    expect(one('en', "Born in '47, and my wife is '50, so... I'm '47.")).toBe('Born [FÖDELSEDATUM], and my wife is [FÖDELSEDATUM], so... I\'m [FÖDELSEDATUM].');
    expect(one('en', "Ian, he's '79. Fourteenth of June.")).toBe("[NAMN], he's [FÖDELSEDATUM]. [FÖDELSEDATUM].");
  });

  it('the year said after the date with a filler between, and the day a date of birth corrects', () => {
    expect(one('en', 'She was born the 9th of May, too, 1951.')).toBe('She was born [FÖDELSEDATUM].');
    expect(one('en', 'Twelfth of... no, thirteenth of June, 1948.')).toBe('[FÖDELSEDATUM]... no, [FÖDELSEDATUM].');
    expect(one('sv', 'Sjuttonde mars, nej, nittonde mars är jag född.')).toBe('[FÖDELSEDATUM], nej, [FÖDELSEDATUM] är jag född.');
  });

  it('a birth year read back in place of another', () => {
    expect(call('sv', 'agent: När är han född?', 'caller: Han är född 1939.', 'agent: Tack. Då har han 1949, inte 1939?')[2]).toBe('Tack. Då har han [FÖDELSEDATUM], inte [FÖDELSEDATUM]?');
  });
});

describe('round 52: names explained', () => {
  it('by the word they sound like, by what they are called, or by the relation they are', () => {
    expect(one('en', 'Bright, yes, like sunshine.')).toBe('[NAMN], yes, like sunshine.');
    expect(one('en', "Fern, that's her first name.")).toBe("[NAMN], that's her first name.");
    expect(one('sv', 'Holm, ja, som i holmen, det är efternamnet.')).toBe('[NAMN], ja, som i holmen, det är efternamnet.');
    expect(one('sv', 'Vera är min äldsta, hon bor i Umeå.')).toBe('[NAMN] är min äldsta, hon bor i Umeå.');
  });

  it('but not a reply that opens a sentence', () => {
    expect(one('en', "Right, like the letter says, it's late.")).toBe("Right, like the letter says, it's late.");
  });
});

describe('round 52: parts of an address listed', () => {
  it("a house's name, a street with no number beside it, a townland said as such", () => {
    expect(one('en', "It's Flat 2, Oak House, Mill Road, Ely, CB7 4AA.")).toBe("It's [ADRESS], [ADRESS], [ADRESS], Ely, [POSTNUMMER].");
    expect(one('en', "Hawthorn Lodge, Ballyduff, that's the townland.")).toBe("[ADRESS], [ADRESS], that's the townland.");
  });

  it('but not a street one met on, nor a nursing home', () => {
    expect(one('en', 'We met on Oxford Street, years ago.')).toBe('We met on Oxford Street, years ago.');
    expect(one('en', "He's at Rosewood House, a nursing home, room 5.")).toBe("He's at Rosewood House, a nursing home, [ADRESS].");
  });

  it("a flat's number named, the right one and the wrong", () => {
    expect(one('sv', 'Lägenhetsnumret är fel, det är 1204, inte 1402.')).toBe('Lägenhetsnumret är fel, det är [ADRESS], inte [ADRESS].');
    expect(one('en', 'The flat number is 12, not 21, and the rent is 800 pounds.')).toBe('The flat number is [ADRESS], not [ADRESS], and the rent is 800 pounds.');
  });
});

describe("round 52's review: leaks and over-redaction closed", () => {
  it("a date of birth in the agent's earlier sentence leaves the question for the caller's open", () => {
    expect(call('en', "agent: Your husband, he's '51. And when were you born?", 'caller: Nineteen forty-nine.')[1]).toBe('[FÖDELSEDATUM].');
    expect(call('en', "agent: Right, I'm '79 myself. What's your date of birth?", 'caller: Twelfth of the third.')[1]).toBe('[FÖDELSEDATUM].');
  });

  it('a name after "He\'s" or "She\'s", and the surname He, stay names', () => {
    // (Round 60: "He's" is the pronoun with its verb, no part of the name.)
    expect(one('en', "He's Tadhg Quennell-Brannagh.")).toBe("He's [NAMN].");
    expect(one('en', "It's about Professor He's claim.")).toBe("It's about [NAMN] claim.");
    expect(one('en', "She's Orlagh Quennell here.")).not.toContain('Orlagh');
    expect(one('sv', 'Hen Qorvath här.')).toBe('Hen [NAMN] här.');
  });

  it('a name explained leaves the name question open for the rest', () => {
    expect(call('en', 'agent: Can I take your name?', 'caller: Fern, like the plant.', 'caller: Quennell.')[2]).toBe('[NAMN].');
  });

  it('ordinary words explained, sums beside a flat number, towns before a county, references are no personal data', () => {
    expect(one('en', 'Pension, like before, is paid on the 25th?')).toBe('Pension, like before, is paid on the 25th?');
    expect(one('sv', 'Kronor, som i svenska kronor.')).toBe('Kronor, som i svenska kronor.');
    expect(one('en', "Pension is my eldest's worry.")).toBe("Pension is my eldest's worry.");
    expect(one('sv', 'Lägenhetsnumret hittar du på kontraktet, och utbetalningen blir 4500 den 25:e.')).toBe('Lägenhetsnumret hittar du på kontraktet, och utbetalningen blir 4500 den 25:e.');
    expect(one('en', "It's 12 Mill Road, Castlebar, County Mayo.")).toBe("It's [ADRESS], Castlebar, County Mayo.");
    expect(one('en', 'The form is P60, um, 2024.')).toBe('The form is P60, um, 2024.');
    expect(one('sv', 'Ärendet LT-2025 är avslutat.')).toBe('Ärendet LT-2025 är avslutat.');
  });
});
