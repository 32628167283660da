import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 66, from the blind tuning set tuning-77 (addresses and postcodes as people say them, every identifier type in whole
 * calls; its first run in tuning-77/before-round-66.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 66: addresses as people say them', () => {
  it("a house letter's spelling belongs to the house number, and the floor after it too", () => {
    const out = one('sv', 'Nu heter det Granbacken... sjutton c som i Cesar, två trappor upp.');
    expect(out).not.toMatch(/Granbacken|sjutton|Cesar|trappor/);
    expect(one('sv', 'Vi bor på Björkvägen sju a som i Adam.')).not.toMatch(/Björkvägen|sju|Adam/);
  });

  it('a stairwell by its number or spelled letter, after a pause', () => {
    expect(one('sv', 'Uppgång... tre d som i David, och sen hiss.')).not.toMatch(/tre d|David/);
    // (A stairwell's letter alone, not spelled, is left to the door's letter in a sentence about a home.)
    expect(one('sv', 'Uppgång B står det på skylten vid hissen.')).toContain('Uppgång B');
  });

  it('a compass point after an English street word is part of the street', () => {
    expect(one('en', 'Suite 2204, 350 Bay Street South.')).not.toMatch(/South/);
  });

  it("a house number put right after the town, with \"it's\" before it", () => {
    const out = one('en', '2718 Cedar Hollow Lane, Boise... no wait, it\'s 2781.');
    expect(out).not.toMatch(/2718|2781|Cedar/);
    expect(out).toContain('Boise');
  });

  it('an address cue, a pause, and a place without a street word', () => {
    const out = one('sv', 'Jag bor på... eh... Sandnäset, nittiofyra två tjugoett.');
    expect(out).not.toMatch(/Sandnäset|nittiofyra|tjugoett/);
  });

  it('a farm named with the village it lies in; the town after the postcode is kept', () => {
    const out = one('sv', 'Det är Nygården i Östanbyn, sjuttioåtta två trettio, Mora.');
    expect(out).not.toMatch(/Nygården|Östanbyn|sjuttioåtta/);
    expect(out).toContain('Mora');
    // (A farm with a town the lists know: the town is kept.)
    expect(one('sv', 'Vi var på Lillgården i Ockelbo i somras.')).toContain('Ockelbo');
  });
});

describe('round 66: postcodes as people say them', () => {
  it("a spoken postcode, the caller's yes, and a known town", () => {
    const out = one('en', 'Eighty-one oh six seven, yes, Munich.');
    expect(out).not.toMatch(/Eighty-one|six seven/);
    expect(out).toContain('Munich');
  });

  it('a British postcode begun, put right, and its second half in words after "postcode was"', () => {
    const out = one('en', 'The postcode was L S six, no sorry, LS7, four T R.');
    expect(out).not.toMatch(/L S six|LS7|four T R/);
  });
});

describe('round 66: the age said after a date of birth is kept', () => {
  it('after "alltså", an age that adds up with the year to this century', () => {
    const out = one('sv', 'Hon är född tredje mars fyrtiosju, alltså sjuttioåtta.');
    expect(out).not.toMatch(/tredje mars|fyrtiosju/);
    expect(out).toContain('sjuttioåtta');
    // (Round 66's review: the same last digit after "alltså" may be a decade put right, so it stays the date: fails closed.)
    expect(one('sv', 'Hon är född tredje mars fyrtioåtta, alltså sjuttioåtta.')).not.toMatch(/fyrtioåtta|sjuttioåtta/);
  });

  it('after "you\'re", "she\'s", the age is kept and the date is not', () => {
    const out = one('en', 'Born fifth of June, she\'s ninety-one.');
    expect(out).not.toMatch(/fifth of June/);
    expect(out).toContain('ninety-one');
    const lines = call('en', 'agent: And you were born the ninth of March, you\'re seventy?', 'caller: Yes.');
    expect(lines[0]).not.toMatch(/ninth of March/);
  });

  it('after a comma, the age said with the two-digit year', () => {
    const out = one('en', 'Born second of April eighty-eight, thirty-eight.');
    expect(out).not.toMatch(/second of April|eighty-eight/);
    expect(out).toContain('thirty-eight');
  });

  it('a year put right after "alltså" is still the date of birth (fails closed)', () => {
    expect(one('sv', 'Han är född nionde maj sextiotvå, alltså sextiotre.')).not.toMatch(/sextiotre|sextiotvå/);
  });
});

describe('round 66: an age asked and said again in a call', () => {
  it('a count after "she\'s" is no name, and said again at the start of the answer is no house number', () => {
    const lines = call(
      'en',
      'agent: And your name?',
      'caller: Rose Hart, his niece. Letters to me, PO Box 88, Ripley, DE5 3AB.',
      "agent: PO Box 88, DE5 3AB. She's seventy-nine?",
      'caller: Seventy-nine, born the fourth of May.',
    );
    expect(lines[2]).toContain('seventy-nine');
    expect(lines[3]).toContain('Seventy-nine');
    expect(lines[3]).not.toMatch(/fourth of May/);
  });
});

describe('round 66: identifiers in whole calls', () => {
  it('a number after "cell" is a phone', () => {
    expect(one('en', "You can try my husband's cell, 555-0182.")).not.toMatch(/0182/);
  });

  it("four digits between a bank's name and the account are its clearing number", () => {
    const out = one('sv', 'Handelsbanken, 6123, och kontot är 123 456 789.');
    expect(out).not.toMatch(/6123|456/);
    expect(out).toContain('Handelsbanken');
  });
});
