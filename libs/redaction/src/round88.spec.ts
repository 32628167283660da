import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * Round 88 (tuning-98: protected identity, violence and safe addresses). Sentences of the round's own, not the set's. Each
 * `describe` fixes one mechanism; the guards beside it show what stays kept or redacted.
 */

describe('round 88: a school named where the caller says it must not be written or known is an address', () => {
  it('redacts a school of one word or of a genitive and "skola"/"school" beside a word of secrecy', () => {
    expect(one('sv', 'Dottern har börjat på Ekebyskolan, eh, nej, skriv inte det.')).not.toContain('Ekebyskolan');
    expect(one('sv', 'Han går i Granhedens skola nu, men det får ingen veta.')).not.toContain('Granhedens');
    expect(one('sv', 'Vi har skyddad identitet och barnen går på Tornhagsgymnasiet.')).not.toContain('Tornhagsgymnasiet');
    expect(one('en', 'They go to Birchwood Primary School now, but please do not write that down.')).not.toContain('Birchwood');
    expect(one('en', 'Her new school is Hillcrest School, and her dad mustn’t know it.')).not.toContain('Hillcrest');
    expect(call('en', 'agent: Which school was on the letter?', 'caller: Sjöängsskolan, the old one. The new one is secret.')[1]).not.toContain('Sjöängsskolan');
  });
  it('still keeps a school said without a word of secrecy, and the kinds of school', () => {
    expect(one('sv', 'Han går på Ekebyskolan i Lund sedan i höstas.')).toContain('Ekebyskolan');
    expect(one('en', 'She teaches at Granhedens skola, two days a week.')).toContain('Granhedens skola');
    expect(one('sv', 'Jag går på folkhögskola och pappa får inte veta vilken.')).toContain('folkhögskola');
    expect(one('sv', 'Förskolan får inte veta något, säger socialtjänsten.')).toContain('Förskolan');
  });
});

describe('round 88: a word said to a child being hushed is its name', () => {
  it('redacts a capitalised word before ", shh", ", sluta", ", tyst", ", be quiet", ", stop it"', () => {
    expect(one('en', 'Sorry, the kids are here. Daisy, shh! Where was I?')).not.toContain('Daisy');
    expect(one('en', 'Hang on. Bear, stop it, give it back.')).not.toContain('Bear');
    expect(one('en', 'Willow, be quiet, mummy is on the phone.')).not.toContain('Willow');
    expect(one('en', 'Sunny, hush, let mummy talk.')).not.toContain('Sunny');
    expect(one('sv', 'Förlåt. Tuva, sluta nu! Var var vi?')).not.toContain('Tuva');
    expect(one('sv', 'Kotte, tyst nu, mamma pratar.')).not.toContain('Kotte');
  });
  it('still keeps an apology, a greeting or a filler before the hushing', () => {
    expect(one('en', 'Sorry, shh, the baby is asleep.')).toContain('Sorry, shh');
    expect(one('sv', 'Hej, tyst lite där bak!')).toContain('Hej, tyst');
    expect(one('sv', 'Förlåt, sluta, det var fel.')).toContain('Förlåt, sluta');
  });
});

describe('round 88: an adverb written small after "name is" is no name', () => {
  it('keeps "still", "also" and "fortfarande" after "her name is", "namnet är"', () => {
    expect(one('en', 'His name is still on the door of the flat.')).toContain('is still on the door');
    expect(one('sv', 'Hennes namn är fortfarande kvar på dörren.')).toContain('är fortfarande kvar');
  });
  it('still redacts a name after the adverb, and a small word after "heter"', () => {
    expect(one('en', 'Her name is still Maria Lindgren on the contract.')).not.toContain('Lindgren');
    expect(one('sv', 'Han heter still, med två l.')).not.toContain('still');
  });
});
