import { describe, expect, it } from 'vitest';
import { draft, section } from './testing/drafts.js';

const reason = (d: ReturnType<typeof draft>) => section(d, 'reason').map((x) => x.text).join(' ');
const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

// Round 77, from tuning set 68 (calls that follow earlier contact): what an earlier agent said is the caller's claim, the
// decision the case waits for is the agency's follow-up, and a call booked for a day is the booking done and the call owed.
// Sentences written for these tests, not from any eval set.

describe('what the caller says an earlier agent promised is the caller\'s claim in the errand line', () => {
  it('"Den tredje mars lovade er handläggare att …": "Kunden uppger att myndighetens handläggare den 3 mars lovade att …"', () => {
    const line = reason(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Den tredje mars lovade er handläggare att bostadstillägget skulle betalas ut i mars.',
      'agent: Jag tittar. I anteckningen står att ansökan skulle prövas så snart hyresavtalet kommit in.',
      'caller: Hon sa mars.',
      'agent: Hyresavtalet kom in den tionde mars, och beslutet fattades i går.',
      'caller: Okej, tack.',
    ], '2026-03-20'));
    expect(line).toMatch(/^Kunden uppger att myndighetens handläggare den 3 mars lovade att bostadstillägget skulle betalas ut i mars/u);
  });

  it('"Last Monday someone here told me …": "The caller says that last Monday someone here told them …"', () => {
    const line = reason(draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. Last Monday someone here told me my sickness benefit would be paid this week.',
      'agent: Let me see. The note from Monday says the certificate is missing.',
      'caller: That is not what I heard.',
      'agent: Once the certificate arrives, it can be decided.',
      'caller: Fine, I will ask my doctor.',
    ]));
    expect(line).toMatch(/^The caller says that last Monday someone here told them/u);
  });

  it('guard: the caller\'s own errand with no earlier agent in it is left as it is', () => {
    const line = reason(draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har fått ett brev om att ni vill ha fler papper om min hyra.',
      'agent: Jag ser brevet. Vi behöver en kopia av hyresavtalet.',
      'caller: Den skickar jag i morgon.',
    ]));
    expect(line).not.toMatch(/uppger att/u);
  });
});

describe('the decision the case waits for is the agency\'s follow-up', () => {
  it('"It\'s waiting for a decision." is a decision to watch, not information', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I sent my application for care allowance in February. Has anything happened?',
      'agent: The application and the certificate are both here. It\'s waiting for a decision.',
      'caller: Okay. Thank you.',
    ]);
    expect(followUps(d).some((f) => f.followUp?.kind === 'decision')).toBe(true);
  });

  it('"Du får ett meddelande på Mina sidor när beslutet är klart." is a decision to watch', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag ansökte om bostadsbidrag för en månad sedan. Det står fortfarande inkommen.',
      'agent: Ansökan är komplett. Du får ett meddelande på Mina sidor när beslutet är klart.',
      'caller: Bra, tack.',
    ]);
    expect(followUps(d).some((f) => f.followUp?.kind === 'decision')).toBe(true);
  });

  it('guard: a decision already made is no decision to watch', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag undrar hur det går med min ansökan om bostadsbidrag.',
      'agent: Beslutet fattades i förrgår. Du har fått bostadsbidrag från april.',
      'caller: Vad bra, tack.',
    ]);
    expect(followUps(d).some((f) => f.followUp?.kind === 'decision')).toBe(false);
  });
});

describe('a call booked in the call, its day said after, is the booking done and the agency\'s call on that day', () => {
  it('"I\'ll book a fixed time. Thursday the twelfth of March at ten." gives the booking on the call day and the call on the 12th', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. I was promised a call-back about my repayment demand and nobody called.',
      'agent: I\'m sorry. I\'ll book a fixed time with a specialist. Thursday the twelfth of March at ten o\'clock.',
      'caller: Thursday at ten. Fine.',
    ]);
    const tasks = followUps(d);
    expect(tasks.some((f) => f.followUp?.kind === 'callBack' && f.followUp.dueDate === '2026-03-12' && f.followUp.preposition === 'on')).toBe(true);
    expect(tasks.some((f) => /^The agent booked a fixed time with a specialist for Thursday 12 March/u.test(f.text) && f.followUp?.dueDate === '2026-03-09')).toBe(true);
  });

  it('"Jag bokar onsdagen den elfte... nej, förlåt. Fredagen den trettonde mars klockan nio.": the day taken back gives way', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: [NAMN], [PERSONNUMMER]. Ingen ringde mig som ni lovade.',
      'agent: Jag beklagar. Jag bokar en telefontid med din handläggare.',
      'caller: Och när blir det?',
      'agent: Jag bokar onsdagen den elfte... nej, förlåt, då är handläggaren ledig. Fredagen den trettonde mars klockan nio.',
      'caller: Fredag klockan nio.',
    ]);
    const tasks = followUps(d);
    const call = tasks.find((f) => f.followUp?.kind === 'callBack');
    expect(call?.followUp?.dueDate).toBe('2026-03-13');
    expect(tasks.map((f) => f.text).join(' ')).not.toMatch(/elfte|11 mars/u);
  });

  it('guard: a booking said not to be possible is no call owed', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hello, [NAMN], [PERSONNUMMER]. Can I talk to a specialist?',
      'agent: I can\'t book a time with a specialist. You can write to us instead.',
      'caller: Okay.',
    ]);
    expect(followUps(d).some((f) => f.followUp?.kind === 'callBack')).toBe(false);
  });
});
