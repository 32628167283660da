import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// Round 25 (issue 14), from the blind judge of tuning-22: two figures and a deadline the note got wrong.
// Sentences written for these tests, not taken from any eval set.

describe('numbers and dates said in passing', () => {
  it('"fifty and a hundred percent" are two figures, not "5 100"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My forecast went down.',
      'agent: I can send you a forecast with both, fifty and a hundred percent, so you can compare.',
      'caller: Yes please.',
    ]);
    expect(noteText(d)).toMatch(/50 and 100 percent/);
    expect(noteText(d)).not.toMatch(/5 100/);
    // An "and" after hundreds or thousands is still inside the number.
    const e = draft('en', ['agent: Pensions Agency, Tom.', 'caller: Hi. The repayment is two thousand and fifty kronor, why?', 'agent: I will check.']);
    expect(noteText(e)).toMatch(/2 050 kronor/);
  });

  it('"trettionde september – nej förlåt, det är en söndag, så det blir måndag första oktober": the date it comes to', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej. Jag vill betala av återkravet i delar.',
        'agent: Då måste ansökan vara här senast trettionde september – nej förlåt, det är en söndag, så det blir måndag första oktober.',
        'caller: Okej.',
      ],
      '2029-09-12',
    );
    expect(noteText(d)).toMatch(/senast måndag 1 oktober/);
    expect(noteText(d)).not.toMatch(/söndag|30 september/);
  });
});
