import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 90 (tuning-100: spelled out and dictated). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 90: letters that spell an agency, a form code or a benefit spell no name', () => {
  it('keeps "P, P, M", "Kilo, Filip, Martin" and the agency said after them', () => {
    expect(one('sv', 'På raden ska det stå P, P, M och inget annat.')).toContain('P, P, M');
    expect(one('en', 'The code is Kilo, Filip, Martin, just KFM on the form.')).toContain('Kilo, Filip, Martin');
    expect(call('sv', 'caller: Skriv F, K på blanketten, alltså Sierra, India, November, Kilo.', 'agent: SINK, Jonas.')[1]).toBe('SINK, [NAMN].');
  });
  it('still redacts a spelled surname, and the name spelled after it', () => {
    expect(one('sv', 'Jag heter Lund, L, U, N, D.')).not.toMatch(/Lund|L, U, N, D/u);
    expect(one('en', 'My surname is Tango, India, Lima, Lima, that is Till.')).not.toContain('Tango, India');
  });
});

describe('round 90: an e-mail dictated with "snabel-a" and a domain read with its dot', () => {
  it('redacts a domain whose ending the lists do not know, with a hyphen said in it', () => {
    expect(one('sv', 'Skicka det till mona snabel-a lind bindestreck bygg punkt example, tack.')).toBe('Skicka det till [EPOST], tack.');
    expect(one('sv', 'Adressen är arvid snabel-a hemma punkt example.')).toBe('Adressen är [EPOST].');
  });
  it('redacts the local part said again with pauses', () => {
    expect(one('sv', 'Det är mona understreck lind snabel-a hemma punkt example, alltså mona, understreck, lind, fyra nio.')).not.toMatch(/mona|lind|fyra/u);
  });
  it('keeps an agency site said with its dots, and the agency after it in the call', () => {
    const out = call('sv', 'caller: Kan ni mejla mig beslutet?', 'agent: Vi mejlar inte beslut, men allt finns på skatteverket.se.', 'caller: Okej, skatteverket punkt se.', 'agent: Skatteverket, Anna, hej igen.');
    expect(out[1]).toContain('skatteverket.se');
    expect(out[2]).toContain('skatteverket punkt se');
    expect(out[3]).toBe('Skatteverket, [NAMN], hej igen.');
  });
});

describe('round 90: identifiers read again and spelled with NATO words', () => {
  it('redacts the letters written with the figures before a number said again', () => {
    const out = call('en', 'agent: Your passport number?', 'caller: It is K4471 8820.', "agent: I'll read it back: K4471 8820.");
    expect(out[2]).toBe("I'll read it back: [ID-NUMMER].");
  });
  it('redacts a code read with NATO words among its figures', () => {
    expect(one('en', 'H, four, four, Kilo, Lima.')).toBe('[ID-NUMMER].');
  });
  it('still keeps a NATO spelling of no number and a case number', () => {
    expect(one('en', 'The case is 4410-2231, Oscar said so.')).toContain('4410-2231');
  });
});

describe('round 90: names greeted and called to a child', () => {
  it('redacts two capitalised words set off after a greeting, and a first name hushed', () => {
    expect(one('en', "Hello, Morwenna Tregarthen, I'm calling about my pension.")).toBe("Hello, [NAMN], I'm calling about my pension.");
    expect(one('en', "Rose, shush, Mummy's talking.")).toBe("[NAMN], shush, Mummy's talking.");
    expect(one('sv', 'Hej, Ilona Varga, jag ringer om bostadstillägget.')).toBe('Hej, [NAMN], jag ringer om bostadstillägget.');
  });
  it('keeps an agency greeted and a place', () => {
    expect(one('en', 'Hello, Swedish Pensions Agency, I have a question.')).toContain('Swedish Pensions Agency');
    expect(one('en', 'Hi, New York, here I come.')).toContain('New York');
  });
});

describe('round 90: a spelling remark is no spelling', () => {
  it('keeps "with a double S?" and "double T" said of a web address', () => {
    expect(one('en', 'Is it forsakringskassan dot se? With a double S?')).toBe('Is it forsakringskassan dot se? With a double S?');
    expect(one('en', 'Skatteverket, double T, right?')).toBe('Skatteverket, double T, right?');
  });
  it('still redacts a name spelled with a doubled letter', () => {
    expect(one('en', 'My name is Carrick, C, A, double R, I, C, K.')).not.toMatch(/Carrick|double R/u);
  });
});

describe('round 90: the parts of an address said apart', () => {
  it('redacts a floor added after "och" in a later sentence of the turn', () => {
    expect(one('sv', 'Ni har Tallvägen 3, 123 45? Ja, det stämmer, och trappor tre.')).not.toContain('trappor tre');
  });
  it('redacts a house number with its letter said in words, and the bare number put right', () => {
    const out = call('sv', 'agent: Jag har Björkgatan 4, 523 30 Ulricehamn.', 'caller: Pappa säger fyra B, inte bara fyra.');
    expect(out[1]).toBe('Pappa säger [ADRESS], inte bara [ADRESS].');
  });
  it("redacts a street's first part said alone before the street", () => {
    const out = call('en', 'agent: The address we have is Kungsgatan 9, 441 30 Alingsås.', 'caller: Kungs, what? Kungsgatan, nine, yes.');
    expect(out[1]).not.toMatch(/Kungs|nine/u);
  });
  it('keeps a floor of an office and a count', () => {
    expect(one('sv', 'Ni har Tallvägen 3? Ja. Kontoret ligger en trappa upp.')).toContain('en trappa upp');
    expect(call('sv', 'agent: Jag har Björkgatan 4.', 'caller: Vi är fyra, inte bara tre.')[1]).toContain('fyra, inte bara tre');
  });
});

describe('round 90: pieces put right after an identifier', () => {
  it('redacts the last digits named before them after a phone number', () => {
    expect(one('sv', 'Ring noll sju noll, ett sju fyra, noll sex, fyrtio, det slutar på fyrtio.')).not.toContain('fyrtio');
  });
  it('redacts a short piece put right with "ska vara"', () => {
    const out = call('sv', 'agent: Och kontonumret, långsamt.', 'caller: Fyra fem sex, noll noll ett, två två tre tre.', 'agent: Jag upprepar: 456 001 2233.', 'caller: Ja. Eller vänta, sa du två fem? Det ska vara två två. Jaha, rätt.');
    expect(out[3]).not.toMatch(/två två/u);
  });
  it('keeps an amount put right', () => {
    expect(one('sv', 'Mitt nummer är 070-174 06 11. Hyran ska vara 6 200 kronor.')).toContain('6 200 kronor');
  });
});
