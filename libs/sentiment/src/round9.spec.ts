import { describe, expect, it } from 'vitest';
import { scoreUtterance } from './utterance.js';

// Round 9 (issue 14, from journal tuning-9's angry calls that raised no alert): sarcasm said as mock ease,
// the agency's habit, praise echoed with a mock "oh", resignation as agreement, and more waiting greeted
// as good news. Sentences written for these tests, each against its sincere or calm opposite.

const label = (text: string, language: 'sv' | 'en') => scoreUtterance(text, language).label;

describe('round 9: sarcasm and resignation', () => {
  it('mock ease and the agency\'s habit (Swedish)', () => {
    expect(label('Jaså, ett återkrav nu också. Man har ju inget annat att tänka på.', 'sv')).toBe('negative');
    expect(label('Brevet kom inte heller. Det gör ni alltid.', 'sv')).toBe('negative');
    expect(label('Fem veckor igen. Det är bara så typiskt.', 'sv')).toBe('negative');
  });
  it('praise echoed with a mock "oh", and resignation as agreement (English)', () => {
    expect(label('Brilliant. Oh brilliant.', 'en')).toBe('negative');
    expect(label("Of course you can't. Nobody ever can.", 'en')).toBe('negative');
  });
  it('more waiting greeted as good news', () => {
    expect(label('So, more months. Great.', 'en')).toBe('negative');
    expect(label('Så, fler månader. Toppen.', 'sv')).toBe('negative');
  });
  it('while sincere praise and plain agreement stay positive or neutral', () => {
    expect(label('Brilliant, thank you so much, that helps.', 'en')).toBe('positive');
    expect(label('Of course, you can send it tomorrow.', 'en')).not.toBe('negative');
    expect(label('Toppen, tack så mycket för hjälpen.', 'sv')).toBe('positive');
    expect(label('Man har mycket att tänka på när någon dör.', 'sv')).not.toBe('negative');
  });
});
