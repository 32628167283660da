import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 38, on the text that must be kept, from the tuning sets' misses after round 37. Sentences written for these tests,
 * not taken from any eval set.
 */
describe('streets and schools named after someone, in one word', () => {
  it('"Birger Jarlsgatan", "Gustav Vasaskolan" are places; a person\'s name is still one', () => {
    expect(sv('Nej, Birger Jarlsgatan är där läkaren sitter.')).toBe('Nej, Birger Jarlsgatan är där läkaren sitter.');
    expect(sv('Vi bodde på Karl Johansgatan förr.')).toBe('Vi bodde på Karl Johansgatan förr.');
    expect(sv('Gustav Vasaskolan ligger nära.')).toBe('Gustav Vasaskolan ligger nära.');
    expect(sv('Min granne Anna Backen ringde.')).toBe('Min granne [NAMN] ringde.');
    expect(sv('Jag heter Anna Lindgatan.')).toBe('Jag heter [NAMN].');
  });
});

describe('a street with no number where no one lives', () => {
  it('"the bank on High Street", "a building on Baker Street" are places; "I live on Baker Street" still fails closed', () => {
    expect(en('The bank on High Street closes at three.')).toBe('The bank on High Street closes at three.');
    expect(en("It's a building on Baker Street, no lift at all.")).toBe("It's a building on Baker Street, no lift at all.");
    expect(en('I live on Baker Street.')).toBe('I live on [ADRESS].');
    expect(en('She lives at Rose Court.')).toBe('She lives at [ADRESS].');
  });
});
