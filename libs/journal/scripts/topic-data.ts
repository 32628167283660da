/**
 * The calls a topic model may be trained and cross-validated on: the tuning and development sets only.
 * The held-out sets (calls-heldout.json, heldout-*) are never read here.
 */
import { type Language, type Segment, type Transcript } from '@samtal/contracts';
import { redactDialogue } from '@samtal/redaction';
import { readFileSync } from 'node:fs';
import { utterancesOf, type Utterance } from '../src/text.js';

export const TRAINING_FILES = [
  'calls-sv.json',
  'calls-en.json',
  'calls-tuning-2.json',
  'calls-tuning-3.json',
  'calls-tuning-4.json',
  'calls-tuning-5.json',
  'calls-tuning-6.json',
  'calls-tuning-7.json',
  'calls-tuning-8.json',
  'calls-tuning-9.json',
  'calls-tuning-10.json',
  'calls-tuning-11.json',
  'calls-tuning-12.json',
  'calls-tuning-13.json',
  'calls-tuning-14.json',
  'calls-tuning-15.json',
  'calls-tuning-16.json',
  'calls-tuning-17.json',
] as const;

/** The folds of the cross-validation: the sets written blind, one by one. */
export const FOLDS = ['calls-tuning-4.json', 'calls-tuning-5.json', 'calls-tuning-6.json', 'calls-tuning-7.json', 'calls-tuning-8.json'] as const;

export interface TopicCall {
  file: string;
  id: string;
  language: Language;
  callDate: string;
  topic: string;
  /** The redacted transcript, as the product drafts from it. */
  transcript: Transcript;
  utterances: Utterance[];
}

interface RawCall {
  id: string;
  language: Language;
  callDate: string;
  transcript: string[];
  reference: { topic: string };
}

/** Reads one training file; refuses anything that is not one of TRAINING_FILES. */
export function readTopicCalls(file: string): TopicCall[] {
  if (!(TRAINING_FILES as readonly string[]).includes(file)) throw new Error(`${file} is not a training file`);
  const raw = JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')) as RawCall[];
  return raw.map((call) => {
    const segments = call.transcript.map((line, index): Segment => {
      const [speaker, ...text] = line.split(': ');
      return { index, speaker: speaker as 'agent' | 'caller', text: text.join(': ') };
    });
    // The production way: the draft is made from the redacted dialogue.
    const redacted = redactDialogue(segments, { lang: call.language });
    const transcript: Transcript = {
      language: call.language,
      source: 'sidecar',
      segments: segments.map((s, i) => ({ ...s, text: redacted[i]!.text })),
    };
    return {
      file,
      id: call.id,
      language: call.language,
      callDate: call.callDate,
      topic: call.reference.topic,
      transcript,
      utterances: utterancesOf(transcript.segments, call.language),
    };
  });
}
