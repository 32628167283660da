import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

// Round 26 (issue 14), from the blind judge of tuning-23: call-backs moved in the call kept on the first day.
// Sentences written for these tests, not taken from any eval set.

const callBack = (d: ReturnType<typeof draft>) => section(d, 'followUp').find((f) => f.followUp?.kind === 'callBack');

describe('a call-back moved in the call, said as a task', () => {
  it('"ringer upp dig på onsdag" "Onsdag går inte … Kan du ta fredag?" "då ringer jag dig på fredag den tolfte i stället"', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Eva.',
        'caller: Hej. Jag undrar varför min pension blev lägre.',
        'agent: Jag tar reda på det och ringer upp dig på onsdag, den tionde, och berättar.',
        'caller: Onsdag går inte, då är jag hos tandläkaren. Kan du ta fredag?',
        'agent: Absolut, då ringer jag dig på fredag den tolfte i stället.',
        'caller: Bra.',
      ],
      '2029-10-08',
    );
    expect(callBack(d)?.followUp?.dueDate).toBe('2029-10-12');
    expect(callBack(d)?.text).toMatch(/fredag den tolfte/);
    expect(callBack(d)?.text).not.toMatch(/onsdag|tionde/);
  });

  it('"Can you do Thursday morning?" after a day proposed moves it; "it can\'t go on" or "say your morning?" does not', () => {
    const moved = draft(
      'en',
      [
        'agent: Pensions Agency, Tom.',
        'caller: Hi. My statement is missing a year.',
        'agent: I will ask a colleague and call you back on Wednesday the tenth.',
        'caller: Wednesday I am at work all day. Can you do Thursday morning?',
        'agent: Thursday the eleventh, in the morning, that is fine.',
      ],
      '2029-10-08',
    );
    expect(callBack(moved)?.followUp?.dueDate).toBe('2029-10-11');
    const kept = draft(
      'en',
      [
        'agent: Pensions Agency, Tom.',
        'caller: Hi. My father needs more assistance hours.',
        'agent: I will call you back on Wednesday the tenth with the investigator.',
        'caller: The tenth. His sister helps at night now, it can\'t go on.',
        'agent: It usually takes six to eight weeks after the visit.',
      ],
      '2029-10-08',
    );
    expect(callBack(kept)?.followUp?.dueDate).toBe('2029-10-10');
    const time = draft(
      'en',
      [
        'agent: Pensions Agency, Tom.',
        'caller: Hi. Two years are missing from my pension.',
        'agent: I will call you back on Monday next week. What time suits you?',
        'caller: Your afternoon is my night. Say your morning, eight o\'clock?',
        'agent: Eight in the morning, Monday the fifteenth.',
      ],
      '2029-10-08',
    );
    expect(callBack(time)?.followUp?.dueDate).toBe('2029-10-15');
  });
});
