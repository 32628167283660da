import { describe, expect, it } from 'vitest';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 53, from tuning set 45 (interpreters and consent; corrections said inside a sentence).
// Sentences written for these tests, not from any eval set.

describe('a call through an interpreter, and consent given on the line', () => {
  it('the errand line says the call went through an interpreter, in the language named, and the yes to the consent question is consent', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag är somalisk tolk. Jag har fått ett brev om bostadstillägg och förstår inte vad det betyder.',
      'agent: Får jag prata om ditt ärende med tolken med på linjen?',
      'caller: Ja, det är okej.',
      'agent: Brevet är en begäran om uppgifter om din hyra. Skicka in hyresavin.',
      'caller: Tack.',
    ]);
    expect(texts(d, 'reason').join(' ')).toMatch(/Samtalet fördes via tolk på somaliska\.$/u);
    expect(texts(d, 'callerSaid')).toContain('Kunden gav sitt samtycke till att tolken hör ärendet.');
    expect(noteText(d)).not.toMatch(/det är okej/iu);
  });

  it('English: "I am the interpreter for Tigrinya" and "Is that okay for the interpreter to hear?" "Yes."', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hello, I am the interpreter for Tigrinya. I got a letter about my pension and I do not understand it.',
      'agent: Is it okay that the interpreter hears about your pension?',
      'caller: Yes, fine.',
      'agent: The letter says your pension goes up in January.',
      'caller: Good, thank you.',
    ]);
    expect(texts(d, 'reason').join(' ')).toMatch(/The call was made through a Tigrinya interpreter\.$/u);
    expect(texts(d, 'callerSaid')).toContain('The caller consented to the interpreter hearing the case.');
    expect(noteText(d)).not.toMatch(/calling through/u);
  });

  it('a relative on the line who says yes to the consent question is written as the relative\'s consent', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      "caller: Hi, I'm calling about my father's housing supplement. He's next to me.",
      'agent: Can I have his consent to talk to you about it?',
      "caller: Dad? [father:] Yes, go ahead, my son can do it.",
      'agent: Thank you. The supplement was recalculated because his rent went up.',
      'caller: Okay, thanks.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('The customer was on the line and gave consent for the case to be discussed.'); // (Round 61: the father called for.)
    expect(noteText(d)).not.toMatch(/go ahead/u);
  });
});

describe('a value broken off and named again as a thing', () => {
  it('"…, tjugohundratio... nej förlåt, jag menar året då jag bodde i Danmark" puts the year meant in the value\'s place', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Det fattas ett år i mitt pensionsbesked, tjugohundratio... nej förlåt, jag menar året då jag bodde i Danmark.',
      'agent: Inkomster i Danmark ger pension från Danmark.',
      'caller: Jaha, tack.',
    ]);
    expect(texts(d, 'reason').join(' ')).toMatch(/ett år i kundens pensionsbesked, året då hen bodde i Danmark/u);
    expect(noteText(d)).not.toMatch(/menar|2010/u);
  });

  it('English: "…, twenty eleven... sorry, I mean the year I studied in Spain"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam.',
      'caller: Hi. One year is missing from my pension statement, twenty eleven... no, sorry, I mean the year I studied in Spain.',
      'agent: Study years give no income pension.',
      'caller: I see, thanks.',
    ]);
    expect(texts(d, 'reason').join(' ')).toMatch(/pension statement, the year they studied in Spain/u);
    expect(noteText(d)).not.toMatch(/I mean|they mean|2011/u);
  });
});
