import { describe, expect, it } from 'vitest';
import { draft, noteText } from './testing/drafts.js';
import { findDates } from './dates.js';

// Round 62, from tuning set 54 (decisive facts and conditions). Sentences written for these tests, not from any eval set.
// Call date Monday 9 March 2026 unless said.

const followUps = (d: ReturnType<typeof draft>) =>
  (d.sections.find((s) => s.key === 'followUp')?.sentences ?? []).map((s) => ({ text: s.text, due: s.followUp?.dueDate, preposition: s.followUp?.preposition }));

describe('a day that bounds a period is no due date', () => {
  it('"för tiden efter den tionde maj" said in June names no day ahead', () => {
    expect(findDates('När beslutet är klart betalar vi ut ersättningen för tiden efter den tionde maj.', 'sv', '2031-06-02')).toEqual([]);
  });

  it('"for the period after the 4th of March" said in March names no day ahead', () => {
    expect(findDates('Once the form is here we pay for the period after the 4th of March.', 'en', '2031-03-20')).toEqual([]);
  });
});

describe('a decided errand told with a day gone by and a day ahead stays in the note', () => {
  it('"beviljad, beslutet skickades i förrgår, och första utbetalningen kommer fredag den tjugonde" keeps the grant and the payment', () => {
    const note = noteText(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar hur det gick med min ansökan om garantipension.',
        'agent: Garantipensionen är beviljad, beslutet skickades i förrgår, och första utbetalningen kommer fredag den tjugonde mars.',
        'caller: Vad bra. Tack.',
      ]),
    );
    expect(note).toMatch(/Garantipensionen är beviljad/u);
    expect(note).toMatch(/20 mars/u);
  });
});

describe('a value explained away after an interjection is not kept', () => {
  it('"Nine thousand two hundred. Oh, no, that\'s with the parking. Eight thousand nine hundred without." keeps 8 900 only', () => {
    const note = noteText(
      draft('en', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hello, [NAMN], [PERSONNUMMER]. My rent goes up next month, I should tell you.',
        'agent: Yes, thank you. What is the new rent?',
        'caller: Nine thousand two hundred. Oh, no, that\'s with the parking. Eight thousand nine hundred without.',
        'agent: Then I register eight thousand nine hundred from next month.',
        'caller: Thank you.',
      ]),
    );
    expect(note).not.toMatch(/9 200/u);
    expect(note).toMatch(/8 900/u);
  });
});

describe('a grandchild calling for someone is "den som ringer"', () => {
  it('"jag är barnbarn till [NAMN]": the caller\'s own plan is not the customer\'s', () => {
    const note = noteText(
      draft('sv', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej, jag är barnbarn till [NAMN], [PERSONNUMMER], han sitter bredvid. Han undrar när bostadstillägget betalas.',
        'agent: Då vill jag höra din morfar säga att det går bra att jag pratar med dig.',
        'caller: [morfar:] Ja, det går bra.',
        'agent: Tack. Bostadstillägget betalas ut den tjugosjätte som vanligt.',
        'caller: Bra, jag åker till honom på lördag och berättar.',
      ]),
    );
    expect(note).not.toMatch(/kundens morfar/u);
    expect(note).not.toMatch(/Kunden åker/u);
  });
});

describe('a call on a day of its own keeps its day beside a document\'s deadline', () => {
  it('"Då ringer jag mottagningen på tisdag" after "senast den trettonde" is on Tuesday, not by the thirteenth', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar varför min ansökan inte är klar.',
      'agent: Det saknas ett läkarutlåtande. Det måste komma in senast fredag den trettonde mars, annars avgörs ansökan på det som finns.',
      'caller: Då ringer jag mottagningen på tisdag, de har stängt i dag.',
      'agent: Bra.',
      'caller: Tack.',
    ]);
    const call = followUps(d).find((f) => /mottagningen/u.test(f.text));
    expect(call?.due).toBe('2026-03-10');
    expect(call?.preposition).toBe('on');
  });
});

describe('"the caller\'s husband\'d" is written out', () => {
  it('"\'d" after the relation called for is "would"', () => {
    const note = noteText(
      draft('en', [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hello, I\'m calling for my husband, [NAMN], [PERSONNUMMER]. He\'d like to know when his pension is paid.',
        'agent: Could your husband confirm that I may talk with you?',
        'caller: [husband:] Yes, that\'s fine.',
        'agent: Thank you. It is paid on the twenty-sixth.',
        'caller: Lovely, thanks.',
      ]),
    );
    expect(note).not.toMatch(/\)'d\b|customer'd/u);
  });
});
