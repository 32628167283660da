import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 69's review: first names shown by the sentence-opening keep rule, and over-redactions from the round's new rules.
 * The review's probes (sentences written for the review); each test fails on 7bae280.
 */
describe('review 69: names the sentence-opening keep rule showed', () => {
  it('"Bo själv" after "Bo Sundell" is Bo himself, in the turn and through the call', () => {
    expect(one('sv', 'Jag heter Bo Sundell. Bo själv har inte fått något brev.')).not.toMatch(/\bBo\b/);
    const out = call('sv', 'agent: Och vem är det som ringer?', 'caller: Bo Sundell.', 'agent: Och det gäller?', 'caller: Bo själv har fått ett brev från Kronofogden.');
    expect(out[3]).not.toMatch(/\bBo\b/);
  });

  it('a vocative "Will"/"Hope" without its comma, the name said again, is the name', () => {
    expect(one('en', "Will you there? It's Will Garside again.")).not.toMatch(/Will/);
    const out = call('en', 'agent: Who am I speaking to?', 'caller: Hope.', 'agent: Hope?', "caller: Hope it's Hope Marsden. Hope it's fine.");
    expect(out[3]).not.toMatch(/Hope/);
  });

  it('"Hans mamma, alltså Hans Ek": the genitive of the Hans the turn names', () => {
    expect(one('sv', 'Öh, Hans mamma, alltså Hans Ek, hon heter Greta Ek och är född fyrtiosex elva noll fem.')).not.toMatch(/Hans/);
  });
});

describe('review 69: a leak old and new shared', () => {
  it('"Will," set off by a comma after "Will Garside" in the call is the name (memory)', () => {
    const out = call('sv', 'agent: Vad heter du?', 'caller: Will Garside.', 'agent: Tack. Will, vad gäller det?');
    expect(out[2]).not.toContain('Will');
  });
});

describe('review 69: over-redactions from the round', () => {
  it("a flat's number said again as a rent, a case number or a year stays", () => {
    const rent = call('en', 'agent: Your address?', 'caller: 14 Oak Road, flat 204, Leeds.', 'agent: And the rent?', 'caller: It is 204 a week, since 2019.');
    expect(rent[3]).toContain('204 a week');
    const year = call('sv', 'agent: Din adress?', 'caller: Storgatan 12, lägenhet 2021.', 'agent: När flyttade du in?', 'caller: I mars 2021.');
    expect(year[3]).toContain('2021');
  });

  it("an e-mail's figures said before a unit are the amount, age or period", () => {
    expect(one('sv', 'Min mejl är sara.lind40@gmail.com, fyrtio procent av lönen går till hyran.')).toContain('fyrtio procent');
    expect(one('en', 'Email me at jo.berg12@gmail.com, twelve pounds is the fee.')).toContain('twelve pounds');
  });

  it('"the farm/village is" + an ordinary word or an agency\'s possessive stays', () => {
    expect(one('en', 'The farm is Christmas trees mostly.')).toContain('Christmas');
    expect(one('en', 'Our village is Great, we love it here.')).toContain('Great');
    expect(one('en', 'The farm is HMRC’s problem now.')).toContain('HMRC’s');
    expect(one('sv', 'Min gård är KRAV-märkt.')).toContain('KRAV-märkt');
  });

  it('a region in "bor i X, utanför Y" is kept', () => {
    expect(one('sv', 'Jag bor i Skåne, utanför Malmö.')).toContain('Skåne');
    expect(one('en', 'I live in Yorkshire, near Leeds.')).toContain('Yorkshire');
  });

  it('a care home ending in -haga is kept', () => {
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(one('sv', 'Pappa bor på Blomhaga, det är ett äldreboende.')).not.toContain('Blomhaga');
    expect(one('en', 'He lives at Ekhaga care home now.')).not.toContain('Ekhaga');
    // (A home said only as a place or an actor stays kept.)
    expect(one('sv', 'Han jobbar på Blomhaga, det är ett äldreboende.')).toContain('Blomhaga');
  });

  it('an agency or bank after "Torpet"/"Gården" without a comma stays', () => {
    expect(one('sv', 'Han bor på Torpet Försäkringskassan har adressen.')).toContain('Försäkringskassan');
    expect(one('sv', 'Vi bor på Gården Nordea har lånet på.')).toContain('Nordea');
  });
});
