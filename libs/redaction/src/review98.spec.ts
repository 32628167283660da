import { describe, expect, it } from 'vitest';
import { call } from './testing/dialogues.js';

/**
 * Review of round 98: the privacy reviewer's probes (written by the reviewer, none from a tuning set) that failed on the
 * round's rules, with guards that the round's own cases stay redacted. No new leak was found; the round's two dialogue rules
 * over-redacted, and the asker's waiting words now also carry the old leaks where the one asked stalls in words no list knows.
 */

describe('review 98: the asker waits only when it says so, never when it moves on', () => {
  it('keeps the amounts after "Vi tar det sen, berätta vad det gäller så länge."', () => {
    const out = call(
      'sv',
      'agent: Kan jag få ditt personnummer?',
      'caller: Fyrtioett, noll sex, vänta lite.',
      'agent: Vi tar det sen, berätta vad det gäller så länge.',
      'caller: Jag fick 14 250 i mars och sen 13 900.',
    );
    expect(out[3]).toBe('Jag fick 14 250 i mars och sen 13 900.');
  });
  it('keeps the amounts after "tell me about the letter first" and "Never mind, … tell me about the letter"', () => {
    const later = call(
      'en',
      'agent: Your personal number?',
      'caller: Forty-one, oh six, hang on a moment.',
      'agent: We can do that later, tell me about the letter first.',
      'caller: It says I owe 2 450 by the 30th.',
    );
    expect(later[3]).toBe('It says I owe 2 450 by the 30th.');
    const never = call(
      'en',
      'agent: Your personal number?',
      'caller: Forty-one, oh six, hang on a moment.',
      'agent: Never mind, I found you by your name, so tell me about the letter.',
      'caller: It says 1 250 and then another 480.',
    );
    expect(never[3]).toBe('It says 1 250 and then another 480.');
  });
  it('redacts the rest after a stall no list knows, the asker saying it waits ("öh, glasögonen, var är de nu")', () => {
    const sv = call(
      'sv',
      'agent: Kan jag få ditt personnummer?',
      'caller: Ja, det är fyrtioett, noll sex, öh, glasögonen, var är de nu.',
      'agent: Ingen fara, ta den tid du behöver.',
      'caller: Tretton, femtiosju, tjugoåtta.',
    );
    expect(sv[3]).not.toMatch(/[Tt]retton|femtiosju|tjugoåtta/);
    const en = call(
      'en',
      'agent: Can I have your personal number?',
      'caller: Forty-one, oh six, um, where did I put that paper.',
      'agent: No rush at all, take all the time you need.',
      'caller: Thirteen, fifty-seven, twenty-eight.',
    );
    expect(en[3]).not.toMatch(/Thirteen|fifty-seven|twenty-eight/);
  });
  it('holds the question through the one asked\'s turns with no number between the waits', () => {
    const between = call(
      'sv',
      'agent: Kan jag få ditt personnummer?',
      'caller: Fyrtioett, noll sex, vänta, jag har det på en lapp.',
      'agent: Ingen fara, ta den tid du behöver.',
      'caller: Nu ska vi se, var la jag den.',
      'agent: Det gör inget, vi har gott om tid här idag.',
      'caller: Tretton, femtiosju, tjugoåtta.',
    );
    expect(between[5]).not.toMatch(/[Tt]retton|femtiosju|tjugoåtta/);
    const helper = call(
      'sv',
      'agent: Kan jag få ditt personnummer?',
      'caller: Fyrtioett, noll sex, vänta, jag hittar inte lappen.',
      'agent: Ingen fara, ta den tid du behöver.',
      'caller: Min dotter hjälper mig, hon heter Eva Lund.',
      'agent: Hej Eva, ta den tid ni behöver.',
      'caller: Hej, det är Eva. Tretton, femtiosju, tjugoåtta.',
    );
    expect(helper[5]).not.toMatch(/[Tt]retton|femtiosju|tjugoåtta/);
  });
  it('guard: a stall the asker does not wait for still closes the question ("…, er, no." "Maybe we start with …")', () => {
    const out = call('en', 'agent: Your personal number?', 'caller: Forty-one, oh six, er, no.', "agent: Maybe we start with your firm's name.", 'caller: Lindqvist Bygg. SNI 41.200, houses.');
    expect(out[3]).toContain('41.200');
  });
});

describe('review 98: a pair of the other speaker\'s personal number is redacted only when said as a piece', () => {
  const sv = 'caller: Mitt personnummer är 410613-5728.';
  const en = 'caller: Mine is 410613-5728.';
  const mother = 'caller: Mamma har 270930-2786.';
  it.each([
    [sv, 'agent: Tack, ring gärna efter klockan 13.'],
    [sv, 'agent: Tack. Det tar ungefär 13 arbetsdagar.'],
    [sv, 'agent: Tack. Vi har 28 handläggare på enheten.'],
    [sv, 'agent: Tack. Det är fråga 13 på blanketten.'],
    [sv, 'agent: Tack. Det gäller ruta 41 i deklarationen.'],
    [sv, 'agent: Tack. Hans fru är 57, eller hur?'],
    [sv, 'agent: Tack. Du står som nummer 13 i kön.'],
    [sv, 'agent: Tack. Handläggaren sitter på plan 13.'],
    [sv, 'agent: Tack. Utbetalningsdagen är 28, den ändras inte.'],
    [sv, 'agent: Tack, jag ringer upp kvart över 13.'],
    [sv, 'agent: Tack. Vi skickar 2 exemplar, sida 13 och 28.'],
    [sv, 'agent: Tack. Det är fjärde av 13 betalningar.'],
    [sv, 'agent: Tack. Ring 0771-524 524, knappval 13.'],
    [mother, 'agent: Tack. Hon fyllde 86 i somras?'],
    [mother, 'agent: Tack. Hon har 27 läkemedel på listan.'],
    [mother, 'agent: Tack, halv 09 i morgon passar bra.'],
    [en, "agent: Thanks. You'll hear back in 13 working days."],
    [en, "agent: Thanks. You're number 13 in the queue."],
    [en, 'agent: Thanks. And your daughter is 41 now?'],
    [en, "agent: Thanks. That's rule 28 in the guidance."],
    ['agent: Jag har 270930-2786 här, stämmer det?', 'caller: Ja. Jag har 27 mediciner och 30 tabletter.'],
  ])('keeps the count, label, time or age: %s → %s', (first, second) => {
    const lang = first.includes('Mine is') ? 'en' : 'sv';
    const out = call(lang, first, second);
    expect(out[1]).toBe(second.slice(second.indexOf(': ') + 2));
  });
  it('guard: redacts a pair with a piece cue, a bare one and two pieces in the number\'s order', () => {
    expect(call('sv', 'caller: Mitt nummer är 410613-5728.', 'agent: Tack, fyrtioett som år, ja.')[1]).not.toContain('fyrtioett');
    expect(call('sv', 'caller: Hans nummer är 461185-5596.', 'agent: Ja, det börjar på åttiofem som dag.')[1]).not.toContain('åttiofem');
    const both = call('sv', 'caller: Mitt är 410613-5728, och min frus är 330512-3865.', 'agent: Tack. Och trettiotre som år för henne, och tolv som dag.');
    expect(both[1]).not.toMatch(/trettiotre|tolv/);
    const day = call('en', 'agent: Your personal number?', "caller: It's 380311-1230.", 'agent: Eleven as the day, thirty-eight the year.');
    expect(day[2]).not.toMatch(/Eleven|thirty-eight/);
    expect(call('sv', 'agent: Jag har 410613-5728 här, stämmer det?', 'caller: Ja, fyrtioett, det stämmer.')[1]).not.toContain('fyrtioett');
    expect(call('sv', 'caller: Han heter Karl Berg och han har 410613-5728.', 'agent: Tack, Karl Berg, fyrtioett, ja.')[1]).not.toContain('fyrtioett');
    expect(call('sv', 'caller: Mitt nummer är 410613-5728.', 'agent: Sjuttiotvåan, sa du femtiosju?')[1]).not.toContain('femtiosju');
    expect(call('sv', 'caller: Mitt nummer är 410613-5728.', 'agent: Tack, tretton och femtiosju, ja.')[1]).not.toMatch(/tretton|femtiosju/);
    expect(call('en', 'caller: Mine is 410613-5728.', 'agent: So it ends in twenty-eight, thanks.')[1]).not.toContain('twenty-eight');
  });
});
