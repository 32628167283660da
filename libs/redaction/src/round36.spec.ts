import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 36, on the text that must be kept (the held-out sets' kept text stood just under 0.98), from the misses of the
 * tuning sets. Sentences written for these tests, not taken from any eval set.
 */
describe('a home that many live in is kept, the room in it is the address', () => {
  it('"Solgårdens äldreboende, rum 214", "Rosewood Care Home, room 17"', () => {
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(sv('Hon bor på Ekängens äldreboende, rum 118, sedan i mars.')).toBe('Hon bor på [ADRESS], sedan i mars.');
    expect(sv('Pappa bor på Lärkans gruppboende i Kumla, lägenhet 6.')).toBe('Pappa bor på [ADRESS] i Kumla, [ADRESS].');
    expect(en('She lives at Birchwood Care Home, room 12, since May.')).toBe('She lives at [ADRESS], since May.');
    // (A home's street address is still redacted; a farm's name with a room is no home's and stays in the address.)
    expect(sv('Hon bor på Ekängens äldreboende, Parkvägen 2, rum 14.')).toBe('Hon bor på [ADRESS], [ADRESS].');
    expect(sv('Hon bor på Lindgården, rum 214.')).toBe('Hon bor på [ADRESS].');
  });
});

describe('"the last four" asked in the question itself', () => {
  it('the last four given complete the number: an age said after a read-back is an age', () => {
    const turns = call('en', 'agent: And the last four of your personal number?', 'caller: Fifty-one seventy-two.', 'agent: Fifty-one seventy-two, thank you. It goes up in January.', "caller: Oh good. I'm eighty-seven, you know.");
    expect(turns[1]).not.toMatch(/fifty-one|seventy-two/i);
    expect(turns[3]).toMatch(/eighty-seven/);
  });

  it('the pieces of the last four are still redacted, and a correction of them', () => {
    const pieces = call('sv', 'agent: Och de fyra sista i personnumret?', 'caller: Femtioett.', 'caller: Sjuttiotvå.');
    expect(pieces.slice(1).join(' ')).not.toMatch(/femtioett|sjuttiotvå/i);
    const corrected = call('sv', 'agent: Och de fyra sista i personnumret?', 'caller: Femtioett sjuttiotvå.', 'caller: Nej förlåt, femtioett sjuttiotre.');
    expect(corrected.slice(1).join(' ')).not.toMatch(/femtioett|sjuttio/i);
  });
});

describe('a title stays outside the name it goes before', () => {
  it('"Dr", "Mr.", "Mrs", "fru", "herr": the name is redacted, the title kept', () => {
    expect(en('My GP is Dr Adeyemi, at the Queen Elizabeth Hospital.')).toBe('My GP is Dr [NAMN], at the Queen Elizabeth Hospital.');
    expect(en('My landlord, Mr Baker, used to be a baker.')).toBe('My landlord, Mr [NAMN], used to be a baker.');
    expect(en('Mrs Okonjo at the surgery said so.')).toBe('Mrs [NAMN] at the surgery said so.');
    expect(sv('Det var fru Lindholm på socialtjänsten som sa det.')).toBe('Det var fru [NAMN] på socialtjänsten som sa det.');
    // (Particles after the title belong to the name.)
    expect(en('The doctor was Dr. de la Fuente at Danderyd.')).toBe('The doctor was Dr. [NAMN] at Danderyd.');
  });
});

describe('particles after a cue begin the name (a leak found while writing the title tests)', () => {
  it('"Dr. de la Fuente", "jag heter van der Berg": the whole name, particles too', () => {
    expect(en('The doctor was Dr. van der Linde at Danderyd.')).toBe('The doctor was Dr. [NAMN] at Danderyd.');
    expect(sv('Jag heter de la Fuente.')).toBe('Jag heter [NAMN].');
  });
});
