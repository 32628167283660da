/** A word, a run of digits or one punctuation character, with its place in the text. */
/** The sounds a speaker pauses on, as Whisper writes them: they stand between the pieces of what is read out. */
export const HESITATIONS: ReadonlySet<string> = new Set(['eh', 'öh', 'ehm', 'öhm', 'uh', 'um', 'erm']);

export interface Token {
  text: string;
  /** Lower case, for look-ups. */
  lower: string;
  start: number;
  end: number;
  kind: 'word' | 'digits' | 'punct';
  /** Starts with a capital letter. */
  capitalised: boolean;
  /** First token of the text, of a line, or after . ! ? : */
  sentenceStart: boolean;
}

// Words keep inner hyphens and apostrophes ("Karl-Johan", "snabel-a", "O'Connor", "twenty-one").
const TOKEN = /(\p{L}[\p{L}\p{M}0-9]*(?:['’-][\p{L}\p{M}0-9]+)*)|([0-9]+)|(\S)/gu;
const SENTENCE_END = new Set(['.', '!', '?', ':', '…']);

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let previous: Token | undefined;
  for (const match of text.matchAll(TOKEN)) {
    const raw = match[0];
    const start = match.index;
    const kind = match[1] !== undefined ? 'word' : match[2] !== undefined ? 'digits' : 'punct';
    const first = raw[0]!;
    const sentenceStart = !previous || SENTENCE_END.has(previous.text) || hasNewline(text, previous.end, start);
    const token: Token = {
      text: raw,
      lower: kind === 'word' ? raw.toLowerCase() : raw,
      start,
      end: start + raw.length,
      kind,
      capitalised: kind === 'word' && first !== first.toLowerCase(),
      sentenceStart,
    };
    tokens.push(token);
    previous = token;
  }
  return tokens;
}

function hasNewline(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (text.charCodeAt(i) === 10) return true;
  return false;
}
