import { describe, expect, it } from 'vitest';
import { call, rulesAlerts, score } from './testing/rounds.js';

// Round 31 (from journal calls-tuning-73: money owed back and payment plans): sentences written for these tests, each
// fix against an opposite that must not change.

describe('round 31: "in good faith" is the law\'s word, a benefit is a fact, being tired of it is a grievance', () => {
  it('"i god tro" / "in good faith" is no praise: the standard a repayment is judged by', () => {
    expect(score('Jag tog emot pengarna i god tro.', 'sv').score).toBe(0);
    expect(score('I took the money in good faith.', 'en').score).toBe(0);
  });
  it('"bidrag" is the thing called about, as "benefit" is in English', () => {
    expect(score('Jag fick bidraget i mars.', 'sv').score).toBe(0);
  });
  it('being tired of it ("trött på det här", "tired of this") weighs as "sick of" does', () => {
    expect(score('Jag är trött på det här.', 'sv').score).toBeLessThanOrEqual(-0.6);
    expect(score("I'm tired of this.", 'en').score).toBeLessThanOrEqual(-0.6);
    expect(score('Jag är trött på det här. Jag sökte bidraget i god tro.', 'sv').label).toBe('negative');
  });
  it('the opposites stay: real praise, being tired, tiredness denied, thanks for a benefit', () => {
    expect(score('Du har varit så snäll, tack.', 'sv').label).toBe('positive');
    expect(score('That was a good answer, thank you.', 'en').label).toBe('positive');
    expect(score('Jag är så trött i dag.', 'sv').score).toBeGreaterThan(-0.62);
    expect(score('Jag är inte trött på er, bara på systemet.', 'sv').score).toBeLessThan(0.3);
    expect(score('Tack, vad skönt att bidraget kommer.', 'sv').label).toBe('positive');
  });
  it('so a caller with a debt at the Enforcement Authority who ends tired of it alerts, and one who ends calm does not', () => {
    const tired = call(
      'sv',
      ['caller', 'Hej. Kronofogden drar pengar från min lön för en skuld till er. Vad är kvar?'],
      ['agent', 'Skulden gäller ett återkrav. Det är åtta tusen kvar.'],
      ['caller', 'Och vad har ni fått in hittills?'],
      ['agent', 'Två betalningar på två tusen var.'],
      ['caller', 'Skicka ett besked om det, så jämför jag.'],
      ['agent', 'Det är skickat.'],
      ['caller', 'Jag är trött på alltihop. Jag sökte bidraget i god tro.'],
      ['agent', 'Jag förstår. Beslutet är fattat sedan länge.'],
      ['caller', 'Nej. Jag ringer dem i stället.'],
      ['agent', 'Gör det.'],
      ['caller', 'Ja. Hej.'],
    );
    expect(rulesAlerts(tired)).not.toEqual([]);
    const calm = call(
      'sv',
      ['caller', 'Hej. Jag har fått ett återkrav på bostadsbidrag och vill betala av det.'],
      ['agent', 'Det går bra. Vad klarar du i månaden?'],
      ['caller', 'Femhundra. Jag tog emot bidraget i god tro, men jag förstår felet.'],
      ['agent', 'Då skickar jag en plan.'],
      ['caller', 'Bra, tack så mycket för hjälpen.'],
    );
    expect(rulesAlerts(calm)).toEqual([]);
  });
});
