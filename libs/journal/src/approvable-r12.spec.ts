import { describe, expect, it } from 'vitest';
import { indirectQuestion } from './indirect.js';

// Round 12 (issue 14, from journal tuning-12). Sentences written for these tests, not taken from any eval set.

describe('an English question reported as a clause', () => {
  it('ends the subject at a participle, a question word or an auxiliary, so the verb goes after it', () => {
    expect(indirectQuestion('Is my money gone?', 'en')).toBe('whether my money is gone');
    expect(indirectQuestion('Is that what I will get?', 'en')).toBe('whether that is what I will get');
    expect(indirectQuestion('Has my application been received?', 'en')).toBe('whether my application has been received');
    expect(indirectQuestion('Is the form done?', 'en')).toBe('whether the form is done');
  });
});
