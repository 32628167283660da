import type { Language } from '@samtal/contracts';
import { findAddresses } from './addresses.js';
import type { Candidate } from './candidates.js';
import { cueOf, type Cue } from './cues.js';
import { findDatesOfBirth } from './dates.js';
import { findEmails } from './email.js';
import { PLACEHOLDERS, type EntityType, type RedactedEntity } from './entities.js';
import { classifyRun, findLetteredNumbers } from './identifiers.js';
import { lexicon } from './lexicon.js';
import { findNames } from './names.js';
import { findNumberRuns } from './numbers.js';
import { tokenize, type Token } from './tokens.js';

export interface RedactionResult {
  /** The input with every entity replaced by its placeholder. */
  text: string;
  /** What was replaced, in order; offsets into the input. The values themselves are not included. */
  entities: RedactedEntity[];
}

/** What to redact beyond the identifiers, names and addresses that are always redacted. */
export interface RedactionPolicy {
  /** A date or year after "född", "born", "date of birth". Default true: it is half a personnummer. */
  datesOfBirth: boolean;
  /** Swedish towns and municipalities anywhere in the text. Default false: a town alone rarely identifies anyone, and the journal needs it. */
  towns: boolean;
}

export const DEFAULT_POLICY: RedactionPolicy = { datesOfBirth: true, towns: false };

export interface RedactOptions {
  /**
   * The language of the call. Rules for both languages always run (callers mix them, and read
   * Swedish numbers in English); the language settles words whose meaning differs ("oh").
   */
  lang: Language;
  /** The utterance before this one: a question there ("ditt personnummer?") is a cue for numbers at the start of this one. */
  context?: string;
  policy?: Partial<RedactionPolicy>;
}

/** Replaces personal data in `text` with placeholders such as `[PERSONNUMMER]` and `[NAMN]`. */
export function redact(text: string, options: RedactOptions): RedactionResult {
  const entities = findEntities(text, options);
  return { text: applyPlaceholders(text, entities), entities };
}

/** The entities `redact` replaces, without replacing them. */
export function findEntities(text: string, options: RedactOptions): RedactedEntity[] {
  const policy = { ...DEFAULT_POLICY, ...options.policy };
  const tokens = tokenize(text);
  const candidates: Candidate[] = [...findLetteredNumbers(text), ...findEmails(text, tokens), ...findAddresses(text, tokens), ...findNames(tokens)];

  const carriedCue = options.context ? lastCue(tokenize(options.context)) : undefined;
  let previousRunEnd = -1;
  let previousRunCue: Cue | undefined;
  for (const run of findNumberRuns(text, tokens, options.lang)) {
    const findings = classifyRun(run, { tokens, previousRunEnd, carriedCue, previousRunCue });
    candidates.push(...findings.candidates);
    previousRunEnd = run.lastToken;
    previousRunCue = findings.cue;
  }
  if (policy.datesOfBirth) candidates.push(...findDatesOfBirth(tokens));
  if (policy.towns) candidates.push(...findTowns(tokens));
  return merge(candidates);
}

function lastCue(tokens: Token[]): Cue | undefined {
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 12; i--) {
    const cue = cueOf(tokens, i);
    if (cue) return cue;
  }
  return undefined;
}

function findTowns(tokens: Token[]): Candidate[] {
  const { places } = lexicon();
  return tokens
    .filter((t) => t.capitalised && places.has(t.lower))
    .map((t) => ({ type: 'town' as EntityType, start: t.start, end: t.end, confidence: 1 }));
}

/**
 * Overlapping findings become one entity spanning them all, named by the surest finding
 * (the longest among equals): "3300 811218-9876" is one bank account, not an account with a
 * personnummer inside.
 */
function merge(candidates: Candidate[]): RedactedEntity[] {
  candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: RedactedEntity[] = [];
  let current: (RedactedEntity & { by: Candidate }) | undefined;
  for (const c of candidates) {
    if (c.end <= c.start) continue;
    if (current && c.start < current.end) {
      current.end = Math.max(current.end, c.end);
      const best = current.by;
      if (c.confidence > best.confidence || (c.confidence === best.confidence && c.end - c.start > best.end - best.start)) {
        current.by = c;
        current.type = c.type;
      }
      continue;
    }
    if (current) merged.push({ type: current.type, start: current.start, end: current.end });
    current = { type: c.type, start: c.start, end: c.end, by: c };
  }
  if (current) merged.push({ type: current.type, start: current.start, end: current.end });
  return merged;
}

/** The text with each entity (sorted, not overlapping) replaced by its placeholder. */
export function applyPlaceholders(text: string, entities: readonly RedactedEntity[]): string {
  let out = '';
  let at = 0;
  for (const e of entities) {
    out += text.slice(at, e.start) + PLACEHOLDERS[e.type];
    at = e.end;
  }
  return out + text.slice(at);
}
