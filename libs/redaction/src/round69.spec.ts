import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 69 (tuning-80): a flat's number said again alone, an e-mail's figures read out after it, a name after a postcode
 * and its town; and words kept: a modal, "per", "bo" or "hans" opening a sentence beside the same name, an amount begun
 * again after a pause, a sum the recogniser read as an address, CSN's public line. Each keep rule has its fail-closed
 * guards beside it. Sentences written for these tests.
 */
describe('round 69: personal data found', () => {
  it('a flat number said in the address is the address when said again alone later in the call', () => {
    const out = call('sv', 'agent: Vilken lägenhet bor du i?', 'caller: Lägenhet 1407, femte våningen.', 'agent: Lägenhet 1407?', 'caller: Ja, på dörren står det 1407.');
    expect(out[3]).not.toContain('1407');
    const en = call('en', 'agent: And the flat?', 'caller: Flat 215, second floor.', 'agent: Thanks.', 'caller: The buzzer says 215 too.');
    expect(en[3]).not.toContain('215');
    // (Guard: the same figures as an amount stay an amount.)
    expect(call('sv', 'agent: Vilken lägenhet?', 'caller: Lägenhet 1407.', 'agent: Och hyran?', 'caller: Den höjdes med 1407 kronor.')[3]).toContain('1407 kronor');
  });

  it("an e-mail's figures read out in words right after it are part of it", () => {
    const out = one('en', "Write to p.lund1979@gmail.com, p dot l-u-n-d, nineteen seventy-nine, I'm Paula Lund.");
    expect(out).not.toMatch(/nineteen|seventy-nine/);
    expect(one('sv', 'Mejla nils.ek64@telia.se, sextiofyra, tack.')).not.toContain('sextiofyra');
  });

  it('a name after a postcode and its town is a name, with one of its words known', () => {
    expect(one('en', 'Send it to Calle Mayor 8, 46001 Valencia, Fiona Quarrie.')).not.toMatch(/Fiona|Quarrie/);
    expect(one('en', 'I live at Rua Nova 4, 4050-123 Porto, Fiona Quarrie.')).not.toMatch(/Fiona|Quarrie/);
  });
});

describe('round 69: villages, farms and houses named', () => {
  it('a village or farm named by "is"/"heter" after its word is the address', () => {
    expect(one('en', 'Our village is Great Wymondley, there is no street name.')).not.toMatch(/Wymondley/);
    expect(one('en', 'The farm is Norrgården, past the church.')).not.toContain('Norrgården');
  });

  it('the place one lives in, set against the town it lies outside, is the address; a known town is kept', () => {
    expect(one('sv', 'Vi bor i Västerbyn, utanför Mora, sedan länge.')).not.toContain('Västerbyn');
    expect(one('en', 'I live in Nethercott, outside Taunton.')).not.toContain('Nethercott');
    expect(one('sv', 'Vi bor i Lund, utanför Malmö, typ.')).toContain('Lund');
  });

  it('a farm or house name after "moved to"/"flyttar till", before the street, is part of the address', () => {
    expect(one('en', 'She moved to Ekhaga, Björkvägen 9, 741 30 Knivsta.')).not.toContain('Ekhaga');
    expect(one('sv', 'Han flyttar till Ekhaga, Björkvägen 9, 741 30 Knivsta.')).not.toContain('Ekhaga');
  });

  it("a farm's word written as a name has the farm's name after it", () => {
    expect(one('sv', 'Hon bor på Torpet Kvarnlyckan sedan i våras.')).not.toContain('Kvarnlyckan');
  });
});

describe('round 69: words kept', () => {
  // (Round 69's review: kept only where the turn and the call name no one by the word; where they do, it is the name,
  // fails closed. These three had the name in the same turn; see review69.spec.ts.)
  it('a modal or verb opening its sentence before its subject is no name', () => {
    expect(one('en', 'May I ask about the form? I rang last week.')).toContain('May I ask');
    expect(one('en', 'Will you post it today? I need it by Friday.')).toContain('Will you post');
    expect(one('en', "Hope it's not too late, I only got the letter today.")).toContain("Hope it's");
    expect(one('en', 'Will you post it today? This is Will Garside.')).not.toMatch(/Will/);
    // Guards: set off by a comma, or before a verb, the word is the person.
    expect(one('en', "Will, you there? It's Will Garside again.")).not.toMatch(/Will/);
    expect(one('en', 'Will said you would call, Will Garside here.')).not.toMatch(/Will/);
    // (And an identifier beside it is redacted all the same.)
    expect(one('en', "Will you ring me on 070-174 06 33? I'm Will Garside.")).not.toContain('174 06 33');
  });

  it('"Per", "Bo", "Hans" opening a Swedish sentence as the ordinary word are kept', () => {
    // ("Per" before a unit even beside Per Ström; "Bo", "Hans" only where the turn names no Bo or Hans, round 69's review.)
    expect(one('sv', 'Per vecka blir det 900 kronor, säger Per Ström.')).toContain('Per vecka');
    expect(one('sv', 'Bo ensam klarar han inte, sa hans syster.')).toContain('Bo ensam');
    expect(one('sv', 'Öh, Hans bror bor i Lund, och han heter Erik.')).toContain('Hans bror');
    expect(one('sv', 'Bo ensam klarar han inte, sa Bo Sundell.')).not.toMatch(/\bBo\b/);
    // Guards: before a verb or a comma they are the name.
    expect(one('sv', 'Per ringde i går, sa Per Ström.')).not.toMatch(/Per/);
    expect(one('sv', 'Hans, bror till mig, heter Hans Ek.')).not.toMatch(/Hans/);
    expect(one('sv', 'Bo ringer dig, sa Bo Sundell.')).not.toMatch(/\bBo\b/);
  });

  it('an amount begun again after a pause is an amount', () => {
    expect(one('sv', 'Jag får bostadsbidrag på elva tusen... elva tusen fyrahundra i månaden.')).toContain('elva tusen fyrahundra');
    // Guard: a personal number begun again the same way is redacted whole.
    const out = call('sv', 'agent: Ditt personnummer?', 'caller: Nitton femtiosju... nitton femtiosju noll tre tolv, tjugotre nittionio.');
    expect(out[1]).not.toMatch(/femtiosju|noll tre|tjugotre|nittionio/);
  });

  it('a sum the recogniser reads as an address, numbers and hedges only, is a sum', () => {
    const out = call('sv', 'agent: Har du ett aktiebolag också?', 'caller: Ja, Snickeri och Bygg i Ljusdal AB.', 'agent: Vad blev inkomsten för 2024, ungefär?', 'caller: Fyrahundratjugo tusen, ungefär, 420 000.');
    expect(out[3]).toContain('420 000');
    // Guard: a postcode asked for and read with "tusen" stays redacted.
    const postcode = call('sv', 'agent: Och postnumret?', 'caller: Fyrtioett tusen trehundrasextiotre, ungefär.');
    expect(postcode[1]).not.toMatch(/trehundrasextiotre/);
  });

  it("CSN's public number is kept as the other agencies' are; a caller's own number is not", () => {
    expect(one('en', 'You can call CSN on 0771-276 000 on weekdays.')).toContain('0771-276 000');
    expect(one('en', 'You can call me on 070-174 06 33 on weekdays.')).not.toContain('174 06 33');
  });
});
