import type { Language, Transcript } from '@samtal/contracts';
import type { Taxonomy } from './taxonomy.js';
import { escapeRegExp } from './text.js';

/**
 * The agent corrects which benefit the caller has ("Du har bostadsbidrag, inte bostadstillägg", "That's
 * sickness benefit, not sickness compensation"): the caller's word was their belief, and a note that says
 * "Kunden ringer om sitt bostadstillägg" states it as a fact (issue 14, the caller's belief corrected).
 * The caller's turns before the correction are read with the agent's word, so the errand line and the
 * topic follow the agent. The recording and the transcript keep what was said.
 */
const CORRECTION: Record<Language, (right: string, wrong: string) => RegExp> = {
  // Not "inte sjukersättning, inte sjukpenning heller": a right word that is itself denied corrects nothing.
  sv: (right, wrong) =>
    new RegExp(`(?<!(?:inte|ej)\\s+)(?<![\\p{L}])(?:${right})(?:en|et|n|t)?\\s*,?\\s+(?:och\\s+)?inte\\s+(?:${wrong})(?:en|et|n|t)?(?![\\p{L}])|(?<![\\p{L}])inte\\s+(?:${wrong})(?:en|et|n|t)?\\s*,?\\s+utan\\s+(?:${right})(?:en|et|n|t)?(?![\\p{L}])`, 'iu'),
  en: (right, wrong) =>
    new RegExp(`(?<!not\\s+)(?<![\\p{L}])(?:${right})\\s*,?\\s+(?:and\\s+)?not\\s+(?:${wrong})(?![\\p{L}])|(?<![\\p{L}])not\\s+(?:${wrong})\\s*,?\\s+but\\s+(?:${right})(?![\\p{L}])`, 'iu'),
};

/** Names of benefits (not of ways to apply or log in), by their head word; in Swedish with the head's gender. */
const BENEFIT_HEAD: Record<Language, RegExp> = {
  sv: /(?:pension|ersättning|penning|assistans|(?<ett>tillägg|bidrag|stöd))$/iu,
  en: /(?:pension|supplement|benefit|allowance|compensation|support|assistance)$/iu,
};


/** Every benefit the taxonomy names, ours and other agencies'. */
function benefitNames(taxonomy: Taxonomy, language: Language): string[] {
  return [...taxonomy.topics.flatMap((t) => t.names[language]), ...(taxonomy.other.names?.[language] ?? [])].filter((n) => BENEFIT_HEAD[language].test(n));
}

/** The same grammatical gender (en/ett), so that "mitt bostadstillägg" can become "mitt bostadsbidrag" and stay Swedish. */
const sameGender = (a: string, b: string, language: Language) =>
  language !== 'sv' || !!BENEFIT_HEAD.sv.exec(a)?.groups?.['ett'] === !!BENEFIT_HEAD.sv.exec(b)?.groups?.['ett'];

export function withBenefitCorrections(transcript: Transcript, taxonomy: Taxonomy): Transcript {
  const language = transcript.language;
  const names = benefitNames(taxonomy, language);
  const corrections: { at: number; right: string; pattern: RegExp }[] = [];
  for (const segment of transcript.segments) {
    if (segment.speaker !== 'agent') continue;
    // A question corrects nothing ("Så du har sjukpenning, inte sjukersättning?").
    const statements = (segment.text.match(/[^.!?]+[.!]?/gu) ?? []).filter((t) => !t.trim().endsWith('?')).join(' ');
    const lower = statements.toLowerCase();
    const said = names.filter((n) => lower.includes(n.toLowerCase()));
    for (const right of said)
      for (const wrong of said) {
        if (right === wrong || right.includes(wrong) || wrong.includes(right) || !sameGender(right, wrong, language)) continue;
        if (!CORRECTION[language](escapeRegExp(right), escapeRegExp(wrong)).test(statements)) continue;
        // The wrong name on its own: not inside a longer name ("tillfällig föräldrapenning").
        const longer = names.filter((n) => n !== wrong && n.toLowerCase().includes(wrong.toLowerCase())).map(escapeRegExp);
        const inside = longer.length ? `(?<!(?:${longer.map((n) => n.slice(0, n.toLowerCase().indexOf(wrong.toLowerCase()))).filter(Boolean).join('|')}))` : '';
        corrections.push({ at: segment.index, right, pattern: new RegExp(`${inside}(?<![\\p{L}])${escapeRegExp(wrong)}(?=(?:en|et|n|t)?(?![\\p{L}]))`, 'giu') });
      }
  }
  if (corrections.length === 0) return transcript;
  return {
    ...transcript,
    segments: transcript.segments.map((segment) => {
      if (segment.speaker === 'agent') return segment;
      let text = segment.text;
      // "bostadstillägg" → "bostadsbidrag", "bostadstillägget" → "bostadsbidraget": the ending stays, and a capital.
      for (const { at, right, pattern } of corrections)
        if (segment.index < at) text = text.replace(pattern, (w) => (/^\p{Lu}/u.test(w) ? right.charAt(0).toUpperCase() + right.slice(1) : right));
      return text === segment.text ? segment : { ...segment, text };
    }),
  };
}
