import { describe, expect, it } from 'vitest';
import { guardText } from './leak-scan.js';
import { call, one } from './testing/dialogues.js';

/**
 * Review of round 88: the leaks and over-redactions the privacy review found in round 88's mechanisms, with sentences of
 * our own in the reviewer's style. Each `it` of a fix fails on round 88's head 7497975; the guards beside them pass on both.
 */
describe('review 88, L1: an adverb after "name is" is the name itself at the end or before a comma', () => {
  it('redacts "still", "fortfarande" as the name where no word follows them', () => {
    expect(one('en', 'Her family name is still.')).not.toMatch(/is still/);
    expect(one('sv', 'Hans efternamn är still, med två l.')).not.toMatch(/är still/);
    expect(call('en', 'agent: And the surname?', 'caller: The surname is still.')[1]).not.toMatch(/is still/);
    expect(one('en', 'My first name was always, and it still is, a secret.')).not.toMatch(/was always/);
  });
});

describe('review 88, L2: the cue of "name is" passes over a kept adverb to the name after it', () => {
  it('redacts a name written small after "is still", "är fortfarande", "was always"', () => {
    expect(one('sv', 'Mammans namn är fortfarande lisa holmberg.')).not.toMatch(/holmberg|lisa/);
    expect(one('sv', 'Efternamnet är fortfarande lund, inget annat.')).not.toMatch(/lund/);
    expect(one('en', "The girl's name is still ayla.")).not.toMatch(/ayla/);
    expect(one('en', 'His surname was always petrossian, even at school.')).not.toMatch(/petrossian/);
    expect(call('sv', 'agent: Vad heter barnets pappa?', 'caller: Pappans namn är fortfarande omar haddad.')[1]).not.toMatch(/haddad/);
  });
  it('and closes the older slot loss after "alltid" and "just"', () => {
    expect(one('sv', 'Efternamnet är alltid nordqvist hos oss.')).not.toMatch(/nordqvist/);
    expect(one('en', 'Her name is just amira.')).not.toMatch(/amira/);
  });
  it('still keeps the adverb before a preposition, a participle or a judgement, and a capitalised name after it is redacted', () => {
    expect(one('en', 'Her name is still on the tenancy agreement.')).toContain('is still on the tenancy');
    expect(one('en', 'His name is still registered at the old flat.')).toContain('is still registered at');
    expect(one('en', 'The surname is still the same as before.')).toContain('is still the same');
    expect(one('sv', 'Namnet står fortfarande kvar på brevlådan.')).toContain('fortfarande kvar');
    expect(one('en', 'Her name is still Karin Dahl on the lease.')).not.toMatch(/Karin|Dahl/);
  });
});

describe('review 88, O1: a word of address or of the talk before a hushing word is no child\'s name', () => {
  it('keeps a relation, an endearment, a group or a word of the talk before ", shh", ", sluta", ", stop it"', () => {
    expect(one('en', 'Mummy, shh, I am trying to listen.')).toContain('Mummy, shh');
    expect(one('en', 'Honey, stop it, the lady is talking.')).toContain('Honey, stop it');
    expect(one('en', 'Kids, be quiet for a minute.')).toContain('Kids, be quiet');
    expect(one('en', 'Anyway, shh, where were we.')).toContain('Anyway, shh');
    expect(one('sv', 'Pappa, sluta nu, jag pratar i telefon.')).toContain('Pappa, sluta');
    expect(one('sv', 'Gumman, tyst nu en stund.')).toContain('Gumman, tyst');
    expect(one('sv', 'Hörni, var tyst!')).toContain('Hörni, var tyst');
    expect(one('sv', 'Vänta, sluta, jag hittar det.')).toContain('Vänta, sluta');
  });
  it('keeps the end of a longer capitalised name, "Universal Credit, stop that"', () => {
    expect(one('en', 'Child Benefit, stop it, sorry, Child Benefit was stopped.')).toContain('Child Benefit, stop it');
  });
  it('still redacts a child\'s name, a word too, before the hushing', () => {
    expect(one('en', 'Sorry. Willow, shh, mummy is talking.')).not.toContain('Willow');
    expect(one('en', 'Love, be quiet please.')).not.toContain('Love');
    expect(one('sv', 'Bo, sluta slå!')).not.toContain('Bo');
  });
});

describe('review 88, O2: a name found only by hushing recurs only written with a capital', () => {
  it('keeps the word in lower case in the call\'s other turns', () => {
    const en = call('en', 'caller: Monkey, stop it.', 'agent: Is everything all right?', 'caller: Yes, he wants his toy monkey back.');
    expect(en[0]).not.toContain('Monkey');
    expect(en[2]).toContain('toy monkey');
    const sv = call('sv', 'caller: Gullet, tyst nu.', 'caller: Förlåt, det var gullet av er att vänta.');
    expect(sv[0]).not.toContain('Gullet');
    expect(sv[1]).toContain('gullet av er');
  });
  it('still redacts it capitalised again', () => {
    const out = call('en', 'caller: Monkey, shh.', 'caller: Sorry, Monkey is three and bored.');
    expect(out[1]).not.toContain('Monkey');
  });
});

describe('review 88, L3: in a call that speaks of secrecy or protection, the town lived in or moved to is an address', () => {
  it('redacts the town after "bor i", "flyttat till", "moved to", "a refuge in" beside a word of secrecy', () => {
    expect(one('sv', 'Vi har flyttat till Luleå, och det får ingen veta.')).not.toContain('Luleå');
    expect(one('sv', 'Vi har skyddad folkbokföring och bor i Sundsvall nu.')).not.toContain('Sundsvall');
    expect(one('sv', 'Vi bor på kvinnojouren i Kalmar, exet får inte veta.')).not.toContain('Kalmar');
    expect(one('en', "We moved to Swindon, and my ex mustn't know.")).not.toContain('Swindon');
    expect(one('en', 'We are staying at a refuge in Derby, it is secret.')).not.toContain('Derby');
  });
  it('and where the secrecy is said in another turn, by the agent too, with the school named in lower case', () => {
    const out = call('sv', 'agent: Har ni sekretessmarkering?', 'caller: Ja. Vi bor i Falun och sonen går på tallbackaskolan.');
    expect(out[1]).not.toMatch(/Falun|tallbackaskolan/);
    expect(call('sv', 'caller: Dottern går i Solbergaskolan.', 'agent: Då skriver vi inte det, ni har ju skyddad identitet.')[0]).not.toContain('Solbergaskolan');
    expect(one('sv', 'Han går på björkbackaskolan men det får ingen veta.')).not.toContain('björkbackaskolan');
  });
  it('keeps a school where the secret is said away, "it is no secret", "ingen hemlighet"', () => {
    expect(one('en', 'My daughter teaches at Greenfield School, it is no secret.')).toContain('Greenfield School');
    expect(one('sv', 'Hon jobbar på Solbergaskolan, det är ingen hemlighet.')).toContain('Solbergaskolan');
  });
  it('still keeps the town where there is no secrecy, or it is said away', () => {
    expect(one('sv', 'Vi flyttade till Luleå förra sommaren.')).toContain('Luleå');
    expect(one('en', 'We moved to Swindon in March.')).toContain('Swindon');
    expect(call('en', 'caller: We live in Swindon.', 'agent: And that is not a secret?', 'caller: No.')[0]).toContain('Swindon');
    expect(call('en', 'caller: We live in Swindon.', "caller: I don't know the reference number.")[0]).toContain('Swindon');
    expect(call('sv', 'caller: Vi bor i Falun.', 'caller: Lönen ska inte med i ansökan, va?')[0]).toContain('Falun');
    expect(call('sv', 'caller: Vi bor i Falun.', 'agent: Mejla gärna, men skriv inte personnumret i mejlet.', 'caller: Pappa kan inte skriva under.')[0]).toContain('Falun');
    expect(one('en', 'We moved to a small town in Norrland, we have protected registration.')).toContain('Norrland');
  });
});

describe('review 88, after the merge: the leak scan reads a placeholder after the adverb as the word after it', () => {
  it('keeps "still" before a name already redacted, and redacts it at the end', () => {
    expect(guardText('Her name is still [NAMN].', { lang: 'en' }).text).toBe('Her name is still [NAMN].');
    expect(guardText('Namnet är fortfarande [NAMN].', { lang: 'sv' }).text).toBe('Namnet är fortfarande [NAMN].');
    expect(guardText('My name is still.', { lang: 'en' }).text).not.toMatch(/still/);
  });
});
