import { describe, expect, it } from 'vitest';
import { call } from './testing/dialogues.js';

/**
 * Round eight: identifiers fail closed again. Sentences of each mechanism's kind (not lines of a
 * set); each case failed before its rule, but the "still …" ones, which guard what it must keep.
 */

describe('a second number after a whole answer', () => {
  it('takes a long number the one asked reads in pieces after the answer, without a cue of its own', () => {
    expect(call('sv', 'agent: Vilket telefonnummer?', 'caller: 070-123 45 67.', 'caller: Ja, och sen min dotters, sjuttiotre, fyrtiofyra, femtiofem, sextiosex.')[2]).toBe(
      'Ja, och sen min dotters, [TELEFON].',
    );
  });
  it('still keeps the sums said after the answer', () => {
    expect(call('sv', 'agent: Vilket telefonnummer?', 'caller: 070-123 45 67.', 'caller: Och jag har fått 14 200 och sen 1 250 000 kronor.')[2]).toBe(
      'Och jag har fått 14 200 och sen 1 250 000 kronor.',
    );
  });
});

describe('a phone number corrected mid-way', () => {
  it('takes every piece when the number without the corrected piece is a phone number', () => {
    expect(call('sv', 'caller: Min mobil är noll sju noll, eh, fyra fem fem... nej fyra fem sex, tjugo trettioett.')[0]).toBe(
      'Min mobil är [TELEFON]... nej [TELEFON].',
    );
  });
});

describe('letters of a number asked for, with a hesitation before its digits', () => {
  it('takes the bank code of an IBAN across "uh"', () => {
    expect(call('en', 'agent: And the IBAN?', 'caller: It is GB33 BUKB, uh, 2020 1555 5555 55.')[1]).toBe('It is [IBAN].');
  });
  it('takes the letters of a passport number across "öh"', () => {
    expect(call('sv', 'agent: Vilket passnummer?', 'caller: Det är PA, öh, 447 1902.')[1]).toBe('Det är [ID-NUMMER].');
  });
});

describe('ordinary words in dialogue', () => {
  it('keeps a nationality English capitalises before a noun', () => {
    expect(call('en', 'agent: Which account?', 'caller: My German account, the other one.')[1]).toBe('My German account, the other one.');
  });
  it('keeps a month after "från" and a percentage in words under an account question', () => {
    expect(call('sv', 'agent: Vilket kontonummer?', 'caller: Clearing 8327, konto 123 456 7.', 'caller: Jag vill ha femtio procents uttag från februari 2027.')[2]).toBe(
      'Jag vill ha femtio procents uttag från februari 2027.',
    );
  });
  it('still takes a name after "my name is"', () => {
    expect(call('en', 'caller: My name is Ingrid German.')[0]).toBe('My name is [NAMN].');
  });
});

describe('an e-mail address read across turns', () => {
  it('takes the domain of a turn that begins with the "at"', () => {
    expect(call('sv', 'agent: Och e-post?', 'caller: Ja, det är karin, eh, karin punkt m...', 'agent: Mm.', 'caller: Snabel-a telia punkt com.')[3]).toBe('[EPOST].');
    expect(call('en', 'agent: And your e-mail?', 'caller: It is bob dot k...', 'caller: at outlook dot com.')[2]).toBe('[EPOST].');
  });
});
