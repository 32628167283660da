import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 87 (tuning-97: pensioners living abroad and coming home). Sentences of the round's own, not the set's. Each `describe`
 * fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 87: a greeting before a correction is no misspoken name', () => {
  it('keeps "Hej" and "Hallå" before ", nej, <name>"', () => {
    expect(one('sv', 'Hej, nej, Wilma, lägg ner den där!')).toMatch(/^Hej, nej, \[NAMN\]/u);
    expect(one('sv', 'Hallå! Hallå, nej, Elton, inte katten.')).toMatch(/^Hallå! Hallå, nej, \[NAMN\]/u);
  });
  it('still redacts a misspoken name before the correction', () => {
    expect(one('sv', 'Det är Gunnela, nej förlåt, Gunilla Rask.')).not.toContain('Gunnela');
  });
});

describe('round 87: a town abroad of two words after "i"/"in"', () => {
  it('keeps "Chiang Mai" after a verb of living', () => {
    // (Only after a word of living or an address since the review of round 87: "Advokaten i Chiang Mai heter …" is redacted. And
    // no longer "Hua Hin" after a street named after it, "12/8 Soi Hua Hin 51": a name the call holds, its first word a first
    // name, is redacted wherever it recurs; fails closed, review of round 87.)
    expect(one('sv', 'Advokaten bor i Chiang Mai och heter Niran Boonma.')).toContain('Chiang Mai');
    expect(one('sv', 'Vi bor i Hua Hin sedan tre år.')).toContain('Hua Hin');
  });
  it('still redacts the person, and a first name and a surname the pair may be', () => {
    expect(one('sv', 'Advokaten i Chiang Mai heter Niran Boonma.')).not.toContain('Niran');
    expect(one('sv', 'Jag pratade med Diego Martin i telefon.')).not.toContain('Diego Martin');
    expect(call('sv', 'agent: Och gatuadressen?', 'caller: 12/8 Soi Hua Hin 51.')[1]).not.toContain('12/8');
  });
});

describe('round 87: a bank named by its kind', () => {
  it('keeps "Siam Commercial Bank" and "Kasikorn National Bank"', () => {
    expect(one('en', 'My pension goes to Siam Commercial Bank in Pattaya.')).toContain('Siam Commercial Bank');
    expect(one('en', 'The old account was at Kasikorn National Bank.')).toContain('Kasikorn National Bank');
  });
  it('still redacts the account and a person named beside it', () => {
    expect(one('en', 'Siam Commercial Bank, account 731-4-55902-7.')).not.toContain('731-4-55902-7');
    expect(one('en', 'My neighbour Anna Commercial helped me.')).not.toContain('Anna');
  });
});

describe('round 87: an amount in baht after an account', () => {
  it('keeps "thirty thousand baht" and "tjugo tusen baht" said after the account', () => {
    expect(one('en', 'Account 731-4-55902-7, about thirty thousand baht each month.')).toContain('thirty thousand baht');
    expect(one('sv', 'Kontot är 731-4-55902-7, och vi får tjugo tusen baht i månaden.')).toContain('tjugo tusen baht');
  });
  it('still redacts the account', () => {
    expect(one('en', 'Account 731-4-55902-7, about thirty thousand baht each month.')).not.toContain('55902');
  });
});

describe('round 87: a document\'s name before its number said after a comma', () => {
  it('keeps "NIF" and "DNI" before the number', () => {
    expect(one('sv', 'Och hennes NIF, 245 118 730.')).toContain('NIF');
    expect(one('en', 'My DNI, 4471 9920.')).toContain('DNI');
  });
  it('still redacts the number, and letters that are a group of it', () => {
    expect(one('sv', 'Och hennes NIF, 245 118 730.')).not.toContain('245 118 730');
    expect(one('sv', 'Passet, KX, 5512093.')).not.toContain('KX');
  });
});

describe('round 87: "he is" before an age after a personal number', () => {
  it('keeps "He is sixty-eight" after the number', () => {
    const lines = call('en', 'agent: His personal number, please?', 'caller: Lars Udd, 580114-2398. He is sixty-eight.');
    expect(lines[1]).toContain('sixty-eight');
  });
  it('still redacts the number and his name', () => {
    const lines = call('en', 'agent: His personal number, please?', 'caller: Lars Udd, 580114-2398. He is sixty-eight.');
    expect(lines[1]).not.toContain('2398');
    expect(lines[1]).not.toContain('Udd');
  });
});

describe('round 87: a Spanish floor written with its dot and sign, and its door "A"', () => {
  it('redacts the door "A" after "4.º" and "3.º"', () => {
    expect(one('sv', 'Calle del Sol 8, 4.º A, 29780 Nerja.')).not.toMatch(/\bA,/u);
    expect(one('en', 'It is Avenida de Andalucía 21, 3.º A, 29780 Nerja.')).not.toMatch(/\bA,/u);
  });
  it('still redacts another door, and keeps the town after the postcode', () => {
    expect(one('sv', 'Calle Real 3, 2.ª B, 03181 Torrevieja.')).not.toMatch(/\bB,/u);
    expect(one('sv', 'Calle del Sol 8, 4.º A, 29780 Nerja.')).toContain('Nerja');
  });
});
