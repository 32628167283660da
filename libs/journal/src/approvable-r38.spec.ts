import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { draft, noteText, section } from './testing/drafts.js';

const u = (segmentIndex: number, text: string) => ({ segmentIndex, speaker: 'caller' as const, text, words: [], isQuestion: false });

// Round 38, from tuning set 33 (plans corrected in other words, acts given to someone else, days told from today).
// Sentences written for these tests, not from any eval set.

const followUps = (d: ReturnType<typeof draft>) => section(d, 'followUp');

describe('a plan corrected from one day told from today to another ("tonight... no, tomorrow morning")', () => {
  it('the task keeps the day meant, in its text and its due date', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hello. I get housing allowance and my income has gone down. I should tell you.',
      'agent: Yes. You can change your income on Mina sidor.',
      'caller: I\'ll do it tonight... no, tomorrow morning, I want my payslip in front of me.',
      'agent: That\'s fine. Then we\'ll make a new decision.',
      'caller: Thanks.',
    ], '2031-03-10');
    const task = followUps(d).find((s) => /income on Mina sidor/u.test(s.text));
    expect(task?.text).toMatch(/tomorrow morning/u);
    expect(task?.followUp?.dueDate).toBe('2031-03-11');
    expect(noteText(d)).not.toMatch(/tonight/u);
  });

  it('in Swedish too: "i kväll... nej, i morgon förmiddag"', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hej. Jag har bostadsbidrag och min inkomst har gått ner. Jag måste väl anmäla det.',
      'agent: Ja. Du kan ändra inkomsten på Mina sidor.',
      'caller: Jag gör det i kväll... nej, i morgon förmiddag, jag vill ha lönespecen framför mig.',
      'agent: Det går bra. Sedan fattar vi ett nytt beslut.',
      'caller: Tack.',
    ], '2031-03-10');
    const task = followUps(d).find((s) => /inkomsten på Mina sidor/u.test(s.text));
    expect(task?.text).toMatch(/i morgon förmiddag/u);
    expect(task?.followUp?.dueDate).toBe('2031-03-11');
    expect(noteText(d)).not.toMatch(/i kväll/u);
  });
});

describe('an act given to someone else in a clause said in full ("actually, no, my neighbour will post it")', () => {
  it('the neighbour posts it on the day said, not the caller tomorrow', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. You wrote that you need my bank statements.',
      'agent: Yes, for your housing supplement. Statements for all your accounts.',
      'caller: I\'ll post them tomorrow... actually, no, my neighbour will post them for me on Thursday when he goes to the shop.',
      'agent: That\'s fine. They need to reach us by the end of the month.',
      'caller: Good. Thank you.',
    ], '2031-03-10'));
    expect(text).toMatch(/neighbour will post them for (?:me|the caller|them) on Thursday/u);
    expect(text).not.toMatch(/post them tomorrow/u);
  });

  it('in Swedish: "nej förresten, min granne postar dem på torsdag"', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Ni skrev att ni behöver mina kontoutdrag.',
      'agent: Ja, för bostadstillägget. Utdrag för alla dina konton.',
      'caller: Jag postar dem i morgon... nej förresten, min granne postar dem åt mig på torsdag när han ska till affären.',
      'agent: Det går bra. De behöver vara här i slutet av månaden.',
      'caller: Bra. Tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/granne postar dem åt (?:kunden|hen) på torsdag/u);
    expect(text).not.toMatch(/postar dem i morgon/u);
  });

  it('an act already done by another, told with "förra veckan", replaces the plan', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ha pensionen på ett konto i Portugal. Jag ska öppna ett konto där i maj... nej förresten, min son har redan öppnat ett åt mig förra veckan.',
      'agent: Då skickar jag en blankett för utländskt konto i dag.',
      'caller: Tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/son har redan öppnat ett åt (?:kunden|hen) förra veckan/u);
    expect(text).not.toMatch(/öppna ett konto där i maj/u);
  });
});

describe('a day given up for a reason and replaced ("tomorrow... oh, tomorrow\'s the national day. Wednesday then.")', () => {
  it('the plan takes the new day; the reason is no day of the plan', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. The form is filled in and signed. I\'ll post it tomorrow... oh, tomorrow\'s a bank holiday. Friday then.',
      'agent: Friday is fine.',
      'caller: Thanks.',
    ], '2031-03-10');
    const text = noteText(d);
    expect(text).toMatch(/post (?:it|the form) on Friday/u);
    expect(text).not.toMatch(/post (?:it|the form) tomorrow/u);
  });

  it('in Swedish: "Fredag då."', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Blanketten är ifylld. Jag skickar den i morgon. Nej, i morgon är det ju helgdag. Fredag då.',
      'agent: Fredag går bra.',
      'caller: Tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/(?:postar|skickar) (?:den|blanketten) på fredag/u);
    expect(text).not.toMatch(/postar den i morgon/u);
  });

  it('"nej, i morgon är det …" said about the day is no correction to "i morgon"', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag undrar över mitt beslut om bostadstillägg.',
      'agent: Jag frågar den som har ärendet och ringer dig... på torsdag, nej, i morgon är det en helgdag.',
      'caller: Okej, tack.',
    ], '2031-03-10'));
    expect(text).not.toMatch(/ringer kunden i morgon/u);
  });
});

describe('a sentence broken off and said again in full', () => {
  it('"Du kan ringa mig... nej, jag ringer dig på fredag" corrects no day of the sentence before', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har inte fått något beslut om min garantipension.',
      'agent: Jag skriver en anteckning och skickar ett brev i dag om vad vi behöver. Du kan ringa mig... nej, jag ringer dig på fredag och hör hur det går.',
      'caller: Tack.',
    ], '2031-03-10');
    const tasks = followUps(d).map((s) => `${s.text} ${s.followUp?.dueDate ?? ''}`).join(' | ');
    expect(tasks).toMatch(/brev i dag/u);
    expect(tasks).toMatch(/ringer kunden på fredag/u);
    expect(noteText(d)).not.toMatch(/brev på fredag/u);
  });

  it('"I can try to... no, I\'m sorry, I can\'t promise a date": the apology goes, the information stays', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. When will I get the decision on my housing supplement?',
      'agent: I can try to... no, I\'m sorry, I can\'t promise a date for the decision. Processing times are long right now.',
      'caller: Okay.',
    ], '2031-03-10'));
    expect(text).toMatch(/cannot promise a date for the decision|can't promise a date for the decision/u);
    expect(text).not.toMatch(/try to/u);
  });
});

describe('days corrected within a correction that goes on', () => {
  it('a day in a clause added after the corrected number is not the day corrected', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My wife died in March, and our son is fifteen, no, sixteen, he turned sixteen last week. Does he get a child\'s pension?',
      'agent: I\'m sorry for your loss. Yes, it starts automatically for children under eighteen.',
      'caller: Thanks.',
    ], '2031-06-10'));
    expect(text).toMatch(/died in March/u);
    expect(text).not.toMatch(/died (?:in )?last week/u);
  });

  it('weekdays correct the weekdays, not the week they were in', () => {
    const text = noteText(draft('sv', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hej. Jag har fått betalt för fel dagar. Jag var hemma med min son måndag och tisdag förra veckan, nej, onsdag och torsdag.',
      'agent: Då rättar jag det.',
      'caller: Tack.',
    ], '2031-03-10'));
    expect(text).toMatch(/onsdag och torsdag förra veckan/u);
    expect(text).not.toMatch(/måndag och tisdag/u);
  });
});

describe('a step someone else takes in the errand is a task to watch', () => {
  it('the neighbour who posts the papers on a day keeps that day; the deadline stays the caller\'s', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. You wrote that you need my bank statements.',
      'agent: Yes, for your housing supplement. We need a copy of your rent notice too.',
      'caller: My son usually does my post, but he is away. My neighbour will post them for me on Thursday.',
      'agent: That\'s fine. They need to reach us by Monday the twenty-fourth of March.',
      'caller: Good. Thank you.',
    ], '2031-03-10');
    const tasks = followUps(d);
    const neighbour = tasks.find((s) => /neighbour will post/u.test(s.text));
    expect(neighbour?.followUp?.dueDate).toBe('2031-03-13');
    expect(tasks.some((s) => s.followUp?.dueDate === '2031-03-24' && s.followUp.preposition === 'by')).toBe(true);
    expect(tasks.map((s) => s.text).join(' ')).not.toMatch(/son/u);
  });

  it('"Banken anmäler det nya kontot till kontoregistret" is the bank\'s step; "anmälde" or "anmäler inte" is none', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har bytt bank och vill att pensionen ska komma till det nya kontot.',
      'agent: Jag ser inget nytt konto än. Banken anmäler det nya kontot till kontoregistret, och därifrån kommer det till oss.',
      'caller: Okej. Tack.',
    ], '2031-03-10');
    expect(followUps(d).map((s) => s.text).join(' ')).toMatch(/^Banken anmäler det nya kontot till kontoregistret/u);
    const past = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min pension kom inte. Min sambo anmälde det nya kontot till er i mars.',
      'agent: Jag ser det. Banken anmäler inte kontot till oss.',
      'caller: Okej.',
    ], '2031-04-10');
    expect(followUps(past).map((s) => s.text).join(' ')).not.toMatch(/sambo anmälde|Banken anmäler inte/u);
  });

  it('"För i dag får din sambo ansöka själv": the partner\'s own application', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hej. Jag har sökt vab för fel dagar. I dag är det min sambo som är hemma.',
      'agent: Då ändrar jag din ansökan nu. För i dag får din sambo ansöka själv.',
      'caller: Okej, tack.',
    ], '2031-03-14');
    expect(followUps(d).map((s) => s.text).join(' ')).toMatch(/kundens sambo ansöka själv/u);
  });

  it('a step told against the caller\'s own ("The employer reports it, but you need …") is how it works, no task', () => {
    const d = draft('en', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hi. I have been off sick for two weeks. Does my employer send you everything?',
      'agent: The employer reports the sick leave, but from day eight you need a medical certificate from your doctor.',
      'caller: Okay, thanks.',
    ], '2031-03-10');
    expect(followUps(d).map((s) => s.text).join(' ')).not.toMatch(/employer reports/u);
  });
});

describe('the errand after an aside in the same opening turn ("Anyway, …", "Men …")', () => {
  it('"Anyway, my pension hasn\'t come." after a remark on the day is the errand', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. What a lovely morning here, the garden is full of birds. Anyway, my pension hasn\'t come this month.',
      'agent: Let me look. It was paid this morning.',
      'caller: Oh, good. Thanks.',
    ], '2031-03-18');
    const reason = section(d, 'reason').map((s) => s.text).join(' ');
    expect(reason).toMatch(/pension has not come|pension hasn't come/u);
    expect(reason).not.toMatch(/birds|lovely/u);
  });

  it('"Men jag kommer inte in på Mina sidor." after what the caller did yesterday is the errand', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Vi var på barnbarnets fotbollsmatch i går, så jag är lite hes. Men jag kommer inte in på Mina sidor.',
      'agent: Hur försöker du logga in?',
      'caller: Med BankID.',
    ], '2031-03-18');
    const reason = section(d, 'reason').map((s) => s.text).join(' ');
    expect(reason).toMatch(/kommer inte in på Mina sidor/u);
    expect(reason).not.toMatch(/fotbollsmatch/u);
  });

  it('a "Men …" sentence after an errand already said is no new errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag vill ansöka om bostadstillägg. Men jag kommer inte in på Mina sidor.',
      'agent: Då skickar jag en blankett.',
      'caller: Tack.',
    ], '2031-03-18');
    expect(section(d, 'reason').map((s) => s.text).join(' ')).toMatch(/bostadstillägg/u);
  });
});

describe('what the caller checks of the agent\'s words is no statement', () => {
  it('"Så jag får ringa banken och tjata, menar du." is not noted as the agency\'s view', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag har bytt bank och pensionen kom till det gamla kontot.',
      'agent: Det är banken som anmäler det nya kontot till kontoregistret, det kan inte jag göra härifrån.',
      'caller: Så jag får ringa banken och tjata, menar du.',
      'agent: Du kan fråga dem om de har skickat anmälan.',
      'caller: Jaha. Hej.',
    ], '2031-03-10'));
    expect(text).not.toMatch(/tjata/u);
  });

  it('"So I just wait, you mean." in English', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. My pension has not come.',
      'agent: It was sent this morning. Some banks show it later in the day.',
      'caller: So I just sit here and wait, you mean.',
      'agent: Yes, it will be there today.',
      'caller: Fine.',
    ], '2031-03-18'));
    expect(text).not.toMatch(/sit here and wait/u);
  });
});

describe('"either … or" in the agent\'s words, told of the caller', () => {
  it('both verbs agree with "the caller"', () => {
    const text = noteText(draft('en', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hi. I get housing allowance. What if I get my income wrong?',
      'agent: Then it\'s adjusted in the reconciliation after the tax assessment, and you either get money back or pay some back.',
      'caller: Okay, thanks.',
    ], '2031-03-10'));
    expect(text).toMatch(/the caller either gets money back or pays some back/iu);
    expect(text).not.toMatch(/eithers/u);
  });
});

describe('a value explained away ("no, wait, that was last year") and the value meant said next', () => {
  it('the value meant takes the first one\'s place; the explanation is no statement', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hi. How much will my pension be this month? It should be 8 700... no, wait, that was last year. 9 050 now.',
      'agent: Yes, 9 050 after tax.',
      'caller: Thanks.',
    ], '2031-03-10'));
    expect(text).not.toMatch(/8 700|that was last year/u);
    const said = statementsOf([u(1, 'It should be 8 700... no, wait, that was last year. 9 050 now.')], 'en').map((x) => x.text);
    expect(said).toEqual(['It should be 9 050 now.']);
  });

  it('in Swedish, with the value meant in the next sentence', () => {
    const d = draft('sv', [
      'agent: Försäkringskassan, Anna.',
      'caller: Hej. Jag har bostadsbidrag och ska anmäla min inkomst. Ungefär trehundratjugotusen... nej, det var förut. Tvåhundranittiotusen nu, efter ändringen.',
      'agent: Tvåhundranittiotusen. Då ändrar du det på Mina sidor.',
      'caller: Tack.',
    ], '2031-03-10');
    const text = noteText(d);
    expect(text).not.toMatch(/320 000|trehundratjugotusen|det var förut/u);
    const said = statementsOf([u(1, 'Hyran är sextusen åtta... nej, det var förut.'), u(1, 'Sextusen niohundra nu.')], 'sv').map((x) => x.text);
    expect(said).toEqual(['Hyran är sextusen niohundra nu.']);
  });
});

describe('"he" after a husband who died and a son named since', () => {
  it('what "he" had is not given to the son', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello. My husband died in March. A payment from you came back.',
      'agent: I\'m sorry. The bank closed the joint account.',
      'caller: I went to the bank yesterday. My son went with me.',
      'agent: Good. You may also be entitled to survivor\'s pension.',
      'caller: He had about sixteen thousand four hundred in pension. Will I get that?',
      'agent: Not the same amount; it is calculated separately.',
    ], '2031-04-10'));
    expect(text).not.toMatch(/son had/u);
  });

  it('in Swedish: "Han hade …" is not the son\'s', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Min man dog i mars. En utbetalning kom tillbaka.',
      'agent: Jag beklagar. Banken stängde det gemensamma kontot.',
      'caller: Jag var på banken i går. Min son följde med.',
      'agent: Bra. Du kan ha rätt till efterlevandepension.',
      'caller: Han hade ungefär sextontusen i pension. Får jag det?',
      'agent: Inte samma belopp, det räknas ut för sig.',
    ], '2031-04-10'));
    expect(text).not.toMatch(/sonen? hade|kundens son hade/iu);
  });
});

describe('"… well, …" after a pause that broke the sentence off', () => {
  it('a rough value made exact: "about fifteen... well, 14 200 exactly"', () => {
    const said = statementsOf([u(1, 'It says about fifteen... well, 14 200 exactly, that\'s what it says on the letter.')], 'en').map((x) => x.text);
    expect(said).toEqual(["It says 14 200 exactly, that's what it says on the letter."]);
  });

  it('a clause said in full: "we moved to... well, we live in Lund now"', () => {
    const said = statementsOf([u(1, 'We moved to... well, we live in Lund now, since the spring.')], 'en').map((x) => x.text);
    expect(said).toEqual(['We live in Lund now, since the spring.']);
  });

  it('not a second value beside the first: "Three eighty... well, three sixty after the fee"', () => {
    const said = statementsOf([u(1, 'Three eighty... well, three sixty after the fee.')], 'en').map((x) => x.text).join(' ');
    expect(said).toMatch(/eighty/u);
  });
});

describe('rain, snow or sunshine told of the place is small talk', () => {
  it('"Lovely sunshine here today" is no statement of the caller', () => {
    const text = noteText(draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Good morning. Lovely sunshine here in [ORT] today. I have a question about my payment.',
      'agent: Of course. It is paid on the eighteenth.',
      'caller: Thanks.',
    ], '2031-05-10'));
    expect(text).not.toMatch(/sunshine/u);
  });

  it('"Det har regnat i tre dagar här uppe." neither', () => {
    const text = noteText(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Det har regnat i tre dagar här uppe. Jag undrar när min pension kommer.',
      'agent: Den kommer den artonde.',
      'caller: Tack.',
    ], '2031-05-10'));
    expect(text).not.toMatch(/regnat/u);
  });
});
