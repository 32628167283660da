import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 16 (from journal calls-tuning-55: a missed angry call, a near-miss, and a neutral call that alerted): sentences
// written for these tests, each fix against an opposite that must not change.

describe("round 16: the agency's conduct judged bad", () => {
  it('"jag tycker fortfarande att det är dåligt att ni…", "it\'s poor that you…" complain, and make lone praise beside them sarcasm', () => {
    expect(complains('Okej. Men jag tycker fortfarande att det är dåligt att ni inte hör av er i tid.', 'sv')).toBe(true);
    expect(complains("Right. I still think it's poor that you don't warn people.", 'en')).toBe(true);
    // "Toppen." beside the grievance is no praise: the utterance is clearly negative.
    expect(score('Tolv tusen... Toppen. Jag fyller i den. Men det är uselt att ni inte sa något.', 'sv').score).toBeLessThan(-0.8);
  });
  it('but a question about it, or the caller judging something else, does not', () => {
    expect(complains('Är det dåligt att man skickar in det sent?', 'sv')).toBe(false);
    expect(complains("It's bad that my landlord raised the rent.", 'en')).toBe(false);
  });
  it('so a caller who gives in but keeps the grievance ends the call negative', () => {
    const result = call(
      'sv',
      ['caller', 'Jag har fått ett återkrav och det här är helt orimligt.'],
      ['agent', 'Du kan skicka in lönebesked, så räknar vi om.'],
      ['caller', 'Och vad händer om jag inte gör det?'],
      ['agent', 'Då står beloppet kvar.'],
      ['caller', 'Fint. Jag skickar dem. Men jag tycker fortfarande att det är konstigt att ni inte säger till tidigare.'],
      ['agent', 'Jag noterar det.'],
      ['caller', 'Ja. Hej.'],
    );
    expect(rulesAlerts(result).map((a) => a.kind)).toContain('callerEndsNegative');
  });
});

describe('round 16: a concession taken back by one word', () => {
  it('"… Barely.", "… Knappt." complain', () => {
    expect(complains("Two weeks. We'll get by. Barely.", 'en')).toBe(true);
    expect(score("Two weeks. We'll get by. Barely.", 'en').label).toBe('negative');
    expect(complains('Två veckor. Det går. Knappt.', 'sv')).toBe(true);
  });
  it('but the word inside a sentence does not', () => {
    expect(complains('I barely slept last night, but it is fine now.', 'en')).toBe(false);
    expect(complains('Jag hann knappt läsa brevet innan jag ringde.', 'sv')).toBe(false);
  });
});

describe('round 16: a mistake the caller owns', () => {
  it('"då har jag tänkt fel", "I must have read it wrong" are corrections, not anger', () => {
    expect(score('Jaha. Då har jag läst fel. Och april då?', 'sv').label).toBe('neutral');
    expect(score('Oh. I must have read it wrong. What about May?', 'en').label).toBe('neutral');
    expect(score('Ah, my mistake.', 'en').label).toBe('neutral');
  });
  it('but blame on the agency, or the caller refusing blame, stays negative', () => {
    expect(score('Ni har räknat fel.', 'sv').label).toBe('negative');
    expect(score('Det var inte mitt misstag, det var fel av er.', 'sv').label).toBe('negative');
    expect(score("So it's my fault now.", 'en').label).toBe('negative');
  });
  it('so a neutral caller who finds their own mistake and thanks does not alert', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Jag har tittat på kontot och det har inte kommit några pengar.'],
      ['agent', 'Den betalas ut den tjugofemte.'],
      ['caller', 'Den tjugofemte? Inte nu?'],
      ['agent', 'Nej, den tjugofemte varje månad.'],
      ['caller', 'Jaha. Då har jag räknat fel. Och nästa månad då?'],
      ['agent', 'Också den tjugofemte.'],
      ['caller', 'Okej. Tack.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
