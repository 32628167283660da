import type { Language } from '@samtal/contracts';
import { addressFieldRead, streetsCutByBreaks, addressPartsListed, agencyPostalAddresses, findAddresses, flatNumbersNamed, homeLivedIn, houseNumbersNamed, houseNumbersPutRight, houseNumbersSaidAgain, itemsBeforeAddressParts, numberedWays, partsBeforePostcode, roadsLivedOn, spokenSlashAddresses, streetAfterAddressCue, streetNamesIn, streetsNamedAgain, townAfterPostcode } from './addresses.js';
import { Confidence, type Candidate } from './candidates.js';
import { isIban, personalMonthAndDay, personalNumberKind } from './checksums.js';
import { cueBefore, type Cue } from './cues.js';
import { ageCut, datesSetAgainstBirth, dayAndMonthSaid, findDatesOfBirth, numbersRestatedAfter } from './dates.js';
import { emailFiguresReadOut, findEmails, mailAskedIn, readsAddress } from './email.js';
import { PLACEHOLDERS, type EntityType, type RedactedEntity } from './entities.js';
import { classifyRun, ENDING_WORDS, findLetteredNumbers, hyphenedCodes, normalisedPhone, publicLineCalled, readAsThousands, saidWithThousands, spelledCodes, spokenIbans } from './identifiers.js';
import { lexicon, NameFlag } from './lexicon.js';
import { findNameAfterSpelling, findNameAnswer, findNames, namesAnIdentifier, namesAround, namesDenied, namesMisheardQuoted, namePiecesSaid, monthsGreeted, namesIntroduced, namesEchoed, namesExplained, namesCountedAsWords, namesBeforePersonalNumbers, namesRunOn, relayFrameHolds, stopWordFirstNames, monthSurnames, onlyAgencyTerms, placeAfterLead, townOfTwoWordsOnly } from './names.js';
import { digitsWithin, findNumberRuns, numberWordAtoms, partSaidWithThousands, type NumberRun } from './numbers.js';
import { findRecognised } from './recogniser.js';
import { identifierEdges, identifiersReadAloud, keptByContext } from './identifier-edges.js';
import { findSpellings, spellingAsked, type SpelledName } from './spelling.js';
import { BAD_LINE, ellipsisDotAt, HESITATIONS, inCorrection, isSingleCapital, SENTENCE_END_MARKS, sentenceEndOf, sentenceStartOf, TAKING_BACK, tokenize, type Token } from './tokens.js';
import { DASH_WORDS, isYear, MONTHS, PLACE_AFTER_TOWN, UNITS } from './units.js';

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
  policy?: Partial<RedactionPolicy>;
  /**
   * Numbers never redacted as a phone or other number, written any way ("0771-776 776"): the
   * agency's own public numbers. Checksum-valid identifiers are redacted all the same.
   * Default: `AGENCY_NUMBERS`.
   */
  allowedNumbers?: readonly string[];
  /**
   * Whether the learned recogniser adds its names, addresses and dates of birth (default: yes). The
   * leak scan (`guardText`) runs without it: it guards text already redacted with the call as context
   * (the dialogue, and the note written from it), where a model trained on calls, reading one note
   * sentence alone, takes the date of a payment for a date of birth.
   */
  recogniser?: boolean;
}

/** The public numbers of the agencies Samtal serves (and emergency and health lines, and the banks' card-blocking line): not personal data. */
export const AGENCY_NUMBERS: readonly string[] = [
  '0771-776 776', // Pensionsmyndigheten
  '0771-524 524', // Försäkringskassan
  '0771-17 90 00', // Försäkringskassan, for employers
  '0771-567 567', // Skatteverket
  '0771-235 235', // Migrationsverket
  '0771-276 000', // CSN (round 69: the student-aid agency's public line, as the others)
  '0771-73 73 00', // Kronofogden (round 76: the enforcement authority's public line, printed on its letters and texts)
  '0771-223 223', // Jordbruksverket (round 89: the Board of Agriculture's public line, for farm support)
  '0771-416 416', // Arbetsförmedlingen (round 94: the employment service's public line, as the others)
  '112',
  '1177',
  '114 14', // Polisen
  '08-411 10 11', // the banks' card-blocking line (Spärrservice)
  // The agencies' organisation numbers, printed on every invoice and decision.
  '202100-6255', // Pensionsmyndigheten
  '202100-5521', // Försäkringskassan
  '202100-5448', // Skatteverket
  // The agencies' public bankgiro, on every payment slip for tax and repayments.
  '5050-1055', // Skatteverket
];

/** What the dialogue carries into an utterance: the question asked before it. */
export interface UtteranceContext {
  carriedCue?: Cue;
  /** A number was asked for in the turns before (the question's window, open or answered): no sum is split off a year. */
  numberAsked?: boolean;
  /** The digits of the numbers said in the question's turns before this one (review of round 80). */
  saidInWindow?: ReadonlySet<string>;
  /** The cue reaches every number of the utterance (an answer being read out), not only the first. */
  carriedThroughout?: boolean;
  /** Said by the one asked (not the asker): every piece of a number in it is part of the answer. */
  answering?: boolean;
  /** The question asked for the last digits of a number ("Och de sista fyra?", "and the last four?"). */
  lastDigitsAsked?: boolean;
  /** An earlier turn already answered the question: this one adds to it only where it begins. */
  answered?: boolean;
  /** The answer has as many digits as what was asked for. */
  complete?: boolean;
  /** The utterance answers an address question: what it begins with may be the address. */
  addressAnswer?: boolean;
  /** The turn before ended on a question: a date said alone answers it, and is no birth date by itself. */
  afterQuestion?: boolean;
  /** The utterance answers a question for a name: what it begins with may be the name. */
  nameAnswer?: boolean;
  /**
   * Said by the one who asked: only a read-back (mostly numbers) is under the question, not "Jag
   * ser att du har 14 200 i garantipension".
   */
  askerTalks?: boolean;
  /** The utterance before, for the learned recogniser (what was asked bears on the answer). */
  previous?: readonly Token[];
  /** Said by the agency's agent: "vårt bankgiro", "our bankgiro" is the agency's. */
  byAgent?: boolean;
  /** Amounts the other speaker said in the turn before and that were kept: said again, they are echoes, no answer. */
  echoes?: ReadonlySet<string>;
}

/** One utterance analysed: its tokens, its numbers and what was found, not yet merged. */
export interface UtteranceAnalysis {
  text: string;
  tokens: Token[];
  runs: NumberRun[];
  candidates: Candidate[];
  /** Spelled-out names, with their letters, for the call's memory. */
  spelled: SpelledName[];
}

/**
 * Whether a run after an IBAN begun by its letters can be its next groups (review 70): not a year 19xx/20xx, not an amount
 * (in thousands, or with a unit after it), and after words rather than a pause, two groups or more.
 */
function ibanGroupAhead(tokens: readonly Token[], run: NumberRun, previousRunEnd: number): boolean {
  if (/^(?:19|20)\d\d$/u.test(run.digits)) return false;
  const said = tokens.slice(run.firstToken, run.lastToken + 1).map((t) => t.text).join(' ');
  if (/^\d{1,3}(?: \d{3})+$/u.test(said) || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '') || ['spänn', 'ungefär', 'roughly'].includes(tokens[run.lastToken + 1]?.lower ?? '')) return false;
  const wordsBetween = tokens.slice(previousRunEnd + 1, run.firstToken).some((t) => t.kind !== 'punct');
  return !wordsBetween || run.digits.length >= 8;
}

/** Replaces personal data in `text` with placeholders such as `[PERSONNUMMER]` and `[NAMN]`. */
export function redact(text: string, options: RedactOptions): RedactionResult {
  const entities = findEntities(text, options);
  return { text: applyPlaceholders(text, entities), entities };
}

/** The entities `redact` replaces, without replacing them. */
export function findEntities(text: string, options: RedactOptions): RedactedEntity[] {
  return joinPieces(text, merge(analyseUtterance(text, options).candidates));
}

const allowedSets = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The allowed numbers as the digits a run of them reads as, computed once per list. */
export function allowedDigits(list: readonly string[] = AGENCY_NUMBERS): ReadonlySet<string> {
  let set = allowedSets.get(list);
  if (!set) {
    set = new Set(list.map((n) => normalisedPhone({ digits: n.replace(/\D/g, ''), international: n.trim().startsWith('+') })));
    allowedSets.set(list, set);
  }
  return set;
}

/** A login's name said before it: "användarnamnet", "username", "inloggningen", "user ID". */
const USERNAME_CUE = /^(?:användarnamn\p{L}*|användar-id\p{L}*|username\p{L}*|usernames?|login|log-in|inloggning\p{L}*|inlogg\p{L}*)$/u;
/** A code's or a model's word before figures: "felkod", "error code", "modell" (not "sida": "Min sida är www.erik1975.se"; review of round 95;
 * nor "fel"/"felet", "wrong": "Användarnamnet var fel, det är birgitta58", the re-read of stop 63). */
const CODE_WORD_BEFORE = /^(?:felkod\p{L}*|kod|koden|koder|code|codes|error|errors|version|versionen|modell|modellen|model)$/u;
/** Between a code's word and its figures: "koden är sara1", "the code is kim4". */
const CODE_IS: ReadonlySet<string> = new Set(['är', 'var', 'is', 'was', "it's"]);
/**
 * "koden sara1", "koden är sara1", "modell maj2021": a code's word right before the handle at k (or with "är"/"is"
 * between), with no username cue nearer to it (the re-read of stop 63: "Användarnamnet var fel, det är birgitta58" and
 * "användarnamnet … version … birgitta58" are logins).
 */
function codeWordRightBefore(tokens: readonly Token[], k: number, cueAt: number): boolean {
  const back = (j: number) => {
    while (j >= 0 && tokens[j]!.kind === 'punct') j--;
    return j;
  };
  let j = back(k - 1);
  if (j >= 0 && CODE_IS.has(tokens[j]!.lower)) j = back(j - 1);
  return j >= 0 && j > cueAt && CODE_WORD_BEFORE.test(tokens[j]!.lower);
}
/** The letters of a code, a page or a program before its figures: "err404", "sida2", "chrome115", "nova5". */
const CODE_LETTERS =
  /^(?:err|error|fel|felkod|auth|kod|code|sida|page|ruta|box|flik|tab|ver|version|modell|model|chrome|firefox|safari|edge|opera|windows|win|ios|android|iphone|ipad|galaxy|pixel|nova|huawei|samsung|redmi|xperia|mate)$/u;
/** Letters and then one to four figures written as one word: "birgitta58", "tomwalsh77" (not "RFA8": capitals). */
const NAME_AND_DIGITS = /^(\p{Ll}{3,})\d{1,4}$/u;
/**
 * "Användarnamnet är birgitta58", "a username, ruthcamber44": a handle of letters and figures named as a login, in the
 * same sentence after the cue or in the first sentence of the answer to a question that names it, or a first name the lists know with figures after it wherever it stands ("erik1975"): a
 * person's name with digits, so redacted as a name (Round 95). Not a code in capitals ("RFA8") nor a provider's word
 * ("bredband2", "tele2": no cue, no first name).
 */
function handlesOfNameAndDigits(tokens: readonly Token[], asked: boolean): Candidate[] {
  const out: Candidate[] = [];
  // (The answer to "Vad är ditt användarnamn?" in the turn before, "lindqvist58.": the question is the cue of the answer's
  // first sentence; the review of round 95.)
  let cueAt = asked ? 0 : -1;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (SENTENCE_END_MARKS.has(t.text)) cueAt = -1;
    if (t.kind !== 'word') continue;
    if (USERNAME_CUE.test(t.lower)) cueAt = k;
    // (A cheap look first: most words do not end in a figure.)
    const last = t.text.charCodeAt(t.text.length - 1);
    if (last < 48 || last > 57) continue;
    const m = NAME_AND_DIGITS.exec(t.text);
    if (!m) continue;
    // (Not a code's or a screen's word, "felkod err404", "error code auth401", "på sida2", "chrome115", nor a word after one,
    // "koden sara1", "modell maj2021"; the review of round 95.)
    // (Only right before it, and not across a username cue; the re-read of stop 63.)
    if (CODE_LETTERS.test(m[1]!) || codeWordRightBefore(tokens, k, cueAt)) continue;
    // (A first name that is no ordinary word nor a month: not "maj2025", "nova5", "ruta7"; the review of round 95.)
    const flags = lexicon().names.get(m[1]!) ?? 0;
    const firstName = (flags & NameFlag.first) !== 0 && (flags & NameFlag.common) === 0 && !MONTHS.has(m[1]!);
    if ((cueAt >= 0 && k - cueAt <= 8) || firstName) out.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return out;
}

/** A curly apostrophe before a possessive's "s", "Alasdair’s": read as the straight one (review of round 101; one character for one). */
const CURLY_POSSESSIVE = /(?<=\p{L})’(?=s(?![\p{L}]))/gu;
/**
 * One utterance, with what the dialogue carries into it: every rule's findings, not yet merged
 * (the dialogue adds its own, joined numbers and the call's memory, before they are).
 */
export function analyseUtterance(text: string, options: RedactOptions, context: UtteranceContext = {}): UtteranceAnalysis {
  // ("The letter is Alasdair’s, my son’s.": the possessive with the curly apostrophe is read as with the straight one; the
  // offsets stay, and the text said is given back as it was.)
  if (!text.includes('’')) return analyseUtteranceAsRead(text, options, context);
  return { ...analyseUtteranceAsRead(text.replace(CURLY_POSSESSIVE, "'"), options, context), text };
}
function analyseUtteranceAsRead(text: string, options: RedactOptions, context: UtteranceContext): UtteranceAnalysis {
  const policy = options.policy === undefined ? DEFAULT_POLICY : { ...DEFAULT_POLICY, ...options.policy };
  const allowed = allowedDigits(options.allowedNumbers);
  const tokens = tokenize(text);
  const { names: spelled, words: spelledWords } = findSpellings(tokens, context.nameAnswer === true || spellingAsked(context.previous));
  const addresses = findAddresses(text, tokens, context.addressAnswer === true, context.carriedCue === 'postcode');
  const candidates: Candidate[] = [...findLetteredNumbers(text), ...findEmails(text, tokens, mailAskedIn(context.previous), readsAddress(context.previous)), ...addresses, ...spelled];
  if (spelled.length > 0) candidates.push(...findNameAfterSpelling(tokens, spelled.map((s) => s.end)));

  // (A sum split off a year after it only where no number is asked for, review of round 89.)
  const runs = findNumberRuns(text, tokens, options.lang, context.carriedCue === undefined && context.numberAsked !== true);
  // An answer read out ("eh, fyrtiotre tio femton, sjuttiosju …") is under the question throughout;
  // in a turn that talks of other things, only near its start ("Ja, 52 01 30, och jag fick 12 400 i juni").
  const share = context.carriedCue === undefined ? 0 : numberShare(tokens, runs);
  const carriedThroughout = context.carriedThroughout === true && share >= ANSWER_NUMBER_SHARE;
  const carriedCue = context.askerTalks === true && share < ANSWER_NUMBER_SHARE ? undefined : context.carriedCue;
  // (The answer's one number of six digits or more is the one asked for, however long the way to it.)
  const long = context.answering === true && carriedCue !== undefined ? runs.filter((r) => r.digits.length >= 6) : [];
  const answerRun = long.length === 1 ? long[0] : undefined;
  let previousRunEnd = -1;
  let previousRunCue: Cue | undefined;
  let previousRunDigits = 0;
  let previousRunFigures: string | undefined;
  let ibanReadOn = false;
  for (const run of runs) {
    // ("… beloppet var trettontusen niohundrafemtio …" "Trettontusen niohundrafemtio, jaja.": an amount said back is no answer.)
    const echo = context.echoes?.has(run.digits) === true;
    // (Review 70: an IBAN begun by its letters reads on into groups, not into a year or an amount after it, "SE12 4455 på
    // brevet, sen 2026 och 3400 kronor", nor into a lone group after words, "…, sen 3400".)
    if (ibanReadOn && !ibanGroupAhead(tokens, run, previousRunEnd)) previousRunCue = undefined;
    const findings = classifyRun(run, { text, tokens, previousRunEnd, carriedCue: echo ? undefined : carriedCue, carriedThroughout, answerRun, answering: context.answering === true, previousRunCue, previousRunDigits, previousRunFigures, allowed, byAgent: context.byAgent === true, datesOfBirth: policy.datesOfBirth, lastDigitsAsked: context.lastDigitsAsked === true && context.answering === true, complete: context.complete === true, saidInWindow: context.saidInWindow, runs });
    candidates.push(...findings.candidates);
    previousRunEnd = run.lastToken;
    // ("I said SE17 4959, then 4409 2098": an IBAN begun with its country code, taken by its letters and no cue word, is read
    // on in groups like one asked for; fails closed, round 70.)
    const ibanHere = (c: Candidate) => c.type === 'iban' && c.start <= run.start && run.end <= c.end;
    // (Not once the IBAN is whole, valid at its country's length: "SE45 5000 0000 0583 9825 7466, then 2026 …"; review 70.
    // After the cue word "IBAN" as before: "The IBAN, FI51 4006 0010 2345 67, F I fifty-one" says its start again.)
    const iban = findings.candidates.find(ibanHere) ?? candidates.find(ibanHere);
    const whole = iban !== undefined && isIban(text.slice(iban.start, iban.end).replace(/[^\p{L}\p{N}]/gu, '').toUpperCase());
    ibanReadOn = findings.cue === undefined && iban !== undefined && !whole;
    previousRunCue = findings.cue ?? (ibanReadOn ? 'iban' : undefined);
    previousRunDigits = run.digits.length;
    previousRunFigures = run.digits;
  }
  candidates.push(...tailsNamedAfter(tokens, runs), ...tailsNamedBefore(tokens, runs, candidates));
  if (runs.length > 0) candidates.push(...identifiersReadAloud(tokens, runs));
  candidates.push(...spelledCodes(tokens));
  candidates.push(...hyphenedCodes(tokens));
  candidates.push(...handlesOfNameAndDigits(tokens, context.afterQuestion === true && (context.previous ?? []).some((t) => USERNAME_CUE.test(t.lower))));
  if (runs.length > 0) candidates.push(...spokenIbans(tokens, runs));
  if (policy.datesOfBirth) {
    const personal = candidates.filter((c) => c.type === 'personnummer' || c.type === 'samordningsnummer');
    const personalNumberEnds = personal.map((c) => tokens.findIndex((t) => t.end === c.end)).filter((k) => k >= 0);
    const answer = carriedCue === 'dateOfBirth' && (context.answering === true && context.answered !== true ? 'anywhere' : true);
    // (Not the year that ends a case's number, "ärendenummer 7734-1950", read after a birth date left without its year; round 92.)
    // (Review of round 92: not in answer to a birth-date question, "När är du född? / Dnr 1218-1981", nor after a month and a day.)
    const dates = findDatesOfBirth(tokens, answer, { afterQuestion: context.afterQuestion === true, personalNumberEnds }).filter((d) => (carriedCue === 'dateOfBirth' && context.answering === true && context.afterQuestion === true) || !endsCaseNumber(tokens, d));
    candidates.push(...dates, ...lastFourAfterBirthDates(text, runs, dates), ...yearsAfterBirthDates(text, runs, dates));
    const personalAsked = (carriedCue === 'personnummer' || carriedCue === 'samordningsnummer') && context.answering === true;
    if (personalAsked && personal.length > 0) candidates.push(...datesBeforeLastDigits(tokens, personal, runs));
  }
  if (policy.towns) candidates.push(...findTowns(tokens));
  if (context.nameAnswer) candidates.push(...findNameAnswer(tokens));
  candidates.push(...postcodesAfterAddresses(text, runs, addresses));
  // After every address and postcode is known, a postcode read under a question too ("686 96, Östmark").
  const places = candidates.filter((c) => c.type === 'address' || c.type === 'postcode');
  candidates.push(...placesAfterAddresses(text, findNames(tokens), places));
  joinEmailPieces(text, candidates);
  if (runs.length > 0) candidates.push(...emailFiguresReadOut(text, runs, candidates));
  let kept = places.length > 0 ? withoutNumbersAcrossAddresses(candidates, places) : candidates;
  // The learned recogniser's names, addresses and dates of birth, added after the rules' filters
  // have run on the rules' findings alone, so that nothing it finds can take one of those away; the
  // surer rule names a span they share. Its names are names only where a rule's would be (not the
  // town after an address).
  const recognised = options.recogniser === false ? [] : findRecognised(tokens, context.previous, { datesOfBirth: policy.datesOfBirth, birthAsked: carriedCue === 'dateOfBirth', nameAsked: context.nameAnswer === true });
  // ("Trehundrafemtio tusen, ungefär, 350 000.": a sum said with its thousands, and nothing but numbers and hedges, is no
  // address, whatever the recogniser reads; a postcode or identifier a rule finds there stays, round 69.)
  // (Not under a question for an address or a postcode: there it may be one read out.)
  const sumAllowed = context.addressAnswer !== true && carriedCue !== 'postcode';
  for (let k = recognised.length - 1; sumAllowed && k >= 0; k--) if (recognised[k]!.type === 'address' && onlyASum(tokens, recognised[k]!)) recognised.splice(k, 1);
  // ("Däckhotell, SNI 45.201", "Filippas Hår, SNI-kod 96.021": a trade's SNI code is a public classification, no house number
  // or name; the recogniser's span stops before it, round 89.)
  // (It stays here, on the recogniser's spans alone: no other module knows SNI codes (cues.ts and recogniser.ts keep form
  // and case numbers, not these); it reads the text, which findRecognised has not; and it must run after the sum filter just
  // above, which sees a span whole: one cut first to the sum before a code would go there as a sum alone. Refactoring after
  // round 90.)
  trimBeforeSniCodes(text, recognised);
  const recognisedPlaces = recognised.filter((c) => c.type === 'address' || c.type === 'postcode');
  kept = [...kept, ...recognised.filter((c) => c.type !== 'name'), ...placesAfterAddresses(text, recognised.filter((c) => c.type === 'name'), [...places, ...recognisedPlaces])];
  // ("Twelve eight forty-nine, so the twelfth of August": the numbers a recognised date of birth says again.)
  if (policy.datesOfBirth) kept.push(...numbersRestatedAfter(tokens, recognised.filter((c) => c.type === 'dateOfBirth')));
  if (runs.length > 0) {
    // "Pensionsmyndigheten, Box 38190, 100 64 Stockholm": only what a checksum found counts there.
    const agency = agencyPostalAddresses(text, tokens, context.byAgent === true);
    // (The box and postcode are the agency's, even after "adressen" or "call us, or send it to …"; a
    // validated identifier is redacted all the same.)
    const agencys = (c: Candidate) => c.confidence < Confidence.validated;
    if (agency.length > 0) kept = kept.filter((c) => !agencys(c) || !agency.some(([s, e]) => s <= c.start && c.end <= e));
  }
  kept.push(...correctedRuns(tokens, runs, kept));
  // (Not in a question nor in the agent's turn: a date there would close the window for the answer, round 51's review.)
  if (tokens.at(-1)?.text !== '?' && context.byAgent !== true) kept.push(...birthNumbersByShape(tokens, runs, kept));
  kept.push(...piecesCorrectedAfter(tokens, runs, kept, allowed));
  if (runs.length > 1) kept.push(...piecesCorrectedBefore(tokens, runs, kept));
  if (policy.datesOfBirth) kept.push(...datesSetAgainstBirth(tokens, kept));
  kept.push(...restatedRuns(tokens, runs, kept));
  kept.push(...startedAgainRuns(tokens, runs, kept));
  kept.push(...halvesOfANumber(tokens, runs, kept));
  kept.push(...piecesMakingAPersonalNumber(tokens, runs, kept));
  kept.push(...personalNumberAfterName(tokens, runs, kept));
  // (After the rules that know the identifier's kind: this one only names what none of them found.)
  kept.push(...misheardPieces(tokens, runs, kept));
  kept.push(...namesBeforePersonalNumbers(tokens, kept));
  kept.push(...namesRunOn(tokens, kept, options.lang));
  kept.push(...namesDenied(tokens, kept));
  kept.push(...namesAround(tokens, kept));
  kept.push(...namePiecesSaid(tokens, kept));
  kept.push(...namesIntroduced(tokens, kept));
  kept.push(...namesExplained(tokens, kept));
  kept.push(...namesCountedAsWords(tokens, kept));
  kept.push(...stopWordFirstNames(tokens, kept, options.lang));
  kept.push(...monthSurnames(tokens, kept));
  kept.push(...namesEchoed(tokens, kept));
  if (options.lang === 'sv') kept.push(...monthsGreeted(tokens, kept));
  kept.push(...identifierEdges(tokens, runs, kept));
  kept.push(...streetsNamedAgain(tokens, streetNamesIn(tokens, kept), kept));
  kept.push(...itemsBeforeAddressParts(tokens, kept), ...numberedWays(tokens, kept), ...homeLivedIn(tokens, kept, context.addressAnswer === true));
  kept.push(...spokenSlashAddresses(tokens, kept));
  kept.push(...addressPartsListed(tokens, kept), ...flatNumbersNamed(tokens, runs), ...streetAfterAddressCue(tokens, kept), ...houseNumbersNamed(tokens, kept));
  kept.push(...addressFieldRead(tokens, kept));
  // (A street's pieces said apart are the address's, not a name's: "9 … Preston … Park Avenue".)
  const cutStreets = streetsCutByBreaks(tokens, kept, context.addressAnswer === true);
  kept = kept.filter((c) => c.type !== 'name' || !cutStreets.some((a) => a.start <= c.start && c.end <= a.end));
  kept.push(...cutStreets);
  kept.push(...postcodeReadOnAfterAddress(text, tokens, runs, kept), ...postcodeSpokenBeforeTown(tokens, runs, kept));
  // ("Vi bor på landsväg 14", "På länsväg 14 i Hölö." as where one lives: the road and its number, whatever else took the number; review 71.)
  for (const road of roadsLivedOn(tokens, context.addressAnswer === true)) {
    if (kept.some((c) => c.type === 'address' && c.start <= road.start && road.end <= c.end)) continue;
    kept = kept.filter((c) => !(road.start <= c.start && c.end <= road.end));
    kept.push(road);
  }
  kept.push(...partsBeforePostcode(tokens, kept));
  const alternatives = postcodeAlternatives(text, tokens, runs, kept);
  kept.push(...alternatives);
  kept.push(...houseNumbersPutRight(tokens, kept));
  // (After the names and addresses: a quoted rendering denied beside one is it misheard, round 77.)
  kept.push(...namesMisheardQuoted(tokens, kept));
  kept.push(...houseNumbersSaidAgain(tokens, kept));
  // ("Flat 3B, Green Valley Residency, 2nd Cross Road, Pune, 411 038": the postcode after the town of an address only the
  // passes above found, a comma before it; round 71.)
  if (runs.length > 0) {
    const late = kept.filter((c) => c.type === 'address' && !places.some((p) => p.start === c.start && p.end === c.end));
    kept.push(...postcodesAfterAddresses(text, runs, late).filter((c) => /,\s*$/u.test(text.slice(0, c.start)) && !kept.some((k) => k.start < c.end && c.start < k.end)));
  }
  // ("… six one oh five oh nine, and that's 238 this year, sorry, two three eight eight": the last four of a personal number
  // put right after "sorry"/"förlåt" in its sentence are its last four; review 70.)
  for (const run of runs) {
    if (run.digits.length !== 4 || kept.some((c) => c.start < run.end && run.start < c.end)) continue;
    let k = run.firstToken - 1;
    while (k >= 0 && tokens[k]!.text === ',') k--;
    if (!['sorry', 'förlåt', 'ursäkta'].includes(tokens[k]?.lower ?? '')) continue;
    const pn = kept.find((c) => (c.type === 'personnummer' || c.type === 'samordningsnummer') && c.end <= tokens[k]!.start && tokens.filter((t) => t.start >= c.end && t.end <= tokens[k]!.start).length <= 8 && !tokens.some((t) => t.start >= c.end && t.end <= tokens[k]!.start && t.kind === 'punct' && ['.', '?', '!'].includes(t.text)));
    if (pn !== undefined) kept.push({ type: pn.type, start: run.start, end: run.end, confidence: Confidence.cued });
  }
  // ("460504-5394… oh no, that's my late husband's, mine's four eight, um": one's own number begun after another's, said in
  // words after "mine's", "min är", is the same kind of number, however far it got; fails closed, round 79.)
  for (const run of runs) {
    if (kept.some((c) => c.start < run.end && run.start < c.end) || tokens[run.firstToken]?.kind !== 'word' || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '') || run.digits.length > 12) continue;
    if (!OWN_NUMBER_LEADS.test(tokens.slice(Math.max(0, run.firstToken - 2), run.firstToken).map((t) => t.lower).join(' '))) continue;
    // (Review 79: not a small number said as one word that closes the sentence, "and mine's three.", "min är tio.": a count or
    // an age, not a number begun.)
    if (run.firstToken === run.lastToken && Number(run.digits) <= 12 && (tokens[run.lastToken + 1] === undefined || SENTENCE_END_MARKS.has(tokens[run.lastToken + 1]!.text))) continue;
    const other = kept.find((c) => (c.type === 'personnummer' || c.type === 'samordningsnummer') && c.end <= run.start);
    if (other !== undefined) kept.push({ type: other.type, start: run.start, end: run.end, confidence: Confidence.cued });
  }
  // ("It should end in 4AB, LS6 4AB": a UK postcode's inward half said alone in the turn of the whole postcode; review 70.)
  for (const p of kept.filter((c) => c.type === 'postcode')) {
    const inward = /^[A-Z]{1,2}\d[A-Z\d]?\s*(\d[A-Z]{2})$/iu.exec(text.slice(p.start, p.end))?.[1];
    if (inward === undefined) continue;
    for (const m of text.matchAll(new RegExp(`(?<![\\p{L}\\p{N}])${inward}(?![\\p{L}\\p{N}])`, 'giu'))) {
      if (!kept.some((c) => c.start <= m.index && m.index < c.end)) kept.push({ type: 'postcode', start: m.index, end: m.index + inward.length, confidence: Confidence.cued });
    }
  }
  // "Via dei Mille 38, 00185 Roma", "…, quinhentos e dois, Lagos": in an address, the town after a postcode, not a person.
  if (runs.length > 0 && kept.some((c) => c.type === 'address' || c.type === 'postcode')) {
    // (Past a comma only a town the lists know: "…, 8600-502, Lagos", not "…, Tomas Öqvist".)
    const { worldPlaces, places } = lexicon();
    const knownTown = (c: Candidate) => worldPlaces.has(text.slice(c.start, c.end).toLowerCase()) || places.has(text.slice(c.start, c.end).toLowerCase());
    // (And only where the town closes the phrase: "…, Vara heter min dotter", "…, Sofia, min dotter" name a person.)
    const place = (t: Token | undefined) => t !== undefined && (PLACE_AFTER_TOWN.has(t.lower) || worldPlaces.has(t.lower) || places.has(t.lower));
    const closesPhrase = (c: Candidate) => {
      const k = tokens.findIndex((t) => t.start >= c.end);
      const next = tokens[k];
      return !next || (next.kind === 'punct' && next.text !== ',') || place(next) || (next.text === ',' && place(tokens[k + 1]));
    };
    // (Review 72: not after a postcode only offered as an alternative, "2000, or 2010, Charlotte?"; and a first name that
    // is also a town keeps its name's status when asked ("…, Victoria?") or after a postcode with no address before it
    // ("Postcode 2000, Victoria.") — fails closed.)
    const { names } = lexicon();
    const firstNamed = (c: Candidate) => ((names.get(text.slice(c.start, c.end).toLowerCase()) ?? 0) & NameFlag.first) !== 0;
    const asked = (c: Candidate) => /^\s*\?/u.test(text.slice(c.end, c.end + 3));
    const ownTown = (c: Candidate, p: Candidate) =>
      !alternatives.includes(p) && (!firstNamed(c) || (!asked(c) && kept.some((a) => a.type === 'address' && a.end <= p.start)));
    const afterPostcode = (c: Candidate) =>
      townAfterPostcode(tokens, c.start) || (knownTown(c) && closesPhrase(c) && kept.some((p) => p.type === 'postcode' && /^, $/u.test(text.slice(p.end, c.start)) && ownTown(c, p)));
    kept = kept.filter((c) => c.type !== 'name' || c.confidence > Confidence.cued || !afterPostcode(c));
  }
  if (runs.length > 0) kept = kept.filter((c) => !keptByContext(tokens, runs, c));
  // "en anmälan enligt lex Sarah": the laws named after a person are no one's name here (round 48; only those: "lex
  // Gunnarsson" may answer a question for a name).
  // ("Stig Ottosson och Garantipensionen har sänkts": a benefit or a document is no one's name, round 49.)
  const listed = (c: Candidate) => /(?:^|[\s,])(?:och|and|eller|or)\s+$/u.test(text.slice(Math.max(0, c.start - 8), c.start)) && kept.some((n) => n.type === 'name' && n.end <= c.start && /^\s+(?:och|and|eller|or)\s+$/u.test(text.slice(n.end, c.start)));
  kept = kept.filter((c) => c.type !== 'name' || !onlyAgencyTerms(text.slice(c.start, c.end), c.confidence, listed(c)));
  // (Not a town of two words that is also found as a name in the turn: "Hon heter Isla Cristina och bor i Isla Cristina"; review of round 87.)
  const nameElsewhere = (c: Candidate) => kept.some((n) => n.type === 'name' && n !== c && (n.end <= c.start || n.start >= c.end) && text.slice(n.start, n.end) === text.slice(c.start, c.end) && !townOfTwoWordsOnly(tokens, n));
  kept = kept.filter((c) => c.type !== 'name' || (!placeAfterLead(text, c) && (c.confidence >= Confidence.validated || !townOfTwoWordsOnly(tokens, c) || nameElsewhere(c))));
  kept = kept.filter((c) => c.type !== 'name' || c.confidence >= Confidence.validated || !namesAnIdentifier(tokens, c));
  // (Names first: most turns have none, and then the filter below keeps everything; a look at the findings is cheaper than at every token.)
  if (kept.some((c) => c.type === 'name') && tokens.some((t) => t.text === 'lex')) kept = kept.filter((c) => c.type !== 'name' || !LAWS.has(text.slice(c.start, c.end)) || tokens[tokens.findIndex((t) => t.start === c.start) - 1]?.text !== 'lex');
  // ("…, born the ninth of May fifty-one, seventy-five": the age said after a date of birth is kept, whichever rule took it, round 66.)
  if (policy.datesOfBirth && kept.some((c) => c.type === 'dateOfBirth')) kept = kept.flatMap((c, _, all) => (c.type === 'dateOfBirth' ? (ageCut(tokens, c, all) ?? []) : c));
  // ("ring 114 14, och radera sms:et": an allow-listed line called is no postcode nor address, whatever took its shape; round 76.)
  if (runs.length > 0) kept = kept.filter((c) => (c.type !== 'postcode' && c.type !== 'address') || c.confidence >= Confidence.validated || !publicLineCalled(tokens, runs, c, allowed, context.carriedCue === 'postcode' || context.carriedCue === 'address' || context.addressAnswer === true));
  // ("Skriv C, S, N", "Charlie, Sierra, November", "Bertil, Adam, Rudolf, …" for a benefit: the alphabet's words of a spelled word
  // that is no one's are no names; an identifier there stays; round 90.)
  // (Review of round 90: only names found by shape or by the recogniser, never cued ones: "Min handläggare heter Ivar, …".)
  if (spelledWords.length > 0) kept = kept.filter((c) => c.type !== 'name' || c.confidence >= Confidence.cued || !spelledWords.some((w) => w.start <= c.start && c.end <= w.end));
  return { text, tokens, runs, candidates: kept, spelled };
}

/** Finding `c` is the figures after a dash, written on to the figures before it, of a number a case's word names ("ärendenummer 7734-1950"). */
function endsCaseNumber(tokens: Token[], c: Candidate): boolean {
  const k = tokens.findIndex((t) => t.start === c.start);
  const [dash, figures] = [tokens[k - 1], tokens[k - 2]];
  return k >= 2 && tokens[k]!.kind === 'digits' && dash!.text === '-' && figures!.kind === 'digits' && figures!.end === dash!.start && dash!.end === tokens[k]!.start && cueBefore(tokens, k - 2) === 'exempt' && !(figures!.text.length === 4 && personalMonthAndDay(figures!.text));
}

/** "mine's", "mine is", "min är", "mitt är": one's own, said after another's number (round 79). */
const OWN_NUMBER_LEADS = /(?:^|\s)(?:mine['’]s|mine is|min är|mitt är|mitt eget är|my own is)$/u;

/** Findings a piece of a personal number may already be part of. */
const PERSONAL_KINDS: ReadonlySet<EntityType> = new Set(['personnummer', 'samordningsnummer', 'idNumber', 'dateOfBirth']);
/** What may stand between the pieces of a number read out: pauses, fillers, "och sen", "and then". */
const PIECE_GLUE = new Set([',', '.', '...', '…', '-', 'och', 'sen', 'så', 'and', 'then', 'eh', 'öh', 'ehm', 'um', 'uh', 'erm', 'alltså']);
/**
 * "hans är nittonhundratrettionio, åtta nitton, och sen fyrtiotvå nittiosju", "nitton sextiosex... fyra sjutton... och sexton
 * arton": pieces read one after another that together make a personal number whose check digit holds are that number,
 * cue or not (a checksum-valid identifier is always redacted; round 53).
 */
function piecesMakingAPersonalNumber(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  if (runs.length === 0) return [];
  const extra: Candidate[] = [];
  // ("fyra sjutton" is 04 17: a month or day said as one digit word is read with its zero, as a personal number has it.)
  // (Only a lone digit word among pairs: "five four one nine one", read digit by digit, is read as it is.)
  const padded = (run: NumberRun) => {
    const singles = run.parts.filter((p) => p.digits.length === 1).length;
    return singles === 0 || singles > 2 || singles * 2 > run.parts.length ? run.digits : run.parts.map((p) => (p.digits.length === 1 ? `0${p.digits}` : p.digits)).join('');
  };
  // (The closing re-read of stop 65: pieces read across a reader's aside join whatever word names them, "Ärende nummer
  // sjuttioåtta noll tre fjorton, det står trettiofyra femtiosju", "On the claim form it's …, and then it says …": only a
  // checksum-valid whole is taken from a join, so a case's, claim's or invoice's number that does not validate stays on
  // screen, and a valid whole is redacted, failing closed. Review 101's case-word gate, which kept a valid whole, is gone.)
  for (let i = 0; i < runs.length; i++) {
    let digits = '';
    let withZeros = '';
    // (Round 101: the same pieces with a piece said again read once, "noll sex, eh, det står noll sex tjugotvå", "five four...
    // five four nine three": a reader's restart repeats what it puts right.)
    let restarted = '';
    for (let j = i; j < runs.length && j <= i + 4; j++) {
      const run = runs[j]!;
      if (j > i && !tokens.slice(runs[j - 1]!.lastToken + 1, run.firstToken).every((t, k, gap) => PIECE_GLUE.has(t.lower) || t.kind === 'punct' || relayFrameHolds(gap, k)) && !(readingGap(tokens, runs[j - 1]!.lastToken, run.firstToken))) break;
      // (Not a piece another finding holds: an address's number and its postcode are no personal number; nor a sum said with
      // thousands. And only where a piece is said in words: "Fakturanumren är 6503, 2200 och 45" is a list, round 53's review.)
      // (Round 101: a phone's finding of eight figures or fewer may be a piece, "…, eh, noll sex tjugotvå, niotusen
      // sjuhundratjugoåtta": no Swedish number to call is so short once begun with its zero, and only a valid whole counts; so
      // may a run longer than a postcode that a postcode's finding took a part of, "nineteen ninety, oh two twenty-eight".)
      const round = run.digits.endsWith('00') && tokens.slice(run.firstToken, run.lastToken + 1).some((t) => /(?:hundra|hundred|tusen|thousand)$/u.test(t.lower));
      const holder = (c: Candidate) => !PERSONAL_KINDS.has(c.type) && !(c.type === 'phone' && run.digits.length <= 8) && !(c.type === 'postcode' && run.digits.length > 6) && c.start < run.end && run.start < c.end;
      if (UNITS.has(tokens[run.lastToken + 1]?.lower ?? '') || found.some(holder) || (saidWithThousands(tokens, run) && !lastFourAsThousands(tokens, run)) || round) break;
      const said = digits;
      digits += run.digits;
      withZeros += padded(run);
      restarted = j > i ? restartedPieces(restarted || said, run.digits) : '';
      if (digits.length > 12 && (restarted === '' || restarted.length > 12)) break;
      const valid = (d: string) => (j > i || run.parts.length > 1) && (d.length === 10 || d.length === 12) ? personalNumberKind(d) : undefined;
      const inWords = runs.slice(i, j + 1).some((r) => tokens.slice(r.firstToken, r.lastToken + 1).some((t) => t.kind === 'word'));
      // (A sum after the last piece, "… och sen 1 800 i månaden", is no piece.)
      const sumAfter = tokens.slice(run.lastToken + 1, run.lastToken + 4).some((t) => UNITS.has(t.lower) || ['månaden', 'month', 'avgift', 'fee'].includes(t.lower));
      // (In figures, only read as a personal number is, ending on its last four: "4109 03 och 4621".)
      const lastFour = run.digits.length === 4 && j > i;
      const kind = !(inWords || lastFour) || sumAfter ? undefined : valid(digits) ?? (withZeros !== digits ? valid(withZeros) : undefined) ?? (restarted !== '' ? valid(restarted) : undefined);
      if (kind === 'personnummer' || kind === 'samordningsnummer') {
        for (const piece of runs.slice(i, j + 1)) if (!found.some((c) => c.start <= piece.start && piece.end <= c.end)) extra.push({ type: kind, start: piece.start, end: piece.end, confidence: Confidence.validated });
        break;
      }
    }
  }
  return extra;
}

/**
 * The digits so far with the next piece read on, where the piece begins by saying again the last two to four figures
 * before it ("…06" + "0622…", "…54" + "5493"): those said once. Empty when it does not (round 101).
 */
function restartedPieces(said: string, next: string): string {
  for (let k = Math.min(4, said.length, next.length - 1); k >= 2; k--) if (said.endsWith(next.slice(0, k))) return said.slice(0, -k) + next;
  return '';
}
/**
 * "noll sex tjugotvå, niotusen sjuhundratjugoåtta": the last four read as one value with its thousands, after other pieces in
 * the run, not a round sum (round 101; only a whole valid personal number is taken from it).
 */
const lastFourAsThousands = (tokens: Token[], run: NumberRun): boolean =>
  run.parts.length >= 2 && run.parts.slice(0, -1).every((p) => !partSaidWithThousands(tokens, p)) && run.parts.at(-1)!.digits.length === 4 && !run.digits.endsWith('00');
/** A reader's words between two pieces: "det står", "it says", "the rest is smudged", "resten är svår att läsa". */
const READING_WORDS = /^(?:står|stod|says|said|reads|read|rest|resten|läser|läste)$/u;
/**
 * Between two pieces of a number read off paper, a reader's aside of a few words, in the same sentence, with a word of
 * reading or of "the rest" in it ("…, eh, det står …", "…, and the rest is smudged, …"): the pieces still read on (round 101;
 * only a whole valid personal number is taken from them).
 */
function readingGap(tokens: readonly Token[], last: number, first: number): boolean {
  const gap = tokens.slice(last + 1, first);
  const words = gap.filter((t) => t.kind === 'word' && !HESITATIONS.has(t.lower));
  return words.length <= 6 && words.some((t) => READING_WORDS.test(t.lower)) && !gap.some((t, k) => SENTENCE_END_MARKS.has(t.text) && !ellipsisDotAt(tokens, last + 1 + k));
}

/** Words of a record read out before a name: "Fadern står som …", "Jag heter …", "personnummer", "born" (review 76). */
const RECORD_CUES = /^(?:står|stod|registrerad|registrerat|registrerade|född|födda|personnummer\p{L}*|personnumret|heter|hette|listed|registered|born|named|name|namn|namnet)$/u;
/** Words that make the number a sum, a date of payment or decision, or an extension: not a record (review 76). */
const NOT_A_RECORD = /^(?:kronor|kr|kronors|månaden|month|hyra|hyran|rent|paid|payment|betalning\p{L}*|utbetalning\p{L}*|beslut\p{L}*|decision|signed|underskrivet|undertecknat|anknytning|extension|handläggare|handläggaren|caseworker)$/u;
/** "i månaden", "a year", "om året", "in rent": what makes a sum's period or rent of the word after it (PERIOD_OR_RENT). */
const PERIOD_LEADS = /^(?:i|a|per|om|in)$/u;
const PERIOD_OR_RENT = /^(?:månaden|month|år|året|year|veckan|week|hyra|rent)$/u;
/**
 * "Den andra föräldern står som Robin Sjöberg, åttiosju noll tre, nej …": a record read aloud gives a person's name and then
 * their personal number; the number begun in words right after the name and its comma, year and month (and day, where said)
 * as a personal number has them, is its beginning even where it breaks off (fails closed; round 76). Not a year, a sum said
 * with thousands or with a unit after it ("Anna, 2019" is a year; figures only in a record read out, review 76).
 */
function personalNumberAfterName(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const run of runs) {
    const digits = run.digits;
    if (digits.length < 4 || digits.length > 12 || isYear(digits) || found.some((c) => c.start < run.end && run.start < c.end)) continue;
    // (A person's name, not a place of an address also taken as one: "…, Prachuap Khiri Khan, sju sju ett ett noll" is a postcode.)
    const name = found.find((c) => c.type === 'name' && c.end === tokens[run.firstToken - 2]?.end);
    if (tokens[run.firstToken - 1]?.text !== ',' || !name || found.some((c) => (c.type === 'address' || c.type === 'postcode') && c.start < name.end && name.start < c.end)) continue;
    const words = tokens.slice(run.firstToken, run.lastToken + 1);
    // (Figures too, "Fadern står som Lars Berg, 8205, nej vänta": the record cue below holds them; review 76.)
    if (!words.every((t) => t.kind === 'word' || t.kind === 'digits') || saidWithThousands(tokens, run) || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '')) continue;
    // (Review 76: only a record read out, "står som", "född", "heter", "personnummer" before the name in its sentence; not a
    // sum, "i månaden", "a month", "kronor", a date of payment or decision, or an agent's extension.)
    let from = tokens.findIndex((t) => t.start === name.start);
    const nameAt = from;
    while (from > 0 && nameAt - from < 10 && !tokens[from]!.sentenceStart) from--;
    const sentence = tokens.slice(from, run.lastToken + 5).map((t) => t.lower);
    if (!tokens.slice(from, nameAt).some((t) => RECORD_CUES.test(t.lower)) || sentence.some((w) => NOT_A_RECORD.test(w))) continue;
    if (PERIOD_LEADS.test(tokens[run.lastToken + 1]?.lower ?? '') && PERIOD_OR_RENT.test(tokens[run.lastToken + 2]?.lower ?? '')) continue;
    const shaped = digits.length >= 6 ? personalMonthAndDay(digits.slice(2, 6)) : Number(digits.slice(2, 4)) >= 1 && Number(digits.slice(2, 4)) <= 12;
    if (shaped) extra.push({ type: 'personnummer', start: run.start, end: run.end, confidence: Confidence.cued });
  }
  return extra;
}

/**
 * "Sysslomansgatan 9, sjuhundrafemtiotvå... tjugofyra", "Lindenstraße 5, eighty thousand three hundred thirty-one, Munich",
 * "Storgata 9, nio tusen åtta, Tromsø": the number read on after an address's house number, past a comma, four or five
 * digits however said, before a town, read digit by digit, or five digits closing the sentence, is its postcode (round 54).
 */
function postcodeReadOnAfterAddress(text: string, tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const addresses = found.filter((c) => c.type === 'address');
  for (const run of runs) {
    const after = partsAfterAddress(run, addresses);
    const digits = after.map((p) => p.digits).join('');
    if (after.length === 0 || digits.length < 4 || digits.length > 5 || tokens[after[0]!.firstToken - 1]?.text !== ',' || isYear(digits)) continue;
    // (Before a town; or, five digits, closing the sentence. Not a year, a flat's number or the rent: "Storgatan 4, 2019.",
    // "Sveavägen 10, 1102, …", "Storgatan 4, 6 500.", round 54's review.)
    const next = tokens[run.lastToken + 1];
    const town = (next?.text === ',' ? tokens[run.lastToken + 2] : next)?.capitalised === true;
    const closes = !next || (next.text === '.' && !tokens[run.lastToken + 2]);
    const inWords = after.some((p) => tokens[p.firstToken]!.kind === 'word');
    // (Or read digit by digit, as no sum or year is: "Storgata 9, nine zero zero eight, and …".)
    const digitByDigit = inWords && after.every((p) => p.digits.length === 1);
    if (!(town || digitByDigit || (closes && digits.length === 5)) || (!inWords && /\d \d{3}$/u.test(text.slice(after[0]!.start, run.end)))) continue;
    extra.push({ type: 'postcode', start: after[0]!.start, end: run.end, confidence: Confidence.cued });
  }
  return extra;
}

/** Words that say how a postcode was written: "the letter said 4100", "Whisper skriver ofta 3181". */
const WRITTEN_LEADS = new Set(['said', 'says', 'say', 'wrote', 'writes', 'written', 'skriver', 'skrev', 'står', 'stod', 'stog', 'sa', 'sade']);
/** Words between a postcode and a number that make the number a case's, an amount or a count: "ärendenumret", "hyran". */
const OTHER_NUMBER_CUES = /^(?:ärende\p{L}*|case|reference|ref|referens\p{L}*|hyra\p{L}*|rent|får|fick|betalar|betalade|pay|paid|earn|earned|get|gets|got|tjänar|kostar|costs?|utbetalning\p{L}*|belopp\p{L}*|summa\p{L}*|amount|nummer|numret|number)$/u;
/** Words after a number, a few words on, that make it an amount, a count, a year or a time. */
const AMOUNT_AFTER = new Set([...UNITS, 'kroner', 'krone', 'kronar', 'per', 'hyra', 'hyran', 'rent', 'skatten', 'tax', 'i månaden', 'a month', 'a year', 'beroende', 'depending']);
function amountAfter(tokens: readonly Token[], last: number): boolean {
  const next = tokens.slice(last + 1, last + 4).map((t) => t.lower);
  if (AMOUNT_AFTER.has(next[0] ?? '')) return true;
  for (let n = 0; n < next.length - 1; n++) {
    const two = `${next[n]} ${next[n + 1]}`;
    if (AMOUNT_AFTER.has(two) || (['i', 'in', 'om', 'per', 'a', 'an'].includes(next[n]!) && (AMOUNT_AFTER.has(next[n + 1]!) || MONTHS.has(next[n + 1]!)))) return true;
  }
  return false;
}
/** Words that offer another value in place of one just said: "… 961 44, Boden… eller 961 46", "or LS17 5EQ". */
const ALTERNATIVE_LEADS = new Set(['eller', 'or', 'nej', 'no', 'inte', 'not']);
/**
 * "961 44, Boden... eller 961 46", "noll tre ett åtta ett, Whisper skriver ofta 3181": once a postcode is found, a number of
 * its length offered after "eller"/"or"/"nej" a few words on, or its digits again with its leading zero dropped, is the
 * postcode (or the caller's doubt about it) too — fails closed (round 72). Not an amount: "eller 2 500 kronor".
 */
function postcodeAlternatives(text: string, tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const postcodes = found.filter((c) => c.type === 'postcode').map((c) => ({ c, digits: text.slice(c.start, c.end).replace(/\D/gu, '') || digitsWithin(runs, c) }));
  for (const run of runs) {
    if (found.some((c) => c.start < run.end && run.start < c.end) || amountAfter(tokens, run.lastToken)) continue;
    for (const { c, digits } of postcodes) {
      if (digits.length < 4 || c.end > run.start) continue;
      // (Review 72: not past a sentence's end, "The rent is 1800. No, 1900.", nor after a case's or an amount's cue,
      // "ärendenumret är 12345, eller 12346", "I pay 1800 or 1900".)
      const inBetween = tokens.filter((t) => t.start >= c.end && t.end <= run.start);
      // ("913 42? Eller 903 42?": past the postcode's own sentence end, where nothing else was said, it is still offered.)
      const sameDigits = run.digits === digits;
      if (!sameDigits && inBetween.some((t, n) => SENTENCE_END_MARKS.has(t.text) && !ellipsisDotAt(tokens, tokens.indexOf(t)) && inBetween.slice(0, n).some((w) => w.kind !== 'punct'))) continue;
      if (inBetween.some((t) => OTHER_NUMBER_CUES.test(t.lower))) continue;
      const unzeroed = digits.replace(/^0+/u, '');
      const before = tokens.slice(Math.max(0, run.firstToken - 3), run.firstToken).map((t) => t.lower);
      // (The digits without their leading zero only where they are said to be written or offered so: "the letter said
      // 4100", "Whisper skriver ofta 3181", not "jag fick 1450 i januari".)
      const unzeroedLed = unzeroed !== digits && run.digits === unzeroed && before.some((w) => ALTERNATIVE_LEADS.has(w) || WRITTEN_LEADS.has(w));
      const again = run.digits.length >= 4 && (sameDigits || unzeroedLed);
      let k = run.firstToken - 1;
      while (k >= 0 && (tokens[k]!.kind === 'punct' || HESITATIONS.has(tokens[k]!.lower))) k--;
      const between = inBetween.filter((t) => t.kind === 'word').length;
      // (A year for a postcode of four digits only near it: "2000, or 2010", not "2000, or 1999?".)
      const yearFits = !isYear(run.digits) || run.digits.slice(0, 2) === digits.slice(0, 2);
      const offered = run.digits.length === digits.length && ALTERNATIVE_LEADS.has(tokens[k]?.lower ?? '') && between <= 4 && yearFits;
      if (again || offered) {
        extra.push({ type: 'postcode', start: run.start, end: run.end, confidence: Confidence.cued });
        break;
      }
    }
  }
  return extra;
}

/**
 * "huset bredvid kyrkan, sju noll... noll noll sex, Chania", "zero seven... one six zero, Port de Pollença": four to six
 * digits read one by one in words before a town (or closing a sentence of a turn with an address) are a postcode,
 * whatever the address before them was (round 59). Fails closed: a phone's piece so said is redacted all the same.
 */
function postcodeSpokenBeforeTown(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  // (Whether the turn has an address, and the place lists: once for the turn, not for each number in it.)
  const address = found.some((c) => c.type === 'address');
  const { worldPlaces, places } = lexicon();
  const digitByDigit = (run: NumberRun) => run.parts.every((p) => p.digits.length === 1 && tokens[p.firstToken]!.kind === 'word');
  // ("8600-502, Lagos", "oito mil seiscentos, dash, quinhentos e dois, Lagos": a Portuguese postcode's shape, however said;
  // "oito dois zero zero... cento e sessenta e um", "femhundrasjuttiotre nittiofyra": a postcode's groups, four and three
  // or three and two digits, whatever each group's parts, round 64; three and two in figures are the patterns' and the
  // agency's: "839 88 Östersund". Four and three in figures apart by a dash or a space, not by a comma alone: "Hyran var
  // 6500, 250, Uppsala kommun …" is two sums, round 63's review; said in words, a comma is the pause.)
  const apart = (run: NumberRun, k: number) => {
    const between = tokens.slice(run.parts[k]!.lastToken + 1, run.parts[k + 1]!.firstToken);
    return !between.some((t) => t.text === ',') || between.some((t) => DASH_WORDS.has(t.lower)) || tokens[run.parts[k + 1]!.firstToken]!.kind === 'word';
  };
  const inPostcodeGroups = (run: NumberRun) => {
    const spoken = run.parts.some((p) => tokens[p.firstToken]!.kind === 'word');
    let before = 0;
    for (const [k, part] of run.parts.slice(0, -1).entries()) {
      before += part.digits.length;
      if ((before === 4 && run.digits.length === 7 && apart(run, k)) || (spoken && before === 3 && run.digits.length === 5)) return true;
    }
    return false;
  };
  for (let i = 0; i < runs.length; i++) {
    if (!digitByDigit(runs[i]!) && !inPostcodeGroups(runs[i]!)) continue;
    // (Over a pause: "sju noll... noll noll sex".)
    let j = i;
    while (j + 1 < runs.length && digitByDigit(runs[j + 1]!) && tokens.slice(runs[j]!.lastToken + 1, runs[j + 1]!.firstToken).every((t) => t.kind === 'punct' && t.text !== ',')) j++;
    const [first, last] = [runs[i]!, runs[j]!];
    const digits = runs.slice(i, j + 1).map((r) => r.digits).join('');
    i = j;
    if (digits.length < 4 || digits.length > (first === last && inPostcodeGroups(first) ? 7 : 6) || isYear(digits) || found.some((c) => c.start < last.end && first.start < c.end)) continue;
    // (Before a town the lists know, or in a turn with an address: not "ärendenummer fyra fem sex sju, Försäkringskassan …".)
    const next = tokens[last.lastToken + 1];
    const after = next?.text === ',' ? tokens[last.lastToken + 2] : next;
    const town = after?.capitalised === true && (address || worldPlaces.has(after.lower) || places.has(after.lower));
    // (Closing the sentence, read on after a comma, as the last item of the address: not "Det kostade fyra fem noll noll.")
    const closes = (!next || next.text === '.') && address && tokens[first.firstToken - 1]?.text === ',';
    if (town || closes) extra.push({ type: 'postcode', start: first.start, end: last.end, confidence: Confidence.cued });
  }
  return extra;
}

/** "Storgatan 9, 0262", "Sysslomansgatan 9, sjuhundrafemtiotvå": the parts of a run read on past the address its house number ends. */
function partsAfterAddress(run: NumberRun, addresses: readonly Candidate[]): NumberRun['parts'] {
  const address = addresses.find((a) => a.start <= run.start && run.start < a.end && a.end < run.end);
  return address ? run.parts.filter((p) => p.start >= address.end) : [];
}

/** "första halvan", "the second half": a number said in named halves. */
const HALF = /^(?:första|andra|sista|first|second|last|other) (?:halvan|half|delen|part)$/u;
const HALF_WORDS: ReadonlySet<string> = new Set(['halvan', 'half', 'delen', 'part']);
/**
 * "Första halvan är noll sju noll, ett sju fyra... och andra halvan noll sex, sextionio", "The first half is oh seven seven
 * double oh... the second half nine double oh, five eight one": the halves of a number named as halves are one number,
 * a phone's where they make one, a personal number's where its check digit holds (round 53).
 */
function halvesOfANumber(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  if (runs.length < 2) return [];
  const halves: number[] = [];
  for (let k = 1; k < tokens.length; k++) if (HALF_WORDS.has(tokens[k]!.lower) && HALF.test(`${tokens[k - 1]!.lower} ${tokens[k]!.lower}`)) halves.push(k);
  // (Not the halves of a year or of something: "Första halvan av året fick jag 0 kronor", "In the first half I paid 0"; nor sums.)
  if (halves.length < 2 || halves.some((k) => ['av', 'of'].includes(tokens[k + 1]?.lower ?? '') || [tokens[k - 2], tokens[k - 3]].some((b) => b?.lower === 'in' || b?.lower === 'i')) || tokens.some((t) => UNITS.has(t.lower))) return [];
  const pieces = runs.filter((r) => r.firstToken > halves[0]! && !found.some((c) => c.start <= r.start && r.end <= c.end));
  const digits = pieces.map((r) => r.digits).join('');
  const kind = personalNumberKind(digits);
  const type: EntityType | undefined = kind ? kind : digits.startsWith('0') && digits.length >= 8 && digits.length <= 12 ? 'phone' : undefined;
  return type ? pieces.map((r) => ({ type, start: r.start, end: r.end, confidence: Confidence.cued })) : [];
}

/**
 * "Nittonhundrafyrtiofem noll fem, nej, jag börjar om. Fyrtiofem noll fem nitton, tjugoåtta trettiotre": a personal number
 * begun and started again; the digits of the first go are the start of the whole (fails closed). (Round 93: any identifier
 * read out so, and a piece of three digits cut off by the line, "noll sju noll… hörs jag? … noll sju noll, ett sju fyra, …".)
 */
function startedAgainRuns(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const correctable = found.filter((c) => CORRECTABLE.has(c.type));
  if (correctable.length === 0) return [];
  const digitsOf = (c: Candidate) => runs.filter((r) => r.start < c.end && c.start < r.end).map((r) => r.digits).join('');
  const wholes = correctable.map((c) => ({ c, digits: digitsOf(c) }));
  const extra: Candidate[] = [];
  for (const run of runs) {
    if (run.digits.length < 3 || found.some((c) => c.start < run.end && run.start < c.end)) continue;
    // (Broken off: a correction or a restart right after it, "…, nej, jag börjar om"; not "6103 kronor", "sedan 1961". Or the
    // line breaking it, "… hallå?", "… can you hear me?", where three digits are enough.)
    const after = tokens.slice(run.lastToken + 1, run.lastToken + 5);
    if (!after.some((t) => (run.digits.length >= 4 && RESTARTS.has(t.lower)) || BAD_LINE.has(t.lower))) continue;
    // (Three digits before the line breaks are a piece only where no unit follows and no time, page, room, case or house
    // number's word comes before, "850 kronor… hallå?", "klockan 850…", "bor på nummer 850…", and the whole is said again
    // right after the line's words, not later in the turn, "I paid 850… hello? … my personal number is …"; review 93.)
    let restartAt = Infinity;
    if (run.digits.length < 4) {
      const before = tokens[run.firstToken - 1]?.lower ?? '';
      const house = ['nummer', 'number', 'nr'].includes(before) && ['på', 'at', 'on'].includes(tokens[run.firstToken - 2]?.lower ?? '');
      if (UNITS.has(tokens[run.lastToken + 1]?.lower ?? '') || PIECE_IS_NO_START.has(before) || house) continue;
      let bad = run.lastToken + 1;
      for (let k = bad; k < run.lastToken + 9 && k < tokens.length; k++) if (BAD_LINE.has(tokens[k]!.lower)) bad = k;
      restartAt = tokens[bad + 4]?.end ?? Infinity;
    }
    const short = (run.digits.length === 6 || run.digits.length === 8) && /^(?:19|20)/.test(run.digits) ? run.digits.slice(2) : run.digits;
    const begun = wholes.find(({ c, digits }) => c.start > run.start && c.start < restartAt && (digits.startsWith(run.digits) || digits.startsWith(short) || digits.slice(2).startsWith(run.digits)));
    if (begun) extra.push({ type: begun.c.type, start: run.start, end: run.end, confidence: Confidence.cued });
  }
  return extra;
}

/** Words before a number that make it a time's, a page's, a room's or a case's: no piece of an identifier (review 93). */
const PIECE_IS_NO_START = new Set(['klockan', 'kl', 'sidan', 'sida', 'page', 'rum', 'room', 'flat', 'lägenhet', 'ärendet', 'ärende', 'case', 'house', 'våning', 'floor']);
/** Words that break a number off to start it again. */
const RESTARTS = new Set(['nej', 'nä', 'no', 'vänta', 'wait', 'förlåt', 'sorry', 'börjar', 'om', 'start', 'again', 'oj', 'fel', 'wrong']);

/** Identifiers whose digits, said again in other words, are the same identifier. */
const RESTATABLE = new Set<Candidate['type']>(['address', 'postcode', 'phone', 'personnummer', 'samordningsnummer', 'bankAccount', 'card', 'organisationsnummer']);

/**
 * An identifier said again in other words, whole a few words later ("ett två tre fyra fem, eller ja,
 * etthundratjugotre fyrtiofem") or its end right after it ("Storgatan 12, tolv"): the same identifier.
 */
function restatedRuns(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const touched = (run: NumberRun) => found.some((c) => c.start < run.end && run.start < c.end);
  for (let r = 1; r < runs.length; r++) {
    const after = runs[r]!;
    if (touched(after) || after.digits.length < 2 || UNITS.has(tokens[after.lastToken + 1]?.lower ?? '')) continue;
    for (let b = r - 1; b >= 0; b--) {
      const before = runs[b]!;
      const named = found.find((c) => RESTATABLE.has(c.type) && c.start <= before.start && before.end <= c.end);
      const words = tokens.slice(before.lastToken + 1, after.firstToken).filter((t) => t.kind === 'word').length;
      if (words > WORDS_IN_CORRECTION) break;
      if (!named) continue;
      const digits = runs.filter((x) => named.start <= x.start && x.end <= named.end).map((x) => x.digits).join('');
      // Whole, a few words on; its end only right after it ("…, och jag är 67" is an age, not the phone's end).
      const again = digits === after.digits && digits.length >= 4;
      const end = digits.endsWith(after.digits) && words <= 1;
      if (again || end) extra.push({ type: named.type, start: after.start, end: after.end, confidence: Confidence.cued });
      break;
    }
  }
  return extra;
}

/** What a number is said instead of, after "inte"/"not" took the one before back: "inte 1943 utan 1957", "not …, it's …". */
const INSTEAD = new Set(['utan', "it's", 'it’s', 'but']);
/** Words besides the correction itself between a number and the one that corrects it. */
const WORDS_IN_CORRECTION = 5;

/**
 * A number said and corrected to one of the same length, or read on further, a few words allowed between ("Ett två tre, fyrtiofem, nej, ett två tre,
 * fyrtiosex, Farsta"; "lägenhet 1302, nej vänta, 1203"): what one of them was found to be, the other is too.
 */
function correctedRuns(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const within = (run: NumberRun) => found.find((c) => c.start <= run.start && run.end <= c.end);
  const touched = (run: NumberRun) => found.some((c) => c.start < run.end && run.start < c.end);
  for (let r = 1; r < runs.length; r++) {
    const [before, after] = [runs[r - 1]!, runs[r]!];
    // (Or the correction read on further: "S O one four, no, S O one five, two D G".)
    const readOn = before.digits.length < after.digits.length && touched(after) && !touched(before);
    if (before.digits.length !== after.digits.length && !readOn) continue;
    // ("det är inte nitton fyrtiotre utan nitton femtiosju …", "it's not nineteen forty-three, it's …": what "inte"/"not"
    // takes back, with the number said instead, round 60.)
    const negated = ['inte', 'not'].includes(tokens[before.firstToken - 1]?.lower ?? '');
    let corrected = false;
    let between = 0;
    let k = before.lastToken + 1;
    // ("S O one four, no, S O one five": the letters said again before the corrected number; "fyrtiofem
    // sjuttio, nej vänta, det är hennes, mina är trettioett tretton": a few words saying whose.)
    // (A full stop ends it only after other words: "Storgatan 7. Nej, 5." is a correction.)
    for (; k < after.firstToken && !(tokens[k]!.text === '.' && between > 0) && between <= WORDS_IN_CORRECTION; k++) {
      const t = tokens[k]!;
      corrected ||= TAKING_BACK.has(t.lower) || (negated && INSTEAD.has(t.lower));
      if (t.kind !== 'punct' && !inCorrection(t.lower) && !(corrected && isSingleCapital(t))) between++;
    }
    if (!corrected || k !== after.firstToken || between > WORDS_IN_CORRECTION || UNITS.has(tokens[after.lastToken + 1]?.lower ?? '')) continue;
    // Either way round: "lägenhet 1302, nej vänta, 1203" too.
    const [named, other] = touched(before) ? [within(before), after] : [within(after), before];
    if (!named || touched(other)) continue;
    let first = other.firstToken;
    while (first > 0 && other.firstToken - first < 3 && isSingleCapital(tokens[first - 1]!)) first--;
    extra.push({ type: named.type, start: tokens[first]!.start, end: other.end, confidence: Confidence.cued });
  }
  return extra;
}

/** How `a` and `b` differ as a number misheard does: a digit changed or two swapped, or its halves said the other way round. */
export function misheard(a: string, b: string): 'digit' | 'halves' | undefined {
  if (a.length !== b.length || a === b) return undefined;
  const half = a.length / 2;
  if (a.length % 2 === 0 && a.slice(half) + a.slice(0, half) === b) return 'halves';
  const off = [...a].flatMap((d, k) => (d === b[k] ? [] : [k]));
  return off.length === 1 || (off.length === 2 && a[off[0]!] === b[off[1]!] && a[off[1]!] === b[off[0]!]) ? 'digit' : undefined;
}

/**
 * "Du sa 3127? Nej, 3217, tre två ett sju.", "You said 5536? No, five five six three", "sjuttiosju nittioett, inte
 * nittioett sjuttiosju": a number of four digits or more and the one that puts it right, a digit changed or two swapped
 * with one of the two read out digit by digit, or its halves turned with one read out in pairs (or said again so: "3217,
 * tre två ett sju"), are the pieces of an identifier read back wrong — no sum, year or time is read out so — whatever cue
 * is near (round 63; pairs only for halves since its review). Not where a word names them something else ("klockan",
 * "kronor", "ärende").
 */
function misheardPieces(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const touched = (run: NumberRun) => found.some((c) => c.start < run.end && run.start < c.end);
  // (What another rule found stays: the pair is left to the rule for corrections when both are.)
  // (A digit put right is read out digit by digit; pairs only turned round: "fjorton fyrtio, nej fjorton femtio" is a sum or a time.)
  const readOut = (parts: NumberRun['parts'], longest: number) => parts.length > 0 && parts.every((p) => p.digits.length <= longest && tokens[p.firstToken]!.kind === 'word');
  for (let r = 1; r < runs.length; r++) {
    const [before, after] = [runs[r - 1]!, runs[r]!];
    if (before.digits.length < 4 || after.firstToken - before.lastToken > 8 || (touched(before) && touched(after))) continue;
    // (The correction's first parts as long as the number put right: "3217, tre två ett sju" puts right with its 3217.)
    let n = 0;
    while (n < after.parts.length && after.parts.slice(0, n).reduce((l, p) => l + p.digits.length, 0) < before.digits.length) n++;
    const said = after.parts.slice(0, n);
    const digits = said.map((p) => p.digits).join('');
    const how = misheard(before.digits, digits);
    const longest = how === 'halves' ? 2 : 1;
    if (!how || isYear(before.digits) || isYear(digits) || !(readOut(before.parts, longest) || readOut(said, longest) || readOut(after.parts.slice(n), longest))) continue;
    const around = tokens.slice(sentenceStartOf(tokens, before.firstToken), sentenceEndOf(tokens, after.lastToken));
    if (around.some((t) => PIECE_OWNERS.test(t.lower) || UNITS.has(t.lower))) continue;
    for (const run of [before, after]) if (!found.some((c) => c.start <= run.start && run.end <= c.end)) extra.push({ type: 'idNumber', start: run.start, end: run.end, confidence: Confidence.cued });
  }
  return extra;
}

/** Identifiers whose last digits a caller corrects after they are read back. */
const CORRECTABLE = new Set<EntityType>(['personnummer', 'samordningsnummer', 'phone', 'bankAccount', 'card', 'idNumber', 'organisationsnummer']);
/** Words that say the next number puts one right: "nej", "no", "sorry", "it's", "not". */
const PUTS_RIGHT = new Set([...TAKING_BACK, 'not', 'inte', "it's"]);
/** "det ska vara", "it should be": what a piece put right is said after. */
const SHOULD_BE: ReadonlySet<string> = new Set(['ska vara', 'skulle vara', 'should be', 'ought be']);
/** Words in a sentence that make its numbers amounts, ages, counts or a case's: no identifier's pieces. */
const PIECE_OWNERS = /^(?:kronor|kr|sek|pounds|euro|euros|dollars|payment|betalning\p{L}*|utbetalning\p{L}*|hyra\p{L}*|rent|månad|month|year|years|år|old|gammal|barn|children|kids|case|ärende\p{L}*|pension\p{L}*|amount|belopp\p{L}*|klockan|o'clock|minutes|minuter)$/u;
/** What may follow a piece of a number said again: a pause, "sa jag", "at the end", "not …". */
const AFTER_PIECE = new Set(['sa', 'said', 'jag', 'i', 'på', 'at', 'the', 'slutet', 'end', 'not', 'inte', 'nej', 'no', 'och', 'and', ...HESITATIONS]);

/**
 * "Så jag har uppfattat 580314-0360, stämmer det? Nej, 0630 sa jag, noll sex tre noll.", "You read it back as
 * 810329-2690, it's 2960, two nine six oh.": after an identifier, the piece a correction word puts right (the word just
 * before it), and the same piece said again right after, are part of it (round 51). A piece stands as a clause of its
 * own or before "sa jag", "at the end", "not …"; a count or a time with its noun ("tio siffror", "klockan nio") is none,
 * nor one of the agency's numbers.
 */
function piecesCorrectedAfter(tokens: Token[], runs: NumberRun[], found: Candidate[], allowed: ReadonlySet<string>): Candidate[] {
  const extra: Candidate[] = [];
  const identifiers = found.filter((c) => CORRECTABLE.has(c.type));
  if (identifiers.length === 0) return extra;
  const overlaps = (c: Candidate, run: NumberRun) => c.start < run.end && run.start < c.end;
  const touched = (run: NumberRun) => found.some((c) => overlaps(c, run)) || extra.some((c) => overlaps(c, run));
  /** The word before token `k`, past commas and pauses. */
  const wordBefore = (k: number) => {
    let j = k - 1;
    while (j >= 0 && (tokens[j]!.kind === 'punct' || HESITATIONS.has(tokens[j]!.lower))) j--;
    return j;
  };
  for (const id of identifiers) {
    let previous: NumberRun | undefined;
    for (const run of runs) {
      if (run.start < id.end) continue;
      const w = wordBefore(run.firstToken);
      // ("… sa du sex sju? Det ska vara sex ett.": "ska vara", "should be" put it right too; round 90.)
      const shouldBe = w > 0 && SHOULD_BE.has(`${tokens[w - 1]!.lower} ${tokens[w]!.lower}`);
      const putRight = w >= 0 && tokens[w]!.start >= id.end && (PUTS_RIGHT.has(tokens[w]!.lower) || shouldBe);
      // (A short piece put right for a piece of its length just redacted, "sa du sex sju? Det ska vara sex ett"; round 90.)
      const sameLength = run.digits.length >= 2 && runs.some((r) => r.end <= run.start && r.start >= id.start && r.end <= id.end && r.digits.length === run.digits.length);
      // ("0630 sa jag, noll sex tre noll": said again right after a piece put right.)
      const again = previous !== undefined && tokens.slice(previous.lastToken + 1, run.firstToken).every((t) => t.kind === 'punct' || AFTER_PIECE.has(t.lower));
      const next = tokens[run.lastToken + 1];
      const standsAlone = !next || next.kind === 'punct' || AFTER_PIECE.has(next.lower);
      // (Not an amount, an age, a count or a case's number: "not 500, it's 600", "I'm 67, not 66", round 51's review; two
      // digits only as the end, "one six at the end".)
      const sentence = tokens.slice(sentenceStartOf(tokens, run.firstToken), sentenceEndOf(tokens, run.lastToken));
      const asEnd = tokens.slice(Math.max(0, run.firstToken - 5), run.lastToken + 4).some((t) => ['slutet', 'end', 'sist', 'sista', 'last'].includes(t.lower));
      if (putRight && (sentence.some((t) => PIECE_OWNERS.test(t.lower)) || (run.digits.length < 3 && !asEnd && !sameLength))) {
        previous = undefined;
        continue;
      }
      // (Nor a sum written with its thousands apart, "9 800, inte 8 900".)
      if (!(putRight || again) || readAsThousands(run) || (run.international && id.type !== 'phone') || run.digits.length > 12 || !standsAlone || UNITS.has(next?.lower ?? '') || isYear(run.digits) || allowed.has(normalisedPhone(run))) {
        previous = undefined;
        continue;
      }
      if (!touched(run)) extra.push({ type: id.type, start: run.start, end: run.end, confidence: Confidence.cued });
      previous = run;
    }
  }
  return extra;
}

/**
 * "Tretton? Nej, elva, jag sa elva, 19380311", "No, oh one, I said oh one, nineteen thirty-two, oh one oh three": a pair put
 * right, and said again, right before the number it belongs to is a piece of it (Round 98; the other way round is
 * `piecesCorrectedAfter`). Two digits equal to one of the identifier's pairs, only pauses and "jag sa"/"I said" between them
 * and it, a correction word before the first; not in a sentence of amounts, ages or counts. Fails closed.
 */
function piecesCorrectedBefore(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const id of found) {
    if (!CORRECTABLE.has(id.type)) continue;
    const inside = runs.filter((r) => r.start < id.end && id.start < r.end);
    const digits = inside.map((r) => r.digits).join('');
    if (inside.length === 0 || digits.length < 8) continue;
    const pairs = new Set<string>();
    for (let k = 0; k + 2 <= digits.length; k += 2) pairs.add(digits.slice(k, k + 2));
    const pieces: NumberRun[] = [];
    let at = inside[0]!.firstToken;
    for (let k = runs.indexOf(inside[0]!) - 1; k >= 0; k--) {
      const run = runs[k]!;
      if (run.digits.length !== 2 || !pairs.has(run.digits) || found.some((c) => c.start < run.end && run.start < c.end)) break;
      if (!tokens.slice(run.lastToken + 1, at).every((t) => t.kind === 'punct' || AFTER_PIECE.has(t.lower))) break;
      pieces.push(run);
      at = run.firstToken;
    }
    if (pieces.length === 0) continue;
    let w = at - 1;
    while (w >= 0 && (tokens[w]!.kind === 'punct' || HESITATIONS.has(tokens[w]!.lower))) w--;
    if (w < 0 || !PUTS_RIGHT.has(tokens[w]!.lower)) continue;
    const sentence = tokens.slice(sentenceStartOf(tokens, at), sentenceEndOf(tokens, inside[0]!.lastToken));
    if (sentence.some((t) => PIECE_OWNERS.test(t.lower))) continue;
    for (const run of pieces) extra.push({ type: id.type, start: run.start, end: run.end, confidence: Confidence.cued });
  }
  return extra;
}

/** Payments, letters, decisions and meetings: a short date beside them is theirs. */
const DATED_THINGS = /^(?:betalning\p{L}*|utbetalning\p{L}*|pengarna|beslut\p{L}*|brev\p{L}*|kom|daterat|daterad|payment|paid|money|decision|letter|dated|came|claim|policy|möte\p{L}*|meeting)$/u;
/** Words before a number that make it a case's, an invoice's or a form's: no one's birth. */
const NUMBER_OWNERS = /^(?:ärende\p{L}*|case|ocr\p{L}*|referens\p{L}*|reference|faktura\p{L}*|invoice|order\p{L}*|kundnummer|blankett\p{L}*|form|bankgiro\p{L}*|plusgiro\p{L}*|konto\p{L}*|account|kontonummer|clearing\p{L}*)$/u;
/**
 * "Inte 611102, det var hennes. Mitt börjar på 580314.", "Mine starts 660108": six digits written as one number that
 * read as a date, year–month–day, are the birth part of a personnummer (a samordningsnummer with the day plus sixty),
 * cue or not — privacy fails closed (round 51). Not a case's, an invoice's, an account's number, nor a payment's or a
 * letter's date beside its word, nor one with its unit. (Eight digits are the dialogue's to read under its question.)
 */
function birthNumbersByShape(tokens: Token[], runs: NumberRun[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const run of runs) {
    if (run.firstToken !== run.lastToken || tokens[run.firstToken]!.kind !== 'digits') continue;
    const digits = run.digits;
    // (Six digits only: eight are a whole date the dialogue reads under its question, round 51's review.)
    if (digits.length !== 6) continue;
    const [month, day] = [Number(digits.slice(2, 4)), Number(digits.slice(4))];
    if (month < 1 || month > 12 || !((day >= 1 && day <= 31) || (day >= 61 && day <= 91))) continue;
    if (found.some((c) => c.start < run.end && run.start < c.end)) continue;
    // (Nor a payment's, a letter's or a decision's date written short: "Pengarna kom 251124".)
    const near = tokens.slice(Math.max(sentenceStartOf(tokens, run.firstToken), run.firstToken - 5), Math.min(sentenceEndOf(tokens, run.firstToken), run.lastToken + 5));
    if (near.some((t) => NUMBER_OWNERS.test(t.lower) || DATED_THINGS.test(t.lower)) || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '')) continue;
    extra.push({ type: day > 31 ? 'samordningsnummer' : 'personnummer', start: run.start, end: run.end, confidence: Confidence.shaped });
  }
  return extra;
}

/**
 * "Björkgatan 3, lgh 1201, 753 20 Uppsala": a number found only by its shape that runs from a flat
 * number into the postcode is those two, not a third thing that would merge them into one.
 */
function withoutNumbersAcrossAddresses(candidates: Candidate[], places: Candidate[]): Candidate[] {
  const inPlace = (at: number): boolean => places.some((p) => p.start <= at && at < p.end);
  return candidates.filter((c) => c.confidence > Confidence.shaped || c.type === 'address' || c.type === 'postcode' || c.type === 'name' || !inPlace(c.start) || !inPlace(c.end - 1));
}

const ANSWER_NUMBER_SHARE = 0.4;

/** "SNI 45.201", "SNI-kod 96.021", "SNI code 01.410": a trade's code in Statistics Sweden's classification, said after its name. */
const SNI_CODE = /\bSNI(?:-?kod(?:en)?|\s+kod(?:en)?|\s+code)?(?:\s+(?:är|is))?\s+\d{2}(?:\.\d{1,3})?\b/gu;
/**
 * Cuts every span in `spans` that ends inside an SNI code to end before it; one that lies inside it goes. (Review of round 89:
 * a span that runs on past the code stays whole, and so does an address ending in a code of two figures alone: "Kvarnbyvägen
 * SNI 21 i Rinkeby", "Storgatan SNI 12" name a house's number; a trade's code has its dot, "SNI 43.910".)
 */
function trimBeforeSniCodes(text: string, spans: Candidate[]): void {
  if (!text.includes('SNI')) return;
  for (const m of text.matchAll(SNI_CODE)) {
    const [from, to] = [m.index, m.index + m[0].length];
    for (let k = spans.length - 1; k >= 0; k--) {
      const c = spans[k]!;
      if (c.end <= from || c.start >= to || c.end > to || (c.type === 'address' && !m[0].includes('.'))) continue;
      const end = c.start + text.slice(c.start, from).replace(/[\s,;:–-]+$/u, '').length;
      if (end > c.start && c.start < from) spans[k] = { ...c, end };
      else spans.splice(k, 1);
    }
  }
}

/** Words that hedge a sum: "tusen, ungefär", "about two thousand". */
const HEDGES = new Set(['ungefär', 'cirka', 'runt', 'kring', 'typ', 'about', 'around', 'roughly', 'approximately']);
/** Span `c` holds only numbers, hedges and pauses, with a number said with "tusen"/"thousand" among them. */
function onlyASum(tokens: readonly Token[], c: Candidate): boolean {
  const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  const thousands = inside.some((t) => t.kind === 'word' && (numberWordAtoms(t.lower)?.includes(-1000) ?? false));
  return thousands && inside.every((t) => t.kind === 'punct' || t.kind === 'digits' || HEDGES.has(t.lower) || HESITATIONS.has(t.lower) || (t.kind === 'word' && numberWordAtoms(t.lower) !== undefined));
}

/** What stands between the pieces of a spoken e-mail address: pauses, "punkt", "dot", and a word the spelling after it spells. */
const EMAIL_GLUE = /^[\s,]*(?:(?:punkt|dot|underscore|understreck|bindestreck|dash)[\s,]*)?(?:\p{L}+[\s,]*)?$/iu;

/**
 * "anna, a n n a, punkt, holm, h o l m, at gmail punkt com": the local part read with its spelling
 * ends up as names and an address; the names and the dots before the address are part of it.
 */
function joinEmailPieces(text: string, candidates: Candidate[]): void {
  for (const email of candidates.filter((c) => c.type === 'email')) {
    for (let moved = true; moved; ) {
      moved = false;
      for (const c of candidates) {
        // (A spelling may overlap the address's start: "h o l m, at gmail …".)
        if (c !== email && c.start < email.start && (c.type === 'name' || c.type === 'email') && EMAIL_GLUE.test(text.slice(Math.min(c.end, email.start), email.start))) {
          email.start = c.start;
          moved = true;
        }
      }
    }
  }
}

/** "… 3263 på slutet", "ending 42 at the end": the last digits of a number, named after them. */
const TAIL_AFTER = [['på', 'slutet'], ['i', 'slutet'], ['at', 'the', 'end'], ['sist']];
function tailsNamedAfter(tokens: Token[], runs: NumberRun[]): Candidate[] {
  return runs
    // (Not a sum said or written with thousands: "det var femtusen etthundra på slutet", "5 100 på slutet" is what the rent came to.)
    .filter((r) => r.digits.length >= 2 && r.digits.length <= 4 && !isYear(r.digits) && !readAsThousands(r) && !saidWithThousands(tokens, r) && TAIL_AFTER.some((words) => words.every((w, k) => tokens[r.lastToken + 1 + k]?.lower === w)))
    .map((r) => ({ type: 'idNumber' as EntityType, start: r.start, end: r.end, confidence: Confidence.cued }));
}

/**
 * "det slutar på", "it ends in": the prepositions that, after an ending word (`ENDING_WORDS`, identifiers.ts), name the last
 * digits of a number said just before: "slutar på/med", "ends in/with", "ending in" (round 90's pairs; not "ended").
 */
const TAIL_BEFORE: ReadonlyMap<string, readonly string[]> = new Map([['slutar', ['på', 'med']], ['ends', ['in', 'with']], ['ending', ['in']]]);
/** The two words before token `first` are an ending word and a preposition it takes here (`TAIL_BEFORE`). */
const tailNamedBefore = (tokens: readonly Token[], first: number): boolean => {
  const verb = tokens[first - 2]?.lower ?? '';
  return ENDING_WORDS.has(verb) && (TAIL_BEFORE.get(verb)?.includes(tokens[first - 1]?.lower ?? '') ?? false);
};
/** What else may end in digits named so: a bill, a claim, an invoice (review of round 90). */
const TAIL_OWNERS = /^(?:räkning\p{L}*|faktura\p{L}*|bill|bills|claim|claims|invoice|invoices|beslut\p{L}*|decision)$/u;
const IDENTIFIER_TYPES: ReadonlySet<EntityType> = new Set(['phone', 'personnummer', 'samordningsnummer', 'bankAccount', 'card', 'idNumber', 'iban', 'organisationsnummer', 'bankgiro', 'plusgiro']);

/**
 * "noll sju noll, …, noll tre, nej, noll fyra, det slutar på noll fyra": the last digits of an identifier said earlier in the
 * turn, named so before them, are that identifier's (round 90; fails closed).
 */
function tailsNamedBefore(tokens: Token[], runs: NumberRun[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const r of runs) {
    if (r.digits.length > 4 || found.some((c) => c.start < r.end && r.start < c.end)) continue;
    if (!tailNamedBefore(tokens, r.firstToken)) continue;
    const before = found.filter((c) => IDENTIFIER_TYPES.has(c.type) && c.end <= r.start).at(-1);
    if (!before) continue;
    // (Review of round 90: not the end of a sum, a year or a case said after the number, "och räkningen slutar på 450 kronor",
    // "Hyran slutar på 900", "the claim ends in 2026", unless the number said before ends in those very digits.)
    const digitsBefore = runs.filter((x) => x.start >= before.start && x.end <= before.end).map((x) => x.digits).join('');
    const clause = tokens.filter((t, k) => t.start >= before.end && k <= r.lastToken + 1);
    const owned = isYear(r.digits) || clause.some((t) => PIECE_OWNERS.test(t.lower) || TAIL_OWNERS.test(t.lower) || UNITS.has(t.lower));
    if (!owned || digitsBefore.endsWith(r.digits)) out.push({ type: before.type, start: r.start, end: r.end, confidence: Confidence.cued });
  }
  return out;
}

/**
 * "Nitton hundra fyrtiosex, maj, tjugotredje, och sen sju åtta nio noll", "Fyrtiosex, maj." /
 * "Tjugotredje. Och sen …": under a question for a personnummer, a date read with (or before) its
 * pieces is its first half, the month and day named; not a date after them ("… Och pengarna kom
 * den 25:e").
 */
function datesBeforeLastDigits(tokens: Token[], personal: Candidate[], runs: readonly NumberRun[]): Candidate[] {
  const lastPiece = Math.max(...personal.map((c) => c.start));
  // ("She got it in September, six four oh five seven five": a month before a whole date part of six figures already found is
  // when, not its first half; round 91.)
  // (Only a date whose day or month cannot be the number's: "Artonde december, 811218-9876" is the birth date read before it,
  // and stays redacted; review 91.)
  const figuresOf = (p: Candidate) => runs.filter((r) => r.start >= p.start && r.end <= p.end).map((r) => r.digits).join('');
  const notItsDate = (d: Candidate, p: Candidate): boolean => {
    const figures = figuresOf(p);
    if (figures.length < 6) return false;
    const date = figures.length >= 12 ? figures.slice(2) : figures;
    const month = Number(date.slice(2, 4));
    const day = Number(date.slice(4, 6)) % 60;
    const first = tokens.findIndex((t) => t.start >= d.start);
    const last = tokens.findIndex((t) => t.start >= p.start);
    const said = dayAndMonthSaid(tokens, first, last < 0 ? tokens.length : last);
    return (said.month !== undefined && said.month !== month) || (said.day !== undefined && said.day !== day);
  };
  return findDatesOfBirth(tokens, 'anywhere')
    .filter((d) => d.start <= lastPiece && !personal.some((p) => d.start < p.start && p.end <= d.end && notItsDate(d, p)))
    .map((d) => ({ ...d, type: 'personnummer' as EntityType }));
}

/** What may stand between a date of birth and its year said after it: "…, this year, 2026", "…, men året... nittonhundrasextiofyra". */
const DATE_THEN_YEAR = /^[\s,.…-]*(?:(?:this|that|year|in|of|i|år|året|samma|same|men|but|och|and|the|eh|öh|uh|um|er|erm|ehm|öhm)[\s,.…-]*){0,3}$/i;
/** What may stand between a date of birth and its day and month said again in figures: "…, so oh one twelve", "…, alltså noll ett tolv". */
const DATE_THEN_FIGURES = /^[\s,.…-]*(?:so|så|alltså|that's|det blir|which is)[\s,.…-]*$/i;

/**
 * "born June the 3rd, this year, 2026", "född fjortonde maj, men året... nittonhundrasextiofyra": a year said after a date of
 * birth is part of it; "born the twelfth of January, so oh one twelve": so is its month and day said again in figures
 * (round 61).
 */
function yearsAfterBirthDates(text: string, runs: readonly NumberRun[], dates: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  for (const date of dates) {
    const next = runs.find((r) => r.start >= date.end);
    if (!next || next.start - date.end > 24) continue;
    const between = text.slice(date.end, next.start);
    // A date said with its year has it already ("född 12 maj 1950, 2015 flyttade jag").
    // (The year closes its clause: not "men året 2010 flyttade jag", "och 1995 kronor kom", round 61's review.)
    const closes = /^\s*(?:[,.;!?…]|$)/u.test(text.slice(next.end));
    const year = isYear(next.digits) && closes && !/\d{4}/.test(text.slice(date.start, date.end)) && DATE_THEN_YEAR.test(between);
    const monthAndDay = /^(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])$/.test(next.digits) && DATE_THEN_FIGURES.test(between);
    if (year || monthAndDay) found.push({ type: 'dateOfBirth', start: next.start, end: next.end, confidence: date.confidence });
  }
  return found;
}

/** Only pauses and "och sen", "and then", "streck" between a date and what follows it. */
const DATE_THEN_DIGITS = /^[\s,.…-]*(?:(?:och|sen|så|and|then|dash|streck|bindestreck|minus|eh|öh|uh|um)[\s,.…-]*){0,3}$/i;
/** "…, och resten är …", "and the rest is …", "the last four are …": the rest of the number named after a date of birth (round 56). */
const DATE_THEN_THE_REST = /^[\s,…-]*(?:(?:och|sen|så|and|then|eh|öh|uh|um)[\s,…-]*){0,2}(?:resten|de sista fyra|sista fyra|the rest|the last four)(?: siffrorna| digits)?(?: är| is| are|'s)?[\s,…-]*$/i;

/**
 * "Femtiotvå, trettionde januari, tolv trettio", "born 3 March 1952, dash 1230": four digits right
 * after a date of birth are the rest of the personnummer.
 */
function lastFourAfterBirthDates(text: string, runs: NumberRun[], dates: Candidate[]): Candidate[] {
  const found: Candidate[] = [];
  const unit = (r: NumberRun) => UNITS.has(/^\s*([\p{L}%]+)/u.exec(text.slice(r.end))?.[1]?.toLowerCase() ?? '');
  for (const date of dates) {
    const next = runs.find((r) => r.start >= date.end);
    // ("the thirtieth of January two thousand and three, and the rest is …": past the year the date goes on into, only
    // where the rest is named; never a sum or a count, "… och resten är 1200 kronor i skuld", round 56's review.)
    const pastYear = next && isYear(next.digits) && /^[\s,]*$/.test(text.slice(date.end, next.start)) ? runs.find((r) => r.start >= next.end) : undefined;
    if (pastYear && pastYear.digits.length === 4 && !isYear(pastYear.digits) && !unit(pastYear) && DATE_THEN_THE_REST.test(text.slice(next!.end, pastYear.start))) {
      found.push({ type: 'personnummer', start: pastYear.start, end: pastYear.end, confidence: Confidence.cued });
      continue;
    }
    const between = next ? text.slice(date.end, next.start) : '';
    if (next && next.digits.length === 4 && !isYear(next.digits) && !unit(next) && (DATE_THEN_DIGITS.test(between) || DATE_THEN_THE_REST.test(between))) {
      found.push({ type: 'personnummer', start: next.start, end: next.end, confidence: Confidence.cued });
    }
  }
  return found;
}

/**
 * "99/12 Moo 5, Hua Hin", "Storgatan 5, Karlstad", "14 Wattle Street, Ballarat, Victoria": capitalised
 * words right after an address are its town and region, not a person, unless a cue said they were a
 * name (only names found by shape are dropped).
 */
function placesAfterAddresses(text: string, names: Candidate[], addresses: Candidate[]): Candidate[] {
  if (addresses.length === 0) return names;
  return names.filter((n) => {
    if (n.confidence > Confidence.shaped) return true;
    const before = addresses.filter((a) => a.end <= n.start && PLACES_BETWEEN.test(text.slice(a.end, n.start)) && !ROOM_LAST.test(text.slice(a.start, a.end).split(',').at(-1)!));
    // ("…, 29006 Málaga, Lorna Keane": where a town already stands between the postcode and the name, the name is not in
    // the town's place (the word after a postcode is its town); a first name or a surname is enough there, as after a
    // street; fails closed, round 69.)
    const townBetween = (a: Candidate) => /^[\s,]*\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)?[\s]*,\s*$/u.test(text.slice(a.end, n.start));
    return before.length === 0 || personNamed(text, n, before.some((a) => a.type === 'postcode' && !townBetween(a)));
  });
}
/**
 * "Storgatan 5, Karin Holm bor där": a first name and a surname are a person, not the town (privacy
 * fails closed); not in a list of places ("…, Hai Chau, Da Nang 550000").
 */
function personNamed(text: string, name: Candidate, afterPostcode: boolean): boolean {
  const words = text.slice(name.start, name.end).split(/\s+/);
  const { names, places, worldPlaces } = lexicon();
  const first = names.get(words[0]!.toLowerCase()) ?? 0;
  // ("1204, Lisa Berg heter jag", "M14, 5RX, Jane.", "Door B, Tom Walsh": a known first name that is no place, or a name
  // the words after it call one, is a person after an address as anywhere — fails closed, round 49's review.)
  if (NAMED_AFTER.test(text.slice(name.end, name.end + 20))) return true;
  const joined = words.join(' ').toLowerCase();
  const place = places.has(words[0]!.toLowerCase()) || places.has(joined) || worldPlaces.has(joined);
  // ("M14, 5RX, Jane.": a frequent first name closing the sentence.)
  if (words.length === 1) return !place && (first & NameFlag.first) !== 0 && (first & NameFlag.frequent) !== 0 && /^\s*(?:[.!?]|$)/u.test(text.slice(name.end, name.end + 2));
  // ("Västersjö 8, Karin Lund, 930 90 Arjeplog": a first name and a surname, before a postcode too; not in a list of
  // places, "Hai Chau, Da Nang".)
  if (/^[\s,]+\p{Lu}/u.test(text.slice(name.end, name.end + 4))) return false;
  const last = names.get(words.at(-1)!.toLowerCase()) ?? 0;
  // (After a postcode, where the town stands, a known first name and a known surname both: not "…, St Andrews".)
  const firstName = (first & NameFlag.first) !== 0;
  const surname = (last & NameFlag.surname) !== 0;
  return !place && (afterPostcode ? firstName && surname : firstName || surname);
}
/** "…, Lisa Berg heter jag", "…, Jane Smith's my name", "…, Lisa bor där": words after a name that call it a person's. */
const NAMED_AFTER = /^(?:['’]s\s+my name|[\s,]+(?:heter|hette|bor|här|is my name|my name|here|speaking))(?![\p{L}])/iu;
/**
 * "avdelning 5, sal 2, Anna", "portal tre, Anna", "piso sexto, Anna ligger där": an address whose last part is a bed, an
 * entrance or a Spanish floor has no town after it; the name there is a person's (round 62's review; not a floor in
 * Swedish or English, "andra våningen, Rosengård", nor a room, "room 210, Rosendal nursing home").
 */
const ROOM_LAST = /^\s*(?:sal|salen|bay|säng|bed|portal|puerta|piso|planta)(?![\p{L}])/iu;
/** Only commas, spaces and at most two capitalised place words between an address and a word. */
const PLACES_BETWEEN = /^[\s,]*(?:\p{Lu}[\p{L}-]*[\s,]+){0,2}$/u;

/** India's larger towns and its states, where a six-figure number after an address is its PIN code (review 71). */
const INDIAN_PLACES: ReadonlySet<string> = new Set([
  'mumbai', 'bombay', 'delhi', 'new delhi', 'bengaluru', 'bangalore', 'chennai', 'madras', 'kolkata', 'calcutta', 'hyderabad', 'pune', 'ahmedabad',
  'jaipur', 'lucknow', 'kanpur', 'nagpur', 'indore', 'bhopal', 'patna', 'surat', 'vadodara', 'baroda', 'coimbatore', 'kochi', 'cochin',
  'thiruvananthapuram', 'trivandrum', 'mysore', 'mysuru', 'mangalore', 'mangaluru', 'chandigarh', 'amritsar', 'ludhiana', 'panaji', 'guwahati',
  'bhubaneswar', 'noida', 'gurgaon', 'gurugram', 'ghaziabad', 'faridabad', 'visakhapatnam', 'vijayawada', 'madurai', 'nashik', 'thane', 'agra',
  'varanasi', 'ranchi', 'raipur', 'dehradun', 'shimla', 'srinagar', 'jammu', 'kozhikode', 'calicut', 'thrissur', 'tiruchirappalli', 'salem',
  'hubli', 'belgaum', 'belagavi', 'navi mumbai', 'aurangabad', 'rajkot', 'jodhpur', 'udaipur', 'kota', 'allahabad', 'prayagraj', 'meerut',
  'india', 'maharashtra', 'karnataka', 'tamil nadu', 'kerala', 'telangana', 'andhra pradesh', 'gujarat', 'rajasthan', 'punjab', 'haryana',
  'uttar pradesh', 'madhya pradesh', 'bihar', 'west bengal', 'odisha', 'orissa', 'assam', 'goa', 'jharkhand', 'chhattisgarh', 'uttarakhand',
  'himachal pradesh',
]);
/** The run of six figures has an Indian town right before it, or an Indian state or "India" right after it. */
function inIndia(text: string, run: NumberRun): boolean {
  const before = /((?:\p{L}+\s+)?\p{L}+)[\s,]*$/u.exec(text.slice(Math.max(0, run.start - 40), run.start));
  const after = /^[\s,]*(\p{L}+(?:\s+\p{L}+)?)/u.exec(text.slice(run.end, run.end + 40));
  // (The one or two words whole, or either of them: "Navi Mumbai", "Pune".)
  const known = (m: RegExpExecArray | null) => {
    if (m === null) return false;
    const words = m[1]!.toLowerCase();
    const each = words.split(/\s+/u);
    return INDIAN_PLACES.has(words) || INDIAN_PLACES.has(each.at(-1)!) || INDIAN_PLACES.has(each[0]!);
  };
  return known(before) || known(after);
}
/** "Calle del Mar 14, third floor, B, oh three one eight one": four or five digits right after an address are its postcode. */
function postcodesAfterAddresses(text: string, runs: NumberRun[], addresses: Candidate[]): Candidate[] {
  if (addresses.length === 0) return [];
  const found: Candidate[] = [];
  for (const run of runs) {
    // ("Bygdøy allé 19, 0262": the house number and the postcode read as one run; the postcode is what follows the address.)
    const after = partsAfterAddress(run, addresses);
    // (Said as a postcode: "0262", "5015", "123 45"; not a year, "Jag bor på Storgatan 5, 2019.", round 54's review, nor a sum in
    // thousands, "Hyran för Storgatan 4, 6 500." Otherwise the whole run is judged as before: "Storgata 5, Kirkeveien 7, 2020 …".)
    const digits = after.map((p) => p.digits).join('');
    const postcodeShaped = ['4', '5', '3 2'].includes(after.map((p) => p.digits.length).join(' ')) && !isYear(digits);
    const r = postcodeShaped ? { ...run, start: after[0]!.start, digits } : run;
    // ("…, one one two two five. Rent's two thousand one hundred dollars.": a number said as one, with its unit, is a sum,
    // round 65; not digits read out before a unit-like word, "one one three seven five years now", round 65's review.)
    // (Nor a sum in thousands before its currency: "Storgatan 7 b som i Bertil, 4 500 kronor i hyra", round 66's review.)
    const unitAfter = (r.parts.length === 1 && /\p{L}/u.test(text.slice(r.start, r.end))) || /^\d{1,3} \d{3}$/u.test(text.slice(r.start, r.end))
      ? UNITS.has(/^\s*(\p{L}+)/u.exec(text.slice(r.end))?.[1]?.toLowerCase() ?? '')
      : false;
    // ("…, Chennai, 600 041": India's six-figure PIN code, whole or in halves, after its town; round 71.)
    // (Only in India: after a town the lists know as Indian, or before an Indian state or "India"; not a case number or a sum after a
    // Swedish or English address, "Storgatan 4, Uppsala. Ärende 123 456", "12 Hill Road, Leeds, 250 000 is what we owe"; review 71.)
    const pin = after.length === 0 && ['6', '3 3'].includes(run.parts.map((p) => p.digits.length).join(' ')) && inIndia(text, run);
    if ((r.digits.length === 4 || r.digits.length === 5 || pin) && !unitAfter && addresses.some((a) => a.end <= r.start && postcodeGap(text, text.slice(a.end, r.start), r))) {
      found.push({ type: 'postcode', start: r.start, end: r.end, confidence: Confidence.cued });
    }
  }
  return found;
}

/**
 * Between an address and its postcode: nothing, or the town, region and country ("Unit 4,
 * Fremantle, Western Australia, six one six oh", "Via Garibaldi 12, in Bologna, Italy. 40124"):
 * capitalised words and "in", a few of them. Not a year: "Storgatan 5, Umeå, 2019 flyttade vi".
 */
const TOWN_REGION_COUNTRY = /^(?:[\s,.]|\b(?:in|i)\b|\p{Lu}[\p{L}'’-]*)*$/u;
function postcodeGap(text: string, gap: string, run: NumberRun): boolean {
  // (A year right after the address and before a word in lower case is when: "Backtorpet i Sörbyn 2019 köpte vi", round 66's review.)
  if (/^[\s,]*$/.test(gap)) return !isYear(run.digits) || !/^\s+\p{Ll}/u.test(text.slice(run.end));
  // ("Banksia Crescent, Bondi, 2026.": a year-shaped postcode too, where it closes the sentence.)
  const closes = /^\s*(?:[.?!]|$)/.test(text.slice(run.end, run.end + 2));
  return gap.length <= 48 && TOWN_REGION_COUNTRY.test(gap) && (!isYear(run.digits) || (closes && !gap.includes('.')));
}

/** The share of an utterance's words and digit groups that are numbers. */
function numberShare(tokens: Token[], runs: NumberRun[]): number {
  const words = tokens.filter((t) => t.kind !== 'punct').length;
  const inRuns = runs.reduce((n, r) => n + r.parts.reduce((m, p) => m + p.lastToken - p.firstToken + 1, 0), 0);
  return words === 0 ? 0 : inRuns / words;
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
export function merge(candidates: Candidate[]): RedactedEntity[] {
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

/** Identifiers read out in pieces. */
const PIECED_TYPES = new Set<EntityType>(['personnummer', 'samordningsnummer', 'organisationsnummer', 'phone', 'card', 'bankAccount', 'iban', 'idNumber', 'bankgiro', 'plusgiro']);
/** What may stand between two pieces of one number: a comma, a pause, a filler ("87 04 30, ehm, 28 61"). */
const BETWEEN_PIECES = /^(?:[\s,…]|(?<![\p{L}])(?:eh|öh|ehm|öhm|hm|um|uh|erm|like|liksom)(?![\p{L}]))*$/iu;

/**
 * "[PERSONNUMMER], ehm, [PERSONNUMMER]": pieces of one number, only a pause between them, are one entity, so the
 * reader sees one placeholder for one number.
 */
export function joinPieces(text: string, entities: RedactedEntity[]): RedactedEntity[] {
  const out: RedactedEntity[] = [];
  const spelled = spelledStreets(text, entities);
  for (const e of spelled.entities) {
    const last = out.at(-1);
    const gap = last ? text.slice(last.end, e.start) : '';
    // (A spelled street and the street it spells are one address: "Vretvägen, V-R-E-T, vägen, sju".)
    const spelling = last?.type === 'address' && e.type === 'address' && (spelled.streets.has(e.start) || spelled.streets.has(last.start)) && BEFORE_SPELLING.test(gap);
    if (last && e.start < last.end) last.end = Math.max(last.end, e.end);
    else if (spelling || (last && last.type === e.type && PIECED_TYPES.has(e.type) && gap.length <= 12 && BETWEEN_PIECES.test(gap))) last!.end = e.end;
    else out.push({ ...e });
  }
  return out;
}

/** Swedish laws called "lex" and a person's first name: "lex Sarah", "lex Maria", "lex Laura". */
const LAWS = new Set(['Sarah', 'Maria', 'Laura']);

/** A street spelled letter by letter: "V-R-E-T", "K-U-N-G-S-H-O-L-M-S-gatan". */
const SPELLED_RUN = /^(?:\p{Lu}-){2,}\p{Lu}(?:-?\p{Ll}+)?$/u;
/** What a spelled street's letters leave after them: the street word and the number ("…, vägen, sju", "-gatan, thirty-one"). */
const STREET_REST = /^(?:,?\s*(?:\p{Ll}+-)?(?:\p{Ll}*(?:vägen|gatan|gränd|stigen|backen|torget))(?![\p{L}]))?(?:,?\s*(?:nummer|number|och|and|sen)?\s*(?:\d{1,3}(?!\d)|[\p{Ll}-]+)(?:\s+\p{Lu}(?![\p{L}]))?(?!\s*(?:kronor|kr|spänn|procent|pounds|euro|euros|dollars|percent|%)(?![\p{L}])))?/u;
/** Between an address and its spelling: a comma, a filler, "like", "med Ö". */
const BEFORE_SPELLING = /^(?:[\s,]|(?<![\p{L}])(?:like|alltså|eh|öh|um|med|with|\p{Lu}|som i|as in)(?![\p{L}]))*$/iu;

/**
 * "Vretvägen, V-R-E-T, vägen, sju", "K-U-N-G-S-H-O-L-M-S-gatan, thirty-one": a street spelled out is the address, with the
 * street word and number said after the letters (round 30); the letters alone had read as a name's.
 */
function spelledStreets(text: string, entities: RedactedEntity[]): { entities: RedactedEntity[]; streets: Set<number> } {
  const streets = new Set<number>();
  const out = entities.map((e, k) => {
    // ("Ödegårdsvägen, med Ö, Ö-D-E": an address that ends in its spelling reads on the same way.)
    const spelledEnd = e.type === 'address' && SPELLED_RUN.test(text.slice(e.start, e.end).split(/[\s,]+/u).at(-1) ?? '');
    if (!spelledEnd && (e.type !== 'name' || !SPELLED_RUN.test(text.slice(e.start, e.end)))) return e;
    const [before, after] = [entities[k - 1], entities[k + 1]];
    const nextToAddress =
      (before?.type === 'address' && BEFORE_SPELLING.test(text.slice(before.end, e.start))) || (after?.type === 'address' && BEFORE_SPELLING.test(text.slice(e.end, after.start)));
    const street = /-\p{Ll}*(?:gatan|vägen|gränd|stigen|backen|torget)$/u.test(text.slice(e.start, e.end));
    if (!nextToAddress && !street && !spelledEnd) return e;
    // The street word and the number said after the letters, where the rest ends in a number or a street word.
    const rest = STREET_REST.exec(text.slice(e.end))?.[0] ?? '';
    const lastWord = rest.trim().split(/[\s,]+/u).at(-1)?.toLowerCase() ?? '';
    const endsAddress = /\d/u.test(rest) || numberWordAtoms(lastWord) !== undefined || /(?:gatan|vägen)$/u.test(lastWord);
    const spelledStreet = { ...e, type: 'address' as const, end: rest.trim() !== '' && endsAddress ? e.end + rest.length : e.end };
    streets.add(spelledStreet.start);
    return spelledStreet;
  });
  return { entities: out, streets };
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
