import { describe, expect, it } from 'vitest';
import { scoreUtterance } from './utterance.js';

// Round 12 (issue 14, from journal tuning-10's angry calls that raised no alert): thanks for nothing with
// "so much" inside it. Sentences written for these tests, each against its sincere opposite.

const label = (text: string, language: 'sv' | 'en') => scoreUtterance(text, language).label;

describe('round 12: thanks for nothing, said at length', () => {
  it('"tack så jättemycket för ingenting", "thanks so much for nothing" are sarcasm', () => {
    expect(label('Tack så jättemycket för ingenting.', 'sv')).toBe('negative');
    expect(label('Thanks so much for nothing.', 'en')).toBe('negative');
  });
  it('but thanks for the help stays thanks', () => {
    expect(label('Tack så jättemycket för hjälpen.', 'sv')).toBe('positive');
    expect(label('Thanks so much for everything.', 'en')).toBe('positive');
  });
});

// From journal tuning-12's angry call that raised no alert.
describe('round 12: praise standing alone after a hassle hours away, and resignation', () => {
  it('"The office is two hours away. Wonderful." and "Of course it will." are sarcasm', () => {
    expect(label('The office is two hours away. Wonderful.', 'en')).toBe('negative');
    expect(label('Of course it will.', 'en')).toBe('negative');
  });
  it('but praise without a hassle, a plan well thought through, and "of course I will" stay sincere', () => {
    expect(label('Lovely, thank you, that was quick.', 'en')).toBe('positive');
    expect(label('Your plan is really well thought through, thank you so much.', 'en')).toBe('positive');
    expect(label('Of course I will, thank you.', 'en')).not.toBe('negative');
  });
});
