import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { draft, errandLine, noteText, section } from './testing/drafts.js';

// Round 84, from tuning set 74 (sick leave and going back to work). Sentences written for these tests, not from any eval
// set. Call date Monday 9 February 2026.

const DAY = '2026-02-09';

describe("the caller's account of the employer is the caller's, not a fact", () => {
  it('"Min arbetsgivare betalar inte ut någon sjuklön." → "Kunden uppger att hens arbetsgivare inte betalar ut …"', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Min arbetsgivare betalar inte ut någon sjuklön.',
        'agent: Jag förstår. När blev du sjuk?',
        'caller: Den tjugonde januari.',
        'agent: Sjuklönen är en sak mellan dig och arbetsgivaren. Från dag femton kan du söka sjukpenning hos oss.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/^Kunden uppger att hens arbetsgivare inte betalar ut någon sjuklön/u);
  });

  it('"My manager has told you I refused a new schedule. That\'s not true." keeps the denial', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        "caller: Hi, [NAMN], [PERSONNUMMER]. My manager has told you I refused a new schedule. That's not true.",
        'agent: I can see a note from the employer from the second of February.',
        'caller: I never refused anything.',
        'agent: I have written down what you say. You can send your own account.',
        'caller: Okay, thanks.',
      ],
      DAY,
    );
    const line = errandLine(d);
    expect(line).toMatch(/^The caller says that their manager has told the agency/u);
    expect(line).toMatch(/and that this is not true\.$/u);
  });

  it('"… och min chef har inte hört av sig" as the second clause → "och uppger att hens chef inte har hört av sig"', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har varit sjukskriven sedan december och min chef har inte hört av sig en enda gång.',
        'agent: Arbetsgivaren ska göra en plan för återgång i arbete. Jag ser att vi inte har fått någon.',
        'caller: Nej, precis.',
        'agent: Jag skickar en begäran till arbetsgivaren i dag.',
        'caller: Tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/och uppger att hens chef inte har hört av sig/u);
  });

  it('guard: the caller\'s own situation as the errand gets no "uppger"', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag är sjukskriven på halvtid och undrar hur jag fyller i ansökan.',
        'agent: Du skriver de timmar du har arbetat varje dag.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).not.toMatch(/uppger/u);
  });
});

describe('a bare weekday and day after a date with its month in the same turn is in that month', () => {
  it('"… by Thursday the fifth of March. I\'ll call you by Tuesday the tenth …" is a call-back by 10 March', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. I need to know what you need from my doctor.',
        'agent: A statement with the reasons. We need it by Thursday the fifth of March. I will call you by Tuesday the tenth to go through it.',
        'caller: Okay, thanks.',
      ],
      DAY,
    );
    const call = section(d, 'followUp').find((s) => /call the caller/iu.test(s.text));
    expect(call?.followUp?.dueDate).toBe('2026-03-10');
  });

  it('"Senast torsdag den femte mars. Jag ringer dig senast tisdag den tionde." is a call-back by 10 March', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Vad behöver ni från läkaren?',
        'agent: Ett utlåtande med skälen. Vi behöver det senast torsdag den femte mars. Jag ringer dig senast tisdag den tionde för att gå igenom det.',
        'caller: Okej, tack.',
      ],
      DAY,
    );
    const call = section(d, 'followUp').find((s) => /ringer kunden/iu.test(s.text));
    expect(call?.followUp?.dueDate).toBe('2026-03-10');
  });

  it('guard: a bare day said alone is still read from the call\'s month', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN], [PERSONNUMMER]. When will you call me about the statement?',
        'agent: I will call you by Tuesday the seventeenth to go through it.',
        'caller: Okay, thanks.',
      ],
      DAY,
    );
    const call = section(d, 'followUp').find((s) => /call the caller/iu.test(s.text));
    expect(call?.followUp?.dueDate).toBe('2026-02-17');
  });
});

describe('a day after a past in -lde is the one just gone', () => {
  it('"Sjuklönen gällde till och med tjugoandra januari." said 9 February is 22 January 2026, not 2027', () => {
    expect(findDates('Sjuklönen gällde till och med tjugoandra januari.', 'sv', DAY)[0]?.date).toBe('2026-01-22');
  });

  it('guard: "Intyget gäller till och med tjugoandra mars." said ahead of it stays ahead', () => {
    expect(findDates('Intyget gäller till och med tjugoandra mars.', 'sv', DAY)[0]?.date).toBe('2026-03-22');
  });
});

describe('the agent\'s "Då ses vi" is the agent and the caller, not the agency', () => {
  it('"Då ses vi på torsdag den tjugofemte." → "Handläggaren och kunden ses på torsdag …"', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag kan inte komma på mötet på tisdag.',
        'agent: Jag flyttar mötet till torsdag klockan tretton. Chefen och läkaren får en ny kallelse i dag.',
        'caller: Tack.',
        'agent: Då ses vi på torsdag den tjugosjätte.',
        'caller: Ja, hej då.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/Myndigheten ses/u);
    expect(noteText(d)).toMatch(/Handläggaren och kunden ses på torsdag/u);
  });

  it('guard: "Vi ses på torsdag." keeps its reading', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag kan inte komma på mötet på tisdag.',
        'agent: Jag flyttar mötet till torsdag klockan tretton.',
        'caller: Tack.',
        'agent: Vi ses på torsdag.',
        'caller: Ja, hej då.',
      ],
      DAY,
    );
    expect(noteText(d)).not.toMatch(/Myndigheten ses/u);
  });
});

describe('"I need to tell you something." announces the errand; it is not the errand', () => {
  it('"Jag behöver berätta en sak. Jag har börjat jobba heltid igen." → the line says the return to work', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag behöver berätta en sak. Jag har börjat jobba heltid igen.',
        'agent: Tack för att du ringer. Från vilken dag?',
        'caller: Från måndag den andra februari.',
        'agent: Då registrerar jag det nu.',
        'caller: Tack.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/börjat jobba heltid igen/u);
  });

  it('"I need to tell you something. I went back to work full-time last week." → the line says the return to work', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hello, [NAMN], [PERSONNUMMER]. I need to tell you something. I went back to work full-time last week.',
        'agent: Thank you for calling. Which day did you start?',
        'caller: Monday the second of February.',
        "agent: I'll register that now.",
        'caller: Thanks.',
      ],
      DAY,
    );
    expect(errandLine(d)).toMatch(/went back to work full-time/u);
  });
});
