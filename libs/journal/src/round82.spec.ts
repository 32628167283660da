import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 82, from tuning set 72 (callers who speak for someone else, or with help): the one who calls in a role of their own
// or for a relative is "den som ringer"/"the caller", never "kunden"; the customer's consent given on the line is written as
// the customer's. Sentences written for these tests, not from any eval set.

describe('a caller in a role of their own is not the customer', () => {
  it('"jag är god man för en person … Huvudmannen heter …": the note does not call the god man "kunden"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag är god man för en person och vill ändra kontot för pensionen. Huvudmannen heter [NAMN], [PERSONNUMMER].',
      'agent: Jag ser förordnandet. Vilket konto gäller det?',
      'caller: Huvudmannen har bytt bank i juli.',
      'agent: Då skickar jag en blankett för nytt konto till dig i dag.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).not.toMatch(/Kunden (?:är|ringer om) god man|Kunden uppgav/u);
    expect(errandLine(d)).toMatch(/gode man/u);
  });

  it('"jag är socialsekreterare i stan. Jag har en klient som …": the social secretary is the one who calls', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, jag är socialsekreterare i stan. Jag har en klient som väntar på sin sjukpenning.',
      'agent: Är klienten med i samtalet?',
      'caller: Nej, inte i dag.',
      'agent: Då kan jag bara ge allmän information.',
      'caller: Okej, tack ändå.',
    ]);
    expect(noteText(d)).not.toMatch(/Kunden(?:, som)? är socialsekreterare/u);
  });

  it('"jag är granne och ringer med en kvinna här": the neighbour is not "kunden"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag är granne och ringer med en kvinna här som inte hör så bra.',
      'agent: Hej. Vad gäller det?',
      'caller: Hennes pension kom inte i augusti.',
      'agent: Jag ser att den betalades den artonde augusti.',
      'caller: Då ska vi kolla banken.',
    ]);
    expect(noteText(d)).not.toMatch(/Kunden är granne/u);
  });

  it('"jag ringer för min partner": a partner who calls is "kundens partner", not "kunden"', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, jag ringer för min partner, som ligger på sjukhus. Sjukpenningen har inte kommit.',
      'agent: Jag ser att läkarintyget saknas.',
      'caller: Jaha, då ordnar vi det.',
    ]);
    expect(errandLine(d)).not.toMatch(/^Kunden ringer för sin partner/u);
    expect(errandLine(d)).toMatch(/Kundens partner ringer/u);
  });

  it('"jag ringer om min dotters bostadsbidrag": the genitive names the one called for', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, jag ringer om min dotters bostadsbidrag. Hon har fått ett brev som hon inte förstår.',
      'agent: Jag ser brevet. Det gäller en ny hyra.',
      'caller: Okej, tack.',
    ]);
    expect(errandLine(d)).not.toMatch(/^Kunden ringer om sin dotters/u);
    expect(errandLine(d)).toMatch(/^Kundens förälder ringer om kundens bostadsbidrag/u);
  });

  it('"Min sambo är på sjukhus …" "Är din sambo med i samtalet?": the sambo who calls is not the customer', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej. Min sambo är på sjukhus och bostadstillägget har inte kommit.',
      'agent: Är din sambo med i samtalet, eller finns en fullmakt?',
      'caller: Nej, det finns ingen fullmakt.',
      'agent: Då kan jag tyvärr inte gå in i ärendet.',
      'caller: Det var synd.',
    ]);
    expect(errandLine(d)).not.toMatch(/Kundens sambo är på sjukhus/u);
    expect(errandLine(d)).toMatch(/Kunden är på sjukhus/u);
  });

  it('guard (both): a caller who speaks of a relative but calls for themself stays "kunden"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag undrar när min pension kommer. Min sambo sa att den kommer den artonde.',
      'agent: Ja, den betalas ut den artonde.',
      'caller: Tack.',
    ]);
    expect(noteText(d)).not.toMatch(/Den som ringer|Kundens sambo ringer/u);
  });
});

describe('the customer\'s consent on the line is written as theirs', () => {
  it('"… är det okej att jag pratar med ditt barn om din pension?" "Pappa säger ja.": the customer consented', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag ringer för min pappa. Han har svårt att läsa breven om garantipensionen.',
      'agent: Är din pappa med dig? Hej, är det okej att jag pratar med ditt barn om din pension?',
      'caller: Pappa säger ja, det går bra.',
      'agent: Tack. Vad står det i brevet?',
      'caller: Att garantipensionen ändras från oktober.',
    ]);
    expect(noteText(d)).toMatch(/Kunden gav sitt samtycke till att den som ringer för samtalet/u);
  });

  it('"Is it all right with you that I talk to your child?" "He says: yes, go ahead.": the customer consented', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      "caller: Hi, I'm calling about my father's housing supplement. He's here with me.",
      'agent: Hello. Is it all right with you that I talk to your child about your housing supplement?',
      'caller: He says: yes, go ahead.',
      'agent: Thank you. What would you like to know?',
      'caller: When the new amount starts.',
    ]);
    expect(noteText(d)).toMatch(/The customer consented to the caller speaking for them/u);
  });

  it('"Can your grandfather tell me that he\'s happy with this?" "He says yes.": the customer consented', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      "caller: Hi, I'm calling with my grandfather. He doesn't hear well, so I'm repeating.",
      "agent: Hello. Can your grandfather tell me, through you, that he's happy with this?",
      'caller: He says yes.',
      'agent: Thank you. What is the question?',
      'caller: Whether his pension goes up in January.',
    ]);
    expect(noteText(d)).toMatch(/The customer consented to the caller speaking for them/u);
  });

  it('"I have a client here with me" "May I speak to the client first?" "The client says: hello, …, and yes, …": the customer consented', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      "caller: Hi, I'm a support worker at the council. I have a client here with me who has a question about activity compensation.",
      'agent: Hello. May I speak to the client first?',
      "caller: The client says: hello, it's [NAMN], and yes, you can talk to my support worker.",
      'agent: Thank you. What is the question?',
      'caller: Whether the compensation continues after December.',
    ]);
    expect(noteText(d)).toMatch(/The customer consented to the caller speaking for them/u);
    expect(errandLine(d)).toMatch(/^The customer's support worker is calling/u);
  });

  it('guard (both): the customer who says no has not consented', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag ringer för min mamma. Hon vill byta konto.',
      'agent: Är det okej att jag pratar med ditt barn om ditt konto?',
      'caller: Hon säger: nej, det vill jag inte.',
      'agent: Då kan jag inte gå vidare.',
      'caller: Okej.',
    ]);
    expect(noteText(d)).not.toMatch(/samtycke/u);
  });
});

describe('the errand line of someone calling for a relative', () => {
  it('"jag ringer för min mamma. Hon har demens …": the dementia is the customer\'s, not the caller\'s', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, jag ringer för min mamma. Hon har demens och hittar inte breven om pensionen.',
      'agent: Är din mamma med dig nu?',
      'caller: Nej, hon sover.',
      'agent: Då kan jag bara ge allmän information.',
      'caller: Okej.',
    ]);
    expect(errandLine(d)).not.toMatch(/ringer: hen har demens/u);
  });
});

