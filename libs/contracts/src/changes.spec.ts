import { describe, expect, it } from 'vitest';
import { describeChanges } from './changes.js';

describe('describeChanges (the diff shown in the version history)', () => {
  it('shows an edited last line once, not unchanged lines as removed and added', () => {
    const before = 'Ämne: Bostadstillägg\nKunden ringer om beslutet.';
    const after = 'Ämne: Bostadstillägg\nKunden ringer om beslutet från mars.';
    expect(describeChanges(before, after)).toBe('- Kunden ringer om beslutet.\n+ Kunden ringer om beslutet från mars.');
  });

  it('finds no change when only a trailing newline differs', () => {
    expect(describeChanges('Rad ett\nRad två', 'Rad ett\nRad två\n')).toBe('');
  });

  it('lists an added line alone', () => {
    expect(describeChanges('Rad ett', 'Rad ett\nRad två')).toBe('+ Rad två');
  });
});
