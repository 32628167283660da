import { describe, expect, it } from 'vitest';
import { ppsCheckHolds, spanishIdHolds } from './identifiers.js';
import { one } from './testing/dialogues.js';

/**
 * Round 47 (begun), from the blind tuning set tuning-58 (e-mail addresses and identity numbers said the hard ways; its first
 * run in tuning-58/before-round-47.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 47: agency mailboxes, Indian PAN and Irish PPS numbers', () => {
  it("an agency's role mailbox is kept as its public numbers are; an employee's own address there is a person's", () => {
    expect(one('sv', 'Skicka det till registrator@forsakringskassan.se, det går bra.')).toBe('Skicka det till registrator@forsakringskassan.se, det går bra.');
    expect(one('en', 'I wrote to kundservice@pensionsmyndigheten.se last week.')).toBe('I wrote to kundservice@pensionsmyndigheten.se last week.');
    expect(one('sv', 'Min handläggare är karin.lund@pensionsmyndigheten.se.')).toBe('Min handläggare är [EPOST].');
    expect(one('sv', 'Mejla mig på info@ekstromsbygg.se.')).toBe('Mejla mig på [EPOST].');
  });

  it('an Indian PAN by its shape, an Irish PPS number by its check letter or where PPS is named', () => {
    expect(one('en', 'My PAN is AFZPK7190K, from the tax office in Pune.')).toBe('My PAN is [ID-NUMMER], from the tax office in Pune.');
    expect(one('en', 'It was 1234567T on the old form.')).toBe('It was [ID-NUMMER] on the old form.');
    expect(one('sv', 'Irländska PPS-numret är 7654321KA.')).toBe('Irländska PPS-numret är [ID-NUMMER].');
    expect(ppsCheckHolds('1234567T')).toBe(true);
    expect(ppsCheckHolds('1234567A')).toBe(false);
  });
});

describe('round 47: a Spanish NIE or DNI whose control letter holds, with dashes or read back without a cue', () => {
  it('is an identity number wherever it stands', () => {
    expect(one('en', 'My NIE is Z-4829173-Y, with the dashes.')).not.toMatch(/4829173/);
    expect(one('en', 'So X7261508V, then.')).toBe('So [ID-NUMMER], then.');
    expect(spanishIdHolds('Y0936274G')).toBe(true);
    expect(spanishIdHolds('Y0936274B')).toBe(false);
  });
});

