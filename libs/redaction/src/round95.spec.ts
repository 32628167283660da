import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 95 (tuning-105: digital errands — e-mail said in pieces and corrected, logins, e-identification on another's
 * phone, usernames, web codes). Sentences of the round's own, not the set's. Each `describe` fixes one mechanism; the
 * guards beside it show what stays kept or redacted.
 */

describe('round 95: "Freja" alone, in a call that named the e-identification, is the product', () => {
  it('keeps "Freja eID" and a later "Freja" said of the product', () => {
    expect(call('sv', 'caller: Jag har Freja eID men den sitter i min frus mobil.', 'agent: Freja måste ligga i din egen mobil, tyvärr.')).toEqual([
      'Jag har Freja eID men den sitter i min frus mobil.',
      'Freja måste ligga i din egen mobil, tyvärr.',
    ]);
    expect(call('en', "caller: The Freja eID code never arrives.", 'agent: Freja uses its own app for that.')).toEqual([
      'The Freja eID code never arrives.',
      'Freja uses its own app for that.',
    ]);
  });
  it('still redacts a person called Freja in such a call, and never shows her through the product', () => {
    expect(call('sv', 'caller: Jag har Freja eID.', 'caller: Min dotter Freja hjälpte mig.')).toEqual(['Jag har Freja eID.', 'Min dotter [NAMN] hjälpte mig.']);
    expect(call('en', 'caller: I have Freja eID.', 'caller: Freja Lindholm set it up, she is my niece.')[1]).toContain('[NAMN]');
    expect(call('sv', 'caller: Jag har Freja eID.', 'agent: Freja, kan du läsa upp koden?')[1]).toContain('[NAMN]');
  });
  it('still redacts "Freja" alone where no turn names the product', () => {
    expect(call('sv', 'agent: Freja måste ringa själv, tyvärr.')).toEqual(['[NAMN] måste ringa själv, tyvärr.']);
  });
});

describe('round 95: a login of letters and figures is a name', () => {
  it('redacts a handle named as the username or login', () => {
    expect(one('sv', 'Inloggningen är majbritt41, men lösenordet har jag glömt.')).toBe('Inloggningen är [NAMN], men lösenordet har jag glömt.');
    expect(one('en', 'My nephew made the login for me, it is oscarbrandt09.')).toBe('My nephew made the login for me, it is [NAMN].');
  });
  it('redacts a first name with figures wherever it stands', () => {
    expect(one('sv', 'Skriv till ingrid1961 på forumet.')).toBe('Skriv till [NAMN] på forumet.');
  });
  it('keeps codes and providers with figures', () => {
    expect(one('sv', 'Felkoden var RFA8 och vi har tele2 hemma.')).toBe('Felkoden var RFA8 och vi har tele2 hemma.');
    expect(one('en', 'The username field shows error RFA8 again.')).toBe('The username field shows error RFA8 again.');
  });
});

describe('round 95: an address broken off at a pause', () => {
  it('redacts the pieces left hanging on a "snabel-a" or a dot', () => {
    expect(one('sv', 'Det är märta punkt holm snabel-a… nej, jag tar det sen.')).toBe('Det är [EPOST]… nej, jag tar det sen.');
    expect(one('en', "It's conor dot… no, sorry, conor dot walsh at gmail dot com.")).toBe("It's [EPOST]… no, sorry, [EPOST].");
    expect(one('sv', 'Mejlen är e-v-a punkt s… nej, eva punkt lund snabel-a telia punkt se.')).toBe('Mejlen är [EPOST]… nej, [EPOST].');
  });
  it('keeps a sentence that trails off on "punkt" with no address read', () => {
    expect(one('sv', 'Det är en viktig punkt… tycker jag.')).toBe('Det är en viktig punkt… tycker jag.');
  });
});

describe('round 95: a login said with an underscore, and read again with another join', () => {
  it('redacts pieces joined by a spoken underscore', () => {
    expect(call('en', 'agent: nina underscore k, or nina dash k?')).toEqual(['[EPOST]?']);
    expect(one('sv', 'Användaren heter kalle understreck b.')).toBe('Användaren heter [EPOST].');
  });
  it('keeps talk of the underscore itself', () => {
    expect(one('en', 'With a dot, not an underscore, for the housing allowance.')).toBe('With a dot, not an underscore, for the housing allowance.');
  });
});

describe('round 95: a hyphened local part said again in its parts', () => {
  it('redacts "anne hyphen sofie" after "anne-sofie at …"', () => {
    expect(one('en', "It's anne-sofie at telia dot com, anne hyphen sofie, thanks.")).toBe("It's [EPOST], thanks.");
  });
});

describe('round 95: a mail provider named as the product, with its capital, inside a sentence', () => {
  it('keeps "Gmail", "Outlook", "Hotmail" named as what one uses', () => {
    expect(one('sv', 'Vi delar en Gmail hemma, men skriv till pelle punkt ek snabel-a gmail punkt com.')).toBe('Vi delar en Gmail hemma, men skriv till [EPOST].');
    expect(one('en', 'I have Outlook on the laptop, but use maja at gmail dot com.')).toBe('I have Outlook on the laptop, but use [EPOST].');
    expect(call('sv', 'caller: Det är bo punkt ek snabel-a gmail punkt com.', 'caller: Inte Hotmail, det har jag slutat med.')[1]).toBe('Inte Hotmail, det har jag slutat med.');
  });
  it('still redacts a provider read as a piece of the address', () => {
    expect(call('sv', 'caller: rut punkt falk snabel-a outlook.', 'agent: Outlook. Punkt se?')[1]).toBe('[EPOST]. [EPOST]?');
    expect(one('en', 'Send it to dkenny, at, hotmail, please.')).toContain('[EPOST]');
  });
});

describe('round 95: capitals before figures are a code, not a place closing an address answer', () => {
  it('keeps "reference ABC 4410" after an address was given', () => {
    expect(call('en', "agent: What's your address?", 'caller: Storgatan nine, five one two three four Borås.', 'agent: Noted, your reference is KFM 4410.')[2]).toBe('Noted, your reference is KFM 4410.');
  });
  it('still redacts a place and its number in the answer', () => {
    expect(call('sv', 'agent: Vilken adress?', 'caller: Uppe i Tärnaby, Klippen tolv.')[1]).toContain('[ADRESS]');
  });
});

describe("round 95: a number's last figures named before the number is read whole", () => {
  it('redacts "ends four two" when the next turn gives the phone ending so', () => {
    expect(call('en', 'agent: The number on file ends four two?', 'caller: Yes, that is the one I had before, 070-318 22 42.')).toEqual([
      'The number on file ends [TELEFON]?',
      'Yes, that is the one I had before, [TELEFON].',
    ]);
    expect(call('sv', 'agent: Numret i systemet slutar på fyra två?', 'caller: Ja, det är det jag hade förut, 070-318 22 42.')[0]).toBe('Numret i systemet slutar på [TELEFON]?');
  });
  it('keeps figures after "ends" where no number follows that ends so', () => {
    expect(call('en', 'agent: The phone number on file ends four two?', 'caller: No, that is the one I had before, 070-318 22 01.')[0]).toBe('The phone number on file ends four two?');
    expect(call('en', 'agent: The offer ends 30 June?', 'caller: Yes, 070-318 22 30.')[0]).toContain('30 June');
  });
});
