import { describe, expect, it } from 'vitest';
import { call, rulesAlerts, score } from './testing/rounds.js';

// Round 23 (from journal calls-tuning-63, long wandering calls over bad lines): callers keep asking the agent to say it
// again, with an apology and the reason they did not hear ("Förlåt, vad sa du? Jag hör lite dåligt i den här telefonen.",
// "Sorry, I'm calling from the car park, the signal isn't great."). The apology ("förlåt", "sorry") and the words of the
// line ("dåligt", "not great", "shouting") counted as feeling, lowering the end and trend of satisfied callers. Sentences
// written for these tests, each fix against an opposite that must not change.

describe('round 23: conversational repair is no feeling', () => {
  it('a question that opens with an apology or asks to hear it again counts nothing', () => {
    expect(score('Ursäkta, hur många dagar sa du?', 'sv').score).toBe(0);
    expect(score('Sorry, could you say that again?', 'en').score).toBe(0);
    expect(score('Excuse me, the first of which month?', 'en').score).toBe(0);
  });
  it('the line or the surroundings named beside the repair, or after an apology, count nothing', () => {
    expect(score('Ursäkta, vad sa du? Jag hör så dåligt i mobilen.', 'sv').score).toBe(0);
    expect(score('Förlåt, kan du ta det igen? Grannens hund skriker hela tiden.', 'sv').score).toBe(0);
    expect(score("Sorry, what was that? You're breaking up.", 'en').score).toBe(0);
    expect(score("Sorry, I'm on the bus and the signal is awful.", 'en').score).toBe(0);
  });
  it('but a repair beside a grievance keeps the grievance, and a bad line blamed on the agency stays negative', () => {
    expect(score('Förlåt, vad sa du? Det här är ju helt orimligt.', 'sv').label).toBe('negative');
    expect(score("Sorry, what? You've cut my pension again? This is ridiculous.", 'en').label).toBe('negative');
    expect(score('Your line was terrible and I waited an hour in the queue.', 'en').label).toBe('negative');
    expect(score('Linjen var hemsk och jag fick vänta en timme i er kö.', 'sv').label).toBe('negative');
  });
});

describe('round 23: a satisfied caller on a bad line ends satisfied', () => {
  it('repair turns count as no feeling in the start or the end', () => {
    const result = call(
      'sv',
      ['agent', 'Försäkringskassan.'],
      ['caller', 'Hej, jag ringer om min ansökan om bostadsbidrag.'],
      ['agent', 'Den är beviljad, pengarna kommer den tjugofemte.'],
      ['caller', 'Förlåt, vad sa du? Jag hör så dåligt, jag står vid vägen.'],
      ['agent', 'Den är beviljad.'],
      ['caller', 'Ursäkta, vilket datum? Det brusar hela tiden.'],
      ['agent', 'Den tjugofemte.'],
      ['caller', 'Vad bra. Tack.'],
    );
    // Before round 23: start -0.758 (the first repair turn), end 0.357.
    expect(result.caller!.start).toBe(0);
    expect(result.caller!.end).toBeGreaterThan(0.6);
    expect(result.caller!.negativeShare).toBe(0);
    expect(rulesAlerts(result)).toEqual([]);
  });
  it('an angry caller on a bad line still alerts', () => {
    const result = call(
      'en',
      ['agent', 'Pensionsmyndigheten.'],
      ['caller', "Sorry, the signal is bad. I'm calling because you cut my housing supplement again."],
      ['agent', 'It went down because your pension rose.'],
      ['caller', 'Sorry, what? Nobody told me anything. This is ridiculous.'],
      ['agent', 'I can post you the calculation.'],
      ['caller', "Fine. But I'm not happy about this at all."],
    );
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
});
