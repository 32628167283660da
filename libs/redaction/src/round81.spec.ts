import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 81 (tuning-92: deaths and estates). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 81: an age said beside a whole personal number is no piece of it', () => {
  it('keeps an age said of someone by name before the number', () => {
    expect(one('sv', 'Min son Oskar är tolv, 140612-3107, behöver han också ett eget konto?')).toContain('är tolv,');
    expect(one('sv', 'Oskar, tolv, 140612-3107.')).toContain(', tolv,');
    expect(one('en', 'Her daughter Mia, nine, 170305-2108, gets a child pension.')).toContain(', nine,');
  });
  it('keeps an age said alone as the answer to "hur gammal"', () => {
    expect(call('sv', 'agent: Och hur gammal blev hon?', 'caller: Sjuttiotvå. 540318-4103.')[1]).toContain('Sjuttiotvå.');
  });
  it('keeps an age after the number with "han var", "he was" in a call of one turn, as before', () => {
    expect(one('sv', 'Han dog i mars, 520714-8106, Bertil Ek, han var sjuttiofyra.')).toContain('han var sjuttiofyra');
    expect(one('en', 'Fifty-two oh seven fourteen, eighty-one oh six. He was seventy-four.')).toContain('He was seventy-four');
  });
  it('still redacts the number, a piece not asked as an age, and a century before it', () => {
    expect(one('sv', 'Min son Oskar är tolv, 140612-3107, behöver han också ett eget konto?')).not.toContain('140612');
    expect(call('sv', 'agent: Vilket nummer?', 'caller: Sjuttiotvå. 540318-4103.')[1]).not.toContain('Sjuttiotvå');
    expect(one('sv', 'Nitton, 520714-8106.')).not.toMatch(/Nitton|520714/);
    expect(one('sv', 'Nej, sjutton, inte sjuttio. Sextio noll tre sjutton. Sjuttiotre fyrtionio.')).not.toMatch(/sjutton|sjuttio\b/i);
    expect(one('sv', 'Det är sjutton, 520714-8106.')).not.toContain('sjutton');
    expect(one('en', 'Fifty-two oh seven fourteen, eighty-one oh six. He was seventy-four.')).not.toMatch(/Fifty-two|eighty-one/);
  });
});

describe('round 81: names said after "names are", and a read-back told by a letter', () => {
  it('redacts the names after "first names are", "names were"', () => {
    expect(one('en', 'Her names are Nkechi Adaora.')).not.toMatch(/Nkechi|Adaora/);
    expect(one('en', 'Their surnames were Adeyemi and Oduya.')).not.toMatch(/Adeyemi|Oduya/);
  });
  it('redacts a name read back "with one k", "without an H"', () => {
    expect(call('sv', 'caller: Det är min pappa.', 'agent: Jag har Lindkvist, med ett k?')[1]).not.toContain('Lindkvist');
    expect(call('en', 'caller: It was my aunt.', 'agent: I have Bjornsdottir, without an H.')[1]).not.toContain('Bjornsdottir');
  });
  it('still keeps what is no name', () => {
    expect(one('en', 'The names are Swedish.')).toContain('Swedish');
    expect(call('en', 'caller: She lived there.', 'agent: I have Leeds, with an s.')[1]).toContain('Leeds');
    expect(call('sv', 'caller: Hon ringde.', 'agent: Jag har Pensionsmyndigheten, med ett P.')[1]).toContain('Pensionsmyndigheten');
  });
});
