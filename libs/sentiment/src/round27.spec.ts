import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 27 (from journal calls-tuning-67, figures: amounts, dates, calculations): three of six angry callers did not
// alert by the rules (the learned model caught two). Each argued the figure, took the agent's next step and closed
// with exasperation the rules did not read: a lone "Otroligt." after agencies that do not talk to each other, "det här
// är inte klokt" (only "det är inte klokt" was read, and not with "ju"), lone praise beside money needed now, a demand
// that it be right "this time", and the system called built to trip people up. Sentences written for these tests,
// each fix against an opposite that must not change.

describe('round 27: exasperation said alone or about the system', () => {
  it('is a complaint in both languages', () => {
    expect(complains('Det här är inte klokt.', 'sv')).toBe(true);
    expect(complains('Det är ju inte klokt.', 'sv')).toBe(true);
    expect(complains('Ni skickar brev åt alla håll. Otroligt.', 'sv')).toBe(true);
    expect(complains('You sent it to the wrong address. Unbelievable.', 'en')).toBe(true);
    expect(complains('Kommunen och ni pratar inte med varandra.', 'sv')).toBe(true);
    expect(complains('So the two agencies never talk to each other.', 'en')).toBe(true);
    expect(complains('Hela systemet är byggt för att lura folk.', 'sv')).toBe(true);
    expect(complains('The whole process is designed to confuse people.', 'en')).toBe(true);
  });
  it('but surprise with thanks, praise, or a question is not', () => {
    expect(complains('Otroligt! Tack så mycket.', 'sv')).toBe(false);
    expect(complains('Det gick otroligt snabbt.', 'sv')).toBe(false);
    expect(complains('Det var klokt att skicka in det tidigt.', 'sv')).toBe(false);
    expect(complains('Pratar ni inte med varandra?', 'sv')).toBe(false);
    expect(complains("Don't the agencies talk to each other?", 'en')).toBe(false);
    expect(complains('The system is built to pay out on the eighteenth.', 'en')).toBe(false);
  });
});

describe('round 27: money needed now, and a demand that it be right this time', () => {
  it('count as anger and cancel lone praise beside them', () => {
    expect(complains('Jag behöver pengarna nu.', 'sv')).toBe(true);
    expect(complains('I need the money now.', 'en')).toBe(true);
    expect(score('I mars. Perfekt. Jag behöver pengarna nu.', 'sv').score).toBeLessThan(0);
    expect(score('Och se till att beloppet stämmer den här gången.', 'sv').score).toBeLessThan(0);
    expect(score('And make sure the figure is right this time.', 'en').score).toBeLessThan(0);
  });
  it('but asked, or a plan, they are not', () => {
    expect(complains('Behöver jag pengarna nu eller kan det vänta?', 'sv')).toBe(false);
    expect(complains('Do I need the money now?', 'en')).toBe(false);
    expect(score('Jag ska se till att skicka in intyget i tid.', 'sv').score).toBeGreaterThanOrEqual(0);
  });
});

describe('round 27: an angry caller who argues the figure and takes the next step still alerts', () => {
  it('ending in exasperation about two agencies', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Jag har fått för lite i sjukpenning för mars. Det ska vara mer.'],
      ['agent', 'Arbetsgivaren har rapporterat fem dagar med lön.'],
      ['caller', 'Det stämmer inte. Jag var hemma hela veckan.'],
      ['agent', 'Då behöver arbetsgivaren rätta sin uppgift.'],
      ['caller', 'Och ni kan inte göra det?'],
      ['agent', 'Nej, men jag kan notera att du har hört av dig.'],
      ['caller', 'Gör det då.'],
      ['agent', 'Det är noterat.'],
      ['caller', 'Arbetsgivaren och ni som inte pratar med varandra. Otroligt.'],
    );
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
  it('the same call ended in understanding does not alert', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Jag har fått för lite i sjukpenning för mars, tror jag.'],
      ['agent', 'Arbetsgivaren har rapporterat fem dagar med lön.'],
      ['caller', 'Jaha, det kan stämma. Jag var på jobbet två dagar.'],
      ['agent', 'Då är beloppet rätt för resten.'],
      ['caller', 'Okej.'],
      ['agent', 'Jag kan notera att du har hört av dig.'],
      ['caller', 'Gör det.'],
      ['agent', 'Det är noterat.'],
      ['caller', 'Då förstår jag. Tack för hjälpen.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
});
