import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 78: the leaks and over-redactions the privacy review found in round 78's mechanisms, with sentences of
 * our own in the reviewer's style. Each `it` of a fix fails on main at a3daf2fe; the guards beside them pass on both.
 */
describe('review 78, L1: a street cut by a break, said with no number, where someone lives or is registered', () => {
  it('redacts both parts after a verb of living, moving or being registered', () => {
    expect(one('sv', 'Jag bor på Sjö … vägen.')).not.toMatch(/Sjö|vägen/);
    expect(one('sv', 'Pappa har flyttat till Björk … gatan.')).not.toMatch(/Björk|gatan/);
    expect(one('sv', 'Jag är skriven på Ängs … backen sedan i våras.')).not.toMatch(/Ängs|backen/);
    expect(one('sv', 'Vi bor på Norr … *hostar* … långgatan.')).not.toMatch(/Norr|långgatan/);
  });
  it('redacts both parts after a word for the address', () => {
    expect(one('sv', 'Min adress är Kyrk … gatan.')).not.toMatch(/Kyrk|gatan/);
    expect(one('sv', 'Adressen, Mölle … vägen.')).not.toMatch(/Mölle|vägen/);
  });
  it('redacts both parts where the first is no known place, with a count or a time after', () => {
    expect(one('sv', 'Bor på Lönn … gatan 30 år nu.')).not.toMatch(/Lönn|gatan/);
    expect(one('sv', 'Ek … vägen, ja. Där bor jag.')).not.toMatch(/Ek |vägen/);
  });
  it('redacts the parts where the first is a name, as an address, not a name and a street word', () => {
    const out = one('sv', 'Han flyttade till Linné … gatan i höstas.');
    expect(out).not.toMatch(/Linné|gatan/);
    expect(out).toContain('[ADRESS]');
  });
  it('remembers the joined street for the rest of the call', () => {
    const out = call('sv', 'caller: Jag bor på Sjö … vägen.', 'agent: Sjövägen, sa du?', 'caller: Ja, Sjövägen.');
    expect(out.join(' ')).not.toMatch(/Sjö|vägen/);
  });
  it('still keeps a town with a word for the road there', () => {
    expect(one('sv', 'I Kalmar … vägen dit var lång.')).toContain('Kalmar … vägen dit');
    expect(one('sv', 'Vi åkte till Lund … gatorna där är fina.')).toContain('Lund … gatorna');
    expect(one('sv', 'Från Umeå … vägen söderut tar en dag.')).toContain('vägen söderut');
  });
});

describe('review 78, L2: an identifier with a size word after it', () => {
  it('redacts an account number under its cue', () => {
    expect(one('sv', 'Kontonummer 8327-9 987 654 321 kvadrat.')).not.toMatch(/987 654|8327/);
    expect(one('sv', 'Kontonummer 8327-9 987 654 321 kvadratmetrar.')).not.toMatch(/987 654|8327/);
    expect(one('en', 'Sort code 40-47-84, account 87654321 sqm.')).not.toMatch(/87654321/);
  });
  it('redacts a postcode answered or cued, with the size after it', () => {
    expect(call('sv', 'agent: Och postnumret?', 'caller: 722 14 kvadrat.')[1]).not.toMatch(/722 14/);
    expect(call('sv', 'agent: Postnummer?', 'caller: 722 14 58 kvadrat.')[1]).not.toMatch(/722 14/);
    expect(one('en', 'Postcode 72 214 square metres.')).not.toMatch(/72 214/);
    expect(call('en', 'agent: What is the postcode?', 'caller: 10115 sq m.')[1]).not.toMatch(/10115/);
  });
  it('and the leak scan keeps no run of six figures or more for a size word', () => {
    expect(guardText('Account 87654321 sqm.', { lang: 'en' }).text).not.toMatch(/87654321/);
    expect(guardText('Postnummer 722 14 58 kvm.', { lang: 'sv' }).text).not.toMatch(/722 14 58/);
  });
  it("still keeps a flat's size", () => {
    expect(call('sv', 'agent: Postnummer?', 'caller: 722 14, 58 kvadrat.')[1]).toContain('58 kvadrat');
    expect(call('en', 'agent: And the postcode?', 'caller: SW1A 1AA. It is a flat of eighty-one square metres.')[1]).toContain('eighty-one square metres');
    expect(one('sv', 'Lägenheten är 58 kvadratmetrar.')).toContain('58 kvadratmetrar');
    expect(guardText('Vi har 58 kvadrat.', { lang: 'sv' }).text).toContain('58 kvadrat');
  });
});

describe('review 78, O1: a name asked with a number, answered with something else', () => {
  it('shows an agency, a benefit or a street given first, or a number no identifier is', () => {
    expect(call('en', "agent: Who's calling, and the reference?", 'caller: Adult Social Care, 5512.')[1]).toContain('Adult Social Care');
    expect(call('sv', 'agent: Vem pratar jag med och vilket ärendenummer?', 'caller: Pensionsmyndigheten Gävle, 2026-5512.')[1]).toContain('Pensionsmyndigheten Gävle');
    expect(call('en', 'agent: Name and the number on the letter?', 'caller: Housing Benefit, 12 of them.')[1]).toContain('Housing Benefit');
    expect(call('sv', 'agent: Namn och nummer?', 'caller: Kungsgatan Södra, 14.')[1]).not.toContain('[NAMN]');
  });
  it('still takes a name given first with its number', () => {
    expect(call('en', 'agent: Your name and number?', 'caller: Chiamaka Obi, 910214-3386.')[1]).not.toMatch(/Chiamaka|Obi/);
    expect(call('sv', 'agent: Namn och telefonnummer?', 'caller: Oskarsson Tjäder, 070-123 45 67.')[1]).not.toMatch(/Oskarsson|Tjäder/);
  });
});
