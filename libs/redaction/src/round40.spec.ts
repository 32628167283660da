import { describe, expect, it } from 'vitest';
import { redact } from './redact.js';
import { call } from './testing/dialogues.js';

const sv = (text: string) => redact(text, { lang: 'sv' }).text;
const en = (text: string) => redact(text, { lang: 'en' }).text;

/**
 * Round 40, from the blind tuning set tuning-51 (hard edges of names, ages, dates of birth and addresses; its first run in
 * tuning-51/before-round-40.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 40: names by initials, signatures and lists', () => {
  it('an initial and a surname are a name, cue or not; a lettered part is none', () => {
    expect(sv('Det står K. Vallgatu längst ner.')).toBe('Det står [NAMN] längst ner.');
    expect(sv('Jag skickar det till H. Backlund på enheten.')).toBe('Jag skickar det till [NAMN] på enheten.');
    expect(sv('Vi bor i hus B. Hyran är 5 000.')).toBe('Vi bor i hus B. Hyran är 5 000.');
    expect(en('I take vitamin D. Pension is paid monthly.')).toBe('I take vitamin D. Pension is paid monthly.');
  });

  it('who signed, after "undertecknat av" (past a hesitation) or a sign-off', () => {
    expect(sv('Intyget är undertecknat av, öh, M. Lundqvist-Vägsjö, överläkare.')).toBe('Intyget är undertecknat av, öh, [NAMN], överläkare.');
    expect(en('Kind regards, T. Okonkwo, and a number underneath.')).toBe('Kind regards, [NAMN], and a number underneath.');
    expect(en('Signed, R. Gates, for the firm.')).toBe('Signed, [NAMN], for the firm.');
  });

  it('a month named after "my daughter," and a word listed with ", born" are names; "the first of April" stays a date', () => {
    expect(call('en', 'agent: Who is it about?', "caller: My daughter, April, she's on leave from the first of April.")[1]).toBe("My daughter, [NAMN], she's on leave from the first of April.");
    expect(en('Ama, born 19th of October 2019, and Kofi, born 2022.')).not.toMatch(/Ama|Kofi/);
  });

  it('a name said again another way after "eller"/"or" is a name too', () => {
    expect(sv('Min läkare, doktor Lindgatu, eller Lindgato, på vårdcentralen.')).toBe('Min läkare, doktor [NAMN], eller [NAMN], på vårdcentralen.');
  });
});

describe('round 40: addresses and numbers', () => {
  it('a Japanese block number answering for an address, a Norwegian floor', () => {
    expect(call('en', 'agent: And her address in Japan?', 'caller: 2-11-5 Kamimachi, Setagaya, Tokyo.')[1]).toBe('[ADRESS], Setagaya, Tokyo.');
    expect(call('sv', 'agent: Och adressen i Norge?', 'caller: Nygårdsgaten 14, 3. etasje, 5015 Bergen.')[1]).toBe('[ADRESS], [POSTNUMMER] Bergen.');
    // (A Polish postcode is no block number.)
    expect(sv('Adressen är ulica Długa 5, 60-535 Poznań.')).toMatch(/Poznań/);
  });

  it('the last four after the date complete a personal number; the age after its confirmed read-back is kept', () => {
    const turns = call('en', 'agent: And his personal identity number?', 'caller: 19 41 08 22, and the last four, um, 06 35.', "agent: So that's 19 41 08 22-06 35?", "caller: Yes. He's eighty-five.");
    expect(turns[3]).toBe("Yes. He's eighty-five.");
    expect(call('en', 'agent: And his personal identity number?', 'caller: 19 41 08 22, and the last four, um, 06 35.', "agent: So that's 19 41 08 22-06 35?", 'caller: No, 06 53.')[3]).toBe('No, [PERSONNUMMER].');
  });

  it('an age after a whole personal number, "han var åttiotvå", is kept; before it is whole, it is not', () => {
    expect(call('sv', 'agent: Har du hans personnummer?', 'caller: 44 10 19-18 70. Han var åttiotvå.')[1]).toBe('[PERSONNUMMER]. Han var åttiotvå.');
    expect(call('sv', 'agent: Vad är ditt personnummer?', 'caller: 44 10 19. Jag var fyrtiofyra.')[1]).not.toMatch(/fyrtiofyra/);
  });
});
