import { NATO_WORDS } from './spelling.js';
import { Confidence, type Candidate } from './candidates.js';
import { clearingOfBank, ibanCheckDigitsHold, isIban, isInterimNumber, luhnValid, nhsNumberValid, personalMonthAndDay, personalNumberKind, personalNumberShaped } from './checksums.js';
import { areaCodeAt, CASE_WORDS_BEFORE_FIGURES, cueAfter, IDENTIFIER_SERIES, cueBefore, cueOf, isBankName, reportCueBefore, type Cue } from './cues.js';
import { lexicon, NameFlag } from './lexicon.js';
import { endsFirmName } from './names.js';
import { cohortBoundAt, PERSON_IS } from './dates.js';
import { hundredsOrThousandsWord, isNumberToken, numberWordAtoms, partSaidWithThousands, thousandsGroups, thousandsWordIn, writtenWithThousands, type NumberRun } from './numbers.js';
import { ellipsisDotAt, HESITATIONS, hasDigit, SENTENCE_END_MARKS, sentenceEndOf, sentenceStartOf, type Token } from './tokens.js';
import { AMOUNT_CURRENCIES, AREA_UNITS, isYear, LEADS, MONTH_NAMES, MONTHS, UNITS, YEAR_LEADS } from './units.js';
import { matchesOf, withinPoliceReport } from './patterns.js';

const isDate = (run: NumberRun): boolean => {
  const d = run.digits;
  if (d.length !== 8 || !/^(19|20)/.test(d)) return false;
  const month = Number(d.slice(4, 6));
  const day = Number(d.slice(6, 8));
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 && run.parts[0]!.digits.length === 4;
};

export interface RunContext {
  /** The utterance the tokens come from. */
  text: string;
  tokens: Token[];
  /** Last token of the run before this one: cues do not reach past it. */
  previousRunEnd: number;
  /** The cue carried in from the dialogue (a question before this utterance), for the numbers of this one. */
  carriedCue: Cue | undefined;
  /** The carried cue reaches every number of the utterance, not only those near its start. */
  carriedThroughout?: boolean;
  /** The one long number of an answer, wherever it stands: "Hang on, let me find the letter, okay here it is, 31926819." */
  answerRun?: NumberRun;
  /** The utterance is the answer of the one asked: short pieces of numbers are part of it. */
  answering?: boolean;
  /** The cue the run before this one was read under: "åttioett tolv arton, och sen nittioåtta sjuttiosex". */
  previousRunCue: Cue | undefined;
  /** How many digits the run before this one had (0 when none). */
  previousRunDigits?: number;
  /** The figures of the run before, for an end named after it (review 70). */
  previousRunFigures?: string;
  /** Numbers that are never redacted as phone or id numbers (the agency's own public numbers), as digits. */
  allowed: ReadonlySet<string>;
  /** Said by the agency's agent (a dialogue turn): "vårt bankgiro" is the agency's. */
  byAgent?: boolean;
  /** The policy redacts dates of birth. */
  datesOfBirth: boolean;
  /** The question asked for the last digits ("and the last four?"): four digits are those, not a year. */
  lastDigitsAsked?: boolean;
  /** The one asked has given as many digits as the identifier has. */
  complete?: boolean;
  /** The digits of the numbers said, by either speaker, in the question's turns before this one (review of round 80). */
  saidInWindow?: ReadonlySet<string>;
  /** Every run of the utterance, for figures said later in it (review of round 101). */
  runs: readonly NumberRun[];
}

export interface RunFindings {
  candidates: Candidate[];
  /** The cue this run was read under, for a continuation right after it. */
  cue: Cue | undefined;
}

const AGE_SUBJECTS = new Set(['jag', 'han', 'hon', 'hen', 'i']);
/**
 * "de är", "vi är": how digits asked for are read out ("De fyra sista?" "De är 23… 94"), so never an age in `ageSaid`
 * (round 68's review). Only right after a whole number in the same turn, with no number after it but ages joined by
 * "och"/"and": "…-1238, de är elva och nio" (not "…, och vi är 61, eh, 03 15": another person's number).
 */
const PLURAL_SUBJECTS = new Set(['de', 'vi']);
const AGES_JOINED = new Set(['och', 'and']);
export function pluralAgeSaid(tokens: Token[], run: NumberRun): boolean {
  if (run.parts.length !== 1 || run.digits.length > 3 || Number(run.digits) > 120) return false;
  if ((tokens[run.firstToken - 1]?.lower ?? '') !== 'är' || !PLURAL_SUBJECTS.has(tokens[run.firstToken - 2]?.lower ?? '')) return false;
  for (let i = run.lastToken + 1; i < tokens.length; i++) {
    if (isNumberToken(tokens[i]) && !AGES_JOINED.has(tokens[i - 1]?.lower ?? '')) return false;
  }
  return true;
}
/** "to", "till": what joins the ends of a time range. */
const TIME_RANGE_WORDS = new Set(['to', 'till', 'until', 'tills', '-', '–']);
/** "sedan", "since": what a year after them says (not "sen", which is also "then"). */
const SINCE = new Set(['sedan', 'since']);
/** "han", "she": someone else, the subject of what happened after a number was given. */
const THIRD_PERSONS = new Set(['han', 'hon', 'hen', 'he', 'she']);
/**
 * The verbs of an event a year after which is when it happened ("han flyttade 2011", "she retired 2019"): an allow-list
 * (round 68's review: "she too 1961", "hon likaså 1961" is a second person's number, so no adverb, no other verb).
 */
const EVENT_VERBS = new Set([
  'flyttade', 'kom', 'dog', 'började', 'slutade', 'gifte', 'skilde', 'pensionerades', 'gick', 'köpte', 'sålde', 'lämnade', 'avled', 'tog',
  'moved', 'came', 'died', 'retired', 'started', 'stopped', 'left', 'married', 'divorced', 'bought', 'sold', 'passed', 'finished', 'quit', 'joined',
]);
/** Another number later in the sentence ("she moved 1961, um, 03 15"): the year may begin a number read in pieces. */
function numberAhead(tokens: Token[], last: number): boolean {
  for (let i = last + 1; i < tokens.length && !(tokens[i]!.kind === 'punct' && /^[.?!]$/.test(tokens[i]!.text) && !ellipsisDotAt(tokens, i)); i++) {
    if (isNumberToken(tokens[i])) return true;
  }
  return false;
}
/** "… elva åttiofem, och jag är sextiotre så …", "and I'm seventy-two", "He is seventy-four": a person's age, one number alone, no piece of an identifier asked for. */
export function ageSaid(tokens: Token[], run: NumberRun): boolean {
  if (run.parts.length !== 1 || run.digits.length > 3 || Number(run.digits) > 120) return false;
  const before = tokens[run.firstToken - 1]?.lower ?? '';
  // ("He is seventy-four", "she is 81": the verb said apart, as "he's" is; round 87.)
  return PERSON_IS.has(before) || ((before === 'är' || before === 'am' || before === 'is') && AGE_BESIDE_SUBJECTS.has(tokens[run.firstToken - 2]?.lower ?? ''));
}

/** "han blev", "he was", "Ella är": the verbs of an age said of someone beside their personal number. */
const AGE_BESIDE_VERBS = new Set(['är', 'var', 'blev', 'blir', 'fyller', 'fyllde', 'is', 'was', 'turned', 'turns']);
/** "han", "she": who an age beside a personal number is said of, when no name is. */
const AGE_BESIDE_SUBJECTS = new Set([...AGE_SUBJECTS, 'he', 'she']);
const HOW_OLD = new Set(['gammal', 'gamla', 'old']);
const AGE_NOUNS = new Set(['ålder', 'age']);
/**
 * A count under 120 said as someone's age beside a personal number whole without it (round 81): `ageSaid`'s, or before the
 * number after a name and "är" or a comma ("Ella är åtta, …", "Zofia, twelve, …"), or a sentence of its own answering "Hur
 * gammal var han?" (`askedAge`). Only for a piece outside what validates (`judgeChain`): privacy fails closed. Not "nitton",
 * "twenty" right before the number, a century it may begin with.
 */
export function ageBesideNumber(tokens: Token[], run: NumberRun, askedAge: boolean, beforeNumber: boolean, named: (t: Token) => boolean = () => false): boolean {
  if (ageSaid(tokens, run)) return true;
  if (run.parts.length !== 1 || run.digits.length > 3 || Number(run.digits) > 120) return false;
  if (beforeNumber && (run.digits === '19' || run.digits === '20')) return false;
  const before = tokens[run.firstToken - 1];
  const subject = tokens[run.firstToken - 2];
  // (A name by its capital, no function word: not "Nej, sjutton, inte sjuttio", "Det är sjutton, …", a piece corrected.)
  // (Opening its sentence, a name the lists know or one found there, not any capital: "Koden är sju, …", "Lägenheten, tolv, …";
  // never a word in capitals, "PIN is seven, …"; review 81.)
  const knownName = (t: Token) => ((lexicon().names.get(t.lower) ?? 0) & (NameFlag.first | NameFlag.surname)) !== 0 || named(t);
  const nameWord =
    subject?.kind === 'word' && subject.capitalised && !lexicon().stopWords.has(subject.lower) && subject.text !== subject.text.toUpperCase() && (!subject.sentenceStart || knownName(subject));
  // (Before the number only: "…-1870. Och hon var fyrtiosju" may begin another's number, round 40's review.)
  if (beforeNumber && before && AGE_BESIDE_VERBS.has(before.lower) && (nameWord || AGE_BESIDE_SUBJECTS.has(subject?.lower ?? ''))) return true;
  const after = tokens[run.lastToken + 1]?.text;
  // (Between commas, the number right after it: "Zofia, twelve, 14…", not "Anna, sjutton, inte …".)
  if (before?.text === ',' && nameWord && after === ',' && isNumberToken(tokens[run.lastToken + 2])) return true;
  // (Before the number only, as the verbs: a piece after it may begin another's number, "…-4103. Forty-six. Oh one …"; review 81.)
  return askedAge && beforeNumber && (run.firstToken === 0 || tokens[run.firstToken]!.sentenceStart) && (after === '.' || after === '?' || after === undefined);
}
/** A number's noun: "the old number", "det gamla numret", "personnumret" ask for a number, not an age (review 81). */
const NUMBER_NOUN = /(?:nummer|numret|numren|number)s?$/u;
/**
 * The turn asks someone's age: "Hur gammal var han?", "How old was she?", "Hans ålder?", "Her age?". A question (its "?"), not
 * "old"/"gamla" alone ("And her old number?", "Min gamla mobil."), nor one about a number (review 81). Whose turn it is, the
 * caller's (`judgeChain`).
 */
export function asksAge(tokens: readonly Token[]): boolean {
  if (tokens.at(-1)?.text !== '?' || tokens.some((t) => NUMBER_NOUN.test(t.lower))) return false;
  return tokens.some(
    (t, i) => AGE_NOUNS.has(t.lower) || (HOW_OLD.has(t.lower) && ['hur', 'how'].includes(tokens[i - 1]?.lower ?? '')),
  );
}

/**
 * The numbers an age said alone ("and I'm eighty-five") is no piece of. Not a personal or coordination number, an id
 * number or a date of birth: "Vad är ditt personnummer?" – "Jag är femtiotvå" is the year the number begins with.
 */
const AGE_APART: ReadonlySet<Cue> = new Set(['bankAccount', 'bankgiro', 'plusgiro', 'iban', 'phone', 'postcode', 'organisationsnummer']);

/** Questions whose cue never outweighs a keeping word in the answer: they ask for no identifier. */
const KEPT_ASKED: ReadonlySet<Cue> = new Set(['exempt', 'generic', 'dateOfBirth']);

const SAME_AS = new Set(['samma', 'same']);

/** The keeping word before token `first` stands in an earlier sentence, or names where the same number is written ("same as on the form"). */
function keptWordAside(tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 12; i--) {
    if (cueOf(tokens, i) !== 'exempt') continue;
    if (tokens.slice(i + 1, first + 1).some((t) => t.sentenceStart)) return true;
    return tokens.slice(Math.max(0, i - 4), i).some((t) => SAME_AS.has(t.lower));
  }
  return false;
}

/** A number read in two goes has at most this many words between the goes. */
const CONTINUATION_GAP = 3;
/** The most tokens of pauses and hesitations only ("... öh ...") between two pieces of one number. */
const PAUSED_GAP = 9;

/** "… 118. Nio siffror.", "Eight digits.": a small number alone at a sentence's start, counting a number's digits, is no piece of it. */
export const digitCountSaid = (run: NumberRun, tokens: Token[], afterNumber = false): boolean =>
  run.parts.length === 1 &&
  run.digits.length <= 2 &&
  Number(run.digits) <= 30 &&
  DIGIT_COUNT_WORDS.has(tokens[run.lastToken + 1]?.lower ?? '') &&
  (run.firstToken === 0 || tokens[run.firstToken - 1]!.kind === 'punct' || COUNT_LEADS.has(tokens[run.firstToken - 1]!.lower) || (afterNumber && COUNT_LEADS_AFTER.has(tokens[run.firstToken - 1]!.lower)));
const DIGIT_COUNT_WORDS = new Set(['siffror', 'siffrorna', 'digits', 'tecken', 'characters']);
/** Words after which a number names a thing or a time, not a person: "flight", "bussen går", "the score was". */
const NUMBERS_THINGS = new Set(['flight', 'flyg', 'bus', 'buss', 'bussen', 'går', 'goes', 'leaves', 'score', 'klockan', 'at', 'tåg', 'train', 'room', 'rum', 'linje', 'line', 'blev', 'kostade', 'costs']);
/** "Mm, och sen fyra siffror", "and then the last four digits": words before a count of digits. */
const COUNT_LEADS = new Set(['sen', 'sedan', 'och', 'de', 'dom', 'sista', 'the', 'then', 'and', 'last', 'other', 'andra']);
/** "…58031204827, det är elva siffror": a count said after the number it counts (before one, "är bara åtta tecken, 1234 5678", the number stays cued). */
const COUNT_LEADS_AFTER = new Set(['är', 'is', "that's", "it's", 'har', 'has', 'bara', 'only', 'exakt', 'exactly']);
/** "450830": a year, a month and a day, as the first part of a personal number. */
const shortDateShaped = (d: string): boolean => Number(d.slice(2, 4)) >= 1 && Number(d.slice(2, 4)) <= 12 && Number(d.slice(4, 6)) >= 1 && Number(d.slice(4, 6)) <= 31;
/** "…, Maj-Britt Karlsson, 45 08 30": a capitalised known name and a comma right before the number. */
function nameJustBefore(tokens: Token[], first: number): boolean {
  const name = tokens[first - 2];
  return tokens[first - 1]?.text === ',' && name?.kind === 'word' && name.capitalised && !name.sentenceStart && !lexicon().places.has(name.lower) && name.lower.split('-').every((part) => lexicon().names.has(part));
}

/** "målnummer", "målnumret" among the twelve words before `i` (the cue's reach), or "mål", "målet" right before it (round 85). */
export const målnummerBefore = (tokens: readonly Token[], i: number): boolean =>
  tokens.slice(Math.max(0, i - 12), i).some((t) => t.lower.includes('målnum')) || CASE_WORDS_BEFORE_FIGURES.has(tokens[i - 1]?.lower ?? '');
/** The words that name a postcode or a PIN right before its figures (or its "is"): "postcode", "PIN code", "pinkoden". */
const POSTCODE_WORDS = /^(?:code|koden|kod|pin|pincode|pin-?kod(?:en)?|postcode|postkod|postnummer|postnumret|zip|zipcode)$/u;
/** Words before a page or a range of them: "sidan 8123-4", "page 8123-4", "mellan 8100-8". */
const PAGE_LEADS: ReadonlySet<string> = new Set(['sidan', 'sida', 'sidorna', 'sid', 's', 'page', 'pages', 'p', 'pp', 'mellan', 'between']);
const pageBefore = (tokens: readonly Token[], first: number): boolean =>
  PAGE_LEADS.has(tokens[first - 1]?.lower ?? '') || (tokens[first - 1]?.text === '.' && PAGE_LEADS.has(tokens[first - 2]?.lower ?? ''));

/**
 * Decides what a run of numbers is: a personnummer or samordningsnummer (date and check digit),
 * an organisationsnummer, a card (Luhn), a phone number (07…, 0046…, +…), a bank account
 * (clearing + account) or, with a cue before it, whatever the cue names.
 *
 * Precedence fails closed: what validates as an identifier (date and check digit, Luhn) and
 * whatever has the shape of a phone number is redacted whatever words stand around it. Cues that
 * keep numbers (case and form numbers), units (amounts) and dates keep only the rest.
 */
export function classifyRun(run: NumberRun, ctx: RunContext): RunFindings {
  const { tokens } = ctx;
  const digits = run.digits;
  const n = digits.length;
  const next = tokens[run.lastToken + 1];
  const previous = tokens[run.firstToken - 1];
  let cue = cueBefore(tokens, run.firstToken, ctx.previousRunEnd);
  // A year on its own ("för 2025") is not read under a question; one read as part of a number is
  // joined with the rest by the dialogue.
  const year = run.parts.length === 1 && isYear(digits) && ctx.lastDigitsAsked !== true;
  // "What's your account number?" – "For the case? It's 41 23 45 67.", "Samma som på fakturan, 6000 …": a keeping word
  // in an earlier sentence of the answer, or the document the number is read from, gives way to the identifier asked for.
  // "Och sista fyra?" – "Tjugoåtta sextiofyra. Hon är nittioett nu.": the last digits given, an age in a later sentence is an age.
  // ("Oh good. I'm ninety-four, you know": an age said in a later turn, after the whole number or its last digits were given,
  // is an age; "Och vilket år?" "Han är fyrtionio." before it is whole is the year the number begins with.)
  // ("He is 112" answering "ends with?", "0812 345 6, he is 78": "is" said apart from "he"/"she" (round 87) makes an age only
  // after a whole number, never the last digits or the rest of a number begun; review of round 87.)
  const saidApart = tokens[run.firstToken - 1]?.lower === 'is';
  const ageAfterLastDigits =
    (ctx.lastDigitsAsked === true && !saidApart && ctx.previousRunEnd >= 0 && ageSaid(tokens, run) && sentenceBetween(tokens, ctx.previousRunEnd, run.firstToken)) ||
    ((ctx.complete === true || (ctx.lastDigitsAsked === true && !saidApart)) && ctx.carriedCue !== 'dateOfBirth' && run.firstToken > 0 && ageSaid(tokens, run)) ||
    // ("46 09 05-33 11, and I'm eighty", "19 43 09 30, 15 98, och jag är åttiotre": an age after the whole number, in the same
    // turn; after a part of it, "01 30 14 87, och jag är femtiotvå" is the year it begins with.)
    (ctx.previousRunEnd >= 0 && (ctx.previousRunDigits ?? 0) >= 10 && run.firstToken - ctx.previousRunEnd > 2 && ctx.carriedCue !== 'dateOfBirth' && (ageSaid(tokens, run) || pluralAgeSaid(tokens, run)));
  const askedOutweighs = cue === 'exempt' && ctx.carriedCue !== undefined && !KEPT_ASKED.has(ctx.carriedCue) && keptWordAside(tokens, run.firstToken);
  const carried = (!cue || askedOutweighs) && !year && (run.firstToken < 8 || ctx.carriedThroughout === true || run === ctx.answerRun) && ctx.carriedCue !== undefined && !(AGE_APART.has(ctx.carriedCue) && ageSaid(tokens, run) && (!saidApart || ctx.complete === true)) && !ageAfterLastDigits;
  if (carried) cue = ctx.carriedCue;
  let continued = false;
  const gap = run.firstToken - ctx.previousRunEnd;
  // ("41... eh... 1207": a hesitation between two pauses is still only a pause, however many dots it takes; round 68.)
  const paused = gap <= PAUSED_GAP && onlyPausesBetween(tokens, ctx.previousRunEnd, run.firstToken);
  if (!cue && ctx.previousRunEnd >= 0 && (gap <= CONTINUATION_GAP + 1 || paused || (gap <= CONTINUATION_GAP + 2 && thenBetween(tokens, ctx.previousRunEnd, run.firstToken))) && !sentenceBetween(tokens, ctx.previousRunEnd, run.firstToken)) {
    // A date of birth is read in one go ("född 12 maj 1950 och fyllde hundra"). ("SE61 3000 0000 0321 5678 9012, sedan 2019":
    // a year after "sedan"/"since" and a whole number of ten digits or more is since when, round 37; "sen", "and then" read on.)
    const since = year && (ctx.previousRunDigits ?? 0) >= 10 && SINCE.has(previous?.lower ?? '') && (!next || next.kind === 'punct');
    // ("…-2394, han flyttade 2011", "…, she left 2019": a year after a whole number, told by "he"/"she" and one verb, is when
    // something happened, round 68. Not after a taking back, "jag menar 1957", nor "han föddes 1957".)
    // (Review of round 68: an allow-list of event verbs, "han gifte sig 1990" too; no number after it in the sentence.)
    const reflexive = previous?.lower === 'sig' ? 1 : 0;
    const verb = tokens[run.firstToken - 1 - reflexive];
    const event = year && (ctx.previousRunDigits ?? 0) >= 10 && gap === 4 + reflexive && tokens[ctx.previousRunEnd + 1]?.text === ',' && THIRD_PERSONS.has(tokens[run.firstToken - 2 - reflexive]?.lower ?? '') && verb?.kind === 'word' && EVENT_VERBS.has(verb.lower) && !numberAhead(tokens, run.lastToken);
    if (ctx.previousRunCue !== 'dateOfBirth' && !since && !event && !(ctx.previousRunCue === 'idNumber' && idNumberStopsBefore(tokens, ctx.previousRunEnd, run, ctx.allowed))) {
      cue = ctx.previousRunCue;
      continued = cue !== undefined;
    }
  }
  // ("Sista fyra är noll två ett... nej, det är en sexa, noll två ett sex": the figures that put right a last four broken off
  // and taken back, later in the sentence, are that last four; round 101. A card's, a phone's or a personal number's too, "På
  // kortet är sista fyra fyrtiofem... nej, förlåt, fyrtiofem tolv": naming whose last four they are holds them no less; the
  // closing re-read of stop 65.)
  if (!cue && (ctx.previousRunCue === 'generic' || LAST_FOUR_OWNER_CUES.has(ctx.previousRunCue)) && ctx.previousRunEnd >= 0 && gap <= 12 && !yearDateOrUnit(tokens, run) && takenBackAfter(tokens, ctx.previousRunEnd) && onlyEllipsesBetween(tokens, ctx.previousRunEnd, run.firstToken) && LAST_FOUR_NEAR.test(tokens.slice(Math.max(0, ctx.previousRunEnd - 10), ctx.previousRunEnd).map((t) => t.lower).join(' '))) {
    cue = ctx.previousRunCue;
    continued = true;
  }
  // "Kortet 4963 7714 …, men det ska sluta 85 36", "No, the end is 8238": digits named as the end of a number given before
  // in the turn, or asked for or read back in the call, are its last digits (fails closed; round 70). (Not a date's or a
  // kept number's end: those cues keep.)
  // (Review 70: only figures that fit that number's end; the question's cue only in its answer, with no year at all.)
  const endNamed = !cue && endNamedBefore(tokens, run.firstToken);
  const endOf = !endNamed ? undefined
    : ctx.previousRunCue !== undefined ? (sameSentence(tokens, ctx.previousRunEnd, run.firstToken) && endFiguresFit(tokens, run, run.digits, ctx.previousRunFigures) ? ctx.previousRunCue : undefined)
    : ctx.answering === true && endFiguresFit(tokens, run, run.digits, ANY_END) ? ctx.carriedCue : undefined;
  if (endOf !== undefined && endOf !== 'dateOfBirth' && endOf !== 'exempt') cue = endOf;
  // "Sorry, the last bit again, fifteen seventy-nine", "sista biten igen, femton sjuttionio": a number's last part said again
  // with no number named is an identifier's end (fails closed; round 91).
  // (Only with no number before it in the turn: "It's 83 09 23, 44 02, sorry, the last part is 4402" is that number's.)
  if (!cue && !year && n >= 4 && ctx.previousRunEnd < 0 && lastPartNamedBefore(tokens, run.firstToken) && !timeNamedAfter(tokens, run.lastToken) && endFiguresFit(tokens, run, digits, ANY_END)) cue = 'generic';
  // Privacy fails closed: a long number named right after it ("…, alltså plusgiro"), unless it
  // continues the number before it.
  if (!cue && !year && n >= 5) cue = cueAfter(tokens, run.lastToken);
  // "Det är Maj-Britt Karlsson, 45 08 30, ja och resten har ni": a date read in groups right after a person's name is the
  // first part of their personal number (fails closed).
  if (!cue && n === 6 && run.parts.length >= 2 && shortDateShaped(digits) && nameJustBefore(tokens, run.firstToken)) cue = 'personnummer';
  // "…, 19801113... nej, det är fel": a birth date written whole in eight figures is how a personal number begins,
  // whoever's and wherever said (a payment or decision date is said with its month, not in eight figures; fails closed).
  if (!cue && n === 8 && run.parts.length === 1 && /^(?:19|20)/.test(digits) && shortDateShaped(digits.slice(2))) cue = 'personnummer';
  // "Sixty-eight ten seventeen", "Eighty-six eleven twenty-four, then oh, triple four": a year, a month and a day read as
  // three pairs is the first half of a personal number, asked for or not (fails closed).
  // (Said in one go, no commas between, and not after what numbers things: "Bussen går tjugo tolv femton", "Flight …",
  // "My kids are twenty-two, eleven, fifteen".)
  const oneGo = !tokens.slice(run.firstToken, run.lastToken + 1).some((t) => t.text === ',');
  if (!cue && !carried && oneGo && n === 6 && run.parts.length >= 3 && run.parts[0]!.digits.length === 2 && !saidWithThousands(tokens, run) && shortDateShaped(digits) && Number(digits.slice(0, 2)) >= 20 && !NUMBERS_THINGS.has(previous?.lower ?? '') && !UNITS.has(next?.lower ?? '')) cue = 'personnummer';
  // "Noll sju noll... vänta": a Swedish mobile's prefix read one by one and broken off is the start of a phone number
  // (no postcode, sum or date is read so).
  if (!cue && digits.length === 3 && /^07[02369]$/.test(digits) && readDigitByDigit(run)) cue = 'phone';
  // "sex tusen åttahundra trettiofyra är clearing": a clearing number has four digits (not a sum:
  // "det var 2 300, det är Swedbank").
  if (!cue && !year && n === 4 && !readAsThousands(run) && clearingNamedAfter(tokens, run.lastToken)) cue = 'bankAccount';
  // "SEB, 5417, och kontot …", "Nordea, 1234, and the account is …": four digits between a bank and the account are its
  // clearing number (round 66); not a year, a round sum or a number outside the bank's clearing range (round 66's review:
  // "Nordea, 2019, och kontot stängdes", "Swedbank, 2500, och kontot är tomt").
  if (!cue && !year && n === 4 && !readAsThousands(run) && clearingBetweenBankAndAccount(tokens, run, Number(digits))) cue = 'bankAccount';
  // "Du läste 8314-6? Nej, 8314-5": a Swedbank clearing number written with its check digit after a dash (8000–8999, four
  // figures, a dash and one) is an account's start wherever it is said (no sum, date or case number is written so; round 77).
  // (Not a page or a range, "på sidan 8123-4": review 77.)
  if (!cue && n === 5 && run.parts.length === 2 && /^8\d{3}-\d$/u.test(ctx.text.slice(run.start, run.end)) && !pageBefore(tokens, run.firstToken)) cue = 'bankAccount';
  // "…, det är ICA-banken, sen 104 77 38": a bank named just before an account's digits (a question's
  // cue, carried above, goes first; sums and years beside a bank are no account).
  if (!cue && !year && n >= 6 && !readAsThousands(run) && bankNamedBefore(tokens, run.firstToken)) cue = 'bankAccount';
  // ("för den som är född 1938 eller tidigare": a rule's year bounds who it applies to, round 31.)
  if (cue === 'dateOfBirth' && (!ctx.datesOfBirth || (isYear(digits) && cohortBoundAt(tokens, run.firstToken, run.lastToken + 1)))) cue = undefined;
  // ("Målnumret är 85 03 12 12 34": ten or twelve figures shaped as a personal number are never the case number "målnummer"
  // names; a check digit misheard leaves it someone's, review 73.)
  // (Review 74: after any keeping cue, "The case number is 8503121234", "Ärendenumret är 85 03 12 12 34": such figures said as a
  // personal number is said, in one block, pairs or one by one, or as date and four; an OCR's "4708 1234 56" or a case's
  // "1-2026-55811" is grouped otherwise and stays kept.)
  if (cue === 'exempt' && personalNumberShaped(digits) && (målnummerBefore(tokens, run.firstToken) || groupedAsPersonalNumber(run))) cue = undefined;
  // ("The report number is 8503121234", "Anmälningsnumret är 8327-9, 123 456 789": after a police report's cue only a report
  // number's own shape is kept, "5000-K118422-26", "4471-22"; never a personal number, a phone, an account; review 74.)
  // ("Ärendenumret är 850312-12": a personal number's date and two figures closed by a dash is its first half; review 74.)
  // (Read as a number named with no keeping word, as before round 74: "The report number is 12345678".)
  if (cue === 'exempt' && ((reportCueBefore(tokens, run.firstToken) && !reportNumberShaped(run, ctx.text)) || halfPersonalNumber(run, ctx.text))) cue = 'generic';
  // ("vårt bankgiro och OCR 8327-9, 123 456 789": a number named as an OCR but written as an account, a clearing with its
  // check digit and then the account, is an account; review of round 80.)
  if (cue === 'exempt' && (tokens[run.firstToken - 1]?.lower.startsWith('ocr') ?? false) && run.parts.length >= 2 && /^\d{4}-\d,?\s+\d/u.test(ctx.text.slice(run.start, run.end))) cue = 'bankAccount';
  // ("Referens 5 4 0 2 9 6 8 1, det är mitt bankgiro.", "Reference 5402 9681, that's my account.": the speaker's identifier
  // named right after the figures, closing the sentence, makes them that identifier's over the keeping cue; review of round
  // 99, failing closed.)
  if (cue === 'exempt') cue = possessedIdentifierAfter(tokens, run.lastToken) ?? cue;
  const found: Candidate[] = [];
  const whole = (type: Candidate['type'], confidence: number) => found.push({ type, start: run.start, end: run.end, confidence });
  // ("call 0771-524 524, eight to four": an allowed number with a small number said after it, a time, is still allowed.)
  const lastPart = run.parts.at(-1)!;
  // (Only a time's start: "…, eight to four"; "…, 07" may begin the caller's own number.)
  const afterComma = tokens[lastPart.firstToken - 1]?.text === ',' && TIME_RANGE_WORDS.has(tokens[lastPart.lastToken + 1]?.lower ?? '');
  const allowed = ctx.allowed.has(normalisedPhone(run)) || (run.parts.length >= 3 && afterComma && lastPart.digits.length <= 2 && ctx.allowed.has(normalisedPhone({ digits: digits.slice(0, -lastPart.digits.length), international: run.international })));

  // Always: a valid personal number (also inside a longer run: "3300 811218-9876", a personkonto),
  // a valid card number, a phone number.
  const personal = personalNumberIn(run) ?? personalNumberEndingOcr(tokens, run);
  // (An agency's own organisation number, allow-listed, is no one's: it can never be a valid personnummer.)
  if (personal && !(allowed && personal.type === 'organisationsnummer')) found.push(personal);
  // "I've got 570219-2808 on the letter": a personal number written in its own shape (a date, a dash or plus, four
  // digits) is one whatever its check digit says: a digit misread or misheard leaves it someone's (fails closed).
  if (!personal && writtenAsPersonalNumber(run, ctx.text)) whole(Number(digits.slice(-6, -4)) > 60 ? 'samordningsnummer' : 'personnummer', Confidence.shaped);
  if (n >= 13 && n <= 19 && luhnValid(digits)) whole('card', Confidence.validated);
  // ("ärendenummer... 044721-26", "case number 0812-25": a number named as a case's, closed by a dash and a two-figure
  // year, is the case's; no phone is written so. A valid personal number in it was taken above.)
  // (Not one begun as a mobile or an international number, "0701742-56", "+4477009-00": review 74.)
  if (!allowed && isPhoneShaped(run) && !(cue === 'exempt' && endsWithCaseYear(run, ctx.text) && !begunAsPhone(run))) whole('phone', Confidence.shaped);

  // "ert bankgiro 5050-1055", "Försäkringskassans bankgiro": the agency's own giro is public (a valid personal number or card in it was taken above).
  // (Or one of the agencies' public giros, allow-listed, whoever says it: "till bankgiro 5050-1055, det är väl Skatteverkets?")
  if (n >= 7 && n <= 8 && (allowed || isAgencysGiro(tokens, run, { byAgent: ctx.byAgent === true }))) return { candidates: found, cue: undefined };
  // "FK 2026-441 983", "dnr 2025/0412": a case number begins with its year (what validates was taken
  // above); not where a cue names something else ("the bankgiro is 1987-6341").
  if (isCaseNumberShaped(run, ctx.text) && (cue === undefined || cue === 'exempt')) return { candidates: found, cue: undefined };
  // "samma nummer sen 1979": the spoken "sen" (since) leads a year too, but not as "och sen" (and then).
  const sinceSpoken = previous?.lower === 'sen' && !['och', 'å', ','].includes(tokens[run.firstToken - 2]?.lower ?? ',');
  // ("Senast den 31 januari 2027": a day or a year beside a month's name is a date, never a piece of an identifier.)
  // (A day before the month, or a day or a year after it; a month by its whole name, not "jan" or the verb "may".)
  const month = (t: Token | undefined) => !!t && MONTH_NAMES.has(t.lower) && (t.capitalised || (t.lower !== 'may' && t.lower !== 'march'));
  const day = n <= 2 && Number(digits) >= 1 && Number(digits) <= 31;
  const dated = run.parts.length === 1 && ((day && month(next)) || ((day || year) && month(previous)));
  // ("The letter says eight thousand nine hundred": a sum read with thousands answers no question for a personal
  // or phone number; an IBAN's or account's "femtusen" may be its digits.)
  // "… 118. Nio siffror.", "Eight digits.": a count said alone, of how long a number is, is not more of it.
  // ("Det brukar vara över fjortontusen", "ett år med hundrasextio tusen i lön": a round sum said with thousands, under no
  // question, is a sum, whatever account was named before it.)
  // (Not where the sentence itself names an identifier: "Clearing femtusen, konto …", "Personnumret, nittonhundrasextioåtta".)
  const namedHere = identifierNamedInSentence(tokens, run.firstToken);
  // (Nor a sum of five figures or more read as one value with thousands after an account was named, "mitt gamla konto …,
  // alltså tjugotvåtusen fyrahundra": no clearing has five figures, and no account is read so; round 80.)
  // (Review of round 80: only an account's, after a clause break and with money said beside it, "…, alltså … som jag inte
  // fått"; never the number its own name leads, "Kontot är fyrtiotvåtusen trehundra", nor a card's, an IBAN's, a phone's.)
  // (Nor a round sum that money leads, "…ett nytt bankkort kom aldrig, och nu har de handlat för niotusen åttahundra", "no
  // changes to your tax account, your refund of six thousand one hundred": a verb of money or a sum's name right before it,
  // or with "för"/"of" between; no identifier is read after them; round 85.)
  const roundSum = !carried && (!namedHere || (n >= 5 && run.parts.length === 1 && sumAfterAccountNamed(tokens, run)) || moneyLedBefore(tokens, run)) && cue !== 'generic' && saidWithThousands(tokens, run) && n <= 7 && digits.endsWith('00');
  // ("senaste kontobytet gjordes tjugotjugoett": a year said as one word, under no question, is a year.)
  const yearWord = year && !carried && !namedHere && run.firstToken === run.lastToken && tokens[run.firstToken]!.kind === 'word';
  // ("What's your number?" … the agent: "Yes, eighteen thousand seven hundred and fifty, because …": a number asked for by no
  // name, the agent's one value read with thousands is the sum the call is about, not the answer read back; round 80.)
  // (Review of round 80: only with money said beside it, "the claim is …", "…, for the spring term", not a value the agent
  // reads off the records, "I can see it here, …", nor one said before in the question's turns: that is the answer read back.)
  const agentsSum = carried && cue === 'generic' && ctx.byAgent === true && run.parts.length === 1 && n <= 7 && saidWithThousands(tokens, run) && !(ctx.saidInWindow?.has(digits) ?? false) && sumSaidBeside(tokens, run);
  // ("…, ett syriskt pass, utfärdat tjugotjugotvå", "issued twenty twenty-one": a document's year said in words as two pairs, after
  // the word for its issue or expiry, is a year; round 92.)
  const issuedIn = !!previous && ISSUED.test(previous.lower) && run.parts.length === 2 && isYear(digits) && run.parts[1]!.digits.length === 2 && tokens[run.firstToken]!.kind === 'word';
  // ("Slutar du vid sextiosex får du omkring sjutton tusen före skatt": a sum said with thousands before "före skatt" is an
  // amount, under no identifier's name; amounts in notes.)
  const beforeTax = !carried && (cue === undefined || cue === 'generic') && !namedHere && amountBeforeTax(tokens, run);
  const unit = digitCountSaid(run, tokens) || roundSum || yearWord || issuedIn || dated || agentsSum || beforeTax || (carried && NEVER_IN_THOUSANDS.has(cue!) && saidWithThousands(tokens, run)) || (cue === 'dateOfBirth' && WRITTEN_THOUSANDS.test(ctx.text.slice(run.start, run.end))) || isAmountOrDay(tokens, run) || (previous && (LEADS.has(previous.lower) || (year && (YEAR_LEADS.has(previous.lower) || sinceSpoken))));
  // "Hyran betalas till sju sju åtta ett, …", "pay it into 5050-1055": what money goes to is a giro
  // or an account, whatever the sum was called before it.
  if (!unit && n >= 5 && !allowed && found.length === 0 && isPaymentDestination(tokens, run.firstToken)) {
    whole(giroShaped(run, ctx.text) ?? (n >= 9 ? 'bankAccount' : (n >= 7 && luhnValid(digits)) || !luhnValid(digits) ? 'bankgiro' : 'plusgiro'), Confidence.cued);
    return { candidates: found, cue: 'bankgiro' };
  }
  // "och hyran till hyresvärden, 5432-1781": a giro written in its own shape with its check digit holding, that money is
  // paid to, is one, whatever sum was named before it (fails closed; round 29). (Not a range of years or of sums, "1200-1400
  // i månaden", nor a case, invoice or OCR number: "till" or "to" says where money goes.)
  const paidTo = PAID_TO.has(tokens[run.firstToken - 1]?.lower ?? '') || (tokens[run.firstToken - 1]?.text === ',' && tokens.slice(Math.max(0, run.firstToken - 5), run.firstToken).some((t) => PAID_TO.has(t.lower)));
  if ((unit || cue === 'exempt') && paidTo && !dated && !allowed && found.length === 0 && giroWritten(run, ctx.text) && !UNITS.has(next?.lower ?? '') && !isYear(run.parts[0]!.digits)) {
    whole('bankgiro', Confidence.shaped);
    return { candidates: found, cue: undefined };
  }
  if (unit || cue === 'exempt' || (isDate(run) && cue !== 'personnummer' && cue !== 'dateOfBirth')) {
    // ("Mitt passnummer, utfärdat 2019, är 5512 3344": a year kept by its lead passes the question on to the number after it.)
    const yearLed = (!!year && !!previous && (YEAR_LEADS.has(previous.lower) || sinceSpoken)) || issuedIn;
    return { candidates: found, cue: unit && !yearLed ? undefined : cue };
  }

  // "SE 45 5000 …", "S E fyrtiofem …": an IBAN whose country code stands apart from its digits.
  const country = countryCodeBefore(tokens, run.firstToken) ?? (cue === 'iban' ? countryCodeBeforeFillers(tokens, run.firstToken) : undefined);
  // Under an IBAN or account question the letters go with any piece after them ("E S nittioett,
  // tjugoett noll noll ...", "no14 1503 0612 284").
  if (country !== undefined && ((n >= 12 && n <= 32) || ((cue === 'iban' || cue === 'bankAccount') && n >= 2))) {
    found.push({ type: 'iban', start: tokens[country]!.start, end: run.end, confidence: cue === 'iban' ? Confidence.validated : Confidence.cued });
  } else if (cue === 'iban' && n >= 4) whole('iban', Confidence.cued);
  // "passport GA 447190", "E R, 4 1 2 7 7 0 3", "UT 4471 0925", "IBAN GB29, NWBK, 6016 …": letters
  // read before a number asked for belong to it.
  const letters = cue && LETTERED_CUES.has(cue) && n >= 2 ? lettersBefore(tokens, run.firstToken) : undefined;
  // "C4R7 1190 X": and a letter group closing it.
  const lettersEnd = cue && LETTERED_CUES.has(cue) && cue !== 'iban' && n >= 2 ? lettersAfter(tokens, run.lastToken) : undefined;
  if (letters !== undefined || lettersEnd !== undefined) {
    found.push({ type: cue === 'generic' ? 'idNumber' : (cue as Candidate['type']), start: tokens[letters ?? run.firstToken]!.start, end: tokens[lettersEnd ?? run.lastToken]!.end, confidence: Confidence.cued });
  }
  // "Handelsbanken har väl clearing 6000 och nånting", "Nordea's clearing is 3300": a bank's round clearing number, said
  // alone in its sentence, is the bank's, no one's account (a clearing said with the account is read as one).
  // (Not in a sentence about one's own: "Nordea, clearing 3300, och sen är det mitt personnummer" is a personkonto.)
  // (Only right after "clearing", with a bank named in the turn, under no question, and not the speaker's or the
  // listener's own: "Vad har du för clearingnummer?" "Det är 8300." is an account's start.)
  const banksClearing =
    cue === 'bankAccount' && !carried && n === 4 && /00$/.test(digits) && previous?.lower === 'clearing' && tokens.some((t) => t.kind === 'word' && isBankName(t.lower)) && !restOfSentenceHasDigits(tokens, run.lastToken) && !ownSaid(tokens);
  if (banksClearing) return { candidates: found, cue: undefined };
  if (!isPhoneShaped(run) && digits[0] !== '0' && isClearingShaped(run)) whole('bankAccount', Confidence.shaped);
  // (An allow-listed number is public as a number to call, whatever the cue before it — "block the card, and call the
  // police on 114 14" — but never as a piece of an account, a card, a postcode or a personal number. Said with its
  // country code it is a phone number by its shape: "your identity number? You're calling from Ireland, on +46 771 776 776?")
  const wordsBefore = tokens.slice(Math.max(0, run.firstToken - 4), run.firstToken).map((t) => t.lower).join(' ');
  const publicLine = allowed && (run.international || cue === 'phone' || cue === 'organisationsnummer' || CALLED_BEFORE.test(wordsBefore) || (ctx.carriedCue === undefined && reportedOn(tokens, run)));
  if (cue && cue !== 'generic' && cue !== 'iban' && !publicLine) {
    // An answer read out in pieces ("Tjugo... nej", "Nine two... no sorry", "eh, seventeen"): under
    // the question every piece of two digits or more is part of what was asked for (fails closed).
    // ("efter 17", "mellan 9 och 12", "around 3": a time, not a piece.)
    const piece = carried && ctx.answering === true && cue !== 'dateOfBirth' && !(n <= 2 && isTime(tokens, run.firstToken));
    // "ett konto som slutar på 412", "the card ending in 048": the last digits of one.
    // (Review 83: "The phone changed. My number now ends 12345.": a phone's end said with "ends" alone is its last digits too,
    // never a whole number that needs six.)
    const lastDigits =
      (['på', 'in', 'with'].includes(previous?.lower ?? '') && ENDING_WORDS.has(tokens[run.firstToken - 2]?.lower ?? '')) ||
      (cue === 'phone' && ENDING_WORDS.has(previous?.lower ?? '') && previous?.lower !== 'ended') ||
      endNamedBefore(tokens, run.firstToken);
    // "my phone is oh seven oh, double seven... sorry": a phone number begun right after its cue,
    // and the pieces read on after it, are one even when the caller breaks off.
    const pausedOn = continued && onlyPausesBetween(tokens, ctx.previousRunEnd, run.firstToken) && !(n <= 2 && isTime(tokens, run.firstToken));
    const phoneBegun = cue === 'phone' && !carried && (pausedOn || (!continued && digits[0] === '0'));
    // "Clearing är åtta fyra ett fem, och sen en sexa": what is read on with "och sen" after a number
    // is its last digits, however few.
    const readOn = continued && cue !== 'postcode' && cue !== 'dateOfBirth' && thenBetween(tokens, ctx.previousRunEnd, run.firstToken);
    // "personnummer är 41... eh... 1207": the first piece of a personal number right after its cue, with only a pause before the
    // next piece, is part of it (fails closed; round 68).
    // (Not an age said before the number: "Her personal number, she's forty-one: …".)
    // ("I got a personal number last week, seven eight, no, hang on", "CPR-numret är femton, nej vänta": the first piece broken
    // off by a taking back is part of it too; round 91.)
    const firstOfPieces = !carried && !continued && (cue === 'personnummer' || cue === 'samordningsnummer' || cue === 'idNumber') && !ageSaid(tokens, run) && (numberAfterPause(tokens, run.lastToken) || brokenOffAfter(tokens, run.lastToken)) && (cue !== 'idNumber' || brokenOffAfter(tokens, run.lastToken));
    // ("sorry, area code six one seven", "riktnumret är 031": a phone number's first figures said alone, two or more; round 83.)
    const needed = readOn ? 1 : piece || (phoneBegun && pausedOn) || firstOfPieces || (cue === 'phone' && areaCodeAt(tokens, run.firstToken) !== undefined) ? 2 : lastDigits || phoneBegun ? 3 : cue === 'phone' ? 6 : cue === 'postcode' ? 5 : 4;
    // ("postcode is 9016", "the PIN code is 411045": New Zealand's, Australia's, Norway's four figures and India's six, right
    // after their cue, are postcodes too; round 73.)
    // (Review 73: the number the cue word names, right after it or after its "is": not "the postcode was wrong, so the fee is
    // 1500", "my PIN is 4821, and the fee is 1500".)
    const twoBack = tokens[run.firstToken - 2]?.lower ?? '';
    const postcodeFigures = n === 5 || (n >= 4 && n <= 6 && previous !== undefined && (POSTCODE_WORDS.test(previous.lower) || (['is', 'är', 'was', 'var'].includes(previous.lower) && POSTCODE_WORDS.test(twoBack))));
    if (n >= needed - (cue === 'postcode' && n === 4 ? 1 : 0) && (cue !== 'postcode' || postcodeFigures || piece)) whole(cue, Confidence.cued);
    // (The closing re-read of stop 65: a card's, a phone's or a personal number's last four broken off, "På kortet är sista
    // fyra fyrtiofem... nej", is a piece of it as the generic cue's is, below.)
    else if (LAST_FOUR_OWNER_CUES.has(cue) && brokenOffLastFour(run, ctx, allowed, continued)) whole(cue as Candidate['type'], Confidence.cued);
  } else if (cue === 'generic' && n >= 4 && !allowed) {
    whole(digits[0] === '0' || run.international ? 'phone' : 'idNumber', Confidence.cued);
  } else if (cue === 'generic' && brokenOffLastFour(run, ctx, allowed, continued)) {
    // ("Sista fyra är noll två ett... nej, det är en sexa", "the last four are five one... no": a last four begun and broken
    // off is a piece of it, however few its figures; round 101. Labelled as its owner's, "… and the card was fine" a card's;
    // the closing re-read of stop 65.)
    whole(lastFourOwnerType(ctx), Confidence.cued);
  }
  if (found.length === 0 && !allowed) {
    const giro = giroShaped(run, ctx.text);
    // "AB 12 34 56 7 (that's my Polish ID card)": capital letters, then six digits or more, is the
    // shape of a passport or an identity card number, named or not.
    const letterGroup = n >= 6 && !cue ? lettersBefore(tokens, run.firstToken) : undefined;
    if (giro) whole(giro, Confidence.shaped);
    else if (letterGroup !== undefined) found.push({ type: 'idNumber', start: tokens[letterGroup]!.start, end: run.end, confidence: Confidence.shaped });
    // ("hundrafyrtio... hundrasextio tusen": sums said in words, one corrected by the next, are no number by their length.)
    else if ((n >= 9 || (n >= 7 && (readDigitByDigit(run) || readInPairs(run)))) && !sumsInWords(tokens, run)) whole('idNumber', Confidence.shaped);
  }
  if (found.length === 0 && (isPostcodeShaped(run, next) || isSpokenPostcodeBeforeTown(run, tokens) || isPostcodeReadInGroups(run, ctx.text, next))) whole('postcode', Confidence.shaped);
  return { candidates: found, cue };
}

/** A card's, a phone's or a personal number's word in the turn (review of round 101). */
const LAST_FOUR_OWNERS = /^(?:kort\p{L}*|card|cards|telefon\p{L}*|phone|phones|mobil\p{L}*|mobile|personnummer\p{L}*|personnumret|samordningsnummer\p{L}*|personal|social)$/u;
/** Cues of the question before that make the figures a card's, a phone's or a personal number's. */
const LAST_FOUR_OWNER_CUES: ReadonlySet<Cue | undefined> = new Set<Cue | undefined>(['card', 'phone', 'personnummer', 'samordningsnummer']);
/** A last four begun, two figures or more, and broken off by a pause or a taking back, held by the turn (round 101). */
const brokenOffLastFour = (run: NumberRun, ctx: RunContext, allowed: boolean, continued: boolean): boolean =>
  run.digits.length >= 2 && !allowed && !continued && lastFourNamedBefore(ctx.tokens, run.firstToken) && (numberAfterPause(ctx.tokens, run.lastToken) || brokenOffAfter(ctx.tokens, run.lastToken) || takenBackAfter(ctx.tokens, run.lastToken)) && brokenOffLastFourHeld(run, ctx);
/** Whose a broken-off last four is: the question's owner, else the first owner's word in the turn, else an id number's. */
function lastFourOwnerType(ctx: RunContext): Candidate['type'] {
  if (ctx.carriedCue !== undefined && LAST_FOUR_OWNER_CUES.has(ctx.carriedCue)) return ctx.carriedCue as Candidate['type'];
  for (const [k, t] of ctx.tokens.entries()) {
    if (!LAST_FOUR_OWNERS.test(t.lower) || (t.lower === 'personal' && ctx.tokens[k + 1]?.lower !== 'number')) continue;
    if (/^(?:kort|card)/u.test(t.lower)) return 'card';
    if (/^(?:telefon|phone|mobil)/u.test(t.lower)) return 'phone';
    return t.lower.startsWith('samordning') ? 'samordningsnummer' : 'personnummer';
  }
  return 'idNumber';
}
/**
 * ("De sista fyra är tolv... nej, femton år gamla", "the last four are twelve... sorry, the last four months …": a last four
 * broken off is held only where figures later in the turn begin with it, "fyra fem... fyra fem sju nio", or a card, a phone
 * or a personal number is spoken of in the turn or asked for before it; review of round 101.)
 */
function brokenOffLastFourHeld(run: NumberRun, ctx: RunContext): boolean {
  // (Not a sum or a count said later, "… I got twelve hundred".)
  const later = ctx.runs.filter((r) => r.firstToken > run.lastToken && !yearDateOrUnit(ctx.tokens, r) && !ctx.tokens.slice(r.firstToken, r.lastToken + 1).some((t) => /(?:hundra|hundred|tusen|thousand)$/u.test(t.lower))).map((r) => r.digits).join('');
  if (later.length > run.digits.length && later.startsWith(run.digits)) return true;
  if (LAST_FOUR_OWNER_CUES.has(ctx.carriedCue)) return true;
  return ctx.tokens.some((t, k) => LAST_FOUR_OWNERS.test(t.lower) && !(t.lower === 'personal' && ctx.tokens[k + 1]?.lower !== 'number'));
}
/** Units, ages and counts after figures: "femton år gamla", "thirty pounds", "twelve hundred", "four months". */
const UNIT_OR_AGE_AFTER = /^(?:år|års|gammal|gamla|years?|old|pounds?|kronor|kr|euros?|dollars?|pence|p|procent|percent|months?|månader|månad|veckor|weeks?|dagar|days?|timmar|hours?|gånger|times|hundred|hundra|thousand|tusen)$/u;
/** Words before a year or a date: "in twenty nineteen", "år 2019", "since", "sedan" (review of round 101). */
const YEAR_OR_DATE_LEADS = /^(?:i|in|år|året|year|since|sedan|sen|från|from|until|till|born|född)$/u;
/**
 * ("…, no, hang on, that was in twenty nineteen": the cue of a last four broken off is never carried to a year, a date, or
 * figures a unit or an age word follows; review of round 101.)
 */
function yearDateOrUnit(tokens: Token[], run: NumberRun): boolean {
  const before = tokens[run.firstToken - 1]?.lower ?? '';
  const after = tokens[run.lastToken + 1]?.lower ?? '';
  const yearShaped = run.digits.length === 4 && /^(?:19|20)\d\d$/u.test(run.digits);
  return UNIT_OR_AGE_AFTER.test(after) || (YEAR_OR_DATE_LEADS.test(before) && (yearShaped || run.digits.length <= 2)) || MONTHS.has(after) || MONTHS.has(before);
}
/** "Sista fyra är", "the last four are": the last four named right before the figures (round 101). */
const LAST_FOUR_BEFORE = /(?:^|\s)(?:(?:the )?last four(?: digits)?|(?:de )?sista fyra(?: siffrorna)?|(?:de )?fyra sista(?: siffrorna)?)(?: (?:are|is|were|was|är|var|blir))?$/u;
const lastFourNamedBefore = (tokens: Token[], first: number): boolean =>
  LAST_FOUR_BEFORE.test(tokens.slice(Math.max(0, first - 6), first).filter((t) => t.text !== ',' && !HESITATIONS.has(t.lower)).map((t) => t.lower).join(' '));
const LAST_FOUR_NEAR = /(?:^|\s)(?:last four|sista fyra|fyra sista)(?:\s|$)/u;
/**
 * No sentence ends between the two tokens but at an ellipsis, "… noll två ett... nej, …" (round 101), or at a "?" a taking
 * back follows, "noll två ett? Nej, …": a rising pause Whisper writes as a question (the closing re-read of stop 65).
 */
const onlyEllipsesBetween = (tokens: Token[], from: number, to: number): boolean =>
  !tokens.slice(from + 1, to).some((t, k) => SENTENCE_END_MARKS.has(t.text) && !ellipsisDotAt(tokens, from + 1 + k) && !(t.text === '?' && takingBackNext(tokens, from + 1 + k)));
/** A taking-back word after the punctuation at and after `at`: "? Nej", "?, no". */
function takingBackNext(tokens: Token[], at: number): boolean {
  let j = at;
  while (tokens[j]?.kind === 'punct') j++;
  return BREAKING_OFF.has(tokens[j]?.lower ?? '');
}
/**
 * "… noll två ett... nej", "… five one... no": figures broken off by a pause and a taking back (round 101); a "?" before it
 * too, "noll två ett? Nej" (the closing re-read of stop 65).
 */
function takenBackAfter(tokens: Token[], last: number): boolean {
  let j = last + 1;
  while (tokens[j]?.kind === 'punct' && tokens[j]!.text !== '!') j++;
  return j > last + 1 && BREAKING_OFF.has(tokens[j]?.lower ?? '');
}
/** "570219-2808", "19570219-2808", "450519+1928": six or eight digits of a date, a dash or a plus, four digits. */
function writtenAsPersonalNumber(run: NumberRun, text: string): boolean {
  const [date, last] = run.parts;
  if (run.parts.length !== 2 || !date || !last || last.digits.length !== 4 || (date.digits.length !== 6 && date.digits.length !== 8)) return false;
  if (!/^\s?[-+]\s?$/.test(text.slice(date.end, last.start))) return false;
  if (date.digits.length === 8 && !/^(?:18|19|20)/.test(date.digits)) return false;
  const month = Number(date.digits.slice(-4, -2));
  const day = Number(date.digits.slice(-2));
  return month >= 1 && month <= 12 && ((day >= 1 && day <= 31) || (day >= 61 && day <= 91));
}

/**
 * A bankgiro or plusgiro written or read in its own shape, with no word naming it: "456-7897",
 * "5050-1055" (3–4 digits, a dash, 4 digits) or "123456-6", "4 56 78 90-1" (the check digit after a
 * dash), the Luhn check holding; or 7–8 digits read one by one that pass it.
 */
function giroShaped(run: NumberRun, text: string): 'bankgiro' | 'plusgiro' | undefined {
  const n = run.digits.length;
  if (n < 5 || n > 9 || !luhnValid(run.digits)) return undefined;
  const last = run.parts.at(-1)!;
  const beforeLast = run.parts.at(-2);
  if (beforeLast && last.digits.length === 1 && dashBetween(text, beforeLast.end, last.start)) return 'plusgiro';
  if (giroWritten(run, text)) return 'bankgiro';
  if ((n === 7 || n === 8) && (readDigitByDigit(run) || readInPairs(run))) return 'bankgiro';
  return undefined;
}

/** "till hyresvärden, 5432-1781", "pay it to 5432-1781": where money is paid. */
const PAID_TO = new Set(['till', 'to', 'into']);
const dashBetween = (text: string, from: number, to: number) => /^\s?[-–]\s?$/.test(text.slice(from, to));
/** "5432-1781", "456-7897": a bankgiro as written, 3–4 digits, a dash and 4, the Luhn check holding. */
function giroWritten(run: NumberRun, text: string): boolean {
  const [first, last] = run.parts;
  return run.parts.length === 2 && (first!.digits.length === 3 || first!.digits.length === 4) && last!.digits.length === 4 && dashBetween(text, first!.end, last!.start) && luhnValid(run.digits);
}

/** "fyra fem sex, sju åtta nio sju": every part one digit, as only identifiers are read, never sums. */
function readDigitByDigit(run: NumberRun): boolean {
  return run.parts.every((p) => p.digits.length === 1);
}

/** "sju sju åtta ett, tjugotre fyrtiofem": three parts or more of one or two digits, as identifiers are read. */
function readInPairs(run: NumberRun): boolean {
  return run.parts.length >= 3 && run.parts.every((p) => p.digits.length <= 2);
}

/** Verbs that send money somewhere: "betalas till", "sätt in på", "pay it into", "transfer to". */
const PAYING = /^(?:betal|inbetal|sätt|sätter|satte|skick|överför|för över|pay|paid|send|sent|transfer|deposit|put)/;
const PAYING_TO = new Set(['till', 'på', 'to', 'into']);
const PAYING_BETWEEN = new Set(['in', 'ut', 'över', 'it', 'them', 'the', 'money', 'pengarna', 'den', 'det', 'dem', 'beloppet', 'hyran', 'rent', 'er', 'alltid', 'always', 'direkt', 'straight']);

/** The run stands right after "till", "på", "to", "into" that ends a verb of paying: where money goes. */
function isPaymentDestination(tokens: Token[], first: number): boolean {
  if (!PAYING_TO.has(tokens[first - 1]?.lower ?? '')) return false;
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'word') return false;
    if (PAYING.test(t.lower)) return true;
    if (!PAYING_BETWEEN.has(t.lower)) return false;
  }
  return false;
}

/** "i", "per", "a" between a sum and its time: "5 400 i månaden", "640 a month", "3 200 i juli". */
const PER = new Set(['i', 'in', 'per', 'a', 'an', 'om', 'each', 'every']);
/** "square metres", "sq ft": a size's unit in two words (round 78). */
const SQUARE = new Set(['square', 'sq']);
const AREA_UNIT = /^(?:metres?|meters?|m|feet|foot|ft|yards?|kilometres?|kilometers?|km|miles?)$/u;
/** The words of an identifier a size is never said after: "postnummer", "postcode", "konto", "account", "telefon" (review 78). */
const SIZE_NEVER_AFTER = /^(?:post(?:nummer|numret|nr|kod|koden|code)|postcode|zip|konto\p{L}*|account\p{L}*|telefon\p{L}*|phone|sort)$/u;
/** A flat's size: three figures at most ("65", "eighty-one", "hundra"), with no identifier's cue before it in its sentence. */
function sizeSaid(tokens: Token[], run: Pick<NumberRun, 'firstToken' | 'lastToken' | 'digits'>): boolean {
  if (run.digits.length > 3) return false;
  // (The cue of this number, up to a comma or another number: "Postnummer 123 45, 65 kvadrat" has its size.)
  for (let k = run.firstToken - 1; k >= 0 && k >= run.firstToken - 6 && !SENTENCE_END_MARKS.has(tokens[k]!.text) && tokens[k]!.text !== ',' && tokens[k]!.kind !== 'digits'; k--) if (SIZE_NEVER_AFTER.test(tokens[k]!.lower)) return false;
  return true;
}
/** "den 25:e", "the 12th", "1:a": the day of a date, written as an ordinal. */
const ORDINAL_SUFFIX = new Set(['e', 'a', 'st', 'nd', 'rd', 'th']);

/**
 * A number that is an amount, a count or the day of a date by the words right after it, never a
 * piece of an identifier: a unit ("kronor", "år"), a sum of a time ("5 400 i månaden", "640 a
 * month", "3 200 i juli", "1 200 per år"), or an ordinal ("den 25:e", "the 12th").
 */
export function isAmountOrDay(tokens: Token[], run: Pick<NumberRun, 'firstToken' | 'lastToken' | 'digits'>): boolean {
  const next = tokens[run.lastToken + 1];
  if (!next) return false;
  const after = tokens[run.lastToken + 2]?.lower ?? '';
  // ("eighty-one square metres", "40 sq ft", "65 kvadrat": a flat's size, round 78; the postcode asked a turn before took it.
  // Only a short number with no identifier's cue before it: not "Kontonummer 8327-9 123 456 789 kvadrat", "413 19 65 kvm";
  // review 78.)
  if (AREA_UNITS.has(next.lower) || (SQUARE.has(next.lower) && AREA_UNIT.test(after))) return sizeSaid(tokens, run);
  if (UNITS.has(next.lower)) return true;
  // ("forty thousand baht": a currency of `AMOUNT_CURRENCIES` only after a sum read with its thousands word; not "7314559027
  // baht", "one two three four five six seven eight baht", review of round 87.)
  if (AMOUNT_CURRENCIES.has(next.lower)) return thousandsWordIn(tokens, run.firstToken, run.lastToken);
  if (PER.has(next.lower) && (UNITS.has(after) || MONTHS.has(after))) return true;
  if (run.digits.length > 2 || tokens[run.lastToken]!.kind !== 'digits') return false;
  // Written close: "12th", "25:e".
  if (next.kind === 'word') return ORDINAL_SUFFIX.has(next.lower) && next.start === tokens[run.lastToken]!.end;
  return next.text === ':' && next.start === tokens[run.lastToken]!.end && (after === 'e' || after === 'a') && tokens[run.lastToken + 2]!.start === next.end;
}

/**
 * A year, then "-" or "/" and more digits ("2026-441 983", "2025/0412"), and not a date: the shape
 * of the agencies' case and diary numbers. Only for what is no valid identifier (checked first).
 */
export function isCaseNumberShaped(run: NumberRun, text: string): boolean {
  const [first, second] = run.parts;
  if (!first || !second || !isYear(first.digits) || run.digits.length > 12) return false;
  if (isDate(run) || (run.parts.length === 3 && second.digits.length === 2 && run.parts[2]!.digits.length === 2)) return false;
  return /^\s?[-/]\s?$/.test(text.slice(first.end, second.start));
}

/**
 * "31-7720519", "14-302217-09", "2026/0412", "1 52 06 38 47": an agency's case or reference number, figures only (written, in
 * groups or one by one), five to twelve of them (review 73); not ten or twelve shaped as a personal number with a wrong check
 * digit ("85 03 12 12 34", "19850312 1234"), a card's run of thirteen or more, nor a phone number. On a finding's text, where
 * `isCaseNumberShaped` (above) and `reportNumberShaped` (below) look at a run.
 */
export function caseNumberFormat(text: string): boolean {
  const t = text.trim();
  if (!/^\d+(?:\s?[-/]?\s?\d+)*$/u.test(t)) return false;
  const digits = t.replace(/\D/gu, '');
  // (Review 79: nor a checksum-valid NHS number, "943 476 5919".)
  return digits.length >= 5 && digits.length <= 12 && !personalNumberShaped(digits) && !(digits[0] === '0' && digits[1] !== '0') && !nhsNumberValid(digits);
}

/**
 * "BOB 7734-11", "FK 2291-4406": a case's series in capitals before figures in the case number's own groups, joined by a dash
 * or a slash (round 79). Review 79: not letters that name an identifier ("NHS", "LMA", "PN"), not a passport's or card's run
 * of figures with no dash ("PA 12345678", "AB 1234567"), and not figures that begin with a date ("ABC 850312-12"). Fails closed.
 */
export function caseSeriesFormat(series: string, figures: string): boolean {
  // (The date in the first group of figures itself, as `halfPersonalNumber` reads it: not "VAB 4410-27", a case year closing.)
  const lead = /^\d+/u.exec(figures.trim())?.[0] ?? '';
  const dateLed = (lead.length >= 6 && dateBegun(lead.slice(0, 6))) || (lead.length >= 8 && dateBegun(lead.slice(0, 8)));
  return !IDENTIFIER_SERIES.has(series.toUpperCase()) && /^\d+\s?[-/]\s?\d/u.test(figures.trim()) && !dateLed && caseNumberFormat(figures);
}

/**
 * "tjugosex, noll sju, tre tre fyra åtta", "six eight oh two, four four four, three eight six": a case's or a payment's
 * reference read in pieces, as figures, the case number's own test (`caseNumberFormat`: five to twelve, no personal number's
 * shape, no phone's 0) and not begun with a date as a personal number begins (440731…: a personal number with a figure lost
 * is still someone's). Round 94; fails closed.
 */
export function caseFiguresSpoken(digits: string): boolean {
  if (!caseNumberFormat(digits) || dateBegun(digits.slice(0, 6)) || (digits.length >= 8 && dateBegun(digits.slice(0, 8)))) return false;
  // (Review 94: every identifier's test on the figures, fails closed: a personal number without its year ("1218 9876"), a
  // phone without its 0 ("70 174 06 17": every area code begins 1–9), an organisationsnummer or other checksum-valid ten, a
  // clearing number and account ("5214 123 45 67") and a card's first twelve; what is left is five or six figures.)
  const n = digits.length;
  if (n >= 8 && personalMonthAndDay(digits.slice(0, 4))) return false;
  if (isPhoneShaped({ digits: `0${digits}`, international: false })) return false;
  if (n === 10 && (luhnValid(digits) || personalNumberKind(digits) !== undefined)) return false;
  if (n >= 11 && Number(digits.slice(0, 4)) >= 1100) return false;
  if (n >= 12 && /^(?:4|5[1-5]|2[2-7])/u.test(digits)) return false;
  return true;
}

/** Two parts, the first of four to `longest` figures, then a dash and two figures: "4471-22", "19850312-12". */
function closedByDashAndTwo(run: NumberRun, text: string, longest: number): boolean {
  const [first, second] = run.parts;
  if (run.parts.length !== 2 || !first || !second || second.digits.length !== 2 || first.digits.length < 4 || first.digits.length > longest) return false;
  return /^-$/.test(text.slice(first.end, second.start));
}

/** "044721-26", "4471-22": a number of four to seven figures closed by a dash and a two-figure year, as case numbers are written. */
const endsWithCaseYear = (run: NumberRun, text: string): boolean => closedByDashAndTwo(run, text, 7);

/** "8503121234", "85 03 12 12 34", "850312 1234", "1962 0903-1471", "åtta fem noll tre …": grouped as a personal number is said. */
export function groupedAsPersonalNumber(run: Pick<NumberRun, 'digits' | 'parts'>): boolean {
  const lens = run.parts.map((p) => p.digits.length);
  const n = run.digits.length;
  return lens.every((l) => l <= 2) || lens[0] === n || lens[0] === 6 || lens[0] === 8 || (n === 12 && lens[0] === 4 && lens[1] === 4);
}

/** "0701742-56", "+4477009-00", "00447…": begun as a mobile or an international number (review 74). */
const begunAsPhone = (run: Pick<NumberRun, 'digits' | 'international'>): boolean => run.international || /^0[07]/u.test(run.digits);

/**
 * "850312", "19850312", a samordningsnummer's "850372": figures that begin with a year, a month and a day (eight figures
 * only from a year of the 1800s or 1900s: "Fakturanummer 20261204-07" begins with the invoice's date).
 */
const dateBegun = (d: string): boolean => (d.length === 6 || /^(?:18|19)/u.test(d)) && personalMonthAndDay(d.slice(-4));

/**
 * "850312-12", "19850312-12", "1985031-21": a personal number's date (and a figure) closed by a dash and two figures is its
 * first half, never a case number (fails closed; review 74).
 */
export function halfPersonalNumber(run: NumberRun, text: string): boolean {
  // (Four to eight figures before the dash: a case year's shape, or a date with the century.)
  if (!closedByDashAndTwo(run, text, 8)) return false;
  // (The date is the first part's own six figures, or the first eight of seven or eight and two: not "B 5512-27".)
  const d = run.digits;
  const first = run.parts[0]!.digits.length;
  return (first === 6 && dateBegun(d.slice(0, 6))) || (first >= 7 && dateBegun(d.slice(0, 8)));
}

/**
 * A police report's number in its own shape, or a case number closed by a dash and a two-figure year ("4471-22") that is no
 * phone's start nor a personal number's first half (review 74: the only numbers a report cue keeps).
 */
export function reportNumberShaped(run: NumberRun, text: string): boolean {
  if (withinPoliceReport(text, run.start, run.end)) return true;
  return endsWithCaseYear(run, text) && !begunAsPhone(run) && !halfPersonalNumber(run, text);
}

/** 07… with 8–11 digits, or an international number (+, plus, 00) of 9–17 digits. */
export function isPhoneShaped(run: Pick<NumberRun, 'digits' | 'international'>): boolean {
  const n = run.digits.length;
  if (run.international) return n >= 9 && n <= 17;
  return run.digits[0] === '0' && run.digits[1] !== '0' && n >= 8 && n <= 11;
}

/** A phone number as dialled in Sweden: "+46 771 776 776" and "0771-776 776" are the same. */
export function normalisedPhone(run: Pick<NumberRun, 'digits' | 'international'>): string {
  const d = run.digits.startsWith('00') ? run.digits.slice(2) : run.digits;
  if ((run.international || run.digits.startsWith('00')) && d.startsWith('46')) return `0${d.slice(2)}`;
  return run.international ? `+${d}` : d;
}

/** A number after token `last`, only a pause (punctuation, hesitations) between, and a pause there is. */
function numberAfterPause(tokens: Token[], last: number): boolean {
  let k = last + 1;
  const pause = (t: Token | undefined) => t !== undefined && ((t.kind === 'punct' && t.text !== '.') || HESITATIONS.has(t.lower));
  while (k <= last + PAUSED_GAP && tokens[k] !== undefined && (pause(tokens[k]) || ellipsisDotAt(tokens, k))) k++;
  return k > last + 1 && isNumberToken(tokens[k]);
}

/** Words that break off a number begun: "…, no, hang on", "…, nej vänta", "…, sorry, wait". */
const BREAKING_OFF: ReadonlySet<string> = new Set(['no', 'nej', 'nä', 'sorry', 'förlåt', 'ursäkta', 'wait', 'vänta', 'hang', 'hold', 'oops', 'oj']);
/** A comma after token `last`, then a word that breaks the number off. */
const brokenOffAfter = (tokens: Token[], last: number): boolean => tokens[last + 1]?.text === ',' && BREAKING_OFF.has(tokens[last + 2]?.lower ?? '');

/** Only commas, dots and hesitations between two runs: "oh seven oh, double seven", "noll sju, eh, tre". */
function onlyPausesBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.kind !== 'punct' && !HESITATIONS.has(tokens[i]!.lower)) return false;
  return true;
}

/**
 * Whose a giro is when it is the agency's: the caller's "ert", "your", or the agency by name; "vårt",
 * "our" only in the agent's turn (a caller's "vårt" may be their firm's: it fails closed).
 */
const GIRO_OWNERS = /^\p{L}*(?:myndighetens|kassans|verkets)$/u;
/**
 * "ert bankgiro", "your bankgiro": the agency's when the caller says it, the caller's when the agent does. (Not "er": a
 * giro's words are neuter, and English "er" is a filler, "my er bankgiro …"; review of round 99.)
 */
const CALLERS_GIRO_OWNERS = /^(?:ert|your)$/u;
const AGENTS_GIRO_OWNERS = /^(?:vårt|vår|our)$/u;
export const GIRO_WORDS: ReadonlySet<string> = new Set(['bankgiro', 'bankgirot', 'bankgironummer', 'bankgironumret', 'plusgiro', 'plusgirot', 'bg', 'pg']);
/** "mitt", "din", "my", "your", "pappas" in the turn: someone's own. */
function ownSaid(tokens: Token[]): boolean {
  return tokens.some((t) => OWN.has(t.lower) || /^(?:pappa|mamma|mor|far|fru|man|make|maka|son|dotter|bror|syster)s$/u.test(t.lower));
}
/** The speaker's own: "mitt", "my", "mine" (`OWNER_WORDS`). */
const SPEAKERS: readonly string[] = ['mitt', 'min', 'mina', 'my', 'mine'];
/**
 * Words that give digits an owner other than the agency, whoever says them: the speaker's, the listener's, a third's
 * ("mitt", "din", "hans", "deras", "my", "your", "their"; dialogue.ts keepAgencyGiros).
 */
export const OWNER_WORDS: ReadonlySet<string> = new Set([...SPEAKERS, 'ditt', 'din', 'dina', 'hans', 'hennes', 'deras', 'sitt', 'sin', 'your', 'yours', 'his', 'her', 'their']);
/** Every word that names an owner: `OWNER_WORDS` and the plural ones, the agency's or a household's by who says them ("vårt", "our", "ert", "er"). */
const OWN: ReadonlySet<string> = new Set([...OWNER_WORDS, 'our', 'vårt', 'vår', 'ert', 'er']);
/** Words of one's own beside the owners: "mitt eget", "my own". */
const OWN_WORDS: readonly string[] = ['eget', 'egna', 'own'];
/**
 * The owners `otherOwnerNamed` looks for, all from the lists above: any owner between a giro and its digits ("your bankgiro,
 * or mine, …"); around a giro read back as "yours" to the agent, any but the plural ones, which may be the agency again
 * ("till er"); after a caller's "your bankgiro" and its digits, the speaker's own ("…, is where my wages go?").
 */
const GIRO_OTHER_OWNERS = {
  between: new Set([...OWN, ...OWN_WORDS]),
  readBack: new Set([...OWNER_WORDS, ...OWN_WORDS]),
  speakers: new Set([...SPEAKERS, ...OWN_WORDS]),
} as const satisfies Record<string, ReadonlySet<string>>;
/**
 * Another owner named in tokens `from` up to `to` (not the giro's own owner word at `except`): one of `owners`
 * (`GIRO_OTHER_OWNERS`), or a possessive before a giro's word ("pappas bankgiro"). Digits there are that one's, not the
 * agency's (review 91; fails closed).
 */
export function otherOwnerNamed(tokens: readonly Token[], from: number, to: number, owners: ReadonlySet<string>, except = -1): boolean {
  for (let k = Math.max(0, from); k < to && k < tokens.length; k++) {
    const word = tokens[k]!.lower;
    if (k === except) continue;
    if (owners.has(word) || (/\p{L}['’]?s$/u.test(word) && k + 1 < to && GIRO_WORDS.has(tokens[k + 1]?.lower ?? ''))) return true;
  }
  return false;
}
/**
 * "…, det är mitt bankgiro.", "…, that's my account.": right after the figures, a comma, "det är"/"that's"/"it is", a
 * possessive and an identifier's word closing the sentence (no negation, no other words): that identifier's cue.
 */
function possessedIdentifierAfter(tokens: Token[], last: number): Cue | undefined {
  const words = tokens.slice(last + 1, sentenceEndOf(tokens, last)).filter((t) => !['.', '!', '?'].includes(t.text));
  const i = words[0]?.text === ',' ? 1 : 0;
  const frame = words.slice(i, -2).map((t) => t.lower).join(' ');
  if (!/^(?:det är|det's|that's|that is|it's|it is)$/u.test(frame) || words.length - i < 4) return undefined;
  if (!SPEAKERS.includes(words.at(-2)!.lower)) return undefined;
  const k = tokens.indexOf(words.at(-1)!);
  const cue = cueOf(tokens, k);
  return cue !== undefined && cue !== 'generic' && cue !== 'exempt' && cue !== 'dateOfBirth' ? cue : undefined;
}
/** Digits later in the sentence of token `i` (an account said after its clearing). */
function restOfSentenceHasDigits(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && !tokens[k]!.sentenceStart; k++) if (tokens[k]!.kind === 'digits' || (isNumberToken(tokens[k]) && tokens[k]!.lower !== 'ett' && tokens[k]!.lower !== 'one')) return true;
  return false;
}
/** Who said a giro (`isAgencysGiro`): the agent or the caller. */
export interface GiroSaid {
  byAgent: boolean;
}
/** The agency's, said to its agent: "your bankgiro", "ert bankgiro" (a read-back). */
const YOURS: ReadonlySet<string> = new Set(['your', 'ert', 'ditt']);
/** What may stand between "your bankgiro" and its digits read back: "your bankgiro, is it? 5127-4439?", "ditt bankgiro, va? …". */
const READ_BACK_TAG: ReadonlySet<string> = new Set([',', '?', 'is', 'it', 'är', 'det', 'va', 'right', 'yeah', 'then', 'då']);
/**
 * "Försäkringskassans bankgiro 5050-1055", "your bankgiro, 5050-1055", "ert bankgiro …". (A caller's giro the agent says yes
 * to is asked of `readBackAsYours` instead, by dialogue.ts.)
 */
export function isAgencysGiro(tokens: readonly Token[], run: NumberRun, { byAgent }: GiroSaid): boolean {
  for (let i = run.firstToken - 1; i >= 0 && i >= run.firstToken - 8 && !tokens[i + 1]!.sentenceStart; i--) {
    if (!GIRO_WORDS.has(tokens[i]!.lower)) continue;
    // (Only the word right before the giro's is its owner: "ert eget bankgiro", "your own bankgiro" are redacted, failing
    // closed — round 99 read past "eget"/"own" and kept a caller's own giro after "my er own", a relayed "ni … ert eget",
    // "your own …, meaning ours"; review of round 99.)
    const owner = tokens[i - 1]?.lower ?? '';
    // ("Your bankgiro is wrong, mine is 5402-9681", "your bankgiro, or mine, …", "…, my account 1234-5617": another owner
    // between the giro and the digits gives them to that one; review 91.)
    if (otherOwnerNamed(tokens, i + 1, run.firstToken, GIRO_OTHER_OWNERS.between)) return false;
    // (Nor a caller's "your bankgiro" with the caller's own said after the digits in the sentence: "Your bankgiro, 5402-9681,
    // is where my wages go?".)
    if (!byAgent && CALLERS_GIRO_OWNERS.test(owner) && otherOwnerNamed(tokens, run.lastToken + 1, sentenceEndOf(tokens, run.lastToken), GIRO_OTHER_OWNERS.speakers)) return false;
    if (GIRO_OWNERS.test(owner) || (byAgent ? AGENTS_GIRO_OWNERS : CALLERS_GIRO_OWNERS).test(owner)) return true;
    // The agent tells the caller to pay to it ("by bank transfer to bankgiro …", "betala in till bankgiro …").
    if (byAgent && (owner === 'till' || owner === 'to') && paidIn(tokens, i - 1)) return true;
    break;
  }
  // "… bankgiro 5050-1055, that's ours", "…, det är vårt" in the agent's turn.
  if (!byAgent) return false;
  for (let i = run.lastToken + 1; i < tokens.length && i <= run.lastToken + 6 && !tokens[i]!.sentenceStart; i++) if (/^(?:ours|vårt|vårat)$/u.test(tokens[i]!.lower)) return true;
  return false;
}
/**
 * The caller's "your bankgiro" read back before the digits ("is", "is it?", "va?" between), no other owner in their sentences:
 * with the agent's next turn saying yes, the agency's own giro ("I'll pay to your bankgiro, yeah? 5052-6979?" "Yes, …"; round 91).
 */
export function readBackAsYours(tokens: readonly Token[], run: NumberRun): boolean {
  const giro = tokens.findLastIndex((t, k) => k < run.firstToken && GIRO_WORDS.has(t.lower));
  if (giro < 1 || !YOURS.has(tokens[giro - 1]!.lower) || run.firstToken - giro > 6) return false;
  // (Not "ditt bankgiro, eller mitt, 5402-9681?", "Är det ditt bankgiro, pappa? 5402-9681?", "ändrat ditt bankgiro till
  // mitt, …"; review 91, fails closed.)
  if (!tokens.slice(giro + 1, run.firstToken).every((t) => READ_BACK_TAG.has(t.lower))) return false;
  return !otherOwnerNamed(tokens, sentenceStartOf(tokens, giro), sentenceEndOf(tokens, run.lastToken), GIRO_OTHER_OWNERS.readBack, giro - 1);
}
/** A verb of paying in before `before` in its sentence, and not of paying out ("betala ut till ditt bankgiro"). */
function paidIn(tokens: readonly Token[], before: number): boolean {
  for (let i = before - 1; i >= 0 && i >= before - 8; i--) {
    const word = tokens[i]!.lower;
    if (word === 'ut' || word === 'out' || /^(?:ditt|din|your|his|her|hans|hennes)$/u.test(word)) return false;
    if (/^(?:betala|betalar|betalas|pay|paid|paying|transfer|transferred|sätt|sätter|swisha)$/u.test(word)) return true;
    if (tokens[i]!.sentenceStart) return false;
  }
  return false;
}

/** "… är clearing", "…, that's the sort code": the word right after a number (past "är"/"is") names a clearing number. */
const ACCOUNT_WORDS = new Set(['konto', 'kontot', 'kontonummer', 'kontonumret', 'account', 'kontonr']);
const BETWEEN_CLEARING_AND_ACCOUNT = new Set([',', 'och', 'and', 'sen', 'then', 'så', 'the', 'my', 'mitt', 'själva']);
function clearingBetweenBankAndAccount(tokens: Token[], run: NumberRun, value: number): boolean {
  let bank = tokens[run.firstToken - 1]?.text === ',' ? tokens[run.firstToken - 2] : tokens[run.firstToken - 1];
  // ("Danske Bank, 1201, …": a bank of two words by its first.)
  if (bank?.lower === 'bank' && tokens[tokens.indexOf(bank) - 1]?.kind === 'word') bank = tokens[tokens.indexOf(bank) - 1];
  if (!bank || bank.kind !== 'word' || !isBankName(bank.lower)) return false;
  if (value % 500 === 0 || clearingOfBank(value, bank.lower) === false) return false;
  // "SEB, 5362... och 001 47 52", "Danske Bank, 1201, then seven seven four, …": or the account's own digits right after
  // it, past a pause (round 67; not a sum, "Swedbank, 7300, och 200 kronor").
  const pause = (i: number) => HESITATIONS.has(tokens[i]?.lower ?? '') || tokens[i]?.text === '…' || ellipsisDotAt(tokens, i);
  // (Up to ten tokens on: "Sparbanken, 8214... ehm... fyra sex sju, …", two pauses and a filler, round 67's review.)
  for (let i = run.lastToken + 1; i < tokens.length && i <= run.lastToken + 10; i++) {
    if (ACCOUNT_WORDS.has(tokens[i]?.lower ?? '')) return true;
    if (i > run.lastToken + 1 && isNumberToken(tokens[i]) && accountDigitsAt(tokens, i)) return true;
    if (!BETWEEN_CLEARING_AND_ACCOUNT.has(tokens[i]?.lower ?? '') && !pause(i)) return false;
  }
  return false;
}

/**
 * "… och 002 38 61", "…, then three three one, eight eight, two": the digits after a clearing number and a pause are the
 * account's where they are five or more (or lead with a nought), not a year, not a sum read in thousands or with
 * "hundra"/"tusen", and no unit or month follows (round 67's review: "Swedbank, 7300... och sen 200 till", "SEB 5417, eh,
 * 2019 öppnade jag det", "Nordea, 3300... och 40 000 i skuld", "Swedbank, 8105, sen 12 mars" are sums and dates).
 */
function accountDigitsAt(tokens: Token[], first: number): boolean {
  let last = first;
  while (isNumberToken(tokens[last + 1]) || (tokens[last + 1]?.text === ',' && isNumberToken(tokens[last + 2]))) last += isNumberToken(tokens[last + 1]) ? 1 : 2;
  const said = tokens.slice(first, last + 1).filter((t) => isNumberToken(t));
  const hundreds = (t: Token) => /tusen|thousand/u.test(t.lower) ? 4 : /hundra|hundred/u.test(t.lower) ? 3 : 1;
  const digits = said.reduce((n, t) => n + (t.kind === 'digits' ? t.text.length : hundreds(t)), 0);
  // (A sum said with "hundra"/"tusen" in one or two words; "sjuhundrafyrtioett, tvåhundranittiotre, noll …" is an account.)
  if (said.length <= 2 && said.some((t) => t.kind === 'word' && hundreds(t) > 1)) return false;
  const head = said[0];
  if (!head || (said.length === 1 && head.kind === 'digits' && isYear(head.text))) return false;
  // (A sum read in thousands, "40 000", "1 250 000"; not nine digits in threes, "412 698 337".)
  if (said.length >= 2 && digits <= 7 && head.kind === 'digits' && head.text.length <= 3 && said.slice(1).every((t) => t.kind === 'digits' && t.text.length === 3)) return false;
  if (tokens.slice(last + 1, last + 4).some((t) => UNITS.has(t.lower) || MONTHS.has(t.lower))) return false;
  return digits >= 5 || head.text.startsWith('0');
}

function clearingNamedAfter(tokens: Token[], after: number): boolean {
  for (let i = after + 1; i < tokens.length && i <= after + 4; i++) {
    const word = tokens[i]!.lower;
    // "nio två sju två, det är ICA-banken": a bank named after four digits names its clearing number.
    if (word.startsWith('clearing') || isBankName(word)) return true;
    if (!['är', 'var', 'det', 'som', ',', 'is', 'the', "that's", 'it', "it's"].includes(word)) return false;
  }
  return false;
}

/** "2 300", "12 000": a sum read with a thousands group, not digits of an account. */
const NEVER_IN_THOUSANDS = new Set<Cue>(['personnummer', 'samordningsnummer', 'phone', 'postcode', 'dateOfBirth']);
/** "380 000", "12 500": a sum written with its thousands apart, no date. */
const WRITTEN_THOUSANDS = /^\d{1,3}(?:[ \u00a0]\d{3})+$/u;
/** A part read with "tusen"/"thousand" that is no year ("åttatusen niohundra"; not "tvåtusenfem"). */
export const saidWithThousands = (tokens: Token[], run: NumberRun): boolean => run.parts.some((p) => !isYear(p.digits) && partSaidWithThousands(tokens, p));
/**
 * "skattekontot", "your tax account": the Tax Agency's ledger of a person's taxes, which has no number of its own to read out,
 * only sums ("Ditt skattekonto visar artontusen fyrahundra i skuld"); it names no identifier for a round sum (round 93).
 */
const taxAccountAt = (tokens: readonly Token[], i: number): boolean =>
  /^skattekont(?:o|ot|ots)$/u.test(tokens[i]!.lower) || (tokens[i]!.lower === 'account' && tokens[i - 1]?.lower === 'tax');
/** A word naming an identifier ("konto", "clearing", "personnumret") in the sentence before token `first`. */
function identifierNamedInSentence(tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= 0; i--) {
    if (taxAccountAt(tokens, i)) continue;
    const cue = cueOf(tokens, i);
    if (cue !== undefined && cue !== 'generic' && cue !== 'exempt' && cue !== 'dateOfBirth') return true;
    if (tokens[i]!.lower.startsWith('clearing')) return true;
    if (tokens[i]!.sentenceStart) return false;
  }
  return false;
}
/** Words that say money is meant: "kronor", "lönen", "skulden", "the claim". */
const MONEY_WORDS: ReadonlySet<string> = new Set(['kronor', 'kr', 'sek', 'pounds', 'euro', 'euros', 'dollars', 'lön', 'lönen', 'belopp', 'beloppet', 'skuld', 'skulden', 'summa', 'summan', 'salary', 'wages', 'debt', 'amount', 'sum', 'claim', 'refund', 'återbetalning', 'återbetalningen']);
/**
 * What links a verb of money or a sum's name to the sum: "handlat för", "refund of". (Not "på": "betalade på", "handlat på" is
 * as often where the money went; review of round 85.)
 */
const SUM_LINKS: ReadonlySet<string> = new Set(['för', 'for', 'of']);
/**
 * The verbs of money that lead a round sum in `moneyLedBefore` only: "de har handlat för niotusen åttahundra", "they spent nine
 * thousand eight hundred" (round 85). Not in `LEADS`, which keeps any run after it: "de handlade 5521 0873 1190 2234" is a card
 * (review of round 85).
 */
const MONEY_VERBS: ReadonlySet<string> = new Set([...LEADS, 'handla', 'handlat', 'handlade', 'handlar', 'spent']);
/** The identifiers a round sum of seven figures or fewer can be: said so after it is named, it is that number, no sum. */
const ROUND_SHAPED: ReadonlySet<Cue> = new Set<Cue>(['postcode', 'plusgiro', 'bankgiro', 'idNumber']);
/**
 * A verb of money (`MONEY_VERBS`) or a sum's name (`MONEY_WORDS`) right before token `first`, or with a link between (round
 * 85). (Review of round 85: never when another number follows in the clause, "betalade för femtusen sexhundra, sen fyra fyra
 * nio noll", nor when the sentence names an identifier a round value can be, a postcode, a clearing, a giro, a PIN.)
 */
function moneyLedBefore(tokens: Token[], run: NumberRun): boolean {
  const first = run.firstToken;
  const k = SUM_LINKS.has(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  const word = tokens[k]?.lower ?? '';
  if (!MONEY_VERBS.has(word) && !MONEY_WORDS.has(word)) return false;
  for (let j = run.lastToken + 1; j < tokens.length && !SENTENCE_END_MARKS.has(tokens[j]!.text); j++) if (isNumberToken(tokens[j]!)) return false;
  for (let i = first - 1; i >= 0; i--) {
    if (tokens[i]!.lower.startsWith('clearing') || tokens[i]!.lower === 'sort') return false;
    const cue = cueOf(tokens, i);
    if (cue !== undefined && ROUND_SHAPED.has(cue)) return false;
    if (tokens[i]!.sentenceStart) break;
  }
  return true;
}
/** What a sum is for: "for the spring term", "i månaden". */
const SUM_FOR: ReadonlySet<string> = new Set(['term', 'terminen', 'termin', 'vårterminen', 'höstterminen', 'month', 'månaden', 'månad']);
/** What reads a value off the records: "I can see it here", "jag har här", "on the letter". */
const FROM_RECORDS: ReadonlySet<string> = new Set(['see', 'ser', 'got', 'here', 'här', 'letter', 'brevet', 'screen', 'skärmen', 'records']);
/** Money said beside the run in its sentence (four words before, five after), and nothing that reads it off the records. */
function sumSaidBeside(tokens: Token[], run: NumberRun): boolean {
  const before: Token[] = [];
  for (let i = run.firstToken - 1; i >= 0 && i >= run.firstToken - 4; i--) {
    before.push(tokens[i]!);
    if (tokens[i]!.sentenceStart) break;
  }
  if (before.some((t) => FROM_RECORDS.has(t.lower))) return false;
  const after = tokens.slice(run.lastToken + 1, run.lastToken + 6);
  return [...before, ...after].some((t) => MONEY_WORDS.has(t.lower) || SUM_FOR.has(t.lower));
}
/** A clause break said before a number: "…, alltså", "…, I mean". */
const CLAUSE_BREAK: ReadonlySet<string> = new Set([',', 'alltså', 'mean', 'menar']);
/**
 * "Lönen gick in på mitt förra konto hos Nordea, alltså trettiotvåtusen sexhundra som jag inte fått": a sum said after an
 * account was named, behind a clause break, with money said beside it (round 80; narrowed by its review). Not where the
 * identifier named is other than an account (a card, an IBAN, a phone, a passport, a personal number), nor a clearing or
 * sort code, nor where nothing says money ("Pengarna ska till kontot, alltså …" fails closed).
 */
function sumAfterAccountNamed(tokens: Token[], run: NumberRun): boolean {
  let named = -1;
  for (let i = run.firstToken - 1; i >= 0; i--) {
    const cue = cueOf(tokens, i);
    if ((cue !== undefined && cue !== 'generic' && cue !== 'exempt' && cue !== 'dateOfBirth') || tokens[i]!.lower.startsWith('clearing')) { named = i; break; }
    if (tokens[i]!.sentenceStart) break;
  }
  if (named < 0) return true;
  const word = tokens[named]!;
  if (cueOf(tokens, named) !== 'bankAccount' || word.lower.startsWith('clearing') || word.lower.startsWith('sort') || tokens[named - 1]?.lower === 'sort') return false;
  if (!CLAUSE_BREAK.has(tokens[run.firstToken - 1]?.lower ?? '')) return false;
  const around = [...tokens.slice(named + 1, run.firstToken), ...tokens.slice(run.lastToken + 1, run.lastToken + 6)].map((t) => t.lower);
  const phrase = around.join(' ');
  return around.some((w) => MONEY_WORDS.has(w)) || /\b(?:inte fått|aldrig fått|bara försvann|never got|never received|not received|just disappeared|just vanished)\b/u.test(phrase);
}
/** Every number word said with "hundra"/"tusen" ("hundrafyrtio... hundrasextio tusen"): sums, read as such (not "nittonhundrafyrtiofem tolv noll tre"). */
const sumsInWords = (tokens: Token[], run: NumberRun): boolean =>
  run.parts.every((p) => {
    const words = tokens.slice(p.firstToken, p.lastToken + 1).filter((t) => t.kind === 'word' && numberWordAtoms(t.lower) !== undefined);
    return words.length > 0 && words.every((t) => hundredsOrThousandsWord(t.lower)) && !isYear(p.digits);
  });
export const readAsThousands = (run: NumberRun): boolean => thousandsGroups(run.parts.map((p) => p.digits));
/** "före skatt", "efter skatt", "i skatt", "before tax", "after tax": what makes the number right before it a sum of money. */
const TAX_LINKS: ReadonlySet<string> = new Set(['före', 'efter', 'i', 'before', 'after', 'in']);
const taxSaidAfter = (tokens: readonly Token[], last: number): boolean =>
  TAX_LINKS.has(tokens[last + 1]?.lower ?? '') && /^(?:skatt|skatten|tax)$/u.test(tokens[last + 2]?.lower ?? '');
/**
 * "omkring sjutton tusen tvåhundra före skatt", "about 7 200 after tax": a sum read with its thousands word (or written with its
 * thousands apart, as the draft writes it) with tax named right after it is an amount, never an identifier's figures (amounts in
 * notes). Seven figures at most, no year, no leading zero; a valid identifier is redacted before this is asked (`classifyRun`,
 * the leak scan's `kept`).
 */
export const amountBeforeTax = (tokens: Token[], run: NumberRun): boolean =>
  run.digits.length <= 7 && run.digits[0] !== '0' && !isYear(run.digits) && (saidWithThousands(tokens, run) || writtenWithThousands(tokens, run.parts)) && taxSaidAfter(tokens, run.lastToken);
/** A bank's name within three tokens before token `first`. */
function bankNamedBefore(tokens: Token[], first: number): boolean {
  for (let i = first - 1; i >= 0 && i >= first - 3; i--) if (isBankName(tokens[i]!.lower)) return true;
  return false;
}

/** Words before a number one calls: "ring", "call", "the police on". */
const CALLED_BEFORE = /(?:^|\s)(?:ring|ringa|ringer|ringde|call|calling|phone|dial|police|polisen|vårdguiden)(?:\s|$)/u;
/**
 * "göra en polisanmälan på 114 14", "anmäla det på 114 14": the line a report is made on, right after the report and "på"
 * (round 85; not "Enligt anmälan, 1177", an answer's piece after a comma, round 56's review).
 */
const REPORTED_ON = /(?:^|\s)(?:polisanmälan|anmälan|anmäla)(?:\s(?:det|den|it))?\s(?:på|on)$/u;
/**
 * The allow-listed `run` said as where a report is made (`REPORTED_ON`), with no town after it, even past a comma: "anmälan på
 * 114 14, Sundbyberg" is a postcode (review of round 85). The caller checks that no postcode or address question is open.
 */
function reportedOn(tokens: readonly Token[], run: NumberRun): boolean {
  if (!REPORTED_ON.test(tokens.slice(Math.max(0, run.firstToken - 4), run.firstToken).map((t) => t.lower).join(' '))) return false;
  const k = tokens[run.lastToken + 1]?.text === ',' ? run.lastToken + 2 : run.lastToken + 1;
  const place = tokens[k];
  return !(place?.kind === 'word' && place.capitalised && (k === run.lastToken + 1 || lexicon().places.has(place.lower)));
}
/** Words between a call and the number called: "ring oss på", "call the police on". */
const CALL_OBJECT_WORDS: ReadonlySet<string> = new Set(['på', 'on', 'to', 'oss', 'us', 'dem', 'them', 'the', 'polisen', 'police', 'numret', 'number', 'nummer']);
/** A word that names a postcode: "postnumret", "postcode", "zip". */
const POSTAL_WORD = /^(?:postnum|postcode|postal|postadress|zip)/u;
/**
 * An ID number's cue carried over a pause stops before `run` ("Tolknummer 4412, kundtjänst 0771-524 524", "Tolknumret 6025,
 * Migrationsverket 0771-235 235"): at a new party's word and at an allowed line (review of round 92). Fails closed otherwise.
 * (1177, 112 and a relayed case number after it are still taken by another path; left.)
 */
function idNumberStopsBefore(tokens: readonly Token[], previousEnd: number, run: NumberRun, allowed: ReadonlySet<string>): boolean {
  const between = tokens.slice(previousEnd + 1, run.firstToken);
  if (between.some((t) => NEW_PARTY_WORDS.has(t.lower))) return true;
  return allowed.has(normalisedPhone(run));
}
/** Words that name another party's line between two numbers: "kundtjänst", "växeln", "customer service", "ring". */
const NEW_PARTY_WORDS: ReadonlySet<string> = new Set(['kundtjänst', 'kundtjänsten', 'växeln', 'växel', 'service', 'helpline', 'ring', 'ringa', 'call', 'migrationsverket', 'försäkringskassan', 'skatteverket']);

/** The candidate is exactly an allow-listed number called ("ring 114 14", "call 0771-524 524"): a public line, round 76. */
export function publicLineCalled(tokens: readonly Token[], runs: readonly NumberRun[], c: Candidate, allowed: ReadonlySet<string>, postcodeAsked = false): boolean {
  const run = runs.find((r) => r.start === c.start && r.end === c.end);
  if (!run || !allowed.has(normalisedPhone(run))) return false;
  // (Review 76: the number the object of the call, "ring 114 14", "call the police on 114 14"; not where one calls from, "Jag
  // ringer från 114 14 Stockholm", a town after it, or a postcode named in the sentence: that is a postcode.)
  const before = tokens.slice(Math.max(0, run.firstToken - 4), run.firstToken).map((t) => t.lower);
  const call = before.findLastIndex((w) => CALLED_BEFORE.test(w));
  // (Review of round 85: a report's line only with no postcode or address asked, and no town after it, past a comma too.)
  if ((call < 0 || before.slice(call + 1).some((w) => !CALL_OBJECT_WORDS.has(w))) && (postcodeAsked || !reportedOn(tokens, run))) return false;
  const next = tokens[run.lastToken + 1];
  if (next?.kind === 'word' && next.capitalised) return false;
  return !tokens.some((t) => POSTAL_WORD.test(t.lower));
}
const READ_ON = new Set(['sen', 'sedan', 'then', 'sist', 'last', 'lastly', 'finally']);
/** "… och sen …", "… and then …": the words between two runs read the second on from the first. */
function thenBetween(tokens: Token[], from: number, to: number): boolean {
  // ("… tjugoett åttiosju, och sist sjuttioåtta", "and last, seven eight": the last digits read on.)
  for (let i = from + 1; i < to; i++) if (READ_ON.has(tokens[i]!.lower)) return true;
  return false;
}

function sentenceBetween(tokens: Token[], from: number, to: number): boolean {
  for (let i = from + 1; i < to; i++) if (tokens[i]!.sentenceStart) return true;
  return false;
}

/** The longest 10- or 12-digit stretch of whole parts that is a valid personal number. */
function personalNumberIn(run: NumberRun): Candidate | undefined {
  const { parts } = run;
  let best: Candidate | undefined;
  for (let i = 0; i < parts.length; i++) {
    let digits = '';
    for (let j = i; j < parts.length && digits.length < 12; j++) {
      digits += parts[j]!.digits;
      if (digits.length !== 10 && digits.length !== 12) continue;
      const kind = personalNumberKind(digits, false);
      // "+44 20 7946 0958": an organisationsnummer's shape inside a phone number is the phone number.
      if (!kind || (kind === 'organisationsnummer' && isPhoneShaped(run))) continue;
      const candidate = { type: kind, start: parts[i]!.start, end: parts[j]!.end, confidence: Confidence.validated };
      if (!best || candidate.end - candidate.start > best.end - best.start) best = candidate;
    }
  }
  return best;
}

/**
 * "med OCR 16197205042489": Skatteverket's OCR is "16" and a personal number. An OCR whose last twelve or ten figures, within
 * a group, are a valid personal number (or samordningsnummer) is redacted whole (a valid identifier is always redacted;
 * review of round 80). (Not an organisation number's shape: a long OCR's last ten figures hold one too often; nor a valid
 * card's figures, which keep their own label.)
 */
function personalNumberEndingOcr(tokens: Token[], run: NumberRun): Candidate | undefined {
  const n = run.digits.length;
  if (n <= 12 || n > 20 || (n <= 19 && luhnValid(run.digits))) return undefined;
  if (!tokens.slice(Math.max(0, run.firstToken - 3), run.firstToken).some((t) => t.lower.startsWith('ocr'))) return undefined;
  for (const length of [12, 10]) {
    const kind = personalNumberKind(run.digits.slice(-length), false);
    if (kind === 'personnummer' || kind === 'samordningsnummer') return { type: kind, start: run.start, end: run.end, confidence: Confidence.validated };
  }
  return undefined;
}

/** Clearing number (4 digits, or 4+1 for Swedbank) then an account number: 11–16 digits in all. */
function isClearingShaped(run: NumberRun): boolean {
  const first = run.parts[0]!.digits;
  return run.parts.length >= 2 && first.length === 4 && run.digits.length >= 11 && run.digits.length <= 16;
}

/** "123 45 Stockholm": a Swedish postcode before a town. */
function isPostcodeShaped(run: NumberRun, next: Token | undefined): boolean {
  const shape = run.parts.map((p) => p.digits.length).join(' ');
  return (shape === '3 2' || shape === '5') && run.digits[0] !== '0' && !!next?.capitalised && next.kind === 'word';
}

/**
 * "Fyra fyra ett... trettio.", "seven five two... two nine.": three digits said one by one, a pause, and two more, closing
 * the clause: a Swedish postcode read in its groups, town or cue unsaid (no sum, time or date is read so; fails closed).
 */
function isPostcodeReadInGroups(run: NumberRun, text: string, next: Token | undefined): boolean {
  const [a, b, c, ...rest] = run.parts;
  if (!a || !b || !c || rest.length === 0 || run.digits.length !== 5 || run.digits[0] === '0') return false;
  // (In words: figures in three and two are the patterns' and the agency's, "839 88 Östersund", round 64.)
  const inWords = !/\d/.test(text.slice(run.start, run.end));
  return inWords && [a, b, c].every((p) => p.digits.length === 1) && /[,.…]/.test(text.slice(c.end, rest[0]!.start)) && (!next || next.kind === 'punct');
}

/** A yes said between a postcode and its town (round 66). */
const YES_BEFORE_TOWN = new Set(['yes', 'yeah', 'yep', 'ja', 'jo', 'japp', 'precis', 'exactly', 'right']);
/** "Åtta fyra tre noll noll, Ljungaverk.": five digits read in groups, a comma and a town that ends the sentence. */
function isSpokenPostcodeBeforeTown(run: NumberRun, tokens: Token[]): boolean {
  // "Det är noll fyra fem sex Oslo", "double oh one hundred, Helsinki": four or five digits read one by one (a zero
  // first too) right before a town the lists know are a postcode abroad (round 53).
  // ("seventy-nine oh nine eight, yes, Freiburg", "…, ja, Umeå": the caller's own yes between the digits and the town, round 66.)
  let at = tokens[run.lastToken + 1]?.text === ',' ? run.lastToken + 2 : run.lastToken + 1;
  if (YES_BEFORE_TOWN.has(tokens[at]?.lower ?? '') && tokens[at + 1]?.text === ',') at += 2;
  const next = tokens[at];
  const knownTown = next?.kind === 'word' && next.capitalised && (lexicon().worldPlaces.has(next.lower) || lexicon().places.has(next.lower));
  if ((run.digits.length === 4 || run.digits.length === 5) && run.parts.length >= 3 && run.parts.every((p) => p.digits.length <= 3) && knownTown && tokens[run.firstToken]!.kind === 'word') return true;
  if (run.digits.length !== 5 || run.digits[0] === '0' || !run.parts.every((p) => p.digits.length <= 3)) return false;
  const [comma, town, end] = [tokens[run.lastToken + 1], tokens[run.lastToken + 2], tokens[run.lastToken + 3]];
  if (comma?.text === ',') return town?.kind === 'word' && town.capitalised && (!end || end.text === '.');
  // "…, 7 9 3 3 0 Leksand", "fem tre noll, tjugo Grästorp": read in pieces right before a known town,
  // closing the clause (not a sum before a word: "Jag är skyldig 23 400 CSN").
  return run.parts.length >= 2 && comma?.kind === 'word' && comma.capitalised && lexicon().places.has(comma.lower) && (!town || town.kind === 'punct');
}

// Numbers with letters, which the number runs do not see whole.
const INTERIM = /(?<![\p{L}\p{N}])(?:\d{2})?\d{6}[-+ ]?[A-Z]\d{3}(?![\p{L}\p{N}])/gu;
// Case-insensitive: Whisper writes "se91 …" as readily as "SE91 …".
const IBAN = /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/giu;
// Capitals only: an IBAN's country and check digits as one word, then at most a few groups of four.
// ("GB29 NWBK... 6016 …": a British or Irish IBAN's four-letter bank code said with its country before the pause.)
// (Review 74: the four capitals only where the account's digit groups follow them in the sentence, after a pause or a spelling:
// not "GB12 DVLA", "ref GB50 DWPX, 600 pounds".)
const IBAN_BEGUN = /(?<![\p{L}\p{N}])([A-Z]{2})\d{2}(?: [A-Z]{4}(?![\p{L}\p{N}])(?=[^\d?!]{0,30}\d{4} ?\d{2,4}))?(?: \d{4}){0,2}(?![\p{L}\p{N}])/gu;
// A Finnish personal identity code: "120455-234P" (date, century sign, number, check character).
// (A digit check character after "-" or "+" is a Swedish personnummer's shape: left to those rules.)
const FINNISH_ID = /(?<![\p{L}\p{N}])\d{6}(?:[-+]\d{3}[A-Y]|[A-FU-Y]\d{3}[0-9A-Y])(?![\p{L}\p{N}])/gu;
// A UK National Insurance number: "QQ 12 34 56 C".
const NATIONAL_INSURANCE = /(?<![\p{L}\p{N}])[A-Z]{2} ?\d{2} ?\d{2} ?\d{2} ?[A-D](?![\p{L}\p{N}])/gu;
// "L01X00T47", "X9R441A02": letters and digits interleaved in one word are a document number's shape
// (a passport, an identity card, a permit), whoever's and whatever the word before it.
const INTERLEAVED = /(?<![\p{L}\p{N}-])(?=[A-Za-z]*\d+[A-Za-z]+\d)(?=(?:[A-Za-z]*\d){3})[A-Za-z0-9]{6,20}(?![\p{L}\p{N}-])/gu;
const DIGIT_THEN_LETTER = /\d[A-Za-z]/u;
const LETTER_THEN_DIGIT = /[A-Z]\d/iu;
const CAPITAL_THEN_DIGIT = /[A-Z] ?\d/u;
// "AA1234567", "P1234567": one to three capitals and six to nine digits in one word, the shape of a
// passport or an identity card number, named or not.
const PREFIXED_DOCUMENT = /(?<![\p{L}\p{N}-])[A-Z]{1,3}\d{6,9}(?![\p{L}\p{N}-])/gu;
// "Y4821937K" (a Spanish NIE), "48392715W" (a DNI): a control letter after the digits, where an identity document is
// named (an order number "20241234A" is not one, round 22).
const CONTROL_LETTER_DOCUMENT = /(?<![\p{L}\p{N}-])(?:[A-Z]\d{7}|\d{8})[A-Z](?![\p{L}\p{N}-])/gu;
const IDENTITY_DOCUMENT = /(?<![\p{L}])(?:nie|dni|nif|pass\p{L}*|passport|id|legitimation|identitet\p{L}*|identity)(?![\p{L}])/iu;
const PLUS_SEPARATED = /(?<![\p{L}\p{N}])(?:\d{2})?\d{6}\+\d{4}(?![\p{L}\p{N}])/gu;
// "Y-0936274-G", "X7261508V", "48392715W": a Spanish NIE or DNI whose control letter holds, dashes or not, named or not (round 47).
const SPANISH_ID = /(?<![\p{L}\p{N}-])(?:[XYZ]-?\d{7}|\d{8})-?[A-Z](?![\p{L}\p{N}-])/gu;
const SPANISH_LETTERS = 'TRWAGMYFPDXBNJZSQVHLCKE';
export function spanishIdHolds(id: string): boolean {
  const plain = id.replace(/-/g, '');
  const number = Number(plain.slice(0, -1).replace(/^[XYZ]/, (p) => String('XYZ'.indexOf(p))));
  return SPANISH_LETTERS[number % 23] === plain.at(-1);
}
// "BKRPN4417D": an Indian PAN, five capitals, four digits and a capital (round 47).
const PAN = /(?<![\p{L}\p{N}-])[A-Z]{5}\d{4}[A-Z](?![\p{L}\p{N}-])/gu;
// "4817263W", "1234567TA": an Irish PPS number, seven digits and its check letter (a second letter for newer numbers).
const PPS = /(?<![\p{L}\p{N}-])\d{7}[A-W][A-IW]?(?![\p{L}\p{N}-])/giu;
const PPS_NAMED = /(?<![\p{L}])(?:pps|personal public service)/iu;
/** A PPS number's check letter: the digits weighted 8 … 2, the second letter's place in the alphabet × 9, mod 23 (0 is W). */
export function ppsCheckHolds(pps: string): boolean {
  const upper = pps.toUpperCase();
  const digits = upper.slice(0, 7);
  const second = upper[8];
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(digits[i]) * (8 - i);
  if (second && second !== 'W') sum += (second.charCodeAt(0) - 64) * 9;
  const check = sum % 23;
  return upper[7] === (check === 0 ? 'W' : String.fromCharCode(64 + check));
}

/** A letter or two and ten or twelve figures, a dash perhaps among them: "K8503121231", "K85031212-34" (review of round 85). */
const LETTERED_PERSONAL = /(?<![\p{L}\p{N}])[A-Z]{1,2}((?=[\d-]{10,13}(?![\p{L}\p{N}-]))\d+(?:-\d+)?)(?![\p{L}\p{N}])/gu;
/** Interim numbers ("811218-T238"), IBANs, UK National Insurance numbers and personnummer with "+" (aged 100 or more). */
export function findLetteredNumbers(text: string): Candidate[] {
  const found: Candidate[] = [];
  // Every one of these has digits: most utterances have none (and so no need of the patterns).
  if (!hasDigit(text)) return found;
  // INTERIM, FINNISH_ID, PREFIXED_DOCUMENT, CONTROL_LETTER_DOCUMENT, SPANISH_ID, PPS and PLUS_SEPARATED each match six
  // digits in a row or more (`\d{6}`, `\d{6,9}`, `\d{7}`, `\d{8}`; `\d` is 0-9, with the `i` flag too): without such a
  // run, as in most turns with digits ("3 200", "123 45"), they find nothing and are not run.
  const sixDigits = hasDigitRun(text, 6);
  if (sixDigits) for (const m of matchesOf(text, INTERIM)) {
    if (isInterimNumber(m[0].replace(' ', '-'))) found.push({ type: 'personnummer', start: m.index, end: m.index + m[0].length, confidence: Confidence.validated });
  }
  // (IBAN needs a letter right before a digit, read as it reads, case-insensitively: `[A-Z]{2}\d{2}` with the `i` flag.)
  if (LETTER_THEN_DIGIT.test(text)) for (const m of matchesOf(text, IBAN)) {
    // The pattern may take a word too many ("... 7466 OK"): shorten until the check digits hold,
    // first the full check, then (a bank's inner check digit misheard or misread: "NO16 1503 2046
    // 781") the IBAN's own mod-97 digits alone.
    for (const check of [isIban, ibanCheckDigitsHold]) {
      let candidate = m[0];
      while (candidate.length >= 15 && !check(candidate.replace(/ /g, '').toUpperCase())) candidate = candidate.replace(/ ?[A-Z0-9]{1,4}$/i, '');
      if (candidate.length < 15) continue;
      found.push({ type: 'iban', start: m.index, end: m.index + candidate.length, confidence: Confidence.validated });
      break;
    }
  }
  // "SE25... nej vänta", "DE29 9522...": an IBAN begun, its country and check digits (and a group or two) before the
  // caller breaks off; no other number is written so, and what was said of the account is redacted (fails closed).
  if (LETTER_THEN_DIGIT.test(text)) for (const m of matchesOf(text, IBAN_BEGUN)) {
    if (IBAN_COUNTRIES.has(m[1]!.toLowerCase())) found.push({ type: 'iban', start: m.index, end: m.index + m[0].length, confidence: Confidence.shaped });
  }
  if (sixDigits) for (const m of matchesOf(text, FINNISH_ID)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.cued });
  // (INTERLEAVED's look-ahead needs a digit right before an ASCII letter, `\d+[A-Za-z]+\d`: none in most turns.)
  if (DIGIT_THEN_LETTER.test(text)) for (const m of matchesOf(text, INTERLEAVED)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.shaped });
  if (sixDigits) for (const m of matchesOf(text, PREFIXED_DOCUMENT)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.shaped });
  if (sixDigits && IDENTITY_DOCUMENT.test(text)) for (const m of matchesOf(text, CONTROL_LETTER_DOCUMENT)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.cued });
  // (NATIONAL_INSURANCE and PAN need a capital before a digit, a space perhaps between: `[A-Z]{2} ?\d{2}`, `[A-Z]{5}\d{4}`.)
  const capitalThenDigit = CAPITAL_THEN_DIGIT.test(text);
  if (capitalThenDigit) for (const m of matchesOf(text, NATIONAL_INSURANCE)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.validated });
  if (sixDigits) for (const m of matchesOf(text, SPANISH_ID)) if (spanishIdHolds(m[0])) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.validated });
  if (capitalThenDigit) for (const m of matchesOf(text, PAN)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: Confidence.shaped });
  if (sixDigits) for (const m of matchesOf(text, PPS)) {
    const holds = ppsCheckHolds(m[0]);
    if (holds || PPS_NAMED.test(text)) found.push({ type: 'idNumber', start: m.index, end: m.index + m[0].length, confidence: holds ? Confidence.validated : Confidence.cued });
  }
  // ("Anmälan K8503121231", "K85031212-34": a personal number whose check digit holds, written straight after a letter, as a
  // police report's prefix, is still someone's; review of round 85, fails closed.)
  if (sixDigits && capitalThenDigit) for (const m of matchesOf(text, LETTERED_PERSONAL)) {
    const kind = personalNumberKind(m[1]!.replace('-', ''));
    const at = m.index + m[0].length - m[1]!.length;
    if (kind === 'personnummer' || kind === 'samordningsnummer') found.push({ type: kind, start: at, end: at + m[1]!.length, confidence: Confidence.validated });
  }
  if (sixDigits) for (const m of matchesOf(text, PLUS_SEPARATED)) {
    const kind = personalNumberKind(m[0].replace('+', ''), true);
    if (kind) found.push({ type: kind, start: m.index, end: m.index + m[0].length, confidence: Confidence.validated });
  }
  return found;
}

/** Whether the text has `length` ASCII digits in a row (what `\d{length}` needs). */
function hasDigitRun(text: string, length: number): boolean {
  for (let i = 0, run = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    run = c >= 48 && c <= 57 ? run + 1 : 0;
    if (run >= length) return true;
  }
  return false;
}

/**
 * The words that say the last digits of a number come next: "ett konto som slutar på 412", "the card ending in 048", "my number
 * now ends 12345". The one list: read here (`lastDigits` in the number runs) and by redact.ts's tails named before.
 */
export const ENDING_WORDS: ReadonlySet<string> = new Set(['slutar', 'ending', 'ends', 'ended']);

const END_SUBJECTS = /^(?:it|det|den|that|this|detta|de|dom|they|one|.*(?:nummer|numret|number|numbers|kort|kortet|card|konto|kontot|account|iban|ibanet))$/u;
/** "det ska sluta (på) 85 36", "slutet är 4471", "the end is 8238", "it should end (in) 1189": a number's end named right before the digits. */
export function endNamedBefore(tokens: Token[], first: number): boolean {
  const p = tokens[first - 1]?.lower ?? '';
  const pp = tokens[first - 2]?.lower ?? '';
  const verb = (w: string) => w === 'sluta' || w === 'end';
  // (The infinitive after "ska"/"should"/"must": "det ska sluta 85 36"; not "sluta" alone, "sluta 2027" may be to stop a year.)
  const modal = (k: number) => ['ska', 'skulle', 'should', 'must', 'måste', 'does'].includes(tokens[k]?.lower ?? '');
  // (Review 70: what ends is the number, or "it"/"det": not "the bill should end with 450", "avtalet ska sluta 2027".)
  const numberEnds = (m: number) => tokens[m - 1] === undefined || tokens[m - 1]!.kind === 'punct' || END_SUBJECTS.test(tokens[m - 1]!.lower);
  if (verb(p) && modal(first - 2)) return numberEnds(first - 2);
  if (['på', 'in', 'with'].includes(p) && verb(pp) && modal(first - 3)) return numberEnds(first - 3);
  return (p === 'is' && pp === 'end' && tokens[first - 3]?.lower === 'the') || (p === 'är' && pp === 'slutet');
}
/** "the last bit (again)", "the last four, please", "sista biten igen", "de fyra sista": a number's last part named right before the digits. */
const LAST_PART = /(?:^|\s)(?:the (?:last|final|end) (?:bit|part|four|digits|numbers|half)|(?:sista|de sista) (?:biten|delen|fyra|siffrorna)|de fyra sista)(?: (?:again|igen|is|was|är|var|then|då|please|tack))?$/u;
function lastPartNamedBefore(tokens: readonly Token[], first: number): boolean {
  const before = tokens.slice(Math.max(0, first - 7), first).filter((t) => t.text !== ',' && !HESITATIONS.has(t.lower));
  return LAST_PART.test(before.map((t) => t.lower).join(' '));
}
/** "…, fifteen thirty, the time", "…, femton trettio, klockan": the figures named after them as a time or a year (review 91). */
const TIME_NAMED_AFTER = /^(?:(?:the|that|was|is|är|var|det) )*(?:time|year|clock|o'clock|klockan|tiden|tid|året|år|årtalet)$/u;
function timeNamedAfter(tokens: readonly Token[], last: number): boolean {
  const after = tokens.slice(last + 1, last + 5).filter((t) => t.text !== ',');
  for (let n = 1; n <= after.length; n++) if (TIME_NAMED_AFTER.test(after.slice(0, n).map((t) => t.lower).join(' '))) return true;
  return false;
}
/** An end of up to six figures, none of them a year: for a number not heard, only asked for. */
const ANY_END = '------';
const sameSentence = (tokens: readonly Token[], from: number, to: number): boolean => !tokens.slice(Math.max(0, from + 1), to).some((t) => t.kind === 'punct' && ['.', '?', '!'].includes(t.text));
const END_AMOUNT_WORDS = new Set(['spänn', 'ungefär', 'cirka', 'ca', 'runt', 'roughly', 'about', 'approximately', 'around', 'or so', 'kronor', 'kr', 'pounds', 'quid']);
const END_TIME_WORDS = new Set(['idag', 'ikväll', 'imorgon', 'i', 'today', 'tonight', 'tomorrow', 'halv', 'kvart', 'klockan', "o'clock", 'am', 'pm']);
const END_OTHER_NUMBERS = /^(?:ärende|case|referens|reference|order|faktura|invoice|ref)/u;
/**
 * Whether digits after "ska sluta", "the end is" (`endNamedBefore`) can be the end of the identifier before them (review 70):
 * no more figures than that number has (`tail`, its digits, where known), not a year 19xx/20xx unless the number ends that
 * way, not an amount or a time ("ska sluta på 3 400, ungefär", "ska sluta 1630 idag", "1 500 spänn"), not another number's
 * end named after it ("slutet är 4471 på ärendenumret").
 */
export function endFiguresFit(tokens: readonly Token[], run: NumberRun, figures: string, tail: string | undefined): boolean {
  if (tail !== undefined && figures.length > tail.length) return false;
  if (/^(?:19|20)\d\d$/u.test(figures) && !(tail !== undefined && /^(?:19|20)\d\d$/u.test(tail.slice(-4)))) return false;
  // (A sum in thousands: "3 400", "1 500".)
  if (/^\d{1,3}(?: \d{3})+$/u.test(tokens.slice(run.firstToken, run.lastToken + 1).map((t) => t.text).join(' '))) return false;
  const hhmm = figures.length === 4 && Number(figures.slice(0, 2)) < 24 && Number(figures.slice(2)) < 60;
  for (let k = run.lastToken + 1; k < tokens.length && k <= run.lastToken + 4; k++) {
    const w = tokens[k]!.lower;
    if (tokens[k]!.kind === 'punct' && ['.', '?', '!'].includes(tokens[k]!.text)) break;
    if (UNITS.has(w) || END_AMOUNT_WORDS.has(w) || END_OTHER_NUMBERS.test(w)) return false;
    if (hhmm && END_TIME_WORDS.has(w)) return false;
  }
  return true;
}
export const TIME_PREPOSITIONS = new Set(['efter', 'före', 'innan', 'vid', 'mellan', 'kring', 'runt', 'after', 'before', 'around', 'at', 'until', 'till', 'between']);
/** Clock words before a figure: "Klockan 1530", "kl 1530" (`clockWordBefore`). */
const CLOCK_WORDS: ReadonlySet<string> = new Set(['klockan', 'kl', 'clock']);
/** A clock word right before token `first`: "Klockan 1530", "kl 1530" (beside `isTime`'s prepositions: "at 1530"). */
export const clockWordBefore = (tokens: readonly Token[], first: number): boolean => CLOCK_WORDS.has(tokens[first - 1]?.lower ?? '');

/** A time: a number after a preposition of time, or the end of a range after one ("mellan 9 och 12"). */
export function isTime(tokens: Token[], first: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  if (TIME_PREPOSITIONS.has(before)) return true;
  const range = ['och', 'and', '-', 'to'].includes(before) && tokens[first - 2]?.kind === 'digits';
  return range && TIME_PREPOSITIONS.has(tokens[first - 3]?.lower ?? '');
}

/** The words for a document's issue or expiry before its year ("utfärdat", "issued", "expires"). */
const ISSUED = /^(?:utfärda\p{L}*|issued|expir\p{L}*|giltig\p{L}*)$/u;

/** Identifiers that may carry letters: passports, ID cards, residence permits, IBANs. */
const LETTERED_CUES = new Set<Cue>(['idNumber', 'card', 'iban', 'generic']);
/** An upper-case group ("GA", "E", "NWBK"), with digits ("GB29", "AA7734", "C4R7"); not a word of the sentence ("I", "OK"). */
// (A British driving licence: "HOLLI 455037 MH9AB", five letters of the surname and a closing group.)
const LETTER_GROUP = /^(?:[A-Z]{1,5}\d{0,8}|(?=[A-Z0-9]{3,9}$)[A-Z]{1,2}\d+[A-Z][A-Z0-9]*)$/;
// ("mitt NIF, 181 071 991": a document named by its cue (cues.ts) is no letter group of the number; round 87. Not "LMA", "NI",
// which name a personal identifier the figures are then taken as, review 79.)
const NOT_LETTERS = new Set(['I', 'OK', 'IBAN', 'ID', 'BIC', 'SWIFT', 'OCR', 'PIN', 'SE', 'UK', 'NIE', 'NIF', 'DNI']);

/** The first of up to four letter groups right before token `first` (commas between them), if any. */
function lettersBefore(tokens: Token[], first: number): number | undefined {
  let start: number | undefined;
  for (let i = first - 1, groups = 0; i >= 0 && groups < 4; i--) {
    const t = tokens[i]!;
    // "GB29 NWBK, uh, 6016 …": a hesitation between the groups, like a comma.
    if (t.text === ',' || HESITATIONS.has(t.lower)) continue;
    // "Z as in zebra, four one seven …", "K som i Karl, 4 4 …": a letter said by the spelling alphabet (round 21).
    if (t.kind === 'word' && (tokens[i - 1]?.lower === 'in' || tokens[i - 1]?.lower === 'i') && ['as', 'som'].includes(tokens[i - 2]?.lower ?? '') && isLetterGroup(tokens, i - 3) && tokens[i - 3]!.text.length === 1) {
      start = i - 3;
      groups++;
      i -= 3;
      if (tokens[i]!.sentenceStart) break;
      continue;
    }
    // "C 4 F 7 2 9 …": a digit or two spelled between letters belongs with them.
    if (t.kind === 'digits' && t.text.length <= 2 && groups < 4 && isLetterGroup(tokens, i - 1 - (tokens[i - 1]?.text === ',' ? 1 : 0))) {
      groups++;
      continue;
    }
    // ("A" at the start of a sentence is the article.)
    if (t.kind !== 'word' || !LETTER_GROUP.test(t.text) || NOT_LETTERS.has(t.text) || (t.text === 'A' && t.sentenceStart)) break;
    // ("… a company, Nour Restaurang AB, 556124-8112": the form that ends a firm's name is the firm's, no letters of its number; round 92.)
    if (endsFirmName(tokens, i)) break;
    start = i;
    groups++;
    if (t.sentenceStart) break;
  }
  return start;
}

/** A letter group right after token `last` that closes the number ("1190 X,", "4471 AB."), if any. */
function lettersAfter(tokens: Token[], last: number): number | undefined {
  // ("…, oh nine, D.": after a comma too.)
  const at = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
  const next = tokens[at];
  const after = tokens[at + 1];
  // ("… JA8CD and my passport": a conjunction closes it too.)
  return isLetterGroup(tokens, at) && (next!.text.length <= 2 || /\d/.test(next!.text)) && (!after || after.kind === 'punct' || CLOSING_WORDS.has(after.lower)) ? at : undefined;
}

const CLOSING_WORDS = new Set(['and', 'och', 'but', 'men', 'so', 'så']);
const isLetterGroup = (tokens: Token[], i: number): boolean => {
  const t = tokens[i];
  return !!t && t.kind === 'word' && LETTER_GROUP.test(t.text) && !NOT_LETTERS.has(t.text) && !(t.text === 'A' && t.sentenceStart);
};

/** What may stand between an IBAN's country code and its digits: "FI, sen tjugoen …", "GB, uh, then 29 …". */
const AFTER_COUNTRY = new Set(['sen', 'och', 'så', 'then', 'and', 'eh', 'öh', 'uh', 'um', 'ehm']);

/** Under a question for an IBAN: the country code a word or two of pause before its digits. */
function countryCodeBeforeFillers(tokens: Token[], first: number): number | undefined {
  let k = first - 1;
  while (k > 0 && k >= first - 4 && (tokens[k]!.text === ',' || AFTER_COUNTRY.has(tokens[k]!.lower))) k--;
  return k < first - 1 ? countryCodeBefore(tokens, k + 1) : undefined;
}

/** "No, seven one eight at the end": the word no before its comma, not Norway's code "NO" (round 60). */
const saysNo = (tokens: readonly Token[], k: number): boolean => tokens[k]!.lower === 'no' && tokens[k]!.text !== 'NO' && tokens[k + 1]?.text === ',';
/** IBAN countries callers name: "SE", "se", "S E". */
const IBAN_COUNTRIES = new Set(['se', 'no', 'dk', 'fi', 'de', 'gb', 'es', 'fr', 'nl', 'pl', 'it', 'pt', 'ie', 'be', 'at', 'ch', 'ee', 'lv', 'lt', 'rs', 'hr', 'ba', 'gr', 'tr']);

/** The first token of a country code right before token `first` ("SE" or "S E"), if there is one. */
function countryCodeBefore(tokens: Token[], first: number): number | undefined {
  const a = tokens[first - 1];
  // "Det är SE, trettiofem, …": a pause after the country code.
  if (a?.text === ',' && tokens[first - 2]?.kind === 'word') return countryCodeBefore(tokens, first - 1);
  if (a?.kind === 'word' && a.text.length === 2 && IBAN_COUNTRIES.has(a.lower) && a.text !== a.lower && !saysNo(tokens, first - 1)) return first - 1;
  // "N-O 93 …", "D-E, nittioett …": the code spelled as one word.
  if (IBAN_COUNTRIES.has(spelledPair(a) ?? '')) return first - 1;
  // "ES64 2100 …": country and check digits as one word (even where the check digits are misheard).
  if (a?.kind === 'word' && /^[a-z]{2}\d{2}$/i.test(a.text) && IBAN_COUNTRIES.has(a.lower.slice(0, 2)) && a.end >= tokens[first]!.start - 1) return first - 1;
  // "GB76 BARC, 2003 …": a British or Dutch bank's four letters after the check digits.
  if (a?.kind === 'word' && /^[A-Z]{4}$/.test(a.text) && first >= 2) return countryCodeBefore(tokens, first - 1);
  const b = tokens[first - 2];
  if (a?.kind === 'word' && b?.kind === 'word' && a.text.length === 1 && b.text.length === 1 && IBAN_COUNTRIES.has(b.lower + a.lower)) return first - 2;
  // "Golf Bravo two zero …", "November Oscar seven three …": the code read in the spelling alphabet (round 53).
  if (a?.kind === 'word' && b?.kind === 'word' && NATO_WORDS.has(a.lower) && NATO_WORDS.has(b.lower) && IBAN_COUNTRIES.has(b.lower[0]! + a.lower[0]!)) return first - 2;
  return undefined;
}

/** Letters as callers name them when they spell a country code: "ess ee", "dee ee", "eff i". */
const LETTER_NAMES: Readonly<Record<string, string>> = { ess: 's', ee: 'e', dee: 'd', eff: 'f', gee: 'g', bee: 'b', pee: 'p', tee: 't', kay: 'k', ell: 'l', em: 'm' };
const letterOf = (t: Token | undefined): string | undefined => (t?.kind === 'word' ? (t.text.length === 1 ? t.lower : LETTER_NAMES[t.lower]) : undefined);
/** A country code spelled as one word with a hyphen or dots: "N-O", "D-E", "S.E." (its two letters, lower case). */
const SPELLED_PAIR = /^(\p{L})[-.](\p{L})\.?$/u;
const spelledPair = (t: Token | undefined): string | undefined => {
  if (t?.kind !== 'word' || t.text.length > 4) return undefined;
  const m = SPELLED_PAIR.exec(t.lower);
  return m ? m[1]! + m[2]! : undefined;
};

/**
 * A country code of any case before token `first`, a word, two letters or two letter names, with
 * pauses and "then", "sen" between ("se one five", "d e four four", "fi, two one", "S E, sen …"):
 * its letters and first token. With its check digits ("DE98, eh, 3704 …") and a bank's four
 * letters ("GB29, um, NWBK 6016 …"), those are `lead`: the IBAN's first pieces. Only a valid IBAN
 * check (see `ibanPieces`) makes it one.
 */
export function ibanCountryBefore(tokens: Token[], first: number): { letters: string; token: number; lead: string[]; bankCode?: number } | undefined {
  const lead: string[] = [];
  let bankCode: number | undefined;
  let k = first - 1;
  const pause = () => {
    while (k >= 0 && k >= first - 6 && ((tokens[k]!.kind === 'punct' && tokens[k]!.text !== '.') || AFTER_COUNTRY.has(tokens[k]!.lower) || HESITATIONS.has(tokens[k]!.lower))) k--;
  };
  pause();
  if (tokens[k]?.kind === 'word' && BANK_CODE.test(tokens[k]!.text) && k >= 1) {
    lead.unshift(tokens[k]!.text);
    bankCode = k;
    k--;
    pause();
  }
  const a = tokens[k];
  if (a?.kind === 'word' && a.text.length === 2 && IBAN_COUNTRIES.has(a.lower) && !saysNo(tokens, k)) return { letters: a.lower, token: k, lead, bankCode };
  // "DE98": the country and its check digits as one word.
  if (a?.kind === 'word' && COUNTRY_AND_CHECK.test(a.text) && IBAN_COUNTRIES.has(a.lower.slice(0, 2))) return { letters: a.lower.slice(0, 2), token: k, lead: [a.text.slice(2), ...lead], bankCode };
  const pair = spelledPair(a);
  if (pair !== undefined && IBAN_COUNTRIES.has(pair)) return { letters: pair, token: k, lead, bankCode };
  const [la, lb] = [letterOf(a), letterOf(tokens[k - 1])];
  if (la !== undefined && lb !== undefined && IBAN_COUNTRIES.has(lb + la)) return { letters: lb + la, token: k - 1, lead, bankCode };
  return undefined;
}
/** A British or Dutch bank's four letters in an IBAN ("NWBK", "BARC", "ABNA"). */
const BANK_CODE = /^[A-Z]{4}$/;
const COUNTRY_AND_CHECK = /^[a-z]{2}\d{2}$/i;

/**
 * An IBAN read after its country code in pieces (the digits of each part, in order, across runs
 * and turns): how many pieces it takes for the check digits to hold, or 0.
 */
export function ibanPieces(letters: string, pieces: readonly string[]): number {
  // First the full check (the country's length and its own check digits); then, where a caller's
  // number holds its mod-97 check digits but not the country's length or inner check (misheard,
  // or a bank's own format), the check digits alone: they are what a misread number fails.
  for (const check of [isIban, ibanCheckDigitsHold]) {
    let digits = '';
    for (let k = 0; k < pieces.length && digits.length <= 32; k++) {
      digits += pieces[k];
      if (digits.length >= 12 && check(letters.toUpperCase() + digits)) return k + 1;
    }
  }
  return 0;
}

/**
 * "se one five, then five triple oh, …", "d e four four, three seven oh four, …": an IBAN whose
 * country code is written in lower case or spelled, read in runs with pauses and "then" between,
 * is one when its check digits hold (privacy fails closed on what validates).
 */
export function spokenIbans(tokens: Token[], runs: readonly NumberRun[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < runs.length; i++) {
    const country = ibanCountryBefore(tokens, runs[i]!.firstToken);
    if (!country) continue;
    const parts: { digits: string; start: number; end: number }[] = [...runs[i]!.parts];
    for (let j = i + 1; j < runs.length; j++) {
      // "g b two nine, n w b k, six oh one six, …": a bank code spelled between the runs is a piece too.
      const spelled = spelledBetween(tokens, runs[j - 1]!.lastToken, runs[j]!.firstToken);
      if (spelled === undefined) break;
      if (spelled.letters) parts.push({ digits: spelled.letters.toUpperCase(), start: spelled.start, end: spelled.end });
      parts.push(...runs[j]!.parts);
    }
    const k = ibanPieces(country.letters, [...country.lead, ...parts.map((p) => p.digits)]) - country.lead.length;
    if (k <= 0) continue;
    if (country.lead.length === 0) {
      found.push({ type: 'iban', start: tokens[country.token]!.start, end: parts[k - 1]!.end, confidence: Confidence.validated });
      continue;
    }
    // "PT35 0035, uh, 9398 …", "GB29, um, NWBK 6016 …": each piece apart, so that the pauses between them stay readable.
    const pieces = [country.token, country.bankCode].flatMap((t) => (t === undefined ? [] : [{ start: tokens[t]!.start, end: tokens[t]!.end }]));
    for (const { start, end } of [...pieces, ...parts.slice(0, k)]) found.push({ type: 'iban', start, end, confidence: Confidence.validated });
  }
  return found;
}

/**
 * What stands between two runs of one IBAN: only pauses and "then", "sen", "och" (no letters), or up
 * to four spelled letters among them (a bank code: "n w b k"); undefined for anything else.
 */
function spelledBetween(tokens: Token[], from: number, to: number): { letters: string; start: number; end: number } | undefined {
  let letters = '';
  let start = 0;
  let end = 0;
  for (let i = from + 1; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct' || AFTER_COUNTRY.has(t.lower)) continue;
    const letter = letterOf(t);
    if (letter === undefined) return undefined;
    if (!letters) start = t.start;
    letters += letter;
    end = t.end;
  }
  return to - from <= 5 + letters.length && letters.length <= 4 ? { letters, start, end } : undefined;
}

/** A code written as one word, capitals and digits in groups joined by dashes: "HM-40917-KT", "AB-449102-X" (round 84). */
const HYPHENED_CODE = /^(?=[A-Z0-9-]*[A-Z])(?=[A-Z0-9-]*\d{4})[A-Z0-9]+(?:-[A-Z0-9]+)+$/u;
/** A standard's letters before a code's dash: "ISO-9001", "EN-1176" name no one (review 84). */
const STANDARD_PREFIXES: ReadonlySet<string> = new Set(['ISO', 'IEC', 'EN', 'DIN']);
/** A form's part named by its code: "in box A-1234", "ruta B-2210" (review 84). */
const FORM_PART_WORDS: ReadonlySet<string> = new Set(['box', 'ruta', 'rutan', 'field', 'fält', 'fältet', 'section', 'avsnitt']);
/**
 * "policy number HM-40917-KT", "my member ID is AB-449102-X": a code the tokens keep as one word (so no number run reads it),
 * named as an identifier just before, is an id number (round 84; a case's or a claim's number stays kept).
 */
export function hyphenedCodes(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  for (const [i, t] of tokens.entries()) {
    if (t.kind !== 'word' || !t.text.includes('-') || !HYPHENED_CODE.test(t.text)) continue;
    if (STANDARD_PREFIXES.has(t.text.slice(0, t.text.indexOf('-'))) || FORM_PART_WORDS.has(tokens[i - 1]?.lower ?? '')) continue;
    const cue = cueBefore(tokens, i, -1, 6);
    if (cue !== undefined && cue !== 'exempt' && cue !== 'dateOfBirth') out.push({ type: 'idNumber', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return out;
}

/** Digits said as words one at a time, in either language ("noll", "oh", "nine"). */
const SINGLE_DIGIT_WORDS = new Set(['noll', 'ett', 'en', 'två', 'tre', 'fyra', 'fem', 'sex', 'sju', 'åtta', 'nio', 'zero', 'oh', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine']);
/** Words a spelled code's characters may be joined by. */
const CODE_JOINERS = new Set([',', '-', '–']);

/**
 * "N 0 1 4 7 2 3 9 5 8", "C H 7 9 L 2 3 K 1", "P J eight K L": a passport's, an id card's or a driving licence's
 * code read one character at a time, letters and digits mixed, is an id number (round 24; privacy fails closed).
 * At least five characters, a letter and a digit among them, and two letters or two digits more.
 */
export function spelledCodes(tokens: Token[]): Candidate[] {
  const out: Candidate[] = [];
  // (Capitals, as a spelled code is written; not "I" before a word: "…, I paid it".)
  // ("G, nine, nine, Alpha, Bravo": a letter said by its NATO word, capitalised as Whisper writes it; round 90.)
  const letter = (t: Token, k: number) =>
    t.kind === 'word' && ((t.text.length === 1 && /\p{Lu}/u.test(t.text) && !(t.text === 'I' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.text.length > 1)) || (t.capitalised && NATO_WORDS.has(t.lower)));
  const digit = (t: Token) => (t.kind === 'digits' && t.text.length === 1) || (t.kind === 'word' && SINGLE_DIGIT_WORDS.has(t.lower));
  for (let i = 0; i < tokens.length; i++) {
    if (!letter(tokens[i]!, i) && !digit(tokens[i]!)) continue;
    let last = i;
    let letters = 0;
    let digits = 0;
    for (let k = i; k < tokens.length; k++) {
      const t = tokens[k]!;
      if (letter(t, k)) letters++;
      else if (digit(t)) digits++;
      else if (CODE_JOINERS.has(t.text) && k > i && tokens[k + 1] !== undefined && (letter(tokens[k + 1]!, k + 1) || digit(tokens[k + 1]!))) continue;
      else break;
      last = k;
    }
    // ("en", "ett" alone are articles: a code begins and ends on a letter or a digit said as one.)
    const chars = letters + digits;
    // (One letter standing apart, "…, second floor, C, two eight oh one four", is a door's letter before a postcode.)
    const lone = letters === 1 && tokens.slice(i, last + 1).some((t, k, run) => CODE_JOINERS.has(t.text) && (letter(run[k - 1] ?? t, i + k - 1) || letter(run[k + 1] ?? t, i + k + 1)));
    // (Not an invoice's or an OCR number's digits, named so just before.)
    if (!lone && !UNITS.has(tokens[last + 1]?.lower ?? '') && chars >= 5 && letters >= 1 && digits >= 1 && (letters >= 2 || digits >= 2) && !(tokens[i]!.kind === 'word' && (tokens[i]!.lower === 'en' || tokens[i]!.lower === 'ett')) && cueBefore(tokens, i, -1, 6) !== 'exempt') {
      out.push({ type: 'idNumber', start: tokens[i]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
    }
    i = last;
  }
  return out;
}
