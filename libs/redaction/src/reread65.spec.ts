import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * The closing re-read of stop 65 (/work/reread65/REREAD.md): its probes, in sentences of our own, each with its guards.
 * 6508124382 is a Luhn-valid personnummer (1965-08-12); 6508124383 is not.
 */

describe('re-read 65, F1: a valid personnummer read across an aside is redacted whatever word names the paper', () => {
  it('redacts the pieces after a claim, case or invoice word', () => {
    expect(one('en', 'The claim letter has six five oh eight one two, and after that it says four three eight two.')).not.toMatch(/six five|eight two/);
    expect(one('sv', 'På ärendebrevet står sextiofem noll åtta tolv, eh, sen står det fyrtiotre åttiotvå.')).not.toMatch(/sextiofem|åttiotvå/);
    expect(one('sv', 'Fakturan säger sextiofem noll åtta tolv, och resten står fyrtiotre åttiotvå.')).not.toMatch(/sextiofem|åttiotvå/);
  });
  it('still keeps a case\'s number that does not validate', () => {
    expect(one('sv', 'På ärendebrevet står sextiofem noll åtta tolv, eh, sen står det fyrtiotre åttiotre.')).toBe('På ärendebrevet står sextiofem noll åtta tolv, eh, sen står det fyrtiotre åttiotre.');
  });
});

describe('re-read 65, F2: the bare name is remembered from a possessive before a capitalised word', () => {
  it('redacts the bare name later in the call after a bank\'s or a product\'s word', () => {
    expect(call('en', "caller: It is my brother Torquil's Nationwide account.", 'caller: It was joint with Torquil until last spring.')[1]).toBe('It was joint with [NAMN] until last spring.');
    expect(call('en', "caller: It was my aunt Morwenna's Halifax ISA.", 'agent: And Morwenna opened it when?')[1]).toBe('And [NAMN] opened it when?');
  });
  it('does not remember a firm\'s possessive before "of"', () => {
    expect(call('en', "caller: He worked for Pettigrew's of Dundee.", 'caller: Pettigrew closed in the nineties.')[1]).toBe(call('en', 'caller: Pettigrew closed in the nineties.')[0]);
  });
});

describe('re-read 65, F3: a card\'s last four broken off, and one broken off by a question mark', () => {
  it('redacts the piece and the corrected last four when the card is named', () => {
    const out = one('sv', 'På kortet är de sista fyra trettiotvå... nej, förlåt, trettiotvå nittio.');
    expect(out).not.toMatch(/trettiotvå|nittio/);
    expect(out).toContain('[KORTNUMMER]');
  });
  it('reads a "?" a taking back follows as a pause', () => {
    expect(one('sv', 'Sista fyra är noll fem fyra? Nej, noll fem fyra åtta.')).not.toMatch(/noll|fyra åtta/);
    expect(one('en', 'The last four are seven one? No, seven one three nine.')).not.toMatch(/seven|nine/);
  });
  it('still keeps an age said after a question mark and a taking back', () => {
    expect(one('sv', 'De sista fyra är elva? Nej, de är sexton år gamla.')).toBe('De sista fyra är elva? Nej, de är sexton år gamla.');
  });
});

describe('re-read 65, F4: "folk sa" and "folk säger" are one decision', () => {
  it('redacts a nickname in -en after either tense', () => {
    expect(one('sv', 'Han hette Algot men alla sa Knotten.')).not.toMatch(/Knotten/);
    expect(one('sv', 'Han hette Algot men alla säger Knotten.')).not.toMatch(/Knotten/);
    expect(one('sv', 'Morfar var känd i byn, folk sa Pilten om honom.')).not.toMatch(/Pilten/);
  });
  it('still keeps a greeting, a wish, a relation or an estate word after the cue', () => {
    expect(one('sv', 'Hon sa Hallå och gick.')).toBe('Hon sa Hallå och gick.');
    expect(one('sv', 'Alla sa Grattis på födelsedagen.')).toBe('Alla sa Grattis på födelsedagen.');
    expect(one('sv', 'Vi sa Mormor till henne.')).toBe('Vi sa Mormor till henne.');
    expect(one('sv', 'Dom sa Dödsboet hela tiden.')).toBe('Dom sa Dödsboet hela tiden.');
  });
});

describe('re-read 65, F5: role words, one set and one rule for both languages', () => {
  it('redacts a full name after a role word, and a name in -na', () => {
    expect(one('en', 'Could you ask my colleague Morven Clerk to ring back?')).not.toMatch(/Morven|Clerk/);
    expect(one('sv', 'Min assistent Tovelina bokar en tid.')).toBe('Min assistent [NAMN] bokar en tid.');
    expect(one('sv', 'Min kollega Tovelina bokar en tid.')).toBe('Min kollega [NAMN] bokar en tid.');
  });
  it('keeps a firm\'s department after "kollega" as after "colleague"', () => {
    expect(one('sv', 'Min kollega Ekonomi hör av sig i morgon.')).toBe('Min kollega Ekonomi hör av sig i morgon.');
    expect(one('en', 'My colleague Finance will be in touch tomorrow.')).toBe('My colleague Finance will be in touch tomorrow.');
    expect(one('en', 'You could also ring Pension Wise about it.')).toBe('You could also ring Pension Wise about it.');
  });
});

describe('re-read 65, F6: a card\'s broken-off last four is labelled a card\'s', () => {
  it('labels the pieces with the card named in the turn (left redacted: fails closed)', () => {
    const out = one('en', 'The last four were nineteen... no, twenty, and the card worked.');
    expect(out).not.toMatch(/nineteen|twenty/);
    expect(out).not.toContain('[ID-NUMMER]');
    expect(out).toContain('[KORTNUMMER]');
  });
});
