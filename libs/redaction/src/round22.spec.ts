import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 22, from the blind tuning set tuning-36 (dates of birth, addresses and identifiers). Sentences written for
 * these tests, not taken from any eval set.
 */
describe('dates of birth nobody asked for', () => {
  it('a whole date of the last century is a date of birth, unless an event is named before it', () => {
    expect(en("So that's the ninth of June, nineteen seventy-four, is that right?")).toBe("So that's [FÖDELSEDATUM], is that right?");
    expect(sv('Då har jag tjugonde maj femtiosex, stämmer det?')).toBe('Då har jag [FÖDELSEDATUM], stämmer det?');
    expect(en('My father died on the ninth of June, nineteen seventy-four.')).toBe('My father died on the ninth of June, nineteen seventy-four.');
    // This century's dates are payments and deadlines; a sum after a month is no year.
    expect(en('The payment on the 25th of March, twenty twenty-six, is late.')).toBe('The payment on the 25th of March, twenty twenty-six, is late.');
    expect(sv('Det är ändrat från januari, trettiotvåtusen i pension före skatt.')).toBe('Det är ändrat från januari, trettiotvåtusen i pension före skatt.');
    // (A guard: a month and a year without the day is when something happened, found in the journal's tuning calls.)
    expect(en('Actually no, eighty-five, I got there in January eighty-five.')).toBe('Actually no, eighty-five, I got there in January eighty-five.');
  });
  it('a date in figures of the last century, and the same date said again after it', () => {
    expect(sv('Jag skrev 1948-11-02 på blanketten men det är fel.')).toBe('Jag skrev [FÖDELSEDATUM] på blanketten men det är fel.');
    expect(en("It's 7/3/62, American style, so July third.")).toBe("It's [FÖDELSEDATUM], American style, so [FÖDELSEDATUM].");
    expect(sv('Beslutet kom 2026-01-15.')).toBe('Beslutet kom 2026-01-15.');
  });
  it('a date of birth trailing off goes on in the same speaker\'s next turn', () => {
    const lines = call('sv', 'agent: Personnumret?', 'caller: Jag minns inte alla siffror, men jag är född sextiotvå...', 'caller: ...nittonde april.', 'agent: Tack.');
    expect(lines[2]).toBe('...[FÖDELSEDATUM].');
  });
  it('a filler between the year and the day', () => {
    expect(sv('Nittonhundrasextio, liksom, femte maj.')).toBe('[FÖDELSEDATUM], liksom, [FÖDELSEDATUM].');
  });
});

describe('identifiers and addresses', () => {
  it('a document number with a control letter after its digits (a Spanish NIE or DNI)', () => {
    expect(en('My NIE is X7314826L, if you need it.')).toBe('My NIE is [ID-NUMMER], if you need it.');
    expect(en('The DNI is 48392715W.')).toBe('The DNI is [ID-NUMMER].');
  });
  it('a door after the floor is part of an address abroad', () => {
    expect(sv('Adressen är Calle Mayor 14, tredje våningen, dörr B, 28013 Madrid.')).not.toMatch(/dörr B/);
  });
});

describe('what is kept', () => {
  it('a ward named like a person, a US state one moved to, a street named by a first name and a genitive', () => {
    expect(sv('Han ligger på avdelning Astrid på sjukhuset sedan i måndags.')).toBe('Han ligger på avdelning Astrid på sjukhuset sedan i måndags.');
    expect(en('We moved to Georgia in May.')).toBe('We moved to Georgia in May.');
    expect(sv('Kontoret ligger nära Gustav Adolfs torg.')).toBe('Kontoret ligger nära Gustav Adolfs torg.');
  });
});

/** Round 22's review: a helper probed round 22 side by side with round 21 (privacy regressions first). */
describe('round 22 review', () => {
  it('a count word after a number read in words does not make it an amount', () => {
    expect(call('sv', 'agent: Kontonummer?', 'caller: Det är fyra fyra sex två åtta nio noll tre åtta siffror.')[1]).not.toMatch(/fyra fyra sex/);
  });
  it('a corrected day of birth in the next sentence is the date of birth', () => {
    expect(sv('Jag är född tredje april femtiotvå. Nej, det är femte april.')).not.toMatch(/femte april/);
    expect(en('I was born in nineteen fifty-seven. It was the second of January.')).not.toMatch(/second of January/);
  });
  it('a person after "avdelningen", a genitive before "plats", a carer called Georgia stay names', () => {
    expect(sv('Jag ringde avdelningen Karin Lund svarade att mamma sover.')).not.toMatch(/Karin Lund/);
    expect(sv('Jag har tagit över Maria Svenssons plats på boendet.')).not.toMatch(/Maria Svenssons/);
    expect(en("I got a call from Georgia yesterday, she's my carer.")).not.toMatch(/Georgia/);
  });
  it('no date of birth from dotted figures, a deadline, a start date, an order number', () => {
    expect(sv('Den versionen heter 3.4.1950 i systemet.')).toBe('Den versionen heter 3.4.1950 i systemet.');
    expect(sv('Samtalet tog 2.10.45 minuter.')).not.toContain('[');
    expect(sv('Senast den 30 juni 1999 skulle jag ha betalat.')).toBe('Senast den 30 juni 1999 skulle jag ha betalat.');
    expect(sv('Ordernumret är 20241234A och fakturan 88123456B.')).toBe('Ordernumret är 20241234A och fakturan 88123456B.');
  });
  it('a trailing date of birth goes on past a backchannel, and only where the turn begins', () => {
    const lines = call('sv', 'caller: Jag är född sextiotvå...', 'agent: Mm.', 'caller: ...nittonde april.', 'caller: Jag är född sextiotre...', 'caller: ...och utbetalningen kom tolfte april.');
    expect(lines[2]).toBe('...[FÖDELSEDATUM].');
    expect(lines[4]).toBe('...och utbetalningen kom tolfte april.');
  });
});
