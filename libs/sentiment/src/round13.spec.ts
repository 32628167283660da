import { describe, expect, it } from 'vitest';
import { scoreUtterance } from './utterance.js';

// Round 13 (issue 14, from journal tuning-42's satisfied call that raised an alert): worry told as past beside thanks is
// relief. Sentences written for these tests, each against its opposite.

const label = (text: string, language: 'sv' | 'en') => scoreUtterance(text, language).label;

describe('round 13: worry that is over', () => {
  it('"Thank you. I was so worried", "Jag har varit så orolig, tack" are relief', () => {
    expect(label('Thanks. I was really worried about the rent.', 'en')).toBe('positive');
    expect(label("I've been so anxious about it, thank you.", 'en')).toBe('positive');
    expect(label('Jag har varit så orolig, tack ska du ha.', 'sv')).toBe('positive');
  });
  it('but worry now, or past worry without thanks, stays worry', () => {
    expect(label('I am so worried, thank you.', 'en')).not.toBe('positive');
    expect(label('I was so worried and now it is worse.', 'en')).toBe('negative');
    expect(label('Jag var så orolig och nu är det värre.', 'sv')).toBe('negative');
  });
});
