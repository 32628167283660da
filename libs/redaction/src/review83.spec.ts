import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 83: what the privacy review found in round 83's rules. Sentences of our own (the probes' kind, not the
 * probes). Each `describe` fixes one mechanism; the guards beside it pass under round 83's rules too.
 */
describe('review 83 (new leak): an area code said earlier names only the figures right after it', () => {
  it('redacts four or five trailing figures said after "ends" a sentence after an area code', () => {
    expect(one('en', 'The area code is different now. Her number ends 54321.')).not.toContain('54321');
    expect(one('en', 'We moved, so the area code went. The number now ends 8812.')).not.toContain('8812');
    expect(call('en', 'agent: And the area code?', 'caller: It changed. My new number ends 70231.')[1]).not.toContain('70231');
  });
  it('redacts the last figures of a phone said with "ends" alone, and "slutar på"', () => {
    expect(one('en', 'My mobile broke. The number ends 44190.')).not.toContain('44190');
    expect(one('sv', 'Telefonen byttes ut. Numret slutar på 44190.')).not.toContain('44190');
  });
  it('still redacts an area code right after its words, and keeps a year and a sum said later', () => {
    expect(one('en', 'Sorry, the area code is four one five.')).not.toContain('four one five');
    expect(one('sv', 'Riktnumret är noll nio åtta.')).not.toContain('noll nio åtta');
    expect(one('en', 'The area code changed 1994.')).toContain('1994');
    expect(one('en', 'My area code is 312 and the rent was 1800.')).toContain('1800');
    expect(one('en', 'The phone line ends at 10, the office said.')).toContain('10');
  });
});

describe('review 83 (over-redaction): a sentence-start town abroad joined to a surname', () => {
  it('keeps a town abroad that is an ordinary word before a surname', () => {
    expect(one('en', 'Reading Lindgren\'s letter again, it names the heirs.')).toContain('Reading');
    expect(one('en', 'Split Mensah\'s savings between the two children.')).toContain('Split');
    expect(one('en', 'Bath Lindgren gently, the nurse told me.')).toContain('Bath');
  });
  it('keeps a contraction before a surname\'s genitive', () => {
    expect(one('en', 'The keys? That\'s Lindgren\'s.')).toContain('That\'s');
  });
  it('still redacts a first name that is a town abroad, at a sentence\'s start, and the surname', () => {
    expect(one('en', 'A coordination number, 000873-9666. Accra Owusu.')).not.toMatch(/Accra|Owusu/);
    expect(one('en', 'The keys? That\'s Lindgren\'s.')).not.toContain('Lindgren');
  });
});

describe('review 83 (over-redaction): a place and an ordinary noun read back', () => {
  it('keeps a place named with a noun read back as two words', () => {
    expect(call('en', 'caller: It was near the water.', 'agent: I have Cairo Harbour, two words?')[1]).toContain('Cairo Harbour');
    expect(call('en', 'caller: The county.', 'agent: I have Boston County, two words?')[1]).toContain('Boston County');
  });
  it('still redacts a first name that is a town abroad read back with a surname', () => {
    expect(call('en', 'caller: My cousin.', 'agent: I have Ama Boatang, with an e?')[1]).not.toMatch(/Ama\b|Boatang/);
  });
});

describe('review 83 (over-redaction): a genitive standing alone that is no person\'s', () => {
  it('keeps an institution\'s and a brand\'s genitive', () => {
    expect(one('en', 'The law? That\'s the Parliament\'s.')).toContain('Parliament');
    expect(one('en', 'The payment? It was Netflix\'s.')).toContain('Netflix');
    expect(one('en', 'The email account? That\'s Google\'s.')).toContain('Google');
  });
  it('keeps a Swedish nominative ending in -s: a town, a firm', () => {
    expect(one('sv', 'Resan? Det var Paris.')).toContain('Paris');
    expect(one('sv', 'Vilken byrå? Det är Fonus.')).toContain('Fonus');
  });
  it('still redacts a person\'s genitive standing alone', () => {
    expect(one('en', 'The phone? No, it was Gosia\'s.')).not.toContain('Gosia');
    expect(one('sv', 'Telefonen? Nej, det var Okafors.')).not.toContain('Okafor');
  });
});
