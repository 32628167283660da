import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 73 (tuning-84: whole calls as they run). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept.
 */
describe('round 73: a care home lived in is an address (the project decision: privacy fails closed)', () => {
  it('redacts the home, its ward and the room, said as where someone lives', () => {
    expect(one('sv', 'Farmor bor på Vitsippans äldreboende, avdelning Lönnen.')).toBe('Farmor bor på [ADRESS].');
    expect(one('sv', 'Han har flyttat till Tallåsens vårdboende.')).toBe('Han har flyttat till [ADRESS].');
    expect(one('sv', 'Mormor flyttade i oktober till Backens vård- och omsorgsboende, avdelning tre, rum nio.')).toBe('Mormor flyttade i oktober till [ADRESS].');
    expect(one('en', 'My aunt lives at Meadowbank care home, room 31.')).toBe('My aunt lives at [ADRESS].');
    expect(one('en', "Grandpa's in St. Cuthbert's Residence, room 8, in Hexham.")).not.toMatch(/Cuthbert|Residence/);
    expect(one('sv', 'Vi skickar beslutet till Lärkbackens äldreboende.')).toBe('Vi skickar beslutet till [ADRESS].');
    // (A month between the home and its ward is no part of either.)
    expect(one('sv', 'Farfar ligger på Granhöjdens vårdboende sedan maj, avdelning två, säng 4.')).toBe('Farfar ligger på [ADRESS] sedan maj, [ADRESS].');
  });
  it('keeps a home said only as a place or an actor', () => {
    expect(one('sv', 'Personalen på Vitsippans äldreboende ringde i går.')).toContain('Vitsippans äldreboende');
    expect(one('en', 'The staff at Meadowbank care home said she was fine.')).toContain('Meadowbank care home');
    expect(one('sv', 'Jag jobbar på Tallåsens vårdboende, avdelning Björken.')).toContain('Tallåsens vårdboende, avdelning Björken');
    expect(one('sv', 'Han jobbar på Ekhöjden, det är ett äldreboende.')).toContain('Ekhöjden');
    // (Review 72's guard: a count of beds is no bed lived in.)
    expect(one('sv', 'Lärkbackens äldreboende, säng 30 har de totalt.')).toContain('30 har');
  });
});

describe('round 73: a case number given as the answer to a question for one, or after "målnummer", is kept', () => {
  it('keeps the case number', () => {
    expect(call('en', 'agent: Have you got a case number?', 'caller: Yes, 31-7720519.')[1]).toBe('Yes, 31-7720519.');
    expect(one('sv', 'Kronofogden skrev målnummer 14-302217-09 på brevet.')).toContain('14-302217-09');
  });
  it('still redacts a valid personal number given there, and the same shape asked as a passport', () => {
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: Ja, 19811218-9876.')[1]).toBe('Ja, [PERSONNUMMER].');
    expect(call('en', 'agent: And your passport number?', 'caller: Yes, 31-7720519.')[1]).toBe('Yes, [ID-NUMMER].');
  });
});

describe('round 73: "New Year\'s Day" is a day one is born on', () => {
  it('redacts the named day with its year', () => {
    expect(one('en', "My son was born on New Year's Day, 2003, and he studies in Lund.")).toBe('My son was born [FÖDELSEDATUM], and he studies in Lund.');
    expect(one('en', "She was born on New Year's Eve, nineteen forty-eight.")).toBe('She was born [FÖDELSEDATUM].');
  });
  it('keeps a place of birth and a payment on the day', () => {
    expect(one('en', 'He was born in New Zealand, 4 May 1950.')).toBe('He was born in New Zealand, [FÖDELSEDATUM].');
    expect(one('en', "We paid 1998 kronor on New Year's Day.")).toBe("We paid 1998 kronor on New Year's Day.");
  });
});

describe('round 73: a postcode of four or six figures right after its cue ("PIN code", "postcode is")', () => {
  it('redacts India\'s PIN code and a four-figure postcode', () => {
    expect(one('en', 'The PIN code is 560034, Bengaluru.')).toBe('The PIN code is [POSTNUMMER], Bengaluru.');
    expect(one('en', 'The PIN code is five six zero, zero three four.')).toBe('The PIN code is [POSTNUMMER].');
    expect(one('en', 'The postcode is 3121, Richmond.')).toBe('The postcode is [POSTNUMMER], Richmond.');
  });
  it('keeps an amount after the cue', () => {
    expect(one('sv', 'Postnumret kostar 2024 kronor?')).toContain('2024 kronor');
    expect(one('en', 'A new PIN for BankID costs 50 kronor.')).toContain('50 kronor');
  });
});

describe('round 73: the number, building and road said around an address abroad', () => {
  it('redacts "No. 12" before the street, and a building\'s and a road\'s name before the postcode', () => {
    expect(one('en', 'My address is No. 7, Jalan Bukit Bintang 2, 50200.')).toBe('My address is [ADRESS], [ADRESS], [POSTNUMMER].');
    expect(one('en', 'It is Flat 12, Lotus Residency, Karve Road, 411038.')).toBe('It is [ADRESS], [ADRESS], [ADRESS], [POSTNUMMER].');
  });
  it('keeps a town between the address and the postcode, and "no" said as a word', () => {
    expect(one('en', 'It is Flat 12, Lotus Residency, Pune, 411038.')).toContain('Pune');
    expect(one('en', 'No. I said Storgatan 3, not 13.')).toMatch(/^No\. /);
  });
});

describe('round 73: half of a postcode put right in the turn after one read back (the UI showed it)', () => {
  it('redacts the half said alone', () => {
    const lines = call('en', 'agent: So that is K1P 5J9?', 'caller: No, 5G9, G as in George.');
    expect(lines[1]).not.toContain('5G9');
    expect(call('en', 'agent: The postcode is LS6 2QT?', 'caller: 2QD, sorry.')[1]).not.toContain('2QD');
  });
  it('keeps such a code with no postcode in the turn before, and does not chain', () => {
    expect(call('en', 'agent: Your seat is 4B2?', 'caller: No, 4M2.')[1]).toBe('No, 4M2.');
    expect(call('en', 'agent: K1P 5J9?', 'caller: No, 5G9.', 'agent: Fine. Form 4B2 is the one.')[2]).toContain('4B2');
  });
});
