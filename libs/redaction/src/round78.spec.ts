import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 78 (tuning-89: moving house and where people live). Sentences of the round's own, not the set's. Each `describe`
 * fixes one mechanism; the guards beside it show what stays kept or redacted.
 */
describe("round 78: a flat's size after a postcode was asked", () => {
  it('keeps square metres said after the postcode question', () => {
    const out = call('en', 'agent: And the postcode?', 'caller: five one two … thirty.', "caller: It's a two-room flat, sixty-four square metres, lovely.");
    expect(out[2]).toContain('sixty-four square metres');
  });
  it('still redacts the postcode pieces answered', () => {
    const out = call('en', 'agent: And the postcode?', 'caller: five one two … thirty.', "caller: It's a two-room flat, sixty-four square metres, lovely.");
    expect(out[1]).not.toMatch(/five one two|thirty/);
  });
});

describe('round 78: a house number put right after where the wrong one stands', () => {
  it('redacts the number after "i registret … men det är"', () => {
    const out = one('sv', 'Ni har Björkvägen 14 i registret men det är fyrtiett, fyra ett, från första mars.');
    expect(out).not.toMatch(/fyrtiett|fyra ett/);
  });
  it('redacts the number after "on file, but it\'s"', () => {
    const out = one('en', "You've got Ekvägen 3 on file, but it's thirty-three, three three.");
    expect(out).not.toMatch(/thirty-three|three three/);
  });
  it('keeps a room count and a rent after the register is named', () => {
    expect(one('sv', 'Ni har Björkvägen 14 i registret, det är tre rum och kök.')).toContain('tre rum');
    expect(one('sv', 'Vi har Björkvägen 14 i systemet, det är 7400 i hyra.')).toContain('7400 i hyra');
  });
});

describe('round 78: a care home someone will be in', () => {
  it('redacts the home after "she\'ll be in" and "ska vara på"', () => {
    expect(one('en', "My mother turns ninety, and she'll be in Lövängens boende from Friday.")).not.toContain('Lövängens');
    expect(one('sv', 'Pappa ska vara på Granbackens äldreboende från måndag.')).not.toContain('Granbackens');
  });
  it('keeps a home where only a meeting will be', () => {
    expect(one('en', 'The meeting will be at Lövängens boende on Friday.')).toContain('Friday');
  });
});

describe('round 78: a name given first when asked with a number', () => {
  it('redacts an unlisted name before the number asked with it', () => {
    const out = call('en', 'agent: Your name and number?', 'caller: Tendai Mubvumba, 850312-4471.');
    expect(out[1]).not.toMatch(/Tendai|Mubvumba/);
  });
  it('still redacts a listed one', () => {
    const out = call('sv', 'agent: Namn och personnummer?', 'caller: Karin Lund, 850312-4471.');
    expect(out[1]).not.toMatch(/Karin|Lund/);
  });
});

describe('round 78: a street name cut by a pause', () => {
  it('redacts both parts and the number', () => {
    const out = one('sv', 'Vi flyttar till Tall … stigen sju i maj.');
    expect(out).not.toMatch(/Tall|stigen|sju/);
  });
  it('redacts the parts after a note on the spelling when an address was asked', () => {
    const out = call('sv', 'agent: Vilken adress?', 'caller: Ås … backen, med ett s, tolv.');
    expect(out[1]).not.toMatch(/Ås|backen|tolv/);
  });
  it('keeps a town and a word for the road there', () => {
    expect(one('sv', 'I Kalmar … vägen dit var lång.')).toContain('vägen dit');
    expect(one('sv', 'Vi åkte till Lund … gatorna där är fina.')).toContain('gatorna');
  });
});

describe("round 78: an address's house number said again", () => {
  it('redacts the number said again after a comma', () => {
    expect(one('sv', 'Jag bor på Tallvägen 8, åtta, vid skolan.')).not.toMatch(/åtta/);
    expect(one('en', 'We live at Tallvägen 4, four, by the school.')).not.toMatch(/four/);
  });
  it('keeps a count or a duration after the address', () => {
    expect(one('sv', 'Jag bor på Tallvägen 8, åtta minuter från stan.')).toContain('åtta minuter');
    expect(one('en', 'We live at Tallvägen 4, four of us.')).toContain('four of us');
  });
});

describe("round 78: a house number in words, remembered, is no count or last digits elsewhere in the call", () => {
  it('keeps a duration, a card\'s last four and a longer number word', () => {
    const out = call('en', 'caller: We stay there for four months.', 'agent: The address?', 'caller: Tallvägen 4, four, by the school.', "caller: It's forty-two square metres, and the card's last four 4821.");
    expect(out[2]).not.toMatch(/four/);
    expect(out[0]).toContain('four months');
    expect(out[3]).toContain('forty-two');
  });
});
