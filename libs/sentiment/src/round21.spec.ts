import { describe, expect, it } from 'vitest';
import { call, rulesAlerts, score } from './testing/rounds.js';

// Round 21 (from journal calls-tuning-61: in a call the agency made with a promised answer, a satisfied caller alerted on
// a falling trend: "Thank you so much, that's one less worry." read the worry and not its end, and the caller's first words,
// "Thank you for calling.", answered the agent's greeting but counted as a feeling to fall from): sentences written for
// these tests, each fix against an opposite that must not change.

describe('round 21: a worry said to be gone is relief', () => {
  it('"one less worry" / "en oro mindre" is relief, with or without thanks', () => {
    expect(score("Thanks, that's one less worry for me.", 'en').label).toBe('positive');
    expect(score('Well, one less thing to worry about.', 'en').label).toBe('positive');
    expect(score('Tack, det är en oro mindre.', 'sv').label).toBe('positive');
    expect(score('Ett bekymmer mindre, alltså.', 'sv').label).toBe('positive');
  });
  it('the worry just answered, named beside praise or thanks, is relief', () => {
    expect(score('Great. That was my biggest concern.', 'en').label).toBe('positive');
    expect(score("Lovely, that's what I was worried about.", 'en').label).toBe('positive');
    expect(score('Skönt. Det var det jag var mest orolig för.', 'sv').label).toBe('positive');
  });
  it('but the worry named alone, or asked about, stays a worry', () => {
    expect(score('That was my main worry.', 'en').label).toBe('negative');
    expect(score("So that's what I was worried about.", 'en').label).toBe('negative');
    expect(score('Det var det jag var orolig för.', 'sv').label).toBe('negative');
    expect(score('Is that one less worry for my mum?', 'en').score).toBeLessThanOrEqual(0);
    expect(score('Jag har en oro till.', 'sv').label).toBe('negative');
  });
});

describe("round 21: thanks for the call as the caller's first words is a greeting in the trend", () => {
  it('a caller the agency calls who opens with thanks for the call and answers calmly does not fall', () => {
    const result = call(
      'en',
      ['agent', "Hello, it's Anna from the agency, I said I would call you back about your application."],
      ['caller', 'Oh hello. Thank you so much for calling.'],
      ['agent', 'It has been approved and the first payment comes next month.'],
      ['caller', 'Right, so I need to do nothing more?'],
      ['agent', 'No, nothing more.'],
      ['caller', 'Okay, I will look out for the letter then.'],
    );
    // The calm answers after it neither fall nor rise.
    expect(result.caller?.trend).toBe(0);
  });
  it('so a warm greeting of thanks does not alert as a fall', () => {
    const result = call(
      'en',
      ['agent', 'Hi, this is Omar at the agency, calling about the form you sent in.'],
      ['caller', 'Oh, hello! Thank you, thank you for calling.'],
      ['agent', 'We need your bank details on it as well.'],
      ['caller', 'I can send those in this afternoon.'],
      ['agent', 'Good, then it goes on to the case officer.'],
      ['caller', 'Okay, I will do it after lunch.'],
    );
    expect(rulesAlerts(result)).toEqual([]);
  });
  it('the same in Swedish', () => {
    const result = call(
      'sv',
      ['agent', 'Hej, det är Anna från myndigheten, jag lovade att ringa tillbaka om din ansökan.'],
      ['caller', 'Hej! Tack så mycket för att du ringer.'],
      ['agent', 'Den är beviljad och den första utbetalningen kommer nästa månad.'],
      ['caller', 'Jaha, så jag behöver inte göra något mer?'],
      ['agent', 'Nej, inget mer.'],
      ['caller', 'Okej, då håller jag utkik efter brevet.'],
    );
    expect(result.caller?.trend).toBe(0);
  });
  it('but a caller who opens pleased about something else and ends worried still falls', () => {
    const result = call(
      'en',
      ['agent', 'Good morning, how can I help?'],
      ['caller', 'Hello. Thank you so much, the money came this morning.'],
      ['agent', 'Good. Was there anything else?'],
      ['caller', 'Yes, the letter says I owe you money back.'],
      ['agent', 'That is right, for the spring.'],
      ['caller', "I'm really worried, I can't afford that."],
    );
    expect(result.caller?.trend).toBeLessThan(-0.5);
  });
});
