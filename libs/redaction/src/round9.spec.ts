import { describe, expect, it } from 'vitest';
import { one } from './testing/dialogues.js';

/**
 * Round nine: giro numbers and identity numbers by their shape, phone numbers broken off, names by
 * what follows them. Sentences of each mechanism's kind (not lines of a set); each case failed
 * before its rule, but the "still …" ones, which guard what it must keep.
 */

describe('giro numbers by their shape, with no word naming them', () => {
  it('takes a plusgiro written with its check digit after a dash', () => {
    expect(one('sv', 'Sätt in det på 731420-6 tack.')).toBe('Sätt in det på [PLUSGIRO] tack.');
  });
  it('takes a bankgiro written 4 + 4 when the Luhn check holds', () => {
    expect(one('sv', 'Det går till 2471-9635.')).toBe('Det går till [BANKGIRO].');
  });
  it('takes seven or eight digits read one by one', () => {
    expect(one('sv', 'åtta tre noll sex ett fem två tre')).toBe('[BANKGIRO]');
  });
  it('still keeps a short count and a range of sums', () => {
    expect(one('sv', 'Ett två tre, nu börjar vi.')).toBe('Ett två tre, nu börjar vi.');
    expect(one('sv', 'Det kostar 4000-5000 kronor.')).toBe('Det kostar 4000-5000 kronor.');
  });
  it("takes a caller's bankgiro after its cue", () => {
    expect(one('sv', 'Mitt bankgiro är 2471-9635.')).toBe('Mitt bankgiro är [BANKGIRO].');
  });
});

describe('capital letters before six digits or more', () => {
  it('is an identity number whatever is said after it', () => {
    expect(one('sv', 'PB 5541 9872, det står på mitt körkort')).toBe('[ID-NUMMER], det står på mitt körkort');
  });
  it('still keeps a form number', () => {
    expect(one('sv', 'Fyll i blankett FK 5220 och skicka den.')).toBe('Fyll i blankett FK 5220 och skicka den.');
  });
});

describe('a phone number broken off', () => {
  it('takes the piece begun after the cue and the pieces read on after a pause', () => {
    expect(one('en', 'my mobile is oh seven three, double four... no wait')).toBe('my mobile is [TELEFON]... no wait');
  });
  it('still keeps the hours after "ring"', () => {
    expect(one('sv', 'Ring mellan nio och elva så svarar jag.')).toBe('Ring mellan nio och elva så svarar jag.');
  });
});

describe('names by what follows or precedes them', () => {
  it('takes what a relation is called, an ordinary word too', () => {
    expect(one('sv', 'Sunny hette hennes man.')).toBe('[NAMN] hette hennes man.');
  });
  it('still keeps the question for a name', () => {
    expect(one('sv', 'Vad heter din handläggare?')).toBe('Vad heter din handläggare?');
  });
  it("takes a known name in the English genitive", () => {
    expect(one('en', 'It was Peter\'s idea to call.')).toBe('It was [NAMN] idea to call.');
  });
  it('takes a foreign surname by its ending mid-sentence, and the one employed', () => {
    expect(one('en', 'Then Jovanović called again.')).toBe('Then [NAMN] called again.');
    expect(one('en', 'we employ Dawit Tesfaye since May')).toBe('we employ [NAMN] since May');
  });
  it('still keeps a place and a count after "employ"', () => {
    expect(one('en', 'we drove through Dubrovnik')).toBe('we drove through Dubrovnik');
    expect(one('en', 'we employ four people')).toBe('we employ four people');
  });
  it("keeps a firm named after its owner, and takes the owner alone", () => {
    expect(one('sv', 'Det gäller Berglunds Åkeri i Umeå.')).toBe('Det gäller Berglunds Åkeri i Umeå.');
    expect(one('sv', 'Det gäller Berglund i Umeå.')).toBe('Det gäller [NAMN] i Umeå.');
  });
  it('takes a spelling with "dash" read between its letters', () => {
    expect(one('en', 'Ek-Lund, E K dash L U N D')).not.toMatch(/dash|L U N D/);
  });
});

describe('addresses abroad with a district line', () => {
  it('takes the district between a number-first street and the postcode, after a cue with a word inside it', () => {
    expect(one('sv', 'Adressen nu är 7 Odos Ermou, Kolonaki, 10563 Aten')).toBe('Adressen nu är [ADRESS], [POSTNUMMER] Aten');
    expect(one('en', 'the address there is 21 Via Roma, Trastevere, 00153 Rome')).toBe('the address there is [ADRESS], [POSTNUMMER] Rome');
  });
  it('still keeps the town after the postcode, and a district after a Swedish street', () => {
    expect(one('sv', 'Jag bor på Storgatan 4, Vasastan, 113 45 Stockholm')).toBe('Jag bor på [ADRESS], Vasastan, [POSTNUMMER] Stockholm');
  });
});
