/**
 * Helpers for the redaction's spec files (excluded from the library build): a call written as
 * `agent: …` / `caller: …` lines, redacted as one dialogue.
 */
import { redactDialogue, type Utterance } from '../dialogue.js';

/** The redacted text of each line of the call. */
export function call(lang: 'sv' | 'en', ...lines: string[]): string[] {
  const utterances: Utterance[] = lines.map((line) => {
    const [speaker, ...text] = line.split(': ');
    return { speaker: speaker as Utterance['speaker'], text: text.join(': ') };
  });
  return redactDialogue(utterances, { lang }).map((r) => r.text);
}

/** One caller line, redacted as a call of its own. */
export const one = (lang: 'sv' | 'en', text: string): string => call(lang, `caller: ${text}`)[0]!;
