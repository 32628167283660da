import type { Language, Transcript } from '@samtal/contracts';
import type { Taxonomy } from './taxonomy.js';

/**
 * The agent corrects which benefit the caller has ("Du har bostadsbidrag, inte bostadstillägg", "That's
 * sickness benefit, not sickness compensation"): the caller's word was their belief, and a note that says
 * "Kunden ringer om sitt bostadstillägg" states it as a fact (issue 14, the caller's belief corrected).
 * The caller's turns before the correction are read with the agent's word, so the errand line and the
 * topic follow the agent. The recording and the transcript keep what was said.
 */
const CORRECTION: Record<Language, (right: string, wrong: string) => RegExp> = {
  sv: (right, wrong) =>
    new RegExp(`(?<![\\p{L}])(?:${right})(?:en|et|n|t)?\\s*,?\\s+(?:och\\s+)?inte\\s+(?:${wrong})(?:en|et|n|t)?(?![\\p{L}])|(?<![\\p{L}])inte\\s+(?:${wrong})(?:en|et|n|t)?\\s*,?\\s+utan\\s+(?:${right})(?:en|et|n|t)?(?![\\p{L}])`, 'iu'),
  en: (right, wrong) =>
    new RegExp(`(?<![\\p{L}])(?:${right})\\s*,?\\s+(?:and\\s+)?not\\s+(?:${wrong})(?![\\p{L}])|(?<![\\p{L}])not\\s+(?:${wrong})\\s*,?\\s+but\\s+(?:${right})(?![\\p{L}])`, 'iu'),
};

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every benefit the taxonomy names, ours and other agencies'. */
function benefitNames(taxonomy: Taxonomy, language: Language): string[] {
  return [...taxonomy.topics.flatMap((t) => t.names[language]), ...(taxonomy.other.names?.[language] ?? [])].filter((n) => n.length >= 3);
}

export function withBenefitCorrections(transcript: Transcript, taxonomy: Taxonomy): Transcript {
  const language = transcript.language;
  const names = benefitNames(taxonomy, language);
  const corrections: { at: number; right: string; wrong: string }[] = [];
  for (const segment of transcript.segments) {
    if (segment.speaker !== 'agent') continue;
    const lower = segment.text.toLowerCase();
    const said = names.filter((n) => lower.includes(n.toLowerCase()));
    if (said.length < 2) continue;
    for (const right of said)
      for (const wrong of said) {
        if (right === wrong || right.includes(wrong) || wrong.includes(right)) continue;
        if (CORRECTION[language](escape(right), escape(wrong)).test(segment.text)) corrections.push({ at: segment.index, right, wrong });
      }
  }
  if (corrections.length === 0) return transcript;
  return {
    ...transcript,
    segments: transcript.segments.map((segment) => {
      if (segment.speaker === 'agent') return segment;
      let text = segment.text;
      for (const { at, right, wrong } of corrections) {
        if (segment.index > at) continue;
        // "bostadstillägg" → "bostadsbidrag", "bostadstillägget" → "bostadsbidraget": the ending stays.
        text = text.replace(new RegExp(`(?<![\\p{L}])${escape(wrong)}(?=(?:en|et|n|t)?(?![\\p{L}]))`, 'giu'), right);
      }
      return text === segment.text ? segment : { ...segment, text };
    }),
  };
}
