import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 39: leaks the blind reviewers of rounds 37 and 38 saw in the code before them and that no round had fixed.
 * Sentences written for these tests, not taken from any eval set.
 */
describe('names the reviewers saw shown', () => {
  it('a surname after a title and an initial ("Dr. A. Nwosu") is the name\'s', () => {
    expect(en('The doctor was Dr. A. Nwosu.')).toBe('The doctor was Dr. [NAMN].');
    expect(en('Mr. J. Nwosu called me.')).toBe('Mr. [NAMN] called me.');
    expect(en('My name is Anna B. Carter.')).toBe('My name is [NAMN].');
    // (A single letter read out is no initial: "Det står A. Sedan kom B.")
    expect(sv('Det står A. Sedan kom B.')).toBe('Det står A. Sedan kom B.');
  });

  it('a first name after a cue for a person stays a name before a street\'s word ("signed by Peter Lane")', () => {
    expect(call('en', 'caller: Hello.', 'caller: The letter was signed by Peter Lane at your office.')[1]).toBe('The letter was signed by [NAMN] at your office.');
    expect(en('I was talking to Jack Road at the bank.')).toBe('I was talking to [NAMN] at the bank.');
  });

  it('a month that is a first name, born or turning an age, is a name ("August was born in March")', () => {
    expect(en('August was born in March, he is my son.')).not.toMatch(/August/);
    expect(sv('Maj är född 1942 och bor hos mig.')).not.toMatch(/Maj/);
    expect(en('August was a cold month.')).toBe('August was a cold month.');
  });

  it('"Mina", "Dina", "Dag" are first names where written as names; "Mina sidor" is the e-service', () => {
    expect(call('sv', 'agent: Vem pratar jag med?', 'caller: Det är Mina. Mina är fjorton åttiosju.')[1]).not.toMatch(/Mina/);
    expect(sv('Min dotter Mina ringer ibland.')).toBe('Min dotter [NAMN] ringer ibland.');
    expect(sv('Jag pratade med Dina på kontoret.')).toBe('Jag pratade med [NAMN] på kontoret.');
    expect(sv('Mina barn är vuxna. Dina papper kom i går.')).toBe('Mina barn är vuxna. Dina papper kom i går.');
    expect(sv('Jag loggar in på Mina sidor och läser under Mina meddelanden.')).toBe('Jag loggar in på Mina sidor och läser under Mina meddelanden.');
  });
});

describe('house numbers said again', () => {
  it('a second house number after "eller … menar jag", "or was it", "no" is the address\'s too', () => {
    expect(sv('Vi bor på Storgatan 14, eller 16 menar jag.')).toBe('Vi bor på [ADRESS], eller [ADRESS] menar jag.');
    expect(en('We live at 14 Mill Road, or was it 16, no, 14.')).toBe('We live at [ADRESS], or was it [ADRESS], no, [ADRESS].');
    expect(sv('Vi bor på Storgatan 14, eller var det 16, nej 14, och hyran är 6 200.')).toBe('Vi bor på [ADRESS], eller var det [ADRESS], nej [ADRESS], och hyran är 6 200.');
    // (Other talk after "eller" is kept.)
    expect(sv('Storgatan 5, eller 3 rum och kök.')).toBe('[ADRESS], eller 3 rum och kök.');
  });
});
