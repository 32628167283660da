import { describe, expect, it } from 'vitest';
import { describeChanges } from './journal-editing.service.js';

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

describe('stockholmTime (times in the text export)', () => {
  it('writes Swedish format in Swedish time, whatever the server zone', async () => {
    const { stockholmTime } = await import('./calls.service.js');
    expect(stockholmTime('2026-07-01T10:05:00.000Z')).toBe('2026-07-01 12:05');
    expect(stockholmTime('2026-11-30T16:05:00.000Z')).toBe('2026-11-30 17:05');
  });
});
