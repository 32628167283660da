import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 50, from the blind tuning set tuning-61 (names that are ordinary words, written small or said again; numbers and
 * firms to keep beside personal data; its first run in tuning-61/before-round-50.txt). Sentences written for these tests,
 * not taken from the set.
 */
describe('round 50: names written small or said again', () => {
  it('the words before or after "that\'s my name", "hon hette så" are a name', () => {
    expect(one('en', "rose, uh, rose lane, that's my name, all small on the form.")).toBe("[NAMN], uh, [NAMN], that's my name, all small on the form.");
    expect(one('en', "Um... joy. That's her name, joy hill, she's my sister.")).toBe("Um... [NAMN]. That's her name, [NAMN], she's my sister.");
    expect(one('sv', 'Sigrid, ja, hon hette så, min mormor.')).toBe('[NAMN], ja, hon hette så, min mormor.');
  });

  it('a word of a name found, said alone before it, and a first name written small said alone twice', () => {
    expect(one('en', 'This is, uh... faith. Faith Carter. Sorry, bad line.')).toBe('This is, uh... [NAMN]. [NAMN]. Sorry, bad line.');
    expect(one('sv', 'Öh, bo, ja, bara bo, det är hela förnamnet.')).toBe('Öh, [NAMN], ja, bara [NAMN], det är hela förnamnet.');
  });

  it('a known surname written small after a first name found, closing the clause; any known name before "heter han"', () => {
    expect(one('sv', 'lax heter han, Sture lax, min svåger.')).toBe('[NAMN] heter han, [NAMN] [NAMN], min svåger.');
    expect(one('en', 'I spoke to Grace, and Grace said it was fine.')).toBe('I spoke to [NAMN], and [NAMN] said it was fine.');
  });

  it("a Swedish month capitalised after a greeting or ending an agent's greeting is a name", () => {
    expect(call('sv', 'agent: Försäkringskassan, du pratar med Juni, vad gäller det?', 'caller: Ja hej Juni, jag ringer om sjukpenningen.')).toEqual([
      'Försäkringskassan, du pratar med [NAMN], vad gäller det?',
      'Ja hej [NAMN], jag ringer om sjukpenningen.',
    ]);
    expect(one('sv', 'Jag fick beslutet i Maj, tack.')).toBe('Jag fick beslutet i Maj, tack.');
  });
});

describe('round 50: what to keep beside personal data', () => {
  it("a payment's day in figures, and a document's date with another month, are no date of birth said again", () => {
    expect(one('sv', 'Pensionen kommer den 25:e varje månad, och jag är född den 25 mars 1958.')).toBe('Pensionen kommer den 25:e varje månad, och jag är född [FÖDELSEDATUM].');
    expect(one('en', 'I was born 9 May 1950, and the letter is dated 9 November 2026.')).toBe('I was born [FÖDELSEDATUM], and the letter is dated 9 November 2026.');
  });

  it('employers named after people, in a sentence about work; the same name for a person stays a name', () => {
    expect(one('en', 'I worked at John Lewis for ten years.')).toBe('I worked at John Lewis for ten years.');
    expect(one('sv', 'Jag jobbade på Clas Ohlson i Insjön.')).toBe('Jag jobbade på Clas Ohlson i Insjön.');
    expect(one('en', 'My neighbour John Lewis helps me with the forms.')).toBe('My neighbour [NAMN] helps me with the forms.');
    expect(one('en', 'I shop at Tesco and Morrisons, nothing else.')).toBe('I shop at Tesco and Morrisons, nothing else.');
  });

  it("the box of the agency spoken to", () => {
    expect(one('sv', 'Ni har ju Box 4410, 831 27 Östersund, eller?')).toBe('Ni har ju Box 4410, 831 27 Östersund, eller?');
    expect(one('sv', 'Min adress är Box 4410, 831 27 Östersund.')).toBe('Min adress är [ADRESS], [POSTNUMMER] Östersund.');
  });
});

describe('round 50: a farm or a townland named after its word', () => {
  it('"en gård, X", "the townland, X"; a farm named with its own capital keeps the village after it', () => {
    expect(one('sv', 'Det är en gård, Norrgården, utanför Vilhelmina.')).toBe('Det är en gård, [ADRESS], utanför Vilhelmina.');
    expect(one('en', 'It is just the townland, Drumkeel.')).toBe('It is just the townland, [ADRESS].');
  });
});
