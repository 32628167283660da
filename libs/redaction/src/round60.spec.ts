import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 60, from the blind tuning set tuning-71 (words that stay beside personal data, identifiers in pieces and put
 * right; its first run in tuning-71/before-round-60.txt). Sentences written for these tests, not taken from the set.
 */
describe('round 60: identifiers put right', () => {
  it('a birth year taken back with "inte … utan", "not …, it\'s", before the whole personal number', () => {
    expect(one('sv', 'Nej vänta, det är inte nitton fyrtiofem utan nitton femtiotre... noll sju noll fyra... fyrtiotvå sextioåtta.')).not.toContain('fyrtiofem');
    expect(one('en', "Hang on, it's not nineteen forty-five, it's nineteen fifty-three... oh seven oh four... four two six eight.")).not.toContain('forty-five');
  });

  it('a clearing number read from the records and put right by the caller ("…, stämmer det?" "Nej, det är 6183")', () => {
    const sv = call('sv', 'agent: Ditt clearingnummer är 8327-9, stämmer det?', 'caller: Nej, det är 6183, jag har bytt bank.');
    expect(sv[1]).not.toContain('6183');
    const en = call('en', 'agent: Your sort code is 20-45-77, is that right?', 'caller: No, it is 40-11-62 now, I changed banks.');
    expect(en[1]).not.toContain('40-11-62');
  });

  it('a confirmation after the read-back keeps the amount said after it', () => {
    const lines = call('sv', 'agent: Ditt clearingnummer är 8327-9, stämmer det?', 'caller: Nej, jag fick 8400 kronor förra månaden.');
    expect(lines[1]).toContain('8400 kronor');
  });
});

describe('round 60: words that stay', () => {
  it('"He\'s" before a name is the pronoun, not the surname He in the genitive', () => {
    const text = one('en', "He's Clive Morton, and he's eighty-seven.");
    expect(text).toMatch(/^He's \[NAMN\]/);
    expect(text).toContain("he's eighty-seven");
    const lines = call('en', 'agent: Who is it about?', "caller: My dad. He's Ronald, he's been in hospital since Monday.");
    expect(lines[1]).toContain("He's [NAMN], he's been in hospital");
  });

  it('Freja the e-identification with its product words, installed or downloaded', () => {
    expect(one('en', 'Yes, Freja eID Plus works for that too.')).toContain('Freja eID Plus');
    expect(one('sv', 'Dottern hjälpte mig installera Freja i mobilen i går.')).toContain('installera Freja');
    expect(one('sv', 'Jag laddade ner Freja men kommer inte in.')).toContain('Freja');
  });

  it('Freja the person stays redacted: put on the phone, or "she" after her', () => {
    expect(one('en', "I'll put Freja on the phone, she knows more.")).not.toContain('Freja');
    expect(one('sv', 'Jag installerade appen med Freja, hon är min dotter.')).not.toContain('Freja');
    expect(one('en', 'I downloaded Freja the form, she signed it.')).not.toContain('Freja');
  });


  it('an age worked out from the birth year just said ("född fyrtiosju? Du är alltså sjuttionio?")', () => {
    expect(one('sv', 'Och du är född fyrtioåtta? Då är du alltså sjuttioåtta?')).toContain('sjuttioåtta');
    expect(one('en', "Born in '52, so I'm seventy-four now.")).toContain('seventy-four');
  });

  it('a birth year put right after "alltså" is no age ("född fyrtiosju? Du är alltså fyrtionio?")', () => {
    expect(one('sv', 'Och du är född fyrtiosju? Du är alltså fyrtionio?')).not.toContain('fyrtionio');
  });

  it('"No," before a correction read back is the word, not Norway\'s IBAN code (a guard of the read-back above)', () => {
    const lines = call('en', 'agent: Clearing 8105-9, account 944 302 781?', 'caller: No, seven one eight at the end.', 'agent: 718, thanks. You will hear from us within four weeks.');
    expect(lines[1]).toMatch(/^No, \[/);
    expect(lines[1]).not.toContain('seven one eight');
  });
});

describe("round 60's review: leaks of the first version closed", () => {
  it('the surname He after a title, or capitalised mid-sentence, stays a name', () => {
    expect(one('en', "I'm calling about Dr. He's letter.")).not.toContain('He');
    expect(one('sv', "Det gäller herr He's ärende.")).not.toContain('He');
    expect(one('en', "I spoke to He's wife yesterday.")).not.toContain('He');
    expect(one('en', "I wrote to mr he's office.")).not.toContain('he');
  });

  it('Freja the person after "download"/"installera": a name, an object or "she" after her', () => {
    expect(one('en', 'I downloaded Freja Holm the form.')).not.toMatch(/Freja|Holm/);
    expect(one('en', "I installed Freja Berg's app for her.")).not.toMatch(/Freja|Berg/);
    expect(one('sv', 'Jag laddade hem Freja ett spel. Hon blev glad.')).not.toContain('Freja');
    expect(one('en', 'I put Freja on my phone to talk to you.')).not.toContain('Freja');
    expect(one('sv', 'Hon heter Freja App.')).not.toContain('Freja');
  });

  it('a birth year after "är hon"/"är han" is no age', () => {
    expect(one('sv', 'Är hon 1952?')).not.toContain('1952');
    expect(one('sv', 'Är hon nittonhundrafemtiotvå eller femtiotre?')).not.toContain('nittonhundrafemtiotvå');
  });

  it('a second birth year offered with "eller", or near the first, is no age', () => {
    expect(one('sv', 'Och du är född sextiofem? Eller är du sextiosex?')).not.toContain('sextiosex');
    expect(call('sv', 'agent: Vilket år är din man född?', 'caller: Han är sextiotvå. Eller är han sextiotre?')[1]).not.toMatch(/sextiotvå|sextiotre/);
  });
});

describe('a transcript redacted once and read again (the journal evaluation, a re-run)', () => {
  it('a placeholder asks for nothing: the numbers after "[PERSONNUMMER]" are no pieces of one', () => {
    const lines = call('en', "agent: What's her personal number?", 'caller: [PERSONNUMMER].', "agent: She's under sixty-five, and the tax is twenty-nine per cent.");
    expect(lines[2]).toContain('sixty-five');
    expect(lines[2]).toContain('twenty-nine per cent');
  });
});
