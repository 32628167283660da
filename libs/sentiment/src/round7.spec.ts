import type { Segment, Transcript } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { scoreCall } from './call.js';
import { scoreUtterance } from './utterance.js';

// Round 7 (issue 14): angry endings that are polite on the surface, sarcasm, resignation and threats,
// against satisfied callers who mention past trouble and facts that sound bad. Sentences written for
// these tests, not taken from any eval set.

const transcript = (lines: [Segment['speaker'], string][], language: 'sv' | 'en'): Transcript => ({
  language,
  source: 'sidecar',
  segments: lines.map(([speaker, text], index) => ({ index, speaker, text })),
});

const alerts = (lines: [Segment['speaker'], string][], language: 'sv' | 'en') => scoreCall(transcript(lines, language)).alerts.length > 0;

describe('round 7: facts that sound bad are no feeling', () => {
  it('an employer that went bankrupt, a button pressed', () => {
    expect(scoreUtterance('Firman jag jobbade på gick i konkurs för tre år sedan.', 'sv').label).toBe('neutral');
    expect(scoreUtterance('Nu tryckte jag på skicka.', 'sv').label).toBe('neutral');
  });
  it('a care home is a place, not caring', () => {
    expect(scoreUtterance('My mother lives in a care home in the north.', 'en').label).toBe('neutral');
    // Caring itself still counts.
    expect(scoreUtterance('I really care about getting this right.', 'en').score).toBeGreaterThan(0);
  });
});

describe('round 7: trouble that is over is relief, trouble that goes on is not', () => {
  it('"det var krångligt men nu förstår jag" is positive', () => {
    expect(scoreUtterance('Det var jobbigt i höstas men nu förstår jag hur det hänger ihop.', 'sv').label).toBe('positive');
    expect(scoreUtterance('The website was confusing at first but now I understand.', 'en').label).toBe('positive');
  });
  it('understanding nothing is still a complaint, with the subject between', () => {
    expect(scoreUtterance('Och nu förstår jag ingenting av det här brevet.', 'sv').label).toBe('negative');
  });
  it('help that is no help is a complaint; a hedged one is a plan', () => {
    expect(scoreUtterance('Jaså. Det hjälper ju inte mycket.', 'sv').complaints).not.toEqual([]);
    expect(scoreUtterance('Right. That does not help at all.', 'en').complaints).not.toEqual([]);
    expect(scoreUtterance('If that does not help, I will call again next week.', 'en').complaints).toEqual([]);
  });
});

describe('round 7: sarcasm', () => {
  it('praise after a long wait is mock praise', () => {
    expect(scoreUtterance('So now I have to wait another four months. Wonderful.', 'en').label).toBe('negative');
    expect(scoreUtterance('Då får jag vänta i fem månader till. Toppen.', 'sv').label).toBe('negative');
    // Praise for a short, expected answer is praise.
    expect(scoreUtterance('It will be paid on Friday. Wonderful.', 'en').label).toBe('positive');
  });
  it('doubt about "this time" is no hope', () => {
    expect(scoreUtterance('Vi får se om någon hör av sig den här gången.', 'sv').label).toBe('negative');
    expect(scoreUtterance("We'll see if the letter actually arrives this time.", 'en').label).toBe('negative');
    expect(scoreUtterance('Vi får se hur det blir med flytten.', 'sv').label).toBe('neutral');
  });
  it('thanks for wasted time is no thanks', () => {
    expect(scoreUtterance('Tack för att du slösade bort min tid.', 'sv').label).toBe('negative');
    expect(scoreUtterance('Thanks for wasting my time.', 'en').label).toBe('negative');
  });
});

describe('round 7: whole calls', () => {
  it('a polite goodbye after "this is not what I was promised" still alerts', () => {
    expect(
      alerts(
        [
          ['caller', 'Hello, I am calling about the statement you said you would post to me.'],
          ['agent', 'It has not been sent yet, I am afraid.'],
          ['caller', 'I am not stupid. I want it sent today, as I was promised in October.'],
          ['agent', 'I will make a note of it.'],
          ['caller', 'Okay. Thank you. Goodbye.'],
        ],
        'en',
      ),
    ).toBe(true);
  });
  it('resignation at the end alerts', () => {
    expect(
      alerts(
        [
          ['caller', 'Hej, jag ringer om min ansökan om bostadstillägg.'],
          ['agent', 'Den behöver kompletteras med ett hyresavtal igen.'],
          ['caller', 'Jag har skickat det två gånger. Jag pallar inte mer med det här.'],
          ['agent', 'Jag förstår.'],
          ['caller', 'Okej. Hej.'],
        ],
        'sv',
      ),
    ).toBe(true);
  });
  it('a threat to go to the press alerts', () => {
    expect(
      alerts(
        [
          ['caller', 'My payment is late for the second month.'],
          ['agent', 'I can see it is being processed.'],
          ['caller', 'Then I will post it on social media and go to the press.'],
          ['caller', 'Bye.'],
        ],
        'en',
      ),
    ).toBe(true);
  });
  it('a satisfied caller who mentions past trouble does not alert', () => {
    expect(
      alerts(
        [
          ['caller', 'Hej, jag har haft problem att logga in i flera veckor och jag var faktiskt ganska irriterad.'],
          ['agent', 'Då provar vi att göra det tillsammans.'],
          ['caller', 'Okej, nu är jag inne.'],
          ['agent', 'Bra, då syns beslutet under Mina ärenden.'],
          ['caller', 'Det var krångligt men nu förstår jag. Tack så mycket för hjälpen.'],
        ],
        'sv',
      ),
    ).toBe(false);
  });
  it('a neutral caller whose employer went bankrupt does not alert', () => {
    expect(
      alerts(
        [
          ['caller', 'Hej, ett år saknas i mitt pensionsbesked.'],
          ['agent', 'Det är Skatteverket som rättar inkomsten.'],
          ['caller', 'Jaha. Företaget gick i konkurs samma år.'],
          ['agent', 'Då kan de behöva lönebesked.'],
          ['caller', 'Okej, jag ringer dem. Tack.'],
        ],
        'sv',
      ),
    ).toBe(false);
  });
});
