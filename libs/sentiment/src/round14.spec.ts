import { describe, expect, it } from 'vitest';
import { scoreCall } from './call.js';
import { scoreUtterance } from './utterance.js';

// Round 14 (issue 14, from journal tuning-50 to 52's angry calls that did not alert): sentences written for these
// tests, each fix against an opposite that must not change.

const label = (text: string, language: 'sv' | 'en') => scoreUtterance(text, language).label;
const complains = (text: string, language: 'sv' | 'en') => scoreUtterance(text, language).complaints.length > 0;

describe('round 14: a broken norm told as a complaint', () => {
  it('"it should not be my responsibility", "it should have been clearer" complain', () => {
    expect(label('Det ska inte vara mitt ansvar att ringa runt till alla läkare.', 'sv')).toBe('negative');
    expect(label('That should not be my responsibility, to chase the hospital for forms.', 'en')).toBe('negative');
    expect(label('The letter should have been much clearer.', 'en')).toBe('negative');
  });
  it('but a question about it, or a norm that is kept, does not', () => {
    expect(label('Borde det stå tydligare i ansökan?', 'sv')).not.toBe('negative');
    expect(label('Should it be clearer in the form?', 'en')).not.toBe('negative');
    expect(complains('Det är mitt ansvar att skicka intyget.', 'sv')).toBe(false);
  });
});

describe('round 14: the agency’s work called poor', () => {
  it('"poorly explained", "slarvigt skött" complain', () => {
    // Negative already by its words; now a complaint too, so that it stands until the caller makes peace.
    expect(complains('The form is poorly explained on the site.', 'en')).toBe(true);
    expect(complains('Ärendet har varit slarvigt skött från början.', 'sv')).toBe(true);
  });
});

describe('round 14: unfairness and dissatisfaction said plainly, a warning in a demand', () => {
  it('a closing "that is not fair", "I am not pleased with", "it had better", a wait called long enough', () => {
    expect(label('Detta är verkligen inte rimligt.', 'sv')).toBe('negative');
    expect(label('Jag är inte alls nöjd med handläggningen.', 'sv')).toBe('negative');
    expect(label("I'm not pleased with how this was handled.", 'en')).toBe('negative');
    expect(label('It had better come this time.', 'en')).toBe('negative');
    expect(label("I have waited far too long already.", 'en')).toBe('negative');
  });
  it('but "not fair" that goes on about something else, and "had better than" stay as they were', () => {
    expect(complains('Det är inte rättvist att jämföra, det förstår jag.', 'sv')).toBe(false);
    expect(label('We had better weather than expected in June.', 'en')).not.toBe('negative');
  });
});

describe('round 14: praise standing alone before a cost is sarcasm', () => {
  it('"Perfect. So we pay twice.", "Toppen. Så jag får betala dubbelt."', () => {
    expect(label("Perfect. So we pay twice for the same month.", 'en')).toBe('negative');
    expect(label('Toppen. Så jag får betala dubbelt för samma månad.', 'sv')).toBe('negative');
  });
  it('but thanks with it is thanks', () => {
    expect(label('Perfect, thank you so much. I will not get any late fees then.', 'en')).toBe('positive');
  });
});

describe('round 14: a sentence conceded before "Men …" / "But …"', () => {
  it('weighs as the clause before "but": the complaint after it decides', () => {
    expect(label('Det är ju bra. Men ingen förklarade något för mig.', 'sv')).toBe('negative');
    expect(label('Fine, that is good. But nobody told me that the form had changed.', 'en')).toBe('negative');
  });
  it('and praise followed by a mild "but" stays praise', () => {
    expect(label('Det var jättebra, tack så mycket. Men en sak till om adressen.', 'sv')).toBe('positive');
  });
});

// A whole call: the caller's end is what alerts.
const callEnd = (lines: ['agent' | 'caller', string][], language: 'sv' | 'en') =>
  scoreCall({ language, source: 'sidecar', segments: lines.map(([speaker, text], index) => ({ index, speaker, text })) }).caller?.end ?? 0;

describe('round 14: a mild closing complaint keeps the anger before it standing', () => {
  const angry: ['agent' | 'caller', string][] = [
    ['caller', 'Hej, jag ringer om min ansökan om bostadsbidrag.'],
    ['agent', 'Jag ser den här.'],
    ['caller', 'Jag har fått två olika besked av er.'],
    ['agent', 'Jag förstår, det beklagar jag.'],
    ['caller', 'Det här har blivit väldigt dåligt för mig och min familj.'],
    ['agent', 'Beslutet kommer inom två veckor.'],
    ['caller', 'Okej. Men någon borde ha sagt något.'],
  ];
  it('the end is no milder than the anger said before the complaint', () => {
    const anger = scoreUtterance('Det här har blivit väldigt dåligt för mig och min familj.', 'sv').score;
    expect(callEnd(angry, 'sv')).toBeLessThanOrEqual(anger);
  });
  it('but peace made after the anger still ends it', () => {
    const calm: ['agent' | 'caller', string][] = [
      ...angry.slice(0, 6),
      ['caller', 'Vad skönt att höra, tack så mycket för hjälpen!'],
    ];
    expect(callEnd(calm, 'sv')).toBeGreaterThan(0);
  });
});
