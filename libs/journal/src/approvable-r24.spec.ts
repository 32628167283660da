import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 24 (issue 14): self-corrections and who said what (judged tuning-21: "the reason line keeps the term the caller
// corrected", "the bank adviser's claim given as the caller's", "a denial the caller took back stated as fact").
// Sentences written for these tests, not taken from any eval set.


describe('a denial taken back at once is not stated', () => {
  it('"Jag har inte fått nåt brev. Eller... jo, det kom nåt i mars": only what stands is in the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Varför har ni ändrat min pension?',
      'agent: Det stod i beslutet vi skickade i februari.',
      'caller: Jag har inte fått något beslut. Eller... jo, förresten, det kom ett brev i mars, men jag läste det inte.',
      'agent: Okej.',
    ]);
    expect(noteText(d)).not.toMatch(/inte fått något beslut/);
    expect(noteText(d)).toMatch(/kom ett brev i mars/);
  });

  it('"I never got a letter. Oh wait, yes, there was one in April": the same in English', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. Why did my pension go down?',
      'agent: We wrote to you about it in March.',
      "caller: I never got a letter. Oh wait, yes, actually, there was one in April but I didn't open it.",
      'agent: Okay.',
    ]);
    expect(noteText(d)).not.toMatch(/never got a letter/);
    expect(noteText(d)).toMatch(/one in April/);
  });

  it('a denial not taken back stays', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har inte fått något beslut om bostadstillägg. Jo, jag skickade ansökan i mars.',
      'agent: Jag ser att den kom in.',
    ]);
    expect(noteText(d)).toMatch(/inte fått något beslut/);
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
    expect(noteText(d)).toMatch(/rådgivare på banken sa att det var myndigheten som bestämde det, att Pensionsmyndigheten flyttar/);
    expect(noteText(d)).not.toMatch(/Kunden uppger att pensionsmyndigheten flyttar/i);
  });

  it('a claim checked with "Stämmer det?" is asked about in the errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva, vad gäller det?',
      'caller: Hej, jag ringer för min pappa.',
      'agent: Okej, vad gäller det?',
      'caller: Hans granne sa att bostadstillägget slutar när man flyttar. Stämmer det?',
      'agent: Nej, det slutar inte.',
    ]);
    expect(errandLine(d)).toMatch(/granne sa att bostadstillägget slutar när man flyttar, och den som ringer undrar om det stämmer/); // (Round 61: "kunden" is the person called for, "den som ringer" the caller.)
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
    expect(noteText(d)).toMatch(/fyllde i maj/);
    expect(noteText(d)).not.toMatch(/april/);
    // The wish said in the turn is the errand, not the age.
    expect(errandLine(d)).toMatch(/behöver kunna sköta hans ärenden/);
  });

  it('"Jag vill söka bostadstillägg. Nej, bostadsbidrag, heter det så?": the benefit named next replaces the first', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva. Vad kan jag hjälpa till med?',
      'caller: Jag vill söka bostadstillägg. Nej, bostadsbidrag, heter det så?',
      'agent: Bostadsbidrag söker man hos Försäkringskassan.',
    ]);
    expect(errandLine(d)).toMatch(/söka bostadsbidrag/);
    expect(errandLine(d)).not.toMatch(/bostadstillägg/);
  });

  it('"my sickness pension stops. Not sickness... activity compensation": the same in English', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, I got a letter that my sickness pension stops. Not sickness... activity compensation, that's what it's called.",
      'agent: That is paid by Försäkringskassan.',
    ]);
    expect(errandLine(d)).toMatch(/activity compensation stops/);
    expect(errandLine(d)).not.toMatch(/sickness/);
  });

  it('a benefit said in a sentence of its own after the marker is no correction ("no, sorry, housing supplement is separate")', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, I want to apply for guarantee pension.',
      "agent: Yes. And we'll check guarantee pension and housing supplement, no, sorry, housing supplement is a separate application.",
    ]);
    expect(noteText(d)).not.toMatch(/housing supplement and housing supplement/);
  });

  it('"Ja... nej, förresten, det är öppet till juni" and "Två... nej, tre dagar" correct the answer word and the value said just before', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har börjat jobba i köket på en skola. Två... nej, tre dagar i veckan. Och i maj fick jag mindre pension.',
      'agent: Det är skatten. Är det gamla kontot stängt?',
      'caller: Ja... nej, förresten, det är öppet till sista juni.',
      'agent: Bra.',
    ]);
    expect(noteText(d)).toMatch(/på en skola/);
    expect(noteText(d)).toMatch(/i maj fick kunden mindre pension/i);
    expect(noteText(d)).toMatch(/öppet till sista juni/);
  });

  it('"Ja, fyratusen nio... nej, den gick upp i januari, det var 5 100": the correction after a value alone stands whole', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min mamma har flyttat och jag undrar om bostadstillägget ändras.',
      'agent: Och den gamla hyran var... jag ser fyratusen niohundra här.',
      'caller: Ja, fyratusen nio... nej, den gick upp i januari, det var femtusen etthundra på slutet.',
      'agent: Okej.',
    ]);
    expect(noteText(d)).toMatch(/gick upp i januari, det var 5 100/);
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
    expect(errandLine(d)).toMatch(/i maj fick kunden bara 12 600, det brukar vara 14 000 kronor,? och (?:hen|kunden) undrar varför\./);
    expect(noteText(d)).toMatch(/gick i pension förra året/);
  });

  it('"Why is that?" in English', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I retired last year and I've moved to a flat in town.",
      'agent: Okay.',
      'caller: And in May my pension was only nine thousand kronor. Why is that?',
      'agent: Your housing supplement changed.',
    ]);
    expect(errandLine(d)).toMatch(/May .*pension was only 9 000 kronor,? and (?:they|the caller) wants? to know why\./);
  });
});

