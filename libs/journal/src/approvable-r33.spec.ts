import { describe, expect, it } from 'vitest';
import { draft, errandLine, noteText, section } from './testing/drafts.js';

// Round 33, from tuning set 29 (the errand line: side remarks, identification, a story told first, what is taken back).
// Sentences written for these tests, not from any eval set.

describe('what the caller says before the errand is not the errand', () => {
  it('where the caller lives and the personal number, said with the name, go from the errand line', () => {
    const en = errandLine(draft('en', [
      'agent: Pensions Agency, Tom speaking.',
      'caller: Good morning. My name is [NAMN], I live in [ORT], my personal number is [PERSONNUMMER], and I am calling about my housing supplement.',
      'agent: Thank you. What about it?',
      'caller: It stopped in March.',
      'agent: I can see a decision from February. I will send you a copy today.',
    ], '2031-04-08'));
    expect(en).not.toMatch(/\[ORT\]|\[PERSONNUMMER\]/);
    expect(en).toMatch(/housing supplement/);
    const sv = errandLine(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej. Jag heter [NAMN], jag bor i [ORT], och jag ringer om mitt bostadstillägg.',
      'agent: Vad gäller det?',
      'caller: Det slutade komma i mars.',
      'agent: Jag ser ett beslut från februari. Jag skickar en kopia i dag.',
    ], '2031-04-08'));
    expect(sv).not.toMatch(/\[ORT\]/);
  });

  it('a remark about the queue or the hold music is no errand; what follows it is', () => {
    const sv = errandLine(draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, oj, jag har suttit här i tjugo minuter och lyssnat på den där musiken, ni borde byta låt. Men jo, jag har fått ett brev om min garantipension som jag inte förstår.',
      'agent: Jag förstår. Vad står det i brevet?',
      'caller: Att den blir lägre från januari.',
      'agent: Det beror på att din inkomstpension har höjts.',
    ], '2031-10-12'));
    expect(sv).not.toMatch(/musik|låt/);
    expect(sv).toMatch(/brev om (?:sin|hens) garantipension/);
    const en = errandLine(draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hi. Before anything, that hold music, honestly, it's like a lift. Anyway. My statement shows a fund I never picked.",
      'agent: Sorry about the music. Which fund is it?',
      'caller: Something called a generation fund.',
      'agent: That is the default option for those who have not chosen.',
    ], '2031-10-12'));
    expect(en).not.toMatch(/music|lift/);
    expect(en).toMatch(/fund they never picked/);
  });

  it('what a story told first comes to ("So I\'m moving to Spain.") is the errand, not the story', () => {
    const en = errandLine(draft('en', [
      'agent: Pensions Agency, Tom, how can I help?',
      "caller: Hello, well, my son, he met a woman in Madrid years ago, and now they've got a little boy, and they keep asking me to come, and I finally said yes. So I'm moving to Spain.",
      'agent: How lovely. When are you moving?',
      'caller: In March.',
      'agent: You can keep your pension in Spain. You need to tell us your new address.',
    ], '2031-01-15'));
    expect(en).toMatch(/moving to Spain/);
    expect(en).not.toMatch(/Madrid/);
  });

  it('the answer to "What\'s the question?" is the errand, with whom the caller calls for', () => {
    const en = errandLine(draft('en', [
      'agent: Pensions Agency, Tom.',
      "caller: Hello, I'm calling about my mum. She has had a stroke and asked me to help with her pension. I have a power of attorney.",
      "agent: Yes, I can see it's registered. What's the question?",
      'caller: Her housing supplement went down this month, by about four hundred kronor.',
      'agent: Her rent has not changed, but her pension went up in January.',
    ], '2031-02-20'));
    expect(en).toMatch(/housing supplement went down/);
    expect(en).not.toMatch(/stroke/);
  });
});

describe('what the caller takes back is not in the errand line', () => {
  it('"Eller jo, den kom, jag tittade fel": the question before goes, and so does the taking back', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag ringer för min farmor, jag har fullmakt.',
      'agent: Ja, jag ser fullmakten. Vad gäller det?',
      'caller: Två saker. Först, hennes pension kom inte i fredags? Eller jo, den kom, jag tittade fel. Den andra grejen är bostadstillägget, hon har fått högre hyra.',
      'agent: Då behöver hon anmäla den nya hyran. Jag skickar en blankett i dag.',
    ], '2031-05-20');
    const line = errandLine(d);
    expect(line).not.toMatch(/kom inte|tittade fel/);
    expect(line).toMatch(/[Bb]ostadstillägg/);
    expect(noteText(d)).not.toMatch(/pension kom inte i fredags/);
  });
});

describe('an answer of a place alone completes what the caller said', () => {
  it('"Jag har flyttat." "Du har flyttat?" "Ja, till en mindre lägenhet …": the line says the caller has moved, and where', () => {
    const sv = errandLine(draft('sv', [
      'agent: Pensionsmyndigheten, Eva, hej.',
      'caller: Hej. Jag har flyttat.',
      'agent: Du har flyttat, säger du?',
      'caller: Ja, till en mindre lägenhet i Umeå, första september. Och jag får ju bostadstillägg, så jag tänkte att det kanske ändras.',
      'agent: Ja, det påverkar bostadstillägget. Vad är den nya hyran?',
      'caller: Fem tusen.',
    ], '2032-09-10'));
    expect(sv).toMatch(/^Kunden har flyttat till en mindre lägenhet i Umeå/);
  });
});

describe('the way the caller chooses is a task', () => {
  it('"…, eller så skickar jag en blankett till dig i dag." "Blankett, tack.": the agent sends the form today', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten, Eva.',
      'caller: Hej, jag har bytt bank och vill att pensionen kommer in på det nya kontot.',
      'agent: Har du anmält det nya kontot?',
      'caller: Nej.',
      'agent: Det går inte automatiskt. Du kan anmäla kontot i e-tjänsten, eller så skickar jag en blankett för kontoändring till dig i dag.',
      'caller: Blankett, tack. Jag är inte så bra på datorn.',
      'agent: Om blanketten är hos oss senast den första oktober kommer pengarna till det nya kontot.',
    ], '2032-09-09');
    const task = section(d, 'followUp').find((s) => /Handläggaren skickar en blankett för kontoändring/.test(s.text));
    expect(task?.followUp?.dueDate).toBe('2032-09-09');
    // (The caller who chooses the other way, or says no, gets no such task.)
    const other = draft('en', [
      'agent: Pensions Agency, Tom.',
      'caller: Hello, I have a new bank account for my pension.',
      'agent: You can register it online, or I can post you a form today.',
      'caller: Online, thanks. I am good with computers.',
      'agent: Good. It takes a few minutes.',
    ], '2032-09-09');
    expect(section(other, 'followUp').map((s) => s.text).join(' ')).not.toMatch(/agent will (?:post|send)/);
  });
});
