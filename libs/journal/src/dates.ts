import type { Language } from '@samtal/contracts';
import * as chrono from 'chrono-node';
import { capitalise } from './text.js';

/** A date phrase in a sentence and the calendar day it means, counted from the call's date. */
export interface DatePhrase {
  text: string;
  /** ISO date (YYYY-MM-DD). */
  date: string;
}

const SV_NUMBERS: Record<string, number> = {
  en: 1,
  ett: 1,
  två: 2,
  tre: 3,
  fyra: 4,
  fem: 5,
  sex: 6,
  sju: 7,
  åtta: 8,
  nio: 9,
  tio: 10,
  elva: 11,
  tolv: 12,
  ett_par: 2,
  några: 3,
};
const SV_ORDINALS = [
  'första',
  'andra',
  'tredje',
  'fjärde',
  'femte',
  'sjätte',
  'sjunde',
  'åttonde',
  'nionde',
  'tionde',
  'elfte',
  'tolfte',
  'trettonde',
  'fjortonde',
  'femtonde',
  'sextonde',
  'sjuttonde',
  'artonde',
  'nittonde',
  'tjugonde',
  'tjugoförsta',
  'tjugoandra',
  'tjugotredje',
  'tjugofjärde',
  'tjugofemte',
  'tjugosjätte',
  'tjugosjunde',
  'tjugoåttonde',
  'tjugonionde',
  'trettionde',
  'trettioförsta',
];
const SV_MONTHS = [
  'januari',
  'februari',
  'mars',
  'april',
  'maj',
  'juni',
  'juli',
  'augusti',
  'september',
  'oktober',
  'november',
  'december',
];

type Unit = 'day' | 'week' | 'month' | 'year';
const SV_UNITS: Record<string, Unit> = {
  dag: 'day',
  dagar: 'day',
  vecka: 'week',
  veckor: 'week',
  månad: 'month',
  månader: 'month',
  år: 'year',
};
/** "om ungefär fyra veckor" */
const SV_APPROXIMATELY = '(?:(?:ungefär|cirka|ca|runt|omkring)\\s+)?';

const alternatives = (words: string[]) => words.map((w) => w.replaceAll('_', '\\s+')).join('|');
const L = '(?<![\\p{L}\\d])'; // no letter or digit before
const R = '(?![\\p{L}\\d])'; // and none after

/** Components `count` units after the reference day. */
function after(context: chrono.ParsingContext, count: number, unit: Unit) {
  const date = new Date(context.reference.instant);
  if (unit === 'day') date.setUTCDate(date.getUTCDate() + count);
  if (unit === 'week') date.setUTCDate(date.getUTCDate() + 7 * count);
  if (unit === 'month') date.setUTCMonth(date.getUTCMonth() + count);
  if (unit === 'year') date.setUTCFullYear(date.getUTCFullYear() + count);
  return {
    year: date.getUTCFullYear(),
    month: date.getUTCMonth() + 1,
    day: date.getUTCDate(),
  };
}

/** "om två veckor", "inom ungefär tre veckor": that many days, weeks, months or years after the call. */
function relativeParser(prefixes: string): chrono.Parser {
  const pattern = new RegExp(
    `${L}(?:${prefixes})\\s+${SV_APPROXIMATELY}(\\d{1,2}|${alternatives(Object.keys(SV_NUMBERS))})\\s+(${Object.keys(SV_UNITS).join('|')})${R}`,
    'iu',
  );
  return {
    pattern: () => pattern,
    extract: (context, [, count = '', unitWord = '']) => {
      const n = /^\d+$/.test(count) ? Number(count) : SV_NUMBERS[count.toLowerCase().replace(/\s+/g, '_')];
      const unit = SV_UNITS[unitWord.toLowerCase()];
      return n && unit ? after(context, n, unit) : null;
    },
  };
}

function fixedParser(phrases: Record<string, number>): chrono.Parser {
  const pattern = new RegExp(`${L}(${alternatives(Object.keys(phrases))})${R}`, 'iu');
  return {
    pattern: () => pattern,
    extract: (context, [, phrase = '']) => after(context, phrases[phrase.toLowerCase().replace(/\s+/g, '_')] ?? 0, 'day'),
  };
}

const monthNamedPatterns = new Map<readonly string[], RegExp>();
/** A month named after a preposition: "in May", "i maj"; not "you may". Built once per language's month list. */
function monthNamedPattern(months: readonly string[]): RegExp {
  let pattern = monthNamedPatterns.get(months);
  if (!pattern) {
    pattern = new RegExp(`(?<![\\p{L}])(?:i|under|till|från|efter|in|during|for|from|after|of|by)\\s+(${months.join('|')})(?![\\p{L}])`, 'gu');
    monthNamedPatterns.set(months, pattern);
  }
  return pattern;
}
/**
 * The first month from `from` months after the call's (this one or the next) in which `day` is on the weekday `wanted`;
 * undefined when neither fits.
 */
function monthForWeekday(ref: Date, from: number, day: number, wanted: number): { day: number; month: number; year: number } | undefined {
  for (let k = 0; k < 2; k++) {
    const probe = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth() + from + k, day));
    if (probe.getUTCDate() === day && probe.getUTCDay() === wanted) return { day, month: probe.getUTCMonth() + 1, year: probe.getUTCFullYear() };
  }
  return undefined;
}
/**
 * "fredagen den sextonde" said without its month: this month's day, or the next month's when it has passed — unless the
 * sentence named the month before it ("I maj kommer pengarna fredagen den sextonde"): that month's, this year or next
 * (round 28). A weekday said with the day picks this month or the next where the named month has passed or is the call's
 * and its day is not on that weekday (round 97); a named month still ahead keeps its day (the closing re-read of stop 65).
 */
function dayInMonth(context: chrono.ParsingContext, at: number, day: number, months: readonly string[]): { day: number; month: number; year: number } {
  const ref = context.reference.instant;
  const sentence = context.text.slice(0, at).split(/[.!?]\s/u).at(-1) ?? '';
  const named = [...sentence.toLowerCase().matchAll(monthNamedPattern(months))].at(-1)?.[1];
  // (Round 97: "Det som dragits för mycket i april och maj betalas tillbaka … senast fredag den tjugosjunde.", said in May:
  // the month named was what the sentence is about, not the day's, and the day was dated 27 April the next year, a Thursday.
  // A weekday said with the day that the named month's day is not on leaves the month to the weekday, below.)
  // (Where the weekday fits no day of this month or the next either, the month named stays, as before.)
  const saidWeekday = WEEKDAY_SAID.exec(context.text.slice(at, at + 16))?.[1]?.toLowerCase();
  if (named !== undefined) {
    const month = months.indexOf(named) + 1;
    const passed = month < ref.getUTCMonth() + 1 || (month === ref.getUTCMonth() + 1 && day < ref.getUTCDate());
    const year = ref.getUTCFullYear() + (passed ? 1 : 0);
    const wanted = saidWeekday === undefined ? undefined : WEEKDAYS.indexOf(saidWeekday) % 7;
    if (wanted === undefined || new Date(Date.UTC(year, month - 1, day)).getUTCDay() === wanted) return { day, month, year };
    // (The closing re-read of stop 65: "Återbetalningen kommer i oktober, torsdag den tolfte.", said in March: October is
    // still ahead and the day's own month; the weekday is the slip, and the day stays 12 October, not 12 March.)
    if (month > ref.getUTCMonth() + 1) return { day, month, year };
    return monthForWeekday(ref, day < ref.getUTCDate() ? 1 : 0, day, wanted) ?? { day, month, year };
  }
  const next = day < ref.getUTCDate();
  const month = ((ref.getUTCMonth() + (next ? 1 : 0)) % 12) + 1;
  const year = ref.getUTCFullYear() + (next && month === 1 ? 1 : 0);
  // "Friday the seventeenth", "fredag den sjuttonde" with no month: the first month from the call's on whose that day is
  // that weekday. Said in May 2072 it is 17 June (17 May is a Tuesday); the call's month alone dated the June payment to
  // a May Tuesday (round 70). (This month or the next only; a weekday that fits neither is a slip, and the month stays.)
  if (saidWeekday !== undefined) {
    const wanted = WEEKDAYS.indexOf(saidWeekday) % 7;
    const fits = monthForWeekday(ref, next ? 1 : 0, day, wanted);
    if (fits) return fits;
    // "Torsdagen den femtonde, har du anmält den?" said on Monday the 19th: a day that has passed this month on that very
    // weekday, and fits no month ahead, is that past day (it had been dated to 15 April, a Sunday; round 72).
    const past = new Date(Date.UTC(ref.getUTCFullYear(), ref.getUTCMonth(), day));
    if (next && past.getUTCDate() === day && past.getUTCDay() === wanted) return { day, month: past.getUTCMonth() + 1, year: past.getUTCFullYear() };
  }
  return { day, month, year };
}
/** The weekday said at the start of a day of the month: "Friday the seventeenth", "fredag den sjuttonde". */
const WEEKDAY_SAID = /^\s*(sunday|monday|tuesday|wednesday|thursday|friday|saturday|söndag|måndag|tisdag|onsdag|torsdag|fredag|lördag)(?:en)?(?![\p{L}])/iu;
/** Weekday names in the order of Date.getUTCDay, English then Swedish (index modulo 7). */
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'söndag', 'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag'];

/** The day `day` of the month after the call's: "the eighteenth next month", "den artonde nästa månad". */
function nextMonthOn(context: chrono.ParsingContext, day: number): { day: number; month: number; year: number } {
  const ref = context.reference.instant;
  const month = ((ref.getUTCMonth() + 1) % 12) + 1;
  return { day, month, year: ref.getUTCFullYear() + (month === 1 ? 1 : 0) };
}

/** Swedish: chrono's own parsers, and phrases it lacks ("i morgon", "om två veckor", "den femtonde april", "15:e april"). */
function swedishParser(): chrono.Chrono {
  const parser = chrono.sv.casual.clone();
  const dayOfMonth = new RegExp(
    `(?:(?<=(?:senast|till|före|innan)\\s+)|${L}(?:måndag|tisdag|onsdag|torsdag|fredag|lördag|söndag)(?:en)?\\s+)den\\s+(${SV_ORDINALS.join('|')}|\\d{1,2}:[ae])(?!\\s+(?:${SV_MONTHS.join('|')}))${R}`,
    'iu',
  );
  const ordinalDate = new RegExp(`${L}(?:den\\s+)?(${SV_ORDINALS.join('|')}|\\d{1,2}:[ae])\\s+(${SV_MONTHS.join('|')})${R}`, 'iu');
  const nextMonthDay = new RegExp(`${L}den\\s+(${SV_ORDINALS.join('|')}|\\d{1,2}:[ae])\\s+(?:i\\s+)?nästa\\s+månad${R}`, 'iu');
  parser.parsers.push(
    {
      // "den artonde nästa månad": that day of the month after the call's (round 50).
      pattern: () => nextMonthDay,
      extract: (context, [, ordinal = '']) => nextMonthOn(context, /^\d/.test(ordinal) ? parseInt(ordinal, 10) : SV_ORDINALS.indexOf(ordinal.toLowerCase()) + 1),
    },
    fixedParser({
      i_dag: 0,
      idag: 0,
      i_morgon: 1,
      imorgon: 1,
      i_övermorgon: 2,
      nästa_vecka: 7,
      till_veckan: 7,
      // "Ring banken direkt efter samtalet": a step to take at once is the call's day (round 50).
      direkt_efter_samtalet: 0,
      direkt_efter_det_här: 0,
    }),
    relativeParser('om|inom|senast\\s+om|efter'),
    {
      // "måndag den trettionde", "senast den tionde": a day of the month without the month is this month's, or the next's when it has passed.
      pattern: () => dayOfMonth,
      extract: (context, match) => {
        const ordinal = match[1] ?? '';
        const day = /^\d/.test(ordinal) ? parseInt(ordinal, 10) : SV_ORDINALS.indexOf(ordinal.toLowerCase()) + 1;
        return dayInMonth(context, match.index ?? 0, day, SV_MONTHS);
      },
    },
    {
      pattern: () => ordinalDate,
      extract: (_context, [, ordinal = '', month = '']) => {
        const day = /^\d/.test(ordinal) ? parseInt(ordinal, 10) : SV_ORDINALS.indexOf(ordinal.toLowerCase()) + 1;
        return { day, month: SV_MONTHS.indexOf(month.toLowerCase()) + 1 };
      },
    },
  );
  // chrono reads the two-letter abbreviations "on", "to", "må" as weekdays; in speech they are words.
  parser.refiners.push({
    refine: (_context, results) => results.filter((r) => r.text.trim().length > 2),
  });
  return parser;
}

/** A week or a weekend named: its working week ends on Friday, a weekend begins on Saturday. */
const THIS_WEEKEND = /^(?:i helgen|nu i helgen|till helgen|den här helgen|this weekend|at the weekend|over the weekend)$/iu;
const WEEK_PHRASES: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:nu i helgen|i helgen|till helgen|den här helgen|i veckan|den här veckan|denna vecka|under veckan)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:this weekend|at the weekend|over the weekend|later this week|this week)(?![\p{L}])/giu,
};
/** "på torsdag förmiddag": the part of the day belongs to the date's text. */
const PART_OF_DAY: Record<Language, RegExp> = {
  sv: /^\s*(?:förmiddag|eftermiddag|morgon|kväll|lunch)(?:en)?(?![\p{L}])/iu,
  en: /^\s*(?:morning|afternoon|evening|lunchtime)(?![\p{L}])/iu,
};

const EN_MONTHS = 'january february march april may june july august september october november december'.split(' ');
/**
 * A deadline given only as a month is its last day ("senast i december", "January at the latest", "by the end of
 * March"), and the turn of the year is 31 December ("före årsskiftet", "by the end of the year"). A month named
 * without a deadline ("i maj") stays unresolved.
 */
const END_PHRASES: Record<Language, RegExp> = {
  sv: new RegExp(
    `(?<![\\p{L}])(?:(?:senast(?:\\s+i|\\s+under|\\s+(?:den\\s+)?sista)?|(?:den\\s+)?sista|i slutet av|till slutet av|före slutet av)\\s+(${SV_MONTHS.join('|')})|(?:senast\\s+)?(?:före|innan|till|vid)\\s+(?:års|nyårs)?skiftet|(?:senast\\s+)?(?:före|innan|till)\\s+nyår|(?:före|innan)\\s+årets\\s+slut)(?![\\p{L}])`,
    'giu',
  ),
  en: new RegExp(
    `(?<![\\p{L}])(?:(?:by|before) the end of (${EN_MONTHS.join('|')})|(?:by|in)\\s+(${EN_MONTHS.join('|')})\\s+at the latest|(?<!(?:\\d(?:st|nd|rd|th)?|of)\\s+)(${EN_MONTHS.join('|')})\\s+at the latest|by (${EN_MONTHS.join('|')})(?!\\s+\\d)|(?:by|before) the end of the year|(?:by|before) (?:the )?new year|by the turn of the year)(?![\\p{L}])`,
    'giu',
  ),
};

function endOf(callDate: string, monthName: string | undefined, language: Language): string {
  const [year, month, day] = callDate.split('-').map(Number) as [number, number, number];
  const m = monthName ? (language === 'sv' ? SV_MONTHS : EN_MONTHS).indexOf(monthName.toLowerCase()) + 1 : 12;
  // A month before the call's is next year's.
  const y = m < month ? year + 1 : year;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const date = iso(y, m, last);
  return date < iso(year, month, day) ? iso(y + 1, m, last) : date;
}

function weekDay(callDate: string, phrase: string): string {
  const [year, month, day] = callDate.split('-').map(Number) as [number, number, number];
  const today = new Date(Date.UTC(year, month - 1, day));
  const weekday = today.getUTCDay();
  const ahead = THIS_WEEKEND.test(phrase) ? (6 - weekday + 7) % 7 : weekday === 6 || weekday === 0 ? (7 - weekday) % 7 : 5 - weekday;
  const date = new Date(Date.UTC(year, month - 1, day + ahead));
  return iso(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/** Not a day to note: "now" is the call itself, "once a year" a frequency. */
// ("the day it arrives", "dagen den kommer": a day named by an event, not by the calendar, round 16.)
/** "a year later", "two weeks later", "ett år senare": later than another event, not than the call (round 35). */
const LATER_THAN_SOMETHING = /(?<![\p{L}])(?:later|senare)$/iu;
const NOT_A_DUE_DATE = /^(?:nu|now|right now|an? \p{L}+|(?:this|last|next) year|i år|förra året|nästa år|the day|dagen)$/iu;
/**
 * "It's booked for the morning" (after "on Thursday the ninth"), "bokad till förmiddagen": a booking's part of the day is
 * the part of a day named before, no day of its own; the parser took it for tomorrow's (round 42). ("I'll try the morning"
 * after "Tomorrow, fine." stays: no sentence here says which day.)
 */
const PART_BOOKED = /(?<![\p{L}])(?:booked|scheduled|set|bokad|bokat|bokade|inbokad|inbokat)\s+(?:for|in|till|på|under)(?:\s+the)?\s*$/iu;
const PART_ONLY = /^(?:the\s+)?(?:morning|afternoon|evening)$|^(?:förmiddag|eftermiddag|morgon|kväll)(?:en)?$/iu;
/** "our post has gone for today", "posten har gått för i dag": what is over for the day dates nothing ahead (round 42). */
const OVER_FOR: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:har\s+)?(?:gått|stängt|slutat|gjort sitt)\s+för(?:\s+i)?\s*$/iu,
  en: /(?<![\p{L}])(?:(?:has|have|'s)\s+)?(?:gone|closed|finished|been collected)\s+for(?:\s+the)?\s*$/iu,
};
/** "måndagens post", "fredagens utbetalning": the weekday a thing belongs to is that day (round 42). */
const SV_WEEKDAY_GENITIVE = /(?<![\p{L}])((?:mån|tis|ons|tors|fre|lör|sön)dag)ens(?![\p{L}])/giu;
/** A verb in the past tense in the clause before a date: "registrerades", "kom", "skickade", "was", "sent". */
const PAST_BEFORE: Record<Language, RegExp> = {
  // ("Sjuklönen gällde till och med tjugofjärde januari", "it ran until the tenth": the -lde past and "ran", round 84.)
  sv: /(?<![\p{L}])(?:var|kom|dog|fick|gick|blev|gjorde|sa|sade|skrev|\p{L}{2,}(?:ade|ades|des|tes|dde|ddes|lde))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:was|were|came|got|died|sent|went|did|paid|said|wrote|ran|\p{L}{2,}(?<!e)ed)(?![\p{L}])/iu,
};
/** A day of the month said without a year that fell this many days before the call is the one just gone. */
const RECENT_DAYS = 120;
/** A day of the month said without a year this many days before the call is the one just gone, whatever the verb. */
const JUST_GONE_DAYS = 31;
/** A clause that looks ahead: a future, a need or a deadline before the date. */
/** "som gäller från (och med) den", "that covers from", "valid from": the start of a period a paper covers. */
const VALID_FROM: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:gäller|gällde|gälla|ska gälla)\s+(?:från|fr\.o\.m\.)(?:\s+och\s+med)?\s+(?:den\s+)?$/iu,
  en: /(?<![\p{L}])(?:covers?|covering|valid|applies|applying|counts?)\s+from\s+(?:the\s+)?$/iu,
};
/** "alltså till och med den", "up to and including": the last day of a period said, right before the date. */
const PERIOD_END: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:till och med|t\.o\.m\.)\s+(?:den\s+)?$/iu,
  en: /(?<![\p{L}])(?:up to and including|to and including)\s+(?:the\s+)?$/iu,
};
/** "för tiden efter 17 juli", "for the period after 17 July": the edge of a period the sentence is about, no day to note (round 62). */
const PERIOD_EDGE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:för|under)\s+(?:tiden|perioden|dagarna)\s+(?:efter|från|före|innan|fram till|till och med)\s+(?:den\s+)?$/iu,
  en: /(?<![\p{L}])(?:for|during)\s+the\s+(?:time|period|days)\s+(?:after|from|before|until|up to)\s+(?:the\s+)?$/iu,
};
const AHEAD_BEFORE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:kommer|ska|skall|behöver|måste|senast|innan|före|till och med|inom|från och med|nästa)(?![\p{L}])/iu,
  en: /(?<![\p{L}'])(?:will|'ll|shall|going to|need|needs|must|by|before|until|within|from|next)(?![\p{L}])/iu,
};
/**
 * A number of years and nothing else ("about 25 years", "ungefär tolv år", "for a year"): the years lived or worked, a length of
 * time. (Weeks and months said alone stay dates: "It takes about six weeks" dates the decision.)
 */
const LENGTH_ONLY = /^(?:(?:for|during|i|under)\s+)?(?:(?:about|around|roughly|some|nearly|almost|ungefär|cirka|ca|runt|nästan|drygt)\s+)?(?:\d+|\p{L}+)\s+(?:years?|år)$/iu;
/** What counts a length of time from the call ("in two weeks", "inom tre veckor", "om ett år"). */
const COUNTED_FROM_NOW = /(?<![\p{L}])(?:in|within|after|om|inom|efter)\s+(?:(?:about|around|roughly|some|ungefär|cirka|ca)\s+)?$/iu;
/** "den sjätte dagen", "the sixth day", "tredje gången": what an ordinal counts when it is no date. */
const COUNTED_AFTER = /^\s*(?:dagen|dag|gången|månaden|veckan|året|sidan|punkten|day|time|month|week|year|page|item)\b/iu;
/** The noun after "den andra" in its definite form ("föräldern", "parten", "barnet", "vårdnadshavaren"): "the other one". */
const OTHER_ONE = /^\s+\p{L}{2,}(?:en|et|na|rn|n)(?![\p{L}])/iu;
/** "Den artonde är en lördag", "the 18th is a Saturday": a weekday that describes a day is no day of its own. */
const DESCRIBED_WEEKDAY = /(?<![\p{L}])(?:är|blir|var|faller på|is|was|falls on)\s+(?:en|a)\s+$/iu;
/** A verb in the past right after a date: "on the seventeenth of November was the same", "den 3 mars kom det". */
const PAST_AFTER: Record<Language, RegExp> = {
  sv: /^[\s,]*(?:var|kom|blev|gick)(?![\p{L}])/iu,
  en: /^[\s,]*(?:was|were|came|went)(?![\p{L}])/iu,
};
/** "Friday the fourth of December", "fredag den 4 december": the weekday before a day's date is part of it. */
const BEFORE_THE_DAY = /^[\s,]*(?:the|den)?\s*$/iu;

/**
 * The day of the month just gone, this year's or (across the turn of the year) last year's, when it fell at most
 * `maxDays` before the call; otherwise the date as the parser read it (ahead).
 */
function justGone(date: string, callDate: string, month: number, day: number, maxDays: number): string {
  const year = Number(callDate.slice(0, 4));
  for (const y of [year, year - 1]) {
    const candidate = iso(y, month, day);
    const daysBack = (Date.parse(callDate) - Date.parse(candidate)) / 86_400_000;
    if (date > candidate && daysBack > 0 && daysBack <= maxDays) return candidate;
  }
  return date;
}

const EN_UNITS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
/** "first" … "thirty-first", index + 1 is the day. */
const EN_ORDINAL_DAYS = [
  ...EN_UNITS,
  ...['tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth', 'eighteenth', 'nineteenth', 'twentieth'],
  ...EN_UNITS.map((u) => `twenty-${u}`),
  'thirtieth',
  'thirty-first',
];

/** English: chrono's own parsers, and the day of the month after a weekday ("Thursday the eleventh", "Monday the 8th"). */
function englishParser(): chrono.Chrono {
  const parser = chrono.en.casual.clone();
  const dayOfMonth = new RegExp(
    `${L}(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\s+the\\s+(${EN_ORDINAL_DAYS.map((d) => d.replace('-', '[-\\s]')).join('|')}|\\d{1,2}(?:st|nd|rd|th))(?!\\s+of\\s)${R}`,
    'iu',
  );
  const nextMonthDay = new RegExp(`${L}the\\s+(${EN_ORDINAL_DAYS.map((d) => d.replace('-', '[-\\s]')).join('|')}|\\d{1,2}(?:st|nd|rd|th))\\s+(?:of\\s+)?next\\s+month${R}`, 'iu');
  // "Call your bank right after this": a step to take at once is the call's day (round 50).
  parser.parsers.push(fixedParser({ right_after_this: 0, straight_after_this: 0, right_after_the_call: 0, straight_after_the_call: 0 }));
  parser.parsers.push({
    // "on the eighteenth next month": that day of the month after the call's (round 50).
    pattern: () => nextMonthDay,
    extract: (context, [, ordinal = '']) => nextMonthOn(context, /^\d/.test(ordinal) ? parseInt(ordinal, 10) : EN_ORDINAL_DAYS.indexOf(ordinal.toLowerCase().replace(/\s+/gu, '-')) + 1),
  });
  parser.parsers.push({
    // A day of the month without the month is this month's, or the next's when it has passed (as in Swedish).
    pattern: () => dayOfMonth,
    extract: (context, match) => {
      const ordinal = match[1] ?? '';
      const day = /^\d/.test(ordinal) ? parseInt(ordinal, 10) : EN_ORDINAL_DAYS.indexOf(ordinal.toLowerCase().replace(/\s+/gu, '-')) + 1;
      return dayInMonth(context, match.index ?? 0, day, EN_MONTHS);
    },
  });
  return parser;
}

let parsers: Record<Language, chrono.Chrono> | undefined;

const iso = (year: number, month: number, day: number) =>
  `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;

/**
 * Date phrases in `text` resolved against the call's date (YYYY-MM-DD). Dates are taken
 * to lie ahead ("den 15 april" in May is next April), as follow-ups do; "på fredag" said on
 * a Friday is the next one.
 */
export function findDates(text: string, language: Language, callDate: string): DatePhrase[] {
  parsers ??= { sv: swedishParser(), en: englishParser() };
  const [year, month, day] = callDate.split('-').map(Number) as [number, number, number];
  const reference = {
    instant: new Date(Date.UTC(year, month - 1, day, 12)),
    timezone: 0,
  };
  const weeks = [
    ...[...text.matchAll(WEEK_PHRASES[language])].map((m) => ({ text: m[0], date: weekDay(callDate, m[0]), index: m.index ?? 0 })),
    ...[...text.matchAll(END_PHRASES[language])].map((m) => ({ text: m[0], date: endOf(callDate, m.slice(1).find((g) => g !== undefined), language), index: m.index ?? 0 })),
  ];
  // (The genitive read as its weekday: "måndagens" is written "måndag" and two spaces, so every index holds.)
  const read = language === 'sv' ? text.replace(SV_WEEKDAY_GENITIVE, (_m, day: string) => `${day}  `) : text;
  const results = parsers[language].parse(read, reference, { forwardDate: true });
  const parsed = results.flatMap((result) => {
    const weekdayOnly = result.start.isCertain('weekday') && !result.start.isCertain('day');
    const end = result.index + result.text.length;
    if (weekdayOnly && results.some((r) => r.index >= end && r.start.isCertain('day') && BEFORE_THE_DAY.test(text.slice(end, r.index)))) return [];
    if (weekdayOnly && DESCRIBED_WEEKDAY.test(text.slice(0, result.index))) return [];
    if (weeks.some((w) => result.index < w.index + w.text.length && w.index < result.index + result.text.length)) return [];
    const { start } = result;
    // "i maj" names a month but no day: not a date to put in a calendar.
    if ((start.isCertain('month') && !start.isCertain('day')) || NOT_A_DUE_DATE.test(result.text.trim())) return [];
    if (OVER_FOR[language].test(text.slice(0, result.index)) || PERIOD_EDGE[language].test(text.slice(0, result.index))) return [];
    if (PART_ONLY.test(result.text.trim()) && PART_BOOKED.test(text.slice(0, result.index))) return [];
    // "from December and from a year later", "two weeks later": a span later than something else said, not counted
    // from the call, so no day of its own (round 35).
    if (LATER_THAN_SOMETHING.test(result.text.trim())) return [];
    // "den sjätte dagen", "the third time": an ordinal that counts something is no day of a month;
    // "in the years they lived abroad": years without a number are no date.
    if (COUNTED_AFTER.test(text.slice(result.index + result.text.length)) || /^in the years?\b/iu.test(result.text)) return [];
    // "den andra föräldern", "den andra parten": "andra" before a noun in its definite form is "the other", no second of a
    // month (round 85: "Jag ser att det betalas underhållsstöd till den andra föräldern" dated a task 2 May).
    if (language === 'sv' && /^(?:den\s+)?andra$/iu.test(result.text.trim()) && OTHER_ONE.test(text.slice(result.index + result.text.length))) return [];
    // "You will have about 25 years", "han har bott här i tolv år": a length of time, not a day it ends on;
    // only "in"/"within"/"om"/"inom"/"after"/"efter" before it count it from the call (round 12).
    if (LENGTH_ONLY.test(result.text.trim()) && !COUNTED_FROM_NOW.test(text.slice(0, result.index))) return [];
    let date = iso(start.get('year') ?? year, start.get('month') ?? month, start.get('day') ?? day);
    // "Då blir det halv dag 6 november" said on 9 November: a day of the month a few weeks gone at most, said
    // without a year, is that day; nobody means the same day next year (round 12). Not when the clause looks
    // ahead ("Pengarna kommer den 18 mars", "I need it by 12 November"): that is next year's.
    const clauseBefore = text.slice(0, result.index).split(/[.!?]\s/u).at(-1) ?? '';
    const dayWithoutYear = !start.isCertain('year') && start.isCertain('month') && start.isCertain('day');
    if (dayWithoutYear && !AHEAD_BEFORE[language].test(clauseBefore)) {
      date = justGone(date, callDate, start.get('month')!, start.get('day')!, JUST_GONE_DAYS);
    }
    // "Kontot registrerades den 12 november" said on 19 November: a day of a month just gone, said without a
    // year after a verb in the past, is that day, not the same day next year (the parser reads every date
    // forward; "Pengarna kommer den 18 mars" said on 20 March still means next year's).
    // ("Your payment on the seventeenth of November was the same": the past verb said after it.)
    // ("ett nytt intyg som gäller från den 29 mars", "a certificate that covers from 29 March", said on 7 April: the day a
    // period it covers starts, a few weeks gone, is that day, however the sentence looks ahead, round 34.)
    const periodFrom = VALID_FROM[language].test(text.slice(0, result.index));
    // ("Intyget räcker för de första sju dagarna, alltså till och med tjugoåttonde mars", "it covers up to and including
    // the fourth of April", said a week later: the end of a period a few weeks gone at most is that day, not next year's,
    // and no deadline ahead, round 85.)
    const periodEnd = PERIOD_END[language].test(text.slice(0, result.index));
    if (dayWithoutYear && periodEnd) date = justGone(date, callDate, start.get('month') ?? month, start.get('day') ?? day, JUST_GONE_DAYS);
    if (dayWithoutYear && (periodFrom || PAST_BEFORE[language].test(clauseBefore) || PAST_AFTER[language].test(text.slice(result.index + result.text.length)))) {
      date = justGone(date, callDate, start.get('month')!, start.get('day')!, RECENT_DAYS);
    }
    if (date === callDate && start.isCertain('weekday') && !start.isCertain('day')) {
      const nextWeek = new Date(Date.UTC(year, month - 1, day + 7));
      date = iso(nextWeek.getUTCFullYear(), nextWeek.getUTCMonth() + 1, nextWeek.getUTCDate());
    }
    const part = PART_OF_DAY[language].exec(text.slice(result.index + result.text.length));
    const phrase = `${result.text}${part ? part[0] : ''}`.trim();
    return /^\d{4}-\d{2}-\d{2}$/.test(date) ? [{ text: phrase, date, index: result.index }] : [];
  });
  // "this week, probably Wednesday", "i veckan, troligen på onsdag": a weekday said after its week, in the same sentence,
  // narrows the week to that day; the week's Friday was a due date nobody gave (round 42).
  const narrowed = weeks.filter(
    (w) =>
      !THIS_WEEKEND.test(w.text) &&
      parsed.some((p) => p.index > w.index && p.date >= callDate && p.date <= w.date && !/[.!?]/u.test(text.slice(w.index, p.index)) && new RegExp(`^(?:(?:on|på)\\s+)?(?:${language === 'sv' ? 'måndag|tisdag|onsdag|torsdag|fredag' : 'monday|tuesday|wednesday|thursday|friday'})`, 'iu').test(p.text)),
  );
  return [...parsed, ...weeks.filter((w) => !narrowed.includes(w))].sort((a, b) => a.index - b.index).map(({ text, date }) => ({ text, date }));
}

/** The calendar day of an instant where the agency is (Sweden unless told otherwise). */
export function callDateOf(instant: Date, timeZone = 'Europe/Stockholm'): string {
  return new Intl.DateTimeFormat('sv-SE', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(instant);
}

/** "den här månaden", "nästa månad", "this month", "last month": which month, counted from the call's. */
const MONTH_SAID_FROM_NOW: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(i|från|till|sedan|efter|före|under|av)\s+)?(den här månaden|denna månad(?:en)?|nästa månad|förra månaden)(?![\p{L}])/giu,
  en: /(?<![\p{L}])(?:(in|from|until|till|since|after|before|during|for|of)\s+)?(this month|next month|last month)(?![\p{L}])/giu,
};
/**
 * The month the caller points at from the call's day, named: "när pensionen kommer den här månaden" said on 1 October is
 * "… i oktober", "this month" "in October", "from next month" "from November" (round 80: a line read later must not lean on
 * the day it was said).
 */
export function monthNamed(text: string, language: Language, callDate: string): string {
  const [year, month] = callDate.split('-').map(Number);
  if (!year || !month) return text;
  return text.replace(MONTH_SAID_FROM_NOW[language], (m: string, preposition: string | undefined, said: string, at: number) => {
    // ("den artonde nästa månad", "the twentieth next month": a day of that month, said as a date; left as said.)
    if ((language === 'sv' ? /(?:\d|första|andra|tredje|\p{L}+(?:nde|onde|de))\s+$/iu : /(?:\d(?:st|nd|rd|th)?|first|second|third|\p{L}+th)\s+$/iu).test(text.slice(0, at))) return m;
    const shift = /^(?:nästa|next)/iu.test(said) ? 1 : /^(?:förra|last)/iu.test(said) ? -1 : 0;
    const index = (month - 1 + shift + 12) % 12;
    const monthWord = (language === 'sv' ? SV_MONTHS : EN_MONTHS)[index] ?? '';
    const name = language === 'sv' ? monthWord : capitalise(monthWord);
    const lead = preposition ?? (language === 'sv' ? 'i' : 'in');
    const capital = /^\p{Lu}/u.test(preposition ?? said);
    const phrase = `${lead.toLowerCase()} ${name}`;
    return capital ? capitalise(phrase) : phrase;
  });
}
