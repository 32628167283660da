import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 86 (tuning-96: students, young people and first jobs), in sentences of our own. Each `describe` is one mechanism;
 * the first `it` failed on the base's rules, the guards beside it pass on both.
 */

describe('round 86: a numbered corridor is where a student lives (findAddresses starts on "korridor", "corridor")', () => {
  it('redacts "korridor 5D" and "corridor 3A" said with their letter', () => {
    expect(one('sv', 'Jag har flyttat till korridor 5D på Rydberg.')).not.toContain('5D');
    expect(one('en', 'My room is in corridor 3A, next to the kitchen.')).not.toContain('3A');
  });
  it('still keeps corridors counted', () => {
    expect(one('sv', 'Vi delar på korridor 3 och 4 i huset.')).toContain('korridor 3 och 4');
  });
});

describe('round 86: a degree by its level is no name (not-names "master\'s", "bachelor\'s")', () => {
  it('keeps "Master\'s in …" and "Bachelor\'s in …" after a comma', () => {
    expect(one('en', 'I am at Lund University, Master\'s in Public Health, first year.')).toContain("Master's in Public Health");
    expect(one('en', 'Umeå, Bachelor\'s in Social Work, and I want to move.')).toContain("Bachelor's in Social Work");
  });
  it('still redacts a name after a cue', () => {
    expect(one('en', 'My supervisor is Helena Warg.')).not.toContain('Warg');
  });
});

describe('round 86: "driver en firma", "run a business" says the firm is one\'s own (names OWN_FIRM)', () => {
  it('redacts the own firm named after its owner', () => {
    expect(one('sv', 'Jag driver ett litet företag på helgerna, Nymarks Målning, räknas det?')).not.toContain('Nymarks');
    expect(call('en', 'agent: What is it called?', 'caller: I run a small business, Okoro Cleaning, just weekends.')[1]).not.toContain('Okoro');
  });
  it('still keeps a firm one works for', () => {
    expect(one('sv', 'Jag jobbar extra på Lindgrens Bageri i sommar.')).toContain('Bageri');
  });
});
