import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 92: the leaks and over-redactions the review found, in sentences of this spec's own (not the review's probes).
 * Each `describe` fixes one mechanism; the guards beside it pass before and after.
 */

describe('review 92, L3: a birth date said as a case number', () => {
  it('redacts the year after a month and a day before the dash, under a case cue', () => {
    expect(call('sv', 'agent: Vilket år är hon född?', 'caller: Diarienummer 1103-1976 står det på brevet.')[1]).not.toContain('1976');
    expect(call('sv', 'caller: Hon är född i november.', 'agent: Ärendenummer 1103-1976 har beslutet.')[1]).not.toContain('1976');
  });
  it('redacts the year in answer to a birth-date question whatever stands before the dash', () => {
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Referensnummer 4521-1976.')[1]).not.toContain('1976');
  });
  it('still keeps a case number whose first figures are no month and day', () => {
    expect(call('sv', 'caller: Han är född i april.', 'agent: Ärendet har ärendenummer 5521-1948.')[1]).toBe('Ärendet har ärendenummer 5521-1948.');
  });
});
