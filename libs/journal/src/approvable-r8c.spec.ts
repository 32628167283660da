import { describe, expect, it } from 'vitest';
import { statementsOf } from './discourse.js';
import { toThirdPerson } from './register.js';
import { draft, noteText, texts } from './testing/drafts.js';

/**
 * Issue 14, eighth round, part c: false statements and loose ends of parts a and b. Each mechanism is shown on calls
 * of our own words (not on a call of a tuning set), with the opposite case.
 */
const said = (language: 'sv' | 'en', lines: string[]) =>
  statementsOf(
    lines.map((line, i) => {
      const [speaker, ...text] = line.split(': ');
      return { segmentIndex: i, speaker: speaker as 'agent' | 'caller', text: text.join(': '), isQuestion: /\?$/u.test(line) } as never;
    }),
    language,
  ).map((s) => s.text);

describe('a number corrected in part', () => {
  it('replaces only the part after the thousands that the correction says', () => {
    expect(said('sv', ['caller: Hyran är fyra tusen sjuhundra, nej förlåt, niohundra.'])).toEqual(['Hyran är fyra tusen niohundra.']);
    // The same part said again confirms the number; the number cut off before it goes.
    expect(said('sv', ['caller: Hyran är fem tusen fyra... fem tusen trehundra, förlåt, trehundra.'])).toEqual(['Hyran är fem tusen trehundra.']);
  });

  it('replaces the whole number when the correction says its thousands too', () => {
    expect(said('sv', ['caller: Hyran är fyra tusen sjuhundra, nej förlåt, fem tusen etthundra.'])).toEqual(['Hyran är fem tusen etthundra.']);
    expect(said('sv', ['caller: Det var tolvhundra kronor, nej, fjortonhundra.'])).toEqual(['Det var fjortonhundra kronor.']);
  });
});

describe('an interpreter who says the name first', () => {
  it('writes the customer\'s answers as the customer\'s statements, never "Hon säger …"', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Hej, jag heter [NAMN] och är tolk, somaliska. Jag har [NAMN] här, hon undrar om bostadstillägget.',
      'agent: Vad är den nya hyran?',
      'caller: Hon säger fem tusen fyra... hon säger fem tusen trehundra, förlåt, trehundra.',
      'agent: Tack. Då behöver hon göra en ny ansökan.',
    ]);
    expect(noteText(d)).not.toMatch(/Hon säger|(?<![\d ])300/u);
    expect(noteText(d)).toMatch(/5 300/u);
  });

  it('leaves a caller who is no interpreter as the speaker', () => {
    const d = draft('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej, jag heter [NAMN]. Min hyra är fem tusen trehundra och jag undrar om bostadstillägget.']);
    expect(noteText(d)).not.toMatch(/tolk/u);
  });
});

describe('who asks whom', () => {
  it('keeps the caseworker the agent asks apart from the agent', () => {
    expect(toThirdPerson('Jag ber handläggaren ringa dig på fredag.', 'agent', 'sv')).toBe('Handläggaren ber ärendets handläggare ringa kunden på fredag.');
    // Without the agent's "jag", "handläggaren" is the agent as the note names them.
    expect(toThirdPerson('Handläggaren ringer dig på fredag.', 'agent', 'sv')).not.toMatch(/ärendets/u);
  });
});

describe('a reconsideration is only a task when the caller sends the request', () => {
  it('invents no reconsideration from an application sent in the same call', () => {
    const d = draft('sv', [
      'agent: Pensionsmyndigheten.',
      'caller: Jag har flyttat och fick ett beslut i våras som jag tyckte var fel.',
      'agent: Om man tycker att ett beslut är fel kan man begära omprövning inom två månader. Den tiden har gått ut.',
      'agent: Jag skickar en ansökningsblankett. Skicka den med en kopia av hyresavtalet.',
    ]);
    expect(texts(d, 'followUp').join(' ')).not.toMatch(/omprövar/u);
  });
});
