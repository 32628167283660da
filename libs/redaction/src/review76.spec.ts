import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 76: the leaks and over-redactions the privacy review found in round 76's mechanisms, with sentences of
 * our own in the reviewer's style. Each `it` of a fix fails on main at 8185c1b; the guards beside them pass on both.
 */
describe('review 76, L1: a function word before a plain "at" is a local part unless an agency site follows', () => {
  it('redacts a name-word or pronoun local part at a provider or a personal domain', () => {
    expect(one('en', 'My e-mail is may at hotmail.com.')).not.toMatch(/may at/);
    expect(one('sv', 'Min mejl är dag at telia.se, som veckodagen.')).not.toMatch(/dag at/);
    expect(one('en', 'Write to me, it is just me at eriksson.se, my own domain.')).not.toMatch(/me at eriksson/);
    expect(one('en', 'You can reach her at lundgren.nu if you want.')).not.toMatch(/lundgren\.nu/);
  });
  it('redacts it right after the agent asks for the e-mail', () => {
    const out = call('en', 'agent: What e-mail address should we use?', 'caller: It is will at yahoo.com.');
    expect(out[1]).not.toMatch(/will at yahoo/);
  });
  it('and the guard catches a local part, "at" and a domain written whole', () => {
    expect(guardText('My mail is can at berg.se, thanks.', { lang: 'en' }).text).not.toMatch(/can at berg/);
  });
  it("still keeps an agency's own site after a function word", () => {
    expect(one('en', 'You can upload it at forsakringskassan.se tonight.')).toContain('it at forsakringskassan.se');
    expect(one('en', 'Just sign in at minasidor.csn.se with BankID.')).toContain('in at minasidor.csn.se');
  });
});

describe("review 76, L2: an agency unit's postcode is kept only for the agencies served, and no dwelling or ward", () => {
  it('redacts a ward, a detention unit, a flat and a firm', () => {
    expect(one('sv', 'Mamma ligger på Regionen, Geriatriska enheten, 413 45 Göteborg nu.')).not.toMatch(/413 45/);
    expect(one('sv', 'Han sitter på Migrationsverket, Förvarsenheten, 162 20 Vällingby.')).not.toMatch(/162 20/);
    expect(one('sv', 'Skicka till Skatteverket, lägenheten, 741 31 Knivsta, min lägenhet alltså.')).not.toMatch(/741 31/);
    expect(one('sv', 'Min firma är Nilssons Städbolaget, Huvudkontoret, 352 30 Växjö.')).not.toMatch(/352 30/);
  });
  it("still keeps the unit of an agency served", () => {
    expect(one('sv', 'Skicka den till Skatteverket, Folkbokföringsenheten, 205 97 Malmö.')).toContain('205 97');
  });
});

describe('review 76, L3: an allow-listed line called is the number rung, not where one rings from', () => {
  it('redacts 114 14 as a postcode after "från/from" or before a town', () => {
    expect(one('sv', 'Jag ringer från 114 14 Stockholm, alltså hemifrån.')).not.toMatch(/114 14/);
    expect(one('en', 'I am calling from 114 14 Stockholm today.')).not.toMatch(/114 14/);
    expect(one('sv', 'Postnumret, ja, ring, 114 14.')).not.toMatch(/114 14/);
  });
  it('still keeps the line called', () => {
    expect(one('sv', 'Ring 114 14 och gör en anmälan.')).toContain('114 14');
    expect(one('en', 'Call the police on 114 14 and report it.')).toContain('114 14');
  });
});

describe('review 76, L4: a name before a capitalised "Number" stays a name', () => {
  it('redacts a first name and surname read from a form before "Number"/"Nummer"', () => {
    expect(one('en', 'The form says Next Of Kin Lisa Ek Number two.')).not.toMatch(/Lisa Ek/);
    expect(one('sv', 'Kontaktperson Johan Lindberg Nummer ett på listan.')).not.toMatch(/Johan Lindberg/);
  });
  it('still keeps "My Number"', () => {
    expect(one('en', 'They want my Japanese My Number on the form.')).toContain('My Number');
  });
});

describe('review 76, L5: only the pay words are no island', () => {
  it('redacts an island street ending in "-lön" with its house number', () => {
    expect(one('sv', 'Det är Vallön 22 som gäller nu.')).not.toMatch(/22/);
  });
  it('still keeps "Nettolön" and its pay', () => {
    expect(one('sv', 'Nettolön nittontusen åttahundra, står det.')).toContain('Nettolön nittontusen åttahundra');
  });
});

describe('review 76, O1: a number after a name is a personal number only in a record read out', () => {
  it('keeps a sum, a payment or decision date and an extension after a name', () => {
    expect(one('sv', 'Hyran går till Eva Lund, elvahundraelva i månaden.')).toContain('elvahundraelva');
    expect(one('en', 'Signed by Karl Berg, twenty-nine eleven.')).toContain('twenty-nine eleven');
    expect(one('sv', 'Din handläggare är Eva Lund, trettiotre noll ett.')).toContain('trettiotre noll ett');
    expect(one('sv', 'Det var Eva Lund, fyrtio elva, alltså fyrtioelva kronor.')).toContain('fyrtioelva kronor');
  });
  it('still redacts the personal number begun after a name read from the record', () => {
    expect(one('sv', 'Modern står som Eva Lund, sjuttiofem noll åtta, nej fel rad.')).not.toMatch(/sjuttiofem noll åtta/);
  });
});

describe("review 76, O2: a form's address field is not the agency's address nor a date, a case or a sum", () => {
  it("keeps the agency's postal address read without commas", () => {
    expect(one('sv', 'Postadress: Skatteverket 205 97 Malmö.')).toContain('Skatteverket 205 97 Malmö');
    expect(one('en', 'Postal address: Pensionsmyndigheten Box 38190 100 64 Stockholm.')).toContain('Box 38190 100 64');
  });
  it('keeps a date, a case number and a sum after the field', () => {
    expect(one('en', 'Address: unchanged since April 2023, yes.')).toContain('unchanged since April 2023');
    expect(one('sv', 'Adress: Tidigare Ärende 45678, står det.')).toContain('Ärende 45678');
  });
  it("still redacts the citizen's address after the field", () => {
    expect(one('sv', 'Hemadress: Storgatan 5, 123 45 Storvik.')).not.toMatch(/Storgatan 5|123 45/);
  });
});

describe('review 76, shared leak: a personal number begun in figures after a name read from the record', () => {
  it('redacts the figures after the name in a record read out', () => {
    expect(one('sv', 'Modern står som Eva Lund, 7508, nej vänta, fel rad.')).not.toMatch(/7508/);
  });
  it('still keeps a year and a sum in figures after a name', () => {
    expect(one('sv', 'Jag pratade med Eva Lund, 2021, tror jag.')).toContain('2021');
    expect(one('sv', 'Hon heter Eva Lund, 4500 kronor fick hon.')).toContain('4500 kronor');
  });
});
