import type { DraftSentence } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { namedOnce, toThirdPerson } from './register.js';
import { asNote } from './render.js';
import { withoutSpokenStyle } from './spoken.js';
import { draft, noteText, texts } from './testing/drafts.js';

/**
 * Issue 14, seventh round, part c: a note, not a transcript. Each mechanism is shown on sentences of our own
 * (not on a call of a tuning set), with the opposite case.
 */
const written = (text: string, speaker: 'caller' | 'agent', language: 'sv' | 'en') => toThirdPerson(withoutSpokenStyle(text, language), speaker, language);
const line = (text: string): DraftSentence => ({ text, segmentIndexes: [1] });
const note = (key: 'callerSaid' | 'agentActions' | 'reason' | 'followUp', text: string, language: 'sv' | 'en') =>
  asNote(key, [line(text)], language).map((s) => s.text);

describe('the customer is named once a sentence', () => {
  it('writes "hen"/"hens" after the first "Kunden", and leaves the next sentence its own "Kunden"', () => {
    expect(namedOnce('Kunden undrar vad kunden får om kunden börjar ta ut vid 63. Kunden är 62.', 'sv')).toBe(
      'Kunden undrar vad hen får om hen börjar ta ut vid 63. Kunden är 62.',
    );
    expect(namedOnce('Kundens bror har flyttat och kundens hyra har gått upp.', 'sv')).toBe('Kundens bror har flyttat och hens hyra har gått upp.');
  });

  it('keeps "kunden" after another person who could be "hen" (the agent, an interpreter)', () => {
    expect(namedOnce('Kunden bad att handläggaren skulle ringa kunden.', 'sv')).toBe('Kunden bad att handläggaren skulle ringa kunden.');
    expect(namedOnce('The caller asked whether the interpreter could help the caller.', 'en')).toBe('The caller asked whether the interpreter could help the caller.');
  });

  it('writes "they" with a plural verb, "their", and "them" only where an object stands', () => {
    expect(namedOnce('The caller says that if the caller does not get it the caller has to sell the car.', 'en')).toBe(
      'The caller says that if they do not get it they have to sell the car.',
    );
    expect(namedOnce("The agent posts the caller the form and the caller's statement.", 'en')).toBe('The agent posts the caller the form and their statement.');
    expect(namedOnce('The agent will ring the caller, and will then email the caller.', 'en')).toBe('The agent will ring the caller, and will then email them.');
    // "so is the caller": no verb follows and no object's place: the noun stays.
    expect(namedOnce('He is angry and so is the caller.', 'en')).toBe('He is angry and so is the caller.');
    // "they" already means someone else ("they cut his hours"): the caller stays "the caller".
    expect(namedOnce('They cut his hours and the caller wants to know why the caller was not told.', 'en')).toContain('why the caller was not told');
  });

  it('leaves out the subject said again after "och"/"men", "and"/"but"', () => {
    expect(namedOnce('Myndigheten har fått flyttanmälan, men myndigheten har inget nytt hyresavtal.', 'sv')).toBe(
      'Myndigheten har fått flyttanmälan, men har inget nytt hyresavtal.',
    );
    expect(namedOnce('Kunden fyller 70 i juni och kunden undrar om pensionen ändras.', 'sv')).toBe('Kunden fyller 70 i juni och undrar om pensionen ändras.');
    // Not when the subject after "och" is another one.
    expect(namedOnce('Kunden fyller 70 i juni och myndigheten räknar om pensionen.', 'sv')).toBe('Kunden fyller 70 i juni och myndigheten räknar om pensionen.');
  });

  it('does so in the errand line of a whole draft', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten, Karin.', 'caller: Jag undrar om jag kan få bostadstillägg nu när jag har flyttat.']);
    const reason = texts(d, 'reason').join(' ');
    expect(reason).toMatch(/^Kunden undrar om hen kan få bostadstillägg/u);
    expect(reason.match(/kunden/giu)).toHaveLength(1);
  });
});

describe('a note, not a transcript: asides, repairs, clefts', () => {
  it('drops an aside ("det är en annan historia", "det är så mycket nu", "that is another story")', () => {
    expect(written('Jag har pratat med min son, och, ja, det är en annan historia.', 'caller', 'sv')).toBe('Kunden har pratat med sin son.');
    expect(written('Jag ska till tandläkaren på onsdag, det är så mycket nu.', 'caller', 'sv')).toBe('Kunden ska till tandläkaren på onsdag.');
    expect(written('My brother deals with the bank, but that is another story.', 'caller', 'en')).toBe("The caller's brother deals with the bank.");
    // The same words as a statement of the errand stay.
    expect(written('Det är en annan ansökan än den förra.', 'caller', 'sv')).toBe('Det är en annan ansökan än den förra.');
  });

  it('drops a repair that says again what was said, and keeps the person named after "eller"', () => {
    expect(written('Vi har en större lägenhet nu, eller större och större, den har ett rum till.', 'caller', 'sv')).toContain('en större lägenhet nu, den har ett rum till');
    expect(written('Jag vill visa det för min bror … eller min kusin som hjälper mig.', 'caller', 'sv')).toBe('Kunden vill visa det för sin kusin som hjälper kunden.');
    // A real alternative stays: "eller" names something new.
    expect(written('Jag flyttar i mars, eller april, det är inte bestämt.', 'caller', 'sv')).toContain('i mars, eller april');
  });

  it('writes the cleft as its statement ("Det vi gör är att vi …", "What I can do is …")', () => {
    expect(written('Det vi gör är att vi räknar om beslutet.', 'agent', 'sv')).toBe('Myndigheten räknar om beslutet.');
    expect(written('So what I can do is send you a new form.', 'agent', 'en')).toBe('The agent can send the caller a new form.');
    // "Det vi gör" that is no cleft stays.
    expect(written('Det vi gör med ansökan tar tid.', 'agent', 'sv')).toBe('Det myndigheten gör med ansökan tar tid.');
  });

  it('drops a clause broken off at the end ("…, det är det som…") and an explaining "alltså" is "det vill säga"', () => {
    expect(written('Jag vet inte hur jag ska betala, det är det som…', 'caller', 'sv')).toBe('Kunden vet inte hur kunden ska betala.');
    expect(written('Den betalas ut för hela månaden, alltså mars.', 'agent', 'sv')).toBe('Den betalas ut för hela månaden, det vill säga mars.');
    expect(written('Det är en uppskattning alltså, inget beslut.', 'agent', 'sv')).toBe('Det är en uppskattning, inget beslut.');
  });
});

describe('a run-on split, and a piece that cannot be written cleanly left out unless decisive', () => {
  it('splits a run-on at its clause boundaries', () => {
    const out = note(
      'callerSaid',
      'Kunden har pratat med sin bror i helgen om hur det blir med huset och han säger att kunden borde ringa innan jul eftersom det tar tid att få svar.',
      'sv',
    );
    expect(out).toEqual(['Kunden har pratat med sin bror i helgen om hur det blir med huset. Han säger att kunden borde ringa innan jul eftersom det tar tid att få svar.']);
    // Under 25 words nothing is split.
    expect(note('callerSaid', 'Kunden har pratat med sin bror och han säger att det tar tid.', 'sv')).toEqual(['Kunden har pratat med sin bror och han säger att det tar tid.']);
  });

  it('never splits a condition from its consequence, nor two subjects joined by "och"', () => {
    const condition =
      'If the caller sends the signed form to the agency before the end of the month with the rent contract attached, the agency can pay the supplement from January onwards as usual.';
    expect(note('agentActions', condition, 'en')).toEqual([condition]);
    const subjects = note(
      'callerSaid',
      'Kunden har suttit med sin dotter hela helgen för att hon och hennes man ska köpa ett hus på landet och de vill veta hur mycket kunden får.',
      'sv',
    )[0];
    expect(subjects).toContain('hon och hennes man ska köpa');
  });

  it('leaves out a feeling or a broken piece, but never one with a decisive fact', () => {
    expect(note('callerSaid', 'Kunden hoppas att det inte försvinner igen.', 'sv')).toEqual([]);
    expect(note('callerSaid', 'The caller really cannot cope with another month like this.', 'en')).toEqual([]);
    expect(note('agentActions', 'Kunden ska skicka in den själv? Det finns ett svarskuvert med.', 'sv')).toEqual(['Det finns ett svarskuvert med.']);
    // A date, an amount, a decision stay though the piece reads broken or tells a feeling.
    expect(note('callerSaid', 'Kunden är orolig för återkravet på 4 000 kronor.', 'sv')).toEqual(['Kunden är orolig för återkravet på 4 000 kronor.']);
    expect(note('callerSaid', 'She worked part time in the seventies... sixties and seventies.', 'en')).toHaveLength(1);
    // The errand line and the tasks are never left out.
    expect(note('reason', 'Kunden är så orolig för sin pension.', 'sv')).toEqual(['Kunden är så orolig för sin pension.']);
    expect(note('followUp', 'Kunden ska ringa igen om det är något?', 'sv')).toHaveLength(1);
  });

  it('"want to." is an ending, "to." alone is not', () => {
    expect(note('agentActions', 'The caller can switch funds on My Pages if they want to.', 'en')).toHaveLength(1);
    expect(note('agentActions', 'The caller can switch funds on My Pages and go to.', 'en')).toEqual([]);
  });
});

describe('grammar', () => {
  it('never writes "hases": an interpreter\'s "she has" is already the third person', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      'caller: I am an interpreter, I interpret for Mrs [NAMN]. She says her pension is very low.',
      'agent: The guarantee pension depends on how many years she has lived in Sweden.',
    ]);
    const all = noteText(d);
    expect(all).not.toMatch(/hases|ises|doeses/u);
  });

  it('never writes "preferses": "he prefers" read as the caller is the third person already (round 9, tuning-9)', () => {
    const d = draft('en', [
      'agent: Swedish Pensions Agency, Sam.',
      "caller: Hello, I am an interpreter, Somali. I'm here with a man who got a form from you, he doesn't understand it.",
      "caller: He says yes. Wednesday at ten. He's worried he writes something wrong and gets in trouble.",
      "agent: Tell him it's fine to ask. And he can also visit a service office for help, if he prefers.",
    ]);
    expect(noteText(d)).not.toMatch(/preferses|preferse\b|needses|wantses/u);
  });

  it('an infinitive after "to" stays bare, and so does one coordinated with it; a verb of the caller\'s own agrees', () => {
    expect(written('Please call the tax office and ask for a decision.', 'agent', 'en')).toBe('The caller is asked to call the tax office and ask for a decision.');
    expect(written('You fill it in, sign it and send it back.', 'agent', 'en')).toBe('The caller fills it in, signs it and sends it back.');
  });

  it('"er" after a verb of asking or before an infinitive is the object; "att" before an infinitive keeps "sitt"', () => {
    expect(written('Jag har bett er ändra skatteavdraget.', 'caller', 'sv')).toBe('Kunden har bett myndigheten ändra skatteavdraget.');
    expect(written('Jag försökte att byta mitt konto.', 'caller', 'sv')).toBe('Kunden försökte att byta sitt konto.');
    // "er handläggare" is still the agency's, and "att" before a subject still opens a clause.
    expect(written('Jag har pratat med er handläggare.', 'caller', 'sv')).toBe('Kunden har pratat med myndighetens handläggare.');
    expect(written('Jag tror att min ansökan har kommit bort.', 'caller', 'sv')).toBe('Kunden tror att kundens ansökan har kommit bort.');
  });

  it('"each of you" is the caller\'s household', () => {
    expect(written('Each of you can apply for it.', 'agent', 'en')).toBe('Each of them can apply for it.');
    expect(written('You can apply for it.', 'agent', 'en')).toBe('The caller can apply for it.');
  });
});
