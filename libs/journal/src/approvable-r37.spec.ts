import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';

// Round 37, from tuning set 32 (facts said and then corrected or refined in other words).
// Sentences written for these tests, not from any eval set.

describe('a correction that concludes with "så från …" keeps the date it comes to', () => {
  it('the month of the event before it is not taken for the start', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ta ut min pension. Jag tänkte börja i juni... nej förresten, efter att jag har fyllt sextiofem i augusti, så från september då.',
      'agent: Okej. Då ansöker du på Mina sidor.',
      'caller: Bra, tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/börja i september/u);
    expect(text).not.toMatch(/börja i (?:juni|augusti)/u);
  });

  it('in English too: "…, so from September"', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I want to take out my pension. I was going to start in June... no wait, after I turn sixty-five in August, so from September then.',
      'agent: Fine. Then you apply on My Pages.',
      'caller: Good, thanks.',
    ], '2031-03-10'));
    expect(text).toMatch(/start in September/u);
    expect(text).not.toMatch(/start in (?:June|August)/u);
  });
});
