import { describe, expect, it } from 'vitest';
import { draft } from './testing/drafts.js';

// Round 24 (issue 14): self-corrections and who said what (judged tuning-21: "the reason line keeps the term the caller
// corrected", "the bank adviser's claim given as the caller's", "a denial the caller took back stated as fact").
// Sentences written for these tests, not taken from any eval set.

const errandOf = (d: ReturnType<typeof draft>) => d.sections.find((s) => s.key === 'reason')!.sentences.map((s) => s.text).join(' ');
const noteOf = (d: ReturnType<typeof draft>) => d.sections.flatMap((s) => s.sentences.map((x) => x.text)).join('\n');

describe('a denial taken back at once is not stated', () => {
  it('"Jag har inte fått nåt brev. Eller... jo, det kom nåt i mars": only what stands is in the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Varför har ni ändrat min pension?',
      'agent: Det stod i beslutet vi skickade i februari.',
      'caller: Jag har inte fått något beslut. Eller... jo, förresten, det kom ett brev i mars, men jag läste det inte.',
      'agent: Okej.',
    ]);
    expect(noteOf(d)).not.toMatch(/inte fått något beslut/);
    expect(noteOf(d)).toMatch(/kom ett brev i mars/);
  });

  it('"I never got a letter. Oh wait, yes, there was one in April": the same in English', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. Why did my pension go down?',
      'agent: We wrote to you about it in March.',
      "caller: I never got a letter. Oh wait, yes, actually, there was one in April but I didn't open it.",
      'agent: Okay.',
    ]);
    expect(noteOf(d)).not.toMatch(/never got a letter/);
    expect(noteOf(d)).toMatch(/one in April/);
  });

  it('a denial not taken back stays', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har inte fått något beslut om bostadstillägg. Jo, jag skickade ansökan i mars.',
      'agent: Jag ser att den kom in.',
    ]);
    expect(noteOf(d)).toMatch(/inte fått något beslut/);
  });
});

describe('what someone else claimed stays theirs', () => {
  it('"Min rådgivare sa att … . Att ni flyttar pengar hur som helst.": the that-clause goes on with the adviser\'s claim', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill veta varför min premiepension har flyttats.',
      'agent: Fonden lades ner av fondbolaget.',
      'caller: Men min rådgivare på banken sa att det var ni som bestämde det. Att Pensionsmyndigheten flyttar folks pengar hur som helst.',
      'agent: Nej, det var fondbolaget.',
    ]);
    expect(noteOf(d)).toMatch(/rådgivare på banken sa att det var myndigheten som bestämde det, att Pensionsmyndigheten flyttar/);
    expect(noteOf(d)).not.toMatch(/Kunden uppger att pensionsmyndigheten flyttar/i);
  });

  it('a claim checked with "Stämmer det?" is asked about in the errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva, vad gäller det?',
      'caller: Hej, jag ringer för min pappa.',
      'agent: Okej, vad gäller det?',
      'caller: Hans granne sa att bostadstillägget slutar när man flyttar. Stämmer det?',
      'agent: Nej, det slutar inte.',
    ]);
    expect(errandOf(d)).toMatch(/granne sa att bostadstillägget slutar när man flyttar, och hen undrar om det stämmer/);
  });
});

describe('a value or a term corrected later in the call', () => {
  it('"Jag sa att han fyllde i april, men det var i maj": the month is corrected where it was said', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer om min pappa. Han är åttioåtta, han fyllde i april. Han glömmer saker, och jag behöver kunna sköta hans ärenden.',
      'agent: Då behöver du en fullmakt. Jag skickar en blankett.',
      'caller: Bra. Och jag sa att han fyllde i april, men det var i maj.',
      'agent: Okej.',
    ]);
    expect(noteOf(d)).toMatch(/fyllde i maj/);
    expect(noteOf(d)).not.toMatch(/april/);
    // The wish said in the turn is the errand, not the age.
    expect(errandOf(d)).toMatch(/behöver kunna sköta hans ärenden/);
  });

  it('"Jag vill söka bostadstillägg. Nej, bostadsbidrag, heter det så?": the benefit named next replaces the first', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva. Vad kan jag hjälpa till med?',
      'caller: Jag vill söka bostadstillägg. Nej, bostadsbidrag, heter det så?',
      'agent: Bostadsbidrag söker man hos Försäkringskassan.',
    ]);
    expect(errandOf(d)).toMatch(/söka bostadsbidrag/);
    expect(errandOf(d)).not.toMatch(/bostadstillägg/);
  });

  it('"my sickness pension stops. Not sickness... activity compensation": the same in English', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, I got a letter that my sickness pension stops. Not sickness... activity compensation, that's what it's called.",
      'agent: That is paid by Försäkringskassan.',
    ]);
    expect(errandOf(d)).toMatch(/activity compensation stops/);
    expect(errandOf(d)).not.toMatch(/sickness/);
  });

  it('a benefit said in a sentence of its own after the marker is no correction ("no, sorry, housing supplement is separate")', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, I want to apply for guarantee pension.',
      "agent: Yes. And we'll check guarantee pension and housing supplement, no, sorry, housing supplement is a separate application.",
    ]);
    expect(noteOf(d)).not.toMatch(/housing supplement and housing supplement/);
  });

  it('"Ja... nej, förresten, det är öppet till juni" and "Två... nej, tre dagar" correct the answer word and the value said just before', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har börjat jobba i köket på en skola. Två... nej, tre dagar i veckan. Och i maj fick jag mindre pension.',
      'agent: Det är skatten. Är det gamla kontot stängt?',
      'caller: Ja... nej, förresten, det är öppet till sista juni.',
      'agent: Bra.',
    ]);
    expect(noteOf(d)).toMatch(/på en skola/);
    expect(noteOf(d)).toMatch(/i maj fick kunden mindre pension/i);
    expect(noteOf(d)).toMatch(/öppet till sista juni/);
  });
});

describe('a bare "why?" asked in a later turn is the errand', () => {
  it('"… Och nu i maj fick jag bara 12 600. Det brukar vara över 14 000. Varför det?" after a story of the caller\'s work', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag gick i pension förra året, men nu jobbar jag lite igen i ett kök.',
      'agent: Okej?',
      'caller: Och nu i maj fick jag bara tolvtusen sexhundra. Det brukar vara fjortontusen kronor. Varför det?',
      'agent: Du begärde ett extra skatteavdrag i april.',
    ]);
    expect(errandOf(d)).toMatch(/i maj fick kunden bara 12 600, det brukar vara 14 000 kronor,? och (?:hen|kunden) undrar varför\./);
    expect(noteOf(d)).toMatch(/gick i pension förra året/);
  });

  it('"Why is that?" in English', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I retired last year and I've moved to a flat in town.",
      'agent: Okay.',
      'caller: And in May my pension was only nine thousand kronor. Why is that?',
      'agent: Your housing supplement changed.',
    ]);
    expect(errandOf(d)).toMatch(/May .*pension was only 9 000 kronor,? and (?:they|the caller) wants? to know why\./);
  });
});

