import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 93 (REVIEW93.md). Sentences of our own, of the kinds the reviewer probed, not only the probes.
 * Each `describe` fixes one mechanism; the guards beside it pass before and after the fix.
 */

describe('review 93: a firm\'s name after "I run a firm", "driver en firma" (names personBeforeSuffix, RUNS_A_FIRM)', () => {
  it('redacts a first name anywhere in the name before AB or Ltd, and its genitive', () => {
    expect(one('sv', 'Jag driver en firma, Måleri Karin Ek AB, sedan 2019.')).not.toContain('Karin');
    expect(one('sv', 'Jag driver en firma, Trädgård Ingrid AB.')).not.toContain('Ingrid');
    expect(one('sv', 'Vi driver ett företag, Lindqvist Maria AB.')).not.toContain('Maria');
    expect(one('sv', 'Jag driver ett företag, Jonas Städ AB.')).not.toContain('Jonas');
    expect(one('en', 'I run a business, Roofing Emily Ltd.')).not.toContain('Emily');
  });
  it('redacts an initial and the surname after it', () => {
    expect(one('en', 'I run a firm, K Patel Ltd.')).not.toContain('Patel');
    expect(one('en', 'I run a small firm, MJ Carter Ltd.')).not.toContain('Carter');
    expect(one('sv', 'Jag driver en firma, L. Holm AB.')).not.toContain('Holm');
  });
  it('redacts a surname, or a word no list knows, as the firm\'s name', () => {
    expect(one('en', 'I run a firm, Adeyemi Ltd, and my personal number is 850312-2312.')).not.toContain('Adeyemi');
    expect(one('en', 'I run a firm, Oluwaseun Adeyemi Ltd.')).not.toContain('Oluwaseun');
    expect(one('sv', 'Jag driver ett företag, Lindqvist AB, organisationsnummer 556036-0793.')).not.toContain('Lindqvist');
    expect(one('sv', 'Jag driver ett företag, Lindqvists Bygg AB.')).not.toContain('Lindqvist');
    expect(one('en', 'I run a firm, Jones Building Ltd.')).not.toContain('Jones');
  });
  it('still keeps the firm named without "I run a firm", and every identifier beside it redacted', () => {
    expect(one('sv', 'Jag jobbar på Nordvik Logistics AB.')).toContain('Nordvik Logistics AB');
    expect(one('sv', 'Jag driver ett företag, Lindqvist AB, organisationsnummer 556036-0793.')).toContain('[ORGANISATIONSNUMMER]');
    expect(one('sv', 'Jag driver en firma, Lena Berg AB.')).not.toContain('Lena');
  });
});

describe('review 93: three digits before the line breaks (redact startedAgainRuns)', () => {
  it('keeps a sum, a time, a house, a page and a case number said before "hallå?", "hello?"', () => {
    expect(one('sv', 'Det blev 790 kronor… hallå? … och mitt personnummer är 790921-4582.')).toContain('790 kronor');
    expect(one('sv', 'Klockan 790… hallå? … personnumret 790921-4582.')).toContain('Klockan 790');
    expect(one('sv', 'Vi bor på nummer 790… hallå? … 790921-4582.')).toContain('nummer 790');
    expect(one('en', 'Page 492… hello? … card 4929 1880 3412 5511.')).toContain('Page 492');
    expect(one('sv', 'Ärendet 790… hallå? … 790921-4582.')).toContain('Ärendet 790');
  });
  it('keeps three digits when the identifier comes only later in the turn', () => {
    expect(one('en', 'I sent 790… hello? … and then my personal number is 790921-4582.')).toContain('I sent 790');
  });
  it('still redacts the piece where the whole is said again right after the line', () => {
    expect(one('sv', 'Personnumret 790… hörs jag? … 790921-4582.')).not.toContain('790');
    expect(one('en', 'My card is 492… can you hear me? … 4929 1880 3412 5511.')).not.toContain('492');
  });
});

describe('review 93: "mitt kort", "hennes kort" and other words before figures (cues cueOf)', () => {
  it('keeps a year, a sum, an agency\'s number and an expiry said after the card', () => {
    expect(one('sv', 'Mitt kort 2026 gick ut.')).toBe('Mitt kort 2026 gick ut.');
    expect(one('sv', 'Hans kort har 15 000 i kredit.')).toBe('Hans kort har 15 000 i kredit.');
    expect(one('sv', 'Ditt kort drog 2 450 igår.')).toBe('Ditt kort drog 2 450 igår.');
    expect(one('sv', 'Mitt kort ut 09/27.')).toBe('Mitt kort ut 09/27.');
    expect(one('sv', 'Mitt kort expires 09/27.')).toBe('Mitt kort expires 09/27.');
  });
  it('still redacts a card\'s figures, its last four, and figures in the next turn', () => {
    expect(one('sv', 'Hennes kort har nummer 4929 1880 3412 5511.')).toContain('[KORTNUMMER]');
    expect(one('sv', 'Mitt kort slutar på 5511.')).toContain('[KORTNUMMER]');
    expect(one('sv', 'Mitt kort, det är 4929 1880 3412 5511.')).toContain('[KORTNUMMER]');
    const [, caller] = call('sv', 'agent: Ditt kort spärrade vi igår.', 'caller: Ja, det var 4916 2280 1234 5678.');
    expect(caller).toContain('[KORTNUMMER]');
  });
});

describe('review 93: an e-mail with a plain "at" and "dot" (email writtenAndSpokenEmails, spokenDomainEnd)', () => {
  it('keeps a pronoun\'s "at", and a "dot" before a comma or a number word', () => {
    expect(one('en', "My email? We're at home dot, hold on.")).toBe("My email? We're at home dot, hold on.");
    expect(one('en', "About my email, I'm at nine dot fifteen.")).toBe("About my email, I'm at nine dot fifteen.");
  });
  it('redacts an address whose domain is the word "mail"', () => {
    expect(one('en', 'My email is peter j at mail dot example.')).not.toMatch(/peter|mail dot/u);
    expect(one('sv', 'Min mejladress är karin s at mail dot example.')).not.toMatch(/karin|mail dot/u);
  });
  it('still redacts a plain "at" with a dotted domain where an e-mail is named', () => {
    expect(one('en', "My email's tom r at postbox dot example.")).not.toMatch(/tom r|postbox/u);
  });
});

describe('review 93: a figure in hundreds after an address (addresses spokenPostcodeAfter)', () => {
  it('keeps a sum read with "hundra" set off by commas', () => {
    expect(one('sv', 'Jag bor på Björkvägen 7, fjorton åttahundra, räcker det till hyran?')).toContain('fjorton åttahundra');
    expect(one('sv', 'Vi bodde på Lönngatan 4, tretton femhundra, gick det till elen.')).toContain('tretton femhundra');
  });
  it('still reads a postcode in digit groups set off by commas', () => {
    expect(one('sv', 'Jag bor på Björkvägen 7, åttiofyra tre tjugotvå, sedan i maj.')).toContain('[POSTNUMMER]');
  });
});
