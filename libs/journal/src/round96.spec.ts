import { describe, expect, it } from 'vitest';
import { draft, noteText, texts } from './testing/drafts.js';

// Round 96, from tuning set 85 (calls that end with several next steps): the agent's call-back, moved during the call to a
// new day and time, is the call-back on the new day in the follow-ups (`callBackMoved` in discourse.ts); the old day goes.
// Sentences written for these tests, not from any eval set. 9 March 2026 is a Monday: Thursday the 12th, Friday the 13th.

const follow = (d: ReturnType<typeof draft>) => texts(d, 'followUp').join(' ');
const dated = (d: ReturnType<typeof draft>) =>
  d.sections.find((s) => s.key === 'followUp')!.sentences.map((s) => s.followUp?.dueDate).filter(Boolean);

describe("the agent's call-back moved during the call is the call-back on the new day", () => {
  it('same turn, "Nej förresten, …. Jag ringer fredag den trettonde klockan elva i stället.": Friday 13th at eleven is the task', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag väntar på min aktivitetsersättning.',
      'agent: Jag ser att intyget saknas. Jag ringer dig på torsdag klockan elva och hör om det kommit. Nej förresten, då är jag på utbildning. Jag ringer fredag den trettonde klockan elva i stället.',
      'caller: Fredag elva, bra.',
      'agent: Något mer?',
      'caller: Nej tack.',
    ]);
    expect(follow(d)).toMatch(/ringer kunden fredag den trettonde klockan elva och hör om det kommit/u);
    expect(dated(d)).toContain('2026-03-13');
    expect(dated(d)).not.toContain('2026-03-12');
    expect(noteText(d)).not.toMatch(/torsdag|i stället|utbildning/u);
  });

  it('after the caller\'s turn, "Torsdag går inte." "Då säger vi fredag den trettonde klockan ett i stället.": the call-back on Friday', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag väntar på min aktivitetsersättning.',
      'agent: Jag ser att intyget saknas. Jag ringer dig på torsdag klockan elva och hör om det kommit.',
      'caller: Torsdag går inte, då jobbar jag.',
      'agent: Då säger vi fredag den trettonde klockan ett i stället.',
      'caller: Fredag ett, bra.',
    ]);
    expect(follow(d)).toMatch(/ringer kunden fredag den trettonde klockan ett/u);
    expect(dated(d)).toEqual(['2026-03-13']);
    expect(noteText(d)).not.toMatch(/Myndigheten säger|klockan elva/u);
  });

  it('"I will call you on Thursday … No, sorry, I am away on Thursday. Friday the thirteenth, at eleven o\'clock.": the date alone is the call\'s new day', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I am waiting for my housing supplement decision.',
      "agent: I see the lease is missing. I will call you on Thursday to check it has come in. No, sorry, I am away on Thursday. Friday the thirteenth, at eleven o'clock.",
      'caller: Friday at eleven, fine.',
      'agent: Anything else?',
      'caller: No, thanks.',
    ]);
    expect(follow(d)).toMatch(/call the caller on Friday the thirteenth, at eleven o'clock to check it has come in/u);
    expect(dated(d)).toEqual(['2026-03-13']);
    expect(noteText(d)).not.toMatch(/Thursday/u);
  });

});

describe('guards: what is not a moved call-back stays as it was', () => {
  it('"I will call you on Thursday at ten …" "Thursday is no good …" "Then let us say Friday the thirteenth at ten instead.": no call on Thursday (read so before this round too: the day said with "instead" after the caller\'s turn)', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I am waiting for my housing supplement decision.',
      'agent: I see the lease is missing. I will call you on Thursday at ten to check it has come in.',
      'caller: Thursday is no good, I am at the dentist.',
      'agent: Then let us say Friday the thirteenth at ten instead.',
      'caller: Friday at ten, fine.',
    ]);
    expect(follow(d)).toMatch(/call the caller on Friday the thirteenth at ten/u);
    expect(dated(d)).toEqual(['2026-03-13']);
    expect(noteText(d)).not.toMatch(/let us say|asked to/u);
  });
  it('a call-back and, later, a different step on another day: the call-back keeps its day', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag väntar på min aktivitetsersättning.',
      'agent: Jag ringer dig på torsdag klockan elva och hör om intyget kommit.',
      'caller: Bra. Och pengarna?',
      'agent: Utbetalningen kommer fredag den trettonde.',
      'caller: Tack.',
    ]);
    expect(follow(d)).toMatch(/torsdag klockan elva/u);
    expect(dated(d)).toContain('2026-03-12');
  });

  it("the caller's own call moved is not the agent's call-back", () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. I am waiting for my housing supplement decision.',
      'agent: I will call you on Thursday at ten to check the lease has come in.',
      'caller: Fine. I will ring my landlord on Wednesday. No, Friday the thirteenth, at nine.',
      'agent: Good.',
      'caller: Thanks.',
    ]);
    expect(follow(d)).toMatch(/on Thursday at ten/u);
  });
});

// Round 96, from tuning set 85: the agent's step offered and, in the same turn, not needed after all is no task
// (`offerNotNeeded` in discourse.ts); a call-back the caller asked for before it is declined, as when the agent says no.

describe("the agent's step offered and not needed after all is no task", () => {
  it('"Will you ring me …?" "I can call you on Thursday. Actually, there\'s no need, …": no call-back, no Thursday', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. My housing supplement went down this month.',
      'agent: Let me look. Your rent was lowered in the register in March.',
      'caller: Will you ring me when you know more?',
      "agent: I can call you on Thursday. Actually, there's no need, the letter you got explains it all. Ring us if anything looks wrong.",
      'caller: Fine, thanks.',
    ]);
    expect(follow(d)).not.toMatch(/call the caller|calls the caller/u);
    expect(dated(d)).toEqual([]);
    expect(noteText(d)).not.toMatch(/Thursday/u);
  });

  it('"Jag kan skicka en blankett på fredag. Fast det behövs inte, …": no form to send on Friday', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag vill byta konto för pensionen.',
      'agent: Det gör du på Mina sidor.',
      'caller: Kan du skicka en blankett?',
      'agent: Jag kan skicka en blankett på fredag. Fast det behövs inte, du har ju bank-id och kan göra det direkt.',
      'caller: Okej, tack.',
    ]);
    expect(follow(d)).not.toMatch(/skickar en blankett/u);
    expect(dated(d)).toEqual([]);
  });

  it('guard: "I will call you on Thursday with the new amount. There is no need to send us anything." (no marker): the call-back stays', () => {
    const d = draft('en', [
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hi, [NAMN], [PERSONNUMMER]. My housing supplement went down this month.',
      'agent: Let me look. Your rent was lowered in the register in March.',
      'caller: I see. What happens now?',
      'agent: I will call you on Thursday with the new amount. There is no need to send us anything.',
      'caller: Fine, thanks.',
    ]);
    expect(dated(d)).toContain('2026-03-12');
  });
});

describe('guard: a call-back taken back, with a letter instead, is not moved to a day the letter names', () => {
  it('"Jag ringer dig på torsdag …" "Nej vänta, … Jag ringer inte, du får ett brev istället när den femte dagen är beslutad.": no call-back on the fifth', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, [NAMN].',
      'caller: Hej, [NAMN], [PERSONNUMMER]. Jag har sökt vab och undrar när pengarna kommer.',
      'agent: Ansökan är godkänd. Du kan lägga till den femte dagen på Mina sidor. Jag ringer dig på torsdag och ser att den kommit in.',
      'caller: Okej, jag gör det i kväll.',
      'agent: Nej vänta, jag är ledig på torsdag. Jag ringer inte, du får ett brev istället när den femte dagen är beslutad.',
      'caller: Det går bra. Tack!',
    ]);
    expect(follow(d)).not.toMatch(/ringer kunden/u);
    expect(dated(d)).not.toContain('2026-03-05');
  });
});
