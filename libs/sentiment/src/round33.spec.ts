import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 33 (from journal calls-tuning-75: parents and children): sentences written for these tests, each fix against an
// opposite that must not change.

describe('round 33: a norm said to be broken now ("this shouldn\'t happen") is blame, as "this should never have happened" is', () => {
  it('"det här borde inte hända", "detta borde aldrig få ske", "this shouldn\'t happen", "that should never happen" complain', () => {
    expect(complains('Det här borde inte hända.', 'sv')).toBe(true);
    expect(complains('Sånt här borde aldrig få hända.', 'sv')).toBe(true);
    expect(complains('Detta borde ju inte ske.', 'sv')).toBe(true);
    expect(complains("This shouldn't happen.", 'en')).toBe(true);
    expect(complains('That should never happen to anyone.', 'en')).toBe(true);
  });
  it('the opposites stay: asked, or a plan with "if"/"om", or the caller\'s own promise, is no complaint', () => {
    expect(complains('Borde inte det här hända automatiskt?', 'sv')).toBe(false);
    expect(complains("Shouldn't that happen automatically?", 'en')).toBe(false);
    expect(complains('Det ska inte hända igen, jag lovar.', 'sv')).toBe(false);
    expect(complains("It won't happen again.", 'en')).toBe(false);
  });
  it('so a caller who takes the next step but closes on the broken norm alerts', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Ni har dragit in mitt bostadsbidrag.'],
      ['agent', 'Jag ser att inkomstuppgiften saknades.'],
      ['caller', 'Jag skickade den i januari.'],
      ['agent', 'Den har inte kommit in. Du kan skicka den igen på Mina sidor.'],
      ['caller', 'Hur lång tid tar det?'],
      ['agent', 'Ett par veckor.'],
      ['caller', 'Det här borde inte hända. Men jag skickar den igen.'],
    );
    expect(rulesAlerts(result)).not.toEqual([]);
  });
});

describe('round 33: anger said to last in a strong word ("still furious") is not conceded by "men tack" / "but thanks" after it', () => {
  it('"fortfarande arg/förbannad/rasande, men tack", "still angry/furious/livid/fuming, but thanks" stay negative', () => {
    expect(score('Jag är fortfarande förbannad, men tack för hjälpen.', 'sv').label).toBe('negative');
    expect(score('Jag är fortfarande så arg men tack ändå.', 'sv').label).toBe('negative');
    expect(score('Vi är fortfarande rasande, men tack.', 'sv').label).toBe('negative');
    expect(score("I'm still really angry, but thank you.", 'en').label).toBe('negative');
    expect(score('We are still livid but thanks anyway.', 'en').label).toBe('negative');
    expect(score("I'm still fuming, but thanks.", 'en').label).toBe('negative');
  });
  it('the opposites stay: the mild form closes on the thanks, anger not said to last is conceded, and thanks conceded stays anger', () => {
    expect(score('Jag är fortfarande lite besviken, men tack ändå.', 'sv').label).toBe('positive');
    expect(score("I'm still a little irritated, but thank you.", 'en').label).toBe('positive');
    expect(score('Jag var arg först, men tack.', 'sv').label).toBe('positive');
    expect(score('Tack, men jag är fortfarande förbannad.', 'sv').label).toBe('negative');
    expect(score("Thanks, but I'm still furious.", 'en').label).toBe('negative');
    expect(score("I'm still angry, but the new date works for me.", 'en').score).toBe(score("I'm still angry but the new date works for me.", 'en').score);
  });
  /** The same grievance, closed two ways. */
  const housingCallClosing = (closing: string) =>
    call(
      'en',
        ['caller', 'Hi. My housing allowance stopped this month.'],
        ['agent', 'I can see the income statement was missing.'],
        ['caller', 'I sent it in January.'],
        ['agent', 'It has not arrived. You can send it again online.'],
        ['caller', 'How long does it take?'],
        ['agent', 'A couple of weeks.'],
        ['caller', closing],
    );
  it('so a caller who closes "still furious, but thanks" after a grievance alerts', () => {
    const result = housingCallClosing("Right. I'm still furious, but thanks.");
    expect(rulesAlerts(result).map((a) => a.kind)).toContain('callerEndsNegative');
  });
  it('but one who closes "still a bit annoyed, but thanks" does not', () => {
    const result = housingCallClosing("Right. I'm still a bit annoyed, but thanks.");
    expect(rulesAlerts(result)).toEqual([]);
  });
});
