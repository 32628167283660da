import { personalNumberKind, personalNumberShaped } from './checksums.js';
import { cueBefore, reportCueBefore } from './cues.js';
import { PLACEHOLDERS } from './entities.js';
import { amountBeforeTax, groupedAsPersonalNumber, halfPersonalNumber, isCaseNumberShaped, målnummerBefore, normalisedPhone, reportNumberShaped } from './identifiers.js';
import { AREA_UNITS, LEADS, UNITS } from './units.js';
import { findNumberRuns, type NumberRun } from './numbers.js';
import { allowedDigits, analyseUtterance, applyPlaceholders, merge, type RedactOptions } from './redact.js';
import { tokenize, type Token } from './tokens.js';

export interface GuardedText {
  text: string;
  /** Numbers the leak scan removed after redaction had kept them (a count: never log the values). */
  leaks: number;
}

/** Six digits or more is half a personnummer, a whole account or phone number. */
const MIN_LEAK_DIGITS = 6;

/**
 * The last line of defence for everything UI-facing (the draft, the redacted dialogue,
 * sentiment texts, events): the text is redacted, then any run of six or more digits or number
 * words that is still there is removed, unless it is an amount or a time (a unit or "klockan"
 * beside it), a date written as one (2026-04-15), a case or form number named as such, or an
 * allowed number (the agency's own). When in doubt, it goes.
 */
export function guardText(text: string, options: RedactOptions): GuardedText {
  // The rules alone: the text was redacted with the call as context already (see RedactOptions.recogniser).
  // (Every option copied by name, the type checking that none is left out: spreading the options into
  // a literal with one more field took V8's slow path, microseconds a line.)
  const rulesOnly: RedactOptions & Record<keyof RedactOptions, unknown> = { lang: options.lang, policy: options.policy, allowedNumbers: options.allowedNumbers, recogniser: false };
  const analysis = analyseUtterance(text, rulesOnly);
  const entities = merge(analysis.candidates);
  const redacted = applyPlaceholders(text, entities);
  // Nothing redacted (most lines, and most of those already redacted once): the scan reads the text as the
  // redaction just did, so its tokens and numbers are reused rather than read again.
  // (Review of round 89: the scan never splits a sum off a year, `findNumberRuns`' default; it reads the joined number, and
  // where the redaction split one, reads the text again.)
  const reuse = entities.length === 0 && !analysis.runs.some((r) => r.sumSplit === true);
  const tokens = entities.length === 0 ? analysis.tokens : tokenize(redacted);
  const runs = reuse ? analysis.runs : findNumberRuns(redacted, tokens, options.lang);
  const allowed = allowedDigits(options.allowedNumbers);
  let out = '';
  let at = 0;
  let leaks = 0;
  for (const run of runs) {
    if (run.digits.length < MIN_LEAK_DIGITS || kept(run, redacted, tokens, allowed) || (isCaseNumberShaped(run, redacted) && !personalNumberKind(run.digits))) continue;
    const kind = personalNumberKind(run.digits);
    out += redacted.slice(at, run.start) + PLACEHOLDERS[kind ?? 'idNumber'];
    at = run.end;
    leaks++;
  }
  return { text: out + redacted.slice(at), leaks };
}

function kept(run: NumberRun, text: string, tokens: Token[], allowed: ReadonlySet<string>): boolean {
  if (allowed.has(normalisedPhone(run))) return true;
  if (personalNumberKind(run.digits)) return false;
  const next = tokens[run.lastToken + 1];
  const previous = tokens[run.firstToken - 1];
  // (A size word keeps no run of six figures or more: "Account 12345678 sqm", "413 19 65 kvm"; review 78.)
  const unit = next !== undefined && UNITS.has(next.lower) && !(AREA_UNITS.has(next.lower) && run.digits.length >= 6);
  if ((unit || (previous && LEADS.has(previous.lower))) && !identifierThroughNoise(run, text)) return true;
  // ("trehundratiotusen före skatt": a sum said with its thousands, tax named after it; amounts in notes.)
  if (isWrittenDate(run) || isListOfQuantities(run, text, tokens) || (amountBeforeTax(tokens, run) && !identifierThroughNoise(run, text))) return true;
  // (Not one shaped as a personal number after "målnummer": "Målnumret är 9105712388"; review 73.)
  // (Nor, after a police report's cue, one not in a report number's own shape; nor a personal number's first half: review 74.)
  return (
    cueBefore(tokens, run.firstToken, -1, 3) === 'exempt' && !(personalNumberShaped(run.digits) && (målnummerBefore(tokens, run.firstToken) || groupedAsPersonalNumber(run))) &&
    !(reportCueBefore(tokens, run.firstToken) && !reportNumberShaped(run, text)) && !halfPersonalNumber(run, text)
  );
}

/**
 * "4539 1488 0343 6467 … *cough* … 2 years": a run read through a noise aside, with six digits or more on one side of it. A unit
 * beside the run is the other number's, and keeps neither (review 77).
 */
function identifierThroughNoise(run: NumberRun, text: string): boolean {
  for (let k = 1; k < run.parts.length; k++) {
    if (!text.slice(run.parts[k - 1]!.end, run.parts[k]!.start).includes('*')) continue;
    const before = run.parts.slice(0, k).map((p) => p.digits).join('');
    const after = run.parts.slice(k).map((p) => p.digits).join('');
    if (before.length >= 6 || after.length >= 6 || personalNumberKind(before) || personalNumberKind(after)) return true;
  }
  return false;
}

const LIST_ENDS = new Set(['eller', 'och', 'or', 'and']);

/**
 * "25, 50, 75 eller 100 procent": short numbers listed with commas, the last one after "eller"/"or" and
 * a unit that counts for them all. An identifier read in pieces has no unit after its last piece.
 */
function isListOfQuantities(run: NumberRun, text: string, tokens: Token[]): boolean {
  if (run.parts.length < 2 || run.parts.some((p) => p.digits.length > 3)) return false;
  if (run.parts.slice(1).some((p, i) => !/^,\s*$/u.test(text.slice(run.parts[i]!.end, p.start)))) return false;
  const [conjunction, last, unit] = tokens.slice(run.lastToken + 1, run.lastToken + 4);
  return !!conjunction && LIST_ENDS.has(conjunction.lower) && last?.kind === 'digits' && !!unit && UNITS.has(unit.lower);
}

/** "2026-04-15": a date as the draft writes it (of a payment, a decision, a call-back). */
function isWrittenDate(run: NumberRun): boolean {
  const [year, month, day, ...rest] = run.parts.map((p) => p.digits);
  if (rest.length > 0 || year?.length !== 4 || month?.length !== 2 || day?.length !== 2) return false;
  return Number(year) >= 2000 && Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
}
