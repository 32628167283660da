import type { JournalDraft } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { statementsOf, withoutFillers, withoutIntroduction } from './discourse.js';
import { utterancesOf } from './text.js';
import { call, draft, noteText, section, texts } from './testing/drafts.js';

/**
 * Issue 14, second round: the faults left after the first blind run (errand line, real
 * follow-ups, restarts and false starts, corrections), each with a call shaped the way
 * Whisper writes phone calls.
 */

describe('discourse: restarts, false starts and the name before the errand', () => {
  it('says a restarted subject and verb once', () => {
    expect(withoutFillers('Jag är, jag är änka sen i våras.', 'sv')).toBe('Jag är änka sen i våras.');
    expect(withoutFillers("I'm, uh, I'm thinking about when to retire.", 'en')).toBe("I'm thinking about when to retire.");
    // Numbers read twice are not restarts.
    expect(withoutFillers('Det är fyra, fyra tusen.', 'sv')).toBe('Det är fyra, fyra tusen.');
  });

  it('drops a clause broken off after its auxiliary', () => {
    expect(withoutFillers('Jag är lite osäker på hur jag ska, jag har fått ett beslut om garantipension.', 'sv')).toBe(
      'Jag har fått ett beslut om garantipension.',
    );
    expect(withoutFillers('I was going to, I got a letter about my pension.', 'en')).toBe('I got a letter about my pension.');
    // A complete clause before the comma stays.
    expect(withoutFillers('Jag ringer om min pension, jag har inte fått den.', 'sv')).toBe('Jag ringer om min pension, jag har inte fått den.');
  });

  it('keeps the errand said in the same breath as the name', () => {
    expect(withoutIntroduction('Hej, jag heter [NAMN] och jag ringer för min mammas räkning.', 'sv')).toBe('Jag ringer för min mammas räkning.');
    expect(withoutIntroduction('Yeah, hi, my name is [NAMN] and I got a letter.', 'en')).toBe('I got a letter.');
    expect(withoutIntroduction('Jag heter [NAMN].', 'sv')).toBe('Jag heter [NAMN].');
  });

  it('"Den gick ner. Eller inte ner precis, den gick upp": the correction replaces the statement', () => {
    const statements = statementsOf(
      utterancesOf(call('sv', ['caller: Den gick ner i januari. Eller inte ner precis, den gick upp, men mycket mindre än jag trodde.']).segments, 'sv'),
      'sv',
    );
    expect(statements.map((s) => s.text)).toEqual(['Den gick upp, men mycket mindre än jag trodde.']);
  });
});

describe('the errand line: the errand in one third-person sentence', () => {
  it('a call for a parent says whom it is for and what it is about', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Sara här.',
      'caller: Hej, eh, jag heter [NAMN] och jag ringer för min mammas räkning. Hon har flyttat till ett särskilt boende.',
      'agent: Okej. Har du fullmakt för din mamma?',
      'caller: Ja, det har jag.',
    ]);
    // (Round 82: the relation said in the genitive, "min mammas räkning", is whom the call is for.)
    expect(texts(d, 'reason')).toEqual(['Kundens barn ringer för kundens räkning: hen har flyttat till ett särskilt boende.']);
    expect(section(d, 'reason')[0]!.segmentIndexes).toEqual([1]);
  });

  it('a question "about my pension" takes the answer to the agent\'s "Ja?" as what it is', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, du pratar med Eva.',
      'caller: Hej, jo, eh, jag heter [NAMN]. Jag har en fråga om min inkomstpension.',
      'agent: Ja?',
      'caller: Den gick ner i januari. Eller inte ner precis, den gick upp, men mycket mindre än jag trodde.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden har en fråga om sin inkomstpension: den gick upp, men mycket mindre än hen trodde.']);
    expect(section(d, 'reason')[0]!.segmentIndexes).toEqual([1, 3]);
  });

  it('"Jag har fått ett brev här." + "Att jag ska betala tillbaka pension." is one line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, du pratar med Maria.',
      'caller: Ja hej. Eh, jag heter [NAMN] och jag, jag har fått ett brev här.',
      'agent: Okej. Vad står det i brevet?',
      'caller: Att jag ska betala tillbaka pension. Tjugotre tusen kronor.',
    ]);
    // Round 5: the amount said right after it goes with it.
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett brev om att hen ska betala tillbaka pension, 23 000 kronor.']);
  });

  it('the errand said outright outweighs a worry told on the way, and "i vår" is a season', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, det är Johan.',
      'caller: Min man skötte alltid alla papper, så jag vet inte riktigt vad jag ska göra nu. Jag undrar om jag kan få efterlevandepension.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden undrar om hen kan få efterlevandepension.']);
    const spring = draft('sv', ['caller: Jag fyller sextiofem i vår och vi vill veta när jag kan börja ta ut min pension.']);
    expect(texts(spring, 'reason')[0]).toContain('i vår');
  });

  it('"Er," is a filler in English', () => {
    const d = draft('en', ["caller: Hello. Er, I'm moving to Spain in June and I'm worried about my pension."]);
    expect(texts(d, 'reason')).toEqual(["The caller is moving to Spain in June and is worried about their pension."]);
  });
});

describe('follow-ups: real tasks, who does what, by or on when', () => {
  const followUps = (d: JournalDraft) => section(d, 'followUp');

  it('a call-back asked for "på torsdag förmiddag" keeps the part of the day and its date', () => {
    const d = draft(
      'sv',
      [
        'caller: Och vem ska jag prata med då? Kan nån ringa mig på torsdag förmiddag?',
        'agent: Ja, jag ringer dig på torsdag förmiddag. Och jag skickar blanketten för omprövning i dag.',
      ],
      '2026-02-02',
    );
    expect(followUps(d).map((f) => [f.text, f.followUp?.dueDate, f.followUp?.preposition])).toEqual([
      ['Handläggaren ringer kunden på torsdag förmiddag.', '2026-02-05', 'on'],
      ['Handläggaren skickar blanketten för omprövning i dag.', '2026-02-02', 'on'],
    ]);
  });

  it('"Det gör jag i helgen" is the task the agent just gave, on the Saturday', () => {
    const d = draft(
      'sv',
      [
        'caller: Jag vill börja ta ut min pension. Hur gör jag?',
        'agent: Du ansöker på Mina sidor. Ansökan ska vara inne senast två månader innan du vill ha första utbetalningen.',
        'caller: Det gör jag i helgen.',
      ],
      '2026-09-07',
    );
    expect(followUps(d).map((f) => [f.text, f.followUp?.dueDate, f.followUp?.preposition])).toEqual([
      // The agent's "Du ansöker på Mina sidor" is the task itself; the caller's promise dates it.
      ['Kunden ansöker på Mina sidor.', '2026-09-12', 'on'],
    ]);
  });

  it('"I\'ll report it this week" dates the agent\'s task: one task, by the Friday', () => {
    const d = draft(
      'en',
      [
        "caller: I'm moving to Spain in June.",
        'agent: The housing supplement stops when you move abroad. You need to report the move to us before you leave.',
        "caller: Okay. I'll report it on My Pages this week.",
      ],
      '2026-05-04',
    );
    expect(followUps(d)).toHaveLength(1);
    expect(followUps(d)[0]!.followUp).toMatchObject({ dueDate: '2026-05-08', preposition: 'by' });
    expect(followUps(d)[0]!.segmentIndexes).toEqual([1, 2]);
  });

  it('an offer under a condition and a yearly duty are information, not follow-ups', () => {
    const en = draft('en', [
      'caller: How do I apply for my pension?',
      "agent: You apply online. If that doesn't work, you can call us and we'll send you a paper form.",
      'agent: And every year you will need to send us a life certificate.',
    ]);
    expect(followUps(en)).toEqual([]);
    const sv = draft('sv', ['caller: Jag ska flytta till Turkiet.', 'agent: Du behöver också skicka ett livsintyg till oss en gång om året.', 'agent: Inkomstpensionen räknas om varje år.']);
    expect(followUps(sv)).toEqual([]);
  });

  it('"Då ringer jag dig senast på fredag" is a call-back by Friday', () => {
    const d = draft('sv', ['caller: Min pension har inte kommit.', 'caller: Och om det inte fungerar?', 'agent: Då ringer jag dig senast på fredag och kontrollerar att det har gått igenom.'], '2026-02-16');
    expect(followUps(d).map((f) => [f.followUp?.kind, f.followUp?.dueDate, f.followUp?.preposition])).toEqual([['callBack', '2026-02-20', 'by']]);
  });

  it('"Jag kan skicka pensionsbeskedet. Det kommer inom en vecka." is one task with its date', () => {
    const d = draft('sv', ['caller: Jag vill se mitt pensionsbesked.', 'agent: Jag kan skicka pensionsbeskedet med posten i stället. Det kommer inom en vecka.'], '2026-11-02');
    expect(followUps(d).map((f) => [f.followUp?.kind, f.followUp?.dueDate, f.segmentIndexes.length])).toEqual([['sendDocument', '2026-11-09', 1]]);
    expect(followUps(d)[0]!.text).toContain('pensionsbeskedet');
  });

  it('"Be din läkare skicka det" is the caller\'s task', () => {
    const d = draft('sv', ['caller: Min sjukpenning har inte kommit.', 'agent: Läkarintyget saknas. Be din läkare skicka det direkt till oss.']);
    expect(texts(d, 'followUp')).toEqual(['Kunden ska be sin läkare skicka läkarintyget direkt till myndigheten.']);
    expect(followUps(d)[0]!.followUp?.kind).toBe('awaitDocument');
  });
});

describe('topics: the errand decides when it names a topic', () => {
  it('moving to Turkey is about moving abroad, however often the agent says "garantipension"', () => {
    const d = draft('sv', [
      'caller: Hej hej, eh, det är [NAMN]. Jag och min fru funderar på att flytta till Turkiet.',
      'caller: Vad händer med pensionen då? Jag har garantipension och inkomstpension.',
      'agent: Garantipensionen betalas bara ut om du bor i ett EU-land eller i Norden.',
      'agent: Om du flyttar till Turkiet upphör garantipensionen från månaden efter flytten.',
      'agent: Din garantipension är i dag två tusen fyrahundra kronor i månaden.',
    ]);
    expect(d.topic.key).toBe('flytt utomlands');
  });

  it('"betala tillbaka" in the errand is a repayment, not the benefit the agent names', () => {
    const d = draft('sv', [
      'caller: Jag har fått ett brev om att jag ska betala tillbaka pension.',
      'agent: Jag ser att du har fått för mycket utbetalt. Därför räknades garantipensionen om.',
      'agent: Garantipensionen är lägre nu.',
    ]);
    expect(d.topic.key).toBe('utbetalning och skatt');
  });

  it('an errand that names no topic leaves the whole call to decide', () => {
    const d = draft('sv', ['caller: Jag undrar hur det blir för mig nu.', 'agent: Ditt bostadstillägg räknas om när hyran ändras.', 'caller: Min hyra har höjts.']);
    expect(d.topic.key).toBe('bostadstillägg');
  });
});

describe('no number sequence the leak scan would catch reaches the note', () => {
  it('a number read in three long words (eight digits) never reaches a note', () => {
    const d = draft('sv', [
      'caller: Jag har en fråga om min mammas pension.',
      'caller: Hon har nummer nittonhundrafyrtiofem tolv tolv och bor på ett boende.',
      'caller: Pensionen kom inte i januari.',
    ]);
    const all = noteText(d);
    expect(all).not.toMatch(/nittonhundrafyrtiofem/);
    expect(all).toMatch(/januari/);
  });
});

describe('facts: a short answer to the agent\'s question is kept', () => {
  it('"Hur länge var ni gifta?" "Vi var gifta i fyrtioett år."', () => {
    const d = draft('sv', [
      'caller: Min man har gått bort och jag undrar om jag kan få efterlevandepension.',
      'agent: Hur länge var ni gifta?',
      'caller: Vi var gifta i fyrtioett år.',
    ]);
    // Written in digits, as a case file writes a measure.
    expect(d.text).toContain('41 år');
  });
});

describe('corrections and conditions, second round', () => {
  it('"On the ninth of September. Sorry, no, the eighth." keeps only the eighth', () => {
    const d = draft('en', [
      "caller: I'm calling on behalf of my mother. My dad passed away last month.",
      'agent: When did he pass away?',
      'caller: On the ninth of September. Sorry, no, the eighth. The eighth of September.',
    ]);
    expect(d.text).not.toMatch(/ninth/);
    expect(d.text).toMatch(/8 September/);
  });

  it('"Förlåt, nej, den elfte" corrects the date before it', () => {
    const d = draft('sv', ['caller: Min man dog den tolfte april. Förlåt, nej, den elfte.']);
    expect(d.text).not.toMatch(/tolfte/);
    expect(d.text).toMatch(/den 11 april/);
  });

  it('an answer that restates the condition is not glued to the question', () => {
    const d = draft('sv', [
      'caller: Vi funderar på att flytta till Turkiet. Så den försvinner alltså om vi flyttar?',
      'agent: Ja. Om du flyttar till Turkiet upphör garantipensionen från månaden efter flytten.',
    ]);
    expect(texts(d, 'agentActions')).toEqual(['Om kunden flyttar till Turkiet upphör garantipensionen från månaden efter flytten.']);
  });
});
