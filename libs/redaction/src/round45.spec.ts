import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 45, from the blind tuning set tuning-56 (names said the hard ways; its first run in tuning-56/before-round-45.txt).
 * Sentences written for these tests, not taken from the set.
 */
describe('round 45: what stands around a name is the same person', () => {
  it('the first name before a particle, and a particle joined by a hyphen', () => {
    expect(one('sv', 'Karin von Platen heter jag.')).not.toMatch(/Karin|Platen/);
    expect(one('en', 'My caseworker was Layla al-Hashimi, I think.')).toBe('My caseworker was [NAMN] [NAMN], I think.');
  });

  it('the other names of a list a name is in', () => {
    expect(one('en', 'My sisters Bronwen, Eirlys and Catrin all live in Cardiff.')).toBe('My sisters [NAMN], [NAMN] and [NAMN] all live in Cardiff.');
    expect(one('sv', 'Barnen heter Vilgot, Juni och Tove.')).not.toMatch(/Vilgot|Tove/);
  });

  it('but not an organisation, a place, a disease or a shop beside a name', () => {
    expect(one('sv', 'Jag har pratat med Anna och Försäkringskassan.')).toBe('Jag har pratat med [NAMN] och Försäkringskassan.');
    expect(one('en', "I shop at Tesco and Sainsbury's, my son Tom drives me.")).toMatch(/Tesco and Sainsbury's/);
    expect(one('en', "My wife Doreen has Crohn's and Parkinson's.")).toBe("My wife [NAMN] has Crohn's and Parkinson's.");
  });
});

describe('round 45: names after relations and introductions', () => {
  it("a relation's relation, a relation not yet named, and cousins, nephews and in-laws", () => {
    expect(one('sv', 'Pappas sambo Bosse säger att han ska ha pensionen.')).toBe('Pappas sambo [NAMN] säger att han ska ha pensionen.');
    expect(one('en', "Dad's partner Trev rang you last week.")).toBe("Dad's partner [NAMN] rang you last week.");
    expect(one('en', 'We have a son, August, he is three.')).toBe('We have a son, [NAMN], he is three.');
    expect(one('sv', 'Min kusin Jossan hjälper mig.')).toBe('Min kusin [NAMN] hjälper mig.');
    expect(one('en', 'My nephew Callum does the forms.')).toBe('My nephew [NAMN] does the forms.');
  });

  it('a speaker who names themself with "här"/"here"', () => {
    expect(one('sv', 'Hej, Gunnel af Ekström här.')).toBe('Hej, [NAMN] här.');
    expect(one('en', 'Hiya, Shona McLeod here.')).toBe('Hiya, [NAMN] here.');
    expect(one('sv', 'Hej, Pensionsmyndigheten här.')).toBe('Hej, Pensionsmyndigheten här.');
  });

  it("a sentence that begins with a person's genitive before a relation or a pension, not a country's", () => {
    expect(one('en', "Maureen's pension stopped in May.")).not.toMatch(/Maureen/);
    expect(one('sv', 'Áilus farmor bodde i Karesuando.')).toBe('[NAMN] farmor bodde i Karesuando.');
    expect(one('sv', 'Sveriges pension är lägre än Norges.')).toBe('Sveriges pension är lägre än Norges.');
  });
});

describe('round 45: a question of when one lived somewhere asks for no address', () => {
  it('the years said after "Which years did you live in Sweden?" are kept; an address asked for is still redacted', () => {
    expect(call('en', 'agent: Which years did you live in Sweden?', 'caller: From ninety-six to twenty eighteen.')[1]).toBe('From ninety-six to twenty eighteen.');
    expect(call('sv', 'agent: Hur länge bodde du i Norge?', 'caller: Från åttiotvå till nittiofem.')[1]).toBe('Från åttiotvå till nittiofem.');
    expect(call('sv', 'agent: Var bor du nu?', 'caller: Ringvägen fyra.')[1]).toBe('[ADRESS].');
  });

  it("an age said under an address question is no street and number", () => {
    expect(call('en', 'agent: And your address?', "caller: Well. I'm eighty-one, so it's my son's, Elm Road 14.")[1]).toBe("Well. I'm eighty-one, so it's my son's, [ADRESS].");
  });
});

