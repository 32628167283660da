import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts } from './testing/rounds.js';

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
