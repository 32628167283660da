import { Confidence, type Candidate } from './candidates.js';
import { numberWordAtoms } from './numbers.js';
import type { Token } from './tokens.js';

const BIRTH_CUES = new Set([
  'född', 'födde', 'föddes', 'fött', 'födda', 'födelsedatum', 'födelsedatumet', 'födelsedag', 'födelsedagen',
  'born', 'birth', 'dob', 'birthday', 'birthdate',
]);
const FILLERS = new Set(['den', 'är', 'the', 'on', 'is', 'was', 'i', 'in', 'år', 'året', 'på', 'alltså', 'ju', 'väl', 'då', 'back']);
/** What an answer to "när är du född?" may begin with before the date. */
const ANSWER_FILLERS = new Set([
  ...FILLERS, 'ja', 'jo', 'eh', 'öh', 'ehm', 'öhm', 'hm', 'mm', 'alltså', 'jag', 'är', 'det', 'var', 'född', 'föddes',
  'yes', 'yeah', 'uh', 'um', 'erm', "it's", 'its', 'i', 'was', 'born', "i'm", 'okay', 'ok', 'så', 'sure',
]);
const MONTHS = new Set([
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul',
  'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec',
]);
const SV_ORDINALS = 'första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|trettonde|fjortonde|femtonde|sextonde|sjuttonde|artonde|nittonde';
const EN_ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
const ORDINAL = new RegExp(`^(?:(?:tjugo|trettio)?(?:${SV_ORDINALS})|tjugonde|trettionde|(?:twenty|thirty)?-?(?:${EN_ORDINALS})|twentieth|thirtieth|st|nd|rd|th|e|a)$`);

const isDatePart = (t: Token): boolean =>
  t.kind === 'digits' ||
  t.lower === 'of' ||
  t.text === '-' ||
  t.text === '/' ||
  (t.kind === 'word' && (MONTHS.has(t.lower) || ORDINAL.test(t.lower) || numberWordAtoms(t.lower) !== undefined));

/**
 * A date (or year) right after "född", "born", "date of birth"; with `answer`, also one at the
 * start of the utterance (the answer to "när är du född?").
 */
export function findDatesOfBirth(tokens: Token[], answer = false): Candidate[] {
  const found: Candidate[] = [];
  const take = (first: number, fillers: Set<string>, reach: number): number | undefined => {
    let j = first;
    while (j < tokens.length && j < first + reach && (fillers.has(tokens[j]!.lower) || tokens[j]!.kind === 'punct') && !isDatePart(tokens[j]!)) j++;
    const from = j;
    let last = -1;
    let numbers = 0;
    for (; j < tokens.length && j < from + 8; j++) {
      const t = tokens[j]!;
      // A comma may separate day and year ("May 3, 1952", "Tenth of August, eighty-seven"), never end the date.
      if (t.text === ',' && tokens[j + 1] && isDatePart(tokens[j + 1]!) && tokens[j + 1]!.kind !== 'punct') continue;
      if (!isDatePart(t)) break;
      if (t.kind === 'digits' || t.kind === 'word') last = j;
      if (t.kind === 'digits' || numberWordAtoms(t.lower) || (t.text.length > 2 && ORDINAL.test(t.lower))) numbers++;
    }
    if (last < from || numbers === 0) return undefined;
    found.push({ type: 'dateOfBirth', start: tokens[from]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
    return last;
  };
  if (answer) take(0, ANSWER_FILLERS, 6);
  for (let i = 0; i < tokens.length; i++) {
    if (!BIRTH_CUES.has(tokens[i]!.lower)) continue;
    i = take(i + 1, FILLERS, 4) ?? i;
  }
  return found;
}
