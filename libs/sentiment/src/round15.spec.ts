import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 15 (from journal calls-tuning-53's angry calls that did not alert by the rules): sentences written for these
// tests, each fix against an opposite that must not change.

describe('round 15: a norm of effort broken', () => {
  it('"it shouldn\'t have to be this complicated", "det ska inte behöva vara så krångligt" complain', () => {
    expect(complains('Honestly, it should not have to be this complicated to change an address.', 'en')).toBe(true);
    expect(score('It shouldn\'t be so difficult.', 'en').label).toBe('negative');
    expect(complains('Det borde inte behöva vara så omständligt att byta konto.', 'sv')).toBe(true);
    expect(score('Det ska inte vara så svårt.', 'sv').label).toBe('negative');
  });
  it('but a question about the effort does not', () => {
    expect(complains("It shouldn't be so hard to fill in, right?", 'en')).toBe(false);
    expect(complains('Det ska inte vara så svårt att fylla i, eller?', 'sv')).toBe(false);
  });
});

describe('round 15: what should have been there from the start', () => {
  it('"it should have been done that way from the start" complains, after a concession too', () => {
    expect(complains('Okay, good. But it should have been done like that from the beginning.', 'en')).toBe(true);
    expect(complains('Okej, bra. Men det borde ha skötts så redan från början.', 'sv')).toBe(true);
    expect(score('You should have sorted it in the first place.', 'en').label).toBe('negative');
  });
  it('but the start told as a fact does not', () => {
    expect(complains('It has been like that from the start.', 'en')).toBe(false);
    expect(complains('Det har varit så från början.', 'sv')).toBe(false);
  });
});

describe('round 15: the system called a nightmare', () => {
  it('"the whole process is a nightmare", "hela systemet är en mardröm" complain', () => {
    expect(complains('Okay. The whole process is an absolute nightmare.', 'en')).toBe(true);
    expect(complains('Visst. Hela systemet är ju en mardröm.', 'sv')).toBe(true);
    expect(score('Sleeping badly, every night is a nightmare.', 'en').label).toBe('negative');
  });
  it('but a fear of trouble that did not come true, beside thanks, is relief', () => {
    expect(score('Thank you, I honestly thought it would be a nightmare.', 'en').label).toBe('positive');
    expect(score('Tack, jag trodde att det skulle bli en mardröm.', 'sv').label).toBe('positive');
    // Relief, not mere courtesy: the feared hassle counts as a phrase of its own.
    expect(score('Tack, jag trodde att det skulle bli krångligt.', 'sv').words).toContain('jag trodde att det skulle bli krångligt');
    expect(score('Thanks. I thought this would be so complicated.', 'en').words).toContain('i thought this would be so complicated');
  });
});

describe('round 15: one more form said alone', () => {
  it('"Yet another form." and "Ännu en blankett." complain', () => {
    expect(complains('Yet another form. I have filled in four already this year.', 'en')).toBe(true);
    expect(complains('Ännu en blankett. Jag har redan fyllt i fyra i år.', 'sv')).toBe(true);
  });
  it('but asking for one more form does not', () => {
    expect(complains('Could you send me another form for my husband?', 'en')).toBe(false);
    expect(complains('Kan du skicka en blankett till min man?', 'sv')).toBe(false);
  });
});

describe('round 15: whole calls that end on these complaints alert', () => {
  it('a caller who ends "it shouldn\'t be this much work" after yet another form', () => {
    const result = call(
      'en',
      ['caller', 'Hello. My mother moved last month and her allowance should have followed her.'],
      ['agent', 'It needs a new application. I will post the form today.'],
      ['caller', 'Another form. I am eighty and I do all of this on my own.'],
      ['agent', 'I understand. There is no deadline.'],
      ['caller', 'It should not be this much work. Just post it.'],
    );
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
  it('a Swedish caller who ends "men det borde ha varit så från början" after calling it absurd', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Min mammas pension har inte kommit och jag har ringt två gånger nu.'],
      ['agent', 'Den betalas ut i dag.'],
      ['caller', 'Det är ju absurt att breven inte kommer till mig.'],
      ['agent', 'Nu går breven till dig.'],
      ['caller', 'Bra. Men det borde ha varit ordnat så från början.'],
    );
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
});
