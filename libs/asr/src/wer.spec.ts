import { describe, expect, it } from 'vitest';
import { normaliseForWer, wordErrors } from './wer.js';

describe('normaliseForWer', () => {
  it('compares words: case, punctuation, captions and fillers do not count', () => {
    expect(normaliseForWer('And so, my fellow Americans [applause] — uh, ask not!', 'en')).toEqual(['and', 'so', 'my', 'fellow', 'americans', 'ask', 'not']);
    expect(normaliseForWer("It's the caller's turn.", 'en')).toEqual(["it's", 'the', "caller's", 'turn']);
  });

  it('writes English number words as digits, keeping a lone "one" and digits read out', () => {
    expect(normaliseForWer('one hundred and twenty five kronor', 'en')).toEqual(['125', 'kronor']);
    expect(normaliseForWer('press 1,000 or two thousand', 'en')).toEqual(['press', '1000', 'or', '2000']);
    expect(normaliseForWer('the one I want', 'en')).toEqual(['the', 'one', 'i', 'want']);
    expect(normaliseForWer('five five five', 'en')).toEqual(['5', '5', '5']);
  });

  it('writes Swedish number words as digits, also when written together', () => {
    expect(normaliseForWer('Vi är fem och är här', 'sv')).toEqual(['vi', 'är', '5', 'och', 'är', 'här']);
    expect(normaliseForWer('tjugofem kronor, etthundratjugo', 'sv')).toEqual(['25', 'kronor', '120']);
    expect(normaliseForWer('tjugo fem', 'sv')).toEqual(['25']);
    expect(normaliseForWer('en bil och ett hus', 'sv')).toEqual(['en', 'bil', 'och', 'ett', 'hus']);
  });
});

describe('wordErrors', () => {
  it('counts substitutions, deletions and insertions', () => {
    expect(wordErrors(['a', 'b', 'c'], ['a', 'b', 'c'])).toBe(0);
    expect(wordErrors(['a', 'b', 'c'], ['a', 'x', 'c'])).toBe(1);
    expect(wordErrors(['a', 'b', 'c'], ['a', 'c'])).toBe(1);
    expect(wordErrors(['a', 'b'], ['a', 'b', 'c', 'd'])).toBe(2);
    expect(wordErrors([], ['a'])).toBe(1);
  });
});
