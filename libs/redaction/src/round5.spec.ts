import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

/**
 * Round five: mechanisms of answers read in pieces (short pieces, fillers and corrections between
 * them, follow-up questions), addresses and postcodes in pieces, spoken e-mail with pauses, and
 * letters that belong to a number. Each case failed before its rule.
 */
const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

describe('an answer read in pieces', () => {
  it('redacts a short false start under the question ("Seven one... no, sorry")', () => {
    expect(call('en', 'agent: Could I have your personal number, please?', 'caller: Seven one... no, sorry, that is my husband. Sixty-two oh four eleven, forty-four twenty-two.')[1]).toBe(
      '[PERSONNUMMER]... no, sorry, that is my husband. [PERSONNUMMER].',
    );
    expect(call('sv', 'agent: Och hans personnummer?', 'caller: Arton... nej. Vänta lite, jag hittar det inte.')[1]).toBe('[PERSONNUMMER]... nej. Vänta lite, jag hittar det inte.');
  });
  it('takes every piece of a number read with fillers between, once one piece is known', () => {
    expect(call('sv', 'agent: Och kontonumret?', 'caller: 512 338, 704, eh, 6.')[1]).toBe('[BANKKONTO].');
  });
  it('takes a spoken dash with the digits after it', () => {
    expect(call('en', "agent: What's her personal number?", 'caller: 850717, uh, dash oh four two four.')[1]).toBe('[PERSONNUMMER].');
  });
  it('keeps the question open when the agent asks for the rest ("and the last four?")', () => {
    expect(call('en', 'agent: And your personal identity number?', 'caller: Eight one one two one eight.', 'agent: Thanks, and the last four?', 'caller: Oh nine one six.')[3]).toBe(
      '[PERSONNUMMER].',
    );
    expect(call('sv', 'agent: Och födelsedatumet?', 'caller: Nittonhundrafemtio.', 'agent: Vilket datum?', 'caller: Fjortonde juli.')[3]).toBe('[FÖDELSEDATUM].');
  });
  it('keeps the question open when the agent asks for the same of someone else ("Och ditt eget?")', () => {
    expect(call('sv', 'agent: Och hennes personnummer?', 'caller: Hon har 47 09 23, 3318.', 'agent: Och ditt eget?', 'caller: 19 61 nej, förlåt, det blev fel.')[3]).toBe(
      '[PERSONNUMMER] nej, förlåt, det blev fel.',
    );
  });
  it('reads no short piece under the question in the asker\'s own turn', () => {
    expect(call('sv', 'agent: Och personnumret?', 'caller: 47 09 23-3318.', 'agent: Tack. Pengarna kommer den 25:e.')[2]).toBe('Tack. Pengarna kommer den 25:e.');
  });
  it('closes the question when the agent asks about something else', () => {
    expect(call('sv', 'agent: Och ditt kundnummer?', 'caller: 4471 2209.', 'agent: Och hyran?', 'caller: Sex tusen fyrahundra.')[3]).toBe('Sex tusen fyrahundra.');
  });
  it('keeps amounts after a verb of money and a tax table in the answer', () => {
    expect(call('sv', 'agent: Och ditt personnummer?', 'caller: 19 47 09 23-3318. Och jag fick 12 400 i juni, och 3 100 i juli, skattetabell 33?')[1]).toBe(
      '[PERSONNUMMER]. Och jag fick 12 400 i juni, och 3 100 i juli, skattetabell 33?',
    );
  });
  it('keeps a time said in the answer ("efter 17")', () => {
    expect(call('sv', 'agent: Och ditt telefonnummer?', 'caller: 070 123 45 68, efter 17.')[1]).toBe('[TELEFON], efter 17.');
  });
  it('keeps a time range, an amount named by what it is, and a page in the answer', () => {
    expect(call('sv', 'agent: Och ditt telefonnummer?', 'caller: 070-123 45 68. Jag är hemma mellan 8 och 11.')[1]).toBe('[TELEFON]. Jag är hemma mellan 8 och 11.');
    expect(call('sv', 'agent: Och vilket kontonummer?', 'caller: Nordea, 3300 47 09 23 3318. Och hyran är 6 400.')[1]).toBe('Nordea, [PERSONNUMMER]. Och hyran är 6 400.');
    expect(call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: Ja, det står på brevet, sidan 4. 47 09 23-3318.')[1]).toBe(
      'Ja, det står på brevet, sidan 4. [PERSONNUMMER].',
    );
  });
  it('keeps a card\'s expiry date; an extension after a person\'s phone goes with it (round 41: it finds their desk)', () => {
    expect(call('en', 'agent: And a phone number?', 'caller: It is +44 20 7946 0321, extension 318.')[1]).toBe('It is [TELEFON], extension [TELEFON].');
    expect(en('The card number is 4111 1111 1111 1111, expiry 11/29.')).toBe('The card number is [KORTNUMMER], expiry 11/29.');
  });
});

describe('letters that belong to a number', () => {
  it('takes letters read before a passport, ID card or residence permit number', () => {
    expect(call('sv', 'agent: Och passnumret?', 'caller: Ja, tyskt pass, C F, 7 7 1 9 0 4 2.')[1]).toBe('Ja, tyskt pass, [ID-NUMMER].');
    expect(en('My residence permit card, number ZK 5512 0381.')).toBe('My residence permit card, number [KORTNUMMER].');
    expect(call('sv', 'agent: Har du passnumret?', 'caller: Ja, A A, fem fem ett, noll noll två, alltså AA5510 02.')[1]).toBe('Ja, [ID-NUMMER], alltså [ID-NUMMER].');
  });
  it('takes the country, check digits and bank code of an IBAN read in groups', () => {
    expect(call('en', 'agent: And the IBAN?', 'caller: Sure, GB82, WEST, 1234, 5698, 7654, 32.')[1]).toBe('Sure, [IBAN].');
  });
  it('takes a country and check digits before an account number asked for ("no47 …")', () => {
    expect(call('en', 'agent: And the account for payments?', 'caller: no47 8601 1117 942.')[1]).toBe('[IBAN].');
  });
});

describe('addresses read with pauses, in pieces and as answers', () => {
  it('takes the house number named after a street and a hesitation', () => {
    expect(sv('Jag bor på Lingonvägen, öh, nummer 23.')).toBe('Jag bor på [ADRESS].');
    expect(en("I'm at Blåbärsgatan, um, number seven, in Luleå.")).toBe("I'm at [ADRESS], in Luleå.");
  });
  it('takes a house number said again after a hesitation', () => {
    expect(sv('Min adress är Videvägen, nummer 9, eh 9 B.')).toBe('Min adress är [ADRESS], eh [ADRESS].');
  });
  it('takes a house number in words, or first with a slash, as the answer to an address question', () => {
    expect(call('sv', 'agent: Och nya adressen?', 'caller: Björkgatan.', 'agent: Vilket nummer?', 'caller: Tolv B.')[3]).toBe('[ADRESS].');
    expect(call('en', 'agent: Do you have an address there yet?', 'caller: Yes, 41/7 Moo 3, Chiang Mai.')[1]).toBe('Yes, [ADRESS], Chiang Mai.');
  });
  it('takes a flat number named as such and a floor given as a count of stairs', () => {
    expect(sv('Ekvägen 3, två trappor, och lägenhetsnumret är 1201.')).toBe('[ADRESS], och [ADRESS].');
  });
  it('takes a care-of line and a postcode read in pieces after a box', () => {
    expect(en('Send it care of Lindqvist, Box 2210, one one four, uh, twenty-one.')).toBe('Send it [ADRESS], [ADRESS], [POSTNUMMER].');
  });
});

describe('spoken e-mail', () => {
  it('reads an address with pauses and commas between its pieces', () => {
    expect(sv('Ja, det är maria, punkt, holm, snabel-a telia punkt com.')).toBe('Ja, det är [EPOST].');
    expect(en('Sure, tom dot reed, uh, at proton dot me.')).toBe('Sure, [EPOST].');
  });
  it('takes digits read at the end of the local part', () => {
    expect(en('Email is karin dot sand sixty-two at gmail dot com.')).toBe('Email is [EPOST].');
    expect(en('It is jo underscore b, four four, at yahoo dot com.')).toBe('It is [EPOST].');
  });
});

describe('dates of birth', () => {
  it('takes a date said before its cue ("… är jag född", "that\'s when I was born")', () => {
    expect(sv('Tjugonde juni fyrtiosex är jag född, så jag fyller åttio i juni.')).toBe('[FÖDELSEDATUM] är jag född, så jag fyller åttio i juni.');
    expect(en("The second of May, fifty-eight, that's when I was born.")).toBe("[FÖDELSEDATUM], that's when I was born.");
  });
  it('keeps the date of another event said before "född" ("dog den 3 mars 2024, hon var född …")', () => {
    expect(sv('Pappa dog den 2 maj 2025, han var född i Umeå.')).toBe('Pappa dog den 2 maj 2025, han var född i Umeå.');
  });
  it('keeps an age said before "born"', () => {
    expect(en("I'm sixty-eight, born in Kiruna.")).toBe("I'm sixty-eight, born in Kiruna.");
  });
  it('keeps a count of people born', () => {
    expect(sv('Hon har tre barn som är födda i Sverige.')).toBe('Hon har tre barn som är födda i Sverige.');
  });
  it('takes a date of birth on a named day', () => {
    expect(sv('Hon föddes på nationaldagen sextioåtta.')).toBe('Hon föddes [FÖDELSEDATUM].');
  });
});

describe('names', () => {
  it('takes the surname said right after a spelled first name, whatever else the word is', () => {
    expect(sv('Hej, jag heter Milena, M-I-L-E-N-A, Strand, med d på slutet.')).toBe('Hej, jag heter [NAMN], [NAMN], [NAMN], med d på slutet.');
  });
  it('takes the word after "efternamnet" and "surname" without "är"', () => {
    expect(sv('Hon heter Eva och efternamnet Sten med ett n.')).toBe('Hon heter [NAMN] och efternamnet [NAMN] med ett n.');
    expect(en('First name Tom, surname Bush.')).toBe('First name [NAMN], surname [NAMN].');
  });
  it('keeps the person asked about in "Vad heter …?" and an organisation\'s letters after "det är"', () => {
    expect(sv('Okej. Vad heter brodern?')).toBe('Okej. Vad heter brodern?');
    expect(sv('Det står på brevet, det är FK 2026-118 442.')).toBe('Det står på brevet, det är FK 2026-118 442.');
  });
  it('remembers a name said again without its diacritics', () => {
    expect(call('sv', 'caller: Det är Åkesson, Mårten Åkesson.', 'agent: Akesson med å?', 'caller: Ja, mårten akesson med prickar.')[2]).toBe('Ja, [NAMN] [NAMN] med prickar.');
  });
});

describe('more of round five', () => {
  it('takes the last digits of an account or card ("slutar på 412")', () => {
    expect(sv('Pengarna gick till ett konto som slutar på 733.')).toBe('Pengarna gick till ett konto som slutar på [BANKKONTO].');
  });
  it('takes a postcode read digit by digit before a town', () => {
    expect(sv('Nio två ett fyra fyra, Arjeplog.')).toBe('[POSTNUMMER], Arjeplog.');
  });
  it('takes a floor given as "trappa två"', () => {
    expect(sv('Han bor på Lillgatan 13, trappa två.')).toBe('Han bor på [ADRESS].');
  });
  it('takes the rest of a long number read with a correction ("…, sextiotvå, nej, sextiotvå sjuttio")', () => {
    // (With the corrected "trettio" left out it validates: a personnummer since round 18.)
    expect(call('sv', 'caller: Det är nitton femtioåtta noll fyra elva, trettio, nej, trettio fyrtio.')[0]).toBe('Det är [PERSONNUMMER], nej, [PERSONNUMMER].');
  });
  it('takes a letter spelled with its diacritics as part of the spelling ("O with two dots", "a med ring")', () => {
    expect(en("Löfgren, that's L, O with two dots, F, G, R, E, N.")).toBe("[NAMN], that's [NAMN].");
    expect(sv('Det är Åhman, a med ring, h, m, a, n.')).toBe('Det är [NAMN], [NAMN].');
  });
  it('takes an address abroad with the house number first and a four-digit postcode', () => {
    expect(en('It is 14 rue des Lilas, 75011 Paris.')).toBe('It is [ADRESS], [POSTNUMMER] Paris.');
    expect(en('She lives at Storgata 21 B, 0184 Oslo.')).toBe('She lives at [ADRESS], [POSTNUMMER] Oslo.');
  });
});

describe('words that are names of object properties', () => {
  it('reads "constructor" and "toString" as words', () => {
    expect(en('The constructor said toString was born in 1950.')).toBe('The constructor said toString was born [FÖDELSEDATUM].');
  });
});

describe('seen in the journal tuning set 4 (a note read "if the caller [EPOST] that before tax")', () => {
  it('takes no sentence end for a spoken "dot": "at sixty-seven. Is that" is no e-mail address', () => {
    expect(en("It says I'll get about twenty-two thousand a month if I retire at sixty-seven. Is that before tax?")).toBe(
      "It says I'll get about twenty-two thousand a month if I retire at sixty-seven. Is that before tax?",
    );
    // A spoken address is still one.
    expect(en('It is bill dot young at proton dot me.')).toBe('It is [EPOST].');
  });
  it('keeps the agency\'s e-service "My Pages" (it is no person)', () => {
    expect(en("I'm looking at My Pages and my pension rights aren't there.")).toBe("I'm looking at My Pages and my pension rights aren't there.");
  });
});
