import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';
import { indirectQuestion } from './indirect.js';

// Round 27 (issue 14), from the blind tuning set tuning-24: the errand line when the agent asks for it after a story, a
// question said after a condition, and a story opened as one. Sentences written for these tests, not from any eval set.

describe('the errand asked for after a story', () => {
  it('"Vad gäller samtalet?": the answer is the errand, not the story before it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Ja, det är så här att jag bor i en trea i Borlänge och min bror, han är sjuttioåtta, och han har varit sjuk i vintras, och hans dotter har sagt att han måste byta bank.',
      'agent: Vad gäller samtalet, är det din pension eller hans?',
      'caller: Det är för hans skull. Kan man byta konto för pensionen på telefon?',
    ], '2030-02-04');
    expect(errandLine(d)).toMatch(/byta konto/);
    expect(errandLine(d)).not.toMatch(/trea|sjuk i vintras/);
  });

  it('"Vad vill du veta?" answered with a question outweighs "jag har en fråga om …" said before a story', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har en fråga om... alltså min son bor i Spanien sen tre år, han har ett kafé där och det går bra.',
      'agent: Vad vill du veta?',
      'caller: Om jag flyttar dit, får jag behålla garantipensionen då?',
    ], '2030-02-04');
    expect(errandLine(d)).toMatch(/undrar om hen får behålla garantipensionen om hen flyttar dit/);
  });

  it('"It\'s a bit complicated": talk about the call is no errand', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I'm calling about survivor's pension, it's a bit complicated. My neighbour's husband died last week.",
      'agent: I am sorry to hear that.',
      'caller: She wants to know if she can get any of his pension.',
    ], '2030-02-04');
    expect(errandLine(d)).not.toMatch(/complicated/);
  });

  it('a call for a parent: what happened and the question asked after it, once', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, I'm calling for my mother.",
      'agent: How can I help?',
      'caller: She moved into a care home in March. She has housing supplement. So, what does she need to do now?',
    ], '2030-02-04');
    expect(errandLine(d)).toMatch(/care home in March and asks what she needs to do/);
    expect(errandLine(d).match(/needs to do/g)?.length).toBe(1);
  });
});

describe('a question said after its condition', () => {
  it('the condition goes after the question it conditions', () => {
    expect(indirectQuestion('Om vi skulle gifta oss, vad händer med min garantipension då?', 'sv')).toBe('vad som händer med min garantipension om vi skulle gifta oss');
    expect(indirectQuestion('If I moved to Spain, would I keep my pension?', 'en')).toBe('whether I would keep my pension if I moved to Spain');
    // (A condition with commas of its own, and a word broken off before it.)
    expect(indirectQuestion('Öh... om jag går ner i tid, till halvtid kanske, kan man då ta ut halva pensionen?', 'sv')).toBe('om man kan ta ut halva pensionen om jag går ner i tid, till halvtid kanske');
  });

  it('the errand line reports it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Om jag skulle flytta till Norge, får jag behålla bostadstillägget då?',
    ], '2030-02-04');
    expect(errandLine(d)).toMatch(/^Kunden undrar om hen får behålla bostadstillägget om hen skulle flytta till Norge/);
  });
});

describe('a figure the agent gives otherwise from the records', () => {
  it('"About nineteen hundred a month." "One thousand eight hundred and sixty.": the caller\'s figure is not a fact of the note', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I'm moving to Denmark in May and I want to know what happens with my pension.",
      'agent: Do you have housing supplement?',
      'caller: Yes, about nineteen hundred a month.',
      'agent: One thousand eight hundred and sixty. The housing supplement stops when you move abroad.',
    ], '2030-02-04');
    expect(noteText(d)).not.toMatch(/1 900/);
    expect(noteText(d)).toMatch(/1 860/);
  });

  it('a turn with several figures, one corrected, keeps its facts; a figure the agent does not give otherwise stays', () => {
    const several = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Hyran har gått upp och jag har bostadstillägg.',
      'agent: Vad är hyran nu?',
      'caller: Den är sjutusen femhundraåttio. Förut var den sjutusen tvåhundra.',
      'agent: Sjutusen femhundraåttio från första januari. Då behöver vi en kopia på hyresavin.',
    ], '2030-02-04');
    expect(noteText(several)).toMatch(/7 200/);
    const same = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My guarantee pension is two thousand one hundred and I want to know if it goes up.',
      'agent: Two thousand one hundred, yes. It goes up in January.',
    ], '2030-02-04');
    expect(noteText(same)).toMatch(/2 100/);
  });

  it('"Det kan jag inte säga säkert": the caller\'s claim the agent will not confirm is not a fact', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Börsen har rasat och jag har min premiepension i fonder.',
      'agent: Vill du att jag tittar på dem?',
      'caller: Ja tack. Då har jag ju förlorat nästan femtio tusen!',
      'agent: Det kan jag inte säga säkert, värdet går upp och ner med börsen.',
    ], '2030-02-04');
    expect(noteText(d)).not.toMatch(/förlorat/);
  });
});
