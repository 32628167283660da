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
    // (No name; since round 49 a house named by its letter is part of the home's address.)
    expect(sv('Vi bor i hus B. Hyran är 5 000.')).toBe('Vi bor i [ADRESS]. Hyran är 5 000.');
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

  it('"han var …", "she was …" after a whole number stays redacted: it may be the year another\'s number begins with (review)', () => {
    expect(call('sv', 'agent: Kan jag få era personnummer?', 'caller: Mitt är 44 10 19-18 70. Och hon var fyrtiosju.')[1]).not.toMatch(/fyrtiosju/);
    expect(call('en', 'agent: Her phone number?', 'caller: She was 073. Then 912 34 56.')[1]).not.toMatch(/073/);
  });
});

describe('round 40 review: what its first version showed', () => {
  it('four digits of another number (a mobile, a clearing number, a card) do not complete a personal number', () => {
    expect(call('en', 'agent: Can I have your personal number?', "caller: It's 19 52 03 14. My mobile's 0701 by the way.", 'caller: Oh and the last bit is 28 61.')[2]).not.toMatch(/28 61/);
    expect(call('sv', 'agent: Kan jag få ditt personnummer?', 'caller: 52 03 14. Och clearingnumret är 8327 om ni behöver det.', 'caller: Och sen 28 61 på personnumret.')[2]).not.toMatch(/28 61/);
  });

  it('"Mina" after "heter" is a name whatever follows; "Mina sidor" stays the e-service after a Mina was named', () => {
    expect(sv('Min dotter heter Mina Sidor.')).toBe('Min dotter heter [NAMN].');
    expect(call('sv', 'caller: Jag loggar in på Mina sidor. Mina Karlsson heter jag.')[0]).toBe('Jag loggar in på Mina sidor. [NAMN] heter jag.');
  });

  it('a month that is a first name signing off, turning an age, or dying is a name; a grade or a hepatitis letter is no initial', () => {
    expect(en('Kind regards, June.')).toBe('Kind regards, [NAMN].');
    expect(en('Thanks, April, that helps.')).toBe('Thanks, [NAMN], that helps.');
    expect(en('June is turning five in May.')).toBe('[NAMN] is turning five in May.');
    expect(en('August died last year.')).toBe('[NAMN] died last year.');
    expect(en("It's Peter Lane who signed it.")).toBe("It's [NAMN] who signed it.");
    expect(en('She got an A. Her teacher was pleased.')).toBe('She got an A. Her teacher was pleased.');
    expect(en('He has hepatitis B. Doctors know.')).toBe('He has hepatitis B. Doctors know.');
    expect(en("She's called April. April lives with me.")).toBe("She's called [NAMN]. [NAMN] lives with me.");
    expect(sv('Maj blir nittio i höst.')).toBe('[NAMN] blir nittio i höst.');
    expect(sv('Juni blir 12 000 kronor.')).toBe('Juni blir 12 000 kronor.');
  });

  it('"Mina hjälper mig", "Dag ringde": a name that is a function word, at a sentence\'s start before a verb; not "Mina papper", "Dina har jag här"', () => {
    expect(sv('Mina hjälper mig, hon loggar in på Mina sidor åt mig.')).toBe('[NAMN] hjälper mig, hon loggar in på Mina sidor åt mig.');
    expect(sv('Dag ringde i går.')).toBe('[NAMN] ringde i går.');
    expect(sv('Mina papper kom i går. Dina har jag här.')).toBe('Mina papper kom i går. Dina har jag här.');
  });
});

describe('round 40: an amount said back', () => {
  it('an amount the agent said and kept, said back by the caller under an account question, is kept in both turns', () => {
    const turns = call(
      'sv',
      'agent: Kontot finns inte längre.',
      'caller: Och var är pengarna nu då?',
      'agent: Pengarna ligger kvar hos oss. Och beloppet var trettontusen niohundrafemtio efter skatt. Du kan anmäla det nya kontot på Mina sidor.',
      'caller: Trettontusen niohundrafemtio, jaja.',
    );
    expect(turns[2]).toMatch(/trettontusen niohundrafemtio/);
    expect(turns[3]).toBe('Trettontusen niohundrafemtio, jaja.');
    // (An account number said under the question is still redacted.)
    expect(call('sv', 'agent: Vilket kontonummer har du?', 'caller: Åttatusen trehundratjugosju, sen 123 456 789-0.')[1]).not.toMatch(/123 456/);
  });
});

