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
  it('a filler between the year and the day; a new sentence about something else is not the date', () => {
    expect(sv('Nittonhundrasextio, liksom, femte maj. Och det var tionde maj jag ringde förra gången.')).toBe(
      '[FÖDELSEDATUM], liksom, [FÖDELSEDATUM]. Och det var tionde maj jag ringde förra gången.',
    );
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
  it('a ward named like a person, a US state after a place word, a street named by a first name and a genitive', () => {
    expect(sv('Han ligger på avdelning Astrid på sjukhuset sedan i måndags.')).toBe('Han ligger på avdelning Astrid på sjukhuset sedan i måndags.');
    expect(en('We moved to Georgia in May.')).toBe('We moved to Georgia in May.');
    expect(sv('Kontoret ligger nära Gustav Adolfs torg.')).toBe('Kontoret ligger nära Gustav Adolfs torg.');
  });
  it('a count of digits is no digit of the number', () => {
    expect(call('sv', 'agent: Och clearingnumret?', 'caller: Åtta tre två sju, nio, det är fem siffror.')[1]).toContain('det är fem siffror');
  });
});
