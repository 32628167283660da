import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review 73 of round 73 (0f7aa72..4d39fa4): the new leaks, then the new over-redaction, then two shared leaks. Examples in the
 * reviewer's style; each fix test failed on 4d39fa4. Guards: the round's own gains still hold.
 */
const guarded = (lang: 'sv' | 'en', text: string): string => guardText(text, { lang }).text;

describe('review 73 L1: an answer to a case-number question keeps only a case number\'s own shape', () => {
  it('redacts misheard personal numbers, passports, PANs, cards and customer numbers given as the answer', () => {
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, 72 11 04 56 78.')[1]).toBe('Ja, [ID-NUMMER].');
    expect(call('sv', 'agent: Vilket ärendenummer gäller det?', 'caller: Sjuttiotvå elva noll fyra, femtiosex sjuttioåtta.')[1]).not.toMatch(/sjuttioåtta/);
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: 19721104 5678.')[1]).not.toContain('5678');
    expect(call('sv', 'agent: Har du ett ärendenummer?', 'caller: Ja, 5811774562, och hyran är 6 200 kronor.')[1]).toBe('Ja, [ID-NUMMER], och hyran är 6 200 kronor.');
    expect(call('en', 'agent: Do you have a reference number?', 'caller: Well, there is B7654321 on it, my passport.')[1]).not.toContain('B7654321');
    expect(call('en', 'agent: Can you read me the case number?', 'caller: I only have FGHIJ5678K, my PAN card.')[1]).not.toContain('FGHIJ5678K');
    expect(call('en', 'agent: Do you have a case number?', 'caller: Four four four four, three three three three, two two two two, one one one two.')[1]).not.toMatch(/one one one two/);
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: Det står 7654321 0987, fast det är nog mitt kundnummer.')[1]).not.toContain('0987');
  });
  it('guard: a case number in its own shape is still kept as the answer', () => {
    expect(call('en', 'agent: Have you got a case number?', 'caller: Yes, 31-7720519.')[1]).toBe('Yes, 31-7720519.');
    expect(call('sv', 'agent: Har du ärendenumret?', 'caller: Ja, 19811218-9876.')[1]).toBe('Ja, [PERSONNUMMER].');
  });
});

describe('review 73 L2: "målnummer" keeps no number shaped as a personal number, nor does the guard', () => {
  it('redacts a date-shaped ten or twelve figures after the cue', () => {
    expect(one('sv', 'Målnumret är 72 11 04 56 78, står det.')).toBe('Målnumret är [ID-NUMMER], står det.');
    expect(one('sv', 'Målnummer, sjuttiotvå elva noll fyra, femtiosex sjuttioåtta.')).not.toMatch(/sjuttioåtta/);
    expect(call('sv', 'agent: Vilket målnummer?', 'caller: Målnumret är 5811774562.')[1]).toBe('Målnumret är [ID-NUMMER].');
    expect(guarded('sv', 'Målnumret är 5811774562.')).toBe('Målnumret är [ID-NUMMER].');
  });
  it('guard: Kronofogden\'s case number after its cue is still kept', () => {
    expect(one('sv', 'Kronofogden skrev målnummer 14-302217-09 på brevet.')).toContain('14-302217-09');
  });
});

describe('review 73 L3: a care home\'s list is read past a month after its ward to the room or bed', () => {
  it('redacts the room or bed', () => {
    expect(one('sv', 'Björkbackens vårdboende, avdelning Rönnen sedan maj, säng 4.')).not.toContain('säng 4');
    expect(one('sv', 'Pappa, alltså, Lindgårdens äldreboende, avdelning tre sedan juni, rum 9.')).not.toContain('rum 9');
    expect(one('en', 'Hollyfield Care Home, ward 3 in April, bed 2.')).not.toContain('bed 2');
    expect(one('en', 'He moved in June to Elmfield Nursing Home, Cedar Ward in July, room nine.')).not.toContain('room nine');
  });
});

describe('review 73 O1: a postcode or PIN cue takes only its own number', () => {
  it('keeps amounts and years later in the line', () => {
    expect(one('en', 'The postcode was wrong, so the charge is 1750.')).toContain('1750');
    expect(one('en', 'I changed the PIN and the payment is 3200.')).toContain('3200');
    expect(one('sv', 'Jag ändrade postnumret och avgiften är 2100.')).toContain('2100');
    expect(one('en', 'Zip code was off, the year is 2021.')).toContain('2021');
    expect(one('en', 'You can\'t pin that on me, the balance is 2750.')).toContain('2750');
  });
  it('keeps the amount after a PIN once guarded', () => {
    expect(guarded('en', one('en', 'My PIN is 7731, and the payment is 1250.'))).toBe('My PIN is [POSTNUMMER], and the payment is 1250.');
  });
  it('guard: the postcode or PIN right after its cue is still redacted', () => {
    expect(one('en', 'The postcode is 7010.')).toBe('The postcode is [POSTNUMMER].');
    expect(one('en', 'The PIN code is 560034.')).toBe('The PIN code is [POSTNUMMER].');
  });
});

describe('review 73 O2: a care home as a place, and a town, are kept', () => {
  it('keeps a home where meetings and offices are, or visited', () => {
    expect(one('en', 'The review is at Hollyfield Care Home on Monday.')).toContain('Hollyfield Care Home');
    expect(one('en', 'The pharmacy is at Elmfield Lodge on Thursdays.')).toContain('Elmfield Lodge');
    expect(one('sv', 'Mottagningen ligger på Lindgårdens äldreboende, vid entrén.')).toContain('Lindgårdens äldreboende');
    expect(one('en', 'My brother\'s been to Elmfield Lodge three times to see her.')).toContain('Elmfield Lodge');
    expect(one('en', 'Pension Credit is paid to Elmfield Lodge now.')).toContain('Elmfield Lodge');
  });
  it('keeps a town before "a care home"', () => {
    expect(one('sv', 'Han bor i Umeå, ett äldreboende nära sjukhuset.')).toContain('Umeå');
    expect(one('en', 'She lives in Bristol, a care home near the park.')).toContain('Bristol');
  });
  it('guard: a person at the home is still living there', () => {
    expect(one('en', 'She is at Hollyfield Care Home now.')).not.toContain('Hollyfield');
    expect(one('sv', 'Mamma bor på Lindgårdens äldreboende.')).not.toContain('Lindgårdens');
  });
});

describe('review 73 O3: "the year\'s" and a New Year\'s Day payment are no birth date', () => {
  it('keeps them', () => {
    expect(one('en', 'Born 1948, and the year\'s allowance stays the same.')).toContain('year\'s allowance');
    expect(one('en', 'Born in 1957, and New Year\'s Day is when the pension comes.')).toContain('New Year\'s Day');
  });
  it('guard: born on New Year\'s Day is still a birth date', () => {
    expect(one('en', 'I was born on New Year\'s Day, 1961.')).not.toContain('New Year');
  });
});

describe('review 73 O4: only half a postcode said alone puts one right', () => {
  it('keeps times, references and products in the next turn', () => {
    const before = ['agent: And the postcode?', 'caller: K1A 0B1.'];
    expect(call('en', ...before, 'agent: The call is at 2PM, and 4WD, 8GB.')[2]).toBe('The call is at 2PM, and 4WD, 8GB.');
    expect(call('en', ...before, 'agent: Right, the B2C account, reference 7CD?')[2]).toBe('Right, the B2C account, reference 7CD?');
  });
});

describe('review 73 O5: an invoice\'s "No." before an address is the invoice\'s', () => {
  it('keeps the invoice number', () => {
    expect(one('en', 'Invoice No. 5582, 9 Mill Lane, that is the landlord.')).toContain('Invoice No. 5582');
  });
  it('guard: "No. 12" as the house is still the address', () => {
    expect(one('en', 'No. 12, Jalan Ampang 3, Kuala Lumpur.')).not.toContain('No. 12');
  });
});

describe('review 73 shared: a care home as the answer to where someone lives; Swedish PIN codes', () => {
  it('redacts the home the answer names', () => {
    expect(call('sv', 'agent: Och var bor din pappa nu?', 'caller: Lindgårdens äldreboende, avdelning Rönnen.')[1]).not.toContain('Lindgårdens');
    expect(call('en', 'agent: Where does he live now?', 'caller: Brightwater, a care home in Leeds.')[1]).not.toContain('Brightwater');
  });
  it('redacts a PIN after "pinkoden" or "PIN-koden"', () => {
    expect(one('sv', 'Pinkoden är 7731.')).not.toContain('7731');
    expect(one('sv', 'PIN-koden är 7731 och summan är 2900.')).toBe('PIN-koden är [POSTNUMMER] och summan är 2900.');
  });
});
