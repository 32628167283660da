/**
 * Helpers for the sentiment round specs (excluded from the library build): one utterance's score and complaints, a
 * whole call written as (speaker, text) pairs, and the rules' alerts on it.
 */
import type { Language } from '@samtal/contracts';
import { scoreCall } from '../call.js';
import { scoreUtterance } from '../utterance.js';

export const score = (text: string, language: Language) => scoreUtterance(text, language);
export const complains = (text: string, language: Language) => score(text, language).complaints.length > 0;
export const call = (language: Language, ...lines: ['agent' | 'caller', string][]) =>
  scoreCall({ language, source: 'sidecar', segments: lines.map(([speaker, text], index) => ({ index, speaker, text })) });
// The rules' alerts only: the learned model beside them (callerSoundsAngry) is judged on its own.
export const rulesAlerts = (result: ReturnType<typeof scoreCall>) =>
  result.alerts.filter((a) => a.kind === 'callerEndsNegative' || a.kind === 'callerTrendFalling');
