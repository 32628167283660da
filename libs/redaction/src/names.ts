import { distance } from 'fastest-levenshtein';
import { isStreetWord, REGIONS, WARD_NAMED_AFTER, WEEKDAYS } from './addresses.js';
import { Confidence, type Candidate } from './candidates.js';
import { personalNumberKind } from './checksums.js';
import { isBankName } from './cues.js';
import { ordinalDay, PERSON_IS, thingIsBorn } from './dates.js';
import { RELATIVES } from './people.js';
import { numberWordAtoms } from './numbers.js';
import { NameFlag, lexicon, REGIONS_ABROAD } from './lexicon.js';
import type { Language } from '@samtal/contracts';
import { ellipsisDotAt, HESITATIONS, inCorrection, isSingleCapital, SENTENCE_END_MARKS, sentenceEndOf, sentenceStartOf, TAKING_BACK, type Token } from './tokens.js';
import { MONTHS, NEGATIONS } from './units.js';
import { rememberedTest } from './patterns.js';

/** Capitalised words that are never a person's name here. */
/**
 * Who a benefit is for, or someone's task, capitalised: "Survivor's pension", "Child's pension", "Carer's Allowance" are
 * benefits; "Tolken här …" is the interpreter introducing herself by her task.
 */
export const CAPITALISED_ROLES: ReadonlySet<string> = new Set([
  'survivor', "survivor's", 'survivors', 'child', "child's", 'carer', "carer's", "widow's", "widower's", 'tolken', 'tolk', 'interpreter',
]);
/** A sibling by the family's word: "Lillebror", "Storasyster" (round 79; review 79: given as what a child is called, a name). */
const SIBLING_WORDS: ReadonlySet<string> = new Set(['lillebror', 'lillasyster', 'storebror', 'storasyster']);
const NOT_NAMES = new Set([
  'januari', 'februari', 'mars', 'april', 'maj', 'juni', 'juli', 'augusti', 'september', 'oktober', 'november', 'december',
  'january', 'february', 'march', 'may', 'june', 'july', 'august', 'october',
  'måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday',
  'mondays', 'tuesdays', 'wednesdays', 'thursdays', 'fridays', 'saturdays', 'sundays',
  'christmas', 'easter', 'jul', 'julafton', 'påsk', 'påskafton', 'midsommar', 'midsommarafton', 'nyår', 'nyårsafton',
  'pensionsmyndighetens', 'försäkringskassans', 'skatteverkets',
  'pensionsmyndigheten', 'försäkringskassan', 'skatteverket', 'arbetsförmedlingen', 'kronofogden', 'migrationsverket',
  // ("Mobilt BankID", "Mobile BankID", the tax "SINK": round 61.)
  'mobilt', 'mobile', 'sink',
  'csn', 'bankid', 'swish', 'sidor', 'gud', 'god', 'jesus', 'visa', 'mastercard', 'sverige', 'sweden', 'swedish',
  // (A field or document named with capitals, "Japanese My Number", "Coordination Number": no one's name; round 76.)
  'number', 'nummer',
  // (A sibling by the family's word, "Lillebror har samordningsnummer": the lists hold it as a pet name; round 79.)
  ...SIBLING_WORDS,
  ...CAPITALISED_ROLES,
  // Hesitations Whisper capitalises at the start of a sentence.
  'öh', 'eh', 'ehm', 'öhm', 'hm', 'hmm', 'mm', 'mhm', 'aa', 'ah', 'oh', 'um', 'uh', 'erm', 'nja', 'jo', 'jaha', 'okej', 'okay',
]);
/** "Handelsbanken", "Försäkringskassan", "Solna kommun", "Vasakyrkan", "Rudbeckianska gymnasiet": organisations. */
const ORGANISATION_SUFFIX = /(?:bank|banken|kassan|verket|myndigheten|bolaget|kommun|kommunen|regionen|fonden|försäkringar|förvaltningen|nämnden|sjukhuset|förbundet|kyrkan|församlingen|skolan|gymnasiet|kliniken|högskolan|universitetet|centralen|centret|center|centrum|mottagningen)$/;
/** "Försäkringskassans handläggare", "Handelsbankens": the genitive of a definite form (not "Ewbanks", a surname). */
const ORGANISATION_GENITIVE = /(?:banken|kassan|verket|myndigheten|bolaget|kommunen|regionen|fonden|förvaltningen|nämnden|sjukhuset|förbundet|kyrkan|församlingen|skolan|gymnasiet|kliniken|högskolan|universitetet|centralen|centret)s$/;
const ORGANISATION = rememberedTest(new RegExp(`${ORGANISATION_SUFFIX.source}|${ORGANISATION_GENITIVE.source}`));
/**
 * "Freja eID", "Freja e-legitimation", "andra e-legitimationer, till exempel Freja": the e-identification,
 * not a person called Freja.
 */
export function isFrejaEid(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'freja') return false;
  // (Not "min dotter Freja", "heter Freja", "Hon heter Freja App".)
  if (RELATIONS.has(tokens[i - 1]?.lower ?? '') || ['heter', 'named', 'called'].includes(tokens[i - 1]?.lower ?? '')) return false;
  if (/^(?:eid|e-id|e-legitimation|id|app|appen|support)$/u.test(tokens[i + 1]?.lower ?? '')) return true;
  // "installera Freja", "download Freja", "ladda ner Freja på mobilen": what one installs is the app (round 60); not where
  // a name or an object follows ("I downloaded Freja Holm the form", "laddade hem Freja ett spel") nor where "hon"/"she"
  // goes on about her, in the sentence or the next (round 60's review).
  const installed = INSTALLS.test(tokens[i - 1]?.lower ?? '') || (['ner', 'hem'].includes(tokens[i - 1]?.lower ?? '') && DOWNLOADS.test(tokens[i - 2]?.lower ?? ''));
  if (installed) {
    const next = tokens[i + 1];
    if (next && !(next.kind === 'punct' && next.text !== ',') && !FREJA_AFTER.has(next.lower)) return false;
    let ends = 0;
    for (let k = i + 1; k < tokens.length && ends < 2; k++) {
      if (SENTENCE_END_MARKS.has(tokens[k]!.text)) ends++;
      else if (['hon', 'henne', 'hennes', 'she', 'her', 'hers'].includes(tokens[k]!.lower)) return false;
    }
    return true;
  }
  // ("andra e-legitimationer, till exempel Freja": an e-identification's word before it, in the same sentence.)
  for (let k = i - 1; k >= 0 && k >= i - 6 && !SENTENCE_END_MARKS.has(tokens[k]!.text); k--) if (/^(?:e-legitimation\p{L}*|bankid|eid|e-id)$/u.test(tokens[k]!.lower)) return true;
  // "Jag loggar in med Freja", "I log in with Freja": what one logs in with is the e-identification (round 21). (Not
  // "with Freja Holm", "med Freja, min dotter", "tillsammans med Freja", nor where "hon"/"she" goes on about her.)
  if (['med', 'with'].includes(tokens[i - 1]?.lower ?? '') && !['tillsammans', 'together'].includes(tokens[i - 2]?.lower ?? '')) {
    const next = tokens[i + 1];
    const ends = !next || (next.kind === 'punct' && next.text !== ',') || FREJA_AFTER.has(next.lower);
    let person = false;
    for (let k = i + 1; k < tokens.length && !SENTENCE_END_MARKS.has(tokens[k]!.text); k++) if (FREJA_PERSON.has(tokens[k]!.lower)) person = true;
    if (ends && !person) {
      for (let k = i - 2; k >= 0 && k >= i - 5 && !SENTENCE_END_MARKS.has(tokens[k]!.text); k--) if (/^(?:logga\p{L}*|inloggning\p{L}*|legitimera\p{L}*|log|logged|logging|sign|signed|signing)$/u.test(tokens[k]!.lower)) return true;
    }
  }
  return false;
}
/**
 * "Freja måste ligga i din mobil", "Freja sends its own codes": "Freja" alone, in a call that has named the
 * e-identification ("Freja eID", see `isFrejaEid`), is the product again only on the product's own evidence in its
 * sentence: an app, a code, a phone, logging in, opening, approving (Round 95). Fails closed (review of round 95: a
 * deny-list of person cues let "Freja ringde mig igår" through): a bare "Freja" with no such evidence stays a name, and
 * so does one the sentence makes a person: a surname after it, a relation or "heter" before it, a vocative comma, "hon"
 * or "min dotter", a verb of speaking or calling ("Freja sa att koden…", "ringa Freja"), an introduction ("det här är
 * Freja", "Freja här", "this is Freja").
 */
export function frejaAgainInCall(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.lower !== 'freja' || frejaAPerson(tokens, i)) return false;
  let k = i;
  while (k > 0 && !SENTENCE_END_MARKS.has(tokens[k - 1]!.text)) k--;
  let evidence = false;
  for (; k < tokens.length && !SENTENCE_END_MARKS.has(tokens[k]!.text); k++) if (k !== i && FREJA_EVIDENCE.test(tokens[k]!.lower)) evidence = true;
  return evidence;
}
/**
 * "Freja" (not the product's "Freja eID") that its sentence, or a sentence beside it in the turn, makes a person: a
 * relation, "heter", a greeting or a verb of speaking before it; a vocative comma, a capitalised surname, or
 * "här"/"here" after it; "det är"/"this is" before it; anywhere in its sentence a relation, a word of FREJA_PERSON
 * ("hon", "min", "dotter") or of FREJA_PERSON_VERBS ("sa", "ringde", "bor", "sjuk"); "Freja" as the subject of a verb of
 * doing for someone ("Freja har installerat appen åt mig", "Freja helped me"; the re-read of stop 63); "hon"/"she" or a
 * relation in the sentence before or after it in the same turn ("Freja har installerat appen. Hon bor i Umeå."); or
 * "Freja" standing alone as an answer. One such turn makes the call's Freja a person (`frejaProductInCall` keeps none
 * then; review of round 95).
 */
export function frejaAPerson(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]?.lower !== 'freja') return false;
  const before = tokens[i - 1]?.lower ?? '';
  if (RELATIONS.has(before) || FREJA_PERSON_BEFORE.has(before)) return true;
  if (['är', 'var', 'is', 'was'].includes(before) && ['det', 'this', "it's", 'it'].includes(tokens[i - 2]?.lower ?? '')) return true;
  const next = tokens[i + 1];
  if (next?.text === ',' || (next?.kind === 'word' && next.capitalised && !FREJA_PRODUCT.has(next.lower))) return true;
  if (['här', 'here', 'speaking'].includes(next?.lower ?? '')) return true;
  if (frejaDoes(tokens, i)) return true;
  let k = i;
  while (k > 0 && !SENTENCE_END_MARKS.has(tokens[k - 1]!.text)) k--;
  const start = k;
  let words = 0;
  for (; k < tokens.length && !SENTENCE_END_MARKS.has(tokens[k]!.text); k++) {
    const lower = tokens[k]!.lower;
    if (tokens[k]!.kind === 'word') words++;
    if (FREJA_PERSON.has(lower) || RELATIONS.has(lower) || FREJA_PERSON_VERBS.test(lower)) return true;
  }
  // (One sentence either way in the turn: "hon", "she" or a relation; the re-read of stop 63, fails closed.)
  let from = start - 1;
  while (from > 0 && SENTENCE_END_MARKS.has(tokens[from]!.text)) from--;
  while (from > 0 && !SENTENCE_END_MARKS.has(tokens[from - 1]!.text)) from--;
  let to = k;
  while (to < tokens.length && SENTENCE_END_MARKS.has(tokens[to]!.text)) to++;
  while (to < tokens.length && !SENTENCE_END_MARKS.has(tokens[to]!.text)) to++;
  const beside = [...tokens.slice(Math.max(0, from), start), ...tokens.slice(k, to)];
  if (beside.some((t) => FREJA_BESIDE.has(t.lower) || RELATIONS.has(t.lower))) return true;
  return words <= 1;
}
/** "Hon"/"she" in a sentence beside a bare "Freja": she is a person. */
const FREJA_BESIDE: ReadonlySet<string> = new Set(['hon', 'henne', 'she']);
/** Where a subject begins: a sentence's start, or after a comma or a joining word. */
const SUBJECT_AFTER: ReadonlySet<string> = new Set([',', 'och', 'men', 'så', 'sen', 'and', 'but', 'so', 'then']);
/** Between a subject and its verb: "Freja har installerat", "Freja will help". */
const AUXILIARIES: ReadonlySet<string> = new Set(['har', 'hade', 'ska', 'skulle', 'brukar', 'kan', 'kunde', 'has', 'had', 'have', 'will', 'would', 'usually', 'always', 'alltid', 'ofta', 'often']);
/** Doing something for someone, which a person does and the app does not: "installerat", "hjälper", "helped", "opens … for me". */
const FREJA_DOING =
  /^(?:installera[rt]?|installerade|installed|installs?|hjälp|hjälpa|hjälper|hjälpte|hjälpt|helps?|helped|helping|öppna[rt]?|öppnade|opens|opened|fixa[rt]?|fixade|fix|fixe[sd]|ordna[rt]?|ordnade|visa[rt]?|visade|showed|shows|laddade|laddat|downloaded|gjorde|gör|did|does|sköter|skötte|handles|handled|satte|set|sets)$/u;
/** "Freja har installerat appen åt mig", "Freja helped me": "Freja" as the subject of a verb of doing (fails closed). */
function frejaDoes(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 1];
  if (before && !SENTENCE_END_MARKS.has(before.text) && !SUBJECT_AFTER.has(before.lower)) return false;
  let k = i + 1;
  if (AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  if (AUXILIARIES.has(tokens[k]?.lower ?? '')) k++;
  return FREJA_DOING.test(tokens[k]?.lower ?? '');
}
/** Before a person's "Freja": "heter Freja", "hej Freja", "ringa Freja", "pratade med Freja", "speak to Freja". */
const FREJA_PERSON_BEFORE = new Set(['heter', 'named', 'called', 'hej', 'hi', 'hello', 'tack', 'thanks', 'till', 'to', 'ringa', 'ring', 'call', 'för', 'for', 'gäller', 'av', 'by']);
/**
 * What a person does or is and the app is not, anywhere in a bare "Freja"'s sentence: speaking or calling ("Freja sa",
 * "ringde", "pratade", "said", "will call"), being ill, having a birthday, living somewhere ("sjuk", "fyller", "bor",
 * "lives").
 */
const FREJA_PERSON_VERBS = /^(?:sa|sade|säger|berätta\p{L}*|ring|ringa|ringer|ringde|ringt|prata\p{L}*|said|says|say|told|tells?|call|calls|called|calling|phone[ds]?|speak\p{L}*|spoke|talk\p{L}*|sjuk|sick|fyller|bor|bodde|lives?|lived)$/u;
/** The product's evidence in a sentence: its app, code, phone, logging in, opening, approving, installing. */
const FREJA_EVIDENCE =
  /^(?:app|appen|apps|appar|application|mobil\p{L}*|telefon\p{L}*|phone|kod|koden|koder|code|codes|qr|logga\p{L}*|inloggning\p{L}*|log|logs|login|logged|logging|legitimera\p{L}*|legitimation\p{L}*|godkänn\p{L}*|approve\p{L}*|installera\p{L}*|install\p{L}*|öppna\p{L}*|open\p{L}*|personlig|uppdatera\p{L}*|update\p{L}*|verifiera\p{L}*|verify|identifiera\p{L}*|identify|e-legitimation\p{L}*|eid|e-id|konto|kontot|account)$/u;
/** The words of the e-identification's product name after "Freja": "Freja eID Plus", "Freja-appen" aside. */
export const FREJA_PRODUCT: ReadonlySet<string> = new Set(['eid', 'e-id', 'plus', 'id', 'app', 'appen']);
/** Installing an app: "installera Freja", "installed Freja", "download Freja". */
const INSTALLS = /^(?:installera\p{L}*|installerat|install\p{L}*|reinstall\p{L}*|avinstallera\p{L}*|uninstall\p{L}*|download\p{L}*)$/u;
/** Loading one down, before "ner"/"hem": "ladda ner Freja", "laddade hem Freja". */
const DOWNLOADS = /^(?:ladda\p{L}*|laddat)$/u;
/** What may follow the e-identification one logs in with: "med Freja på telefonen", "with Freja but". */
const FREJA_AFTER = new Set(['på', 'i', 'men', 'och', 'eller', 'nu', 'appen', 'on', 'in', 'but', 'and', 'or', 'now', 'app']);
/** Words that make the Freja of the sentence a person: "hon kommer hem", "min dotter", "she helps me". */
const FREJA_PERSON = new Set(['hon', 'henne', 'hennes', 'she', 'her', 'min', 'mitt', 'my', 'dotter', 'daughter', 'granddaughter', 'barnbarn', 'syster', 'sister']);
/** "Sturegymnasiet", "Karl Johansskolan": an institution by its ending whose first part is a name (not "Vårdcentralen"). */
function namedInstitution(lower: string): boolean {
  const suffix = ORGANISATION_SUFFIX.exec(lower);
  if (!suffix || suffix.index < 3) return false;
  const head = lower.slice(0, suffix.index);
  return lexicon().names.has(head) || (head.endsWith('s') && lexicon().names.has(head.slice(0, -1)));
}
/** "Inläsningscentralen", "Sturegymnasiet": a word that names an organisation by its ending. */
export const isOrganisationWord = (lower: string): boolean => ORGANISATION.test(lower);
/**
 * The agencies' own words, a benefit or a document, in any form ("Garantipensionen", "Bostadstillägget",
 * "Närståendepenning", "Levnadsintyget", "Förhandsbesked"): capitalised at a sentence's start or after "och", never a
 * person (round 49).
 */
const AGENCY_TERM = rememberedTest({
  test: (lower: string) =>
    /^(?:\p{L}{3,}(?:pension|tillägg|bidrag|penning|ersättning|intyg)(?:en|et|ets|ens|er|erna|ar|arna)?|förhandsbesked(?:et)?|underhållsstöd(?:et)?|blankett(?:en|er|erna)?|a-kassan?)$/u.test(lower) &&
    !lexicon().names.has(lower),
});
/**
 * A name only the recogniser or a word's shape found, or one a cue reached only as the next in a list ("Jag heter Stig
 * Ottosson och Garantipensionen har sänkts"), every word of it one of the agencies' words: no one's name. (Not where a
 * cue named it, "Jag heter Penning", nor a word alone that is a surname, "Sjöpenning": round 49's review.)
 */
export const onlyAgencyTerms = (found: string, confidence: number, listed: boolean): boolean =>
  (confidence <= Confidence.shaped || (listed && confidence <= Confidence.cued)) && found.split(/[\s,]+/u).every((w) => w === '' || AGENCY_TERM.test(w.toLowerCase()));
/** "County Kerry", "Co. Mayo", "the Isle of Lewis": what these words lead is a county or an island, not a person. */
const PLACE_LEAD = /(?:^|[\s,])(County|Co\.|Isle of|Isles of)\s+$/u;
/** Ireland's counties: after "Co." only these (it is also "& Co." and a "c/o" written down; review 71). */
const IRISH_COUNTIES: ReadonlySet<string> = new Set([
  'antrim', 'armagh', 'carlow', 'cavan', 'clare', 'cork', 'derry', 'donegal', 'down', 'dublin', 'fermanagh', 'galway', 'kerry', 'kildare',
  'kilkenny', 'laois', 'leitrim', 'limerick', 'longford', 'louth', 'mayo', 'meath', 'monaghan', 'offaly', 'roscommon', 'sligo',
  'tipperary', 'tyrone', 'waterford', 'westmeath', 'wexford', 'wicklow', 'durham',
]);
/** Islands of Britain and Ireland after "Isle of": "the Isle of Lewis", "Isle of Skye". */
const ISLANDS: ReadonlySet<string> = new Set([
  'lewis', 'harris', 'skye', 'man', 'wight', 'mull', 'arran', 'islay', 'jura', 'bute', 'iona', 'tiree', 'coll', 'eigg', 'rum', 'barra', 'uist',
  'sheppey', 'anglesey', 'scilly', 'thanet', 'dogs', 'ely', 'purbeck', 'portland', 'orkney', 'shetland', 'axholme', 'cumbrae', 'gigha', 'raasay',
  'achill', 'aran', 'arranmore', 'valentia', 'inishmore', 'clear', 'whithorn', 'grain', 'oxney', 'walney',
]);
/** Capitalised words after a county that are no one's surname: "County Cork Council", "County Clare Hospital". */
const COUNTY_INSTITUTIONS: ReadonlySet<string> = new Set(['council', 'hospital', 'library', 'board', 'court', 'courthouse', 'office', 'offices', 'registrar', 'school', 'college', 'hall', 'road', 'street', 'general', 'university', 'county']);
/**
 * A name found after "County", "Co." or "Isle of" (or taking that word in), that no cue named: the place (round 71). Only one word,
 * with no capitalised word after it save an institution's and no "is my …" (review 71: "County Kerry Walsh is my surname"), and
 * after "Co." only an Irish county, not after "& Co."/"care of" ("Send it to Co. Mary Walsh"). Privacy fails closed.
 */
export const placeAfterLead = (text: string, found: { start: number; end: number; confidence: number }): boolean => {
  if (found.confidence > Confidence.cued) return false;
  const span = text.slice(found.start, found.end);
  const before = text.slice(Math.max(0, found.start - 12), found.start);
  const inside = /^(County|Isle of)\s+(\p{Lu}\p{Ll}+)$/u.exec(span);
  const lead = inside?.[1] ?? PLACE_LEAD.exec(before)?.[1];
  const word = inside ? inside[2]! : span;
  if (lead === undefined || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  // (A county or an island the lists know, not any name: "in Orange County Maria and the kids", review 71.)
  const lower = word.toLowerCase();
  if (!IRISH_COUNTIES.has(lower) && !REGIONS.has(lower) && !ISLANDS.has(lower) && !lexicon().places.has(lower) && !lexicon().worldPlaces.has(lower)) return false;
  if (lead === 'Co.' && (!IRISH_COUNTIES.has(lower) || /(?:&|\band|\boch|\bof|\bc\/o)\s+Co\.\s+$/iu.test(text.slice(Math.max(0, found.start - 20), found.start)))) return false;
  const rest = text.slice(found.end);
  const next = /^\s+(\p{Lu}\p{L}*)/u.exec(rest);
  if (next && !COUNTY_INSTITUTIONS.has(next[1]!.toLowerCase())) return false;
  return !/^\s*,?\s*(?:is|was|är|var|'s)\s+(?:my|her|his|their|our|mitt|min|hennes|hans|deras)\b/iu.test(rest) && !/^\s*,?\s*(?:is|was)\s+(?:the\s+)?name\b/iu.test(rest);
};
/**
 * "barnen, Ilyas och Nora", "Oscar and Nora": a first name the lists know, no place, no surname, and not opening its sentence,
 * before "och"/"and": the next first name is another person, though a village bears it too (round 96). Not after a place
 * preposition, "stugor i Alva och Nora": places listed (review 96).
 */
const firstNameBefore = (p: Token | undefined, before: Token | undefined, flagsOf: (t: Token) => number): boolean =>
  p !== undefined && !PLACE_PREPOSITIONS.has(before?.lower ?? '') && p.kind === 'word' && p.capitalised && !p.sentenceStart && !lexicon().places.has(p.lower) && !lexicon().worldPlaces.has(p.lower) && (flagsOf(p) & (NameFlag.first | NameFlag.common)) === NameFlag.first;
/** After these a capitalised word is more likely a place than a person: "i Vasa", "från London". */
const PLACE_PREPOSITIONS = new Set(['i', 'in', 'från', 'from', 'near', 'utanför', 'nära']);
/** Words of nearness: a place after them only where the lists know it and no capitalised word follows ("outside Nora"). */
const NEAR_WORDS = new Set(['near', 'nära', 'utanför', 'outside']);
/** What a person's name, not a village's, stands after: "…, Ulrika", "med Nora", "för Åsa på banken". */
const PERSON_BEFORE = new Set([',', 'med', 'with', 'för', 'for']);
const IN = new Set(['i', 'in']);
/** Agencies whose greeting may be followed by the agent's first name: "Pensionsmyndigheten, Per." */
const AGENCIES = new Set(['pensionsmyndigheten', 'försäkringskassan', 'skatteverket', 'kundtjänst', 'pensionsmyndighetens']);
/** Lower-case words inside names: "Maria de la Cruz", "Johan af Klint". */
export const PARTICLES: ReadonlySet<string> = new Set(['von', 'af', 'de', 'la', 'van', 'der', 'den', 'del', 'da', 'di', 'al', 'el', 'bin', 'ibn', 'le', 'dos', 'das']);
/** English articles: "a German number" (Swedish does not capitalise nationalities: "en Sol" is a person). */
const ARTICLES = new Set(['a', 'an', 'the']);
/** The e-services "Mina sidor", "Mina meddelanden", "Mina ärenden" ("Mina" alone is a first name). */
const MINA_PAGES = new Set(['sidor', 'meddelanden', 'ärenden', 'dokument', 'uppgifter', 'pengar']);
/** "Mina sidor" at token `i` (also "Mina Sidor"). */
export const isMinaPages = (tokens: readonly Token[], i: number): boolean => tokens[i]?.lower === 'mina' && MINA_PAGES.has(tokens[i + 1]?.lower ?? '');
/** "My Pages", "My pension", "My applications": the e-service's own pages, not the Swedish name My. */
const MY_PAGES = new Set(['pages', 'pension', 'applications', 'messages', 'documents', 'cases', 'account', 'details', 'profile', 'settings', 'payments']);
export const TITLES: ReadonlySet<string> = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'herr', 'fru', 'mister']);
/** Titles of care staff, names after them only where written as titles: "Nurse Ratched", "Syster Annelie". */
export const CARE_TITLES: ReadonlySet<string> = new Set(['syster', 'doktor', 'doctor', 'nurse']);
/** Relations said as a title before a first name: "Uncle Brannock", "Auntie Pam", "Moster Agda", "Farfar Nils". */
const KIN_TITLES: ReadonlySet<string> = new Set(['uncle', 'aunt', 'auntie', 'grandma', 'grandpa', 'granny', 'grandad', 'nana', 'cousin', 'moster', 'faster', 'morbror', 'farbror', 'mormor', 'farmor', 'morfar', 'farfar', 'kusin']);
/** Titles written with a dot ("Mrs. Smith", "Herr. Berg"): not a lower-case "fru", which ends a sentence ("… pappas fru. Jag har …"). */
const DOTTED_TITLES = new Set(['mr', 'mrs', 'ms', 'dr']);
const dottedTitle = (t: Token | undefined): boolean => !!t && (DOTTED_TITLES.has(t.lower) || (TITLES.has(t.lower) && t.capitalised));
/** Relations said before a name ("min dotter Maja", "my caseworker Petra"): the relatives, and those one deals with for a person. */
const RELATIONS: ReadonlySet<string> = new Set([
  ...RELATIVES,
  // ("min man Per": here "man" is the husband.)
  'man', 'handläggare', 'vän', 'väninna', 'hyresvärd', 'god', 'gode', 'förvaltare',
  'landlord', 'caseworker', 'friend', 'carer',
]);
/**
 * "min assistent Nora", "my assistant Priya", "my colleague Lena", "min kollega Lena": the people at a firm one is reached
 * through (round 102), one set for both languages (the closing re-read of stop 65 moved "kollega" here from RELATIONS).
 * Not in RELATIONS: the name slot after them opens only before a word `namedAfterCue` judges a name, not "my secretary
 * Monday morning", "min assistent Försäkringskassan", "my colleague Barclays", "her assistant Solicitor" (review 102).
 */
const ROLE_WORDS: ReadonlySet<string> = new Set(['assistent', 'assistant', 'sekreterare', 'secretary', 'kollega', 'colleague']);
/**
 * "I'm", "I'll", "He's Derek", "she'd": the English "I", "he" or "she" with its verb (token `i`), no one's name nor a
 * genitive. Not the surname He ("Im" and "He" are surnames too): after a title ("Dr. He's letter", "herr He's ärende",
 * "mr he's office"), or capitalised mid-sentence ("Professor He's claim", "I spoke to He's wife"), where the pronoun would
 * be written small (round 60's review). (The patterns only on short words with an apostrophe: this is asked of every word.)
 */
export function pronounWithVerb(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  if (t.text.length > 6 || !(t.text.includes("'") || t.text.includes('’'))) return false;
  if (/^i['’](?:m|ll|ve|d)$/u.test(t.lower)) return true;
  if (!/^s?he['’](?:s|d|ll)$/u.test(t.lower) || (t.capitalised && !t.sentenceStart)) return false;
  const title = tokens[i - 1]?.text === '.' ? tokens[i - 2] : tokens[i - 1];
  return !(title && (TITLES.has(title.lower) || CARE_TITLES.has(title.lower)));
}
/** "Colin's", "Göstas": the genitive of a first name or a surname the lists know, no relation's. */
const knownNameOwning = (lower: string): boolean => {
  const stem = lower.replace(/(?:['’]s|s)$/u, '');
  const flags = lexicon().names.get(stem) ?? 0;
  return stem !== lower && (flags & (NameFlag.first | NameFlag.surname)) !== 0 && !RELATIONS.has(stem) && !lexicon().notNames.has(stem);
};
/** A relation or a role, before a name set off by commas: "the nurse, Aisling, said". */
// ("one of our residents, Winifred, …", "en boende, Arvid, …": who someone in care is to the caller; round 92.)
const APPOSED_ROLE = /^(?:dotter|son|man|fru|sambo|mamma|pappa|bror|syster|granne|wife|husband|daughter|mother|father|brother|sister|neighbou?r|friend|carer|caseworker|nurse|doctor|worker|officer|physio|therapist|midwife|advi[sc]er|counsellor|\p{L}*handläggare[n]?|\p{L}*sköterskan?|läkaren|kuratorn|assistenten|dottern|sonen|grannen|systern|brodern|frun|mannen|residents?|patients?|clients?|klient(?:en)?|boende(?:n)?)$/u;
/**
 * "Boende, Kungsholmen, har nya regler", "Patients, Hammersmith, …": a bare plural or collective opening the sentence is a group,
 * no one's role, and the word after it no name (review of round 92; "one of our residents, X" is still one's).
 */
const collectiveOpening = (t: Token): boolean => t.sentenceStart && /^(?:boende|residents|patients|clients|klienter)$/u.test(t.lower);
/** Nouns whose "är" gives a name: "efternamnet är Lax". */
export const NAME_NOUNS = new Set(['namnet', 'namn', 'efternamnet', 'efternamn', 'förnamnet', 'förnamn', 'tilltalsnamnet', 'flicknamnet', 'mellannamnet', 'mellannamn']);
/** "Blanketten heter", "appen heter": a thing's name (a definite noun that is no relation) is not a person's. */
const THING = /^(?!(?:barn|barnen|syskon|syskonen|tvillingarna|föräldrarna|grannarna|barnet|barnbarnet|pojken|flickan|killen|tjejen|mannen|maken|sonen|dottern|frun|sambon|grannen|brodern|systern|mamman|pappan|modern|fadern|kollegan|handläggaren)$)\p{L}{3,}(?:en|et|an|n)$/u;
/** Things named as people are: "en firma som heter …", "a company called …", "it's called …" (not "min firma heter", a sole trader's own). */
/** Words said first that are no name for the pronoun after them: "Mine, she's in Spain", "Mum, she's here". */
const NOT_APPOSED = new Set(['mine', 'yours', 'hers', 'ours', 'theirs', 'well', 'right', 'sure', 'okay', 'sorry', 'mum', 'mom', 'dad', 'gran', 'grandma', 'grandpa', 'nan', 'mamma', 'pappa', 'mormor', 'farmor', 'morfar', 'farfar', 'min', 'mitt']);
/** A pronoun for a person, right after a first name and a comma. */
const PERSON_PRONOUNS = new Set(['hon', 'han', 'hen', 'she', 'he', "she's", "he's", 'she’s', 'he’s']);
/** Words that judge a name rather than say it: "namnet var fel", "the name was wrong". */
const ADVERBS_AFTER_NAME_CUE = new Set(['still', 'fortfarande', 'kvar', 'also', 'också', 'även', 'always', 'alltid', 'just']);
/** "is still", "är fortfarande": one of those adverbs written small right after is/är/was/var/står (round 88). */
const adverbAfterNameCue = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]?.capitalised === false && ADVERBS_AFTER_NAME_CUE.has(tokens[i]!.lower) && ['is', 'är', 'was', 'var', 'står'].includes(tokens[i - 1]?.lower ?? '');
/** "still registered", "also listed": an English participle in lower case the lists know as no name ("ahmed" is one). */
const participleNoName = (t: Token | undefined): boolean => !!t && !t.capitalised && t.lower.endsWith('ed') && (lexicon().names.get(t.lower) ?? 0) === 0;
const JUDGEMENTS = new Set(['fel', 'rätt', 'riktigt', 'samma', 'korrekt', 'felstavat', 'annorlunda', 'wrong', 'right', 'correct', 'same', 'different', 'misspelt', 'misspelled']);
const THINGS = new Set([
  'firma', 'företag', 'bolag', 'fond', 'app', 'förening', 'kyrka', 'butik', 'affär', 'klinik', 'skola', 'tjänst', 'sajt',
  'firm', 'company', 'business', 'fund', 'shop', 'charity', 'church', 'school', 'clinic', 'website', 'site',
  // "in something called AP7 Såfa", "nånting som heter Kivra"
  'something', 'någonting', 'något', 'nånting', 'nåt',
]);
/** "en by som heter Kivik", "a village called Blakeney": a place named so is no person. */
const PLACE_NOUNS = new Set(['by', 'ort', 'stad', 'småstad', 'stadsdel', 'förort', 'village', 'town', 'city', 'suburb', 'district', 'island']);
/** What makes a village's name someone's address: a number, a farm or house, an address or postcode said with it. */
const ADDRESS_TALK = /^(?:gård(?:en)?|farm|hus(?:et)?|house|stuga(?:n)?|cottage|adress(?:en)?|address|postnummer(?:et)?|postcode|nummer|number|bb|post(?:en)?|postman|brev(?:et)?|kuvert(?:et)?|envelope|letters?|gatunamn|street|flat|skriven|folkbokförd|registered)$/u;
/**
 * "en by som heter Rud …, posten kommer till Rud 118", "a village called Thorpe, number 4 Thorpe", "…, our farm is the only house
 * there", "Vi bor i en by som heter …": a village someone lives in, or said with a number, a farm, a house, post or an address,
 * or said twice, is the address (fails closed; kept: "hon kommer från en by som heter …").
 */
const numberedLater = (tokens: readonly Token[], i: number): boolean =>
  tokens.some((t, k) => t.kind === 'digits' || numberWordAtoms(t.lower) !== undefined || ADDRESS_TALK.test(t.lower) || TOWN_VERBS.has(t.lower) || (k !== i && t.lower === tokens[i]?.lower));
const OWN = new Set(['min', 'mitt', 'vår', 'vårt', 'hans', 'hennes', 'my', 'our', 'his', 'her']);
const namesAThing = (tokens: readonly Token[], p2: string, p3: string, i: number): boolean => {
  const named = (nouns: ReadonlySet<string>) => (nouns.has(p2) && !OWN.has(p3)) || ((p2 === 'som' || p2 === 'is') && nouns.has(p3));
  return (named(THINGS) && !ownFirmSaid(tokens)) || (named(PLACE_NOUNS) && !numberedLater(tokens, i));
};

/** "handläggaren Petra", "dottern Maja", "my caseworker": a relation named without "min". */
const DEFINITE_RELATIONS = new Set([
  'handläggaren', 'dottern', 'sonen', 'mannen', 'maken', 'makan', 'frun', 'sambon', 'grannen', 'brodern', 'brorsan', 'systern',
  'syrran', 'mamman', 'pappan', 'modern', 'fadern', 'kollegan', 'barnbarnet', 'svärsonen', 'svärdottern', 'förvaltaren',
  'gode', 'hyresvärden', 'läkaren', 'doktor', 'tandläkaren', 'advokaten', 'handläggarens', 'kontaktpersonen', 'kontaktpersonens',
]);
const POSSESSIVES = new Set(['min', 'mitt', 'mina', 'din', 'hans', 'hennes', 'vår', 'er', 'my', 'his', 'her', 'our', 'your']);
/** Before a relation with a name after it: a possessive, or an article ("a daughter, June", "en son, Vilgot"). */
const RELATION_OWNERS = new Set([...POSSESSIVES, 'a', 'an', 'en', 'ett']);
export const NATIONALITIES = new Set([
  'german', 'polish', 'finnish', 'danish', 'norwegian', 'swiss', 'dutch', 'french', 'spanish', 'italian', 'irish', 'british', 'english',
  'thai', 'eritrean', 'ethiopian', 'somali', 'syrian', 'iraqi', 'iranian', 'afghan', 'turkish', 'greek', 'russian', 'ukrainian', 'estonian',
  'latvian', 'lithuanian', 'hungarian', 'romanian', 'bulgarian', 'serbian', 'croatian', 'bosnian', 'chinese', 'japanese', 'korean',
  'vietnamese', 'indian', 'pakistani', 'kurdish', 'american', 'canadian', 'australian', 'portuguese', 'belgian', 'austrian', 'icelandic',
  'czech', 'slovak', 'chilean', 'brazilian', 'mexican', 'filipino', 'egyptian', 'moroccan', 'tunisian', 'lebanese', 'palestinian',
  'nigerian', 'kenyan', 'scottish', 'welsh', 'swedish', 'european', 'malaysian', 'indonesian', 'bangladeshi', 'colombian', 'argentinian',
  'peruvian', 'ghanaian', 'ugandan', 'sudanese', 'yemeni', 'jordanian', 'algerian', 'libyan', 'albanian', 'kosovar', 'macedonian',
  'slovenian', 'belarusian', 'armenian', 'uzbek', 'kazakh', 'mongolian', 'nepali', 'burmese', 'cambodian', 'singaporean', 'taiwanese',
]);
/** Languages by name, a nationality's word among them ("in Somali", "på somaliska"; round 75). */
export const LANGUAGES_SAID = new Set([
  ...NATIONALITIES, 'svenska', 'engelska', 'finska', 'somaliska', 'arabiska', 'polska', 'spanska', 'persiska', 'tigrinja', 'tigrinya',
  'bosniska', 'thailändska', 'norska', 'danska', 'kurdiska', 'turkiska', 'arabic', 'persian', 'farsi', 'dari',
]);
/** What ends a firm's name: "Hallbergs Måleri AB", "Bright Harbour Consulting AB", "Nordic Tools Ltd". */
const COMPANY_SUFFIXES = new Set(['ab', 'hb', 'kb', 'ltd', 'inc', 'oy', 'gmbh', 'aps', 'as', 'asa', 'llc', 'plc', 'pty']);
/**
 * A company suffix as it is written: in capitals ("AB", "LLC"), or as the law's own spelling is ("Ltd", "Inc", "GmbH", "Pty",
 * "ApS", round 82; not "ab", "Ab", a word or a name).
 */
const isCompanySuffix = (t: Token): boolean =>
  COMPANY_SUFFIXES.has(t.lower) && (t.text === t.text.toUpperCase() || ['Ltd', 'Inc', 'GmbH', 'Pty', 'ApS', 'Plc'].includes(t.text));
/**
 * Token `k` is the form that ends a firm's name after its capitalised words ("Nour Restaurang AB, 556124-8112"): no letters of a number (round 92).
 * (Review of round 92: only where a firm is named: an organisationsnummer after it, a firm's word in the line, or a trade's word
 * before it; never after a passport's, an ID card's or a licence's cue: "Passnumret för Ahmed AB 7734 0912" are its letters.)
 */
export const endsFirmName = (tokens: readonly Token[], k: number): boolean =>
  !!tokens[k] && isCompanySuffix(tokens[k]!) && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.capitalised && !tokens[k - 1]!.sentenceStart &&
  !tokens.slice(0, k).some((t) => t.kind === 'word' && ID_CUES_BEFORE_FIRM.test(t.lower)) &&
  (organisationNumberAfter(tokens, k) || tokens.some((t) => t.kind === 'word' && FIRM_CUES.test(t.lower)) || TRADE_WORDS.test(tokens[k - 1]!.lower));
/** Cues of a person's document: under them, "AB", "HB", "KB" are a number's letters. */
const ID_CUES_BEFORE_FIRM = /^(?:pass|id-kort|idkort|id-nummer|legitimation|lma|körkort|uppehållskort|uppehållstillstånd|identity|licen[cs]e|driving)/u;
/** Words that name a firm in the line: "firman", "företaget", "bolaget", "company", "organisationsnummer". */
const FIRM_CUES = /^(?:firm|företag|bolag|company|companies|organisationsn|orgn|business|employer|arbetsgivar)/u;
/** A trade's word ending a firm's name before its form ("Nour Restaurang AB", "Lindqvist Transport AB"). */
const TRADE_WORDS = /(?:restaurang|transport|bygg|städ|trading|måleri|consulting|konsult|service|logistik|fastighet|invest|holding|import|export|taxi|el|vvs|rör|entreprenad|frisör|café|kiosk|livs|handel|design|data|tech|media|group|gruppen|partners|solutions|services|systems|cleaning|construction|haulage|catering|bil|åkeri|motor|plåt|mark|trädgård)$/u;
/** The digits after token `k` (past a comma) are an organisationsnummer, "556124-8112", its check digit holding. */
function organisationNumberAfter(tokens: readonly Token[], k: number): boolean {
  let j = k + 1;
  if (tokens[j]?.text === ',' || tokens[j]?.text === ':') j++;
  let digits = '';
  for (; j < tokens.length && j <= k + 6 && (tokens[j]!.kind === 'digits' || tokens[j]!.text === '-'); j++) digits += tokens[j]!.kind === 'digits' ? tokens[j]!.text : '';
  return digits.length === 10 && personalNumberKind(digits) === 'organisationsnummer';
}
/**
 * Token `k`, capitalised, is the institution's noun that ends a name of three words or more found in `c` ("Anne Rowling
 * Clinic", "Peter Hall Hospital"): the call's memory keeps the person's words, not the noun (round 84).
 */
export const institutionNounEnding = (tokens: readonly Token[], k: number, c: { start: number; end: number }): boolean =>
  tokens[k]!.end === c.end && tokens[k]!.capitalised && INSTITUTION_NOUNS_ENDING.has(tokens[k]!.lower) && tokens[k - 2] !== undefined && tokens[k - 2]!.start >= c.start;
const INSTITUTION_NOUNS_ENDING: ReadonlySet<string> = new Set(['hospital', 'clinic', 'infirmary', 'hospice', 'university', 'college', 'institute', 'academy', 'foundation']);
/** English nouns that make the capitalised words before them an institution's name ("Lund University"). */
const EN_ORGANISATION_NOUNS = new Set(['university', 'college', 'hospital', 'clinic', 'agency', 'authority', 'council', 'church', 'school', 'academy', 'institute', 'foundation', 'association', 'union', 'society', 'museum', 'library']);
/** Words that make the capitalised words around them a bank: "Banco Santander", "Frankfurter Sparkasse", "Danske Bank". */
const BANK_WORDS = new Set(['bank', 'banco', 'banca', 'banque', 'sparkasse', 'volksbank', 'caixa', 'sparbank', 'sparebank']);
/** What kind of bank, said between its name and "Bank": "Siam Commercial Bank", "Krung Thai National Bank". */
const BANK_KINDS: ReadonlySet<string> = new Set(['commercial', 'national', 'savings', 'central', 'cooperative', 'co-operative', 'development', 'agricultural', 'merchant', 'investment', 'state', 'popular', 'international']);
/** Banks' own words before their kind that the name lists hold as first names: "Siam Commercial Bank", "Krung Thai National Bank". */
const KNOWN_BANK_NAMES: ReadonlySet<string> = new Set(['siam', 'thai']);
/** Employers and shops callers name that are people's names too, as their words (lower case). */
const KNOWN_FIRMS: readonly (readonly string[])[] = [['clas', 'ohlson'], ['atlas', 'copco'], ['john', 'lewis'], ['marks', '&', 'spencer'], ['marks', 'and', 'spencer'], ['shoppers', 'drug', 'mart'], ['dorothy', 'perkins'], ['ted', 'baker']];
const FIRM_FIRST_WORDS = new Set(KNOWN_FIRMS.map((words) => words[0]!));
/** Words of work in the sentence that make a known firm's name the firm's: "John Lewis was my employer", "pay from John Lewis". */
const WORK_WORDS = /^(?:employer|employers|worked|work|works|working|job|jobs|pay|paid|wages|salary|hours|shop|store|arbetsgivare|arbetsgivaren|jobbat|jobbar|jobbade|jobb|jobbet|lön|lönen|butik|butiken|affär|affären|anställd|anställning)$/u;
/**
 * The last token of a known firm's name beginning at token `from`, capitalised as a name is, in a sentence about work (a
 * neighbour called John Lewis is a person: fails closed).
 */
function knownFirmEnd(tokens: readonly Token[], from: number): number | undefined {
  if (!tokens[from]?.capitalised || !FIRM_FIRST_WORDS.has(tokens[from]!.lower)) return undefined;
  const firm = KNOWN_FIRMS.find((words) => words.every((w, k) => tokens[from + k]?.lower === w));
  if (!firm) return undefined;
  const last = from + firm.length - 1;
  // (Only where a place of work stands: "worked at John Lewis", "lön från Clas Ohlson", "for Marks & Spencer", "John Lewis was my
  // employer"; not "My manager John Lewis said …", "Min man Clas Ohlson jobbade …", round 50's review.)
  const before = tokens[from - 1]?.lower ?? '';
  const where = FIRM_PREPOSITIONS.has(before) || (before === 'for' && firm.length > 2);
  const employer = /^(?:was|is|var|är) (?:my|his|her|min|hans|hennes) (?:employer|arbetsgivare)$/u.test(tokens.slice(last + 1, last + 4).map((t) => t.lower).join(' '));
  if (!where && !employer) return undefined;
  const start = sentenceStartOf(tokens, from);
  const end = sentenceEndOf(tokens, from);
  return tokens.slice(start, end).some((t) => WORK_WORDS.test(t.lower)) ? last : undefined;
}
/** Where a place of work stands: "at", "på", "hos", "från", "from". */
const FIRM_PREPOSITIONS = new Set(['at', 'på', 'hos', 'från', 'from']);
/**
 * Where the firm's name that token `i` is part of ends: `i` is one of up to four capitalised words
 * before a company suffix, or the suffix itself, or a capitalised word beside a bank's word.
 */
export function companyNameEnd(tokens: readonly Token[], i: number): number | undefined {
  // "John Lewis", "Clas Ohlson", "Marks & Spencer": employers named after their founders (round 50).
  for (let from = Math.max(0, i - 2); from <= i; from++) {
    const end = knownFirmEnd(tokens, from);
    if (end !== undefined && end >= i) return end;
  }
  const bankWord = (t: Token | undefined) => t?.kind === 'word' && t.capitalised && BANK_WORDS.has(t.lower);
  // ("Anna Bank" is a person: a first name is no part of a bank's name.)
  const firstName = (t: Token | undefined) => !!t && ((lexicon().names.get(t.lower) ?? 0) & NameFlag.first) !== 0;
  // (The bank's word first: most capitalised words have none beside them, and the name look-ups are then not needed.)
  if (tokens[i]?.capitalised && (bankWord(tokens[i]) || bankWord(tokens[i - 1]) || bankWord(tokens[i + 1])) && !firstName(tokens[i]) && !firstName(tokens[i - 1])) return bankWord(tokens[i + 1]) ? i + 1 : i;
  // "Siam Commercial Bank", "Bangkok National Bank": a word that says what kind of bank between a capitalised word and the bank's
  // word makes all three the bank's (round 87). Not a first name, "I spoke to John State Bank", unless a bank's own name
  // ("Siam"): review of round 87. (Not any place the lists know: "Isla", "Charlotte" are both.)
  const bankName = (t: Token | undefined) => !!t && (!firstName(t) || KNOWN_BANK_NAMES.has(t.lower));
  const qualified = (k: number) => tokens[k]?.capitalised === true && bankName(tokens[k]) && BANK_KINDS.has(tokens[k + 1]?.lower ?? '') && tokens[k + 1]!.capitalised && bankWord(tokens[k + 2]);
  if (qualified(i)) return i + 2;
  if (qualified(i - 1) && BANK_KINDS.has(tokens[i]!.lower)) return i + 1;
  // "Region Skåne", "Region Västerbotten": the county's health authority, named by its county (round 21).
  if (tokens[i]?.lower === 'region' && tokens[i]!.capitalised && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised && !tokens[i + 1]!.sentenceStart) return i + 1;
  // "Dahls Åkeri", "Falks Rör och Värme": a name and the trade it is the firm's name for (unless the
  // caller's own sole-trader firm, named after them: "Kowalczyk Bygg, enskild firma").
  if (tokens[i]?.capitalised && isBusinessWord(tokens[i + 1]) && !ownersFirm(tokens, i)) {
    const and = ['och', 'and', '&'].includes(tokens[i + 2]?.lower ?? '') && tokens[i + 3]?.kind === 'word' && tokens[i + 3]!.capitalised;
    return and ? i + 3 : i + 1;
  }
  // "Johnson & Johnson", "Lindén & Holm": two surnames joined by "&" are a firm's. (Not "Kerstin & Lars Holm", "Liam &
  // Noah": first names, or a surname after them, are people.)
  const capitalisedWord = (t: Token | undefined) => t?.kind === 'word' && t.capitalised;
  // "Hartley Byrne Solicitors", "Nordin Berg Bygg": two capitalised words before the trade (not a first name first:
  // "Anna Berg Design" may be her own) — unless either word is said of a person in the same turn ("Daniel Okafor …
  // Brennan Okafor LLP"): the caller's own name in the firm's is redacted (privacy fails closed).
  if (
    capitalisedWord(tokens[i]) && capitalisedWord(tokens[i + 1]) && tokens[i + 1]!.start === tokens[i]!.end + 1 && isBusinessWord(tokens[i + 2]) &&
    !firstName(tokens[i]) && !firstName(tokens[i + 1]) && !ownFirmSaid(tokens) && !personFramed(tokens, i) &&
    !tokens.some((t, k) => (k < i || k > i + 2) && t.kind === 'word' && (t.lower === tokens[i]!.lower || t.lower === tokens[i + 1]!.lower))
  ) return i + 2;
  // "Johnson & Sons Lettings", "Lindqvist & Söner", "Berg & Co": a name and its partners are a firm, with the words of its trade.
  const onlyFirstName = (t: Token) => ((lexicon().names.get(t.lower) ?? 0) & (NameFlag.first | NameFlag.surname)) === NameFlag.first;
  // (Not "Anna & Co", "Sarah & Partners Tom Evans": a first name and her company are people.)
  // (Round 102 let "and"/"och" join them too, "Hollis and Sons"; review 102 took it back out: a title, a role or a relation
  // before the surname, "Doctor Hollis and Sons", "Min advokat Lindgren och Söner", and the speaker's own surname after the
  // firm, "Lindgren och Söner Karlsson heter jag", came out whole. "Hollis and Sons Funeral Directors" is redacted again,
  // privacy fails closed.)
  // (Not after a title, a role or a relation, "Doctor Hollis & Sons", "Advokat Lindgren & Söner": the surname is that
  // person's; review 102, privacy fails closed.)
  const titledBefore = PERSON_TITLED.has(tokens[i - 1]?.lower ?? '');
  if (capitalisedWord(tokens[i]) && !onlyFirstName(tokens[i]!) && tokens[i + 1]?.text === '&' && capitalisedWord(tokens[i + 2]) && PARTNERS.has(tokens[i + 2]!.lower) && !titledBefore && !ownFirmSaid(tokens)) {
    let end = i + 2;
    // (Only the words of a trade after the partners, "& Sons Lettings": not "Whitcombe & Sons Patel speaking", "Lindgren &
    // Söner Karlsson här", the speaker's own surname after the firm; review 102.)
    while (end < i + 4 && capitalisedWord(tokens[end + 1]) && !tokens[end + 1]!.sentenceStart && !firstName(tokens[end + 1]) && isBusinessWord(tokens[end + 1])) end++;
    return end;
  }
  if (
    capitalisedWord(tokens[i]) && tokens[i + 1]?.text === '&' && capitalisedWord(tokens[i + 2]) &&
    !onlyFirstName(tokens[i]!) && !onlyFirstName(tokens[i + 2]!) && (!capitalisedWord(tokens[i + 3]) || isBusinessWord(tokens[i + 3])) && !titledBefore && !ownFirmSaid(tokens)
  ) {
    return isBusinessWord(tokens[i + 3]) ? i + 3 : i + 2;
  }
  // "Lund University", "the Migration Agency", "Danderyd Hospital": capitalised words before what they name. (Not "Peter
  // Church", "Sam Church": a first name before, or as, the word is a person's.)
  if (capitalisedWord(tokens[i]) && capitalisedWord(tokens[i + 1]) && EN_ORGANISATION_NOUNS.has(tokens[i + 1]!.lower)) {
    const person = firstName(tokens[i]) && !lexicon().places.has(tokens[i]!.lower);
    const personBefore = capitalisedWord(tokens[i - 1]) && !ARTICLES.has(tokens[i - 1]!.lower) && firstName(tokens[i - 1]);
    if (!person && !personBefore) return i + 1;
  }
  // ("the Danish Tax Agency", "the Norwegian Labour Authority": a nationality and a capitalised word before it; round 91.)
  if (NATIONALITIES.has(tokens[i]?.lower ?? '') && capitalisedWord(tokens[i]) && capitalisedWord(tokens[i + 1]) && capitalisedWord(tokens[i + 2]) && EN_ORGANISATION_NOUNS.has(tokens[i + 2]!.lower) && !firstName(tokens[i + 1])) return i + 2;
  // (Not "Peter Lund Ltd", "Sam Reid AB", "my landlord Okafor Brennan Inc", "I'm Dalgaard Holm ApS", "sole trader, Nilsson
  // Konsult Ltd": a first name opening the run, or right before it, a person framed, or the caller's own firm are a person's
  // name before the suffix; review 82, privacy fails closed. A self-introduction's "it's", "det är", "this is" frames a firm
  // as often before its legal form: "the org number is …, it's Nordvik Logistics AB".)
  const runStart = capitalisedWord(tokens[i - 1]) && !tokens[i]!.sentenceStart ? i - 1 : i;
  // (Asked only at a suffix: most capitalised words end the loop below before one, and the question reads the names, the
  // words before and, the first time in a turn, the whole turn; every part of it depends on the tokens alone.)
  // ("Min arbetsgivare i Norge heter Østfold Renhold AS", "my employer is called Fjord Bygg AS": a firm named by its work's
  // word, round 91.)
  // (After "I run a firm", "driver en firma" alone, `RUNS_A_FIRM`, the name is the firm's only where every word of it is a
  // trade's, a place's or a word of the lists: a first name anywhere in it, its genitive, an initial, a surname or a word in
  // no list is a person's, "Städ Anna Berg AB", "Fatimas Städ AB", "J Smith Ltd", "Okafor Ltd", "Bergström AB"; review 93,
  // privacy fails closed.)
  const personBeforeSuffix = (j: number) =>
    firstName(tokens[i]) || firstName(tokens[runStart]) || (personFramed(tokens, runStart, false) && !employerNamed(tokens, runStart)) || ownFirmSaid(tokens, true) ||
    (ownFirmSaid(tokens) && tokens.slice(runStart, j).some((t) => t.kind === 'word' && personInFirmRun(t)));
  for (let j = i; j < tokens.length && j <= i + 4; j++) {
    const t = tokens[j]!;
    // ("Keller & Moss GmbH": partners joined by "&" before the suffix, round 82; not "Anna & Moss AB", "Jonas Keller & Moss
    // GmbH", a first name and hers, whatever else the lists say the word is, review 82.)
    if (t.text === '&' && j > i && capitalisedWord(tokens[j + 1]) && !tokens.slice(i, j).some((w) => firstName(w))) continue;
    if (t.kind !== 'word' || (!t.capitalised && !COMPANY_SUFFIXES.has(t.lower))) return undefined;
    if (isCompanySuffix(t) && (j > i || tokens[i - 1]?.capitalised === true)) return personBeforeSuffix(j) ? undefined : j;
    if (j > i && t.sentenceStart) return undefined;
  }
  return undefined;
}
/** A word of a firm's name after "I run a firm" that reads as a person's (see `personBeforeSuffix`; review 93). */
function personInFirmRun(t: Token): boolean {
  const { names, places, stopWords, notNames } = lexicon();
  const flags = names.get(t.lower) ?? 0;
  if ((flags & NameFlag.first) !== 0 || firstNameOwning(t)) return true;
  if (isBusinessWord(t) || FOREIGN_TRADES.has(t.lower) || PARTNERS.has(t.lower) || ['och', 'and'].includes(t.lower)) return false;
  if (/^\p{Lu}{1,3}$|^\p{Lu}(?:-\p{Lu})+$/u.test(t.text)) return true;
  // (A surname that is a place too is a surname here: "Berg AB", "Lund Ltd".)
  if ((flags & NameFlag.surname) !== 0) return true;
  return !(places.has(t.lower) || stopWords.has(t.lower) || notNames.has(t.lower) || (flags & NameFlag.common) !== 0);
}
/** Words before a surname that make it a person's, not a firm's ("Doctor Hollis & Sons", "min advokat Lindgren & Söner"; review 102). */
const PERSON_TITLED: ReadonlySet<string> = new Set([
  ...TITLES, ...CARE_TITLES, ...KIN_TITLES, ...RELATIONS, ...ROLE_WORDS, ...DEFINITE_RELATIONS, 'advokat', 'professor', 'pastor', 'präst', 'kyrkoherde',
  'reverend', 'rev', 'father', 'sister', 'brother', 'solicitor', 'lawyer', 'handläggare', 'läkare', 'sjuksköterska',
]);
const PARTNERS = new Set(['son', 'sons', 'co', 'partners', 'daughter', 'daughters', 'söner', 'döttrar']);
export const inCompanyName = (tokens: readonly Token[], i: number): boolean => companyNameEnd(tokens, i) !== undefined;
/** Token `k` is part of a firm's name that begins at it or up to four tokens before ("Falks Rör och Värme"). */
export function insideCompanyName(tokens: readonly Token[], k: number): boolean {
  for (let j = k; j >= 0 && j >= k - 4; j--) if ((companyNameEnd(tokens, j) ?? -1) >= k) return true;
  return false;
}

/**
 * "enskild firma", "min egen firma", "egenföretagare", "sole trader", "my own business": a firm that is a person's own.
 * ("Jag driver en liten firma", "I run a small business": one's own firm by the verb that runs it, round 86; not "run a
 * company", often an AB.)
 */
const OWN_FIRM = /\b(?:enskild|enskilda|egen firma|egna firma|min egen|mitt eget|egenföretagare|sole trader|own business|own company|own firm|my own|trading as)\b/u;
/**
 * The verb alone: "driver en firma", "I run a firm". (Not before a legal form, "I run a firm, Ståhlbo Snickeri AB": an AB or a
 * Ltd is a company, whoever runs it, and no sole trader's name; round 93. "min egen firma, …" and "sole trader" still are.)
 */
const RUNS_A_FIRM = /\b(?:(?:driver|drev) (?:en|ett|min|mitt)(?: \p{L}+)? (?:firma|företag|rörelse)|(?:run|runs|ran) (?:a|my)(?: \p{L}+)? (?:business|firm))\b/u;
const ownFirms = new WeakMap<readonly Token[], number>();
/** Words after which two capitalised words are a person's: relations and greetings ("my neighbour …", "Dear …", "Thanks, …"). */
const PERSON_LEADS = new Set([
  'neighbour', 'neighbor', 'neighbours', 'granne', 'grannen', 'son-in-law', 'daughter-in-law', 'brother-in-law', 'sister-in-law', 'svärson', 'svärsonen',
  'svärdotter', 'svärdottern', 'husband', 'wife', 'partner', 'friend', 'landlord', 'landlady', 'sambo', 'vän', 'kompis', 'dear', 'thanks', 'thank', 'tack',
  'hi', 'hello', 'hej', 'hallå', 'heter', 'named', 'called', "i'm", 'i’m',
]);
/** A self-introduction's frame before a name: "this is", "it's", "det är", "jag heter", "I am", "my name is". */
const INTRO_PAIRS = /^(?:this is|it is|det är|här är|jag är|i am|name is|namn är)$/u;
/** "Min arbetsgivare (i Norge) heter …", "My employer's called …": the name at `i` is named as one's employer's, a word of work up to four words before "heter". */
// (Only an employer's or a firm's noun right before "heter", "is called", save a place: not "My boss at work is called Berg AS",
// "Chefen heter …"; a trade's word in the name beside its surnames, not "Hansen AS", "Nowak Kowalski AS"; and no "han heter",
// "she" after it in the turn, which says the one named is a person: "Min arbetsgivare heter Berg Hansen AS, han heter Ola";
// review 91, privacy fails closed.)
function employerNamed(tokens: readonly Token[], i: number): boolean {
  const k = i - 1 - (tokens[i - 1]?.text === ',' ? 1 : 0);
  if (!['heter', 'named', 'called'].includes(tokens[k]?.lower ?? '')) return false;
  const capitalisedWord = (t: Token | undefined) => t?.kind === 'word' && t.capitalised;
  let n = k - 1;
  if (['is', 'was', "'s", '’s'].includes(tokens[n]?.lower ?? '')) n--;
  if (['i', 'in'].includes(tokens[n - 1]?.lower ?? '') && capitalisedWord(tokens[n])) n -= 2;
  if (!EMPLOYER_NOUNS.has((tokens[n]?.lower ?? '').replace(/['’]s$/u, ''))) return false;
  let end = i;
  while (end < tokens.length && end < i + 5 && capitalisedWord(tokens[end]) && !isCompanySuffix(tokens[end]!)) end++;
  if (!tokens.slice(i, end).some((t) => isBusinessWord(t) || FOREIGN_TRADES.has(t.lower))) return false;
  return !tokens.slice(end).some((t, j, rest) => ['he', 'she', "he's", "she's", 'he’s', 'she’s'].includes(t.lower) || (['han', 'hon'].includes(t.lower) && rest[j + 1]?.lower === 'heter'));
}
/** The nouns that name one's employer as a firm. */
const EMPLOYER_NOUNS: ReadonlySet<string> = new Set(['arbetsgivare', 'arbetsgivaren', 'employer', 'firma', 'firman', 'företag', 'företaget', 'bolag', 'bolaget', 'company', 'firm']);
/** Trades in Norwegian and Danish firms' names, beside `BUSINESS_WORDS`: "Østfold Renhold AS", "Nordlys Montasje AS". */
const FOREIGN_TRADES: ReadonlySet<string> = new Set(['renhold', 'montasje', 'entreprenør', 'elektro', 'logistikk', 'logistics', 'maskin', 'anlegg', 'bemanning', 'frakt', 'fiskeri', 'sjømat', 'holding', 'shipping', 'staffing', 'construction']);
/**
 * "Hi, this is Okafor Brennan Consulting, …", "Min granne Ekström Nyström Handel", "Dear Okafor Brennan Partners": the two
 * words after a relation, a greeting or a self-introduction are a person's, firm or not (review 74: when in doubt, redact).
 * (A cleft, "Det är Lindqvist Berg Bygg som gör jobbet", names the firm.)
 */
function personFramed(tokens: readonly Token[], i: number, intro = true): boolean {
  const before: Token[] = [];
  for (let k = i - 1; k >= 0 && before.length < 2; k--) if (tokens[k]!.kind !== 'punct') before.unshift(tokens[k]!); else if (tokens[k]!.text !== ',') break;
  const last = before.at(-1)?.lower ?? '';
  if (PERSON_LEADS.has(last)) return true;
  if (!intro) return false;
  const introduced = INTRO_PAIRS.test(before.map((t) => t.lower).join(' ')) || last === "it's" || last === 'it’s';
  return introduced && !['som', 'who', 'that', 'which'].includes(tokens[i + 3]?.lower ?? '');
}

/** Token `k` is the trade after a name in the caller's own firm's ("enskild firma, Nyqvists Bygg"; review 82). */
export const ownFirmTrade = (tokens: readonly Token[], k: number): boolean =>
  k > 0 && isBusinessWord(tokens[k]) && tokens[k - 1]!.kind === 'word' && tokens[k - 1]!.capitalised && ownersFirm(tokens, k - 1);
/**
 * The firm named at token `i` is a sole trader's own: the caller's own firm said, or a first name's genitive before the trade
 * ("Maeve's Bakery", "Filippas Hår", "Gunnels Hovslageri": a person named by her trade, round 89).
 */
const ownersFirm = (tokens: readonly Token[], i: number): boolean => ownFirmSaid(tokens) || firstNameOwning(tokens[i]!);
/** The line says the firm is one's own (`OWN_FIRM`), or runs one (`RUNS_A_FIRM`) unless `byWordsOnly`. */
function ownFirmSaid(tokens: readonly Token[], byWordsOnly = false): boolean {
  let said = ownFirms.get(tokens);
  if (said === undefined) {
    const line = tokens.map((t) => t.lower).join(' ');
    ownFirms.set(tokens, (said = (OWN_FIRM.test(line) ? 1 : 0) | (RUNS_A_FIRM.test(line) ? 2 : 0)));
  }
  return (said & (byWordsOnly ? 1 : 3)) !== 0;
}
// "a German number", "my Thai ID", "Danish IBAN", "I'm Eritrean,": a nationality, not a name.
const nationalityBeforeNoun = (tokens: Token[], k: number): boolean =>
  NATIONALITIES.has(tokens[k]?.lower ?? '') && (tokens[k + 1]?.kind !== 'word' || !tokens[k + 1]!.capitalised || tokens[k + 1]!.text === tokens[k + 1]!.text.toUpperCase());
// (Nordic neighbours' too: "Hei, eller hej", "Terve".)
/** Words that hush a child: "shh", "shush", "sluta", "tyst", "hush", "be quiet", "stop it" (rounds 88 and 90). */
const HUSHING = new Set(['shh', 'sh', 'shhh', 'shush', 'sch', 'schh', 'hysch', 'tyst', 'sluta', 'hush', 'quiet']);
/** Said to a child after its first name, besides hushing: an endearment or a bare "stop" ("Lily, love, …", "Vidar, gumman"; round 90). */
const SAID_TO_A_CHILD: ReadonlySet<string> = new Set(['stop', 'love', 'darling', 'sweetie', 'gumman', 'gubben', 'älskling', 'vännen', 'lilla']);
/** What a child is told after its name is called: "sluta", "inte", "kom hit", "stop", "don't". */
const CALLED_TO = new Set(['sluta', 'inte', 'nej', 'kom', 'vänta', 'släpp', 'lägg', 'stop', "don't", 'no', 'not', 'come', 'wait', 'leave', 'put', 'get']);
/**
 * What follows the order to a child when no "!" is heard (Whisper writes "…" or "." over a bad line): "lägg ner den", "släpp
 * den", "kom hit", "put that down", "leave it", "get down" (round 93). Only after an order, not "inte", "nej", "no".
 */
const ORDERED_AWAY = new Set(['ner', 'den', 'det', 'hit', 'bort', 'tillbaka', 'that', 'it', 'down', 'here', 'off', 'away', 'back']);
const ORDERS = new Set(['sluta', 'kom', 'släpp', 'lägg', 'stop', 'come', 'leave', 'put', 'get']);
const hushedAfter = (tokens: readonly Token[], k: number): boolean =>
  HUSHING.has(tokens[k]?.lower ?? '') || (tokens[k]?.lower === 'be' && ['quiet', 'still'].includes(tokens[k + 1]?.lower ?? '')) || (tokens[k]?.lower === 'stop' && ['it', 'that'].includes(tokens[k + 1]?.lower ?? '')) || (tokens[k]?.lower === 'var' && tokens[k + 1]?.lower === 'tyst');
/**
 * What opens a word to a child, or a cry, and is no child's name: a relation or a word of endearment ("Mamma, sluta!",
 * "Darling, shh", "Honey, don't!"), an oath ("Heaven, no!", "Fan, inte nu!"), a call to a group ("Guys, stop it", "Hörni,
 * tyst"), a word of the talk itself ("Right, shh", "Wait, stop it", "Snälla, sluta"). Not "Love", "Rose", "Bo": names too
 * (review 88; review 89's oaths and endearments, one list since the merge of rounds 88-90).
 */
const NO_CHILDS_NAME = new Set([
  'mummy', 'mommy', 'daddy', 'mamma', 'pappa', 'darling', 'honey', 'sweetie', 'sweetheart', 'älskling', 'gubben', 'gumman', 'hjärtat', 'vännen', 'baby', 'babe', 'dear',
  'heaven', 'heavens', 'mercy', 'lord', 'god', 'gud', 'christ', 'jesus', 'gosh', 'fan', 'herregud', 'jösses', 'jisses',
  'barn', 'barnen', 'hörni', 'hördu', 'guys', 'boys', 'girls', 'kids', 'children', 'everyone', 'everybody', 'alla', 'killar', 'tjejer', 'grabbar',
  'anyway', 'actually', 'wait', 'stop', 'stopp', 'vänta', 'snälla', 'please', 'precis', 'sluta', 'tyst', 'hush', 'quiet', 'no', 'nej', 'nu', 'now',
]);
/** What is said to a child right after its name and a comma (`calledToAsAChild`). */
interface SaidToAChild {
  /** A word that hushes: "shh", "sluta", "tyst" (`HUSHING`). */
  hushing: boolean;
  /** That, or "be quiet", "be still", "stop it", "stop that", "var tyst". */
  hushed: boolean;
  /** An endearment or a bare "stop": "love", "gumman" (`SAID_TO_A_CHILD`). */
  endearment: boolean;
  /**
   * A telling-off in an exclamation: "sluta", "inte", "kom", "don't" (`CALLED_TO`), in a sentence that ends in "!"; or an
   * order with what it is about, however the sentence ends: "lägg ner den…", "put that down." (`ORDERED_AWAY`, round 93).
   */
  toldOff: boolean;
  /** The word called is itself a reply's or a judgement's: "Right, shh", "Okej, sluta!" (`INTERJECTIONS`). */
  interjection: boolean;
}
/**
 * The one reading of a child called to by name, for the three rules that find one (round 88's `hushedName`, round 89's child
 * told off in `followedByNameCue`, round 90's first name hushed or endeared in `findNames`): the word at `i` is followed by a
 * comma and is no word that opens such a cry but is no child's name (`NO_CHILDS_NAME`: "Mamma, sluta!", "Heaven, no!", "Guys,
 * stop it"); then what is said after the comma, each rule taking what it needs. Undefined where either fails.
 */
export const calledToAsAChild = (tokens: readonly Token[], i: number): SaidToAChild | undefined => {
  const t = tokens[i];
  if (!t || tokens[i + 1]?.text !== ',' || NO_CHILDS_NAME.has(t.lower)) return undefined;
  const said = tokens[i + 2]?.lower ?? '';
  return {
    hushing: HUSHING.has(said),
    hushed: hushedAfter(tokens, i + 2),
    endearment: SAID_TO_A_CHILD.has(said),
    toldOff: CALLED_TO.has(said) && (exclaimed(tokens, i + 2) || (ORDERS.has(said) && ORDERED_AWAY.has(tokens[i + 3]?.lower ?? ''))),
    interjection: INTERJECTIONS.has(t.lower),
  };
};
/**
 * "Poppy, shh!", "Tuva, sluta": a capitalised word opening its phrase, before a comma and a word that hushes, is a hushed
 * child's name (not "Universal Credit, stop that": the end of a longer name; nor "Mamma, sluta", "Right, shh"; review 88).
 */
export const hushedName = (tokens: readonly Token[], i: number): boolean => {
  const t = tokens[i];
  const called = calledToAsAChild(tokens, i);
  if (t?.kind !== 'word' || !called?.hushed) return false;
  const before = tokens[i - 1];
  if (before?.kind === 'word' && before.capitalised) return false;
  return !called.interjection && !RELATIONS.has(t.lower) && !NOT_APPOSED.has(t.lower) && !BROKEN_OFF_WORDS.has(t.lower);
};
const GREETINGS = new Set(['hej', 'hejsan', 'hallå', 'hallo', 'hei', 'terve', 'tjena', 'tjenare', 'goddag', 'tack', 'hejdå', 'hello', 'hi', 'hey', 'dear', 'thanks', 'bye']);
const SPEAKING = new Set(['prata', 'pratar', 'pratade', 'pratat', 'tala', 'talar', 'talade', 'talat']);
const SPEAKING_EN = new Set(['speak', 'spoke', 'spoken', 'speaking', 'talk', 'talked', 'talking']);
/** Words after a name that say it was one: "Karin här", "Will Turner here", "Sarah speaking". */
const AFTER_NAME = new Set(['här', 'here', 'speaking', 'calling']);
/** "Maja fyller tre", "Lily turns five": turning an age, said of a person (before a number). */
const BORN_VERBS = new Set(['fyller', 'fyllde', 'turns', 'turned']);
/** Verbs of saying after a known first name at a sentence's start: "Mark sa att …", "Rosa said …". */
const SAYING = new Set(['sa', 'sade', 'säger', 'said', 'says', 'told', 'ringde', 'skrev', 'wrote']);
/**
 * Token `k` is a word of an interpreter's frame for what is relayed ("Hon säger femtiosex, eh, hon säger noll två nitton",
 * "He says Serhii Moroz"): a pronoun with a verb of saying beside it (round 92).
 */
export function relayFrameHolds(tokens: readonly Token[], k: number): boolean {
  const [before, t, after] = [tokens[k - 1]?.lower ?? '', tokens[k]!.lower, tokens[k + 1]?.lower ?? ''];
  if (PERSON_PRONOUNS.has(t)) return SAYING.has(after) || SAYING.has(before);
  return SAYING.has(t) && (PERSON_PRONOUNS.has(after) || PERSON_PRONOUNS.has(before));
}

const enum Slot {
  None,
  /** After a greeting: a capitalised known name. */
  Greeting,
  /** After "min dotter", "du pratar med", "det är": a capitalised word or a known name. */
  Likely,
  /** After "jag heter", "my name is", "Mr": the next word is a name. */
  Certain,
}

/** "Hello, Glenys Harcourt, I…": a capitalised word after a greeting's comma, a second one and a comma, no place nor agency. */
function greetedName(tokens: readonly Token[], i: number): boolean {
  const [t, next, comma] = [tokens[i]!, tokens[i + 1], tokens[i + 2]];
  const plain = (w: Token | undefined) => !!w && w.kind === 'word' && w.capitalised && w.text.length >= 2 && !lexicon().stopWords.has(w.lower) && !lexicon().places.has(w.lower) && !lexicon().worldPlaces.has(w.lower) && !NOT_A_NAME.test(w.lower) && !/^\p{Lu}+$/u.test(w.text);
  // (Review of round 90: no benefit's or agency's words, "Hi, Housing Benefit, …", "Hello, Working Tax, …".)
  const term = (w: Token | undefined) => !!w && (keptTermWord(w.lower) || GREETED_TERMS.has(w.lower));
  return tokens[i - 1]?.text === ',' && plain(t) && plain(next) && comma?.text === ',' && !term(t) && !term(next);
}
/** The words of a benefit's name that the lists lack: "Working Tax (Credit)", "Child Tax", "Carer's Allowance" (review of round 90). */
const GREETED_TERMS: ReadonlySet<string> = new Set(['tax', 'taxes', 'allowance', 'allowances', 'credits', 'bidrag', 'pension', 'pensions', 'benefit', 'benefits', 'credit']);

/** Months, weekdays, organisations and places abroad (by the word alone, asked of most words: remembered). */
// ("Försäkringskassan's benefit": the English genitive of an organisation is none either.)
/** Words never a person's name here, alone: months, weekdays, agencies, "SINK" (the recogniser asks too, round 61). */
export const neverAName = (lower: string): boolean => NOT_A_NAME.test(lower);
// ("he's Swedish-German": nationalities joined are no name either, round 60.)
const NOT_A_NAME = rememberedTest({
  test: (lower: string) =>
    [lower, lower.replace(/['’]s$/u, '')].some((w) => NOT_NAMES.has(w) || lexicon().notNames.has(w) || ORGANISATION.test(w)) ||
    (lower.includes('-') && lower.split('-').every((part) => NATIONALITIES.has(part) || NOT_NAMES.has(part))),
});

/**
 * People's names: known first names and surnames (SCB statistics) when written as names, words
 * after a cue ("jag heter", "min dotter", "my name is") and the words that continue them
 * ("Karl-Johan Lindqvist", "Maria de la Cruz"). Names that are also ordinary words ("Bo", "Per",
 * "Berg", "Will") count only with a cue or beside another name.
 */
/**
 * "OCR-numret", "FK-blanketten": an abbreviation with a common noun after its hyphen; "Sam- samordningsnummer": a word
 * broken off and begun again. Neither is a name, whatever cue stands before it.
 */
const ABBREVIATIONS = new Set(['OCR', 'FK', 'PM', 'CSN', 'SKV', 'KFM', 'AF', 'LMA', 'PIN', 'PUK', 'SMS', 'ID', 'SFI', 'PPM', 'AP', 'ISK', 'IBAN', 'BIC']);
export function brokenOrAbbreviated(tokens: Token[], c: Candidate): boolean {
  const k = tokens.findIndex((t) => t.start === c.start);
  const t = tokens[k];
  if (!t || t.end !== c.end) return false;
  // (Only an abbreviation the agencies and banks use: "AL-hashimi" is a name written so.)
  const abbreviation = /^(\p{Lu}{2,})-\p{Ll}/u.exec(t.text)?.[1];
  if (abbreviation && ABBREVIATIONS.has(abbreviation)) return true;
  const dash = tokens[k + 1];
  const next = tokens[k + 2];
  // (A word begun again in lower case: "Berg- Bergström", "Ann- Ann-Marie" are a name broken off, and stay one.)
  return dash?.text === '-' && dash.start === t.end && next !== undefined && next.kind === 'word' && !next.capitalised && next.lower !== t.lower && next.lower.startsWith(t.lower);
}

/**
 * "Whisper skriver \"linkvist\"", "Whisper wrote …": the recogniser named as the writer of a misheard word, no one's name. Only
 * the word alone before a verb of writing or hearing, never after a cue ("She is called Whisper", "Jag heter Whisper"; review 77).
 */
export function whisperWriting(tokens: readonly Token[], c: Pick<Candidate, 'start' | 'end'>): boolean {
  const k = tokens.findIndex((t) => t.start === c.start);
  const t = tokens[k];
  // (A word between, "Whisper brukar skriva", "Whisper always writes".)
  const verb = RENDERING_VERBS.has(tokens[k + 1]?.lower ?? '') || (tokens[k + 1]?.kind === 'word' && RENDERING_VERBS.has(tokens[k + 2]?.lower ?? ''));
  if (!t || t.end !== c.end || t.lower !== 'whisper' || !verb) return false;
  return !NAME_CUE_WORDS.has(tokens[k - 1]?.lower ?? '');
}
const NAME_CUE_WORDS = new Set(['heter', 'hette', 'called', 'named', 'name', 'namn', 'is', 'är']);

/** "McLeod", "MacAulay", "FitzGerald", "O'Rourke": a surname's shape, the capital after its prefix. */
// (Not the brands so written: "MacBook", "McDonald's", "McAfee"; nor "MacBooks", "MacPro", "O'Clock": review 77.)
const PATRONYMIC_SHAPE = /^(?!MacBook(?:s|Pro)?$|MacPro$|MacMini$|MacOS$|McDonald['’]?s$|McAfee$|O['’]Clock$)(?:Mc|Mac|Fitz|O['’])\p{Lu}\p{Ll}{2,}$/u;

export function findNames(tokens: Token[]): Candidate[] {
  const { names, stopWords, places } = lexicon();
  // ("Lucía's": a foreign name in the genitive, without its marks too.)
  const known = (word: string): number | undefined => names.get(word) ?? (hasForeignMark(word) ? names.get(foldMarks(word)) : undefined);
  const flagsOf = (t: Token): number => {
    // "Ingrids", "Anderssons": a name in the genitive, written as a name.
    // "Daniel's", "Anna’s": the English genitive too.
    const direct =
      names.get(t.lower) ??
      // "Stanisław", "Dragoș", "Zoltán": the statistics write most foreign names without their marks.
      (t.kind === 'word' && hasForeignMark(t.lower) ? names.get(foldMarks(t.lower)) : undefined) ??
      // (Not "He's Derek": the pronoun with its verb; its place looked up only for short words, as the look-up costs.)
      (t.capitalised && t.lower.endsWith('s') && !(t.text.length <= 6 && pronounWithVerb(tokens, tokens.indexOf(t))) ? (known(t.lower.slice(0, -1)) ?? (/['’]s$/.test(t.lower) ? known(t.lower.slice(0, -2)) : undefined)) : undefined);
    // ("McLeod", "MacAulay", "FitzGerald", "O'Rourke": a Gaelic or Norman patronymic with its capital inside is a surname
    // whether the lists hold it or not; round 77.)
    if (direct === undefined && t.kind === 'word' && PATRONYMIC_SHAPE.test(t.text)) return NameFlag.surname;
    if (direct !== undefined || !t.lower.includes('-')) return direct ?? 0;
    // "G-Georgina", "E-Einar": a name begun with a stutter, its first letter said twice, is that name (round 94).
    const stutter = /^(\p{L})-(\p{L}{2,})$/u.exec(t.lower);
    // (Any first name in the lists: "S-Siobhan" as much as "K-Karin"; a thing that is also a name, "my T-Tesla", is redacted
    // with them, failing closed; the re-read after review 94, where only names borne by many counted.)
    if (stutter && stutter[2]!.startsWith(stutter[1]!)) {
      const bare = names.get(stutter[2]!) ?? 0;
      return bare & NameFlag.first ? bare : 0;
    }
    // "Anna-Karin", "Andersson-Berg": every part a name; ordinary only if every part is.
    let all = NameFlag.common | NameFlag.frequent;
    let any = 0;
    for (const part of t.lower.split('-')) {
      const f = names.get(part);
      if (f === undefined) return 0;
      any |= f;
      all &= f;
    }
    return (any & (NameFlag.first | NameFlag.surname)) | all;
  };
  const joinedFirstNames = (t: Token): boolean =>
    t.lower.includes('-') &&
    t.lower.split('-').every((part) => {
      const f = names.get(part) ?? 0;
      return (f & NameFlag.first) !== 0 && (f & NameFlag.frequent) !== 0 && (f & NameFlag.common) === 0;
    });
  const isWord = (t: Token | undefined): t is Token => !!t && t.kind === 'word';
  /** Months, weekdays, organisations and places abroad: capitalised, but not people. */
  const notAName = (t: Token): boolean => NOT_A_NAME.test(t.lower);
  const nameLike = (t: Token | undefined): t is Token => isWord(t) && !notAName(t);

  // Transcripts in lower case throughout get known names recognised without capitals.
  const uncased = !tokens.some((t) => t.capitalised);
  const found: Candidate[] = [];
  let coveredUntil = -1;
  const take = (from: number, to: number, confidence: number) => {
    found.push({ type: 'name', start: tokens[from]!.start, end: tokens[to]!.end, confidence });
    coveredUntil = to;
  };

  /** "Ingrid Maj Holmberg", "Anna Juni Berg": a month or weekday between two names is a middle name. */
  const middleNameWord = (j: number): boolean => {
    const t = tokens[j]!;
    const next = tokens[j + 1];
    return (
      isWord(t) && t.capitalised && !t.sentenceStart && NOT_NAMES.has(t.lower) &&
      isWord(next) && next.capitalised && !next.sentenceStart && flagsOf(next) !== 0 && nameLike(next)
    );
  };

  /** Token `j` is the full stop after an initial ("A."), with a capitalised word after it. */
  const initialStop = (j: number): boolean =>
    initialAt(tokens, j - 1) && tokens[j + 1]?.kind === 'word' && tokens[j + 1]!.capitalised && !notAName(tokens[j + 1]!) && !stopWords.has(tokens[j + 1]!.lower);

  /** The last token of the name starting at `from`, continued over further name words. */
  const extend = (from: number, certain = false): number => {
    // ("Dr. de la Fuente": particles first lead to a capitalised name, as after a first name.)
    const lowerCaseName = !tokens[from]!.capitalised && !(PARTICLES.has(tokens[from]!.lower) && particlesLeadToName(tokens, from));
    let last = from;
    for (let j = from + 1; j < tokens.length && j <= from + 4; j++) {
      const t = tokens[j]!;
      // "Jag heter Anneli Juni": after "jag heter", a month or weekday written as a name is the surname.
      if (certain && !lowerCaseName && t.kind === 'word' && t.capitalised && !t.sentenceStart && NOT_NAMES.has(t.lower) && tokens[j + 1]?.kind !== 'word') return j;
      // "Dr. A. Nwosu", "Mr J. Holloway": an initial's full stop ends no sentence; the surname after it is the name's (round 39).
      if (initialStop(j)) continue;
      if (!nameLike(t) && !(!lowerCaseName && middleNameWord(j))) break;
      if (!nameLike(t)) continue;
      if (PARTICLES.has(t.lower) && particlesLeadToName(tokens, j)) continue;
      const flags = flagsOf(t);
      if (t.capitalised && !lowerCaseName) {
        // A capitalised stop word mid-sentence is a name ("Bo Dag"), except English "I".
        if (t.lower === 'i' || (t.sentenceStart && !initialStop(j - 1))) break;
        last = j;
      } else if (lowerCaseName && !t.capitalised && flags !== 0 && !(flags & NameFlag.common)) {
        last = j;
      } else if (lowerCaseName && t.lower.includes("'") && !stopWords.has(t.lower)) {
        last = j;
      } else {
        break;
      }
    }
    return last;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (i <= coveredUntil || !isWord(t)) continue;
    // In a transcript with capitals, a word in lower case is a name only under a cue, and a possessive or a
    // nationality may cover the word after it (below): every other one is passed over (most words of a call).
    // ("anna-karin": two frequent first names joined are no ordinary word, in any case.)
    if (!t.capitalised && !uncased && !POSSESSIVES.has(t.lower) && !NATIONALITIES.has(t.lower) && !cued(slotBefore(tokens, i)) && !joinedFirstNames(t)) continue;
    if (TITLES.has(t.lower) || (!t.capitalised && CUE_ADVERBS.has(t.lower))) continue;
    // ("Det är pappas", "det är mammas": a relation's genitive in lower case is whose, no name.)
    // ("Pappas är 38 05 03-54 60": at a sentence's start too, round 37.)
    if ((!t.capitalised || t.sentenceStart) && !uncased && t.lower.endsWith('s') && RELATIONS.has(t.lower.slice(0, -1))) continue;
    // ("Jonas eller vad han hette, hundrafemtio för lite": a number in words is no name, cue or not, unless a name too: "sixten".)
    if (!t.capitalised && numberWordAtoms(t.lower) !== undefined && !lexicon().names.has(t.lower)) continue;
    // "I'm, I'm not from here", "He's Derek": the English "I" or "he" with its verb is no one's name.
    if (pronounWithVerb(tokens, i)) continue;
    // "Freja eID", "Freja e-legitimation": the e-identification, not a person called Freja.
    if (isFrejaEid(tokens, i)) continue;
    // The agencies' e-service "My Pages" ("My" is a Swedish first name too).
    // (And "Mina sidor": "Mina" alone is a first name, "Det är Mina", round 39.)
    if ((t.lower === 'my' && MY_PAGES.has(tokens[i + 1]?.lower ?? '')) || (isMinaPages(tokens, i) && slotBefore(tokens, i) !== Slot.Certain)) {
      coveredUntil = i + 1;
      continue;
    }
    // "den som heter FK 5012", "blankett SKV 4820": an agency's letters before a number are a form's code, never a name (round 21).
    if (FORM_CODES.has(t.text) && tokens[i + 1]?.kind === 'digits' && (tokens[i + 1]!.text.length >= 3 || tokens[i + 2]?.kind === 'digits')) continue;
    // "Björkens vårdboende", "Solgårdens äldreboende": a home or a clinic named in the genitive is an institution (round 21).
    // (Not "Agnes äldreboende", "Elias förskola", "Williams surgery": a name that ends in s is the person's.)
    const known = (w: string) => lexicon().names.has(w);
    if (t.capitalised && t.lower.endsWith('s') && !known(t.lower) && !known(t.lower.slice(0, -1)) && INSTITUTION_AFTER_GENITIVE.has(tokens[i + 1]?.lower ?? '') && slotBefore(tokens, i) !== Slot.Certain) {
      coveredUntil = i + 1;
      continue;
    }
    // "Dr. de la Fuente", "jag heter van der Berg": particles right after a cue begin the name they lead to (round 36).
    if (!t.capitalised && PARTICLES.has(t.lower) && particlesLeadToName(tokens, i) && slotBefore(tokens, i) === Slot.Certain) {
      take(i, extend(i, true), Confidence.cued);
      continue;
    }
    // After "jag heter" even a month or a bank is a name ("Jag heter Maj Lind").
    const ordinary = notAName(t);
    if (ordinary && !t.capitalised) continue;
    const slot = slotBefore(tokens, i);
    // "Lunds universitet", "Marks kommun", "Gustav Vasa kyrka", "Royal Free Hospital": capitalised words before a word for
    // a public institution name it, even where they are people's names (round 29; `publicInstitutionAfter` says where not).
    const publicInstitution = slot !== Slot.Certain && t.capitalised ? publicInstitutionAfter(tokens, i) : undefined;
    if (publicInstitution !== undefined) {
      coveredUntil = publicInstitution;
      continue;
    }
    // "My German account", "her Polish passport": a nationality English capitalises before a noun
    // ("My" is a Swedish first name too); "my name is Ingrid German" is still a name.
    const nationality = POSSESSIVES.has(t.lower) ? i + 1 : i;
    if (slot !== Slot.Certain && nationalityBeforeNoun(tokens, nationality)) {
      coveredUntil = nationality;
      continue;
    }
    // "Hallbergs Måleri AB", "Bright Harbour Consulting AB": a firm's name, not a person.
    // ("Min arbetsgivare heter Fjord Bygg AS": after "heter" too, where the one named is one's employer; round 91.)
    const firmEnd = (slot !== Slot.Certain || employerNamed(tokens, i)) && t.capitalised ? companyNameEnd(tokens, i) : undefined;
    if (firmEnd !== undefined) {
      coveredUntil = firmEnd;
      continue;
    }
    // ("Yeah, Hotel Kronhamn, …": the institution's word itself, before the name it is given, round 82.)
    if (slot !== Slot.Certain && t.capitalised && tokens[i + 1]?.capitalised && !tokens[i + 1]!.sentenceStart && namesInstitution(tokens, i + 1)) {
      coveredUntil = i + 1;
      continue;
    }
    // A word in lower case is a name only under a cue, or in a transcript without capitals: no
    // look-up or test below is needed for the others (most words of a call).
    if (!t.capitalised && !uncased && slot !== Slot.Likely && slot !== Slot.Certain && !joinedFirstNames(t)) continue;
    // "My neighbour June", "min granne Maj": after a relation, a word capitalised mid-sentence is a name.
    // ("My daughter is June", "min son är August": the same, with the verb.)
    const relationIs = IS_WORDS.has(tokens[i - 1]?.lower ?? '') ? 1 : 0;
    // ("my daughter, April, she's …": the comma between too, round 40.)
    const relationAt = tokens[i - 1]?.text === ',' ? i - 2 : i - 1 - relationIs;
    const relationOwner = tokens[relationAt - 1]?.lower ?? '';
    const afterRelation = slot === Slot.Likely && t.capitalised && !t.sentenceStart && (RELATIONS.has(tokens[relationAt]?.lower ?? '') || (ROLE_WORDS.has(tokens[relationAt]?.lower ?? '') && namedAfterCue(tokens, i))) && (RELATION_OWNERS.has(relationOwner) || relationOwning(relationOwner));
    // "August heter min son", "June was my wife": what a relation is called, a month or a word too.
    const namesRelation = t.capitalised && namesRelationAfter(tokens, i);
    // "det är Parkinsons sjukdom", "hon har Alzheimers", "he has Crohn's": a disease named after a person (round 29).
    // (Only said as a disease: "Sjögren ringde", "Parkinson heter min granne", "grannen Parkinson" are people.)
    if (slot !== Slot.Certain && !afterRelation && !namesRelation && isDiseaseEponym(tokens, i)) continue;
    // "my wife is called Maj Berggren": after a cue, a month or a word before a surname is a first name.
    const next = tokens[i + 1];
    const surnameNext = next?.kind === 'word' && next.capitalised && !next.sentenceStart && (flagsOf(next) & NameFlag.surname) !== 0;
    // ("Juni Hedlund, och ja …", "August Lindgren heter jag": a first name that is a month, at a sentence's
    // start too, before a surname that is no word.)
    const beforeSurname =
      t.capitalised && surnameNext && ((slot === Slot.Likely && !t.sentenceStart) || (t.sentenceStart && (flagsOf(t) & NameFlag.first) !== 0 && (flagsOf(next) & NameFlag.common) === 0));
    // ("August was born in March", "Maj fyller 80 i vår": a month that is a first name, born or turning an age, round 39.)
    // ("Kind regards, June", "Med vänlig hälsning, Maj": a signature, round 40.)
    const signature = (slot === Slot.Likely || slot === Slot.Greeting) && (SIGN_OFFS.has(tokens[i - 2]?.lower ?? '') || tokens[i - 2]?.lower === 'thanks') && tokens[i - 1]?.text === ',' && !t.sentenceStart;
    // ("She's called April", "my wife is named June": what someone is called, a month too.)
    // ("och förnamnet Maj", "the first name, June": after the name's own noun, round 44.)
    const nounBefore = tokens[i - 1]?.text === ',' ? i - 2 : i - 1;
    const nameNounBefore = NAME_NOUNS.has(tokens[nounBefore]?.lower ?? '') || (tokens[nounBefore]?.lower === 'name' && ['first', 'last', 'middle', 'maiden'].includes(tokens[nounBefore - 1]?.lower ?? ''));
    const calledSo = slot === Slot.Likely && (['called', 'named', 'kallas'].includes(tokens[i - 1]?.lower ?? '') || nameNounBefore);
    const bornName = t.capitalised && (flagsOf(t) & NameFlag.first) !== 0 && (isBornOrTurning(tokens, i + 1) || signature || calledSo);
    // ("Vi kallar honom Lillebror", "we call her Storasyster": the family's word given as what the child is called; review 79.)
    const siblingCalled = slot === Slot.Likely && SIBLING_WORDS.has(t.lower) && ['me', 'her', 'him', 'honom', 'henne'].includes(tokens[i - 1]?.lower ?? '');
    if (ordinary && slot !== Slot.Certain && !afterRelation && !namesRelation && !beforeSurname && !bornName && !siblingCalled && !agentNamed(tokens, i)) continue;
    // ("Idén föddes våren 2024": the thing born, not a person.)
    if (thingIsBorn(tokens, i + 1) || thingIsBorn(tokens, i + 2)) continue;
    // "Box 38190": a postal box.
    if (t.lower === 'box' && tokens[i + 1]?.kind === 'digits') continue;
    // "Vårdcentralen Lind", "Förskolan Björken": an institution named by the word after it.
    if (namesInstitution(tokens, i)) continue;
    // "Sten Sturegymnasiet", "Karl Johansskolan": a first name begins the name of the institution after it.
    const institution = tokens[i + 1];
    if (slot !== Slot.Certain && institution?.kind === 'word' && institution.capitalised && institution.start === t.end + 1 && namedInstitution(institution.lower)) {
      coveredUntil = i + 1;
      continue;
    }
    // "Sankt Eriks katolska domkyrka", "St. Görans sjukhus": a saint names a church, a hospital, a place.
    if (SAINTS.has(tokens[i - 1]?.lower ?? '') || (tokens[i - 1]?.text === '.' && tokens[i - 2]?.lower === 'st')) continue;
    // "min hyresvärd Stångåstaden", "the landlord Heimstaden": a landlord is mostly a firm, unless named as a person.
    // ("my landlord, Heimstaden, raised the rent": the comma between too, where the word is a housing firm's.)
    const landlordAt = tokens[i - 1]?.text === ',' && HOUSING_FIRM.test(t.lower) ? i - 2 : i - 1;
    if (LANDLORDS.has(tokens[landlordAt]?.lower ?? '') && flagsOf(t) === 0) continue;
    // "på avdelning Linnéa, rum 212", "ward Rowan": a ward is named like a person (round 22). (Not "ringde avdelningen Karin
    // Lund svarade": the definite form, or a surname after it, is a person on the ward.)
    const wardName = WARD_NAMED_AFTER.has(tokens[i - 1]?.lower ?? '') && !(tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised);
    if (wardName && t.capitalised && slot !== Slot.Certain) continue;
    // "We moved to Florida", "bor i Georgia": a US state after moving or living there (not "a call from Georgia, my carer").
    const livedThere = PLACE_PREPOSITIONS_ALL.has(tokens[i - 1]?.lower ?? '') && LIVING.has(tokens[i - 2]?.lower ?? '') && !(tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised);
    if (US_STATE_NAMES.has(t.lower) && t.capitalised && livedThere && slot !== Slot.Certain) continue;
    // "nära Gustav Adolfs torg": a first name and a genitive before a street word name the street.
    if (slot !== Slot.Certain && t.capitalised && tokens[i + 1]?.capitalised && tokens[i + 1]!.lower.endsWith('s') && SV_STREET_AFTER.has(tokens[i + 2]?.lower ?? '')) {
      coveredUntil = i + 1;
      continue;
    }
    // "Queen Street", "Johnson Road", "Karl Johans väg": a street named after someone. (Not a first name after a cue for a
    // person, "signed by Peter Lane", "pratade med Ulla Väg": a person named so, round 39.)
    // ("Det är Karl Johans väg", "It's Victoria Road": after "det är", "it's" a place may be named.)
    // ("It's Peter Lane who signed it", "Det är Eva Väg som ringde": a person after all, round 40.)
    const who = ['who', 'som', 'that'].includes(tokens[i + 2]?.lower ?? '');
    const personCued = slot === Slot.Likely && (flagsOf(t) & NameFlag.first) !== 0 && (who || (!IS_WORDS.has(tokens[i - 1]?.lower ?? '') && tokens[i - 1]?.lower !== "it's"));
    if (slot !== Slot.Certain && !personCued && t.capitalised && (SV_STREET_AFTER.has(tokens[i + 1]?.lower ?? '') || (EN_STREET_AFTER.has(tokens[i + 1]?.lower ?? '') && tokens[i + 1]!.capitalised))) continue;
    // "worked for Ericsson", "Lindén & Holm", "Advokatfirman Lindén": an employer or a firm.
    // (Beside "&" only where the two are a firm's name: "Liam & Noah" are people.)
    // (Review of round 89: not a sole trader's firm named by its owner, "jobbar hos Filippas Hår", "I work for Tom's Roofing":
    // the firm's check below takes the name. Only the trades that name their owner, `SOLE_TRADES`: "jobbade på Erikssons Plåt"
    // is an employer, a surname the lists also hold as a first name.)
    const ownersFirmNext = isSoleTrade(tokens[i + 1]) && ownersFirm(tokens, i);
    if (slot !== Slot.Certain && !ownersFirmNext && (employerBefore(tokens, i) || ((tokens[i - 1]?.text === '&' || tokens[i + 1]?.text === '&') && insideCompanyName(tokens, i)) || FIRM.test(tokens[i - 1]?.lower ?? ''))) continue;
    // "Svenssons Åkeri", "Lindbergs Bygg": a firm named after its owner's surname, not a person; one named by a first name's
    // genitive ("Ahmads Pizzeria", "Annas Bageri", "Filippas Hår") or by the caller's own firm names its owner (`ownersFirm`,
    // rounds 82 and 89).
    // ("vi heter Lindbergs Åkeri", "we're called Patel Builders": a firm says "we".)
    if ((slot !== Slot.Certain || WE.has(tokens[i - 2]?.lower ?? '')) && t.capitalised && (isBusinessWord(tokens[i + 1]) || (isSoleTrade(tokens[i + 1]) && ownersFirm(tokens, i)))) {
      // ("Dimitriou Taxi, it's a sole trader", "Kowalczyk Bygg, enskild firma": the caller's own firm bears their name.)
      // (Its trade with it, "Wallins Plåt", "Nyqvists Bygg": the own firm's whole name is what names her; round 82.)
      if (ownersFirm(tokens, i) && !notAName(t) && !stopWords.has(t.lower) && t.text.length >= 3) take(i, i + 1, Confidence.cued);
      coveredUntil = i + 1;
      continue;
    }
    const flags = flagsOf(t);
    const stop = stopWords.has(t.lower);
    // ("utanför Lindqvists hus", "outside Åsa Berg's flat": after a word of nearness, a person's home as often as a place:
    // only a known place said alone is one, round 61's review.)
    const afterPlacePreposition = NEAR_WORDS.has(tokens[i - 1]?.lower ?? '')
      ? places.has(t.lower) && !(tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised && !tokens[i + 1]!.sentenceStart)
      : PLACE_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '');
    let confidence = 0;
    // ("namnet var fel", "the name was wrong": a judgement after the cue is no name. A lower-case noun may be a surname
    // Whisper wrote small, "Efternamnet är demirhan": it stays one.)
    // ("her name is still on the board", "namnet står fortfarande kvar": an adverb written small right after "is", "är", "står",
    // a word that is a surname too, is no name; "Hon heter still" stays one; round 88.)
    // (Only before a word, "is still on the door": at the end or before a comma, "My name is still.", "Efternamnet är still, med
    // två l", the word is the name; a name after the adverb has the cue, slotBefore; review 88. A placeholder is the word
    // after it too, "Her name is still [NAMN]" read again by the leak scan: the name is already out.)
    const wordAfter = tokens[i + 1]?.kind === 'word' || (tokens[i + 1]?.text === '[' && tokens[i + 3]?.text === ']');
    const noNameAfterCue = !t.capitalised && ((flags === 0 && JUDGEMENTS.has(t.lower)) || (adverbAfterNameCue(tokens, i) && wordAfter));
    if (slot === Slot.Certain && (t.capitalised || !stop) && !SPELLING_VERBS.has(t.lower) && !noNameAfterCue) confidence = Confidence.cued;
    // "det är Göteborg": a place, unless it is a name too.
    // "det är Göteborg", "det är FK 2026-118 442": a place or an organisation's letters, unless a name too.
    else if (slot === Slot.Likely && t.capitalised && (flags !== 0 || !stop) && !(flags === 0 && (places.has(t.lower) || isAcronym(t)))) confidence = Confidence.cued;
    // (Not a surname in lower case right after a relation, where a first name would stand: "min dotter åker hem", "när makan
    // åker till Portugal" — "åker" is a verb there.)
    else if (slot === Slot.Likely && flags !== 0 && !(flags & NameFlag.common) && !(!t.capitalised && !(flags & NameFlag.first) && (RELATIONS.has(tokens[i - 1]?.lower ?? '') || DEFINITE_RELATIONS.has(tokens[i - 1]?.lower ?? '') || ['makan', 'maken'].includes(tokens[i - 1]?.lower ?? '')))) confidence = Confidence.cued;
    else if (slot === Slot.Greeting && t.capitalised && flags !== 0) confidence = Confidence.cued;
    // ("Hello, Glenys Harcourt, I've moved …", "Hej, Ivona Kral, jag ringer …": two capitalised words set off after a greeting are
    // the caller's name, known to the lists or not; round 90.)
    else if (slot === Slot.Greeting && greetedName(tokens, i)) confidence = Confidence.cued;
    // ("Lily, shush, Mummy's on the phone", "Vidar, tyst nu": a first name called to a child, hushed; round 90.)
    else if (t.capitalised && (flags & NameFlag.first) !== 0 && (calledToAsAChild(tokens, i)?.hushing || calledToAsAChild(tokens, i)?.endearment)) confidence = Confidence.cued;
    // "Ama, born 19th of October 2019", "Nour, född 2020": a word listed with its birth is a name (round 40).
    else if (t.capitalised && !stop && !places.has(t.lower) && !isAcronym(t) && tokens[i + 1]?.text === ',' && ['born', 'född'].includes(tokens[i + 2]?.lower ?? '')) confidence = Confidence.cued;
    // "Poppy, shh!", "Vilgot, sluta!", "Alva, tyst nu": a capitalised word said to a child being hushed is its name, listed or
    // not (a word too, "Poppy"); fails closed (round 88).
    else if (t.capitalised && !stop && !places.has(t.lower) && !isAcronym(t) && !GREETINGS.has(t.lower) && !APOLOGIES.has(t.lower) && !HESITATIONS.has(t.lower) && !isOrganisationWord(t.lower) && hushedName(tokens, i)) confidence = Confidence.cued;
    // "Det står S. Gatu", "Kind regards, A. Nagata": a capitalised word after an initial is a surname (round 40).
    else if (t.capitalised && initialBefore(tokens, i) && !stop && !places.has(t.lower) && !isAcronym(t)) confidence = Confidence.shaped;
    // ("Faster Payment from G Pryce", "betalt av K Lindqvist": Whisper writes an initial without its full stop; after a word
    // of who pays, sends or signs, a lone capital and a capitalised word are an initial and a surname; round 101.)
    else if (t.capitalised && bareInitialBefore(tokens, i) && !stop && !places.has(t.lower) && !isAcronym(t)) confidence = Confidence.shaped;
    // "it's in Colin's name", "kontot står i Colins namn": whose name a thing is in.
    // (A name the lists know, not "Mum's", "the Council's", "Swedbanks".)
    else if (t.capitalised && !stop && !isAcronym(t) && ['name', 'namn'].includes(tokens[i + 1]?.lower ?? '') && ['in', 'i', 'under', 'på'].includes(tokens[i - 1]?.lower ?? '') && knownNameOwning(t.lower)) confidence = Confidence.cued;
    // "i Vasa", "in London", "från Kiruna": a place, unless context said otherwise above.
    // ("in Chiang Mai", "i Hua Hin", "from Kuala Lumpur": the capitalised words after it are the place's too.)
    // (Not a lone capital before a surname, "från G Pryce": an initial, not a place's first word; round 101.)
    else if (afterPlacePreposition && (places.has(t.lower) || !(flags & NameFlag.first) || IN.has(tokens[i - 1]!.lower)) && !(tokens[i + 1] !== undefined && bareInitialBefore(tokens, i + 1))) {
      for (let j = i + 1; j <= i + 2 && tokens[j]?.kind === 'word' && tokens[j]!.capitalised && !tokens[j]!.sentenceStart; j++) coveredUntil = j;
      continue;
    }
    // (Without capitals, "en björn", "a rose": a word after an article is a noun.)
    else if (flags !== 0 && !(flags & NameFlag.common) && !stop && !isAcronym(t) && (t.capitalised || joinedFirstNames(t) || (uncased && flags & NameFlag.frequent && !NOUN_ARTICLES.has(tokens[i - 1]?.lower ?? '')))) {
      confidence = Confidence.shaped;
    }
    else if (t.capitalised && flags !== 0 && pairsWithName(tokens, i, flagsOf)) confidence = Confidence.shaped;
    else if (t.capitalised && flags !== 0 && followedByNameCue(tokens, i, flagsOf)) confidence = Confidence.cued;
    // "Dag heter han", "Chase heter min son": before "heter" and who bears it, any capitalised word is the name (not "Vad heter han?").
    // (Not a place nor what "min stad", "mitt boende" is called: "min"/"mitt" only before a relation.)
    // ("per heter jag": a first name written small too, round 48.)
    else if ((t.capitalised || (flags & NameFlag.first) !== 0) && tokens[i + 1]?.lower === 'heter' && bearerAfter(tokens, i + 2) && !NOT_BEFORE_HETER.has(t.lower) && !places.has(t.lower) && !notAName(t)) confidence = Confidence.cued;
    // "Hope heter min dotter", "Sunny hette hennes man": what a relation is called, any word ("och Dag, alltså min granne":
    // a function word too, written as a name mid-sentence).
    else if (namesRelation && (!stop || !t.sentenceStart)) confidence = Confidence.cued;
    // "Lina, she's born in 2021", "Maja, hon går i skolan": a first name said first and then spoken of as a person.
    else if (t.capitalised && flags & NameFlag.first && !stop && !NOT_APPOSED.has(t.lower) && !places.has(t.lower) && tokens[i + 1]?.text === ',' && PERSON_PRONOUNS.has(tokens[i + 2]?.lower ?? '')) confidence = Confidence.cued;
    // "we employ Paweł Zieliński", "grannen Nowakowska": a foreign surname by its ending, mid-sentence.
    else if (t.capitalised && !t.sentenceStart && !stop && !places.has(t.lower) && !isAcronym(t) && FOREIGN_SURNAME.test(t.lower)) confidence = Confidence.shaped;
    // "Mina hjälper mig", "Dina har fått papperen", "Dag ringde": a first name that is also a function word, at a sentence's
    // start before a verb, is the name ("Mina papper", "Dina barn": the possessive has its noun after it) (round 40 review).
    // ("Dina har jag här", "Mina ska vi titta på": a fronted object, its subject after the verb.)
    // ("Inger har fått", "Lena has had": a first name that is also an ordinary word, not a place nor a month, before a
    // person's verb in either language, round 64; "He lives", "Will has" are a function word's.)
    else if (t.capitalised && t.sentenceStart && flags & NameFlag.first && !subjectPronoun(tokens[i + 2]) && ((stop && PERSON_VERBS_AFTER.has(tokens[i + 1]?.lower ?? '')) || (!stop && flags & NameFlag.common && !places.has(t.lower) && !notAName(t) && (PERSON_VERBS_AFTER.has(tokens[i + 1]?.lower ?? '') || PERSON_VERBS_AFTER_EN.has(tokens[i + 1]?.lower ?? ''))))) confidence = Confidence.cued;
    // "Sven, sa du?", "Peter, right?": a first name said back as a question is the name being checked (round 64).
    else if (t.capitalised && t.sentenceStart && flags & NameFlag.first && !places.has(t.lower) && !notAName(t) && tokens[i + 1]?.text === ',' && askedBack(tokens, i + 2)) confidence = Confidence.cued;
    // Mid-sentence only names are capitalised: a first name that is also a word is a name there
    // ("Okej, Iris, då …", "Jag och Bo", "Thanks, Will"), unless it is a place ("Lund"), an article
    // ("The", which the lists have) or an adjective after an article ("a German number").
    // ("hon sitter här, Ulrika...", "hemma med Nora", "jag och Åsa": a frequent first name that is no surname is the person's,
    // though a village bears it too, set apart by a comma, after "med", "för" or "jag och", rounds 61–62; not "Lund", "Holm",
    // "Mark", nor "till Nora", "förbi Åsa", round 61's review.)
    else if (t.capitalised && !t.sentenceStart && flags & NameFlag.first && (!places.has(t.lower) || ((flags & (NameFlag.frequent | NameFlag.surname)) === NameFlag.frequent && (PERSON_BEFORE.has(tokens[i - 1]?.lower ?? '') || (['och', 'and'].includes(tokens[i - 1]?.lower ?? '') && (['jag', 'mig', 'i', 'me'].includes(tokens[i - 2]?.lower ?? '') || firstNameBefore(tokens[i - 2], tokens[i - 3], flagsOf)))))) && !isAcronym(t) && !ARTICLES.has(t.lower) && !ARTICLES.has(tokens[i - 1]?.lower ?? '')) {
      confidence = Confidence.shaped;
    }
    // "the nurse, Aisling, said", "biståndshandläggaren, Anneli, och": a capitalised word set off by commas after a relation or
    // a role is what they are called, listed name or not.
    else if (t.capitalised && !t.sentenceStart && !stop && !places.has(t.lower) && !isAcronym(t) && !notAName(t) && !isOrganisationWord(t.lower) && !(flags & NameFlag.common) && tokens[i - 1]?.text === ',' && APPOSED_ROLE.test(tokens[i - 2]?.lower ?? '') && !collectiveOpening(tokens[i - 2]!) && (tokens[i + 1]?.text === ',' || SAYING.has(tokens[i + 1]?.lower ?? ''))) confidence = Confidence.cued;
    // "…, Ek som trädet", "Rosa som blomman", "Lily, like the flower": a capitalised word explained by
    // the ordinary word it also is: a name being spelled out.
    else if (t.capitalised && !t.sentenceStart && explainedAsWord(tokens, i)) confidence = Confidence.cued;
    if (!confidence) continue;
    // ("Öh, Hans adress är …": the possessive, modal or preposition opening its sentence after a filler, round 69.)
    if (confidence <= Confidence.shaped && wordOpeningItsSentence(tokens, i)) continue;
    // Known capitalised names just before ("Bo Andersson") belong to it.
    let from = i;
    while (from > coveredUntil + 1 && from > 0) {
      const p = tokens[from - 1]!;
      if (from === i && slot !== Slot.None) break;
      if (!p.capitalised) break;
      if (!nameLike(p) || flagsOf(p) === 0) {
        // "Juni Karlsson", "Xochitl Nowak": a first name that is also a month, or a word no list has, right before a surname.
        const surname = (flagsOf(tokens[from]!) & NameFlag.surname) !== 0 && from === i;
        // (The month only when the same word was already found as a name: "her name was Juni, Juni Karlsson".)
        const month = NOT_NAMES.has(p.lower) && (flagsOf(p) & NameFlag.first) !== 0 && found.some((c) => c.end - c.start === p.end - p.start && tokens.some((q) => q.start === c.start && q.lower === p.lower));
        // ("A coordination number, 000873-9666. Ama Mensah.": at a sentence's start too, before a word only a surname, where a
        // town abroad bears it or the two are the sentence; not "Write Okafor, …", "Skickade Lindqvist det?", "Professor Berg";
        // round 83.)
        const surnameOnly = (flagsOf(tokens[from]!) & (NameFlag.first | NameFlag.common | NameFlag.surname)) === NameFlag.surname;
        // (Review 83: not a town abroad that is an ordinary word, "Reading Okafor's file", "Split Andersson's estate", "Bath Okafor
        // first", nor a contraction, "That's Okafor's.")
        const townAsName = lexicon().worldPlaces.has(p.lower) && !PLACES_THAT_ARE_WORDS.has(p.lower);
        const nameAlone = !/['’]/u.test(p.text) && (townAsName || tokens[from + 1] === undefined || SENTENCE_END_MARKS.has(tokens[from + 1]!.text));
        const startsIt = surnameOnly && nameAlone && !TITLES.has(p.lower) && !CARE_TITLES.has(p.lower);
        const unknown = p.kind === 'word' && (!p.sentenceStart || startsIt) && flagsOf(p) === 0 && !notAName(p) && !stopWords.has(p.lower) && !places.has(p.lower) && !isAcronym(p) && !PLACE_PREPOSITIONS.has(tokens[from - 2]?.lower ?? '');
        // ("June. June Whitaker.": a first name that is a month, at a sentence's start too, before a surname that is no word.)
        const monthName = from === i && !MONTH_LEADS.has(tokens[from - 2]?.lower ?? '') && NOT_NAMES.has(p.lower) && (flagsOf(p) & NameFlag.first) !== 0 && (flagsOf(tokens[from]!) & NameFlag.common) === 0;
        if ((surname && (month || unknown)) || monthName) from--;
        break;
      }
      from--;
    }
    // "P. Allén", "J. R. Smith": the initials before a surname are the name's.
    while (from - 2 > coveredUntil && initialBefore(tokens, from)) from -= 2;
    // ("from G Pryce": and a bare initial, round 101.)
    if (from - 1 > coveredUntil && bareInitialBefore(tokens, from)) from -= 1;
    // ("Mr. Gunnar Falk", "fru Holm", "Dr Okafor": the title is no part of the name and stays, as "doktor" does, round 36;
    // "Dr. de la Cruz": the particles after it are.)
    let particle = from;
    while (PARTICLES.has(tokens[particle - 1]?.lower ?? '')) particle--;
    if (particle < from && (TITLES.has(tokens[particle - 1]?.lower ?? '') || (tokens[particle - 1]?.text === '.' && dottedTitle(tokens[particle - 2])))) from = particle;
    // "Rich, Richard Stone", "Maggan, Margareta Ek": the short form said before the name.
    const short = tokens[from - 2];
    if (tokens[from - 1]?.text === ',' && short?.kind === 'word' && short.capitalised && short.text.length >= 3 && tokens[from]!.lower.startsWith(short.lower.slice(0, 3)) && (short.lower !== tokens[from]!.lower || from < extend(i))) {
      found.push({ type: 'name', start: short.start, end: short.end, confidence });
    }
    take(from, extend(i, slot === Slot.Certain), confidence);
  }
  return correctedNames(tokens, coordinatedNames(tokens, sameWordsAgain(tokens, nicknamesAfter(tokens, found)))).filter((c) => !brokenOrAbbreviated(tokens, c) && !namedDay(tokens, c) && !(c.confidence <= Confidence.shaped && (placeSpan(tokens, c) || numberedWard(tokens, c))));
}

const placeSpan = (tokens: readonly Token[], c: Candidate): boolean =>
  placeSaidAt(tokens, tokens.findIndex((t) => t.start === c.start), tokens.findLastIndex((t) => t.end === c.end));

/**
 * "Notarien i Chiang Mai heter …", "Er adress i Hua Hin?": token `k` is a word of a town abroad of two capitalised words said
 * right after "i"/"in", whatever verb comes before or after (round 87). Not a pair a first name and a surname make, "i Diego
 * Martin", "in Morgan Hill": those may be a person's.
 */
export function inTownOfTwoWords(tokens: readonly Token[], k: number): boolean {
  const { worldPlaces, names } = lexicon();
  for (const first of [k - 1, k]) {
    const [a, b] = [tokens[first], tokens[first + 1]];
    if (!a || !b || a.kind !== 'word' || b.kind !== 'word' || !a.capitalised || !b.capitalised || !['i', 'in'].includes(tokens[first - 1]?.lower ?? '')) continue;
    if (!worldPlaces.has(`${a.lower} ${b.lower}`) || /['’]s$/u.test(b.lower)) continue;
    // (A first name and any name is a person's: "confided in Albert Lea", "kär i Charlotte Amalie"; and only after a word of
    // living or an address, "bor i", "lives in", "adress i", not "the money is in Elias Fausto"; review of round 87.)
    const person = ((names.get(a.lower) ?? 0) & NameFlag.first) !== 0 && ((names.get(b.lower) ?? 0) & (NameFlag.surname | NameFlag.first)) !== 0;
    if (!person && livingBefore(tokens, first - 1)) return true;
  }
  return false;
}
/** Words of an address that say a town after "i"/"in": "Er adress i Hua Hin?". */
const ADDRESS_WORDS = new Set(['adress', 'adressen', 'address', 'postadress', 'postadressen']);
/** A verb of living (`TOWN_VERBS`) or an address word in the clause before token `at` ("i"/"in"). */
function livingBefore(tokens: readonly Token[], at: number): boolean {
  for (let k = at - 1; k >= Math.max(0, at - 6) && tokens[k]!.kind !== 'punct'; k--) if (TOWN_VERBS.has(tokens[k]!.lower) || ADDRESS_WORDS.has(tokens[k]!.lower)) return true;
  return false;
}
/** A name found that is no more than words of a town of two words (`inTownOfTwoWords`). */
export const townOfTwoWordsOnly = (tokens: readonly Token[], c: Pick<Candidate, 'start' | 'end'>): boolean => {
  const words = tokens.map((t, k) => [t, k] as const).filter(([t]) => t.start >= c.start && t.end <= c.end);
  return words.length > 0 && words.length <= 2 && words.every(([, k]) => inTownOfTwoWords(tokens, k));
};

/** "on Ward 10 North", "Bay 4": a ward or a bay by its number, not Mr Ward. */
const numberedWard = (tokens: readonly Token[], c: Candidate): boolean => {
  const k = tokens.findIndex((t) => t.start === c.start);
  return tokens[k]?.end === c.end && ['ward', 'bay'].includes(tokens[k]!.lower) && tokens[k + 1]?.kind === 'digits';
};

/**
 * Verbs of living somewhere, before "i" / "in" a place: "bor i", "bodde i", "född i", "lives in", "grew up in". (Not
 * addresses.ts's `HOME_NAMED_AFTER`, the words before a home's name: that one has "skickar till", "fått plats på", "is at" and no
 * "född", "studied", "worked"; a town one was born or worked in is a place, a home one is sent to is an address.)
 */
const TOWN_VERBS = new Set([
  'bor', 'bodde', 'bott', 'bo', 'född', 'föddes', 'växte', 'uppvuxen', 'flyttade', 'flyttat', 'flytta', 'flyttar',
  'pluggade', 'pluggar', 'studerade', 'studerar', 'jobbade', 'jobbar', 'arbetade', 'arbetar',
  'live', 'lives', 'lived', 'living', 'born', 'grew', 'raised', 'moved', 'settled', 'studied', 'studying', 'worked', 'working',
]);
/** Verbs of moving, before "till", "to", "från", "from" a place: "flyttade till Udon Thani", "moved from Phuket up to Chiang Mai" (not "came to", "kom till": one comes to a person). */
const MOVES = new Set(['flytta', 'flyttar', 'flyttade', 'flyttat', 'reste', 'move', 'moved', 'moving', 'emigrated', 'travelled', 'traveled']);
/** Verbs of coming from a place: "jag kommer från Shiraz", "we came from Asmara" (round 75). */
const COMING = new Set(['kommer', 'kom', 'kommit', 'come', 'comes', 'came', 'originally', 'ursprungligen']);
/** "jag ringer från Hua Hin", "calling from Toronto": where one calls from, a town abroad (not "ringde till Blomberg", a person). */
const CALLING = new Set(['ringer', 'ringde', 'calling', 'phoning']);
/** After a place, what turns it into a person: a correction or a pause, or who they are ("…, min dotter", "…, she's my …"). */
const PERSON_AFTER = new Set(['nej', 'no', 'alltså', 'sorry', 'förlåt', 'i', 'jag', 'min', 'mitt', 'my', "she's", "he's", 'som', 'who', 'like', 'typ', 'hennes', 'hans', 'deras', 'her', 'his', 'their']);
/** Right after a place, what makes it someone's: "i Linda och Jonas hus", "in Charlotte and Tom's flat", "eller …". */
const JOINED_AFTER = new Set(['och', 'and', '&', 'eller', 'or']);
/** A home or a team a few words on: "… Mats lägenhet", "… Ben's flat", "… Eriks grupp". */
const OWNED = /^(?:lägenhet\p{L}*|hus(?:et)?|stuga[n]?|villa[n]?|radhus(?:et)?|rum(?:met)?|grupp(?:en)?|team|klass(?:en)?|projekt(?:et)?|flat|house|room|place|loft|basement|caravan|home)$/u;

/** Who is from somewhere, and the words between: "jag kommer ursprungligen", "kommer vi", "I'm originally", "he comes". */
const OWN_ORIGIN_SUBJECTS = new Set(['jag', 'vi', "i'm", "we're", 'we', 'han', 'hon', 'de', 'dom', 'he', 'she', 'they', "he's", "she's", "they're"]);
/** "här ett år", "here a few months": how long one has been here. */
const HERE_A_WHILE = new Set(['här', 'here', 'ett', 'en', 'a', 'år', 'året', 'några', 'månader', 'halvår', 'termin', 'terminer', 'tag', 'few', 'year', 'years', 'months', 'month', 'term', 'for', 'i', 'two', 'två', 'tre', 'three']);
const A_WHILE = /^(?:år|året|månader|halvår|termin|terminer|tag|years?|months?|term)$/u;
/** After the town, what makes it a visit, not where one is from: "Hon kommer från Helena nu". */
const VISIT_AFTER = new Set(['nu', 'now', 'idag', 'today', 'ikväll', 'tonight', 'just', 'precis', 'hit', 'here', 'hem', 'home', 'direkt', 'straight']);
const OWN_ORIGIN_WORDS = new Set(['kommer', 'kom', 'kommit', 'come', 'came', 'ursprungligen', 'originally', 'egentligen', 'actually', 'också', 'also', 'ju', 'faktiskt', 'am', 'are']);
/** "Jag kommer från", "Ursprungligen kommer jag från", "I'm originally from", "He comes from": a person's origin, said now. */
function ownOriginBefore(tokens: readonly Token[], from: number, last: number): boolean {
  if (VISIT_AFTER.has(tokens[last + 1]?.lower ?? '')) return false;
  // ("jag pluggar här ett år från Santiago", "I've worked here two years, from …": here for a while, from a town.)
  let h = from - 2;
  while (h >= 0 && HERE_A_WHILE.has(tokens[h]!.lower)) h--;
  if (tokens.slice(h + 1, from - 1).some((t) => A_WHILE.test(t.lower)) && ['här', 'here'].includes(tokens[h + 1]?.lower ?? '') && TOWN_VERBS.has(tokens[h]?.lower ?? '') && ['jag', 'vi', 'i', 'we'].includes(tokens[h - 1]?.lower ?? '')) return true;
  let subject = false;
  let origin = false;
  // (Another person only where the sentence ends with the town: "han kommer från Santiago.", not "Hon kommer från Helena, hon var där".)
  const ends = !tokens[last + 1] || SENTENCE_END_MARKS.has(tokens[last + 1]!.text);
  for (let k = from - 2; k >= 0; k--) {
    const t = tokens[k]!;
    if (['jag', 'vi', "i'm", "we're", 'we'].includes(t.lower) || t.text === 'I' || (OWN_ORIGIN_SUBJECTS.has(t.lower) && ends)) subject = true;
    else if (OWN_ORIGIN_SUBJECTS.has(t.lower)) return false;
    else if (!OWN_ORIGIN_WORDS.has(t.lower)) break;
    origin ||= ['kommer', 'come', 'ursprungligen', 'originally'].includes(t.lower);
  }
  return subject && origin;
}
/** "from Victoria, Australia", "från Sofia i Bulgaria": a country or region after the town, where it lies. */
function countryAfter(tokens: readonly Token[], last: number): boolean {
  const at = tokens[last + 1];
  const place = tokens[last + 2];
  if (!at || !place || !(['i', 'in'].includes(at.lower) || at.text === ',') || place.kind !== 'word' || !place.capitalised) return false;
  const { worldPlaces, names } = lexicon();
  return (worldPlaces.has(place.lower) || REGIONS_ABROAD.has(place.lower)) && ((names.get(place.lower) ?? 0) & NameFlag.first) === 0;
}

/** A place asked for by its postcode: "postcode for", "postnumret till". */
const POSTCODE_FOR = new Set(['for', 'of', 'in', 'för', 'till', 'i']);
const POSTCODE_WORDS = new Set(['postcode', 'zip', 'postnummer', 'postnumret', 'postnumren']);
/**
 * "Hon bodde i Mora", "bor jag hos dottern i Kristinehamn", "we moved from Phuket up to Chiang Mai": the words from `first` to
 * `last`, a known town or country, are the place, said after a verb of living or moving a few words before its preposition.
 * Not "det står i Ada", "I gave the form back to Georgia", "hem till Carolina"; nor where the same word is a name elsewhere in
 * the utterance ("in Jordan now, Jordan Smith") or a correction or who they are follows ("i Vera, eh, hos Vera Ivanova").
 */
export function placeSaidAt(tokens: readonly Token[], first: number, last: number): boolean {
  const before = tokens[first - 1]?.lower ?? '';
  // ("flyttade till Chiang Mai": the name's first word is a place's first word, not a name.)
  if (tokens[first - 1]?.capitalised === true && !tokens[first - 1]!.sentenceStart && placeSaidAt(tokens, first - 1, last)) return true;
  // ("the postcode for Hua Hin", "postnumret till Nerja": what a postcode is asked for is a place the lists know, round 64.)
  // (Not a first name too: "Och postnumret till Sofia, din dotter?" asks for a person's, round 64's review.)
  if (POSTCODE_FOR.has(before) && POSTCODE_WORDS.has(tokens[first - 2]?.lower ?? '')) {
    const name = tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
    const { worldPlaces, places, names } = lexicon();
    if ((worldPlaces.has(name) || places.has(name)) && !((names.get(name) ?? 0) & NameFlag.first)) return true;
  }
  const verbs = ['i', 'in'].includes(before) ? TOWN_VERBS : ['till', 'to', 'från', 'from'].includes(before) && tokens[first - 2]?.lower !== 'hem' ? MOVES : undefined;
  if (!verbs) return false;
  let verb = false;
  let calling = false;
  // ("Jag kommer från Shiraz", "pluggar här ett år från Santiago", "Zainab Al-Jaburi, … från Basra", "came in nineteen
  // seventy-four, from Concepción": where one is from, a town abroad, after a verb of coming or living, or set off by a comma;
  // round 75.)
  const from = ['från', 'from'].includes(before);
  let origin = from && tokens[first - 2]?.text === ',';
  for (let k = first - 2; k >= Math.max(0, first - 6) && tokens[k]!.kind !== 'punct'; k--) {
    verb ||= verbs.has(tokens[k]!.lower);
    calling ||= from && CALLING.has(tokens[k]!.lower);
    origin ||= from && (COMING.has(tokens[k]!.lower) || TOWN_VERBS.has(tokens[k]!.lower));
  }
  if (origin && !verb && !calling) {
    const name = tokens.slice(first, last + 1).map((t) => t.lower).join(' ');
    // (Not "från Sofia, min dotter", "from Victoria and Tom"; "from Concepción, and I worked …" begins a new clause.)
    const comma = tokens[last + 1]?.text === ',';
    const next = comma ? tokens[last + 2] : tokens[last + 1];
    // (A town that is also a first name only where the caller says where they are from, "jag kommer (ursprungligen) från Sofia",
    // "I'm originally from Victoria", or a country follows, "from Victoria, Australia": not "Det kom ett brev från Sofia", "The
    // money came from David", "Ja, från Sofia", "…, from Charlotte"; review 75.)
    const capitals = tokens.slice(first, last + 1).every((t) => t.kind === 'word' && t.capitalised);
    const townAbroad = capitals && lexicon().worldPlaces.has(name) && !lexicon().places.has(name);
    if (((lexicon().names.get(name) ?? 0) & NameFlag.first) !== 0) {
      if (countryAfter(tokens, last)) return townAbroad;
      if (!ownOriginBefore(tokens, first, last)) return false;
    }
    return townAbroad && !(next && (PERSON_AFTER.has(next.lower) || (!comma && JOINED_AFTER.has(next.lower)) || HESITATIONS.has(next.lower)));
  }
  if (!verb && !calling) return false;
  const words = tokens.slice(first, last + 1);
  if (!words.every((t) => t.kind === 'word' && t.capitalised) || /['’]s$/u.test(tokens[last]!.lower)) return false;
  const { places, worldPlaces, names } = lexicon();
  const name = words.map((t) => t.lower).join(' ');
  if (!places.has(name) && !worldPlaces.has(name) && !REGIONS_ABROAD.has(name)) return false;
  if (!verb && (!worldPlaces.has(name) || names.has(name))) return false;
  // (One moves to a person too: "Jag flyttade till Sofia", "moved to Charlotte's". After "till", "to", "from" only a town that is
  // no first name.)
  if (verbs === MOVES && ((names.get(name) ?? 0) & NameFlag.first) !== 0) return false;
  const comma = tokens[last + 1]?.text === ',';
  const next = comma ? tokens[last + 2] : tokens[last + 1];
  // (A place after it is where it lies: "in Charlotte, North Carolina".)
  const nextAt = tokens.indexOf(next!);
  const place = (n: number) => { const w = tokens.slice(nextAt, nextAt + n).map((t) => t.lower).join(' '); return places.has(w) || worldPlaces.has(w); };
  if (next && JOINED_AFTER.has(next.lower)) return false;
  if (tokens.slice(last + 1, last + 5).some((t) => OWNED.test(t.lower) || /['’]s$/u.test(t.lower))) return false;
  if (next && ((comma && PERSON_AFTER.has(next.lower)) || HESITATIONS.has(next.lower) || (next.capitalised && !place(1) && !place(2)))) return false;
  return !tokens.some((t, k) => (k < first || k > last) && words.some((w) => w.lower === t.lower.replace(/['’]s$/u, '')));
}

/** "Mejl går bra", "Email is fine", "Thanks is fine": a way to be reached or a word of thanks, not a name. */
const CONTACT_WAYS = new Set(['mejl', 'mail', 'email', 'e-mail', 'e-post', 'sms', 'telefon', 'phone', 'text', 'brev', 'post', 'letter', 'thanks', 'tack', 'swish', 'whatsapp']);
/** "…, Warsama kanske det står", "…, al Jabouri står det i passet": how the name is written somewhere. */
const VARIANT_FRAMED = /^(?:står det|kanske det|det står|i passet)(?!\p{L})/u;
const NICKNAME_OFFERED = /^(?:is fine|is ok|is okay|for short|går bra|funkar|räcker|duger)(?!\p{L})/u;
/** "… Małgorzata Zielińska, Gosia is fine", "Zbigniew, Zbyszek går bra", "Desmond, Des, …": the short name offered after a name. */
function nicknamesAfter(tokens: Token[], found: Candidate[]): Candidate[] {
  const more: Candidate[] = [];
  for (const name of found) {
    const i = tokens.findIndex((t) => t.start >= name.end);
    const t = tokens[i + 1];
    if (i < 0 || tokens[i]!.text !== ',' || t?.kind !== 'word' || !t.capitalised || NOT_A_NAME.test(t.lower) || CONTACT_WAYS.has(t.lower) || lexicon().stopWords.has(t.lower)) continue;
    const after = tokens.slice(i + 2, i + 4).map((a) => a.lower).join(' ');
    // ("my brother Desmond, Des, he's …": a short form of the name just said, as its first letters.)
    const first = tokens.find((n) => n.start === name.start)?.lower ?? '';
    const shortened = t.lower.length >= 3 && t.lower.length < first.length && first.startsWith(t.lower);
    // ("Abdikarim Yusuf Osman, Cabdikariim på somaliska", "Abdiweli Hassan, Xasan in Somali", "Hodan Warsame, Warsama kanske det
    // står": the name as another language or a paper writes it; round 75.)
    // (Not a place said so: "Göteborg, Gothenburg in English".)
    const variant = (VARIANT_FRAMED.test(after) || (/^(?:på|in) /u.test(after) && LANGUAGES_SAID.has(tokens[i + 3]?.lower ?? ''))) && !lexicon().places.has(t.lower) && !keptTermWord(t.lower);
    if (NICKNAME_OFFERED.test(after) || shortened || variant) more.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return more.length ? [...found, ...more] : found;
}

/**
 * A capitalised word right before a correction that leads to a name ("Rosemary, no, Rosmarie
 * Hellqvist", "Lena, nej förlåt, Lina"): the misspoken name is a name too (not a greeting: "Hej, nej, Alvin, släpp!", round 87).
 */
function correctedNames(tokens: Token[], found: Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const name of found) {
    const nameAt = tokens.findIndex((t) => t.start === name.start);
    let k = nameAt - 1;
    let taken = false;
    while (k >= 0 && (tokens[k]!.text === ',' || inCorrection(tokens[k]!.lower))) {
      taken ||= TAKING_BACK.has(tokens[k]!.lower);
      k--;
    }
    const t = tokens[k];
    if (taken && t?.kind === 'word' && t.capitalised && t.text.length >= 3 && tokens[k + 1]?.text === ',' && !NOT_A_NAME.test(t.lower) && !GREETINGS.has(t.lower) && !lexicon().stopWords.has(t.lower) && !lexicon().places.has(t.lower) && !found.some((c) => c.start <= t.start && t.end <= c.end)) {
      extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
    }
    // "doktor Lindgatu, eller Lindgato", "Mrs Okafor, or Okafur": the name said again another way (round 40).
    const last = tokens.findIndex((q) => q.end === name.end);
    const other = tokens[last + 3];
    if (last >= 0 && tokens[last + 1]?.text === ',' && ['eller', 'or'].includes(tokens[last + 2]?.lower ?? '') && other?.kind === 'word' && other.capitalised && other.text.length >= 4) {
      if (other.lower.slice(0, 3) === tokens[last]!.lower.slice(0, 3) && !found.some((c) => c.start <= other.start && other.end <= c.end)) extra.push({ type: 'name', start: other.start, end: other.end, confidence: Confidence.cued });
    }
    // "her name was Rich, no, Ritchie", "hon hette Lena, nej förlåt, Lina": the name put right after it is a name too, one the
    // lists lack as well (Round 100: only the misspoken one was taken). Only a name a cue named ("her name was", "jag heter"); not
    // a place, an agency, a benefit, a pronoun or a word the lists have ("Sarah, no, Stockholm", "I'm Imogen, no, I'm calling").
    let p = last + 1;
    let putRight = false;
    for (; last >= 0 && p < tokens.length && p <= last + 5 && (tokens[p]!.text === ',' || inCorrection(tokens[p]!.lower)); p++) if (TAKING_BACK.has(tokens[p]!.lower)) putRight = true;
    const right = tokens[p];
    if (putRight && namedByCue(tokens, nameAt) && !/['’]/u.test(right?.text ?? '') && !PERSON_PRONOUNS.has(right?.lower ?? '') && tokens[last + 1]?.text === ',' && (tokens[p - 1]?.text === ',' || TAKING_BACK.has(tokens[p - 1]?.lower ?? '')) && right?.kind === 'word' && right.capitalised && right.text.length >= 3 && !NOT_A_NAME.test(right.lower) && !GREETINGS.has(right.lower) && !lexicon().stopWords.has(right.lower) && !lexicon().places.has(right.lower) && !lexicon().worldPlaces.has(right.lower) && !keptTermWord(right.lower) && !found.some((c) => c.start <= right.start && right.end <= c.end)) {
      extra.push({ type: 'name', start: right.start, end: right.end, confidence: Confidence.cued });
    }
    // "al-Hakim med bindestreck, inte Alhakim", "Nguyen with a g, not Nuyen": the wrong way it is written, put right a few words
    // after the name in its sentence, beginning as the name does (its letters alone; round 71).
    const letters = (w: string) => w.toLowerCase().replace(/[^\p{L}]/gu, '');
    for (let j = last + 1; last >= 0 && j <= last + 8 && j + 1 < tokens.length && !SENTENCE_END_MARKS.has(tokens[j]!.text); j++) {
      const wrong = tokens[j + 1]!;
      if (tokens[j - 1]?.text !== ',' || !['inte', 'not'].includes(tokens[j]!.lower) || wrong.kind !== 'word' || !wrong.capitalised || wrong.text.length < 4) continue;
      // (Not a place put right: "Sam Lindqvist, not Linköping".)
      // (Nor a region, a benefit, an agency or a bank: "Karin Skånberg, inte Skåne", "not Benefits", "not Barclaycard"; review 71.)
      if (keptTermWord(wrong.lower) || (tokens[j + 2]?.capitalised === true && keptTermWord(tokens[j + 2]!.lower))) continue;
      if (letters(wrong.text).slice(0, 3) === letters(tokens[last]!.text).slice(0, 3) && !found.some((c) => c.start <= wrong.start && wrong.end <= c.end)) extra.push({ type: 'name', start: wrong.start, end: wrong.end, confidence: Confidence.cued });
    }
  }
  return extra.length ? [...found, ...extra] : found;
}

/** English subjects a modal or verb opening a question or a wish has right after it: "Will you", "May I", "Hope it's". */
const SUBJECTS_AFTER_VERB = new Set(['i', 'you', 'we', 'they', 'it', 'he', 'she']);
/** "Hope it's": only "hope" takes a clause right after it. */
const CLAUSE_SUBJECTS = new Set(["it's", 'it’s']);
/** English modals and verbs that are first names too, before their subject: "Will you", "May I", "Hope it's". */
const VERBS_BEFORE_SUBJECT = new Set(['will', 'may', 'hope', 'can', 'shall']);
/** "Per månad", "per år": "per" before a unit of time or count is the preposition. */
const PER_UNITS = new Set(['månad', 'år', 'dag', 'vecka', 'timme', 'kvartal', 'gång', 'person', 'styck', 'barn']);
/** "Bo kvar", "bo ensam": "bo" before where or how one lives is the verb (not "Bo själv", "Bo hemma": Bo himself, round 69's review). */
const BO_AFTER = new Set(['kvar', 'ensam']);
/**
 * "Will you send it?", "May I ask …", "Per månad blir det …", "Bo kvar kan hon inte …", "Hans adress är …": a word that
 * opens its sentence as the ordinary word it also is, shown by the word right after it (no comma between), is kept
 * (round 69). Only these words, at a sentence's start: "Will, you there?", "Will said …", "Hans ringde", "Per, månaden …"
 * stay the name. Fails closed (round 69's review): only "Per" before a unit is kept where the same word is a name elsewhere
 * in the turn ("Will you there? It's Will Garside again.", "Hans mamma, alltså Hans Ek") or in the call (`nameElsewhere`,
 * dialogue memory); "Will you there?" and "Will it's …" are no question.
 */
export function wordOpeningItsSentence(tokens: readonly Token[], k: number, nameElsewhere = false): boolean {
  const t = tokens[k]!;
  const next = tokens[k + 1];
  // (After a filler too: "Öh, Hans adress …".)
  const opens = t.sentenceStart || (tokens[k - 1]?.text === ',' && HESITATIONS.has(tokens[k - 2]?.lower ?? '') && (k === 2 || tokens[k - 2]!.sentenceStart));
  if (!opens || next === undefined || next.kind !== 'word' || (next.capitalised && next.text !== 'I')) return false;
  if (t.lower === 'per') return PER_UNITS.has(next.lower);
  // (The same word written as a name again in the turn, or said as one in the call: the person.)
  // (Not a month after its preposition: "May I ask …? … a letter in May".)
  if (nameElsewhere || tokens.some((o, j) => j !== k && o.lower === t.lower && o.capitalised && !(NOT_NAMES.has(o.lower) && MONTH_LEADS.has(tokens[j - 1]?.lower ?? '')))) return false;
  if (t.lower === 'bo') return BO_AFTER.has(next.lower);
  // (The possessive before a relation or a word of one's home: "Hans mamma", "Hans adress"; not "Hans ringde".)
  if (t.lower === 'hans' || t.lower === 'hennes') return RELATIONS.has(next.lower) || ADDRESS_TALK.test(next.lower);
  // (A modal or verb before its subject: "Will you", "May I", "Hope it's"; not "Will you there?".)
  if (!VERBS_BEFORE_SUBJECT.has(t.lower)) return false;
  if (t.lower === 'hope' && CLAUSE_SUBJECTS.has(next.lower)) return true;
  return SUBJECTS_AFTER_VERB.has(next.lower) && tokens[k + 2]?.lower !== 'there';
}

/**
 * "Will said …, Will Parker that is", "Bill was …, Bill Grant": a capitalised word that is part of
 * a name found in the utterance is that name wherever else it stands (at a sentence's start too).
 */
function sameWordsAgain(tokens: Token[], found: Candidate[]): Candidate[] {
  if (found.length === 0) return found;
  const words = new Set<string>();
  for (const t of tokens) if (t.kind === 'word' && found.some((c) => c.start <= t.start && t.end <= c.end)) words.add(t.lower);
  const extra: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.kind !== 'word' || !t.capitalised || t.text.length < 2 || !words.has(t.lower)) continue;
    if (overlapsAny(found, t)) continue;
    // "Per Lund … i Lund": after a place preposition the word is the place. (A firm does not keep the name: "Joy Cleaning AB … Joy Okafor".)
    // ("June Lindqvist … since June": a month after a word of time stays the month.)
    // ("from the first of April": a month after a day's ordinal too, round 40.)
    const dayOf = tokens[k - 1]?.lower === 'of' && [k - 2, k - 3].some((d) => ordinalDay(tokens, d)?.end === k - 2);
    if (PLACE_PREPOSITIONS.has(tokens[k - 1]?.lower ?? '') || namesInstitution(tokens, k) || isMinaPages(tokens, k) || (NOT_NAMES.has(t.lower) && (MONTH_LEADS.has(tokens[k - 1]?.lower ?? '') || dayOf))) continue;
    if (wordOpeningItsSentence(tokens, k)) continue;
    extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.shaped });
  }
  return extra.length ? [...found, ...extra] : found;
}

/**
 * "Oliver and Isla, both born …", "Isla och Oliver": a capitalised word someone bears as a name, joined by "and"/"och" to a
 * name found, is a name too (an ordinary word's meaning gives way beside it; privacy fails closed) (round 34).
 */
function coordinatedNames(tokens: Token[], found: Candidate[]): Candidate[] {
  const names = found.filter((c) => c.type === 'name');
  if (names.length === 0) return found;
  const named = (t: Token | undefined) => t !== undefined && names.some((c) => c.start <= t.start && t.end <= c.end);
  const extra: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    // ("two children, April and Hope": a month that is a first name, with no day or year beside it, joined to a name is one,
    // round 37.)
    const number = (u: Token | undefined) => u !== undefined && (u.kind === 'digits' || numberWordAtoms(u.lower) !== undefined || /^\d/u.test(u.text));
    const monthAsName = MONTHS.has(t.lower) && !number(tokens[k - 1]) && !number(tokens[k + 1]) && !number(tokens[k - 2]) && !MONTH_LEADS.has(tokens[k - 1]?.lower ?? '') && ((lexicon().names.get(t.lower) ?? 0) & NameFlag.first) !== 0;
    if (t.kind !== 'word' || !t.capitalised || named(t) || (NOT_A_NAME.test(t.lower) && !monthAsName) || lexicon().places.has(t.lower) || !lexicon().names.has(t.lower)) continue;
    const joinedTo = (and: number, other: number) => ['and', 'och'].includes(tokens[and]?.lower ?? '') && tokens[other]?.capitalised === true && named(tokens[other]);
    if (joinedTo(k + 1, k + 2) || joinedTo(k - 1, k - 2)) extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.shaped });
  }
  return extra.length ? [...found, ...extra] : found;
}

/** Prepositions of time before a day named after a saint ("över Lucia", "till Lucia", "at Lucia"). */
// (Only words of a time around the day: "till Lucia", "efter Lucia", "since Lucia" may be a person's.)
const BEFORE_A_DAY = new Set(['över', 'kring', 'runt', 'inför', 'over', 'around']);
/** "New Year's Eve", "Christmas Eve", "över Lucia": a day of the year, not a person (round 34). */
export function namedDay(tokens: readonly Token[], c: Candidate): boolean {
  const span = tokens.filter((t) => t.start >= c.start && t.end <= c.end);
  const first = tokens.indexOf(span[0]!);
  const words = span.map((t) => t.lower);
  if (words.at(-1) === 'eve' && /^(?:christmas|year['’]s)$/u.test(tokens[first - 1]?.lower ?? words.at(-2) ?? '')) return true;
  if (words.length === 2 && /^year['’]s$/u.test(words[0]!) && words[1] === 'eve') return true;
  return words.length === 1 && words[0] === 'lucia' && BEFORE_A_DAY.has(tokens[first - 1]?.lower ?? '') && !(tokens[first + 1]?.capitalised ?? false);
}

/** Letters with marks other than Swedish å, ä, ö (and é, common in Swedish names, kept as written too). */
function hasForeignMark(lower: string): boolean {
  for (let k = 0; k < lower.length; k++) {
    const c = lower.charCodeAt(k);
    if (c > 127 && c !== 0xe5 && c !== 0xe4 && c !== 0xf6) return true;
  }
  return false;
}
const FOLDED: Record<string, string> = { ł: 'l', ø: 'o', đ: 'd', ß: 'ss', æ: 'ae', œ: 'oe', ı: 'i', ð: 'd', þ: 'th' };
/** "stanisław" → "stanislaw", "dragoș" → "dragos"; å, ä and ö stay. */
function foldMarks(lower: string): string {
  let out = '';
  for (const ch of lower) {
    if (ch === 'å' || ch === 'ä' || ch === 'ö' || ch.charCodeAt(0) < 128) out += ch;
    else out += FOLDED[ch] ?? ch.normalize('NFD').replace(/\p{M}/gu, '');
  }
  return out;
}

/** "The surname is spelled D-U-F-F-Y": the word that introduces a spelling is no name. */
const SPELLING_VERBS = new Set(['spelled', 'spelt', 'spelling', 'stavas', 'stavat', 'skrivs', 'written']);

/**
 * Public institutions named by the words before them ("Lunds universitet", "Bjuvs kommun", "Hedvig Eleonora församling",
 * "Royal Free Hospital"): never a person's possession in a call. Not homes, surgeries or firms, which may be a person's.
 */
const PUBLIC_INSTITUTION = /^(?:kommun|universitet|högskola|gymnasium|församling|domkyrka|kyrka|sjukhus|barnsjukhus|a-kassa|university|college|hospital|infirmary|hospice|cathedral)$/u;
/** Public institutions named after a person with a surname, known to all ("Astrid Lindgrens barnsjukhus"). */
const KNOWN_EPONYMS = /^(?:astrid lindgrens|drottning silvias|axel munthes|selma lagerlöfs|carl larssons)$/u;
/** Well-known English hospitals named after a person, kept said as a place ("died at Fiona Stanley Hospital"; review 74). */
const KNOWN_EPONYMS_EN = /^(?:(?:king|queen|prince|princess|royal|sir|lady|lord|st|saint) \p{L}+|fiona stanley|charles gairdner|john radcliffe|james cook|william harvey|george eliot|john hunter|florence nightingale|queen elizabeth|princess alexandra|princess royal|prince charles|mary seacole)$/u;
/** Whom an English hospital is for, said between its eponym and its noun: "Queen Silvia Children's Hospital" (round 84). */
const INSTITUTION_FOR = /^(?:children|women|men)['’]s$|^(?:general|memorial|community|district|maternity)$/u;
/** Churches and parishes are named after kings and saints without a genitive ("Gustav Vasa kyrka"); the rest with one ("Lunds universitet"). */
const NAMED_WITHOUT_GENITIVE = /^(?:församling|domkyrka|kyrka)$/u;
/** The English institutions, capitalised as part of the name ("Royal Free Hospital"); a Swedish one never is ("Anna Kyrka heter jag"). */
const PUBLIC_INSTITUTION_EN = /^(?:university|college|hospital|infirmary|hospice|cathedral)$/u;
/**
 * The index of the public institution's word that the capitalised words from `i` (up to three) name, if any: "Lunds
 * universitet", "Marks kommun", "Gustav Vasa kyrka", "Royal Free Hospital". Not a person's ("min son Eriks gymnasium",
 * "Annas kommun", "Emma's college", "Peter Hall Hospital called"): one word in the genitive names a Swedish institution
 * only where it is a known place, never after a relation; an English one is capitalised ("Hospital"); a first name and
 * more before it, only a church.
 */
export function publicInstitutionAfter(tokens: readonly Token[], i: number): number | undefined {
  const adjacent = (k: number) => tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.start === tokens[k]!.end + 1;
  if (RELATIONS.has(tokens[i - 1]?.lower ?? '') || POSSESSIVES.has(tokens[i - 1]?.lower ?? '')) return undefined;
  let k = i;
  while (k < i + 2 && adjacent(k) && tokens[k + 1]!.capitalised && !PUBLIC_INSTITUTION.test(tokens[k + 1]!.lower)) k++;
  const noun = tokens[k + 1];
  if (!adjacent(k) || !PUBLIC_INSTITUTION.test(noun!.lower)) return undefined;
  // ("Gustav Vasa kyrka", "Hedvig Eleonora församling": first names, a king's or a queen's; not "Eva Lundgren kyrka", a surname.)
  const surnameLast = (lexicon().names.get(tokens[k]!.lower) ?? 0) & NameFlag.surname;
  if (NAMED_WITHOUT_GENITIVE.test(noun!.lower) && !noun!.capitalised && !surnameLast) return k + 1;
  // (A first name and a surname before it may be a person's: "Peter Hall Hospital called", "Anna Whitlocks gymnasium" — fails closed.)
  // (Not when every word is a first name, a king's or a saint's: "Adolf Fredriks kyrka", "Karl Johans skola"; nor a name known to all.)
  const flags = (t: Token) => lexicon().names.get(t.lower.replace(/s$/u, '')) ?? lexicon().names.get(t.lower) ?? 0;
  const firstNamesOnly = tokens.slice(i, k + 1).every((t) => (flags(t) & NameFlag.first) !== 0 && (flags(t) & NameFlag.surname) === 0);
  const known = KNOWN_EPONYMS.test(tokens.slice(i, k + 1).map((t) => t.lower).join(' '));
  // ("died at Fiona Stanley Hospital", "in Royal Victoria Infirmary": a capitalised English institution said as the place
  // where something happened is the hospital, whoever it is named after; "Peter Hall Hospital called" stays a person's.)
  // (Review 74: only a well-known one; "at Peter Hall Hospital" on the strength of "at" alone may be a person's, fails closed.)
  // (Round 84: "at Queen Silvia Children's Hospital": a word for whom the hospital is, between the eponym and the noun.)
  const eponym = tokens.slice(i, k + 1).map((t) => t.lower);
  if (eponym.length > 2 && INSTITUTION_FOR.test(eponym.at(-1)!)) eponym.pop();
  const placed = k > i && ['at', 'in'].includes(tokens[i - 1]?.lower ?? '') && PUBLIC_INSTITUTION_EN.test(noun!.lower) && noun!.capitalised && KNOWN_EPONYMS_EN.test(eponym.join(' '));
  if (k > i && ((lexicon().names.get(tokens[i]!.lower) ?? 0) & NameFlag.first) !== 0 && !firstNamesOnly && !known && !placed) return undefined;
  if (PUBLIC_INSTITUTION_EN.test(noun!.lower)) return noun!.capitalised ? k + 1 : undefined;
  if (noun!.capitalised) return undefined;
  const last = tokens[k]!.lower;
  // ("Sala kommun", "Mora kommun": a municipality is named by its town, with or without a genitive.)
  if (noun!.lower === 'kommun' && k === i && lexicon().places.has(last) && !POSSESSIVES.has(tokens[i - 1]?.lower ?? '')) return k + 1;
  if (!last.endsWith('s')) return undefined;
  const stem = last.slice(0, -1);
  return k > i || SAINTS.has(tokens[i - 1]?.lower ?? '') || lexicon().places.has(stem) || lexicon().notNames.has(stem) || lexicon().notNames.has(last) ? k + 1 : undefined;
}
/** Diseases named after a person, alone, in the Swedish genitive or the English: "Parkinsons", "Crohn's", "Sjögrens syndrom". */
const DISEASE_EPONYM =
  /^(?:addison|alzheimer|asperger|bechterew|bell|crohn|cushing|duchenne|dupuytren|graves|guillain|hashimoto|hodgkin|huntington|kawasaki|marfan|meni[èe]re|parkinson|raynaud|sjögren|tourette)(?:s|['’]s)?$/u;
/**
 * "det är Parkinsons sjukdom", "hon har Alzheimers", "he has Crohn's": token `i` is a disease named after a person, said as
 * one — in the genitive, before a word for a disease or after having or a diagnosis (round 29). A bare surname
 * ("Sjögren ringde") is a person's.
 */
export function isDiseaseEponym(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const before = tokens[i - 1];
  if (!DISEASE_EPONYM.test(t.lower) || !/(?:s|['’]s)$/u.test(t.lower) || (before?.kind === 'word' && before.capitalised && !before.sentenceStart)) return false;
  // (Bell's palsy only with its word: "I've got Bell's number" is a person's, round 46's review.)
  if (/^bell/u.test(t.lower)) return PALSY.has(tokens[i + 1]?.lower ?? '');
  return DISEASE_WORDS.has(tokens[i + 1]?.lower ?? '') || HAVING_A_DISEASE.has(before?.lower ?? '');
}
/** "sjukdom", "syndrome": the word a disease's name goes before. */
const PALSY = new Set(['pares', 'palsy']);
const DISEASE_WORDS = new Set(['sjukdom', 'sjukdomen', 'syndrom', 'syndromet', 'disease', 'syndrome', ...PALSY]);
/** "har Alzheimers", "diagnosen Crohns", "has Parkinson's", "diagnosed with Crohn's": having a disease. */
const HAVING_A_DISEASE = new Set(['har', 'hade', 'fått', 'fick', 'diagnosen', 'diagnos', 'has', 'had', 'have', 'got', 'with']);
/** Whether an explicit cue ("jag heter", "my name is") names the word at `i`: then it is a name, whatever else it is. */
export const namedByCue = (tokens: Token[], i: number): boolean => slotBefore(tokens, i) === Slot.Certain;
/** Institutions a genitive names ("Björkens vårdboende"); not "boende" or "hem" alone, which may be a person's ("Karins boende"). */
export const INSTITUTION_AFTER_GENITIVE = new Set([
  'äldreboende', 'äldreboendet', 'vårdboende', 'vårdboendet', 'omsorgsboende', 'servicehus', 'servicehuset', 'gruppboende', 'demensboende',
  'korttidsboende', 'vårdcentral', 'vårdcentralen', 'sjukhus', 'sjukhuset', 'hälsocentral', 'tandvård', 'förskola', 'skola', 'kyrka',
  'församling', 'begravningsbyrå', 'care', 'nursing', 'hospital', 'surgery', 'clinic', 'school', 'church',
]);
/** The agencies' letters that begin a form's code: "FK 5012", "SKV 4820", "PM 0037". */
export const FORM_CODES: ReadonlySet<string> = new Set(['FK', 'SKV', 'PM', 'CSN', 'KFM', 'MIGR']);
/** "Sankt Eriks", "St. Görans": a saint's word before a name that names a church, a hospital, a place. */
export const SAINTS = new Set(['sankt', 'sankta', 's:t', 'saint', 'st']);
const ESTABLISHMENTS: ReadonlySet<string> = new Set(['hotel', 'hotell', 'restaurang', 'restaurant']);
/** Institutions named by a word after them, capitalised as one name: "Vårdcentralen Lind". */
const INSTITUTIONS = new Set(['vårdcentralen', 'hälsocentralen', 'vårdcentral', 'förskolan', 'skolan', 'äldreboendet', 'kyrkan', 'församlingen', 'apoteket', 'tandvården', 'folktandvården', 'gymnasiet',
  // ("Hotel Kronhamn", "Restaurang Tvåan": a hotel or a restaurant named by the word after it, round 82. Not the definite
  // "Hotellet Nora sa …", "Restaurangen Holm": the hotel's person, review 82.)
  ...ESTABLISHMENTS]);
/** A care unit's compound in the definite ("Psykiatrimottagningen", "Smärtkliniken", "Hälsocentralen"), round 84. */
const CARE_UNIT_COMPOUND = /^\p{L}{3,}(?:mottagningen|kliniken)$/u;
/**
 * The district words a care unit's compound is named by ("Smärtkliniken Söder", "Barnmottagningen Öster"). A list, not the
 * lexicon: "Söder" is a surname there too. Any other word after the compound may be the doctor's surname ("Fotkliniken
 * Andersson"), and is not kept; nor "-centralen", which is no care word ("Larmcentralen Lindqvist"); review 84.
 */
const CARE_UNIT_DISTRICTS: ReadonlySet<string> = new Set(['norr', 'söder', 'öst', 'väst', 'öster', 'väster', 'syd', 'nord', 'norra', 'södra', 'östra', 'västra', 'centrum', 'city']);
/**
 * Token `k` names the institution capitalised right before it ("Vårdcentralen Lind"), not a person. (A hotel or a restaurant
 * is named after a person as often: not a first name, "Hotel Nora"; not a word said again in the turn, "Min chef Linnea Ek
 * äger Restaurang Ek", "Hotel Olsson? No, Olsson is my boss"; not one asked back, "Hotel Olsson?" (but "your manager at
 * Hotel Kronhamn?"); review 82.)
 */
export const namesInstitution = (tokens: readonly Token[], k: number): boolean => {
  const word = tokens[k - 1];
  // (Round 84: "Psykiatrimottagningen Söder", "Barnkliniken Norr": a care unit's compound, capitalised, named by a word after it.)
  if (!word || !(INSTITUTIONS.has(word.lower) || (CARE_UNIT_COMPOUND.test(word.lower) && CARE_UNIT_DISTRICTS.has(tokens[k]?.lower ?? ''))) || !word.capitalised) return false;
  if (!ESTABLISHMENTS.has(word.lower)) return true;
  const name = tokens[k];
  return !!name && ((lexicon().names.get(name.lower) ?? 0) & NameFlag.first) === 0 && !(tokens[k + 1]?.text === '?' && word.sentenceStart) && !tokens.some((t, m) => m !== k && t.kind === 'word' && t.lower === name.lower);
};
/** A hotel's or a restaurant's word before token `k`, whose name may be a person's ("Hotel Olsson" after "Eva Olsson"). */
export const namesEstablishment = (tokens: readonly Token[], k: number): boolean => ESTABLISHMENTS.has(tokens[k - 1]?.lower ?? '');
const IS_WORDS = new Set(['är', 'var', 'is', 'was']);
/** Housing firms by their endings: "Heimstaden", "Stångåstaden", "Victoriahem", "Familjebostäder", "Rikshem". */
const HOUSING_FIRM = rememberedTest(/(?:staden|stad|hem|hus|bostäder|bostad|fastigheter|byggen|bo)$/);
const LANDLORDS = new Set(['hyresvärd', 'hyresvärden', 'landlord', 'hyresvärdar']);

/** "Advokatfirman", "Begravningsbyrån": a word that names a firm by the name after it. */
const FIRM = rememberedTest(/(?:firman|firma|byrån|byrå|bolaget)$/);
const WORKING = new Set([
  'worked', 'work', 'works', 'working', 'employed', 'jobbade', 'jobbar', 'jobbat', 'arbetade', 'arbetar', 'arbetat', 'anställd', 'anställda',
  'slutade', 'började', 'retired', 'started', 'quit',
]);
/** People who are named by where they work: "advokaten på Lindahl", "the doctor at Karolinska". */
const WORKPLACE_ROLES = new Set(['advokaten', 'läkaren', 'doktorn', 'handläggaren', 'lawyer', 'doctor', 'dr']);
const EMPLOYER_PREPOSITIONS = new Set(['for', 'at', 'by', 'på', 'hos', 'vid']);
const EMPLOYER_REACH = 10;

/**
 * "jobbade på Volvo", "worked for Ericsson": the word after is an employer. Further back in the
 * sentence ("worked in Gothenburg from 1988 to 2004, at Ericsson", "sen jag slutade på Sandvik",
 * "advokaten på Lindahl") only a word no one has as a first name.
 */
function employerBefore(tokens: Token[], i: number): boolean {
  if (!EMPLOYER_PREPOSITIONS.has(tokens[i - 1]?.lower ?? '')) return false;
  if (WORKING.has(tokens[i - 2]?.lower ?? '')) return true;
  if (((lexicon().names.get(tokens[i]!.lower) ?? 0) & NameFlag.first) !== 0) return false;
  for (let k = i - 2; k >= 0 && k >= i - EMPLOYER_REACH && !SENTENCE_END_MARKS.has(tokens[k]!.text); k--) {
    if (WORKING.has(tokens[k]!.lower) || WORKPLACE_ROLES.has(tokens[k]!.lower)) return true;
  }
  return false;
}

/** "SEB", "CSN": letters in capitals are an organisation, not a person. */
const isAcronym = (t: Token): boolean => t.text.length > 1 && t.text === t.text.toUpperCase();

/** "de la Cruz": particles, then a capitalised word. */
function particlesLeadToName(tokens: Token[], j: number): boolean {
  while (tokens[j] && PARTICLES.has(tokens[j]!.lower)) j++;
  return !!tokens[j]?.capitalised;
}

/** Words a single letter names a part of: "del A", "plan B", "section C", "vitamin D" (no initial). */
const LETTERED = new Set([
  'del', 'delen', 'avdelning', 'avsnitt', 'bilaga', 'plan', 'hus', 'huset', 'trappa', 'trapphus', 'uppgång', 'ingång', 'block', 'typ', 'klass', 'grupp',
  'kategori', 'nivå', 'steg', 'fråga', 'punkt', 'sida', 'rad', 'alternativ', 'vitamin', 'part', 'section', 'house', 'entrance', 'block', 'type', 'class',
  'group', 'category', 'level', 'step', 'question', 'point', 'page', 'line', 'option', 'appendix', 'schedule', 'annex', 'form', 'blankett', 'flat', 'unit',
  'lägenhet', 'rum', 'room', 'building', 'byggnad', 'gate', 'grind', 'box', 'hepatit', 'hepatitis', 'betyg', 'grade', 'an', 'a', 'ett', 'en',
]);
/** Token `k` is a single capital letter with its full stop right after it: "A.", "J.". */
const initialAt = (tokens: readonly Token[], k: number): boolean => {
  const [letter, dot] = [tokens[k], tokens[k + 1]];
  return !!letter && isSingleCapital(letter) && dot?.text === '.' && letter.end === dot.start;
};
/** Who pays, sends or signs, before an initial written without its full stop (round 101; "to", review of round 101). */
const BARE_INITIAL_LEADS = new Set(['from', 'by', 'från', 'av', 'to']);
/** Token `i` follows a lone capital, no "A", "I" or "O", that such a word leads: "from G Pryce" (round 101). */
function bareInitialBefore(tokens: readonly Token[], i: number): boolean {
  const letter = tokens[i - 1];
  return !!letter && isSingleCapital(letter) && !['A', 'I', 'O'].includes(letter.text) && letter.end + 1 === tokens[i]!.start && BARE_INITIAL_LEADS.has(tokens[i - 2]?.lower ?? '') && !EN_STREET_AFTER.has(tokens[i]!.lower) && !SV_STREET_AFTER.has(tokens[i]!.lower) && !letterCompound(letter, tokens[i]!, tokens[i + 1]);
}
/** A letter and a word said together that the letter names a thing by: "X Ray", "D Day", "V Pay", "K Rådet" (review 101). */
const LETTER_COMPOUNDS: ReadonlySet<string> = new Set(['x ray', 'd day', 'v pay', 'k rådet', 'e mail', 'b plus', 'a minus']);
/**
 * ("from B Block", "by E Mail", "av D Vitamin", "from Q One", "av H M": the word after a bare initial is no surname when it is a
 * lone letter ending the name, a number word, a word a letter names a part of, a way to send, a product word, an organisation word, a stop word or
 * a known non-name; review 101. Anything else stays a surname: failing closed.)
 */
function letterCompound(letter: Token, word: Token, next: Token | undefined): boolean {
  const lower = word.lower;
  // (A second initial before a surname is the name's, "from J R Pryce", "T O Brien".)
  if (isSingleCapital(word)) return !(next?.kind === 'word' && next.capitalised && word.end + 1 === next.start);
  const { stopWords, notNames } = lexicon();
  return LETTER_COMPOUNDS.has(`${letter.lower} ${lower}`) || numberWordAtoms(lower) !== undefined || LETTERED.has(lower) || CONTACT_WAYS.has(lower)
    || FREJA_PRODUCT.has(lower) || isOrganisationWord(lower) || stopWords.has(lower) || notNames.has(lower);
}
/** Token `i` follows an initial and its full stop ("A. Nagata"; not "plan B. Sedan …", "2 B. Hon …"). */
function initialBefore(tokens: readonly Token[], i: number): boolean {
  const before = tokens[i - 3];
  return initialAt(tokens, i - 2) && before?.kind !== 'digits' && !LETTERED.has(before?.lower ?? '');
}

/** "undertecknat av", "signerad av": who signed (as "signed by"). */
const SIGNED = new Set(['undertecknat', 'undertecknad', 'underskrivet', 'underskriven', 'signerat', 'signerad']);
/** "Kind regards, A. Nagata", "Signed, R. Gates", "Med vänliga hälsningar, Karin": the signature after a sign-off. */
const SIGN_OFFS = new Set(['regards', 'signed', 'sincerely', 'hälsningar', 'hälsning']);
/** "brother's", "mamma’s": a relation in the genitive. */
const relationGenitive = (p1: string): boolean => (p1.endsWith("'s") || p1.endsWith('’s')) && RELATIONS.has(p1.slice(0, -2));
/** "mum's", "mammas": a relation's genitive, English or Swedish. */
const relationOwning = (word: string): boolean => relationGenitive(word) || (word.endsWith('s') && RELATIONS.has(word.slice(0, -1)));
/** Whether token `t` overlaps any of the spans. */
const overlapsAny = (spans: readonly Candidate[], t: Token): boolean => spans.some((c) => c.start < t.end && t.start < c.end);
/** "säger", and "sa"/"sade" (round 102): what people call someone. */
const SAYS_NAME = new Set(['säger', 'sa', 'sade']);
/** Who says the name one went by, in either tense ("folk sa Tadde", "alla säger Zbyszek"). */
const SAID_BY_ALL = new Set(['alla', 'folk', 'dom', 'de']);
/** Who says it in the present only ("men hon säger Gosia"): after han/hon/man/vi "sa" opens quoted speech (review 102). */
const SAYS_TOO = new Set(['man', 'hon', 'han', 'hen', 'vi']);
/**
 * "folk sa Tjocken", "alla säger Zbyszek", "hon säger Gosia": what people call someone, one decision for both tenses, the
 * word after it judged by `namedAfterCue` (the closing re-read of stop 65).
 */
const peopleCallThem = (tokens: readonly Token[], i: number, p1: string, p2: string): boolean =>
  SAYS_NAME.has(p1) && (SAID_BY_ALL.has(p2) || (p1 === 'säger' && SAYS_TOO.has(p2))) && namedAfterCue(tokens, i);
/** Every word before a name (`p1` below) that a Likely or Certain cue of `slotBefore` ends on, but a relation's genitive: keep in step with it (check with eval/snapshot.ts). */
const CUE_ENDS = new Set([
  'heter', 'hette', ...NAME_NOUNS, 'surname', 'name', 'called', 'named', 'kallas', 'pronounced', 'uttalas', 'by', 'as', 'för', 'employ', 'employs', 'employed', 'hired',
  'anställt', 'anställer', 'anställde', 'är', 'var', "name's", "surname's", 'is', 'was', 'are', 'were', 'efter', 'for', ...SAYS_NAME, 'me', 'her', 'him', 'honom', 'henne', ...TITLES, ...CARE_TITLES, ...RELATIONS, ...ROLE_WORDS,
  ...DEFINITE_RELATIONS, 'med', 'to', 'with', "it's", ...PERSON_IS, 'am', 'hälsa', ...AGENCIES, 'née', 'nee', 'född', 'born', 'av', ...SIGN_OFFS, 'have', 'har',
]);

const cued = (slot: Slot): boolean => slot === Slot.Likely || slot === Slot.Certain;

/** What the words before token `i` say about it. */
/** Words between a cue and the name that say nothing of it: "jag heter faktiskt Sten", "my name is actually Will". */
const CUE_ADVERBS = new Set(['faktiskt', 'egentligen', 'alltså', 'actually', 'också', 'även', 'also']);
/**
 * The word after a relation written as a title is a name only if it looks like one (round 68's review): one capitalised
 * word, no stop word, organisation or known non-name, not a surname alone ("Granny Smith apples"), not a plural or a
 * Swedish definite noun the name lists do not know ("Faster Payments", "Mormor Ica-kortet"); after "Faster", which is
 * also English, only a first name the lists know.
 */
function kinNamed(title: string, t: Token | undefined): boolean {
  if (!t || t.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const { names, stopWords, notNames, places } = lexicon();
  // (A holiday, "hos mormor Annandag jul", "grandma Christmas Eve", is no name; review 102.)
  if (stopWords.has(t.lower) || notNames.has(t.lower) || places.has(t.lower) || isOrganisationWord(t.lower) || HOLIDAYS.has(t.lower)) return false;
  const flags = names.get(t.lower) ?? 0;
  if (title === 'faster' || flags !== 0) return (flags & NameFlag.first) !== 0;
  return !/(?:s|en|et|na)$/u.test(t.lower);
}
/** Holidays said after a relation or a role ("mormor Annandag jul", "my secretary Easter holidays"): no names (review 102). */
const HOLIDAYS: ReadonlySet<string> = new Set([
  'annandag', 'julafton', 'juldag', 'juldagen', 'jul', 'midsommar', 'midsommarafton', 'midsommardagen', 'påsk', 'påskafton', 'påskdagen', 'långfredag',
  'långfredagen', 'nyårsafton', 'nyårsdagen', 'nyår', 'trettondagen', 'trettondag', 'valborg', 'valborgsmässoafton', 'pingst', 'pingstdagen', 'lucia', 'allhelgona',
  'christmas', 'easter', 'boxing', 'whitsun', 'hogmanay', 'halloween', 'thanksgiving', 'new',
]);
/** Banks said in English after a role ("my colleague Barclays"): the Swedish ones are `isBankName`'s. */
const EN_BANKS: ReadonlySet<string> = new Set(['barclays', 'nationwide', 'lloyds', 'natwest', 'hsbc', 'santander', 'halifax', 'monzo', 'starling', 'metro', 'tsb', 'coop', 'co-op']);
/** A firm's departments and its capitalised role words ("min assistent Ekonomi", "her assistant Solicitor", "Probate Manager"). */
const FIRM_ROLES: ReadonlySet<string> = new Set([
  'ekonomi', 'juridik', 'kundtjänst', 'växeln', 'växel', 'reception', 'receptionen', 'hr', 'it', 'office', 'general', 'accounts', 'finance', 'legal', 'probate',
  'manager', 'solicitor', 'solicitors', 'treasurer', 'director', 'directors', 'partner', 'executor', 'administrator', 'clerk', 'pension', 'wise', 'team',
]);
/**
 * A capitalised word after a cue whose own words say too little ("folk sa …", "min assistent …"): no stop word, known
 * non-name, place or organisation, and no greeting, relation, holiday, weekday, month, number word, agency, bank, estate
 * word, a firm's department or role ("Probate Manager", "Pension Wise"); review 102. (The closing re-read of stop 65: a word
 * the lists do not know is a name whatever it ends on, "folk sa Tjocken", "min assistent Ebbalena", and one before a firm's
 * word is a full name, "my colleague Eilidh Wise": both fail closed.)
 */
// (A first name the lists know passes though it is a town's or a month's too, "min assistent Nora", "my colleague June", as
// after a relation; round 102's own finds.)
/** Wishes said as a whole sentence, "Alla sa Grattis", "everyone said Cheers": no names (the closing re-read of stop 65). */
const WISHES: ReadonlySet<string> = new Set(['grattis', 'skål', 'välkommen', 'välkomna', 'lycka', 'congratulations', 'cheers', 'welcome', 'goodbye', 'adjö']);
function namedAfterCue(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i];
  if (!t || t.kind !== 'word' || !/^\p{Lu}\p{Ll}+$/u.test(t.text)) return false;
  const { names, stopWords, notNames, places } = lexicon();
  const first = ((names.get(t.lower) ?? 0) & NameFlag.first) !== 0 && !stopWords.has(t.lower);
  // (A place's name the name lists hold too is a name here, "alla säger Stenis".)
  if (!first && (stopWords.has(t.lower) || notNames.has(t.lower) || (places.has(t.lower) && !names.has(t.lower)) || isOrganisationWord(t.lower))) return false;
  const not = (w: Token | undefined) =>
    !!w && w.kind === 'word' && (GREETINGS.has(w.lower) || RELATIONS.has(w.lower) || ROLE_WORDS.has(w.lower) || KIN_TITLES.has(w.lower) || DEFINITE_RELATIONS.has(w.lower) ||
      TITLES.has(w.lower) || CARE_TITLES.has(w.lower) || CAPITALISED_ROLES.has(w.lower) || HOLIDAYS.has(w.lower) || WEEKDAYS.has(w.lower) || (MONTHS.has(w.lower) && !first) ||
      REGIONS.has(w.lower) || ['gamla', 'nya', 'stora', 'lilla', 'old', 'new', 'great', 'little'].includes(w.lower) ||
      numberWordAtoms(w.lower) !== undefined || AGENCIES.has(w.lower) || AGENCY_TERM.test(w.lower) || isBankName(w.lower) || EN_BANKS.has(w.lower) || FIRM_ROLES.has(w.lower) ||
      isOrganisationWord(w.lower) || /^(?:döds|bo(?:uppteckning|utredning)|arv)/u.test(w.lower) || /(?:kontor|kontoret|avdelning|avdelningen)$/u.test(w.lower));
  return !not(t) && !APOLOGIES.has(t.lower) && !INTERJECTIONS.has(t.lower) && !WISHES.has(t.lower);
}
/**
 * The words in lower case after "MS" that make it the disease ("MS last year", "MS, diagnosed in …", "MS nurse", "relapsing MS,
 * treated with …"), round 84. A list, failing closed: any other word after "MS" is a name after the title (review 84).
 */
const MS_DISEASE_NEXT: ReadonlySet<string> = new Set(['last', 'since', 'affects', 'affected', 'diagnosed', 'diagnosis', 'relapsing', 'remitting', 'progressive',
  'managed', 'treated', 'treatment', 'medication', 'symptoms', 'fatigue', 'flare', 'relapse', 'relapses', 'nurse', 'nurses', 'clinic', 'team', 'specialist', 'society']);
function slotBefore(tokens: Token[], i: number): Slot {
  // Commas do not break a cue: "Thank you, Mrs Taylor".
  let p1 = '';
  let p2 = '';
  let p3 = '';
  let taken = 0;
  let first: Token | undefined;
  for (let j = i - 1; j >= 0 && taken < 3; j--) {
    const t = tokens[j]!;
    // ("undertecknat av, öh, P. Allén": a hesitation neither.)
    if (t.text === ',' || (taken === 0 && (CUE_ADVERBS.has(t.lower) || HESITATIONS.has(t.lower)))) continue;
    if (t.kind === 'punct') break;
    if (taken === 0) {
      p1 = t.lower;
      first = t;
    }
    else if (taken === 1) p2 = t.lower;
    else p3 = t.lower;
    taken++;
    // (Most words follow no word a cue below ends on, and then only "thank you" reads the word before it: the loop stops at
    // the first word, p2 and p3 are read by nothing below. Exact: the test is the one that returns right after the loop.)
    if (taken === 1 && p1 !== 'you' && !CUE_ENDS.has(p1) && !relationGenitive(p1)) break;
  }
  // "Thank you, Mr. Frost": the full stop after a title ends no sentence.
  if (tokens[i - 1]?.text === '.' && dottedTitle(tokens[i - 2])) return Slot.Certain;
  // ("The name is still noah", "Efternamnet är alltid svensson", "His name is just ali": the cue passes over the adverb kept
  // to the word after it, unless that is one of the adverbs or a judgement too, "fortfarande kvar", "still the same"; review 88.)
  if (p1 !== '' && adverbAfterNameCue(tokens, i - 1) && !ADVERBS_AFTER_NAME_CUE.has(tokens[i]?.lower ?? '') && !JUDGEMENTS.has(tokens[i]?.lower ?? '') && !participleNoName(tokens[i]) && slotBefore(tokens, i - 1) === Slot.Certain) return Slot.Certain;
  // Most words follow no word a cue below ends on: one look-up settles them (this runs for nearly every word).
  if (!CUE_ENDS.has(p1) && !relationGenitive(p1)) return GREETINGS.has(p1) || (p1 === 'you' && p2 === 'thank') ? Slot.Greeting : Slot.None;
  // "Jag heter", "mamma heter", "som hette", but not "blanketten heter FK 5220", nor the one
  // asked about in "Vad heter klienten?".
  // (Nor "den heter Försäkringskassan": an agency's name is no one's.)
  // (Nor "det som förr hette förtidspension": a benefit's old name, in lower case, is no one's.)
  // (Tested only after "heter"/"hette", below: a pattern, and most cues are other words.)
  const benefitNamed = () => tokens[i]?.capitalised === false && BENEFIT_WORD.test(tokens[i]!.lower);
  // (Nor "vad det nu heter, efterlevande": the word searched for is a thing's.)
  const searchedFor = (p2 === 'nu' && p3 === 'det') || (p2 === 'det' && p3 === 'vad');
  if ((p1 === 'heter' || p1 === 'hette') && !THING.test(p2) && p2 !== 'vad' && !namesAThing(tokens, p2, p3, i) && !AGENCIES.has(tokens[i]!.lower) && !benefitNamed() && !searchedFor) return Slot.Certain;
  // "och efternamnet Berg", "surname Bush", "last name Lind" (capitalised: not "Efternamnet stavas …")
  if (NAME_NOUNS.has(p1) || p1 === 'surname' || (p1 === 'name' && ['last', 'first', 'family', 'maiden'].includes(p2))) return Slot.Likely;
  if ((p1 === 'called' || p1 === 'named' || p1 === 'kallas') && !namesAThing(tokens, p2, p3, i)) return Slot.Likely;
  // ("Aoife, it's pronounced Eefa", "det uttalas Ii-fa": how a name is said is the name; round 79.)
  if ((p1 === 'pronounced' || p1 === 'uttalas') && !namesAThing(tokens, p2, p3, i)) return Slot.Likely;
  // "alla säger Zbyszek", "everyone calls me Bosse": the name one goes by.
  // ("men hon säger Gosia": what she calls herself.)
  // ("folk sa Tadde", "alla sade Berra": the same in the past, of one who has died; round 102.)
  // (The past only after "folk", "alla", "dom", "de", and only before a word the lists judge a name: not "Hon sa Hallå",
  // "Alla sa Grattis", "Vi sa Farmor", "Dom sa Dödsboet"; review 102.)
  // (The closing re-read of stop 65: one decision for both tenses, `peopleCallThem`; "folk sa Tjocken" as "folk säger Tjocken".)
  if (peopleCallThem(tokens, i, p1, p2) || (['me', 'her', 'him', 'honom', 'henne'].includes(p1) && ['call', 'calls', 'called', 'kallade', 'kallar'].includes(p2))) return Slot.Likely;
  // "she goes by Gosia", "known as Bosse", "kallas för Lasse": the name used.
  if ((p1 === 'by' && p2 === 'goes') || (p1 === 'as' && p2 === 'known') || (p1 === 'för' && p2 === 'kallas')) return Slot.Likely;
  // "we employ Paweł", "vi har anställt Jonna": the one employed.
  if (p1 === 'employ' || p1 === 'employs' || p1 === 'employed' || p1 === 'hired' || p1 === 'anställt' || p1 === 'anställer' || p1 === 'anställde') return Slot.Likely;
  if ((p1 === 'är' || p1 === 'var') && (NAME_NOUNS.has(p2) || (p2 === 'namn' && p3 === 'mitt'))) return Slot.Certain;
  if (p1 === "name's" || p1 === "surname's") return Slot.Certain;
  // "I have Vonhagen, one word?", "Jag har Abdi Rahman här, två ord?": a name read back as written down (round 71).
  if (((p1 === 'have' && p2 === 'i') || (p1 === 'har' && p2 === 'jag')) && readBackAsWritten(tokens, i)) return Slot.Likely;
  if ((p1 === 'is' || p1 === 'was') && (p2 === 'name' || p2 === 'surname' || (p2 === 'name' && p3 === 'first') || p2 === 'maiden')) return Slot.Certain;
  // ("her first names are Adaeze Ngozi", "his names were …": the plural of the same cue; round 81.)
  // (Only names a person owns, "her / their / the children's names are", not "The names are Latin", "The street names are …",
  // and no word of a kind or a judgement, "Her names are Biblical", "… were Changed"; review 81. The Swedish plural,
  // "Efternamnen är …", too.)
  if ((((p1 === 'are' || p1 === 'were') && (p2 === 'names' || p2 === 'surnames')) || (IS_WORDS.has(p1) && PLURAL_NAME_NOUNS.has(p2))) && namesOwned(tokens, first) && !nameKindWord(tokens[i])) return Slot.Likely;
  // "fråga efter Gun", "ask for Gun"
  if ((p1 === 'efter' && p2 === 'fråga') || (p1 === 'for' && p2 === 'ask')) return Slot.Likely;
  // ("if I miss one": in a transcript with capitals, "miss" in lower case is the verb.)
  // ("kundens fru jobbar", "hens fru funderar", as a note writes them: after a definite noun's genitive or "hens"/"sin"/"deras",
  // "fru" and "herr" before a word in lower case are a relation, as "min fru" is.)
  const relationNotTitle =
    (p1 === 'fru' || p1 === 'herr') && tokens[i]?.capitalised === false && (p2 === 'hens' || p2 === 'sin' || p2 === 'deras' || /^\p{L}{3,}(?:ens|ets)$/u.test(p2) || relationOwning(p2));
  // ("Nurse Ratched said", "Syster Annelie här", "Doktor Hagström": a care title written as one, before a capitalised word.)
  // ("Uncle Brannock phoned", "Moster Agda ringde": a relation written as a title, round 68.)
  if ((CARE_TITLES.has(p1) || (KIN_TITLES.has(p1) && kinNamed(p1, tokens[i]))) && tokens[i - 1]?.capitalised === true && tokens[i]?.capitalised === true) return Slot.Likely;
  // ("grandad Reggie had …", "och farfar Nisse": the title in lower case before a name as the lists judge one, not opening the
  // sentence; round 102.)
  if (KIN_TITLES.has(p1) && tokens[i - 1]?.capitalised === false && !tokens[i]!.sentenceStart && kinNamed(p1, tokens[i])) return Slot.Likely;
  // (Round 84: "Diagnosis MS, treated with …": "MS" in capitals before a word in lower case is the disease, no "Ms"; "MS
  // Andersson" before a capitalised word is still a title. Only "MS", not "DR lind", "HERR berg" in a caller's capitals,
  // and only before a word the disease is followed by, none in the names lexicon, its possessive too: "MS andersson's",
  // "MS bird" are the title's; review 84.)
  const next = tokens[i];
  const acronymNoTitle = p1 === 'ms' && first?.text === 'MS' && next !== undefined && next.capitalised === false && MS_DISEASE_NEXT.has(next.lower) && (lexicon().names.get(next.lower.replace(/['’]s$/u, '')) ?? 0) === 0;
  if (TITLES.has(p1) && p2 !== 'min' && p2 !== 'my' && !relationNotTitle && !acronymNoTitle && !(p1 === 'miss' && first?.capitalised === false && tokens.some((t) => t.capitalised))) return Slot.Certain;
  // "min man", "min avlidne man", "my late husband", "handläggaren"
  // "min dotter Anna", "my brother's, Yannis" (whose the account is).
  // (endsWith, not /['’]s$/: this runs for nearly every word of a call.)
  const relation = RELATIONS.has(p1) || relationGenitive(p1);
  if ((relation && (POSSESSIVES.has(p2) || POSSESSIVES.has(p3))) || DEFINITE_RELATIONS.has(p1)) return Slot.Likely;
  // "Mammas sambo Leffe", "Mum's partner Des", "a daughter, June": a relation of a relation's, or one not yet named (round 45).
  if (RELATIONS.has(p1) && (RELATION_OWNERS.has(p2) || relationOwning(p2))) return Slot.Likely;
  // ("min assistent Nora", "my colleague Hester": a role at a firm, before a word the lists judge a name; round 102, review 102.)
  if (ROLE_WORDS.has(p1) && (POSSESSIVES.has(p2) || POSSESSIVES.has(p3) || RELATION_OWNERS.has(p2)) && namedAfterCue(tokens, i)) return Slot.Likely;
  if ((p1 === 'med' && SPEAKING.has(p2)) || ((p1 === 'to' || p1 === 'with') && SPEAKING_EN.has(p2)) || (p1 === 'by' && p2 === 'signed') || (p1 === 'av' && SIGNED.has(p2))) return Slot.Likely;
  // (A signature after its sign-off and comma, round 40.)
  if (SIGN_OFFS.has(p1) && tokens[i - 1]?.text === ',') return Slot.Likely;
  // "min dotter är Maja", "my daughter is June": a relation named.
  if (IS_WORDS.has(p1) && RELATIONS.has(p2) && POSSESSIVES.has(p3)) return Slot.Likely;
  // "kontaktpersonen är Gulsen", "handläggaren var Petra", "the caseworker is Omar": a role named.
  if (IS_WORDS.has(p1) && (DEFINITE_RELATIONS.has(p2) || ((p2 === 'caseworker' || p2 === 'contact') && p3 === 'the'))) return Slot.Likely;
  // "Dawn Lindberg, née Holm": the name she was born with.
  if (p1 === 'née' || p1 === 'nee') return Slot.Certain;
  // "Elsa Nyberg, född Strand", "Karin Ek, född Lund": the maiden name, a capitalised word right after ", född" (a place's
  // name too: "född i Lund" has its "i"; not a month or a number). Only after the name's comma: "Han är född Svensk", "I was
  // born Catholic" say what, not whom.
  const bornAs = tokens[i];
  const afterComma = tokens[i - 2]?.text === ',';
  if ((p1 === 'född' || p1 === 'born') && afterComma && bornAs?.capitalised && !bornAs.sentenceStart && !MONTHS.has(bornAs.lower) && numberWordAtoms(bornAs.lower) === undefined) return Slot.Likely;
  // ("He's Tadhg Quennell-Brannagh": who he is, named as "I'm" names the speaker, round 60.)
  if (((p1 === 'är' || p1 === 'var') && p2 === 'det') || (p1 === 'is' && p2 === 'this') || p1 === "it's" || PERSON_IS.has(p1) || (p1 === 'am' && p2 === 'i') || p1 === 'hälsa') {
    return Slot.Likely;
  }
  if (GREETINGS.has(p1) || (p1 === 'you' && p2 === 'thank')) return Slot.Greeting;
  if (AGENCIES.has(p1) && tokens[i - 1]?.text === ',') return Slot.Likely;
  return Slot.None;
}

/** The words of the UK's benefits and agencies, and banks, that the lists do not know as one word: "Universal Credit", "Barclaycard". */
const BENEFIT_WORDS: ReadonlySet<string> = new Set([
  'credit', 'benefit', 'benefits', 'allowance', 'pension', 'pensions', 'agency', 'service', 'payment', 'payments', 'support', 'universal', 'housing',
  'attendance', 'disability', 'carers', "carer's", 'jobseekers', "jobseeker's", 'barclaycard', 'riksbank', 'riksbanken', 'sveriges', 'ekonomi',
]);
/**
 * A word that is a place, a county or region, a benefit, an agency or a bank by the lists, never read back or put right as a
 * name ("I have Leeds here", "Jag har Sjukersättning här", "…, inte Skåne", "not Barclaycard"; review 71).
 */
const keptTermWord = (lower: string): boolean => {
  const { places, worldPlaces } = lexicon();
  return places.has(lower) || worldPlaces.has(lower) || REGIONS.has(lower) || REGIONS_ABROAD.has(lower) || AGENCY_TERM.test(lower) || BENEFIT_WORDS.has(lower) || NOT_A_NAME.test(lower);
};
/** The agencies' names and letters, as an e-mail's local part or a spelling may hold them (review of round 90). */
export const AGENCY_WORDS: ReadonlySet<string> = new Set([
  'csn', 'skv', 'kfm', 'fk', 'af', 'forsakringskassan', 'försäkringskassan', 'skatteverket', 'kronofogden', 'kronofogdemyndigheten',
  'pensionsmyndigheten', 'migrationsverket', 'arbetsformedlingen', 'arbetsförmedlingen', 'polisen', 'hmrc', 'dwp',
]);
/**
 * What may be spelled out and kept, a closed list (review of round 90): the agencies' and forms' letters, the agencies' names and
 * the benefits' and taxes' words ("C, S, N", "S, I, N, K", "Charlie, Sierra, November", "Bertil, Adam, Rudolf, … Gustav" for
 * "barnbidrag"). Nothing by shape or suffix, and no place, shop or holiday: those are surnames as well ("York", "Ewbank").
 */
const SPELLED_KEPT: ReadonlySet<string> = new Set([
  ...AGENCY_WORDS, 'ppm', 'sink', 'ocr', 'pm', 'migr', 'lma', 'sfi', 'nhs', 'pip', 'esa', 'jsa',
  'barnbidrag', 'bostadsbidrag', 'bostadstillägg', 'underhållsstöd', 'studiebidrag', 'studiemedel', 'sjukpenning', 'sjukersättning',
  'aktivitetsersättning', 'föräldrapenning', 'havandeskapspenning', 'aktivitetsstöd', 'etableringsersättning', 'garantipension',
  'inkomstpension', 'premiepension', 'förtidspension', 'äldreförsörjningsstöd', 'omvårdnadsbidrag', 'assistansersättning',
  'vårdbidrag', 'försörjningsstöd', 'rotavdrag', 'rutavdrag', 'skatteåterbäring', 'restskatt', 'preliminärskatt',
]);
/** Letters spelled out that the closed list keeps, unless the lists know them as a name (round 90; review of round 90). */
export const spellsNonPersonalWord = (letters: string): boolean => SPELLED_KEPT.has(letters) && !lexicon().names.has(letters);
/**
 * "No, Vandyke, one word.", "Nej, Abdirahman, ett ord.": a capitalised word set off by a comma after "no"/"yes" (or opening the
 * sentence) and then counted in words is a name spelled out, the answer to a read-back (review 71). Not a place, a region, a
 * benefit, an agency or a bank ("Yes, Leeds, one word").
 */
export function namesCountedAsWords(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const { stopWords } = lexicon();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.capitalised || overlapsAny(found, t) || stopWords.has(t.lower) || keptTermWord(t.lower) || INTERJECTIONS.has(t.lower)) continue;
    const before = tokens[i - 1];
    const led = t.sentenceStart || (before?.text === ',' && ['no', 'yes', 'nej', 'ja', 'nä', 'jo', 'sorry', 'förlåt', 'nope', 'yeah'].includes(tokens[i - 2]?.lower ?? ''));
    let k = i;
    while (k < i + 3 && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.capitalised && !keptTermWord(tokens[k + 1]!.lower)) k++;
    if (!led || tokens[k + 1]?.text !== ',' || !/^(?:one|two|three|ett|två|tre)$/u.test(tokens[k + 2]?.lower ?? '') || !/^(?:words?|ord)$/u.test(tokens[k + 3]?.lower ?? '')) continue;
    extra.push({ type: 'name', start: t.start, end: tokens[k]!.end, confidence: Confidence.cued });
    i = k;
  }
  return extra;
}
/** "Ursäkta, 8203…", "Pardon, …": a word of pardon before a number said again. */
const APOLOGIES: ReadonlySet<string> = new Set(['ursäkta', 'förlåt', 'sorry', 'pardon', 'oj', 'oops', 'hoppsan']);
/** The number's own noun before it: "Samordningsnummer, 2202…", "Personnumret, …", "Number, …" (round 79). */
const NUMBER_NAMED = /(?:nummer|numret|numren|number|numbers|nr|ordination|samordning)$/u;
/**
 * Words a list of personal numbers is led by that are no one's name: a child's place among the children ("Yngsta", "Eldest"),
 * "Twins", "Tvillingarna", a child by its noun ("Barnet") and what the number's line is about, a debt or a sum ("Skulden",
 * "Arrears", "Fakturan"; round 80), a relation's definite form ("Dottern", "Sonen"). Review 79.
 */
const LISTED_NOT_NAMES: ReadonlySet<string> = new Set([
  'yngsta', 'yngste', 'äldsta', 'äldste', 'mellersta', 'mellanbarnet', 'youngest', 'eldest', 'oldest', 'middle', 'twins', 'twin',
  'tvillingar', 'tvillingarna', 'tvillingen', 'barnet', 'barnen', 'pojken', 'flickan', 'tjejen', 'killen', 'bebisen',
  'dottern', 'döttrarna', 'sonen', 'sönerna', 'mamman', 'pappan', 'brodern', 'systern', 'frun', 'mannen', 'maken', 'makan',
  'sambon', 'barnbarnet', 'skuld', 'skulden', 'skulderna', 'belopp', 'beloppet', 'faktura', 'fakturan', 'fakturor', 'fakturorna', 'hyran', 'avgiften',
  'arrears', 'debt', 'debts', 'payment', 'payments', 'invoice', 'amount', 'balance', 'rent',
]);
/** What may stand before a word listed with a personal number: a sentence's start, a comma, "and", "the girl's". */
const LISTED_BEFORE = /^(?:,|och|and|samt|plus|[\p{L}]+['’]s)$/u;
/**
 * "Finlay, 140724-1551, he's twelve", "Four, Rojin, 120413-1864, Aram, …", "The girl's Cerys, one six oh one oh nine, …": a
 * capitalised word said first and then, after a comma, a personal number (whole or begun in pieces) is the name of the person
 * it belongs to, listed or not (round 79; privacy fails closed). Not a place, an agency, a benefit, a month, a role, a relation
 * a language or a function word ("Ja, 8203…", "Lillebror, 2202…", "Stockholm, 8203…", "that's Somali, …"), a number word
 * ("Four, …") nor the number's own noun ("Samordningsnummer, …", "Co-ordination, …").
 */
export function namesBeforePersonalNumbers(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const personal = found.filter((c) => c.type === 'personnummer' || c.type === 'samordningsnummer');
  if (personal.length === 0) return extra;
  const { stopWords } = lexicon();
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.capitalised || tokens[i + 1]!.text !== ',' || !personal.some((c) => c.start === tokens[i + 2]!.start)) continue;
    if (!/^\p{Lu}\p{Ll}[\p{Ll}'’-]*$/u.test(t.text) || overlapsAny(found, t) || stopWords.has(t.lower) || keptTermWord(t.lower) || INTERJECTIONS.has(t.lower)) continue;
    if (LISTED_NOT_NAMES.has(t.lower) || RELATIONS.has(t.lower) || CAPITALISED_ROLES.has(t.lower) || GREETINGS.has(t.lower) || numberWordAtoms(t.lower) !== undefined || isOrganisationWord(t.lower) || NUMBER_NAMED.test(t.lower) || LANGUAGES_SAID.has(t.lower) || HESITATIONS.has(t.lower) || TAKING_BACK.has(t.lower) || APOLOGIES.has(t.lower)) continue;
    const before = tokens[i - 1];
    if (before !== undefined && !t.sentenceStart && !LISTED_BEFORE.test(before.lower)) continue;
    extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return extra;
}
/** English first names that the lists hold as Swedish stop words ("jo" = yes). */
const STOP_WORD_FIRST_NAMES: ReadonlySet<string> = new Set(['jo']);
/** "I'm Jo Hexley", "my name is Jo Hexley": such a first name after a cue, a capitalised word after it, is a name (review 71). */
export function stopWordFirstNames(tokens: readonly Token[], found: readonly Candidate[], lang: Language): Candidate[] {
  const extra: Candidate[] = [];
  for (let i = 1; lang === 'en' && i + 1 < tokens.length; i++) {
    const t = tokens[i]!, next = tokens[i + 1]!;
    if (!t.capitalised || !STOP_WORD_FIRST_NAMES.has(t.lower) || overlapsAny(found, t) || !["i'm", 'am', 'is', "it's", 'called', 'named', "name's", 'this'].includes(tokens[i - 1]!.lower)) continue;
    if (next.kind !== 'word' || !next.capitalised || keptTermWord(next.lower) || lexicon().stopWords.has(next.lower)) continue;
    extra.push({ type: 'name', start: t.start, end: overlapsAny(found, next) ? t.end : next.end, confidence: Confidence.cued });
  }
  // ("My landlord is van der Berg, Piet van der Berg": a surname led by its particles in small letters after a cue or a first
  // name, the capitalised word after them with it; review 71.)
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.capitalised || !['van', 'von'].includes(t.lower) || overlapsAny(found, t)) continue;
    let k = i + 1;
    while (k < i + 3 && ['der', 'den', 'de', 'la', 'ter', 'het', 'dem', 'zu'].includes(tokens[k]?.lower ?? '') && !tokens[k]!.capitalised) k++;
    const surname = tokens[k];
    const before = tokens[i - 1]!;
    const cue = ["i'm", 'am', 'is', 'was', "it's", 'called', 'named', "name's", 'heter', 'hette', 'mr', 'mrs', 'ms', 'dr', 'herr', 'fru'].includes(before.lower) || (before.kind === 'word' && before.capitalised && !lexicon().stopWords.has(before.lower) && !keptTermWord(before.lower));
    if (!cue || surname?.kind !== 'word' || !surname.capitalised || BENEFIT_WORDS.has(surname.lower) || NOT_A_NAME.test(surname.lower)) continue;
    const first = before.kind === 'word' && before.capitalised && !before.sentenceStart ? before : t;
    extra.push({ type: 'name', start: first.start, end: surname.end, confidence: Confidence.cued });
  }
  return extra;
}
/** "Efternamnen är …", "förnamnen var …": the Swedish plural of a name's noun, definite: the person's names (review 81). */
const PLURAL_NAME_NOUNS = new Set(['efternamnen', 'förnamnen', 'namnen', 'tilltalsnamnen']);
/** Who owns names: "her", "their", "deras"; a genitive, "the children's", "barnens" (review 81). */
const NAMES_OWNERS = new Set([...POSSESSIVES, 'their', 'deras', 'sina', 'mina', 'dina', 'våra', 'era']);
/** Words between an owner and "names": "her first names", "their two surnames". */
const NAMES_BETWEEN = new Set(['first', 'last', 'given', 'middle', 'family', 'maiden', 'full', 'two', 'three', 'both', 'real', 'own']);
/**
 * The names before the cue word at `cue` are a person's: "Her names are", "their first names were", "the children's names
 * are", and the Swedish definite plural, which says whose by itself ("Efternamnen är …"). Not "The names", "Both names",
 * "The street names" (review 81).
 */
function namesOwned(tokens: readonly Token[], cueToken: Token | undefined): boolean {
  const cue = cueToken ? tokens.indexOf(cueToken) : -1;
  if (cue < 1) return false;
  if (PLURAL_NAME_NOUNS.has(tokens[cue - 1]!.lower)) return true;
  let k = cue - 2;
  while (k >= 0 && NAMES_BETWEEN.has(tokens[k]!.lower)) k--;
  const owner = tokens[k];
  return !!owner && owner.kind === 'word' && (NAMES_OWNERS.has(owner.lower) || /\p{L}{2,}(?:['’]s|s['’]|ens|arnas|ernas)$/u.test(owner.lower));
}
/** What names are said to be, not what they are: "Latin", "Biblical", "Correct", "Unknown", "Changed", "Hyphenated" (review 81). */
const NAME_KINDS = new Set([
  'latin', 'biblical', 'hebrew', 'jewish', 'christian', 'muslim', 'islamic', 'old', 'norse', 'mixed', 'unknown', 'fine', 'ok', 'okay', 'both',
  'common', 'unusual', 'foreign', 'traditional', 'similar', 'identical', 'new', 'long', 'short',
]);
/** Token `t` says of what kind names are: a language or a nationality, a judgement, a participle or an "-ic"/"-ish" word the lists know as no name. */
function nameKindWord(t: Token | undefined): boolean {
  if (!t || t.kind !== 'word') return true;
  const lower = t.lower;
  if (NAME_KINDS.has(lower) || JUDGEMENTS.has(lower) || LANGUAGES_SAID.has(lower)) return true;
  return (lexicon().names.get(lower) ?? 0) === 0 && /\p{L}{2,}(?:ed|ic|ical|ish)$/u.test(lower);
}
/** Words that say how a name read back is written: "here", ", one word", "två ord?", ", without an H", ", med två s" (round 81). */
const WRITTEN_AS = /^(?:(?:here|här) ?(?:[,?]|$)|, (?:one|two|three|ett|två|tre) (?:words?|ord)\b|, (?:without|with|utan|med) (?:an? |one |two |ett |två )?\p{L}(?: |$|[,.?]))/u;
/** Care homes, cemeteries and farms by their endings ("Solbacken", "Skogskyrkogården", "Björkhemmet"), and an estate's papers. */
const PLACE_OF_CARE = /\p{L}{2,}(?:gården|backen|hemmet|boendet)$/u;
const ESTATE_PAPERS = new Set(['bouppteckning', 'bouppteckningen', 'arvskifte', 'arvskiftet', 'testamente', 'testamentet', 'fullmakt', 'fullmakten', 'dödsbo', 'dödsboet']);
/** A word read back "with a z" that is no name: a disease, a language, a home or cemetery, a firm's word or an estate paper. */
const notReadBackAsName = (t: Token): boolean =>
  DISEASE_EPONYM.test(t.lower) || LANGUAGES_SAID.has(t.lower) || PLACE_OF_CARE.test(t.lower) || ESTATE_PAPERS.has(t.lower) || isBusinessWord(t) || FIRM.test(t.lower);
/** The capitalised words from token `i` are followed by "here" or a count of their words. */
function readBackAsWritten(tokens: readonly Token[], i: number): boolean {
  let k = i;
  while (k < i + 4 && tokens[k]?.kind === 'word' && tokens[k]!.capitalised) k++;
  // (Not a place, a region, a benefit or an agency: "I have Leeds here", "Jag har Sjukersättning här", "I have Universal Credit, two words?".)
  // (A town abroad that is a first name before a surname is read back all the same: "I have Ama Mensa, without an H", round 83.)
  const words = tokens.slice(i, k);
  const { places, worldPlaces } = lexicon();
  const placeOnly = (t: Token) => (places.has(t.lower) || worldPlaces.has(t.lower)) && !REGIONS.has(t.lower) && !REGIONS_ABROAD.has(t.lower);
  // (Review 83: not where a word after it is an ordinary noun a place is named with and no name: "I have Boston Harbor, two words?".)
  const placeNoun = (t: Token) => (PLACE_NOUNS.has(t.lower) || NAMED_PLACE_NOUNS.has(t.lower) || EN_STREET_AFTER.has(t.lower) || COUNTY_INSTITUTIONS.has(t.lower)) && !lexicon().names.has(t.lower);
  const firstBeforeSurname = words.length >= 2 && placeOnly(words[0]!) && !words.slice(1).some((t) => keptTermWord(t.lower) || placeNoun(t)) && !worldPlaces.has(words.map((t) => t.lower).join(' ')) && !places.has(words.map((t) => t.lower).join(' '));
  if (!firstBeforeSurname && words.some((t) => keptTermWord(t.lower))) return false;
  // (Nor a disease, a language, a home, a cemetery, a firm or an estate's paper: "I have Alzheimer, with a z?", "Jag har
  // Solbacken, med ett c?", "I have Advokatfirman Lind, with a d?"; review 81.)
  if (words.some((t) => notReadBackAsName(t))) return false;
  return k > i && WRITTEN_AS.test(tokens.slice(k, k + 4).map((t) => t.lower).join(' ').replace(/ ,/gu, ','));
}
/** The words of an agent's greeting between the agency and the name: "Försäkringskassan, this is June", "…, du pratar med Maj". */
const GREETING_WORDS = new Set(['this', 'is', "it's", 'you', "you're", 'are', 'speaking', 'with', 'my', 'name', 'du', 'pratar', 'talar', 'med', 'det', 'är', 'jag', 'heter']);
/**
 * "Försäkringskassan, this is June.", "Pensionsmyndigheten, du pratar med Maj.": the word that ends an agent's greeting is the
 * agent's name, a month or an ordinary word too (round 34).
 */
function agentNamed(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  const next = tokens[i + 1];
  // ("…, du pratar med Maj, vad gäller det?": or a comma before the agent's question, round 50.)
  if (!t.capitalised || t.sentenceStart || !(next === undefined || next.text === ',' || SENTENCE_END_MARKS.has(next.text) || AFTER_NAME.has(next.lower))) return false;
  let k = i - 1;
  while (k >= 0 && GREETING_WORDS.has(tokens[k]!.lower)) k--;
  if (k === i - 1 || tokens[k]?.text !== ',') return false;
  const agency = tokens.slice(0, k).filter((w) => w.kind === 'word');
  return agency.length > 0 && agency.length <= 3 && agency.some((w) => AGENCIES.has(w.lower) || w.lower === 'agency');
}

/** Surname endings (Polish, Czech, Slavic, Romanian, Turkish, Greek, Icelandic) no Swedish or English word has. */
const FOREIGN_SURNAME = rememberedTest(/\p{L}{2,}(?:ński|ńska|wski|wska|cki|cka|dzki|dzka|wicz|owicz|ović|ovič|ević|ić|enko|escu|oğlu|oglu|poulos|opoulou|dóttir|ová)$/u);

/** "Maeve's", "Filippas", "Gunnels": the genitive of a first name the lists know (not a place or an ordinary word). */
function firstNameOwning(t: Token): boolean {
  if (!t.capitalised || !t.lower.endsWith('s')) return false;
  const base = /['’]s$/u.test(t.lower) ? t.lower.slice(0, -2) : t.lower.slice(0, -1);
  const { names, places, stopWords } = lexicon();
  return ((names.get(base) ?? 0) & NameFlag.first) !== 0 && !places.has(base) && !stopWords.has(base);
}
/** Words that make the capitalised word before them a firm's name: "Ahmads Pizzeria", "Lindqvists Bygg". */
const BUSINESS_WORDS = new Set([
  'pizzeria', 'restaurang', 'café', 'kafé', 'konditori', 'bageri', 'kiosk', 'livs', 'bygg', 'städ', 'måleri', 'åkeri', 'frisör',
  'frisersalong', 'salong', 'bilverkstad', 'verkstad', 'bilservice', 'rör', 'vvs', 'el', 'taxi', 'transport', 'handel', 'konsult',
  'redovisning', 'ab', 'hb', 'kb', 'ltd', 'inc', 'restaurant', 'bakery', 'garage', 'plumbing', 'builders', 'services', 'limited',
  'consulting', 'consultants', 'cleaning', 'solutions', 'trading', 'fastigheter', 'städservice', 'värme', 'plåt', 'snickeri',
  'solicitors', 'lawyers', 'accountants', 'associates', 'partners', 'design', 'advokatbyrå',
]);
/**
 * Sole traders' trades that name the one who runs them, never a kept firm: "Pryce Joinery" in the caller's own firm, "Filippas
 * Hår" (round 89; not in `BUSINESS_WORDS`, so "that's the business, Rees Joinery" stays a name as before).
 */
const SOLE_TRADES = new Set(['joinery', 'carpentry', 'roofing', 'landscaping', 'decorating', 'hår', 'blommor']);
const isSoleTrade = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.capitalised && SOLE_TRADES.has(t.lower);
/** Trades that end a firm's compound name: "Begravningsbyrå", "Bokföring", "Trädgård", "Bilverkstad". */
const BUSINESS_ENDING = rememberedTest(/(?:byrå|byrån|firma|bolag|service|verkstad|bygg|städ|måleri|åkeri|trädgård|bokföring|redovisning|konsult|frisör|fastigheter|slageri|snickeri|slakteri|bageri|tryckeri)$/);
export const isBusinessWord = (t: Token | undefined): boolean => !!t && t.kind === 'word' && t.capitalised && (BUSINESS_WORDS.has(t.lower) || BUSINESS_ENDING.test(t.lower));

/** Street words after a name that make it a street's: "Queen Street", "Drottning Kristinas väg". */
const EN_STREET_AFTER = new Set(['street', 'road', 'avenue', 'lane', 'drive', 'close', 'crescent', 'terrace', 'gardens', 'grove', 'square', 'boulevard', 'parade']);
const SV_STREET_AFTER = new Set(['väg', 'vägen', 'gata', 'gatan', 'gränd', 'allé', 'torg', 'torget']);
/** Verbs of moving or living somewhere: "moved to Florida", "bor i Georgia". */
const LIVING = new Set(['moved', 'move', 'moving', 'live', 'lives', 'lived', 'living', 'flyttade', 'flyttar', 'flytta', 'bor', 'bodde']);
const PLACE_PREPOSITIONS_ALL = new Set(['i', 'in', 'till', 'to', 'från', 'from', 'near', 'nära']);
/** US states a name list may also hold ("Florida", "Georgia", "Virginia", "Carolina"). */
const US_STATE_NAMES = new Set(['florida', 'georgia', 'virginia', 'carolina', 'montana', 'indiana', 'nevada', 'arizona', 'texas', 'california', 'dakota', 'alabama', 'louisiana']);

/** "som blomman", "like the flower", "as in the tree": what explains the word before as an ordinary one. */
function explainedAsWord(tokens: readonly Token[], i: number): boolean {
  let k = i + 1;
  if (tokens[k]?.text === ',') k++;
  const w = tokens[k]?.lower;
  if (w === 'som') {
    if (tokens[k + 1]?.lower === 'i') k++;
    const noun = tokens[k + 1];
    if (!noun || noun.kind !== 'word' || noun.capitalised || !THING.test(noun.lower) || DEFINITE_RELATIONS.has(noun.lower)) return false;
  } else if ((w === 'like' || w === 'as') && (tokens[k - 1]?.text === ',' || tokens[k + 1]?.lower === 'in')) {
    if (tokens[k + 1]?.lower === 'in') k++;
    if (tokens[k + 1]?.lower === 'the' || tokens[k + 1]?.lower === 'a') k++;
    const noun = tokens[k + 1];
    if (!noun || noun.kind !== 'word' || noun.capitalised || RELATIONS.has(noun.lower) || noun.lower === 'in') return false;
  } else return false;
  // The token after the noun (at k + 1).
  const after = tokens[k + 2];
  return !after || after.kind === 'punct' || EXPLANATION_TAIL.has(after.lower) || after.lower === 'you';
}
const EXPLANATION_TAIL = new Set(['fast', 'men', 'alltså', 'med', 'but', 'with', 'only', 'just', 'i', 'in']);

/** "vi heter", "we are called": a firm or a household speaks. */
const WE = new Set(['vi', 'we', "we're"]);
/** "en björn", "a rose": articles before a noun. */
const NOUN_ARTICLES = new Set(['en', 'ett', 'a', 'an', 'the']);
/** "Bill was my husband", "June is my daughter": the verb that names a relation in English. */
const IS_EN = new Set(['was', 'is', "'s"]);

/** "alltså", "that's", "I mean": words between a name, its comma and the relation named after it. */
const ASIDE_BEFORE_RELATION: readonly (readonly string[])[] = [['alltså'], ['dvs'], ['det', 'är'], ["that's"], ['that', 'is'], ['i', 'mean']];
/** A benefit's name: "förtidspension", "sjukersättning", "bostadstillägg", "barnbidrag". */
const BENEFIT_WORD = /^\p{L}{2,}(?:pension|ersättning|tillägg|bidrag|stöd)$/u;
/** "heter min dotter", "hette hennes man", "heter jag", "was my husband": the word before is what someone is called. */
function namesRelationAfter(tokens: Token[], i: number): boolean {
  // "inte Mark min granne", "Mark, my neighbour": a capitalised word mid-sentence, then whose relation it is.
  const comma = tokens[i + 1]?.text === ',' ? 1 : 0;
  if (!tokens[i]!.sentenceStart && POSSESSIVES.has(tokens[i + 1 + comma]?.lower ?? '') && RELATIONS.has(tokens[i + 2 + comma]?.lower ?? '') && tokens[i + 3 + comma]?.kind !== 'word') return true;
  // "Dag, alltså min granne, …", "Hope, that's my daughter, …": the relation said as an aside after a comma, at a
  // sentence's start too (round 29).
  // (At a sentence's start only a known first name: "Hej, det är min dotter", "Right, that's my son" are no names.)
  const firstNameOrMid = !tokens[i]!.sentenceStart || ((lexicon().names.get(tokens[i]!.lower) ?? 0) & NameFlag.first) !== 0;
  const aside = comma && firstNameOrMid ? ASIDE_BEFORE_RELATION.find((words) => words.every((w, k) => tokens[i + 2 + k]?.lower === w)) : undefined;
  if (aside && POSSESSIVES.has(tokens[i + 2 + aside.length]?.lower ?? '') && RELATIONS.has(tokens[i + 3 + aside.length]?.lower ?? '') && tokens[i + 4 + aside.length]?.kind !== 'word') return true;
  const verb = tokens[i + 1]?.lower;
  if (IS_EN.has(verb ?? '')) return POSSESSIVES.has(tokens[i + 2]?.lower ?? '') && RELATIONS.has(tokens[i + 3]?.lower ?? '') && !tokens[i + 3]!.capitalised && (tokens[i]!.sentenceStart || tokens[i - 1]?.kind === 'punct');
  if (verb !== 'heter' && verb !== 'hette') return false;
  const a = tokens[i + 2]?.lower ?? '';
  // ("Berg heter vi": the family's name.)
  if (a === 'jag' || a === 'hon' || a === 'han' || a === 'vi') return true;
  return POSSESSIVES.has(a) && (RELATIONS.has(tokens[i + 3]?.lower ?? '') || DEFINITE_RELATIONS.has(tokens[i + 3]?.lower ?? ''));
}

/** "Per Berg", "Will Turner": two capitalised known names in a row, a first name then a surname. */
function pairsWithName(tokens: Token[], i: number, flagsOf: (t: Token) => number): boolean {
  const next = tokens[i + 1];
  if (!next || next.kind !== 'word' || !next.capitalised || next.sentenceStart) return false;
  // "The Danish one", "The Polish card": a nationality before a noun is no surname.
  if (nationalityBeforeNoun(tokens, i + 1)) return false;
  const a = flagsOf(tokens[i]!);
  const b = flagsOf(next);
  // ("The Migration Agency": an article is no first name, though lists have "The".)
  if ((a & NameFlag.first) === 0 || POSSESSIVES.has(tokens[i]!.lower) || ARTICLES.has(tokens[i]!.lower)) return false;
  if ((b & NameFlag.surname) !== 0) return true;
  // "Mark Kimani", "Joy Okafor": a first name, then a capitalised word no list has (a surname from abroad).
  const { stopWords, places, notNames } = lexicon();
  const unlisted = b === 0 && next.text.length >= 3 && /^\p{Lu}\p{Ll}+$/u.test(next.text);
  const ordinary = stopWords.has(next.lower) || places.has(next.lower) || notNames.has(next.lower) || NOT_NAMES.has(next.lower);
  // (Not "the Grace Chapel", nor a firm: "Joy Cleaning", "Lindén & Holm".)
  const firm = isBusinessWord(next) || isBusinessWord(tokens[i + 2]) || tokens[i + 2]?.text === '&';
  return unlisted && !ordinary && !firm && !ARTICLES.has(tokens[i - 1]?.lower ?? '');
}

const PRONOUNS = new Set(['he', 'she', 'it', 'we', 'they', 'you', 'han', 'hon', 'hen', 'den', 'det', 'vi', 'de', 'dom', 'ni', 'du']);
/** "Karin här", "Gösta Holm här", "Mohammed heter jag". */
/** Words a month follows only as a time ("i Juni Hedlund ringde" is June, then a name; not "till", "by": "till Juni", "signed by May" are people). */
export const MONTH_LEADS = new Set(['i', 'in', 'since', 'during', 'each', 'every', 'varje', 'last', 'next', 'förra', 'nästa', 'early', 'late', 'mid']);
/** Who bears the name before "heter": "jag", "han", or a relation ("min man", "mitt barnbarn"). */
const bearerAfter = (tokens: Token[], k: number): boolean =>
  ['jag', 'vi', 'han', 'hon', 'hen'].includes(tokens[k]?.lower ?? '') || (['min', 'mitt', 'mina'].includes(tokens[k]?.lower ?? '') && RELATIONS.has(tokens[k + 1]?.lower ?? ''));
const NOT_BEFORE_HETER = new Set(['vad', 'vem', 'hur', 'varför', 'därför', 'vilket', 'vilken', 'vilka', 'idag', 'annars', 'sen', 'sedan', 'också', 'inte', 'det', 'den', 'så', 'då', 'nu', 'här', 'där', 'han', 'hon', 'hen', 'jag', 'vi', 'och', 'men', 'ja', 'nej']);
const APPOSITION = /^(?:that's my|it's my|that is my|det är min|det är mitt|det är mina)(?:\s|$)/u;
const TELLING = new Set(['told', 'asked', 'tell', 'ask', 'bad', 'sa']);
function followedByNameCue(tokens: Token[], i: number, flagsOf: (t: Token) => number): boolean {
  // ("He said", "Hon sa": a pronoun before a verb of saying, though lists have "He" and "Hon" as names.)
  if (PRONOUNS.has(tokens[i]!.lower)) return false;
  let j = i + 1;
  while (tokens[j]?.kind === 'word' && tokens[j]!.capitalised && flagsOf(tokens[j]!) !== 0 && j < i + 3) j++;
  const after = tokens[j];
  if (!after) return false;
  // "Dag heter han", "Birger heter min pappa"; "Sten, that's my husband", "Sten, det är min man"; "I told Chase to call you".
  const named = after.lower === 'heter' && bearerAfter(tokens, j + 1);
  const apposed = after.text === ',' && j === i + 1 && !lexicon().places.has(tokens[i]!.lower) && APPOSITION.test(tokens.slice(j + 1, j + 4).map((t) => t.lower).join(' ')) && tokens.slice(j + 3, j + 7).some((t) => RELATIONS.has(t.lower));
  const told = TELLING.has(tokens[i - 1]?.lower ?? '') && after.lower === 'to' && j === i + 1;
  // "Ebba är född 4 juni 2023", "Lily was born in May", "Maja fyller tre": a first name someone is born or turns an age under
  // (round 37; "Idén föddes" is a thing's, and no first name).
  // (An age after "fyller", "turns": "Sol fyller hela köket", "Grace turns up" are no one's.)
  const born = (flagsOf(tokens[i]!) & NameFlag.first) !== 0 && isBornOrTurning(tokens, j);
  // ("Ville, sluta!", "Signe, inte katten på bordet!", "Ollie, stop that!": a child called to, at a sentence's start, and told
  // off in an exclamation; round 89.)
  // (Review of round 89: no oath or endearment, "Heaven, no!", "Honey, don't!", "Fan, inte nu!", nor a reply's word.)
  const toChild = j === i + 1 && tokens[i]!.sentenceStart && (flagsOf(tokens[i]!) & NameFlag.first) !== 0 ? calledToAsAChild(tokens, i) : undefined;
  const called = !!toChild?.toldOff && !toChild.interjection;
  return AFTER_NAME.has(after.lower) || named || apposed || told || born || called || (SAYING.has(after.lower) && j === i + 1);
}
/** The sentence of token `k` ends in "!". */
function exclaimed(tokens: readonly Token[], k: number): boolean {
  for (let m = k; m < tokens.length; m++) {
    if (tokens[m]!.text === '!') return true;
    if (SENTENCE_END_MARKS.has(tokens[m]!.text)) return false;
  }
  return false;
}

/** Verbs a person does, after a name at a sentence's start (not "är", "var": "Mina är borta" may be "mine are gone"). */
const PERSON_VERBS_AFTER = new Set([
  'har', 'hade', 'ringer', 'ringde', 'hjälper', 'hjälpte', 'kommer', 'kom', 'sa', 'säger', 'bor', 'bodde', 'fick', 'får', 'skriver',
  'skrev', 'vill', 'ville', 'tycker', 'tror', 'vet', 'jobbar', 'jobbade', 'heter', 'hette', 'blev', 'fyller', 'fyllde', 'dog', 'ska', 'skulle',
]);
const PERSON_VERBS_AFTER_EN = new Set(['has', 'had', 'said', 'says', 'lives', 'lived', 'called', 'rang', 'wants', 'wanted', 'gets', 'got', 'died', 'moved', 'helps', 'helped']);
// (English "I" only as written, capitalised: "i" is Swedish "in" — "Mina bor i Sala", round 64's review.)
const SUBJECT_PRONOUNS = new Set(['jag', 'du', 'vi', 'ni', 'han', 'hon', 'hen', 'de', 'dom', 'man', 'det', 'you', 'we', 'they', 'he', 'she', 'it']);
const subjectPronoun = (t: Token | undefined) => t !== undefined && (SUBJECT_PRONOUNS.has(t.lower) || t.text === 'I');
/** What asks back a word just said: "…, sa du?", "…, right?", "…, stämmer det?". */
const ASKING_BACK = new Set(['sa du', 'sade du', 'va', 'eller', 'stämmer det', 'right', 'did you say', 'was it', 'is that right', 'correct']);
const askedBack = (tokens: readonly Token[], k: number): boolean => {
  const words = tokens.slice(k, k + 4);
  const end = words.findIndex((t) => t.text === '?');
  return end > 0 && ASKING_BACK.has(words.slice(0, end).map((t) => t.lower).join(' '));
};
const DIED = new Set(['died', 'dog', 'avled', 'passed']);
/** "… är född", "… was born", "… föddes", "… fyller 80", "… turns five" from token `j`: said of a person. */
function isBornOrTurning(tokens: readonly Token[], j: number): boolean {
  const after = tokens[j];
  if (!after) return false;
  const countAt = (k: number) => tokens[k]?.kind === 'digits' || numberWordAtoms(tokens[k]?.lower ?? '') !== undefined;
  const ageNext = countAt(j + 1);
  // ("June is turning five", "Juni har fyllt fem", "August died", "Maj dog i mars": said of a person too, round 40.)
  const turningNext = ['is', 'has', 'har', 'ska', 'will'].includes(after.lower) && ['turning', 'turned', 'fyllt', 'fylla', 'turn'].includes(tokens[j + 1]?.lower ?? '') && countAt(j + 2);
  // ("Maj blir nittio i höst": an age, a count under 120 with no unit; "Juni blir 12 000" is a payment.)
  const ageValue = tokens[j + 1]?.kind === 'digits' ? Number(tokens[j + 1]!.text) : (numberWordAtoms(tokens[j + 1]?.lower ?? '') ?? []).reduce((a, b) => a + Math.max(b, 0), 0);
  const becomesAge = ['blir', 'blev'].includes(after.lower) && ageNext && ageValue > 0 && ageValue < 120 && tokens[j + 2]?.kind !== 'digits' && !/^(?:kr|kronor|procent|tusen)$/u.test(tokens[j + 2]?.lower ?? '');
  return (BORN_VERBS.has(after.lower) && ageNext) || becomesAge || turningNext || DIED.has(after.lower) || (['är', 'var', 'is', 'was'].includes(after.lower) && ['född', 'born'].includes(tokens[j + 1]?.lower ?? '')) || after.lower === 'föddes';
}

/**
 * "Lisbeth, L-I-S-B-E-T-H, Vall", "Dragan, D-R-A-G-A-N, Petrović": a capitalised word right after a
 * spelled name is the rest of the name, whatever else the word is.
 */
export function findNameAfterSpelling(tokens: Token[], spelledEnds: readonly number[]): Candidate[] {
  const found: Candidate[] = [];
  for (const end of spelledEnds) {
    let j = tokens.findIndex((t) => t.start >= end);
    if (j < 0) continue;
    if (tokens[j]!.text === ',') j++;
    const t = tokens[j];
    // ("O-K-A-F-O-R, Nigerian originally": a nationality after the spelling says where from, round 37; "O S E I, I've been":
    // the English "I", round 48.)
    if (t?.kind === 'word' && t.capitalised && !t.sentenceStart && !/^i(?:['’]\p{L}+)?$/u.test(t.lower) && !NOT_NAMES.has(t.lower) && !lexicon().notNames.has(t.lower) && !ORGANISATION.test(t.lower) && !NATIONALITIES.has(t.lower) && !whisperWriting(tokens, t)) {
      found.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
    }
  }
  return found;
}

/** Six figures or more from k on, read across dashes, slashes and spaces: a personal, phone or case number's length (review 78). */
function identifierLengthAt(tokens: Token[], k: number): boolean {
  let figures = 0;
  for (let j = k; tokens[j]?.kind === 'digits' || (['-', '/', '+'].includes(tokens[j]?.text ?? '') && tokens[j + 1]?.kind === 'digits'); j++) if (tokens[j]!.kind === 'digits') figures += tokens[j]!.text.length;
  return figures >= 6;
}
/** What an answer to "Vad heter du?" may begin with before the name. */
const NAME_ANSWER_LEAD = new Set([
  'ja', 'jo', 'eh', 'öh', 'ehm', 'öhm', 'hm', 'mm', 'alltså', 'okej', 'det', 'är', 'jag', 'heter', 'hon', 'han', 'du', 'pratar', 'med',
  'yes', 'yeah', 'uh', 'um', 'erm', 'okay', 'ok', 'sure', 'it', "it's", 'is', 'my', 'name', "name's", "i'm", 'i', 'am', 'this', 'you', 'speaking', 'with',
]);

/**
 * The answer to a question for a name ("Vad heter du?" / "Maj Lind."): the capitalised words it
 * begins with are the name, ordinary words too ("Berg.", "Will Brown."). One capitalised word
 * that is no known name counts only when it is the whole answer with another ("Oluwaseun Adeyemi."),
 * so "Förlåt?" stays.
 */
export function findNameAnswer(tokens: Token[]): Candidate[] {
  const { names } = lexicon();
  let first = 0;
  // ("Dr. Hale": the title before the name is no part of it.)
  // ("He says Serhii Moroz": an interpreter's frame before the name relayed; round 92.)
  while (first < tokens.length && first < 6 && (tokens[first]!.kind === 'punct' || NAME_ANSWER_LEAD.has(tokens[first]!.lower) || TITLES.has(tokens[first]!.lower) || relayFrameHolds(tokens, first))) first++;
  let last = first - 1;
  for (let j = first; j < tokens.length && j < first + 4; j++) {
    const t = tokens[j]!;
    if (t.kind !== 'word') break;
    if (PARTICLES.has(t.lower) && j > first && particlesLeadToName(tokens, j)) continue;
    if (!t.capitalised) break;
    last = j;
  }
  if (last < first) return [];
  const words = tokens.slice(first, last + 1).filter((t) => t.capitalised);
  const known = words.some((t) => names.has(t.lower));
  // ("Your name and number?" "Nkechi Adeyemi, 890906-2427.": the name, then after a comma the number asked with it; round 78.)
  // (Only an identifier's length after it, and no agency, benefit, place or street among the words: not "Social Services, 4411.",
  // "Försäkringskassan Borås, 2026-1234.", "Housing Benefit, 45 of them.", "Storgatan Norra, 12."; review 78.)
  const thenNumber = tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'digits' && identifierLengthAt(tokens, last + 2) && !words.some((t) => keptTermWord(t.lower) || ORGANISATION.test(t.lower) || isStreetWord(t.lower));
  const whole = words.length >= 2 && (thenNumber || tokens.slice(last + 1).every((t) => t.kind === 'punct'));
  // "And you are?" "Gulsen. His daughter-in-law.": a word that is the whole first sentence of the answer.
  const sentence = words.length === 1 && first === last && (tokens[last + 1]?.text === '.' || tokens[last + 1]?.text === '!') && !NOT_A_NAME.test(tokens[first]!.lower) && !GREETINGS.has(tokens[first]!.lower) && !lexicon().stopWords.has(tokens[first]!.lower) && !lexicon().places.has(tokens[first]!.lower);
  if (!known && !whole && !sentence) return [];
  return [{ type: 'name', start: tokens[first]!.start, end: tokens[last]!.end, confidence: Confidence.cued }];
}

/** Words of place: the capitalised word after one is a place ("in Chiang Mai", "bor i Lind"). */
export const PLACE_WORDS: ReadonlySet<string> = new Set(['i', 'in', 'från', 'ifrån', 'from', 'utanför', 'outside', 'near', 'nära', 'till', 'to']);
/** Words English writes with a capital that are no name's part: "Anna Monday" is not a surname. */
const EN_CAPITALISED_WORDS = new Set([
  'january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december',
  'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'i', "i'm", "i've", "i'll", "i'd",
]);

/**
 * "Nej det är inte Berg, det är Bergh", "No, not Smith, Smyth", "Bergh, inte Berg": the form of a name said to be wrong is
 * the name misheard or misspelt, a name all the same (privacy fails closed, round 44).
 */
/** Endings of ordinary words the name lists do not hold: Swedish definite nouns ("Ambulansen", "Brevet", "Doktorn"), English nouns and adverbs ("Insurance", "Hospital", "Actually"). */
const ORDINARY_SHAPE = /(?:[^aeiouyåäöé]en|et|rna|orn|arn|ance|ence|tion|ment|ness|ing|ly|al)$/u;
/** Interjections and adverbs a sentence begins with and breaks off after: "Tyvärr…", "Okej…", "Hej…". */
const BROKEN_OFF_WORDS = new Set(['tyvärr', 'okej', 'ok', 'okay', 'hej', 'hejsan', 'säg', 'visst', 'hemma', 'absolut', 'precis', 'jaha', 'jo', 'oj', 'alltså', 'actually', 'hello', 'hi', 'well', 'sorry', 'right', 'so', 'home']);
export function namesDenied(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const taken = (t: Token) => overlapsAny(found, t);
  // (A form of the same name, heard or spelt another way: "Berg" for "Bergh", "Thomson" for "Thompson"; not another word
  // denied beside a name, "inte Pensionsmyndigheten, det är Per", "not Monday, it's Mona", "inte Malmö, det är Maja". A
  // place may be the name misheard: "inte Lund, det är Lundh".)
  const deniedAt = (k: number, name: string) => {
    const t = tokens[k];
    const sameName = t !== undefined && t.lower[0] === name[0] && distance(t.lower, name) <= 2 && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower) && !isOrganisationWord(t.lower);
    if (t?.kind === 'word' && t.capitalised && sameName && !taken(t) && /^\p{Lu}\p{Ll}+$/u.test(t.text)) extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  };
  for (const c of found) {
    if (c.type !== 'name') continue;
    const first = tokens.findIndex((t) => t.start === c.start);
    const last = tokens.findIndex((t) => t.end === c.end);
    // Before it: "inte Berg, det är Bergh", "not Smith, Smyth", "not Lilly but Lily".
    let k = first - 1;
    while (k >= 0 && CORRECTION_LEADS.has(tokens[k]!.lower)) k--;
    if (k >= 1 && (tokens[k]!.text === ',' || tokens[k + 1]?.lower === 'but' || tokens[k + 1]?.lower === 'utan')) {
      const at = tokens[k]!.text === ',' ? k - 1 : k;
      if (NEGATIONS.has(tokens[at - 1]?.lower ?? '')) deniedAt(at, tokens[first]!.lower);
    }
    // After it: "Bergh, inte Berg", "Smyth, not Smith".
    if (last >= 0 && tokens[last + 1]?.text === ',' && NEGATIONS.has(tokens[last + 2]?.lower ?? '')) deniedAt(last + 3, tokens[last]!.lower);
    // Broken off before it: "Borås... eh, Borén", a form of the same name after a pause; "Grynet... nej, Gunvor Asp", the
    // first word of the sentence taken back for a name (round 68).
    let p = first - 1;
    let takenBack = false;
    const pausing = (t: Token | undefined) => t !== undefined && (t.kind === 'punct' || HESITATIONS.has(t.lower) || TAKING_BACK.has(t.lower));
    for (; p >= first - 6 && pausing(tokens[p]); p--) takenBack ||= TAKING_BACK.has(tokens[p]?.lower ?? '');
    const broken = tokens[p];
    if (!broken || p >= first - 1 || !(tokens[p + 1]?.text === '…' || ellipsisDotAt(tokens, p + 1))) continue;
    const opens = broken.sentenceStart || ['ja', 'yes'].includes(tokens[p - 1]?.lower ?? '');
    const { stopWords, places, names } = lexicon();
    // (A word the name lists know, or one they do not that is not shaped as an ordinary word: "Ambulansen… nej, Karin",
    // "Insurance… no, Tom", "Okej… nej" are ordinary words; an unknown nickname, "Vårdis… nej, …", is still taken; round 68's review.)
    const nameShaped = (names.get(broken.lower) ?? 0) !== 0 || (!ORDINARY_SHAPE.test(broken.lower) && !BROKEN_OFF_WORDS.has(broken.lower));
    if (takenBack && opens && broken.kind === 'word' && nameShaped && /^\p{Lu}\p{Ll}+$/u.test(broken.text) && !stopWords.has(broken.lower) && !places.has(broken.lower) && !MONTHS.has(broken.lower) && !WEEKDAYS.has(broken.lower) && !isOrganisationWord(broken.lower) && !taken(broken)) {
      extra.push({ type: 'name', start: broken.start, end: broken.end, confidence: Confidence.cued });
    } else deniedAt(p, tokens[first]?.lower ?? '');
  }
  return extra;
}

/** Quotation marks around a word as Whisper or a caller renders it. */
const QUOTES = new Set(['"', '“', '”', '„']);
/** Verbs that say how a name was written or heard: Whisper "skriver \"kell\"", people "hear \"wood check\"". */
const RENDERING_VERBS = new Set(['skriver', 'skrev', 'skriva', 'skrivit', 'hör', 'hörde', 'höra', 'hört', 'writes', 'wrote', 'write', 'written', 'hear', 'hears', 'heard', 'types', 'typed', 'spells', 'spelt', 'spelled']);
/**
 * A name misheard, in quotes (round 77): "Kjell, inte \"kell\"", "Declan, not \"deckland\"", "Whisper skriver \"var så mej\"",
 * "… \"terese\" eller \"tjära se\"". A quoted rendering denied right after a name or an address, or written or heard so in a
 * sentence that names one, is that name or address misheard (privacy fails closed; a comparison, "like \"beard\" with an a",
 * has neither lead).
 */
export function namesMisheardQuoted(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    if (!QUOTES.has(tokens[i]!.text)) continue;
    let j = i + 1;
    while (j < tokens.length && j <= i + 4 && tokens[j]!.kind === 'word') j++;
    if (j === i + 1 || j > i + 4 || !QUOTES.has(tokens[j]?.text ?? '')) continue;
    let lead = i - 1;
    while (lead >= 0 && tokens[lead]!.text === ',') lead--;
    const leadWord = tokens[lead]?.lower ?? '';
    // (The name or address it stands for: the nearest before it in its sentence, within a few words.)
    const startOfSentence = sentenceStartOf(tokens, i);
    const before = [...found, ...extra]
      .filter((c) => (c.type === 'name' || c.type === 'address') && c.end <= tokens[i]!.start && c.start >= tokens[startOfSentence]!.start)
      .sort((a, b) => b.end - a.end)[0];
    if (before === undefined) continue;
    const gap = tokens.filter((t) => t.start >= before.end && t.end <= tokens[i]!.start).length;
    // (A decision's or a certificate's words quoted, "Eva skrev \"avslag\"", "urgent, not \"important\"": the rendering
    // must be Whisper's or people's, denied right after the name, or sound as the name begins; review 77.)
    const like = resemblesName(tokens, i + 1, before);
    let quoteBefore = lead - 1;
    while (quoteBefore >= 0 && tokens[quoteBefore]!.text === ',') quoteBefore--;
    // (Nor one denied after a quoted word kept, "wrote \"rejected\" not \"approved\"": that word is what it corrects.)
    const correctsQuote = QUOTES.has(tokens[quoteBefore]?.text ?? '') && !extra.some((c) => c.end === tokens[quoteBefore - 1]?.end);
    const denied = NEGATIONS.has(leadWord) && gap <= 8 && (gap <= 4 || like) && !correctsQuote;
    const byRenderer = RENDERERS.has(tokens[lead - 1]?.lower ?? '') || RENDERERS.has(tokens[lead - 2]?.lower ?? '');
    const rendered = (RENDERING_VERBS.has(leadWord) && (byRenderer || like)) || ((leadWord === 'eller' || leadWord === 'or') && QUOTES.has(tokens[lead - 1]?.text ?? '') && extra.some((c) => c.end === tokens[lead - 2]?.end));
    if (!denied && !rendered) continue;
    extra.push({ type: denied ? before.type : 'name', start: tokens[i + 1]!.start, end: tokens[j - 1]!.end, confidence: Confidence.cued });
    i = j;
  }
  return extra;
}

/** Who renders a name wrong: the recogniser, people, "it", "they" ("Whisper skriver", "people hear", "folk hör", "it writes"). */
const RENDERERS = new Set(['whisper', 'people', 'folk', 'man', 'de', 'they', 'it', 'det', 'den', 'alla', 'everyone', 'everybody', 'andra', 'others']);
/** First letters that sound alike where Whisper mishears: "Göran"/"jordan", "Kjell"/"chell", "Wendy"/"vendy", "Åberg"/"overk". */
const SOUND_OF_LETTER: Record<string, string> = { c: 'k', q: 'k', g: 'j', z: 's', w: 'v', å: 'o', ä: 'e' };
const soundOf = (word: string): string => {
  const first = foldMarks(word.toLowerCase())[0] ?? '';
  return SOUND_OF_LETTER[first] ?? first;
};
/** The quoted word at `k` begins as a word of the name or address found before it does. */
function resemblesName(tokens: readonly Token[], k: number, name: Candidate): boolean {
  const sound = soundOf(tokens[k]!.text);
  return tokens.some((t) => t.kind === 'word' && t.start >= name.start && t.end <= name.end && soundOf(t.text) === sound);
}

/** The words that compare a piece of a name to a word: "Ash as in ash tree", "gold, like gold", "kvarn som i kvarn". */
function comparedAt(tokens: readonly Token[], k: number): boolean {
  const lead = tokens[k - 1]?.lower ?? '';
  return lead === 'like' || lead === 'som' || (lead === 'i' && tokens[k - 2]?.lower === 'som') || (lead === 'in' && tokens[k - 2]?.lower === 'as');
}
/**
 * A compound name said in its two pieces (round 77): "Ashworth, Ash as in ash tree and worth", "Kvarnström, kvarn som i kvarn
 * och ström", "Lennart Ek dahl, Ekdahl i ett ord". Where both pieces of a name found stand near it, each piece is the name's
 * (not the word it is compared to).
 */
export function namePiecesSaid(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const taken = (t: Token) => overlapsAny(found, t) || overlapsAny(extra, t);
  for (const c of found) {
    if (c.type !== 'name') continue;
    for (const [n, o] of tokens.entries()) {
      if (o.start < c.start || o.end > c.end || o.kind !== 'word' || o.lower.length < 5 || o.lower.includes('-')) continue;
      const near = tokens.slice(Math.max(0, n - 14), n + 15).filter((t) => t !== o && t.kind === 'word' && t.lower !== o.lower && t.lower.length >= 2);
      const heads = near.filter((t) => o.lower.startsWith(t.lower));
      const tails = near.filter((t) => o.lower.endsWith(t.lower));
      if (!heads.some((h) => tails.some((t) => h.lower + t.lower === o.lower))) continue;
      for (const t of [...heads, ...tails]) {
        const k = tokens.indexOf(t);
        const whole = heads.some((h) => tails.some((x) => h.lower + x.lower === o.lower && (h === t || x === t)));
        if (whole && !taken(t) && !comparedAt(tokens, k)) extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
      }
    }
  }
  return extra;
}

/**
 * What stands around a name and is the same person's (round 45): the first name before a particle ("Ulrika von Essen" with
 * "Essen" found), a particle joined by a hyphen after it ("Fatima al-Sayed"), the other names of a list it is in ("Aoife,
 * Cian and Niamh", "Dafydd, Rhodri och Gethin"). Privacy fails closed.
 */
export function namesAround(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const { stopWords, places, notNames, worldPlaces } = lexicon();
  const taken = (t: Token) => overlapsAny(found, t) || overlapsAny(extra, t);
  // (A word a person may bear: capitalised, and no function word, place, month, organisation or firm.)
  const personWord = (t: Token | undefined): t is Token =>
    t?.kind === 'word' && t.capitalised && /^\p{Lu}[\p{Ll}'’-]+$/u.test(t.text) && !stopWords.has(t.lower) && !places.has(t.lower) && !notNames.has(t.lower) && !MONTHS.has(t.lower) && !isOrganisationWord(t.lower) && !isBusinessWord(t);
  for (const c of found) {
    if (c.type !== 'name') continue;
    const first = tokens.findIndex((t) => t.start === c.start);
    const last = tokens.findIndex((t) => t.end === c.end);
    if (first < 0 || last < 0) continue;
    let j = first - 1;
    while (j >= 0 && !tokens[j]!.capitalised && PARTICLES.has(tokens[j]!.lower)) j--;
    // (Before a particle a town's name is a first name too: "Ulrika von Essen".)
    const before = tokens[j];
    if (j < first - 1 && before?.kind === 'word' && before.capitalised && !stopWords.has(before.lower) && !isOrganisationWord(before.lower) && !taken(before)) extra.push({ type: 'name', start: tokens[j]!.start, end: tokens[first - 1]!.end, confidence: Confidence.cued });
    const next = tokens[last + 1];
    if (next?.kind === 'word' && next.start === c.end + 1 && HYPHENED_PARTICLE.test(next.text)) extra.push({ type: 'name', start: next.start, end: next.end, confidence: Confidence.cued });
    // A list: the name's neighbours over a comma, "och"/"and" or "&", each one capitalised word, with "och"/"and" in it
    // (not an address's parts, "Leeds, LS1"; not a disease or a shop, "Crohn's and Bell's palsy", "Sainsbury's").
    const members: Token[] = [];
    let joined = false;
    for (const step of [-1, 1]) {
      for (let k = step < 0 ? first : last; ; ) {
        const joint = tokens[k + step];
        if (!joint || !(joint.text === ',' || LIST_JOINTS.has(joint.lower))) break;
        const at = k + 2 * step;
        const member = tokens[at];
        // (One word alone between the joints: "Aoife, Cian and Niamh", not "Cian and Niamh Murphy's house".)
        const beyond = tokens[at + step];
        const alone = !(beyond?.kind === 'word' && beyond.capitalised) && tokens[at + 1]?.kind !== 'digits';
        if (!personWord(member) || member.sentenceStart || !alone || /['’]s$/u.test(member.text) || /^I['’]/u.test(member.text) || worldPlaces.has(member.lower) || NATIONALITIES.has(member.lower) || isDiseaseEponym(tokens as Token[], at)) break;
        joined ||= LIST_JOINTS.has(joint.lower);
        members.push(member);
        k = at;
      }
    }
    if (joined) for (const member of members) if (!taken(member)) extra.push({ type: 'name', start: member.start, end: member.end, confidence: Confidence.cued });
  }
  return extra;
}
/**
 * "…Agency, Rich speaking.": English "speaking" closes an introduction as "here" does, where a comma opens the clause and the
 * word before it is no adverb of manner ("Generally speaking, …", "Strictly speaking, …" are not a person; Round 100: an agent
 * named by a word the lists lack was shown).
 */
function speakingClosesIntroduction(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.lower !== 'speaking') return false;
  const before = tokens[i - 1];
  if (before?.kind !== 'word' || (before.lower.endsWith('ly') && !lexicon().names.has(before.lower))) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.kind === 'word' && tokens[j]!.capitalised && i - j <= 4) j--;
  return tokens[j]?.text === ',';
}
/**
 * "Hej Sara, Ulrika von Essen här.", "Hi, Tom Walsh here.": a speaker names themself with "här"/"here" closing the clause;
 * "Áilus farmor …", "Karen's pension …": a sentence that begins with a person's genitive before a relation or their pension
 * (round 45). Privacy fails closed. (Not a relation or a role by its word: "Förvaltaren här, …", "Sonen här, …"; round 92.)
 */
export function namesIntroduced(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const { stopWords, places, notNames, worldPlaces, names } = lexicon();
  const taken = (t: Token) => overlapsAny(found, t);
  for (let i = 1; i < tokens.length; i++) {
    const here = tokens[i]!;
    if ((here.lower === 'här' || here.lower === 'here' || speakingClosesIntroduction(tokens, i)) && (tokens[i + 1]?.kind ?? 'punct') === 'punct') {
      // The words before it back to the clause's start: capitalised ones and particles, one to four.
      let j = i - 1;
      while (j >= 0 && tokens[j]!.kind === 'word' && (tokens[j]!.capitalised || PARTICLES.has(tokens[j]!.lower)) && i - j <= 4) j--;
      const from = j + 1;
      const clauseStart = j < 0 || tokens[j]!.text === ',' || SENTENCE_END_MARKS.has(tokens[j]!.text);
      // ("She's Orlagh here": a pronoun before the name is no part of it, round 52's review.)
      const words = tokens.slice(PERSON_PRONOUNS.has(tokens[from]?.lower ?? '') ? from + 1 : from, i);
      if (words.length > 0 && clauseStart && words[0]!.capitalised && words.every((t) => !stopWords.has(t.lower) && !isOrganisationWord(t.lower) && !notNames.has(t.lower) && !CAPITALISED_ROLES.has(t.lower) && !DEFINITE_RELATIONS.has(t.lower) && !RELATIONS.has(t.lower)) && !words.some(taken)) {
        extra.push({ type: 'name', start: words[0]!.start, end: words.at(-1)!.end, confidence: Confidence.cued });
      }
    }
  }
  // (A person's: a known first name or surname, or a word none of the lists knows; not "Sveriges", "Mammas", "Kommunens".)
  const personWord = (lower: string, english: boolean): boolean => {
    const known = names.get(lower);
    // (Not a noun's definite form, "Kundens fru", "Barnets pappa": a name the lists do not know seldom ends so.)
    const unknownWord = known === undefined && (english || !/(?:en|et)$/u.test(lower)) && !stopWords.has(lower) && !NOT_NAMES.has(lower) && !places.has(lower) && !worldPlaces.has(lower) && !notNames.has(lower) && !RELATIONS.has(lower) && !MONTHS.has(lower) && !isOrganisationWord(lower);
    // (In English a listed name is one before "'s" even where Swedish has the word: "Karen's pension".)
    return (known !== undefined && (english || (known & NameFlag.common) === 0)) || unknownWord;
  };
  for (let i = 0; i < tokens.length - 1; i++) {
    const t = tokens[i]!;
    if (!t.capitalised || taken(t)) continue;
    const english = /['’]s$/u.test(t.text);
    const bare = english ? t.lower.slice(0, -2) : t.lower.endsWith('s') ? t.lower.slice(0, -1) : '';
    const owned = tokens[i + 1]!.lower;
    if (!bare || !(RELATIONS.has(owned) || OWNED_BY_A_PERSON.has(owned))) continue;
    if (t.sentenceStart) {
      if (personWord(bare, english)) extra.push({ type: 'name', start: t.start, end: english ? t.end - 2 : t.end, confidence: Confidence.cued });
      continue;
    }
    // "withhold it from Ifeoma Eze's salary", "dra det från Ifeoma Ezes lön": mid-sentence, a first name and a surname
    // in the genitive, two capitalised words alone, before what a person has (round 80). (Not "the Enforcement Authority's
    // account": a third capitalised word, an agency's or organisation's word, a place.)
    const first = tokens[i - 1];
    const before = tokens[i - 2];
    if (!(RELATIONS.has(owned) || PAY.has(owned)) || first?.kind !== 'word' || !first.capitalised || taken(first) || (before?.kind === 'word' && before.capitalised)) continue;
    // (Review of round 80: not an organisation's or a feast's head, "Acme Logistics's wages", "Premier League's", "Red
    // Cross's", "Kristi Himmelsfärds lön"; after a title, "Doctor Eze's salary", the surname alone.)
    if (ORGANISATION_HEADS.has(bare) || (first.lower === 'red' && bare === 'cross')) continue;
    if (TITLES.has(first.lower) || CARE_TITLES.has(first.lower)) {
      if (personWord(bare, english)) extra.push({ type: 'name', start: t.start, end: english ? t.end - 2 : t.end, confidence: Confidence.cued });
      continue;
    }
    if (personWord(first.lower, english) && personWord(bare, english) && !AGENCY_TERM.test(first.lower) && !AGENCY_TERM.test(bare)) {
      extra.push({ type: 'name', start: first.start, end: english ? t.end - 2 : t.end, confidence: Confidence.cued });
    }
  }
  // "821223-7666... no, that is Kasia's, I read the wrong card", "nej, det är Kasias.": a genitive standing alone after "that
  // is", "it's", "det är", whose a thing just said is, is a person's (round 83). (Not "that's Mum's", "it's the Council's",
  // "det är Försäkringskassans": a relation, an article, an organisation; a known name only where no word shares it in Swedish.)
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.capitalised || t.sentenceStart || taken(t) || overlapsAny(extra, t)) continue;
    const english = /['’]s$/u.test(t.text);
    const bare = english ? t.lower.slice(0, -2) : t.lower.endsWith('s') ? t.lower.slice(0, -1) : '';
    const after = tokens[i + 1];
    if (!bare || (after !== undefined && after.kind !== 'punct') || !ownerOfIt(tokens, i, english)) continue;
    if (RELATIONS.has(bare) || ORGANISATION_HEADS.has(bare) || AGENCY_TERM.test(bare) || isOrganisationWord(bare) || !personWord(bare, english)) continue;
    // (Review 83: nor an institution's or a brand's, "That's Parliament's", "It was Spotify's", "Det är Fonus"; and in Swedish
    // not a word whole that a list knows, a nominative ending in -s, "Det är Paris.": the lists are checked on the whole
    // word too, and the stripped form must be a known name or one no list knows.)
    const whole = english ? bare : t.lower;
    if (OWNED_BY_NO_ONE.has(bare) || OWNED_BY_NO_ONE.has(whole) || isOrganisationWord(whole)) continue;
    if (!english && (names.has(whole) || places.has(whole) || worldPlaces.has(whole) || notNames.has(whole) || stopWords.has(whole))) continue;
    extra.push({ type: 'name', start: t.start, end: english ? t.end - 2 : t.end, confidence: Confidence.cued });
  }
  return extra;
}
/** Institutions and brands whose genitive stands for a thing: "That's Parliament's", "It was Spotify's", "Det är Fonus" (review 83). */
const OWNED_BY_NO_ONE: ReadonlySet<string> = new Set(['parliament', 'government', 'state', 'crown', 'riksdagen', 'regeringen', 'staten', 'google', 'spotify', 'apple', 'amazon', 'microsoft', 'facebook', 'netflix', 'ikea', 'klarna', 'telia', 'fonus', 'paypal']);
/** Ordinary nouns a place is named with, beside `PLACE_NOUNS`: "Boston Harbor", "Bergen County", "Lagos Island" (review 83). */
const NAMED_PLACE_NOUNS: ReadonlySet<string> = new Set(['harbor', 'harbour', 'bay', 'port', 'state', 'county', 'islands', 'river', 'lake', 'park', 'bridge', 'station', 'airport', 'beach', 'hill', 'hills', 'valley', 'heights', 'falls', 'springs', 'centre', 'center', 'province', 'region', 'mountains', 'hamn', 'hamnen', 'staden', 'län', 'ö', 'ön', 'sjö', 'sjön', 'centrum', 'stationen']);
/** Towns abroad that are ordinary English words at a sentence's start: a verb or a noun, no first name (review 83). */
const PLACES_THAT_ARE_WORDS: ReadonlySet<string> = new Set(['reading', 'split', 'bath', 'mobile', 'nice', 'deal', 'sale', 'march', 'bury', 'hull', 'say', 'gap', 'cork', 'orange', 'worms', 'liberty', 'independence', 'enterprise']);
/** The words before a genitive that stands for a thing just said: "that is Kasia's", "it's Tom's", "det är Kasias" (round 83). */
const OWNER_OF_IT_EN: ReadonlySet<string> = new Set(["that's", "it's", 'that is', 'it is', 'that was', 'it was', 'this is']);
const OWNER_OF_IT_SV: ReadonlySet<string> = new Set(['det är', 'det var', 'den är', 'den var']);
const ownerOfIt = (tokens: readonly Token[], i: number, english: boolean): boolean =>
  english ? OWNER_OF_IT_EN.has(tokens[i - 1]!.lower) || OWNER_OF_IT_EN.has(`${tokens[i - 2]?.lower} ${tokens[i - 1]!.lower}`) : OWNER_OF_IT_SV.has(`${tokens[i - 2]?.lower} ${tokens[i - 1]!.lower}`);
/** "is my maiden name", "är mitt efternamn": a word called one's own name outright (round 71). */
const CALLED_ONES_NAME = /^(?:is|was|är|var) (?:my|her|his|their|mitt|min|hennes|hans|deras) (?:(?:maiden|first|middle|last|family|married|real) name|surname|efternamn|förnamn|flicknamn|mellannamn|tilltalsnamn)(?![\p{L}])/u;
/** What an explanation of a name begins with, right after it: ", som i …", ", that's my name", "is my daughter's name". */
const EXPLAINED_BY: ReadonlySet<string> = new Set([',', 'är', 'is']);
/**
 * "Modig, ja, som i modig, det är efternamnet", "Power, yes, like electricity.", "Autumn, that's her first name", "Saga är min
 * yngsta": a word said first in its sentence and then explained as a name, by the word it sounds like or by what it is
 * called, is someone's name (round 52). Privacy fails closed.
 */
export function namesExplained(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const { stopWords, notNames, places, names } = lexicon();
  for (let i = 0; i + 3 < tokens.length; i++) {
    const t = tokens[i]!;
    // (Only a capitalised word passes the test below: the others are passed over before the closure and the look-ups.)
    if (t.kind !== 'word' || !t.capitalised) continue;
    // (The word called a name of one's outright: "…, Adebayo is my maiden name", "April is my first name".)
    const calledOnesName = () => CALLED_ONES_NAME.test(tokens.slice(i + 1, i + 6).map((w) => w.lower).join(' '));
    // (A month or a weekday called one's first or middle name outright is one: "Yes, April is my first name", review 71.)
    const calledOwn = (MONTHS.has(t.lower) || WEEKDAYS.has(t.lower)) && calledOnesName();
    if (t.kind !== 'word' || !t.capitalised || overlapsAny(found, t) || stopWords.has(t.lower) || (NOT_A_NAME.test(t.lower) && !calledOwn) || RELATIONS.has(t.lower) || INTERJECTIONS.has(t.lower)) continue;
    // ("…, Adebayo is my maiden name", "…, Nilsson är mitt flicknamn": a clause's first word called a name of one's outright is
    // one wherever the clause starts, and so is the double name it is part of ("Ngozi Adebayo-Ellis"); round 71.)
    if (!t.sentenceStart) {
      if (tokens[i - 1]!.text !== ',' || !calledOnesName()) continue;
      extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
      for (const [k, o] of tokens.entries()) {
        if (o === t || !o.capitalised || !o.lower.split('-').includes(t.lower)) continue;
        // (Not the same word as a place one is in or near, "men jag bor inte i Lund", "In Stratford-upon-Avon", nor an agency's
        // word, "the Pension Agency"; review 71. The surname itself stays redacted.)
        if (['i', 'in', 'utanför', 'outside', 'nära', 'near'].includes(tokens[k - 1]?.lower ?? '') || (tokens[k + 1]?.capitalised === true && (BENEFIT_WORDS.has(tokens[k + 1]!.lower) || AGENCY_TERM.test(tokens[k + 1]!.lower)))) continue;
        // (The first name said right before that double name, at the sentence's start too: "Ngozi Adebayo-Ellis".)
        const before = tokens[k - 1];
        const first = o.lower.includes('-') && before?.kind === 'word' && before.capitalised && !stopWords.has(before.lower) && !RELATIONS.has(before.lower) && !TITLES.has(before.lower) && !NOT_A_NAME.test(before.lower) && !overlapsAny(found, before);
        if (first || !overlapsAny(found, o)) extra.push({ type: 'name', start: first ? before.start : o.start, end: o.end, confidence: Confidence.cued });
      }
      continue;
    }
    // (Every test below reads a comma, "är" or "is" right after the word: without one, no words to join and read.)
    if (!EXPLAINED_BY.has(tokens[i + 1]!.lower)) continue;
    const words = tokens.slice(i + 1, i + 8).map((w) => w.lower).join(' ').replace(/ ,/gu, ',');
    // (A word the name lists know, or one the explanation says again: "Pension, like before, …" and "Kronor, som i svenska
    // kronor" are no names, round 52's review.)
    const like = /^, (?:(?:ja|jo|yes|yeah), )?(?:som i (\p{L}+)|som (?:ordet|staden|stan|trädet|blomman|fågeln|månaden)\b|like (?!i |you |we |he |she |they |that |this |it )(\p{L}+)|as in (\p{L}+))/u.exec(words);
    const echoed = (like?.[1] ?? like?.[2] ?? like?.[3] ?? '').startsWith(t.lower.slice(0, 4));
    const likeAWord = like !== null && (names.has(t.lower) || echoed);
    const calledSo = /^, (?:(?:ja|jo|yes|yeah), )?(?:that's|that is|it's|det är) (?:my |her |his |their |mitt |min |hennes |hans )?(?:first name|surname|last name|christian name|middle name|name|efternamnet|förnamnet|efternamn|förnamn|mellannamnet)\b/u.test(words);
    // ("Robin, fifth of May, 2019.", "Erik, he's '88": a name and then the date of birth it is asked with.)
    const thenBorn = tokens[i + 1]!.text === ',' && names.has(t.lower) && found.some((c) => c.type === 'dateOfBirth' && c.start >= tokens[i + 2]!.start && c.start <= (tokens[i + 4]?.start ?? Infinity));
    // ("Rosa is my daughter's name", not "Pension is my eldest's worry".)
    const relationIs = /^(?:är|is) (?:min|mitt|my|hennes|hans|her|his) (\p{L}+)(?:['’]s name\b|(?!['’\p{L}]))/u.exec(words);
    const relation = relationIs !== null && (RELATIONS.has(relationIs[1]!) || BIRTH_ORDER.has(relationIs[1]!)) && names.has(t.lower) && !places.has(t.lower) && !notNames.has(t.lower);
    if (likeAWord || calledSo || relation || thenBorn || CALLED_ONES_NAME.test(words)) extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return extra;
}
/**
 * "I'm Rosemary April, I live …", "Det var Anna Maj.": a month's name right after a name found, closing the clause, is the
 * surname (round 54; "in April", "den 3 maj", "Anna May 5th" stay months).
 */
export function monthSurnames(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.capitalised || t.sentenceStart || !MONTHS.has(t.lower) || overlapsAny(found, t)) continue;
    const before = tokens[i - 1]!;
    const next = tokens[i + 1];
    // (Only closing the clause: "I told Erik March would be better", "Lisa May be late", "Anna May 5th" are months and verbs.)
    const closes = next === undefined || (next.kind === 'punct' && next.text !== '-');
    if (closes && !MONTH_LEADS.has(before.lower) && before.kind === 'word' && found.some((c) => c.type === 'name' && c.end === before.end)) extra.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return extra;
}
/** Words that open a sentence as a reply, never a name explained: "Right, like the letter says." */
const INTERJECTIONS = new Set(['right', 'correct', 'true', 'indeed', 'good', 'brilliant', 'thanks', 'stämmer', 'rätt', 'korrekt', 'tack', 'well', 'so', 'okay', 'ok', 'sure', 'fine', 'great', 'lovely', 'perfect', 'exactly', 'alright', 'yes', 'no', 'yeah', 'nope', 'precis', 'exakt', 'visst', 'absolut', 'bra', 'jaha', 'okej', 'nej', 'ja', 'jo', 'japp', 'nämen', 'alltså', 'typ']);
/** "min yngsta", "my eldest": a child by their order. */
const BIRTH_ORDER = new Set(['yngsta', 'äldsta', 'mellersta', 'youngest', 'eldest', 'oldest', 'middle']);
/** The head of an organisation's or a feast's two words before "'s": "Acme Logistics's", "Premier League's" (review of round 80). */
const ORGANISATION_HEADS: ReadonlySet<string> = new Set(['logistics', 'league', 'group', 'limited', 'ltd', 'inc', 'council', 'trust', 'foundation', 'society', 'association', 'services', 'solutions', 'airlines', 'airways', 'university', 'college', 'hospital', 'church', 'union', 'authority', 'agency', 'ministry', 'himmelsfärd', 'trettondag', 'midsommar']);
/** One's pay: "Ifeoma Eze's salary", "Ezes lön" (round 80). */
const PAY = new Set(['salary', 'wages', 'lön', 'lönen']);
const OWNED_BY_A_PERSON = new Set(['pension', 'pensionen', 'ärende', 'mother', 'father', 'wife', 'husband', 'mum', 'dad', 'sister', 'brother', 'son', 'daughter', ...PAY]);
const HYPHENED_PARTICLE = /^(?:al|el|ul|ibn|bin|abu|van|von|de|di|da|du|le|la)-\p{Lu}\p{Ll}+$/u;
// ("ask for Callum or Morag": one or the other is a list too, round 48.)
const LIST_JOINTS = new Set(['och', 'and', '&', 'eller', 'or']);
const CORRECTION_LEADS = new Set(['det', 'är', "it's", 'it', 'is', 'utan', 'but', 'nej', 'no']);

/**
 * "Försäkringskassan, Linnea Juni", "Maj Berg", "Chidi Okafor": a capitalised word right beside a name,
 * one space between, is the name's other part (Swedish writes months and ordinary words in lower case),
 * unless it is a place, an organisation, a firm's or a street's word, a function word or an acronym.
 * A sentence's first word counts only in a turn of capitalised words alone (a name said as an answer).
 * Privacy fails closed.
 */
export function namesRunOn(tokens: readonly Token[], found: readonly Candidate[], lang: Language): Candidate[] {
  const names = found.filter((c) => c.type === 'name');
  if (names.length === 0) return [];
  const { stopWords, places, notNames, names: known } = lexicon();
  const flags = (t: Token | undefined) => (t ? (known.get(t.lower) ?? 0) : 0);
  const taken = (t: Token) => overlapsAny(found, t);
  // A name said alone as an answer: a few capitalised words, no number.
  const words = tokens.filter((t) => t.kind === 'word');
  const onlyCapitalised = words.length <= 4 && words.every((t) => t.capitalised) && tokens.every((t) => t.kind !== 'digits');
  // "It's", "That's": a function word with its contraction.
  const functionWord = (t: Token) => stopWords.has(t.lower) || stopWords.has(t.lower.replace(/['’]\p{L}{1,2}$/u, ''));
  // "Maj Berg", "Eva Lund": a surname after a first name, even one that is also a place.
  const surnameAfterFirst = (k: number) => (flags(tokens[k]) & NameFlag.surname) !== 0 && (flags(tokens[k - 1]) & NameFlag.first) !== 0;
  /** Token `k` may be a name's part; `afterName`: it follows the name (where a surname may also be a place). */
  const namePart = (k: number, afterName: boolean): boolean => {
    const t = tokens[k];
    return (
      !!t &&
      t.kind === 'word' &&
      t.capitalised &&
      (!t.sentenceStart || onlyCapitalised) &&
      t.text !== t.text.toUpperCase() &&
      !functionWord(t) &&
      !NAME_NOUNS.has(t.lower) &&
      !TITLES.has(t.lower) &&
      // "in Chiang Mai", "från Basra": what follows a word of place is a place.
      !PLACE_WORDS.has(tokens[k - 1]?.lower ?? '') &&
      !inCompanyName(tokens, k) &&
      !explainedAsWord(tokens, k) &&
      ((!places.has(t.lower) && !notNames.has(t.lower)) || (afterName && surnameAfterFirst(k))) &&
      !AGENCIES.has(t.lower) &&
      // "Hej Pekka", "Thanks Grace": the greeting before a name is no part of it.
      !GREETINGS.has(t.lower) &&
      !BUSINESS_WORDS.has(t.lower) &&
      // "Sandgrens Begravningsbyrå": a firm's word by its ending ("-byrå", "-måleri") is the firm's, not the name's.
      !BUSINESS_ENDING.test(t.lower) &&
      !EN_STREET_AFTER.has(t.lower) &&
      !SV_STREET_AFTER.has(t.lower) &&
      !(lang === 'en' && EN_CAPITALISED_WORDS.has(t.lower)) &&
      !ID_FIELD_WORDS.has(t.lower) &&
      !taken(t)
    );
  };
  const out: Candidate[] = [];
  for (const name of names) {
    // The name grows by a word at a time, one space from it, to the right and then to the left.
    let { start, end } = name;
    for (let i = tokens.findIndex((t) => t.start === end + 1); i > 0 && tokens[i - 1]!.end === tokens[i]!.start - 1 && namePart(i, true); i++) {
      end = tokens[i]!.end;
      if (tokens[i + 1]?.start !== end + 1) break;
    }
    for (let j = tokens.findIndex((t) => t.end === start - 1); j >= 0 && namePart(j, false); j--) {
      start = tokens[j]!.start;
      if (tokens[j - 1]?.end !== start - 1) break;
    }
    // "frank doyle", "per ekdahl", "sten-åke palm": a name written small, as Whisper sometimes writes one, takes the first name
    // before it and the surname after it written small too, even where they are words ("per", "frank", "palm") (round 48).
    const small = (t: Token | undefined) => !!t && t.kind === 'word' && !t.capitalised && !taken(t);
    const left = tokens.findIndex((t) => t.end === start - 1);
    const right = tokens.findIndex((t) => t.start === end + 1);
    const first = tokens.find((t) => t.start === start);
    if (first && !first.capitalised) {
      const word = tokens[left];
      if (small(word) && (flags(word) & NameFlag.first) !== 0 && !functionWord(word!) && !HESITATIONS.has(word!.lower) && !/['’]/u.test(word!.text)) start = word!.start;
      if (small(tokens[right]) && (flags(tokens[right]) & NameFlag.surname) !== 0 && !stopWords.has(tokens[right]!.lower)) end = tokens[right]!.end;
    }
    // ("…, bin Saleh skrivs med litet b", "von Hagen, two words": a particle no Swedish or English word is, right before the
    // name, is its own word; round 71.)
    const particle = tokens[tokens.findIndex((t) => t.end === start - 1)];
    // (Only where nothing but a pause, a first name or a cue comes before it: "in the van Peter drove", "Put it in the bin Sarah
    // said", "Jag är van Maria …" are ordinary words; review 71.)
    const beforeParticle = particle && tokens[tokens.indexOf(particle) - 1];
    const particleLed = beforeParticle === undefined || beforeParticle.kind === 'punct' || (beforeParticle.kind === 'word' && beforeParticle.capitalised && !stopWords.has(beforeParticle.lower)) || PARTICLE_CUES.has(beforeParticle.lower);
    if (particle && !particle.capitalised && NAME_ONLY_PARTICLES.has(particle.lower) && particleLed) start = particle.start;
    if (start < name.start || end > name.end) out.push({ type: 'name', start, end, confidence: Confidence.cued });
  }
  return out;
}
/** "Number" or "Nummer" capitalised, as an identifier's name ends: "My Number", "Personal Number" (not a name run on to it). */
const ID_FIELD_WORDS: ReadonlySet<string> = new Set(['number', 'nummer']);
/** The one word of an identifier's phrase before "Number": "My Number", "Personal Number", "Coordination Number". */
const ID_PHRASE_FIRST: ReadonlySet<string> = new Set(['my', 'personal', 'coordination', 'individual', 'national', 'social', 'tax', 'customer', 'reference', 'case', 'account', 'identity', 'id']);
/**
 * "it asks for my Japanese My Number": the words before a capitalised "Number" name the identifier, not a person (round 76;
 * "My" is a Swedish first name). Only where a capitalised "Number" follows the finding after one space.
 */
export function namesAnIdentifier(tokens: readonly Token[], c: Candidate): boolean {
  const k = tokens.findIndex((t) => t.start >= c.end);
  const next = tokens[k];
  // (Review 76: only the identifier's own phrase, one word that is "My" or names the kind, right before "Number": "Japanese My
  // Number". A first name and surname before it, "Contact Person Sara Lind Number …", "Erik Lundqvist Nummer ett", stay names.)
  const first = tokens[k - 1];
  return !!next && next.start === c.end + 1 && next.capitalised && next.lower === 'number' && !!first && ID_PHRASE_FIRST.has(first.lower) && tokens.every((t) => t.start < c.start || t.end > first.start || !lexicon().names.has(t.lower));
}

/** Particles of names that are no ordinary word here ("de", "la", "den", "del" are). */
const NAME_ONLY_PARTICLES: ReadonlySet<string> = new Set(['bin', 'bint', 'ibn', 'abu', 'von', 'van', 'af', 'al', 'ul']);
/** Words after which a particle begins a name: "my name is van Holt", "heter von Platen", "Mr bin Saleh". */
const PARTICLE_CUES: ReadonlySet<string> = new Set(['is', 'was', "it's", 'heter', 'hette', 'named', 'called', "name's", 'mr', 'mrs', 'ms', 'miss', 'dr', 'herr', 'fru', 'with', 'med', 'to', 'for', 'från', 'from', 'landlord', 'och', 'and', 'eller', 'or', 'inte', 'not']);

/** A word that speaks of a name: "namn", "förnamnet", "heter", "name", "called". */
const NAME_SPOKEN_OF = new Set(['heter', 'hette', 'called', 'spelled', 'spelt']);
/** Words that confirm what was read back, before "that's my name": no name. */
const CONFIRMING = new Set(['correct', 'exactly', 'right', 'perfect', 'yes', 'yeah', 'yep', 'great', 'good', 'okay', 'ok', 'fine', 'stämmer', 'precis', 'exakt', 'korrekt', 'rätt', 'okej', 'bra', 'ja', 'jo', 'japp']);
/** Greetings and thanks a name follows: "Ja hej Maj", "Tack Juni". */
const GREETED = new Set(['hej', 'hejsan', 'tack', 'tjena', 'hallå']);
/**
 * "Ja hej Maj, …", "Tack, Juni.": a Swedish month capitalised mid-sentence after a greeting is a name; Whisper writes the
 * months small in Swedish (round 50).
 */
export function monthsGreeted(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalised || t.sentenceStart || !MONTHS.has(t.lower) || overlapsAny(found, t)) continue;
    const greeting = tokens[i - 1]!.text === ',' ? tokens[i - 2] : tokens[i - 1];
    const next = tokens[i + 1];
    if (greeting && GREETED.has(greeting.lower) && (next === undefined || next.kind === 'punct')) out.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
  }
  return out;
}
/** Verbs that follow a name and are surnames in the lists too: "Grace said, sorry, …". */
const SAID_AFTER_NAME = new Set(['said', 'says', 'read', 'reads', 'rang', 'rings', 'told', 'asked', 'wrote', 'called', 'sa', 'ringde', 'skrev']);
/** "that's my name", "that's her name", "det är mitt namn", "hon hette så": what the words just before are. */
const CALLED_SO =
  /^(?:(?:that's|that is|it's|det är|det var) (?:my|her|his|their|mitt|hennes|hans|deras) (?:name|namn)|(?:hon|han|jag) (?:hette|heter) så)(?![\p{L}])/iu;
/**
 * The start of the token CALLED_SO's match ends in, by the same case-insensitive reading: the match is of tokens joined by
 * spaces (a token has none), so its last word, "name", "namn" or "så", begins one of the four tokens after the first.
 */
const CALLED_SO_ENDS = rememberedTest(/^(?:nam|så)/iu);
/** What may stand between a name and "hon hette så" after it: "Vilja, ja, hon hette så". */
const CALLED_SO_FILLERS = new Set([',', 'ja', 'jo', 'yes', 'yeah', ...HESITATIONS]);
const CALLED_SO_STARTS = new Set([
  "that's",
  'that',
  "it's",
  'det',
  'hon',
  'han',
  'jag',
]);

/**
 * Names Whisper wrote in small letters or said once more beside the name found (round 50): "hope baker, that's her
 * name" (the words before "that's my name", "hon hette så"); "grace. Grace Cook", "ros, Ros-Marie Hägg", "sten, ja,
 * bara sten" (a word said alone that is a word of a name found, or said again); "Kjell falk", "Tove sommar" (a known
 * surname written small right after a first name found); "falk heter han" (any known name written small before "heter"
 * and who bears it). Privacy fails closed.
 */
export function namesEchoed(
  tokens: readonly Token[],
  found: readonly Candidate[],
): Candidate[] {
  const out: Candidate[] = [];
  const { stopWords, names } = lexicon();
  const taken = (t: Token) => overlapsAny(found, t) || overlapsAny(out, t);
  const plain = (t: Token | undefined): boolean =>
    !!t &&
    t.kind === 'word' &&
    !stopWords.has(t.lower) &&
    !NOT_NAMES.has(t.lower) &&
    numberWordAtoms(t.lower) === undefined &&
    !HESITATIONS.has(t.lower);
  const push = (a: Token, b: Token) =>
    out.push({
      type: 'name',
      start: a.start,
      end: b.end,
      confidence: Confidence.cued,
    });
  // (A known first name may be a word of the language too: "will cook, that's my name".)
  const nameish = (t: Token | undefined): t is Token =>
    plain(t) ||
    (!!t &&
      t.kind === 'word' &&
      ((names.get(t.lower) ?? 0) & NameFlag.first) !== 0);
  for (let j = 1; j < tokens.length; j++) {
    // (Looked for only where such words begin: "that's", "det", "hon" …)
    if (!CALLED_SO_STARTS.has(tokens[j]!.lower)) continue;
    // (Nor without the word it ends on among the four after: see CALLED_SO_ENDS. Most "det", "jag" go on otherwise.)
    if (!tokens.slice(j + 1, j + 5).some((k) => CALLED_SO_ENDS.test(k.text))) continue;
    const said = CALLED_SO.exec(
      tokens
        .slice(j, j + 5)
        .map((k) => k.text)
        .join(' '),
    );
    if (!said) continue;
    // "hope baker, that's her name", "Vilja, ja, hon hette så": one to three words before, back to the clause's start.
    let before = j - 1;
    while (before > 0 && CALLED_SO_FILLERS.has(tokens[before]!.lower)) before--;
    // ("Correct, that's my name.", "Stämmer, det är mitt namn.": a confirmation, round 50's review.)
    if (nameish(tokens[before]) && !CONFIRMING.has(tokens[before]!.lower)) {
      let from = before;
      while (from > before - 2 && nameish(tokens[from - 1])) from--;
      const clauseStart =
        from === 0 ||
        tokens[from - 1]!.kind === 'punct' ||
        HESITATIONS.has(tokens[from - 1]!.lower);
      if (clauseStart && !tokens.slice(from, before + 1).some(taken))
        push(tokens[from]!, tokens[before]!);
    }
    // "That's her name, hope baker": or the words after it, up to the clause's end.
    let after = j + said[0].split(' ').length;
    if (tokens[after]?.text !== ',') continue;
    after++;
    let to = after;
    while (to < after + 3 && nameish(tokens[to + 1])) to++;
    const closes = !tokens[to + 1] || tokens[to + 1]!.kind === 'punct';
    if (
      nameish(tokens[after]) &&
      closes &&
      !tokens.slice(after, to + 1).some(taken)
    )
      push(tokens[after]!, tokens[to]!);
  }
  let namesSpokenOf = false;
  let heterSaid = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (t.lower === 'heter') heterSaid = true;
    if (t.lower.includes('nam') || NAME_SPOKEN_OF.has(t.lower)) namesSpokenOf = true;
  }
  // (Most turns name no one and say no name's word: nothing to look for.)
  if (!namesSpokenOf && !heterSaid && out.length === 0 && !found.some((c) => c.type === 'name')) return out;
  // (Twice: "sommar, Tove sommar": the surname found in the first pass is said alone before it.)
  for (let pass = 0, added = -1; pass < 2 && added !== out.length; pass++) {
    added = out.length;
    const named = [...found.filter((c) => c.type === 'name'), ...out];
    const nameWords = new Set<string>();
    for (const t of tokens) {
      if (t.kind !== 'word' || !named.some((c) => t.start >= c.start && t.end <= c.end)) continue;
      nameWords.add(t.lower);
      if (t.lower.includes('-')) for (const part of t.lower.split('-')) nameWords.add(part);
    }
    for (let i = 0; i < tokens.length; i++) {
      const t = tokens[i]!;
      // (Cheap tests first: a word of a name found, a turn that speaks of names, a first name before it, "heter" after it.)
      if (t.kind !== 'word') continue;
      const mayBe = nameWords.has(t.lower) || (namesSpokenOf && !t.capitalised) || (tokens[i - 1]?.kind === 'word' && !t.capitalised) || tokens[i + 1]?.lower === 'heter';
      if (!mayBe || !plain(t) || taken(t)) continue;
      const alone = (k: number) =>
        (tokens[k - 1] === undefined ||
          tokens[k - 1]!.kind === 'punct' ||
          HESITATIONS.has(tokens[k - 1]!.lower) ||
          ['ja', 'bara', 'yes', 'just'].includes(tokens[k - 1]!.lower)) &&
        (tokens[k + 1] === undefined ||
          tokens[k + 1]!.kind === 'punct' ||
          HESITATIONS.has(tokens[k + 1]!.lower));
      const flags = names.get(t.lower) ?? 0;
      // "grace. Grace Cook": a word of a name found, said alone.
      if (nameWords.has(t.lower) && t.text.length >= 2 && alone(i)) push(t, t);
      // "sten, ja, bara sten": a known first name written small, said alone twice in a turn that speaks of a name ("lovely,
      // lovely, that's it" is none, round 50's review).
      else if (
        (flags & NameFlag.first) !== 0 &&
        !t.capitalised &&
        alone(i) &&
        namesSpokenOf &&
        tokens.some((o, k) => k !== i && o.lower === t.lower && alone(k))
      )
        push(t, t);
      // "Kjell falk, min bror": a known surname written small right after a first name found, closing the clause (not
      // "Abdi said he …", "Karin Ek back then").
      else if (
        (flags & NameFlag.surname) !== 0 &&
        !t.capitalised &&
        t.text.length >= 3 &&
        !SAID_AFTER_NAME.has(t.lower) &&
        tokens[i - 1]?.end === t.start - 1 &&
        ((names.get(tokens[i - 1]!.lower) ?? 0) & NameFlag.first) !== 0 &&
        (tokens[i + 1] === undefined || tokens[i + 1]!.kind === 'punct') &&
        named.some((c) => c.end === tokens[i - 1]!.end)
      )
        push(t, t);
      // "falk heter han": any known name written small before "heter" and who bears it.
      else if (
        flags !== 0 &&
        !t.capitalised &&
        tokens[i + 1]?.lower === 'heter' &&
        ['han', 'hon', 'jag', 'hen'].includes(tokens[i + 2]?.lower ?? '') &&
        (i === 0 ||
          tokens[i - 1]!.kind === 'punct' ||
          HESITATIONS.has(tokens[i - 1]!.lower))
      )
        push(t, t);
    }
  }
  return out;
}
