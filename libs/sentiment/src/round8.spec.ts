import type { Segment, Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { scoreCall } from './call.js';
import { scoreUtterance } from './utterance.js';

// Round 8 (issue 14): sarcasm after a repeated failure, the agency's failure said as a rule, threats of a
// report, anger told as past; each against its sincere or calm opposite. Sentences written for these tests,
// not taken from any eval set.

const transcript = (lines: [Segment['speaker'], string][], language: 'sv' | 'en'): Transcript => ({
  language,
  source: 'sidecar',
  segments: lines.map(([speaker, text], index) => ({ index, speaker, text })),
});

const alerts = (lines: [Segment['speaker'], string][], language: 'sv' | 'en') => scoreCall(transcript(lines, language)).alerts.length > 0;

describe('round 8: praise standing alone after a failure is sarcasm', () => {
  it('after a repeat or a long wait', () => {
    expect(scoreUtterance('Tre gånger har jag skickat intyget. Underbart.', 'sv').label).toBe('negative');
    expect(scoreUtterance('Not even opened. After six weeks. Lovely.', 'en').label).toBe('negative');
  });
  it('after a lack', () => {
    expect(scoreUtterance("I don't have a computer. Perfect.", 'en').label).toBe('negative');
  });
  it('after a mock "oh"', () => {
    expect(scoreUtterance('Oh wonderful. One more letter to fill in.', 'en').label).toBe('negative');
    expect(scoreUtterance('Åh, underbart. Ännu ett papper.', 'sv').label).toBe('negative');
  });
  it('praise of the usual', () => {
    expect(scoreUtterance('Great service as usual.', 'en').label).toBe('negative');
    expect(scoreUtterance('Toppen service som vanligt.', 'sv').label).toBe('negative');
  });
  it('but praise first, or with thanks, stays sincere', () => {
    expect(scoreUtterance('Perfekt. Då skickar jag den igen i morgon.', 'sv').label).toBe('positive');
    expect(scoreUtterance('Oh wonderful, thank you so much!', 'en').label).toBe('positive');
    expect(scoreUtterance("Lovely. I'll do it on the computer tonight.", 'en').label).toBe('positive');
  });
});

describe("round 8: the agency's failure said as a rule, threats, the repeat counted", () => {
  it('"det kan ni aldrig", "of course you can\'t"', () => {
    expect(scoreUtterance('Nej. Det gör ni ju aldrig.', 'sv').label).toBe('negative');
    expect(scoreUtterance("Of course you can't.", 'en').label).toBe('negative');
    expect(scoreUtterance('You people never answer letters.', 'en').label).toBe('negative');
  });
  it('but "you never know" and "of course, you can" are no complaint', () => {
    expect(scoreUtterance('You never know with the post.', 'en').label).not.toBe('negative');
    expect(scoreUtterance('Of course, you can send it by post.', 'en').label).not.toBe('negative');
    expect(scoreUtterance('Man vet aldrig.', 'sv').label).not.toBe('negative');
  });
  it('a report threatened, not a report of a move', () => {
    expect(scoreUtterance('Händer det igen så gör jag en anmälan.', 'sv').label).toBe('negative');
    expect(scoreUtterance('Jag har gjort en flyttanmälan till Skatteverket.', 'sv').label).not.toBe('negative');
  });
  it('the repeat counted', () => {
    expect(scoreUtterance('Third time this year.', 'en').label).toBe('negative');
    expect(scoreUtterance('Det är andra gången i år.', 'sv').label).toBe('negative');
  });
});

describe('round 8: anger told as past, the agency cleared, is peace', () => {
  it('"det var inte ditt fel, jag blev bara arg"', () => {
    expect(scoreUtterance('Det var inte ditt fel, jag blev bara arg när jag läste brevet.', 'sv').label).not.toBe('negative');
    expect(scoreUtterance("It wasn't your fault, I just got angry when I read the letter.", 'en').label).not.toBe('negative');
  });
  it('but the agency blamed is anger', () => {
    expect(scoreUtterance('Det är ert fel, och jag blev arg.', 'sv').label).toBe('negative');
  });
});

describe('round 8: whole calls, the end decides', () => {
  it('polite words, sarcastic end: alert', () => {
    expect(
      alerts(
        [
          ['agent', 'Pensionsmyndigheten, Eva.'],
          ['caller', 'Hej, jag ringer om mitt intyg.'],
          ['agent', 'Det har tyvärr inte registrerats, du får skicka det en gång till.'],
          ['caller', 'En gång till. Efter tre veckor. Härligt.'],
          ['agent', 'Jag förstår.'],
          ['caller', 'Det gör ni ju aldrig. Hej.'],
        ],
        'sv',
      ),
    ).toBe(true);
  });
  it('angry at the start, glad at the end: no alert', () => {
    expect(
      alerts(
        [
          ['agent', 'Pensions Agency, Tom.'],
          ['caller', 'This is ridiculous, my payment is missing again.'],
          ['agent', 'I see it was sent to an old account. I have fixed it and it will be paid on Friday.'],
          ['caller', 'Oh, that is a relief. Sorry I was so cross earlier. Thank you so much for your help.'],
        ],
        'en',
      ),
    ).toBe(false);
  });
  it('calm at the start, a threat at the end: alert', () => {
    expect(
      alerts(
        [
          ['agent', 'Pensions Agency, Tom.'],
          ['caller', 'Hello, I would like to ask about my letter.'],
          ['agent', 'It says the decision takes another four months.'],
          ['caller', 'Four more months. Great. I am going to the press with this.'],
          ['agent', 'I understand.'],
          ['caller', 'Bye.'],
        ],
        'en',
      ),
    ).toBe(true);
  });
});
