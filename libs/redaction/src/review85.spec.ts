import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 85: the reviewer's new leaks, in sentences of our own (not the probes). Each `describe` is one mechanism;
 * the first `it` failed on round 85's head, the guards beside it pass on both.
 */

describe('review 85, L1: a verb of money keeps no number but a round sum', () => {
  it('redacts a card, an account, a personal number or an ID said right after "handlade", "handlar", "spent"', () => {
    expect(one('sv', 'Bankkortet, tjuven handlade 4571 9012 3344 5566.')).not.toContain('4571 9012');
    expect(one('sv', 'Personnumret är, de handlar 790604 1122.')).not.toContain('790604');
    expect(one('en', 'Then the account, they spent 90 14 22 33 44.')).not.toContain('90 14 22');
    expect(call('sv', 'agent: Vilket är ditt kontonummer?', 'caller: Handlade 9020 7654321.')[1]).not.toContain('7654321');
    expect(call('en', 'agent: And your passport number?', 'caller: Spent 66331902.')[1]).not.toContain('66331902');
  });
  it('still keeps a round sum spent, said with thousands', () => {
    expect(one('sv', 'Kortet var borta och de hann handla för sjutusen tvåhundra.')).toContain('sjutusen tvåhundra');
    expect(one('en', 'The card was gone and they spent six thousand two hundred.')).toContain('six thousand two hundred');
  });
});

describe('review 85, L2: "mål" exempts only a case number in its own shape', () => {
  it('redacts an account, a card, a phone or a personal number after "mål" or "målet"', () => {
    expect(one('sv', 'Målet 9020 7654321 gäller mitt konto.')).not.toContain('7654321');
    expect(one('sv', 'Mål 4571 9012 3344 5566 står på kortet.')).not.toContain('4571 9012');
    expect(one('sv', 'Målet 46731234567.')).not.toContain('46731234567');
    expect(one('sv', 'Mål 7, 790604-1122.')).not.toContain('790604-1122');
    expect(call('sv', 'agent: Och kontonumret?', 'caller: Målet 9020 7654321.')[1]).not.toContain('7654321');
  });
  it('still keeps "mål NN-NNNNNN-NN", and "Mål 2," is no address', () => {
    expect(one('sv', 'Jag har bestritt mål 31-220987-26 skriftligt.')).toContain('31-220987-26');
    expect(one('sv', 'Målet 14-55021-25 handlar om skatten.')).toContain('14-55021-25');
    expect(one('sv', 'Mål 4, jag heter Per Lund.')).toContain('Mål 4');
  });
});

describe('review 85, L3: a sum led by money, after an identifier a round value can be', () => {
  it('redacts it when a number follows in the sentence, or when a postcode, clearing, giro, PIN or ID was named', () => {
    const account = one('sv', 'Kontonumret, de betalade för sjutusen fyrahundra, sen två två åtta ett.');
    expect(account).not.toContain('sjutusen fyrahundra');
    expect(one('sv', 'Postnumret, jag handlat på trettiotvåtusen sexhundra.')).not.toContain('trettiotvåtusen sexhundra');
    expect(one('sv', 'Clearingnumret, de handlade för sjutusen niohundra.')).not.toContain('sjutusen niohundra');
    expect(one('sv', 'Mitt plusgiro, betalat för femhundratusen sexhundra.')).not.toContain('femhundratusen sexhundra');
    expect(one('en', 'The sort code, a refund of three hundred thousand two hundred.')).not.toContain('three hundred thousand two hundred');
    expect(one('en', 'My customer number, the claim of two hundred thousand five hundred.')).not.toContain('two hundred thousand five hundred');
  });
  it('still keeps a sum spent after the card or the account was named', () => {
    expect(one('sv', 'Mitt kort, de har handlat för elvatusen sexhundra.')).toContain('elvatusen sexhundra');
  });
});

describe('review 85, L4: only "a P O box" is a post office box', () => {
  it('redacts a spelled name of P O, or ending in P O, before "box"', () => {
    expect(one('en', 'The surname is Po, P O box 9.')).not.toContain('P O');
    expect(one('sv', 'Jag heter Po, P O boxen.')).not.toContain('P O');
    expect(one('en', 'My surname is Opo, O P O box 3.')).not.toContain('O P O');
    expect(one('en', 'I am Ipo, I P O box 7.')).not.toMatch(/I \[|I P O/);
  });
  it('still keeps "a P O box" and "min P O box"', () => {
    expect(one('en', 'Send it to a P O box instead.')).toContain('a P O box');
    expect(one('sv', 'Skicka det till min P O box.')).toContain('P O box');
  });
});

describe('review 85, L5: 114 14 as the police\'s line only where no postcode is meant', () => {
  it('redacts it before a town past a comma, and under a postcode question', () => {
    expect(one('sv', 'Jag gjorde en anmälan på 114 14, Solna.')).not.toContain('114 14');
    expect(call('sv', 'agent: Och postnumret?', 'caller: Jag gjorde polisanmälan på 114 14.')[1]).not.toContain('114 14');
  });
  it('still keeps it as where a report is made', () => {
    expect(one('sv', 'Du kan göra en polisanmälan på 114 14 redan idag.')).toContain('114 14');
  });
});

describe('review 85, L6: a personal number\'s first half after a letter is no police report', () => {
  it('redacts it when the sentence names a personal or coordination number', () => {
    expect(one('sv', 'Personnumret är typ K790604-11.')).not.toContain('790604');
    expect(one('sv', 'Mitt samordningsnummer är K790664-11.')).not.toContain('790664');
  });
  it('still keeps a report number in its own shape', () => {
    expect(one('sv', 'Polisen gav oss K790604-26 som nummer.')).toContain('K790604-26');
  });
});

describe('review 85, shared: a valid personal number written straight after a letter', () => {
  it('redacts it', () => {
    expect(one('sv', 'Jag fick K7906041129 av polisen.')).not.toContain('7906041129');
    expect(one('en', 'They wrote AB197906041129 on the form.')).not.toContain('197906041129');
  });
  it('still keeps a police report number', () => {
    expect(one('sv', 'Ärendet K7906041-26 gäller min pappa.')).toContain('K7906041-26');
  });
});
