import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 41, from tuning set 36 (two errands announced without "the second is …", or marked without "two things").
// Sentences written for these tests, not from any eval set.

const errandLine = (d: ReturnType<typeof draft>) => section(d, 'reason')[0]?.text ?? '';

describe('"First, … And second, …" announces two errands without "two questions"', () => {
  it('both errands are in the line, not the death told before them', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. My husband died last month. We'd been married forty years.",
      'agent: I am so sorry. How can I help?',
      'caller: First, do I have to tell you about it? And second, my neighbour said I could get his pension.',
      'agent: We get it from the population register, so you need not report it. And you may have a right to survivor\'s pension.',
      'caller: Thank you.',
    ], '2035-03-10');
    const line = errandLine(d);
    expect(line).toMatch(/tell the agency/u);
    expect(line).toMatch(/Also: .*neighbour said .*pension/u);
  });
});

describe('"Det är två saker." with the errands said after it, the second opened by "Och så"', () => {
  it('the line is the first thing, not the story before the announcement, and the second joins it in word order', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pappa flyttade till ett äldreboende i våras. Det var i april, tror jag.',
      'agent: Okej. Vad gäller det?',
      'caller: Det är två saker. Boendet sa att han kanske kan få bostadstillägg. Och så kom det ett brev till honom om skatten, och jag förstår inte vad det betyder.',
      'agent: Bostadstillägg kan han söka. Brevet om skatten kommer från Skatteverket.',
      'caller: Okej, tack.',
    ], '2035-03-10');
    const line = errandLine(d);
    expect(line).toMatch(/bostadstillägg/u);
    expect(line).not.toMatch(/april/u);
    expect(line).toMatch(/Dessutom: Det kom ett brev/u);
  });
});

describe('a second errand asked later as "Och X, de kommer den …?"', () => {
  it('is joined as when X comes, without the day the caller guessed', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har två saker. Först, jag vill ändra min adress, jag har flyttat till Borås.',
      'agent: Det kan jag göra nu. Den nya adressen är registrerad.',
      'caller: Bra. Och decemberpengarna, de kommer den tjugonde?',
      'agent: Nej, i december kommer de den tolfte.',
      'caller: Tack.',
    ], '2035-11-20');
    const line = errandLine(d);
    expect(line).toMatch(/adress/u);
    expect(line).toMatch(/Dessutom: Kunden undrar när decemberpengarna kommer\./u);
    expect(line).not.toMatch(/tjugonde|20/u);
  });

  it('in English, "And the winter payment, when does that come?" asks when the winter payment comes', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I've got two questions. First, I want to change my address, I've moved to Leeds.",
      "agent: I've registered the new address now.",
      'caller: Great. And the winter payment, when does that come?',
      'agent: It comes on the twelfth of December.',
      'caller: Thanks.',
    ], '2035-11-20');
    const line = errandLine(d);
    expect(line).toMatch(/address/u);
    expect(line).toMatch(/Also: The caller asks when the winter payment comes\./u);
  });
});

// (A guard that passes on the old rules too: the unmarked first errand of round 41 must not pick the background.)
describe('"I have two things." followed by background, then the wish', () => {
  it('the wish is the first errand, not the background told first', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. I have two things. I've lived in Malaga for six years. I want to know if you got my life certificate.",
      'agent: Yes, it was registered last week.',
      "caller: Good. The second thing, I'd like the tax form sent to me.",
      'agent: I will post it today.',
    ], '2035-03-10');
    const line = errandLine(d);
    expect(line).toMatch(/^The caller wants to know if the agency got their life certificate/u);
    expect(line).toMatch(/Also: .*tax form/u);
  });
});
