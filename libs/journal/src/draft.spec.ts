import type { JournalDraft, Segment, Transcript } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { draftJournal } from './draft.js';

/** The bundled demo call (apps/cli/samples/bostadstillagg.txt), as the sidecar parser reads it. */
const demo = (): Transcript => ({
  language: 'sv',
  source: 'sidecar',
  segments: readFileSync(new URL('../../../apps/cli/samples/bostadstillagg.txt', import.meta.url), 'utf8')
    .trim()
    .split('\n')
    .map((line, index): Segment => {
      const [speaker, ...text] = line.split(': ');
      return {
        index,
        speaker: speaker as Segment['speaker'],
        text: text.join(': '),
      };
    }),
});

const section = (draft: JournalDraft, key: string) => draft.sections.find((s) => s.key === key)!.sentences;

describe('draftJournal (extractive)', () => {
  const draft = draftJournal(demo(), { callDate: '2026-03-20' });

  it('names the topic from the taxonomy and explains it with the phrases found', () => {
    expect(draft.topic).toMatchObject({
      key: 'bostadstillägg',
      label: 'Bostadstillägg',
    });
    expect(draft.topic.cues).toContainEqual({
      cue: 'bostadstillägg',
      segmentIndex: 1,
    });
  });

  it('states the errand in one sentence, in the third person', () => {
    expect(section(draft, 'reason')).toEqual([
      {
        text: 'Kundens bostadstillägg har slutat komma och hen har inte fått något besked alls.',
        segmentIndexes: [1],
      },
    ]);
  });

  it('lists the follow-ups with their kind and resolved dates', () => {
    const followUps = section(draft, 'followUp');
    expect(followUps.map((f) => f.followUp)).toEqual([
      { kind: 'sendDocument', dateText: 'i dag', dueDate: '2026-03-20', preposition: 'on' },
      { kind: 'awaitDocument' },
      { kind: 'callBack', dateText: 'den 15 april', dueDate: '2026-04-15', preposition: 'on' },
    ]);
    expect(followUps[2]).toMatchObject({
      text: 'Handläggaren ringer upp kunden den 15 april för att stämma av.',
      segmentIndexes: [8],
    });
  });

  it('resolves a date without a year to the next one after the call', () => {
    const later = draftJournal(demo(), { callDate: '2026-11-21' });
    expect(section(later, 'followUp').find((f) => f.followUp?.kind === 'callBack')?.followUp?.dueDate).toBe('2027-04-15');
  });

  it('keeps what the caller said and what the agent told, each traced to its utterances', () => {
    expect(section(draft, 'callerSaid').map((s) => s.text)).toEqual([
      'Kunden uppgav sitt personnummer.',
      'Det brevet har kunden aldrig fått.',
      'Kunden flyttade i februari.',
    ]);
    expect(section(draft, 'callerSaid')[0]!.segmentIndexes).toEqual([2, 3]);
    expect(section(draft, 'agentActions').map((s) => s.text)).toContain(
      'Handläggningstiden är ungefär fyra veckor efter att myndigheten har fått kundens uppgifter.',
    );
    // The caller's question and the agent's answer are one piece of information.
    expect(section(draft, 'agentActions').find((s) => s.text.startsWith('Handläggningstiden'))!.segmentIndexes).toEqual([7, 8]);
  });

  it('traces every sentence to existing utterances and leaves greetings and feelings out', () => {
    const indexes = new Set(demo().segments.map((s) => s.index));
    for (const s of draft.sections.flatMap((x) => x.sentences)) {
      expect(s.segmentIndexes.length).toBeGreaterThan(0);
      for (const i of s.segmentIndexes) expect(indexes.has(i)).toBe(true);
    }
    expect(draft.text).not.toMatch(/Varsågod|upprörd|tack så mycket|Pensionsmyndigheten, du pratar/i);
  });

  it('never repeats the identity number the caller gave, even before redaction', () => {
    expect(demo().segments[3]!.text).toContain('121212-1212');
    expect(JSON.stringify(draft)).not.toContain('121212');
  });

  it('never takes the answer to the identity question for the errand', () => {
    const asked = draftJournal(
      {
        language: 'sv',
        source: 'asr',
        segments: [
          { index: 0, speaker: 'agent', text: 'Vad är ditt personnummer?' },
          { index: 1, speaker: 'caller', text: 'Det är 19121212-1212.' },
          { index: 2, speaker: 'caller', text: 'Min premiepension ligger i fel fond.' },
        ],
      },
      { callDate: '2026-03-20' },
    );
    expect(section(asked, 'reason')).toEqual([{ text: 'Kundens premiepension ligger i fel fond.', segmentIndexes: [2] }]);
    expect(JSON.stringify(asked)).not.toContain('1212');
  });

  it('renders the draft as the text an agent pastes into the case file', () => {
    expect(draft.text).toBe(
      [
        'Ärende: Kundens bostadstillägg har slutat komma och hen har inte fått något besked alls.',
        'Ämne: Bostadstillägg',
        '',
        'Kunden uppgav:',
        '- Kunden uppgav sitt personnummer.',
        '- Det brevet har kunden aldrig fått.',
        '- Kunden flyttade i februari.',
        '',
        'Information och åtgärder:',
        '- Myndigheten skickade en begäran om uppgifter om kundens nya hyra i mars.',
        '- Eftersom myndigheten inte fick något svar har utbetalningen pausats.',
        '- Handläggningstiden är ungefär fyra veckor efter att myndigheten har fått kundens uppgifter.',
        '',
        'Uppföljning:',
        '- Handläggaren skickar ett nytt brev med blanketten till kundens nya adress i dag. (2026-03-20)',
        '- När kunden har skickat in sitt hyresavtal räknar myndigheten om bostadstillägget.',
        '- Handläggaren ringer upp kunden den 15 april för att stämma av. (2026-04-15)',
      ].join('\n'),
    );
    expect(draft).toMatchObject({
      language: 'sv',
      callDate: '2026-03-20',
      summarizer: 'extractive',
    });
    expect(draft.sections.map((s) => s.key)).toEqual(['reason', 'callerSaid', 'agentActions', 'followUp']);
  });

  it('drafts English calls in English', () => {
    const english = draftJournal(
      {
        language: 'en',
        source: 'sidecar',
        segments: [
          {
            index: 0,
            speaker: 'agent',
            text: "Swedish Pensions Agency, you're speaking with Sam. How can I help?",
          },
          {
            index: 1,
            speaker: 'caller',
            text: "Hi. I'm calling because my housing supplement stopped this month.",
          },
          {
            index: 2,
            speaker: 'agent',
            text: 'We are missing your new rental contract. Please upload it on My Pages.',
          },
          {
            index: 3,
            speaker: 'agent',
            text: "I'll call you back next Monday to check that it has arrived.",
          },
        ],
      },
      { callDate: '2026-03-23' },
    );
    expect(english.topic.key).toBe('bostadstillägg');
    expect(english.topic.label).toBe('Housing supplement');
    expect(section(english, 'reason')[0]!.text).toBe("The caller is calling because their housing supplement stopped in March.");
    expect(section(english, 'followUp')).toContainEqual({
      text: 'The agent will call the caller back next Monday to check that it has arrived.',
      segmentIndexes: [3],
      followUp: {
        kind: 'callBack',
        dateText: 'next Monday',
        dueDate: '2026-03-30',
        preposition: 'on',
      },
    });
    expect(english.text).toMatch(/^Reason for the call: /);
  });

  it('handles a transcript with nothing to note', () => {
    const empty = draftJournal(
      {
        language: 'sv',
        source: 'asr',
        segments: [{ index: 0, speaker: 'agent', text: 'Hallå?' }],
      },
      { callDate: '2026-03-20' },
    );
    expect(empty.topic.key).toBe('other');
    expect(empty.sections.every((s) => s.sentences.length === 0)).toBe(true);
    expect(empty.text).toBe('Ämne: Övrigt');
  });
});
