import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts } from './testing/rounds.js';

// Round 26 (from journal calls-tuning-66, decisions, conditions and rights): two angry callers took the agent's next
// step and ended without a word the rules read as anger, so neither alerted (the learned model caught both). One did
// as told and closed "Jag gör det, men jag är inte nöjd." (negated "nöjd", which does not stand the way a complaint
// does, averaged with a hedged question to -0.343); the other closed "… men jag tycker att ni borde kunna göra det
// själva." (0). Sentences written for these tests, each fix against an opposite that must not change.

describe('round 26: dissatisfaction said outright', () => {
  it('is a complaint in both languages', () => {
    expect(complains('Jag skickar in den, men jag är inte nöjd.', 'sv')).toBe(true);
    expect(complains('Jag är inte alls nöjd med beslutet.', 'sv')).toBe(true);
    expect(complains("I'll sign it, but I'm not happy.", 'en')).toBe(true);
    expect(complains("I'm not at all satisfied with the decision.", 'en')).toBe(true);
  });
  it('but asked, or about something else, it is not', () => {
    expect(complains('Är jag inte nöjd så kan jag överklaga?', 'sv')).toBe(false);
    expect(complains('Jag är inte nöjd förrän pengarna har kommit, men det låter bra.', 'sv')).toBe(false);
    expect(complains("What if I'm not happy with it?", 'en')).toBe(false);
    expect(complains("I'm not satisfied until the money is in, but that sounds good.", 'en')).toBe(false);
  });
});

describe('round 26: the agency told it should manage the errand itself', () => {
  it('is a complaint in both languages', () => {
    expect(complains('Jag ringer dem, men ni borde kunna ordna det själva.', 'sv')).toBe(true);
    expect(complains('You should be able to sort that out yourselves.', 'en')).toBe(true);
  });
  it('but asked, or said of the caller, it is not', () => {
    expect(complains('Borde ni inte kunna se det i systemet?', 'sv')).toBe(false);
    expect(complains('Jag borde kunna göra det i appen.', 'sv')).toBe(false);
    expect(complains('Should you be able to see it already?', 'en')).toBe(false);
    expect(complains('I should be able to do it in the app.', 'en')).toBe(false);
  });
});

describe('round 26: an angry caller who takes the next step still alerts', () => {
  it('ending dissatisfied after a hedged question', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Ni kräver tillbaka pengar jag redan har gjort av med. Det är helt orimligt.'],
      ['agent', 'Jag förstår. Du kan begära omprövning.'],
      ['caller', 'Och när ska jag betala?'],
      ['agent', 'Sista dag står i brevet.'],
      ['caller', 'Och om jag tycker att summan är fel?'],
      ['agent', 'Då skriver du det i begäran.'],
      ['caller', 'Jag skriver den, men jag är inte nöjd.'],
    );
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
  it('the same call ended with thanks does not alert', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Ni kräver tillbaka pengar. Jag trodde att jag hade räknat rätt.'],
      ['agent', 'Jag förstår. Du kan begära omprövning eller en avbetalningsplan.'],
      ['caller', 'Och om jag tycker att summan är fel?'],
      ['agent', 'Då skriver du det i begäran.'],
      ['caller', 'Okej, då gör jag det. Tack så mycket för hjälpen.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
