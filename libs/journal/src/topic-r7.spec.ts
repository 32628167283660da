import type { Language } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, detectTopic } from './taxonomy.js';
import { utterancesOf } from './text.js';

const topicOf = (
  language: Language,
  ...lines: [speaker: 'agent' | 'caller', text: string][]
) =>
  detectTopic(
    utterancesOf(
      lines.map(([speaker, text], index) => ({ index, speaker, text })),
      language,
    ),
    language,
    defaultTaxonomy(),
  ).key;

describe('topic, round 7', () => {
  it("does not read an agency's name as a topic word", () => {
    // "skatt" is not "Skatteverket": a letter about the population register is another agency's errand.
    expect(
      topicOf(
        'sv',
        [
          'caller',
          'Jag har fått ett brev från Skatteverket om min folkbokföring.',
        ],
        ['agent', 'Folkbokföringen är Skatteverkets sak.'],
      ),
    ).toBe('other');
    // The opposite: the tax on the pension is ours, even with Skatteverket named.
    expect(
      topicOf(
        'sv',
        ['caller', 'Jag vill ändra skatten på min pension.'],
        ['agent', 'Vi drar skatt enligt tabellen från Skatteverket.'],
      ),
    ).toBe('utbetalning och skatt');
  });

  it('does not read where the caller calls from as the errand', () => {
    expect(
      topicOf(
        'en',
        ['caller', "I'm ringing from Norway. My wife died last month."],
        ['caller', 'Can I get a survivor pension?'],
        ['agent', "We'll look at the survivor's pension."],
      ),
    ).toBe('efterlevandepension');
    // The opposite: moving to that country is the errand.
    expect(
      topicOf('en', [
        'caller',
        "I'm moving to Norway next spring. What happens to my pension?",
      ]),
    ).toBe('flytt utomlands');
  });

  it('drops what the caller takes back and keeps the errand that follows', () => {
    expect(
      topicOf(
        'sv',
        [
          'caller',
          'Jag ringer om min skatt. Nej förresten, det är inte det jag ringer om. Jag kan inte logga in med mitt BankID.',
        ],
        ['agent', 'Vad står det för felmeddelande?'],
      ),
    ).toBe('inloggning och e-tjänster');
    expect(
      topicOf('en', [
        'caller',
        "I'm calling about my fund. Well, really about my rent, it went up and I need the housing supplement.",
      ]),
    ).toBe('bostadstillägg');
    // The opposite: without taking it back, the first errand stands.
    expect(
      topicOf(
        'sv',
        ['caller', 'Jag ringer om min skatt. Den är för hög.'],
        ['agent', 'Du kan logga in och se skatten.'],
      ),
    ).toBe('utbetalning och skatt');
  });

  it("lets the caller's stated errand decide over background told before it", () => {
    expect(
      topicOf(
        'en',
        [
          'caller',
          'I live in Greece since three years. I have a question about the tax deduction on my pension.',
        ],
        [
          'agent',
          'Since you live abroad, we deduct the tax for non-residents.',
        ],
      ),
    ).toBe('utbetalning och skatt');
    // The opposite: with no stated errand, living abroad is the matter.
    expect(
      topicOf(
        'en',
        ['caller', 'I live in Greece now. Do I need to send you anything?'],
        ['agent', 'Yes, a life certificate every year since you live abroad.'],
      ),
    ).toBe('flytt utomlands');
  });

  it("sends another agency's errand to other when the agent refers it over the turn", () => {
    expect(
      topicOf(
        'sv',
        [
          'caller',
          'Jag undrar om min son kan få bostadstillägg, han har låg lön och hyran är hög.',
        ],
        [
          'agent',
          'Det är inte bostadstillägg från oss. Med lön är det bostadsbidrag, och det söker han hos Försäkringskassan.',
        ],
      ),
    ).toBe('other');
    // The opposite: the agent names Försäkringskassan without sending the errand there.
    expect(
      topicOf(
        'sv',
        [
          'caller',
          'Jag har sjukersättning och undrar om jag kan få bostadstillägg.',
        ],
        [
          'agent',
          'Ja, med sjukersättning kan du söka bostadstillägg hos oss. Skicka med hyresavtalet.',
        ],
      ),
    ).toBe('bostadstillägg');
  });

  it("counts forms and logging in only from the caller's words", () => {
    // The agent's instructions on how to apply do not make the call about forms.
    expect(
      topicOf(
        'en',
        [
          'caller',
          "I'm sixty-five next year and want to know when I can retire.",
        ],
        [
          'agent',
          "You apply with the application form. I'll send you the form, fill it in and send in the signed form.",
        ],
      ),
    ).toBe('ålderspension');
    // The opposite: the caller's own trouble with the form.
    expect(
      topicOf(
        'en',
        ['caller', "I can't fill in the application form, a page is missing."],
        ['agent', "I'll send you a new form."],
      ),
    ).toBe('ansökan och blanketter');
  });

  it('matches broader English: British and immigrant wording', () => {
    expect(
      topicOf('en', [
        'caller',
        'My landlord put up the rent on my flat, can I get more housing benefit?',
      ]),
    ).toBe('bostadstillägg');
    expect(
      topicOf('en', [
        'caller',
        'I was widowed in June. Is there a bereavement benefit?',
      ]),
    ).toBe('efterlevandepension');
    expect(
      topicOf('en', [
        'caller',
        'I cannot sign in, the site says my code is invalid.',
      ]),
    ).toBe('inloggning och e-tjänster');
  });
});
