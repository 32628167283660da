/** Words after a number that make it an amount, a duration or a count, never an identifier. */
export const UNITS = new Set([
  'kronor', 'krona', 'kronors', 'kr', 'sek', 'öre', 'procent', '%', 'år', 'års', 'åren', 'månad', 'månader', 'månaden',
  'dagar', 'dagen', 'veckor', 'vecka', 'veckan', 'timmar', 'timme', 'minuter', 'minut', 'sekunder', 'gånger', 'gång',
  'stycken', 'st', 'barn', 'barnbarn', 'personer', 'miljoner', 'miljon', 'miljarder', 'kilo', 'kg', 'meter', 'kvm',
  'kvadratmeter', 'mil', 'km', ':-', 'pounds', 'pound', 'quid', 'pence', 'dollars', 'dollar', 'euro', 'euros', 'percent',
  'years', 'year', 'months', 'month', 'weeks', 'week', 'days', 'hours', 'hour', 'minutes', 'times', 'people', 'children',
  'million', 'thousand', 'am', 'pm', 'rupees', 'rupee', 'rs', 'lakh', 'lakhs', 'crore', 'crores',
]);
/**
 * Currencies that are no unit of ours (review of round 87): "baht", "thb" keep a number only read as a sum with its thousands
 * word (identifiers.ts isAmountOrDay), never in the leak scan: not "My account number is 7314559027 baht".
 */
export const AMOUNT_CURRENCIES: ReadonlySet<string> = new Set(['baht', 'thb']);
/**
 * A flat's size, "65 kvadrat", "81 sqm", "40 metres" (round 78): only for a short number (identifiers.ts isAmountOrDay),
 * never in the shared UNITS, so the leak scan and the call's memory keep no account or postcode for them (review 78).
 */
export const AREA_UNITS: ReadonlySet<string> = new Set(['kvm', 'kvadratmeter', 'kvadratmetrar', 'sqm', 'kvadrat', 'metres', 'meters']);
/** A unit or a size after a number: what makes it no house or flat number (addresses only; not what keeps an identifier). */
export const isUnitOrSize = (lower: string): boolean => UNITS.has(lower) || AREA_UNITS.has(lower);
/** Verbs of paying and of costing before a sum: "betalade 4 000", "kostar", "I paid 4 000", "it costs" (in `LEADS`). */
export const PAYING_VERBS: ReadonlySet<string> = new Set(['betalar', 'betalade', 'betalat', 'kostar', 'kostade', 'paid', 'pay', 'pays', 'cost', 'costs']);
/**
 * Words before a number that make it an amount, a time or an age: currency and clock words, verbs of
 * money ("jag fick 12 400 i juni", "I paid 4 000") and of age ("hon fyller nittio"), which no identifier follows.
 */
export const LEADS = new Set([
  '£', '$', '€', 'kr', 'klockan', 'kl', 'halv', 'kvart', 'fyller', 'fyllde', 'turns', 'turned',
  'fick', 'får', ...PAYING_VERBS, 'tjänar', 'tjänade', 'got', 'earn', 'earned',
]);
/** A dash said as a word, between the pieces of one number ("380905, dash, 3725", "oito mil seiscentos, dash, quinhentos"). */
export const DASH_WORDS = new Set(['streck', 'bindestreck', 'minus', 'dash', 'hyphen']);
/** Words after a town that keep it a place: "…, 534 31 Vara kommun", "…, Faro, Portugal" (and the countries the lists know). */
export const PLACE_AFTER_TOWN = new Set(['kommun', 'län', 'stad', 'municipality', 'county']);
/** Words before a year ("sedan 2019", "in 2025", "utfärdat 2022", "expires 2029"): they keep only a number shaped as a year. */
export const YEAR_LEADS = new Set(['år', 'året', 'sedan', 'since', 'in', 'inkomståret', 'för', 'for', 'från', 'from', 'till', 'until', 'i', 'före', 'efter', 'before', 'after', 'utfärdat', 'utfärdad', 'utfärdades', 'issued', 'expires', 'expired', 'expiry']);

/** 19xx or 20xx, on its own. */
export const isYear = (digits: string): boolean => /^(19|20)\d\d$/.test(digits);
/** "inte 12", "not Anna": a word that denies what follows (a corrected date, a name or street said not to be it). */
export const NEGATIONS: ReadonlySet<string> = new Set(['inte', 'not']);
/** Months by their whole names, Swedish and English. */
export const MONTH_NAMES: ReadonlySet<string> = new Set([
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
]);
/** Months by their whole names and their short forms: a number before one is a day of a date. */
export const MONTHS: ReadonlySet<string> = new Set([...MONTH_NAMES, 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt', 'oct', 'nov', 'dec']);
