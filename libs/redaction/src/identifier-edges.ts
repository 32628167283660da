import { Confidence, type Candidate } from './candidates.js';
import type { EntityType } from './entities.js';
import { henkilotunnusHolds, isPesel, luhnValid, personalNumberKind } from './checksums.js';
import { isNumberToken, type NumberRun } from './numbers.js';
import { lexicon } from './lexicon.js';
import { endsFirmName } from './names.js';
import { rememberedTest } from './patterns.js';
import { NATO_WORDS } from './spelling.js';
import { BAD_LINE, ellipsisDotAt, HESITATIONS, isSingleCapital, SENTENCE_END_MARKS, type Token } from './tokens.js';
import { isYear, MONTHS, UNITS } from './units.js';

/**
 * What is said at an identifier's edges, and foreign identity numbers read aloud (round 41, from tuning-52):
 * a Norwegian fødselsnummer whose check digits hold, a British National Insurance number read with the spelling
 * alphabet, a check letter said after a number ("…, P som i Petter", "…, Quebec"), the letters read before one
 * ("Kilo Tango, five five, …") and an extension dialled after a person's phone ("…, anknytning fyrtiotre").
 */
export function identifiersReadAloud(tokens: Token[], runs: readonly NumberRun[]): Candidate[] {
  return [...norwegianNumbers(tokens, runs), ...finnishNumbers(tokens, runs), ...nationalInsuranceNumbers(tokens, runs), ...cardGroups(tokens, runs)];
}

/** What a card's groups are read with: pauses, ordinals, "group", "and then the rest" (round 43). */
const GROUP_GLUE = new Set([
  ',', '.', '…', '-', 'och', 'sen', 'sedan', 'så', 'är', 'nästa', 'första', 'andra', 'tredje', 'fjärde', 'sista', 'sist', 'gruppen', 'grupp', 'resten', 'vänta',
  'and', 'then', 'is', 'the', 'next', 'first', 'second', 'third', 'fourth', 'last', 'group', 'rest', 'er', 'wait', 'finally', ...HESITATIONS,
  // (A bad line between the groups: "4557 6685 … hör du? … 9624 3520", "… can you hear me? …", "*brus*"; round 77.)
  '?', '*', 'du', 'mig', 'mej', 'can', 'you', 'me', ...BAD_LINE,
]);
/** Words that name a card in the turn. */
// (Not "kort" alone, which is also "short"; "Visa" as a card only in capitals, "show" in Swedish; credit and debit only as a card.)
const CARD_WORDS = rememberedTest(/^(?:kortet|kortets|kortnummer|kortnumret|\p{L}+kort(?:et)?|card|cards|mastercard|maestro|amex)$/u);
const cardNamed = (tokens: readonly Token[]): boolean =>
  tokens.some((t, k) => CARD_WORDS.test(t.lower) || t.text === 'Visa' || (['credit', 'debit'].includes(t.lower) && tokens[k + 1]?.lower === 'card'));
/** What a group of four numbers where it is no card's: a time, a case, an invoice, a reference, a sum. */
const NOT_CARD_LEADS = new Set(['klockan', 'kl', 'at', 'ärende', 'ärendenummer', 'faktura', 'fakturanummer', 'referens', 'reference', 'summa', 'ocr', 'invoice', 'case']);

/**
 * "First group 5208, second 5189, third 4149, last group 7554", "My Visa is 4922 9866, er, 1221 1018": a card read group by
 * group. Sixteen digits in groups of four whose Luhn check holds are a card, named or not; where the turn names a card,
 * eight digits or more in groups of four are (fails closed). Not amounts ("1 200 kronor och 3 400").
 */
function cardGroups(tokens: Token[], runs: readonly NumberRun[]): Candidate[] {
  const out: Candidate[] = [];
  const amount = (run: NumberRun) => UNITS.has(tokens[run.lastToken + 1]?.lower ?? '') || /^[£$€]$/u.test(tokens[run.firstToken - 1]?.text ?? '');
  const chains: NumberRun[][] = [];
  for (const run of runs) {
    const chain = chains.at(-1);
    const prev = chain?.at(-1);
    const grouped = run.digits.length % 4 === 0 && run.digits.length <= 16 && !amount(run);
    const glued = !!prev && run.firstToken - prev.lastToken <= 8 && tokens.slice(prev.lastToken + 1, run.firstToken).every((t) => GROUP_GLUE.has(t.lower));
    if (grouped && glued) chain!.push(run);
    else if (grouped) chains.push([run]);
  }
  // (Read only where there are groups to name: a look at every token of the turn otherwise.)
  const named = chains.length > 0 && cardNamed(tokens);
  // (Said as four digits: not "1 200", a sum; nor years, "2023 och 2024"; nor after "klockan", "ärende", "faktura".)
  const asGroups = (run: NumberRun) => tokens.slice(run.firstToken, run.lastToken + 1).every((t) => t.kind !== 'digits' || t.text.length === 4) && !/^(?:19|20)\d\d$/u.test(run.digits);
  for (const chain of chains) {
    const digits = chain.map((r) => r.digits).join('');
    const whole = digits.length === 16 && luhnValid(digits);
    const lead = tokens[chain[0]!.firstToken - 1]?.lower ?? '';
    // (Named: said in two groups or more, not a bankgiro's "5050-1055" beside "we don't take cards".)
    if (!whole && !(named && digits.length >= 8 && chain.length >= 2 && chain.every(asGroups) && !NOT_CARD_LEADS.has(lead))) continue;
    for (const run of chain) out.push({ type: 'card', start: run.start, end: run.end, confidence: whole ? Confidence.validated : Confidence.cued });
  }
  // (Not a giro written with its dash, "5050-1055", round 67's tune-all.)
  const dashed = (run: NumberRun) => tokens.slice(run.firstToken, run.lastToken + 1).some((t) => t.text === '-');
  return [...out, ...cardGroupsPutRight(tokens, runs.filter((run) => run.digits.length % 4 === 0 && !amount(run) && asGroups(run) && !dashed(run) && !NOT_CARD_LEADS.has(tokens[run.firstToken - 1]?.lower ?? '')))];
}

/** The same four digits, or the same digits in another order: a group said again, or put right after a slip. */
const sameGroupAgain = (a: string, b: string): boolean => [...a].sort().join('') === [...b].sort().join('');

/**
 * "4494, 9309... nej förlåt, 9309 stämmer, sen 7940 …", "5167 6879... hang on, the light's bad... 8521 1905", "… 1786 2934 but
 * the end is 2943": a card's four groups with an aside or a slip between them, no card named (round 67). Only where the
 * sixteen digits pass the Luhn check — read straight through, or with the one group that the next group says again or
 * puts right (its digits swapped) left out — in one sentence; every group of the stretch is then the card's.
 */
function cardGroupsPutRight(tokens: readonly Token[], runs: readonly NumberRun[]): Candidate[] {
  const groups = runs.flatMap((run) => tokens.slice(run.firstToken, run.lastToken + 1).flatMap((t, k) => (t.kind === 'digits' ? [{ digits: t.text, start: t.start, end: t.end, at: run.firstToken + k, alone: run.firstToken === run.lastToken }] : [])));
  const sentenceEnd = (from: number, to: number) => tokens.slice(from + 1, to).some((t, k) => SENTENCE_END_MARKS.has(t.text) && !ellipsisDotAt(tokens, from + 1 + k));
  // Round 67's review: where no card is named in the turn, the groups are read in a row — only pauses, fillers, a slip or
  // its correction between them, or an aside set off by pauses on both sides ("7320... sorry, my glasses... 2152") — and
  // none is a year (1800–2099) or beside a month ("1250 i januari", "4250 kvadrat... nej 1875", "0800 to 1200", "sen 3380,
  // sen 2210" of a meter are kept). Where a card is named, any words may come between (fails closed).
  const named = cardNamed(tokens);
  const inARow = (from: number, to: number) => {
    const between = tokens.slice(from + 1, to);
    // (A pause by its index: the token's own place, not a search of the turn for it.)
    if (between.every((t, k) => t.kind === 'punct' || ellipsisDotAt(tokens, from + 1 + k) || IN_A_ROW.has(t.lower))) return true;
    // (An aside: a pause right after the group, and a pause right before the next.)
    const ellipsis = (k: number) => tokens[k]?.text === '…' || (tokens[k]?.text === '.' && ellipsisDotAt(tokens, k));
    return between.length >= 2 && ellipsis(from + 1) && ellipsis(to - 1) && !between.some((t) => MONTHS.has(t.lower) || UNITS.has(t.lower));
  };
  const year = (x: (typeof groups)[number]) => x.alone && /^(?:18|19|20)\d\d$/u.test(x.digits);
  const plain = (x: (typeof groups)[number]) => {
    const around = [tokens[x.at - 1], tokens[x.at + 1], tokens[x.at + 2]].map((t) => t?.lower ?? '');
    return !around.some((w) => MONTHS.has(w) || UNITS.has(w));
  };
  // (Years: two groups or more said alone that are years make a list of years, "1865, …, 1889 och 1809"; one group of a
  // card may look like a year, "8521 1905".)
  const years = (g: readonly (typeof groups)[number][]) => g.filter(year).length >= 2;
  const out: Candidate[] = [];
  for (let i = 0; i + 4 <= groups.length; i++) {
    const stretch = (size: number) => {
      const g = groups.slice(i, i + size);
      const near = (x: (typeof groups)[number], before: (typeof groups)[number] | undefined) =>
        !before || (x.at - before.at <= 16 && !sentenceEnd(before.at, x.at) && (named || inARow(before.at, x.at)));
      return g.length === size && g.every((x, k) => near(x, g[k - 1]) && (named || plain(x))) && (named || !years(g)) ? g : undefined;
    };
    // The groups as meant: a group said again or put right (its digits swapped) by the next, once or twice ("7654... no
    // wait, 6754, sorry, 7654"), counts as the group the last one says.
    const meant = (g: readonly (typeof groups)[number][]) => g.filter((x, k) => !sameGroupAgain(x.digits, g[k + 1]?.digits ?? '')).map((x) => x.digits);
    let found: (typeof groups)[number][] | undefined;
    for (let size = 4; size <= 6 && !found; size++) {
      const g = stretch(size);
      const digits = g && meant(g);
      if (g && digits && digits.length === 4 && luhnValid(digits.join(''))) found = g;
      // (Or the one group before its correction: "… 3567 but it should end 3576".)
      else if (g && size === 5 && g.some((x, k) => k < 4 && sameGroupAgain(x.digits, g[k + 1]?.digits ?? '') && luhnValid(g.filter((_, j) => j !== k).map((y) => y.digits).join('')))) found = g;
    }
    // (Cued, not validated: where the groups are an IBAN's or an account's read in pieces, the type named wins.)
    if (found) for (const x of found) out.push({ type: 'card', start: x.start, end: x.end, confidence: Confidence.cued });
  }
  return out;
}

/** What may come between a card's groups read in a row: a slip put right, "then", "and the last". */
const IN_A_ROW = new Set([
  ...GROUP_GLUE, 'nej', 'förlåt', 'men', 'ska', 'vara', 'slutar', 'på', 'skulle', 'ursäkta', 'alltså', 'menar', 'jag', 'det', 'var', 'rätt', 'först', 'stämmer', 'också', 'fel',
  'no', 'sorry', 'i', 'mean', 'hang', 'on', 'it', 'it\'s', 'was', 'right', 'should', 'end', 'ends', 'be', 'but', 'that', 'correct', 'oops', 'actually',
]);

/** Pieces of what was found: the letters and extensions at the edges of identifiers. */
export function identifierEdges(tokens: Token[], runs: readonly NumberRun[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const c of found) {
    if (!LETTERED.has(c.type)) continue;
    const first = tokens.findIndex((t) => t.start >= c.start);
    const last = tokens.findLastIndex((t) => t.end <= c.end);
    if (first < 0 || last < first) continue;
    // "…, eight one, A for alpha": the spelling of a letter the number ends on.
    let end = last + (isSingleCapital(tokens[last]!) ? asInLength(tokens, last + 1) : 0);
    // "…, P som i Petter", "…, Quebec", "…, och sen bokstaven P": a check letter said after it, closing the clause.
    let k = end + 1;
    for (let glue = 0; glue < 4 && BEFORE_LETTER.has(tokens[k]?.lower ?? ''); glue++) k++;
    const letter = letterAt(tokens, k);
    const closes = (t: Token | undefined) => !t || t.kind === 'punct';
    if (letter > 0 && closes(tokens[k + letter])) end = k + letter - 1;
    // "qq 12 34 56 c": a National Insurance number's suffix letter written small, closing the clause.
    else if (c.type === 'idNumber' && /^[a-d]$/u.test(tokens[end + 1]?.text ?? '') && closes(tokens[end + 2])) end++;
    // "Kilo Tango, five five, …": letters read before a foreign identity number.
    let start = first;
    if (c.type === 'idNumber') {
      let k = tokens[first - 1]?.text === ',' ? first - 1 : first;
      for (let letters = 0; letters < 2 && letterBefore(tokens, k); letters++) k--;
      // ("qq 12 34 56 c": its two letters written small, no word of the language.)
      const small = tokens[k - 1];
      if (k === first && small?.kind === 'word' && /^\p{Ll}{2}$/u.test(small.text) && !lexicon().stopWords.has(small.lower)) k--;
      if (k < first - 1 || (k === first - 1 && tokens[k]!.text !== ',')) start = k;
    }
    // "IE26 AIBK... 9311 5295 6468 10": an IBAN begun and read on after a pause; its country, check digits and bank code.
    if (c.type === 'iban') {
      let k = start - 1;
      for (let pause = 0; pause < 4 && k >= 0 && (tokens[k]!.kind === 'punct' || HESITATIONS.has(tokens[k]!.lower)); pause++) k--;
      if (/^\p{Lu}{4}$/u.test(tokens[k]?.text ?? '')) k--;
      if (/^\p{Lu}{2}\d{2}$/u.test(tokens[k]?.text ?? '')) start = k;
    }
    // "ELLIS 602148 MJ 9AB": a British driving licence opens with five letters of the surname, in capitals.
    if (c.type === 'idNumber' && start === first && /^\p{Lu}{2,5}$/u.test(tokens[first - 1]?.text ?? '') && !DOCUMENT_ABBREVIATIONS.has(tokens[first - 1]!.text) && !endsFirmName(tokens, first - 1) && tokens[first - 1]!.end < tokens[first]!.start) start = first - 1;
    // ("… 602148 MJ 9AB": and closes with its initials and check characters.)
    const [a, b, d] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
    if (c.type === 'idNumber' && /^\p{Lu}{2}$/u.test(a?.text ?? '') && b?.kind === 'digits' && b.text.length === 1 && /^\p{Lu}{2}$/u.test(d?.text ?? '') && d!.start === b.end) end += 3;
    // "15590328, then 2, then Z W 4", "…, then D J nine, then R T", "RX, och sen 4481027": an identity number's letter
    // groups, read apart from its digits before or after them (round 47).
    // (Or a card's, where "uppehållskortet", "id-kortet" named the document.)
    if (c.type === 'idNumber' || c.type === 'card') {
      end = letterGroupsAfter(tokens, end);
      start = letterGroupBefore(tokens, start);
    }
    if (start < first || end > last) out.push({ type: c.type, start: tokens[start]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
    if (c.type === 'phone') {
      const extension = extensionAfter(tokens, runs, last);
      if (extension) out.push({ type: 'phone', start: extension.start, end: extension.end, confidence: Confidence.cued });
    }
  }
  return out;
}

/** Identifiers that may carry letters: a check letter, a country's, a spelled prefix. */
const LETTERED = new Set<EntityType>(['idNumber', 'personnummer', 'samordningsnummer', 'phone', 'card', 'bankAccount', 'organisationsnummer', 'bankgiro', 'plusgiro', 'iban']);
const EXTENSION_WORDS = new Set(['anknytning', 'anknytningen', 'ankn', 'lokalnummer', 'direktnummer', 'extension', 'ext', 'x']);
/** What may stand around an extension's word: "…, och sen anknytning nummer 4412", "ext. 422", "extension, um, four two two". */
const AROUND_EXTENSION = new Set([',', '.', 'och', 'sen', 'så', 'and', 'then', 'nummer', 'number', 'är', 'is', ...HESITATIONS]);
/** What may stand between a number and a letter said after it: a pause, "och sen bokstaven", "then the letter". */
const BEFORE_LETTER = new Set([',', 'och', 'sen', 'så', 'and', 'then', 'bokstaven', 'the', 'letter', ...HESITATIONS]);

/**
 * What stands between an identity number's digits and its letter groups read apart: "then", "och sen", "space", pauses.
 * Wider than `BEFORE_LETTER` (a sentence's end, "last", "space"): a group of letters with digits is surer than one
 * letter, which every identifier type may end on.
 */
const GROUP_GAP = new Set([',', '.', '…', 'och', 'sen', 'sedan', 'sist', 'then', 'and', 'last', 'space', 'mellanslag', 'the', 'letter', 'letters', 'bokstaven', 'bokstäverna', ...HESITATIONS]);
/** Capitals that name a document or a country, not a group of its number: "personal ID, …", "…, the NIE", "the UK one". */
const DOCUMENT_ABBREVIATIONS = new Set(['ID', 'NIE', 'NIF', 'DNI', 'UK', 'EU', 'EES', 'USA', 'IBAN', 'BIC', 'PPS', 'PAN', 'LMA', 'NI', 'CPR', 'OCR', 'PIN', 'CVC', 'CVV', 'BANKID']);
/** A letter group's piece: a capital or a spelling-alphabet word, or capitals with a digit ("ZW4", "SJ9", "KD"); not "I". */
const groupLetter = (t: Token | undefined): boolean =>
  !!t && t.kind === 'word' && t.text !== 'I' && !DOCUMENT_ABBREVIATIONS.has(t.text.toUpperCase()) && (NATO_WORDS.has(t.lower) || (/^[\p{Lu}\d]{1,4}$/u.test(t.text) && /\p{Lu}/u.test(t.text)));

/** The last token of the letter groups (with their digits) said after token `end` up to the clause's end, or `end`. */
function letterGroupsAfter(tokens: Token[], end: number): number {
  for (;;) {
    let k = end + 1;
    for (let gap = 0; gap < 6 && GROUP_GAP.has(tokens[k]?.lower ?? ''); gap++) k++;
    if (!groupLetter(tokens[k])) return end;
    let last = k;
    while (groupLetter(tokens[last + 1]) || (groupLetter(tokens[last]) && isNumberToken(tokens[last + 1]))) last++;
    // (Closing the clause or followed by another group: not "… 4481027 A lot of people".)
    const after = tokens[last + 1];
    if (after && after.kind !== 'punct' && !GROUP_GAP.has(after.lower)) return end;
    end = last;
  }
}

/** The first token of a letter group said before token `start` ("RX, och sen", "FP, then", "E K"), or `start`. */
function letterGroupBefore(tokens: Token[], start: number): number {
  let k = start - 1;
  for (let gap = 0; gap < 3 && GROUP_GAP.has(tokens[k]?.lower ?? '') && tokens[k]!.text !== '.'; gap++) k--;
  // (Not the form ending a firm's name before its number, "Nour Restaurang AB, 556124-8112"; round 92.)
  if (!groupLetter(tokens[k]) || NATO_WORDS.has(tokens[k]!.lower) || endsFirmName(tokens, k)) return start;
  while (groupLetter(tokens[k - 1]) && !NATO_WORDS.has(tokens[k - 1]!.lower) && tokens[k - 1]!.text.length === 1) k--;
  return k;
}

/** "…, anknytning fyrtiotre", "…, extension seven one four": the extension of a phone found, said right after it. */
function extensionAfter(tokens: Token[], runs: readonly NumberRun[], last: number): NumberRun | undefined {
  let k = last + 1;
  for (let glue = 0; glue < 3 && AROUND_EXTENSION.has(tokens[k]?.lower ?? ''); glue++) k++;
  // ("031-390 612, och be om anknytning fyrtiosex nittioett", "…, and if it's the office, extension seven seventeen": further
  // on in the sentence too, with no other number between, round 53.)
  if (!EXTENSION_WORDS.has(tokens[k]?.lower ?? '')) {
    let j = k;
    while (j < tokens.length && j <= last + 10 && !SENTENCE_END_MARKS.has(tokens[j]!.text) && tokens[j]!.kind !== 'digits' && !runs.some((r) => r.firstToken === j) && !EXTENSION_WORDS.has(tokens[j]!.lower)) j++;
    if (!EXTENSION_WORDS.has(tokens[j]?.lower ?? '')) return undefined;
    k = j;
  }
  k++;
  for (let glue = 0; glue < 3 && AROUND_EXTENSION.has(tokens[k]?.lower ?? ''); glue++) k++;
  return runs.find((r) => r.firstToken === k);
}

/** "som i Petter", "as in kilo", "for alpha" after a letter (", som i Zäta" too): the tokens it takes, or 0. */
function asInLength(tokens: Token[], k: number): number {
  if (tokens[k]?.text === ',') {
    const after = asInLength(tokens, k + 1);
    return after > 0 ? after + 1 : 0;
  }
  const [a, b] = [tokens[k]?.lower, tokens[k + 1]?.lower];
  if (((a === 'som' && b === 'i') || (a === 'as' && b === 'in')) && tokens[k + 2]?.kind === 'word') return 3;
  if ((a === 'for' || a === 'like') && tokens[k + 1]?.kind === 'word' && (NATO_WORDS.has(b ?? '') || tokens[k + 1]!.capitalised)) return 2;
  return 0;
}

/** A letter said at `k`: a capital alone, a spelling-alphabet word, or a letter and its spelling. The tokens it takes, or 0. */
function letterAt(tokens: Token[], k: number): number {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return 0;
  if (NATO_WORDS.has(t.lower)) return 1;
  // (A letter in lower case only with its spelling: "z som i zäta".)
  if (t.text.length !== 1 || t.text === 'I' || !/\p{L}/u.test(t.text)) return 0;
  const spelling = asInLength(tokens, k + 1);
  return isSingleCapital(t) || spelling > 0 ? 1 + spelling : 0;
}

/** A letter said just before token `k` (a capital alone or a spelling-alphabet word). */
const letterBefore = (tokens: Token[], k: number): boolean => {
  const t = tokens[k - 1];
  return !!t && t.kind === 'word' && (NATO_WORDS.has(t.lower) || (isSingleCapital(t) && t.text !== 'I'));
};

/** The letter a letter item at `k` says ("Bravo" is B), if it is one. */
function letterOf(tokens: Token[], k: number): string | undefined {
  return letterAt(tokens, k) > 0 ? tokens[k]!.text[0]!.toUpperCase() : undefined;
}

/**
 * "November Zulu, two one, seven four, nine zero, Bravo": two letters, six digits and a letter from A to D, read
 * aloud, are a British National Insurance number, named or not (its written shape is found in identifiers.ts).
 */
function nationalInsuranceNumbers(tokens: Token[], runs: readonly NumberRun[]): Candidate[] {
  const out: Candidate[] = [];
  for (const run of runs) {
    if (run.digits.length !== 6) continue;
    let before = run.firstToken - (tokens[run.firstToken - 1]?.text === ',' ? 1 : 0);
    // ("N-E, three four, …": the two letters written joined by a dash.)
    if (/^\p{Lu}-\p{Lu}$/u.test(tokens[before - 1]?.text ?? '')) before -= 1;
    else if (letterBefore(tokens, before) && letterBefore(tokens, before - 1)) before -= 2;
    else continue;
    const after = run.lastToken + 1 + (tokens[run.lastToken + 1]?.text === ',' ? 1 : 0);
    const suffix = letterOf(tokens, after);
    if (!suffix || !'ABCD'.includes(suffix)) continue;
    out.push({ type: 'idNumber', start: tokens[before]!.start, end: tokens[after + letterAt(tokens, after) - 1]!.end, confidence: Confidence.validated });
  }
  return out;
}

/** What may stand between two pieces of one number read on: pauses, "then", "och sen", a dash. */
const READ_ON = new Set([',', 'then', 'and', 'och', 'sen', 'sedan', 'så', 'streck', 'dash', 'bindestreck', '-', ...HESITATIONS]);

/**
 * A Norwegian fødselsnummer (or D-nummer): eleven digits, a date (day first) and two check digits that hold, in one
 * run or two read on ("two five oh three six four, then four oh one eight two"). A checksum-valid identifier is
 * redacted whatever is said around it.
 */
function norwegianNumbers(tokens: Token[], runs: readonly NumberRun[]): Candidate[] {
  const out: Candidate[] = [];
  for (let r = 0; r < runs.length; r++) {
    const run = runs[r]!;
    // (Not a case number begun with its year, "2026-0418733".)
    if (run.digits.length === 11 && foreignIdHolds(run.digits) && !yearFirst(run)) out.push({ type: 'idNumber', start: run.start, end: run.end, confidence: Confidence.validated });
    const next = runs[r + 1];
    if (!next || run.digits.length + next.digits.length !== 11 || next.firstToken - run.lastToken > 4) continue;
    if (!tokens.slice(run.lastToken + 1, next.firstToken).every((t) => READ_ON.has(t.lower))) continue;
    if (foreignIdHolds(run.digits + next.digits) && !yearFirst(run)) out.push({ type: 'idNumber', start: run.start, end: next.end, confidence: Confidence.validated });
  }
  return out;
}

/** A henkilötunnus's century sign said between its date and its figures: "-", "streck", "dash", "A", "plus". */
const CENTURY_SIGNS = new Set(['-', 'streck', 'bindestreck', 'dash', 'hyphen', 'minus', 'a', 'plus', '+']);
/**
 * A Finnish henkilötunnus, "250172-197V", "två fem noll ett, sju två, och sen streck ett nio sju V" (round 91): six figures of a
 * date, the century sign, three figures and the check character, in one run or up to four read on, the check a letter said
 * right after the figures or their tenth figure, the mod-31 check holding. A checksum-valid identifier is redacted whatever is
 * said around it; the century sign must be heard where the check is a figure (ten figures alone may be a phone's).
 */
function finnishNumbers(tokens: Token[], runs: readonly NumberRun[]): Candidate[] {
  const out: Candidate[] = [];
  for (let r = 0; r < runs.length; r++) {
    let digits = '';
    let signed = false;
    for (let q = r; q < runs.length && q < r + 4 && digits.length < 10; q++) {
      const run = runs[q]!;
      if (q > r) {
        const between = tokens.slice(runs[q - 1]!.lastToken + 1, run.firstToken);
        if (between.length > 4 || !between.every((t) => READ_ON.has(t.lower) || CENTURY_SIGNS.has(t.lower))) break;
        if (digits.length === 6 && between.some((t) => CENTURY_SIGNS.has(t.lower))) signed = true;
      }
      // (Written whole: "250172-197V", the sign inside the run right after the date's six figures.)
      if (digits.length === 0 && /^\d{6}[-+A]\d{3}/u.test(tokens.slice(run.firstToken, run.lastToken + 1).map((t) => t.text).join(''))) signed = true;
      digits += run.digits;
      // (A Swedish personal number's ten figures are the Swedish one's, whatever mod 31 says.)
      if (digits.length === 10 && personalNumberKind(digits) !== undefined) break;
      if (digits.length === 9) {
        const letter = letterOf(tokens, run.lastToken + 1);
        if (letter !== undefined && henkilotunnusHolds(digits, letter)) {
          out.push({ type: 'idNumber', start: runs[r]!.start, end: tokens[run.lastToken + 1]!.end, confidence: Confidence.validated });
        }
      } else if (digits.length === 10 && signed && henkilotunnusHolds(digits.slice(0, 9), digits[9]!)) {
        out.push({ type: 'idNumber', start: runs[r]!.start, end: run.end, confidence: Confidence.validated });
      }
    }
  }
  return out;
}

/** A run begun with a year of four figures said apart: "2026-0418733", "2026-117 4582". */
const yearFirst = (run: NumberRun): boolean => run.parts.length > 1 && isYear(run.parts[0]!.digits);
/** Eleven digits that are a Norwegian fødselsnummer or a Polish PESEL by their check digits (PESEL: round 75). */
export const foreignIdHolds = (digits: string): boolean => isFodselsnummer(digits) || isPesel(digits);

const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];

/** Day (or a D-nummer's day plus 40), month, and both mod-11 check digits. */
export function isFodselsnummer(digits: string): boolean {
  if (!/^\d{11}$/.test(digits)) return false;
  const d = [...digits].map(Number);
  const day = d[0]! * 10 + d[1]!;
  const month = d[2]! * 10 + d[3]!;
  if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) return false;
  const check = (weights: number[]) => {
    const rest = 11 - (weights.reduce((sum, w, i) => sum + w * d[i]!, 0) % 11);
    return rest === 11 ? 0 : rest;
  };
  return check(FIRST_WEIGHTS) === d[9] && check(SECOND_WEIGHTS) === d[10];
}

/** Words before a card's or a passport's expiry: "tar slut 2027", "går ut 2029", "expires 09/26". */
const EXPIRY = new Set(['slut', 'ut', 'utgår', 'till', 'expires', 'expiry', 'until', 'utgångsdatum', 'giltigt', 'giltig', 'valid']);
/** A card or a document that expires. */
const DOCUMENT = /^(?:kortet|kortets|\p{L}+kort(?:et)?|card|pass(?:et|ets)?|passport|licence|license|legitimation(?:en)?)$/u;
/** What makes the digits a person's, not an expiry: "de fyra sista", "last four", "personnummer", "social". */
const OWN_DIGITS = /^(?:sista|last|personnummer\p{L}*|social|ssn|samordningsnummer\p{L}*)$/u;
const CURRENCY_BEFORE = /^(?:sek|kr|£|\$|€)$/u;
/** Near a sum, what makes the number an account's or a document's: "USD 12345678 account", "kontonummer". */
const ACCOUNT_NEAR = /^(?:konto\p{L}*|\p{L}+konto(?:t)?|account|nummer|numret|number|pass\p{L}*|passport)$/u;

/**
 * Numbers that what is said beside them keeps, where no check digit holds (round 43, from tuning-54): a card's or a passport's
 * expiry ("Kortet tar slut 2027", "går ut 2029", "och så 09/26 under"), a sum after its currency ("SEK 7,840"). (A clearing
 * number stays part of the account: it says the bank and branch.) A checksum-valid identifier is redacted whatever is said
 * beside it; so is an agency's own number under an identifier's question (round 27's review: it may be the caller's).
 */
export function keptByContext(tokens: readonly Token[], runs: readonly NumberRun[], c: Candidate): boolean {
  if (c.confidence >= Confidence.validated || !KEPT_TYPES.has(c.type)) return false;
  const inside = runs.filter((r) => r.start >= c.start && r.end <= c.end);
  if (inside.length === 0 || inside.some((r) => r.start < c.start)) return false;
  const digits = inside.map((r) => r.digits).join('');
  const first = inside[0]!.firstToken;
  const before = (n: number) => tokens[first - n]?.lower ?? '';
  const written = tokens.slice(first, inside[0]!.lastToken + 1).map((t) => t.text).join('');
  // An expiry: a year from 2000 to 2049 or MM/YY, in a turn about a card or a document and not about one's own digits.
  const expiry = /^20[0-4]\d$/u.test(digits) || /^\d\d\/\d\d$/u.test(written);
  const document = tokens.some((t) => DOCUMENT.test(t.lower)) && !tokens.some((t) => OWN_DIGITS.test(t.lower));
  if (inside.length === 1 && expiry && document && ([1, 2].some((n) => EXPIRY.has(before(n))) || /^\d\d\/\d\d$/u.test(written))) return true;
  // A sum: its currency before it, not an amount's suffix ("500 kr 0812…"), written as a sum ("7,840", "42.50", six digits at
  // most), with no account or number named beside it.
  // (Grouped as a sum, "7,840", "42.50", it is one beside any word; plain digits only with no account named near.)
  const grouped = /^\d{1,3}(?:[,.]\d{3})+(?:[.,]\d{1,2})?$|^\d+[.,]\d{1,2}$/u.test(written);
  const accountNear = tokens.slice(Math.max(0, first - 4), inside[0]!.lastToken + 4).some((t) => ACCOUNT_NEAR.test(t.lower));
  const sum = grouped || (/^\d{1,6}$/u.test(written) && !accountNear);
  return inside.length === 1 && CURRENCY_BEFORE.test(before(1)) && tokens[first - 2]?.kind !== 'digits' && sum;
}
/** What a context may keep: never a personal number (its check digits decide), a phone's shape or an identity number's. */
const KEPT_TYPES = new Set<EntityType>(['card', 'idNumber', 'bankAccount', 'organisationsnummer', 'bankgiro', 'plusgiro']);
