import { Confidence, type Candidate } from './candidates.js';
import { numberWordAtoms } from './numbers.js';
import type { Token } from './tokens.js';

const BIRTH_CUES = new Set(['född', 'födelsedatum', 'födelsedag', 'födelsedagen', 'born', 'birth', 'dob', 'birthday']);
const FILLERS = new Set(['den', 'är', 'the', 'on', 'is', 'was', 'i', 'in', 'år', 'året', 'på']);
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

/** A date (or year) right after "född", "born", "date of birth". */
export function findDatesOfBirth(tokens: Token[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!BIRTH_CUES.has(tokens[i]!.lower)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 3 && (FILLERS.has(tokens[j]!.lower) || tokens[j]!.text === ':')) j++;
    const first = j;
    let last = -1;
    let numbers = 0;
    for (; j < tokens.length && j < first + 8; j++) {
      const t = tokens[j]!;
      // A comma may separate day and year ("May 3, 1952"), never end the date.
      if (t.text === ',' && tokens[j + 1]?.kind === 'digits') continue;
      if (!isDatePart(t)) break;
      if (t.kind === 'digits' || t.kind === 'word') last = j;
      if (t.kind === 'digits' || numberWordAtoms(t.lower)) numbers++;
    }
    if (last >= first && numbers > 0) {
      found.push({ type: 'dateOfBirth', start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
      i = last;
    }
  }
  return found;
}
