import { describe, expect, it } from 'vitest';
import { draft, noteText, section, texts } from './testing/drafts.js';

// Round 36, from tuning set 31 (follow-ups: who, what and when; false statements).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe("the agent's promise after \"but\" keeps its own day", () => {
  it('a call-back asked for is dated by the promise, not by the payment day told before it', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I have asked Skatteverket for a new tax table. Can you ring me when it has arrived?',
      'agent: The payment on Wednesday the twenty-fifth is already done, but I will look on Friday the twentieth and ring you then.',
      'caller: Lovely, thanks.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-06-20');
  });

  it('in Swedish too: "…, men jag ringer dig på fredag"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Kan du ringa mig när den nya skattetabellen har kommit?',
      'agent: Utbetalningen onsdagen den tjugofemte är redan klar, men jag tittar fredagen den tjugonde och ringer dig då.',
      'caller: Bra, tack.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-06-20');
  });
});

describe('"Let me check" is the agent looking something up, no instruction', () => {
  it('what was found stays as information, and no task is made of "let the agent check"', () => {
    const d = draft('en', [
      'agent: Social Insurance Agency, Tom.',
      'caller: Hi. I want to give thirty of my parental days to my husband.',
      'agent: Let me check, you have eighty days left, so thirty is fine.',
      'agent: So: you make the transfer in the e-service, and he approves it there.',
      'caller: Great, I will do it tomorrow.',
    ], '2031-06-10');
    expect(noteText(d)).toContain('The caller has 80 days left, so 30 is fine.');
    expect(noteText(d)).not.toMatch(/let the agent/u);
  });
});

describe('a step at another agency the caller agrees to take stays a referral', () => {
  it('"You can ask Skatteverket …" "I will do that today." is no follow-up', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. Too much tax is taken off my pension.',
      'agent: You can ask Skatteverket for a new tax table.',
      'caller: Fine, I will do that today.',
    ], '2031-06-10');
    expect(texts(d, 'followUp').some((t) => /Skatteverket/u.test(t))).toBe(false);
  });
});

describe('fragments that finish the errand line', () => {
  it('"… min ansökan. Om ålderspension." says what the application is about', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag har fått tillbaka min ansökan. Om ålderspension. Det står att den inte är underskriven.',
      'agent: Den saknade din underskrift.',
    ], '2031-06-10');
    expect(texts(d, 'reason')[0]).toMatch(/^Kunden har fått tillbaka sin ansökan om ålderspension/u);
  });

  it('after a longer line that ends on the move, where to and the day said next', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, det är så att jag har bostadstillägg och nu ska jag flytta. Till en större lägenhet. Första augusti.',
      'agent: Då behöver du anmäla flytten och skicka in det nya hyresavtalet.',
    ], '2031-06-10');
    expect(texts(d, 'reason')[0]).toMatch(/flytta till en större lägenhet den 1 augusti\.$/u);
  });
});

describe('a want denied is a feeling, and the wish said next goes in the errand line', () => {
  it('"… det vill jag inte vara med om igen. Så jag vill …"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fick betala tillbaka bostadstillägg i våras, och det vill jag inte vara med om igen. Så jag vill anmäla min nya hyra nu.',
      'agent: Det kan du göra på Mina sidor.',
    ], '2031-06-10');
    expect(texts(d, 'reason')[0]).toMatch(/vill anmäla (?:sin|hens) nya hyra/u);
  });

  it('"… I don\'t want that again. So I want …"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I had to pay back housing supplement last spring, and I do not want that again. So I want to report my new rent now.',
      'agent: You can do that on My Pages.',
    ], '2031-06-10');
    expect(texts(d, 'reason')[0]).toMatch(/wants? to report their new rent/u);
  });
});

describe('an answer given under the condition the caller asked with', () => {
  it('"And if the app does not work, can you help me then?" "Yes, call us and we\'ll help you." is no task', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I want to log in with the new app instead of BankID.',
      'agent: You can, after you have verified your identity at a service office.',
      'caller: And if the app does not work, can you help me then?',
      "agent: Yes, call us and we'll help you.",
    ], '2031-06-10');
    expect(followUps(d).filter((f) => /call/iu.test(f.text))).toEqual([]);
  });

  it('while "Nej, om … senast …" answers with a deadline of its own, which stays', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag behöver skicka in ett hyresintyg för min mammas bostadstillägg.',
      'agent: Ja, skicka in det med blanketten för ändrade förhållanden.',
      'caller: Och om det dröjer, förlorar hon pengar då?',
      'agent: Nej, om intyget kommer in senast den trettionde september så räknar vi om från juli.',
    ], '2031-06-10');
    expect(followUps(d).some((f) => f.followUp?.dueDate === '2031-09-30')).toBe(true);
  });
});

describe('a usual handling time dates no decision', () => {
  it('"Once we have everything it usually takes about six weeks to get a decision" has no due date', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I applied for housing supplement in March and have heard nothing.',
      'agent: We need your rental contract. Once we have everything it usually takes about six weeks to get a decision.',
      'caller: Okay, I will send it.',
    ], '2031-06-10');
    const decision = followUps(d).find((f) => f.followUp?.kind === 'decision');
    expect(decision?.followUp?.dueDate).toBeUndefined();
  });
});

describe('a place corrected as it is said ("in X, no, in Y")', () => {
  it('keeps the place meant and what the caller goes on to say', () => {
    const en = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. I want to log in with the new app instead of BankID.',
      'agent: You can verify your identity at a service office.',
      "caller: I'm in Stockholm, no, in Uppsala, next week for a wedding anyway.",
    ], '2031-06-10');
    expect(noteText(en)).toContain('The caller is in Uppsala, next week for a wedding anyway.');
    expect(noteText(en)).not.toMatch(/Stockholm/u);
  });

  it('in Swedish too ("i Malmö, nej, i Lund")', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ändra min adress för bostadstillägget.',
      'agent: Det gör du hos Skatteverket.',
      'caller: Jag bor i Malmö, nej, i Lund, sedan förra månaden.',
    ], '2031-06-10');
    expect(noteText(sv)).not.toMatch(/Malmö/u);
  });
});

describe('call-backs and registrations dated as said', () => {
  it('a call-back asked for and confirmed "by Friday … at the latest" is "by"', () => {
    const d = draft('en', [
      'agent: Social Insurance Agency, Tom.',
      'caller: Hi. My sickness benefit has not come. Can you call me when you know more?',
      'agent: Yes. I will ring you by Friday the thirteenth of June at the latest with an update.',
      'caller: Fine.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-06-13');
    expect(callBack?.followUp?.preposition).toBe('by');
  });

  it('"Jag lägger in det nu, och det gäller från utbetalningen den artonde juli" is done on the day of the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill att ni drar tvåtusen kronor extra i skatt varje månad.',
      'agent: Tvåtusen kronor extra i månaden. Jag lägger in det nu, och det gäller från utbetalningen den artonde juli.',
      'caller: Bra, tack.',
    ], '2031-06-10');
    const registered = followUps(d).find((f) => /lägger in/u.test(f.text));
    expect(registered?.followUp?.dueDate).toBe('2031-06-10');
  });
});

describe('"du pratar med" later in the call is no opening', () => {
  it('the agent\'s sending "…, så har du den när du pratar med dem" stays a task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Det saknas ett år i mitt pensionsbesked.',
      'agent: Det är Skatteverket som kan rätta den.',
      'caller: Okej, jag ringer dem.',
      'agent: Bra. Jag skickar en utskrift av dina inkomster till dig i dag, så har du den när du pratar med dem.',
      'caller: Tack.',
    ], '2031-06-10');
    const sent = followUps(d).find((f) => /utskrift/u.test(f.text));
    expect(sent?.followUp?.dueDate).toBe('2031-06-10');
  });
});

describe("the caller's own e-mail to another office is the caller's plan, no task", () => {
  it('"Jag skickar ett mejl till dem i morgon" after a referral to Skatteverket', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag fick kvarskatt och undrar om jag måste betala allt på en gång.',
      'agent: Det är Skatteverket som sköter kvarskatten, så det får du fråga dem om.',
      'caller: Ja, jag skickar ett mejl till dem i morgon.',
    ], '2031-06-10');
    expect(texts(d, 'followUp').some((t) => /mejl/u.test(t))).toBe(false);
  });
});

describe("a call-back asked for is written as the agent's promise", () => {
  it('"Can you ring me?" "I will ring you by Friday … at the latest with an update." keeps the day and what the call is for', () => {
    const d = draft('en', [
      'agent: Social Insurance Agency, Tom.',
      'caller: Hi. My sickness benefit has not come. Can you call me when you know more?',
      'agent: Yes. I will ring you by Friday the thirteenth of June at the latest with an update.',
      'caller: Fine.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.text).toMatch(/^The agent will ring the caller by Friday 13 June at the latest with an update\.$/u);
  });

  it('in Swedish: "Kan du ringa mig?" "Ja, jag ringer dig på fredag när beslutet är klart."', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Eva.',
      'caller: Hej. Min sjukpenning har inte kommit. Kan du ringa mig när du vet mer?',
      'agent: Ja. Jag ringer dig på fredag när jag har pratat med arbetsgivaren.',
      'caller: Bra.',
    ], '2031-06-10');
    const callBack = followUps(d).find((f) => f.followUp?.kind === 'callBack');
    expect(callBack?.followUp?.dueDate).toBe('2031-06-13');
    expect(callBack?.text).toMatch(/arbetsgivaren/u);
  });
});

describe('what the agent sends is its own task, whoever the paper is for', () => {
  it('"Jag skickar ett utdrag till dig i dag, som du kan ge till kommunen" is the agent\'s task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Avgiften för min hemtjänst har gått upp.',
      'agent: Avgiften bestäms av kommunen.',
      'caller: Men kommunen vill veta vad jag har i pension.',
      'agent: Då kan jag skicka ett utdrag över din pension till dig i dag, som du kan ge till kommunen.',
      'caller: Ja, gör det. Tack.',
    ], '2031-06-10');
    const sent = followUps(d).find((f) => /utdrag/u.test(f.text));
    expect(sent?.text).toMatch(/^Handläggaren skickar/u);
    expect(sent?.followUp?.dueDate).toBe('2031-06-10');
  });

  it('while an offer the caller does not take stays out of the follow-ups', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Avgiften för min hemtjänst har gått upp.',
      'agent: Jag kan skicka ett utdrag över din pension, som du kan ge till kommunen.',
      'caller: Nej tack, det behövs inte.',
    ], '2031-06-10');
    expect(followUps(d).filter((f) => /utdrag/u.test(f.text))).toEqual([]);
  });
});

describe('"you each", "you both": the household, as they', () => {
  it('"Then you each need to send us a form" is "They each need to send the agency a form"', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My wife and I both get a Swedish pension and we are moving back to Sweden.',
      'agent: Then you each need to send us a form with the new account.',
      'caller: Okay.',
    ], '2031-06-10');
    expect(noteText(d)).toContain('They each need to send the agency a form with the new account.');
    expect(noteText(d)).not.toMatch(/eaches/u);
  });
});
