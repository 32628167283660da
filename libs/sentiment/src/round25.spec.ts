import { describe, expect, it } from 'vitest';
import { rulesFor } from './languages.js';
import { call, complains, rulesAlerts, score } from './testing/rounds.js';

// Round 25 (from journal calls-tuning-65, someone speaks for the person: interpreters, partners, adult children, a god
// man). An angry social worker calling for a client ended "All right. But this is a waste of everyone's time.", which
// the rules read as AFINN's mild "waste" (-0.361), so the call did not alert; and a neutral caller who relayed what HR
// had told them ("HR said it's because you've lost my years") closed "OK, thanks for clearing that up.", thanks for the
// agent's explanation that English counted as courtesy where Swedish "tack för att du …" has always counted as warm
// thanks, so the relayed "lost" was the whole end (-0.612) and the call alerted. Sentences written for these tests,
// each fix against an opposite that must not change.

describe('round 25: the call called a waste of time', () => {
  it('is a complaint in both languages', () => {
    expect(complains("All right. But this is a waste of everyone's time.", 'en')).toBe(true);
    expect(complains('This whole call was a complete waste of time.', 'en')).toBe(true);
    expect(complains('Det här är ju slöseri med allas tid.', 'sv')).toBe(true);
    expect(complains('Det var bortkastad tid, alltihop.', 'sv')).toBe(true);
    expect(score("Fine. But this is a waste of my time.", 'en').label).toBe('negative');
  });
  it('but asked, or denied, it is not', () => {
    expect(complains('Is it a waste of time to apply?', 'en')).toBe(false);
    expect(complains("It's not a waste of time to send it in.", 'en')).toBe(false);
    expect(complains('Är det slöseri med tid att söka?', 'sv')).toBe(false);
    expect(complains('Det är inte bortkastad tid att skicka in den.', 'sv')).toBe(false);
  });
  it('an angry caller who ends on it alerts, though the turns before are procedural', () => {
    const result = call(
      'en',
      ['agent', 'Försäkringskassan.'],
      ['caller', "I'm calling for my brother. He can't manage the phone."],
      ['agent', "I'm sorry, without his consent I can't discuss his case."],
      ['caller', 'This is absurd. That is exactly why I am calling.'],
      ['agent', 'I can post a consent form to him.'],
      ['caller', 'Fine. Post it.'],
      ['agent', "It's posted."],
      ['caller', "Right. But this has been a waste of everyone's time."],
    );
    expect(result.caller!.end).toBeLessThanOrEqual(-0.43);
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
});

describe('round 25: thanks for what the agent did', () => {
  it('thanks for an explanation makes a relayed worry no end of the call', () => {
    const result = call(
      'en',
      ['agent', 'Pensionsmyndigheten.'],
      ['caller', 'My bank told me something about my pension and I want to check it.'],
      ['agent', 'Go ahead.'],
      ['caller', 'They said my payments will stop.'],
      ['agent', 'No, nothing stops. The bank may have looked at an old letter.'],
      ['caller', "The bank said you've lost my papers."],
      ['agent', 'Nothing is lost, I can see them here.'],
      ['caller', 'OK, thank you for explaining that.'],
    );
    expect(result.caller!.end).toBeGreaterThan(-0.43);
    expect(rulesAlerts(result)).toEqual([]);
  });
  it('thanks for an act is warm thanks, grudging thanks is not', () => {
    const warm = (text: string) => rulesFor('en').warmThanks.test(text.toLowerCase());
    expect(warm('OK, thanks for clearing that up.')).toBe(true);
    expect(warm('Thank you for checking.')).toBe(true);
    expect(warm('Okay, thanks for doing it at least.')).toBe(false);
    expect(warm('Thanks for calling.')).toBe(false);
  });
  it('thanks for the call or for wasted time is not warm thanks, and a complaint before plain thanks still stands', () => {
    const result = call(
      'en',
      ['agent', 'Pensionsmyndigheten.'],
      ['caller', 'You have lost my papers twice now.'],
      ['agent', 'I can see them now.'],
      ['caller', 'This is ridiculous. You people never call back.'],
      ['agent', 'I understand.'],
      ['caller', 'Thanks for wasting my time.'],
    );
    expect(rulesAlerts(result).length).toBeGreaterThan(0);
  });
});
