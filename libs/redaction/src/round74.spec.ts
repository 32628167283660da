import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 74 (tuning-85: people acting for others, firms and homes). Sentences of the round's own, not the set's. Each
 * `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 74: an IBAN begun with its bank code before a pause', () => {
  it('redacts the four-letter bank code with the country and check digits', () => {
    expect(one('en', 'The IBAN, let me see, GB82 WEST... 1234 5698 7654 32.')).not.toMatch(/WEST/);
    expect(one('en', 'It is IE64 IRCE... 9205 0112 3456 78, the estate account.')).not.toMatch(/IRCE/);
  });
  it('leaves capitals that follow no IBAN alone', () => {
    expect(one('en', 'We wrote to the RSPB and the NHS about it.')).toBe('We wrote to the RSPB and the NHS about it.');
  });
});

describe('round 74: a care home given with its street address is where someone lives', () => {
  it('redacts the home before the street, answering where she lives', () => {
    const out = call('sv', 'agent: Var bor din mamma nu?', 'caller: Björkhagens gruppboende, Lindvägen 3, 702 14 Örebro.');
    expect(out[1]).not.toMatch(/Björkhagens/);
  });
  it('keeps a home that is the caller\'s workplace, and a plain "to the home" before it', () => {
    expect(one('sv', 'Jag jobbar på Solbackens äldreboende, Storgatan 4, i Lund.')).toContain('Solbackens äldreboende');
    expect(one('sv', 'Till boendet, Solvik, Ekvägen 9.')).toMatch(/^Till boendet/);
  });
});

describe('round 74: a municipality named by its town without a genitive', () => {
  it('keeps "Sala kommun", "Mora kommun"', () => {
    expect(one('sv', 'Det är Mora kommun som betalar hemtjänsten.')).toContain('Mora kommun');
    expect(one('sv', 'Vi har pratat med Sala kommun om det.')).toContain('Sala kommun');
  });
  it('still redacts a person before "kommun"', () => {
    expect(one('sv', 'Det var Annas kommun som ringde, hon heter Anna Berg.')).not.toMatch(/Berg/);
  });
});

describe('round 74: a firm of two surnames and its trade word', () => {
  it('keeps "Hartley Byrne Solicitors" as a firm', () => {
    expect(one('en', "I'm with Pearson Rowe Solicitors in Leeds, my name's Tom Hale.")).toContain('Pearson Rowe Solicitors');
    expect(one('sv', 'Det är Lindqvist Berg Bygg som gör jobbet.')).toContain('Lindqvist Berg Bygg');
  });
  it("redacts the firm's name where it is the speaker's own", () => {
    expect(one('en', "This is Ruth Marsden, from Marsden Pryor Solicitors.")).not.toMatch(/Marsden/);
    // (A first name first may be her own firm.)
    expect(one('sv', 'Det är Karin Lund Design som fakturerar.')).not.toMatch(/Karin/);
  });
});

describe('round 74: a hospital named after a person, said as where something happened', () => {
  it('keeps "at Fiona Stanley Hospital"', () => {
    expect(one('en', 'He passed away at Charles Gairdner Hospital on Friday.')).toContain('Charles Gairdner Hospital');
  });
  it('still redacts a person before "Hospital" not said as a place', () => {
    expect(one('en', 'Peter Hall Hospital called me yesterday.')).not.toMatch(/Peter Hall/);
  });
});

describe('round 74: a case number closed by a dash and a two-figure year is no phone', () => {
  it('keeps the case number after its name, a pause between', () => {
    expect(one('sv', 'Det gick in i oktober, ärendenummer... 038815-25, tror jag.')).toContain('038815-25');
    expect(one('sv', 'Ärendenumret är 052290-26.')).toContain('052290-26');
  });
  it('still redacts a phone number, and a phone written so without a case named', () => {
    expect(one('sv', 'Mitt nummer är 038815-25.')).not.toContain('038815');
    expect(one('sv', 'Ring mig på 070-174 06 52 om ärendet.')).not.toContain('174');
  });
});

describe('round 74: a police report number is the police\'s case number', () => {
  it('keeps it, asked for or named', () => {
    expect(call('en', 'agent: Is there a crime report number?', 'caller: Yes, 1400-K2205118-25.')[1]).toContain('1400-K2205118-25');
    expect(one('en', 'The police report number is 1400-K2205118-25.')).toContain('1400');
  });
  it('still redacts a valid personal number or a phone number said as it', () => {
    expect(one('en', 'The report number, no, my personal number, 811218-9876.')).not.toContain('811218');
    expect(one('en', 'The report number is 07700 900 461.')).not.toContain('900 461');
  });
});
