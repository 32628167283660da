import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 92 (tuning-102: interpreted calls and people who speak for others). Sentences of the round's own, not the set's.
 * Each `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe("round 92: an interpreter's own number", () => {
  it('redacts the number after "tolknummer" and "interpreter number", in words or figures', () => {
    expect(one('sv', 'Det är Rania, tolk i dari, tolknummer fyra två nio åtta, jag tolkar för mannen.')).toContain('tolknummer [ID-NUMMER], jag');
    expect(one('sv', 'Tolknumret är 8143 om ni behöver det.')).toBe('Tolknumret är [ID-NUMMER] om ni behöver det.');
    expect(one('en', "The interpreter's number is four four one eight, I'm interpreting Tigrinya.")).toContain('is [ID-NUMMER],');
    expect(one('sv', 'Tolknummer 8143, och ärendenummer 2291-5530.')).toBe('Tolknummer [ID-NUMMER], och ärendenummer 2291-5530.');
  });
  it('still keeps a case number and an amount said without the cue', () => {
    expect(one('sv', 'Ärendenummer 2291-5530, och tolken kostar 850 kronor.')).toBe('Ärendenummer 2291-5530, och tolken kostar 850 kronor.');
  });
});

describe('round 92: a card had, its figures right after the comma', () => {
  it('redacts "ett kort, 5188 2290" read by mistake', () => {
    expect(one('sv', 'Hon har ett kort, 5188 2290, nej vänta, det ska hon inte läsa.')).toContain('ett kort, [KORTNUMMER], nej');
  });
  it('keeps "ett kort samtal" and a duration after the comma', () => {
    expect(one('sv', 'Det blev ett kort, 12 minuter långt samtal.')).toContain('12 minuter');
  });
});

describe('round 92: pieces of a personal number relayed by an interpreter', () => {
  it('joins pieces with "hon säger" / "he says" between them', () => {
    expect(one('sv', 'Hon säger sjuttiofyra, eh, hon säger noll tre tolv, sen fyrtioett åttiotvå.')).not.toMatch(/sjuttiofyra|noll tre|fyrtioett/u);
    expect(one('en', 'He says seventy-four, uh, he says oh three twelve, then forty-one eighty-two.')).not.toMatch(/seventy|oh three|forty/u);
  });
  it('keeps an amount relayed the same way', () => {
    expect(one('sv', 'Han säger att han fick 4 300, hon säger 2 100 i maj.')).toContain('2 100 i maj');
  });
});

describe('round 92: a name relayed in another spelling', () => {
  it('redacts the spelling the interpreter or a paper uses, said after the name', () => {
    expect(one('sv', 'Hon heter Hamdi Yusuf, fast tolken skriver Yuusuf, och hennes bror Abdiqani, men i passet Abdiqaani.')).not.toMatch(/Yuusuf|Abdiqaani/u);
    expect(one('sv', 'Han heter Oleksii Tkachenko, men på papperen skriver de Tkatjenko.')).not.toContain('Tkatjenko');
    const out = call('sv', 'caller: Jag heter Y, U, S, R, A.', 'caller: Tolken skrev Yusraa på lappen.');
    expect(out[1]).toBe('Tolken skrev [NAMN] på lappen.');
  });
  it('redacts a pet form of a name said in the call', () => {
    const out = call('en', 'caller: I have power of attorney for my aunt, Philippa Holm.', "caller: Hang on, Philly, it's the pension people!");
    expect(out[1]).toBe("Hang on, [NAMN], it's the pension people!");
  });
  it('keeps a town, a place after "i"/"in" and after a postcode, close as it is to a name', () => {
    expect(one('sv', 'Jag heter Milan Horvat och bor i Milano.')).toContain('i Milano');
    expect(call('en', 'caller: My name is Rosa Calle.', 'caller: The house is Calle Mayor 3, 03710 Calpe.')[1]).toContain('Calpe');
  });
});

describe("round 92: a role's word before \"här\" is no name", () => {
  it('keeps "Förvaltaren här", "Dottern här"', () => {
    expect(one('sv', 'Förvaltaren här, Gunnel Ryd, jag ringer om min huvudman.')).toBe('Förvaltaren här, [NAMN], jag ringer om min huvudman.');
    expect(one('sv', 'Dottern här, jag har fullmakt för pappa.')).toContain('Dottern här');
  });
  it('still redacts a name before "här"', () => {
    expect(one('sv', 'Hej, Tove Lindell här.')).toBe('Hej, [NAMN] här.');
  });
});

describe('round 92: a resident or client named after the word', () => {
  it('redacts the name set off after "one of our residents"', () => {
    expect(one('en', "I'm calling about one of our residents, Ottoline, she has no phone.")).not.toContain('Ottoline');
  });
});

describe('round 92: "He says" before a name asked for', () => {
  it('keeps the frame and redacts the name', () => {
    expect(call('en', 'agent: And his name?', 'caller: He says Petro Melnyk.')[1]).toBe('He says [NAMN].');
  });
});

describe("round 92: the form that ends a firm's name is no letters of its number", () => {
  it('keeps "AB" after the firm under a question for its number', () => {
    const out = call('en', 'agent: What number is the firm under?', 'caller: It was sold to Lindqvist Transport AB, 556124-8112.');
    expect(out[1]).toContain('AB, [ORGANISATIONSNUMMER]');
  });
  it('still takes letters that open a passport number', () => {
    expect(one('sv', 'Passnummer AB 7734 0912.')).toBe('Passnummer [ID-NUMMER].');
  });
});

describe("round 92: an article after a number's pieces, a document's year in words", () => {
  it('keeps "ett" before the document and the year it was issued', () => {
    expect(one('sv', 'Passnumret är fyra fyra noll två, sju sju ett åtta, ett irakiskt pass, utfärdat tjugotjugoett.')).toBe('Passnumret är [ID-NUMMER], ett irakiskt pass, utfärdat tjugotjugoett.');
  });
  it('still reads the number after the year', () => {
    expect(one('en', 'Her passport, issued twenty twenty-one, is 55123344.')).not.toContain('55123344');
  });
});

describe("round 92: the year that ends a case's number is no date of birth", () => {
  it('keeps "ärendenummer 4410-1952" after a birth date without its year', () => {
    expect(call('sv', 'caller: Hon är född i mars.', 'agent: Beslutet har ärendenummer 4410-1952.')[1]).toBe('Beslutet har ärendenummer 4410-1952.');
  });
  it('still redacts the year answered for a birth date', () => {
    expect(call('sv', 'agent: Vilket år är hon född?', 'caller: Nittonhundrafemtiotvå.')[1]).toBe('[FÖDELSEDATUM].');
  });
});
