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
describe('round 12: praise of the system after a hassle, and resignation', () => {
  it('"The office is two hours away. Wonderful. Really well thought out." is sarcasm', () => {
    expect(label('The office is two hours away. Wonderful. Really well thought out.', 'en')).toBe('negative');
    expect(label('So I need another form. Lovely.', 'en')).toBe('negative');
    expect(label('Of course it will.', 'en')).toBe('negative');
  });
  it('but praise of a plan that is well thought out, and "of course I will", stay sincere', () => {
    expect(label('Lovely, thank you, that was quick.', 'en')).toBe('positive');
    expect(label('Of course I will, thank you.', 'en')).not.toBe('negative');
  });
});
