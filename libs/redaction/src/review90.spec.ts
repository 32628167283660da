import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 90. Sentences of our own, of the kinds the review's probes found (not only the probes). Each `describe`
 * fixes one mechanism; the guards beside it pass under both the round's rules and the fix.
 */

describe('review 90 L1: only a closed list of agency, form and benefit words may be spelled and kept', () => {
  it('redacts a surname spelled after it is said, whatever else the letters spell (a town, a bank suffix, a holiday)', () => {
    expect(one('en', "It's Leeds, L, E, E, D, S.")).not.toMatch(/Leeds|L, E, E/u);
    expect(one('en', 'The surname is Westbank, W, E, S, T, B, A, N, K.')).not.toMatch(/Westbank|B, A, N, K/u);
    expect(one('sv', 'Det är Påsk, P, Å, S, K.')).not.toMatch(/Påsk|P, Å, S/u);
    expect(one('sv', 'Efternamnet är Silverpenning, S, I, L, V, E, R, P, E, N, N, I, N, G.')).not.toMatch(/Silverpenning|S, I, L, V/u);
  });
  it('redacts letters spelled alone that make a place, a shop or a suffix shape', () => {
    expect(one('en', 'Spelt O, S, L, O.')).not.toContain('O, S, L, O');
    expect(one('sv', 'Det stavas N, O, R, D, B, A, N, K.')).not.toContain('N, O, R, D');
  });
  it('redacts a spelling given after the turn before asked for one, NATO words or Swedish ones', () => {
    expect(call('en', 'agent: How do you spell that?', 'caller: Delta, Uniform, Bravo, Lima, India, November.')[1]).toBe('[NAMN].');
    expect(call('sv', 'agent: Hur stavar du efternamnet?', 'caller: Rudolf, Intyg, Gustav, Adam.')[1]).not.toContain('Rudolf');
  });
  it('redacts a name after "heter" whose letters spell an agency or an abbreviation', () => {
    expect(one('sv', 'Hon heter Pelle, Petter, Martin.')).not.toContain('Pelle');
    expect(one('sv', 'Jag heter Sink, S, I, N, K.')).not.toMatch(/Sink|S, I, N, K/u);
    expect(one('en', 'My name is Isk, I, S, K.')).not.toMatch(/I, S, K/u);
  });
  it('redacts the name said in a later turn after its spelling', () => {
    const out = call('sv', 'agent: Kan du stava efternamnet?', 'caller: D, U, B, L, I, N.', 'agent: Tack, Dublin.');
    expect(out[1]).not.toContain('D, U, B');
    expect(out[2]).toBe('Tack, [NAMN].');
  });
  it('still keeps agency, form and benefit letters spelled with no name near', () => {
    expect(one('sv', 'Skriv K, F, M överst på blanketten.')).toContain('K, F, M');
    expect(one('sv', 'Det gäller B, O, S, T, A, D, S, B, I, D, R, A, G, alltså bidraget.')).toContain('B, O, S, T');
    expect(one('en', 'Put Charlie, Sierra, November on the envelope.')).toContain('Charlie, Sierra, November');
    expect(one('sv', 'Det står LMA, alltså L, M, A, på kortet.')).toContain('LMA, alltså L, M, A');
    expect(one('en', 'How do I spell SKV, is it Sierra, Kilo, Victor?')).toContain('Sierra, Kilo, Victor');
    expect(one('sv', 'Det ska stå P, P, M på raden, och sen skriver jag mitt namn under.')).toContain('P, P, M');
  });
});

describe('review 90 L2: the call remembers every word of an e-mail local part but the agencies’', () => {
  it('redacts the surname of an address said again in a later turn, a town or a "…bank" word', () => {
    const out = call('en', 'caller: You can write to maria.leeds@outlook.com.', 'agent: Thanks.', 'caller: Leeds, as in the town.');
    expect(out[2]).toBe('[NAMN], as in the town.');
    const sv = call('sv', 'caller: Mejla till per punkt westbank snabel-a telia punkt com.', 'agent: Okej.', 'caller: Westbank med dubbelve.');
    expect(sv[2]).not.toContain('Westbank');
  });
  it('still keeps an agency said again after an address that held it', () => {
    const out = call('sv', 'caller: Jag skrev till kundtjanst.skatteverket@example.com.', 'agent: Okej.', 'caller: Skatteverket svarade aldrig.');
    expect(out[2]).toContain('Skatteverket');
  });
});

describe('review 90 L3: a doubled letter is a remark only after a lower-case article', () => {
  it('redacts a capital A or E spelled before a doubled letter, and the name before it', () => {
    expect(one('en', 'Emma, E, double M, A.')).not.toMatch(/Emma|double M/u);
    expect(one('en', 'It is Ott, that is O, double T.')).not.toMatch(/O, double T/u);
    expect(one('sv', 'Ann, A, dubbel n.')).not.toMatch(/Ann|A, dubbel/u);
    expect(call('en', 'agent: Spell your first name?', 'caller: A, double N.')[1]).not.toContain('A, double N');
  });
  it('still keeps "a double S" said as a remark', () => {
    expect(one('en', 'Is that with a double L?')).toBe('Is that with a double L?');
    expect(one('sv', 'Är det med ett dubbel-s?')).toBe('Är det med ett dubbel-s?');
  });
});

describe('review 90 L4: only "www." may stand before an agency domain said with its dots', () => {
  it('redacts an address said with dots that ends in an agency domain', () => {
    expect(one('sv', 'Min mejl är lisa punkt holm, csn punkt se.')).toBe('Min mejl är [EPOST].');
    expect(one('en', 'My email is peter dot skatteverket dot se.')).toBe('My email is [EPOST].');
  });
  it('still keeps the site said alone, with or without www', () => {
    expect(one('sv', 'Allt står på www punkt csn punkt se.')).toContain('csn punkt se');
    expect(one('en', 'It is all on forsakringskassan dot se.')).toContain('forsakringskassan dot se');
  });
});

describe('review 90: no over-redaction of tails, greeted benefits, rooms and towns', () => {
  it('keeps the end of a sum, a year or a case said after a number with "slutar på" / "ends in"', () => {
    expect(one('sv', 'Ring 070-987 65 43, fakturan slutar på 380 kronor.')).toContain('380 kronor');
    expect(one('en', 'Call me on 07700 900456; the decision ends in 2025.')).toContain('2025');
    expect(one('sv', 'Numret är 070-987 65 43. Ärendenumret slutar på 77.')).toContain('77');
  });
  it('still redacts the last digits of the number said before, whatever follows', () => {
    expect(one('sv', 'Numret är 070-987 65 43, det slutar på 43.')).not.toMatch(/\b43\b/u);
    expect(one('en', 'My number is 07700 900456, it ends in 456.')).not.toContain('456');
  });
  it('keeps a benefit greeted like a name', () => {
    expect(one('en', 'Hello, Child Benefit, is this the right line?')).toContain('Child Benefit');
    expect(one('en', 'Hello, Attendance Allowance, I need help.')).toContain('Attendance Allowance');
  });
  it('still redacts two names greeted', () => {
    expect(one('en', 'Hi, Tamsin Polglase, I got your letter.')).toBe('Hi, [NAMN], I got your letter.');
  });
  it('keeps a room said with letters and figures before a number said again', () => {
    const out = call('sv', 'caller: Hans personnummer är 19750312-2383.', 'caller: Sal B7 750312-2383.');
    expect(out[1]).toBe('Sal B7 [PERSONNUMMER].');
  });
  it('keeps the town said after "i" before a street that begins with it', () => {
    expect(one('sv', 'Vi bor i Hulta, eh Hultavägen 9.')).toContain('i Hulta,');
    expect(one('sv', 'Jag bor i Härna, eh Härnavägen 12.')).toContain('i Härna,');
  });
});
