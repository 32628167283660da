import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, texts } from './testing/drafts.js';

// Round 57, from tuning set 49 (key facts by weight; corrections, relatives, Försäkringskassan errands).
// Sentences written for these tests, not from any eval set. Call date Monday 9 March 2026.

describe('who a statement is about', () => {
  it('a relative on the line saying "min son" does not make "Han" the caller\'s son', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min pappa. Han sitter här bredvid.',
      'agent: Då behöver jag höra från din pappa att det går bra att vi pratar om hans ärende.',
      'caller: [pappa:] Ja, det går bra, min son får prata för mig.',
      'agent: Tack. Vad gäller det?',
      'caller: Pappa sökte bostadstillägg i maj men har inte fått svar. Han fyller sjuttio i juni.',
      'agent: Jag ser ansökan. Den saknar hyresavtalet, så vi kan inte fatta beslut.',
      'caller: Okej, tack.',
    ]);
    expect(noteText(d)).not.toMatch(/Kundens son/u);
    expect(noteText(d)).toMatch(/Kunden fyller 70/u); // (Round 61: "kunden" is the person called for, "den som ringer" the caller.)
  });

  it('a parent named by the bare kin word is written as the customer\'s relative ("Kundens mamma sökte …")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag heter [NAMN] och ringer för min mamma, [NAMN], [PERSONNUMMER].',
      'agent: Vad gäller det?',
      'caller: Mamma sökte garantipension i april men har inte fått något beslut.',
      'agent: Jag ser ansökan. Vi väntar på ett intyg från Tyskland.',
      'caller: Okej, tack.',
    ]);
    expect(noteText(d)).not.toMatch(/(?:^|[.:]\s)Mamma sökte/u);
    expect(noteText(d)).toMatch(/^Kundens barn ringer\. Kunden sökte garantipension/mu); // (Round 61: "kunden" is the person called for, "den som ringer" the caller; round 75: the caller named once by their relation to the customer.)
  });
});

describe('a yes/no question affirmed, or granted only on a condition, keeps its condition', () => {
  it('"Så om jag skickar in ett intyg får jag betalt …?" "Ja." is the conditional statement, not "vad som händer om"', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Lena.',
      'caller: Hej. Jag var hemma med min dotter i tio dagar men fick bara betalt för sju.',
      'agent: Från den åttonde dagen behöver vi ett läkarintyg för barnet.',
      'caller: Så om jag skickar in ett intyg får jag betalt för de tre dagarna också?',
      'agent: Ja. Be läkaren om ett intyg och skicka det till oss.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).toMatch(/Om kunden skickar in ett intyg får hen betalt för de tre dagarna också\./u);
    expect(noteText(d)).not.toMatch(/vad som händer om/u);
  });

  it('English: "Can I sign the form for her?" "Only if you have a power of attorney or are her guardian." keeps whom it allows', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My wife is in hospital and I want to apply for her housing supplement.',
      'agent: I can send you the form today.',
      'caller: She has trouble writing. Can I sign the form for her?',
      'agent: Only if you have a power of attorney or are her guardian. Otherwise she signs it herself.',
      'caller: Thanks.',
    ]);
    expect(texts(d, 'agentActions')).toContain('The caller can sign the form for her only if they have a power of attorney or are her guardian.');
    expect(noteText(d)).not.toMatch(/(?:^|\.\s)Only if/u);
  });

  it('a yes to a question about "det" is not made a statement with nothing named ("Kunden kan få dela upp det")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har fått ett återkrav på bostadstillägg på tre tusen kronor. Kan jag få dela upp det?',
      'agent: Ja. Jag registrerar en avbetalningsplan nu, och du får ett förslag med posten.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).not.toMatch(/Kunden kan få dela upp det/u);
  });

  it('English: "And if I don\'t sign it?" "Then the whole amount is due on …" keeps the condition on the due date, and no other answer is paired with it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. I got a letter saying I have to pay back four thousand kronor of housing supplement.',
      'agent: Yes, I see it. I can send you a proposal of four hundred kronor a month for ten months. You sign it and send it back by the twentieth of March.',
      "caller: And if I don't sign it?",
      'agent: Then the whole amount is due on the thirtieth of April. You can also ask for a review of the decision within two months.',
      'caller: Okay. Send me the proposal.',
    ]);
    const due = noteText(d).match(/[^.]*whole amount is due[^.]*\./u)?.[0] ?? '';
    expect(due).toMatch(/^\s*If the caller does not sign/u);
    expect(noteText(d)).not.toMatch(/Asked what happens/u);
  });

  it('"femton tusen hundra" is 15 100, and the amount keeps its condition ("Om kunden väntar till 67 …")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fyller sextiofem i mars och undrar när jag ska ta ut pension.',
      'agent: Om du tar ut hela pensionen från april blir det ungefär tolv tusen kronor i månaden före skatt.',
      'caller: Och om jag väntar ett par år?',
      'agent: Om du väntar till sextiosju blir det ungefär fjorton tusen hundra i månaden, förutsatt att du jobbar kvar.',
      'caller: Tack, det är bra att veta.',
    ]);
    expect(noteText(d)).toMatch(/Om kunden väntar till 67 blir det ungefär 14 100 i månaden, förutsatt att hen jobbar kvar/u);
  });
});

describe('the errand line and the topic line', () => {
  it('English: the relative\'s personal number read out is no part of the errand line, and the errand is said once', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi, I'm [NAMN], I'm calling about my dad, [NAMN], [PERSONNUMMER]. He's here with me.",
      "agent: Hello. Could your dad confirm that it's all right that we talk about his pension?",
      "caller: [dad:] Yes, that's fine, she can talk for me.",
      'agent: Thank you. What can I help with?',
      "caller: Dad's eyesight is getting worse, so I'd like to be able to handle his post from you.",
      "agent: Then your dad needs to give you a power of attorney. I'll send the form today.",
      'caller: Great, thanks.',
    ]);
    expect(errandLine(d)).not.toMatch(/\[/u);
    expect(errandLine(d)).toMatch(/eyesight is getting worse/u);
    expect(texts(d, 'callerSaid').some((t) => /eyesight/u.test(t))).toBe(false);
  });

  it('English: "My husband died in May and I applied for survivor\'s pension. I want to check it\'s going through." keeps what "it" is', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. My husband died in May and I applied for survivor's pension. I just want to check it's going through.",
      'agent: I see the application. A decision will be made within a few weeks.',
      'caller: Thank you.',
    ]);
    expect(errandLine(d)).toMatch(/survivor's pension/u);
    expect(errandLine(d)).toMatch(/check it is going through/u);
  });

  it('a call outside the taxonomy names what it is about on the topic line ("Övrigt (sjukpenning, Försäkringskassan)")', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Lena.',
      'caller: Hej. Jag har inte fått någon sjukpenning för februari.',
      'agent: Vi saknar ett läkarintyg från den första februari.',
      'caller: Okej, då ringer jag vårdcentralen.',
    ]);
    expect(d.topic.key).toBe('other');
    expect(d.topic.label).toBe('Övrigt');
    expect(d.text).toMatch(/^Ämne: Övrigt \(sjukpenning, Försäkringskassan\)$/mu);
  });
});
