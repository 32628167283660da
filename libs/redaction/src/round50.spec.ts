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
  });

});

describe("round 50's review: what its first version showed", () => {
  it('a person called as a firm is, where no place of work stands before the name', () => {
    expect(one('en', 'My manager John Lewis said I could work fewer hours.')).toBe('My manager [NAMN] said I could work fewer hours.');
    expect(one('sv', 'Min man Clas Ohlson, född 12 mars 1950, jobbade.')).toBe('Min man [NAMN], född [FÖDELSEDATUM], jobbade.');
  });

  it("a caller's own box after \"ni har\" stays redacted", () => {
    expect(one('sv', 'Ni har ju Box 123 som min adress.')).toBe('Ni har ju [ADRESS] som min adress.');
  });

  it('a day in figures stays a date of birth where the turn speaks of a birthday', () => {
    expect(one('sv', 'Pensionen kommer den 18:e, på min födelsedag, jag är född 18 mars 1965.')).toBe('Pensionen kommer den [FÖDELSEDATUM]:e, på min födelsedag, jag är född [FÖDELSEDATUM].');
  });

  it('a name after a farm stays a name; confirmations and words said twice with no name spoken of are none', () => {
    expect(one('en', "It's a farm, Greenacres, Mary.")).toBe("It's a farm, Greenacres, [NAMN].");
    expect(one('en', "Correct, that's my name.")).toBe("Correct, that's my name.");
    expect(one('en', "lovely, lovely, that's it.")).toBe("lovely, lovely, that's it.");
  });

  it('an address read back inside an open window keeps the window open', () => {
    expect(call('sv', 'agent: Vilken adress har du?', 'caller: Eh.', 'agent: Storgatan 5?', 'caller: Ja.', 'caller: Tolv B.')[4]).toBe('[ADRESS].');
  });
});

describe('round 50: a farm or a townland named after its word', () => {
  it('"en gård, X", "the townland, X"; a farm named with its own capital keeps the village after it', () => {
    expect(one('sv', 'Det är en gård, Norrgården, utanför Vilhelmina.')).toBe('Det är en gård, [ADRESS], utanför Vilhelmina.');
    expect(one('en', 'It is just the townland, Drumkeel.')).toBe('It is just the townland, [ADRESS].');
  });
});
