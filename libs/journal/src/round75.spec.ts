import { describe, expect, it } from 'vitest';
import { draft, noteText, section } from './testing/drafts.js';

const reason = (d: ReturnType<typeof draft>) => section(d, 'reason').map((x) => x.text).join(' ');

// Round 75, from tuning set 65 (someone speaks for the person the errand concerns): the customer is the person the
// errand concerns; a caller speaking for them is named once by their relation to the customer, without a gender.
// Sentences written for these tests, not from any eval set.

describe('a relative who calls for the customer is named once by their relation to the customer, without a gender', () => {
  it('"Jag ringer för min man": "Kundens partner ringer", not "Kunden (den uppringandes man)"', () => {
    const line = reason(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag ringer för min man, [NAMN], [PERSONNUMMER]. Han ligger på sjukhus efter en olycka.',
      'agent: Jag förstår. Vad gäller det?',
      'caller: Han har inte fått någon sjukpenning för april.',
      'agent: Jag ser att läkarintyget saknas i ärendet.',
      'caller: Då ber jag läkaren skicka det.',
    ]));
    expect(line).toMatch(/^Kundens partner ringer/u);
    expect(line).not.toMatch(/den uppringandes man/u);
  });

  it('"I\'m calling about my mother": "The customer\'s child is calling for the customer"', () => {
    const line = reason(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, I\'m calling about my mother, [NAMN], [PERSONNUMMER]. She has moved to a care home.',
      'agent: Hello. Do you have a power of attorney for her?',
      'caller: Yes, it was sent in March.',
      'agent: I can see it. The housing supplement has to be applied for again after a move.',
      'caller: Then I will apply this week.',
    ]));
    expect(line).toMatch(/^The customer's child is calling for the customer/u);
  });

  it('"jag ringer för min sambo" … "Sambon säger ja": what the partner on the line says is the customer\'s', () => {
    const note = noteText(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, jag ringer för min sambo, [NAMN], [PERSONNUMMER]. Vi har högtalaren på.',
      'agent: Hej. Går det bra för kunden att jag pratar med dig?',
      'caller: Sambon säger ja. Det gäller sjukersättningen.',
      'agent: Vad undrar ni?',
      'caller: Sambon undrar om sjukersättningen höjs i augusti.',
    ]));
    expect(note).not.toMatch(/\bSambon\b/u);
    expect(note).toMatch(/\b[Kk]unden undrar/u);
  });

  it('"My husband is here too; it\'s really about him": the husband is the customer, the caller his spouse', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Good afternoon. [NAMN], [PERSONNUMMER]. My husband is here too; it\'s really about him, but he prefers I talk.',
      'agent: Good afternoon. Is that all right with him?',
      'caller: Yes, he says so. He wants to apply for his old-age pension on paper.',
      'agent: I can post an application form to him today.',
      'caller: Thank you, please do.',
    ]);
    expect(reason(d)).toMatch(/^The customer's spouse is calling/u);
    expect(noteText(d)).not.toMatch(/the caller's husband/iu);
  });
});

describe('a caller in a role speaks for a client: the client is the customer, the caller "den som ringer"', () => {
  it('"jag är socialsekreterare … Jag ringer om en klient": the client\'s words are "Kunden", the caller\'s task is theirs', () => {
    const note = noteText(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, jag är socialsekreterare i Mora. Jag ringer om en klient, [NAMN], [PERSONNUMMER], som väntar på sitt bostadsbidrag.',
      'agent: Jag kan inte lämna uppgifter utan klientens samtycke. Är klienten med?',
      'caller: Ja, klienten sitter här. Klienten säger att det går bra.',
      'agent: Tack. Ansökan väntar på ett lönebesked.',
      'caller: Klienten säger att lönebeskedet skickades i mars.',
    ]));
    expect(note).not.toMatch(/\bKlienten\b/u);
    expect(note).toMatch(/^Kundens socialsekreterare ringer/mu);
  });

  it('"jag är god man för [NAMN]. Min huvudman …": "Kundens gode man", not "hens huvudman"', () => {
    const line = reason(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag är god man för [NAMN], [PERSONNUMMER]. Min huvudman har flyttat till ett äldreboende.',
      'agent: Hej. Jag ser att förordnandet är registrerat.',
      'caller: Bra. Hyran blir högre nu, så vi vill söka bostadstillägg.',
      'agent: Då skickar jag en blankett till dig.',
      'caller: Tack.',
    ]));
    expect(line).toMatch(/^Kundens gode man ringer/u);
    expect(line).not.toMatch(/huvudman/u);
  });
});

describe('guards: a caller who is the customer, an interpreter, a dead relative', () => {
  it('the customer calling about their own pension with a partner mentioned is still "Kunden"', () => {
    const line = reason(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, det är [NAMN], [PERSONNUMMER]. Jag vill söka ålderspension från augusti.',
      'agent: Hej. Det kan jag registrera nu.',
      'caller: Min sambo undrar om hens pension påverkas.',
      'agent: Nej, din sambos pension påverkas inte.',
      'caller: Bra, tack.',
    ]));
    expect(line).not.toMatch(/ringer för|Kundens (?:partner|sambo) ringer/u);
  });

  it('an interpreter is not named as the customer\'s relative', () => {
    const line = reason(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, interpreter here. The customer is [NAMN], [PERSONNUMMER].',
      'agent: Hello. May I talk with the customer through you?',
      'caller: Yes. The customer says the parental benefit has not come.',
      'agent: I can see the application is being handled.',
      'caller: Thank you.',
    ]));
    expect(line).not.toMatch(/The customer's \p{L}+ is calling/u);
  });

  it('a caller about a dead father\'s estate is still the caller, not the father\'s child "for the customer"', () => {
    const line = reason(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag ringer om min pappa, [NAMN], [PERSONNUMMER]. Han dog i mars.',
      'agent: Jag beklagar. Vad gäller det?',
      'caller: Dödsboet har fått ett brev om hans pension för april.',
      'agent: Pensionen för april betalas tillbaka från dödsboet.',
      'caller: Jag förstår.',
    ]));
    expect(line).not.toMatch(/^Kundens barn ringer/u);
  });
});

describe('the consent the customer gives on the line, relayed by the caller, is said once as theirs', () => {
  it('"Kan hon säga att det är okej att jag pratar med dig?" "Ja, hon nickar. Hon säger ja.": "Kunden gav sitt samtycke …"', () => {
    const note = noteText(draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej. Jag ringer för min mamma, [NAMN], [PERSONNUMMER]. Hon sitter bredvid mig.',
      'agent: Hej. Kan hon säga att det är okej att jag pratar med dig?',
      'caller: Ja, hon nickar. Hon säger ja.',
      'agent: Bra. Vad gäller det?',
      'caller: Hennes bostadstillägg har inte kommit i maj.',
    ]));
    expect(note).toMatch(/Kunden gav sitt samtycke till att den som ringer för samtalet\./u);
  });

  it('"Can she tell me that\'s all right?" "She\'s saying yes.": "The customer consented to the caller speaking for them."', () => {
    const note = noteText(draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, I\'m calling for my grandmother, [NAMN], [PERSONNUMMER]. She is here with me.',
      'agent: Hello. Can she tell me that\'s all right?',
      'caller: She\'s saying yes.',
      'agent: Good. What is it about?',
      'caller: Her pension did not come this month.',
    ]));
    expect(note).toMatch(/The customer consented to the caller speaking for them\./u);
  });
});

describe('the first person the caller quotes after the relative\'s "säger:" is the relative\'s', () => {
  it('"Han säger: jag vill inte flytta pengarna." is the customer\'s refusal, never "den som ringer vill inte …"', () => {
    const note = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej. Jag har fullmakt för min pappa, [NAMN], [PERSONNUMMER], och ringer om hans premiepension.',
      'agent: Jag ser fullmakten. Är din pappa med?',
      'caller: Ja. Han säger: jag vill inte flytta pengarna, jag vill ha kvar fonden.',
      'agent: Då gör jag ingen ändring.',
      'caller: Okej.',
    ]));
    expect(note).not.toMatch(/den som ringer vill inte flytta/iu);
  });
});
