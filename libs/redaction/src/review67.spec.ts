import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * The review of round 67 (REVIEW67.md): one leak the round made, leaks it shared with the rules before it, and its
 * over-redaction. Sentences written for these tests (some are the review's probes); card numbers are made up and pass the
 * Luhn check. Through `redactDialogue` (no leak scan), so the scan is not what hides a leak.
 */
describe('round 67 review: leaks', () => {
  it('a stairwell or ward part before a postcode that a comma follows', () => {
    expect(one('sv', 'Storgatan 5, uppgång Norra, 123 45, Stockholm.')).not.toMatch(/Norra|123/);
    expect(one('sv', 'Vretvägen 7, port Solsidan, 591 31, i Motala.')).not.toMatch(/Solsidan/);
    expect(one('en', '14 Oak Road, block Heron, LS6 2AB, Leeds.')).not.toMatch(/Heron|LS6/);
  });

  it('a postcode written as five figures after an address and its part, and a ZIP', () => {
    expect(one('sv', 'Ekgatan 9, uppgång Södra, 41234, Göteborg.')).not.toMatch(/41234|Södra/);
    expect(one('en', '22 Elm Road, block Kestrel, 90210, Beverly Hills.')).not.toMatch(/90210/);
  });

  it('a card group put right twice', () => {
    expect(one('en', '5498 7654... no wait, 6754, sorry, 7654, then 3210 1232.')).not.toMatch(/\d/);
  });

  it('a local part with "kanelbulle" in it before the real at', () => {
    expect(one('sv', 'Det är kanelbulle punkt 88 snabel-a hotmail punkt com.')).not.toMatch(/kanelbulle|88/);
  });

  it("an English flat by its letter and spelling, or by its name", () => {
    expect(one('en', '14 Oak Road, flat C as in Charlie, Leeds.')).not.toMatch(/Charlie|flat/);
    expect(one('en', '3 Mill Lane, flat Rosemount, D04 X2Y4, Dublin.')).not.toMatch(/Rosemount/);
  });

  it('a clearing, two pauses, and the account in number words', () => {
    expect(one('sv', 'Sparbanken, 8214... ehm... fyra sex sju, åtta nio noll, tolv.')).not.toMatch(/8214/);
  });
});

describe('round 67 review: over-redaction', () => {
  it('four-digit sums, hours, readings and years with no card named are no card', () => {
    expect(one('sv', 'Hyran var 1250 i januari, 1250 i februari, 1250 i mars, 1250 i april och 1250 i maj.')).toContain('1250 i april');
    expect(one('sv', 'Jag fick 2350 i januari, 1275 i februari, 1850 i mars och 2680 i april.')).toContain('2680 i april');
    expect(call('en', 'agent: Opening hours are 0800 to 1200 and 1300 to 1530, Monday to Friday.')[0]).toContain('1300 to 1530');
    expect(one('sv', 'Mätarställningen var 1245 i höstas, sen 3380, sen 2210 och nu 1007.')).toContain('och nu 1007');
    expect(one('sv', 'Huset byggdes 1865, byggdes om 1872, sen 1889 och 1809.')).toContain('1889 och 1809');
    expect(one('sv', 'Vi har 4250 kvadrat... nej 1875 kvadrat, tomten är 3320 och huset kostade 2002 tusen.')).toContain('2002 tusen');
  });

  it('a card named in the turn still takes groups with words between them', () => {
    expect(one('sv', 'Kortnumret, 4532 0151, ehm, 1283, nej vänta, 1238... nej det var rätt först, 1283, 0366.')).not.toMatch(/\d/);
  });

  it('a sum or a year after a bank and its clearing is no account', () => {
    expect(one('sv', 'Det drogs av Swedbank, 7300... och sen 200 till.')).toContain('200 till');
    expect(one('sv', 'SEB 5417, eh, 2019 öppnade jag det.')).toContain('2019 öppnade');
    expect(one('en', 'I pay Nordea, 1450... um, and 300 to the council.')).toContain('300 to the council');
    // (The account's own digits after the pause still are: round 67's rule.)
    expect(one('sv', 'Det är SEB, 5417... och 002 38 61, tror jag.')).not.toMatch(/5417|38 61/);
  });

  it('a quay or wharf with no number is a landmark, where one lives it is an address', () => {
    expect(one('en', "I'll meet you at Harbour Quay by the ferry at three.")).toContain('Harbour Quay');
    expect(one('en', 'I work at Canary Wharf, in the bank there.')).toContain('Canary Wharf');
    expect(one('en', 'I live on Hanover Quay.')).not.toContain('Hanover');
  });

  it('an ordinary word at the start of a sentence is no house name', () => {
    expect(one('en', 'Delivered, 14 Oak Road, Leeds.')).toContain('Delivered');
    expect(one('en', 'Nearby, 14 Oak Road, there is a shop.')).toContain('Nearby');
    expect(one('sv', 'Lyckebo, Västra Ön 3, Ödeshög.')).not.toContain('Lyckebo');
  });

  it('letters around a dot that spell a web address or an abbreviation are no e-mail where nothing says mail', () => {
    expect(call('en', 'agent: Go to g, o, v, dot, u, k and search for it.')[0]).not.toContain('[EPOST]');
    expect(one('en', 'The letters are A, B, dot, C.')).toBe('The letters are A, B, dot, C.');
    expect(one('sv', 'Förkortningen är t, e, l, punkt, n, r.')).not.toContain('[EPOST]');
    // (Where an "at" is said, it may be one: still an address.)
    expect(one('en', 'It is g, o, v, dot, i, e at gmail dot com.')).not.toMatch(/\bi, e\b|gmail/);
  });
});
