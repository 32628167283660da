import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 93 (tuning-103: calls that go wrong on the line). Sentences of the round's own, not the set's.
 * Each `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 93: a child told off by name with no "!" heard (names calledToAsAChild)', () => {
  it('redacts a first name that is also a word before "släpp den…", "kom hit…", "put that down…"', () => {
    expect(one('sv', 'Vänta lite… Liv, släpp den… var var jag?')).not.toContain('Liv');
    expect(one('sv', 'Vänta lite… Sten, kom hit… var var jag?')).not.toContain('Sten');
    expect(one('en', 'Sorry… Jack, put that down… where was I?')).not.toContain('Jack');
  });
  it('keeps a word of the talk before the same order', () => {
    expect(one('sv', 'Vänta, kom hit.')).toBe('Vänta, kom hit.');
    expect(one('en', 'Right, put that down.')).toBe('Right, put that down.');
  });
});

describe('round 93: "ditt kort", "mitt kort" whatever verb follows (cues cueOf)', () => {
  it('reads figures after the agent named the caller\'s card as the card', () => {
    const [, caller] = call('sv', 'agent: Tack. Ditt kort behöver vi inte.', 'caller: Okej, jag hade redan börjat, 4916 2280… nej, glöm det.');
    expect(caller).toContain('[KORTNUMMER]');
  });
  it('keeps an expiry after "mitt kort går ut"', () => {
    expect(one('sv', 'Mitt kort går ut 11/28.')).toBe('Mitt kort går ut 11/28.');
  });
});

describe('round 93: an e-mail with a plain "at" and a domain read with its dot, where the turn names an e-mail', () => {
  it('redacts the first name, the initial and the domain', () => {
    const out = one('en', "My email is maria b at postbox dot example, and it's about the housing allowance.");
    expect(out).toContain('[EPOST]');
    expect(out).not.toMatch(/maria|postbox/u);
  });
  it('does not take a word across a comma into the address', () => {
    expect(one('en', "The email on it isn't mine, tom.w at shop dot example.")).toContain("isn't mine,");
  });
});

describe('round 93: a postcode in words set off by commas after an address (addresses spokenPostcodeAfter)', () => {
  it('redacts the five digits before the sentence goes on', () => {
    const out = one('sv', 'Jag bodde på Granvägen nio, åttiotre fyra fyrtioett, innan jag flyttade.');
    expect(out).toContain('[POSTNUMMER], innan');
    expect(out).not.toMatch(/åttiotre|fyrtioett/u);
  });
  it('still reads the house number first where more figures follow', () => {
    const out = one('sv', 'Till Ekgatan 12, åtta fyra ett, tjugotvå Kalmar.');
    expect(out).toContain('Kalmar');
    expect(out).not.toMatch(/åtta|tjugotvå/u);
  });
});

describe('round 93: a piece cut off by the line and the number said again (redact startedAgainRuns)', () => {
  it('redacts the three digits before "hallå?", "hello?"', () => {
    expect(one('sv', 'Numret är noll sju noll… hallå? … noll sju noll, ett sju fyra, noll sex, fyrtioett.')).not.toContain('noll sju noll');
    expect(one('en', "It's oh seven oh… hello? … oh seven oh, one seven four, oh six, forty-one.")).not.toContain('oh seven oh');
  });
  it('keeps a time said before the line breaks', () => {
    expect(one('sv', 'Ring efter klockan tre… hallå? … efter klockan tre.')).toBe('Ring efter klockan tre… hallå? … efter klockan tre.');
  });
});

describe('round 93: the tax account holds sums, no number of its own (identifiers identifierNamedInSentence)', () => {
  it('keeps a round sum said in words after "skattekontot", "tax account"', () => {
    expect(one('sv', 'Skattekontot visar tjugotvåtusen sexhundra i underskott.')).toBe('Skattekontot visar tjugotvåtusen sexhundra i underskott.');
    expect(one('en', 'Your tax account shows nine thousand two hundred owing.')).toBe('Your tax account shows nine thousand two hundred owing.');
  });
  it('still redacts a personal number said beside it', () => {
    expect(one('sv', 'Skattekontot står på 880604-2415.')).toContain('[PERSONNUMMER]');
  });
});

describe('round 93: a company form after "I run a firm" (names OWN_FIRM, RUNS_A_FIRM)', () => {
  // (Review 93: only a name of trades', places' or the lists' words; "Norrbacka" is a surname and "Ekliden" in no list, so
  // "Norrbacka Plåt AB", "Ekliden Trädgård AB" are redacted after "I run a firm": privacy fails closed.)
  it('keeps an aktiebolag the caller runs', () => {
    expect(one('en', 'I run a firm, Plumbing Services Ltd, and we paid the VAT.')).toContain('Plumbing Services Ltd');
    expect(one('sv', 'Jag driver ett företag, Snickeri Plåt AB, sedan i våras.')).toContain('Snickeri Plåt AB');
  });
  it("still redacts a sole trader's name and a person's name before the form", () => {
    expect(one('en', 'I run a small business, Okafor Cleaning, weekends only.')).not.toContain('Okafor');
    expect(one('sv', 'Jag driver en firma, Lena Berg AB.')).not.toContain('Lena');
    expect(one('en', "I'm a sole trader, Nilsson Konsult Ltd.")).not.toContain('Nilsson');
  });
});
