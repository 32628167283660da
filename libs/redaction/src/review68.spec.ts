import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * The privacy review of round 68 (REVIEW68): the round's keep rules let pieces of numbers through, and some of its new rules
 * redacted ordinary words. These go through `redactDialogue` (no leak scan), so what they show is the rules themselves.
 * Sentences written for these tests.
 */
describe('round 68 review: leaks', () => {
  it('L1: a year after "she too"/"hon likaså" is a second person\'s number, not an event', () => {
    const en = call('en', 'agent: And your personal number?', 'caller: Mine is 19570312-2399, she too 1958.');
    expect(en[1]).not.toMatch(/1958/);
    const adverbs = call('en', 'agent: And your personal number?', 'caller: 19570312-2399, she then 1961, er, oh three fifteen.');
    expect(adverbs[1]).not.toMatch(/1961/);
    const sv = call('sv', 'agent: Era personnummer?', 'caller: Mitt är 19570312-2399, hon likaså 1961.');
    expect(sv[1]).not.toMatch(/1961/);
    // (The event verbs still keep their year; "gifte sig" too.)
    expect(one('sv', 'Hans personnummer är 19670304-2397, han flyttade 2011.')).toContain('2011');
    expect(one('sv', 'Hans personnummer är 19670304-2397, han gifte sig 1990.')).toContain('1990');
  });

  it('L2: "de är"/"vi är" before digits asked for is how they are read out, no age', () => {
    const last = call('sv', 'agent: De sista fyra i personnumret?', 'caller: Ja, de är 23... tror jag 94.');
    expect(last[1]).not.toMatch(/23|94/);
    const postcode = call('sv', 'agent: Postnummer?', 'caller: Vi är 41... tror jag 319.');
    expect(postcode[1]).not.toMatch(/41|319/);
    const phone = call('sv', 'agent: Telefonnumret hemma?', 'caller: Vi är 08, eh, 712 34 56.');
    expect(phone[1]).not.toMatch(/08|712/);
    const clearing = call('sv', 'agent: Clearingnumret?', 'caller: De är 83, eh, 27.');
    expect(clearing[1]).not.toMatch(/83|27/);
    const second = call('sv', 'agent: Personnumret?', 'caller: 19570312-2399, och vi är 61, eh, 03 15, 4561.');
    expect(second[1]).not.toMatch(/61|03 15/);
    // (Children's ages said together after their whole numbers stay.)
    expect(one('sv', 'Pojkarna har 140512-1235 och 160830-1238, de är elva och nio.')).toContain('elva och nio');
  });

  it('L3: "he\'s fourteen, born …" answering "which number?" is the house number', () => {
    const lines = call('en', 'caller: My son lives at number fourteen, Elm Row.', 'agent: Sorry, which number?', "caller: He's fourteen, born there, Elm Row, yes.");
    expect(lines[2]).not.toMatch(/fourteen/);
  });
});

describe('round 68 review: shared leaks', () => {
  it('a house number put right after "fast det är"', () => {
    expect(one('sv', 'Storgatan 12, fast det är 14 egentligen.')).not.toMatch(/14/);
    // (Not a span of years or a year after it.)
    expect(one('sv', 'Jag bor på Storgatan 12, fast det är 3 år sedan jag flyttade dit.')).toContain('3 år');
    expect(one('sv', 'Storgatan 12, fast det är 2018 jag flyttade.')).toContain('2018');
  });
});

describe('round 68 review: over-redaction', () => {
  it('a kin title before a word that is no name', () => {
    expect(one('en', 'It went by Faster Payments.')).toContain('Faster Payments');
    expect(one('en', 'The Faster Payment came through.')).toContain('Faster Payment');
    expect(one('en', 'Granny Smith apples.')).toContain('Granny Smith');
    expect(one('sv', 'Mormor Ica-kortet, hon har det.')).toContain('Ica-kortet');
    // (A name after a title is still taken.)
    expect(one('sv', 'Faster Agda ringde igår.')).not.toMatch(/Agda/);
    expect(one('en', 'Uncle Brannock is the one who phoned.')).not.toMatch(/Brannock/);
  });

  it('an ordinary word broken off before "nej/no, Name" stays', () => {
    expect(one('sv', 'Ambulansen... nej, Karin Ek ringde.')).toContain('Ambulansen');
    expect(one('sv', 'Tyvärr... nej, Per Holm vet inte.')).toContain('Tyvärr');
    expect(one('en', 'Insurance... no, Tom Hardy phoned.')).toContain('Insurance');
    expect(one('en', 'Actually... no, Anna Lind.')).toContain('Actually');
    expect(one('sv', 'Ja, Gunnar... nej, Gunvor Asp.')).not.toMatch(/Gunnar/);
    // (A nickname the lists do not know, not shaped as an ordinary word, is still taken.)
    expect(one('sv', 'Vårdis... nej, Solbritt Hägg.')).not.toMatch(/Vårdis/);
  });

  it('the "Nth month" of a pregnancy, a claim or a payment is no month of birth', () => {
    expect(one('en', 'I was born in 1971. In the ninth month of the pregnancy my mum moved.')).toContain('ninth month');
    expect(one('sv', 'Hon föddes 2019, i sjunde månaden av graviditeten.')).toContain('sjunde månaden');
    expect(one('en', 'Born in 1961, and the ninth month payment was late.')).toContain('ninth month');
    expect(one('sv', 'Född 1961, sjätte månaden i rad utan pengar.')).toContain('sjätte månaden');
    // (Said as a piece of the date it still is.)
    expect(one('en', 'She was born nineteen seventy-one, ninth month... September the fourth.')).not.toMatch(/ninth month/);
  });

  it('a floor said alone about a meeting or an office', () => {
    expect(one('sv', 'Vi ses på mötet. Tredje våningen.')).toContain('Tredje våningen');
    expect(one('en', 'The office is in town. Second floor.')).toContain('Second floor');
    expect(one('sv', 'Kontoret ligger på plan fyra. Fjärde våningen.')).toContain('Fjärde våningen');
  });

  it('"though" + a count or a year after a street is no house number', () => {
    expect(one('en', '14 Mill Lane, though 2 of us live there.')).toContain('2 of us');
    expect(one('en', '12 Elm Road, though 1990.')).toContain('1990');
    expect(one('en', '12 Elm Road, though 14.')).not.toMatch(/14/);
  });

  it('a region after "i" is no part of a village', () => {
    expect(one('sv', 'Storgatan 5, i Västra Götaland.')).toContain('Västra Götaland');
    expect(one('sv', 'Storgatan 5, i Norra Sverige ligger det.')).toContain('Norra Sverige');
  });
});
