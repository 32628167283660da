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

describe('a number read out and corrected', () => {
  it('"it\'s [PERSONNUMMER], no, sorry, [PERSONNUMMER]" corrects nothing the caller said before: the errand stays', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Good morning. I am having a hip operation in November, on the third, no, the fourth of November, and I would like my son to handle my pension while I recover.',
      'agent: Then he needs a power of attorney. Your personal identity number?',
      'caller: Yes, it\'s [PERSONNUMMER], no, sorry, [PERSONNUMMER], and then [PERSONNUMMER].',
      'agent: Thank you. I will send you the form today.',
    ]);
    expect(noteText(d)).toMatch(/hip operation on 4 November/);
    expect(noteText(d)).toMatch(/son to handle/);
    // A value said beside the placeholder still corrects ("[FÖDELSEDATUM], i maj fyller jag").
    const e = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fyller sextiofem i mars. Eller, nej, [FÖDELSEDATUM], i maj fyller jag. Mars är frun.',
      'agent: Okej, maj.',
    ]);
    expect(noteText(e)).not.toMatch(/65 i mars/);
  });
});
