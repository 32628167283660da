import { describe, expect, it } from 'vitest';
import { withoutSpokenStyle } from './spoken.js';
import { draft, texts } from './testing/drafts.js';

/**
 * Issue 14, sixth round, second part: topic choice and the errand line. Each mechanism is shown on
 * sentences of its kind (not on a call of a tuning set).
 */

describe('topics: each word counts once', () => {
  it('counts "hyran" once, by its longest cue, not again by "hyra"', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Jag har bostadstillägg och nu har hyran höjts.']);
    expect(d.topic.key).toBe('bostadstillägg');
    expect(d.topic.cues.filter((c) => c.segmentIndex === 1).map((c) => c.cue)).toEqual(['bostadstillägg', 'hyran']);
  });

  it('lets a death the caller tells of ("han dog") outweigh a benefit the agent offers in passing', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Min man, han dog för tre veckor sedan. Vad händer nu med hans pension?',
      'agent: Dödsfallet är registrerat hos oss. Vi utreder om du har rätt till änkepension.',
      'caller: Och om jag inte har rätt till det?',
      'agent: Då kan du ha rätt till bostadstillägg.',
      'caller: Jag vet inte hur jag ska klara hyran annars.',
    ]);
    expect(d.topic.key).toBe('efterlevandepension');
  });
});

describe('topics: the errand decides against another agency named outside it', () => {
  it('keeps our topic when the caller only works at another agency', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Hello, I am a social worker at social services in Town. My client is here with me.',
      'agent: What is it about?',
      'caller: He applied for maintenance support for the elderly in September and nothing has happened.',
      'agent: I can see the application. We need statements for his bank account abroad.',
      'caller: Okay. Meanwhile social services will have to help him, I suppose.',
    ]);
    expect(d.topic.key).toBe('garantipension');
  });

  it('still sends an errand that names the other agency’s benefit to other', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I have a question about my parental benefit, it has not been paid.',
      'agent: Parental benefit is handled by Försäkringskassan, not by us.',
    ]);
    expect(d.topic.key).toBe('other');
  });
});

describe('topics: an application said in the past names the pension applied for', () => {
  it('reads "I applied for my pension" as old-age pension, not a payment errand', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I applied for my pension in August and I have not received a single krona.',
      'agent: I can see a decision. You are granted old-age pension from October. The first payment is on the seventeenth of December.',
      'caller: So when do I get the money?',
    ]);
    expect(d.topic.key).toBe('ålderspension');
  });

  it('reads "Jag ansökte om pension" the same way', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag ansökte om pension i augusti och har inte fått några pengar.',
      'agent: Jag ser beslutet. Första utbetalningen kommer den 17 december.',
    ]);
    expect(d.topic.key).toBe('ålderspension');
  });
});

describe('the errand line as a caseworker writes it', () => {
  it('is a statement, not an exclamation', () => {
    expect(texts(draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Hej. Min pension har inte kommit den här månaden!']), 'reason')).toEqual([
      'Kundens pension har inte kommit i mars.',
    ]);
    expect(texts(draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: Hello. My pension has not arrived this month!']), 'reason')).toEqual([
      "The caller's pension has not arrived in March.",
    ]);
  });

  it('leaves the caller’s feeling said after the errand to sentiment', () => {
    expect(texts(draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: I got the orange envelope and I am very scared.']), 'reason')).toEqual([
      'The caller got the orange envelope.',
    ]);
    expect(
      texts(draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Jag har fått ett beslut om bostadstillägg och jag är så orolig.']), 'reason'),
    ).toEqual(['Kunden har fått ett beslut om bostadstillägg.']);
  });
});

describe('the errand line keeps a worry about something', () => {
  it('keeps "worried about their pension": that is the errand', () => {
    expect(texts(draft('en', ['agent: Swedish Pensions Agency, Sam.', "caller: I'm moving to Spain in June and I'm worried about my pension."]), 'reason')).toEqual([
      'The caller is moving to Spain in June and is worried about their pension.',
    ]);
  });
});

describe('spoken style: a phrase begun again and a subject said twice', () => {
  it('drops a possessive broken off and begun again with its preposition', () => {
    expect(withoutSpokenStyle('Jag har en fråga om mitt... om pensionsbeskedet.', 'sv')).toBe('Jag har en fråga om pensionsbeskedet.');
    expect(withoutSpokenStyle('Jag pratade med min, med min dotter.', 'sv')).toBe('Jag pratade med min dotter.');
    expect(withoutSpokenStyle('Pengarna är mina, de kom i går.', 'sv')).toBe('Pengarna är mina, de kom i går.');
  });

  it('names the subject once after "att", "eftersom" and "när"', () => {
    expect(withoutSpokenStyle('Jag ringer för att pensionen, den har blivit lägre.', 'sv')).toBe('Jag ringer för att pensionen har blivit lägre.');
    expect(withoutSpokenStyle('Jag ringer eftersom min pension, den har gått ner.', 'sv')).toBe('Jag ringer eftersom min pension har gått ner.');
    expect(withoutSpokenStyle('Jag vet att mamman, hon bor på ett boende nu.', 'sv')).toBe('Jag vet att mamman bor på ett boende nu.');
  });
});

describe('the errand said again with more', () => {
  it('takes the fuller sentence into the errand line', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Ja goddag. Jag är åttiotre år och jag kommer inte in. Jag kommer inte in på er sida.']);
    expect(texts(d, 'reason')).toEqual(['Kunden kommer inte in på myndighetens sida.']);
    // The age told before the errand stays a fact of its own.
    expect(texts(d, 'callerSaid')).toEqual(['Kunden är 83 år.']);
    expect(texts(draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: Hello. I cannot log in. I cannot log in to my pages since Monday.']), 'reason')).toEqual([
      'The caller cannot log in to their pages since Monday.',
    ]);
  });
});

describe('topics: the sentence that says which benefit the errand concerns', () => {
  it('reads "Återkravet gäller bostadstillägg" as the errand’s subject', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag har fått ett återkrav från er och jag förstår det inte.',
      'agent: Jag ser beslutet. Återkravet gäller bostadstillägg, för att en inkomst inte var med i beräkningen.',
      'caller: Men hur ska jag kunna betala tillbaka det?',
    ]);
    expect(d.topic.key).toBe('bostadstillägg');
  });

  it('reads "It concerns your housing supplement" the same way', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I got a letter saying I have to pay back money.',
      'agent: I can see the decision. It concerns your housing supplement for last year.',
    ]);
    expect(d.topic.key).toBe('bostadstillägg');
  });
});
