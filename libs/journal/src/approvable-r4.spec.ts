import type { JournalDraft } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { statementsOf, withoutFillers } from './discourse.js';
import { indirectQuestion } from './indirect.js';
import { utterancesOf } from './text.js';
import { draft, texts } from './testing/drafts.js';

/**
 * Issue 14, fourth round: mechanisms that make the errand line a caseworker's sentence, each
 * shown on sentences of its kind (not on a call of a tuning set).
 */

describe('a question reported, not quoted', () => {
  it('puts a Swedish question into the order of a reported one', () => {
    expect(indirectQuestion('Varför har jag inte fått min pension?', 'sv')).toBe('varför jag inte har fått min pension');
    expect(indirectQuestion('Kan jag få garantipension?', 'sv')).toBe('om jag kan få garantipension');
    expect(indirectQuestion('Vad händer med min pension då?', 'sv')).toBe('vad som händer med min pension');
    expect(indirectQuestion('Hur mycket får jag?', 'sv')).toBe('hur mycket jag får');
    expect(indirectQuestion('Blir beslutet annorlunda nu?', 'sv')).toBe('om beslutet blir annorlunda');
  });

  it('puts an English question into the order of a reported one, "do" and all', () => {
    expect(indirectQuestion('Why does my pension look lower?', 'en')).toBe('why my pension looks lower');
    expect(indirectQuestion('Did you get my form?', 'en')).toBe('whether you got my form');
    expect(indirectQuestion("Why didn't I get the money?", 'en')).toBe('why I did not get the money');
    expect(indirectQuestion('What happens to my pension then?', 'en')).toBe('what happens to my pension');
    expect(indirectQuestion('Can I get a survivor’s pension?', 'en')).toBe('whether I can get a survivor’s pension');
    expect(indirectQuestion('Is the housing supplement affected?', 'en')).toBe('whether the housing supplement is affected');
  });

  it('leaves a question it cannot read as it was', () => {
    expect(indirectQuestion('Hallå?', 'sv')).toBeUndefined();
    expect(indirectQuestion('Really, this again?', 'en')).toBeUndefined();
  });
});

describe('the errand line: the caller asks', () => {
  it('a question as the errand becomes "Kunden undrar …"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Varför har min pension blivit lägre?',
      'agent: Skatten har ändrats från januari.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden undrar varför hens pension har blivit lägre.']);
  });

  it('what happened and the question after it are one line, with both sentences cited', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. My husband is moving into a care home next month. What happens to his housing supplement?',
      'agent: He needs to report the new address and the new rent.',
    ]);
    expect(texts(d, 'reason')).toEqual([
      // (Round 80: the month the caller points at is named from the call's day, 9 March.)
      "The caller's husband is moving into a care home in April and they ask what happens to his housing supplement.",
    ]);
    expect(d.sections.find((s) => s.key === 'reason')!.sentences[0]!.segmentIndexes).toEqual([1]);
  });

  it('a request for help is no errand to report', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min pension har inte kommit den här månaden. Kan du hjälpa mig?',
      'agent: Jag ska titta.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kundens pension har inte kommit i mars.']);
  });
});

describe('follow-ups: instructions and time clauses', () => {
  it('an instruction for after the call is the caller’s task, with or without a date; one for now is not', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag kommer inte in på Mina sidor med appen.',
      'agent: Vänta lite, jag tittar. Prova att uppdatera appen och starta om telefonen.',
      'caller: Okej, tack.',
    ]);
    expect(texts(sv, 'followUp')).toEqual(['Kunden ska prova att uppdatera appen och starta om telefonen.']);
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. The app keeps saying the login failed.',
      'agent: Okay, let me look. Try restarting your phone and updating the app.',
    ]);
    expect(texts(en, 'followUp')).toEqual(['The caller is asked to try restarting their phone and updating the app.']);
  });

  it('what happens once something arrives is information, unless the agent promises it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min sjukpenning har inte kommit.',
      'agent: Läkarintyget saknas. Så fort intyget är här kan du se beskedet på Mina sidor.',
      'agent: När intyget har kommit in ringer jag dig.',
    ]);
    expect(texts(d, 'followUp')).toEqual(['När intyget har kommit in ringer handläggaren kunden.']);
  });
});

describe('the errand line: what is not the errand, and where the errand is said', () => {
  it('greetings, a name said to the agent and talk about the call itself are not the errand', () => {
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Oh hi, yes, good, I'm calling from Canada, so sorry if the line's bad, it's about my father. He has moved into a nursing home and can't pay his rent.",
      'agent: I see.',
    ]);
    expect(texts(en, 'reason')).toEqual([
      "It is about the caller's father: their father has moved into a nursing home and cannot pay his rent.",
    ]);
    const facts = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hello. I'm calling from Australia, from Perth, so sorry if the line's a bit bad. I worked in Sweden in the eighties and want to apply for my pension.",
      'agent: You can apply on a form.',
    ]);
    expect(facts.text).not.toMatch(/Perth|line/);
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: God morgon, [NAMN], min svenska är inte så bra. Min man har flyttat till ett äldreboende. Jag vet inte hur jag ska klara hyran.',
      'agent: Det ska vi titta på.',
    ]);
    expect(texts(sv, 'reason')).toEqual(['Kundens man har flyttat till ett äldreboende och hen vet inte hur hen ska klara hyran.']);
  });

  it('the answer to the agent’s "Vad gäller det?" states the errand, however much was said before', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag heter [NAMN]. Jag har funderat på det här hela hösten. Min granne Gun sa att jag skulle ringa er. Gun ringde själv förra veckan om sin hyra. Hon fick svar på tio minuter. Hon är åttiotvå år gammal.',
      'agent: Okej, vad gäller det?',
      'caller: Jag har fått ett beslut om avslag på bostadstillägg och jag förstår inte varför.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett beslut om avslag på bostadstillägg och hen förstår inte varför.']);
  });

  it('"Jag ringer för min pappas räkning, han har …" keeps what follows when it says what the errand is', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag ringer för min pappas räkning, han har flyttat till ett äldreboende och jag undrar hur det blir med hans bostadstillägg.',
      'agent: Har du fullmakt?',
      'caller: Nej, den är inte gjord.',
    ]);
    expect(texts(d, 'reason')).toEqual([
      // (Round 82: "min pappas räkning" is whom the call is for.)
      'Kundens barn ringer för kundens räkning: hen har flyttat till ett äldreboende och den som ringer undrar hur det blir med hans bostadstillägg.',
    ]);
  });

  it('"I\'m ringing about tax." and "Det gäller X." only name the subject: what follows says the errand', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hello, I'm ringing about tax. I had to pay back tax this year and I want more taken off my pension.",
      'agent: I can help with that.',
    ]);
    expect(texts(d, 'reason')).toEqual(['The caller is ringing about tax: they had to pay back tax this year and they want more taken off their pension.']);
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Det gäller min mammas pension. Den har inte kommit den här månaden.',
      'agent: Jag tittar.',
    ]);
    expect(texts(sv, 'reason')).toEqual(['Det gäller kundens mammas pension: den har inte kommit i mars.']);
  });
});

describe('follow-ups: who does which part, and by when', () => {
  const followUps = (d: JournalDraft) => d.sections.find((s) => s.key === 'followUp')!.sentences;

  it('"Jag skickar blanketten, och den skickar du tillbaka underskriven" is two tasks, the agent’s and the caller’s', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag har bytt bank och vill byta konto.',
      'agent: Jag skickar blanketten för kontoändring, och den skickar du tillbaka underskriven.',
    ]);
    expect(texts(d, 'followUp')).toEqual(['Handläggaren skickar blanketten för kontoändring.', 'Kunden skickar blanketten tillbaka underskriven.']);
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. I want to apply for my pension from abroad.',
      "agent: I'll post the application form to you, and you send it back with a copy of your passport.",
    ]);
    expect(texts(en, 'followUp')).toEqual([
      'The agent will post the application form to the caller.',
      'The caller sends the application form back with a copy of their passport.',
    ]);
  });

  it('"så bifogar du hyresavtalet" is the caller’s task; "Ringer du dem så …" and "ni skriver då …" are not', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag vill söka bostadstillägg.',
      'agent: Jag skickar en ansökningsblankett hem till dig, och så bifogar du hyresavtalet.',
      'agent: Ringer du Försäkringskassan så kan de se om de fått in hyran.',
      'agent: Det görs skriftligt, och ni skriver då vilka tillgångar ni har.',
    ]);
    expect(followUps(d).map((f) => [f.text, f.followUp?.kind])).toEqual([
      ['Handläggaren skickar en ansökningsblankett hem till kunden.', 'sendDocument'],
      ['Kunden bifogar hyresavtalet.', 'awaitDocument'],
    ]);
  });

  it('a complaint about the agency ("Jag ska anmäla er till JO") is no task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min ansökan saknar en underskrift, det är helt sjukt.',
      'caller: Jag ska anmäla er till JO, det ska jag. Och jag skickar in sidan i morgon.',
    ], '2026-11-27');
    expect(texts(d, 'followUp')).toEqual(['Kunden skickar in sidan i morgon.']);
  });

  it('the date the agent gives when the caller asks "När måste det vara inne?" is the caller’s deadline', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag har fått ett brev om att min ansökan inte är komplett.',
      'agent: Underskriften saknas, så du skriver under och skickar in den igen.',
      'caller: När måste det vara inne?',
      'agent: Senast den fjortonde december.',
    ], '2026-11-27');
    const [task] = followUps(d);
    expect(task).toMatchObject({ text: 'Kunden skriver under och skickar in ansökan igen.', followUp: { kind: 'awaitDocument', dueDate: '2026-12-14', preposition: 'by' } });
    expect(task!.segmentIndexes).toEqual([2, 3, 4]);
  });

  it('a condition said verb first, a date of the past and a noun that looks like an order are no tasks', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag ringer om min pappas pension som ska betalas tillbaka.',
      'agent: Din pappa avled den tjugosjätte september, och pension betalas ut till och med den månaden.',
      'agent: Kommer betalningen in senast den första december är allt klart.',
    ], '2026-11-23');
    expect(texts(d, 'followUp')).toEqual([]);
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. I need a certificate of my pension for my landlord.',
      "agent: I'll send you a certificate today. Post usually takes three to five working days.",
    ], '2026-11-02');
    expect(texts(en, 'followUp')).toEqual(['The agent will send the caller a certificate today.']);
  });

  it('"I\'ll do it tonight" dates what the agent just told the caller to do', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hello. My pension didn't come this month.",
      'agent: The account is closed. You need to register the new account yourself on My Pages.',
      "caller: Fine. I'll do it tonight.",
    ], '2026-11-20');
    expect(followUps(d)).toMatchObject([{ text: 'The caller needs to register the new account themselves on My Pages tonight.', followUp: { dueDate: '2026-11-20' } }]);
  });
});

describe('the discourse layer: corrections with "eller", restarts', () => {
  const said = (language: 'sv' | 'en', ...lines: string[]) =>
    statementsOf(utterancesOf(lines.map((text, index) => ({ index, speaker: 'caller' as const, text })), language), language).map((s) => s.text);

  it('"Eller, den andra november" corrects the date said just before; a question after "Eller," corrects nothing', () => {
    expect(said('sv', 'Hon skickade den i slutet av oktober. Eller, den andra november, säger hon nu.')).toEqual(['Hon skickade den den andra november.']);
    expect(said('en', 'I sent it in late October. Or, the second of November, I think.')).toEqual(['I sent it on the second of November.']);
    expect(said('sv', 'Vill du ha det på mejl? Eller, hur vill du ha det?')).toEqual(['Vill du ha det på mejl?', 'Eller, hur vill du ha det?']);
    // The same date said again is a clarification, kept as said.
    expect(said('sv', 'Han flyttade den första november. Eller, kontraktet gäller från första november, flytten var den fjärde.')).toEqual([
      'Han flyttade den första november.',
      'Eller, kontraktet gäller från första november, flytten var den fjärde.',
    ]);
  });

  it('an amount in words is corrected without its unit, keeps the unit said first, and a word resumed in full replaces the broken one', () => {
    expect(said('sv', 'Den nya hyran är femtusen sexhundra. Nej, femtusen åttahundra.')).toEqual(['Den nya hyran är femtusen åttahundra.']);
    expect(said('sv', 'Det är tolvhundra kronor mindre. Nej vänta, det är fjortonhundra.')).toEqual(['Det är fjortonhundra kronor mindre.']);
    expect(said('en', 'My rent is eight thousand. Sorry, nine thousand.')).toEqual(['My rent is nine thousand.']);
    expect(said('sv', 'Hyran går upp med trehundra... trehundrafemtio kronor.')).toEqual(['Hyran går upp med trehundrafemtio kronor.']);
  });

  it('a number that opens a correction replaces the first number of the sentence it corrects', () => {
    expect(said('en', 'I worked in Sweden from eighty-four to ninety-two. Actually no, eighty-five, I got there in January.')).toEqual([
      'I worked in Sweden from eighty-five to ninety-two.',
    ]);
    expect(said('sv', 'Vi var tre syskon. Nej förresten, fyra.')).toEqual(['Vi var fyra syskon.']);
  });

  it('"Jag läste fel" / "I misread it" makes the caller’s next sentence correct the value they gave; an echoed question is no statement', () => {
    const turns = (language: 'sv' | 'en', lines: ['agent' | 'caller', string][]) =>
      statementsOf(utterancesOf(lines.map(([speaker, text], index) => ({ index, speaker, text })), language), language).map((s) => s.text);
    expect(
      turns('sv', [
        ['caller', 'Dödsboet ska betala tillbaka fjortontusen åttahundratrettio kronor.'],
        ['agent', 'Har du hans personnummer?'],
        ['caller', 'Ja. Vi anmälde dödsfallet direkt. Begravningsbyrån sköter det. Det är inte vårt fel.'],
        ['agent', 'Beloppet är fjortontusen trehundraåttio.'],
        ['caller', 'Trehundraåttio? Jag läste fel, då. Fjortontusen trehundraåttio.'],
      ]).filter((t) => /tusen|Trehundra/u.test(t)),
    ).toEqual(['Dödsboet ska betala tillbaka fjortontusen trehundraåttio kronor.', 'Beloppet är fjortontusen trehundraåttio.', 'Trehundraåttio?']);
    expect(
      turns('en', [
        ['caller', 'The letter says I owe eight thousand kronor.'],
        ['agent', 'It is six thousand.'],
        ['caller', 'I misread it. Six thousand.'],
      ]),
    ).toEqual(['The letter says I owe six thousand kronor.', 'It is six thousand.']);
  });

  it('"Min man har... han gick bort" is said once, with the person', () => {
    expect(withoutFillers('Min man har... han gick bort nu i oktober.', 'sv')).toBe('Min man gick bort nu i oktober.');
    expect(withoutFillers('My wife has... she went into a care home.', 'en')).toBe('My wife went into a care home.');
  });

  it('a pronoun after a preposition is no restart ("apply for it, it is not paid automatically")', () => {
    expect(withoutFillers("You need to apply for it, it isn't paid automatically.", 'en')).toBe("You need to apply for it, it isn't paid automatically.");
    expect(withoutFillers("I'm, I'm thinking about it.", 'en')).toBe("I'm thinking about it.");
  });
});

describe('a call through an interpreter', () => {
  it('what the interpreter reports is the customer’s own statement, and the agent’s "hon" is the customer', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag är tolk och tolkar för [NAMN] som sitter bredvid mig.',
      'agent: Välkomna. Vad gäller det?',
      'caller: Hon säger att hon har fått ett beslut om garantipension och hon förstår inte varför det är så lite.',
      'agent: Hon kan ansöka om bostadstillägg, det gör man på en blankett.',
      'caller: Hon läser inte så bra svenska, så jag eller hennes son hjälper henne med blanketten.',
    ]);
    // (The call's interpreter said beside the errand, round 53.)
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett beslut om garantipension och hen förstår inte varför det är så lite. Samtalet fördes via tolk.']);
    expect(d.text).toContain('Kunden kan ansöka om bostadstillägg');
    expect(d.text).toContain('tolken eller kundens son hjälper hen');
    expect(d.text).not.toMatch(/Kunden är tolk/);
  });
});

describe('what the agent notes in the case', () => {
  // (Round 79: kept as the agent's step done in the call, a follow-up on the call's day, as the newer references list it.)
  it('"Jag noterar att du är missnöjd" / "I\'ll note that you are unhappy" is kept as the agent’s action', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag har fått ett återkrav och jag tycker det är dåligt skött.',
      'agent: Jag noterar att du är missnöjd.',
    ]);
    expect(texts(sv, 'followUp')).toEqual(['Handläggaren noterar att kunden är missnöjd.']);
    expect(sv.sections.find((x) => x.key === 'followUp')?.sentences[0]?.followUp?.dueDate).toBe('2026-03-09');
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hello. I got a repayment letter and I think this is badly handled.',
      "agent: I'll note that you are unhappy with it.",
    ]);
    expect(texts(en, 'followUp')).toEqual(['The agent will note that the caller is unhappy with it.']);
  });
});

describe('who is calling', () => {
  it('a caller in a role of their own is named by it in the errand line', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag heter [NAMN] och är socialsekreterare. Jag ringer angående en klient som har sökt bostadstillägg.',
      'agent: Vad gäller det?',
    ]);
    // (Round 75: the client is the customer, the social secretary the caller, named once by their role.)
    expect(texts(sv, 'reason')).toEqual(['Kundens socialsekreterare ringer angående kunden som har sökt bostadstillägg.']);
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Good afternoon, I'm a solicitor in Dublin. I'd like to know how my client applies for survivor's pension.",
    ]);
    expect(texts(en, 'reason')).toEqual(["The caller, a solicitor, would like to know how their client applies for survivor's pension."]);
  });
});
