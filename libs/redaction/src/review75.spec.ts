import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review 75 of round 75 (49cf67d..8185c1b): the new leak (a first name after "från/from" kept as a town one comes from), the
 * new over-redaction (a house number put right hiding later dates, ages and counts) and the form-code start of an address.
 * Examples in the reviewer's style, not the reviewer's own; each fix test failed on 8185c1b. Guards: the round's gains hold.
 */
describe('review 75 L1: a first name after "från/from" is a town only where a person is said to be from there', () => {
  it('redacts a name that something came from', () => {
    expect(one('sv', 'Det kom ett paket från Victoria i förrgår.')).not.toMatch(/Victoria/);
    expect(one('sv', 'Räkningen kommer från Helena varje månad.')).not.toMatch(/Helena/);
    expect(one('sv', 'Jag har fått pengar, från Hassan.')).not.toMatch(/Hassan/);
    expect(one('en', 'The text came from Charlotte on Monday.')).not.toMatch(/Charlotte/);
    expect(one('en', 'Help comes from Florence twice a week.')).not.toMatch(/Florence/);
    expect(one('sv', 'Jag bor här med hjälp från Sofia.')).not.toMatch(/Sofia/);
  });
  it('redacts a lone "från/from X" answer and a third person coming from someone', () => {
    expect(call('sv', 'agent: Vem var brevet från?', 'caller: Ja, från Helena.')[1]).not.toMatch(/Helena/);
    expect(one('en', 'No, from Jordan.')).not.toMatch(/Jordan/);
    expect(one('sv', 'Han kom från Sofia, hon hade skjutsat honom.')).not.toMatch(/Sofia/);
    expect(one('sv', 'Hon kommer från Charlotte nu, de har fikat.')).not.toMatch(/Charlotte/);
    expect(one('en', 'She comes from Nancy, she helps me on Fridays.')).not.toMatch(/Nancy/);
    expect(one('en', 'I came from Austin, he gave me a lift.')).not.toMatch(/Austin/);
  });
  it('keeps the town where a person is said to be from it, or a country follows, and a town that is no first name', () => {
    expect(one('sv', 'Jag kommer ursprungligen från Sofia.')).toContain('Sofia');
    expect(one('en', "I'm originally from Victoria.")).toContain('Victoria');
    expect(one('sv', 'Min fru, hon kommer från Victoria.')).toContain('Victoria');
    expect(one('sv', 'Jag jobbar här ett halvår från Sofia.')).toContain('Sofia');
    expect(one('en', 'My mum came from Victoria, Australia.')).toContain('Victoria, Australia');
    expect(one('sv', 'Det kom ett brev från Asmara.')).toContain('Asmara');
    expect(one('en', 'We came in 1998, from Asmara, and settled in Växjö.')).toContain('Asmara');
  });
});

describe('review 75 O1: a house number put right is the address only where it is said as one', () => {
  const fix = 'caller: Det står Ringvägen 6, men jag bor på Ringvägen 16.';
  it('keeps dates, ages, counts and ranges in the same figures', () => {
    expect(call('sv', fix, 'agent: Utbetalningen kommer den 16 april.')[1]).toBe('Utbetalningen kommer den 16 april.');
    expect(call('sv', fix, 'agent: Och din dotter fyller 16 i maj?')[1]).toBe('Och din dotter fyller 16 i maj?');
    expect(call('sv', fix, 'agent: Du har 6 fakturor obetalda.')[1]).toBe('Du har 6 fakturor obetalda.');
    expect(call('sv', fix, 'agent: Det tar mellan 6 och 16 veckor.')[1]).toBe('Det tar mellan 6 och 16 veckor.');
    expect(call('sv', fix, 'agent: Du är på sida 6 av 16.')[1]).toBe('Du är på sida 6 av 16.');
    const en = 'caller: It says Mill Lane 6, but I live at Mill Lane 16.';
    expect(call('en', en, 'agent: And your eldest is 16?')[1]).toBe('And your eldest is 16?');
    expect(call('en', en, 'agent: You have 6 letters from us.')[1]).toBe('You have 6 letters from us.');
  });
  it('keeps counts after two houses on one street', () => {
    const out = call('sv', 'caller: Jag bor på Ringvägen 7 och min mamma på Ringvägen 11.', 'agent: Bra. Du har 7 ärenden öppna och 11 stängda.');
    expect(out[1]).toBe('Bra. Du har 7 ärenden öppna och 11 stängda.');
  });
  it('still redacts the number read back as the address', () => {
    expect(call('sv', fix, 'agent: Ringvägen 16, sexton, inte sex. Jag skriver 16.')[1]).not.toMatch(/sexton|sex\.|16/);
    expect(call('en', 'agent: I will send it to Kingsway 16.', 'caller: No, it is Kingsway 61.', 'agent: Sorry, sixty-one.')[2]).not.toMatch(/sixty-one/);
    const out = call('sv', fix, 'agent: Jag ser 6 här, så det ska vara sexton?', 'caller: Ja, sexton.');
    expect(out[1]).not.toMatch(/ 6 |sexton/);
    expect(out[2]).not.toMatch(/sexton/);
    expect(call('sv', fix, 'agent: Och numret är 16?')[1]).not.toMatch(/16/);
  });
});

describe('review 75 S1: a form code starts no address unless it is named as a form', () => {
  it('redacts an address cue, capitals and a house number', () => {
    expect(one('sv', 'Jag bor på SKV 9, alltså Skolvägen 9.')).not.toMatch(/SKV 9/);
    expect(one('en', 'I live at FK 7, sorry, Fabriksgatan 7.')).not.toMatch(/FK 7/);
  });
  it('keeps a form code with its number after "blanketten" or with four figures', () => {
    const out = call('sv', 'caller: Jag bor på Ringvägen 16.', 'agent: Skriv det på blanketten SKV 7665 och skicka in.');
    expect(out[1]).toContain('SKV 7665');
    expect(one('sv', 'Du fyller i FK 5012 och skickar den.')).toContain('FK 5012');
  });
});
