import { Confidence, type Candidate } from './candidates.js';
import { lexicon, NameFlag } from './lexicon.js';
import { numberWordAtoms } from './numbers.js';
import { ellipsisDotAt, HESITATIONS, SENTENCE_END_MARKS, sentenceEndOf, sentenceStartOf, TAKING_BACK, type Token } from './tokens.js';
import { MONTH_NAMES, MONTHS, NEGATIONS, UNITS } from './units.js';
import { rememberedTest } from './patterns.js';

const BIRTH_CUES = new Set([
  'född', 'födde', 'föddes', 'fött', 'födda', 'födelsedatum', 'födelsedatumet', 'födelsedag', 'födelsedagen',
  'born', 'birth', 'dob', 'birthday', 'birthdate',
  // "jag är årgång 54", "årgång -47": the year one was born.
  'årgång',
]);
/** What is born without a birth date: "Tanken föddes våren 2023", "the idea was born in spring 2023". */
const THINGS_BORN = new Set(['tanken', 'idén', 'iden', 'idé', 'planen', 'projektet', 'förslaget', 'företaget', 'firman', 'bolaget', 'idea', 'plan', 'project', 'business', 'company', 'thought', 'scheme']);
/** The words `thingIsBorn` looks behind (a look-up: it was a whole-word pattern, tested at nearly every word). */
const BORN_WORDS: ReadonlySet<string> = new Set(['född', 'föddes', 'born']);
/** A birth word whose subject is a thing, not a person ("Tanken föddes", "The idea was born"). */
export function thingIsBorn(tokens: readonly Token[], k: number): boolean {
  if (!BORN_WORDS.has(tokens[k]?.lower ?? '')) return false;
  const at = ['was', 'is', 'were', 'är', 'var', 'blev'].includes(tokens[k - 1]?.lower ?? '') ? k - 2 : k - 1;
  const subject = tokens[at];
  // (The thing as the sentence's subject: "Tanken föddes", "The idea was born"; not "Jag äger firman född 1950", "no idea born".)
  const subjectPlace = subject?.sentenceStart === true || THING_LEADS.has(tokens[at - 1]?.lower ?? '');
  return THINGS_BORN.has(subject?.lower ?? '') && subjectPlace;
}
const THING_LEADS = new Set(['the', 'my', 'our', 'his', 'her', 'their', 'this', 'that', 'min', 'mitt', 'vår', 'vårt', 'hans', 'hennes', 'den', 'det', 'hela']);
/** "född 12 maj", "birthday" (prefixes: "födelseår", "födelsedatumet", "birthdate"); not "födelsenummer", a personnummer. */
const isBirthCue = (lower: string): boolean => BIRTH_CUES.has(lower) || ((lower.startsWith('födelse') || lower.startsWith('birth')) && !lower.startsWith('födelsenum'));
const FILLERS = new Set([
  'den', 'är', 'the', 'on', 'is', 'was', 'i', 'in', 'år', 'året', 'på', 'alltså', 'ju', 'väl', 'då', 'back', 'det', 'it', "it's",
  'hon', 'han', 'hen', 'he', 'she', 'jag', "i'm", 'am', 'were', ...HESITATIONS, 'född', 'born',
  'ja', 'jo', 'yes', 'yeah', 'well',
]);
/** What may stand between "född", "born" and the date: the fillers, and the speaker stopping to think ("född, vänta, …"; round 68). */
const AFTER_BIRTH_CUE = new Set([...FILLERS, 'vänta', 'wait']);
/** How long, after a birth cue: "born eight weeks early", "född tre veckor för tidigt" (round 84). */
const DURATIONS: ReadonlySet<string> = new Set(['weeks', 'week', 'days', 'months', 'month', 'hours', 'veckor', 'vecka', 'dagar', 'månader', 'månad', 'timmar']);
/** Part of a year or a decade, said with it: "born in the spring of forty-eight", "född i början av femtiotalet, femtiotvå". */
const PART_OF_YEAR = new Set(['spring', 'summer', 'autumn', 'fall', 'winter', 'våren', 'sommaren', 'hösten', 'vintern', 'början', 'mitten', 'av', 'early', 'beginning']);
const DECADE = rememberedTest(/^(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)talet$|^(?:twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)$/);
/** What may stand between a date of birth and its repetition or correction ("Femtiosju. Andra januari, tror jag, eller … ja, andra januari"). */
const BETWEEN_DATES = new Set([
  ...HESITATIONS, 'ja', 'jo', 'nej', 'yes', 'yeah', 'no', 'alltså', 'eller', 'or', 'tror', 'jag', 'i', 'think',
  'sorry', 'förlåt', 'vänta', 'wait', 'oh', 'menar', 'mean', 'så', 'so', 'det', 'är', 'var', 'it', "it's", 'was', 'and', 'och', 'den', 'the', 'i', 'in', 'på', 'on',
  'liksom', 'typ', 'like',
  // ("the second ... of November ... forty-eight": the date goes on after a pause, round 44.)
  'of',
]);
/** Words (not punctuation) between a date of birth and its repetition. */
const CHAIN_WORDS = 5;
/** Prepositions that belong to the date they stand before: "born in fifty-four", "född på julafton". */
const PREPOSITIONS = new Set(['in', 'on', 'på', 'i']);
/** "year's" of "New Year's Day", "New Year's Eve", with either apostrophe. */
const YEARS: ReadonlySet<string> = new Set(["year's", 'year’s']);
/** Days people are born on, named: "på midsommarafton femtiotre", "Christmas Eve, nineteen thirty-eight". */
const NAMED_DAYS = new Set([
  'julafton', 'juldagen', 'nyårsafton', 'nyårsdagen', 'midsommarafton', 'midsommardagen', 'midsommar', 'trettondagen', 'christmas', 'eve',
  'skottdagen', 'skottdag', 'nationaldagen', 'valborgsmässoafton', 'valborg', 'luciadagen', 'lucia', 'påskafton', 'påskdagen', 'halloween',
  'boxing', 'leap',
  // "born on New Year's Day, 1998", "New Year's Eve" (round 73): "new" is part of the day only before "year's", see isDatePart.
  ...YEARS,
]);
/**
 * The words between a date and a cue after it, by cue: "Trettonde mars femtioett är jag född",
 * "13/5 1951 föddes jag", "the fifth of May, that's when I was born", "… is my birthday". Not "dog
 * den 3 mars 2024, hon var född …": there the date is another event's.
 */
const BEFORE_TRAILING_CUE = new Map<string, RegExp>([
  ['född', /^(?:(?:är|var) (?:jag|han|hon|hen|du))?$/],
  ['fött', /^(?:(?:är|var) (?:det|barnet))?$/],
  ['föddes', /^$/],
  ['born', /^(?:(?:that's|that is|which is) )?when (?:i|he|she|you) (?:was|were)$/],
  ['birthday', /^(?:is|was) (?:my|his|her|your)$/],
  ['födelsedag', /^(?:är|var) (?:min|hans|hennes|din)$/],
  // "I'm a '54 baby"
  ['baby', /^$/],
  ['babies', /^$/],
]);
/**
 * Inside a date, before more of it: "1952 den tredje maj", "March the twelfth", "nitton trettiosex, eh,
 * fjärde april", and "i" of a day and month read as numbers ("femte i tredje", "tjugonde i sjunde"),
 * or of a year and its month ("1950, i mars", "in twenty fifteen, in March").
 */
const CONNECTORS = new Set(['den', 'the', ...HESITATIONS, 'alltså', 'ja', 'i', 'in']);
/** Articles that belong to the date they stand before: "the fourth of July", "den 4 september". */
const ARTICLES = new Set(['den', 'the']);
/** "jag är från 1948": a person said to be from a year was born in it. */
const PERSONS = new Set(['jag', 'han', 'hon', 'hen', 'vi', 'du', 'ni', 'mamma', 'pappa']);
/** What an answer to "när är du född?" may begin with before the date. */
const ANSWER_FILLERS = new Set([
  ...FILLERS, 'från', 'ifrån', 'from', 'ja', 'jo', 'eh', 'öh', 'ehm', 'öhm', 'hm', 'mm', 'alltså', 'jag', 'är', 'det', 'var', 'född', 'föddes',
  'yes', 'yeah', 'uh', 'um', 'erm', "it's", 'its', 'i', 'was', 'born', "i'm", 'okay', 'ok', 'så', 'sure', 'oh', 'sorry', 'förlåt', 'well', 'och', 'and',
]);
const SV_ORDINALS = 'förste|andre|första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|trettonde|fjortonde|femtonde|sextonde|sjuttonde|artonde|nittonde';
const EN_ORDINALS = 'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth';
/** A month's number by its name, Swedish or English. */
const MONTH_NUMBER = new Map<string, number>(
  ['januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december', 'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'].map((m, i) => [m, (i % 12) + 1]),
);
/** The day an ordinal names, said in words or in figures with its ending: "femte", "twenty-fourth", "24" before "th". */
export function ordinalDay(tokens: readonly Token[], k: number): { day: number; end: number } | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  if (t.kind === 'digits') {
    const next = tokens[k + 1];
    const day = Number(t.text);
    return t.text.length <= 2 && day >= 1 && day <= 31 && next?.start === t.end && /^(?:st|nd|rd|th|e|a)$/u.test(next.lower) ? { day, end: k + 1 } : undefined;
  }
  const m = /^(tjugo|trettio|twenty-?|thirty-?)?(.+)$/u.exec(t.lower);
  if (!m || t.lower.length <= 2) return undefined;
  const tens = m[1] ? (m[1].startsWith('tj') || m[1].startsWith('tw') ? 20 : 30) : 0;
  const unit = ORDINAL_UNITS.get(m[2]!);
  if (unit !== undefined) return tens + unit <= 31 ? { day: tens + unit, end: k } : undefined;
  const round = ROUND_ORDINALS.get(t.lower);
  return round === undefined ? undefined : { day: round, end: k };
}
/** The day and month a date said in words names between `from` and `to` (token indices): "artonde december", "the 18th of December", "Den 18 december". */
export function dayAndMonthSaid(tokens: readonly Token[], from: number, to: number): { day?: number; month?: number } {
  const said: { day?: number; month?: number } = {};
  for (let k = from; k < to; k++) {
    const month = MONTH_NUMBER.get(tokens[k]!.lower);
    if (month !== undefined) said.month ??= month;
    const ordinal = ordinalDay(tokens, k);
    if (ordinal) said.day ??= ordinal.day;
    // (A day in figures beside its month: "Den 18 december", "December 18".)
    const t = tokens[k]!;
    const besideMonth = MONTH_NUMBER.has(tokens[k + 1]?.lower ?? '') || MONTH_NUMBER.has(tokens[k - 1]?.lower ?? '');
    if (t.kind === 'digits' && t.text.length <= 2 && besideMonth && Number(t.text) >= 1 && Number(t.text) <= 31) said.day ??= Number(t.text);
  }
  return said;
}
/** The day each ordinal word names ("förste", "första": 1; "andre", "andra": 2; …), built once. */
const ORDINAL_UNITS = new Map<string, number>([
  ...SV_ORDINALS.split('|').map((w, i) => [w, i < 4 ? 1 + (i % 2) : i - 1] as const),
  ...EN_ORDINALS.split('|').map((w, i) => [w, i + 1] as const),
]);
const ROUND_ORDINALS = new Map<string, number>([['tjugonde', 20], ['trettionde', 30], ['twentieth', 20], ['thirtieth', 30]]);
const ORDINAL = rememberedTest(new RegExp(`^(?:(?:tjugo|trettio)?(?:${SV_ORDINALS})|tjugonde|trettionde|(?:twenty|thirty)?-?(?:${EN_ORDINALS})|twentieth|thirtieth|st|nd|rd|th|e|a)$`));

const MONTH_NOUNS = new Set(['månaden', 'månad', 'month']);

/** ":e", ":a" of a Swedish ordinal written with digits ("den 3:e maj", "1:a april"). */
const isOrdinalColon = (tokens: Token[], j: number): boolean =>
  tokens[j]!.text === ':' && tokens[j - 1]?.kind === 'digits' && /^(?:e|a)$/.test(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.start === tokens[j]!.end;

/** A word, number or sign a spoken or written date is made of. */
export const isDatePart = (t: Token, next?: Token): boolean =>
  t.kind === 'digits' ||
  NAMED_DAYS.has(t.lower) ||
  (t.lower === 'new' && YEARS.has(next?.lower ?? '')) ||
  t.lower === 'of' ||
  PART_OF_YEAR.has(t.lower) ||
  DECADE.test(t.lower) ||
  t.text === '-' ||
  t.text === '/' ||
  (t.kind === 'word' && (MONTHS.has(t.lower) || ORDINAL.test(t.lower) || numberWordAtoms(t.lower) !== undefined));

/** "the 9th of March": a day of one digit with its ordinal ending. */
function suffixedDay(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  return t?.kind === 'digits' && t.text.length === 1 && tokens[k + 1]?.start === t.end && /^(?:st|nd|rd|th)$/u.test(tokens[k + 1]!.lower);
}

/** Whether a date part follows token `j` within a few connectors and commas. */
function datePartAhead(tokens: Token[], j: number): boolean {
  for (let k = j + 1; k < tokens.length && k <= j + 3; k++) {
    const t = tokens[k]!;
    // ("in March, '74, the 2nd": the apostrophe of a two-digit year, round 68.)
    if (apostropheYearAt(tokens, k + 1)) return true;
    if (t.kind === 'punct' && t.text !== ',') return false;
    if (t.text === ',' || CONNECTORS.has(t.lower)) continue;
    return isDatePart(t);
  }
  return false;
}

/** What else the utterance says about its dates. */
export interface DateContext {
  /** It answers a question (about something other than a date of birth): a year alone is no birth date. */
  afterQuestion?: boolean;
  /** Tokens where a personnummer ends: a date after it that restates it is its birth date. */
  personalNumberEnds?: readonly number[];
}

const RELATIVE_YEARS = new Set(['i år', 'i fjol', 'förra året', 'this year', 'last year']);
/** A number that may be an age (under 130, in figures or words), not a year. */
const isAgeWord = (t: Token | undefined): boolean => {
  if (t === undefined) return false;
  if (t.kind === 'digits') return t.text.length <= 3 && Number(t.text) < 130;
  const atoms = numberWordAtoms(t.lower);
  return atoms !== undefined && atoms.every((a) => a >= 0 && a < 100) && atoms.reduce((a, b) => a + b, 0) < 130;
};
/** When a newborn was born, said before the date: "nu i veckan", "i förrgår", "last week", "yesterday". */
const RECENTLY = new Set(['nu', 'i', 'veckan', 'går', 'förrgår', 'natt', 'morse', 'förra', 'helgen', 'just', 'last', 'week', 'yesterday', 'this', 'morning', 'night', 'weekend']);
/** "en fyrtiosjua", "en femtiotvåa": a year of birth as the noun of its number. */
const YEAR_BORN_IN = rememberedTest(/^(?:tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)(?:etta|tvåa|trea|fyra|femma|sexa|sjua|åtta|nia)$/);

/** Words that take back what was said: "no", "wait", "nej", "fel". */
const CORRECTING = new Set(['no', 'wait', 'wrong', 'nej', 'vänta', 'fel', 'förlåt', 'sorry']);
const CORRECTION_REACH = 14;

/** Words that say the same thing again: "so", "alltså", "dvs", "that is". */
const RESTATING = new Set(['so', 'alltså', 'dvs', 'meaning', 'i.e', 'ie', "that's", 'that’s']);
const RESTATE_REACH = 8;

/** Words an utterance that only gives a date may have besides it: "Um, sixty-one, I think, yeah, nineteen sixty-one." */
const AROUND_A_DATE = new Set([...ANSWER_FILLERS, 'of', 'think', 'tror', 'eller', 'or', 'nej', 'no', 'menar', 'mean', 'vänta', 'wait']);

/**
 * The first sentence is a date with a year and nothing else ("Nineteen fifty-two.", "Den förste maj
 * … fyrtioett", "Um, sixty-one, I think, yeah, nineteen sixty-one"): said on its own, not as the
 * answer to another question, a year long past is someone's birth. Years of the last ten years
 * aside (a letter's date, "March 2025"). The token the date begins at, or -1.
 */
function sentenceIsOnlyABirthDate(tokens: Token[]): number {
  let year = false;
  let month = false;
  let twoDigitYear = false;
  let first = -1;
  // More numbers than a date has are a number read out (a personnummer), judged elsewhere.
  let numbers = 0;
  let yearAsked = false;
  const dated = () => year || (twoDigitYear && (month || yearAsked));
  // A comma after a whole date: the clause before it may be the answer ("10/10 45, det är lätt …").
  let clause = false;
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.text === ',' && dated()) clause = true;
    if (t.kind === 'punct') {
      // "What year? Nineteen forty-one.": the question said again before the answer goes on.
      if (SENTENCE_END_MARKS.has(t.text) && k > 0 && first >= 0) break;
      continue;
    }
    if (first < 0 && QUESTION_LEAD.has(t.lower)) {
      // "Året? Sextionio.": asked for the year, a two-digit number is one.
      if (YEAR_WORDS.has(t.lower)) yearAsked = true;
      continue;
    }
    if (UNITS.has(t.lower)) return -1;
    if (t.kind === 'digits' || numberWordAtoms(t.lower)) numbers++;
    if (numbers > DATE_NUMBERS) return -1;
    // "hon är åttiotre, född nittonhundrafyrtiotre": an age before the date is no part of it.
    // (The number first: the age's test reads the words around and before it, and most words are no number; both tests read
    // the tokens alone.)
    if (first < 0 && (t.kind === 'digits' || numberWordAtoms(t.lower) !== undefined) && isAgeAt(tokens, k)) continue;
    if (t.kind === 'digits') {
      first = first < 0 ? k : first;
      // "1952", "Ja, -58", "10/10 45": a year, written whole, after a dash, or after a day and month.
      const dashed = tokens[k - 1]?.text === '-' && tokens[k - 1]!.end === t.start && tokens[k - 2]?.kind !== 'digits';
      const afterDayAndMonth = tokens[k - 2]?.text === '/' && tokens[k - 1]?.kind === 'digits' && t.text.length === 2;
      if (/^(?:19\d\d|200\d|201[0-5])$/.test(t.text) || (t.text.length === 2 && (dashed || afterDayAndMonth))) year = true;
      else if (t.text.length > 2) return -1;
      continue;
    }
    if (MONTHS.has(t.lower) || NAMED_DAYS.has(t.lower)) {
      month = true;
      first = first < 0 ? k : first;
      continue;
    }
    if (fullYearAt(tokens, k) || t.lower === 'nitton' || t.lower === 'nineteen') {
      year = true;
      first = first < 0 ? k : first;
      continue;
    }
    const atoms = numberWordAtoms(t.lower);
    if (atoms && t.lower !== 'oh') {
      if (atoms[0]! >= 20) twoDigitYear = true;
      first = first < 0 ? k : first;
      continue;
    }
    if (AROUND_A_DATE.has(t.lower)) continue;
    if (t.text.length > 2 && ORDINAL.test(t.lower)) {
      first = first < 0 ? k : first;
      // "tionde i andra": a day and a month, both as ordinals.
      if (tokens[k + 1]?.lower === 'i' && tokens[k + 2] && ORDINAL.test(tokens[k + 2]!.lower)) month = true;
      continue;
    }
    // "10/10 45, det är lätt": a first clause that is only a date is enough.
    return clause ? first : -1;
  }
  return dated() ? first : -1;
}

/** A question for the year said again before its answer: "What year? …", "Vilket år, sextioåtta …". */
const YEAR_WORDS = new Set(['år', 'året', 'year', 'årtal']);
const QUESTION_LEAD = new Set(['årtal', 'what', 'which', 'year', 'vilket', 'vilken', 'år', 'året', 'date', 'datum', 'datumet', 'när', 'when']);

/** "Nineteen ninety. That's when we moved.": a year the utterance ties to another event than a birth. */
/** Events whose dates are said like dates of birth: a move, a wedding, a start or an end (the learned recogniser's too). */
export const OTHER_EVENTS: ReadonlySet<string> = new Set([
  'moved', 'married', 'died', 'retired', 'came', 'arrived', 'started', 'stopped', 'divorced', 'bought', 'sold', 'left', 'passed',
  'flyttade', 'flyttat', 'gifte', 'dog', 'kom', 'började', 'slutade', 'skilde', 'köpte', 'sålde', 'pension', 'pensionen', 'gick', 'separerade',
]);

/** Who a date of birth with its verb left out may be of: "och pappa den 9 juni", "and my dad Arthur on …". */
const GAPPED_PERSON = new Set([
  'my', 'his', 'her', 'our', 'min', 'mitt', 'hans', 'hennes', 'vår', 'me', 'mig', 'jag', 'i',
  'dad', 'mum', 'mom', 'father', 'mother', 'husband', 'wife', 'son', 'daughter', 'brother', 'sister', 'partner',
  'pappa', 'mamma', 'far', 'mor', 'man', 'fru', 'make', 'maka', 'son', 'dotter', 'bror', 'syster', 'sambo',
]);

/** Day, month, year, each said in at most two words, with one repeated. */
const DATE_NUMBERS = 5;

/** "'54": an apostrophe and two digits are a year; and "-54", its Swedish dash after a space ("i oktober, -58"; round 68; not "1950-52"). */
function apostropheYearAt(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  const before = tokens[k - 1];
  if (!before || t?.kind !== 'digits' || t.text.length !== 2 || before.end !== t.start) return false;
  const dash = before.text === '-' && (tokens[k - 2]?.end ?? -1) < before.start;
  return before.text === "'" || before.text === '’' || dash;
}

/** What names a date as another event's after it: "for the hearing", "on the letter", ", the due date", "för omprövningen". */
const EVENT_AFTER_DATE = /^(?:for|för|on|in|i|som|till|as)(?![\p{L}])|(?:decision|start|due|review|hearing|tribunal|deadline|appointment|payment|letter|beslut|möte|utbetalning|omprövning)/u;
/**
 * Review 72: a year said short ("'49", "-52") after a whole date is one of birth only where it can be: not the years around
 * the present ('24–'28), and not with an event named after it ("'25 for the hearing", "'24 on the letter").
 */
function shortBirthYearAt(tokens: Token[], k: number): boolean {
  if (!apostropheYearAt(tokens, k)) return false;
  const year = Number(tokens[k]!.text);
  if (year >= 24 && year <= 28) return false;
  const after = tokens.slice(k + 1, k + 6).map((t) => t.text).join(' ').replace(/^[\s,]+/u, '');
  return !EVENT_AFTER_DATE.test(after);
}

/**
 * Where a date of birth may stand without its cue: at the start of an answer to a question for it
 * (`true`), or anywhere in the asked one's answer (`'anywhere'`).
 */
export type DateAnswer = boolean | 'anywhere';

/**
 * A date (or year) right after "född", "born", "date of birth"; with `answer`, also one at the
 * start of the utterance (the answer to "när är du född?"); and a year a person "är från".
 * The date may be read with an article, a comma or a hesitation inside it ("nittonhundrafemtiotvå
 * den tredje maj", "March the twelfth, sixty-three", "nitton trettiosex, eh, fjärde april").
 */
export function findDatesOfBirth(tokens: Token[], answer: DateAnswer = false, more: DateContext = {}): Candidate[] {
  const found: Candidate[] = [];
  // "oh" is a zero only between numbers ("nineteen oh five"); before a date it is a hesitation.
  const datePartAt = (j: number): boolean => isDatePart(tokens[j]!, tokens[j + 1]) && (tokens[j]!.lower !== 'oh' || numberWordAtoms(tokens[j + 1]?.lower ?? '') !== undefined);
  /** One date from token `first`; `more` when it adds to a date already taken (a month alone counts then: "…fifty-two. April."). */
  const takeOne = (first: number, fillers: Set<string>, reach: number, more = false): number | undefined => {
    let j = first;
    while (j < tokens.length && j < first + reach && (fillers.has(tokens[j]!.lower) || tokens[j]!.kind === 'punct') && !datePartAt(j)) j++;
    // ("Ja, hon är femtio nu.": an age said as one, not the year asked for.)
    // (The word after first: one look-up, where the age's test reads the words before; both read the tokens alone.)
    if (AGE_AFTER_WORDS.has(tokens[j + 1]?.lower ?? '') && isAgeAt(tokens, j)) return undefined;
    // ("född tjugofjärde augusti femtiofem, alltså sjuttioett år", "Ja, åttiotvå år fyller jag": years counted under a
    // hundred and twenty, after a date already taken or said as an age, are the age, round 64; not the bare answer to
    // "Vilket år är du född?", "Fyrtiosex år.", round 64's review.)
    if ((more || YEARS_OLD_AFTER.has(tokens[j + 2]?.lower ?? '')) && yearsCounted(tokens, j)) return undefined;
    const from = j;
    let last = -1;
    let numbers = 0;
    for (; j < tokens.length && j < from + 12; j++) {
      const t = tokens[j]!;
      if (j > from && (t.text === ',' || CONNECTORS.has(t.lower)) && datePartAhead(tokens, j)) continue;
      if (isOrdinalColon(tokens, j)) continue;
      // "July '54": the apostrophe of a two-digit year inside the date.
      if (j > from && apostropheYearAt(tokens, j + 1)) continue;
      // "åttonde månaden, sextiosex", "the fourth month": a month said as its number.
      if (j > from && MONTH_NOUNS.has(t.lower) && tokens[j - 1]!.text.length > 2 && ORDINAL.test(tokens[j - 1]!.lower)) {
        last = j;
        continue;
      }
      // "Christmas Day nineteen forty", "born on Boxing Day thirty-four", "leap day": a named day with its "day".
      if (j > from && t.lower === 'day' && NAMED_DAYS.has(tokens[j - 1]!.lower)) {
        last = j;
        continue;
      }
      if (!datePartAt(j)) break;
      // "född 1950, 74 år sen": an age or an amount after the date is no part of it.
      // (Round 84: "born eight weeks early", "född två månader för tidigt": a number of weeks, months or days right after the cue
      // is how early or late, no date.)
      // (Not an ordinal, "ninth month", a month said by its number.)
      if (UNITS.has(tokens[j + 1]?.lower ?? '') && (j > from || (DURATIONS.has(tokens[j + 1]!.lower) && !(t.text.length > 2 && ORDINAL.test(t.lower))))) break;
      // A date ends on a part of it, not on "of" or "av" ("född 1950 av …").
      if (t.kind === 'digits' || (t.kind === 'word' && t.lower !== 'of' && t.lower !== 'av')) last = j;
      if (t.kind === 'digits' || numberWordAtoms(t.lower) || NAMED_DAYS.has(t.lower) || (t.text.length > 2 && ORDINAL.test(t.lower))) numbers++;
    }
    if (last < from || (numbers === 0 && !(more && MONTHS.has(tokens[last]!.lower)))) return undefined;
    // "den sjätte maj i år", "in May last year": the year said as a word goes with the date.
    // ("June the 3rd, this year, 2026": also after a comma.)
    const comma = tokens[last + 1]?.text === ',' ? 1 : 0;
    const yearWords = `${tokens[last + 1 + comma]?.lower} ${tokens[last + 2 + comma]?.lower}`;
    if (RELATIVE_YEARS.has(yearWords)) last += 2 + comma;
    let start = from;
    // "'52": the apostrophe goes with the year.
    if (apostropheYearAt(tokens, start)) start--;
    while (start > first && (ARTICLES.has(tokens[start - 1]!.lower) || PREPOSITIONS.has(tokens[start - 1]!.lower))) start--;
    found.push({ type: 'dateOfBirth', start: tokens[start]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
    return last;
  };
  /** A date of birth and what repeats or corrects it right after ("fourth of July, forty-four"). */
  const take = (first: number, fillers: Set<string>, reach: number, monthAlone = false): number | undefined => {
    let last = takeOne(first, fillers, reach, monthAlone);
    for (let more = last; more !== undefined; ) {
      more = undefined;
      let k = last! + 1;
      let words = 0;
      while (k < tokens.length && words <= CHAIN_WORDS && (tokens[k]!.kind === 'punct' || BETWEEN_DATES.has(tokens[k]!.lower)) && !startsDate(tokens, k)) {
        if (tokens[k]!.kind !== 'punct') words++;
        k++;
      }
      // Not an age said after it: "Fyrtiofyra. Jag är åttioett nu."
      // With its article: "… 1951, nej, den 15 januari".
      const from = ARTICLES.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'of' ? k - 1 : k;
      // ("Born in 1962, and New Year's Day is when I get the money": a named day said as when something happens is no more of
      // the birth date; review 73.)
      const namedDayWhen = (NAMED_DAYS.has(tokens[k]?.lower ?? '') || tokens[k]?.lower === 'new') && tokens.slice(k + 1, k + 6).some((t, i, a) => ['is', 'är', 'was', 'var'].includes(t.lower) && ['when', 'när', 'då'].includes(a[i + 1]?.lower ?? ''));
      if (words <= CHAIN_WORDS && startsDate(tokens, k) && !isAgeAt(tokens, k) && !namedDayWhen) more = takeOne(from, BETWEEN_DATES, k - from, true);
      more ??= restatement(last!) ?? correctedLater(last!) ?? gapped(last!);
      if (more !== undefined) last = more;
    }
    return last;
  };
  /**
   * "born 8 weeks early, on the 3rd of May", "born at 30 weeks on 4 April", "född tre veckor för tidigt, den …": the tokens
   * saying how early the birth was, which the date follows (review 84; 0 where none).
   */
  const earlyBy = (k: number): number => {
    const at = tokens[k]?.lower === 'at' ? 1 : 0;
    const n = tokens[k + at];
    if (!n || !(n.kind === 'digits' || numberWordAtoms(n.lower) !== undefined) || !DURATIONS.has(tokens[k + at + 1]?.lower ?? '')) return 0;
    const m = k + at + 2;
    if (['early', 'late', 'premature', 'prematurely'].includes(tokens[m]?.lower ?? '')) return m + 1 - k;
    if (tokens[m]?.lower === 'för' && ['tidigt', 'sent'].includes(tokens[m + 1]?.lower ?? '')) return m + 2 - k;
    return at ? m - k : 0;
  };
  /**
   * After a birth cue, a date after when the birth was: "föddes nu i veckan, den tredje december", "born last week, on the
   * first of December". (A month alone, "född i april", stays: it names no day.)
   */
  const recentDate = (k: number): number | undefined => {
    const from = k;
    k += earlyBy(k);
    while (k < from + 6 && (RECENTLY.has(tokens[k]?.lower ?? '') || tokens[k]?.text === ',')) k++;
    if (k === from || !['den', 'the', 'on'].includes(tokens[k]?.lower ?? '')) return undefined;
    const article = ARTICLES.has(tokens[k + 1]?.lower ?? '') ? 1 : 0;
    // ("on the 3rd of May", "on 4 April": a day in one figure, with its suffix, a token of its own, or before the month.)
    const day = k + 1 + article;
    const suffix = suffixedDay(tokens, day) ? 1 : 0;
    return (startsDate(tokens, day) || suffix === 1 || (tokens[day]?.kind === 'digits' && MONTHS.has(tokens[day + 1]?.lower ?? ''))) && monthAhead(tokens, k + article + suffix) ? take(k, FILLERS, 1 + article) : undefined;
  };
  /**
   * "My mum was born on the ninth of September twenty-nine and my dad Arthur on the fifth of May twenty-seven", "min mamma
   * är född 3 maj 1931 och pappa den 9 juni 1929": the next person's date with the verb left out (round 34).
   */
  /** The first token of the last number word run ending at `after` (the year a date of birth ends in). */
  const lastNumberBefore = (after: number): number => {
    let j = after;
    while (j > 0 && numberWordAtoms(tokens[j - 1]!.lower) !== undefined) j--;
    return j;
  };
  const gapped = (after: number): number | undefined => {
    let k = after + 1;
    if (tokens[k]?.text === ',') k++;
    if (!['and', 'och'].includes(tokens[k]?.lower ?? '')) return undefined;
    const from = ++k;
    // (A person: a relation, or a capitalised word someone bears as a first name; not "Försäkringskassan", "Kiruna".)
    const personName = (t: Token) => t.kind === 'word' && t.capitalised && !MONTHS.has(t.lower) && ((lexicon().names.get(t.lower) ?? 0) & NameFlag.first) !== 0 && !lexicon().places.has(t.lower) && !lexicon().notNames.has(t.lower);
    while (k < tokens.length && k < from + 4 && (GAPPED_PERSON.has(tokens[k]!.lower) || personName(tokens[k]!))) k++;
    // "born in fifty-two, and me, forty-nine", "my mother in nineteen twenty-nine and my father in twenty-seven": a birth
    // year for the next person, after a year (a month's name is no year).
    const yearAt = k + (['in', 'i', ','].includes(tokens[k]?.lower ?? '') ? 1 : 0);
    // (The year closes its clause: not "and my son, twenty-five, lives with me", an age.)
    const closes = (j: number | undefined) => j !== undefined && (j + 1 >= tokens.length || SENTENCE_END_MARKS.has(tokens[j + 1]!.text) || ['och', 'and', 'both', 'båda'].includes(tokens[j + 1]!.lower) || (tokens[j + 1]!.text === ',' && !['lives', 'bor', 'is', 'är', 'has', 'har'].includes(tokens[j + 2]?.lower ?? '')));
    if (k > from && birthYearAt(tokens, yearAt) && !MONTHS.has(tokens[yearAt]!.lower) && birthYearAt(tokens, lastNumberBefore(after))) {
      const end = takeOne(yearAt, ARTICLES, 0);
      if (closes(end)) return end;
      if (end !== undefined) found.pop();
      return undefined;
    }
    if (k === from || !['on', 'in', 'den', 'i'].includes(tokens[k]?.lower ?? '')) return undefined;
    const article = ARTICLES.has(tokens[k + 1]?.lower ?? '');
    const date = article ? k + 2 : k + 1;
    if (!startsDate(tokens, date) || !(MONTHS.has(tokens[date]!.lower) || monthAhead(tokens, date))) return undefined;
    return takeOne(article ? k + 1 : date, ARTICLES, article ? 1 : 0);
  };
  /**
   * "14 February 1946. Wait, no, that's my mum's. Dad's is June 6th, 1948": a date of birth
   * corrected a sentence later; the next date with a month after the correction is the right one.
   */
  const correctedLater = (after: number): number | undefined => {
    let corrected = false;
    for (let k = after + 1; k < tokens.length && k <= after + CORRECTION_REACH; k++) {
      const t = tokens[k]!;
      if (CORRECTING.has(t.lower)) corrected = true;
      else if (corrected && startsDate(tokens, k) && (MONTHS.has(t.lower) || monthAhead(tokens, k))) return takeOne(k, ARTICLES, 0);
      // "… the tenth of October... no, wait, he says the sixteenth": the day alone, closing its clause.
      else if (corrected && t.text.length > 2 && ORDINAL.test(t.lower) && (k + 1 >= tokens.length || tokens[k + 1]!.kind === 'punct')) {
        return takeOne(ARTICLES.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k, ARTICLES, 1);
      }
      // ("… 1946, is that right? No? The 14th.": the day in figures with its suffix.)
      else if (corrected && t.kind === 'digits' && Number(t.text) >= 1 && Number(t.text) <= 31 && tokens[k + 1]?.start === t.end && /^(?:st|nd|rd|th)$/u.test(tokens[k + 1]!.lower) && (k + 2 >= tokens.length || tokens[k + 2]!.kind === 'punct')) {
        const from = ARTICLES.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
        found.push({ type: 'dateOfBirth', start: tokens[from]!.start, end: tokens[k + 1]!.end, confidence: Confidence.cued });
        return k + 1;
      }
    }
    return undefined;
  };
  /**
   * "Nitton sextiotvå, elfte april, och sen fyra sju åtta två": a personnummer read with its month
   * named; the date right after a piece of it is part of it.
   */
  const monthRightAfter = (after: number): number | undefined => {
    let j = after + 1;
    while (j < tokens.length && j <= after + 3 && (tokens[j]!.text === ',' || BETWEEN_DATES.has(tokens[j]!.lower)) && !startsDate(tokens, j)) j++;
    if (!startsDate(tokens, j) || !(MONTHS.has(tokens[j]!.lower) || monthAhead(tokens, j))) return undefined;
    return takeOne(j, ARTICLES, 0);
  };
  /**
   * The same date said again in another form, after "so", "alltså", "dvs", "I mean" ("03/14/54,
   * that's the American way, so the fourteenth of March"; "520130-1230, alltså femtiotvå, januari").
   */
  const restatement = (after: number): number | undefined => {
    for (let k = after + 1; k < tokens.length && k <= after + RESTATE_REACH; k++) {
      const t = tokens[k]!;
      if (t.kind === 'punct' && SENTENCE_END_MARKS.has(t.text)) return undefined;
      if (!RESTATING.has(t.lower) && !(t.lower === 'mean' && tokens[k - 1]?.lower === 'i')) continue;
      let j = k + 1;
      while (j < tokens.length && j <= k + 3 && (tokens[j]!.kind === 'punct' || BETWEEN_DATES.has(tokens[j]!.lower)) && !startsDate(tokens, j)) j++;
      // ("och fyller alltså åttiofyra": an age, not the date again; "that's the American way, so the fourteenth …": a
      // restating word before no date may come before one that has it.)
      // (Review 70: past an age said with "this year", what follows is still the date said again: "that's 65 this year, so
      // 1961", "…, and the year, 1949", "… no, 1946".)
      if (isAgeAt(tokens, j)) {
        let e = j;
        while (e < tokens.length && e <= j + 4 && !['year', 'år'].includes(tokens[e]!.lower)) e++;
        if (e > j + 4 || e >= tokens.length) return undefined;
        let d = e + 1;
        let words = 0;
        while (d < tokens.length && words <= CHAIN_WORDS && (tokens[d]!.kind === 'punct' || BETWEEN_DATES.has(tokens[d]!.lower) || ['year', 'året', 'meaning', 'i.e', 'ie', 'dvs'].includes(tokens[d]!.lower)) && !startsDate(tokens, d)) {
          if (tokens[d]!.kind !== 'punct') words++;
          d++;
        }
        if (words <= CHAIN_WORDS && startsDate(tokens, d) && !isAgeAt(tokens, d)) {
          const from = ARTICLES.has(tokens[d - 1]?.lower ?? '') ? d - 1 : d;
          return takeOne(from, BETWEEN_DATES, d - from, true);
        }
        return restatement(e) ?? correctedLater(e);
      }
      if (!startsDate(tokens, j)) continue;
      // With its article: "so the fourteenth of March".
      const from = ARTICLES.has(tokens[j - 1]!.lower) ? j - 1 : j;
      return takeOne(from, ARTICLES, j - from);
    }
    return undefined;
  };
  // For each token, whether an event word stands before it in its sentence (used below), and whether the turn names one
  // of OTHER_EVENTS: one pass, one look-up a token (see EVENT_KINDS).
  // (One pass: a walk back from every token was quadratic on a long turn without sentence ends.)
  const eventsBefore: boolean[] = [];
  let otherEventNamed = false;
  for (let j = 0, seen = false; j < tokens.length; j++) {
    eventsBefore.push(seen);
    const kind = EVENT_KINDS.get(tokens[j]!.lower) ?? 0;
    if ((kind & OTHER_EVENT) !== 0) otherEventNamed = true;
    if (SENTENCE_END_MARKS.has(tokens[j]!.text)) seen = false;
    else if (kind !== 0) seen = true;
  }
  // (A month alone taken so leaves the rest of the answer to be found below: "Augusti. Och året, nittonhundrasextiotvå.")
  let monthAlone = 0;
  if (answer) {
    if (take(0, ANSWER_FILLERS, 6) === undefined) {
      // "June... seventeenth, nineteen eighty-nine": the answer begins with the month alone, before a pause (not "May I ask why?").
      let k = 0;
      while (k < 6 && k < tokens.length && (ANSWER_FILLERS.has(tokens[k]!.lower) || tokens[k]!.kind === 'punct')) k++;
      // (With its preposition: "I november. Den tjugonionde.")
      const from = k > 0 && PREPOSITIONS.has(tokens[k - 1]!.lower) ? k - 1 : k;
      if (MONTH_NAMES.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.kind === 'punct' && take(from, ANSWER_FILLERS, k - from, true) !== undefined) monthAlone = found.length;
    }
  } else if (!more.afterQuestion && !otherEventNamed) {
    const first = sentenceIsOnlyABirthDate(tokens);
    // With its article or dash: "Den förste maj …", "The fourth of July", "-58".
    const from = first > 0 && (ARTICLES.has(tokens[first - 1]!.lower) || tokens[first - 1]!.text === '-') ? first - 1 : first;
    if (first >= 0) take(from, ANSWER_FILLERS, first - from);
  }
  for (const end of more.personalNumberEnds ?? []) if (restatement(end) === undefined) monthRightAfter(end);
  for (let i = 0; i < tokens.length; i++) {
    const lower = tokens[i]!.lower;
    // The one asked answers after a pause or a false start ("Yeah, hang on. So that's March third,
    // nineteen seventy-one", "Det är tredje mars, nej förlåt, fjärde mars"): any date in the turn.
    // Not an ordinal alone: "the first name", "second time"; "the third of March" is a date.
    // Only the first date of the answer: a later one is another event ("… Och pengarna kom den 25 april").
    if (answer === 'anywhere' && found.length === monthAlone && i > 0 && (startsDate(tokens, i) || suffixedDay(tokens, i)) && (!ORDINAL.test(tokens[i]!.lower) || monthAhead(tokens, i)) && !isAgeAt(tokens, i)) {
      // With its article or preposition: "the third of March", "den tredje mars", "in June".
      const from = ARTICLES.has(tokens[i - 1]!.lower) || PREPOSITIONS.has(tokens[i - 1]!.lower) ? i - 1 : i;
      // Asked for the date, a month alone begins it: "I november. Den tjugonionde. Nittonhundrafyrtiotvå."
      const last = take(from, BETWEEN_DATES, i - from, true);
      if (last !== undefined) {
        i = last;
        continue;
      }
    }
    // A word no cue below is, nor begins like one (most words): nothing to look up.
    if (!CUES_IN_TURN.has(lower) && !lower.startsWith('födelse') && !lower.startsWith('birth') && !lower.endsWith('barn')) continue;
    // "Jag fyller åttio den 4 mars", "I turned seventy on the 3rd of June": the day of a birthday.
    // "she's a thirty-six baby", "a 1952 baby": the year one was born in (round 44).
    if (lower === 'baby' && ['a', 'an'].includes(tokens[i - 2]?.lower ?? '') && birthYearAt(tokens, i - 1)) {
      found.push({ type: 'dateOfBirth', start: tokens[i - 1]!.start, end: tokens[i - 1]!.end, confidence: Confidence.cued });
      continue;
    }
    // ("She'll be ninety on the fourth of October", "hon blir nittio den fjärde oktober": a birthday ahead, round 44.)
    // ("han fyllde ju nittio den 4 mars": past a filler.)
    if (BIRTHDAY_VERBS.has(lower) || (WILL_BE.has(lower) && PERSON_WILL.test(tokens[i - 1]?.lower ?? ''))) {
      let age = i + 1;
      while (age < i + 3 && AGE_FILLERS.has(tokens[age]?.lower ?? '')) age++;
      const date = dateAfterAge(tokens, age);
      if (date !== undefined) {
        i = take(date, DATE_LEADS, 2) ?? i;
        continue;
      }
    }
    if (BEFORE_TRAILING_CUE.has(lower)) takeBefore(tokens, i, found);
    if ((isBirthCue(lower) && !thingIsBorn(tokens, i)) || (lower === 'år' && (tokens[i - 1]?.lower === 'fyller' || tokens[i - 2]?.lower === 'fyller'))) {
      const after = afterBirthPlace(tokens, i + 1);
      // ("född på Gotland, åttio år": after the place, the age one is now, not a year.)
      if (after > i + 1 && tokens[after]?.text === ',' && AGE_UNITS.has(tokens[after + 2]?.lower ?? '') && isAgeWord(tokens[after + 1])) continue;
      // "född på en söndag faktiskt, söndagen den nionde november fyrtionio", "born on a Sunday, Sunday the fourth of July":
      // the weekday said before the date.
      // (From the weekday on: "a" and "en" before it are no parts of a date. Right after the cue only: "född i Umeå, på
      // fredag den 14 mars har jag ett möte" names a day of another event.)
      const weekday = tokens.slice(i + 1, i + 5).findLastIndex((t) => WEEKDAYS.has(t.lower));
      const leadsOnly = weekday >= 0 && tokens.slice(i + 1, i + 1 + weekday).every((t) => WEEKDAY_LEADS.has(t.lower));
      // ("born last Tuesday", "born on Thursday, the third of December", "föddes i tisdags": the weekday of a birth, said right
      // after the cue, is the day of birth, with "last"/"förra"; round 79.)
      // (Not "född en söndag", "born on a Sunday": the kind of day, with its article.)
      const dayOfBirth = tokens.slice(i + 1, i + 5).findIndex((t, k, a) => (WEEKDAYS.has(t.lower) || (PAST_WEEKDAY.test(t.lower) && a[k - 1]?.lower === 'i')) && !['en', 'a'].includes(a[k - 1]?.lower ?? '') && a.slice(0, k).every((l) => WEEKDAY_LEADS.has(l.lower) || LAST_WEEK.has(l.lower)));
      if (dayOfBirth >= 0) {
        const from = tokens.slice(i + 1, i + 1 + dayOfBirth).findIndex((t) => LAST_WEEK.has(t.lower) && t.lower !== 'i');
        found.push({ type: 'dateOfBirth', start: tokens[i + 1 + (from >= 0 ? from : dayOfBirth)]!.start, end: tokens[i + 1 + dayOfBirth]!.end, confidence: Confidence.cued });
      }
      const aside = pastThinkingAside(tokens, i + 1);
      i = take(after, AFTER_BIRTH_CUE, 6) ?? (leadsOnly ? take(i + 1 + weekday, BIRTH_LEADS, 6) : undefined) ?? recentDate(i + 1) ?? (aside === undefined || !birthDateAhead(tokens, aside) ? undefined : take(aside, AFTER_BIRTH_CUE, 3)) ?? i;
    } else if (MONTH_CHILD.test(lower)) {
      // "Jag är ett augustibarn, sextonde augusti femtioåtta": the month one was born in, then the date.
      found.push({ type: 'dateOfBirth', start: tokens[i]!.start, end: tokens[i]!.end, confidence: Confidence.cued });
      i = take(i + 1, ANSWER_FILLERS, 3) ?? i;
    }
    else if ((lower === 'från' || lower === 'ifrån' || lower === 'from') && isPersonIs(tokens, i) && birthYearAt(tokens, i + 1)) {
      // "jag är från 1948", "jag är ju från femtiotvå", "I'm from fifty-two": the year a person is from.
      i = take(i + 1, FILLERS, 1) ?? i;
    } else if (OLDER_OR_YOUNGER.has(lower)) {
      // "Han är ett år äldre än mig, nittonhundrafyrtiosex, i december": a relative's year, told by one's own.
      // (Than a person: "äldre än 1950", "older than 2019" compare things.)
      let k = i + 1;
      while (k < tokens.length && k <= i + 4 && (tokens[k]!.kind === 'punct' || THAN_ME.has(tokens[k]!.lower))) k++;
      const person = tokens.slice(i + 1, k).some((t) => THAN_PERSON.has(t.lower));
      if (person && fullYearAt(tokens, k)) i = take(k, FILLERS, 0) ?? i;
    } else if (lower === 'är' && PERSONS.has(tokens[i - 1]?.lower ?? '') && tokens[i + 1]?.lower === 'en' && YEAR_BORN_IN.test(tokens[i + 2]?.lower ?? '')) {
      // "Jag är en fyrtiosjua", "hon är en femtiotvåa": the year one was born in, said as its number's noun.
      found.push({ type: 'dateOfBirth', start: tokens[i + 2]!.start, end: tokens[i + 2]!.end, confidence: Confidence.cued });
    } else if (PERSON_IS.has(lower) || ((lower === 'är' || lower === 'am') && (PERSONS.has(tokens[i - 1]?.lower ?? '') || tokens[i - 1]?.lower === 'i'))) {
      // "jag är fyrtioåtta, tjugonionde februari", "I'm forty-seven, August": a two-figure year with the day or month
      // of a birthday right after it is a date of birth, not an age. "He's the nineteenth of August twenty-nine": a
      // person who "is" a whole date was born on it.
      // ("… nej, det är ju hans, förlåt, jag är trettonde november": after a date of birth in the turn, a day and month too.)
      // (The date closing its clause: not "jag är tjugonde juni på semester".)
      const monthAt = (ordinalDay(tokens, i + 1)?.end ?? -2) + 1;
      const dayAndMonth = found.length > 0 && MONTHS.has(tokens[monthAt]?.lower ?? '') && (tokens[monthAt + 1]?.kind ?? 'punct') === 'punct' ? i + 1 : undefined;
      const date = yearThenBirthday(tokens, i + 1) ?? wholeDateAt(tokens, i + 1) ?? dayAndMonth;
      if (date !== undefined) i = take(date, ARTICLES, 1) ?? i;
    }
  }
  // "So that's the seventeenth of April, nineteen eighty-two": a whole date of the last century is a date of birth
  // whatever is said around it (payments, decisions and deadlines fall in this one), unless the turn names another
  // event (round 22).
  // (Not after an event named just before it: "dog den 3 mars 1998", "the payment on 5 May 1999": `eventsBefore`, above.)
  const eventBefore = (k: number) => eventsBefore[k] === true;
  // Tokens inside a date found above, marked once (not searched for at every token).
  const taken = new Set<number>();
  for (const c of found) tokens.forEach((t, j) => t.start >= c.start && t.end <= c.end && taken.add(j));
  // (Not in a turn that reads out a personal number: its date is the number's first half, typed so below.)
  // (Only before the last personal number's end: a whole date said after it, "630714-2217, and then his mum, 14 July 1931",
  // is another person's date of birth.)
  const numberEnds = more.personalNumberEnds ?? [];
  const lastNumberEnd = numberEnds.length > 0 ? Math.max(...numberEnds) : -1;
  for (let k = lastNumberEnd + 1; k < tokens.length; k++) {
    // ("The 11th of January, 1970. I'm fifty-six.": an age said after the date, round 37.)
    if (eventBefore(k) || taken.has(k) || (found.length > 0 && ageWithPersonIs(tokens, k))) continue;
    // "1953-06-04", "12/5/71": a date in figures, its year of the last century.
    const numeric = numericDateEnd(tokens, k);
    // ("den 3 april 1950": a day in figures before the month starts the date too.)
    const dayFirst = tokens[k]!.kind === 'digits' && tokens[k]!.text.length <= 2 && MONTHS.has(tokens[k + 1]?.lower ?? '');
    if (numeric === undefined && !startsDate(tokens, k) && !dayFirst && !suffixedDay(tokens, k)) continue;
    if (numeric !== undefined) {
      found.push({ type: 'dateOfBirth', start: tokens[k]!.start, end: tokens[numeric]!.end, confidence: Confidence.cued });
      // ("12/5/71, American style, so December fifth": and the same date said again.)
      k = restatement(numeric) ?? numeric;
      continue;
    }
    const before = found.length;
    // (With its article: "the seventeenth of April, …".)
    const from = ARTICLES.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
    const last = takeOne(from, ARTICLES, k - from);
    if (last === undefined) continue;
    if (!lastCenturyDate(tokens, k, last)) found.length = before;
    // ("Jag har 4 april 1946, ja? Nej? 14 april.": and what corrects it.)
    else k = correctedLater(last) ?? last;
  }
  // "Ruth, vilken dag är du född?... Hon säger fjärde april.": a question about a birth asked inside the turn (an
  // interpreter's, a relative's) and the date that answers it next.
  for (let q = 0; q < tokens.length; q++) {
    if (tokens[q]!.text !== '?' || !tokens.slice(sentenceStartOf(tokens, q), q).some((t) => isBirthCue(t.lower))) continue;
    let k = q + 1;
    while (k < tokens.length && k <= q + 6 && (tokens[k]!.kind === 'punct' || ANSWER_FILLERS.has(tokens[k]!.lower) || SAYS.has(tokens[k]!.lower) || PERSONS.has(tokens[k]!.lower)) && !startsDate(tokens, k)) k++;
    if (startsDate(tokens, k) && !isAgeAt(tokens, k) && !found.some((c) => c.start <= tokens[k]!.start && tokens[k]!.end <= c.end)) {
      const from = ARTICLES.has(tokens[k - 1]!.lower) ? k - 1 : k;
      q = take(from, ARTICLES, k - from) ?? q;
    }
  }
  // "Forty-nine. Born in Kumasi": a sentence of a year alone, and the next begins with the birth.
  for (let i = 1; i < tokens.length; i++) if (tokens[i]!.sentenceStart && isBirthCue(tokens[i]!.lower)) yearSentenceBefore(tokens, i, found);
  // "and I'm '51", "Erik, he's '88": what a person "is" in an apostrophe's year is their year of birth (round 52).
  for (let k = 0; k + 2 < tokens.length; k++) {
    if (apostropheYearAt(tokens, k + 2) && PERSON_IS.has(tokens[k]!.lower) && !found.some((c) => c.start <= tokens[k + 2]!.start && tokens[k + 2]!.end <= c.end)) {
      found.push({ type: 'dateOfBirth', start: tokens[k + 1]!.start, end: tokens[k + 2]!.end, confidence: Confidence.cued });
    }
  }
  if (found.length === 0) return found;
  const all = [...found, ...saidAgain(tokens, found), ...dayAndMonthAfter(tokens, found), ...yearAfterBirthday(tokens, found), ...numbersRestatedAfter(tokens, found)];
  // "för den som är född 1938 eller tidigare", "born 1954 or later": a rule's year bounds who it applies to (round 31).
  return [...all, ...correctedBefore(tokens, all)].filter((c) => !boundsACohort(tokens, c)).flatMap((c, _, kept) => ageCut(tokens, c, kept) ?? []);
}

/** Words between a date of birth and the age said after it: "…, alltså sjuttioett", "…, you're eighty-four" (round 66). */
const BEFORE_AGE = new Set(["you're", 'you’re', "he's", "she's", 'he’s', 'she’s', "i'm", 'i’m', 'du', 'han', 'hon', 'jag', 'är', 'alltså', 'så', 'so', 'och', 'and', 'nu', 'now', ...HESITATIONS]);
/** A subject with its verb, the only way an age is said without a year to check it by: "du är", "she's" (round 66's review). */
const SUBJECT_VERBS = new Set(["you're", 'you’re', "he's", "she's", 'he’s', 'she’s', "i'm", 'i’m']);
const SUBJECTS_BEFORE_ÄR = new Set(['du', 'han', 'hon', 'jag']);
/** "och", "and" before a bare number: another person's year goes on so ("…femtiotvå, and sixty-two for my wife"). */
const ANOTHER_BEFORE = new Set(['och', 'and']);
/** Words after the number that make it a year put right or someone else's: "…, alltså sjuttio, förlåt", "so fifty-nine, sorry", "sixty-two for my wife", "fifty-five, the year I mean". */
const CORRECTED_AFTER = new Set(['förlåt', 'ursäkta', 'sorry', 'nej', 'no', 'nope', 'mean', 'menar', 'för', 'for', 'year', 'året', 'årtal', 'årtalet', 'född', 'födda', 'born', 'not', 'inte', 'eller', 'or', 'wait', 'vänta', 'oops', 'actually']);
/** The call's years: the transcripts are from 2020–2027, so a year of birth and an age said now add up to 120–127 (19yy). */
const AGE_PLUS_YEAR = { min: 120, max: 127 };
/** A count in figures or words, not an ordinal: "71", "sjuttioett", "twenty-six". */
function countOf(t: Token | undefined): number | undefined {
  if (!t) return undefined;
  if (t.kind === 'digits') return Number(t.text);
  const atoms = t.kind === 'word' && !ORDINAL.test(t.lower) ? numberWordAtoms(t.lower) : undefined;
  return atoms?.every((a) => a >= 0) ? atoms.reduce((a, b) => a + b, 0) : undefined;
}
/**
 * "född elfte september femtiofem, alltså sjuttioett", "born the thirteenth of December ninety-nine, twenty-six", "born
 * eighteenth of September, you're eighty-four": the age said right after a date of birth is kept, not read as the date going on
 * (round 66). Privacy fails closed, so only where the number cannot be a year (round 66's review): after "du är"/"you're"/
 * "she's" (and then, with a year, only a count that adds up with it), or a count that added to the two-digit year lands on
 * the call's years (48 + 78, 99 + 26) and is no year put right (not within 9 of it, not a decade on: "femtiotvå, alltså
 * sextiotvå"). Never before "förlåt"/"sorry"/"nej"/"I mean"/"för min fru", after "och"/"and" alone, nor in a question read back.
 */
export function ageCut(tokens: readonly Token[], c: Candidate, all: readonly Candidate[] = [c]): Candidate | undefined {
  let last = tokens.findIndex((t) => t.start >= c.end) - 1;
  if (last < 0) last = tokens.length - 1;
  const age = countOf(tokens[last]);
  if (age === undefined || age >= 120 || (tokens[last]!.kind === 'digits' && tokens[last]!.text.length > 3) || tokens[last]!.end !== c.end) return c;
  let k = last - 1;
  for (; k >= 0 && k >= last - 5 && (tokens[k]!.text === ',' || BEFORE_AGE.has(tokens[k]!.lower)); k--);
  const link = tokens.slice(k + 1, last).filter((t) => t.text !== ',' && !HESITATIONS.has(t.lower));
  const subject = link.some((t, i) => SUBJECT_VERBS.has(t.lower) || (SUBJECTS_BEFORE_ÄR.has(t.lower) && link[i + 1]?.lower === 'är'));
  const before = tokens[k];
  if (k === last - 1 || !before || (tokens[k + 1]!.text !== ',' && !subject)) return c;
  // (Another person's year after "och"/"and", or a subject without its verb: "…, och hon, åttiofem", "du, femtiofem?".)
  if (!subject && link.some((t) => ANOTHER_BEFORE.has(t.lower) || SUBJECTS_BEFORE_ÄR.has(t.lower))) return c;
  // (What follows the number: a year put right or someone else's, another number, or a question read back.)
  const after = tokens.slice(last + 1, last + 6).filter((t) => t.text !== ',' && !HESITATIONS.has(t.lower));
  if (after.some((t) => CORRECTED_AFTER.has(t.lower)) || (after[0] && (after[0].kind === 'digits' || countOf(after[0]) !== undefined))) return c;
  if (!subject && after[0]?.text === '?') return c;
  // The date the age follows: this one, or another date of birth ending right there ("…fyrtioåtta, alltså | sjuttioåtta").
  const date = before.start >= c.start ? c : all.find((d) => d !== c && d.type === 'dateOfBirth' && d.start <= before.start && before.end <= d.end);
  if (!date) return c;
  // (The month inside the date, or just before a year another rule took alone: "December | ninety-nine, twenty-six".)
  const first = tokens.findIndex((t) => t.start >= date.start);
  const month = tokens.some((t, i) => i <= k && i >= first - 3 && MONTHS.has(t.lower));
  if (!month) return c;
  const year = MONTHS.has(before.lower) ? undefined : countOf(before);
  if (year !== undefined && year >= 100 && (year < 1900 || year > 2029)) return c;
  const yy = year === undefined ? undefined : year % 100;
  const byYear = yy !== undefined && yy + age >= AGE_PLUS_YEAR.min && yy + age <= AGE_PLUS_YEAR.max && Math.abs(age - yy) > 9 && !(age % 10 === yy % 10 && Math.abs(age - yy) <= 20);
  // (A decade put right after "alltså"/"so": "fyrtioåtta, alltså sjuttioåtta" may be the year said again, so it stays the date.)
  const corrects = link.some((t) => ['alltså', 'så', 'so'].includes(t.lower)) && yy !== undefined && age % 10 === yy % 10;
  if (corrects || (yy !== undefined ? !byYear : !subject)) return c;
  return date === c ? { ...c, end: before.end } : undefined;
}

/** "1938 eller tidigare", "1954 och senare", "1945 or earlier": the year a rule applies up to or from. */
function boundsACohort(tokens: Token[], c: Candidate): boolean {
  const k = tokens.findIndex((t) => t.start >= c.end);
  const first = tokens.findIndex((t) => t.start >= c.start);
  return k >= 0 && cohortBoundAt(tokens, first, k);
}
/**
 * Whether the year from token `first` ends at `k` in "eller tidigare", "or later" …, said of anyone who is born then
 * ("den som är född …", "those born …"): not "jag är född 1938 och senare flyttade jag".
 */
export function cohortBoundAt(tokens: readonly Token[], first: number, k: number): boolean {
  const anyone = tokens.slice(Math.max(0, first - 5), first).some((t) => COHORT_WHO.has(t.lower));
  // (The bound ends the phrase: "eller tidigare, stämmer det", "or earlier it is different"; not "och efter kriget flyttade hon".)
  const after = tokens[k + 2];
  const ends = after === undefined || after.kind === 'punct' || COHORT_AFTER.has(after.lower);
  return anyone && ends && COHORT_JOINS.has(tokens[k]?.lower ?? '') && COHORT_BOUNDS.has(tokens[k + 1]?.lower ?? '');
}
const COHORT_WHO = new Set(['som', 'those', 'people', 'anyone', 'everyone', 'who']);
/** What may follow a rule's bound: a verb or "it" ("… eller tidigare får …", "… or earlier it is …"). */
const COHORT_AFTER = new Set(['får', 'har', 'kan', 'ska', 'gäller', 'blir', 'är', 'it', 'get', 'gets', 'have', 'has', 'can', 'is', 'are', 'will']);
const COHORT_JOINS = new Set(['eller', 'och', 'or', 'and']);
const COHORT_BOUNDS = new Set(['tidigare', 'senare', 'före', 'efter', 'earlier', 'later', 'before', 'after']);

/**
 * "born two thousand and nine, the twelfth of June", "född -52, den tredje maj": the day and month said right after
 * a year of birth, a comma between, are the rest of the date.
 */
function dayAndMonthAfter(tokens: Token[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    let k = tokens.findIndex((t) => t.start >= c.end);
    // (The year's last words, "… and nine", where the year was found by its first.)
    for (let n = 0; n < 3 && k >= 0 && k < tokens.length && (['and', 'och'].includes(tokens[k]!.lower) || numberWordAtoms(tokens[k]!.lower) !== undefined); n++) k++;
    // (Or as a sentence of its own: "Erik, he's '88. Twenty-ninth of July.", round 52; the date must close it, below.)
    if (k < 0 || (tokens[k]?.text !== ',' && tokens[k]?.text !== '.')) continue;
    k++;
    while (k < tokens.length && (ARTICLES.has(tokens[k]!.lower) || DATE_LEADS.has(tokens[k]!.lower))) k++;
    const first = k;
    if ((tokens[k]?.text.length ?? 0) > 2 && ORDINAL.test(tokens[k]!.lower)) k++;
    else if (tokens[k]?.kind === 'digits' && tokens[k]!.text.length <= 2) k += ['st', 'nd', 'rd', 'th'].includes(tokens[k + 1]?.lower ?? '') ? 2 : 1;
    if (tokens[k]?.lower === 'of') k++;
    if (k === first || !MONTHS.has(tokens[k]?.lower ?? '')) continue;
    // (Not an event's date: "born 1956, the 1st of May I retire", nor after a whole date of birth.)
    const after = tokens[k + 1];
    const hasMonth = tokens.some((t) => t.start >= c.start && t.end <= c.end && MONTHS.has(t.lower));
    if (hasMonth || (after && after.kind !== 'punct')) continue;
    extra.push({ type: 'dateOfBirth', start: tokens[first]!.start, end: tokens[k]!.end, confidence: Confidence.cued });
  }
  return extra;
}

/** Words a year of birth may follow its day and month after: "born the 2nd of October, too, 1944". */
const YEAR_AFTER_FILLERS = new Set(['too', 'also', 'också', 'alltså', 'då', 'eh', 'öh', 'um', 'uh', 'in']);
/**
 * "She was born the 2nd of October, too, 1944": a year of the last century said after a date of birth that has none,
 * with only fillers between and closing the clause, is its year (round 52).
 */
function yearAfterBirthday(tokens: Token[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    const inC = tokens.filter((t) => t.start >= c.start && t.end <= c.end);
    if (!inC.some((t) => MONTHS.has(t.lower)) || inC.some((t) => t.kind === 'digits' && t.text.length === 4)) continue;
    let k = tokens.findIndex((t) => t.start >= c.end);
    for (let n = 0; n < 4 && k >= 0 && k < tokens.length && (tokens[k]!.text === ',' || YEAR_AFTER_FILLERS.has(tokens[k]!.lower)); n++) k++;
    if (k > 0 && tokens[k]?.kind === 'digits' && /^19\d\d$/.test(tokens[k]!.text) && (tokens[k + 1]?.kind ?? 'punct') === 'punct') {
      extra.push({ type: 'dateOfBirth', start: tokens[k]!.start, end: tokens[k]!.end, confidence: Confidence.cued });
    }
  }
  return extra;
}

/** The sentence before token `i`, if it is a year alone ("Forty-nine.", "Eh, 1949."): taken as a date of birth. */
function yearSentenceBefore(tokens: Token[], i: number, found: Candidate[]): void {
  let k = i - 1;
  while (k >= 0 && tokens[k]!.kind === 'punct') k--;
  const last = k;
  while (k >= 0 && !tokens[k + 1]!.sentenceStart && (isDatePart(tokens[k]!, tokens[k + 1]) || ANSWER_FILLERS.has(tokens[k]!.lower) || tokens[k]!.kind === 'punct')) k--;
  if (!tokens[k + 1]?.sentenceStart || last < 0) return;
  let first = k + 1;
  while (first < last && !startsDate(tokens, first)) first++;
  if (!birthYearAt(tokens, first) && !fullYearAt(tokens, first)) return;
  found.push({ type: 'dateOfBirth', start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
}

/**
 * "Fyrtionio. Nej vänta, femtio, jag är född femtio": the number a date of birth corrects, said
 * right before it, is the same date (misspoken: a wrong birth year is still half of the right one).
 */
function correctedBefore(tokens: Token[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    let k = tokens.findIndex((t) => t.start === c.start) - 1;
    let corrected = false;
    // ("Då har han 1949, inte 1939?": the date said before "inte" is the one put right.)
    while (k >= 0 && (tokens[k]!.kind === 'punct' || CORRECTING.has(tokens[k]!.lower) || NEGATIONS.has(tokens[k]!.lower) || HESITATIONS.has(tokens[k]!.lower))) {
      corrected ||= CORRECTING.has(tokens[k]!.lower) || NEGATIONS.has(tokens[k]!.lower);
      k--;
    }
    if (!corrected || k < 0 || found.some((f) => f.start <= tokens[k]!.start && tokens[k]!.end <= f.end)) continue;
    // ("Tjugoåttonde november, nej, tjugoandra november är hon född", "sixth of... no, seventh of March, 1950": a day,
    // with its month or its "of", corrected by the date of birth, round 52.)
    const day = (at: number) => (tokens[at]?.text.length ?? 0) > 2 && ORDINAL.test(tokens[at]!.lower);
    const from = (MONTHS.has(tokens[k]!.lower) || tokens[k]!.lower === 'of') && day(k - 1) ? k - 1 : day(k) ? k : undefined;
    if (from !== undefined) {
      extra.push({ type: 'dateOfBirth', start: tokens[from]!.start, end: tokens[k]!.end, confidence: Confidence.cued });
      continue;
    }
    if (!startsDate(tokens, k) || !birthYearAt(tokens, k)) continue;
    extra.push({ type: 'dateOfBirth', start: tokens[k]!.start, end: tokens[k]!.end, confidence: Confidence.cued });
  }
  return extra;
}

/**
 * "född i Umeå, nittonhundrafyrtiosex, den sjätte juli", "born in Leeds in nineteen fifty-two, on
 * the eighth of March": the place of birth said between the cue and the date (a preposition and up
 * to three capitalised words); the token after it, or `i` where there is none.
 */
function afterBirthPlace(tokens: Token[], i: number): number {
  if (!PREPOSITIONS.has(tokens[i]?.lower ?? '')) return i;
  let k = i + 1;
  // ("born on New Year's Day": "New" before a named day is the day's, no New York; round 73.)
  while (k < tokens.length && k <= i + 3 && tokens[k]!.kind === 'word' && tokens[k]!.capitalised && !MONTHS.has(tokens[k]!.lower) && !isDatePart(tokens[k]!, tokens[k + 1]) && numberWordAtoms(tokens[k]!.lower) === undefined) k++;
  return k > i + 1 ? k : i;
}

/** What a speaker says stopping to recall or to ask someone beside them: "vad var det nu", "what was it", "let me think". */
const THINKING_ALOUD = /(?:^| )(?:vad (?:är|var) det|hur var det|låt mig se|ska vi se|what (?:is|was) it|let me (?:think|see))(?: (?:nu|now|again|igen))?$/u;
/**
 * "hon är född... farmor, vad är det... trettiofem", "born... Mum, what was it... the ninth of March": after the birth cue
 * and a pause, an aside of a few words that ends in recalling aloud; the token after it, where the date comes (round 72).
 */
function pastThinkingAside(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k]?.kind !== 'punct') return undefined;
  const words: string[] = [];
  for (let j = k; j < tokens.length && j < k + 12; j++) {
    const t = tokens[j]!;
    if (SENTENCE_END_MARKS.has(t.text) && !ellipsisDotAt(tokens, j)) return undefined;
    if (t.kind !== 'punct') {
      words.push(t.lower);
      continue;
    }
    if (words.length > 0 && THINKING_ALOUD.test(words.join(' '))) {
      while (tokens[j]?.kind === 'punct') j++;
      return j;
    }
  }
  return undefined;
}

/**
 * Review 72: what follows the aside is a date — a day or a year closing its phrase or beside a month ("trettiofem,
 * sjätte juni", "the ninth of March", "1948."), not an amount, a time or a day of payment ("1400 kronor", "2 500 i
 * månaden", "three o'clock", "den 25 kommer pengarna") nor a recent year of an event ("2021 fick vi beslutet", "2020,
 * that's when we applied").
 */
function birthDateAhead(tokens: readonly Token[], k: number): boolean {
  if (['the', 'den', 'on', 'in', 'i'].includes(tokens[k]?.lower ?? '')) k++;
  const t = tokens[k];
  if (!t) return false;
  if (MONTHS.has(t.lower)) return true;
  const numeric = (x: Token | undefined) => x !== undefined && (x.kind === 'digits' || ORDINAL.test(x.lower) || numberWordAtoms(x.lower) !== undefined);
  if (!numeric(t)) return false;
  let e = k;
  while (t.kind !== 'digits' && numeric(tokens[e + 1]) && tokens[e + 1]!.kind !== 'digits') e++;
  if (tokens[e + 1]?.text === ':' && /^(?:e|a)$/u.test(tokens[e + 2]?.lower ?? '')) e += 2;
  const n = tokens[e + 1];
  const recentYear = t.kind === 'digits' && t.text.length === 4 && Number(t.text) > 2012;
  if (n === undefined) return true;
  if (MONTHS.has(n.lower) || (['of', 'av'].includes(n.lower) && MONTHS.has(tokens[e + 2]?.lower ?? ''))) return true;
  if (n.kind !== 'punct') return false;
  return recentYear ? SENTENCE_END_MARKS.has(n.text) && !ellipsisDotAt(tokens as Token[], e + 1) : true;
}

/** Verbs of a birthday reached: the age after them, then its date. */
export const BIRTHDAY_VERBS: ReadonlySet<string> = new Set(['fyller', 'fyllde', 'fyllt', 'fylla', 'turned', 'turn', 'turns', 'turning']);
/** "She'll be", "hon blir": an age ahead, when a person will be it. */
const WILL_BE = new Set(['be', 'blir']);
const PERSON_WILL = /^(?:(?:i|he|she|you|we)(?:'ll|’ll)|will|jag|han|hon|hen|du|mamma|pappa)$/u;
/** Every word a cue of `findDatesOfBirth`'s loop over the turn is (with the prefixes of `isBirthCue`): a new cue adds its words here (check with eval/snapshot.ts). */
/** "I'm", "he's": a person is (an age, a year, a date). */
export const PERSON_IS: ReadonlySet<string> = new Set(["i'm", "he's", "she's", 'i’m', 'he’s', 'she’s']);
const OLDER_OR_YOUNGER = new Set(['äldre', 'yngre', 'older', 'younger']);
/** Every word a cue of `findDatesOfBirth`'s loop over the turn is (with the prefixes of `isBirthCue`): a new cue adds its words here (check with eval/snapshot.ts). */
const CUES_IN_TURN: ReadonlySet<string> = new Set([...BIRTHDAY_VERBS, ...WILL_BE, 'baby', ...BEFORE_TRAILING_CUE.keys(), ...BIRTH_CUES, 'år', 'från', 'ifrån', 'from', 'är', 'am', ...PERSON_IS, ...OLDER_OR_YOUNGER]);
const THAN_PERSON = new Set(['mig', 'jag', 'me', 'i', 'du', 'dig', 'you', 'henne', 'honom', 'her', 'him', 'fru', 'man', 'wife', 'husband']);
const THAN_ME = new Set([...THAN_PERSON, 'än', 'than', 'min', 'my']);
const WEEKDAY_LEADS = new Set(['på', 'en', 'on', 'a', 'ju', 'faktiskt', 'actually']);
/** "last Tuesday", "förra tisdagen", "i tisdags": a weekday of the week just past (round 79). */
const LAST_WEEK = new Set(['last', 'this', 'past', 'förra', 'i', 'nu', 'in']);
const PAST_WEEKDAY = /^(?:mån|tis|ons|tors|fre|lör|sön)dags$/u;
const WEEKDAYS = new Set([
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'måndagen', 'tisdagen', 'onsdagen', 'torsdagen', 'fredagen', 'lördagen', 'söndagen',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
]);
/** What may stand between a birth cue and its date when a weekday is named ("född på en söndag faktiskt, söndagen den …"). */
const BIRTH_LEADS = new Set([...FILLERS, 'faktiskt', 'actually', ...WEEKDAYS]);
/** "augustibarn": a child of a month, the month one was born in. */
const MONTH_CHILD = rememberedTest(/^(?:januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)barn$/);

/** Whether the person "is" just before token `i`: "jag är (ju) från", "I'm from", "he's from". */
function isPersonIs(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k > 0 && AGE_FILLERS.has(tokens[k]!.lower)) k--;
  const verb = tokens[k]?.lower ?? '';
  return PERSON_IS.has(verb) || ((verb === 'är' || verb === 'am') && (PERSONS.has(tokens[k - 1]?.lower ?? '') || tokens[k - 1]?.lower === 'i'));
}

/**
 * From token `i` after "jag är"/"I'm": a two-figure year, then (after a comma) the day and month or the month alone
 * closing the clause ("fyrtioåtta, tjugonionde februari", "forty-seven, August."); the year's token, or undefined.
 */
function yearThenBirthday(tokens: Token[], i: number): number | undefined {
  while (i < tokens.length && AGE_FILLERS.has(tokens[i]!.lower)) i++;
  const t = tokens[i];
  const atoms = t && t.kind === 'word' ? numberWordAtoms(t.lower) : undefined;
  const twoFigures = t !== undefined && ((t.kind === 'digits' && t.text.length === 2) || (atoms !== undefined && !ORDINAL.test(t.lower) && atoms.length <= 2 && atoms[0]! >= 20 && atoms[0]! < 100));
  if (!twoFigures || tokens[i + 1]?.text !== ',') return undefined;
  let k = i + 2;
  while (k < tokens.length && k <= i + 3 && ARTICLES.has(tokens[k]!.lower)) k++;
  const month = MONTHS.has(tokens[k]?.lower ?? '') ? k : (tokens[k]?.text.length ?? 0) > 2 && ORDINAL.test(tokens[k]!.lower) && MONTHS.has(tokens[k + 1]?.lower ?? '') ? k + 1 : tokens[k + 1]?.lower === 'of' && MONTHS.has(tokens[k + 2]?.lower ?? '') ? k + 2 : undefined;
  if (month === undefined) return undefined;
  // ("I'm seventy-five, in August I turn …" would begin a clause: the month closes it or a year follows.)
  const next = tokens[month + 1];
  return !next || next.kind === 'punct' || birthYearAt(tokens, month + 1) ? i : undefined;
}

/** A year of the last century at token `i`: "1938", "nittonhundratrettioåtta", "thirty-eight" (not "2025", "twenty twenty-five"). */
function pastYearAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'digits') return /^19\d\d$/.test(t.text);
  const atoms = numberWordAtoms(t.lower);
  if (!atoms) return false;
  if (atoms[0] === 19) return true;
  const next = tokens[i + 1] ? numberWordAtoms(tokens[i + 1]!.lower) : undefined;
  return atoms[0]! >= 20 && atoms[0]! < 100 && atoms.length <= 2 && !next && !(atoms[0] === 20 && atoms.length === 1);
}

/** From token `i` after "he's"/"jag är": a whole date with day, month and year ("the nineteenth of August twenty-nine"); where it starts. */
function wholeDateAt(tokens: Token[], i: number): number | undefined {
  const from = i;
  if (ARTICLES.has(tokens[i]?.lower ?? '')) i++;
  const t = tokens[i];
  if (!t || !((t.text.length > 2 && ORDINAL.test(t.lower)) || (t.kind === 'digits' && t.text.length <= 2)) || !monthAhead(tokens, i)) return undefined;
  for (let k = i + 1; k < tokens.length && k <= i + 5; k++) {
    // ("the sixth of November '49": the year said short with its apostrophe, round 72.)
    if (MONTHS.has(tokens[k]!.lower)) return pastYearAt(tokens, k + 1) || pastYearAt(tokens, k + 2) || shortBirthYearAt(tokens, k + 2) ? from : undefined;
  }
  return undefined;
}
const AGE_UNITS = new Set(['år', 'years', 'year', 'old']);
const DATE_LEADS = new Set(['den', 'on', 'in', 'i', 'the', 'på']);

/**
 * "åttio den 4 mars", "seventy on the 3rd of June", "nittio år i oktober": an age (digits or words,
 * with "år", "years old"), then a date with a month or an ordinal. The token the date begins at.
 */
function dateAfterAge(tokens: Token[], i: number): number | undefined {
  const age = tokens[i];
  if (!age || !(age.kind === 'digits' ? age.text.length <= 3 : numberWordAtoms(age.lower) !== undefined && age.lower !== 'oh')) return undefined;
  let k = i + 1;
  while (k < tokens.length && k <= i + 3 && AGE_UNITS.has(tokens[k]!.lower)) k++;
  // ("fyller åttio på lördag, tjugonde december": the weekday of the birthday, then its date.)
  const weekday = ['på', 'on'].includes(tokens[k]?.lower ?? '') && WEEKDAYS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 2]?.text === ',';
  if (weekday) k += 3;
  const lead = k;
  while (k < tokens.length && k <= lead + 1 && DATE_LEADS.has(tokens[k]!.lower)) k++;
  const t = tokens[k];
  if ((k === lead && !weekday) || !t) return undefined;
  const dated = MONTHS.has(t.lower) || (t.text.length > 2 && ORDINAL.test(t.lower)) || (t.kind === 'digits' && t.text.length <= 2 && monthAhead(tokens, k));
  // (After the weekday, a day alone only closing its clause: "fyller sjuttio på lördag, den tolfte." is the birthday,
  // "fyller åttio på lördag, den första betalas pensionen" a payment.)
  const closes = (x: Token | undefined) => !x || x.kind === 'punct' || ['så', 'och', 'so', 'and'].includes(x.lower);
  if (weekday && !MONTHS.has(t.lower) && !monthAhead(tokens, k) && !closes(tokens[k + 1])) return undefined;
  return dated ? lead : undefined;
}

const PAYMENT_WORDS = /^(?:pension(?:en)?|utbetalning(?:en)?|pengarna|lönen|betalas|betalades|payment|paid|pays|money|salary)$/u;

/** A wedding, a death, a move, a divorce: events whose day may be a birthday's too. */
const LIFE_EVENTS = /^(?:gifte|gifta|gift|vigde|vigsel|vigseln|bröllop|bröllopet|dog|död|avled|gick|flyttade|skilde|skilsmässan|married|marry|wedding|died|death|passed|moved|divorced|divorce)$/u;
/** Words between numbers and the date that says them again: "so the", "alltså den", "det vill säga". */
const RESTATED_BY = new Set([...RESTATING, 'så', 'that', 'is', 'det', 'är', 'vill', 'säga', 'the', 'den']);
/**
 * "Twelve eight forty-nine, so the twelfth of August, day first": the numbers a date of birth says again in words, read
 * right before it, are the same date.
 */
export function numbersRestatedAfter(tokens: Token[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    let k = tokens.findIndex((t) => t.start === c.start) - 1;
    let restating = 0;
    while (k >= 0 && RESTATED_BY.has(tokens[k]!.lower)) {
      if (RESTATING.has(tokens[k]!.lower) || tokens[k]!.lower === 'så' || tokens[k]!.lower === 'säga') restating++;
      k--;
    }
    if (restating === 0 || tokens[k]?.text !== ',') continue;
    const last = k - 1;
    let first = last;
    while (first >= 0 && (tokens[first]!.kind === 'digits' || numberWordAtoms(tokens[first]!.lower) !== undefined)) first--;
    first++;
    // (Three numbers at least, from the sentence's start: "Twelve eight forty-nine", not "… i 30 år, alltså …"; the first
    // the date's day or month: not "Tre fyra fem, det vill säga femte april".)
    if (last - first < 2 || (first > 0 && tokens[first - 1]!.kind !== 'punct')) continue;
    const firstValue = tokens[first]!.kind === 'digits' ? Number(tokens[first]!.text) : numberWordAtoms(tokens[first]!.lower)?.reduce((a, b) => a + b, 0);
    const inDate = tokens.flatMap((t, j) => (t.start >= c.start && t.end <= c.end ? [j] : []));
    const day = inDate.map((j) => ordinalDay(tokens, j)?.day).find((d) => d !== undefined);
    const month = inDate.map((j) => MONTH_NUMBER.get(tokens[j]!.lower)).find((m) => m !== undefined);
    if (firstValue === undefined || (firstValue !== day && firstValue !== month)) continue;
    extra.push({ type: 'dateOfBirth', start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
  }
  return extra;
}

const IT_WAS = new Set(['var det', 'är det', 'it was', 'it is', "it's", 'was it']);
const SAYS = new Set(['säger', 'sa', 'says', 'said']);

/** A birthday spoken of: "födelsedag", "fyller", "birthday". */
const BIRTHDAY = /^(?:födelsedag\p{L}*|fyller|fyllde|fylla|birthday|birthdays)$/u;
/** A document's or a payment's date named: "dated", "daterat", "beslutet", "the decision", "paid", "skickade". */
const DATED = /^(?:dated|daterat|daterad|daterade|beslut|beslutet|decision|letter|brev|brevet|paid|betalades|betalning|betalningen|payment|sent|skickade|skickat)$/u;
/**
 * "Femtioåtta, jag är född femtioåtta": a number of a date of birth said again in the utterance,
 * before or after it, is the same date.
 */
function saidAgain(tokens: Token[], found: Candidate[]): Candidate[] {
  const inside = (t: Token) => found.some((c) => c.start <= t.start && t.end <= c.end);
  // ("No sorry, the thirteenth, not the fourteenth, thirteenth of April": a day said as an ordinal too.)
  const isNumber = (t: Token) => t.kind === 'digits' || (numberWordAtoms(t.lower) !== undefined && t.lower !== 'oh') || (t.text.length > 4 && ORDINAL.test(t.lower));
  const said = new Set(tokens.filter((t) => t.text.length >= 2 && isNumber(t) && inside(t)).map((t) => t.lower));
  const firstFound = Math.min(...found.map((c) => c.start));
  // (An ordinal only before the date, corrected by it: "… och pensionen kommer den tolfte varje månad" is a payment's day.)
  const ordinal = (t: Token) => t.kind === 'word' && numberWordAtoms(t.lower) === undefined;
  // ("Pensionen kommer ju den artonde, och jag är själv född artonde april": the day money comes, said before, is its own:
  // an ordinal alone, no month or year with it, in the clause of a word of payment.)
  // ("Utbetalningen kommer den 18:e varje månad": in figures too, round 50.)
  // (Not where the turn speaks of a birthday: "den 18:e, samma dag som jag fyller", "min sons födelsedag", round 50's review.)
  const birthdaySaid = tokens.some((b) => BIRTHDAY.test(b.lower));
  const paymentDay = (t: Token, at: number) => {
    if (t.end > firstFound || !(ordinal(t) || (dayAt(t) && !birthdaySaid)) || MONTHS.has(tokens[at + 1]?.lower ?? '') || tokens[at + 1]?.kind === 'digits') return false;
    const clause = tokens.slice(Math.max(0, at - 5), at);
    const from = clause.findLastIndex((b) => b.kind === 'punct');
    return clause.slice(from + 1).some((b) => PAYMENT_WORDS.test(b.lower));
  };
  // (Only a wedding's, a death's, a move's or a divorce's day, named before it in its sentence; a payment's day with its
  // month is a birthday's said again, as round 27's review settled.)
  const lifeEventBefore = (at: number) => {
    for (let j = at - 1; j >= 0 && !SENTENCE_END_MARKS.has(tokens[j]!.text); j--) if (LIFE_EVENTS.test(tokens[j]!.lower)) return true;
    return false;
  };
  // (A day, not a year: "Det gäller pensionen, femtioåtta, jag är född femtioåtta" says the year twice.)
  const dayAt = (t: Token) => (t.kind === 'digits' && t.text.length <= 2 && Number(t.text) <= 31) || ordinal(t);
  // ("Monday the 23rd of November", after 23/04/69: a number that is part of a word is that word's.)
  const partOfWord = (at: number) => tokens[at + 1]?.start === tokens[at]!.end && tokens[at + 1]!.kind === 'word';
  // ("Sjunde januari. Nej, sjuttonde. Hon står bredvid, sjunde var det.": after it, an ordinal as a clause of its own, round 44.)
  // (Not a payment's or an event's day asked for just before: "Betalningen, femte.", "The payment? Fifth.")
  const confirmedAfter = (at: number) =>
    !tokens.slice(Math.max(0, at - 6), at).some((b) => PAYMENT_WORDS.test(b.lower) || b.lower.startsWith('betalning') || LIFE_EVENTS.test(b.lower)) &&
    (at === 0 || tokens[at - 1]!.kind === 'punct' || CORRECTING.has(tokens[at - 1]!.lower) || SAYS.has(tokens[at - 1]!.lower)) &&
    ((tokens[at + 1]?.kind ?? 'punct') === 'punct' || IT_WAS.has(`${tokens[at + 1]!.lower} ${tokens[at + 2]?.lower}`));
  // ("…, and the decision is dated 16 October 2026": a day with another month than the birth's is another date, round 50.)
  const birthMonths = new Set(tokens.filter((t) => MONTHS.has(t.lower) && inside(t)).map((t) => MONTH_NUMBER.get(t.lower)));
  // (Only a document's or a payment's date, named just before: "Vänta, tjugotredje februari… nej, det är min frus" is a
  // date of birth too.)
  const otherMonth = (at: number) =>
    [tokens[at + 1], tokens[at + 2], tokens[at - 1]].some((m) => m !== undefined && MONTHS.has(m.lower) && !birthMonths.has(MONTH_NUMBER.get(m.lower))) &&
    tokens.slice(Math.max(0, at - 4), at).some((b) => DATED.test(b.lower)) &&
    !birthdaySaid;
  return tokens
    // ("Vi gifte oss den 14 juni 1975, och jag är född 14 juni 1952": not the day of another event named before it.)
    .filter((t, at) => said.has(t.lower) && !inside(t) && (!ordinal(t) || t.end <= firstFound || confirmedAfter(at)) && !paymentDay(t, at) && !partOfWord(at) && !(dayAt(t) && lifeEventBefore(at)) && !(dayAt(t) && otherMonth(at)))
    .map((t) => ({ type: 'dateOfBirth' as const, start: t.start, end: t.end, confidence: Confidence.cued }));
}

/**
 * A date said before its cue: "Trettonde mars femtioett är jag född", "13/5 1951 föddes jag", "the
 * fifth of May, that's when I was born". Only a date with a month, an ordinal or a year in it.
 */
function takeBefore(tokens: Token[], cue: number, found: Candidate[]): void {
  // "Jag började jobba 1970, född är jag femtioett": a cue with its date after it names that one.
  let after = cue + 1;
  while (after < tokens.length && after <= cue + 3 && CUE_VERB_AND_PERSON.has(tokens[after]!.lower)) after++;
  if (after > cue + 1 && startsDate(tokens, after)) return;
  let last = cue - 1;
  const between: string[] = [];
  for (; last >= 0 && between.length < 5 && !isDatePart(tokens[last]!); last--) if (tokens[last]!.text !== ',') between.unshift(tokens[last]!.lower);
  if (!BEFORE_TRAILING_CUE.get(tokens[cue]!.lower)!.test(between.join(' '))) return;
  if (last < 0 || !isDatePart(tokens[last]!) || tokens[last]!.kind === 'punct') return;
  let first = last;
  while (first > 0 && first > last - 10) {
    const t = tokens[first - 1]!;
    if (isDatePart(t, tokens[first]) || isOrdinalColon(tokens, first - 1) || ((t.text === ',' || CONNECTORS.has(t.lower)) && first >= 2 && isDatePart(tokens[first - 2]!))) first--;
    else break;
  }
  while (first < last && tokens[first]!.kind === 'punct') first++;
  // "hon fyller nittio i april, född -36": an age and the month of a birthday, not the birth date
  // (with the day, "fyller nittio den 4 april", the birthday rule takes it).
  if (isAgeAt(tokens, first)) return;
  let dated = false;
  for (let k = first; k <= last && !dated; k++) {
    const t = tokens[k]!;
    dated = MONTHS.has(t.lower) || NAMED_DAYS.has(t.lower) || (t.text.length > 2 && ORDINAL.test(t.lower)) || fullYearAt(tokens, k) || apostropheYearAt(tokens, k);
  }
  // "a '54 baby": the apostrophe goes with the year.
  if (apostropheYearAt(tokens, first)) first--;
  if (!dated) return;
  if (ARTICLES.has(tokens[first - 1]?.lower ?? '')) first--;
  found.push({ type: 'dateOfBirth', start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
}

/** "född är jag …", "born was I …": the verb and the person between a trailing cue and a date after it. */
const CUE_VERB_AND_PERSON = new Set(['är', 'var', 'jag', 'han', 'hon', 'hen', 'du', 'was', 'is', 'i', 'he', 'she']);

/** A year said whole ("1951", "nittonhundrafemtioett", "nineteen fifty-one"), not an age ("seventy-two"). */
function fullYearAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'digits') return /^(?:19|20)\d\d$/.test(t.text);
  const atoms = numberWordAtoms(t.lower);
  return !!atoms && (atoms[0] === 19 || centuryHundred(atoms)) && (atoms.length > 1 || birthYearAt(tokens, i + 1));
}

/** "nittonhundra…", "artonhundra…": a century said with "hundra"; "niohundra" (900) is an amount, no year. */
const centuryHundred = (atoms: readonly number[]): boolean => atoms[1] === -100 && atoms[0]! >= 18 && atoms[0]! <= 20;

/** A year at token `i`: "1948", "nittonhundrafyrtioåtta", "nitton fyrtioåtta", "fyrtioåtta". */
function birthYearAt(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  if (!t) return false;
  if (t.kind === 'digits') return /^(?:19|20)\d\d$/.test(t.text);
  const atoms = numberWordAtoms(t.lower);
  return !!atoms && atoms[0] !== 0 && (centuryHundred(atoms) || atoms[0]! >= 19 || t.lower === 'nitton');
}

const AGE_FILLERS = new Set([...HESITATIONS, 'alltså', 'ju', 'då', 'nu', 'snart', 'now', 'soon']);
/** "I'll be eighty", "jag fyller åttio", "she turned ninety", "jag är sjuttiotvå": an age, not a year. */
const AGE_VERBS = new Set(['be', 'fyller', 'fyllde', 'fylla', 'turned', 'turn', 'turns', 'turning', 'aged', 'age', "i'm", "she's", "he's", 'blir', 'blev']);
export function isAgeAt(tokens: readonly Token[], i: number): boolean {
  const at = i;
  // "fyller alltså åttiofyra", "turns, um, ninety": past a filler.
  while (i > 1 && (AGE_FILLERS.has(tokens[i - 1]!.lower) || tokens[i - 1]!.text === ',')) i--;
  const before = tokens[i - 1]?.lower ?? '';
  // ("i februari fyller jag alltså åttiofyra": the subject after its verb, before a number that is no ordinal.)
  const count = tokens[at]?.kind === 'digits' || (numberWordAtoms(tokens[at]?.lower ?? '') !== undefined && !ORDINAL.test(tokens[at]!.lower));
  if (PERSONS.has(before) && AGE_VERBS.has(tokens[i - 2]?.lower ?? '') && count) return true;
  // ("so I was twenty", "jag var tjugo": one's own age then, a number in words under a hundred and twenty, not a year; not
  // "Mamma var trettioett", a year of birth said so.)
  const atoms = tokens[at]?.kind === 'word' ? numberWordAtoms(tokens[at]!.lower) : undefined;
  const small = atoms !== undefined && atoms.reduce((a, b) => a + Math.max(b, 0), 0) < 120;
  // ("Då är du alltså sjuttioåtta?", "är hon nittio nu": "är" before its person too, a number in words under a hundred and
  // twenty, round 60; not "Är hon 1952?", "är han nittonhundrafemtiotvå", a year, round 60's review.)
  if (PERSONS.has(before) && tokens[i - 2]?.lower === 'är' && small && !atoms!.some((a) => a < 0)) return true;
  if ((before === 'was' || before === 'var') && ['i', 'jag'].includes(tokens[i - 2]?.lower ?? '') && small && !MONTHS.has(tokens[at + 1]?.lower ?? '')) return true;
  // ("han är femtiotvå nu", "she's eighty years old": an age, said as one.)
  if (count && AGE_AFTER_WORDS.has(tokens[at + 1]?.lower ?? '') && ((before === 'är' || before === 'is' || before === "he's" || before === "she's") || PERSONS.has(before))) return true;
  // ("born March the twentieth, ninety-four, that's thirty-two this year", "det blir trettiotvå i år": a count under 120 said
  // with "this year" after a date is the age it makes; round 70. Not a longer number: "that's 7605 this year" stays.)
  const underAge = small ? !atoms!.some((a) => a < 0) : tokens[at]?.kind === 'digits' && tokens[at]!.text.length <= 3 && Number(tokens[at]!.text) < 120;
  const thisYear = (tokens[at + 1]?.lower === 'this' && tokens[at + 2]?.lower === 'year') || (tokens[at + 1]?.lower === 'i' && tokens[at + 2]?.lower === 'år');
  // (Not a two-digit birth year said as the year (review 70): only after a date said earlier in the turn, not right after
  // "the year"/"året", and not with another age or "I was born" run on after it: "and the year, that's 61 this year I'm 65".)
  const dateBefore = tokens.slice(0, i).some((t, k) => MONTHS.has(t.lower) || (t.lower.length > 3 && ORDINAL.test(t.lower)) || (/^(?:st|nd|rd|th)$/u.test(t.lower) && tokens[k - 1]?.kind === 'digits') || (t.text === '/' && tokens[k - 1]?.kind === 'digits'));
  const yearJustBefore = tokens.slice(Math.max(0, i - 5), i).some((t) => ['year', 'året', 'årtalet', 'födelseåret'].includes(t.lower));
  const runsOn = tokens[at + 3]?.kind !== 'punct' && ["i'm", 'i’m', 'im', 'i', 'jag', "he's", "she's", 'han', 'hon'].includes(tokens[at + 3]?.lower ?? '');
  if (underAge && thisYear && dateBefore && !yearJustBefore && !runsOn && (before === "that's" || before === 'that’s' || (before === 'is' && tokens[i - 2]?.lower === 'that') || before === 'blir')) return true;
  return AGE_VERBS.has(before) || ((before === 'är' || before === 'am') && PERSONS.has(tokens[i - 2]?.lower ?? '') ) || (tokens[i - 2]?.lower === 'i' && before === 'am');
}

/**
 * "I'm fifty-six", "she's 82": a count under 120 after "I'm", "he's", "she's", no month after it. An age where a date was
 * said before it (alone, under "What year was he born?", "He's fifty-two" is the year, failing closed).
 */
export function ageWithPersonIs(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || !PERSON_IS.has(tokens[at - 1]?.lower ?? '') || MONTHS.has(tokens[at + 1]?.lower ?? '')) return false;
  return isAgeValue(t);
}

/** "sjuttioett år", "71 years": a number under 120 with its "år", "years" (no month, no hundred: not a year of birth). */
function yearsCounted(tokens: readonly Token[], at: number): boolean {
  const t = tokens[at];
  return !!t && ['år', 'years'].includes(tokens[at + 1]?.lower ?? '') && isAgeValue(t);
}

/** "52", "femtiotvå", "fifty-two": a number in figures or words (not an ordinal) under 120, as an age is said. */
function isAgeValue(t: Token): boolean {
  const value = countOf(t);
  return value !== undefined && value < 120;
}

/** Words after "N år" that make it an age: "åttiotvå år fyller jag", "seventy years old". */
const YEARS_OLD_AFTER: ReadonlySet<string> = new Set(['fyller', 'fyllde', 'gammal', 'gamla', 'nu', 'old', 'now', 'turning']);

/** Words after a number that make it an age: "femtiotvå nu", "eighty years", "nittio år". */
export const AGE_AFTER_WORDS: ReadonlySet<string> = new Set(['nu', 'now', 'år', 'years', 'gammal', 'gamla', 'old']);

/** A month within the three tokens after `i` ("third of March", "tredje i femte" aside). */
function monthAhead(tokens: Token[], i: number): boolean {
  for (let k = i + 1; k < tokens.length && k <= i + 3; k++) if (MONTHS.has(tokens[k]!.lower)) return true;
  return false;
}

/** The last token of a date in figures from `k` whose year is of the last century ("1953-06-04", "12/5/71"). */
function numericDateEnd(tokens: Token[], k: number): number | undefined {
  // (It begins with digits: every other token, most of a turn, returns here, before the closures below are made.)
  return tokens[k]?.kind === 'digits' ? numericDateFrom(tokens, k) : undefined;
}
function numericDateFrom(tokens: Token[], k: number): number | undefined {
  const digits = (j: number, min: number, max: number) => tokens[j]?.kind === 'digits' && tokens[j]!.text.length >= min && tokens[j]!.text.length <= max;
  // ISO with dashes ("1953-06-04"), day and month with slashes ("12/5/71"); not dots ("version 3.4.1950", "2.10.45 minuter").
  const sep = (j: number, mark: string) => tokens[j]?.text === mark && tokens[j]!.start === tokens[j - 1]!.end && tokens[j + 1]?.start === tokens[j]!.end;
  const mark = tokens[k + 1]?.text === '-' ? '-' : '/';
  if (!(digits(k, 1, 4) && sep(k + 1, mark) && digits(k + 2, 1, 2) && sep(k + 3, mark) && digits(k + 4, 2, 4))) return undefined;
  if (UNITS.has(tokens[k + 5]?.lower ?? '') || (tokens[k + 5]?.text === mark && tokens[k + 6]?.kind === 'digits')) return undefined;
  const [a, b, c] = [tokens[k]!.text, tokens[k + 2]!.text, tokens[k + 4]!.text];
  if (mark === '-' && a.length !== 4) return undefined;
  const valid = (month: string, day: string) => Number(month) >= 1 && Number(month) <= 12 && Number(day) >= 1 && Number(day) <= 31;
  // Year first ("1953-06-04"), or last ("12/5/71", "3/4/1950"): 19xx, or two digits from 30 (a birth, not "-26").
  if (a.length === 4) return /^19\d\d$/.test(a) && valid(b, c) ? k + 4 : undefined;
  const oldYear = /^19\d\d$/.test(c) || (c.length === 2 && Number(c) >= 30);
  return oldYear && (valid(b, a) || valid(a, b)) && a.length <= 2 ? k + 4 : undefined;
}

/** Events whose dates are not births, beyond OTHER_EVENTS: a decision, a payment, a death, a wedding, a letter. */
const EVENTS_NAMED = new Set([
  'beslut', 'beslutet', 'betalning', 'betalningen', 'utbetalning', 'utbetalningen', 'brev', 'brevet', 'avled', 'död', 'dödsdag',
  'bröllop', 'decision', 'payment', 'paid', 'letter', 'wedding', 'funeral', 'begravning', 'begravningen', 'skickade', 'sent',
  // Deadlines and since when: "Senast den 30 juni 1999", "anställd sedan 1 september 1985", "since the 3rd of May 1989".
  'senast', 'sedan', 'sen', 'since', 'anställd', 'anställdes', 'employed', 'hired', 'öppnade', 'opened', 'fick', 'got', 'received',
  'by', 'before', 'until', 'innan', 'före', 'tills',
]);
/** The event words by kind, OTHER_EVENT and EVENT_NAMED (a word may be both): one look-up where both sets were asked. */
const OTHER_EVENT = 1;
const EVENT_NAMED = 2;
const EVENT_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  for (const w of OTHER_EVENTS) kinds.set(w, OTHER_EVENT);
  for (const w of EVENTS_NAMED) kinds.set(w, (kinds.get(w) ?? 0) | EVENT_NAMED);
  return kinds;
})();
/**
 * From `first` to `last`: a day or a month named, and a year of the last century ("1951", "nineteen fifty-one",
 * "femtioett" after the month), not one of this ("twenty twenty-four", "tjugo tjugosex").
 */
function lastCenturyDate(tokens: Token[], first: number, last: number): boolean {
  const span = tokens.slice(first, last + 1);
  // A whole date: the day too ("January eighty-five" is when someone came, not a birth).
  const day = (t: Token) => (t.kind === 'digits' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31) || (t.text.length > 2 && ORDINAL.test(t.lower));
  if (!span.some((t) => MONTHS.has(t.lower)) || !span.some(day)) return false;
  for (let j = 0; j < span.length; j++) {
    const t = span[j]!;
    if (t.kind === 'digits') {
      if (/^19\d\d$/.test(t.text)) return true;
      continue;
    }
    const atoms = numberWordAtoms(t.lower);
    if (!atoms) continue;
    if (atoms[0] === 19) return true;
    // A two-digit year after the month or day: "mars femtioett", "April, fifty-one" (not after "tjugo"/"twenty").
    const previous = span[j - 1]?.text === ',' ? span[j - 2] : span[j - 1];
    const after = previous !== undefined && (MONTHS.has(previous.lower) || ORDINAL.test(previous.lower) || previous.kind === 'digits');
    // (A two-digit year only: "fyrtiotvåtusen" is a sum.)
    if (j === span.length - 1 && after && atoms[0]! >= 30 && atoms[0]! <= 90 && atoms.every((a) => a >= 0) && !['tjugo', 'twenty'].includes(previous?.lower ?? '')) return true;
  }
  return false;
}

/** A month, a named day, an ordinal or a number shaped as a year ("femtiotre", "1953", not "3 barn"). */
function startsDate(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  // (A mark, or a word that is no month, named day, "new", ordinal nor number word, begins no date whatever stands around
  // it: every test below returns false for it. Most tokens of a turn, settled before the look-ups around them.)
  if (t?.kind === 'punct') return false;
  if (t?.kind === 'word' && !MONTHS.has(t.lower) && !NAMED_DAYS.has(t.lower) && t.lower !== 'new' && !(t.text.length > 2 && ORDINAL.test(t.lower)) && numberWordAtoms(t.lower) === undefined) return false;
  // ("…, ninth month... September the fourth": a month said as its ordinal, "month" no unit here; round 68.)
  // (Only the month said as a piece of its own, a pause or the end after it, or "of the year"/"på året": not "ninth month of the
  // pregnancy", "sjätte månaden i rad", "the ninth month payment", round 68's review.)
  const afterMonth = tokens[k + 2];
  const pieceOfItsOwn = !afterMonth || afterMonth.kind === 'punct' || (afterMonth.lower === 'of' && tokens[k + 3]?.lower === 'the' && tokens[k + 4]?.lower === 'year') || (afterMonth.lower === 'på' && tokens[k + 3]?.lower === 'året');
  const monthByOrdinal = t?.kind === 'word' && t.text.length > 2 && ORDINAL.test(t.lower) && MONTH_NOUNS.has(tokens[k + 1]?.lower ?? '') && pieceOfItsOwn;
  if (!t || (UNITS.has(tokens[k + 1]?.lower ?? '') && !monthByOrdinal)) return false;
  if (t.kind === 'digits') return t.text.length === 2 || /^(?:19|20)\d\d$/.test(t.text);
  if (t.kind !== 'word') return false;
  // ("the year's benefit": "year's" begins a date only after "New"; review 73.)
  if (YEARS.has(t.lower) && tokens[k - 1]?.lower !== 'new') return false;
  if (MONTHS.has(t.lower) || NAMED_DAYS.has(t.lower) || (t.lower === 'new' && NAMED_DAYS.has(tokens[k + 1]?.lower ?? '')) || (t.text.length > 2 && ORDINAL.test(t.lower))) return true;
  const atoms = numberWordAtoms(t.lower);
  return !!atoms && atoms[0]! >= 19;
}

/** Words that set a date against the one said or written before: "nej", "not", "sorry", "det står", "ni har skrivit". */
const SET_AGAINST = new Set([...TAKING_BACK, 'not', 'inte', 'står', 'skrivit', 'wrote', 'written', 'says']);
/** "…, eller var det 5 februari?": a date asked as the other one it may be (not "5 april eller 6 april", two dates). */
const OR_WAS_IT = new Set(['eller var det', 'eller är det', 'or was it', 'or is it']);
/**
 * "Ni har skrivit fel födelsedatum, det står 2 november, men jag är född 2 december 1961", "not the twenty-first, the
 * twelfth", "born ten June, no, sorry, six October": in a turn with a date of birth, a day (with its month or alone as an
 * ordinal) set against another by a correction or by what is written is a date of birth too — the wrong one shows the
 * right one's parts, and privacy fails closed (round 51).
 */
export function datesSetAgainstBirth(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const births = found.filter((c) => c.type === 'dateOfBirth');
  if (births.length === 0) return [];
  const out: Candidate[] = [];
  const overlaps = (c: Candidate, t: Token) => c.start < t.end && t.start < c.end;
  const taken = (t: Token) => found.some((c) => overlaps(c, t)) || out.some((c) => overlaps(c, t));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (taken(t)) continue;
    const ordinal = ordinalDay(tokens, k);
    const dayWithMonth = t.kind === 'digits' && t.text.length <= 2 && Number(t.text) >= 1 && Number(t.text) <= 31 && MONTHS.has(tokens[k + 1]?.lower ?? '');
    const numberWithMonth = t.kind === 'word' && !ordinal && numberWordAtoms(t.lower) !== undefined && MONTHS.has(tokens[k + 1]?.lower ?? '');
    // ("Andra månaden": a month by its number is no day.)
    if ((!ordinal && !dayWithMonth && !numberWithMonth) || MONTH_NOUNS.has(tokens[(ordinal?.end ?? k) + 1]?.lower ?? '')) continue;
    // ("Nej, det var den 1 juni vi flyttade": another event's date, named beside it.)
    // ("Och pengarna kom inte den 25 april": a payment's, a letter's, a meeting's or any other event's.)
    if (tokens.slice(Math.max(0, k - 4), k + 6).some((b) => LIFE_EVENTS.test(b.lower) || PAYMENT_WORDS.test(b.lower) || OTHER_EVENTS.has(b.lower) || EVENT_THINGS.test(b.lower))) continue;
    // (Only beside the date of birth, in its sentence: "Det står 5 juni i brevet" alone is a letter's date, round 51's review;
    // or in the question just before it: "Född 2 maj 1975, eller var det 5 februari? Nej, 2 maj.")
    const to = sentenceEndOf(tokens, k);
    let from = sentenceStartOf(tokens, k);
    if (from > 0 && tokens[from - 1]!.text === '?') from = sentenceStartOf(tokens, from - 1);
    if (!births.some((c) => c.start >= tokens[from]!.start && c.end <= tokens[to - 1]!.end)) continue;
    // The cue: a word of correction or of writing within the three words before (past "the", "den", commas and pauses).
    let j = k - 1;
    let words = 0;
    let against = false;
    for (; j >= 0 && words < 3; j--) {
      const b = tokens[j]!;
      if (b.kind === 'punct' || HESITATIONS.has(b.lower) || DAY_ARTICLES_BEFORE.has(b.lower)) continue;
      words++;
      if (SET_AGAINST.has(b.lower)) against = true;
    }
    against ||= OR_WAS_IT.has(tokens.slice(Math.max(0, k - 3), k).map((b) => b.lower).join(' '));
    if (!against) continue;
    let end = ordinal ? ordinal.end : k;
    if (MONTHS.has(tokens[end + 1]?.lower ?? '')) end++;
    else if (tokens[end + 1]?.lower === 'of' && MONTHS.has(tokens[end + 2]?.lower ?? '')) end += 2;
    if (pastYearAt(tokens as Token[], end + 1)) end++;
    let start = DAY_ARTICLES_BEFORE.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
    // ("not April the seventh": the month before its day.)
    if (start === k - 1 && tokens[k - 1]!.lower === 'the' && MONTHS.has(tokens[k - 2]?.lower ?? '')) start = k - 2;
    out.push({ type: 'dateOfBirth', start: tokens[start]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
  }
  return out;
}
const DAY_ARTICLES_BEFORE = new Set(['the', 'den', 'on']);
/**
 * "His pension came in on the nineteenth", "pengarna kom den nionde": a day a payment came on, named before it, in a
 * sentence with no word of a birthday ("Salary day the twenty-first, yes that's my birthday" is the birthday's).
 */
export function paymentsDay(tokens: readonly Token[], k: number): boolean {
  const [from, to] = [sentenceStartOf(tokens, k), sentenceEndOf(tokens, k)];
  if (tokens.slice(from, to).some((t) => BIRTHDAY.test(t.lower) || isBirthCue(t.lower))) return false;
  return tokens.slice(Math.max(from, k - 6), k).some((t) => PAYMENT_WORDS.test(t.lower));
}
/** Meetings, calls and deadlines: their dates are theirs. */
const EVENT_THINGS = /^(?:möte\p{L}*|deadline|ringer|ring|ringa|called|call|meeting|kan|can't|cannot|sista|last)$/u;
