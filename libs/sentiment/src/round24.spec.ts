import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 24 (from journal calls-tuning-64, the agent fixes things while the caller waits): angry callers stay angry after
// the fix, and say so without sentiment words. They reproach the agency for what should have been done earlier ("det
// borde ha gjorts för länge sedan", "ni kunde ha sagt det"), wave away what the agent offers instead of the money (an
// apology, a note in the file), answer a promise with "that's what you always say", and say nobody did or said anything
// in the perfect ("det har ingen sagt"). The rules read none of it, so three of the set's four angry calls ended between
// -0.25 and 0 and did not alert. Sentences written for these tests, each fix against an opposite that must not change.

describe('round 24: reproach for what should have been done earlier', () => {
  it('an act that should or could have been done at an earlier time is a complaint', () => {
    expect(complains('Det borde ha ordnats för flera veckor sedan.', 'sv')).toBe(true);
    expect(complains('Ni kunde ha meddelat mig det redan i höstas.', 'sv')).toBe(true);
    expect(complains('Du kunde ha ringt och berättat.', 'sv')).toBe(true);
    expect(complains('This should have been fixed two months ago.', 'en')).toBe(true);
    expect(complains('You could have told me that back in October.', 'en')).toBe(true);
    expect(score('Det borde ha ordnats för flera veckor sedan.', 'sv').label).toBe('negative');
  });
  it('but a plan, a question or the caller’s own lateness is not', () => {
    expect(complains('Kunde ni ha skickat det i januari?', 'sv')).toBe(false);
    expect(complains('Jag borde ha skickat det för en vecka sedan.', 'sv')).toBe(false);
    expect(complains('Could you have sent it in January?', 'en')).toBe(false);
    expect(complains('I should have sent it last week, my mistake.', 'en')).toBe(false);
    expect(complains('Beskedet? Det borde ha kommit för en vecka sedan, tror jag.', 'sv')).toBe(false);
    expect(complains('It should have arrived in March, I think.', 'en')).toBe(false);
  });
});

describe('round 24: a remedy waved away, the promise heard as habit', () => {
  it('an apology, a note or a promise said not to help or pay is a complaint', () => {
    expect(complains('Ett beklagande hjälper inte mig.', 'sv')).toBe(true);
    expect(complains('Löften betalar inte räkningarna.', 'sv')).toBe(true);
    expect(complains("An apology won't pay my bills.", 'en')).toBe(true);
    expect(complains("Your note doesn't help me.", 'en')).toBe(true);
    expect(score("An apology won't pay my bills.", 'en').label).toBe('negative');
  });
  it('a promise answered as what the agency always says is a complaint', () => {
    expect(complains('Det säger ni alltid.', 'sv')).toBe(true);
    expect(complains('Det är vad ni alltid lovar.', 'sv')).toBe(true);
    expect(complains("That's what they always tell me.", 'en')).toBe(true);
  });
  it('but help that helps, and the caller’s own habit, are not', () => {
    expect(complains('Anteckningen hjälper mig mycket, tack.', 'sv')).toBe(false);
    expect(complains("That's what I always say to my kids.", 'en')).toBe(false);
    expect(complains('Det säger jag alltid.', 'sv')).toBe(false);
  });
});

describe('round 24: nobody did or said anything, in the perfect', () => {
  it('nobody has said, done or cared is a complaint, also at the end of a sentence', () => {
    expect(complains('Det har ju ingen nämnt!', 'sv')).toBe(true);
    expect(complains('Ingen har gjort något åt saken.', 'sv')).toBe(true);
    expect(complains('Ingen brydde sig om mitt brev.', 'sv')).toBe(true);
    expect(complains('Ingen ringde.', 'sv')).toBe(true);
    expect(complains("No one's told me a thing.", 'en')).toBe(true);
    expect(complains('Nobody has done anything about it.', 'en')).toBe(true);
    expect(complains('Nobody bothered to call.', 'en')).toBe(true);
  });
  it('but asked, or nobody having done anything wrong, it is not', () => {
    expect(complains('Har ingen sagt något till dig?', 'sv')).toBe(false);
    expect(complains('Ingen ringde?', 'sv')).toBe(false);
    expect(complains('Ingen har gjort fel här.', 'sv')).toBe(false);
    expect(complains("No one's mentioned it to you yet?", 'en')).toBe(false);
  });
});

describe('round 24: words that are no complaint where they stand', () => {
  it('"på riktigt" in a clause of time or condition is a plan, not a demand', () => {
    expect(complains('Hur gör jag när jag går i pension på riktigt?', 'sv')).toBe(false);
    expect(complains('Om jag flyttar på riktigt, vad händer då?', 'sv')).toBe(false);
    expect(complains('Jag vill att någon tittar på det här på riktigt.', 'sv')).toBe(true);
  });
  it('"that is wrong" about a rumour the caller is glad to see wrong is relief', () => {
    expect(complains("My cousin said I'd lose it. Glad that's wrong.", 'en')).toBe(false);
    expect(complains('Grannen sa att jag skulle förlora den. Skönt att det är fel.', 'sv')).toBe(false);
    expect(complains("That's wrong. I sent it in May.", 'en')).toBe(true);
  });
});

describe('round 24: an angry caller after the fix still alerts', () => {
  it('reproach and a remedy waved away end the call angry, though the last turn is only goodbye', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Hej. Ni har betalat ut för lite bostadsbidrag i tre månader.'],
      ['agent', 'Jag ser det. Inkomsten var fel inlagd, jag rättar den nu.'],
      ['caller', 'Och resten?'],
      ['agent', 'Det betalas ut nästa vecka. Jag har skrivit en notering om felet.'],
      ['caller', 'Det skulle ha rättats redan i december.'],
      ['agent', 'Ja, det håller jag med om.'],
      ['caller', 'En notering betalar inte min hyra.'],
      ['agent', 'Nej. Något mer?'],
      ['caller', 'Nej. Hej då.'],
    );
    expect(result.caller!.end).toBeLessThanOrEqual(-0.43);
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
  it('the same fix taken with thanks ends satisfied and does not alert', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Hej. Jag tror att ni har betalat ut för lite bostadsbidrag.'],
      ['agent', 'Jag ser det. Inkomsten var fel inlagd, jag rättar den nu.'],
      ['caller', 'Och resten?'],
      ['agent', 'Det betalas ut nästa vecka. Jag har skrivit en notering om felet.'],
      ['caller', 'Vad bra, då vet nästa handläggare också.'],
      ['agent', 'Något mer?'],
      ['caller', 'Nej, tack så mycket för hjälpen. Hej då.'],
    );
    expect(result.caller!.end).toBeGreaterThan(0.3);
    expect(rulesAlerts(result)).toEqual([]);
  });
});
