import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 46, from the blind tuning set tuning-57 (text to keep beside look-alikes; its first run in
 * tuning-57/before-round-46.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 46: what the learned recogniser no longer takes for a home or a birth date', () => {
  it('a rate in per cent, a form number and a page count', () => {
    expect(one('en', 'They charge 2.5 per cent on the debt, I think.')).toBe('They charge 2.5 per cent on the debt, I think.');
    expect(one('en', 'I sent form FK 7263, no wait, FK 7260, last week.')).toBe('I sent form FK 7263, no wait, FK 7260, last week.');
    expect(one('en', 'It is on page 4 of 6 of the decision.')).toBe('It is on page 4 of 6 of the decision.');
  });

  it("Bell's palsy is a disease, as Parkinson's is; a Bell who rings is a person", () => {
    expect(one('en', "The GP thinks it's Bell's palsy.")).toBe("The GP thinks it's Bell's palsy.");
    expect(one('sv', 'Hon fick Bells pares i våras.')).toBe('Hon fick Bells pares i våras.');
    expect(one('en', 'My neighbour Bell says hello.')).toBe('My neighbour [NAMN] says hello.');
  });
});

/** What the blind review of round 46 (258 probes, old and new rules side by side) found in its first version. */
describe('round 46, after its review', () => {
  it("Bell's is a disease only before palsy or pares; a form code keeps only a form with its number; a page keeps no birth date", () => {
    expect(one('en', "I've got Bell's number somewhere, he's my landlord.")).toBe("I've got [NAMN] number somewhere, he's my landlord.");
    expect(one('sv', 'Han från MIGR Omar Haddad ringde mig.')).toBe('Han från MIGR [NAMN] ringde mig.');
    expect(call('sv', 'agent: Vilket är ditt födelsedatum?', 'caller: Sidan tre maj nittonhundrafyrtiofem.')[1]).toBe('Sidan [FÖDELSEDATUM].');
  });
});

