import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 72 (tuning-83: addresses and dates of birth as older callers and relatives say them). Sentences of the round's own,
 * not the set's. Each `describe` fixes one mechanism; the guards beside it show what stays kept.
 */
describe('round 72: the bed someone lives in, said after their home and its ward, is the address', () => {
  it('redacts the bed, and (round 73) the home and the ward with it', () => {
    const en = one('en', "He's moved to St. Aidan's Nursing Home, Heather Ward, bed four, in Sligo.");
    expect(en).not.toContain('bed four');
    // (Round 73: a care home said as where someone lives is an address, the project's decision — privacy fails closed; this spec kept the home.)
    expect(en).toBe("He's moved to [ADRESS], in Sligo.");
    expect(one('sv', 'Farfar ligger på Lövdalens vårdboende i mars, avdelning fyra, säng 3.')).not.toContain('säng 3');
  });
  it('guard: a ward and room with no home named, one goes to, stays kept', () => {
    expect(one('en', 'The doctor said ward 54, room 12, at nine on Monday.')).toContain('ward 54, room 12');
  });
});

describe('round 72: a date the agent reads from the record, right after the caller\'s date of birth, is one too', () => {
  it('redacts the other day and month read back', () => {
    const out = call('en', 'agent: Can you confirm your date of birth?', 'caller: Second of June, forty-one.', 'agent: I have the third of July, let me check.');
    expect(out[2]).not.toContain('third of July');
    const sv = call('sv', 'agent: Vilket datum är du född?', 'caller: Andra juni fyrtioett.', 'agent: Jag har tredje juli här, stämmer det?');
    expect(sv[2]).not.toContain('tredje juli');
  });
  it('guard: a payment date said after the date of birth stays', () => {
    const out = call('en', 'agent: Can you confirm your date of birth?', 'caller: Second of June, forty-one.', 'agent: Thanks. The pension is paid on the third of July.');
    expect(out[2]).toContain('third of July');
  });
});

describe('round 72: after "född"/"born", the speaker stopping to ask or think aloud, then the date', () => {
  it('redacts the date after the aside', () => {
    expect(one('sv', 'Hon är född... vänta, vad var det nu... fyrtioåtta, tredje maj.')).not.toMatch(/fyrtioåtta|tredje maj/);
    expect(one('en', 'He was born... Mum, what was it... the ninth of March, fifty-one.')).not.toContain('ninth of March');
  });
  it('guard: another date after "född" and a longer talk stays', () => {
    expect(one('sv', 'Hon är född i Umeå, och pensionen kom tredje maj.')).toContain('tredje maj');
  });
});

describe('round 72: a postcode\'s alternative or its misheard form, said after it, is a postcode too', () => {
  it('redacts the other postcode offered, and the same digits without the leading zero', () => {
    const out = one('sv', 'Ängsvägen 7, 931 33, Skellefteå... eller 931 35, det står på en lapp... 931 33.');
    expect(out).not.toContain('931 35');
    expect(one('en', 'The postcode is 04100, the letter said 4100 without the zero.')).not.toContain('4100 without');
  });
  it('guard: an amount or a case number after the postcode stays', () => {
    const out = one('sv', 'Ängsvägen 7, 931 33 Skellefteå, eller 2 500 kronor om månaden.');
    expect(out).toContain('2 500 kronor');
    expect(one('sv', 'Postnumret är 931 33, och ärendet har nummer 93133 hos er, eller 93135.')).toContain('ärendet');
  });
});

describe('round 72: the house number put right after the address ("det är …", "it\'s …", "det ska vara …")', () => {
  it('redacts the corrected number, in figures or words', () => {
    expect(one('sv', 'Vi bor på Berga 118, nej, det är ett åtta ett, posten kommer fel.')).not.toContain('ett åtta ett');
    expect(one('sv', 'Det står Sjögatan 3 B men det ska vara trettiotre B, i Luleå.')).not.toContain('trettiotre B');
    expect(one('en', "Your letter says Mill Street 14, it's forty-one, four one, near the church.")).not.toMatch(/forty-one|four one/);
  });
  it('guard: rooms, years or distances said after the address stay', () => {
    expect(one('sv', 'Vi bor på Sjögatan 3, det är tre rum och kök.')).toContain('tre rum');
    expect(one('en', "We live at 14 Mill Street, it's forty years old, the house.")).toContain('forty years');
  });
});

describe('round 72: a person who "is" a whole date with its year said short ("\'49") was born on it', () => {
  it('redacts the date', () => {
    expect(one('en', "My sister? She's the ninth of March '52, the youngest.")).not.toContain('ninth of March');
  });
  it('guard: a day and month with no year stays', () => {
    expect(one('en', "She's the ninth of March on the rota, then off.")).toContain('ninth of March');
  });
});
