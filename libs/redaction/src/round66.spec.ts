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

/** Round 66's privacy review: its probes, or variants of them (leaks first, then words that must stay). */
describe('round 66 review', () => {
  it('L1: a birth year put right by a decade, or another person\'s year, stays a date of birth', () => {
    expect(one('sv', 'Han är född nionde maj femtiotvå, alltså sextiotvå.')).not.toMatch(/sextiotvå|femtiotvå/);
    expect(one('sv', 'Född tjugoförsta januari sextio, alltså sjuttio, förlåt.')).not.toMatch(/sjuttio|sextio/);
    expect(one('sv', 'Född åttonde augusti femtio, och sextio, nej.')).not.toMatch(/sextio|femtio/);
    expect(one('en', 'Born the ninth of May fifty-two, so sixty-two.')).not.toMatch(/sixty-two|fifty-two/);
    expect(one('en', 'Born 9 May 52, so 62.')).not.toMatch(/62|52/);
    expect(one('en', 'Born the ninth of May fifty-two, and sixty-two for my wife.')).not.toMatch(/sixty-two|fifty-two/);
    const lines = call('en', 'agent: And your date of birth?', 'caller: The seventh of June forty-nine, so fifty-nine, sorry.');
    expect(lines[1]).not.toMatch(/fifty-nine|forty-nine/);
  });

  it("L2: a year read back after \"alltså\", and the caller's yes that repeats it, stay redacted", () => {
    const lines = call('sv', 'agent: Fjortonde februari sextio, alltså sjuttio?', 'caller: Ja, sjuttio.');
    expect(lines[0]).not.toMatch(/sjuttio|sextio/);
    expect(lines[1]).not.toMatch(/sjuttio/);
  });

  it('L3: a year after "du"/"hon" without "är" is no age', () => {
    expect(call('sv', 'agent: Och du är född elfte september, du, femtiofem?')[0]).not.toMatch(/femtiofem/);
    expect(one('sv', 'Barnen är födda tredje mars åttiotvå, och hon, åttiofem.')).not.toMatch(/åttiofem|åttiotvå/);
  });

  it("L4: a surname that is a number word in another language stays a name after he's/you're and at the answer's start", () => {
    expect(one('en', "I'm Diez, Carlos Diez.")).not.toMatch(/Diez/);
    expect(one('en', 'The landlord, he\'s Null, Peter Null.')).not.toMatch(/Null/);
    const lines = call('en', "agent: And he's Diez, Antonio?", 'caller: Diez, yes.');
    expect(lines[0]).not.toMatch(/Diez/);
    expect(lines[1]).not.toMatch(/Diez/);
    const kuusi = call('en', "agent: So you're Kuusi?", "caller: Kuusi, that's right, Mikko Kuusi.");
    expect(kuusi.join(' ')).not.toMatch(/Kuusi/);
  });

  it("L5: the house number read back after \"you're\" and said again in the answer stays redacted", () => {
    expect(call('en', "agent: And you're forty-four Park Road, Leeds?", "caller: Forty-four, that's right.")[1]).not.toMatch(/Forty-four/);
    expect(call('en', "agent: So you're twelve Elm Street?", 'caller: Twelve, yes.')[1]).not.toMatch(/Twelve/);
  });

  it("O1: a year or a round sum between a bank's name and the account is no clearing number", () => {
    expect(one('sv', 'Nordea, 2019, och kontot stängdes.')).toContain('2019');
    expect(one('sv', 'Jag har SEB, 4000, sen kontot är låst.')).toContain('4000');
    expect(one('en', 'Nordea, 3000, and the account is empty.')).toContain('3000');
    expect(one('sv', 'Handelsbanken 8500 och sen kontot.')).toContain('8500');
    // (A real clearing number still is.)
    expect(one('sv', 'Swedbank, 8327, och kontot är 123 456 789.')).not.toMatch(/8327/);
  });

  it("O2: after the town and \"no, it's\", only a number that can be a house number is taken", () => {
    expect(one('en', "16 Park Road, Leeds... no, it's 85, he's 85 I mean.")).toMatch(/it's 85, he's 85/);
    expect(one('en', "14 Elm Road, Hull, sorry, it's 250 a month.")).toContain('250 a month');
    expect(one('en', "8 Park Lane, Derby, no, it's 15 March the payment.")).toContain('15 March');
    expect(one('en', "16 Park Road, Leeds... no, it's 2024 we moved.")).toContain('2024');
    expect(one('en', "8 Park Lane, Derby... sorry, it's 4471, the reference.")).toContain('4471');
  });

  it('O3/O4: counts and sums after a stairwell, and the rent after a spelled house letter, are kept', () => {
    expect(one('sv', 'Trapphuset, fyra våningar, och han bor högst upp.')).toContain('fyra våningar');
    expect(one('en', "Stairwell... three flights, and he's eighty-nine.")).toContain('three flights');
    expect(one('sv', 'Uppgången, 2 500 kronor kostade det.')).toContain('2 500 kronor');
    expect(one('sv', 'Uppgången, fyrtio trappsteg.')).toContain('fyrtio trappsteg');
    const rent = one('sv', 'Storgatan 7 b som i Bertil, 4 500 kronor i hyra.');
    expect(rent).toContain('4 500 kronor');
    expect(rent).not.toMatch(/Storgatan|Bertil/);
  });

  it('O5: a year after a farm, a preschool named like a farm, and a town after "som i" are kept', () => {
    const farm = one('sv', 'Backtorpet i Sörbyn 2019 köpte vi.');
    expect(farm).toContain('2019');
    expect(farm).not.toMatch(/Backtorpet|Sörbyn/);
    expect(one('sv', 'Barnen går på Solgården i Norrbyn, förskolan.')).toContain('Solgården i Norrbyn');
    const town = one('sv', 'Storgatan 4 b som i Borås, alltså.');
    expect(town).toContain('Borås');
    expect(town).not.toMatch(/Storgatan|4 b/);
  });
});
