import { describe, expect, it } from 'vitest';
import { indirectQuestion } from './indirect.js';
import { draft, section } from './testing/drafts.js';

// Round 40, from tuning set 35 (the errand said late, as two questions, topic words in plain speech).
// Sentences written for these tests, not from any eval set.

const errandLine = (d: ReturnType<typeof draft>) => section(d, 'reason')[0]?.text ?? '';

describe('errands announced as "quick ones" / "snabba frågor", the first said after the caller\'s age', () => {
  it('the first question is the errand line, not the age told before it, and the second joins it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. Two quick ones, hopefully. I'm seventy. First, when is my pension paid in June? And second, can I change the tax on it?",
      'agent: It is paid on the eighteenth of June. And yes, you can change the tax on My pages.',
      'caller: Great, thanks.',
    ], '2035-06-04');
    const line = errandLine(d);
    expect(line).toMatch(/^The caller asks when/u);
    expect(line).not.toMatch(/^The caller is 70/u);
    expect(line).toMatch(/tax/u);
  });

  it('in Swedish, "Ett par snabba frågor. … Först, … Och för det andra, …"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Ett par snabba frågor bara. Jag är sextioåtta. Först, när kommer pensionen i juni? Och för det andra, kan jag ändra skatten?',
      'agent: Den kommer den artonde juni. Och skatten kan du ändra på Mina sidor.',
      'caller: Toppen, tack.',
    ], '2035-06-04');
    const line = errandLine(d);
    expect(line).toMatch(/^Kunden undrar när/u);
    expect(line).toMatch(/skatt/u);
    expect(line).not.toMatch(/snabba frågor/u);
  });
});

describe('a question word with "\'s" is reported as a clause', () => {
  it('"What\'s", "When\'s" are the question word and "is"', () => {
    expect(indirectQuestion("When's my money coming?", 'en')).toBe('when my money is coming');
    expect(indirectQuestion("What's the earliest I can retire?", 'en')).toBe('what the earliest is that I can retire');
  });
  it('joins no "that" where no clause of its own follows', () => {
    expect(indirectQuestion('What is the problem there?', 'en')).not.toMatch(/that/u);
    expect(indirectQuestion('What is the earliest we can apply?', 'en')).toBe('what the earliest is that we can apply');
  });
});

describe('guarantee pension named in plain speech', () => {
  it('"the top-up … didn\'t earn much" is guarantee pension', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I get the top-up, because I didn't earn much when I worked. Will it go up next year?",
      'agent: It follows the price base amount, so it usually goes up a little in January.',
      'caller: Good to know, thank you.',
    ], '2035-06-04');
    expect(d.topic.key).toBe('garantipension');
  });
  it('"påfyllnaden … inte tjänat så mycket" is garantipension', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag får ju påfyllnaden, jag har inte tjänat så mycket. Blir den högre nästa år?',
      'agent: Den följer prisbasbeloppet, så den brukar höjas lite i januari.',
      'caller: Vad bra, tack.',
    ], '2035-06-04');
    expect(d.topic.key).toBe('garantipension');
  });
});
