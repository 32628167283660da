import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, texts } from './testing/drafts.js';

// Round 45, from tuning set 37 (whose statement it is, answers given as fragments, the errand after "Vad gäller det?").
// Sentences written for these tests, not from any eval set.

describe('whose personal identity number the caller read out', () => {
  it('"Can I have his personal identity number?" asks for the father\'s number: the caller did not give their own', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My father passed away on the second of May, and his pension still came into his account.',
      "agent: I'm sorry to hear that. Can I have his personal identity number?",
      'caller: [PERSONNUMMER].',
      'agent: Thank you. The May payment went out before we had the death notice, so it has to be returned.',
      'caller: Okay. Thank you.',
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/gave their personal identity number/u);
    expect(noteText(d)).toMatch(/identity number of the person the errand concerns/u);
  });

  it('a daughter told of after the number ("[PERSONNUMMER]. Min dotter brukar hjälpa mig …") does not make it hers', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, det gäller min skatt. Jag vill att ni drar mer.',
      'agent: Okej. Ditt personnummer?',
      'caller: [PERSONNUMMER]. Min dotter brukar hjälpa mig med sånt här, men hon är bortrest.',
      'agent: Jag lägger in tvåtusen extra i månaden från nästa utbetalning.',
      'caller: Tack.',
    ], '2035-05-14');
    expect(noteText(d)).toMatch(/Kunden uppgav sitt personnummer/u);
    expect(noteText(d)).not.toMatch(/den som ärendet gäller/u);
  });
});

describe('an act the caller denied of themselves, then gave to a relative', () => {
  it('"I haven\'t told his bank yet. No, wait, my sister did, last Friday." is the sister\'s act, not the caller\'s denial', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My father passed away on the second of May, and his pension still came into his account.',
      "agent: I'm sorry to hear that. The payment has to be returned.",
      "caller: Okay. I haven't told his bank yet. No, wait, my sister did, last Friday.",
      'agent: That is fine. I have sent a request to his bank to return the payment.',
      'caller: Thank you.',
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/caller has not told/u);
    expect(noteText(d)).toMatch(/The caller's sister told his bank last Friday/u);
  });

  it('in Swedish, "Jag har inte sagt till hans bank än. Nej vänta, min bror har gjort det, i måndags."', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pappa dog i förra veckan och hans pension kom ändå.',
      'agent: Jag beklagar. Pengarna måste betalas tillbaka.',
      'caller: Okej. Jag har inte sagt till hans bank än. Nej vänta, min bror har gjort det, i måndags.',
      'agent: Bra. Jag har skickat en begäran till banken om att betala tillbaka pengarna.',
      'caller: Tack.',
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/Kunden har inte sagt/u);
    expect(noteText(d)).toMatch(/Kundens bror har sagt till hans bank/u);
  });
});

describe('a statement taken back by a bare "no"', () => {
  it('"I sent that back in November. Actually... no, I didn\'t." states no sending', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. My housing supplement didn't come today. What's happened?",
      'agent: Your personal identity number, please?',
      'caller: [PERSONNUMMER].',
      "agent: Thank you. It was paused because we didn't get back the income form we sent in October.",
      "caller: I sent that back in November. Actually... no, I didn't. It's still in my handbag.",
      "agent: It happens. I'm sending you a new form today.",
      "caller: Okay. I'll post it the day it comes.",
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/November/u);
  });

  it('"Dad\'s got about sixty thousand. No... hang on. Dad says that\'s Mum\'s old account" gives the father no 60 000', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, I'm calling with my dad, he's on speaker. He's had the yearly form for his housing supplement and we're filling it in.",
      'agent: Yes, I can see his consent. How can I help?',
      "caller: It asks about savings. Dad's got about sixty thousand. No... hang on. Dad says that's Mum's old account, she passed in 2031. His is about seventy thousand.",
      "agent: Then only your father's savings go on the form, seventy thousand.",
      'caller: Great, thanks.',
    ], '2035-05-14');
    expect(noteText(d)).not.toMatch(/60 000/u);
  });
});

describe('an answer to "And …?" is written with what was asked', () => {
  it('"And at sixty-eight?" "About 10 900." is "At 68: about 10 900."; "Eight thousand two hundred. Roughly 8 200." is one line', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I'm sixty-one and I want to know what my pension would be.",
      'agent: If you stop at sixty-five, the forecast gives about nine thousand a month before tax.',
      'caller: And at sixty-eight?',
      'agent: About 10 900.',
      'caller: And last year?',
      'agent: Eight thousand two hundred. Roughly 8 200.',
      'caller: Okay, thanks.',
    ], '2035-05-14');
    const lines = texts(d, 'agentActions');
    expect(lines).toContain('At 68: about 10 900.');
    expect(lines).toContain('Last year: 8 200.');
    expect(lines).not.toContain('8 200.');
  });

  it('in Swedish, the agent\'s "Och från AMF?" answered "Tretusen ungefär." is "Från AMF: 3 000 ungefär."', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag tycker att ni drar för mycket skatt.',
      'agent: Hur mycket får du från oss före skatt?',
      'caller: Sextontusen.',
      'agent: Och från AMF?',
      'caller: Tretusen ungefär.',
      'agent: Då drar AMF troligen trettio procent på sin del.',
      'caller: Okej, tack.',
    ], '2035-05-14');
    expect(texts(d, 'callerSaid')).toContain('Från AMF: 3 000 ungefär.');
  });
});

describe('the errand after "Vad gäller det?" when the caller calls for a relative named by name', () => {
  it('"Jag ringer för min pappa, [NAMN], han har flyttat …" then "Han har bostadstillägg …": the line says the errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag ringer för min pappa, [NAMN], han har flyttat till ett servicehus i [ORT]. Jag har fullmakt sedan i fjol.',
      'agent: Ja, jag ser fullmakten. Vad gäller det?',
      'caller: Han har bostadstillägg, och nu är hyran en annan.',
      'agent: Då behöver vi det nya hyresavtalet.',
      'caller: Det skickar jag i morgon.',
    ], '2035-05-14');
    expect(errandLine(d)).toMatch(/bostadstillägg/u);
    expect(errandLine(d)).not.toMatch(/\[NAMN\]/u);
  });
});
