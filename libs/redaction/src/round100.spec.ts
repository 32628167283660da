import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 100 (tuning-110: names that are also words, and names from many languages — misspelt, split, spelt out, put right).
 * Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays
 * kept or redacted.
 */

describe('round 100: a diacritic said after a spelling-alphabet item ("Ó som i Olof med streck") is the item\'s', () => {
  it('redacts the whole spelling, the items after the mark too', () => {
    expect(one('sv', 'Det ska vara K som i Kalle, Ó som i Olof med streck, Z som i Zäta, A som i Adam, och sen resten.')).toBe('Det ska vara [NAMN], och sen resten.');
    expect(one('sv', 'Det stavas B som i Bertil, Ł som i Ludvig med snedstreck, O som i Olof, K som i Kalle.')).toBe('Det stavas [NAMN].');
  });
  it('still keeps a plain sentence with "med streck" in it', () => {
    expect(one('sv', 'Skriv datumet med streck mellan siffrorna, tack.')).toBe('Skriv datumet med streck mellan siffrorna, tack.');
  });
});

describe('round 100: English "speaking" closes an agent\'s introduction after a comma, as "here" does', () => {
  it('redacts a name the lists lack before "speaking", and the name said back later in the call', () => {
    expect(call('en', 'agent: Swedish Pensions Agency, Tamsin speaking.', 'caller: Hi Tamsin, I have a question.')).toEqual(['Swedish Pensions Agency, [NAMN] speaking.', 'Hi [NAMN], I have a question.']);
    expect(call('en', 'agent: Social Insurance Agency, Rich speaking.', 'caller: Oh, Rich? Good.')).toEqual(['Social Insurance Agency, [NAMN] speaking.', 'Oh, [NAMN]? Good.']);
  });
  it('keeps an adverb before "speaking"', () => {
    expect(one('en', 'Well, strictly speaking, the decision came in May. Generally speaking, we pay on the 25th.')).toBe(
      'Well, strictly speaking, the decision came in May. Generally speaking, we pay on the 25th.',
    );
    expect(one('en', 'Legally speaking, you are her guardian.')).toBe('Legally speaking, you are her guardian.');
  });
});

describe('round 100: a name put right after a cued name ("her name was Rich, no, Ritchie") is a name too', () => {
  it('redacts the name put right, one the lists lack as well', () => {
    expect(one('en', 'The man who phoned, his name was Rob, no, Robbert, from the Malmö office.')).toBe('The man who phoned, his name was [NAMN], no, [NAMN], from the Malmö office.');
    expect(one('en', 'My name is Sarah, sorry, I mean Tebogo, T E B O G O.')).not.toMatch(/Tebogo/);
    expect(one('sv', 'Hon heter Lena, nej förlåt, Leontyna.')).toBe('Hon heter [NAMN], nej förlåt, [NAMN].');
  });
  it('keeps a place, a pronoun or a name without a cue put right', () => {
    expect(one('en', "Hello, I'm Maisie, no, sorry, I'm calling for Maisie, I'm her dad.")).not.toMatch(/\[NAMN\] calling|\[NAMN\] her/);
    expect(one('en', 'He moves to Ekbacken, no, Granhyddan, the care home.')).toContain('Granhyddan');
    expect(one('en', 'Her name was Sarah, no, Stockholm is where she works.')).toBe('Her name was [NAMN], no, Stockholm is where she works.');
  });
});

describe('round 100, after its review: a remembered name said again as a lower-case plural stays redacted', () => {
  // (The round's keep for "two bakers" after "Mr Baker" was taken out: its review showed 32 surnames and first names said
  // so — "två johanssons", "alla anderssons", "2 karimis bor på adressen" — fails closed.)
  it('redacts the name however it is counted, its genitive and a capitalised plural', () => {
    expect(call('sv', 'caller: Jag heter Eva Johansson.', 'agent: Två johanssons på samma adress?')[1]).toBe('Två [NAMN] på samma adress?');
    expect(call('en', 'caller: My name is Amir Karimi.', 'agent: So 2 karimis live at the address?')[1]).toBe('So 2 [NAMN] live at the address?');
    const lines = call('en', 'caller: My name is Tom Baker.', "agent: Mr Baker, and is this Baker's account? Two Bakers then.");
    expect(lines[1]).toBe('Mr [NAMN], and is this [NAMN] account? Two [NAMN] then.');
  });
});
