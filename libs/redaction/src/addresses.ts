import { Confidence, type Candidate } from './candidates.js';
import { CASE_WORD_SOURCE, isCaseWord } from './cues.js';
import { lexicon, REGIONS_ABROAD } from './lexicon.js';
import { hundredsOrThousandsWord, isNumberAt, isNumberToken, numberWordAtoms, thousandsGroups, thousandsWordIn } from './numbers.js';
import { ellipsisDotAt, HESITATIONS, hasDigit, inCorrection, isSingleCapital, noiseAsideStartsAt, SENTENCE_END_MARKS, sentenceEndOf, sentenceStartOf, type Token } from './tokens.js';
import { AREA_UNITS, isUnitOrSize, isYear, LEADS, MONTHS, NEGATIONS, UNITS } from './units.js';
import { matchesOf, POLICE_REPORT, rememberedTest, withinPoliceReport } from './patterns.js';
import { personalMonthAndDay } from './checksums.js';
import { RELATIVES } from './people.js';

// (With the Irish articles "an", "na": "Bóthar na Mara", round 67.)
const PARTICLES = new Set(['del', 'de', 'la', 'las', 'los', 'do', 'da', 'das', 'dos', 'des', 'du', 'di', 'y', 'an', 'na']);

// Swedish street names end in a street word ("Storgatan", "Björkvägen", "Stortorget").
// ("Ändringen", "Försäkringen", "Registreringen": a noun made of a verb is no ring road; "Söderringen" is.)
const NOT_A_RING_ROAD = /(?:ändringen|säkringen|klaringen|bättringen|eringen)$/u;
/** "riksväg 95", "länsväg 370", "europaväg 4": a public road by its number, no one's street (its name is "Riksvägen", round 71). */
const ROAD_NUMBERED = /^(?:riks|läns|europa|motor|lands)väg$/u;
const STREET_ENDING = /^\p{L}{2,}(?:gatan|gata|vägen|väg|gränd|gränden|stigen|allén|allé|torget|torg|platsen|plan|backe|backen|gärdet|leden|liden|stråket|slingan|svängen|svinget|kroken|gången|höjden|ringen|bågen|terrassen|kajen|esplanaden|promenaden|katu|kuja|polku|tie|vej|gade|veien|gaten|straße|strasse|gasse|straat|laan|weg|platz)$/u;
const STREET = rememberedTest({ test: (word: string) => STREET_ENDING.test(word) && !NOT_A_RING_ROAD.test(word) && !ROAD_NUMBERED.test(word) });
// Streets abroad begin with the street word: "Calle Mayor 18", "Avenida del Mar 14", "Rua das Flores 7".
const FOREIGN_STREET_WORDS = new Set(['odos', 'odós', 'leoforos', 'plateia', 'ulitsa', 'calle', 'avenida', 'avda', 'carrer', 'rua', 'rue', 'via', 'viale', 'plaza', 'placa', 'paseo', 'camino', 'ulica', 'ul', 'boulevard', 'avenue', 'urbanización', 'urbanizacion', 'urb',
  // Irish: "7 Bóthar na Mara", "Sráid an Droichid 12" (round 67).
  'bóthar', 'bothar', 'sráid', 'sraid', 'ascaill', 'bóithrín', 'boithrin']);
// ... or are several words with a separate street word ("Drottning Kristinas väg").
// (Norwegian and Danish too: "Thereses gate 18", "Kirkeveien 4", "Strandvej 12".)
const STREET_WORDS = new Set(['gata', 'gatan', 'väg', 'vägen', 'gränd', 'gränden', 'allé', 'allén', 'plats', 'platsen', 'torg', 'torget', 'backe', 'backen', 'backar', 'stig', 'stigen', 'gången', 'höjden', 'ängar', 'gate', 'gaten', 'vei', 'veien', 'vej', 'gade', 'plass', 'torv']);
/** "Atatürk Caddesi No. 112", "Maka al-Mukarama Road, house 71": a street word after the name abroad. */
const STREET_AFTER_NAME = new Set(['caddesi', 'cad', 'sokak', 'sokağı', 'sok', 'bulvarı', 'mahallesi', 'mahalle', 'yolu']);
/** "gata 12, hus 40", "street 5, house 12": a street said by its number, and the house on it (Iraq, Afghanistan, Somalia…). */
const NUMBERED_STREET_WORDS = new Set(['gata', 'gatan', 'street', 'kuche', 'kucheh', 'shari', 'sharia', 'sokak', 'lane', 'alley', 'gränd']);
/** Items after a numbered street or a street abroad: "hus 40", "house 71", "kvarter 5", "block 3". */
const HOUSE_WORDS = new Set(['hus', 'huset', 'house', 'building', 'byggnad', 'kvarter', 'kvarteret', 'mahalla', 'plot', 'daire', 'kat']);
/** "står på Drottninggatan", "waiting on King Street": where one is for the moment, not where one lives. */
const PASSING_VERBS = new Set([
  'står', 'stod', 'stå', 'sitter', 'satt', 'väntar', 'väntade', 'går', 'gick', 'promenerar', 'åker', 'åkte', 'kör', 'körde', 'handlar', 'handlade', 'parkerat', 'parkerade',
  'standing', 'waiting', 'walking', 'sitting', 'driving', 'shopping', 'parked', 'stuck',
  'träffades', 'träffas', 'ses', 'sågs', 'met', 'meet',
]);
/** "vid Drottninggatan", "near Kungsgatan", "mitt emot …": a street with no number as a landmark, where no one's home is said. */
const LANDMARK_PREPOSITIONS = new Set(['vid', 'nära', 'utanför', 'bakom', 'mittemot', 'emot', 'near', 'opposite', 'outside', 'behind', 'past']);
/** A place named at token `first` as a landmark or where one passed by ("vid …", "träffades på …", "waiting on …"). */
export const landmarkBefore = (tokens: readonly Token[], first: number): boolean => {
  if (LANDMARK_PREPOSITIONS.has(tokens[first - 1]?.lower ?? '')) return true;
  if (!['på', 'on', 'at'].includes(tokens[first - 1]?.lower ?? '')) return false;
  if (PASSING_VERBS.has(tokens[first - 2]?.lower ?? '')) return true;
  // "Vi träffades bakom ICA på Stationsgatan", "behind Tesco on High Street": the street of the landmark, where no one says
  // they live, and no home is described after it ("Vi bor bakom ICA på Torggatan", "…, the flat upstairs" are homes).
  if (homeSaidBefore(tokens, first - 1) || homeDescribedAfter(tokens, first) || !eventBefore(tokens, first - 1)) return false;
  if ([first - 3, first - 4].some((k) => LANDMARK_PREPOSITIONS.has(tokens[k]?.lower ?? '') && tokens[k + 1]?.capitalised)) return true;
  // "…, eller inte på Stationsgatan", "well, not on High Street": the same landmark's street, denied.
  const name = tokens[first]?.lower;
  return NEGATIONS.has(tokens[first - 2]?.lower ?? '') && tokens.some((t, k) => k < first - 1 && t.lower === name && landmarkBefore(tokens, k));
};
/** What happened at a landmark (one met, fell, waited there): the clause is about an event, not a home (review of round 42). */
const EVENTS = new Set([...PASSING_VERBS, 'ramlade', 'föll', 'hände', 'skedde', 'såg', 'tappade', 'happened', 'fell', 'saw', 'lost', 'dropped', 'crashed']);
const eventBefore = (tokens: readonly Token[], before: number): boolean => {
  for (let k = before; k >= 0 && !SENTENCE_END_MARKS.has(tokens[k]!.text); k--) if (EVENTS.has(tokens[k]!.lower)) return true;
  return false;
};
/** Words that describe a home: "i det gula huset", "tredje våningen", "the flat upstairs", "the blue door". */
const HOME_DESCRIBED = /^(?:hus(?:et)?|house|flat|floor|door|upstairs|downstairs|våning\p{L}*|lägenhet\p{L}*|trappor|uppgång\p{L}*|hem|home|villan?|radhuset|bungalow|place|ställe[t]?|number|nummer|gate)$/u;
const homeDescribedAfter = (tokens: readonly Token[], first: number): boolean => {
  for (let k = first + 1; k < tokens.length && k <= first + 8 && !SENTENCE_END_MARKS.has(tokens[k]!.text); k++) if (HOME_DESCRIBED.test(tokens[k]!.lower)) return true;
  return false;
};
const STREET_PREFIXES = new Set([
  'norra', 'södra', 'östra', 'västra', 'övre', 'nedre', 'stora', 'lilla', 'gamla', 'nya', 'sankt', 's:t', 'sankta', 'inre', 'yttre', 'bortre',
]);
const ORDINAL_PREFIXES = new Set(['första', 'andra', 'tredje', 'fjärde', 'femte']);
const EN_STREET_TYPES = new Set([
  'street', 'st', 'road', 'rd', 'avenue', 'ave', 'lane', 'ln', 'drive', 'close', 'way', 'court', 'place', 'crescent', 'terrace',
  'gardens', 'grove', 'square', 'row', 'mews', 'walk', 'hill', 'park', 'boulevard', 'parade', 'green', 'view', 'rise', 'vale',
  'quay', 'wharf', 'wynd',
]);
/** English street words that also name a landmark ("Canary Wharf", "Harbour Quay"). */
const LANDMARK_STREET_TYPES: ReadonlySet<string> = new Set(['quay', 'wharf']);
/** A street's name ("Storgatan") or an English street word ("Road"). */
export const isStreetWord = (lower: string): boolean => STREET.test(lower) || EN_STREET_TYPES.has(lower);
const APARTMENT_WORDS = new Set([
  'lägenhet', 'lgh', 'lägenhetsnummer', 'lägenhetsnumret', 'lägenhetsnr', 'våning', 'vån', 'tr', 'trappor', 'trappa', 'flat', 'apartment', 'apt', 'unit', 'suite', 'floor', 'piso', 'mieszkanie', 'asunto', 'as', 'condo',
  // Spanish and Portuguese flats: "depto 802", "departamento 41", "apto 3", "dpto. 5".
  'depto', 'dpto', 'departamento', 'apto', 'apartamento', 'appartement', 'wohnung', 'leilighet', 'lejlighed', 'lok', 'bloque', 'bloco', 'block', 'blk', 'edificio', 'torre', 'oficina', 'casa',
]);
/** What may follow a flat's or door's letter: "dörr B och …", "flat B, not flat D", "hus C och rummet …". */
const LETTER_CLOSERS = new Set(['och', 'and', 'not', 'inte', 'eller', 'or', 'men', 'but']);
/** The code to a building's door ("portkoden", "door code"): the digits after it are part of the address. */
const DOOR_CODE_WORDS = new Set(['portkod', 'portkoden', 'dörrkod', 'dörrkoden']);
/** "Skolgatan 3 nb", "Lindvägen 3 bv", "… 5 ög": a floor said by its abbreviation right after the number. */
const FLOOR_ABBREVIATIONS = new Set(['nb', 'bv', 'ög', 'uv', 'vind', 'bottenvåning']);
/** "3rd floor, left", "2º, esquerdo": the side of the landing, after a floor. */
// (And a door by its number, as in Barcelona: "cuarto primera", the fourth floor's first door, round 65.)
const SIDE_WORDS = new Set(['left', 'right', 'esquerdo', 'esquerda', 'esq', 'direito', 'direita', 'dto', 'dta', 'izquierda', 'izq', 'derecha', 'dcha', 'links', 'rechts', 'th', 'tv', 'mf', 'primera', 'segunda', 'tercera', 'cuarta']);
/**
 * Lines of addresses in South-East Asia and elsewhere, each a word and a number or a name:
 * "99/14 Moo 3, Soi Chaloem Prakiat", "Số 18 Ngõ 42 Phố Trần Duy Hưng", "Jalan Ampang 12".
 */
const ADDRESS_LINE_WORDS = new Set([
  'moo', 'mu', 'ban', 'gata', 'hus', 'soi', 'thanon', 'district', 'quận', 'phường', 'huyện', 'xã', 'khet', 'khwaeng', 'amphoe', 'tambon', 'số', 'ngõ', 'ngách', 'hẻm', 'phố', 'đường', 'kiệt', 'tổ', 'jalan', 'jl', 'lorong', 'taman', 'barangay', 'purok', 'sitio', 'lrg',
]);
/** "hus nummer 112", "house number 61", "no. 4". */
const NUMBER_NOUNS = new Set(['nummer', 'nr', 'number', 'no', 'numara', 'numero', 'número', 'nro']);
const RESIDENCE_CUES = new Set(['på', 'adress', 'adressen', 'on', 'at', 'address']);
const UNITS_AFTER_NUMBER = new Set(['gånger', 'år', 'minuter', 'kronor', 'kr', 'times', 'years', 'minutes']);

/** Words before an address that has no street word: "bor på Norrbyn 118", "adressen är Lillgården 4". */
const ADDRESS_CUES: readonly (readonly string[])[] = [
  ['bor', 'på'], ['bor', 'i'], ['bor', 'vid'], ['adressen', 'är'], ['adress', 'är'], ['adressen'], ['adress'], ['c/o'],
  ['live', 'at'], ['lives', 'at'], ['living', 'at'], ['address', 'is'], ['address'], ['flyttat', 'till'], ['flyttade', 'till'], ['moved', 'to'], ['moving', 'to'], ['move', 'to'], ['flytta', 'till'], ['flyttar', 'till'],
  // "adressen där är", "adressen nu är", "the address there is": a word of place or time before the verb.
  ['adressen', 'där', 'är'], ['adressen', 'dit', 'är'], ['adressen', 'nu', 'är'], ['adressen', 'då', 'är'], ['adressen', 'hos', 'mig', 'är'],
  ['address', 'there', 'is'], ['address', 'now', 'is'], ['address', 'there', "'s"],
  // "gatan är Koivukuja", "the street is Koivukuja": the street named on its own (round 61).
  ['gatan', 'är'], ['gatan', 'heter'], ['gatunamnet', 'är'], ['street', 'is'], ['street', 'name', 'is'], ['street', 'is', 'called'],
];
const FARM_WORDS = new Set(['gård', 'gården', 'by', 'byn', 'torp', 'säteri']);
const BOX_WORDS = new Set(['box', 'postbox', 'pl', 'postlåda']);
/** "Prästgårdsvägen 6, inte 8", "Grönviksvägen 102, eller hundratvå", "Ådalsbyn 4:17, vänta, 4:71": a house number said again. */
// ("Ekbacken 7, fast 7 A alltså": "fast", "though", the same number with its letter, round 68.)
const CORRECTIONS = new Set(['inte', 'nej', 'not', 'no', 'eller', 'or', 'vänta', 'wait', 'fast', 'though']);
/** Of those, the words that also join other talk ("Storgatan 5, eller 3 rum och kök"): the number after them must close its clause. */
const SOFT_CORRECTIONS = new Set(['eller', 'or', 'vänta', 'wait', 'fast', 'though']);
/** "… eller hundratvå ja", "… or twelve, I think": what may close a number said again. */
const CLAUSE_CLOSERS = new Set(['ja', 'jo', 'alltså', 'tror', 'menar', 'förlåt', 'ursäkta', 'faktiskt', 'egentligen', 'yes', 'yeah', 'right', 'i', 'think', 'mean', 'sorry', 'actually']);
const closesClause = (t: Token | undefined): boolean => t === undefined || t.kind === 'punct' || CLAUSE_CLOSERS.has(t.lower);
/** Hesitations and corrections a house number may follow: "Rosenlundsgatan, öh, nummer 40", "nummer 4, eh 4 A". */
const ADDRESS_HESITATIONS = new Set([...HESITATIONS, 'alltså', 'förlåt', 'sorry', ...CORRECTIONS]);

/** "6 900", "12 500": a sum written with its thousands apart at token `k`, one group of up to three figures and one of three. */
const thousandsWrittenAt = (tokens: readonly Token[], k: number): boolean => {
  const [a, b] = [tokens[k], tokens[k + 1]];
  return a?.kind === 'digits' && b?.kind === 'digits' && a.text[0] !== '0' && thousandsGroups([a.text, b.text]) && b.start === a.end + 1 && tokens[k + 2]?.kind !== 'digits';
};
/** The same street word said just before token `start`, with only pauses and corrections between. */
function streetBegunBefore(tokens: Token[], start: number): number | undefined {
  let k = start - 1;
  while (k >= start - 5 && k >= 0 && (tokens[k]!.text === ',' || isEllipsis(tokens, k) || ADDRESS_HESITATIONS.has(tokens[k]!.lower))) k--;
  return k < start - 1 && k >= 0 && tokens[k]!.capitalised && tokens[k]!.lower === tokens[start]!.lower ? k : undefined;
}

/** Token `i` or the first after it that is no comma or hesitation, and how many were passed. */
function pastHesitations(tokens: Token[], i: number): { at: number; passed: number } {
  let at = i;
  for (; at < i + 6; at++) {
    if (tokens[at]?.text === ',' || isEllipsis(tokens, at) || ADDRESS_HESITATIONS.has(tokens[at]?.lower ?? '')) continue;
    // ("Mill Road 14, or was it 16", "eller var det 16": a correction asked aloud, round 39.)
    if (WAS_IT.has(`${tokens[at - 1]?.lower} ${tokens[at]?.lower} ${tokens[at + 1]?.lower}`)) {
      at++;
      continue;
    }
    break;
  }
  return { at, passed: at - i };
}
/** "3-14-7 Nakamachi": three numbers joined by hyphens and a capitalised word after them; the word's index (not a Polish postcode, "60-535 Poznań"). */
function blockNumberEnd(tokens: readonly Token[], k: number): number | undefined {
  let j = k;
  while (tokens[j]?.kind === 'digits' && tokens[j]!.text.length <= 3 && tokens[j + 1]?.text === '-' && tokens[j + 2]?.kind === 'digits' && tokens[j + 1]!.start === tokens[j]!.end) j += 2;
  const word = tokens[j + 1];
  return j >= k + 4 && tokens[j]!.text.length <= 3 && word?.kind === 'word' && word.capitalised && !MONTHS.has(word.lower) ? j + 1 : undefined;
}
/** A correction word and "was it", "var det" before a number said again. */
// ("Storgatan 12, fast det är 14 egentligen": the number put right after "fast det är", round 68's review.)
const WAS_IT = new Set(['or was it', 'or is it', 'eller var det', 'eller är det', 'no was it', 'nej var det', 'fast det är', 'fast det var', "though it's"]);
/** "…" or a dot of "...": Whisper's pause, not the end of a sentence. */
const isEllipsis = (tokens: Token[], k: number): boolean => {
  const t = tokens[k];
  if (!t || (t.text !== '.' && t.text !== '…')) return false;
  return t.text === '…' || tokens[k + 1]?.text === '.' || tokens[k - 1]?.text === '.';
};
/** A pause: a hesitation, "...", or a comma. */
const isPause = (t: Token | undefined, tokens: Token[], k: number): boolean => !!t && (HESITATIONS.has(t.lower) || t.text === ',' || isEllipsis(tokens, k));
/** Where a person is registered or stays: "folkbokförd på Bäckgården 1". */
const REGISTERED_CUES: readonly (readonly string[])[] = [['folkbokförd', 'på'], ['skriven', 'på'], ['bosatt', 'på'], ['boende', 'på']];
/**
 * Rural and estate addresses have no street word but a place-name ending: "Norrbyn 4",
 * "Lillgården 12 B", "Vallmon 4", "Bäckgården 1". With a house number they are addresses.
 */
const RURAL_ENDINGS = [
  'gården', 'gård', 'byn', 'torpet', 'torp', 'stugan', 'hagen', 'ängen', 'vallen', 'bruket', 'näset', 'udden', 'viken', 'backa', 'lyckan',
  'hemmet', 'sätern', 'berget', 'skogen', 'heden', 'dalen', 'lunden', 'holmen', 'myran', 'myra', 'åsen', 'mon', 'vreten', 'kärret',
  'mossen', 'hyttan', 'tegen', 'hemmanet', 'gärdet', 'ön',
  // Village and farm names: "Kvarnbo 412", "Lillån 4", "Rörbäck 5", "Granhult 3".
  'brynet', 'kullen', 'höjden', 'gläntan', 'bo', 'by', 'ån', 'bäck', 'bäcken', 'ryd', 'hult', 'boda', 'sjön', 'tjärn', 'forsen', 'fors', 'näs', 'ås', 'backa', 'bol', 'mark', 'red',
  // "Hagalund 5", "Rosendal 2", "Solvik 3", "Ekhem 1"
  'lund', 'dal', 'vik', 'sund', 'hem',
  // "Stensjö 118", "Storträsk 7", "Norrliden 4" (round 49)
  'sjö', 'träsk', 'liden', 'stranden', 'myren',
  // "Granlunda 14", "Björklunda 3" (round 67)
  'lunda',
  // "Solhaga, Tallvägen 1", "Ekhaga 3" (round 69)
  'haga',
];
// Plain suffix tests: cheaper than one regex with many endings, on every capitalised word.
const RURAL_BY_LAST_TWO = new Map<string, string[]>();
for (const e of RURAL_ENDINGS) RURAL_BY_LAST_TWO.set(e.slice(-2), [...(RURAL_BY_LAST_TWO.get(e.slice(-2)) ?? []), e]);
/** A pay named by its kind, "-lön": "bruttolön", "sjuklönen" (no island "-ön"). */
const PAY_WORDS = /^(?:brutto|netto|sjuk|semester|grund|månads|tim|års|slut)lön(?:en)?$/u;
const RURAL = rememberedTest({
  // Not a word of the language ("Från 12 till 14"): the stop-word list guards the short endings.
  test: (lower: string): boolean =>
    (RURAL_BY_LAST_TWO.get(lower.slice(-2))?.some((e) => (lower.length >= e.length + 2 || (lower === e && e.length >= 5)) && lower.endsWith(e)) ?? false) &&
    !lexicon().stopWords.has(lower) &&
    // (A pay slip's field read aloud, "Bruttolön trettiotvåtusen", "Nettolön …": a pay, not an island "-ön"; round 76.)
    // (Review 76: only the pay words themselves; "Vallön 22" is an island's street.)
    !PAY_WORDS.test(lower),
});
/** English words with a place-name ending: "-by" (nearby, standby), "-mark" (landmark), "-red" (delivered, transferred). */
const ENGLISH_RURAL_LOOKALIKES = /^(?:(?:near|stand|here|there|where|passer|hob|lull|good)by|(?:land|book|trade|hall|post|bench|re)mark|\p{L}+(?:ered|erred|ared|ored|ured|ired))$/u;
/** An English flat's words, before its letter or name. */
const ENGLISH_FLAT_WORDS: ReadonlySet<string> = new Set(['flat', 'apartment', 'apt', 'unit', 'suite']);
/** "Minnesota 55407": a US state and a ZIP code. */
export const US_STATES = new Set([
  'alabama', 'alaska', 'arizona', 'arkansas', 'california', 'colorado', 'connecticut', 'delaware', 'florida', 'georgia', 'hawaii',
  'idaho', 'illinois', 'indiana', 'iowa', 'kansas', 'kentucky', 'louisiana', 'maine', 'maryland', 'massachusetts', 'michigan',
  'minnesota', 'mississippi', 'missouri', 'montana', 'nebraska', 'nevada', 'hampshire', 'jersey', 'mexico', 'york', 'carolina',
  'dakota', 'ohio', 'oklahoma', 'oregon', 'pennsylvania', 'island', 'tennessee', 'texas', 'utah', 'vermont', 'virginia',
  'washington', 'wisconsin', 'wyoming',
]);
/** "det är en gård, …", "it's a farm, …": what the place is, before its name in an answer. */
const DWELLING_LEAD = new Set(['gård', 'gården', 'torp', 'torpet', 'farm', 'villa', 'stuga', 'cottage']);
const ARTICLES = new Set(['en', 'ett', 'a']);
/** "I'm sixty-four", "Jag är sjuttio": a person and an age, never a street and its number (round 45). */
const PERSON_LEADS = new Set(["i'm", 'i’m', "he's", "she's", "we're", "they're", "you're", 'i', 'jag', 'han', 'hon', 'vi', 'ni', 'du', 'de']);
/** Fillers an answer to "vilken adress?" may begin with before the address. */
/** "Nej", "no": an answer's lead only before a comma. */
const NO_WORDS = new Set(['nej', 'nä', 'no']);
const ANSWER_LEAD = new Set([...HESITATIONS, ...NO_WORDS, 'ja', 'jo', 'det', 'är', 'it', "it's", 'is', 'yes', 'yeah', 'och', 'and', 'sen', 'then', 'hon', 'han', 'jag', 'bor', 'på', 'i', 'at', 'live', 'lives', 'she', 'he', 'nummer', 'number', 'till', 'to',
  // ("Ja, det stämmer, tre B, två trappor", "Yes, that's right, 3 B": the address read back, confirmed before the rest of it; round 80.)
  'stämmer', 'rätt', 'right', "that's", 'that’s', 'correct']);
/** The confirmations round 80 let lead an answer: "det stämmer", "that's right", "correct". */
const CONFIRMING: ReadonlySet<string> = new Set(['stämmer', 'rätt', 'right', 'correct']);
/** A person said to be something after a confirmation: "Correct, she is 12" (an age, not an address). */
const PERSON_SAID: ReadonlySet<string> = new Set(['she', 'he', 'they', 'hon', 'han', 'hen', 'de']);
const isYearNumber = (t: Token | undefined): boolean => t?.kind === 'digits' && isYear(t.text);
/** An agency's letters before a form's number: "SKV", "FK", "MIGR" (not "PMB 1120", a private mail bag). */
const FORM_CODE = /^(?:FK|SKV|PM|CSN|KFM|MIGR|AF)$/u;
/** A form named before its code: "blanketten", "form", "formuläret". */
const FORM_NAMED = /^(?:blankett(?:en|er|erna)?|form(?:s|en|ulär(?:et)?)?)$/u;
/** "blanketten SKV 7640", "form FK 5012", "FK 5012": a form's code named as a form, or with a form's four figures (not "bor på CSN 4",
 * "I live at MIGR 12", a street misspoken in capitals; review 75). */
const formCodeAt = (tokens: readonly Token[], i: number): boolean =>
  FORM_CODE.test(tokens[i]!.text) && (FORM_NAMED.test(tokens[i - 1]?.lower ?? '') || (tokens[i + 1]?.kind === 'digits' && tokens[i + 1]!.text.length >= 4));
/** A year said as one Swedish word: "nittonhundrasjuttiotvå", "tjugohundratio", "tvåtusentolv". */
const SPOKEN_YEAR = /^(?:nittonhundra|tjugohundra|tvåtusen)\p{L}*$/u;

// After an address: a Swedish postcode, or a foreign five- or four-digit one before a town
// ("03181 Torrevieja", "0155 Oslo", "8000 Aarhus").
// Also "80-827 Gdańsk", "8200-161 Albufeira", "2511 AA The Hague" (Poland, Portugal, the Netherlands).
const SV_POSTCODE = /^[\s,]*((?:SE-? ?|S-)?[1-9]\d{2} ?\d{2}|\d{6,7}(?=,? \p{Lu})|0\d{4}(?=,? \p{Lu})|\d{2,4}-\d{3}(?=,? \p{Lu})|\d{4} [A-Z]{2}(?=,? \p{Lu})|\d{4}(?=,? \p{Lu}))(?![\p{L}\p{N}])/u;
/** "SE-123 45", "SE 123 45": a Swedish postcode with its country prefix, anywhere. */
const SE_POSTCODE = /(?<![\p{L}\p{N}])SE[- ]?[1-9]\d{2} ?\d{2}(?![\p{L}\p{N}])/gu;
const UK_POSTCODE = /(?<![\p{L}\p{N}])(?:[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]? ?\d[ABD-HJLNP-UW-Z]{2})(?![\p{L}\p{N}])/gu;
/** "D04 X2Y3": an Irish Eircode (a routing key and a unique identifier of the building). */
const EIRCODE = /(?<![\p{L}\p{N}])[AC-FHKNPRTV-Y]\d{2} ?[AC-FHKNPRTV-Y\d]{4}(?![\p{L}\p{N}])/gu;
/** What may stand between a postcode's halves read apart: a comma, a pause, a filler ("KT23... 3HB", "BT5, um, 6AW"). */
const HALVES_GAP = String.raw`(?:,|\s?(?:\.\.\.|…)|,? (?:um|uh|eh|erm|öh|hm)(?:,|\.\.\.|…)?) `;
const UK_POSTCODE_HALVES = new RegExp(String.raw`(?<![\p{L}\p{N}])[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?${HALVES_GAP}\d[ABD-HJLNP-UW-Z]{2}(?![\p{L}\p{N}])`, 'gu');
// (The second half has a letter: "P60, um, 2024" is a form and a year, round 52's review.)
const EIRCODE_HALVES = new RegExp(String.raw`(?<![\p{L}\p{N}])[AC-FHKNPRTV-Y]\d{2}${HALVES_GAP}(?=[\dA-Z]{0,3}[A-Z])[AC-FHKNPRTV-Y\d]{4}(?![\p{L}\p{N}])`, 'gu');
const CANADIAN_POSTCODE = /(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[A-Z] ?\d[A-Z]\d(?![\p{L}\p{N}])/gu;
const CANADIAN_POSTCODE_HALVES = new RegExp(String.raw`(?<![\p{L}\p{N}])[ABCEGHJ-NPRSTVXY]\d[A-Z]${HALVES_GAP}\d[A-Z]\d(?![\p{L}\p{N}])`, 'gu');
/** What every match of the written postcodes (SE_POSTCODE … LETTERED_POSTCODE) has: a capital, perhaps "-" or " ", a digit. */
const CAPITAL_THEN_DIGIT = /[A-Z][- ]?\d/u;
/** "LT-44280", "LV-1050", "FI-00100": a postcode written with its country's letters (as many digits as the country's have:
 * "Ärendet LT-2025", "FI-2026" are references, round 52's review). */
const LETTERED_POSTCODE = /(?<![\p{L}\p{N}])(?:(?:LT|EE|FI|DE)-\d{5}|LV-\d{4}|PL-\d{2}-\d{3})(?![\p{L}\p{N}])/gu;
/** ", 655 91 Karlstad": a Swedish postcode and a town right after a place and number. */
/** "nummer", "number", "numret": the word a house number is named by. */
const HOUSE_NUMBER_WORDS = new Set(['nummer', 'numret', 'number', 'nr', 'husnummer', 'husnumret']);
/** "hus nummer sextiosju", "house number forty-two", "husnummer 12": the words say whose number it is, street or not. */
const HOUSE_SAID = new Set(['hus', 'huset', 'house', 'husnummer', 'husnumret']);
/** What may stand before that word where it names the house's number ("…, med P, nummer tre", "the house is number nine"). */
const HOUSE_NUMBER_LEADS = new Set(['är', 'is', "it's", 'och', 'and', 'med', 'with', 'just', 'bara', "that's", 'sen', 'then', 'på', 'at', 'hus', 'huset', 'house']);
/** Whose house: "mitt husnummer", "our house number". */
const HOUSE_OWNERS = new Set(['mitt', 'vårt', 'hans', 'hennes', 'deras', 'ert', 'ditt', 'my', 'our', 'his', 'her', 'their', 'your', 'the']);
const HOUSE_NUMBER_OWNERS = new Set(['det', 'it', 'huset', 'house', 'porten', 'adressen', 'address', 'gatan', 'street']);
/** Between that word and the number: "numret är... vänta... sju". */
const BEFORE_HOUSE_NUMBER = new Set([',', 'är', 'is', "it's", 'vänta', 'wait', 'alltså', ...HESITATIONS]);
/**
 * "Jag bor på Lingonstigen, och numret är... vänta... sju", "Det är Prästgårdsgatan, med P, nummer tre", "the house is number
 * nine, Wheeley's Road": in a sentence that gives an address (a street, or a part or postcode already found), the number
 * named as "nummer"/"number" is the house's, however far from the street (round 55).
 */
export function houseNumbersNamed(tokens: Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (!HOUSE_NUMBER_WORDS.has(tokens[k]!.lower)) continue;
    const lead = tokens[k - 1];
    // ("Mitt husnummer är 40": whose the house is, where the word says it is a house's.)
    if (lead && lead.kind !== 'punct' && !HOUSE_NUMBER_LEADS.has(lead.lower) && !(HOUSE_SAID.has(tokens[k]!.lower) && HOUSE_OWNERS.has(lead.lower))) continue;
    // (An "is" says whose number: "the house is number nine", not "bussen är nummer 12".)
    if ((lead?.lower === 'är' || lead?.lower === 'is') && !HOUSE_NUMBER_OWNERS.has(tokens[k - 2]?.lower ?? '')) continue;
    const [first, last] = sentenceAround(tokens, k);
    const from = tokens[first]!.start;
    const to = tokens[last]!.end;
    const street = HOUSE_SAID.has(tokens[k]!.lower) || HOUSE_SAID.has(lead?.lower ?? '') || tokens.slice(first, last + 1).some((t) => t.capitalised && (STREET.test(t.lower) || FOREIGN_STREET_WORDS.has(t.lower)));
    if (!street && !found.some((c) => (c.type === 'address' || c.type === 'postcode') && c.start >= from && c.end <= to)) continue;
    let j = k + 1;
    while (j < tokens.length && j <= k + 12 && (BEFORE_HOUSE_NUMBER.has(tokens[j]!.lower) || ellipsisDotAt(tokens, j))) j++;
    const end = houseNumberEnd(tokens, j);
    // (A house's number closes its clause: not "nummer tre i kön", "number 3 on my list", "nummer 12 bussen", "nr 4471 på fakturan".)
    const next = end === undefined ? undefined : tokens[end + 1];
    if (end === undefined || (tokens[j]!.kind === 'digits' && tokens[j]!.text.length > 3) || (next && next.kind !== 'punct')) continue;
    // (The number alone: "nummer 4" remembered would take "nummer 4471" with it later in the call.)
    extra.push({ type: 'address', start: tokens[j]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
  }
  return extra;
}

const POSTCODE_AND_TOWN = /^,? ?[1-9]\d{2} ?\d{2},? \p{Lu}/u;

/** A house's letter as it is said: "tolv be", "nine bee". */
const SPOKEN_LETTERS = new Set(['be', 'ce', 'de', 'bee', 'cee', 'dee']);
/** A house number: digits (with a letter: "5B", "3 B") or a number word ("sju", "fyrtiotvå"). */
function houseNumberEnd(tokens: Token[], i: number): number | undefined {
  const t = tokens[i];
  if (!t) return undefined;
  let end: number;
  if (t.kind === 'digits' && t.text.length <= 4) {
    end = i;
    // "Västerbyn 1:14": a property's designation (fastighetsbeteckning), block and unit.
    if (isPropertyUnit(tokens, i)) return i + 2;
  } else if (t.kind === 'word' && numberWordAtoms(t.lower)) {
    end = i;
    while (end < i + 2 && tokens[end + 1]?.kind === 'word' && numberWordAtoms(tokens[end + 1]!.lower)) end++;
  } else return undefined;
  if (tokens[end + 1] && (UNITS_AFTER_NUMBER.has(tokens[end + 1]!.lower) || isUnitOrSize(tokens[end + 1]!.lower))) return undefined;
  const letter = tokens[end + 1];
  // "12 B", and "tolv be" as the letter is said, closing its clause.
  const spokenLetter = letter?.kind === 'word' && SPOKEN_LETTERS.has(letter.lower) && (!tokens[end + 2] || tokens[end + 2]!.kind === 'punct');
  if (letter?.kind === 'word' && ((letter.text.length === 1 && /[A-Ha-h]/.test(letter.text)) || spokenLetter)) {
    end++;
    // "tjugoett b som i Bertil", "four A as in Alpha", "7 C for Charlie": the letter's spelling belongs to the number.
    end += letterSpellingLength(tokens, end + 1);
    // "Rantakatu 5 B 12", "tolv B sju": a flat number after the letter.
    if ((tokens[end + 1]?.kind === 'digits' && tokens[end + 1]!.text.length <= 3) || isNumberWord(tokens[end + 1])) end++;
  }
  return end;
}

/** Words after a number that make it a count, a sum, a date, an age or a reference, no house number (round 66's review). */
const NOT_HOUSE_AFTER = new Set([
  ...UNITS, ...AREA_UNITS, ...UNITS_AFTER_NUMBER, 'våningar', 'våningen', 'trappsteg', 'steg', 'flights', 'flight', 'floors', 'steps', 'stairs', 'stories', 'storeys',
  'he', 'she', "he's", "she's", 'he’s', 'she’s', 'we', 'they', "i'm", 'han', 'hon', 'vi', 'jag',
  'reference', 'ref', 'case', 'invoice', 'faktura', 'ärende', 'ärendet', 'referens', 'tusen', 'hundra', 'hundred',
]);
/**
 * "Uppgången, fyra våningar", "Trapphuset, 1 500 kronor", "…, no, it's 85, he's 85", "…, it's 250 a month", "it's 15 March":
 * the number at `at` is a count, sum, date, year, age or reference, not a house number.
 */
function notAHouseNumber(tokens: Token[], at: number): boolean {
  const t = tokens[at];
  if (!t || isYearNumber(t)) return true;
  // ("2 500", "1 500 kronor": a sum read in thousands.)
  if (t.kind === 'digits' && t.text.length <= 3 && tokens[at + 1]?.kind === 'digits' && tokens[at + 1]!.text.length === 3) return true;
  let words = at + 1;
  while (tokens[words]?.kind === 'word' && numberWordAtoms(tokens[words]!.lower) && words < at + 3) words++;
  const after = tokens.slice(words, words + 4).filter((x) => x.text !== ',');
  if (after[0] && (MONTHS.has(after[0].lower) || NOT_HOUSE_AFTER.has(after[0].lower))) return true;
  // ("250 a month", "12 a week": the letter "a" before a unit.)
  if (after[0]?.lower === 'a' && after[1] && NOT_HOUSE_AFTER.has(after[1].lower)) return true;
  return after.slice(0, 3).some((x) => ['he', 'she', "he's", "she's", 'he’s', 'she’s', 'reference', 'ref'].includes(x.lower));
}

/** "som i Bertil", "as in Alpha", "for Charlie" right after a house's letter: the tokens it takes, or 0. */
function letterSpellingLength(tokens: Token[], k: number): number {
  const [a, b, c] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  // (Not a town the lists know: "Storgatan 4 b som i Borås" names the town, round 66's review.)
  if (((a?.lower === 'som' && b?.lower === 'i') || (a?.lower === 'as' && b?.lower === 'in')) && c?.kind === 'word' && c.capitalised && !lexicon().places.has(c.lower)) return 3;
  return a?.lower === 'for' && b?.kind === 'word' && b.capitalised && b.text.length > 1 ? 2 : 0;
}

/** ":14" right after the digits at `i` ("1:14", "3:12"), not a ":e" of an ordinal. */
const isPropertyUnit = (tokens: Token[], i: number): boolean =>
  tokens[i + 1]?.text === ':' && tokens[i + 2]?.kind === 'digits' && tokens[i + 2]!.text.length <= 4 && tokens[i + 1]!.start === tokens[i]!.end && tokens[i + 2]!.start === tokens[i + 1]!.end;

/** "Tallstigen, nummer 4", "Dalvägen, number 12 C", "Hjortvägen, uh, number nine": the house number named after the street. */
function numberNamedAfter(tokens: Token[], i: number): number | undefined {
  // ("Mill Lane, then number twelve")
  const j = pastHesitations(tokens, pastThen(tokens, pastHesitations(tokens, i + 1).at)).at;
  return ['nummer', 'number', 'nr', 'no'].includes(tokens[j]?.lower ?? '') ? houseNumberEnd(tokens, j + 1) : undefined;
}

/** Street words said before the street's name ("Calle Mayor", "Rua Augusta"), not after it ("Victoria Avenue") nor "via". */
const STREET_WORD_FIRST = new Set([...FOREIGN_STREET_WORDS].filter((w) => !['avenue', 'boulevard', 'via', 'ul'].includes(w)));
/** What may stand between a street said alone and its number named later: "ja, och numret är", "yeah, and then". */
const BEFORE_NUMBER_NAMED = new Set([',', 'ja', 'jo', 'yes', 'yeah', 'och', 'and', 'sen', 'then', 'är', 'is', "it's", 'det', 'it', ...HESITATIONS]);
const NUMBER_NAMES = new Set([...NUMBER_NOUNS, 'numret', 'husnumret', 'husnummer', 'gatunumret']);
/** "…, ja, och numret är fjorton", "…, yeah, and then nine": a house number named a few words after a street; its first and last token. */
function numberNamedLater(tokens: Token[], last: number): [number, number] | undefined {
  let j = last + 1;
  let named = false;
  for (; j < last + 8 && j < tokens.length; j++) {
    const lower = tokens[j]!.lower;
    if (NUMBER_NAMES.has(lower)) named = true;
    else if (!BEFORE_NUMBER_NAMED.has(lower)) break;
  }
  const saidThen = tokens[j - 1]?.lower === 'then' || tokens[j - 1]?.lower === 'sen';
  if (!named && !saidThen) return undefined;
  if (isYearNumber(tokens[j])) return undefined;
  const end = houseNumberEnd(tokens, j);
  // ("och sen 12 maj 1950": a day with its month is a date.)
  return end === undefined || MONTHS.has(tokens[end + 1]?.lower ?? '') ? undefined : [j, end];
}

/** "Calle Mayor, 46", "Rua Augusta, 12, …": a street named word first, its number after a comma, closing its clause (round 61). */
function numberAfterComma(tokens: Token[], last: number): [number, number] | undefined {
  if (tokens[last + 1]?.text !== ',' || isYearNumber(tokens[last + 2])) return undefined;
  const end = houseNumberEnd(tokens, last + 2);
  if (end === undefined) return undefined;
  return closesClause(tokens[end + 1]) || ['och', 'and'].includes(tokens[end + 1]?.lower ?? '') ? [last + 2, end] : undefined;
}

/** "Länsiranta ... tolv B sju", "Östra Frösslunda ... nummer hundrasjutton": a place, a pause, its number. */
function numberAfterPause(tokens: Token[], last: number): number | undefined {
  const after = pastHesitations(tokens, last + 1);
  if (after.passed === 0 || !isEllipsis(tokens, last + 1)) return undefined;
  const at = ['nummer', 'number', 'nr'].includes(tokens[after.at]?.lower ?? '') ? after.at + 1 : after.at;
  return isYearNumber(tokens[at]) ? undefined : houseNumberEnd(tokens, at);
}

/** The prepositions among `RESIDENCE_CUES`: a street after them may be anywhere one goes. */
const PLACE_CUES = new Set(['på', 'on', 'at']);
/** Words that say a place is someone's home or where their post goes. */
const HOME_SAID = /^(?:bor|bodde|bott|boende|bosatt|flytta[rt]?|flyttade|folkbokförd|skriven|adress(?:en)?|hem|hemma|hemadress|lägenhet(?:en)?|huset?|villan?|radhus(?:et)?|skicka[rt]?|skickade|post(?:en)?|brev(?:et|en)?|live[ds]?|living|moved?|moving|address|home|flat|apartment|house|send|sent|mail|post|stay(?:ing|s)?)$/u;
/** A word of `HOME_SAID` (other than token `i`) in the sentence around token `i`: "huset heter hus C", "vi bor i hus B". */
function homeInSentence(tokens: readonly Token[], i: number): boolean {
  const [first, last] = sentenceAround(tokens as Token[], i);
  for (let k = first; k <= last; k++) if (k !== i && HOME_SAID.test(tokens[k]!.lower)) return true;
  return false;
}
/** A word of `HOME_SAID` in the sentence before token `before` (inclusive). */
function homeSaidBefore(tokens: readonly Token[], before: number): boolean {
  for (let k = before; k >= 0; k--) {
    const t = tokens[k]!;
    if (t.kind === 'word' && HOME_SAID.test(t.lower)) return true;
    if (t.sentenceStart || SENTENCE_END_MARKS.has(t.text)) return false;
  }
  return false;
}

/** "Nej, jag har flyttat. Stationsgatan.", "Ja, Björkvägen?": the words from `first` to `last` are all their sentence says. */
function saidAlone(tokens: readonly Token[], first: number, last: number): boolean {
  for (let k = first - 1; k >= 0 && !tokens[k + 1]!.sentenceStart; k--) {
    const t = tokens[k]!;
    if (t.kind !== 'punct' && !ANSWER_LEAD.has(t.lower) && !['nej', 'no'].includes(t.lower)) return false;
  }
  const after = tokens[last + 1];
  return !after || (after.kind === 'punct' && after.text !== ',') || (after.text === ',' && !tokens[last + 2]);
}

/**
 * What may follow an address said with a pause in it: the end of its clause ("… Station Road in Leeds", "… number twelve
 * and I've lived there ten years"; not "… Crown Court said", "number nine bus").
 */
const closesAddress = (t: Token | undefined): boolean => !t || t.kind === 'punct' || CLAUSE_AFTER_ADDRESS.has(t.lower);
const CLAUSE_AFTER_ADDRESS = new Set(['and', 'och', 'in', 'i', 'on', 'på', 'with', 'med', 'which', 'som', 'where', 'där', 'but', 'men', 'so', 'så']);

/** "och sen", "sen", "and then", "then": the caller reads on to the next part of the address. */
function pastThen(tokens: Token[], i: number): number {
  const at = ['och', 'and'].includes(tokens[i]?.lower ?? '') && ['sen', 'then'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : i;
  return ['sen', 'then'].includes(tokens[at]?.lower ?? '') && at === i ? i + 1 : at;
}

/** "Hantverkargatan öh fyrtiosex": the house number after a hesitation. */
function numberAfterHesitation(tokens: Token[], i: number): number | undefined {
  // ("Solrosvägen, och sen arton": read on with "och sen", like a pause.)
  const paused = pastHesitations(tokens, i + 1);
  const then = pastThen(tokens, paused.at);
  const after = then === paused.at ? paused : { at: pastHesitations(tokens, then).at, passed: paused.passed + 1 };
  if (after.passed === 0 || isYearNumber(tokens[after.at])) return undefined;
  if (HESITATIONS.has(tokens[after.at - 1]?.lower ?? '')) return houseNumberEnd(tokens, after.at);
  // "Hagagatan, trettiotvå, andra trappan", "Hagalundsgatan... forty-one, 169 64 Solna": after a
  // pause, a number that closes its clause (or a floor or flat follows).
  if (then === paused.at && !isPause(tokens[after.at - 1], tokens, after.at - 1)) return undefined;
  const end = houseNumberEnd(tokens, after.at);
  const next = end === undefined ? undefined : tokens[end + 1];
  return end !== undefined && (!next || next.text === ',' || next.text === '.' || next.text === '?' || apartmentEnd(tokens, end) !== undefined) ? end : undefined;
}

/** "tredje våningen", "second floor", "3rd floor", "4 tr", "2º B": the floor, or a door, of a flat. */
// ("primeiro andar": the Portuguese floor, round 61.)
// ("dritter Stock", "im zweiten Stock": the German floor, round 64.)
const FLOOR_WORDS = new Set(['våningen', 'våning', 'vån', 'tr', 'trappor', 'trappa', 'trappan', 'floor', 'sal', 'etage', 'etasje', 'etasjen', 'kerros', 'andar', 'stock', 'stockwerk', 'obergeschoss']);
// (Italian "scala C, interno 4", Spanish "escalera 2", Turkish "Daire 5, Kat 3" too.)
/** Floors named by a word: the ground floor and the attic in Spain, "bottenvåningen", "ground floor" aside. */
// (A German house's back, side or front building and its ground floor: "Hinterhaus", "Seitenflügel", "Erdgeschoss", round 64.)
const FLOORS_BY_NAME = new Set(['bajo', 'bajos', 'entresuelo', 'ático', 'atico', 'principal', 'botten', 'bottenvåningen', 'markplan', 'hinterhaus', 'vorderhaus', 'seitenflügel', 'gartenhaus', 'erdgeschoss', 'dachgeschoss', 'hochparterre']);
const SPANISH_CARDINALS = new Set(['uno', 'dos', 'tres', 'cuatro', 'cinco', 'seis', 'siete', 'ocho', 'nueve', 'diez']);
const SPANISH_FLOORS = new Set(['primero', 'primer', 'segundo', 'tercero', 'tercer', 'cuarto', 'quinto', 'sexto', 'séptimo', 'octavo', 'noveno', 'décimo']);
/** "två trappor upp": which way the stairs go. */
const UP_DOWN = new Set(['upp', 'ner', 'ned', 'up', 'down']);
const DOOR_WORDS = new Set(['portkod', 'portkoden', 'port', 'portal', 'uppgång', 'ingång', 'dörr', 'puerta', 'porta', 'door', 'rum', 'room', 'bajo', 'scala', 'interno', 'escalera', 'daire', 'kat', 'staircase', 'entrance']);
const ORDINAL_WORD = /^(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|ground|bottom|top|st|nd|rd|th|e|a)$/;

/** A farm's name: "Nygården", "Backtorpet", "Åsstugan" (round 66). */
/** A school or a preschool named after a farm-like name: "Solgården i Norrbyn, förskolan" (round 66's review). */
const INSTITUTION_NAMED_AFTER = new Set(['förskolan', 'förskola', 'skolan', 'skola', 'dagis', 'fritids', 'school', 'preschool', 'nursery', 'kindergarten']);
const FARM_NAME = /^\p{L}{2,}(?:gården|gård|torpet|torp|stugan|hemmanet)$/u;
/** A compass point after an English street word: "King Street West" (round 66). */
const COMPASS_POINTS = new Set(['north', 'south', 'east', 'west', 'northeast', 'northwest', 'southeast', 'southwest', 'n', 's', 'e', 'w', 'ne', 'nw', 'se', 'sw']);
/** "it's 4401": the words before a value said again (round 66). */
const IT_IS = new Set(["it's", 'it’s', 'its']);
/** The stairwell of a block of flats (round 66). */
const STAIRWELL_WORDS = new Set(['uppgång', 'uppgången', 'trapphus', 'trapphuset', 'stairwell']);
const WARD_WORDS = new Set(['avdelning', 'avd', 'ward', 'rum', 'room']);
/** A patient's room or bed in a hospital ward: "sal 2", "bay 4", "säng 3" (not "rum 12", a room one has an appointment in). */
const BED_WORDS = new Set(['sal', 'salen', 'bay', 'säng', 'sängplats', 'bed']);
/** The last token of "avdelning B rum 14" from `i`: ward and room words, each with a letter or a number. */
function wardEnd(tokens: Token[], i: number): number | undefined {
  let last: number | undefined;
  let j = i;
  while (WARD_WORDS.has(tokens[j]?.lower ?? '')) {
    const id = tokens[j + 1];
    if (!id || !(id.kind === 'digits' || (id.kind === 'word' && /^\p{L}$/u.test(id.text)))) break;
    last = j + 1;
    j = tokens[j + 2]?.text === ',' ? j + 3 : j + 2;
  }
  return last;
}

/** Words of a numbered part of a place: a room alone is one, the others in a run of two or more. */
const ROOM_WORDS = new Set(['rum', 'rummet', 'room', 'korridor', 'korridoren', 'corridor']);
const NUMBERED_PART_WORDS = new Set([...ROOM_WORDS, 'hus', 'house', 'alley', 'lane', 'street', 'gata', 'neighbourhood', 'neighborhood', 'kvarter', 'district', 'sector', 'zone', 'building']);
/** The last token of "rum 14", "house 7, corridor 14, room 3" from `i`: each part a word and its number (or letter). */
function numberedPartsEnd(tokens: Token[], i: number): number | undefined {
  let last: number | undefined;
  let rooms = 0;
  let parts = 0;
  for (let j = i; NUMBERED_PART_WORDS.has(tokens[j]?.lower ?? ''); parts++) {
    const id = tokens[j + 1];
    const end = id && isSingleCapital(id) ? j + 1 : houseNumberEnd(tokens, j + 1);
    if (end === undefined) break;
    // "Vi har rum 2 och 3 för barnen": rooms counted, not where one lives.
    if (['och', 'and'].includes(tokens[end + 1]?.lower ?? '') && (tokens[end + 2]?.kind === 'digits' || isNumberWord(tokens[end + 2]))) return undefined;
    if (ROOM_WORDS.has(tokens[j]!.lower)) rooms++;
    last = end;
    // ("district 108, um, house 24": a pause between the parts.)
    j = pastHesitations(tokens, end + 1).at;
  }
  return last !== undefined && (rooms > 0 || parts >= 2) ? last : undefined;
}

/** Floors by their ordinal ("tredje våningen", "eleventh floor"), not "a floor" or "the top floor" of a building. */
const FLOOR_ORDINAL =
  /^(?:ground|första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|trettonde|fjortonde|femtonde|primeiro|segundo|terceiro|quarto|quinto|erster|ersten|zweiter|zweiten|dritter|dritten|vierter|vierten|fünfter|fünften|sechster|sechsten|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|\d{1,2}(?:st|nd|rd|th|e|a|:e|:a))$/;
const LIVES = new Set(['bor', 'bodde', 'live', 'lives', 'living', 'lived']);
/** The first and last token of the sentence token `j` is in. */
// (The dots of "..." are a pause in it: "Det är Calle Ramón y Cajal... och numret är trettiofem".)
function sentenceAround(tokens: Token[], j: number): [number, number] {
  const ends = (k: number) => SENTENCE_END_MARKS.has(tokens[k]!.text) && !ellipsisDotAt(tokens, k);
  let first = j;
  while (first > 0 && !ends(first - 1)) first--;
  let last = j;
  while (last < tokens.length - 1 && !ends(last)) last++;
  return [first, last];
}
/** The last token of a floor starting at `j` ("tredje våningen", "second floor", "trappa två", "floor 3"), if one starts there. */
function floorAt(tokens: Token[], j: number): number | undefined {
  const t = tokens[j]!;
  const next = tokens[j + 1]?.lower ?? '';
  // (The floor's word first: a look-up, where the ordinal is a pattern, and this runs at every token.)
  if (FLOOR_WORDS.has(next) && FLOOR_ORDINAL.test(t.lower)) return UP_DOWN.has(tokens[j + 2]?.lower ?? '') ? j + 2 : j + 1;
  if (['trappa', 'trappor', 'våning', 'floor', 'piso', 'planta'].includes(t.lower) && (tokens[j + 1]?.kind === 'digits' || isNumberWord(tokens[j + 1]))) return houseNumberEnd(tokens, j + 1);
  // "piso cuatro": a Spanish floor by its number in Spanish.
  // ("piso sexto": or by its ordinal, round 62.)
  if ((t.lower === 'piso' || t.lower === 'planta') && (SPANISH_CARDINALS.has(next) || SPANISH_FLOORS.has(next))) return j + 1;
  if (spanishFloorAndDoor(tokens, j)) return j + 1;
  return undefined;
}
/** "primero C", "tercero izquierda": a Spanish floor and its door, which name nothing but a flat (round 64). */
function spanishFloorAndDoor(tokens: Token[], j: number): boolean {
  const door = tokens[j + 1];
  return SPANISH_FLOORS.has(tokens[j]!.lower) && door?.kind === 'word' && (/^[A-H]$/.test(door.text) || SIDE_WORDS.has(door.lower));
}

/** The last token of one flat, floor or door item starting at token `j`, if it is one. */
function flatItemEnd(tokens: Token[], j: number): number | undefined {
  const t = tokens[j];
  if (!t) return undefined;
  // "Skolgatan 3 nb": a floor abbreviation right after the number, closing its clause.
  if (FLOOR_ABBREVIATIONS.has(t.lower) && tokens[j - 1]?.kind === 'digits' && (!tokens[j + 1] || tokens[j + 1]!.kind === 'punct')) return j;
  // "third floor, B": a door letter on its own, closing its clause.
  if (t.kind === 'word' && /^[A-H]$/.test(t.text) && (!tokens[j + 1] || [',', '.', '?', '!'].includes(tokens[j + 1]!.text)) && tokens[j - 1]?.text === ',') return j;
  // "Calle Orihuela 21, bajo", "nedre botten": a floor named by a word alone, closing its clause.
  // ("Calle Naranjo 8, primero, puerta C": a Spanish floor by its ordinal alone too, round 64.)
  const named = (t.lower === 'nedre' || t.lower === 'övre') && tokens[j + 1]?.lower === 'botten' ? j + 1 : j;
  if ((FLOORS_BY_NAME.has(tokens[named]!.lower) || SPANISH_FLOORS.has(tokens[named]!.lower)) && (!tokens[named + 1] || tokens[named + 1]!.kind === 'punct')) return named;
  // "segundo B", "tercero izquierda": a Spanish floor by its ordinal, then the door ("second B", as English speakers say it).
  if ((SPANISH_FLOORS.has(t.lower) || FLOOR_ORDINAL.test(t.lower)) && tokens[j + 1]?.kind === 'word' && (/^[A-H]$/.test(tokens[j + 1]!.text) || SIDE_WORDS.has(tokens[j + 1]!.lower))) return j + 1;
  // "en trappa upp", "två trappor ner": a floor counted in stairs, and which way.
  if ((t.lower === 'en' || t.lower === 'one') && FLOOR_WORDS.has(tokens[j + 1]?.lower ?? '')) return UP_DOWN.has(tokens[j + 2]?.lower ?? '') ? j + 2 : j + 1;
  // "puerta C", "uppgång B": a door may be a letter.
  if (DOOR_WORDS.has(t.lower) && tokens[j + 1]?.kind === 'word' && /^[A-H]$/.test(tokens[j + 1]!.text)) return j + 1;
  // "flat C as in Charlie", "flat Rosemount": an English flat by its letter (with its spelling) or by its name, closing the
  // clause (round 67's review).
  const flat = tokens[j + 1];
  if (ENGLISH_FLAT_WORDS.has(t.lower) && flat?.kind === 'word') {
    const letter = /^\p{Lu}$/u.test(flat.text) ? j + 1 + letterSpellingLength(tokens, j + 2) : undefined;
    const named = letter === undefined && flat.capitalised && flat.text.length > 1 && !MONTHS.has(flat.lower) && !lexicon().stopWords.has(flat.lower) ? j + 1 : undefined;
    const at = letter ?? named;
    if (at !== undefined && (tokens[at + 1] === undefined || tokens[at + 1]?.kind === 'punct')) return at;
  }
  // "rum 1319", "room 204" after a house number: a room in a student corridor or a home.
  // ("lägenhet nummer 1001", "room number 12")
  if (APARTMENT_WORDS.has(t.lower) || DOOR_WORDS.has(t.lower) || HOUSE_WORDS.has(t.lower)) return houseNumberEnd(tokens, NUMBER_NOUNS.has(tokens[j + 1]?.lower ?? '') ? j + 2 : j + 1);
  // "17 m. 4", "No. 112": an abbreviation with its dot.
  if ((t.lower === 'm' || t.lower === 'no' || t.lower === 'nr' || t.lower === 'lok' || t.lower === 'apt') && tokens[j + 1]?.text === '.') return houseNumberEnd(tokens, j + 2);
  // "2º B", "1º esquerdo"; "7.º A", "3.ª izquierda": the ordinal's dot written before its sign too (round 87).
  const sign = tokens[j + 1]?.text === '.' ? j + 2 : j + 1;
  if (t.kind === 'digits' && ['º', 'ª'].includes(tokens[sign]?.text ?? '') && tokens[sign + 1]?.kind === 'word') return sign + 1;
  let k = j;
  if (t.kind === 'digits' && t.text.length <= 2 && ORDINAL_WORD.test(tokens[j + 1]?.lower ?? '') && tokens[j + 1]!.start === t.end) k = j + 1;
  // "2. sal", "3. Etage": a floor written with an ordinal dot (Danish, German).
  else if (t.kind === 'digits' && t.text.length <= 2 && tokens[j + 1]?.text === '.' && FLOOR_WORDS.has(tokens[j + 2]?.lower ?? '')) return j + 2;
  // "tredje våningen", and "tre trappor" (a count of stairs).
  else if (t.kind !== 'digits' && !ORDINAL_WORD.test(t.lower) && numberWordAtoms(t.lower) === undefined) return undefined;
  if (!FLOOR_WORDS.has(tokens[k + 1]?.lower ?? '')) return undefined;
  return UP_DOWN.has(tokens[k + 2]?.lower ?? '') ? k + 2 : k + 1;
}

/**
 * ", lägenhet 1102", "lgh 1204", ", tredje våningen", ", 4 tr", ", piso 3, puerta C": the flat,
 * floor and door after the house number, as many as are given. The last token, or undefined.
 */
function apartmentEnd(tokens: Token[], i: number): number | undefined {
  let end: number | undefined;
  for (let items = 0; items < 4; items++) {
    let j = (end ?? i) + 1;
    if (tokens[j]?.text === ',') j++;
    // ("nummer fjorton, sen tredje våningen", "nine, then second B": the next item after "sen", "then".)
    // ("puerta B... alltså fjärde våningen", "bajo, A... that's the ground floor, in Nerja": the same said again in other words.)
    while (['eh', 'öh', 'uh', 'um', 'sen', 'then', 'alltså', "that's", 'on', 'the'].includes(tokens[j]?.lower ?? '') || tokens[j]?.text === ',' || (tokens[j] && ellipsisDotAt(tokens, j))) j++;
    // "3rd floor, left", "2º, esquerdo": the side of the landing after a floor, closing its clause.
    const side = tokens[j];
    if (end !== undefined && side?.kind === 'word' && SIDE_WORDS.has(side.lower) && (!tokens[j + 1] || tokens[j + 1]!.kind === 'punct')) {
      end = j;
      break;
    }
    let item = flatItemEnd(tokens, j);
    // "uppgång, eh, uppgång B": a part begun, a pause, and said again whole.
    if (item === undefined && tokens[j]?.kind === 'word') {
      const again = pastHesitations(tokens, j + 1);
      if (again.passed > 0 && tokens[again.at]?.lower === tokens[j]!.lower) item = flatItemEnd(tokens, again.at);
    }
    if (item === undefined) break;
    end = item;
  }
  return end;
}

/** An agency or organisation by its name: "Pensionsmyndigheten", "Försäkringskassan", "Umeå kommun". */
const AGENCY_NAME = rememberedTest(/(?:myndigheten|kassan|verket|kommun|kommunen|regionen|banken|bolaget|förmedlingen|fogden|nämnden|förvaltningen)s?$/);

/** The agencies Samtal serves, whose units print their own postcodes (review 76; not Migrationsverket: a detention unit). */
const SERVED_AGENCY = /^(?:försäkringskassan|pensionsmyndigheten|skatteverket|kronofogden|kronofogdemyndigheten|arbetsförmedlingen)s?$/u;
/** A unit's word that places a person: a dwelling, a ward, detention, a home office. */
const PERSONAL_UNIT = /lägenhet|förvar|boende|vård|hem|avdelning/iu;
/** After a served agency, its unit by its word (group 1) and the unit's postcode: ", Bouppteckningsenheten, 205 97". */
const UNIT_POSTCODE = /^,?\s*(?:(\p{Lu}\p{L}*(?:central|enhet|center|centret|kontor)(?:en|et)?),\s*)?\d{3} ?\d{2}(?!\d)/u;
/** After any agency, its postcode, or its scanning centre's: ", inläsningscentral, 839 88". */
const SCANNING_POSTCODE = /^,?\s*(?:(?:inläsningscentral(?:en)?|skanningscentral(?:en)?|scanningcentral(?:en)?),\s*)?\d{3} ?\d{2}(?!\d)/iu;

/** "Pensionsmyndigheten, Box 38190": the box at `i` is an agency's or an organisation's. */
function agencyBox(tokens: Token[], i: number, byAgent: boolean): boolean {
  const owner = tokens[tokens[i - 1]?.text === ',' ? i - 2 : i - 1];
  // "Ni har ert kontor på Box 38190": the box of the office just named.
  const office = OFFICE_WORDS.has(tokens[i - 2]?.lower ?? '') && OFFICE_OWNERS.has(tokens[i - 3]?.lower ?? '');
  return AGENCY_BOXES.has(tokens[i + 1]?.text ?? '') || office || isAgency(owner) || agencysAddressSaid(tokens, i, byAgent);
}
/** Boxes of the agencies Samtal serves, printed on every letter they send: Pensionsmyndigheten's. */
const AGENCY_BOXES = new Set(['38190']);
/** "till er adress", "to your address" (the agency's, to the caller), and the agent's "vår adress", "our address". */
const AGENCY_POSSESSIVES = new Set(['er', 'ert', 'your']);
const AGENT_POSSESSIVES = new Set(['vår', 'vårt', 'our']);
const agencyWord = (lower: string): boolean => AGENCY_NAME.test(lower) || lexicon().notNames.has(lower) || REGIONS_ABROAD.has(lower);
const isAgency = (t: Token | undefined): boolean => !!t?.capitalised && agencyWord(t.lower);
/** "Pensionsmyndigheten har adressen Box …", "Försäkringskassans adress är …": the agency's address said before `i`. */
function agencysAddressSaid(tokens: Token[], i: number, byAgent: boolean): boolean {
  for (let k = i - 1; k >= 0 && k >= i - 4 && !tokens[k + 1]!.sentenceStart; k--) {
    if (!tokens[k]!.lower.startsWith('adress') && !tokens[k]!.lower.startsWith('address')) continue;
    const whose = tokens[k - 1]?.lower ?? '';
    if (AGENCY_POSSESSIVES.has(whose) || (byAgent && AGENT_POSSESSIVES.has(whose))) return true;
    // (The agency in the genitive too: "Försäkringskassans".)
    for (let j = k - 1; j >= 0 && j >= k - 3; j--) if (tokens[j]!.capitalised && (agencyWord(tokens[j]!.lower) || agencyWord(tokens[j]!.lower.replace(/s$/u, '')))) return true;
  }
  return false;
}

/**
 * "Pensionsmyndigheten, Box 38190, 100 64 Stockholm": an agency's postal address, box, postcode and
 * town, as offsets. Nothing in it is personal; what only looks like a number there is kept.
 */
export function agencyPostalAddresses(text: string, tokens: Token[], byAgent = false): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!BOX_WORDS.has(tokens[i]!.lower) || tokens[i + 1]?.kind !== 'digits' || !agencyBox(tokens, i, byAgent)) continue;
    const box = tokens[i + 1]!;
    const postcode = SV_POSTCODE.exec(text.slice(box.end, box.end + 12));
    spans.push([tokens[i]!.start, postcode ? box.end + postcode[0].length : box.end]);
  }
  // "Adressen är Pensionsmyndigheten, 839 88 Östersund": the agency's postcode right after its name, or after the
  // office it names ("Försäkringskassan, Inläsningscentralen, 839 88 Östersund", round 21).
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.capitalised || !AGENCY_NAME.test(tokens[i]!.lower)) continue;
    // (Not where the sentence says it is someone's own: "…, 123 45 Umeå, det är min adress", "där jag bor".)
    if (ownAddressSaid(tokens, i)) continue;
    const after = text.slice(tokens[i]!.end, tokens[i]!.end + 40);
    // ("Försäkringskassans inläsningscentral, 839 88 Östersund": the office in the genitive's noun, in lower case too.)
    // (Round 76: any unit of the agency by its word, "Skatteverket, Bouppteckningsenheten, 205 97 Malmö", "…, Kundcentret, …".)
    // (Review 76: the other units only after an agency Samtal serves, not Regionen, Kommunen, a "-bolaget" or "-banken", nor
    // Migrationsverket, whose unit may hold a detained person; the unit capitalised and no dwelling, ward or detention:
    // "Regionen, Demensavdelningen, 903 25 Umeå", "…, lägenheten, 123 45 Storvik" stay redacted.)
    const unit = SERVED_AGENCY.test(tokens[i]!.lower) ? UNIT_POSTCODE.exec(after) : null;
    const postcode = (unit && !PERSONAL_UNIT.test(unit[1] ?? '') ? unit : null) ?? SCANNING_POSTCODE.exec(after);
    if (postcode) spans.push([tokens[i]!.start, tokens[i]!.end + postcode[0].length]);
  }
  return spans;
}

/** Words that make an address in the sentence of token `i` someone's own: "min adress", "där jag bor", "my address". */
function ownAddressSaid(tokens: Token[], i: number): boolean {
  const [first, last] = sentenceAround(tokens, i);
  for (let k = first; k <= last; k++) {
    const word = tokens[k]!.lower;
    if (word === 'bor' || word === 'live' || word === 'lives' || ((word === 'adress' || word === 'address') && ['min', 'hans', 'hennes', 'my', 'his', 'her'].includes(tokens[k - 1]?.lower ?? ''))) return true;
  }
  return false;
}

/** "c/o min dotter", "c/o my son": whose home the address is. */
const KIN_POSSESSIVES = new Set(['min', 'mitt', 'mina', 'hans', 'hennes', 'my', 'his', 'her', 'our', 'vår']);

/** Words that name a care home: then a "-gården" named alone is the home, not a farm. */
const CARE_HOME = /^(?:\p{L}*boende[nt]?|servicehus(?:et)?|vårdhem(?:met)?|nursing)$/u;
/** (A student's corridor is a home of one's own: "Flogsta, Studentvägen 4, room 1326" is the address, all of it.) */
const STUDENT_HOUSING = /^(?:student\p{L}*|korridor\p{L}*|corridor)$/u;
/** Words that say a home is one's own: "hemma", "gården", "hemtjänst" (home care comes to one's own home), an address. */
const OWN_HOME = /^(?:hemma|gård(?:en)?|farm|hemtjänst(?:en)?|adress(?:en)?|address|postnummer|postcode|kvar|själv|egen|eget|sitt|villa|skriven|folkbokförd)$/u;
/**
 * "Hemgården, ett boende", "Rosewood, a nursing home", "Lindgårdens care home": the utterance names a care home, and says nothing of
 * a home of one's own. Privacy fails closed: where it is unclear, the place is the address.
 */
export const careSaid = (tokens: readonly Token[]): boolean =>
  tokens.some((t, k) => CARE_HOME.test(t.lower) || (t.lower === 'care' && tokens[k + 1]?.lower === 'home')) && !tokens.some((t) => STUDENT_HOUSING.test(t.lower) || OWN_HOME.test(t.lower));

export const isCareHomeWord = (lower: string): boolean => CARE_HOME.test(lower);
/** "Finngården, ett boende", "Solgården, ett äldreboende": a care home's word right after the place named at `i`, in a call about one. */
// ("Blomhaga, det är ett äldreboende", "Ekhaga care home": five words on, and "care home" too, round 69's review.)
export const careHomeNamed = (tokens: readonly Token[], i: number): boolean =>
  careSaid(tokens) && tokens.slice(i + 1, i + 6).some((t, d) => CARE_HOME.test(t.lower) || (t.lower === 'care' && tokens[i + 2 + d]?.lower === 'home'));

/** A room in a home, named by its number: "rum", "rummet", "room". */
const ROOMS_IN_HOME: ReadonlySet<string> = new Set(['rum', 'rummet', 'room']);
/** Homes where people live and are registered: "Solgårdens äldreboende", "gruppboendet Linden". */
export const HOME_WORDS = new Set(['äldreboende', 'äldreboendet', 'boende', 'boendet', 'servicehus', 'servicehuset', 'vårdboende', 'vårdboendet', 'gruppboende', 'gruppboendet', 'serviceboende', 'serviceboendet', 'hemmet', 'omsorgsboende', 'omsorgsboendet', 'demensboende', 'demensboendet', 'korttidsboende', 'korttidsboendet']);

/** "Flat 4, 3rd floor, 17 Marine Parade", "Ekbacken, Västra Ryd 3": flat items or a farm's name before the address. */
function addressStart(tokens: Token[], first: number): number {
  let start = first;
  for (let items = 0; items < 3; items++) {
    const comma = tokens[start - 1]?.text === ',' ? start - 1 : start;
    const k = comma - 1;
    const before = tokens[k];
    if (!before) break;
    // (Not "bor i Rinkeby, Kvarnbyvägen 21": the district one lives in, named after "i".)
    if (before.kind === 'word' && before.capitalised && (RURAL.test(before.lower) || STREET.test(before.lower)) && comma < start && tokens[k - 1]?.lower !== 'i' && tokens[k - 1]?.lower !== 'in') {
      // ("Lilla Bjärred, Hög 9:3": the farm's or village's word of size or side goes with it; round 89.)
      start = tokens[k - 1]?.capitalised === true && STREET_PREFIXES.has(tokens[k - 1]!.lower) ? k - 1 : k;
      continue;
    }
    // "Yaka Mahallesi, Gül Sokak 7": the quarter before the street, abroad, with its name.
    if (comma < start && before.kind === 'word' && before.capitalised && STREET_AFTER_NAME.has(before.lower) && tokens[k - 1]?.kind === 'word' && tokens[k - 1]!.capitalised) {
      start = k - 1;
      continue;
    }
    // ("Solgårdens äldreboende, Parkvägen 2": a home named before its address stays outside it, kept as a hospital is.)
    if (comma < start && before.kind === 'word' && (HOME_WORDS.has(before.lower) || HOME_WORDS.has(tokens[k - 1]?.lower ?? ''))) break;
    // An item ends at k: find where it begins.
    let found = -1;
    for (let from = Math.max(0, k - 3); from <= k; from++) if (flatItemEnd(tokens, from) === k) found = from;
    if (found < 0) break;
    start = found;
  }
  return start;
}

/** Words for an agency's or a firm's premises: a street named after them is where it is, not where anyone lives. */
const OFFICE_WORDS = new Set([
  'kontoret', 'kontor', 'servicekontoret', 'servicekontor', 'servicecenter', 'servicecentret', 'filialen', 'mottagningen', 'expeditionen',
  'receptionen', 'office', 'offices', 'branch', 'reception',
]);
/** A region's word after a compass prefix, "Västra Götaland", "Norra Sverige", "Södra Stockholm": no village. */
const REGION_AFTER = /^(?:götaland|svealand|norrland|sverige|stockholm|göteborg|skåne|småland|halland|värmland|dalarna|lappland|finland|norge)$/;
/** A meeting, a room for one, a workplace: a floor said about them is no one's home. */
const MEETING_WORDS = new Set(['mötet', 'möte', 'mötesrummet', 'meeting', 'meetings']);
/** "kontoret på Storgatan", "ert kontor på …", "ni sitter på Storgatan", "your office on King Street": a bare street after an office. */
function officeNear(tokens: Token[], first: number, i: number): boolean {
  if (tokens[i]!.lower.includes('-')) return true;
  const before = tokens[first - 2]?.lower ?? '';
  if (OFFICE_WORDS.has(before)) return true;
  return (before === 'sitter' || before === 'ligger' || before === 'finns') && (tokens[first - 3]?.lower === 'ni' || tokens[first - 3]?.lower === 'kontoret');
}

/** An office, a clinic or a meeting named in the sentence of token `i`, or "hos er" (at the agency's). */
function officeInSentence(tokens: readonly Token[], i: number): boolean {
  const from = sentenceStartOf(tokens, i);
  for (let k = from, end = sentenceEndOf(tokens, i); k < end; k++) {
    const word = tokens[k]!.lower;
    if (OFFICE_WORDS.has(word) || MEETING_PLACES.has(word) || AGENCY_NAME.test(word) || (word === 'hos' && tokens[k + 1]?.lower === 'er')) return true;
  }
  return false;
}
/**
 * "Ska jag gå till rum 12 på servicekontoret?", "I have an appointment in room 4", "the doctor said ward 54, room 12": a
 * room one goes to. Not where anyone lives or stays, said anywhere in the sentence ("Jag ska till rum 12 där mamma bor",
 * "han har rum 14 på Ekbacken", "room 12 at Sunnyside nursing home"): a home's room is an address (fails closed).
 */
export function goingToRoom(tokens: readonly Token[], i: number): boolean {
  const from = sentenceStartOf(tokens, i);
  if (tokens.slice(from, sentenceEndOf(tokens, i)).some((t) => LIVES_IN.has(t.lower) || HOME_WORD.test(t.lower))) return false;
  // ("sitt rum", "her room", "har rum 14": whose room it is.)
  if (ROOM_HOLDERS.has(tokens[i - 1]?.lower ?? '')) return false;
  for (let k = i - 1; k >= from && k >= i - 10; k--) {
    const word = tokens[k]!.lower;
    if (GOING.has(word) && ['till', 'to'].includes(tokens[k + 1]?.lower ?? '')) return true;
    if (APPOINTMENT.has(word)) return true;
  }
  return false;
}
const GOING = new Set(['gå', 'går', 'ska', 'komma', 'kommer', 'åka', 'go', 'come', 'going', 'get', 'head']);
const APPOINTMENT = new Set(['tid', 'tiden', 'läkaren', 'doktorn', 'appointment', 'assessment', 'doctor']);
const LIVES_IN = new Set(['bor', 'bodde', 'bo', 'ligger', 'låg', 'flytta', 'flyttar', 'live', 'lives', 'lived', 'living', 'lies', 'stays', 'staying', 'besök', 'besöka', 'visit', 'visiting']);
const HOME_WORD = /(?:boende|boendet|hemmet|^home$|^homes$|^care$|^nursing$|^hospice$)/u;
const ROOM_HOLDERS = new Set(['har', 'hade', 'sitt', 'sin', 'hans', 'hennes', 'mitt', 'has', 'had', 'his', 'her', 'my', 'their']);

/** Where a numbered room is a meeting's, not a home's. */
const MEETING_PLACES = new Set([
  'vårdcentralen', 'vårdcentral', 'akuten', 'sjukhuset', 'sjukhus', 'mottagning', 'möte', 'mötet', 'intervju', 'intervjun', 'klockan', 'kl',
  'clinic', 'hospital', 'meeting', 'interview', 'hearing', 'court', "o'clock", 'agency',
]);

/**
 * Whose office: "ert servicekontor", "your office", "Pensionsmyndighetens kontor" (not "mitt kontor"; nor "vårt kontor", "our
 * office": an agent reads a caller's address back beside them, a caller's firm is at home, round 48's review).
 */
const OFFICE_OWNERS = new Set(['ert', 'er', 'era', 'your', 'myndighetens', 'pensionsmyndighetens', 'försäkringskassans', 'the', "agency's"]);
/** ", ert servicekontor", ", your office": an address said to be the agency's office right after it. */
export function officeAfter(tokens: readonly Token[], last: number): boolean {
  // ", ert servicekontor", and "på ert kontor", "at your office".
  const lead = tokens[last + 1]?.text === ',' || ['på', 'at', 'i', 'in'].includes(tokens[last + 1]?.lower ?? '');
  return lead && OFFICE_OWNERS.has(tokens[last + 2]?.lower ?? '') && OFFICE_WORDS.has(tokens[last + 3]?.lower ?? '');
}

/** "ert kontor på …", "your office at …", "Ert servicekontor ligger väl på …", "hos er på …": the agency's office before an address. */
export function officeBefore(tokens: readonly Token[], first: number): boolean {
  if (tokens[first - 1]?.lower === 'på' && tokens[first - 2]?.lower === 'er' && tokens[first - 3]?.lower === 'hos') return true;
  // ("servicekontoret på Klarabergsgatan 60": the agencies' service office, whoever names it, right before its street.)
  if (SERVICE_OFFICES.has(tokens[first - 2]?.lower ?? '') && ['på', 'vid', 'at', 'on'].includes(tokens[first - 1]?.lower ?? '')) return true;
  for (let k = first - 2; k >= 0 && k >= first - 5; k--) {
    if (!OFFICE_WORDS.has(tokens[k]!.lower)) continue;
    const owner = tokens[k - 1]?.lower ?? '';
    // ("the office in Kista, Torshamnsgatan 23": "the" office is an employer's as often as the agency's; it is the agency's
    // only where the sentence names an agency, round 82. Privacy fails closed.)
    if (owner === 'the') return agencyInSentence(tokens, k);
    return OFFICE_OWNERS.has(owner);
  }
  return false;
}
/** An agency named in the sentence of token `i` ("the office of the Migration Agency", "Skatteverket has the office …"). */
function agencyInSentence(tokens: readonly Token[], i: number): boolean {
  for (let k = sentenceStartOf(tokens, i), end = sentenceEndOf(tokens, i); k < end; k++) {
    const word = tokens[k]!.lower;
    // ("staffing agency", "travel agency", "agency nurse": a firm's trade, not the agency; review 82.)
    const trade = AGENCY_TRADES.has(tokens[k - 1]?.lower ?? '') || AGENCY_STAFF.has(tokens[k + 1]?.lower ?? '');
    if (AGENCY_NAME.test(word) || isAgency(tokens[k]) || ((word === 'agency' || word === "agency's") && !trade)) return true;
  }
  return false;
}
/** Words that make "agency" a firm's trade: "a staffing agency", "the travel agency's office", "agency nurse". */
const AGENCY_TRADES: ReadonlySet<string> = new Set(['staffing', 'travel', 'temp', 'temping', 'employment', 'recruitment', 'nursing', 'modelling', 'modeling', 'estate', 'letting', 'lettings', 'advertising', 'marketing', 'cleaning', 'care', 'security', 'talent']);
const AGENCY_STAFF: ReadonlySet<string> = new Set(['nurse', 'nurses', 'worker', 'workers', 'staff', 'work', 'shifts', 'shift']);
/** The agencies' shared service offices: public, whoever speaks of them. */
const SERVICE_OFFICES = new Set(['servicekontoret', 'servicekontor', 'servicecenter', 'servicecentret']);

/**
 * Every word in lower case that a rule of `findAddresses`' loop begins on (with `STREET`; the others
 * need a capital): a new rule for lower-case words adds its words here (check with eval/snapshot.ts).
 */
const LOWER_CASE_STARTS: ReadonlySet<string> = new Set([
  ...ADDRESS_LINE_WORDS, ...WARD_WORDS, ...BED_WORDS, ...APARTMENT_WORDS, ...HOME_WORDS, ...NUMBERED_STREET_WORDS, ...STREET_AFTER_NAME, ...STREET_WORDS,
  ...FOREIGN_STREET_WORDS, ...BOX_WORDS, ...HOUSE_WORDS, ...DOOR_CODE_WORDS, ...DOOR_WORDS, ...NUMBERED_PART_WORDS, 'code', 'c', 'care',
]);

/** A personal or coordination number named in `text`. */
const PERSONAL_NAMED = /personnum|personnr|samordningsnum|personal (?:identity )?number|coordination number/iu;
/**
 * The police report's shape around `at` ("K850312-12") has figures that begin a personal number's date (six, or eight from the
 * 1800s or 1900s; a samordningsnummer's day plus 60) and the text names a personal number (review of round 85).
 */
function personalHalfNamed(text: string, at: number): boolean {
  if (!PERSONAL_NAMED.test(text)) return false;
  const report = matchesOf(text, POLICE_REPORT).find((r) => r.index <= at && at < r.index + r[0].length);
  const d = /[A-Z]{1,2}(\d+)-/u.exec(report?.[0] ?? '')?.[1] ?? '';
  return (d.length === 6 || (d.length === 8 && /^(?:18|19)/u.test(d))) && personalMonthAndDay(d.slice(-4));
}

/**
 * What a caller says must not be written or known, or that her identity or address is protected: "det ska ni inte skriva",
 * "stryk det", "den nya får ingen veta", "please don't write that", "their father mustn't know", "skyddad identitet".
 */
const KEPT_SECRET = /(?<![\p{L}])(?:(?:inte|not|don't|don’t|never|aldrig) (?:\p{L}+ )?(?:skriva|skriv|skrivas|write|written|put|veta|know|med)|skriv inte|stryk|(?:får|ska) ingen veta|ingen (?:får|ska) veta|mustn't know|mustn’t know|must not know|no one (?:can|may|must|should) know|nobody (?:can|may|must|should) know|strike that|leave (?:that|it) out|hemlig\p{L}*|secret\p{L}*|skyddad\p{L}*|skyddat|protected|sekretess\p{L}*)(?![\p{L}])/iu;
/** A secret said away: "it's no secret", "det är ingen hemlighet", "not a secret", "inte hemligt" (review 88). */
const NEGATED_SECRET = /(?<![\p{L}])(?:no secret|not (?:a )?secret|ingen hemlighet|inte (?:någon )?hemlig\p{L}*)(?![\p{L}])/giu;
/**
 * Secrecy or protection said plainly enough to hold for the whole call: not `KEPT_SECRET`'s loose "not … know" or "inte …
 * med", which "I don't know the number" and "det ska inte med" say too (review 88).
 */
// (Not "skriv inte personnummer i mejlet", "hon kan inte skriva under": a word of writing only as keeping a thing out.)
const SECRET_IN_CALL = /(?<![\p{L}])(?:(?:får|ska) ingen veta|ingen (?:får|ska) veta|får inte (?:veta|reda på)|mustn't know|mustn’t know|must not know|(?:no one|nobody) (?:can|may|must|should) know|skriv inte (?:det|ner|upp)|stryk det|(?:ska|får) (?:ni |du |ingen )?inte skrivas?|(?:don't|don’t|do not|never) (?:write|put) (?:that|it|this)|hemlig\p{L}*|secret\p{L}*|skyddad\p{L}*|skyddat|protected|sekretess\p{L}*)(?![\p{L}])/iu;
/** Whether a turn says so, a secret said away not counted: what makes every turn's school and town lived in an address. */
export const secretInCall = (text: string): boolean => SECRET_IN_CALL.test(text.replace(NEGATED_SECRET, ' '));
/** Whether an utterance says that something must be kept secret or that the caller is protected, a secret said away not counted. */
export const keptSecret = (text: string): boolean => KEPT_SECRET.test(text.replace(NEGATED_SECRET, ' '));
/** A school by its name: "Rosenlundsskolan", "Backens skola", "Västerslätts skola", "Sturegymnasiet" (not "förskolan", "Högskolan"). */
const SCHOOL_NAMED = /^\p{L}{3,}(?:skolan|skola|gymnasiet)$/u;
const SCHOOL_WORDS = new Set(['skola', 'skolan', 'förskola', 'förskolan', 'school', 'preschool', 'gymnasiet', 'gymnasium']);
const NOT_A_SCHOOL_NAME = /^(?:för|hög|folkhög|grund|gymnasie|sär|gymnasiesär|låg|mellan|sommar|kör|dans|musik|kultur|trafik|språk|fri|privat|kommunal)(?:skolan|skola)$/u;

/**
 * "Min son går i Lövångerskolan, nej det ska ni inte skriva", "asking about Tallåsens skola, please don't write it": a child's
 * school named where the caller says it must not be written or known, or that she is protected, says where the child is
 * every day: an address, however the school is kept elsewhere. Fails closed (round 88).
 */
export function schoolsKeptSecret(text: string, tokens: readonly Token[], secretInCall = false): Candidate[] {
  if (!secretInCall && !keptSecret(text)) return [];
  const found: Candidate[] = [];
  const { stopWords } = lexicon();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word') continue;
    // One word: "Lövångerskolan" (capitalised, not a kind of school, "Förskolan", "Högskolan").
    // (In lower case too, as Whisper writes it, "rosenlundsskolan"; review 88.)
    if (SCHOOL_NAMED.test(t.lower) && !NOT_A_SCHOOL_NAME.test(t.lower)) {
      found.push({ type: 'address', start: t.start, end: t.end, confidence: Confidence.cued });
      continue;
    }
    // Capitalised words, then the word for a school: "Backens skola", "Tallåsens skola", "Hillside School".
    if (!SCHOOL_WORDS.has(t.lower) || i === 0) continue;
    let first = i;
    while (first > 0 && tokens[first - 1]!.kind === 'word' && tokens[first - 1]!.capitalised && !stopWords.has(tokens[first - 1]!.lower) && !(tokens[first - 1]!.sentenceStart && first - 1 < i - 1)) first--;
    if (first === i) continue;
    found.push({ type: 'address', start: tokens[first]!.start, end: t.end, confidence: Confidence.cued });
  }
  return found;
}

/** Words of living, moving or fleeing somewhere, and of a refuge: "bor i", "flyttat till", "moved to", "a refuge in". */
const PROTECTED_HOME_WORDS = new Set([
  'bor', 'bodde', 'bott', 'flyttat', 'flyttade', 'flyttar', 'flytta', 'flytt', 'flydde', 'boende', 'kvinnojouren', 'jouren', 'skyddsboende',
  'live', 'lives', 'lived', 'living', 'moved', 'move', 'moving', 'staying', 'stay', 'fled', 'refuge', 'shelter',
]);
/**
 * "Vi har flyttat till Kiruna, men det får ingen veta", "We're in a refuge in Bristol, no one must know": in a call that speaks
 * of secrecy or protection, the town after a word of living or moving is the protected address (review 88). Fails closed.
 */
export function townsKeptSecret(tokens: readonly Token[]): Candidate[] {
  const found: Candidate[] = [];
  const { stopWords } = lexicon();
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Not a region, "a town in Norrland", "Kanarieöarna": no address.)
    if (t.kind !== 'word' || !t.capitalised || t.sentenceStart || stopWords.has(t.lower) || REGIONS.has(t.lower) || REGIONS_ABROAD.has(t.lower) || !['i', 'till', 'to', 'in'].includes(tokens[i - 1]!.lower)) continue;
    let lived = false;
    for (let j = i - 2; j >= Math.max(0, i - 5) && tokens[j]!.kind === 'word'; j--) if (PROTECTED_HOME_WORDS.has(tokens[j]!.lower)) lived = true;
    if (!lived) continue;
    let end = i;
    while (tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.capitalised && !tokens[end + 1]!.sentenceStart) end++;
    found.push({ type: 'address', start: t.start, end: tokens[end]!.end, confidence: Confidence.cued });
  }
  return found;
}

/**
 * Street addresses (street and number, with prefix words, letters and apartments), Swedish
 * postcodes after them or before a town, and UK postcodes. A street without a number counts
 * after "bor på", "adressen är", "live on".
 */
export function findAddresses(text: string, tokens: Token[], answer = false, postcodeAsked = false): Candidate[] {
  const found: Candidate[] = [];
  // ("the doctor at Capio St Görans", "St Mary's": "St" before a saint's genitive is no street, round 48.)
  const saintAt = (end: number) => /(?<![\p{L}])St$/u.test(text.slice(Math.max(0, end - 3), end)) && /^\s+\p{Lu}\p{Ll}+(?:s|['’]s)(?![\p{L}])/u.test(text.slice(end, end + 30));
  // ("Page two, box seven. It's the form FK 7263.": a form's box, its number in words beside a page or a form, is no post
  // box; a post box has digits, "box 4410", round 48's review.)
  const formBox = (start: number, end: number) =>
    /^box\s+\p{L}+$/u.test(text.slice(start, end)) && /(?<![\p{L}])(?:page|sida|sidan|form|blankett|blanketten)(?![\p{L}])/iu.test(text.slice(Math.max(0, start - 40), end + 40));
  const push = (type: 'address' | 'postcode', start: number, end: number) => {
    if (type !== 'address' || (!saintAt(end) && !formBox(start, end))) found.push({ type, start, end, confidence: Confidence.cued });
  };
  /** The address from token `first` to `last`, and a postcode right after it. */
  const pushAddress = (first: number, last: number) => {
    last = apartmentEnd(tokens, last) ?? last;
    // "Ekvägen tre, uppgång B som i Bertil": the spelling of a stairwell's or door's letter that ends the address (round 67).
    const letter = tokens[last];
    if (letter && isSingleCapital(letter) && /^[A-H]$/.test(letter.text)) last += letterSpellingLength(tokens, last + 1);
    // "Unit 5, 88 Nguyen Trai": a flat first, then the house number and the street.
    if (APARTMENT_WORDS.has(tokens[first]!.lower) && tokens[last + 1]?.text === ',' && tokens[last + 2]?.kind === 'digits' && tokens[last + 2]!.text.length <= 4 && tokens[last + 3]?.capitalised) {
      // (Not "Flat 2, 9 Sea Road": an English street is an address of its own, below.)
      const street = houseNumberFirst(tokens, last + 2);
      if (street !== undefined && !tokens.slice(last + 3, street + 1).some((s) => s.capitalised && EN_STREET_TYPES.has(s.lower))) last = street;
    }
    // "23 Nguyen Hue, District 1", "Moo 5, Soi Sukhumvit 11": further lines of the address.
    last = continuedLines(tokens, last);
    const start = addressStart(tokens, first);
    push('address', tokens[start]!.start, tokens[last]!.end);
    // "Mårtensgatan, nej, Mårtensgatan 6": the street begun, a pause or a correction, then said whole.
    const begun = streetBegunBefore(tokens, start);
    if (begun !== undefined) push('address', tokens[begun]!.start, tokens[begun]!.end);
    // "Prästgårdsvägen 6, inte 8", "nummer 4, eh 4 A": a corrected or repeated house number is part
    // of the address too (not the postcode after it: "Storgatan 5, eh, 123 45").
    // ("nummer 14, or was it 16, no, 14": said again more than once.)
    const houseNumber = last;
    for (let said = last, times = 0; times < 3; times++) {
      const again = pastHesitations(tokens, said + 1);
      let againEnd = again.passed > 1 || CORRECTIONS.has(tokens[said + 1]?.lower ?? '') ? houseNumberEnd(tokens, again.at) : undefined;
      // ("fyrtio, fyra noll", "twenty-seven, two seven": the number said again digit by digit, round 49.)
      if (againEnd === undefined && again.passed === 1) {
        const digitByDigit = houseNumberEnd(tokens, again.at);
        // ("Hagvägen 18, not eight, eighteen": or the house number said again after a wrong one.)
        const same = (end: number) => sameDigits(tokens, said, end, again.at) || (said !== houseNumber && sameDigits(tokens, houseNumber, end, again.at));
        if (digitByDigit !== undefined && (digitByDigit > again.at || said !== houseNumber) && same(digitByDigit)) againEnd = digitByDigit;
      }
      // ("Storgatan 5, eller 2019 flyttade jag", "12 Mill Lane, or 2 miles from …": not said again.)
      const soft = tokens.slice(said + 1, again.at).some((t) => SOFT_CORRECTIONS.has(t.lower));
      if (againEnd !== undefined && soft && (isYearNumber(tokens[again.at]) || !closesClause(tokens[againEnd + 1]))) againEnd = undefined;
      if (againEnd === undefined || (tokens[again.at]!.kind === 'digits' && tokens[againEnd + 1]?.kind === 'digits')) break;
      push('address', tokens[again.at]!.start, tokens[againEnd]!.end);
      said = againEnd;
    }
    // "Lillåsen 7, Norra Ön": the part of the village after the address is part of it.
    // ("Skolvägen 7, i Västra Ämtervik": with "i" before it, round 68.)
    // (Not a region: "i Västra Götaland", "i Norra Sverige", "i Södra Stockholm", round 68's review: after "i", the place must be
    // no known town, county or country.)
    const inVillage = tokens[last + 2]?.lower === 'i' && !REGION_AFTER.test(tokens[last + 4]?.lower ?? '') && !lexicon().worldPlaces.has(tokens[last + 4]?.lower ?? '') ? 1 : 0;
    const [comma, part, place] = [tokens[last + 1], tokens[last + 2 + inVillage], tokens[last + 3 + inVillage]];
    if (comma?.text === ',' && part?.capitalised && STREET_PREFIXES.has(part.lower) && place?.kind === 'word' && place.capitalised) {
      push('address', part.start, place.end);
      last += 3 + inVillage;
    }
    const postcode = SV_POSTCODE.exec(text.slice(tokens[last]!.end, tokens[last]!.end + 12));
    if (postcode) {
      const start = tokens[last]!.end + postcode[0].length - postcode[1]!.length;
      push('postcode', start, start + postcode[1]!.length);
    } else {
      const spoken = spokenPostcodeAfter(tokens, last);
      if (spoken) {
        push('postcode', tokens[spoken[0]]!.start, tokens[spoken[1]]!.end);
        // "one two three four five, no, 00184, Rome": the postcode corrected.
        const again = pastHesitations(tokens, spoken[1] + 1);
        const corrected = tokens[again.at];
        if (CORRECTIONS.has(tokens[spoken[1] + 2]?.lower ?? '') && corrected?.kind === 'digits' && /^\d{4,5}$/.test(corrected.text)) push('postcode', corrected.start, corrected.end);
      }
    }
  };
  // The answer to an address question: what it begins with is the address ("Lillgården 12 B",
  // "... fyra, 912 93 Vilhelmina", "Norrbyn..."), with or without a street word or a number.
  if (answer) {
    let k = 0;
    // "Oh, it's Flat 6": "oh" before a comma is a sound, not a zero.
    // ("Nej, fyrtio": "nej", "no" before a comma; "No. 14, Zand Street" is a number's abbreviation, round 49's review.)
    const lead = (t: Token): boolean =>
      t.kind === 'punct' || (ANSWER_LEAD.has(t.lower) && !numberWordAtoms(t.lower) && (!NO_WORDS.has(t.lower) || tokens[k + 1]?.text === ',')) || (t.lower === 'oh' && tokens[k + 1]?.text === ',');
    // ("det är en gård, Övre Ådalen": a farm named as one is its address, number or not.)
    let farm = false;
    // (Review of round 80: after a confirmation, a person said to be something, "Correct, she is 12", is no address.)
    let confirmed = false;
    for (; k < tokens.length && k < 6; k++) {
      const word = tokens[k]!.lower;
      if (CONFIRMING.has(word)) confirmed = true;
      if (confirmed && PERSON_SAID.has(word) && (tokens[k + 1]?.lower === 'is' || tokens[k + 1]?.lower === 'är')) {
        k = tokens.length;
        break;
      }
      if (DWELLING_LEAD.has(word)) farm = true;
      else if (!lead(tokens[k]!) && !(ARTICLES.has(word) && DWELLING_LEAD.has(tokens[k + 1]?.lower ?? ''))) break;
    }
    const t = tokens[k];
    // ("Tercero izquierda, alltså tredje våningen": the floor and door of the home just given, said first.)
    // (Not before a capitalised word: "Segundo derecha, Martínez" names whose door it is, and a place after an address would
    // be taken for its town, round 59's review.)
    const flat = t === undefined ? undefined : flatItemEnd(tokens, k);
    const flatEnd = flat === undefined ? undefined : (apartmentEnd(tokens, flat) ?? flat);
    const named = flatEnd !== undefined && (tokens[flatEnd + 1]?.text === ',' ? tokens[flatEnd + 2] : tokens[flatEnd + 1])?.capitalised === true;
    if (flatEnd !== undefined && !named) pushAddress(k, flatEnd);
    // (Not "686 96, Östmark": a number then a number is a postcode, below.)
    const first = t?.kind === 'digits' && t.text.length <= 4 && tokens[k + 1]?.kind !== 'digits' ? houseNumberFirst(tokens, k) : undefined;
    const blockFirst = t?.kind === 'digits' ? blockNumberEnd(tokens, k) : undefined;
    if (blockFirst !== undefined) {
      // "3-14-7 Nakamachi": a Japanese block number, then its district (round 40).
      pushAddress(k, blockFirst);
    } else if (first !== undefined) {
      // "88/12 Moo 5, Hua Hin": a house number first, the words after it.
      pushAddress(k, first);
    } else if (t?.kind === 'word' && t.capitalised && !STREET.test(t.lower) && numberWordAtoms(t.lower) === undefined && !PERSON_LEADS.has(t.lower)) {
      let last = k;
      while (last < k + 2 && tokens[last + 1]?.kind === 'word' && tokens[last + 1]!.capitalised) last++;
      const numberEnd = houseNumberEnd(tokens, last + 1) ?? numberAfterPause(tokens, last);
      const bare = numberEnd === undefined && (tokens[last + 1] === undefined || tokens[last + 1]!.kind === 'punct');
      if ((numberEnd !== undefined && !isYearNumber(tokens[last + 1])) || (bare && (farm || RURAL.test(t.lower) || RURAL.test(tokens[last]!.lower)))) pushAddress(k, numberEnd ?? last);
    } else if (t && !isYearNumber(t) && !thousandsWordIn(tokens, k, k + 3)) {
      // ("Nio tusen sexhundrafyrtio": a sum read with thousands is no house number.)
      const numberEnd = houseNumberEnd(tokens, k);
      const after = numberEnd === undefined ? undefined : tokens[numberEnd + 1];
      // ("nummer trettiotre, trappa två": with the word that names it a house number.)
      if (numberEnd !== undefined && (!after || after.text === ',' || after.text === '.')) pushAddress(NUMBER_NOUNS.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k, numberEnd);
    }
    // "Uppe i Tärnaby, Klippen tolv.": the town first, then a place and its number closing a clause.
    // (After a number said first too: "Nej, 12 A, och sen Klippen tolv", round 49's review.)
    for (const [first, last] of placesWithNumbers(tokens, k + 1)) if (!found.some((c) => c.start <= tokens[first]!.start && tokens[first]!.start < c.end)) pushAddress(first, last);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    // A word in lower case that no rule below begins on (most words of a call): nothing to look up.
    if (t.kind === 'word' && !t.capitalised && !LOWER_CASE_STARTS.has(t.lower) && !STREET.test(t.lower)) continue;
    // "99/14 Moo 3, Soi Chaloem Prakiat", "Số 18 Ngõ 42 Phố Trần Duy Hưng": lines of an address
    // abroad, a house number or a line word first; no cue needed.
    const line = t.kind === 'digits' ? unitAndLineAt(tokens, i) : ADDRESS_LINE_WORDS.has(t.lower) ? addressLinesFrom(tokens, i) : undefined;
    if (line !== undefined) {
      // "Al-Jumhuriya, gata 14, hus 7": the district named before the lines is part of the address.
      const district = t.kind === 'word' && tokens[i - 1]?.text === ',' ? districtBefore(tokens, i - 1) : undefined;
      pushAddress(district ?? i, line);
      i = line;
      continue;
    }
    // ("Oh, and my new address, 14 Kirkgate, KY16 9AJ": the address word and a comma before the house number; round 94.)
    const addressWordBefore = tokens[i - 1]?.text === ',' && /^(?:address|adress|adressen)$/u.test(tokens[i - 2]?.lower ?? '') && addressCueBefore(tokens, i - 1) &&
      // (Review 94: not a date or a time after the comma, "I updated my address, 15 May it was", "…, 3 pm".)
      !MONTHS.has(tokens[i + 1]?.lower ?? '') && !['am', 'pm'].includes(tokens[i + 1]?.lower ?? '');
    if (t.kind === 'digits' && t.text.length <= 4 && (addressCueBefore(tokens, i) || registeredCueBefore(tokens, i) || addressWordBefore)) {
      const first = houseNumberFirst(tokens, i);
      if (first !== undefined) {
        const last = districtAfter(tokens, first) ?? first;
        pushAddress(i, last);
        i = last;
        continue;
      }
    }
    if (t.kind !== 'word') continue;
    // "rum tjugoåtta", "room 1042", "house 7, corridor 14, room 3", "neighbourhood 104, alley 12, house 9":
    // a room, or numbered parts one after another, is where someone lives, cue or not (fails closed).
    // (Not a room at the agency, a clinic or a meeting: "hos er på Hornsgatan 20, i rum 4", "Mötet var i rum 4".)
    if (NUMBERED_PART_WORDS.has(t.lower)) {
      const last = numberedPartsEnd(tokens, i);
      // ("rum 3.14 på servicekontoret": a room numbered with a dot goes on past it, where the office may be named.)
      const dotted = last !== undefined && tokens[last + 1]?.text === '.' && tokens[last + 2]?.kind === 'digits' && tokens[last + 1]!.start === tokens[last]!.end && tokens[last + 2]!.start === tokens[last + 1]!.end;
      if (last !== undefined && !officeInSentence(tokens, i) && !(dotted && officeInSentence(tokens, last + 2)) && !goingToRoom(tokens, i)) {
        pushAddress(i, last);
        i = last;
        continue;
      }
    }
    // "hon bor på avdelning B rum 14", "she lives at ward 3, room 12": a ward or room of a home after an address cue.
    if (WARD_WORDS.has(t.lower) && addressCueBefore(tokens, i)) {
      const last = wardEnd(tokens, i);
      if (last !== undefined) {
        pushAddress(i, last);
        i = last;
        continue;
      }
    }
    // "avdelning 41, sal 2", "ward 32, bay 4": the patient's room or bed after the ward's number, the ward's kept (a
    // hospital's, no one's address), round 62.
    if (BED_WORDS.has(t.lower) && tokens[i - 1]?.text === ',' && WARD_WORDS.has(tokens[i - 3]?.lower ?? '') && (tokens[i - 2]!.kind === 'digits' || isNumberWord(tokens[i - 2]))) {
      const last = houseNumberEnd(tokens, i + 1);
      if (last !== undefined) {
        pushAddress(i, last);
        i = last;
        continue;
      }
    }
    // "portkoden är 4719", "door code 1947", "portkoden är 2 4 8 3": the code to someone's door is part of the address.
    const doorCode = DOOR_CODE_WORDS.has(t.lower) || (t.lower === 'code' && (tokens[i - 1]?.lower === 'door' || tokens[i - 1]?.lower === 'entry'));
    if (doorCode) {
      const at = ['är', 'is'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      let end = at - 1;
      while (end + 1 < tokens.length && end + 1 < at + 10 && (tokens[end + 1]!.kind === 'digits' || isNumberWord(tokens[end + 1]))) end++;
      if (end >= at) {
        pushAddress(at, end);
        i = end;
        continue;
      }
    }
    // "flat B, not flat D", "dörr B", "hus C", "block D": a flat, door or house named by its letter (round 49).
    // (A door, a house or a block only in a sentence about a home: not "dörr B på Försäkringskassan", "entrance B and ask
    // for Mary", "block A, then building C, at the hospital", round 49's review.)
    const homePart = (APARTMENT_WORDS.has(t.lower) && !['block', 'blk', 'bloque', 'bloco', 'edificio', 'oficina', 'torre'].includes(t.lower)) || ((DOOR_WORDS.has(t.lower) || HOUSE_WORDS.has(t.lower)) && homeInSentence(tokens, i));
    if (homePart && !FLOOR_WORDS.has(t.lower) && /^[A-H]$/.test(tokens[i + 1]?.text ?? '') && (!tokens[i + 2] || tokens[i + 2]!.kind === 'punct' || LETTER_CLOSERS.has(tokens[i + 2]!.lower))) {
      push('address', t.start, tokens[i + 1]!.end);
      i++;
      continue;
    }
    // "Uppgång... fyra b som i Bertil", "uppgång C som i Cesar": a stairwell of a block of flats by its number or letter, after a
    // pause too (round 66). A stairwell is always in a home's building, so no sentence about a home is asked for.
    if (STAIRWELL_WORDS.has(t.lower)) {
      const at = pastHesitations(tokens, i + 1).at;
      const id = tokens[at];
      // (A letter alone only with its spelling: "Uppgång B står det på lappen" is left to the door's letter in a sentence about a home.)
      const spelled = id && isSingleCapital(id) && /^[A-H]$/.test(id.text) ? letterSpellingLength(tokens, at + 1) : 0;
      const end = spelled > 0 ? at + spelled : houseNumberEnd(tokens, at);
      if (end !== undefined && !isYearNumber(tokens[at]) && (spelled > 0 || !notAHouseNumber(tokens, at))) {
        const last = apartmentEnd(tokens, end) ?? end;
        pushAddress(at, last);
        i = last;
        continue;
      }
    }
    // "lägenhet 1101", "Apartment 1204": a flat on its own is part of an address.
    // (Finnish "as" only with digits and not in an English clause: "written as zero", "as one" are no flats.)
    // (Nor with a sum written with its thousands apart, "counted as 6 900 instead of 5 650", "paid as 7 200 after tax": amounts
    // in notes.)
    const englishAs = t.lower === 'as' && (tokens[i + 1]?.kind !== 'digits' || thousandsWrittenAt(tokens, i + 1));
    if (APARTMENT_WORDS.has(t.lower) && !FLOOR_WORDS.has(t.lower) && t.lower !== 'tr' && !englishAs) {
      // "lägenhetsnumret är 1102"
      let at = ['är', 'is'].includes(tokens[i + 1]?.lower ?? '') ? i + 2 : i + 1;
      // "lägenhet, eh, 12": after a pause, a number that closes its clause.
      const paused = pastHesitations(tokens, at);
      let closes = true;
      if (paused.passed > 0 && (tokens[paused.at]?.kind === 'digits' || isNumberWord(tokens[paused.at]))) {
        at = paused.at;
        const e = houseNumberEnd(tokens, at);
        const next = e === undefined ? undefined : tokens[e + 1];
        closes = !next || next.kind === 'punct';
      }
      const end = closes ? houseNumberEnd(tokens, at) : undefined;
      // ("en mindre lägenhet 1 september": a day with its month after the flat is when, no flat's number, round 48.)
      const dated = end !== undefined && end === at && MONTHS.has(tokens[end + 1]?.lower ?? '');
      if (end !== undefined && !isYearNumber(tokens[at]) && !dated) {
        pushAddress(i, end);
        i = end;
        continue;
      }
    }
    // "Solgårdens äldreboende, rum 14": a home named with the room or flat someone lives in. The room is the address;
    // the home, which many live in, is kept, as a hospital or a ward is.
    // ("Lindängens vård- och omsorgsboende": the home's name before the two words joined by "och".)
    const homeName = HOME_WORDS.has(t.lower) && tokens[i - 1]?.lower === 'och' && tokens[i - 2]?.text === '-' && tokens[i - 3]?.kind === 'word' ? i - 4 : i - 1;
    if (HOME_WORDS.has(t.lower) && tokens[homeName]?.capitalised && tokens[homeName]!.kind === 'word') {
      const end = apartmentEnd(tokens, i);
      if (end !== undefined) {
        let room = i + 1;
        while (room < end && (tokens[room]!.kind === 'punct' || HESITATIONS.has(tokens[room]!.lower))) room++;
        pushAddress(room, end);
        i = end;
        continue;
      }
    }
    // "Jigjiga Yar, hus nummer 112", "Hodan, house number 61": a district, then its house by number.
    if (HOUSE_WORDS.has(t.lower) && NUMBER_NOUNS.has(tokens[i + 1]?.lower ?? '') && tokens[i - 1]?.text === ',') {
      const numberEnd = houseNumberEnd(tokens, i + 2);
      const district = numberEnd === undefined ? undefined : districtBefore(tokens, i - 1);
      if (district !== undefined) {
        pushAddress(district, numberEnd!);
        i = numberEnd!;
        continue;
      }
    }
    // "gata 12, hus 40", "street 14, house 3": a street said by its number abroad, with the house on it.
    if (NUMBERED_STREET_WORDS.has(t.lower) && !t.capitalised && (tokens[i + 1]?.kind === 'digits' || isNumberWord(tokens[i + 1]))) {
      const numberEnd = houseNumberEnd(tokens, i + 1);
      const end = numberEnd === undefined ? undefined : apartmentEnd(tokens, numberEnd);
      // Alone ("gata 12") only with the house after it, or a district before it ("Hay al-Jihad, gata 12").
      const district = tokens[i - 1]?.text === ',' ? districtBefore(tokens, i - 1) : undefined;
      if (numberEnd !== undefined && (end !== undefined || district !== undefined)) {
        pushAddress(district ?? i, end ?? numberEnd);
        i = end ?? numberEnd;
        continue;
      }
    }
    // "Atatürk Caddesi No. 112", "Maka al-Mukarama Road, house 71": a street word after its name and a number named after it.
    if ((STREET_AFTER_NAME.has(t.lower) || (EN_STREET_TYPES.has(t.lower) && t.capitalised)) && i > 0) {
      let from = i;
      while (from > i - 4 && from > 0 && tokens[from - 1]!.kind === 'word' && (tokens[from - 1]!.capitalised || /^(?:al|el|ad|as|ar|an|at|ash|ul|bin|ibn)-\p{Lu}/iu.test(tokens[from - 1]!.text))) from--;
      let j = i + 1;
      if (tokens[j]?.text === ',') j++;
      // ("Gül Sokak 7": abroad, where the number follows the street, it may follow it alone.)
      const numberAlone = STREET_AFTER_NAME.has(t.lower) && tokens[j]?.kind === 'digits' && tokens[j]!.text.length <= 4;
      const named = NUMBER_NOUNS.has(tokens[j]?.lower ?? '') ? houseNumberEnd(tokens, tokens[j + 1]?.text === '.' ? j + 2 : j + 1) : HOUSE_WORDS.has(tokens[j]?.lower ?? '') ? houseNumberEnd(tokens, j + 1) : numberAlone ? houseNumberEnd(tokens, j) : undefined;
      if (from < i && named !== undefined) {
        const end = apartmentEnd(tokens, named) ?? named;
        pushAddress(from, end);
        i = end;
        continue;
      }
    }
    // "Nedre Byn 2", "Västra Ryd 3", "Övre Soppero 21": a village named with its part, and a number.
    if (t.capitalised && STREET_PREFIXES.has(t.lower) && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised && !isYearNumber(tokens[i + 2])) {
      const end = houseNumberEnd(tokens, i + 2);
      if (end !== undefined) {
        pushAddress(i, end);
        i = end;
        continue;
      }
    }
    // "Minnesota 55407", "Illinois, six oh six four oh": the ZIP code (the state, a region, is kept like a town).
    if (t.capitalised && US_STATES.has(t.lower)) {
      const zip = tokens[i + 1]?.kind === 'digits' && tokens[i + 1]!.text.length === 5 ? ([i + 1, i + 1] as const) : spokenPostcodeAfter(tokens, i);
      if (zip) {
        push('postcode', tokens[zip[0]]!.start, tokens[zip[1]]!.end);
        i = zip[1];
        continue;
      }
    }
    // "Via Roma, number thirty-eight", "Calle Mayor, número 4": a street abroad, then its number named.
    if (FOREIGN_STREET_WORDS.has(t.lower) && t.capitalised && tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised) {
      const last = foreignStreetNameEnd(tokens, i, i + 1);
      const j = tokens[last + 1]?.text === ',' ? last + 2 : last + 1;
      const end = NUMBER_NOUNS.has(tokens[j]?.lower ?? '') ? houseNumberEnd(tokens, j + 1) : undefined;
      if (end !== undefined) {
        pushAddress(i, end);
        i = end;
        continue;
      }
    }
    // "Lia 3:12", "Västerbyn 1:14": a place and a property's designation, no cue needed (not "Kl 3:12").
    if (t.capitalised && tokens[i + 1]?.kind === 'digits' && isPropertyUnit(tokens, i + 1) && !lexicon().stopWords.has(t.lower)) {
      pushAddress(i, i + 3);
      i += 3;
      continue;
    }
    // "Nygården i Västerby", "Backtorpet i Sörbyn": a farm named with the village it lies in is an address without a number
    // or a cue (round 66). The village is one the town lists do not know and has a village's ending; a town is kept.
    // (Not a care home: "Hemgården i Lindby, ett boende"; nor a school named so, "Solgården i Norrbyn, förskolan", round 66's review.)
    const village = tokens[i + 2];
    if (t.capitalised && FARM_NAME.test(t.lower) && tokens[i + 1]?.lower === 'i' && village?.kind === 'word' && village.capitalised && RURAL.test(village.lower) && !lexicon().places.has(village.lower) && !careHomeNamed(tokens, i) && !careHomeNamed(tokens, i + 2) && !INSTITUTION_NAMED_AFTER.has(tokens[(tokens[i + 3]?.text === ',' ? i + 4 : i + 3)]?.lower ?? '')) {
      const numberEnd = houseNumberEnd(tokens, i + 3);
      const end = numberEnd !== undefined && !isYearNumber(tokens[i + 3]) ? numberEnd : i + 2;
      pushAddress(i, end);
      i = end;
      continue;
    }
    // "Norrbyn 4", "Lillgården 12 B"; after "bor på" or "folkbokförd på" without a number too.
    if (t.capitalised && RURAL.test(t.lower) && !isYearNumber(tokens[i + 1])) {
      // "Storbyn 4", "Storbyn nummer fyra"
      const numberEnd = houseNumberEnd(tokens, i + 1) ?? numberNamedAfter(tokens, i);
      // Without a number, after "bor på" (not "bor i Borås": a town).
      const cued = (addressCueBefore(tokens, i) && tokens[i - 1]?.lower !== 'i') || registeredCueBefore(tokens, i);
      // ("bor på Hemgården nu, rum 5", "Finngården, ett boende", "flytta till Lindgården" when home care is not enough: a care
      // home's name is kept, its room is the address.)
      // (Nor a country or a place abroad that ends like a village, "moving to Denmark in the new year": round 80.)
      if (numberEnd !== undefined || (cued && !lexicon().places.has(t.lower) && !lexicon().worldPlaces.has(t.lower) && !(careHomeNamed(tokens, i) && !registeredCueBefore(tokens, i)))) {
        // "Björkbacka gård": the farm word after the name.
        const named = numberEnd === undefined && FARM_WORDS.has(tokens[i + 1]?.lower ?? '') ? i + 1 : i;
        const end = numberEnd === undefined ? named : (apartmentEnd(tokens, numberEnd) ?? numberEnd);
        pushAddress(i, end);
        i = end;
        continue;
      }
    }
    let first = -1;
    if (STREET.test(t.lower)) {
      first = i;
    } else if (t.capitalised && PLAIN_STREET_NAMES.has(t.lower) && numberClosingClause(tokens, i + 1) && !plainStreetElsewhere(tokens, i)) {
      // ("Torget tre, i Hjo", "Backen sju.": a street called just by the word, its house number closing the clause; round 96.)
      first = i;
    } else if (STREET_WORDS.has(t.lower) && tokens[i - 1]?.capitalised && (!tokens[i - 1]!.sentenceStart || houseNumberEnd(tokens, i + 1) !== undefined)) {
      // ("Brukets väg fem": at a sentence's start too, with its number.)
      first = i - 1;
      if (tokens[i - 2]?.capitalised && !tokens[i - 2]!.sentenceStart) first = i - 2;
    }
    if (first >= 0) {
      // ("Fjärde Långgatan 22": Göteborg numbers its long streets.)
      while (first > 0 && (STREET_PREFIXES.has(tokens[first - 1]!.lower) || (ORDINAL_PREFIXES.has(tokens[first - 1]!.lower) && tokens[first - 1]!.capitalised))) first--;
      let last = houseNumberEnd(tokens, i + 1) ?? numberNamedAfter(tokens, i) ?? numberAfterHesitation(tokens, i);
      if (last === undefined) {
        // A street named alone ("Nej, jag har flyttat. Stationsgatan.") is an address; two words
        // with a street word ("Karl Johans väg") only after "bor på".
        const cue = tokens[first - 1]?.lower;
        if ((!cue || !RESIDENCE_CUES.has(cue)) && !(first === i && t.capitalised)) continue;
        // Not a street mentioned on the way ("när man kommer från Storgatan", "Storgatan är ju stor"): uncued,
        // a street alone is an address as the answer, or said as a sentence of its own.
        if ((!cue || !RESIDENCE_CUES.has(cue)) && !answer && !saidAlone(tokens, first, i)) continue;
        // "jag står på Drottninggatan", "I'm waiting on King Street": passing through, not living there.
        if (PASSING_VERBS.has(tokens[first - 2]?.lower ?? '') || (HESITATIONS.has(tokens[first - 2]?.lower ?? '') && PASSING_VERBS.has(tokens[first - 3]?.lower ?? ''))) continue;
        // "kontoret på Storgatan", "your office on King Street", "Kungsgatan-kontoret": an office, not a home.
        if (officeNear(tokens, first, i)) continue;
        // "vid Drottninggatan, ovanför ICA", "near Kungsgatan": a landmark.
        if (landmarkBefore(tokens, first)) continue;
        // "Försäkringskassan på Kungsgatan", "Sjukhuset ligger på Sjukhusvägen", "works at our warehouse on
        // Exportgatan": after "på", "on" or "at", a street alone is someone's home only where the sentence
        // says so ("bor", "flyttat", "live", "adress", "skicka till"), or as the answer to an address question.
        if (cue && PLACE_CUES.has(cue) && !answer && !homeSaidBefore(tokens, first - 1)) continue;
        last = i;
      } else {
        last = apartmentEnd(tokens, last) ?? last;
        // "vid Drottninggatan 12, ert servicekontor", "ert kontor på Drottninggatan 24": the office's address, named as one.
        if (officeAfter(tokens, last) || officeBefore(tokens, first)) {
          i = last;
          continue;
        }
      }
      pushAddress(first, last);
      i = last;
      continue;
    }
    // "c/o Persson", "care of Osei Legal": a care-of line, with the name it gives.
    const careOf = (t.lower === 'c' && tokens[i + 1]?.text === '/' && tokens[i + 2]?.lower === 'o') || (t.lower === 'care' && tokens[i + 1]?.lower === 'of' && tokens[i + 2]?.kind === 'word');
    const named = t.lower === 'c' ? i + 3 : i + 2;
    if (careOf && tokens[named]?.capitalised) {
      let last = named;
      while (last < named + 2 && tokens[last + 1]?.kind === 'word' && tokens[last + 1]!.capitalised) last++;
      push('address', t.start, tokens[last]!.end);
      i = last;
      continue;
    }
    // "c/o min dotter, Ekholmsvägen 30": the words up to the comma say whose the address is.
    if (careOf && t.lower === 'c' && KIN_POSSESSIVES.has(tokens[named]?.lower ?? '')) {
      let last = named;
      while (last < named + 3 && tokens[last + 1]?.kind === 'word') last++;
      push('address', t.start, tokens[last]!.end);
      i = last;
      continue;
    }
    // "27 rue de la Paix", "12 Via Roma": a house number before the street word abroad.
    if (FOREIGN_STREET_WORDS.has(t.lower) && tokens[i - 1]?.kind === 'digits' && tokens[i - 1]!.text.length <= 4 && tokens[i + 1]?.kind === 'word') {
      const last = foreignStreetNameEnd(tokens, i, i);
      if (last > i && tokens[last]!.capitalised) {
        pushAddress(i - 1, last);
        i = last;
        continue;
      }
    }
    // "Calle Mayor 18", "Avenida del Mar 14, piso 2", and "ulica Długa 17" as Whisper writes it.
    // "ul. Długa 17": the street word abbreviated with its dot.
    const dotted = FOREIGN_STREET_WORDS.has(t.lower) && tokens[i + 1]?.text === '.' && tokens[i + 2]?.capitalised === true;
    if (FOREIGN_STREET_WORDS.has(t.lower) && (t.capitalised || tokens[i + 1]?.capitalised || dotted)) {
      let last = dotted ? i + 1 : i;
      while (last < i + 4 && tokens[last + 1]?.kind === 'word' && (tokens[last + 1]!.capitalised || PARTICLES.has(tokens[last + 1]!.lower))) last++;
      const numberEnd = last > (dotted ? i + 1 : i) ? houseNumberEnd(tokens, last + 1) : undefined;
      if (numberEnd !== undefined) {
        let end = apartmentEnd(tokens, numberEnd) ?? numberEnd;
        // "Calle Mayor 18, 3B": floor and door after the number.
        const [comma, floor, door] = [tokens[end + 1], tokens[end + 2], tokens[end + 3]];
        if (comma?.text === ',' && floor?.kind === 'digits' && floor.text.length <= 2 && door?.kind === 'word' && /^[A-Z]$/.test(door.text) && door.start === floor.end) end += 3;
        pushAddress(i, end);
        i = end;
        continue;
      }
      // "Calle Almendro, ja, och numret är fjorton", "Calle Las Adelfas, yeah, and then nine": the street abroad said
      // alone, its number a few words after it, or after "bor på", or as the answer (round 49; its review: not "1600
      // Pennsylvania Avenue Northwest", where the street word comes after the name, not "Calle Nilsson", a first name,
      // nor "Via Försäkringskassan", a preposition).
      // ("Calle de los Almendros doce, 29640 Fuengirola": its number said in the language of the country, a postcode after.)
      const postcode = (k: number) => tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'digits' && /^\d{4,5}$/.test(tokens[k + 1]!.text);
      if (!dotted && t.capitalised && last > i && STREET_WORD_FIRST.has(t.lower) && (postcode(last + 1) || (tokens[last + 1]?.kind === 'word' && !tokens[last + 1]!.capitalised && postcode(last + 2)))) {
        const end = postcode(last + 1) ? last : last + 1;
        pushAddress(i, end);
        i = end;
        continue;
      }
      const named = !dotted && t.capitalised && last > i && STREET_WORD_FIRST.has(t.lower) ? numberNamedLater(tokens, last) ?? numberAfterComma(tokens, last) : undefined;
      if (named !== undefined || (!dotted && t.capitalised && last > i && STREET_WORD_FIRST.has(t.lower) && (answer || addressCueBefore(tokens, i)))) {
        pushAddress(i, last);
        if (named !== undefined) {
          const end = apartmentEnd(tokens, named[1]) ?? named[1];
          push('address', tokens[named[0]]!.start, tokens[end]!.end);
        }
        i = named?.[1] ?? last;
        continue;
      }
    }
    // "Box 2041", "PO Box 17": a postal box.
    // ("box sjuttiofem": its number said in words.)
    // ("box 7c" on a form: a box with a letter glued to its number is a field to fill in, no post box.)
    const formField = tokens[i + 2]?.kind === 'word' && tokens[i + 2]!.start === tokens[i + 1]?.end && tokens[i + 2]!.text.length === 1;
    if (BOX_WORDS.has(t.lower) && !formField && (tokens[i + 1]?.kind === 'digits' || isNumberWord(tokens[i + 1]))) {
      // "Pensionsmyndigheten, Box 38190, 100 64 Stockholm": an agency's or a firm's box is no one's home.
      // (Whose "vår adress" is, the dialogue knows: see agencyPostalAddresses.)
      if (agencyBox(tokens, i, false)) {
        i++;
        continue;
      }
      pushAddress(tokens[i - 1]?.lower === 'po' ? i - 1 : i, tokens[i + 1]!.kind === 'digits' ? i + 1 : (houseNumberEnd(tokens, i + 1) ?? i + 1));
      i++;
      continue;
    }
    // "bor på Norrbyn 118", "Lillmyra 412, 793 92 Leksand": a capitalised place and a number after
    // an address cue, or before a postcode and a town.
    // (Not a form's code, an agency's capitals: "på blanketten SKV 7640", "på FK 5012"; round 75.)
    if (t.capitalised && !formCodeAt(tokens, i) && (addressCueBefore(tokens, i) || registeredCueBefore(tokens, i) || beforePostcodeAndTown(text, tokens, i))) {
      let last = i;
      while (last < i + 2 && tokens[last + 1]?.kind === 'word' && tokens[last + 1]!.capitalised) last++;
      // "flyttade till Portugal 2019", "till Kanarieöarna tjugohundratio": a year is no house number (said as a word, after a
      // place abroad).
      // (Or Sweden, or a Swedish town: "flyttade till Sverige tjugohundratolv", round 75.)
      const abroad = REGIONS_ABROAD.has(tokens[last]!.lower) || lexicon().worldPlaces.has(tokens[last]!.lower) || lexicon().places.has(tokens[last]!.lower) || tokens[last]!.lower === 'sverige';
      const year = isYearNumber(tokens[last + 1]) || (abroad && tokens[last + 1]?.kind === 'word' && SPOKEN_YEAR.test(tokens[last + 1]!.lower));
      const numberEnd = year ? undefined : houseNumberEnd(tokens, last + 1);
      if (numberEnd !== undefined) {
        const end = apartmentEnd(tokens, numberEnd) ?? numberEnd;
        pushAddress(i, end);
        i = end;
        continue;
      }
    }
    // English: "221B Baker Street", "Flat 3, 42 Station Road".
    if (t.capitalised && EN_STREET_TYPES.has(t.lower) && i > 0) {
      let j = i - 1;
      while (j >= 0 && j >= i - 3 && tokens[j]!.capitalised && tokens[j]!.kind === 'word' && !isNumberWord(tokens[j]!)) j--;
      if (j === i - 1) continue;
      // "It's Mill Lane, then number twelve": the number named after the street.
      // (Its clause closes after the number: not "Station Road, then number nine bus home".)
      const named = isNumberWord(tokens[j]) || tokens[j]?.kind === 'digits' ? undefined : numberNamedAfter(tokens, i);
      if (named !== undefined && closesAddress(tokens[named + 1])) {
        let from = j + 1;
        while (from < i - 1 && ANSWER_LEAD.has(tokens[from]!.lower)) from++;
        push('address', tokens[from]!.start, tokens[named]!.end);
        continue;
      }
      // "It's forty-two, um, Station Road": the number before the street, a pause between.
      if (tokens[j]?.text === ',' || HESITATIONS.has(tokens[j]?.lower ?? '')) {
        let b = j;
        while (b > j - 4 && b > 0 && (tokens[b]!.text === ',' || HESITATIONS.has(tokens[b]!.lower))) b--;
        let from = b;
        while (isNumberWord(tokens[from - 1]) && from > b - 5) from--;
        const lead = tokens[from - 1];
        const number = isNumberWord(tokens[b]) || (tokens[b]?.kind === 'digits' && tokens[b]!.text.length <= 4 && !isYearNumber(tokens[b]));
        // (Not "It's 250, uh, Crown Court said …", "press number one, then number two, Main Street office".)
        const led = !lead || lead.kind === 'punct' || ((ANSWER_LEAD.has(lead.lower) || RESIDENCE_CUES.has(lead.lower)) && !NUMBER_NOUNS.has(lead.lower));
        const end = apartmentEnd(tokens, i) ?? i;
        if (number && led && closesAddress(tokens[end + 1])) {
          push('address', tokens[from]!.start, tokens[end]!.end);
          continue;
        }
      }
      // "22 Baker Street", "221B", and the number said as words: "twenty-two Baker Street".
      if (isNumberWord(tokens[j])) {
        while (isNumberWord(tokens[j - 1]) && j > i - 6) j--;
      } else if (tokens[j]?.kind !== 'digits' && (answer || RESIDENCE_CUES.has(tokens[j]?.lower ?? ''))) {
        // "your office on Queen Street": where an office is. ("behind Tesco on High Street": a landmark's.)
        if (OFFICE_WORDS.has(tokens[j - 1]?.lower ?? '') || landmarkBefore(tokens, j + 1)) continue;
        // A street without a number, given as the answer or after "live on": "Maple Court, Ashby Road".
        // ("Hillside Close, twelve B": its number after it, closing the clause.)
        const numberEnd = tokens[i + 1]?.text === ',' ? houseNumberEnd(tokens, i + 2) : undefined;
        const closed = numberEnd !== undefined && (!tokens[numberEnd + 1] || tokens[numberEnd + 1]!.kind === 'punct') && !isYearNumber(tokens[i + 2]);
        // ("I work at Canary Wharf", "at Harbour Quay by the ferry": a quay or wharf with no number, not in an answer and not
        // where one lives, is a landmark one is at — round 67's review.)
        if (LANDMARK_STREET_TYPES.has(t.lower) && !closed && !answer && !homeSaidBefore(tokens, j)) continue;
        push('address', tokens[j + 1]!.start, closed ? tokens[numberEnd!]!.end : t.end);
        continue;
      } else if (tokens[j]?.kind !== 'digits' && !(tokens[j]?.kind === 'word' && tokens[j]!.text.length === 1 && tokens[j - 1]?.kind === 'digits')) continue;
      else if (tokens[j]!.kind === 'word') j--;
      // "3/45 Smith Street": a unit before the house number.
      if (tokens[j - 1]?.text === '/' && tokens[j - 2]?.kind === 'digits') j -= 2;
      let start = j;
      // "Flat 3, 42 Station Road"
      const k = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
      if (tokens[k]?.kind === 'digits' && tokens[k - 1] && APARTMENT_WORDS.has(tokens[k - 1]!.lower)) start = k - 1;
      // "17 Elm Street, apartment 4B": the flat after the street.
      // ("220 King Street West", "14 Hill Road North": a compass point after the street word is part of its name, round 66.)
      const compass = tokens[i + 1]?.capitalised === true && COMPASS_POINTS.has(tokens[i + 1]!.lower) ? i + 1 : i;
      const end = apartmentEnd(tokens, compass) ?? compass;
      push('address', tokens[start]!.start, tokens[end]!.end);
      // "19 Marlborough Crescent, sorry, 91, nine one": the house number corrected after the street.
      // ("4410 Elm Court, Dayton... sorry, it's 4401": the town between, and "it's" before the number put right, round 66.)
      let townPassed = end + 1;
      if (tokens[townPassed]?.text === ',') for (let w = 0; w < 3 && tokens[townPassed + 1]?.kind === 'word' && tokens[townPassed + 1]!.capitalised && !CORRECTIONS.has(tokens[townPassed + 1]!.lower); w++) townPassed++;
      const correctionFrom = townPassed > end + 1 ? townPassed + 1 : end + 1;
      const said = pastHesitations(tokens, correctionFrom);
      const again = { at: IT_IS.has(tokens[said.at]?.lower ?? '') && said.passed > 0 ? said.at + 1 : said.at };
      const corrected = tokens.slice(correctionFrom, again.at).some((x) => CORRECTIONS.has(x.lower) || x.lower === 'sorry');
      for (let at = again.at, k = 0; corrected && k < 2; k++) {
        const numberEnd = houseNumberEnd(tokens, at);
        if (numberEnd === undefined || tokens[at]!.kind === 'digits' && tokens[numberEnd + 1]?.kind === 'digits') break;
        // (After the town or "it's", only what can be a house number: not "it's 85, he's 85", "it's 250 a month", "it's 2024", round 66's review.)
        if ((townPassed > end + 1 || again.at !== said.at) && notAHouseNumber(tokens, at)) break;
        // ("12 Elm Road, though 1990.", "14 Mill Lane, though 2 of us live there": after "though"/"or" alone, as after a street
        // first, no year and no number that does not close its clause, round 68's review.)
        const soft = !tokens.slice(correctionFrom, at).some((x) => CORRECTIONS.has(x.lower) && !SOFT_CORRECTIONS.has(x.lower)) && !tokens.slice(correctionFrom, at).some((x) => x.lower === 'sorry');
        if (soft && (isYearNumber(tokens[at]) || !closesClause(tokens[numberEnd + 1]))) break;
        push('address', tokens[at]!.start, tokens[numberEnd]!.end);
        at = pastHesitations(tokens, numberEnd + 1).at;
      }
    }
  }
  // "…, lägenhet 1102, och det är tredje våningen", "jag bor på fjärde våningen": a floor said apart
  // from the address, in an utterance that gives one or after "bor", is part of where one lives.
  // (Not "Min adress är Storgatan 3. Mottagningen ligger på fjärde våningen.": another sentence, an office's floor.)
  for (let j = 0; j < tokens.length; j++) {
    const floor = floorAt(tokens, j);
    if (floor === undefined) continue;
    const sentence = sentenceAround(tokens, j);
    const housed = found.some((c) => c.type === 'address' && c.start >= tokens[sentence[0]]!.start && c.end <= tokens[sentence[1]]!.end);
    const office = tokens.slice(sentence[0], j).some((b) => OFFICE_WORDS.has(b.lower));
    // (With the door and flat said after it: "piso cuatro, puerta B".)
    const end = apartmentEnd(tokens, floor) ?? floor;
    // ("skriv primero C": a Spanish floor and door wherever said, round 64; not before a capitalised word, "Segundo derecha,
    // Martínez …", which would be taken for its town, round 59's review.)
    const after = tokens[end + 1]?.text === ',' ? tokens[end + 2] : tokens[end + 1];
    const doorAnywhere = spanishFloorAndDoor(tokens, j) && after?.capitalised !== true;
    // ("Vilken våning?" "Fjärde etasje.": a floor said as a sentence of its own answers where one lives, round 68.)
    // (Only right after an address said in the turn, or as the turn's first sentence, the answer; never in a turn about an
    // office or a meeting: "Mötet är i Stockholm. Tredje våningen.", round 68's review.)
    const addressBefore = found.some((c) => c.type === 'address' && c.end <= tokens[sentence[0]]!.start);
    const premises = tokens.some((b) => OFFICE_WORDS.has(b.lower) || MEETING_WORDS.has(b.lower));
    const alone = j === sentence[0] && (addressBefore || sentence[0] === 0) && !premises && (end === sentence[1] || (end + 1 === sentence[1] && SENTENCE_END_MARKS.has(tokens[sentence[1]]?.text ?? '')));
    // ("Ni har Ringvägen 41, 118 60? Ja, …, och trappor två": added after "och" or a comma, in a later sentence of a turn about
    // the address; round 90.)
    const addedAfter = addressBefore && !premises && [',', 'och', 'and'].includes(tokens[j - 1]?.lower ?? '');
    if ((!office && (housed || alone || addedAfter || tokens.slice(Math.max(0, j - 3), j).some((b) => LIVES.has(b.lower)))) || doorAnywhere) push('address', tokens[j]!.start, tokens[end]!.end);
    j = end;
  }
  // "… omsorgsboende och hennes rum är nummer tjugosju": the room someone lives in, in a home.
  // (The room's word first: the loop below takes nothing but at one, and most turns have none; a look-up a token, where the
  // home's test reads two endings of every word.)
  if (tokens.some((t) => ROOMS_IN_HOME.has(t.lower)) && tokens.some((t) => HOME_WORDS.has(t.lower) || t.lower.endsWith('boende') || t.lower.endsWith('boendet'))) {
    for (let j = 0; j < tokens.length; j++) {
      if (!ROOMS_IN_HOME.has(tokens[j]!.lower)) continue;
      // (Named by its number: "rummet är 14 kvadrat" is its size.)
      let k = j + 1;
      if (['är', 'is', "it's"].includes(tokens[k]?.lower ?? '')) k++;
      // ("rummet tjugosex": its number alone, closing the clause, round 49.)
      const alone = houseNumberEnd(tokens, k);
      const end = NUMBER_NOUNS.has(tokens[k]?.lower ?? '') ? houseNumberEnd(tokens, k + 1) : alone !== undefined && (!tokens[alone + 1] || tokens[alone + 1]!.kind === 'punct') ? alone : undefined;
      if (end !== undefined) push('address', tokens[j]!.start, tokens[end]!.end);
    }
  }
  for (const [first, last] of postcodesAfterPlaces(tokens, found)) push('postcode', tokens[first]!.start, tokens[last]!.end);
  for (const [first, last] of spokenUkPostcodes(tokens)) push('postcode', tokens[first]!.start, tokens[last]!.end);
  for (const [first, last] of postcodePiecesAfterCue(tokens, postcodeAsked)) push('postcode', tokens[first]!.start, tokens[last]!.end);
  // "Det är en gård, Västergården, utanför Bjurholm", "the farm name and the townland, Cloonagh": a farm or townland
  // named right after the word for it, no number needed (round 50).
  for (let j = 0; j + 2 < tokens.length; j++) {
    // (The word itself small: "Pond Farm, Little Snoring" names the farm, then its village.)
    // (The comma first: a look at one character, where the set is a look-up at every token.)
    // ("The farm is Västergården", "my village is Little Hadham", "byn heter Sörbyn": named by "is"/"heter" too, round 69.)
    const comma = tokens[j + 1]!.text === ',';
    // ("Vi har gården Norrgärdet utanför Sala", "we own the farm Hollowbrook": the farm one has, named right after its word, round 89.)
    const owned = !comma && (FARM_HELD.has(tokens[j - 1]?.lower ?? '') || (['the', 'en'].includes(tokens[j - 1]?.lower ?? '') && FARM_HELD.has(tokens[j - 2]?.lower ?? ''))) && tokens[j + 1]!.kind === 'word' && tokens[j + 1]!.capitalised && farmNameHeld(tokens, j + 1);
    if (!owned && !comma && !(NAMING_VERBS.has(tokens[j + 1]!.lower) && RELATION_OWNERS_OF_PLACE.has(tokens[j - 1]?.lower ?? ''))) continue;
    if (tokens[j]!.capitalised || !(FARM_NAMED_AFTER.has(tokens[j]!.lower) || (!comma && !owned && VILLAGE_WORDS.has(tokens[j]!.lower)))) continue;
    const at = owned ? j + 1 : j + 2;
    const name = tokens[at]!;
    const { stopWords, places, worldPlaces, names, notNames } = lexicon();
    // (No person, agency, day or place: "en gård, Försäkringskassan vet det", "a farm, Greenacres, Mary" names Mary after it;
    // the name alone, the clause ending or going on in small letters, round 50's review.)
    // (Nor a country or region, "Jag har gården Sverige runt", "Our farm Wales", review of round 89.)
    // (After a size or side word a place's name is a farm's too: "gården Stora Ekeby", review of round 89.)
    const word = (t: Token, sized = false) => !stopWords.has(t.lower) && (sized || !places.has(t.lower)) && !worldPlaces.has(t.lower) && !names.has(t.lower) && !notNames.has(t.lower) && !agencyWord(t.lower) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower) && !countryOrRegion(t.lower);
    // ("Vi har gården Stora Ekeby", "the farm Upper Bowden": a size or side word first, the name after it; review of round 89.)
    const prefixed = FARM_PREFIXES.has(name.lower) && tokens[at + 1]?.kind === 'word' && tokens[at + 1]!.capitalised;
    if (name.kind !== 'word' || !name.capitalised || !word(prefixed ? tokens[at + 1]! : name, prefixed)) continue;
    // (Named by "is"/"heter", the name alone before the clause's end, not a possessive or an ordinary word: "The farm is
    // Christmas trees", "… is HMRC’s problem", "Min gård är KRAV-märkt", "Our village is Great", round 69's review.)
    if (!comma && !owned && !farmNameAfterVerb(tokens, at)) continue;
    // ("Little Hadham", "Great Tew": an English village of two words, its first a word of size or side.)
    const second = prefixed ? tokens[at + 1]! : undefined;
    const after = second ? (tokens[at + 2]?.text === ',' ? tokens[at + 3] : tokens[at + 2]) : tokens[at + 1]?.text === ',' ? tokens[at + 2] : tokens[at + 1];
    if (after && after.kind === 'word' && after.capitalised) continue;
    push('address', name.start, (second ?? name).end);
  }
  // "Jag bor i Lillby, utanför Orsa", "we live in Nethercott, outside Taunton": the place one lives in, set against the town
  // it lies outside, is a village or farm where few live, an address; a town the lists know is kept (round 69).
  for (let j = 1; j + 4 < tokens.length; j++) {
    const name = tokens[j + 1]!;
    if (!IN.has(tokens[j]!.lower) || !LIVE_VERBS.has(tokens[j - 1]!.lower) || tokens[j + 2]!.text !== ',' || !OUTSIDE_WORDS.has(tokens[j + 3]!.lower) || !tokens[j + 4]!.capitalised) continue;
    const { places, worldPlaces, stopWords } = lexicon();
    // (Nor a region, "bor i Skåne, utanför Malmö", "live in Yorkshire, near Leeds": regions are kept words, round 69's review.)
    if (name.kind !== 'word' || !name.capitalised || places.has(name.lower) || worldPlaces.has(name.lower) || stopWords.has(name.lower) || agencyWord(name.lower) || REGIONS.has(name.lower)) continue;
    push('address', name.start, name.end);
  }
  found.push(...schoolsKeptSecret(text, tokens));
  // Postcodes written out have digits; most utterances have none.
  if (!hasDigit(text)) return found;
  // Each pattern below has a capital A-Z (no `i` flag) right before a digit, or before a "-" or " " and a digit: "SE-123 45",
  // "NR4", "D04", "K2P", "LT-44280". A text without one, as most with digits are, has no match for any of them.
  if (!CAPITAL_THEN_DIGIT.test(text)) return found;
  // ("Anmälan är K734219-26": a police report's number, written in its own shape with the year after a dash, is no Eircode;
  // round 85.)
  // (Review of round 85: not where its figures begin a personal number's date and the sentence names a personal or coordination
  // number, "Samordningsnummer K850372-12": that is its first half, fails closed.)
  const written = (m: RegExpExecArray) => {
    if (!withinPoliceReport(text, m.index, m.index + m[0].length) || personalHalfNamed(text, m.index)) push('postcode', m.index, m.index + m[0].length);
  };
  for (const m of matchesOf(text, SE_POSTCODE)) written(m);
  for (const m of matchesOf(text, UK_POSTCODE)) written(m);
  for (const m of matchesOf(text, CANADIAN_POSTCODE)) written(m);
  for (const m of matchesOf(text, EIRCODE)) written(m);
  // "Norwich, NR4, 6BQ", "F31, K2P6": a British postcode or an Eircode read in its two halves with a pause between (round 50).
  // (Or with a filler or a pause between: "KT23... 3HB", "BT5, um, 6AW", "K2P... 1Y6", round 52.)
  for (const m of [...matchesOf(text, UK_POSTCODE_HALVES), ...matchesOf(text, EIRCODE_HALVES), ...matchesOf(text, CANADIAN_POSTCODE_HALVES), ...matchesOf(text, LETTERED_POSTCODE)]) written(m);
  return found;
}

/** Token `k` is a line word ("Moo", "Ngõ", "Soi") with a number or a capitalised name after it. */
const lineWordAt = (tokens: Token[], k: number): boolean =>
  ADDRESS_LINE_WORDS.has(tokens[k]?.lower ?? '') && (tokens[k + 1]?.kind === 'digits' || tokens[k + 1]?.capitalised === true) && (tokens[k]!.capitalised || tokens[k + 1]!.kind === 'digits');

/**
 * From a line word at `i`: the lines of an address, each a line word and its number or name,
 * separated by commas or not ("Số 18 Ngõ 42 Phố Trần Duy Hưng", "Moo 3, Soi Chaloem Prakiat").
 * Two lines at least, or one with a number after an address cue; the last token.
 */
function addressLinesFrom(tokens: Token[], i: number): number | undefined {
  if (!lineWordAt(tokens, i)) return undefined;
  let last = i;
  let lines = 0;
  for (let k = i; lineWordAt(tokens, k); lines++) {
    let end = k + 1;
    if (tokens[end]!.kind === 'digits') {
      if (tokens[end + 1]?.text === '/' && tokens[end + 2]?.kind === 'digits') end += 2;
    } else end = lineEnd(tokens, k);
    last = end;
    k = tokens[end + 1]?.text === ',' ? end + 2 : end + 1;
  }
  if (lines >= 2 || (tokens[i + 1]?.kind === 'digits' && (addressCueBefore(tokens, i) || tokens[i - 1]?.kind === 'digits'))) return continuedLines(tokens, last);
  return undefined;
}

/** ", Soi Chaloem Prakiat", ", Tambon Nong Prue": address lines continuing the address that ends at `last`. */
function continuedLines(tokens: Token[], last: number): number {
  while (tokens[last + 1]?.text === ',' && lineWordAt(tokens, last + 2)) last = addressLinesFrom(tokens, last + 2) ?? lineEnd(tokens, last + 2);
  return last;
}
function lineEnd(tokens: Token[], k: number): number {
  let end = k + 1;
  if (tokens[end]!.kind !== 'digits') {
    while (end < k + 5 && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.capitalised && !ADDRESS_LINE_WORDS.has(tokens[end + 1]!.lower)) end++;
    // "Soi Sukhumvit 11", "Jalan Ampang 12"
    if (tokens[end + 1]?.kind === 'digits' && tokens[end + 1]!.text.length <= 3) end++;
  }
  return end;
}

/** "99/14 Moo 3", "7/3 Soi 11": a house number with its unit, then an address line. */
function unitAndLineAt(tokens: Token[], i: number): number | undefined {
  if (tokens[i + 1]?.text !== '/' || tokens[i + 2]?.kind !== 'digits' || tokens[i]!.text.length > 4 || !lineWordAt(tokens, i + 3)) return undefined;
  if (tokens[i + 1]!.start !== tokens[i]!.end || tokens[i + 2]!.start !== tokens[i + 1]!.end) return undefined;
  return continuedLines(tokens, addressLinesFrom(tokens, i + 3) ?? lineEnd(tokens, i + 3));
}

/** "slash", "snedstreck": a house number's unit said as a word between two numbers (round 96). */
const SLASH_WORDS = new Set(['slash', 'snedstreck', 'stroke']);
/** Words that are numbers ("one", "ett") but are not counted as such by default: as articles, "a", "en". */
const NOT_NUMBERS_BY_DEFAULT = new Set(['a', 'an', 'one', 'en', 'ett']);
/** Only articles: beside "slash" or after an address line's word, "one" and "ett" are numbers ("five slash one", "Moo one"; review 96). */
const ARTICLES_ONLY = new Set(['a', 'an']);
const numberAt = (tokens: readonly Token[], k: number, articles: ReadonlySet<string> = NOT_NUMBERS_BY_DEFAULT): boolean =>
  (tokens[k]?.kind === 'digits' && tokens[k]!.text.length <= 4) || (tokens[k]?.kind === 'word' && !articles.has(tokens[k]!.lower) && numberWordAtoms(tokens[k]!.lower) !== undefined);
/** What names a number that is no address, right before it: "Claim number 4411 slash 22", "ärende 12 snedstreck 3", "Dnr 4411 slash 22" (review 96). */
const caseWord = (t: Token | undefined): boolean => !!t && isCaseWord(t.lower);
/** (Only a case's: "house number five slash one, Moo three" is the address.) */
const caseNumberBefore = (tokens: readonly Token[], first: number): boolean =>
  caseWord(tokens[first - 1]) || (['number', 'nummer', 'nr'].includes(tokens[first - 1]?.lower ?? '') && caseWord(tokens[first - 2]));
const endsAtPunct = (t: Token | undefined): boolean => t === undefined || t.kind === 'punct';
/** The last token of one address line at `k` said with its number in words too ("Moo seven", "Soi Ruamrudee elva"), or undefined. */
function spokenLineEnd(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t || !t.capitalised || !ADDRESS_LINE_WORDS.has(t.lower)) return undefined;
  // ("Moo one" closing its clause: "one"/"ett" is the line's number; not "Hus ett fick brevet", review 96.)
  if (numberAt(tokens, k + 1) || (numberAt(tokens, k + 1, ARTICLES_ONLY) && endsAtPunct(tokens[k + 2]))) return k + 1;
  let end = k;
  while (end < k + 4 && tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.capitalised && !ADDRESS_LINE_WORDS.has(tokens[end + 1]!.lower)) end++;
  if (end === k) return undefined;
  return numberAt(tokens, end + 1) && tokens[end + 2]?.text === ',' ? end + 1 : end;
}
/**
 * "sextiotvå snedstreck sju, Moo tre, Ban Phon", "twelve slash four, Soi Ruamrudee nine": a house number and its unit read
 * with the word for the slash, then the lines of an address abroad; the spoken form of "62/7 Moo 3" (round 96).
 */
export function spokenSlashAddresses(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (let k = 1; k < tokens.length - 2; k++) {
    // ("forward slash" is the slash too, review 96.)
    const forward = tokens[k - 1]?.lower === 'forward' && tokens[k]!.lower === 'slash' ? 1 : 0;
    if (!SLASH_WORDS.has(tokens[k]!.lower) || !numberAt(tokens, k - 1 - forward, ARTICLES_ONLY) || !numberAt(tokens, k + 1, ARTICLES_ONLY)) continue;
    // (The numbers on either side of the word, compound words say one each: "fyrtiofem snedstreck tolv".)
    let first = k - 1 - forward;
    if (tokens[first - 1]?.kind === 'word' && numberWordAtoms(tokens[first - 1]!.lower) !== undefined && !NOT_NUMBERS_BY_DEFAULT.has(tokens[first - 1]!.lower)) first--;
    let last = k + 1;
    let lines = 0;
    for (let at = tokens[last + 1]?.text === ',' ? last + 2 : last + 1; ; at = tokens[at]?.text === ',' ? at + 1 : at) {
      const end = spokenLineEnd(tokens, at);
      if (end === undefined) break;
      last = end;
      lines++;
      at = end + 1;
    }
    // (At least one line: "two slash three" alone is a fraction or a date, kept; nor a number named as a claim's or a case's.)
    // ("one slash four, Soi Ari, Bangkok": a first number "one" only where the address closes its clause, not "I pay one
    // slash three, Mu two of the bill"; review 96.)
    const oneFirst = !numberAt(tokens, k - 1 - forward);
    if (lines === 0 || caseNumberBefore(tokens, first) || (oneFirst && !endsAtPunct(tokens[last + 1]))) continue;
    const start = tokens[first]!.start;
    const stop = tokens[last]!.end;
    if (!found.some((c) => c.type === 'address' && c.start <= start && stop <= c.end)) extra.push({ type: 'address', start, end: stop, confidence: Confidence.cued });
    k = last;
  }
  return extra;
}

/** Streets called by the word alone, definite: "Torget", "Backen", "Vägen" (round 96; not "Platsen tre", a place in a queue, review 96). */
const PLAIN_STREET_NAMES = new Set(['gatan', 'vägen', 'gränden', 'allén', 'torget', 'backen', 'stigen', 'höjden']);
/** "Vi möts på Torget nio": a meeting, its time after the square (review 96). */
const MEETING = new Set(['möts', 'ses', 'träffas', 'träffades', 'sågs', 'meet', 'met', 'meeting']);
/** "Pensionsmyndigheten ligger på Torget 2", "The office is at Torget two": an office's, not a caller's (review 96). */
const OFFICE = /(?:myndigheten|kassan|kontoret|office|kommunen|council)$/u;
/** Whether the bare street word at `i` is a meeting place or an office's, not a home: the sentence before it says so. */
function plainStreetElsewhere(tokens: readonly Token[], i: number): boolean {
  if (MEETING.has(tokens[i - 2]?.lower ?? '') && ['på', 'vid', 'at', 'by'].includes(tokens[i - 1]?.lower ?? '')) return true;
  for (let k = i - 1; k >= 0 && k >= i - 6; k--) {
    if (tokens[k]!.kind === 'punct' && /[.!?]/u.test(tokens[k]!.text)) break;
    if (OFFICE.test(tokens[k]!.lower)) return true;
    if (tokens[k]!.sentenceStart) break;
  }
  return false;
}
/** A house number at `k` that closes its clause: "… tre,", "… sju." (round 96). */
const numberClosingClause = (tokens: Token[], k: number): boolean => {
  const end = houseNumberEnd(tokens, k);
  return end !== undefined && !isYearNumber(tokens[k]) && (tokens[end + 1] === undefined || tokens[end + 1]!.kind === 'punct');
};

/**
 * In an answer to where one lives, after its start: a capitalised place (one or two words, no
 * month or weekday) and a house number that close a clause ("…, Klippen tolv.", "… Åsen 4, Sveg").
 */
function placesWithNumbers(tokens: Token[], from: number): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = from; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !t.capitalised || numberWordAtoms(t.lower) !== undefined || MONTHS.has(t.lower) || WEEKDAYS.has(t.lower) || PERSON_LEADS.has(t.lower)) continue;
    const last = tokens[i + 1]?.kind === 'word' && tokens[i + 1]!.capitalised ? i + 1 : i;
    // ("…, reference SKV 7731.", "ärende ABC 4410": letters in capitals alone before three figures or more are a code's series,
    // not a place, which is written with one capital; Round 95. Not a postcode's area, "NR... två", with one or two. A plate's
    // shape, three capitals and three figures, only with an agency's letters or a code's word before it, never bare: "bilen
    // har ABC 123", the review of round 95.)
    if (ACRONYM.test(tokens[last]!.text) && tokens[last + 1]?.kind === 'digits' && tokens[last + 1]!.text.length >= 3 && (!plateShaped(tokens, last) || seriesNamed(tokens, last))) continue;
    if (isYearNumber(tokens[last + 1])) continue;
    const end = houseNumberEnd(tokens, last + 1) ?? numberAfterPause(tokens, last);
    const after = end === undefined ? undefined : tokens[end + 1];
    if (end !== undefined && (!after || after.text === ',' || after.text === '.')) {
      spans.push([i, end]);
      i = end;
    }
  }
  return spans;
}
/** Two to five letters, all capitals: an agency's or a series' letters ("SKV", "CSN", "ABC"). */
const ACRONYM = /^\p{Lu}{2,5}$/u;
/** An agency's letters before its figures: "SKV 7731", "FK 5056". */
const AGENCY_SERIES: ReadonlySet<string> = new Set(['SKV', 'FK', 'CSN', 'KFM', 'PM', 'MIGR', 'AF', 'PPM', 'OCR']);
/** A code's word before its series: "ärende ABC 4410", "your reference is XYZ 123", "portkoden är ABC 1234"; a case's word or a code's own. */
const CODE_WORD = new RegExp(`^(?:${CASE_WORD_SOURCE}|kod|koden|code|portkod\\p{L}*|beteckning\\p{L}*)$`, 'u');
/** A Swedish registration plate's shape at `i`: three capitals, then three figures ("ABC 123"). */
const plateShaped = (tokens: Token[], i: number): boolean => tokens[i]!.text.length === 3 && tokens[i + 1]!.text.length === 3;
/** The capitals at `i` are a series: an agency's letters, or a code's word up to four words before them in the sentence. */
function seriesNamed(tokens: Token[], i: number): boolean {
  if (AGENCY_SERIES.has(tokens[i]!.text)) return true;
  for (let k = i - 1; k >= 0 && k >= i - 4 && !SENTENCE_END_MARKS.has(tokens[k]!.text); k--) if (CODE_WORD.test(tokens[k]!.lower)) return true;
  return false;
}
export const WEEKDAYS = new Set(['måndag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lördag', 'söndag', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** A number said as a word ("twenty-two", "nine"), not "a" or "one" that are articles too. */
const isNumberWord = (t: Token | undefined): boolean => t?.kind === 'word' && t.lower !== 'a' && t.lower !== 'one' && numberWordAtoms(t.lower) !== undefined;

/** "99/12 Moo 5", "1234 Oak Street": a house number at token `i` and the words after it; the last token, or undefined. */
function houseNumberFirst(tokens: Token[], i: number): number | undefined {
  let last = i;
  if (tokens[i + 1]?.text === '/' && tokens[i + 2]?.kind === 'digits') last = i + 2;
  const inName = (k: number): boolean =>
    tokens[k]!.capitalised || (tokens[k]!.kind === 'digits' && tokens[k]!.text.length <= 4) || (PARTICLES.has(tokens[k]!.lower) && particleBeforeName(tokens, k));
  while (last < i + 6 && tokens[last + 1] && inName(last + 1)) last++;
  return last > i ? (apartmentEnd(tokens, last) ?? last) : undefined;
}

/**
 * "88/12 Moo 5, Tambon Nong Prue, 20150 Chonburi", "4 Odos Ermou, Kolonaki, 10563 Athens": abroad,
 * the district named between the street and the postcode is a line of the address. The last token
 * of the district after the address ending at `last`, if a postcode follows it.
 */
function districtAfter(tokens: Token[], last: number): number | undefined {
  if (tokens[last + 1]?.text !== ',') return undefined;
  let k = last + 2;
  while (k < last + 6 && tokens[k]?.kind === 'word' && tokens[k]!.capitalised && !lexicon().stopWords.has(tokens[k]!.lower)) k++;
  if (k === last + 2 || tokens[k]?.text !== ',' || tokens[k + 1]?.kind !== 'digits' || tokens[k + 1]!.text.length < 4) return undefined;
  return k - 1;
}

/**
 * "Hay al-Jihad, gata 12": the district named in the clause that ends at the comma `comma`, one to
 * three words, the first capitalised, the others capitalised or "al-…". Its first token, or undefined.
 */
function districtBefore(tokens: Token[], comma: number): number | undefined {
  let k = comma;
  while (k > comma - 3 && k > 0 && tokens[k - 1]!.kind === 'word' && (tokens[k - 1]!.capitalised || /^\p{Ll}{1,3}-\p{Lu}/u.test(tokens[k - 1]!.text))) k--;
  if (k === comma || !tokens[k]!.capitalised || lexicon().places.has(tokens[k]!.lower)) return undefined;
  return k === 0 || tokens[k - 1]!.kind === 'punct' ? k : undefined;
}

/** The last word of a street's name after its street word at `i` ("Via Roma", "Rue de la Paix"), from `from`, up to four words on. */
function foreignStreetNameEnd(tokens: Token[], i: number, from: number): number {
  let last = from;
  while (last < i + 4 && tokens[last + 1]?.kind === 'word' && (tokens[last + 1]!.capitalised || PARTICLES.has(tokens[last + 1]!.lower))) last++;
  return last;
}

/** "12 Rue de Rivoli", "de la Paix": particles with a capitalised word after them. */
function particleBeforeName(tokens: Token[], k: number): boolean {
  while (tokens[k] && PARTICLES.has(tokens[k]!.lower)) k++;
  return tokens[k]?.capitalised === true;
}

/** Cues by their last word: asked for every number and capitalised word, most have none. */
const byLastWord = (cues: readonly (readonly string[])[]): Map<string, (readonly string[])[]> => {
  const map = new Map<string, (readonly string[])[]>();
  for (const cue of cues) map.set(cue.at(-1)!, [...(map.get(cue.at(-1)!) ?? []), cue]);
  return map;
};
const REGISTERED_BY_LAST = byLastWord(REGISTERED_CUES);
const ADDRESS_BY_LAST = byLastWord(ADDRESS_CUES);

function cueEndsBefore(byLast: Map<string, (readonly string[])[]>, tokens: Token[], i: number): boolean {
  const endsAt = (at: number) => {
    const cues = byLast.get(tokens[at - 1]?.lower ?? '');
    return cues !== undefined && cues.some((cue) => cue.every((word, k) => tokens[at - cue.length + k]?.lower === word));
  };
  if (endsAt(i)) return true;
  // "Jag bor på... öh... Holmen", "I live at, um... Highfield": a pause between the cue and what it names (round 66).
  let at = i;
  while (at > 0 && (HESITATIONS.has(tokens[at - 1]!.lower) || tokens[at - 1]!.text === '…' || ellipsisDotAt(tokens, at - 1) || (tokens[at - 1]!.text === ',' && at < i))) at--;
  return at < i && endsAt(at);
}

function registeredCueBefore(tokens: Token[], i: number): boolean {
  return cueEndsBefore(REGISTERED_BY_LAST, tokens, i);
}

function addressCueBefore(tokens: Token[], i: number): boolean {
  return cueEndsBefore(ADDRESS_BY_LAST, tokens, i);
}

/**
 * "Storgatan 12, ett ett tre fyrtiofem Stockholm": a postcode read as words (or digits in any
 * grouping) after an address and before a town. The tokens it spans, or undefined.
 */
function spokenPostcodeAfter(tokens: Token[], last: number): [number, number] | undefined {
  let j = last + 1;
  if (tokens[j]?.text === ',') j++;
  const first = j;
  let digits = '';
  for (; j < tokens.length && digits.length < 5; j++) {
    const t = tokens[j]!;
    // "one oh two, uh, sixty-five"
    if ((t.text === ',' || ADDRESS_HESITATIONS.has(t.lower)) && j > first) continue;
    if (t.kind === 'digits') digits += t.text;
    else if (t.kind === 'word' && spokenValue(t.lower) !== undefined) digits += String(spokenValue(t.lower));
    else break;
  }
  const lastDigit = tokens[j - 1]?.text === ',' ? j - 2 : j - 1;
  const next = tokens[j]?.text === ',' ? tokens[j + 1] : tokens[j];
  // (A Swedish postcode never begins with 0; an Italian or Spanish one before its town may: "zero nine one two four, Cagliari".)
  if (digits.length !== 5 || (digits[0] === '0' && !(next?.kind === 'word' && next.capitalised)) || lastDigit < first) return undefined;
  // Before a town, or where the sentence ends, or corrected ("…, no, 00184"): five digits after an address are its postcode.
  // (Or set off by commas on both sides before the sentence goes on, "Tallvägen sju, åttiotvå fyra tjugoett, jag bor …": no
  // sum, year or time is five digits said after a street and its number; round 93.)
  // (The sentence goes on in words, no more digits: "Skolgatan 40, sju sex ett, trettiotre" reads the house number first.)
  // (Review 93: never a figure read with "hundra" or "tusen", "Ekvägen 3, tolv femhundra, går det till hyran": a postcode is
  // read in groups of digits, a sum in hundreds.)
  const inHundreds = tokens.slice(first, lastDigit + 1).some((t) => hundredsOrThousandsWord(t.lower));
  const setOff = tokens[j]?.text === ',' && next?.kind === 'word' && spokenValue(next.lower) === undefined && digits[0] !== '0' && !UNITS.has(next.lower) && !inHundreds;
  return (next?.kind === 'word' && (next.capitalised || CORRECTIONS.has(next.lower))) || next === undefined || next.text === '.' || setOff ? [first, lastDigit] : undefined;
}

/** The digits of the number read from `from` to `to`: "fyra noll" 40, "tjugosju" 27, "2 7" 27. */
function digitsRead(tokens: readonly Token[], from: number, to: number): string {
  let digits = '';
  for (let k = from; k <= to; k++) {
    const t = tokens[k]!;
    const value = t.kind === 'digits' ? t.text : t.kind === 'word' ? spokenValue(t.lower) : undefined;
    if (value === undefined) return '';
    digits += String(value);
  }
  return digits;
}

/** The house number ending at `said` is read again, digit by digit, from `from` to `to`. */
function sameDigits(tokens: readonly Token[], said: number, to: number, from: number): boolean {
  let first = said;
  while (first > said - 3 && (tokens[first - 1]?.kind === 'digits' || (tokens[first - 1]?.kind === 'word' && spokenValue(tokens[first - 1]!.lower) !== undefined))) first--;
  const before = digitsRead(tokens, first, said);
  return before.length >= 2 && before === digitsRead(tokens, from, to);
}

/** The value of one number word: "tvåhundrafyrtio" 240, "fyrtiofyra" 44, "sjuhundrasjuttiosex" 776. */
function spokenValue(lower: string): number | undefined {
  const atoms = numberWordAtoms(lower);
  if (!atoms || lower === 'a') return undefined;
  let value = 0;
  for (const a of atoms) {
    if (a === -100) value = (value || 1) * 100;
    else if (a < 0) return undefined;
    else value += a;
  }
  return value;
}

/** "Skogsbrynet 11, 655 91 Karlstad": token `i` starts a place, a house number, a postcode and a town. */
function beforePostcodeAndTown(text: string, tokens: Token[], i: number): boolean {
  let last = i;
  while (last < i + 2 && tokens[last + 1]?.kind === 'word' && tokens[last + 1]!.capitalised) last++;
  const numberEnd = houseNumberEnd(tokens, last + 1);
  if (numberEnd === undefined || tokens[last + 1]?.kind !== 'digits') return false;
  return POSTCODE_AND_TOWN.test(text.slice(tokens[numberEnd]!.end, tokens[numberEnd]!.end + 16));
}

/**
 * "7 Rose Lane, Springfield, Illinois, six two seven oh four", "Storgatan 5, Skövde, 541 30": a
 * postcode said after the town and region that follow an address.
 */
function postcodesAfterPlaces(tokens: Token[], addresses: Candidate[]): [number, number][] {
  const spans: [number, number][] = [];
  for (const a of addresses) {
    if (a.type !== 'address') continue;
    let k = tokens.findIndex((t) => t.end === a.end);
    if (k < 0) continue;
    let places = 0;
    while (tokens[k + 1]?.text === ',' && places < 2) {
      // ", that's in Hägersten,", ", det är i Farsta,": a few words may lead to the town.
      let p = k + 2;
      while (p < k + 5 && PLACE_LEAD.has(tokens[p]?.lower ?? '')) p++;
      const place = tokens[p];
      if (place?.kind !== 'word' || !place.capitalised || numberWordAtoms(place.lower) !== undefined) break;
      // "Thanh Xuan", "Ho Chi Minh City": a place of several words.
      while (p < k + 6 && tokens[p + 1]?.kind === 'word' && tokens[p + 1]!.capitalised) p++;
      k = p;
      places++;
    }
    if (places === 0) continue;
    const spoken = spokenPostcodeAfter(tokens, k);
    const written = tokens[k + 1]?.text === ',' ? k + 2 : k + 1;
    if (spoken) spans.push(spoken);
    // "Bangkok 10110", "Ho Chi Minh City, 700000": four to seven digits after the town, where the sentence or clause ends or a country follows.
    else if (tokens[written]?.kind === 'digits' && tokens[written]!.text.length >= 4 && tokens[written]!.text.length <= 7 && !isYearNumber(tokens[written]) && (tokens[written + 1] === undefined || (tokens[written]!.text.length >= 5 ? tokens[written + 1]!.kind === 'punct' : SENTENCE_END_MARKS.has(tokens[written + 1]!.text)) || tokens[written + 1]!.capitalised) && tokens[written + 1]?.text !== '-' && tokens[written + 1]?.text !== '/') {
      spans.push([written, written]);
    }
    // "27 Banksia Street, Bendigo, Victoria, 3550": four digits closing the address (Australia, Norway, Denmark).
    // (A year-like "2034" too after a town and a region, or when no past year: "Coogee, New South Wales, 2034".)
    else if (tokens[k + 1]?.text === ',' && tokens[k + 2]?.kind === 'digits' && tokens[k + 2]!.text.length === 4 && (!isYearNumber(tokens[k + 2]) || places >= 2 || Number(tokens[k + 2]!.text) > 2027) && (tokens[k + 3] === undefined || SENTENCE_END_MARKS.has(tokens[k + 3]!.text))) {
      spans.push([k + 2, k + 2]);
    }
  }
  return spans;
}

/** Words between an address and its town: "that's in Hägersten", "det är i Farsta", "which is in". */
const PLACE_LEAD = new Set(["that's", 'that', 'is', "it's", 'which', 'in', 'det', 'är', 'i', 'alltså', 'ligger', 'eh', 'öh', 'uh', 'um']);

/** The shape of a UK postcode written without its space ("SW1A1AA", "LS62QW"). */
const UK_POSTCODE_COMPACT = /^[A-PR-UWYZ][A-HK-Y]?\d[A-Z\d]?\d[ABD-HJLNP-UW-Z]{2}$/;

/**
 * A UK postcode read out: letters apart and numbers as words ("S W one A, one A A", "L E eleven,
 * three T U", "B S eight, four J Q"). The tokens each spans.
 */
function spokenUkPostcodes(tokens: Token[]): [number, number][] {
  const spans: [number, number][] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!isCapitalLetter(tokens[i])) continue;
    let compact = '';
    for (let k = i; k < tokens.length && k < i + 12 && compact.length < 7; k++) {
      const t = tokens[k]!;
      if (t.text === ',' || HESITATIONS.has(t.lower)) continue;
      if (isCapitalLetter(t)) compact += t.text;
      else if (t.kind === 'digits' && t.text.length <= 2) compact += t.text;
      else if (t.kind === 'word' && t.lower === 'oh') compact += '0';
      else if (t.kind === 'word' && numberWordAtoms(t.lower)?.every((a) => a >= 0) && t.lower !== 'a') compact += String(numberWordAtoms(t.lower)!.reduce((x, y) => x + y, 0));
      else break;
      if (UK_POSTCODE_COMPACT.test(compact)) {
        spans.push([i, k]);
        i = k;
        break;
      }
    }
  }
  return spans;
}
const isCapitalLetter = (t: Token | undefined): boolean => t?.kind === 'word' && t.text.length === 1 && t.text >= 'A' && t.text <= 'Z';

/** "00185", "2300", "123 45": token `k` ends a postcode (four or five digits, or the two after three). */
export function postcodeEndsAt(tokens: readonly Token[], k: number): boolean {
  const t = tokens[k];
  if (t?.kind !== 'digits') return false;
  if (t.text.length === 4 || t.text.length === 5) return true;
  const first = tokens[k - 1];
  return t.text.length === 2 && first?.kind === 'digits' && first.text.length === 3 && first.end === t.start - 1;
}

/** "00185 Roma", "2300 København", "123 45 Farsta": the word at `start` is a town, right after a postcode. */
export function townAfterPostcode(tokens: readonly Token[], start: number): boolean {
  const i = tokens.findIndex((t) => t.start === start);
  return i > 0 && tokens[i - 1]!.end === tokens[i]!.start - 1 && postcodeEndsAt(tokens, i - 1);
}

/**
 * The names of the streets in the addresses found: "Elm" of "1440 Elm Avenue", "storgatan" of "Storgatan 41". Not a town
 * that came with the address, nor a word of the language.
 */
export function streetNamesIn(tokens: readonly Token[], found: readonly Candidate[]): Set<string> {
  const names = new Set<string>();
  const { stopWords, places, worldPlaces } = lexicon();
  for (const c of found) {
    if (c.type !== 'address') continue;
    const inside = tokens.filter((t) => t.start >= c.start && t.end <= c.end);
    for (const [k, t] of inside.entries()) {
      if (t.kind !== 'word' || !t.capitalised || t.text.length < 3 || stopWords.has(t.lower) || places.has(t.lower) || worldPlaces.has(t.lower)) continue;
      // The street's own name ("Storgatan"), or the name before an English street word ("Elm" Avenue).
      if (STREET.test(t.lower) || EN_STREET_TYPES.has(inside[k + 1]?.lower ?? '')) names.add(t.lower);
    }
  }
  return names;
}

/**
 * "The address is Elm Street, sorry, I mean Elm Avenue, 1440 Elm Avenue", "Lakeview, uh, Lakeview Terrace, 2209 Lakeview
 * Terrace": a street of an address found, said on its own in a false start or a correction, is the address too (fails closed).
 */
export function streetsNamedAgain(tokens: readonly Token[], names: ReadonlySet<string>, found: readonly Candidate[]): Candidate[] {
  if (names.size === 0) return [];
  const extra: Candidate[] = [];
  // (From the end: a false start before a correction before the address, "Elm Street, sorry, I mean Elm Avenue, 1440 …".)
  for (let k = tokens.length - 1; k >= 0; k--) {
    const t = tokens[k]!;
    const all = [...found, ...extra];
    if (t.kind !== 'word' || !t.capitalised || !names.has(t.lower) || all.some((c) => c.start < t.end && t.start < c.end)) continue;
    // (With its street word: "Elm Street", "Lakeview Terrace".)
    const last = tokens[k + 1]?.capitalised === true && EN_STREET_TYPES.has(tokens[k + 1]!.lower) ? k + 1 : k;
    // (Only right before an address, with nothing but a pause or a correction between: not "Det står Ekgatan på skylten men
    // jag bor på Ekgatan 19 C", nor the street named as a landmark after it.)
    let next = last + 1;
    while (next < tokens.length && next - last <= 6 && (tokens[next]!.kind === 'punct' || HESITATIONS.has(tokens[next]!.lower) || inCorrection(tokens[next]!.lower))) next++;
    // ("Linden Road, sorry, Lindvägen, I keep translating it, Lindvägen nine": or as a clause of its own, commas on both sides,
    // with the same street's address later in the turn; a landmark said in passing has words around it. Round 96.)
    const ownClause = tokens[k - 1]?.text === ',' && tokens[last + 1]?.text === ',' &&
      all.some((c) => c.type === 'address' && c.start > tokens[last]!.end && tokens.some((u) => u.start === c.start && u.lower === t.lower));
    if (!ownClause && !all.some((c) => c.type === 'address' && c.start === tokens[next]?.start)) continue;
    extra.push({ type: 'address', start: t.start, end: tokens[last]!.end, confidence: Confidence.cued });
  }
  return extra;
}

/** Parts of a building said before the flat: "hus C", "block C", "uppgång B", "entrance 2". */
const BLOCK_WORDS = new Set(['hus', 'huset', 'block', 'blocket', 'uppgång', 'uppgången', 'port', 'porten', 'entrance', 'building', 'house', 'stairwell']);
const itemAt = (tokens: readonly Token[], k: number): number | undefined => {
  const t = tokens[k];
  if (!t || t.kind !== 'word') return undefined;
  // "fjärde", "3rd": a floor said alone.
  if (FLOOR_ORDINAL.test(t.lower) && tokens[k + 1]?.text === ',') return k;
  // "hus C", "block 4"
  const next = tokens[k + 1];
  if (BLOCK_WORDS.has(t.lower) && next && (isSingleCapital(next) || (next.kind === 'digits' && next.text.length <= 3)) && tokens[k + 2]?.text === ',') return k + 1;
  return undefined;
};

/** "moved to Solhaga, …", "flyttar till Ekbacken, …", "bor på Lyckebo, …": the place at `k` is where someone moves or lives. */
const movedTo = (tokens: readonly Token[], k: number): boolean =>
  ['to', 'till', 'på', 'at'].includes(tokens[k - 1]?.lower ?? '') && MOVE_OR_LIVE.has(tokens[k - 2]?.lower ?? '');
const MOVE_OR_LIVE = new Set(['moved', 'moving', 'move', 'moves', 'flyttar', 'flyttade', 'flytta', 'flyttat', 'bor', 'bodde', 'lives', 'live', 'lived']);

/**
 * "Tensta Allé 29, fjärde, lägenhet 1402", "jag bor i hus C, lägenhet 12", "I'm in block C, flat 12": a floor or a block said
 * on its own right before a part of the address is part of it.
 */
export function itemsBeforeAddressParts(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'address') continue;
    const first = tokens.findIndex((t) => t.start === c.start);
    // "Lyckebo, Västra Ön, …": a house's or farm's name by its place-name ending, the first word of its sentence, right before
    // the rest of the address (round 67; not a town the lists know, "Hagalund, Storgatan 3" keeps a known place).
    const house = tokens[first - 2];
    // (Or after "moved to", "bor på": round 69.)
    // (Round 67's review: not before an address that begins with its number, the English order — "Delivered, 14 Oak Road",
    // "Nearby, 14 Oak Road" — nor an English word with such an ending: "Landmark, Storgatan 3".)
    const numberFirst = tokens[first]?.kind === 'digits' || isNumberWord(tokens[first]);
    if (house && !numberFirst && !ENGLISH_RURAL_LOOKALIKES.test(house.lower) && tokens[first - 1]?.text === ',' && (house.sentenceStart || movedTo(tokens, first - 2)) && house.capitalised && RURAL.test(house.lower) && !lexicon().places.has(house.lower) && !lexicon().worldPlaces.has(house.lower) && !found.some((o) => o.start <= house.start && house.end <= o.end)) {
      extra.push({ type: 'address', start: house.start, end: house.end, confidence: Confidence.cued });
    }
    // ("bor på Torpet Lyckan": a farm's word written as a name, found alone, has its name right after it, round 69.)
    const lead = tokens[first];
    const farmName = tokens[first + 1];
    // (Not an agency, a bank, a name, a day or a month: "bor på Torpet Försäkringskassan har …", round 69's review.)
    if (lead && lead.end === c.end && lead.capitalised && DWELLING_LEAD.has(lead.lower) && farmName?.kind === 'word' && farmName.capitalised && plainPlaceWord(farmName) && !found.some((o) => o.start <= farmName.start && farmName.end <= o.end)) {
      extra.push({ type: 'address', start: farmName.start, end: farmName.end, confidence: Confidence.cued });
    }
    // "No. 12, Jalan Ampang 3", "Nr. 4, Calle Mayor 9": a house or unit by its number and abbreviation, right before the rest of
    // the address (round 73; not "case no. 12, …": a case's number is said after its word).
    const no = first - 4;
    // (Review 73: not "Invoice No. 4471, 14 High Street": a number some word before it names is that thing's.)
    const named = no > 0 && tokens[no - 1]!.kind === 'word' && !NO_LEADS.has(tokens[no - 1]!.lower);
    if (no >= 0 && !named && tokens[first - 1]!.text === ',' && ['no', 'nr'].includes(tokens[no]!.lower) && tokens[no]!.capitalised && tokens[no + 1]!.text === '.' && tokens[no + 2]!.kind === 'digits' && tokens[no + 2]!.text.length <= 4 && !found.some((o) => o.start <= tokens[no]!.start && tokens[no + 2]!.end <= o.end)) {
      extra.push({ type: 'address', start: tokens[no]!.start, end: tokens[no + 2]!.end, confidence: Confidence.cued });
    }
    // (Before a flat, a room or a floor of it: "lägenhet 1402", "flat 12".)
    if (first < 3 || tokens[first - 1]!.text !== ',' || !APARTMENT_WORDS.has(tokens[first]!.lower) && !['rum', 'room'].includes(tokens[first]!.lower)) continue;
    for (const k of [first - 2, first - 3]) {
      const end = itemAt(tokens, k);
      if (end === first - 2 && !found.some((o) => o.start < tokens[end]!.end && tokens[k]!.start < o.end)) {
        extra.push({ type: 'address', start: tokens[k]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
        break;
      }
    }
  }
  return extra;
}

/** The words a ward's name follows ("avdelning Linnéa", "ward Rowan"); not the definite "avdelningen", said before a person on it. */
export const WARD_NAMED_AFTER: ReadonlySet<string> = new Set(['avdelning', 'avd', 'ward']);
/** A ward's own word after its name: "Primrose Unit", "Kilmurry Ward", "Kōwhai Wing". */
const WARD_AFTER_NAME = new Set(['unit', 'wing', 'ward', 'avdelningen']);
/** The words of a care home in English after its name: "Hollybank Care Home", "St. Aidan's Nursing Home". */
const CARE_HOME_LEADS = new Set(['care', 'nursing', 'rest', 'residential']);
/** A home's word in English after its capitalised name, said where someone lives: "St. Joseph's Residence", "Riverbend Lodge". */
const HOME_AFTER_NAME_EN = new Set(['residence', 'lodge', 'manor']);
/** The room, bed or unit someone lives in, in a home: "rum 14", "room twelve", "Unit 3", "säng 2". */
const HOME_ROOM_WORDS = new Set(['rum', 'room', 'bed', 'säng', 'unit', 'lgh', 'lägenhet']);
/**
 * Words that say the home named right after them is where someone lives: "bor på", "flyttade i maj till", "lives at",
 * "has been at", "moved into", "fått plats på", and the letter sent there ("skickar brevet till", "sent it to"). (Not
 * names.ts's `TOWN_VERBS`, the verbs before "i"/"in" a town: that one has "född", "studied", "worked", none of the sending.)
 */
const HOME_NAMED_AFTER = /^(?:bor|bodde|boende|flytta[rtd]?|flyttade|flyttas|fått|får|fick|plats|skriven|folkbokförd|ligger|skicka[rt]?|skickade|lives?|living|lived|moved?|moving|stays?|staying|stayed|resides?|residing|been|be|vara|is|'s|’s|sent|send|sending|post|posted)$/u;
/** What an answer may begin with before the home it names: "Ja, på Solgården", "Well, at Rosewood". */
const ANSWER_LEADS: ReadonlySet<string> = new Set(['ja', 'jo', 'nu', 'på', 'i', 'yes', 'yeah', 'well', 'now', 'at', 'in', 'still', 'kvar', 'fortfarande']);
/** Verbs in HOME_NAMED_AFTER that say where anything is, not only where someone lives (review 73). */
// (Round 78: "she'll be in Tallbackens boende from Monday", "hon ska vara på Ekbackens boende": "be"/"vara" after a modal.)
const WEAK_HOME_NAMED_AFTER: ReadonlySet<string> = new Set(['is', "'s", '’s', 'been', 'be', 'vara', 'ligger']);
/** The modal before "be"/"vara": "will be", "she'll be", "ska vara", "kommer att vara". */
const MODALS: ReadonlySet<string> = new Set(['will', 'would', 'shall', 'should', 'must', 'ska', 'skall', 'kommer', 'att']);
/** Words that make a home a workplace or a caller's office: "jobbar på", "works at", "ringer från", "calling from". */
// (Review 74: a home only visited, paid, run or volunteered at is none's home either; "för"/"for", "ringer"/"calling" are no
// workplace words, "ringer för mamma": "från"/"from" only right before the home, "ringer från Solgården".)
const WORKS_AT = /^(?:jobba[rd]?|arbeta[rd]?|anställd|works?|working|worked|employed|volunteers?|volunteered|volunteering|visits?|visited|visiting|pays?|paid|paying|runs|driver|besöker|besökte|betalar|betalade|dagverksamhet)$/u;
const FROM_WORDS: ReadonlySet<string> = new Set(['från', 'from']);
const STILL_WORDS: ReadonlySet<string> = new Set(['now', 'still', 'currently', 'nu', 'kvar', 'fortfarande']);
/** Who may live in a home: pronouns and relatives ("she", "mum", "mamma", "my husband"). */
const PERSON_SUBJECTS: ReadonlySet<string> = new Set([
  'i', 'she', 'he', 'they', 'we', 'you', 'jag', 'hon', 'han', 'hen', 'de', 'dom', 'vi', 'du', 'ni',
  ...RELATIVES,
  // (What a child calls a mother or a grandmother: "Mam's been at …", "Nana is in …".)
  'mam', 'mummy', 'gran', 'grandpa', 'nan', 'nana',
]);
/** The subject of the verb at `v` is a person: a pronoun, a relative or a name ("Mum's been at", "Margaret is in", "hon ligger på"). */
function personSubject(tokens: readonly Token[], v: number, found: readonly Candidate[]): boolean {
  let s = v - 1;
  if (tokens[v]!.lower === 'been' && ['has', 'have', 'had', "'s", '’s'].includes(tokens[s]?.lower ?? '')) s--;
  if (tokens[v]!.lower === 'be' || tokens[v]!.lower === 'vara') {
    // (Only after a modal: "she'll be", "will be", "ska vara", "kommer att vara"; not "to be in …", "can be at …".)
    if (!MODALS.has(tokens[s]?.lower ?? '') && !/['’]ll$/u.test(tokens[s]?.lower ?? '')) return false;
    while (s >= 0 && MODALS.has(tokens[s]!.lower)) s--;
  }
  while (s >= 0 && STILL_WORDS.has(tokens[s]!.lower)) s--;
  const t = tokens[s];
  if (!t || t.kind !== 'word') return false;
  // ("she's been in", "Mum's been at": the subject with its verb joined on.)
  return PERSON_SUBJECTS.has(t.lower.replace(/['’](?:s|ve|ll|d)$/u, '')) || found.some((c) => c.type === 'name' && c.start <= t.start && t.end <= c.end);
}
/** Where a home named with its word at `k` begins ("Solbackens äldreboende", "Rönnbäret vård- och omsorgsboende", "Plas Teifi Care Home"), or undefined. */
function homeNameStart(tokens: readonly Token[], k: number): number | undefined {
  const t = tokens[k];
  if (!t) return undefined;
  let first: number | undefined;
  if (HOME_WORDS.has(t.lower)) {
    // ("Lindängens vård- och omsorgsboende": the name before the two words joined by "och".)
    first = tokens[k - 1]?.lower === 'och' && tokens[k - 2]?.text === '-' && tokens[k - 3]?.kind === 'word' ? k - 4 : k - 1;
  } else if (t.lower === 'home' && CARE_HOME_LEADS.has(tokens[k - 1]?.lower ?? '')) first = k - 2;
  else if (HOME_AFTER_NAME_EN.has(t.lower) && t.capitalised) first = k - 1;
  // ("gruppboendet Linden": the home's word before its name; "Blomhaga, det är ett äldreboende", "Ekbacken, a care home":
  // the name said to be a home right after it.)
  if (first === undefined && t.kind === 'word' && t.capitalised && HOME_WORDS.has(tokens[k - 1]?.lower ?? '') && !tokens[k - 1]!.capitalised) return k - 1;
  // (Not a town: "Hon bor i Kiruna, ett äldreboende där uppe", "He lives in Glasgow, a care home by the river"; review 73.)
  if (first === undefined && t.kind === 'word' && t.capitalised && tokens[k + 1]?.text === ',' && !lexicon().places.has(t.lower) && !lexicon().worldPlaces.has(t.lower)) {
    const after = tokens.slice(k + 2, k + 7).map((w) => w.lower).join(' ');
    if (/^(?:(?:det är|that's|that is|it's) )?(?:ett|en|a|an) (?:\p{L}*boende|servicehus|care home|nursing home)\b/u.test(after)) return k;
  }
  if (first === undefined || tokens[first]?.kind !== 'word' || !tokens[first]!.capitalised) return undefined;
  // ("Plas Teifi Care Home": a name of more than one word.)
  while (first > 0 && tokens[first - 1]!.kind === 'word' && tokens[first - 1]!.capitalised && !HOME_NAMED_AFTER.test(tokens[first - 1]!.lower) && first > sentenceStartOf(tokens as Token[], k)) first--;
  // ("St. Joseph's": a saint's abbreviation before the name.)
  if (tokens[first - 1]?.text === '.' && /^(?:st|s:t|saint)$/iu.test(tokens[first - 2]?.text ?? '')) first -= 2;
  return first;
}
/** Where the ward, room or bed said after a home at `i` (", avdelning Linden", ", Primrose Unit", ", rum 14") ends, or undefined. */
function homePartEnd(tokens: readonly Token[], i: number): { end: number; room: boolean } | undefined {
  const a = tokens[i];
  const b = tokens[i + 1];
  if (!a || !b) return undefined;
  const id = b.kind === 'digits' || isNumberWord(b) || (b.kind === 'word' && b.capitalised);
  if (WARD_NAMED_AFTER.has(a.lower) && id) return { end: i + 1, room: false };
  if (a.kind === 'word' && a.capitalised && WARD_AFTER_NAME.has(b.lower)) return { end: i + 1, room: false };
  if (HOME_ROOM_WORDS.has(a.lower) && (b.kind === 'digits' || isNumberWord(b))) return { end: i + 1, room: true };
  return undefined;
}

/**
 * "mamma bor på Solgårdens äldreboende, avdelning Linden", "hon flyttade i maj till Ekbackens äldreboende", "he lives at
 * Rosewood care home, room 12", "St. Brigid's Nursing Home, Kilmurry Ward, bed six": a care home, its ward and the room or
 * bed, said as where someone lives, are an address (round 73: the project's decision, privacy fails closed; rounds 22–72
 * kept the home and the ward). Lived in means said after "bor på", "flyttade till", "lives at", "is in", a letter sent
 * there, or with the room or bed one lives in. A home said only as a place or an actor stays kept: "personalen på
 * Solgården ringde", "the staff at Rosewood said", "jobbar på Ekbackens äldreboende".
 * (Review 72: not a count of beds or a size: "bed 30 in total", "säng 20 har de totalt", "rum 3 kvadratmeter".)
 */
export function homeLivedIn(tokens: readonly Token[], found: readonly Candidate[], answer = false): Candidate[] {
  const extra: Candidate[] = [];
  // (From the first word: "Rosewood, a care home in Bristol." as an answer.)
  for (let k = 0; k < tokens.length; k++) {
    const first = homeNameStart(tokens, k);
    if (first === undefined) continue;
    // The list after it: ward, room, bed, each after a comma.
    let end = k;
    let room = false;
    // ("Lövdalens vårdboende i mars, avdelning fyra": a month said after the home is no part of it.)
    const datedAt = (i: number): boolean => ['i', 'in', 'since', 'sedan'].includes(tokens[i]?.lower ?? '') && MONTHS.has(tokens[i + 1]?.lower ?? '');
    const dated = datedAt(k + 1) ? k + 2 : k;
    // (Review 73: "avdelning Linden sedan april, säng 2": after a ward too, the month is skipped and the list read on.)
    const gaps: number[] = dated > k ? [k + 1] : [];
    const roomAfter = (i: number): boolean => tokens[i]?.text === ',' ? homePartEnd(tokens, i + 1)?.room === true : datedAt(i) && tokens[i + 2]?.text === ',' && homePartEnd(tokens, i + 3)?.room === true;
    for (let j = dated + 1; tokens[j]?.text === ','; ) {
      const part = homePartEnd(tokens, j + 1);
      if (!part) break;
      const next = tokens.slice(part.end + 1, part.end + 5).map((t) => t.lower);
      if (part.room && (next.some((w) => ['total', 'totalt', 'sammanlagt', 'altogether', 'kvadratmeter', 'kvm', 'square'].includes(w) || isUnitOrSize(w)) || (next[0] === 'of' && next.length > 1) || next[0] === 'av')) break;
      if (end === k && dated > k && !part.room && !roomAfter(part.end + 1)) break;
      end = part.end;
      room ||= part.room;
      j = part.end + 1;
      if (datedAt(j) && tokens[j + 2]?.text === ',' && homePartEnd(tokens, j + 3) !== undefined) {
        gaps.push(j);
        j += 2;
      }
    }
    // What is said before the home: "bor på", "flyttade i maj till", "has been at", "is in".
    let b = first - 1;
    const preposition = tokens[b]?.lower ?? '';
    let between = '';
    if (['på', 'till', 'i', 'at', 'to', 'in', 'into'].includes(preposition)) {
      b--;
      // ("flyttade i maj till", "moved in March to": a month between the verb and its place.)
      if (MONTHS.has(tokens[b]?.lower ?? '') && ['i', 'in'].includes(tokens[b - 1]?.lower ?? '')) b -= 2;
      // ("skickar brevet till", "sent it to", "bor kvar på": one word between.)
      if (tokens[b] && !HOME_NAMED_AFTER.test(tokens[b]!.lower) && tokens[b - 1] && HOME_NAMED_AFTER.test(tokens[b - 1]!.lower)) between = tokens[b--]!.lower;
    }
    let lived = b < first - 1 && tokens[b] !== undefined && HOME_NAMED_AFTER.test(tokens[b]!.lower);
    // (Review 73: "is", "'s", "been" and "ligger" say where someone lives only with a person as the subject and "at"/"in"/"på"/"i"
    // after them: "she's at Rosewood Care Home", "mamma ligger på Solgården"; not "the meeting is at Rosewood Care Home",
    // "kontoret ligger på …", "my sister's been to …", "is paid to …".)
    if (lived && WEAK_HOME_NAMED_AFTER.has(tokens[b]!.lower)) {
      lived = ['at', 'in', 'på', 'i'].includes(preposition) && (between === '' || STILL_WORDS.has(between)) && personSubject(tokens, b, found);
    }
    // ("Och var bor din mamma nu?" "Solgårdens äldreboende, avdelning Linden.", "Where does she live now?" "Rosewood, a care home
    // in Bristol.": a home the answer to where someone lives begins with is where they live; review 73.)
    if (answer && !lexicon().stopWords.has(tokens[first]!.lower) && tokens.slice(0, first).every((t) => t.kind === 'punct' || HESITATIONS.has(t.lower) || ANSWER_LEADS.has(t.lower))) lived = true;
    // ("Ekängens gruppboende, Ängsgatan 6": a home given with its street address is where someone lives, answering
    // "var bor hon?"; not a workplace: "jobbar på Ekbackens äldreboende, Storgatan 4".)
    const street = !lexicon().stopWords.has(tokens[first]!.lower) && tokens[end + 1]?.text === ',' && found.some((f) => f.type === 'address' && f.start === tokens[end + 2]?.start);
    const sentence = tokens.slice(Math.max(0, first - 4), first);
    const own = sentence.slice(sentence.findLastIndex((t) => t.sentenceStart || ['.', '?', '!'].includes(t.text)) + 1);
    const worksAt = own.some((t) => WORKS_AT.test(t.lower)) || FROM_WORDS.has(tokens[first - 1]?.lower ?? '');
    if (!lived && !room && !(street && !worksAt)) continue;
    // (Each piece between the months said in the list: "Ekbackens vårdboende", "avdelning Linden", "säng 2".)
    let from = first;
    for (const g of gaps.filter((g) => g < end)) {
      extra.push({ type: 'address', start: tokens[from]!.start, end: tokens[g - 1]!.end, confidence: Confidence.cued });
      from = g + 3;
    }
    extra.push({ type: 'address', start: tokens[from]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
    k = end;
  }
  return extra.filter((c) => !found.some((f) => f.type === 'address' && f.start <= c.start && c.end <= f.end));
}

/** Words after a number put right that make it a rent, a count, an age or a case's number, not the house's. */
const NOT_PUT_RIGHT_AFTER = /^(?:hyr\p{L}*|rent|kvadrat\p{L}*|kvm|rum|rok|tvåa|trea|rooms?|bedrooms?|gammal|gamla|old|aged|ärende\p{L}*|case|reference|o'clock|o’clock|kronor|kroner|sjuhundra|hundra|tusen|\p{L}*hundra|\p{L}*tusen|bott|lived|total|totalt)$/u;
/** Where a wrong value stands, said right after it: "i registret", "hos er", "in the system", "on file", "on the letter". */
const RECORD_PLACES = [
  ['i', 'registret'], ['i', 'systemet'], ['hos', 'er'], ['hos', 'oss'], ['på', 'brevet'], ['i', 'brevet'], ['på', 'skärmen'],
  ['i', 'folkbokföringen'], ['on', 'file'], ['in', 'the', 'system'], ['in', 'your', 'system'], ['in', 'the', 'register'],
  ['on', 'the', 'letter'], ['on', 'the', 'screen'], ['on', 'record'], ['on', 'your', 'records'], ['in', 'your', 'records'],
];
/** How many tokens from `at` say where a wrong value stands (0 for none). */
function recordPlaceAt(tokens: readonly Token[], at: number): number {
  const place = RECORD_PLACES.find((words) => words.every((w, k) => tokens[at + k]?.lower === w));
  return place?.length ?? 0;
}
/** Words in the sentence that show a number after "det är"/"it's" puts something right. */
const CORRECTION_SIGNS = new Set(['nej', 'nä', 'no', 'inte', 'not', 'står', 'stod', 'says', 'said', 'fel', 'wrong', 'egentligen', 'actually', 'rättelse', 'sorry', 'förlåt', 'letter', 'brevet']);
/** What puts a house number right after the address: "det är", "det ska vara", "it's", "it should be". */
const PUT_RIGHT = /^(?:(?:men|but) )?(?:det är|det ska vara|ska det vara|det skulle vara|it's|it’s|it is|it should be)$/u;
/**
 * "det är inte Vallby 241, det är två ett fyra", "det står Kyrkogatan 2 A men det ska vara tjugotvå A", "Tegnérgatan 13,
 * it's thirty-one, three one": the house number put right a few words after an address, closing its clause, and read again
 * digit by digit, is the address's (round 72). Not "det är tre rum och kök", "it's forty years old": a word after it.
 */
export function houseNumbersPutRight(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'address') continue;
    const last = tokens.findIndex((t) => t.end === c.end);
    if (last < 0 || !(tokens[last]!.kind === 'digits' || isNumberWord(tokens[last]) || isSingleCapital(tokens[last]!))) continue;
    let j = last + 1;
    // ("Ni har Fabriksgatan 12 i registret men det är tjugotvå", "you've got Hill Road 4 on file, but it's fourteen": where the
    // wrong number stands, said between it and what puts it right; round 78.)
    j += recordPlaceAt(tokens, j);
    if (tokens[j]?.text === ',') j++;
    for (const n of [4, 3, 2]) {
      const words = tokens.slice(j, j + n);
      if (words.length === n && words.every((t) => t.kind === 'word') && PUT_RIGHT.test(words.map((t) => t.lower).join(' '))) {
        j += n;
        break;
      }
    }
    if (j <= last + 2 + recordPlaceAt(tokens, last + 1)) continue;
    // (Review 72: a bare "det är"/"it's" puts the number right only with a sign of a correction — "nej", "inte", "står",
    // "says", "fel", "wrong" in the sentence, or the number read again — not "Lägenheten på Storgatan 12, det är tre.",
    // "Kontoret ligger på Storgatan 12, det är 10.".)
    const bare = /^(?:det är|it's|it’s|it is)$/u.test(tokens.slice(last + 1 + recordPlaceAt(tokens, last + 1), j).filter((t) => t.kind === 'word').map((t) => t.lower).join(' '));
    if (bare) {
      const sentence = tokens.slice(sentenceStartOf(tokens as Token[], last), sentenceEndOf(tokens as Token[], j) + 1).map((t) => t.lower);
      const signalled = sentence.some((w) => CORRECTION_SIGNS.has(w));
      const end = houseNumberEnd(tokens as Token[], j);
      const readAgain = end !== undefined && tokens[end + 1]?.text === ',' && (tokens[end + 2]?.kind === 'digits' || isNumberWord(tokens[end + 2]));
      if (!signalled && !readAgain) continue;
    }
    for (let parts = 0; parts < 2; parts++) {
      if (isYearNumber(tokens[j]) || found.some((o) => o.start <= tokens[j]!.start && tokens[j]!.end <= o.end)) break;
      const end = houseNumberEnd(tokens as Token[], j);
      if (end === undefined || !closesClause(tokens[end + 1])) break;
      // (Review 72: a house number's range, not a rent or a year, "det är 8000", "det är 1890"; not a day, "25:e"; and not
      // with a unit, a rent, a count or an age a few words on: "8000 i hyra", "2, 2 rum", "14, dagar alltså", "85, hon är gammal".)
      const figures = tokens.slice(j, end + 1).filter((t) => t.kind === 'digits').map((t) => t.text).join('');
      if (figures.length > 3 || tokens[end + 1]?.text === ':') break;
      const ahead: string[] = [];
      for (let n = end + 1; n < tokens.length && ahead.length < 4 && !['.', '?', '!'].includes(tokens[n]!.text); n++) if (tokens[n]!.kind !== 'punct') ahead.push(tokens[n]!.lower);
      if (ahead.some((w) => isUnitOrSize(w) || NOT_PUT_RIGHT_AFTER.test(w))) break;
      extra.push({ type: 'address', start: tokens[j]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
      // (", three one": the same number read again digit by digit.)
      if (tokens[end + 1]?.text !== ',') break;
      j = end + 2;
    }
  }
  return extra;
}

/** A crofter's or farm's name ("Skogstorp"); a village's ("Sörbyn", "Björkhult") is a place of many. */
const FARM_ENDING = /^\p{L}{3,}(?:torp|torpet|stugan|hemmanet)$/u;
/** The farm's name of an address found ("Skogstorp" of "Skogstorp 3"): where someone lives, named alone later. */
export function ruralNamesIn(tokens: readonly Token[], found: readonly Candidate[]): string[] {
  const { places, worldPlaces } = lexicon();
  return tokens
    .filter((t) => t.kind === 'word' && t.capitalised && FARM_ENDING.test(t.lower) && !places.has(t.lower) && !worldPlaces.has(t.lower) && found.some((c) => c.type === 'address' && c.start <= t.start && t.end <= c.end))
    .map((t) => t.lower);
}

/** "14 Kingsway", "at 3 Ridgeway": an English street of one word ending in "way", after its house number. */
const ONE_WORD_WAY = /^\p{L}{3,}way$/u;
export function numberedWays(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k]!;
    const number = tokens[k - 1]!;
    // (Not "400 Northway Insurance", "the 14 Broadway bus", "3 Subway sandwiches", "Line 3 Northway": a name or a thing goes on,
    // or a line's number.)
    const after = tokens[k + 1];
    if (!t.capitalised || !ONE_WORD_WAY.test(t.lower) || lexicon().worldPlaces.has(t.lower) || (after && after.kind !== 'punct' && !['in', 'i'].includes(after.lower))) continue;
    // ("14 and 16 Kingsway": two houses made one.) (Only for a way found: this loop runs for every token.)
    const pair = ['and', 'och'].includes(tokens[k - 2]?.lower ?? '') && tokens[k - 3]?.kind === 'digits' ? tokens[k - 3]! : number;
    // (Said where one lives: "at 14 Kingsway", "It's 14 Kingsway", "…, 14 Kingsway"; not "I paid 40 Subway", "Chapter 3 Halfway".)
    const lead = pair === number ? tokens[k - 2] : tokens[k - 4];
    if (lead && lead.kind !== 'punct' && !['at', 'on', "it's", 'is', 'på', 'är', 'to', 'till', 'of'].includes(lead.lower)) continue;
    if (!(number.kind === 'digits' && number.text.length <= 4 && !isYearNumber(number))) continue;
    if (found.some((c) => c.start < t.end && number.start < c.end && c.type === 'address')) continue;
    extra.push({ type: 'address', start: pair.start, end: t.end, confidence: Confidence.cued });
  }
  return extra;
}

/** No stop word, place, person, agency (possessive too), bank, day or month: a word that can be a farm's own name. */
const plainPlaceWord = (t: Token, sized = false): boolean => {
  const { stopWords, places, worldPlaces, names, notNames } = lexicon();
  const stem = t.lower.replace(/['’]s$/u, '');
  return !stopWords.has(t.lower) && (sized || !places.has(t.lower)) && !worldPlaces.has(t.lower) && !names.has(t.lower) && !notNames.has(t.lower) && !notNames.has(stem) && !agencyWord(t.lower) && !agencyWord(stem) && !WEEKDAYS.has(t.lower) && !MONTHS.has(t.lower);
};
/** Capitalised ordinary words said after "the farm is": "Organic", "Mum and Dad's". */
const FARM_IS_WORDS = new Set(['organic', 'christmas', 'mum', 'mums', 'dad', 'dads', 'mine', 'ours', 'fine', 'ok', 'okay', 'certified', 'new', 'old', 'big', 'small', 'huge', 'tiny', 'lovely', 'beautiful', 'ekologisk', 'ekologiskt', 'stor', 'liten', 'gammal']);
/** As `farmNameAfterVerb`, the name right after "har gården": any word in small letters may go on after it ("… söder om Mora"). */
function farmNameHeld(tokens: readonly Token[], k: number): boolean {
  // (A name of two, "Stora Ekeby utanför Sala", "Upper Bowden near Hay", goes on in small letters after its second word too.)
  const last = FARM_PREFIXES.has(tokens[k]!.lower) && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.capitalised ? k + 1 : k;
  const after = tokens[last + 1];
  return farmNameAfterVerb(tokens, k) || (after?.kind === 'word' && !after.capitalised && farmNameAfterVerb(tokens.slice(0, last + 1), k));
}
/** The name at `k` after "is"/"heter": no possessive, no "KRAV-märkt", no lone "Great", and the clause ends or goes on with a stop word. */
function farmNameAfterVerb(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k]!;
  // (A size or side word first, "Stora", "Lilla", "Upper": the name it goes with is what is checked, review of round 89.)
  const second = FARM_PREFIXES.has(name.lower) ? tokens[k + 1] : undefined;
  if (FARM_PREFIXES.has(name.lower) && !(second?.kind === 'word' && second.capitalised)) return false;
  const named = second ?? name;
  if (/['’]s$/u.test(named.lower) || /-\p{Ll}/u.test(named.text) || FARM_IS_WORDS.has(named.lower) || !plainPlaceWord(named, second !== undefined) || countryOrRegion(named.lower)) return false;
  const after = tokens[second ? k + 2 : k + 1];
  return after === undefined || after.kind === 'punct' || (after.kind === 'word' && !after.capitalised && lexicon().stopWords.has(after.lower));
}
/** Regions, landskap and counties, kept words: "bor i Skåne, utanför Malmö", "live in Yorkshire, near Leeds". */
export const REGIONS: ReadonlySet<string> = new Set([
  'skåne', 'blekinge', 'halland', 'småland', 'öland', 'gotland', 'östergötland', 'västergötland', 'bohuslän', 'dalsland', 'värmland',
  'närke', 'västmanland', 'södermanland', 'sörmland', 'uppland', 'dalarna', 'gästrikland', 'hälsingland', 'härjedalen', 'jämtland',
  'medelpad', 'ångermanland', 'västerbotten', 'norrbotten', 'lappland', 'norrland', 'svealand', 'götaland', 'roslagen', 'bergslagen',
  'österlen', 'norrbottens', 'västra götaland', 'stockholms län', 'tornedalen', 'kalmar län',
  // (The regions' own names that are no landscape's: "Region Kronoberg", "Region Gävleborg"; review of round 92.)
  'kronoberg', 'gävleborg', 'västernorrland',
  'yorkshire', 'lancashire', 'cornwall', 'devon', 'dorset', 'somerset', 'kent', 'essex', 'sussex', 'surrey', 'norfolk', 'suffolk',
  'cumbria', 'durham', 'northumberland', 'cheshire', 'derbyshire', 'lincolnshire', 'shropshire', 'herefordshire', 'worcestershire',
  'gloucestershire', 'wiltshire', 'hampshire', 'berkshire', 'oxfordshire', 'buckinghamshire', 'hertfordshire', 'bedfordshire',
  'cambridgeshire', 'northamptonshire', 'leicestershire', 'nottinghamshire', 'staffordshire', 'warwickshire', 'rutland',
  'merseyside', 'cornwall', 'wales', 'scotland', 'england', 'fife', 'argyll', 'highlands', 'galloway', 'ayrshire', 'lanarkshire',
  'kerry', 'cork', 'galway', 'donegal', 'mayo', 'clare', 'wicklow', 'kildare', 'tipperary', 'antrim', 'fermanagh', 'tyrone',
]);
/** A farm's or a townland's word, its name said after it: "en gård, Västergården", "the townland, Cloonagh". */
const FARM_NAMED_AFTER = new Set(['gård', 'gården', 'torp', 'torpet', 'hemman', 'farm', 'townland']);
/** "har gården …", "our farm …": words that make the farm named right after its word one's own (round 89). */
const FARM_HELD = new Set(['har', 'hade', 'äger', 'ägde', 'driver', 'drev', 'köpte', 'ärvde', 'min', 'vår', 'have', 'has', 'had', 'own', 'owns', 'run', 'runs', 'my', 'our']);
/** A village named by "is"/"heter" after its word: "my village is …", "byn heter …". */
const VILLAGE_WORDS = new Set(['village', 'hamlet', 'byn']);
/** "is", "heter", "är": the verbs a farm's or village's name follows. */
const NAMING_VERBS = new Set(['is', 'heter', 'är', 'called']);
/** The words before "farm"/"village" that make it the speaker's or someone's: "my village is", "the farm is", "byn heter". */
const RELATION_OWNERS_OF_PLACE = new Set(['my', 'our', 'her', 'his', 'their', 'the', 'min', 'vår', 'hennes', 'hans', 'deras']);
/** English villages of two words: "Little Hadham", "Great Tew", "Long Compton", "East Hoathly". */
const VILLAGE_PREFIXES = new Set(['little', 'great', 'long', 'east', 'west', 'north', 'south', 'upper', 'lower', 'nether', 'old', 'much', 'high']);
/** The first words of a farm's or village's name of two: the English villages' and the Swedish streets' (review of round 89). */
const FARM_PREFIXES: ReadonlySet<string> = new Set([...VILLAGE_PREFIXES, ...STREET_PREFIXES]);
/** A country or region, never a farm's name: "gården Sverige runt", "our farm Wales" (review of round 89). */
const countryOrRegion = (lower: string): boolean => REGIONS.has(lower) || REGIONS_ABROAD.has(lower) || lower === 'sverige';
/** "bor i …", "live in …" */
const LIVE_VERBS = new Set(['bor', 'bodde', 'live', 'lives', 'lived', 'living']);
const IN = new Set(['i', 'in']);
/** "utanför", "outside", "near": a place set against the town it lies by. */
const OUTSIDE_WORDS = new Set(['utanför', 'nära', 'outside', 'near']);
/** "postnumret", "postcode", "Eircode", "zip": the word that names the postcode read out after it. */
const POSTCODE_CUES = new Set(['postnummer', 'postnumret', 'postnr', 'postkod', 'postkoden', 'postcode', 'eircode', 'zip', 'zipcode']);
/** Between the pieces of a postcode read out: pauses, "then", corrections ("nej", "sorry", "I mean"). */
// ("oito mil seiscentos, dash, quinhentos e dois": the dash of a Portuguese postcode, the "and" inside its numbers.)
const BETWEEN_POSTCODE_PIECES = new Set([',', '…', 'är', 'is', "it's", 'it', 'was', 'var', 'then', 'sen', 'och', 'and', 'like', 'typ', 'alltså', 'nej', 'no', 'not', 'inte', 'sorry', 'förlåt', 'i', 'mean', 'jag', 'menar', 'vänta', 'wait', 'double', 'dash', 'streck', 'bindestreck', 'e', 'y', ...HESITATIONS]);
/** A piece of a postcode with letters: "BT7", "1", "SH", "V6E3", "N41", a letter said alone ("H nine one"). */
const LETTERED_PIECE = /^(?:[A-Z]{1,2}\d[A-Z\d]{0,3}|\d[A-Z]{1,2}|[A-Z]{1,2}|\d[A-Z]\d[A-Z\d]?)$/u;

/**
 * "Postnumret, eh, fyrahundratolv eh sextiotre, nej sextiofyra", "The postcode is BT7, then 1 SH", "The Eircode, H nine
 * one, then X four P two": after the word that names it, or in the answer to a question for it, every piece read out
 * is the postcode, with the pauses, "then" and corrections between them (round 49). The pieces stop at the first other
 * word (the town, "yes", "and the street"). A single capital letter counts only beside a number.
 */
function postcodePiecesAfterCue(tokens: readonly Token[], asked: boolean): [number, number][] {
  const pieces: [number, number][] = [];
  const starts: number[] = asked ? [0] : [];
  for (let i = 0; i < tokens.length; i++) if (POSTCODE_CUES.has(tokens[i]!.lower)) starts.push(i + 1);
  if (starts.length === 0) return pieces;
  const isPiece = (k: number): boolean => {
    const t = tokens[k];
    if (!t) return false;
    if (isNumberAt(tokens, k) || (t.lower === 'oh' && isNumberToken(tokens[k + 1]))) return t.kind !== 'digits' || t.text.length <= 5;
    if (t.kind !== 'word' || !LETTERED_PIECE.test(t.text)) return false;
    // ("I", "A": a letter alone is a piece only next to a number, or next to a letter that is: "X Y eight three".)
    // (Past a pause: "B... fifteen... two T T".)
    const past = (j: number, step: 1 | -1) => {
      while (tokens[j + step] && ellipsisDotAt(tokens, j + step)) j += step;
      return tokens[j + step];
    };
    const besideNumber = (j: number) => isNumberToken(past(j, 1)) || isNumberToken(past(j, -1)) || /\d/u.test(past(j, -1)?.text ?? '');
    if (/\d/u.test(t.text) || besideNumber(k)) return true;
    const letter = (j: number) => tokens[j]?.kind === 'word' && /^[A-Z]$/u.test(tokens[j]!.text);
    return letter(k) && ((letter(k + 1) && besideNumber(k + 1)) || (letter(k - 1) && besideNumber(k - 1)));
  };
  for (const from of starts) {
    // Each piece with what it says (digits, or 1 for a letter) and the pauses ("...") before it.
    const found: { first: number; last: number; said: number; pauses: number }[] = [];
    let said = 0;
    let pauses = 0;
    let open: number | undefined;
    let k = from;
    // (Up to the first piece, only the words that lead to it: "postnumret är, eh, …".)
    while (k < tokens.length && k < from + 4 && !isPiece(k) && (BETWEEN_POSTCODE_PIECES.has(tokens[k]!.lower) || ellipsisDotAt(tokens, k))) k++;
    const close = (last: number) => {
      if (open !== undefined) found.push({ first: open, last, said, pauses });
      open = undefined;
      said = 0;
    };
    for (; k < tokens.length && k < from + 24; k++) {
      const t = tokens[k]!;
      if (isPiece(k)) {
        open ??= k;
        said += t.kind === 'digits' ? t.text.length : 1;
        continue;
      }
      close(k - 1);
      if (ellipsisDotAt(tokens, k)) {
        if (tokens[k - 1]?.text !== '.') pauses++;
      } else if (!BETWEEN_POSTCODE_PIECES.has(t.lower)) break;
    }
    close(k - 1);
    // (One small number alone after the word is no postcode read out: "postnumret har två delar"; a count or an amount
    // with its unit is none either, "Postnumret och 350 kronor", "and then 20 minutes later"; nine digits or more are
    // another number read out, a phone or a personnummer, round 49's review.)
    // ("D02, X285, 3 miles out": a piece that a word of its own follows is none, round 50's review.)
    const ownWordAfter = (t: Token | undefined) => !!t && t.kind === 'word' && !t.capitalised && !BETWEEN_POSTCODE_PIECES.has(t.lower);
    const isPostcode = (read: typeof found) => {
      const counted = read.filter(({ last }) => !UNITS_AFTER_NUMBER.has(tokens[last + 1]?.lower ?? '') && !isUnitOrSize(tokens[last + 1]?.lower ?? '') && !ownWordAfter(tokens[last + 1]));
      const digits = counted.reduce((n, { first, last }) => n + digitsRead(tokens, first, last).length, 0);
      return read.reduce((n, p) => n + p.said, 0) >= 2 && digits <= 8 && counted.length === read.length;
    };
    // All that was read out, or else what came before a pause ("D15, W96K... 3 miles out of town": the postcode, not the
    // distance after it; round 55's review).
    for (let before = Math.max(0, ...found.map((p) => p.pauses)) + 1; before > 0; before--) {
      const read = found.filter((p) => p.pauses < before);
      if (read.length > 0 && isPostcode(read)) {
        pieces.push(...read.map((p): [number, number] => [p.first, p.last]));
        break;
      }
    }
  }
  return pieces;
}

/** What names a house rather than a street: "Chestnut House", "Ivy Cottage", "The Old Forge". */
const HOUSE_NAME_ENDS = new Set(['house', 'cottage', 'farm', 'lodge', 'manor', 'forge', 'barn', 'hall', 'grange', 'villa', 'bungalow', 'rectory', 'vicarage', 'croft', 'schoolhouse']);
/**
 * Kin whose home one stays at: "my sister's", "our son's" (round 96), built on people.ts's `RELATIVES` ("my wife's",
 * "my neighbour's") with the words it lacks (the re-read of stop 63; the set only grows, failing closed).
 */
const KIN_OWNERS = new RegExp(`^(?:${[...RELATIVES, 'grandpa', 'gran', 'friend', 'parents', 'in-laws'].join('|')})['’]s$`, 'u');
/** Words that name a kind of place lived in: a townland, a village. */
const PLACE_KIND: ReadonlySet<string> = new Set(['townland', 'townlanden', 'village', 'byn']);
/** "near Abbey Road": a place one is near is no part of one's address. */
const NEAR = new Set(['near', 'nära', 'by', 'past', 'via', 'off']);
/** Words in a sentence that make a list of capitalised parts an address. */
const ADDRESS_TALK = /^(?:address|adress|adressen|eircode|townland|postcode|postnummer|postnumret|live|lives|living|bor|bodde|moved|flyttat|flyttade)$/u;
/**
 * "It's Flat 6, Chestnut House, Mill Road, Cambridge", "Rathcoole House, Ballinamona, that's the townland, County
 * Waterford", "Dunmore, Ballyvaughan Road", "The house has a name, Rosedene, on Church Lane": in a sentence that gives an
 * address, a house's name, a street with no number, a townland said as such and the village before "County …" are parts
 * of it, each a part of the list between commas (round 52). (Not the care home or hospital of "Rose Court care home",
 * nor a town: a part that is none of these stays.)
 */
export function addressPartsListed(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  // (Most turns name no house, street word, townland, village or county: nothing to do.)
  if (!tokens.some((t) => t.capitalised && (HOUSE_NAME_ENDS.has(t.lower) || EN_STREET_TYPES.has(t.lower) || t.lower === 'county') || PLACE_KIND.has(t.lower))) return [];
  const extra: Candidate[] = [];
  // "Rossmore is the townland", "the village is Cwm Bach", "byn heter Sörbyn": a townland or village named as the one lived
  // in, wherever the turn says it (round 54).
  const named = new Set<string>();
  for (let k = 0; k < tokens.length; k++) {
    const said = (words: string[], at: number) => words.every((w, n) => tokens[at + n]?.lower === w);
    // (A place's name: not a weekday, a month or a word the lists know as ordinary, "Monday is the townland fair".)
    const isNamed = (t: Token | undefined) => t?.kind === 'word' && t.capitalised && !lexicon().worldPlaces.has(t.lower) && !lexicon().stopWords.has(t.lower) && !MONTHS.has(t.lower) && !WEEKDAYS.has(t.lower);
    if (isNamed(tokens[k]) && (said(['is', 'the', 'townland'], k + 1) || said(['är', 'townlanden'], k + 1))) named.add(tokens[k]!.lower);
    for (const lead of [['the', 'village', 'is'], ['byn', 'heter'], ['byn', 'är']]) {
      if (!said(lead, k) || !isNamed(tokens[k + lead.length])) continue;
      named.add(tokens[k + lead.length]!.lower);
      // ("the village is Great Tew": a name of two words, its second a town's name too; round 68.)
      const second = tokens[k + lead.length + 1];
      if (second?.kind === 'word' && second.capitalised && !lexicon().stopWords.has(second.lower) && !MONTHS.has(second.lower) && !WEEKDAYS.has(second.lower)) named.add(second.lower);
    }
  }
  for (const t of tokens) if (t.capitalised && named.has(t.lower) && !found.some((c) => c.start < t.end && t.start < c.end)) extra.push({ type: 'address', start: t.start, end: t.end, confidence: Confidence.cued });
  const overlaps = (c: Candidate, from: number, to: number) => c.start < tokens[to]!.end && tokens[from]!.start < c.end;
  const taken = (from: number, to: number) => found.some((c) => overlaps(c, from, to)) || extra.some((c) => overlaps(c, from, to));
  for (let s = 0; s < tokens.length; ) {
    const e = sentenceEndOf(tokens, s);
    // The sentence's parts between commas, each as its capitalised words at its end.
    const parts: { from: number; to: number }[] = [];
    for (let k = s; k < e; ) {
      let end = k;
      while (end < e && tokens[end]!.text !== ',' && !SENTENCE_END_MARKS.has(tokens[end]!.text)) end++;
      let from = end;
      while (from > k && tokens[from - 1]!.kind === 'word' && (tokens[from - 1]!.capitalised || tokens[from - 1]!.lower === 'the') && from > end - 4) from--;
      if (from < end) parts.push({ from, to: end - 1 });
      k = end + 1;
    }
    const words = tokens.slice(s, e);
    const cued = words.some((t) => ADDRESS_TALK.test(t.lower)) || found.some((c) => (c.type === 'address' || c.type === 'postcode') && c.start >= tokens[s]!.start && c.end <= tokens[Math.max(s, e - 1)]!.end);
    const lowerAfter = (p: { to: number }, n: number) => tokens.slice(p.to + 1, p.to + 1 + n).map((t) => t.lower).join(' ');
    for (const [n, p] of parts.entries()) {
      const last = tokens[p.to]!.lower;
      const following = parts[n + 1];
      const adjacent = following !== undefined && following.from === p.to + 2;
      const institution = /^,? ?(?:(?:that's|that is|it's|det är) )?(?:a |an |the |ett |en )?(?:care home|nursing home|hospital|äldreboende|school|home\b)/u.test(lowerAfter(p, 6)) || NEAR.has(tokens[p.from - 1]?.lower ?? '');
      const townland = /^, (?:that's|that is|det är) (?:the|a|an|en) (?:townland|actual village)\b/u.test(lowerAfter(p, 6));
      // (A town the lists know, or one lived "in", is the town: "Naas, County Kildare", "in Ballinrobe, County Mayo".)
      // (Only in a rural address, a house's name or a townland said in it: "12 Mill Road, Castlebar, County Mayo" names the
      // town, round 52's review.)
      const rural = words.some((t) => t.lower === 'townland') || parts.some((q) => q.to < p.from && HOUSE_NAME_ENDS.has(tokens[q.to]!.lower));
      const beforeCounty = adjacent && tokens[following.from]!.lower === 'county' && cued && rural && p.from === p.to && !lexicon().worldPlaces.has(tokens[p.from]!.lower) && !['in', 'i'].includes(tokens[p.from - 1]?.lower ?? '');
      // ("I'll stay at my sister's, Moss Farm": a house named right after whose home it is, set off by a comma; round 96.)
      // (Whose: kin, or a name found, "Stuart's"; not a shop's or a town's, "Tesco's, Town Hall".)
      const owner = tokens[p.from - 2];
      const someonesHome = tokens[p.from - 1]?.text === ',' && owner !== undefined && /^\p{L}+['’]s$/u.test(owner.lower) &&
        (KIN_OWNERS.test(owner.lower) || found.some((c) => c.type === 'name' && c.start <= owner.start && owner.start < c.end));
      const house = HOUSE_NAME_ENDS.has(last) && p.to > p.from && (cued || someonesHome) && !institution;
      // (A street with no number only beside another part of the address: "Chestnut House, Mill Road", "Dunmore,
      // Ballyvaughan Road"; not "We met on Oxford Street", "It's Hope Street, the shop".)
      const previous = parts[n - 1];
      // (Right before it, a comma between: the token before the comma ends a finding.)
      const comma = tokens[p.from - 1]?.text === ',' ? tokens[p.from - 2] : undefined;
      const endsAtComma = (c: Candidate) => (c.type === 'address' || c.type === 'postcode' || c.type === 'name') && c.end === comma?.end;
      const besideAddress = comma !== undefined && (found.some(endsAtComma) || extra.some(endsAtComma));
      const way = EN_STREET_TYPES.has(last) && tokens[p.to]!.capitalised && p.to > p.from && cued && !institution && (besideAddress || (previous !== undefined && previous.to === p.from - 2 && HOUSE_NAME_ENDS.has(tokens[previous.to]!.lower)));
      if ((townland || beforeCounty || house || way) && !taken(p.from, p.to)) {
        // ("The Old Rectory": a capital "The" is the house's name's own word, round 71; "the" in lower case is not.)
        const from = tokens[p.from]!.text === 'the' && p.from < p.to ? p.from + 1 : p.from;
        extra.push({ type: 'address', start: tokens[from]!.start, end: tokens[p.to]!.end, confidence: Confidence.cued });
      }
    }
    s = e + 1;
  }
  return extra;
}


/** What ends the clause a flat's number is named in. */
const CLAUSE_JOINS = new Set(['och', 'and', 'men', 'but', 'plus']);
/** "den 25", "on the 25th", "fyller 75", "turned 80": a date or an age. */
const DATE_OR_AGE_BEFORE = new Set(['den', 'the', 'on', 'fyller', 'fyllde', 'turned', 'turn', 'blir', 'age']);
/** "lägenhetsnumret", "flat number": a flat's number named. */
const FLAT_NUMBER_WORDS = /^(?:lägenhetsnummer|lägenhetsnumret|lägenhetsnumren|lgh-nummer|lgh-numret)$/u;
/**
 * "lägenhetsnumret har ändrats, det är 1301 nu, inte 1103", "the flat number is 12, not 21": the numbers of three or four
 * digits said in the sentence after a flat's number is named are flats' numbers, the right one and the wrong (round 52).
 */
export function flatNumbersNamed(tokens: readonly Token[], runs: readonly { start: number; end: number; firstToken: number; digits: string }[]): Candidate[] {
  if (runs.length === 0) return [];
  const extra: Candidate[] = [];
  for (let k = 0; k < tokens.length; k++) {
    const named = FLAT_NUMBER_WORDS.test(tokens[k]!.lower) || (['flat', 'apartment', 'unit'].includes(tokens[k]!.lower) && tokens[k + 1]?.lower === 'number');
    if (!named) continue;
    // (Only in the clause that names it, up to "och", "and", "men", "but": "Lägenhetsnumret är 1101, och jag betalar 2300"
    // keeps the rent, round 52's review; nor a sum, a date or an age.)
    let end = sentenceEndOf(tokens, k);
    for (let j = k + 1; j < end; j++) if (CLAUSE_JOINS.has(tokens[j]!.lower)) end = j;
    for (const run of runs) {
      if (run.firstToken <= k || run.firstToken >= end || run.digits.length < 2 || run.digits.length > 4 || /^(?:19|20)\d\d$/u.test(run.digits)) continue;
      if (isUnitOrSize(tokens[run.firstToken + 1]?.lower ?? '') || DATE_OR_AGE_BEFORE.has(tokens[run.firstToken - 1]?.lower ?? '')) continue;
      extra.push({ type: 'address', start: run.start, end: run.end, confidence: Confidence.cued });
    }
  }
  return extra;
}

/** A form's address field read aloud, with what it says of the address: "Address abroad:", "Adress i utlandet:". */
const ADDRESS_FIELDS = new Set(['address', 'adress', 'hemadress', 'bostadsadress', 'postadress', 'utlandsadress']);
/** Words in a field's value that make it no address: "unchanged", "since", "ärende", "ej angiven", a payment (review 76). */
const NOT_ADDRESS_VALUES: ReadonlySet<string> = new Set(['unchanged', 'changed', 'since', 'not', 'same', 'oförändrad', 'ändrad', 'sedan', 'ej', 'angiven', 'saknas', 'ärende', 'ärendet', 'case', 'payment', 'betalning', 'kronor', 'kr', 'updated', 'uppdaterad']);
const FIELD_QUALIFIERS = new Set(['abroad', 'in', 'i', 'sweden', 'sverige', 'utlandet', 'utomlands', 'home', 'postal', 'line', 'one', 'two', 'ny', 'new']);
/**
 * "Address abroad: 2-14-3 Kichijoji Honcho, Musashino-shi, Tokyo, 180-0004": a form's address field read aloud gives an address
 * whatever its country's shape; the part up to the first comma is the address where it has a number, and a part of figures
 * only later in the sentence is its postcode (round 76). Not a box (an agency's, kept elsewhere).
 */
export function addressFieldRead(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const free = (a: Token, b: Token) => !found.some((c) => c.start < b.end && a.start < c.end);
  for (let i = 0; i < tokens.length; i++) {
    if (!ADDRESS_FIELDS.has(tokens[i]!.lower)) continue;
    let colon = i + 1;
    while (colon <= i + 3 && FIELD_QUALIFIERS.has(tokens[colon]?.lower ?? '')) colon++;
    if (tokens[colon]?.text !== ':') continue;
    let end = colon + 1;
    while (tokens[end] && tokens[end]!.text !== ',' && tokens[end]!.text !== ':' && !SENTENCE_END_MARKS.has(tokens[end]!.text)) end++;
    const part = tokens.slice(colon + 1, end);
    if (part.length < 2 || BOX_WORDS.has(part[0]!.lower) || !part.some((t) => t.kind === 'digits') || !part.some((t) => t.capitalised)) continue;
    // (Review 76: not the agency's own address read without commas, "Postadress: Försäkringskassan 839 88 Östersund", nor a
    // box anywhere in it; nor a value that is no address: a date, a year, a case number, a sum, "unchanged since March 2024".)
    if ((part[0]!.capitalised && agencyWord(part[0]!.lower)) || part.some((t) => BOX_WORDS.has(t.lower) || MONTHS.has(t.lower) || NOT_ADDRESS_VALUES.has(t.lower) || (t.kind === 'digits' && isYear(t.text)))) continue;
    if (free(part[0]!, part.at(-1)!)) extra.push({ type: 'address', start: part[0]!.start, end: part.at(-1)!.end, confidence: Confidence.cued });
    // (The postcode: a part of figures only, 4 to 8 of them, past the town's comma in the same sentence.)
    for (let k = end; tokens[k]?.text === ','; ) {
      let next = k + 1;
      while (tokens[next] && tokens[next]!.text !== ',' && !SENTENCE_END_MARKS.has(tokens[next]!.text)) next++;
      const piece = tokens.slice(k + 1, next);
      const digits = piece.filter((t) => t.kind === 'digits').map((t) => t.text).join('');
      if (piece.length > 0 && piece.every((t) => t.kind === 'digits' || t.text === '-') && digits.length >= 4 && digits.length <= 8 && !isYear(digits) && free(piece[0]!, piece.at(-1)!)) {
        extra.push({ type: 'postcode', start: piece[0]!.start, end: piece.at(-1)!.end, confidence: Confidence.cued });
      }
      k = next;
    }
  }
  return extra;
}

/** A name spelled out letter by letter with hyphens: "K-U-N-G-S". */
const SPELLED_CHUNK = /^(?:\p{L}-)+\p{L}$/u;
/**
 * "My address is Kungsgatan.", "Adressen är Kungsgatan, K-U-N-G-S, tjugotre": a street's name right after a word for the
 * address is part of it, with its number when it follows past a spelling (round 54).
 */
export function streetAfterAddressCue(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (let i = 1; i < tokens.length; i++) {
    const t = tokens[i]!;
    // (Not "bor vid Drottninggatan, alltså i närheten": a street one lives by.)
    if (t.kind !== 'word' || !t.capitalised || !STREET.test(t.lower) || found.some((c) => c.start < t.end && t.start < c.end) || !addressCueBefore(tokens as Token[], i) || ['vid', ...NEAR].includes(tokens[i - 1]!.lower)) continue;
    let end = i;
    let k = i + 1;
    while (k < tokens.length && k <= i + 4 && (tokens[k]!.text === ',' || SPELLED_CHUNK.test(tokens[k]!.text))) k++;
    if (k > i + 1 && (tokens[k]?.kind === 'digits' || isNumberWord(tokens[k]))) {
      let last = k;
      while (isNumberWord(tokens[last + 1]) || tokens[last + 1]?.kind === 'digits') last++;
      // (A house number, not a year or a duration: "Kungsgatan, 45 år har jag bott där", "Kungsgatan, 2019".)
      const said = tokens.slice(k, last + 1);
      const year = said.length === 1 && said[0]!.kind === 'digits' && isYear(said[0]!.text);
      if (!year && !isUnitOrSize(tokens[last + 1]?.lower ?? '') && !['år', 'years', 'year'].includes(tokens[last + 1]?.lower ?? '')) end = last;
    }
    extra.push({ type: 'address', start: t.start, end: end === i ? t.end : tokens[end]!.end, confidence: Confidence.cued });
  }
  return extra;
}

/**
 * "Vi bor på landsväg 14 utanför Hjo", "På länsväg 14 i Hölö." (answering "Var bor du?"), "Skriv landsväg 600 17 som adress": a road
 * by its number given as where one lives is one's address, in lower case too (review 71; "bor vid riksväg 70", "olycka på riksväg 40"
 * stay kept). Privacy fails closed.
 */
export function roadsLivedOn(tokens: readonly Token[], answer: boolean): Candidate[] {
  const extra: Candidate[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.kind !== 'word' || !ROAD_NUMBERED.test(t.lower)) continue;
    let last = i;
    while (tokens[last + 1]?.kind === 'digits' || isNumberWord(tokens[last + 1])) last++;
    if (last === i) continue;
    if (['nummer', 'nr', 'number', 'no'].includes(tokens[last + 1]?.lower ?? '') && (tokens[last + 2]?.kind === 'digits' || isNumberWord(tokens[last + 2]))) last += 2;
    const before = tokens[i - 1]?.lower, before2 = tokens[i - 2];
    const livedOn = before === 'på' && (before2 === undefined || before2.kind === 'punct' ? answer || before2 === undefined : ['bor', 'bodde', 'bott', 'boende', 'flyttat', 'flyttade', 'flyttar', 'adress', 'adressen'].includes(before2.lower));
    const calledAddress = /^(?:som|är min|är vår|det är min|det är vår) (?:adress|hemadress|bostadsadress)/u.test(tokens.slice(last + 1, last + 5).filter((w) => w.kind === 'word').map((w) => w.lower).join(' '));
    if (livedOn || calledAddress || (addressCueBefore(tokens as Token[], i) && !['vid', 'längs', 'utmed', ...NEAR].includes(before ?? ''))) extra.push({ type: 'address', start: t.start, end: tokens[last]!.end, confidence: Confidence.cued });
  }
  return extra;
}

/** What may come right before "No. 12, …" as a house's number: "address is No. 12", "at No. 12", "bor på Nr. 4". */
const NO_LEADS: ReadonlySet<string> = new Set(['is', 'at', 'in', 'to', 'address', 'är', 'på', 'i', 'till', 'adress', 'adressen', 'adressen', 'live', 'lives', 'bor', 'and', 'och']);
/** A building's own word after its name: "Sai Heights", "Green Valley Residency", "Palm Towers". */
const BUILDING_WORDS: ReadonlySet<string> = new Set(['heights', 'residency', 'towers', 'tower', 'apartments', 'enclave', 'complex', 'society', 'nagar', 'colony', 'plaza', 'mansions', 'court', 'house', 'villas', 'gardens']);
/** Words that begin a part of a home: a ward, a flat, a floor, a door, a block. */
const HOME_PART_WORDS: ReadonlySet<string> = new Set([...WARD_WORDS, ...APARTMENT_WORDS, ...DOOR_WORDS, ...BLOCK_WORDS, ...FLOOR_WORDS]);
/**
 * "Rosengatan 2, avdelning Lärkan, 827 32", "Storgatan 5, uppgång Norra, 123 45": a part of the home said between an
 * address and its postcode, set off by commas and led by a ward's, flat's, floor's, door's or block's word, is part of
 * the address whatever words name it (round 64). (Not "…, i Stora Mellby, …", "…, and the postcode, …".)
 */
export function partsBeforePostcode(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  const { places, worldPlaces } = lexicon();
  // (The postcode may have been found as the address's last part: "827 32" in figures only.)
  const postcodeAt = (t: Token | undefined) =>
    !!t && found.some((c) => c.start === t.start && (c.type === 'postcode' || (c.type === 'address' && tokens.every((u) => u.end <= c.start || u.start >= c.end || u.kind === 'digits'))));
  // (Or a postcode written as five figures, "…, uppgång Norra, 12345, Stockholm", a ZIP "…, 90210, Beverly Hills", that no rule
  // found: after an address and its parts, and not before a unit, it is the postcode — round 67's review, fails closed.)
  const writtenPostcodeAt = (i: number) => {
    const t = tokens[i];
    const next = tokens[i + 1];
    return !!t && t.kind === 'digits' && /^\d{5}$/u.test(t.text) && (!next || next.text === ',' || next.text === '.' || (next.kind === 'word' && next.capitalised));
  };
  for (const a of found) {
    if (a.type !== 'address') continue;
    let k = tokens.findIndex((t) => t.start >= a.end);
    const parts: [number, number][] = [];
    // ("Nørrebrogade 14, 2. th., 2200 …": the side of the landing after the floor's number that the address took.)
    if (tokens[k]?.text === '.' && SIDE_WORDS.has(tokens[k + 1]?.lower ?? '')) {
      const end = tokens[k + 2]?.text === '.' ? k + 2 : k + 1;
      parts.push([k + 1, end]);
      k = end + 1;
    }
    // (A floor with its number and dot, "3. Stock", "st. tv.", round 67.)
    const inPart = (t: Token | undefined) => t?.kind === 'word' || t?.kind === 'digits' || t?.text === '.';
    while (k >= 0 && tokens[k]?.text === ',' && parts.length < 3) {
      let end = k + 1;
      // (A part ends at the postcode: "…, uppgång Norra, 123 45, Stockholm" — the postcode is no part, round 67's review.)
      while (inPart(tokens[end]) && !postcodeAt(tokens[end]) && !writtenPostcodeAt(end) && end - k <= 4) end++;
      if (end === k + 1 || tokens[end]?.text !== ',') break;
      parts.push([k + 1, end - 1]);
      k = end;
    }
    const written = tokens[k + 1];
    if (k >= 0 && written && !postcodeAt(written) && writtenPostcodeAt(k + 1)) extra.push({ type: 'postcode', start: written.start, end: written.end, confidence: Confidence.cued });
    else if (parts.length === 0 || !postcodeAt(tokens[k + 1])) continue;
    for (const [from, to] of parts) {
      const words = tokens.slice(from, to + 1).filter((t) => t.kind === 'word');
      // "Holtenauer Straße 112, 3. Stock, 24105 Kiel", "…, 3e étage, 06400 …", "…, st. tv., 8000 …": a floor by its word after
      // its number, or the side of the landing alone (Danish "st." is the ground floor).
      const floor = words.some((t) => FLOOR_WORDS.has(t.lower) || t.lower === 'étage') || (words.length > 0 && words.every((t) => SIDE_WORDS.has(t.lower) || t.lower === 'st'));
      // "Flat 502, Sai Heights, Baner Road, 411045": a building's or a road's name, capitalised words ending in its kind's word,
      // between the address and its postcode (round 73).
      const named = words.length >= 2 && words.length === to - from + 1 && words.every((t) => t.capitalised) && (EN_STREET_TYPES.has(words.at(-1)!.lower) || BUILDING_WORDS.has(words.at(-1)!.lower));
      if (words.length === 0 || (!HOME_PART_WORDS.has(tokens[from]?.lower ?? '') && !floor && !named) || words.some((t) => places.has(t.lower) || worldPlaces.has(t.lower)) || found.some((c) => c.start < tokens[to]!.end && tokens[from]!.start < c.end)) continue;
      extra.push({ type: 'address', start: tokens[from]!.start, end: tokens[to]!.end, confidence: Confidence.cued });
    }
  }
  return extra;
}

/** A break in a line: Whisper's "…" or "...", a cough or noise written between stars ("*hostar*", "*cough*"). */
function breakEnd(tokens: readonly Token[], k: number): number {
  let j = k;
  for (;;) {
    const t = tokens[j];
    if (t?.text === '…' || (t?.text === '.' && ellipsisDotAt(tokens, j))) j++;
    else if (noiseAsideStartsAt(tokens, j)) j += 3;
    else return j;
  }
}
/** A note on the spelling between a street and its number: "med d", "with a d", "med två s". */
const SPELLING_NOTE = new Set(['med', 'with', 'a', 'ett', 'två', 'two', 'double', 'dubbel']);
/** The first part of a cut street that is a town the lists know: "Kalmar", "Lund" (review 78). */
const placeHead = (head: Token): boolean => lexicon().places.has(head.lower) || lexicon().worldPlaces.has(head.lower);
/** Words for an address: "Min adress är …", "Adressen, …", "My address is …". */
const ADDRESS_WORDS: ReadonlySet<string> = new Set(['adress', 'adressen', 'hemadress', 'address', 'adresse']);
/** What stands between a verb of living or moving and the street: "bor på", "flyttat till", "lives at", "moved to". */
const LIVED_ON_LEADS: ReadonlySet<string> = new Set(['på', 'till', 'at', 'on', 'to']);
/**
 * Before the word at k, in its sentence: a verb of living, moving or being registered and "på"/"till"/"at"/"on"/"to" ("bor på",
 * "skriven på", "flyttat till", "lives at"; not "bor i", a town), or a word for an address ("min adress är", "Adressen,"),
 * within four words (review 78).
 */
function livedOnCue(tokens: readonly Token[], k: number): boolean {
  const start = sentenceStartOf(tokens as Token[], k);
  for (let b = k - 1; b >= start && b >= k - 4; b--) {
    const t = tokens[b]!;
    if (ADDRESS_WORDS.has(t.lower)) return true;
    if (LIVED_ON_LEADS.has(t.lower) && b === k - 1 && HOME_NAMED_AFTER.test(tokens[b - 1]?.lower ?? '') && !WEAK_HOME_NAMED_AFTER.has(tokens[b - 1]!.lower)) return true;
  }
  return false;
}
/** Verbs of having before a number: a count, "I have 3 … Dogs", "vi har 2 … barn". */
const AMOUNT_BEFORE: ReadonlySet<string> = new Set(['have', 'has', 'had', 'har', 'hade']);
/**
 * A street cut by a pause or a bad line (rounds 77 and 78), each piece said apart the address's:
 * - "Hamn … gatan 6", "Sjö … bodvägen, med d, fyra", "Koppar … *hostar* … vägen nio": a capitalised first part, a break,
 *   and a street word in lower case that together make a street's name, with a house number after it (or in a turn that
 *   answers for an address); not "i Kalmar … vägen dit var lång", "Lund … gatorna där";
 * - "41 … Unthank Road", "9 … Preston … Park Avenue": a house number and an English street's words with breaks between.
 */
export function streetsCutByBreaks(tokens: readonly Token[], found: readonly Candidate[], answer: boolean): Candidate[] {
  const extra: Candidate[] = [];
  const covered = (s: number, e: number) => found.some((c) => c.type === 'address' && c.start <= s && e <= c.end) || extra.some((c) => c.start < e && s < c.end);
  const add = (s: number, e: number) => {
    if (!covered(s, e)) extra.push({ type: 'address', start: s, end: e, confidence: Confidence.cued });
  };
  for (let i = 0; i + 2 < tokens.length; i++) {
    const head = tokens[i]!;
    const j = breakEnd(tokens, i + 1);
    if (j === i + 1) continue;
    const next = tokens[j];
    if (next === undefined) continue;
    if (head.kind === 'word' && head.capitalised && head.text.length >= 2 && next.kind === 'word' && !next.capitalised && (STREET.test(next.lower) || STREET_WORDS.has(next.lower)) && STREET.test(head.lower + next.lower)) {
      // The house number: right after the street word, or after a comma and a short note on its spelling ("med d,").
      let n = j + 1;
      if (tokens[n]?.text === ',') {
        n++;
        let note = n;
        if (['med', 'with'].includes(tokens[n]?.lower ?? '')) while (note < n + 4 && tokens[note]?.kind === 'word' && (SPELLING_NOTE.has(tokens[note]!.lower) || /^\p{L}$/u.test(tokens[note]!.text))) note++;
        if (note > n + 1 && tokens[note]?.text === ',') n = note + 1;
        else if (['nummer', 'number', 'nr', 'no'].includes(tokens[n]?.lower ?? '')) n++;
      }
      const end = (tokens[n]?.kind === 'digits' || isNumberWord(tokens[n])) && !isYearNumber(tokens[n]) ? houseNumberEnd(tokens as Token[], n) : undefined;
      // (A number that counts something is no house number: "Stor … gatan 3 gånger".)
      const numbered = end !== undefined && !isUnitOrSize(tokens[end + 1]?.lower ?? '');
      // (Or where the turn answers for an address, or says one too: "Gran … ängsvägen, Granängsvägen 27". Without those, only a
      // town with a road word after it is no street, "i Kalmar … vägen dit"; where someone lives, moves or is registered, or
      // an address is said, before it, or a first part that is no known place, fail closed: "Jag bor på Hamn … gatan.",
      // "Min adress är Kungs … holmsgatan.", review 78.)
      if (!numbered && !answer && !found.some((c) => c.type === 'address') && placeHead(head) && !livedOnCue(tokens, i)) continue;
      // (The two parts as one span, the break and all: its street word alone is no street to look for elsewhere.)
      add(head.start, next.end);
      if (numbered) add(tokens[n]!.start, tokens[end]!.end);
      continue;
    }
    // (Not an amount or a count, "We paid 300 … Main Street", "I have 3 … Dogs … Park Road": review 77.)
    if (head.kind === 'digits' && head.text.length <= 3 && next.kind === 'word' && next.capitalised && !AMOUNT_BEFORE.has(tokens[i - 1]?.lower ?? '') && !LEADS.has(tokens[i - 1]?.lower ?? '')) {
      // "41 … Unthank Road": capitalised words, with breaks between, up to an English street's word.
      const words: [number, number][] = [];
      let k = j;
      for (let w = 0; w < 4 && tokens[k]?.kind === 'word' && tokens[k]!.capitalised; w++) {
        let e = k;
        while (tokens[e + 1]?.kind === 'word' && tokens[e + 1]!.capitalised && e - k < 2) e++;
        words.push([k, e]);
        if (EN_STREET_TYPES.has(tokens[e]!.lower) && e > k) break;
        k = breakEnd(tokens, e + 1);
        if (k === e + 1) break;
      }
      const last = words.at(-1);
      if (last === undefined || !EN_STREET_TYPES.has(tokens[last[1]]!.lower) || last[1] === last[0]) continue;
      // (The street word closes the phrase, "41 … Unthank Road, …"; not "40 … Oxford Street prices".)
      if (EN_STREET_TYPES.has(tokens[words[0]![0]]!.lower) || !(tokens[last[1] + 1] === undefined || tokens[last[1] + 1]!.kind === 'punct')) continue;
      add(head.start, head.end);
      for (const [x, y] of words) add(tokens[x]!.start, tokens[y]!.end);
    }
  }
  return extra;
}

/**
 * "Moo five, five, near the market", "Tallvägen 8, åtta, vid skolan": the house number that ends an address said again
 * after a comma, in figures or words, is the address's (round 78). Not with a unit or a count after it: "Storgatan 5, fem
 * minuter härifrån", "Hill Road 4, four of us".
 */
export function houseNumbersSaidAgain(tokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  const extra: Candidate[] = [];
  for (const c of found) {
    if (c.type !== 'address') continue;
    const last = tokens.findIndex((t) => t.end === c.end);
    if (last < 0 || tokens[last + 1]?.text !== ',') continue;
    let first = last;
    while (first > last - 3 && first - 1 >= 0 && tokens[first - 1]!.start >= c.start && (tokens[first - 1]!.kind === 'digits' || isNumberWord(tokens[first - 1]))) first--;
    const said = digitsRead(tokens, first, last);
    if (said === '' || said.length > 4) continue;
    const j = last + 2;
    let end = j;
    while (end < j + 3 && (tokens[end + 1]?.kind === 'digits' || isNumberWord(tokens[end + 1]))) end++;
    if (!(tokens[j]?.kind === 'digits' || isNumberWord(tokens[j])) || digitsRead(tokens, j, end) !== said || !closesClause(tokens[end + 1])) continue;
    const ahead = tokens.slice(end + 1, end + 5).map((t) => t.lower);
    if (ahead.some((w) => isUnitOrSize(w) || NOT_PUT_RIGHT_AFTER.test(w) || w === 'of' || w === 'av')) continue;
    if (found.some((o) => o.start <= tokens[j]!.start && tokens[end]!.end <= o.end)) continue;
    extra.push({ type: 'address', start: tokens[j]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
  }
  return extra;
}
