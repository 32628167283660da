import { describe, expect, it } from 'vitest';
import { redactDialogue, type Utterance } from './dialogue.js';

/** Lines as `agent: …` / `caller: …`, redacted as one call; the redacted lines come back the same way. */
function call(lang: 'sv' | 'en', ...lines: string[]): string[] {
  const utterances: Utterance[] = lines.map((line) => {
    const [speaker, ...text] = line.split(': ');
    return { speaker: speaker as Utterance['speaker'], text: text.join(': ') };
  });
  return redactDialogue(utterances, { lang }).map((r, i) => `${utterances[i]!.speaker}: ${r.text}`);
}
const sv = (...lines: string[]) => call('sv', ...lines);
const en = (...lines: string[]) => call('en', ...lines);

describe('a question opens a window over the answer', () => {
  it('redacts the shipped sample call\'s personnummer although "ärende" closes the question', () => {
    expect(sv('agent: Kan jag få ditt personnummer så tittar jag på ditt ärende?', 'caller: Ja, det är 121212-1212.')[1]).toBe(
      'caller: Ja, det är [PERSONNUMMER].',
    );
    expect(sv('agent: Kan jag få ditt personnummer så tittar jag på ditt ärende?', 'caller: Ja, det är 19811218-9876.')[1]).toBe(
      'caller: Ja, det är [PERSONNUMMER].',
    );
  });

  it('joins a number the caller reads over two turns', () => {
    expect(sv('agent: Och ditt personnummer?', 'caller: 52 01 30', 'caller: eh 94 07')).toEqual([
      'agent: Och ditt personnummer?',
      'caller: [PERSONNUMMER]',
      'caller: eh [PERSONNUMMER]',
    ]);
  });

  it('joins the date and the last four digits given in separate lines, without a question', () => {
    expect(sv('caller: Ja, det är nitton femtiotvå noll ett trettio', 'agent: Mm.', 'caller: och sen 9407.')).toEqual([
      'caller: Ja, det är [PERSONNUMMER]',
      'agent: Mm.',
      'caller: och sen [PERSONNUMMER].',
    ]);
  });

  it('joins a phone number read in two halves', () => {
    expect(sv('caller: Mitt nummer, det är 070-123', 'agent: Ja?', 'caller: 45 67.')).toEqual([
      'caller: Mitt nummer, det är [TELEFON]',
      'agent: Ja?',
      'caller: [TELEFON].',
    ]);
  });

  it('reads the answer to a date-of-birth question as one', () => {
    expect(sv('agent: Och vilket datum är du född?', 'caller: femtiosju tolv tjugotre')[1]).toBe('caller: [FÖDELSEDATUM]');
    expect(en('agent: And your date of birth?', 'caller: Tenth of August, eighty-seven.')[1]).toBe('caller: [FÖDELSEDATUM].');
  });

  it('closes the window when the talk moves on', () => {
    expect(sv('agent: Kan jag få ditt personnummer?', 'caller: Ja, 19811218-9876.', 'agent: Tack, jag ser att du har ansökt om bostadstillägg.', 'caller: Jag har 3 barn och 2 hundar.')[3]).toBe(
      'caller: Jag har 3 barn och 2 hundar.',
    );
  });
});

describe('corrections', () => {
  it('redacts both fragments of a personnummer corrected halfway', () => {
    const [, answer] = sv(
      'agent: Vad har du för personnummer?',
      'caller: nitton fyrtioett, noll nio, noll tre, och sen fyra fyra… nej vänta … fyra sex två ett',
    );
    expect(answer).not.toMatch(/fyra|noll|nitton|fyrtioett|två|sex/);
  });

  it('redacts a corrected number even without a question before it', () => {
    const [line] = sv('caller: Det är 19410903 eh 44, nej vänta, 4621.');
    expect(line).not.toMatch(/\d/);
  });
});

describe("the call's memory", () => {
  it('redacts a name again where it recurs', () => {
    expect(sv('caller: Hej, jag heter Maj Lind.', 'agent: Hej Maj, vad kan jag hjälpa dig med?', 'caller: Det gäller pensionen.', 'agent: Okej Maj, då tittar vi på det.')).toEqual([
      'caller: Hej, jag heter [NAMN].',
      'agent: Hej [NAMN], vad kan jag hjälpa dig med?',
      'caller: Det gäller pensionen.',
      'agent: Okej [NAMN], då tittar vi på det.',
    ]);
  });

  it('takes the agent\'s name after the agency\'s and remembers it', () => {
    expect(sv('agent: Pensionsmyndigheten, Per.', 'caller: Hej Per, jag har en fråga.', 'caller: Per sa förra gången att jag skulle ringa.')).toEqual([
      'agent: Pensionsmyndigheten, [NAMN].',
      'caller: Hej [NAMN], jag har en fråga.',
      'caller: [NAMN] sa förra gången att jag skulle ringa.',
    ]);
  });

  it('remembers a spelled name and redacts it where it is said unspelled', () => {
    expect(sv('caller: Efternamnet stavas h ä g g l u n d.', 'agent: Tack, fru Hägglund.')).toEqual([
      'caller: Efternamnet stavas [NAMN].',
      'agent: Tack, fru [NAMN].',
    ]);
  });

  it('redacts a number given once when it is repeated back', () => {
    expect(sv('agent: Personnumret?', 'caller: 19811218-9876.', 'agent: Okej, och kontrollfrågan, ditt nummer slutar alltså på 18-9876, och vi skickar till 811218.')[2]).not.toMatch(
      /9876|811218/,
    );
  });
});

describe('a number read out as one, with corrections and repeats', () => {
  it('redacts every piece of a chain in which one stretch is a personnummer', () => {
    expect(sv('caller: Vänta nu, 52 01 30, nej 52 01 31, nej fel igen, det är 52 01 30-94 07.')[0]).not.toMatch(/\d/);
    expect(sv('caller: Det är nollsjuttio, tre två ett, fyrtiofem, sextiosju, nej vänta, sextioåtta på slutet.')[0]).not.toMatch(/sextioåtta/);
  });

  it('does not read a year on its own as part of the answer to a question for a personnummer', () => {
    expect(sv('agent: Kan jag få ditt personnummer?', 'caller: Det gäller bostadsbidrag för 2025.')[1]).toBe('caller: Det gäller bostadsbidrag för 2025.');
  });

  it('remembers an address and redacts it where it is said again', () => {
    expect(sv('caller: Vi bor på Solrosen 7 i Ljungby.', 'agent: Solrosen 7, tack.')[1]).toBe('agent: [ADRESS], tack.');
  });
});
