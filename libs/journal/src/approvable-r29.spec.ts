import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { utterancesOf } from './text.js';
import { draft, errandLine, noteText, section } from './testing/drafts.js';

// Round 29 (issue 14), from the blind tuning set tuning-26 (its first run in tuning-26.before-round-29.txt): vague errand
// lines, the first of two things announced, a corrected amount said twice, a day replacing "sista maj", the deadline of
// a task whose sentence opens with its purpose, and the caller taking up what the agent said could be done. Sentences
// written for these tests, not from any eval set.

describe('the errand line', () => {
  it('"Det är det där med datorn.", "Nu vill jag ha en förklaring.": a vague errand goes on with what it is', () => {
    const computer = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Jo, det är det där med datorn. Jag har bytt dator och nu kommer jag inte in på era sidor.',
      'agent: Har du BankID på den nya?',
      'caller: Nej, inte än.',
    ], '2031-06-10');
    expect(errandLine(computer)).toMatch(/bytt dator|kommer inte in/);
    const explain = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Nu vill jag ha en förklaring. Pensionen har inte kommit den här månaden.',
      'agent: Jag tittar på det.',
    ], '2031-06-10');
    expect(errandLine(explain)).toMatch(/pensionen|inte kommit/i);
  });

  it('"Jag har två saker. … Men alltså, för det första, …": the first thing, not the small talk before it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Eh, jag har två saker. Ja, förlåt, jag står på tåget, dottern flyttade i maj och vi har burit kartonger hela helgen. Men alltså, för det första, min garantipension har blivit lägre.',
      'agent: Jag ser det. Den räknades om i januari.',
    ], '2031-06-10');
    expect(errandLine(d)).toMatch(/garantipension/);
    expect(errandLine(d)).not.toMatch(/tåget|kartonger/);
  });

  it('"I don\'t know if this is really for you, but." is talk about the call, no errand', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. I don't know if this is really for you, but. My wife is ill and I have stopped working to look after her, can I get a pension for that?",
      'agent: Not from us, but Försäkringskassan has carer\'s allowance.',
    ], '2031-06-10');
    expect(errandLine(d)).not.toMatch(/really for/);
  });
});

describe('corrections', () => {
  it('an amount said twice and then corrected is corrected both times', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Ni har dragit tre tusen av min pension utan att säga något, tre tusen! Nej vänta, det är femtonhundra. Men ändå.',
      'agent: Det är ett skatteavdrag som registrerades i mars.',
    ], '2031-06-10');
    expect(noteText(d)).not.toMatch(/3 000|tre tusen/);
  });

  it('"Sista maj, nej, femtonde juni" keeps no "sista" before the day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har inte fått någon pension i juni.',
      'agent: Den kom tillbaka till oss, kontot finns inte längre.',
      'caller: Ja men banken stängde ju kontot, de gick ihop med en annan bank. Sista maj, nej, femtonde juni var det.',
      'agent: Då behöver du anmäla ett nytt konto.',
    ], '2031-07-08');
    expect(noteText(d)).not.toMatch(/sista 15 juni/);
    expect(noteText(d)).toMatch(/15 juni/);
  });

  it('"Jag ser att …, men att …": without "Jag ser", the second "att" goes too', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Min pension har blivit lägre.',
      'agent: Jag ser här att pensionen före skatt är densamma som förut, men att det finns ett extra skatteavdrag på tvåtusen kronor i månaden.',
    ], '2031-06-10');
    expect(noteText(d)).toMatch(/densamma som förut, men det finns/);
  });

  it('a month corrected keeps its "i"; a day that corrects a month is "den …"', () => {
    const said = (...lines: string[]) => statementsOf(utterancesOf(lines.map((text, index) => ({ index, speaker: 'caller' as const, text })), 'sv'), 'sv').map((x) => x.text);
    expect(said('Vi flyttade i maj, nej i juni.')).toEqual(['Vi flyttade i juni.']);
    expect(said('Han dog i oktober, nej förresten, november.')).toEqual(['Han dog i november.']);
    expect(said('Den kom i mars, nej förresten, femte april.')).toEqual(['Den kom den femte april.']);
  });

  it('"you lot" is "you": no "the agency lots"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: You lot sent me the wrong letter again and I'm the one who has to sort it out.",
      'agent: I am sorry. I will send the right one today.',
    ], '2031-06-10');
    expect(noteText(d)).not.toMatch(/agency lots?/);
  });
});

describe('follow-ups', () => {
  it('a task in a sentence that opens with its purpose is due by its deadline, not on the purpose\'s date', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Jag vill börja ta ut pension från första oktober.',
      'agent: För att pensionen ska hinna börja första oktober behöver vi ansökan senast sista juli, det vill säga den 31 juli.',
    ], '2031-06-02');
    const task = section(d, 'followUp').find((f) => /ansökan/.test(f.text));
    expect(task?.followUp).toMatchObject({ dueDate: '2031-07-31', preposition: 'by' });
  });

  it('the caller taking up what the agent said could be done, "i kväll", is the caller\'s task that day', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har inte fått någon pension i juni.',
      'agent: Pengarna kom tillbaka, kontot finns inte. Du kan anmäla det nya kontot på Mina sidor eller på en blankett.',
      'caller: Nej men då gör jag det på datorn i kväll då.',
      'agent: Bra.',
    ], '2031-07-08');
    const task = section(d, 'followUp').find((f) => /anmäla det nya kontot/.test(f.text));
    expect(task?.text).toMatch(/^Kunden ska anmäla det nya kontot på Mina sidor/);
    expect(task?.followUp).toMatchObject({ dueDate: '2031-07-08', preposition: 'on' });
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: My pension did not come in June.',
      'agent: It came back, the account is closed. You can report the new account on My Pages or on a form.',
      "caller: Okay, then I'll do it tonight.",
    ], '2031-07-08');
    expect(section(en, 'followUp').some((f) => /^The caller will report the new account on My Pages/.test(f.text) && f.followUp?.dueDate === '2031-07-08')).toBe(true);
  });
});
