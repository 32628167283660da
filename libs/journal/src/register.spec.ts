import { describe, expect, it } from 'vitest';
import { isInstruction, toThirdPerson } from './register.js';

const sv = (text: string, speaker: 'agent' | 'caller') => toThirdPerson(text, speaker, 'sv');
const en = (text: string, speaker: 'agent' | 'caller') => toThirdPerson(text, speaker, 'en');

describe('toThirdPerson', () => {
  it('leaves what redaction put in a sentence exactly as it is', () => {
    expect(toThirdPerson('It says I get more if I [EPOST] that before tax.', 'caller', 'en')).toBe(
      'It says the caller gets more if the caller [EPOST] that before tax.',
    );
    expect(toThirdPerson('I [NAMN] called you yesterday.', 'caller', 'en')).toContain('[NAMN]');
    expect(toThirdPerson('Jag [EPOST] till er i går.', 'caller', 'sv')).toContain('[EPOST]');
  });

  it('names the caller, the agent and the agency in Swedish', () => {
    expect(sv('Mitt bostadstillägg har slutat komma och jag har inte fått något besked.', 'caller')).toBe(
      'Kundens bostadstillägg har slutat komma och kunden har inte fått något besked.',
    );
    expect(sv('Eftersom vi inte fick något svar skickar jag ett nytt brev till dig.', 'agent')).toBe(
      'Eftersom myndigheten inte fick något svar skickar handläggaren ett nytt brev till kunden.',
    );
    expect(sv('Er e-tjänst fungerar inte och jag har ringt er fyra gånger.', 'caller')).toBe(
      'Myndighetens e-tjänst fungerar inte och kunden har ringt myndigheten fyra gånger.',
    );
  });

  it('uses sin/sitt/sina where the owner is the subject of the clause', () => {
    expect(sv('När du har skickat in ditt hyresavtal räknar vi om bostadstillägget.', 'agent')).toBe(
      'När kunden har skickat in sitt hyresavtal räknar myndigheten om bostadstillägget.',
    );
    expect(sv('Jag undrar varför min pension blev lägre.', 'caller')).toBe('Kunden undrar varför kundens pension blev lägre.');
  });

  it('drops openers, keeps main-clause order and puts the subject first', () => {
    expect(sv('Jag ser att du inte har ansökt om bostadstillägg.', 'agent')).toBe('Kunden har inte ansökt om bostadstillägg.');
    expect(sv('Då skickar jag blanketten i dag.', 'agent')).toBe('Handläggaren skickar blanketten i dag.');
    expect(sv('Ja, det stämmer.', 'caller')).toBe('Det stämmer.');
  });

  it('turns an instruction into a task and leaves "Mina sidor" alone', () => {
    expect(sv('Fyll i blanketten och skicka in den till oss.', 'agent')).toBe(
      'Kunden ska fylla i blanketten och skicka in den till myndigheten.',
    );
    expect(sv('Det gör du enklast på Mina sidor.', 'agent')).toBe('Det gör kunden enklast på Mina sidor.');
    expect(isInstruction('Skicka in den senast i morgon.', 'sv')).toBe(true);
    expect(isInstruction('Du kan skicka in den.', 'sv')).toBe(false);
  });

  it('makes English verbs agree with the new subject', () => {
    expect(en('I need to change my bank account and I really want it done today.', 'caller')).toBe(
      "The caller needs to change their bank account and the caller really wants it done today.",
    );
    expect(en("Once you send us the contract, we'll recalculate your supplement.", 'agent')).toBe(
      "Once the caller sends the agency the contract, the agency will recalculate the caller's supplement.",
    );
    expect(en("I applied a month ago and haven't heard anything.", 'caller')).toBe(
      'The caller applied a month ago and has not heard anything.',
    );
    expect(en('Can I still work a little?', 'caller')).toBe('Can the caller still work a little?');
  });

  it('turns English instructions into tasks and keeps "My Pages"', () => {
    expect(en('Please upload it on My Pages.', 'agent')).toBe('The caller is asked to upload it on My Pages.');
  });

  it('leaves the words of an unknown speaker as they were said', () => {
    expect(toThirdPerson('jag ringer om min pension', 'unknown', 'sv')).toBe('Jag ringer om min pension.');
  });
});

describe('written English', () => {
  it('writes out what a caller contracts', () => {
    expect(toThirdPerson("I can't log in and it's been a week, they're not answering and I haven't got a letter.", 'caller', 'en')).toBe(
      'The caller cannot log in and it has been a week, they are not answering and the caller has not got a letter.',
    );
    expect(toThirdPerson("It doesn't matter, you won't lose it.", 'agent', 'en')).toBe('It does not matter, the caller will not lose it.');
  });
});
