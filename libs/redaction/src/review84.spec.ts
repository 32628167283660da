import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 84. Sentences of our own, of the kinds the reviewer's probes found (not the probes). Each `describe` fixes
 * one mechanism; the guards beside it pass before and after the fix.
 */
describe('review 84: a title in capitals before a name in lower case is still a title', () => {
  it('redacts the name after "DR", "MR", "MRS", "MISS", "HERR", "FRU" in capitals', () => {
    expect(one('en', 'the form was sent by DR holmqvist last week.')).not.toContain('holmqvist');
    expect(one('en', 'MRS peterson from next door drives me there.')).not.toContain('peterson');
    expect(one('en', 'i asked MISS wright about the forms.')).not.toContain('wright');
    expect(one('sv', 'jag fick brevet av HERR lundgren på kontoret.')).not.toContain('lundgren');
    expect(one('sv', 'FRU svensson hjälper mig med tvätten.')).not.toContain('svensson');
  });
  it('redacts a name after "MS" in capitals, its possessive too, and a name that is also a word', () => {
    expect(one('en', 'my support worker is MS johansson now.')).not.toContain('johansson');
    expect(one('en', "I wrote down MS karlsson's email for you.")).not.toContain('karlsson');
    expect(one('en', 'MS rose came round on Tuesday.')).not.toContain('rose');
    expect(one('en', 'the note was from MS crane about the visit.')).not.toContain('crane');
  });
  it('redacts it when the agent says it back in the next turn', () => {
    const said = call('en', 'agent: Who helps you at home?', 'caller: MS eriksson, mostly.', 'agent: MS eriksson, good.');
    expect(said.join(' ')).not.toContain('eriksson');
  });
  it('still keeps the disease before a word it is followed by', () => {
    expect(one('en', 'She has had MS since 2015 and uses a wheelchair.')).toContain('since');
    expect(one('en', 'The MS nurse rang me on Friday.')).toContain('nurse');
    expect(one('en', 'I was told it is MS, relapsing and remitting.')).toContain('relapsing');
  });
  it('still redacts a capitalised name after any title', () => {
    expect(one('en', 'I spoke to DR Holmqvist on the phone.')).not.toContain('Holmqvist');
    expect(one('en', 'My carer is MS Johansson.')).not.toContain('Johansson');
  });
});

describe('review 84: a care unit\'s compound names the unit only before a district word', () => {
  it('redacts a surname after a clinic\'s or a reception\'s compound', () => {
    expect(one('sv', 'Jag har en tid på Hudkliniken Bergström nästa vecka.')).not.toContain('Bergström');
    expect(one('sv', 'Remissen kom från Diabetesmottagningen Forsberg.')).not.toContain('Forsberg');
    expect(one('sv', 'Det var Handkliniken Engström som opererade, doktor Lars Engström.')).not.toContain('Engström');
  });
  it('redacts a surname after a "-centralen" that is no care unit', () => {
    expect(one('sv', 'Min chef på Larmcentralen Sundberg ringde.')).not.toContain('Sundberg');
  });
  it('still keeps the unit before a district word', () => {
    expect(one('sv', 'Jag går på Hudkliniken Norr varje månad.')).toContain('Hudkliniken Norr');
    expect(one('sv', 'Remissen kom från Diabetesmottagningen Centrum.')).toContain('Diabetesmottagningen Centrum');
  });
});

describe('review 84: a dashed code that is a standard or a form\'s box is no id number', () => {
  it('keeps "ISO-9001" and a box\'s code after an id cue', () => {
    expect(one('en', 'My ID is on the ISO-9001 certificate.')).toContain('ISO-9001');
    expect(one('en', 'The member number goes in box B-4421 of the form.')).toContain('B-4421');
  });
  it('still redacts a dashed code after the cue', () => {
    expect(one('en', 'My member ID is KT-66204-R.')).not.toContain('66204');
    expect(one('en', 'My health insurance, policy number NB-73310-Q, covers it.')).not.toContain('73310');
  });
});

describe('review 84: a date of birth after how early the birth was', () => {
  it('redacts "on the 1st of March 2018" after "born 9 weeks early,"', () => {
    expect(one('en', 'My daughter was born 9 weeks early, on the 1st of March 2018.')).not.toContain('March 2018');
    expect(one('en', 'My girl was born 7 weeks early, on the 2nd of May 2016.')).not.toContain('May 2016');
  });
  it('still redacts it after "born at N weeks"', () => {
    expect(one('en', 'she was born at 33 weeks on 6 October 2020.')).not.toContain('October 2020');
  });
  it('still keeps how early, with no date after it', () => {
    expect(one('en', 'Our son was born five weeks early and is doing well.')).toContain('five weeks early');
    expect(one('sv', 'Han föddes fyra veckor för tidigt men mår bra nu.')).toContain('fyra veckor');
  });
});
