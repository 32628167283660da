import { describe, expect, it } from 'vitest';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 34 (from journal calls-tuning-77: long calls with several errands): sentences written for these tests, each fix
// against an opposite that must not change.

describe('round 34: refusing to pay said with the debt first or with "still" ("Den skulden betalar jag aldrig.", "I\'m still not paying it.")', () => {
  it('the object-first Swedish refusal and the refusal said to last complain, as "jag betalar inte" and "I\'m not paying" already do', () => {
    expect(complains('Men den skulden betalar jag aldrig.', 'sv')).toBe(true);
    expect(complains('Avgiften betalar vi fortfarande inte.', 'sv')).toBe(true);
    expect(complains('Det där betalar jag inte.', 'sv')).toBe(true);
    expect(complains('Jag betalar fortfarande inte det där kravet.', 'sv')).toBe(true);
    expect(complains("I'm still not paying it back.", 'en')).toBe(true);
    expect(complains('We are simply not paying this bill.', 'en')).toBe(true);
  });
  it('the opposites stay: asked, a plain fact with "då", "längre" or "heller", relief that a cost is gone, or paying out, is no complaint', () => {
    expect(complains('Då betalar jag inte skatt i Sverige längre.', 'sv')).toBe(false);
    expect(complains('Den betalar jag inte längre, den är avslutad.', 'sv')).toBe(false);
    expect(complains('Det betalar jag inte heller, va?', 'sv')).toBe(false);
    expect(complains('Den räkningen betalar jag inte själv, eller?', 'sv')).toBe(false);
    expect(complains('Den betalar vi inte ut, det gör arbetsgivaren.', 'sv')).toBe(false);
    expect(complains("So I'm still not paying tax twice, am I?", 'en')).toBe(false);
    expect(complains("Good, so I'm still not paying any tax there.", 'en')).toBe(false);
  });
  it('so a caller angry at a repayment, calm over the address in between, who closes refusing it alerts', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Jag har fått ett återkrav och det är fel.'],
      ['agent', 'Jag ser beslutet. Du kan begära omprövning.'],
      ['caller', 'Det gör jag.'],
      ['agent', 'Jag ser också att du har flyttat.'],
      ['caller', 'Ja, i maj. Kommer posten rätt nu?'],
      ['agent', 'Ja, till den nya adressen.'],
      ['caller', 'Okej. Men den skulden betalar jag aldrig. Hej.'],
    );
    expect(rulesAlerts(result)).not.toEqual([]);
  });
});

describe('round 34: being made to do the agency\'s job ("Så jag får göra ert jobb.", "I\'ll do your job for you then.") is an accusation', () => {
  it('the caller doing the agency\'s job, said by "jag/vi/man" or "I/we", complains', () => {
    expect(complains('Så jag måste göra ert jobb åt er.', 'sv')).toBe(true);
    expect(complains('Vi får alltså göra ert arbete också.', 'sv')).toBe(true);
    expect(complains("So we have to do your job as well.", 'en')).toBe(true);
    expect(complains("Fine, I'll be doing your work for you then.", 'en')).toBe(true);
  });
  it('the opposites stay: the agent doing the job, or the caller granting that they only do their job, is no complaint', () => {
    expect(complains('Jag vet att ni bara gör ert jobb.', 'sv')).toBe(false);
    expect(complains('Du gör ditt jobb bra, tack.', 'sv')).toBe(false);
    expect(complains("I know you're only doing your job.", 'en')).toBe(false);
    expect(score("Thanks, you're doing your job well.", 'en').label).toBe('positive');
  });
  it('so a parent who closes on "Vi får se." after doing the agency\'s job alerts', () => {
    const result = call(
      'sv',
      ['caller', 'Hej. Det saknas timmar i ersättningen igen.'],
      ['agent', 'Rapporten ska granskas först.'],
      ['caller', 'Det händer varje månad.'],
      ['agent', 'Intyget från läkaren saknas också. Be läkaren skicka en kopia.'],
      ['caller', 'Vi har redan skickat det.'],
      ['agent', 'Det finns inte här.'],
      ['caller', 'Så vi måste göra ert jobb också.'],
      ['agent', 'Jag noterar det. Kollegan hör av sig på onsdag.'],
      ['caller', 'Vi får se. Hej.'],
    );
    expect(rulesAlerts(result)).not.toEqual([]);
  });
});
