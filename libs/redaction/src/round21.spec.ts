import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 21, from the blind tuning set tuning-35 (words that must be kept beside personal data, and identifiers in
 * awkward forms). Sentences written for these tests, not taken from any eval set.
 */
describe('what looks like personal data and is not', () => {
  it('an agency in the genitive, a county\'s health authority, a home or clinic named in the genitive', () => {
    expect(sv('Det var Pensionsmyndighetens handläggare som sa det.')).toBe('Det var Pensionsmyndighetens handläggare som sa det.');
    expect(sv('Det är Region Halland som har skickat brevet.')).toBe('Det är Region Halland som har skickat brevet.');
    expect(sv('Det är Tallbackens vårdboende, inte det andra stället.')).toBe('Det är Tallbackens vårdboende, inte det andra stället.');
    // A person's accommodation by a name is hers: "boende" alone is no institution.
    expect(sv('Det är Karins boende, inte mitt.')).toBe('Det är [NAMN] boende, inte mitt.');
  });
  it('a form\'s code after "heter" is no name, Freja is what one logs in with', () => {
    expect(sv('Blanketten som heter SKV 4820, den har jag skickat.')).toBe('Blanketten som heter SKV 4820, den har jag skickat.');
    expect(sv('Jag brukar logga in med Freja men det funkar inte.')).toBe('Jag brukar logga in med Freja men det funkar inte.');
    expect(sv('Jag pratade med Freja igår.')).toBe('Jag pratade med [NAMN] igår.');
  });
  it('a hospital ward by its number, a sum in pounds, a landlord after a comma, a firm of a trade', () => {
    expect(sv('Han ligger på Mälarsjukhuset, avdelning 14 A, sedan i fredags.')).toBe('Han ligger på Mälarsjukhuset, avdelning 14 A, sedan i fredags.');
    expect(en('I also get a small pension from England, about four hundred pounds every four weeks.')).not.toContain('[');
    expect(en('Yes, my landlord, Stångåstaden, put the rent up.')).toBe('Yes, my landlord, Stångåstaden, put the rent up.');
    expect(sv('Jag jobbade på Nybergs Plåt i tjugo år.')).toBe('Jag jobbade på Nybergs Plåt i tjugo år.');
  });
  it("a payment's date is no date of birth, an age after 'fyller jag' is no date", () => {
    const lines = call('sv', 'agent: Ditt personnummer?', 'caller: 88 10 23-69 04, född -88 alltså.', 'agent: Tack. Jag ser två utbetalningar den 23 december, dagen före julafton.');
    expect(lines[2]).toBe('Tack. Jag ser två utbetalningar den 23 december, dagen före julafton.');
    expect(sv('Jag är född nittonhundratrettiosex, i maj fyller jag alltså nittio.')).toContain('fyller jag alltså nittio.');
  });
  it("the agency's postal address, with the office it names", () => {
    expect(sv('Skicka det till Försäkringskassan, Skanningscentralen, 839 88 Östersund.')).toBe('Skicka det till Försäkringskassan, Skanningscentralen, 839 88 Östersund.');
    // The caller's own postcode is redacted after an agency's name too.
    expect(sv('Försäkringskassan har min adress, Storgatan 4, 123 45 Umeå.')).not.toContain('123 45');
  });
});

describe('identifiers in awkward forms', () => {
  it('a letter by the spelling alphabet before an id number, a letter after it', () => {
    expect(call('en', 'agent: And your passport number?', 'caller: K as in kilo, three one four, two two, nine oh one.')[1]).toBe('[ID-NUMMER].');
    expect(en("My National Insurance number is J K, forty-one, twenty-two, oh eight, C.")).toBe('My National Insurance number is [ID-NUMMER].');
  });
  it('a date of birth said again in other words after "that\'s"', () => {
    expect(en("My date of birth is four, seven, fifty-one, that's the fourth of July.")).toBe('My date of birth is [FÖDELSEDATUM], that\'s [FÖDELSEDATUM].');
  });
  it("an e-mail's local part said again, corrected, without its domain", () => {
    const text = en("It's maria underscore lopez at gmail dot com, sorry, maria underscore lopez sixty-two, and then at gmail.");
    expect(text).not.toMatch(/lopez|sixty-two/);
  });
});

/** Round 21's review: a helper that had not written the rules probed them side by side with round 20's (privacy regressions first). */
describe('round 21 review', () => {
  it('Freja is a person with a surname, a relation, "hon" after her, or "tillsammans med"', () => {
    expect(en('I signed the papers with Freja Holm at the bank.')).toBe('I signed the papers with [NAMN] at the bank.');
    expect(en('I log in with Freja, my granddaughter, she helps me every Sunday.')).toContain('with [NAMN],');
    expect(sv('Jag ska logga in med Freja sen när hon kommer hem från jobbet.')).toContain('med [NAMN]');
    expect(sv('Jag försökte logga in tillsammans med Freja igår.')).toContain('med [NAMN]');
  });
  it('a landlord after a comma is kept only where the word is a housing firm\'s', () => {
    expect(en("My landlord, Okonkwo, won't fix the boiler.")).toBe("My landlord, [NAMN], won't fix the boiler.");
    expect(sv('Min hyresvärd, Ngozi, vill att jag flyttar.')).toBe('Min hyresvärd, [NAMN], vill att jag flyttar.');
  });
  it('a surname ending in -banks, a name ending in -s before a home or school, stays a name', () => {
    expect(call('en', 'agent: Your surname?', 'caller: Ewbanks.')[1]).toBe('[NAMN].');
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(sv('Mamma bor på Agnes äldreboende nu.')).toBe('Mamma bor på [ADRESS] nu.');
  });
  it("the caller's own postcode after an agency's name, a birthday after 'fyller jag alltså', an all-caps name", () => {
    expect(sv('Skicka det till Försäkringskassan, Kundcentralen, 123 45 Umeå, det är min adress.')).not.toContain('123 45');
    expect(sv('Jag är född nittonhundrafemtiofyra, fyller jag alltså tolfte mars.')).not.toContain('tolfte mars');
    expect(sv('Min handläggare heter KIM 12 på mejlen.')).not.toContain('KIM');
  });
  it('a mail provider said again on its own is no e-mail address', () => {
    expect(en("It's anna dot berg at telia dot com. I also ordered from telia dot com last week.")).toContain('I also ordered from telia dot com');
  });
});
