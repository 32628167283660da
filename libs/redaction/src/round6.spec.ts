import { describe, expect, it } from 'vitest';
import { redactDialogue, type Utterance } from './dialogue.js';

/**
 * Round six: mechanisms that generalise (answers given after a pause or a false start, dates said
 * in other forms, addresses and identifiers read in pieces). Each case failed before its rule.
 */
function call(lang: 'sv' | 'en', ...lines: string[]): string[] {
  const utterances: Utterance[] = lines.map((line) => {
    const [speaker, ...text] = line.split(': ');
    return { speaker: speaker as Utterance['speaker'], text: text.join(': ') };
  });
  return redactDialogue(utterances, { lang }).map((r) => r.text);
}

describe('a date of birth given as an answer', () => {
  it('takes the date wherever it stands in the answer, after a pause or a false start', () => {
    expect(call('en', 'agent: Can I take your date of birth?', "caller: Yeah, hang on. So that's the third of March, nineteen seventy-one.")[1]).toBe(
      "Yeah, hang on. So that's [FÖDELSEDATUM].",
    );
    expect(call('en', 'agent: And when was your husband born?', 'caller: He was, uh, let me think. June, June the second, thirty-nine.')[1]).toBe(
      'He was, uh, let me think. [FÖDELSEDATUM].',
    );
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Ja, vänta nu. Det är tredje mars, nej förlåt, fjärde mars fyrtioåtta.')[1]).toBe(
      'Ja, vänta nu. Det är [FÖDELSEDATUM], nej förlåt, [FÖDELSEDATUM].',
    );
  });
  it('takes no ordinal that is not a date, and nothing the asker says', () => {
    expect(call('en', 'agent: And your date of birth?', 'caller: Sorry, is that the first thing you need?')[1]).toBe('Sorry, is that the first thing you need?');
    expect(call('sv', 'agent: Och födelsedatum?', 'caller: Fjortonde juli.', 'agent: Tack. Beslutet kommer den 3 maj.')[2]).toBe('Tack. Beslutet kommer den 3 maj.');
  });
});
