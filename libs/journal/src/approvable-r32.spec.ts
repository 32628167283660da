import { describe, expect, it } from 'vitest';
import { toThirdPerson } from './register.js';
import { draft, errandLine, noteText } from './testing/drafts.js';

// Round 32, from the tuning sets 26–28 (who "ni" is, what the errand is, what is a task). Sentences written for these
// tests, not from any eval set.

describe("the agent's plural \"ni\" is not the caller alone", () => {
  it('"ni" with the partner named is the caller and the partner ("kunden och maken"), never "kunden" with a plural', () => {
    const sv = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min man och jag ska flytta till Spanien i mars, och jag undrar vad som händer med min garantipension.',
      'agent: Garantipensionen kan betalas ut inom EU. Ni behöver båda anmäla flytten till oss, var och en för sig.',
      'caller: Okej, då gör vi det.',
    ], '2031-06-10'));
    expect(sv).toMatch(/Kunden och maken behöver båda anmäla flytten/);
    expect(sv).not.toMatch(/Kunden behöver båda/);
  });

  it('"ni" of a couple with no partner named is "de" where only two can be so ("gifta", "isär"), and "er" after "gifte" is "sig"', () => {
    expect(toThirdPerson('Hos Skatteverket står ni fortfarande som gifta.', 'agent', 'sv')).toBe('Hos Skatteverket står de fortfarande som gifta.');
    expect(toThirdPerson('Eftersom ni gifte er före 1990 kan det finnas änkepension.', 'agent', 'sv')).toBe('Eftersom de gifte sig före 1990 kan det finnas änkepension.');
    expect(toThirdPerson('Ni gifte er före 1990.', 'agent', 'sv', { partner: 'maken', partnerDied: true })).toBe('Kunden och maken gifte sig före 1990.');
    // (A "ni" that says nothing of two stays the caller's when the partner has died: "ni får ett beslut" is the widow's.)
    expect(toThirdPerson('Ni får ett beslut i maj.', 'agent', 'sv', { partner: 'maken', partnerDied: true })).toBe('Kunden får ett beslut i maj.');
  });

  it('the plural subject moves whole when the verb comes first ("Då anmäler ni …"), and said again it is "de"', () => {
    expect(toThirdPerson('Då anmäler ni det nya kontot till oss.', 'agent', 'sv', { partner: 'makan' })).toBe('Kunden och makan anmäler det nya kontot till myndigheten.');
    expect(toThirdPerson('Ni kan höra av er igen när ni vet datumet.', 'agent', 'sv', { partner: 'sambon' })).toBe('Kunden och sambon kan höra av sig igen när de vet datumet.');
  });
});

describe('a death told first is the background of the errand, not the errand', () => {
  it('what the caller does not know, later in the same turn past a short fact, goes in the errand line', () => {
    const sv = errandLine(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min fru gick bort i oktober. Hon var sjuttiotvå. Och jag vet inte vad jag har rätt till nu.',
      'agent: Jag beklagar. Var ni gifta?',
      'caller: Ja, i fyrtio år.',
      'agent: Då kan du ha rätt till efterlevandepension. Jag skickar en ansökan i dag.',
    ], '2031-11-20'));
    expect(sv).toMatch(/gick bort i oktober/);
    expect(sv).toMatch(/rätt till/);
    const en = errandLine(draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello. My wife passed away in October. She was seventy-two. I don't know what I'm entitled to now.",
      'agent: I am sorry. Were you married?',
      'caller: Yes, forty years.',
      'agent: Then you may be entitled to survivor\'s pension. I will send you an application today.',
    ], '2031-11-20'));
    expect(en).toMatch(/entitled to/);
    // (What someone else said after the death, "min son säger att …", is not put in the errand line.)
    const heard = errandLine(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min man dog i oktober. Han var åttio. Min son säger att jag kan få änkepension.',
      'agent: Jag beklagar. När gifte ni er?',
      'caller: 1975.',
      'agent: Då kan du ha rätt till änkepension. Jag skickar en ansökan i dag.',
    ], '2031-11-20'));
    expect(heard).not.toMatch(/säger/);
  });
});

describe('what the agent registers in the call is a follow-up of that day', () => {
  it('"Då registrerar jag …" is the agent\'s task on the call date, not the day it counts from', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag vill ändra mitt skatteavdrag på pensionen, till trettio procent.',
      'agent: Det går bra. Då registrerar jag trettio procent från första februari.',
      'caller: Tack.',
    ], '2031-12-02');
    const followUps = d.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
    const registered = followUps.find((s) => /registrerar/u.test(s.text));
    expect(registered?.followUp?.dueDate).toBe('2031-12-02');
    expect(registered?.followUp?.preposition).toBe('on');
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, I would like to change my tax deduction to thirty percent.',
      "agent: That's fine. I'm registering thirty percent from the first of February now.",
      'caller: Thanks.',
    ], '2031-12-02');
    const enFollowUps = en.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
    // (Round 52: "I'm registering … now" is told as done, "The agent registered … during the call", on the same day.)
    expect(enFollowUps.some((s) => /register(?:ing|ed)/u.test(s.text) && s.followUp?.dueDate === '2031-12-02')).toBe(true);
  });
});

describe('an age said with "\'s" is written "is"', () => {
  it('"my dad\'s eighty-four" is "The caller\'s dad is 84", not "dad\'s 84"', () => {
    const en = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi, my father has not got his pension this month. He lives in Spain.',
      'agent: Has he sent in his life certificate?',
      "caller: I don't think so. My dad's eighty-four, he cannot get to the consulate easily.",
      'agent: Then he needs to send in a life certificate, and the payments start again. I will send him the form today.',
    ], '2031-06-10'));
    expect(en).not.toMatch(/dad's 84/);
    expect(en).toMatch(/dad is 84/);
  });
});
