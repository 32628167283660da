import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, detectTopic, loadTaxonomy, type Taxonomy } from './taxonomy.js';
import { utterancesOf } from './text.js';

const dialogue = (...lines: [speaker: 'agent' | 'caller', text: string][]) =>
  utterancesOf(
    lines.map(([speaker, text], index) => ({ index, speaker, text })),
    'sv',
  );

describe('taxonomy', () => {
  it('has the pensions agency topics built in', () => {
    expect(defaultTaxonomy().topics.map((t) => t.key)).toEqual([
      'ålderspension',
      'garantipension',
      'inkomstpension',
      'premiepension',
      'bostadstillägg',
      'efterlevandepension',
      'utbetalning och skatt',
      'flytt utomlands',
      'ansökan och blanketter',
      'inloggning och e-tjänster',
    ]);
    expect(defaultTaxonomy().other.label.sv).toBe('Övrigt');
  });

  it("weighs the caller's words and the topic's own names over passing cues", () => {
    const topic = detectTopic(
      dialogue(['caller', 'Jag vill byta fond i min premiepension.'], ['agent', 'Skatten påverkas inte av det.']),
      'sv',
      defaultTaxonomy(),
    );
    expect(topic).toEqual({
      key: 'premiepension',
      label: 'Premiepension',
      cues: [
        { cue: 'premiepension', segmentIndex: 0 },
        { cue: 'fond', segmentIndex: 0 },
        { cue: 'byta fond', segmentIndex: 0 },
      ],
    });
  });

  it('matches inflected forms of a cue and falls back to "other" on thin evidence', () => {
    expect(detectTopic(dialogue(['caller', 'Bostadstillägget har slutat komma.']), 'sv', defaultTaxonomy()).key).toBe('bostadstillägg');
    // One weak cue from the agent in passing is not enough.
    expect(
      detectTopic(
        dialogue(['caller', 'Jag undrar hur det går med min sjukpenning.'], ['agent', 'Titta på hemsidan.']),
        'sv',
        defaultTaxonomy(),
      ),
    ).toEqual({
      key: 'other',
      label: 'Övrigt',
      cues: [{ cue: 'sjukpenning', segmentIndex: 0 }],
    });
    expect(detectTopic(dialogue(['caller', 'Jag har frågor om en sak.'], ['agent', 'Titta på hemsidan.']), 'sv', defaultTaxonomy())).toEqual({
      key: 'other',
      label: 'Övrigt',
      cues: [],
    });
  });

  it('reads a taxonomy file, and says what is wrong with a bad one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'samtal-taxonomy-'));
    const custom: Taxonomy = {
      other: { label: { sv: 'Annat', en: 'Other' } },
      topics: [
        {
          key: 'sjukpenning',
          label: { sv: 'Sjukpenning', en: 'Sickness benefit' },
          names: { sv: ['sjukpenning'], en: ['sickness benefit'] },
          cues: { sv: [], en: [] },
        },
      ],
    };
    writeFileSync(join(dir, 'good.json'), JSON.stringify(custom));
    const loaded = loadTaxonomy(join(dir, 'good.json'));
    expect(detectTopic(dialogue(['caller', 'Jag undrar hur det går med min sjukpenning.']), 'sv', loaded).key).toBe('sjukpenning');

    writeFileSync(join(dir, 'bad.json'), JSON.stringify({ ...custom, topics: [{ key: 'other', label: {} }] }));
    expect(() => loadTaxonomy(join(dir, 'bad.json'))).toThrow(/taxonomy .*bad\.json.*topics\.0\.label\.sv/);
    writeFileSync(join(dir, 'broken.json'), '{ not json');
    expect(() => loadTaxonomy(join(dir, 'broken.json'))).toThrow(/cannot read taxonomy .*broken\.json/);
  });
});

describe('topics: referrals and passing mentions (issue 14, round 4)', () => {
  it('an errand the agent refers to another agency is "other", however often a topic of ours is named', () => {
    const topic = detectTopic(
      dialogue(
        ['caller', 'Min son har aktivitetsersättning och hans hyra har gått upp, han borde få mer bostadstillägg.'],
        ['agent', 'Bostadstillägg till den som har aktivitetsersättning handläggs av Försäkringskassan, inte av oss.'],
        ['caller', 'Men det står bostadstillägg på båda.'],
      ),
      'sv',
      defaultTaxonomy(),
      utterancesOf([{ index: 0, speaker: 'caller', text: 'Min son har aktivitetsersättning och hans hyra har gått upp, han borde få mer bostadstillägg.' }], 'sv'),
    );
    expect(topic.key).toBe('other');
  });

  it('BankID in passing does not make a payment call a login call', () => {
    const topic = detectTopic(
      dialogue(
        ['caller', 'Min pension har inte kommit den här månaden.'],
        ['agent', 'Har du BankID? Då kan du se det själv.'],
        ['caller', 'Ja, jag har BankID.'],
      ),
      'sv',
      defaultTaxonomy(),
    );
    expect(topic.key).toBe('utbetalning och skatt');
  });
});
