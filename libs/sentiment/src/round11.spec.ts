import { describe, expect, it } from 'vitest';
import { scoreUtterance } from './utterance.js';

// Round 11 (issue 14, from journal tuning-11's angry calls that raised no alert, and one satisfied call that
// did): sarcasm as mock relief, mock heed and blame taken in mockery, a promise heard before; anger owned
// as needless. Sentences written for these tests, each against its sincere or calm opposite.

const label = (text: string, language: 'sv' | 'en') => scoreUtterance(text, language).label;

describe('round 11: sarcasm after a failure', () => {
  it('mock relief, blame taken in mockery and the failure told again (English)', () => {
    expect(label('A letter. Great. That fixes everything.', 'en')).toBe('negative');
    expect(label("Nobody rang me back. But I'm sure that's on me.", 'en')).toBe('negative');
    expect(label('Of course it does. Nobody told me that either.', 'en')).toBe('negative');
    expect(label('Five weeks. And you wonder why people complain.', 'en')).toBe('negative');
  });
  it('mock heed, a promise heard before and doubt that it ever comes (Swedish)', () => {
    expect(label('Nästa vecka. Ja, det har jag hört förut.', 'sv')).toBe('negative');
    expect(label('Tack, det ska jag verkligen tänka på. Om pengarna någon gång kommer.', 'sv')).toBe('negative');
  });
  it('while sincere relief stays positive', () => {
    expect(label('Great, that sorts it, thank you so much.', 'en')).toBe('positive');
    expect(label('Tack, det ska jag tänka på, bra att veta.', 'sv')).not.toBe('negative');
  });
});

describe('round 11: anger owned as needless', () => {
  it('is a caller making peace, not a complaint', () => {
    expect(label('Jag har gått och varit sur på er i onödan, det var bara jag som hade fel.', 'sv')).not.toBe('negative');
    expect(label("I've been angry at you lot for nothing, it was me who got it wrong.", 'en')).not.toBe('negative');
  });
  it('while anger that stands is still negative', () => {
    expect(label('Jag är sur på er, ni har gjort fel igen.', 'sv')).toBe('negative');
  });
});
