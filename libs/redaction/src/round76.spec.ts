import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 76 (tuning-87: letters, records and screens read aloud; the agency's own data kept). Sentences of the round's own,
 * not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */
describe("round 76: the agency's own data is kept", () => {
  it('keeps a unit of the agency between its name and its postcode', () => {
    expect(one('sv', 'Skicka den till Försäkringskassan, Ekonomienheten, 105 11 Stockholm.')).toContain('Ekonomienheten, 105 11 Stockholm');
    expect(one('sv', 'Adressen är Pensionsmyndigheten, Kundcentret, 839 88 Östersund.')).toContain('839 88');
  });
  it("keeps the agency's name at its own domain as its mailbox", () => {
    expect(one('en', 'You can write to skatteverket@skatteverket.se with the form.')).toContain('skatteverket@skatteverket.se');
  });
  it("keeps Kronofogden's public line and an allow-listed line called", () => {
    expect(one('sv', 'Du kan ringa oss på 0771-73 73 00 i morgon.')).toContain('0771-73 73 00');
    expect(one('sv', 'Ring 114 14 och anmäl det.')).toContain('114 14');
  });
  it("still redacts a citizen's address at the agency's postcode, another mailbox at the domain, and a private line", () => {
    expect(one('sv', 'Min adress är Storgatan 5, 205 97 Malmö.')).not.toMatch(/205 97/);
    expect(one('en', 'Her address is anna.berg@skatteverket.se now.')).not.toMatch(/anna\.berg/);
    expect(one('sv', 'Ring mig på 070-174 06 12 i morgon.')).not.toMatch(/174 06 12/);
  });
});

describe('round 76: a personal number begun in words right after a name read from the record', () => {
  it('redacts the year and month said after the name', () => {
    expect(one('sv', 'Fadern står som Lars Berg, åttiotvå noll fem, nej vänta, fel rad.')).not.toMatch(/åttiotvå noll fem/);
  });
  it('keeps a year, an age and a sum after a name', () => {
    expect(one('sv', 'Jag pratade med Anna Berg, tjugotjugo, tror jag.')).toContain('tjugotjugo');
    expect(one('sv', 'Hon heter Anna Berg, fyrtiotvå år.')).toContain('fyrtiotvå år');
    expect(one('sv', 'Anna Berg, fyrtio tusen i skuld.')).toContain('fyrtio tusen');
  });
});

describe("round 76: a form's address field read aloud", () => {
  it("redacts a foreign address and its postcode after the field's name", () => {
    const out = one('en', 'Address abroad: 5-8-1 Minami Aoyama, Minato-ku, Tokyo, 107-0062.');
    expect(out).not.toMatch(/Minami Aoyama/);
    expect(out).not.toMatch(/107-0062/);
    expect(out).toContain('Tokyo');
  });
  it("keeps an agency's box after the field's name, and a year", () => {
    expect(one('en', 'Our address: Box 38190, 100 64 Stockholm.')).toContain('Box 38190');
    expect(one('en', 'Address: the same as before, since 2019.')).toContain('2019');
  });
});

describe('round 76: a capitalised phrase naming an identifier is no name', () => {
  it('keeps "My Number" and the word "number" through the call', () => {
    const out = call('en', 'caller: It asks for my Japanese My Number, do I fill that in?', 'caller: Clearing number 8327, account number 123 456 789.');
    expect(out[0]).toContain('Japanese My Number');
    expect(out[1]).toContain('Clearing number');
  });
  it('still redacts a person called My', () => {
    expect(one('sv', 'Min dotter My ringer i morgon.')).not.toMatch(/\bMy\b/);
  });
});

describe('round 76: sums on a pay slip and an account statement', () => {
  it('keeps the pay read after "Bruttolön" and "Nettolön"', () => {
    const out = one('sv', 'Det står Bruttolön tjugosextusen, Skatt sextusen tvåhundra, Nettolön nittontusen åttahundra.');
    expect(out).toContain('Bruttolön tjugosextusen');
    expect(out).toContain('Nettolön nittontusen åttahundra');
  });
  it('keeps a sum read from an account statement', () => {
    expect(one('sv', 'Kontoutdraget visar en insättning på tolvtusen femhundra från Pensionsmyndigheten.')).toContain('tolvtusen femhundra');
  });
  it('still redacts an island address and the account on a statement', () => {
    expect(one('sv', 'Vi bor på Lillön 4, ute i skärgården.')).not.toMatch(/Lillön 4/);
    expect(one('sv', 'På kontoutdraget står mitt konto 8327-9, 123 456 789.')).not.toMatch(/123 456 789/);
  });
});

describe('round 76: a function word before a plain "at" is no e-mail', () => {
  it('keeps a web address after "it at", "in at"', () => {
    expect(one('en', 'You can send it at pensionsmyndigheten.se instead.')).toContain('it at pensionsmyndigheten.se');
    expect(one('en', 'Just log in at skatteverket.se with BankID.')).toContain('in at skatteverket.se');
  });
  it('still redacts a spoken address with a name before "at"', () => {
    expect(one('en', 'My e-mail is greta at example dot com.')).not.toMatch(/greta/);
  });
});
