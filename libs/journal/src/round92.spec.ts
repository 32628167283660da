import { describe, expect, it } from 'vitest';
import { inDigits } from './numbers.js';
import { draft, noteText } from './testing/drafts.js';

// Drafting round 92 (calls-tuning-82). Sentences written for these tests, not from the set. Every test not marked "guard"
// failed before its fix.

describe('inDigits reads a lone digit word after the thousands as the hundreds, as Swedes say amounts', () => {
  it('"tolvtusen sex" is 12 600', () => {
    expect(inDigits('Hon får tolvtusen sex i pension.', 'sv')).toBe('Hon får 12 600 i pension.');
  });
  it('"trettiotusen fyra" is 30 400', () => {
    expect(inDigits('Skulden är trettiotusen fyra nu.', 'sv')).toBe('Skulden är 30 400 nu.');
  });
  it('"femtusen två och fyrtio" is 5 240', () => {
    expect(inDigits('Hyran blev femtusen två och fyrtio.', 'sv')).toBe('Hyran blev 5 240.');
  });
  it('"tusen sju i månaden" is 1 700', () => {
    expect(inDigits('Avdraget är tusen sju i månaden.', 'sv')).toBe('Avdraget är 1 700 i månaden.');
  });
  it('"tvåtusen sex kronor" is an amount, 2 600', () => {
    expect(inDigits('Jag betalade tvåtusen sex kronor.', 'sv')).toBe('Jag betalade 2 600 kronor.');
  });
  it('guard: "tvåtusen sex" as a year stays 2006', () => {
    expect(inDigits('Vi flyttade hit tvåtusen sex.', 'sv')).toBe('Vi flyttade hit 2006.');
  });
  it('guard: "tolvtusen sexhundra" and "tolvtusen och sex" are said whole', () => {
    expect(inDigits('Hon får tolvtusen sexhundra.', 'sv')).toBe('Hon får 12 600.');
    expect(inDigits('Hon får tolvtusen och sex.', 'sv')).not.toMatch(/12 600/u);
  });
  it('guard: "tusen en gång" keeps its article', () => {
    expect(inDigits('Jag har ringt tusen en gång.', 'sv')).toBe('Jag har ringt 1 000 en gång.');
  });
  it('"femtusen tre och sju" is the hundreds, and no tens after them', () => {
    expect(inDigits('Det var femtusen tre och sju personer.', 'sv')).toBe('Det var 5 300 och sju personer.');
  });
});

describe("a genitive before the number asked for makes it someone else's", () => {
  const call = (language: 'sv' | 'en', lines: string[]) => noteText(draft(language, lines));

  it('"den avlidnes personnummer" is not the caller\'s own', () => {
    const text = call('sv', [
      'agent: Pensionsmyndigheten, hur kan jag hjälpa dig?',
      'caller: Jag ringer om efterlevandepension, jag är förvaltare av dödsboet.',
      'agent: Kan jag få den avlidnes personnummer?',
      'caller: Ja, [PERSONNUMMER].',
      'agent: Tack, jag ser att dödsfallet är registrerat och att pensionen har stoppats.',
    ]);
    expect(text).not.toMatch(/uppgav sitt personnummer/u);
  });

  it('"your tenant\'s personal identity number" is not the caller\'s own', () => {
    const text = call('en', [
      'agent: Pensions Agency, how can I help?',
      'caller: I am calling about housing supplement for a tenant I help.',
      "agent: Could I have your tenant's personal identity number?",
      'caller: Yes, [PERSONNUMMER].',
      'agent: Thank you, I can see the application is being processed.',
    ]);
    expect(text).not.toMatch(/gave their personal identity number/u);
  });

  it('guard: "ditt personnummer" is the caller\'s own', () => {
    const text = call('sv', [
      'agent: Pensionsmyndigheten, hur kan jag hjälpa dig?',
      'caller: Jag undrar när min pension betalas ut.',
      'agent: Kan jag få ditt personnummer?',
      'caller: Ja, [PERSONNUMMER].',
      'agent: Tack, den betalas ut den artonde.',
    ]);
    expect(text).toMatch(/Kunden uppgav sitt personnummer/u);
  });
});

describe('a mistake owned right after a correction explains it; the next sentence is no second correction', () => {
  const letter = (language: 'sv' | 'en', turn: string) =>
    noteText(
      draft(
        language,
        language === 'sv'
          ? ['agent: Pensionsmyndigheten.', 'caller: Jag har fått beslutet om bostadstillägg.', 'agent: Vad står det i det?', `caller: ${turn}`, 'agent: Jag ser samma sak.']
          : ['agent: Pensions Agency.', 'caller: I got the decision on housing supplement.', 'agent: What does it say?', `caller: ${turn}`, 'agent: I see the same.'],
      ),
    );

  it('"Nej vänta, tvåtusen fyrahundra. Jag tittade på fel rad. Men förra året fick jag tvåtusen sexhundra." keeps 2 400 as now', () => {
    const text = letter('sv', 'Att jag får tvåtusen etthundra kronor. Nej vänta, tvåtusen fyrahundra kronor. Jag tittade på fel rad. Men förra året fick jag tvåtusen sexhundra kronor.');
    expect(text).toMatch(/får 2 400 kronor/u);
    expect(text).not.toMatch(/får 2 600/u);
  });

  it('"No wait, 2 400. I misread it. But last year I got 2 600." keeps 2 400 as now', () => {
    const text = letter('en', 'That I get two thousand one hundred kronor. No wait, two thousand four hundred kronor. I misread it. But last year I got two thousand six hundred kronor.');
    expect(text).toMatch(/get 2 400 kronor/u);
    expect(text).not.toMatch(/get 2 600/u);
  });

  it('guard: "Jag läste fel." alone after a value still makes the next sentence its correction', () => {
    const text = letter('sv', 'Att jag får tvåtusen etthundra kronor. Jag läste fel. Tvåtusen fyrahundra kronor.');
    expect(text).toMatch(/2 400 kronor/u);
    expect(text).not.toMatch(/2 100/u);
  });
});

// The short re-read after round 92 (the lead): what the round's two number rules missed or overreached.
describe('after round 92\'s re-read: a name before the number, counts after the thousands', () => {
  const call = (language: 'sv' | 'en', lines: string[]) => noteText(draft(language, lines));
  it('"Kan jag få [NAMN] personnummer?": the name\'s genitive lost to the redaction, the number is someone else\'s', () => {
    const text = call('sv', [
      'agent: Pensionsmyndigheten, hur kan jag hjälpa dig?',
      'caller: Jag ringer om bostadstillägget, beslutet kom i går.',
      'agent: Kan jag få [NAMN] personnummer?',
      'caller: Ja, [PERSONNUMMER].',
      'agent: Tack, jag ser att ansökan har kommit in.',
    ]);
    expect(text).not.toMatch(/uppgav sitt personnummer/u);
    const en = call('en', [
      'agent: Pensions Agency, how can I help?',
      "caller: I'm calling about the housing supplement decision.",
      'agent: Could I have [NAMN] personal identity number?',
      'caller: Yes, [PERSONNUMMER].',
      'agent: Thank you, I can see the decision was sent.',
    ]);
    expect(en).not.toMatch(/gave their personal identity number/u);
  });
  it('a digit word after the thousands before a count\'s or a time\'s noun is no hundreds', () => {
    expect(inDigits('Hon får det elvatusen sex månader till.', 'sv')).not.toMatch(/11 600/u);
    expect(inDigits('Det har hänt femtusen två gånger.', 'sv')).not.toMatch(/5 200/u);
    expect(inDigits('Det är femtusen tre och femtio öre.', 'sv')).not.toMatch(/5 350/u);
  });
  it('guard: an amount said with its hundreds before "kronor" or the end', () => {
    expect(inDigits('Hyran är elvatusen åtta kronor.', 'sv')).toBe('Hyran är 11 800 kronor.');
    expect(inDigits('Det blir sjutusen tre och femtio.', 'sv')).toBe('Det blir 7 350.');
  });
});
