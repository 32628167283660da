import { describe, expect, it } from 'vitest';
import { toThirdPerson } from './register.js';
import { draft, noteText } from './testing/drafts.js';

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
