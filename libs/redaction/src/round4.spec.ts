import { describe, expect, it } from 'vitest';
import { redactDialogue, type Utterance } from './dialogue.js';
import { redact } from './redact.js';

/**
 * Round four: general mechanisms of spoken Swedish and English (ordinals, question and answer,
 * capitalisation, postcodes and e-mail read as words). Each case failed before its rule.
 */
function call(lang: 'sv' | 'en', ...lines: string[]): string[] {
  const utterances: Utterance[] = lines.map((line) => {
    const [speaker, ...text] = line.split(': ');
    return { speaker: speaker as Utterance['speaker'], text: text.join(': ') };
  });
  return redactDialogue(utterances, { lang }).map((r) => r.text);
}
const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

describe('dates of birth with Swedish ordinals', () => {
  it('reads an ordinal written with a colon ("3:e", "1:a")', () => {
    expect(sv('Hon är född den 1:a april 1961, tror jag.')).toBe('Hon är född [FÖDELSEDATUM], tror jag.');
  });
  it('reads a day and a month as numbers joined by "i" ("femte i tredje")', () => {
    expect(sv('Han föddes sjunde i elfte sextiotvå.')).toBe('Han föddes [FÖDELSEDATUM].');
    expect(sv('Jag är född 1950 i Kiruna.')).toBe('Jag är född [FÖDELSEDATUM] i Kiruna.');
  });
});

describe('names', () => {
  it('takes a first name that is also a word when it is capitalised mid-sentence', () => {
    expect(sv('Ja, jag och Bo har pratat om det.')).toBe('Ja, jag och [NAMN] har pratat om det.');
    expect(en('Right, thanks, Will, that helps.')).toBe('Right, thanks, [NAMN], that helps.');
  });
  it('keeps a capitalised place and an adjective after an article', () => {
    expect(sv('Vi åkte till Lund i somras.')).toBe('Vi åkte till Lund i somras.');
    expect(en('It is a German pension.')).toBe('It is a German pension.');
  });
  it('takes the name after "hette" and "was called"', () => {
    expect(sv('Handläggaren hette Sanna, tror jag.')).toBe('Handläggaren hette [NAMN], tror jag.');
  });
  it('takes the answer to a question for a name, ordinary words too', () => {
    expect(call('sv', 'agent: Och vad heter din man?', 'caller: Bo Lind.', 'agent: Tack.')).toEqual(['Och vad heter din man?', '[NAMN].', 'Tack.']);
    expect(call('en', "agent: Who am I speaking to?", 'caller: Oluwaseun Adeyemi.')).toEqual(['Who am I speaking to?', '[NAMN].']);
  });
  it('does not take a word that only answers the question with another question', () => {
    expect(call('sv', 'agent: Vad heter du?', 'caller: Förlåt?')).toEqual(['Vad heter du?', 'Förlåt?']);
  });
});

describe('addresses', () => {
  it('takes a postcode read as words after the address', () => {
    expect(sv('Jag bor på Åsvägen 3, åtta fyra tre trettioett Sveg.')).toBe('Jag bor på [ADRESS], [POSTNUMMER] Sveg.');
  });
  it('takes the flat after an English street', () => {
    expect(en('I live at 9 Mill Lane, flat 2B, in Leeds.')).toBe('I live at [ADRESS], in Leeds.');
  });
});

describe('e-mail read as words', () => {
  it('takes a first name or an initial before the local part', () => {
    expect(sv('Mejlen är lena berg snabel-a telia punkt se.')).toBe('Mejlen är [EPOST].');
    expect(en('Send it to p jones at yahoo dot com.')).toBe('Send it to [EPOST].');
  });
});
