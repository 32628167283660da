import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 71 (tuning-82: names and addresses of people from everywhere). Sentences of the round's own, not the set's.
 * Each `it` fixes one mechanism; the guards beside each keep show the personal data still redacted.
 */
describe('round 71: a county or an island after "County", "Co." or "Isle of" is no name', () => {
  it('keeps the county and the island', () => {
    expect(one('en', 'My cousin lives near Tralee, County Kerry, in a farmhouse.')).toContain('County Kerry');
    expect(one('en', 'She grew up on the Isle of Lewis and moved to Glasgow.')).toContain('Isle of Lewis');
  });
  it('guard: the same word as a person, or named by a cue, stays redacted', () => {
    expect(one('en', 'My name is Kerry Walsh and I live in County Kerry.')).not.toContain('Walsh');
    expect(one('en', 'My name is Kerry Walsh and I live in County Kerry.')).not.toMatch(/Kerry Walsh/);
    expect(one('en', 'My daughter Kerry moved to the Isle of Skye.')).not.toContain('daughter Kerry');
    expect(call('en', 'agent: And your first name?', 'caller: Lewis.')[1]).not.toContain('Lewis');
  });
});

describe('round 71: "riksväg 70", "länsväg 370" are roads by their number, no one\'s street', () => {
  it('keeps the road number', () => {
    expect(one('sv', 'Gården ligger längs länsväg 370, men adressen är Backen 4, 930 90 Arjeplog.')).toContain('länsväg 370');
    expect(one('sv', 'Vi bor vid riksväg 70 utanför byn, Lillgården 12, 780 41 Gagnef.')).toContain('riksväg 70');
  });
  it('guard: the street "Riksvägen", and a road given as where one lives, stay redacted', () => {
    expect(one('sv', 'Jag bor på Riksvägen 12 i Sandviken.')).not.toContain('Riksvägen 12');
    expect(one('sv', 'Jag bor på riksväg 12, det är min adress.')).not.toContain('riksväg 12');
    expect(one('sv', 'Vi bor vid riksväg 70 utanför byn, Lillgården 12, 780 41 Gagnef.')).not.toMatch(/Lillgården|780 41/);
  });
});

describe('round 71: a word called one\'s maiden or last name after a comma is a name, with its double name', () => {
  it('finds the surname, the double name and the first name before it', () => {
    const out = one('en', 'Tolu Adebanjo-Reid, Adebanjo is my maiden name.');
    expect(out).not.toMatch(/Tolu|Adebanjo|Reid/);
    expect(one('sv', 'Det står Lindqvist-Omar, Lindqvist är mitt flicknamn.')).not.toMatch(/Lindqvist|Omar/);
    expect(one('en', 'Okonjo is my last name.')).not.toContain('Okonjo');
  });
  it('guard: an ordinary word explained as something else stays', () => {
    expect(one('en', 'Summer is my favourite season, Pension is my worry.')).toContain('Pension is my worry');
  });
});

describe('round 71: a six-figure PIN code after its town, and a postcode after a town of an address found late', () => {
  it('redacts the PIN code', () => {
    expect(one('en', 'We rented Flat 3B, Green Valley Residency, 2nd Cross Road, Pune, 411 038, Maharashtra.')).not.toContain('411 038');
  });
  it('guard: a sum after an address stays', () => {
    expect(one('en', 'We live at 12 Hill Road, Mumbai, and the flat cost 450 000 rupees.')).toContain('450 000 rupees');
    expect(one('sv', 'Jag bor på Storgatan 4, 450 000 kronor kostade den.')).toContain('450 000 kronor');
  });
});

describe('round 71: "The Old Vicarage", "Rectory", "Croft" name a house, "The" with it', () => {
  it('redacts the house name and the street beside it', () => {
    const out = one('en', 'We moved to The Old Vicarage, Station Road, Great Tew.');
    expect(out).not.toMatch(/Vicarage|Station Road|The Old/);
  });
  it('guard: a street with no number and no address talk stays', () => {
    expect(one('en', 'We met on Station Road yesterday.')).toContain('Station Road');
  });
});

describe('round 71: a name-only particle right before a name is the name\'s word', () => {
  it('redacts "bin", "von", "al" said with the surname again', () => {
    expect(one('sv', 'Det är Amal bin Rashid, bin Rashid med litet b.')).not.toMatch(/\bbin\b/);
    expect(call('en', 'agent: I have Vonholt, one word.', 'caller: No, von Holt, two words.')[1]).not.toMatch(/\bvon\b/);
  });
  it('guard: Swedish "de" and "den" before a name are not taken as particles', () => {
    expect(one('sv', 'Sen ringde de Anna Berg igen.')).toContain('ringde de');
  });
});

describe('round 71: a name read back as written down ("I have X, one word", "Jag har X här, två ord?")', () => {
  it('redacts the name read back', () => {
    expect(call('en', 'agent: I have Vanderhoek, one word.')[0]).not.toContain('Vanderhoek');
    expect(call('sv', 'agent: Jag har Abdi Rahman här, två ord?')[0]).not.toMatch(/Abdi|Rahman/);
  });
  it('guard: what one has that is no name stays', () => {
    expect(one('en', "I have Parkinson's, one of my problems.")).toContain("Parkinson's");
    expect(one('en', 'I have Netflix here and nothing else.')).toContain('Netflix');
  });
});

describe('round 71: the wrong way a name is written, put right after it ("…, not Massri")', () => {
  it('redacts the wrong spelling', () => {
    expect(one('en', 'My name is Rania Masri, with one s, not Massri.')).not.toContain('Massri');
  });
  it('guard: a place put right after the name stays', () => {
    expect(one('en', "I'm Sam Lindqvist, not Linköping.")).toContain('Linköping');
  });
});
