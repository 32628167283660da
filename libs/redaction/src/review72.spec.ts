import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review 72 of round 72 (bee4e32..18217fd): one new leak and over-redaction from each of the round's mechanisms. Reviewer
 * probes; each failed on 18217fd. Guards: the round's own gains still hold.
 */
const DOB = (lang: 'sv' | 'en') => (lang === 'en' ? ['agent: Can you confirm your date of birth?', 'caller: Second of June, forty-one.'] : ['agent: Vilket datum är du född?', 'caller: Andra juni fyrtioett.']);

describe('review 72 L1: a first name that is a town, after a postcode only offered as an alternative, is a name', () => {
  it('redacts the name', () => {
    expect(one('en', 'The postcode is 2000, or 2010, Charlotte?')).not.toContain('Charlotte');
    expect(one('en', 'Postcode 2000, or 2010, Victoria.')).not.toContain('Victoria');
    expect(one('en', 'Postcode 3000, or 3001, Florence.')).not.toContain('Florence');
    expect(call('en', 'agent: And the postcode?', 'caller: 2000, or 2010, Victoria?')[1]).not.toContain('Victoria');
  });
});

describe('review 72 O1: only the agent reading the record back, the date closing its clause', () => {
  it('keeps payment, decision and deadline dates and the caller\'s own dates', () => {
    expect(call('en', ...DOB('en'), 'agent: I have the twenty-fifth of May for the next payment.')[2]).toContain('twenty-fifth of May');
    expect(call('en', ...DOB('en'), 'agent: Okay. I have the third of July as the decision date, is that right?')[2]).toContain('third of July');
    expect(call('en', ...DOB('en'), 'caller: I have the 3rd of May off, I can call back then.')[2]).toContain('3rd of May');
    expect(call('sv', ...DOB('sv'), 'agent: Jag har tredje juli som utbetalningsdag.')[2]).toContain('tredje juli');
    expect(call('sv', ...DOB('sv'), 'agent: Jag ser den tjugofemte april här, då fattades beslutet.')[2]).toContain('tjugofemte april');
    expect(call('en', ...DOB('en'), 'agent: I have the second of June. I have the first of April, when the claim came in.')[2]).toContain('first of April');
  });
  it('guard: the read-back itself is still redacted', () => {
    expect(call('en', ...DOB('en'), 'agent: I have the fifth of April, let me check.')[2]).not.toContain('fifth of April');
    expect(call('sv', ...DOB('sv'), 'agent: Jag har tredje juli, stämmer det?')[2]).not.toContain('tredje juli');
  });
});

describe('review 72 O2: after a "född"/"born" aside, only a date is taken', () => {
  it('keeps amounts, durations, times, paydays and recent years', () => {
    expect(one('sv', 'Han är född... vad var det nu... 1500 kronor i månaden får han.')).toContain('1500 kronor');
    expect(one('sv', 'Hon är född... hur var det nu... 2 500 i månaden.')).toContain('2 500');
    expect(one('sv', 'Hon är född... mamma, vad var det nu... den 25 kommer pengarna väl?')).toContain('25 kommer');
    expect(one('sv', 'Född... ska vi se... 2021 fick vi beslutet.')).toContain('2021');
    expect(one('en', 'He was born... let me see... 14 days ago I sent the form.')).toContain('14 days');
    expect(one('en', "He was born... let me see... three o'clock is fine.")).toContain('three');
    expect(one('en', 'He was born... let me think... 2020, that\'s when we applied.')).toContain('2020');
  });
  it('guard: the date after the aside is still redacted', () => {
    expect(one('sv', 'Hon är född... farmor, vad är det... trettiofem, sjätte juni.')).not.toMatch(/trettiofem|sjätte juni/);
  });
});

describe('review 72 O3: a year said short is one of birth only where it can be', () => {
  it('keeps event dates with this year\'s or next year\'s short year', () => {
    expect(one('en', "He's the 12th of January '25 for the hearing.")).toContain("12th of January '25");
    expect(one('en', "He's the first of April '24 on the letter, that's the decision date.")).toContain("first of April '24");
    expect(one('sv', 'Hon är den 30 juni -25 för omprövningen.')).toContain('30 juni -25');
  });
  it('guard: a birth year said short is still redacted', () => {
    expect(one('en', "My brother Clive? He's the sixth of November '49, I'm '53, we're four years apart.")).not.toContain('sixth of November');
  });
});

describe('review 72 O4: a postcode\'s alternative is not an amount, a case number or a year', () => {
  it('keeps them', () => {
    expect(one('sv', 'Postnumret är 931 33 eller 12 500 i månaden betalar jag i hyra.')).toContain('12 500');
    expect(one('sv', 'Postnummer 931 33 och ärendenumret är 12345, eller 12346.')).toContain('12346');
    expect(one('en', 'The postcode is 2000. The rent is 1800. No, 1900.')).toContain('1900');
    expect(one('en', 'My zip code is 90210, or 45000 a year is what I earn.')).toContain('45000');
    expect(one('en', 'Postcode 0150 Oslo, or 1500 kroner I paid.')).toContain('1500');
    expect(one('sv', 'Postnummer 014 50, och jag fick 1450 i januari.')).toContain('1450');
    expect(one('en', 'Postcode 2000, or 1999? No, 2000.')).toContain('1999');
  });
  it('does not spread an amount to later turns', () => {
    const out = call('sv', 'caller: Postnumret är 931 33, eller 12 500 i månaden betalar jag.', 'agent: Okej, 12 500 i hyra.', 'caller: Ja, 12 500.');
    expect(out[1]).toContain('12 500');
    expect(out[2]).toContain('12 500');
  });
  it('guard: the postcode offered instead, or written without its zero, is still redacted', () => {
    expect(one('sv', 'Ängsvägen 7, 931 33, Skellefteå... eller 931 35, det står på en lapp... 931 33.')).not.toContain('931 35');
    expect(one('en', 'The postcode is 04100, the letter said 4100 without the zero.')).not.toContain('4100 without');
  });
});

describe('review 72 O5: a number after "det är"/"it\'s" is a house number put right only in a house number\'s range, with no unit', () => {
  it('keeps rents, counts, durations, ages and years', () => {
    expect(one('sv', 'Jag bor på Storgatan 12, det är 8000 i hyra.')).toContain('8000');
    expect(one('sv', 'Jag bor på Storgatan 12, det är 2, 2 rum.')).toContain('det är 2');
    expect(one('sv', 'Jag bor på Storgatan 12, det är 14, dagar alltså.')).toContain('14');
    expect(one('sv', 'Jag bor på Storgatan 12, det är trettio, trettio år har vi bott där.')).toContain('det är trettio');
    expect(one('sv', 'Mamma bor på Vallby 241, men det är 85, hon är gammal.')).toContain('85');
    expect(one('sv', 'Jag bor på Storgatan 12, det är 1890.')).toContain('1890');
    expect(one('sv', 'Storgatan 12, det är 25:e som pengarna kommer.')).toContain('25:e');
  });
  it('keeps a bare short number after "det är" with no sign of a correction', () => {
    expect(one('sv', 'Lägenheten på Storgatan 12, det är tre.')).toContain('det är tre');
    expect(one('sv', 'Kontoret ligger på Storgatan 12, det är 10.')).toContain('det är 10');
    expect(one('sv', 'Vi flyttade till Storgatan 12, det är två.')).toContain('det är två');
  });
  it('does not spread a rent to later turns', () => {
    const out = call('sv', 'caller: Jag bor på Storgatan 12, det är 8000.', 'agent: 8000 i hyra, okej.', 'caller: Ja 8000.');
    expect(out[1]).toContain('8000');
    expect(out[2]).toContain('8000');
  });
  it('guard: the house number put right is still redacted', () => {
    expect(one('sv', 'Vi bor på Berga 118, nej, det är ett åtta ett, posten kommer fel.')).not.toContain('ett åtta ett');
    expect(one('en', "Your letter says Mill Street 14, it's forty-one, four one, near the church.")).not.toMatch(/forty-one|four one/);
  });
});

describe('review 72 O6: a bed after a care home is not a count of beds', () => {
  it('keeps counts and sizes', () => {
    expect(one('en', "Hollybank Care Home, bed 30 in total, it's a small place.")).toContain('30 in total');
    expect(one('sv', 'Solgårdens äldreboende, säng 20 har de totalt.')).toContain('20 har');
    expect(one('en', "He's at Hollybank Care Home, bed 3 of the 20.")).toContain('bed 3');
  });
  it('guard: the bed someone lives in is still redacted', () => {
    expect(one('sv', 'Hon bor på Solgårdens äldreboende, avdelning Linden, säng 2.')).not.toContain('säng 2');
  });
});
