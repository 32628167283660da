import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 95: the leaks and over-redactions the review's probes found, in sentences of our own (the probe's kind,
 * not only the probe). Each `describe` is one mechanism; guards beside it pass before and after the fix.
 */

const eid = (lang: 'sv' | 'en', line: string): string =>
  call(lang, lang === 'sv' ? 'caller: Jag använder Freja eID i mobilen.' : 'caller: I use Freja eID on my mobile.', line)[1]!;

describe('review 95 L1: a person called Freja, in a call that names Freja eID, stays a name', () => {
  it('redacts a bare Freja with no sign of the app in her sentence', () => {
    expect(eid('sv', 'caller: Freja hälsade på mig i söndags.')).toBe('[NAMN] hälsade på mig i söndags.');
    expect(eid('sv', 'caller: Vi åkte till stan med Freja och hennes hund.')).toContain('[NAMN]');
    expect(eid('sv', 'caller: Kan ni skicka beslutet till Freja?')).toBe('Kan ni skicka beslutet till [NAMN]?');
    expect(eid('en', 'caller: Freja drove me to the bank last week.')).toBe('[NAMN] drove me to the bank last week.');
  });
  it('redacts her where she speaks or calls, is introduced or answers alone, even beside a code word', () => {
    expect(eid('sv', 'caller: Freja sa att koden var fel.')).toBe('[NAMN] sa att koden var fel.');
    expect(eid('en', 'caller: Freja told me the code was wrong.')).toBe('[NAMN] told me the code was wrong.');
    expect(eid('sv', 'caller: God morgon, det här är Freja.')).toBe('God morgon, det här är [NAMN].');
    expect(eid('en', 'caller: Good morning, Freja here.')).toBe('Good morning, [NAMN] here.');
    expect(call('sv', 'caller: Jag har Freja eID.', 'agent: Vem ringer jag till?', 'caller: Freja.')[2]).toBe('[NAMN].');
  });
  it('keeps no bare Freja as the product once a turn of the call makes her a person', () => {
    expect(call('sv', 'agent: Kundtjänst, det är Freja.', 'caller: Min Freja eID fungerar inte.', 'agent: Freja kan inte öppna appen åt dig.')[2]).toBe(
      '[NAMN] kan inte öppna appen åt dig.',
    );
  });
  it('guard: a bare Freja with the app, a code or logging in in its sentence is still the product', () => {
    expect(eid('sv', 'agent: Freja skickar koden till din mobil.')).toBe('Freja skickar koden till din mobil.');
    expect(eid('sv', 'agent: Öppna Freja och godkänn inloggningen.')).toBe('Öppna Freja och godkänn inloggningen.');
    expect(eid('en', 'agent: Freja needs the latest app version.')).toBe('Freja needs the latest app version.');
  });
});

describe('review 95 L2: a plate after an address answer is no code series', () => {
  const address = (reply: string): string => call('sv', 'agent: Och var bor du?', `caller: ${reply}`)[1]!;
  it('redacts three capitals and figures with no code word before them', () => {
    expect(address('Ekbacken 9 i Vallentuna, och bilen är XKD 417.')).not.toContain('XKD 417');
  });
  it('guard: an agency series or a reference word before the capitals still keeps them', () => {
    expect(address('Ekbacken 9 i Vallentuna, och referensen är SKV 8812.')).toContain('SKV 8812');
    expect(address('Ekbacken 9 i Vallentuna, och ärendet är QRT 5520.')).toContain('QRT 5520');
  });
});

describe('review 95: a code, a page or a model in letters and figures is no username', () => {
  it('keeps a code or a program after a login cue', () => {
    expect(one('sv', 'Inloggningen stannade på felkod net502.')).toBe('Inloggningen stannade på felkod net502.');
    expect(one('sv', 'Inloggningen fastnar i firefox128 hela tiden.')).toBe('Inloggningen fastnar i firefox128 hela tiden.');
    expect(one('en', 'The login screen says error code sso403.')).toBe('The login screen says error code sso403.');
  });
  it('keeps a month or an ordinary word with figures, and a name read as a code', () => {
    expect(one('sv', 'Kortet gäller till juni2027.')).toBe('Kortet gäller till juni2027.');
    expect(one('sv', 'I sms:et stod koden lisa7.')).toBe('I sms:et stod koden lisa7.');
  });
  it('guard: a handle after a username cue, and a first name with figures, are still names', () => {
    expect(one('sv', 'Användarnamnet är gunvor52.')).toBe('Användarnamnet är [NAMN].');
    expect(one('sv', 'Han skriver som stefan1961 på forumet.')).toBe('Han skriver som [NAMN] på forumet.');
  });
});

describe('review 95: the username asked in the turn before', () => {
  it('redacts a handle given as the answer', () => {
    expect(call('sv', 'agent: Vilket användarnamn har du?', 'caller: wallin83.')[1]).toBe('[NAMN].');
    expect(call('en', 'agent: And your username?', 'caller: Uh, it is hedberg27.')[1]).toBe('Uh, it is [NAMN].');
  });
  it('guard: a code with figures after another question is kept', () => {
    expect(call('sv', 'agent: Vilken version har du?', 'caller: Jag tror det är ios17.')[1]).toBe('Jag tror det är ios17.');
  });
});

describe('review 95: a pause in an e-mail turn is no address of its own', () => {
  it('keeps a pronoun before a hanging "snabel-a"', () => {
    expect(one('sv', 'Jag mejlar till er snabel-a… nej, jag skickar ett brev.')).toBe('Jag mejlar till er snabel-a… nej, jag skickar ett brev.');
  });
  it('keeps a case number or a figure broken off after the address', () => {
    expect(one('sv', 'Min mejl är ulf snabel-a telia punkt se, och ärendet 2025 bindestreck… 7781.')).toBe('Min mejl är [EPOST], och ärendet 2025 bindestreck… 7781.');
    expect(one('sv', 'Det är ulf snabel-a telia punkt se och punkt tre… gäller avgiften.')).toBe('Det är [EPOST] och punkt tre… gäller avgiften.');
  });
  it('guard: a false start before a hanging "snabel-a" is still redacted', () => {
    expect(one('sv', 'Det är greta punkt lind snabel-a… nej vänta, den är gammal.')).not.toContain('greta');
  });
});

describe('review 95: an underscore between a form\'s words is no login', () => {
  it('keeps a file or a format named with underscores', () => {
    expect(one('sv', 'Döp filen till efternamn understreck personnummer.')).toBe('Döp filen till efternamn understreck personnummer.');
    expect(one('en', 'Save it as claim underscore form underscore 2025.')).toBe('Save it as claim underscore form underscore 2025.');
    expect(one('sv', 'Den heter bostadsbidrag understreck intyg.')).toBe('Den heter bostadsbidrag understreck intyg.');
  });
  it('guard: a name and a letter joined by an underscore is still a login', () => {
    expect(one('sv', 'Det är maja understreck t.')).not.toContain('maja');
  });
});

describe('review 95: the ends of a case number are no phone\'s', () => {
  it('keeps a case number\'s last figures named before a phone number', () => {
    expect(call('sv', 'agent: Ärendenumret slutar på 77.', 'caller: Ja. Och mitt nummer är 070-512 33 77.')[0]).toBe('Ärendenumret slutar på 77.');
    expect(call('en', 'agent: Your reference number ends 2025?', 'caller: Yes, and 070-412 2025 is my phone.')[0]).toBe('Your reference number ends 2025?');
  });
  it('guard: a phone\'s last figures named before it are still redacted', () => {
    expect(call('sv', 'agent: Mobilnumret slutar på 77?', 'caller: Ja, 070-512 33 77.')[0]).not.toContain('77');
  });
});
