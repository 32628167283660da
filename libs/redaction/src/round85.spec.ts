import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call, one } from './testing/dialogues.js';

/**
 * Round 85 (tuning-95: identity theft, fraud and scams). Sentences of the round's own, not the set's. Each `describe` fixes
 * one mechanism; the guards beside it show what stays kept or redacted.
 */
const types = (lang: 'sv' | 'en', text: string) => redact(text, { lang }).entities.map((e) => e.type);

describe('round 85: a police report\'s number in its own shape is no Eircode', () => {
  it('keeps "K612087-26" and "K5520931-25" said alone or after a cue', () => {
    expect(one('sv', 'Polisen skrev upp det som K612087-26, igår i Luleå.')).toContain('K612087-26');
    expect(one('sv', 'Jo, K612087-26.')).toContain('K612087-26');
    expect(one('en', 'My brother reported it, the police have K5520931-25 on it.')).toContain('K5520931-25');
  });
  it('still redacts an Eircode, and a personal number beside a report\'s number', () => {
    expect(one('en', 'The Eircode there is T12 4567.')).not.toContain('4567');
    expect(one('en', 'We live at A65 F4E2 now.')).not.toContain('F4E2');
    expect(one('sv', 'Anmälan K612087-26 gäller 811218-9876.')).not.toContain('811218-9876');
  });
});

describe('round 85: the police\'s own line, said as where a report is made', () => {
  it('keeps 114 14 after "polisanmälan på"', () => {
    expect(one('sv', 'Ni får göra en polisanmälan på 114 14 i morgon.')).toContain('114 14');
  });
  it('still redacts 114 14 before a town, and a phone number after "polisanmälan"', () => {
    expect(one('sv', 'Jag gjorde en polisanmälan på 114 14 Stockholm.')).not.toContain('114 14');
    expect(one('sv', 'Gör en polisanmälan på 070-174 06 77 förresten.')).not.toContain('070-174 06 77');
  });
});

describe('round 85: Kronofogden\'s case named "mål" right before its figures', () => {
  it('keeps "Mål 23-441206-25" and "målet 23-441206-25"', () => {
    expect(one('sv', 'Det gäller mål 23-441206-25 hos Kronofogden.')).toContain('23-441206-25');
    expect(one('sv', 'Jag bestrider målet 23-441206-25 i sin helhet.')).toContain('23-441206-25');
  });
  it('still redacts a personal number after "mål", and one shaped as one', () => {
    expect(one('sv', 'Mål 811218-9876 står det.')).not.toContain('811218-9876');
    expect(one('sv', 'Mål 85-031212-34 står det.')).not.toContain('031212');
  });
});

describe('round 85: an identity card\'s number is an identity number, not a card\'s', () => {
  it('types the number after "ID card" or "identity card number" as idNumber', () => {
    expect(types('en', 'My ID card was 5521 0873, it was in the wallet.')).toEqual(['idNumber']);
    expect(types('en', 'The identity card number is 5521 0873.')).toEqual(['idNumber']);
  });
  it('still types a payment card\'s number as a card', () => {
    expect(types('en', 'My card was 5521 0873, it was in the wallet.')).toEqual(['card']);
  });
});

describe('round 85: a card reader is a device, its mention asks for no card number', () => {
  it('keeps the sum the agent pays back after "the code from the card reader"', () => {
    const lines = call('en', 'caller: She read him the code from the card reader.', 'agent: We pay the twelve thousand four hundred back next week.');
    expect(lines[1]).toContain('twelve thousand four hundred');
  });
  it('still redacts a card\'s number said after the card', () => {
    expect(one('en', 'The card, it is 5521 0873 1190 2234.')).not.toContain('5521 0873');
  });
});

describe('round 85: a round sum that a verb of money or a sum\'s name leads, after an identifier was named', () => {
  it('keeps "handla för" and "refund of" sums', () => {
    expect(one('sv', 'Kortet spärrades, men de hann handla för tolvtusen fyrahundra innan dess.')).toContain('tolvtusen fyrahundra');
    expect(one('en', 'Nothing changed on your tax account, and a refund of four thousand three hundred is due.')).toContain('four thousand three hundred');
  });
  it('still redacts what the card or account is said to be', () => {
    expect(one('sv', 'Kortet är fyratusen niohundra.')).not.toContain('fyratusen niohundra');
    expect(one('sv', 'Kontot för fyratusen femhundra.')).not.toContain('fyratusen femhundra');
  });
});

describe('round 85: the letters of a P O box spell no name', () => {
  it('keeps "a P O box" and "a P.O. box"', () => {
    expect(one('en', 'The post now goes to a P O box in Solna.')).toContain('a P O box');
    expect(one('en', 'They moved it to a P.O. box.')).toContain('P.O. box');
  });
  it('still redacts a name spelled before "box"', () => {
    expect(one('en', 'My surname is Kapo, K A P O, box 14.')).not.toMatch(/Kapo|K A P O/);
  });
});
