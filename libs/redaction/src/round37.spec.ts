import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 37, from the blind tuning set tuning-50 (text that must be kept, beside personal data; its first run in
 * tuning-50/before-round-37.txt showed three names in the UI-facing output). Sentences written for these tests, not taken
 * from any eval set.
 */
describe('names the first run showed', () => {
  it('a first name before "är född", "föddes", "fyller", "was born" is a name at a sentence\'s start too', () => {
    expect(sv('Ebba är född 3 maj 2022, och Vide 9 mars 2024.')).not.toMatch(/Ebba|Vide/);
    expect(sv('Saga fyller fyra i juni.')).toBe('[NAMN] fyller fyra i juni.');
    expect(en('Lily was born in May.')).toBe('[NAMN] was born in May.');
    expect(sv('Pensionen fyller ingen funktion för mig.')).toBe('Pensionen fyller ingen funktion för mig.');
  });

  it('a month that is a first name, joined to a name, is a name ("two children, April and Hope")', () => {
    expect(en('We have two children, June and Hope, they are nine and twelve.')).toBe('We have two children, [NAMN] and [NAMN], they are nine and twelve.');
    expect(en('It was paid in April and May.')).toBe('It was paid in April and May.');
    expect(en('April and May were the worst months.')).toBe('April and May were the worst months.');
  });
});

describe('what the first run took that must be kept', () => {
  it('an age said after the whole number or date in the same turn', () => {
    expect(call('en', 'agent: Your personal number, please?', "caller: 46 09 05-33 11, and I'm eighty.")[1]).toBe("[PERSONNUMMER], and I'm eighty.");
    expect(call('sv', 'agent: Ditt personnummer?', 'caller: 19 43 09 30, 15 98, och jag är åttiotre.')[1]).toBe('[PERSONNUMMER], och jag är åttiotre.');
    expect(call('en', 'agent: And you were born...?', "caller: The 11th of January, 1970. I'm fifty-six.")[1]).toBe("[FÖDELSEDATUM]. I'm fifty-six.");
    // (Under a question for the year alone, "He's fifty-two" is still the year, failing closed.)
    expect(call('en', 'agent: What year was he born?', "caller: He's fifty-two.")[1]).not.toMatch(/fifty-two/);
    // (A number still incomplete goes on being read after "jag är".)
    expect(call('sv', 'agent: Ditt personnummer?', 'caller: 19 43 09 30, och jag är femtio... femtioåtta.')[1]).not.toMatch(/femtioåtta/);
  });

  it('a year after "sedan"/"since" and a whole account number is since when; after "sen" it may be read on', () => {
    expect(sv('Ja, Nordea, SE61 3000 0000 0321 5678 9012, sedan 2019.')).toBe('Ja, Nordea, [IBAN], sedan 2019.');
    expect(call('sv', 'agent: Vilket kontonummer?', 'caller: Nordea personkonto, 3300, 50 12 03, sen 1984.')[1]).not.toMatch(/1984/);
  });

  it('a relation\'s genitive at a sentence\'s start, and a number in words after a name cue, are no names', () => {
    expect(sv('Det är mammas. Pappas är 38 05 03-54 60.')).toBe('Det är mammas. Pappas är [PERSONNUMMER].');
    expect(sv('Det var Jonas eller vad han hette, hundrafemtio för lite.')).toBe('Det var [NAMN] eller vad han hette, hundrafemtio för lite.');
  });

  it('a nationality after a spelled name says where from', () => {
    expect(call('en', "caller: That's Adeyemi, A-D-E-Y-E-M-I, Nigerian originally.")[0]).toBe("That's [NAMN], [NAMN], Nigerian originally.");
    expect(en('K-O-W-A-L-S-K-I, Kowalski.')).toBe('[NAMN], [NAMN].');
  });

  it('weeks, sums "ungefär", and a sum after an address and "står" are no addresses', () => {
    expect(sv('Vecka 3, okej. Tack, hej då.')).toBe('Vecka 3, okej. Tack, hej då.');
    expect(sv('Jag har garantipension, ungefär 3 000, och tjänstepension.')).toBe('Jag har garantipension, ungefär 3 000, och tjänstepension.');
    expect(sv('I brevet till Kyrkogatan 8 står 13 950, jag förstår inte.')).toBe('I brevet till [ADRESS] står 13 950, jag förstår inte.');
  });

  it('an agency\'s number with a time said after it stays', () => {
    expect(en('Anything else, call 0771-524 524, eight to four.')).toBe('Anything else, call 0771-524 524, eight to four.');
    expect(sv('Ring mig på 0771-524 524 12.')).not.toMatch(/524 12/);
  });
});

/** The blind review of rounds 36 and 37 (332 probes, before and after side by side): what the first version let through. */
describe('round 37 review', () => {
  it('"the last four" asked: a correction without "nej", the read-back of it and a relative\'s last four stay redacted', () => {
    const corrected = call('sv', 'agent: Och de fyra sista i ditt personnummer?', 'caller: Fjorton åttiosju.', 'agent: Fjorton åttiosju, tack.', 'caller: Eller vänta, fjorton åttiotvå är det.', 'agent: Fjorton åttiotvå, då noterar jag det.');
    expect(corrected.slice(1).join(' ')).not.toMatch(/fjorton|åttio/i);
    const wife = call('en', 'agent: And the last four of your personal number?', 'caller: Fifty-one seventy-two.', "caller: And my wife's is thirty-three forty-one, if you need that.");
    expect(wife[2]).not.toMatch(/thirty-three|forty-one/);
  });

  it('after a part of a personal number, "och jag är femtiotvå" is the year it begins with', () => {
    expect(call('sv', 'agent: Vad är ditt personnummer?', 'caller: 01 30 14 87, och jag är femtiotvå.')[1]).not.toMatch(/femtiotvå/);
    expect(call('en', 'agent: Your personal number?', "caller: Oh one thirty, fourteen eighty-seven, and I'm fifty-two.")[1]).not.toMatch(/fifty-two/);
  });

  it('a name that is also a number word stays a name', () => {
    expect(sv('Min son heter sixten och han är fem.')).not.toMatch(/sixten/);
    expect(en('hi my name is seven okafor')).not.toMatch(/seven|okafor/);
  });

  it('a care home "in" a street: the street stays in the address', () => {
    expect(en("She's at Rosewood Care Home in Mill Lane, room 17.")).not.toMatch(/Mill Lane|room 17/);
  });

  it('a title before a name answered, and two digits after an agency\'s number', () => {
    expect(call('en', "agent: And your GP's name?", 'caller: Dr. Hale, H-A-L-E.')[1]).toBe('Dr. [NAMN], [NAMN].');
    expect(sv('Ni kan nå mig på 0771-524 524, 48.')).not.toMatch(/524 524/);
  });
});
