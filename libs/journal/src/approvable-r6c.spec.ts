import { describe, expect, it } from 'vitest';
import { draft, section, texts } from './testing/drafts.js';

/**
 * Issue 14, sixth round, third part: follow-ups. Each mechanism is shown on sentences of its kind
 * (not on a call of a tuning set).
 */

describe('follow-ups: a written request the caller is told to send', () => {
  it('is a document the agency awaits ("Du skriver och förklarar …")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag har fått ett återkrav och jag tycker att det är fel.',
      'agent: Du har rätt att begära omprövning av beslutet.',
      'caller: Hur gör jag?',
      'agent: Du skriver och förklarar varför du tycker att beslutet är fel. Begäran ska ha kommit in till oss senast den tolfte april.',
      'caller: Okej, jag skriver i dag.',
    ]);
    const written = section(d, 'followUp').find((s) => s.text.startsWith('Kunden skriver'));
    expect(written?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-04-12', preposition: 'by' });
  });

  it('is so in English ("You write to us and explain …")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I got a repayment decision and I think it is wrong.',
      'agent: You have the right to request a review of the decision.',
      'caller: How do I do that?',
      'agent: You write to us and explain why you think the decision is wrong. The request must reach us by the twelfth of April.',
      'caller: Okay, I will write today.',
    ]);
    const written = section(d, 'followUp').find((s) => /^The caller writes/u.test(s.text));
    expect(written?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-04-12', preposition: 'by' });
  });
});

describe('follow-ups: the agent’s deadline after the caller’s own day', () => {
  it('dates the caller’s promise by the deadline the agency follows up ("Jag skickar en kopia i dag." "Det behöver vara här senast …")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har en fråga om min ansökan om bostadstillägg.',
      'agent: Jag ser ansökan. Vi saknar hyresavtalet.',
      'caller: Jag har hyresavtalet här. Jag skickar en kopia i dag.',
      'agent: Bra. Det behöver vara här senast den sextonde mars, annars kan ansökan avgöras på de uppgifter vi har.',
    ]);
    const tasks = section(d, 'followUp').filter((s) => s.text.startsWith('Kunden skickar'));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-03-16', preposition: 'by' });
    expect(tasks[0]!.text).toBe('Kunden skickar en kopia i dag. Det behöver vara här senast den 16 mars.');
    // What follows a missed deadline is no task: it stays information, with its condition.
    expect(texts(d, 'agentActions')).toContain('Det behöver vara här senast den 16 mars, annars kan ansökan avgöras på de uppgifter myndigheten har.');
  });

  it('does so in English ("I\'ll send a copy today." "It needs to be here by …")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: It is about my application for housing supplement.',
      'agent: We are missing the lease.',
      'caller: I have the lease here. I will send a copy today.',
      'agent: Good. It needs to be here by the sixteenth of March, otherwise the application may be decided on the information we have.',
    ]);
    const tasks = section(d, 'followUp').filter((s) => /^The caller (?:will )?sends?/u.test(s.text));
    expect(tasks).toHaveLength(1);
    expect(tasks[0]!.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-03-16', preposition: 'by' });
    expect(tasks[0]!.text).not.toMatch(/otherwise/u);
    expect(texts(d, 'agentActions').some((t) => /otherwise the application may be decided/u.test(t))).toBe(true);
  });
});

describe('follow-ups: a deadline the agent gives after the caller asks how', () => {
  it('dates the document asked for in the agent’s turn before ("Hur skickar jag det?" … "Om vi har det senast …")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min hyra har höjts från april och jag har bostadstillägg.',
      'agent: Då behöver vi en kopia på hyresavin där den nya hyran står.',
      'caller: Och hur skickar jag det? Jag har ingen dator.',
      'agent: Du kan skicka det med post. Jag skickar ett svarskuvert till dig. Om vi har det senast den tjugonde mars hinner vi räkna om till aprilutbetalningen.',
    ]);
    const asked = section(d, 'followUp').find((s) => /hyresavi/u.test(s.text));
    expect(asked?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-03-20', preposition: 'by' });
  });
});

describe('follow-ups: the agency’s reconsideration the caller asks for', () => {
  const sv = [
    'agent: Pensionsmyndigheten, Lena.',
    'caller: Jag har fått ett återkrav och jag tycker att det är fel.',
    'agent: Du har rätt att begära omprövning av beslutet.',
    'caller: Ja, det gör jag. Hur?',
    'agent: Du skriver och förklarar varför du tycker att beslutet är fel. Begäran ska ha kommit in till oss senast den tolfte april.',
    'caller: Okej, jag skriver i dag.',
  ];

  it('is the agency’s task once the caller sends the request ("Du har rätt att begära omprövning" … "Du skriver …")', () => {
    const tasks = section(draft('sv', sv), 'followUp');
    const reconsider = tasks.find((s) => s.followUp?.kind === 'decision');
    expect(reconsider?.text).toBe('Myndigheten omprövar beslutet när begäran har kommit in.');
    expect(reconsider?.segmentIndexes).toEqual([2, 4]);
  });

  it('is so in English', () => {
    const tasks = section(
      draft('en', [
        'agent: Swedish Pensions Agency, Sam.',
        'caller: I got a repayment decision and I think it is wrong.',
        'agent: You have the right to request a review of the decision.',
        'caller: Yes, I want that. How?',
        'agent: You write to us and explain why you think the decision is wrong. The request must reach us by the twelfth of April.',
      ]),
      'followUp',
    );
    expect(tasks.find((s) => s.followUp?.kind === 'decision')?.text).toBe('The agency reconsiders the decision once the request has arrived.');
  });

  it('is no task when the caller is only told of the right and sends nothing', () => {
    const tasks = section(draft('sv', sv.slice(0, 3)), 'followUp');
    expect(tasks.some((s) => s.followUp?.kind === 'decision')).toBe(false);
  });
});

describe('follow-ups: the caller agreeing at last to the task asked of them', () => {
  it('is the same task, not a second one ("Can you send it within two weeks?" … a complaint … "Fine, I\'ll send it.")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Her housing supplement has stopped. I am her trustee.',
      'agent: I understand. We need a copy of the registry extract from the överförmyndare. Can you send it within two weeks?',
      'caller: Yes, I suppose I can. Again.',
      "agent: When it's here, we'll recalculate the housing supplement from October, and she'll get the difference paid back.",
      'caller: From October, good. But why did no one write to me to say it was missing?',
      "agent: The letter went to her old address, I'm afraid.",
      "caller: Of course it did. This is exactly why people give up. Fine, I'll send it.",
    ]);
    const sends = section(d, 'followUp').filter((s) => /send/u.test(s.text));
    expect(sends).toHaveLength(1);
    expect(sends[0]!.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-03-23', preposition: 'by' });
  });
});

describe('key facts: a bare "no" to the caller’s question whether something is needed', () => {
  it('is written with its question as the fact ("Och jag behöver inte skicka in något papper?" "Nej, det behövs inte.")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag vill ta bort det extra skatteavdraget på min pension.',
      'agent: Då tar jag bort det.',
      'caller: Och jag behöver inte skicka in något papper?',
      'agent: Nej, det behövs inte.',
    ]);
    expect(texts(d, 'agentActions')).toContain('Kunden behöver inte skicka in något papper.');
  });

  it('is so in English ("Do I need to send anything?" "No, you don\'t.")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I want to remove the extra tax deduction on my pension.',
      'agent: Then I will remove it.',
      'caller: And do I need to send anything in?',
      "agent: No, you don't.",
    ]);
    expect(texts(d, 'agentActions')).toContain('The caller does not need to send anything in.');
  });

  it('is left out when the question speaks of the caller’s own things (no person to rewrite safely)', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag vill ta bort det extra skatteavdraget på min pension.',
      'caller: Behöver jag skicka in mitt kontoutdrag?',
      'agent: Nej, det behövs inte.',
    ]);
    expect(texts(d, 'agentActions').some((t) => /mitt/u.test(t))).toBe(false);
  });
});

describe('key facts: what the caller lacks for the usual way', () => {
  it('keeps "I don\'t have the Swedish BankID" as the reason for the paper form', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Good morning. I have a question about my premium pension.',
      'agent: What would you like to know?',
      "caller: I'd like to change to the state fund.",
      'agent: You can switch funds on our website.',
      "caller: But I don't have the Swedish BankID.",
      'agent: Then I can send you a paper form.',
    ]);
    expect(texts(d, 'callerSaid').some((t) => /does not have the Swedish BankID/u.test(t))).toBe(true);
  });

  it('keeps "Jag har inget mobilt BankID" in Swedish', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag vill byta fond i min premiepension.',
      'agent: Det kan du göra på vår webbplats.',
      'caller: Men jag har inget mobilt BankID på telefonen.',
      'agent: Då kan jag skicka en blankett på papper.',
    ]);
    expect(texts(d, 'callerSaid').some((t) => /har inget mobilt BankID/u.test(t))).toBe(true);
  });
});

describe('key facts: the caller has called the wrong agency', () => {
  it('is a fact of the call, said after the agent names the right one', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: Hi. I want to ask about my sickness benefit, it has not been paid.',
      'agent: Sickness benefit is handled by Försäkringskassan, not by us.',
      'caller: Oh. Oh no, I called the wrong number. Sorry.',
      'agent: No problem. You can call them or write to them on their website.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('The caller called the wrong number.');
  });

  it('is so in Swedish ("Åh, då har jag ringt fel.")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag undrar varför min sjukpenning inte har kommit.',
      'agent: Sjukpenning handläggs av Försäkringskassan, inte av oss.',
      'caller: Åh, då har jag ringt fel. Förlåt.',
      'agent: Ingen fara. Du kan ringa dem eller skriva till dem på deras webbplats.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('Kunden har ringt fel.');
  });
});
