import { describe, expect, it } from 'vitest';
import { draft, texts } from './testing/drafts.js';

// Round 14 (issue 14), from a caseworker-style judgement of tuning-13's drafts (`eval/judged-tuning-13/`).
// Sentences written for these tests, not taken from any eval set.

const errand = (d: ReturnType<typeof draft>) => texts(d, 'reason');

describe('the errand line says what the caller wants to know', () => {
  it('a short question after the background in the same turn goes into the line', () => {
    const d = draft('en', [
      'agent: Pensions Agency, hello.',
      "caller: I'm sixty-five in May, and I worked in Norway for ten years. Does that count?",
      'agent: Yes, it can count for the guarantee pension.',
    ]);
    expect(errand(d).join(' ')).toMatch(/asks? whether that counts/);
  });
  it('"jag är osäker på om jag har ringt rätt" is talk about the call, never the errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, hej.',
      'caller: Hej, jag är lite osäker på om jag har ringt rätt. Jag tar ut pension men jobbar halvtid.',
      'agent: Okej.',
      'caller: Och nu har jag brutit armen. Får jag sjukpenning då?',
      'agent: Sjukpenning söker du hos Försäkringskassan.',
    ]);
    expect(errand(d).join(' ')).not.toMatch(/ringt rätt/);
  });
});
