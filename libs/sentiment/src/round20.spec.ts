import { describe, expect, it } from 'vitest';
import { call, rulesAlerts, score } from './testing/rounds.js';

// Round 20 (from journal calls-tuning-60: a satisfied caller alerted on "Phew. I was sure I'd messed it up." said as the
// agent fixed it; "No, that was the big one." to "anything else?" read as a negated "big"; AFINN-sv's "gå i" (+2) read
// praise into "gå i pension"): sentences written for these tests, each fix against an opposite that must not change.

describe('round 20: relief said outright makes a past fear a feeling that is over', () => {
  it('"Puh." / "Phew." beside a worry told as past, or a mistake the caller was sure of, is relief', () => {
    expect(score('Puh. Jag trodde att jag hade förstört allt.', 'sv').label).toBe('positive');
    expect(score('Tack och lov. Jag var så orolig.', 'sv').label).toBe('positive');
    expect(score('Tack. Jag var säker på att jag hade förstört allt.', 'sv').label).toBe('positive');
    expect(score("Phew. I was convinced I'd done it wrong.", 'en').label).toBe('positive');
    expect(score('Thank goodness. I was really worried.', 'en').label).toBe('positive');
    expect(score("Thanks. I thought I'd missed the deadline.", 'en').label).toBe('positive');
  });
  it('but the fear without relief, or a worry now, stays negative', () => {
    expect(score('Jag trodde att jag hade förstört allt.', 'sv').label).toBe('negative');
    expect(score('Puh. Jag är så orolig.', 'sv').label).toBe('negative');
    expect(score("I was sure I'd messed it up.", 'en').label).toBe('negative');
    expect(score("Phew. I'm still really worried.", 'en').label).toBe('negative');
  });
  it('so a caller who closes on relief after the fix does not alert', () => {
    const result = call(
      'en',
      ['agent', 'Good afternoon, how can I help?'],
      ['caller', "Hello. I think I sent my tax form to the old address and I'm scared it's lost."],
      ['agent', "I can see it here, it arrived on Tuesday and it's registered."],
      ['caller', 'Really? It came in?'],
      ['agent', "Yes, it's all in order."],
      ['caller', "Phew. I was certain I'd lost it."],
      ['agent', 'No, all good.'],
      ['caller', 'Thanks, bye.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
    expect(result.caller?.end).toBeGreaterThan(0);
  });
});

describe('round 20: a "no" before the comma negates nothing after it', () => {
  it('"No, that was the main thing." is not a negated opinion', () => {
    expect(score('No, that was the good part.', 'en').score).toBeGreaterThan(0);
    expect(score('Nej, att det gick bra var det viktigaste.', 'sv').score).toBeGreaterThan(0);
  });
  it('but "I don\'t think that …" still negates its clause', () => {
    expect(score("I don't think that it's good.", 'en').score).toBeLessThan(0);
    expect(score('Jag tycker inte att det är bra.', 'sv').score).toBeLessThan(0);
  });
});

describe('round 20: "gå i pension" is an errand, not praise', () => {
  it('"Jag ska gå i pension" scores nothing', () => {
    expect(score('Jag ska gå i pension i juni.', 'sv').score).toBe(0);
  });
  it('so a worry beside it is no longer cancelled by it, and praise beside it still counts', () => {
    expect(score('Jag ska gå i pension och det känns underbart.', 'sv').label).toBe('positive');
    expect(score('Jag ska gå i pension och jag är orolig för pengarna.', 'sv').label).toBe('negative');
  });
});
