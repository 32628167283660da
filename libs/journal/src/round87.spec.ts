import { describe, expect, it } from 'vitest';
import { draft, noteText, section, texts } from './testing/drafts.js';

// Round 87, from tuning set 77 (long calls with several errands). Sentences written for these tests, not from any eval
// set. Call date Monday 9 March 2026.

const DAY = '2026-03-09';

describe('a day answered, then corrected to a weekday with its date: the note says the corrected date', () => {
  it('"Last Tuesday. The third of March. Actually Thursday the fifth …" → the letter came on Thursday 5 March', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN]. I got a letter saying I have to pay back parental benefit.',
        'agent: I see it. When did the letter come?',
        "caller: Last Tuesday. The third of March. Actually Thursday the fifth, I was at my sister's until then.",
        'agent: Then you can ask for a review within two months.',
        'caller: Thanks.',
      ],
      DAY,
    );
    const said = texts(d, 'callerSaid').join(' ');
    expect(said).toMatch(/Thursday 5 March/u);
    expect(noteText(d)).not.toMatch(/Tuesday|3 March|third/u);
  });

  it('"I tisdags. Den tredje mars. Förresten, torsdag den femte …" → brevet kom torsdag den 5 mars, no "den torsdag"', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN]. Jag har fått ett brev om att jag ska betala tillbaka föräldrapenning.',
        'agent: Jag ser det. När kom brevet?',
        'caller: I tisdags. Den tredje mars. Förresten, torsdag den femte, jag var hos min syster.',
        'agent: Då kan du begära omprövning inom två månader.',
        'caller: Tack.',
      ],
      DAY,
    );
    const said = texts(d, 'callerSaid').join(' ');
    expect(said).toMatch(/torsdag den 5 mars/u);
    expect(said).not.toMatch(/den torsdag|på torsdag/u);
    expect(noteText(d)).not.toMatch(/tisdag|3 mars|tredje/u);
  });

  it('"Last Monday." answering "When did the letter come?" is "last Monday", not "on the last Monday"', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN]. I got a letter saying I have to pay back parental benefit.',
        'agent: I see it. When did the letter come?',
        'caller: Last Monday.',
        'agent: Then you can ask for a review within two months.',
        'caller: Thanks.',
      ],
      DAY,
    );
    expect(texts(d, 'callerSaid').join(' ')).toMatch(/came last Monday/u);
    expect(noteText(d)).not.toMatch(/the last Monday/u);
  });

  it('guard: a corrected day said alone ("On the third. No, sorry, the fourth.") is still the fourth', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hi, [NAMN]. I got a letter saying I have to pay back parental benefit.',
        'agent: I see it. When did the letter come?',
        'caller: On the third of March. No, sorry, the fourth.',
        'agent: Then you can ask for a review within two months.',
        'caller: Thanks.',
      ],
      DAY,
    );
    const note = noteText(d);
    expect(note).toMatch(/4 March|fourth/u);
    expect(note).not.toMatch(/3 March|the third/u);
  });
});

describe("a colleague's own promise with a day is no deadline of the caller's task said before it", () => {
  it('"Be läkaren skicka ett nytt intyg." … "Min kollega hör av sig om beslutet senast fredag …": two tasks, the caller\'s undated', () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN]. Min sjukpenning för februari har inte kommit.',
        'agent: Det saknas ett läkarintyg för de sista veckorna. Be läkaren skicka ett nytt intyg.',
        'caller: Så jag ska jaga läkaren nu.',
        'agent: Jag antecknar att du har ringt om det. Min kollega hör av sig om beslutet senast fredag den trettonde mars.',
        'caller: Okej, hej.',
      ],
      DAY,
    );
    const tasks = section(d, 'followUp');
    const own = tasks.find((t) => /läkaren/u.test(t.text));
    expect(own).toBeDefined();
    expect(own?.text).not.toMatch(/kollega/u);
    expect(own?.followUp?.dueDate).not.toBe('2026-03-13');
    const colleague = tasks.find((t) => /kollega/u.test(t.text));
    expect(colleague?.followUp?.kind).toBe('callBack');
    expect(colleague?.followUp?.dueDate).toBe('2026-03-13');
  });

  it('guard: "Ask your doctor to send a new certificate." … "My colleague will get back to you … by Friday …": the caller\'s task undated', () => {
    const d = draft(
      'en',
      [
        'agent: Försäkringskassan, Eva.',
        "caller: Hi, [NAMN]. My sickness benefit for February hasn't come.",
        'agent: A medical certificate is missing for the last weeks. Ask your doctor to send a new certificate.',
        'caller: So now I have to chase the doctor.',
        "agent: I'll note that you called about it. My colleague will get back to you about the decision by Friday the thirteenth of March.",
        'caller: Okay, bye.',
      ],
      DAY,
    );
    const own = section(d, 'followUp').find((t) => /doctor/u.test(t.text));
    expect(own).toBeDefined();
    expect(own?.text).not.toMatch(/colleague/u);
    expect(own?.followUp?.dueDate).not.toBe('2026-03-13');
  });

  it("guard: the agent's own deadline after a task still dates the caller's task (\"Skicka lönespecifikationen.\" … \"Den behöver vara här senast fredag …\")", () => {
    const d = draft(
      'sv',
      [
        'agent: Försäkringskassan, Eva.',
        'caller: Hej, [NAMN]. Jag undrar varför min sjukpenning är lägre i februari.',
        'agent: Det beror på lönen arbetsgivaren har rapporterat. Skicka lönespecifikationen för januari.',
        'caller: Okej.',
        'agent: Den behöver vara här senast fredag den trettonde mars.',
        'caller: Tack, hej.',
      ],
      DAY,
    );
    const own = section(d, 'followUp').find((t) => /lönespecifikation/u.test(t.text));
    expect(own?.followUp?.dueDate).toBe('2026-03-13');
  });
});
