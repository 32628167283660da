/**
 * Trains the topic model on ALL the training files (the development and tuning sets, scripts/topic-data.ts; never a
 * held-out set) and writes data/topic-model.tsv. Deterministic: the same calls give the same file.
 * Usage: npx tsx --conditions=development libs/journal/scripts/train-topic-model.ts
 */
import { writeFileSync } from 'node:fs';
import { serialiseTopicModel, topicFeatures, trainTopicModel } from '../src/topic-model.js';
import { readTopicCalls, TRAINING_FILES } from './topic-data.js';

const calls = TRAINING_FILES.flatMap((f) => readTopicCalls(f));
const model = trainTopicModel(calls.map((c) => ({ topic: c.topic, features: topicFeatures(c.utterances) })));
const out = new URL('../data/topic-model.tsv', import.meta.url);
writeFileSync(out, serialiseTopicModel(model));
console.log(`${calls.length} calls, ${model.classes.length} classes, ${model.counts.size} features → ${out.pathname}`);
