import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 59, from the blind tuning set tuning-70 (addresses abroad and at home said the hard ways, dates of birth every way;
 * its first run in tuning-70/before-round-59.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 59: addresses', () => {
  it('the number named after a street over a pause ("Calle Mayor... och numret är fyrtioett")', () => {
    expect(one('sv', 'Det är Calle del Sol... och numret är fyrtioett.')).not.toContain('fyrtioett');
  });

  it('"hus nummer", "house number": a house\'s number without a street', () => {
    expect(one('sv', 'Vi har ingen gatuadress, det är hus nummer åttiotvå, i byn.')).not.toContain('åttiotvå');
    expect(one('en', "There's no street name, it's house number fifty-one, by the school.")).not.toContain('fifty-one');
  });

  it('the floor and door said first in the answer about the home ("Segundo derecha, …")', () => {
    const lines = call('sv', 'agent: Vad är den nya adressen?', 'caller: Det är Calle del Sol... och numret är fyrtioett.', 'caller: Segundo derecha, alltså andra våningen.');
    expect(lines[2]).not.toContain('derecha');
  });

  it('a postcode read digit by digit before the town, whatever came before it', () => {
    expect(one('en', "It's number four, Carrer del Pi, zero seven... one zero zero, Sóller, on Mallorca.")).not.toMatch(/zero seven|one zero zero/);
  });

  it('a US zip code named in Swedish ("zip-koden")', () => {
    expect(one('sv', 'Vi bor i Florida nu, zip-koden är 32801.')).not.toContain('32801');
  });
});

describe('round 59: dates of birth', () => {
  it('a day and month after "jag är", once the turn has a date of birth ("… förlåt, jag är nionde mars")', () => {
    expect(one('sv', 'Han är född femtiotvå, tolfte... nej, det är ju min, förlåt, jag är nionde mars.')).not.toContain('nionde mars');
  });

  it('a date set against the date of birth with "eller", and put right after the question', () => {
    expect(one('sv', 'Född 4 juni 1961, eller var det 6 april? Nej, 4 juni, jag tar alltid fel.')).not.toMatch(/6 april|Nej, 4 juni/);
  });

  it('the answer to a birth question that begins with the month alone before a pause', () => {
    expect(call('en', 'agent: Your date of birth?', 'caller: March... the ninth, nineteen fifty.')[1]).not.toContain('March');
    // (Not "May I …".)
    expect(call('en', 'agent: Your date of birth?', 'caller: May I ask why you need it?')[1]).toContain('May I ask');
  });
});

describe("round 59's review: leaks closed", () => {
  it('a surname after a floor said first in an address answer stays hidden', () => {
    const lines = call('sv', 'agent: Vad är adressen?', 'caller: Det är Calle del Sol... och numret är fyrtioett.', 'caller: Segundo derecha, Martínez står det på dörren.');
    expect(lines[2]).not.toContain('Martínez');
  });

  it('the year after a month said alone in a birth answer stays hidden', () => {
    expect(call('sv', 'agent: Vilket datum är du född?', 'caller: Augusti. Och året, nittonhundrasextiotvå.')[1]).not.toContain('nittonhundrasextiotvå');
  });
});

describe("round 59's review: over-redaction narrowed", () => {
  it('digits read one by one before an agency or a word are no postcode', () => {
    expect(one('sv', 'Mitt ärendenummer är fyra fem sex sju, Försäkringskassan sa det.')).toContain('fyra fem sex sju');
    expect(one('sv', 'Jag bor på Storgatan 4, och hyran var sex fem noll noll.')).toContain('sex fem noll noll');
  });

});
