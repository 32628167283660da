/**
 * The calls the learned alert model may be trained and cross-validated on: eval/calls-tuning.json and the journal's
 * tuning sets 2 to 47, each labelled by how the caller ends. The held-out sets (calls-heldout.json, heldout-*,
 * heldout.tsv) are never read here. Each call is redacted first, as the product scores it.
 */
import type { CallerTrajectory, Language, Segment, Transcript } from '@samtal/contracts';
import { redactDialogue } from '@samtal/redaction';
import { readFileSync } from 'node:fs';
import { callerModelInput } from '../src/call.js';
import type { ModelTurn } from '../src/alert-model.js';

export const LABELS = ['angry', 'worried', 'neutral', 'satisfied'] as const;
export type EndLabel = (typeof LABELS)[number];

/**
 * The last journal tuning set trained on: 47 for the shipped model. Sentiment round 33 reads ALERT_TRAIN_LAST (at most 74,
 * the last set measured before round 33; never 75 or later, never a held-out set) to cross-validate a retrained model.
 */
export const TRAIN_LAST = Number(process.env.ALERT_TRAIN_LAST ?? 47);
if (!Number.isInteger(TRAIN_LAST) || TRAIN_LAST < 8 || TRAIN_LAST > 74) throw new Error(`ALERT_TRAIN_LAST ${TRAIN_LAST}: 8 to 74 only`);

export const TRAINING_FILES = ['calls-tuning.json', ...Array.from({ length: TRAIN_LAST - 1 }, (_, k) => `calls-tuning-${k + 2}.json`)] as const;

/** The folds of the cross-validation: the sets written blind, one by one. */
export const FOLDS = TRAINING_FILES.slice(3);

export interface AlertCall {
  file: string;
  id: string;
  language: Language;
  label: EndLabel;
  /** The redacted transcript. */
  transcript: Transcript;
  turns: ModelTurn[];
  caller: CallerTrajectory | null;
}

interface RawCall {
  id: string;
  language: Language;
  transcript: string[];
  label?: EndLabel;
  reference?: { sentimentAtEnd?: EndLabel };
}

const pathOf = (file: string) =>
  file === 'calls-tuning.json' ? new URL('../eval/calls-tuning.json', import.meta.url) : new URL(`../../journal/eval/${file}`, import.meta.url);

/**
 * The tuning sets written after the shipped model was trained (48 to 79 since sentiment round 36; 48 to 63 before): never
 * trained on, read only to check a candidate model forward (eval/alert-forward.ts). Held-out sets and calls-tuning-80 or
 * later are not among them.
 */
export const LATER_FILES = Array.from({ length: 32 }, (_, k) => `calls-tuning-${k + 48}.json`);

/** Reads one training file; refuses anything that is not one of TRAINING_FILES (or, with `later`, LATER_FILES). */
export function readAlertCalls(file: string, later = false): AlertCall[] {
  if (!(TRAINING_FILES as readonly string[]).includes(file) && !(later && LATER_FILES.includes(file))) throw new Error(`${file} is not a training file`);
  const raw = JSON.parse(readFileSync(pathOf(file), 'utf8')) as RawCall[];
  return raw.map((call) => {
    const label = call.label ?? call.reference?.sentimentAtEnd;
    if (!label || !(LABELS as readonly string[]).includes(label)) throw new Error(`${file} ${call.id}: no sentiment label`);
    const segments = call.transcript.map((line, index): Segment => {
      const [speaker, ...text] = line.split(': ');
      return { index, speaker: speaker as 'agent' | 'caller', text: text.join(': ') };
    });
    const redacted = redactDialogue(segments, { lang: call.language });
    const transcript: Transcript = {
      language: call.language,
      source: 'sidecar',
      segments: segments.map((s, i) => ({ ...s, text: redacted[i]!.text })),
    };
    return { file, id: call.id, language: call.language, label, transcript, ...callerModelInput(transcript) };
  });
}

export const readAllAlertCalls = () => TRAINING_FILES.flatMap((f) => readAlertCalls(f));
