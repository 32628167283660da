import type { JournalDraft } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { isFragment } from './fragments.js';
import { indirectQuestion } from './indirect.js';
import { toThirdPerson } from './register.js';
import { withoutSpokenStyle } from './spoken.js';
import { draft, texts, sentence } from './testing/drafts.js';

/**
 * Issue 14, fifth round: "Kunden uppgav" as a caseworker writes it. Each mechanism is shown on
 * sentences of its kind (not on a call of a tuning set).
 */

describe('a fragment: a sentence with no finite verb', () => {
  it('tells a fragment from a clause', () => {
    expect(isFragment('Femtonde mars.', 'sv')).toBe(true);
    expect(isFragment('Ungefär tvåtusen kronor i månaden.', 'sv')).toBe(true);
    expect(isFragment('Senast den tjugonde april.', 'sv')).toBe(true);
    expect(isFragment('Maybe three or four weeks.', 'en')).toBe(true);
    expect(isFragment('Det görs skriftligt.', 'sv')).toBe(false);
    expect(isFragment('Sjukpenning handläggs av Försäkringskassan, inte av oss.', 'sv')).toBe(false);
    expect(isFragment('Hyran är högre nu.', 'sv')).toBe(false);
    expect(isFragment('Pengarna betalades ut i går.', 'sv')).toBe(false);
    expect(isFragment('You choose the month on the form.', 'en')).toBe(false);
    expect(isFragment('The money arrived yesterday.', 'en')).toBe(false);
  });
});

describe('"Kunden uppgav": a fragment stands only with its question or the statement it goes on from', () => {
  it('joins the caller’s short answer with the agent’s question', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag ska flytta till Spanien och undrar vad som händer med min pension.',
      'agent: När flyttar du?',
      'caller: Femtonde april.',
      'agent: Då behöver du anmäla flytten till Skatteverket.',
    ]);
    // Round 8b: a "when" question answered by a date is written as the statement the two make.
    expect(texts(d, 'callerSaid')).toContain('Kunden flyttar den 15 april.');
    expect(sentence(d, 'callerSaid', 'Kunden flyttar den 15 april.')?.segmentIndexes).toEqual([2, 3]);
  });

  it('joins the answer past a yes ("Ja, jag har. Nittonhundra kronor.") with the question', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag ska flytta till Spanien och undrar vad som händer med min pension.',
      'agent: Har någon av er bostadstillägg?',
      'caller: Ja, jag har. Ungefär nittonhundra kronor i månaden.',
      'agent: Bostadstillägget upphör när du flyttar utomlands.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('På frågan om någon av dem har bostadstillägg svarade kunden: ungefär 1 900 kronor i månaden.');
  });

  it('writes the agent’s short answer with the caller’s question', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, I need to apply for my pension from abroad.',
      'agent: I will post you the application form.',
      'caller: How long does the post take?',
      'agent: Probably two to three weeks.',
    ]);
    expect(texts(d, 'agentActions')).toContain('Asked how long the post takes, the agent said: probably two to three weeks.');
  });

  it('leaves out a fragment that answers no question and goes on from nothing: an echo, a value read back', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har fått ett brev om att min garantipension blir lägre från januari.',
      'agent: Garantipensionen minskar från tvåtusen trehundra till ettusen åttahundra kronor.',
      'caller: Tvåtusen tre... och åttahundra. Jaha.',
      'agent: Okej, ettusen åttahundra.',
    ]);
    const all = [...texts(d, 'callerSaid'), ...texts(d, 'agentActions')];
    expect(all.some((t) => /^(?:Tvåtusen|Okej|1 800\.)/u.test(t))).toBe(false);
    expect(texts(d, 'agentActions')).toContain('Garantipensionen minskar från 2 300 till 1 800 kronor.');
  });

  it('writes a value that goes on from the speaker’s own statement into it', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag undrar varför min pensionsprognos har blivit lägre.',
      'agent: Vad står det i prognosen?',
      'caller: Den var lägre i år än förra året. Nästan tusen kronor lägre i månaden.',
      'agent: Prognosen bygger på antaganden om tillväxt.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('Den var lägre i år än förra året, nästan 1 000 kronor lägre i månaden.');
  });

  it('keeps the amount told right after what the errand is, in the errand line', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har fått ett brev här.',
      'agent: Vad står det i brevet?',
      'caller: Att jag ska betala tillbaka pension. Tjugotre tusen kronor.',
      'agent: Du har fått för mycket utbetalt.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett brev om att hen ska betala tillbaka pension, 23 000 kronor.']);
  });
});

describe('a reported question keeps its subject whole', () => {
  it('"någon av er" and "your wife" are the subject, not a verb', () => {
    expect(indirectQuestion('Har någon av er bostadstillägg?', 'sv')).toBe('om någon av er har bostadstillägg');
    expect(indirectQuestion('When did your wife move to the care home?', 'en')).toBe('when your wife moved to the care home');
    expect(indirectQuestion('Har du själv valt fonder?', 'sv')).toBe('om du själv har valt fonder');
  });
});

describe('Uppföljning: what the agency does once something has come in', () => {
  it('a payment or a decision after a document arrives is the agency’s task, with no date counted from the call', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min pension har inte kommit den här månaden.',
      'agent: Den är stoppad eftersom levnadsintyget saknas. Så fort intyget är här betalas pensionen ut inom en vecka.',
    ]);
    const task = sv.sections.find((s) => s.key === 'followUp')!.sentences;
    expect(task.map((s) => s.text)).toEqual(['Så fort intyget är här betalas pensionen ut inom en vecka.']);
    expect(task[0]!.followUp).toEqual({ kind: 'other' });
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, my application is missing a signature.',
      'agent: Once we have the signed page, we will decide on your housing supplement.',
    ]);
    expect(texts(en, 'followUp')).toEqual(['Once the agency has the signed page, the agency will decide on the caller’s housing supplement.'.replace('’', "'")]);
    expect(en.sections.find((s) => s.key === 'followUp')!.sentences[0]!.followUp?.kind).toBe('decision');
  });

  it('a standing rule about what happens when something changes is still no task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag undrar hur det fungerar med bostadstillägget.',
      'agent: När du fyller sextiofem varje år räknas det om.',
    ]);
    expect(texts(d, 'followUp')).toEqual([]);
  });
});

describe('Uppföljning: the task the agent promises, once', () => {
  const tasks = (d: JournalDraft) => d.sections.find((s) => s.key === 'followUp')!.sentences;

  it('an offer to send is a task, though it tells what the caller can then do', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, my housing supplement went down and I never got a decision.',
      'agent: I can send you a copy of the decision today, so you can see the calculation.',
    ]);
    expect(tasks(d).map((s) => [s.text, s.followUp?.kind, s.followUp?.dueDate])).toEqual([
      ['The agent can send the caller a copy of the decision today, so they can see the calculation.', 'sendDocument', '2026-03-09'],
    ]);
  });

  it('"I\'m sending it today" after the offer dates the offer; a promise with its own object replaces it', () => {
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, I need a statement of my payments for the bank.',
      'agent: I can post a statement of your payments to your address.',
      'caller: Thank you.',
      "agent: I'm sending it today.",
    ]);
    expect(tasks(en).map((s) => [s.text, s.followUp?.dueDate, s.segmentIndexes])).toEqual([
      ["The agent can post a statement of the caller's payments to their address.", '2026-03-09', [2, 4]],
    ]);
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag behöver ett papper på hur mycket pension jag får.',
      'agent: Det kan jag skicka hem till dig med posten.',
      'caller: Tack.',
      'agent: Då skickar jag ett utbetalningsbesked i dag.',
    ]);
    expect(tasks(sv).map((s) => [s.text, s.followUp?.dueDate, s.segmentIndexes])).toEqual([
      ['Handläggaren skickar ett utbetalningsbesked i dag.', '2026-03-09', [2, 4]],
    ]);
  });

  it('a call booked for a day asked as a question is a call-back on that day', () => {
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, nobody called me back about my missing income years.',
      "agent: I'll book a call with a caseworker now. Thursday afternoon, would that work?",
      'caller: Thursday, fine.',
    ]);
    expect(tasks(en).map((s) => [s.text, s.followUp?.kind, s.followUp?.dueDate])).toEqual([
      ['The agent will book a call with a caseworker on Thursday afternoon.', 'callBack', '2026-03-12'],
    ]);
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, ingen har ringt tillbaka om mina inkomstår.',
      'agent: Jag bokar ett samtal med en handläggare. Torsdag eftermiddag, passar det?',
      'caller: Ja.',
    ]);
    expect(texts(sv, 'followUp')).toEqual(['Handläggaren bokar ett samtal med en handläggare på torsdag eftermiddag.']);
  });

  it('a request said politely is the caller’s task, agreed to and dated by the answer to "when do you need them?"', () => {
    const d = draft(
      'en',
      [
        'agent: Pensions Agency, Sam speaking.',
        'caller: Hi, my income pension forecast is missing two years.',
        'agent: It would also help if you could send us payslips from those years.',
        'caller: I have some tax statements. I will send them. When do you need them?',
        'agent: By the end of December would be good.',
      ],
      '2026-11-30',
    );
    expect(tasks(d).map((s) => [s.text, s.followUp?.kind, s.followUp?.dueDate, s.followUp?.preposition])).toEqual([
      ['The caller is asked to send the agency payslips from those years.', 'awaitDocument', '2026-12-31', 'by'],
    ]);
  });
});

describe('Uppföljning: the caller’s part and the agent’s offer asked as a question', () => {
  const tasks = (d: JournalDraft) => d.sections.find((s) => s.key === 'followUp')!.sentences;

  it('"Jag skickar en blankett. Den fyller du i och skickar tillbaka." is two tasks, the second the caller’s', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min man har gått bort och jag undrar om jag kan få omställningspension.',
      'agent: Jag skickar hem en ansökningsblankett till dig i dag. Den fyller du i och skickar tillbaka.',
    ]);
    expect(tasks(d).map((s) => [s.text, s.followUp?.kind])).toEqual([
      ['Handläggaren skickar hem en ansökningsblankett till kunden i dag.', 'sendDocument'],
      ['Kunden fyller i ansökningsblanketten och skickar tillbaka.', 'awaitDocument'],
    ]);
  });

  it('the caller’s promise with a few words before the verb ("Jag ska försöka få den underskriven och skicka in den")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag ringer för min mamma som behöver bostadstillägg.',
      'agent: Fullmaktsblanketten finns på vår webbplats.',
      'caller: Okej. Jag ska försöka få den underskriven och skicka in den.',
    ]);
    expect(texts(d, 'followUp')).toEqual(['Den som ringer ska försöka få den underskriven och skicka in fullmaktsblanketten.']); // (Round 61: "kunden" is the person called for, "den som ringer" the caller.)
  });

  it('"Kan jag ringa dig på måndag?" taken by the caller is a call-back promised, written as one', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, det saknas ett år i min prognos.',
      'agent: Kan jag ringa dig på måndag när jag har undersökt det?',
      'caller: Ja, det går bra.',
    ]);
    expect(tasks(sv).map((s) => [s.text, s.followUp?.kind, s.followUp?.dueDate])).toEqual([
      ['Handläggaren ringer kunden på måndag när handläggaren har undersökt det.', 'callBack', '2026-03-16'],
    ]);
    const declined = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, a year is missing from my forecast.',
      'agent: Can I call you back on Monday?',
      "caller: No, I'm away on Monday.",
    ]);
    expect(texts(declined, 'followUp')).toEqual([]);
  });

  it('the caller’s "Nej då skickar jag den i morgon bitti" after the agent’s "Skicka den i morgon" is the same task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har fått ett brev om att min underskrift saknas.',
      'agent: Skriv under sidan fyra. Skicka den i morgon, då hinner den gott.',
      'caller: Nej då skickar jag den i morgon bitti.',
    ]);
    expect(tasks(d).filter((s) => s.followUp?.dueDate === '2026-03-10')).toHaveLength(1);
  });
});

describe('Uppföljning: information that is not a task, and a date counted from another day', () => {
  const tasks = (d: JournalDraft) => d.sections.find((s) => s.key === 'followUp')!.sentences;

  it('what the agency sends to everyone is no task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har inte fått något orange kuvert.',
      'agent: Det orangea kuvertet skickar vi till alla som tjänar in pension.',
    ]);
    expect(texts(d, 'followUp')).toEqual([]);
  });

  it('"inom två månader från att du fick beslutet" is no due date counted from the call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag vill överklaga mitt beslut.',
      'agent: Du skickar in en skriftlig begäran om omprövning inom två månader från att du fick beslutet.',
    ]);
    expect(tasks(d).map((s) => s.followUp?.dueDate)).toEqual([undefined]);
  });

  it('"Då gör jag det i helgen" dates the agent’s instruction given a few turns before', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag vill börja ta ut min pension i mars.',
      'agent: Då ansöker du enklast i e-tjänsten på Mina sidor.',
      'caller: Okej. Och tjänstepensionen, söker man den hos er också?',
      'agent: I ansökan kan du kryssa i att vi meddelar ditt tjänstepensionsbolag.',
      'caller: Jaha, smidigt. Och när kommer första pengarna då?',
      'agent: Pensionen för mars betalas ut runt den tjugonde.',
      'caller: Bra. Ja men då gör jag det i helgen eller så.',
    ]);
    expect(tasks(d).map((s) => [s.text, s.followUp?.dueDate])).toEqual([['Kunden ansöker enklast i e-tjänsten på Mina sidor.', '2026-03-14']]);
  });
});

describe('spoken style never reaches the note', () => {
  it('takes out fillers and hedging particles, and writes the written forms', () => {
    expect(withoutSpokenStyle('Jag har ju bara min lilla pension, liksom.', 'sv')).toBe('Jag har bara min lilla pension.');
    expect(withoutSpokenStyle('Nå, vi har räknat på det ändå.', 'sv')).toBe('Vi har räknat på det ändå.');
    expect(withoutSpokenStyle('Det står nåt fel och dom svarar inte.', 'sv')).toBe('Det står något fel och de svarar inte.');
    expect(withoutSpokenStyle('Jag ringer dom direkt.', 'sv')).toBe('Jag ringer dem direkt.');
    expect(withoutSpokenStyle('Jag har varit sjukskriven sen augusti.', 'sv')).toBe('Jag har varit sjukskriven sedan augusti.');
    expect(withoutSpokenStyle('Vilken typ av blankett är det?', 'sv')).toBe('Vilken typ av blankett är det?');
    expect(withoutSpokenStyle('It is a terrible system, honestly, nobody tells you anything.', 'en')).toBe('It is a terrible system, nobody tells you anything.');
    expect(withoutSpokenStyle("I'm, honestly, I'm a bit worried now.", 'en')).toBe("I'm a bit worried now.");
    expect(withoutSpokenStyle('Förlåt, jag, min man dog för tre veckor sen och jag vet inte vad jag ska, vad man ska göra.', 'sv')).toBe(
      'Min man dog för tre veckor sedan och jag vet inte vad man ska göra.',
    );
    expect(withoutSpokenStyle('I just want someone to actually look at this.', 'en')).toBe('I want someone to look at this.');
    expect(withoutSpokenStyle('So I have been transferred three times.', 'en')).toBe('I have been transferred three times.');
  });

  it('a clause broken off and begun again keeps only the new one, and a subject said twice is said once', () => {
    expect(withoutSpokenStyle('Fullmakt... vi har pratat om det men den är inte gjord.', 'sv')).toBe('Vi har pratat om det men den är inte gjord.');
    expect(withoutSpokenStyle('Hon får, vänta... hon säger fyratusen niohundra.', 'sv')).toBe('Hon säger fyratusen niohundra.');
    expect(withoutSpokenStyle('Jag funderar på att ta ut pension och jag, ja, jag vill kolla hur det går till.', 'sv')).toBe(
      'Jag funderar på att ta ut pension och jag vill kolla hur det går till.',
    );
  });

  it('in the note: "Kunden uppger att …" carries no "nå" and no "ju"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, vi ska flytta till Portugal och jag undrar vad som händer med pensionen.',
      'agent: Inkomstpensionen fortsätter som vanligt.',
      'caller: Nå, vi har ju räknat på det ändå, det blir billigare där nere.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('Kunden uppger att de har räknat på det ändå, det blir billigare där nere.');
  });
});

describe('English written out', () => {
  it('"mother\'s here" is "mother is here"; a possessive stays', () => {
    expect(toThirdPerson("My mother's here on the speaker.", 'caller', 'en')).toBe("The caller's mother is here on the speaker.");
    expect(toThirdPerson("My mother's pension is lower.", 'caller', 'en')).toBe("The caller's mother's pension is lower.");
  });
});

describe('"Kunden uppgav" and the errand say a thing once', () => {
  it('what comes next ("Sen upphör den.") goes with the agent’s statement it follows', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min man har gått bort och jag undrar om jag kan få omställningspension.',
      'agent: Omställningspension betalas under tolv månader till den som är under sextiofem.',
      'caller: Tolv månader. Och sen då?',
      'agent: Sen upphör den.',
    ]);
    expect(texts(d, 'agentActions')).toContain('Omställningspension betalas under 12 månader till den som är under 65, sedan upphör den.');
  });

  it('a problem told with the event in the errand line is not repeated under "Kunden uppgav"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Min man har flyttat till ett äldreboende. Jag vet inte hur jag ska klara hyran.',
      'agent: Då kan du ha rätt till mer bostadstillägg.',
    ]);
    const line = texts(d, 'reason')[0]!;
    expect(line).toContain('klara hyran');
    expect(texts(d, 'callerSaid').some((t) => t.includes('klara hyran'))).toBe(false);
  });

  it('a short answer to the caller’s question is written with the question reported', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min hyra har höjts och jag har bostadstillägg.',
      'agent: Då behöver vi en anmälan om ändrade förhållanden.',
      'caller: Kan man inte göra det på telefon?',
      'agent: Vi behöver underlaget.',
    ]);
    expect(texts(d, 'agentActions')).toContain('På frågan om man inte kan göra det på telefon svarade handläggaren: myndigheten behöver underlaget.');
  });
});

describe('the errand line: what the caller wants, past talk about the call', () => {
  it('"Jag har fått ett brev här." takes what the letter says, past "Från er.", the caller’s "Vänta …" and the agent’s "Ingen brådska."', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Ja, hallå. Jag har fått ett brev här. Från er. Vänta, jag ska bara ta på mig glasögonen.',
      'agent: Ingen brådska.',
      'caller: Så. Här står det att min ansökan inte är komplett.',
      'agent: Då tittar jag på det.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett brev om att hens ansökan inte är komplett.']);
  });

  it('"Jag har flera saker, jag skrev upp dem" is no errand; the first thing is', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej. Jag har flera saker, jag skrev upp dem här på en lapp.',
      'agent: Ta den tid du behöver.',
      'caller: Först, jag ska flytta till en mindre lägenhet och undrar vad jag ska anmäla.',
    ]);
    expect(texts(d, 'reason')[0]).toMatch(/^Kunden ska flytta till en mindre lägenhet/u);
  });

  it('"My Swedish pension, it\'s less every month" names its subject, and "my Swedish pension" is no talk about the call', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam speaking.',
      "caller: Hi, I'm calling from Minnesota. My Swedish pension, it's less every month.",
      'agent: It is paid in kronor and converted to dollars.',
    ]);
    expect(texts(d, 'reason')).toEqual(["The caller's Swedish pension is less every month."]);
  });
});

describe('a corrected range', () => {
  it('"2003 to 2005 … No, 2003 to 2006" keeps the corrected range', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam speaking.',
      'caller: My forecast is missing years. 2003 to 2005, when I worked through a staffing agency. No, 2003 to 2006, I stayed until 2006.',
      'agent: May I have your personal identity number?',
    ]);
    expect(d.text).toContain('2003 to 2006');
    expect(d.text).not.toContain('2005');
  });
});

describe('a question said with what it is about first', () => {
  it('"Vittne, kan det vara min granne?" is reported as the question after the comma', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag bor i Portugal och min pension har inte kommit.',
      'agent: Levnadsintyget ska skrivas under inför ett vittne.',
      'caller: Vittne, kan det vara min granne?',
      'agent: Det går bra med någon som inte är släkt med dig.',
    ]);
    expect(texts(d, 'agentActions')).toContain('På frågan om det kan vara kundens granne svarade handläggaren: det går bra med någon som inte är släkt med kunden.');
  });

  it('English written out: "she\'d" is "she would", "daughter\'s welcome" is "daughter is welcome"', () => {
    expect(toThirdPerson("My daughter's welcome to call, but she'd need a power of attorney.", 'caller', 'en')).toBe(
      "The caller's daughter is welcome to call, but she would need a power of attorney.",
    );
  });
});

describe('Uppföljning: a payment promised, and a promise with the sending at its end', () => {
  const tasks = (d: JournalDraft) => d.sections.find((s) => s.key === 'followUp')!.sentences;

  it('"Då gör jag en ny utbetalning. Pengarna kommer på fredag." is the agency’s payment on Friday', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min pension har inte kommit den här månaden.',
      'agent: Den kom tillbaka, kontot var avslutat. Ett nytt konto registrerades i fredags.',
      'agent: Då gör jag en ny utbetalning till det nya kontot. Pengarna kommer på fredag.',
    ]);
    expect(tasks(d).map((s) => [s.text, s.followUp?.dueDate])).toEqual([
      ['Handläggaren gör en ny utbetalning till det nya kontot. Pengarna kommer på fredag.', '2026-03-13'],
    ]);
  });

  it('"Då hjälper jag henne med ansökningarna på måndag och skickar in dem" is the caller’s task on Monday', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag är socialsekreterare och ringer om en klient som kan ha rätt till garantipension.',
      'agent: Blanketterna finns på webbplatsen, och hon skriver under själv.',
      'caller: Bra. Då hjälper jag henne med ansökningarna på måndag och skickar in dem.',
    ]);
    expect(tasks(d).map((s) => [s.text, s.followUp?.dueDate])).toEqual([
      ['Kunden hjälper klienten med ansökningarna på måndag och skickar in dem.', '2026-03-16'],
    ]);
  });
});

describe('an answer said as a clause, and "Eller" left from a correction', () => {
  it('"Att de utreder min folkbokföring." is written with the question it answers, or reported', () => {
    const asked = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har fått ett brev från Skatteverket och blir orolig.',
      'agent: Vad står det i brevet?',
      'caller: Att de utreder min folkbokföring.',
    ]);
    expect(texts(asked, 'callerSaid')).toContain('På frågan vad det står i brevet svarade kunden: att de utreder hens folkbokföring.');
    const alone = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har fått ett brev från Skatteverket och blir orolig.',
      'agent: Jag förstår.',
      'caller: Att de utreder min folkbokföring och att jag ska svara senast i december.',
    ]);
    expect(texts(alone, 'callerSaid')).toContain('Kunden uppger att de utreder hens folkbokföring och att hen ska svara senast i december.');
  });

  it('a leading "Eller" is no part of the note', () => {
    expect(withoutSpokenStyle('Eller, kontraktet gäller från första november.', 'sv')).toBe('Kontraktet gäller från första november.');
    expect(withoutSpokenStyle('Eller han lämnade in den tolfte.', 'sv')).toBe('Han lämnade in den tolfte.');
  });
});

describe('a caller’s fragment with nowhere to go', () => {
  it('is left out, value and all ("Ungefär åttatusen kronor i månaden för rummet.")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min mamma har flyttat till ett äldreboende och jag undrar om hon kan få bostadstillägg.',
      'agent: Då behöver vi hyresavtalet för boendet.',
      'caller: Okej. Ungefär åttatusen kronor i månaden för rummet.',
    ]);
    expect(texts(d, 'callerSaid').some((t) => /8 000/u.test(t))).toBe(false);
  });
});

describe('the agent’s confirmation and request said without a verb', () => {
  it('"Februari 2027." after the caller’s "februari" is written as the agent confirming it', () => {
    const en = draft('en', [
      'agent: Swedish Pensions Agency, Sam speaking.',
      "caller: I'm moving to Ireland. In February, the flat isn't ready until February.",
      'agent: February 2027. Can I have your personal identity number?',
    ]);
    expect(texts(en, 'agentActions')).toContain('The agent confirmed: February 2027.');
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag fick restskatt och vill att ni drar mer skatt på min pension.',
      'agent: Det vi kan göra är att dra ett extra skatteavdrag varje månad, ett fast belopp utöver tabellen.',
      'caller: Ja men gör det då. Tusen kronor. Nej vänta, ta femtonhundra. Femtonhundra i månaden.',
      'agent: Femtonhundra kronor extra i månaden. Då lägger jag in det nu och det gäller från januariutbetalningen.',
    ]);
    expect(texts(sv, 'agentActions')).toContain('Handläggaren bekräftade: 1 500 kronor extra i månaden.');
  });

  it('"Gärna en kopia av slutskattebeskedet om du har det kvar." is the caller’s task', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, det saknas ett år i min prognos. Ska jag skicka något?',
      'agent: Gärna en kopia av slutskattebeskedet för 2019 om du har det kvar.',
    ]);
    const task = d.sections.find((s) => s.key === 'followUp')!.sentences;
    expect(task.map((s) => [s.text, s.followUp?.kind])).toEqual([
      ['Kunden ombeds skicka en kopia av slutskattebeskedet för 2019 om hen har det kvar.', 'awaitDocument'],
    ]);
  });
});

describe('said once, and a standing rule’s part', () => {
  it('the answer that dates a task ("By the end of December would be good.") is not said again as information', () => {
    const d = draft(
      'en',
      [
        'agent: Pensions Agency, Sam speaking.',
        'caller: Hi, my income pension forecast is missing two years.',
        'agent: It would also help if you could send us payslips from those years.',
        'caller: I have some tax statements. I will send them. When do you need them?',
        'agent: By the end of December would be good.',
      ],
      '2026-11-30',
    );
    expect(texts(d, 'agentActions').some((t) => /end of December/u.test(t))).toBe(false);
  });

  it('"Once a year we\'ll send you a life certificate, and you need to return it" is no task, either part', () => {
    const d = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      "caller: Hi, I'm moving to Ireland in February.",
      "agent: Once a year we'll send you a life certificate to confirm you're alive, and you need to return it, otherwise payments stop.",
    ]);
    expect(texts(d, 'followUp')).toEqual([]);
  });

  it('"So first, you report the move" starts with what is said', () => {
    expect(withoutSpokenStyle('So first, you report the move to Skatteverket.', 'en')).toBe('You report the move to Skatteverket.');
  });
});

describe('English: a verb after "and" agrees with the same subject', () => {
  it('"I just open the draft and send it" is "the caller opens the draft and sends it"; "will … and send" stays', () => {
    expect(toThirdPerson('When the service works, I open the draft and send it.', 'caller', 'en')).toBe(
      'When the service works, the caller opens the draft and sends it.',
    );
    expect(toThirdPerson('I will open the draft and send it.', 'caller', 'en')).toBe('The caller will open the draft and send it.');
    expect(toThirdPerson('I opened the draft and sent it.', 'caller', 'en')).toBe('The caller opened the draft and sent it.');
  });
});

describe('a noun that looks like an order', () => {
  it('"Post to Thailand usually takes one to three weeks" is information, not a task', () => {
    expect(toThirdPerson('Post to Thailand usually takes one to three weeks.', 'agent', 'en')).toBe('Post to Thailand usually takes one to three weeks.');
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam speaking.',
      'caller: Hi, I need a statement of my payments for my visa.',
      'agent: Post to Thailand usually takes one to three weeks, so it should arrive in time.',
    ]);
    expect(texts(d, 'followUp')).toEqual([]);
  });
});

describe('a short date after an event', () => {
  it('"Jag bytte ju bank. I oktober. Nej, det var i september" is "Kunden bytte bank, i september"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min pension har inte kommit den här månaden.',
      'agent: Utbetalningen har kommit tillbaka till oss, kontot var avslutat.',
      'caller: Avslutat? Ja, ja, jag bytte ju bank. I oktober. Nej, det var i september jag bytte.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('Kunden bytte bank, i september.');
  });

  it('goes with no state ("My daughter lives in Cork. In February.")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam speaking.',
      "caller: I'm retired and I'm moving to Ireland. My daughter lives in Cork. In February.",
      'agent: Then you need to report the move.',
    ]);
    expect(d.text).not.toMatch(/Cork, in February/u);
  });
});

describe('a value with the statement just before it, and a question said in two parts', () => {
  it('"Now she also pays for her room there. Eight thousand for the room." is one sentence', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam speaking.',
      'caller: My wife has gone into a care home and I do not know how I will manage the rent.',
      'agent: Do you get housing supplement today?',
      'caller: Yes, we get it together, for the flat. But now she also pays for her room there. Eight thousand for the room.',
    ]);
    expect(texts(d, 'callerSaid').some((t) => /pays for her room there, 8 000 for the room\.$/u.test(t))).toBe(true);
  });

  it('not when both say a number ("Hon kom nittiosju. … nittioåtta, i augusti nittioåtta")', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag undrar varför min garantipension är så låg.',
      'agent: När kom du till Sverige?',
      'caller: Jag kom hit nittiosju med min familj. Nittioåtta, i augusti nittioåtta.',
    ]);
    expect(d.text).not.toMatch(/97, 98/u);
  });

  it('"Och hur gör jag, ansöker?" is reported from the part before the comma', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag vill börja ta ut pension från mars.',
      'agent: Det går bra.',
      'caller: Och hur gör jag, ansöker?',
      'agent: Enklast på Mina sidor med BankID.',
    ]);
    expect(texts(d, 'agentActions')).toContain('På frågan hur kunden gör svarade handläggaren: enklast på Mina sidor med BankID.');
  });
});
