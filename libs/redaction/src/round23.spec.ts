import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 23, from the blind tuning set tuning-37 (must-keep text beside personal data, dates of birth said as
 * statements, addresses) and from the journal's blind tuning-15, whose judged notes showed amounts and years
 * as placeholders. Sentences written for these tests, not taken from any eval set.
 */
describe('dates of birth said as statements', () => {
  it('the year a person is "from", in words too', () => {
    expect(sv('Jag är ju från femtiofyra, så jag har fyllt sjuttiotvå.')).toBe('Jag är ju från [FÖDELSEDATUM], så jag har fyllt sjuttiotvå.');
    expect(en("I'm from fifty-four, you know.")).toBe("I'm from [FÖDELSEDATUM], you know.");
    expect(en("I'm from Leeds, I moved here in 1990.")).toBe("I'm from Leeds, I moved here in 1990.");
  });
  it('a weekday said between the birth word and the date (by the rules, not only the recogniser)', () => {
    const rules = (text: string, lang: 'sv' | 'en') => redact(text, { lang, recogniser: false }).text;
    expect(rules('Jag är född på en fredag faktiskt, den tredje mars.', 'sv')).toBe('Jag är född på en fredag faktiskt, [FÖDELSEDATUM].');
    expect(rules('Born on a Monday, the second of May.', 'en')).toBe('Born on a Monday, [FÖDELSEDATUM].');
  });
  it('a two-figure year with the birthday after "jag är", "I\'m"; an age with a later clause is none', () => {
    expect(sv('Jag är femtiofem, tolfte oktober.')).toBe('Jag är [FÖDELSEDATUM].');
    expect(en("I'm fifty-one, March.")).toBe("I'm [FÖDELSEDATUM].");
    expect(sv('Jag är sjuttiofem, i augusti fyller jag sjuttiosex.')).toBe('Jag är sjuttiofem, i augusti fyller jag sjuttiosex.');
  });
  it('a relative "older than me" by a year, a month child, a person who "is" a whole date', () => {
    expect(sv('Hon är två år äldre än mig, nittonhundrafyrtiotre.')).toBe('Hon är två år äldre än mig, [FÖDELSEDATUM].');
    expect(sv('Jag är ett majbarn, fjärde maj sextioett.')).toBe('Jag är ett [FÖDELSEDATUM], [FÖDELSEDATUM].');
    expect(en("She's the third of June thirty-eight, let me check.")).toBe("She's [FÖDELSEDATUM], let me check.");
    // (A turn that ends on the comparison has no year to take: found by the journal's drafts, which crashed on it.)
    expect(sv('Hon är två år äldre än mig')).toBe('Hon är två år äldre än mig');
    expect(en("He's younger than me")).toBe("He's younger than me");
  });
  it('a day said before its date, corrected, is the same date', () => {
    expect(en('Sorry, the twelfth, not the eleventh, twelfth of May fifty-nine.')).not.toMatch(/twelfth/);
  });
});

describe('what must be kept beside personal data', () => {
  it('amounts said with "and" inside them are one number, not pieces of an identifier', () => {
    const lines = call('en', 'agent: It went up in January.', 'caller: By three hundred and forty. No, four hundred and thirty, I have the letter here.');
    expect(lines[1]).toBe('By three hundred and forty. No, four hundred and thirty, I have the letter here.');
  });
  it('a year corrected after a zero is no phone number', () => {
    expect(call('en', 'caller: That whole year shows zero. 2019. No, sorry, 2018.')[0]).toBe('That whole year shows zero. 2019. No, sorry, 2018.');
    // (A phone number read with groups in words still is one.)
    expect(sv('Ring mig på noll sju noll, tjugo nitton, tjugo arton.')).toBe('Ring mig på [TELEFON].');
  });
  it('a person\'s age after "jag är" does not join the personnummer read before it', () => {
    expect(call('sv', 'caller: Mitt personnummer är sextiotre noll fyra noll fem elva åttiofem och jag är sextiotre så jag undrar.')[0]).toBe(
      'Mitt personnummer är [PERSONNUMMER] och jag är sextiotre så jag undrar.',
    );
  });
  it('calling about a case is no phone cue; the agency\'s reading centre in the genitive keeps its postcode', () => {
    expect(sv('Jag ringer om ärende FK 4471-22.')).toBe('Jag ringer om ärende FK 4471-22.');
    expect(sv('Skicka det till Försäkringskassans inläsningscentral, 839 88 Östersund.')).toBe('Skicka det till Försäkringskassans inläsningscentral, 839 88 Östersund.');
  });
  it('banks, insurers and funeral firms are no names; a firm\'s word is not part of the surname before it', () => {
    expect(sv('Det är Fonus som har hand om det.')).toBe('Det är Fonus som har hand om det.');
    expect(en('We were with Aviva for the insurance.')).toBe('We were with Aviva for the insurance.');
    const lines = call('sv', 'caller: Jag heter Greta Holmgren.', 'caller: Nej, det är Holmgrens Begravningsbyrå som har den.');
    expect(lines[1]).toBe('Nej, det är [NAMN] Begravningsbyrå som har den.');
  });
  it('an abbreviation with a noun after its hyphen, or a word broken off and begun again, is no name', () => {
    expect(sv('Nej vänta, det är OCR-numret.')).toBe('Nej vänta, det är OCR-numret.');
    expect(sv('Sam- samordningsnummer 87 07 62-33 05.')).toBe('Sam- samordningsnummer [SAMORDNINGSNUMMER].');
  });
  it('the date another event is asked for is no date of birth; a read-back of one is, whole', () => {
    const moved = call('sv', 'agent: Då har jag fjärde mars trettiosex, stämmer det?', 'caller: Ja.', 'agent: Och vilket datum flyttade hon in?', 'caller: Den 14 oktober.');
    expect(moved[3]).toBe('Den 14 oktober.');
    const age = call('en', 'agent: So born first of January two thousand and one?', 'caller: Yes.');
    expect(age[0]).toBe('So born [FÖDELSEDATUM]?');
  });
  it('a sum read with thousands is no house number, also under an address question', () => {
    const lines = call('sv', 'agent: Och den nya adressen?', 'caller: Björkvägen 3.', 'agent: Och hyran?', 'caller: Sju tusen fyrahundra.');
    expect(lines[3]).toBe('Sju tusen fyrahundra.');
  });
});

describe('addresses and phone numbers', () => {
  it('a door code is part of the address', () => {
    expect(sv('Det är Storgatan 4, portkoden är 1934.')).toBe('Det är [ADRESS], portkoden är [ADRESS].');
    expect(en('The door code is 2 7 7 1.')).toBe('The door code is [ADRESS].');
  });
  it('"två nollor" inside a phone number is two zeros', () => {
    expect(sv('Ring mig på 070 två nollor tre fyrtio femtiofem.')).toBe('Ring mig på [TELEFON].');
    expect(sv('Vi har två nollor på slutet av avin.')).toBe('Vi har två nollor på slutet av avin.');
  });
});

// Round 23's review (a helper that had not written the rules, 193 probes side by side): five privacy regressions and
// seven over-redactions, fixed before the held-out run.
describe('round 23 review', () => {
  it('one year among the groups of a phone number read in pieces leaves it a phone number', () => {
    expect(call('sv', 'caller: Noll sju noll. Nittonhundraåttiofem. Fyrtiotre tjugoett.')[0]).toBe('[TELEFON]. [TELEFON]. [TELEFON].');
    expect(call('en', 'caller: Oh seven three. Two thousand and nineteen. Forty-five sixty-seven.')[0]).toBe('[TELEFON]. [TELEFON]. [TELEFON].');
  });
  it("a date of birth with its year said after words stays whole; an age-like year after \"he's\" under a birth question is redacted", () => {
    expect(call('sv', 'agent: Vilket datum är hon född?', 'caller: Tredje juni, och året är femtiotvå.')[1]).not.toMatch(/femtiotvå/);
    expect(call('en', 'agent: What year was he born?', "caller: He's fifty-two.")[1]).not.toMatch(/fifty-two/);
  });
  it('an address answer goes on after a question for the rent', () => {
    const lines = call('sv', 'agent: Vad har du för adress?', 'caller: Lindgatan.', 'agent: Och hyran?', 'caller: Sextusen.', 'caller: Tolv B, lägenhet 1102.');
    expect(lines[4]).toBe('[ADRESS].');
  });
  it('a name written with capitals and a hyphen, and a name broken off and begun again, stay names', () => {
    expect(sv('Jag heter AL-hashimi, Ahmed.')).toBe('Jag heter [NAMN], [NAMN].');
    expect(sv('Efternamnet är Berg- Bergström.')).not.toMatch(/Berg/);
  });
  it('no date of birth: a thing older than a year, a weekday of another event, a date of this century, a payment day said again', () => {
    expect(sv('Huset är äldre än 1950, tror jag.')).toBe('Huset är äldre än 1950, tror jag.');
    expect(sv('Jag är född i Umeå, på fredag den 14 mars har jag ett möte hos er.')).toBe('Jag är född i Umeå, på fredag den 14 mars har jag ett möte hos er.');
    expect(sv('Jag är den 3 maj 2025 ledig.')).toBe('Jag är den 3 maj 2025 ledig.');
    expect(sv('Jag är född den tolfte mars fyrtioåtta, och pensionen kommer den tolfte varje månad.')).toBe(
      'Jag är född [FÖDELSEDATUM], och pensionen kommer den tolfte varje månad.',
    );
  });
});
