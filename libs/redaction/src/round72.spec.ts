import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 72 (tuning-83: addresses and dates of birth as older callers and relatives say them). Sentences of the round's own,
 * not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays kept.
 */
describe('round 72: a care home and its ward said with the room someone lives in are the address', () => {
  it('redacts the home, the ward and the room together', () => {
    const sv = one('sv', 'Farmor bor på Lövdalens äldreboende, avdelning Rönnen, rum nitton.');
    expect(sv).not.toMatch(/Lövdalens|Rönnen|nitton/);
    const moved = one('sv', 'Farfar flyttade till Lövdalens vårdboende i mars, avdelning fyra, rum sju.');
    expect(moved).not.toMatch(/Lövdalens|avdelning fyra/);
    expect(moved).toContain('i mars');
    expect(one('en', 'Gran lives at Oakfield Care Home, Bluebell Unit, room nine now.')).not.toMatch(/Oakfield|Bluebell/);
    expect(one('en', "He's moved to St. Aidan's Nursing Home, Heather Ward, bed four, in Sligo.")).not.toMatch(/Aidan|Heather|bed four/);
  });
  it('guard: a home or ward named without anyone\'s room stays kept', () => {
    expect(one('sv', 'Jag jobbar på Lövdalens äldreboende, avdelning Rönnen, sedan i våras.')).toContain('Lövdalens äldreboende, avdelning Rönnen');
    expect(one('en', 'The doctor said ward 54, room 12, at nine on Monday.')).toContain('ward 54');
  });
});
