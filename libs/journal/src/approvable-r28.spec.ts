import { describe, expect, it } from 'vitest';
import { draft, errandLine, texts } from './testing/drafts.js';

// Round 28 (issue 14), from the blind tuning set tuning-25 (errands that come late): an aside or a question about the
// agency's own service asked first is no errand when the caller goes on to one. Sentences written for these tests, not
// from any eval set.

describe('an aside asked first', () => {
  it('"Jag undrar först bara, …": the errand is what the caller goes on to', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag undrar först bara, vilken dag kommer pensionen i juni?',
      'agent: Den kommer den tjugonde juni.',
      'caller: Bra. Men det var egentligen inte det jag ringde om. Jag har flyttat till en dyrare lägenhet och vill anmäla den nya hyran för bostadstillägget.',
    ], '2031-05-12');
    expect(errandLine(d)).toMatch(/hyra/);
    expect(errandLine(d)).not.toMatch(/juni/);
  });

  it('"First, can I ask, …" and "Does this call cost anything?": the errand comes after', () => {
    const first = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. First, can I ask, what's your postal address? Mine is smudged.",
      'agent: It is on the reply envelope. What would you like to send?',
      'caller: I sent my pension application last week and I wrote the wrong month. I want it to start in November, not October.',
    ], '2031-05-12');
    expect(errandLine(first)).toMatch(/November|month/);
    expect(errandLine(first)).not.toMatch(/postal address/);
    const cost = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. Does this call cost anything? I'm on my mobile.",
      'agent: Only what your operator charges.',
      'caller: Okay. My husband has moved into a care home and I want to know what happens to my housing supplement.',
    ], '2031-05-12');
    expect(errandLine(cost)).toMatch(/housing supplement|care home/);
    expect(errandLine(cost)).not.toMatch(/cost/);
  });

  it('a question about the agency\'s office asked first is no errand; alone, it still is', () => {
    const later = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Har ni kvar servicekontoret i stan?',
      'agent: Ja, det är öppet måndag till torsdag.',
      'caller: Jaha. Jag har fått ett beslut om återkrav av bostadstillägg och jag vill att det omprövas.',
    ], '2031-05-12');
    expect(errandLine(later)).toMatch(/återkrav|omprövas/);
    const alone = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Har ni kvar servicekontoret i stan?',
      'agent: Ja, det är öppet måndag till torsdag.',
      'caller: Tack, hej då.',
    ], '2031-05-12');
    expect(errandLine(alone)).toMatch(/servicekontoret/);
  });
});

describe('a payment as usual is no follow-up', () => {
  it('"Den kommer den 18 april, som vanligt" is information, not a task of the call', () => {
    const usual = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. När kommer pensionen den här månaden?',
      'agent: Den kommer fredagen den 18 april, som vanligt.',
      'caller: Tack, då vet jag.',
    ], '2031-04-08');
    expect(texts(usual, 'followUp').join(' ')).not.toMatch(/18 april/);
  });
});

describe('talk about the call goes on after its first clause', () => {
  it('"ursäkta min svenska, den är inte så bra i telefon" is no errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Eh, ursäkta min svenska, den är inte så bra i telefon. Jag kom hit från Chile 1987 och jobbade på sjukhuset.',
      'agent: Mm, okej.',
      'caller: Och nu får min väninna mer garantipension än jag. Är det fel?',
    ], '2031-05-12');
    expect(errandLine(d)).not.toMatch(/telefon/);
  });
});
