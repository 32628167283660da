import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { utterancesOf } from './text.js';
import { draft, noteText } from './testing/drafts.js';

// Round 30 (issue 14), from the blind tuning set tuning-27 (false statements; its first run in
// tuning-27.before-round-30.txt): a number corrected with "nej vad säger jag", a count said again without a marker, a
// number corrected after the same noun, a corrected number said again with its date, and an offer the caller declined.
// Sentences written for these tests, not from any eval set.

const said = (language: 'sv' | 'en', line: string) =>
  statementsOf(utterancesOf([{ index: 0, speaker: 'caller', text: line }], language), language).map((s) => s.text);

describe('corrections that left both numbers in the note', () => {
  it('"nej vad säger jag", "no, what am I saying": the number after it stands', () => {
    expect(said('sv', 'Och jag har bott här i fyrtiotvå år, nej vad säger jag, fyrtiotre.')).toEqual(['Och jag har bott här i fyrtiotre år.']);
    expect(said('en', "I've been a widow for nine years, no, what am I saying, ten.")).toEqual(["I've been a widow for ten years."]);
  });

  it('"i tjugoåtta år, trettio.": a count said again closing the sentence is the count; "tre, fyra veckor" is a guess', () => {
    expect(said('sv', 'Vi bodde i Norge i tjugoåtta år, trettio.')).toEqual(['Vi bodde i Norge i trettio år.']);
    expect(said('en', 'I worked there for sixteen years, eighteen.')).toEqual(['I worked there for eighteen years.']);
    expect(said('sv', 'Det tog tre, fyra veckor.')).toEqual(['Det tog tre, fyra veckor.']);
  });

  it('"på rad två, nej, rad fem": the same noun said again with another number corrects the number', () => {
    expect(said('sv', 'Det står på rad två, nej, rad fem, där ska jag skriva kontot.')).toEqual(['Det står på rad fem, där ska jag skriva kontot.']);
  });

  it('a corrected age said again with its month is the corrected age, once', () => {
    expect(said('en', 'I turn sixty-seven in May, no, sixty-six. Sixty-six in May.')).toEqual(['I turn sixty-six in May.']);
  });
});

describe('an offer the caller declines', () => {
  it('is written as declined, not as what the agent does or can do', () => {
    const sv = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag undrar varför min pension blev lägre i år.',
      'agent: Det beror på att inkomstindex blev lägre, så alla fick lite mindre i januari.',
      'caller: Jaha. Så det är inget fel på min?',
      'agent: Nej, det är rätt räknat. Jag kan skicka en beräkning av din pension i dag, om du vill.',
      'caller: Nej, strunta i det, jag läser inga papper.',
      'agent: Okej.',
    ], '2031-06-10'));
    expect(sv).toMatch(/Kunden tackade nej till en beräkning/);
    expect(sv).not.toMatch(/Handläggaren (?:kan skicka|skickar) en beräkning/);
    const en = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, my pension went down this year and I want to know why.',
      'agent: It is because the income index fell, so everyone got a little less in January.',
      'caller: Right. So nothing is wrong with mine?',
      'agent: No, it is calculated correctly. I can send you a breakdown of your pension today if you like.',
      "caller: No, don't bother, I won't read it.",
      'agent: Alright.',
    ], '2031-06-10'));
    expect(en).toMatch(/The caller declined a breakdown/);
    expect(en).not.toMatch(/The agent (?:can send|will send) the caller a breakdown/);
  });

  it('an offer taken stays what the agent does; another way said beside a declined offer stays', () => {
    const taken = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag undrar varför min pension blev lägre i år.',
      'agent: Det beror på att inkomstindex blev lägre. Jag kan skicka en beräkning av din pension, om du vill.',
      'caller: Ja tack, gör det.',
    ], '2031-06-10'));
    expect(taken).not.toMatch(/tackade nej/);
    const other = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hur byter jag fonder?',
      'agent: Du kan byta på Mina sidor, eller så kan jag skicka en blankett.',
      'caller: Nej, jag tar det på nätet.',
    ], '2031-06-10'));
    expect(other).toMatch(/Mina sidor/);
  });
});
