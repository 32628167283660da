import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 84 (tuning-94: health, disability and care). Sentences of the round's own, not the set's. Each `describe` fixes one
 * mechanism; the guards beside it show what stays kept or redacted.
 */
describe('round 84: a code written as one word with dashes, named as an identifier', () => {
  it('redacts it after an id, member, passport or insurance cue', () => {
    expect(one('en', 'My member ID is QX-55120-BT, with the insurer in Ohio.')).not.toContain('55120');
    expect(one('en', 'The passport number is KL-770314-R.')).not.toContain('770314');
    expect(one('sv', 'Mitt försäkringsnummer är RB-30418-NV.')).not.toContain('30418');
  });
  it('still keeps a case number and a form code written so', () => {
    expect(one('en', 'The case number is FK-2026-0451.')).toContain('FK-2026-0451');
    expect(one('sv', 'Ärendet har nummer SKV-4820-A.')).toContain('SKV-4820-A');
  });
});

describe('round 84: the policy number of one\'s own health or travel insurance', () => {
  it('redacts it as an id number', () => {
    expect(one('en', 'I have health insurance with Norfolk Shield, policy number 4471 9023.')).not.toContain('4471 9023');
    expect(one('en', 'Our travel insurance, policy number TN-88213-Q, paid the ambulance.')).not.toContain('88213');
  });
  it('still keeps a pension\'s policy number and a claim number', () => {
    expect(one('en', 'The policy number is SK 771 204 118, for the occupational pension.')).toContain('SK 771 204 118');
    expect(one('en', 'My claim number with the insurer is F 27-3310-442.')).toContain('F 27-3310-442');
  });
});

describe('round 84: a number of weeks after "born" is how early, no date of birth', () => {
  it('keeps "born six weeks early", "föddes tre veckor för tidigt"', () => {
    expect(one('en', 'He was born six weeks early and spent a month in neonatal care.')).toContain('six weeks');
    expect(one('sv', 'Hon föddes tre veckor för tidigt och låg på neonatal.')).toContain('tre veckor');
  });
  it('still redacts a date after "born"', () => {
    expect(one('en', 'He was born on the fourth of May 2019.')).not.toContain('fourth of May');
    expect(one('sv', 'Hon är född tredje mars 2017.')).not.toContain('tredje mars');
  });
});

describe('round 84: "MS" in capitals before a word in lower case is the disease, no title', () => {
  it('keeps the word after it', () => {
    expect(one('en', 'The certificate says MS, diagnosed in the spring.')).toContain('diagnosed');
    expect(one('en', 'Her illness is MS, managed with infusions.')).toContain('managed');
    expect(one('en', '"Diagnosis relapsing MS, treated with Tysabri every four weeks."')).toContain('treated');
  });
  it('still redacts a name after the title', () => {
    expect(one('en', 'I spoke to Ms Jarrow yesterday.')).not.toContain('Jarrow');
    expect(one('en', 'I spoke to MS Jarrow yesterday.')).not.toContain('Jarrow');
  });
});

describe('round 84: a hospital named after royalty with whom it is for between', () => {
  it('keeps "Prince Albert Children\'s Hospital" said as the place', () => {
    expect(one('en', 'She was admitted at Prince Albert Children\'s Hospital last week.')).toContain('Prince Albert Children\'s Hospital');
  });
  it('still redacts a person\'s name before it', () => {
    expect(one('en', 'She was admitted at Peter Hallam Children\'s Hospital last week.')).not.toContain('Hallam');
  });
});

describe('round 84: a care unit\'s compound named by a word after it', () => {
  it('keeps "Smärtkliniken Söder", "Reumatologmottagningen Norr"', () => {
    expect(one('sv', 'Min läkare sitter på Smärtkliniken Söder i Umeå.')).toContain('Smärtkliniken Söder');
    expect(one('sv', 'Min doktor är på Reumatologmottagningen Norr.')).toContain('Reumatologmottagningen Norr');
  });
  it('keeps it after a doctor\'s name, where the recogniser read an address', () => {
    expect(one('sv', 'Min läkare heter Olle Strand, på Barnmottagningen Öster.')).toBe('Min läkare heter [NAMN], på Barnmottagningen Öster.');
  });
  it('still redacts a person named after the unit', () => {
    expect(one('sv', 'På Smärtkliniken heter min läkare Sara Söder.')).not.toContain('Sara Söder');
  });
});

describe('round 84: the call\'s memory keeps no institution\'s noun from a name', () => {
  it('keeps "Clinic" in another clinic\'s name later in the call', () => {
    const said = call('en', 'caller: Then the Urology Clinic sent me home.', 'agent: And before that?', 'caller: I was at the Moira Castellan Clinic in Leeds.');
    expect(said[0]).toContain('Urology Clinic');
    expect(said[2]).not.toContain('Castellan');
  });
  it('still remembers the person\'s words', () => {
    const said = call('en', 'caller: I was at the Moira Castellan Clinic in Leeds.', 'agent: Castellan, you said?');
    expect(said[1]).not.toContain('Castellan');
  });
});
