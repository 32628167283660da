import { describe, expect, it } from 'vitest';
import { toThirdPerson } from './register.js';
import { draft, section, texts } from './testing/drafts.js';

// Round 11 (issue 14, from journal tuning-11): the errand named as the real one after a ramble, a greeting
// with fillers, the benefit named in the errand line, and English verbs already in the third person.
// Sentences written for these tests, not taken from any eval set.
const reason = (d: ReturnType<typeof draft>) => texts(d, 'reason').join(' ');

describe('the errand said as the real one after a ramble', () => {
  it('"det jag egentligen undrar är …" is the errand line, as a reported question', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Sam.',
      'caller: Hej, jag har precis kommit hem från min syster, hon har flyttat till ett nytt hus.',
      'agent: Jaha.',
      'caller: Men det jag egentligen undrar, det är när jag kan börja ta ut pensionen?',
      'agent: Du kan börja ta ut den från 63 år.',
    ]);
    expect(reason(d)).toMatch(/undrar när (?:hen|kunden) kan börja ta ut pensionen\./u);
    expect(reason(d)).not.toMatch(/syster/u);
  });
  it('"My question is whether …" too', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      "caller: Hi. I'm in Lisbon, I've lived here since 2010. My question is whether I have to pay Swedish tax on my pension.",
      'agent: Yes, we deduct SINK from it.',
    ]);
    expect(reason(d)).toMatch(/wants to know whether they have to pay Swedish tax/u);
  });
});

describe('a greeting with fillers', () => {
  it('is no errand line', () => {
    const d = draft('en', [
      'agent: Swedish Social Insurance Agency, Sam.',
      "caller: Hi, yes, eh, good afternoon. So I'm from Ghana, I work at a warehouse.",
      'agent: Okay, which days?',
      'caller: Parental days. I want to take the days in December.',
    ]);
    expect(reason(d)).not.toMatch(/afternoon/iu);
    expect(reason(d)).toMatch(/days in December/u);
  });
});

describe('the errand line names the benefit', () => {
  it('when the caller only says "pensionen" and the topic is a benefit of its own', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Sam.',
      'caller: Hej, jag tycker att pensionen är alldeles för låg.',
      'agent: Du har garantipension, och garantipensionen beror på hur många år du har bott i Sverige.',
      'caller: Jag har bott här i tjugo år.',
    ]);
    expect(reason(d)).toMatch(/^Kunden ringer om garantipension: /u);
  });
});

describe('an English verb already in the third person', () => {
  it('stays as it is when "you" becomes "the caller" (an interpreter\'s "he applies" read as "you applies")', () => {
    expect(toThirdPerson('All of that is assessed when you applies.', 'agent', 'en')).toBe('All of that is assessed when the caller applies.');
    expect(toThirdPerson('When you wishes to move, call us.', 'agent', 'en')).toMatch(/^When the caller wishes to move/u);
  });
});

describe("a storyteller's opener", () => {
  it('"nu ska du få höra" is left out, never written as said of the agency', () => {
    expect(toThirdPerson('Nu ska du få höra, jag har precis kommit hem från min dotter.', 'caller', 'sv')).toBe('Kunden har precis kommit hem från sin dotter.');
    expect(toThirdPerson('You know what, I sent it twice.', 'caller', 'en')).toBe('The caller sent it twice.');
  });
});

describe('a task dated before the call', () => {
  it('is no follow-up, and is not written as one anywhere', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Sam.',
        'caller: Jag har fortfarande inte fått något beslut om garantipensionen. Förra gången sa de att någon skulle ringa mig.',
        'agent: Jag beklagar. Jag ser ansökan här, den kom in den 12 juli.',
        'agent: Jag ringer dig på fredag när jag har pratat med handläggaren.',
      ],
      '2026-11-04',
    );
    const followUps = section(d, 'followUp');
    expect(followUps.every((f) => (f.followUp?.dueDate ?? '9999') >= '2026-11-04')).toBe(true);
    expect(followUps.some((f) => f.followUp?.dueDate === '2026-11-06')).toBe(true);
  });
});
