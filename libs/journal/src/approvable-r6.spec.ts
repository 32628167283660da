import type { JournalDraft } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { findDates } from './dates.js';
import { answerWithQuestion } from './fragments.js';
import { indirectQuestion } from './indirect.js';
import { inDigits } from './numbers.js';
import { toThirdPerson } from './register.js';
import { withoutSpokenStyle } from './spoken.js';
import { draft, texts } from './testing/drafts.js';

/**
 * Issue 14, sixth round: what a caseworker reads. Each mechanism is shown on sentences of its
 * kind (not on a call of a tuning set).
 */

describe('spoken style: a clause begun twice is said once', () => {
  it('drops a piece broken off and begun again', () => {
    expect(withoutSpokenStyle('Den har gått ner med, med nästan fyrtiotusen i år.', 'sv')).toBe('Den har gått ner med nästan fyrtiotusen i år.');
    expect(withoutSpokenStyle('Jag undrar om hon, om hon har rätt till bostadstillägg.', 'sv')).toBe('Jag undrar om hon har rätt till bostadstillägg.');
    expect(withoutSpokenStyle('Det står något om BankID, att den är, att den inte är giltig.', 'sv')).toBe('Det står något om BankID, att den inte är giltig.');
    expect(withoutSpokenStyle('Jag... ja, jag har funderat på det länge.', 'sv')).toBe('Jag har funderat på det länge.');
    expect(withoutSpokenStyle('My wife passed away last month, on the, on the eighteenth of October.', 'en')).toBe(
      'My wife passed away last month, on the eighteenth of October.',
    );
    expect(withoutSpokenStyle('It is about, it is about my mother.', 'en')).toBe('It is about my mother.');
  });

  it('keeps a list, a parenthesis and a pronoun that ends one clause and begins the next', () => {
    expect(withoutSpokenStyle('Vi betalade i januari, i februari och i mars.', 'sv')).toBe('Vi betalade i januari, i februari och i mars.');
    expect(withoutSpokenStyle('Du kan ansöka om bostadstillägg och, om det inte räcker, äldreförsörjningsstöd.', 'sv')).toBe(
      'Du kan ansöka om bostadstillägg och, om det inte räcker, äldreförsörjningsstöd.',
    );
    expect(withoutSpokenStyle('You need to apply for it, it is not paid automatically.', 'en')).toBe('You need to apply for it, it is not paid automatically.');
    expect(withoutSpokenStyle('Hur mycket jag får, jag har bott här i tolv år.', 'sv')).toBe('Hur mycket jag får, jag har bott här i tolv år.');
  });

  it('drops a small word left hanging before a pause, and what the speaker took back', () => {
    expect(withoutSpokenStyle('Vi har väntat i... sedan september.', 'sv')).toBe('Vi har väntat sedan september.');
    expect(withoutSpokenStyle('Fick jag kvarskatt på grund av att... ja, nej, ta bort det, jag pratar med Skatteverket i stället.', 'sv')).toBe(
      'Jag pratar med Skatteverket i stället.',
    );
  });

  it('keeps an article before a pause and a word before the speaker changes track ("på... ja, här står")', () => {
    expect(withoutSpokenStyle('My father passed away on the... fourteenth.', 'en')).toBe('My father passed away on the fourteenth.');
    expect(withoutSpokenStyle('Ni har räknat med en norsk pension på... ja, här står ett belopp.', 'sv')).toBe(
      'Ni har räknat med en norsk pension på... ja, här står ett belopp.',
    );
  });

  it('asks with one question word: "undrar om hur mycket" is "undrar hur mycket"', () => {
    expect(withoutSpokenStyle('Han undrar om hur mycket han får.', 'sv')).toBe('Han undrar hur mycket han får.');
  });
});

describe('"Kunden uppgav": a reaction to what the agent said is no fact', () => {
  it('leaves out relief and sarcasm, keeps a reaction that carries an amount', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, min man dog för tre veckor sedan och jag undrar vad jag har rätt till.',
      'agent: Du kan ha rätt till omställningspension. Den betalas i tolv månader.',
      'caller: Det var skönt att höra, jag har inte kunnat tänka klart alls.',
      'caller: Vi hade ett lån på tvåhundratusen kronor tillsammans.',
    ]);
    expect(texts(sv, 'callerSaid').join(' ')).not.toMatch(/skönt att höra|tänka klart/u);
    expect(texts(sv, 'callerSaid').join(' ')).toMatch(/200 000 kronor/u);
    const en = draft('en', [
      'agent: Pensions Agency, Sam speaking.',
      'caller: Hi, I am moving to Ireland in February and I wonder what happens to my pension.',
      'agent: Once a year we send you a life certificate, and you return it to show that you are alive.',
      'caller: Ha, okay, I will make sure I am alive then.',
    ]);
    expect(texts(en, 'callerSaid').join(' ')).not.toMatch(/make sure/u);
  });
});

describe('grammar of the third person in English', () => {
  it('leaves an irregular past alone and agrees a verb after "and"', () => {
    expect(toThirdPerson('I opened the app, but something felt wrong and I hung up.', 'caller', 'en')).toBe(
      'The caller opened the app, but something felt wrong and the caller hung up.',
    );
    expect(toThirdPerson('We never call and ask you to identify yourself with BankID.', 'agent', 'en')).toBe(
      'The agency never calls and asks the caller to identify themselves with BankID.',
    );
  });

  it('keeps the bare verb after a modal and "or", and turns "so am I" round', () => {
    expect(toThirdPerson('You can keep your Swedish account or have it paid to an Irish account.', 'agent', 'en')).toBe(
      'The caller can keep their Swedish account or have it paid to an Irish account.',
    );
    expect(toThirdPerson('He is upset, and so am I.', 'caller', 'en')).toBe('He is upset, and so is the caller.');
  });

  it('reports "Is that even possible?" with its verb after the subject', () => {
    expect(indirectQuestion('Is that even possible?', 'en')).toBe('whether that is even possible');
  });

  it('keeps the capital of a day or a month that answers a question', () => {
    expect(answerWithQuestion('whether that is okay', 'Friday is fine.', 'caller', 'en')).toBe('Asked whether that is okay, the caller said: Friday is fine.');
  });
});

const followUps = (d: JournalDraft) => d.sections.find((s) => s.key === 'followUp')!.sentences;

describe('follow-ups: a deadline said as a month or the turn of the year', () => {
  it('is the last day of that month, due by it; a month named without a deadline stays unresolved', () => {
    expect(findDates('Gärna senast i december.', 'sv', '2026-11-09')).toEqual([{ text: 'senast i december', date: '2026-12-31' }]);
    expect(findDates('Ansök före årsskiftet.', 'sv', '2026-11-09')).toEqual([{ text: 'före årsskiftet', date: '2026-12-31' }]);
    expect(findDates('January at the latest would be good.', 'en', '2026-11-09')).toEqual([{ text: 'January at the latest', date: '2027-01-31' }]);
    expect(findDates('Jag flyttar i maj.', 'sv', '2026-11-09')).toEqual([]);
  });
});

describe('follow-ups: what the agency needs from the caller, and the deadline said after the task', () => {
  it('makes "Då behöver vi en kopia på hyresavin" the caller’s task, dated by the deadline the agent gives next', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hej, min hyra höjs från januari och jag har bostadstillägg.',
        'agent: Då behöver vi en kopia på hyresavin. Den ska ha kommit in till oss senast den femtonde december.',
      ],
      '2026-12-01',
    );
    const task = followUps(d).find((f) => /hyresavin/u.test(f.text));
    expect(task?.text).toMatch(/^Kunden ombeds skicka en kopia på hyresavin\./u);
    expect(task?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-12-15', preposition: 'by' });
    expect(followUps(d)).toHaveLength(1);
  });

  it('dates the caller’s task by "January at the latest" and by a question "within two weeks?", and keeps "I’ll send it" the same task', () => {
    const apply = draft(
      'en',
      [
        'agent: Swedish Pensions Agency, Sam.',
        'caller: I want to take half my pension from April.',
        'agent: Please apply on our website with your e-ID.',
        'caller: So, January?',
        'agent: January at the latest would be good, yes.',
        'caller: Great. I will do it in January then.',
      ],
      '2026-11-24',
    );
    expect(followUps(apply)).toHaveLength(1);
    expect(followUps(apply)[0]?.followUp).toMatchObject({ dueDate: '2027-01-31', preposition: 'by' });
    const send = draft(
      'en',
      [
        'agent: Swedish Pensions Agency, Sam.',
        'caller: My client moved into a care home and I am her trustee.',
        'agent: We need a copy of the registry extract. Can you send it within two weeks?',
        'caller: Yes, I suppose I can.',
        'agent: When it is here, we will recalculate the housing supplement.',
        'caller: Fine, I will send it.',
      ],
      '2026-11-19',
    );
    const extract = followUps(send).filter((f) => /extract|send it/u.test(f.text));
    expect(extract).toHaveLength(1);
    expect(extract[0]?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2026-12-03', preposition: 'by' });
  });

  it('does not date the caller’s task by a postal estimate or by what the agency does', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Jag vill ansöka om bostadstillägg.',
        'agent: Du bifogar hyresavtalet. Blanketten kommer inom en vecka. Du får ett beslut inom sex veckor.',
      ],
      '2026-11-10',
    );
    const lease = followUps(d).find((f) => /hyresavtalet/u.test(f.text));
    expect(lease).toBeDefined();
    expect(lease?.followUp?.dueDate).toBeUndefined();
  });
});

describe('follow-ups: one call-back', () => {
  it('keeps the dated call-back when the agent first promises one and then names the day', () => {
    const d = draft(
      'en',
      [
        'agent: Swedish Pensions Agency, Sam.',
        'caller: I want to know how my years in Norway count.',
        'agent: I need to check that with our international unit. I will call you back.',
        'caller: Friday would suit me.',
        'agent: I will call you on Friday, then.',
      ],
      '2026-11-30',
    );
    const callBacks = followUps(d).filter((f) => f.followUp?.kind === 'callBack');
    expect(callBacks).toHaveLength(1);
    expect(callBacks[0]?.followUp?.dueDate).toBe('2026-12-04');
  });
});

describe('follow-ups: a step at another agency is a referral, not a task', () => {
  it('leaves "Du anmäler flytten till Skatteverket" out of Uppföljning but keeps what is sent to this agency', () => {
    const sv = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag ska flytta till min dotter i januari.',
      'agent: Du anmäler flytten till Skatteverket, så får vi adressen därifrån.',
    ]);
    expect(followUps(sv)).toEqual([]);
    const en = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I am moving to Spain in March.',
      'agent: Report the move to the Tax Agency, and send us your new address and foreign bank account by the 15th of February.',
    ]);
    expect(followUps(en)).toHaveLength(1);
    expect(followUps(en)[0]?.followUp?.dueDate).toBe('2027-02-15');
  });
});

describe('the errand line: what the caller wants, not who they are or how the call goes', () => {
  it('leaves the caller’s age, background, role and talk about the call out of the errand', () => {
    const age = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Ja goddag. Jag är åttiotre år och jag kommer inte in på er webbplats.']);
    expect(texts(age, 'reason')).toEqual(['Kunden kommer inte in på myndighetens webbplats.']);
    // The age is a fact of its own.
    expect(texts(age, 'callerSaid')).toContain('Kunden är 83 år.');
    const unsure = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag vet inte riktigt vem jag ska prata med. Min man dog för tre veckor sedan. Vad händer nu med hans pension?',
    ]);
    expect(texts(unsure, 'reason')[0]).not.toMatch(/prata med/u);
    const origin = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      "caller: Hello. I'm from Chile, I've been here a long time. I got the orange envelope and I'm very scared.",
    ]);
    expect(texts(origin, 'reason')[0]).toMatch(/orange envelope/u);
    const role = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      "caller: Hello, I'm a social worker at social services in Lund.",
      'agent: What is it about?',
      'caller: My client applied for maintenance support in, um, September and nothing has happened.',
    ]);
    expect(texts(role, 'reason')[0]).toMatch(/applied for maintenance support in September/u);
    const questions = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: Hi, yeah, I have, uh, a couple of questions. I am thinking about when to retire.']);
    expect(texts(questions, 'reason')[0]).toMatch(/when to retire/u);
  });
});

describe('follow-ups: what the agent promises to do in the case', () => {
  it('lists a note the agent makes and a task offered as a question and taken', () => {
    const note = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Jag tror att jag har blivit lurad av någon som ringde.',
      'agent: Jag lägger in en anteckning på ditt konto om misstänkt bedrägeri.',
    ]);
    expect(followUps(note).map((f) => f.text)).toEqual(['Handläggaren lägger in en anteckning på kundens konto om misstänkt bedrägeri.']);
    const offer = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Min kvarskatt är betald, så jag behöver inte det extra skatteavdraget längre.',
      'agent: Då förstår jag. Vill du att vi tar bort det extra avdraget?',
      'caller: Ja, gärna.',
    ]);
    expect(followUps(offer).map((f) => f.text)).toEqual(['Myndigheten tar bort det extra avdraget.']);
    const declined = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I have a question about my tax.',
      'agent: Would you like me to send you a new statement?',
      'caller: No, I can see it online.',
    ]);
    expect(followUps(declined)).toEqual([]);
    const decision = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: My father died and my mother is now a widow.',
      "agent: We will look at whether she is entitled to widow's pension, and she will get a letter.",
    ]);
    expect(followUps(decision)[0]?.followUp?.kind).toBe('decision');
  });
});

describe('"Kunden uppgav": corrected clauses, reflexives, articles and the queue', () => {
  it('keeps the clause that corrects one with its own subject', () => {
    expect(withoutSpokenStyle('Nu står det något på engelska, eller, nej, det står att det är ogiltigt.', 'sv')).toBe('Det står att det är ogiltigt.');
    expect(withoutSpokenStyle('I sent it in June, or no, it was early July.', 'en')).toBe('It was early July.');
    expect(withoutSpokenStyle('Jag bor i Lund, och jag har två barn.', 'sv')).toBe('Jag bor i Lund, och jag har två barn.');
  });

  it('writes "vi gifte oss" as "de gifte sig" and reads "femhundra en sista gång" as an amount and an article', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Min man har dött och jag undrar om jag kan få efterlevandepension.', 'agent: Hur länge var ni gifta?', 'caller: Vi gifte oss i juni för länge sedan, och vi fick tre barn.']);
    expect(texts(d, 'callerSaid').join(' ')).toMatch(/de gifte sig i juni/u);
    expect(inDigits('I december dras de femhundra en sista gång.', 'sv')).toBe('I december dras de 500 en sista gång.');
  });

  it('leaves a complaint about the phone queue out of the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Hej, jag har suttit i telefonkö i fyrtio minuter! Min hyra har gått upp från januari och jag har bostadstillägg.',
    ]);
    expect([...texts(d, 'reason'), ...texts(d, 'callerSaid')].join(' ')).not.toMatch(/telefonkö/u);
  });
});

describe('values and words a caseworker writes as written', () => {
  it('writes a year said as "tvåtusen nio" as 2009 and an amount with a space', () => {
    expect(inDigits('Hon kom hit tvåtusen nio.', 'sv')).toBe('Hon kom hit 2009.');
    // (Round 92: a lone digit word after the thousands of an amount is its hundreds, as Swedes say amounts: 2 900.)
    expect(inDigits('Det kostar tvåtusen nio kronor.', 'sv')).toBe('Det kostar 2 900 kronor.');
  });

  it('writes "ringa er alls" with the agency as the object, and "er handläggare" as its possessive', () => {
    expect(toThirdPerson('Så jag behöver inte ringa er alls.', 'caller', 'sv')).toBe('Så kunden behöver inte ringa myndigheten alls.');
    expect(toThirdPerson('Jag har pratat med er handläggare.', 'caller', 'sv')).toBe('Kunden har pratat med myndighetens handläggare.');
  });

  it('writes one full stop where two were left', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Jag har fått ett återkrav på min pension.', 'agent: Vad är beloppet?', 'caller: Beloppet är fjortontusen kronor..']);
    expect(texts(d, 'callerSaid')).toContain('Beloppet är 14 000 kronor.');
  });

  it('takes where the caller moves into a short errand, and leaves "[NAMN] heter jag" out of the note', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: God morgon, [NAMN] heter jag. Jag ska flytta i januari. Till min dotter i [ORT], hon har byggt en stuga åt mig.',
      'agent: Vad roligt. Adressändringen gör du hos Skatteverket.',
    ]);
    expect(texts(d, 'reason')).toEqual(['Kunden ska flytta i januari till sin dotter i [ORT].']);
    expect(texts(d, 'callerSaid').join(' ')).not.toMatch(/heter/u);
  });
});

describe('English as a caseworker writes it', () => {
  it('agrees every verb of a list and none after an "if" clause', () => {
    expect(toThirdPerson('You fill it in, sign it and send it back.', 'agent', 'en')).toBe('The caller fills it in, signs it and sends it back.');
    expect(toThirdPerson('If you change bank, tell us the new account.', 'agent', 'en')).toBe('If the caller changes bank, tell the agency the new account.');
  });

  it('agrees past an adverb and after "the later you start", and writes "ourselves" and "mum\'s 80"', () => {
    expect(toThirdPerson('You most likely have an occupational pension too.', 'agent', 'en')).toBe('The caller most likely has an occupational pension too.');
    expect(toThirdPerson('The later you start drawing your pension, the higher the amount.', 'agent', 'en')).toBe(
      'The later the caller starts drawing their pension, the higher the amount.',
    );
    expect(toThirdPerson('We cannot lower the tax ourselves.', 'agent', 'en')).toBe('The agency cannot lower the tax itself.');
    expect(toThirdPerson("My mum's 80.", 'caller', 'en')).toBe("The caller's mum is 80.");
  });

  it('says a subject begun again once, keeps the sentence said again corrected, and drops a comma a filler left', () => {
    expect(withoutSpokenStyle("She is, she doesn't really know anything.", 'en')).toBe("She doesn't really know anything.");
    expect(withoutSpokenStyle('I end up paying back, no, I end up getting money back every year.', 'en')).toBe('I end up getting money back every year.');
    expect(withoutSpokenStyle('I would like to, change to the state fund.', 'en')).toBe('I would like to change to the state fund.');
    expect(withoutSpokenStyle('You fill it in, sign it and send it back.', 'en')).toBe('You fill it in, sign it and send it back.');
  });
});

describe('a fronted object in Swedish', () => {
  it('writes "Beskedet skickar jag i dag" subject first, and it replaces the offer it answers', () => {
    expect(toThirdPerson('Beskedet skickar jag i dag.', 'agent', 'sv')).toBe('Handläggaren skickar beskedet i dag.');
    expect(toThirdPerson('Handläggaren ringer kunden på fredag.', 'agent', 'sv')).toBe('Handläggaren ringer kunden på fredag.');
    expect(toThirdPerson('Pengarna kommer du att få på fredag.', 'agent', 'sv')).toBe('Pengarna kommer kunden att få på fredag.');
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Jag behöver ett besked om min pension till hemtjänsten.',
        'agent: Det kan jag skicka till dig med post.',
        'caller: Tack, det vore bra.',
        'agent: Beskedet skickar jag i dag, det brukar komma inom en vecka.',
      ],
      '2026-11-05',
    );
    expect(followUps(d).map((f) => [f.text, f.followUp?.dueDate])).toEqual([['Handläggaren skickar beskedet i dag, det brukar komma inom en vecka.', '2026-11-05']]);
  });
});

describe('follow-ups: what the agency sends and decides, and the caller’s part asked about', () => {
  it('lists "Du får ett nytt utbetalningsbesked hem" and "Det blir ett nytt beslut"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Lena.',
      'caller: Min hyra har gått upp och jag har bostadstillägg.',
      'agent: Det blir ett nytt beslut, och med högre hyra blir bostadstillägget normalt något högre. Du får ett nytt utbetalningsbesked hem.',
    ]);
    expect(followUps(d).map((f) => f.followUp?.kind)).toEqual(['decision', 'sendDocument']);
  });

  it('makes "När måste det vara framme?" after the agent sends a form the caller’s task to send it back, by the date answered', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Jag har fått ett brev om att min pension ska stoppas för att ni inte har fått mitt livsintyg.',
        'agent: Jag skickar ett nytt livsintyg till din adress.',
        'caller: Och när måste det vara framme?',
        'agent: Senast den femtonde januari.',
      ],
      '2026-11-26',
    );
    const back = followUps(d).find((f) => f.text === 'Kunden skickar tillbaka livsintyget.');
    expect(back?.followUp).toMatchObject({ kind: 'awaitDocument', dueDate: '2027-01-15', preposition: 'by' });
  });
});

describe('the agency’s payment on a day, the caller’s own number, a complaint said as a question', () => {
  it('lists the first payment on a day named, not the next payment date nor a day said roughly', () => {
    const first = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: I applied in August and have not received anything.', 'agent: The first payment is on the seventeenth of December.'], '2026-12-07');
    expect(followUps(first)[0]?.followUp).toMatchObject({ dueDate: '2026-12-17', preposition: 'on' });
    const next = draft('en', ['agent: Swedish Pensions Agency, Sam.', 'caller: When do I get my pension?', 'agent: The next payment date is the twenty-seventh of February.'], '2026-02-10');
    expect(followUps(next)).toEqual([]);
    const roughly = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: När kommer pengarna?', 'agent: Pensionen för mars betalas ut i mars, runt den tjugonde mars.'], '2026-11-11');
    expect(followUps(roughly)).toEqual([]);
  });

  it('says the caller gave their own number when the caller names no relative ("My savings are gone")', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I applied for my pension in August and nothing has come.',
      'agent: Can I have your personal identity number?',
      'caller: [PERSONNUMMER]. My savings are gone.',
    ]);
    expect(texts(d, 'callerSaid')).toContain('The caller gave their personal identity number.');
  });

  it('leaves a complaint said as a question out of the errand line', () => {
    const d = draft('en', ['agent: Swedish Pensions Agency, Sam.', "caller: It's December and I haven't received a single krona. What are you people doing?"]);
    expect(texts(d, 'reason')[0]).not.toMatch(/doing/u);
  });
});

describe('follow-ups: the agent’s deadline before the caller’s promise, and in a condition', () => {
  it('dates the caller’s promise by the deadline just said, and the same promise said again is one task', () => {
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Jag har fått ett brev om att min ansökan inte är komplett.',
        'agent: Underskriften saknas på sidan fyra. Senast den tjugosjätte november.',
        'caller: Jag ska skicka den i morgon eller så.',
        'agent: Bra.',
        'caller: Nej, då skickar jag den i morgon bitti.',
      ],
      '2026-11-17',
    );
    const sent = followUps(d).filter((f) => /skicka/u.test(f.text));
    expect(sent).toHaveLength(1);
    expect(sent[0]?.followUp).toMatchObject({ dueDate: '2026-11-26', preposition: 'by' });
  });

  it('reads "senast sista november" in a leading condition as the caller’s deadline', () => {
    expect(findDates('Om du skickar in det senast sista november så hinner vi räkna om.', 'sv', '2026-11-09')).toEqual([{ text: 'senast sista november', date: '2026-11-30' }]);
    const d = draft(
      'sv',
      [
        'agent: Pensionsmyndigheten, Lena.',
        'caller: Hyran höjs från december för min huvudman.',
        'agent: Då behöver vi en kopia på det nya hyresavtalet. Om du skickar in det senast sista november så hinner vi räkna om från december.',
      ],
      '2026-11-09',
    );
    expect(followUps(d).find((f) => /hyresavtalet/u.test(f.text))?.followUp).toMatchObject({ dueDate: '2026-11-30', preposition: 'by' });
  });
});

describe('topics: the longer phrase found decides', () => {
  it('reads "maintenance support for the elderly" as our cue, not another agency’s "maintenance support"', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I applied for maintenance support for the elderly in September and nothing has happened.',
      'agent: I can see the application. We need statements for your bank account abroad.',
    ]);
    expect(d.topic.key).toBe('garantipension');
  });
});

describe('the errand line without an outburst at its end', () => {
  it('keeps the errand and leaves "det här är rena stölden!" to sentiment', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Lena.', 'caller: Ja, jag har fått ett brev från er, ett återkrav, och jag vill bara säga att det här är rena stölden!']);
    expect(texts(d, 'reason')).toEqual(['Kunden har fått ett brev från myndigheten, ett återkrav.']);
  });
});
