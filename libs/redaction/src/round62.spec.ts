import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 62, from the blind tuning set tuning-73 (whole calls; names that are words or places; addresses abroad with their
 * postcodes read back; its first run in tuning-73/before-round-62.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 62: addresses', () => {
  it('the patient\'s room or bed after a ward ("avdelning 12, sal 3", "ward 9, bay 2"), the ward kept', () => {
    const sv = one('sv', 'Mamma ligger på avdelning 12, sal 3, sen i måndags.');
    expect(sv).not.toContain('sal 3');
    expect(sv).toContain('avdelning 12');
    expect(one('en', 'My husband is on ward 9, bay 2, since Monday.')).not.toContain('bay 2');
  });

  it('a room one has an appointment in stays ("avdelning 54, rum 12")', () => {
    expect(one('sv', 'Jag har tid på avdelning 54, rum 12, på måndag.')).toContain('rum 12');
  });

  it('"portal" and a floor with its door after a house number named apart; "piso" with its ordinal', () => {
    const sv = one('sv', 'Det är Calle Mayor, nummer tjugoett, portal tre, andra B.');
    expect(sv).not.toMatch(/portal tre|andra B/);
    expect(one('en', 'Calle del Mar 14, piso quinto, puerta B, in Málaga.')).not.toMatch(/piso quinto|puerta B/);
  });

  it('a postcode read back one figure off, and put right, is the same postcode', () => {
    const lines = call('sv', 'caller: Brevet kom till Storgatan 4, nio ett... fyra trettiotvå, Umeå.', 'agent: 914 32? Eller 904 32?', 'caller: Nio noll fyra, trettiotvå.');
    expect(lines[1]).not.toMatch(/914 32|904 32/);
    expect(lines[2]).not.toMatch(/Nio noll fyra|trettiotvå/);
  });
});

describe('round 62: names', () => {
  it('a nickname after "called him", "kallade honom"', () => {
    expect(one('en', 'Bengt Nord. We called him Bengan.')).not.toContain('Bengan');
    expect(one('sv', 'Vi kallade honom Bengan.')).not.toContain('Bengan');
  });

  it('a frequent first name a village bears too, after "jag och"', () => {
    expect(one('sv', 'Det är bara jag och Åsa hemma nu.')).not.toContain('Åsa');
  });
});

describe("round 62's review: leaks of the first version closed", () => {
  it('a patient\'s name after a bed, an entrance or a Spanish floor is no town', () => {
    expect(one('sv', 'Avdelning 5, sal 2, Anna.')).not.toContain('Anna');
    expect(one('en', 'She is on ward 5, bay 2, Siobhan said.')).not.toContain('Siobhan');
    expect(one('sv', 'Calle Mayor 21, portal tre, Anna.')).not.toContain('Anna');
  });

  it('a house number read back with the postcode, and no one-figure-off amount after an unrelated question', () => {
    const lines = call('sv', 'caller: Jag bor på Storgatan 4, nio ett fyra trettiotvå, Umeå.', 'agent: Så 4 914 32?', 'agent: Hur mycket fick ni?', 'caller: Vi fick 91442 i bidrag.');
    expect(lines[1]).not.toMatch(/4 914 32|\b4\b/);
    expect(lines[3]).toContain('91442');
  });
});
