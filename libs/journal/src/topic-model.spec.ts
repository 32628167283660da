import type { DraftTopic, Segment } from '@samtal/contracts';
import { describe, expect, it } from 'vitest';
import { defaultTaxonomy, OTHER, type Taxonomy } from './taxonomy.js';
import { utterancesOf } from './text.js';
import { decideTopic, MODEL_FLOOR, parseTopicModel, scoreTopics, serialiseTopicModel, shippedTopicModel, topicFeatures, trainTopicModel } from './topic-model.js';

// Calls invented for these tests, not taken from any eval set.

const utterances = (language: 'sv' | 'en', lines: string[]) =>
  utterancesOf(
    lines.map((line, index): Segment => {
      const [speaker, ...text] = line.split(': ');
      return { index, speaker: speaker as 'agent' | 'caller', text: text.join(': ') };
    }),
    language,
  );

const HOUSING = [
  'agent: Pensionsmyndigheten, Eva.',
  'caller: Hej, jag har fått ett brev om mitt bostadstillägg, de vill ha nya uppgifter om min hyra.',
  'agent: Ja, vi behöver ett nytt hyresavtal för att räkna om bostadstillägget.',
  'caller: Jag skickar hyresavtalet i morgon.',
];
const TAX = [
  'agent: Pensions Agency, Tom speaking.',
  'caller: Hi, I want to know why so much tax is deducted from my pension payment this month.',
  'agent: I can see the tax deduction changed. You can ask for a different tax table.',
  'caller: So the payment will be higher next month?',
];

describe('the shipped topic model (data/topic-model.tsv)', () => {
  it('parses, and its classes are the default taxonomy\'s topics and "other"', () => {
    const model = shippedTopicModel();
    expect([...model.classes].sort()).toEqual([OTHER, ...defaultTaxonomy().topics.map((t) => t.key)].sort());
    expect(model.calls.every((n) => n > 0)).toBe(true);
    expect(model.counts.size).toBeGreaterThan(1000);
  });

  it('is sure of the topic of an invented call that names it plainly', () => {
    const model = shippedTopicModel();
    expect(scoreTopics(model, topicFeatures(utterances('sv', HOUSING)))[0]?.key).toBe('bostadstillägg');
    expect(scoreTopics(model, topicFeatures(utterances('en', TAX)))[0]?.key).toBe('utbetalning och skatt');
  });
});

describe('parseTopicModel', () => {
  it('reads back what serialiseTopicModel writes, and training is deterministic', () => {
    const examples = [
      { topic: 'a', features: new Map([['x', 2], ['y', 1]]) },
      { topic: 'b', features: new Map([['y', 1], ['z', 3]]) },
      { topic: 'a', features: new Map([['x', 1], ['z', 1]]) },
    ];
    const text = serialiseTopicModel(trainTopicModel(examples, 1));
    expect(serialiseTopicModel(trainTopicModel([...examples].reverse(), 1))).toBe(text);
    const model = parseTopicModel(text);
    expect(model.classes).toEqual(['a', 'b']);
    expect(model.calls).toEqual([2, 1]);
    expect(model.counts.get('x')).toEqual([3, 0]);
  });

  it('rejects a file without its header or with a short line', () => {
    expect(() => parseTopicModel('x\t1\t2\n')).toThrow(/header/);
    expect(() => parseTopicModel('classes\ta\tb\ncalls\t1\t1\nx\t1\n')).toThrow(/malformed line/);
  });
});

describe('decideTopic', () => {
  const taxonomy = defaultTaxonomy();
  const rulesSay = (key: string): DraftTopic => ({ key, label: key, cues: [] });
  // A model trained on invented calls, sure of housing supplement for HOUSING.
  const model = trainTopicModel(
    [...taxonomy.topics.map((t) => t.key), OTHER].map((topic) => ({
      topic,
      features: topicFeatures(utterances('sv', topic === 'bostadstillägg' ? HOUSING : [`caller: ${topic} ${topic} ${topic}`])),
    })),
    1,
  );

  it('keeps the rules\' topic unless the model is sure of another', () => {
    const call = utterances('sv', HOUSING);
    expect(scoreTopics(model, topicFeatures(call))[0]!.p).toBeGreaterThanOrEqual(MODEL_FLOOR);
    const decided = decideTopic(rulesSay('utbetalning och skatt'), call, 'sv', taxonomy, model);
    expect(decided.key).toBe('bostadstillägg');
    // With the evidence found in the dialogue, as the UI shows it.
    expect(decided.cues.length).toBeGreaterThan(0);
    const unsure = utterances('sv', ['agent: Pensionsmyndigheten.', 'caller: Hej, jag har en fråga.']);
    expect(decideTopic(rulesSay('ålderspension'), unsure, 'sv', taxonomy, model).key).toBe('ålderspension');
  });

  it('never overrules the rules towards "other" or a topic the dialogue does not name', () => {
    const call = utterances('sv', HOUSING);
    const keys = [...taxonomy.topics.map((t) => t.key), OTHER];
    // Models that are sure of "other", and of old-age pension (not named in HOUSING), for this call.
    for (const sure of [OTHER, 'ålderspension']) {
      const biased = trainTopicModel(keys.map((topic) => ({ topic, features: topicFeatures(utterances('sv', topic === sure ? HOUSING : [`caller: ${topic}`])) })), 1);
      expect(scoreTopics(biased, topicFeatures(call))[0]).toMatchObject({ key: sure });
      expect(scoreTopics(biased, topicFeatures(call))[0]!.p).toBeGreaterThanOrEqual(MODEL_FLOOR);
      expect(decideTopic(rulesSay('utbetalning och skatt'), call, 'sv', taxonomy, biased).key).toBe('utbetalning och skatt');
    }
  });

  it('keeps the rules\' topic with no model, or with a taxonomy whose topics are not the model\'s', () => {
    const call = utterances('sv', HOUSING);
    expect(decideTopic(rulesSay('utbetalning och skatt'), call, 'sv', taxonomy, false).key).toBe('utbetalning och skatt');
    const other: Taxonomy = { ...taxonomy, topics: taxonomy.topics.slice(1) };
    expect(decideTopic(rulesSay('utbetalning och skatt'), call, 'sv', other, model).key).toBe('utbetalning och skatt');
  });
});
