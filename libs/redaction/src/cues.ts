import { thingIsBorn } from './dates.js';
import type { EntityType } from './entities.js';
import { hundredsOrThousandsWord, isNumberToken } from './numbers.js';
import { RELATIVES } from './people.js';
import { HESITATIONS, type Token } from './tokens.js';

/**
 * Words that say what the number after them is. `generic` ("nummer", "digits") asks for an
 * identifier without saying which; `exempt` marks numbers that are not personal data by policy
 * (case and form numbers, invoice references).
 */
export type Cue = EntityType | 'generic' | 'exempt';

// Checked in order, as parts of a (compound) word: "plusgirokonto" is plusgiro, not konto.
const WORD_CUES: [string, Cue][] = [
  // The number of a case, a decision, a claim or an invoice is the organisation's, no one's identifier (tuning-46).
  ['ärendenum', 'exempt'],
  ['diarienum', 'exempt'],
  // (A police report's number, "anmälningsnumret", is the police's case number: round 74.)
  ['anmälningsnum', 'exempt'],
  ['skadenum', 'exempt'],
  ['beslutsnum', 'exempt'],
  ['fakturanum', 'exempt'],
  ['referensnum', 'exempt'],
  ['ordernum', 'exempt'],
  // "målnummer 12-418822-26": a court's or Kronofogden's case number (round 73).
  ['målnum', 'exempt'],
  // "Pinkoden är 4821": a card's PIN said aloud, redacted as the English "PIN" is (review 73).
  ['pinkod', 'postcode'],
  ['pin-kod', 'postcode'],
  ['samordningsnum', 'samordningsnummer'],
  ['personnum', 'personnummer'],
  ['personnr', 'personnummer'],
  ['personnumer', 'personnummer'],
  ['födelsenum', 'personnummer'],
  ['födelsedat', 'dateOfBirth'],
  ['födelsedag', 'dateOfBirth'],
  ['födelseår', 'dateOfBirth'],
  ['född', 'dateOfBirth'],
  ['birthda', 'dateOfBirth'],
  ['organisationsnum', 'organisationsnummer'],
  ['orgnum', 'organisationsnummer'],
  ['orgnr', 'organisationsnummer'],
  ['passnum', 'idNumber'],
  ['passport', 'idNumber'],
  ['legitimation', 'idNumber'],
  ['id-kort', 'idNumber'],
  ['id-nummer', 'idNumber'],
  ['kundnum', 'idNumber'],
  // "tolknummer sju sex noll nio", "interpreter number 9130": an interpreter's own number names a person (round 92).
  ['tolknum', 'idNumber'],
  ['tolknr', 'idNumber'],
  // "Körkortsnummer? 417 829 53", "LMA-kortet": a driving licence's and an asylum seeker's card number.
  ['körkort', 'idNumber'],
  ['lma-kort', 'idNumber'],
  // ("Uppehållskortet", "uppehållstillståndskortet": a residence permit's number is an identity number, no payment card's.)
  ['uppehållskort', 'idNumber'],
  ['uppehållstillstånd', 'idNumber'],
  ['medlemsnum', 'idNumber'],
  // Foreign identity and insurance numbers: "henkilötunnus", "NIE-numret", "Versicherungsnummer", "CPR-nummer".
  ['försäkringsnum', 'idNumber'],
  ['henkilötunnus', 'idNumber'],
  ['versicherungsnum', 'idNumber'],
  ['fødselsnum', 'idNumber'],
  ['nie-num', 'idNumber'],
  ['cpr-num', 'idNumber'],
  ['plusgiro', 'plusgiro'],
  ['postgiro', 'plusgiro'],
  ['bankgiro', 'bankgiro'],
  ['clearing', 'bankAccount'],
  ['konto', 'bankAccount'],
  ['account', 'bankAccount'],
  ['iban', 'iban'],
  // ("OCR-numret på inbetalningskortet, 1140 2280 0016": a payment slip is a form, its number the payment's reference; round 75.)
  ['inbetalningskort', 'exempt'],
  ['kortnum', 'card'],
  ['kreditkort', 'card'],
  ['bankkort', 'card'],
  ['betalkort', 'card'],
  ['kortet', 'card'],
  ['card', 'card'],
  ['telefon', 'phone'],
  ['mobil', 'phone'],
  ['phone', 'phone'],
  ['landline', 'phone'],
  // ("riktnumret är noll åtta": a phone number's first figures, round 83.)
  ['riktnum', 'phone'],
  ['postnum', 'postcode'],
  ['postkod', 'postcode'],
  ['postcode', 'postcode'],
  // "postleitzahl... två fyra fem sex åtta", "postinumero": the German and Finnish words (round 61).
  ['postleitzahl', 'postcode'],
  ['postinumero', 'postcode'],
  ['eircode', 'postcode'],
  // "zip-koden är 33139": a US postcode named in Swedish.
  ['zip-', 'postcode'],
  ['zipkod', 'postcode'],
  ['ärende', 'exempt'],
  ['diarie', 'exempt'],
  ['referens', 'exempt'],
  ['reference', 'exempt'],
  ['blankett', 'exempt'],
  ['faktura', 'exempt'],
  // "OCR-numret", "portkoden", "dörrkoden": a payment reference and a door code are no one's identifier.
  ['ocr-', 'exempt'],
  ['ocrnum', 'exempt'],
  ['portkod', 'exempt'],
  ['dörrkod', 'exempt'],
  ['invoice', 'exempt'],
];
// Whole words only: as parts they would match too much ("ring" in "utbetalning").
const EXACT_CUES = new Map<string, Cue>([
  ['tel', 'phone'],
  ['ring', 'phone'],
  ['ringa', 'phone'],
  ['ringer', 'phone'],
  ['nå', 'phone'],
  ['reach', 'phone'],
  ['call', 'phone'],
  ['mobile', 'phone'],
  // "my wife's cell, 555-0139": American English for a mobile (round 66).
  ['cell', 'phone'],
  ['zip', 'postcode'],
  // "The PIN code is 411045": India's postcode (a card's PIN said aloud is redacted all the same; round 73).
  ['pin', 'postcode'],
  ['pincode', 'postcode'],
  ['fött', 'dateOfBirth'],
  ['born', 'dateOfBirth'],
  ['birth', 'dateOfBirth'],
  ['dob', 'dateOfBirth'],
  ['ssn', 'idNumber'],
  ['licence', 'idNumber'],
  ['license', 'idNumber'],
  // "Eritrean ID, ER 0048 2213 91"
  ['id', 'idNumber'],
  // "Hennes pass, P 8 4 1 …", "passet har nummer …" (as a part of a word, "pass" is in too much: "passar").
  ['pass', 'idNumber'],
  ['passet', 'idNumber'],
  ['nie', 'idNumber'],
  // "mitt NIF, 181 071 991": Portugal's and Spain's tax and identity numbers, the cue and not the number's letters (round 87).
  ['nif', 'idNumber'],
  ['dni', 'idNumber'],
  ['cpr', 'idNumber'],
  ['hetu', 'idNumber'],
  ['bsn', 'idNumber'],
  ['pesel', 'idNumber'],
  ['dnr', 'exempt'],
  ['ocr', 'exempt'],
  ['case', 'exempt'],
  ['form', 'exempt'],
  // Amounts named by what they are ("hyran är 7 200", "the rent is 950"): no identifier follows.
  ['hyra', 'exempt'],
  ['hyran', 'exempt'],
  ['lön', 'exempt'],
  ['lönen', 'exempt'],
  ['belopp', 'exempt'],
  ['beloppet', 'exempt'],
  ['summa', 'exempt'],
  ['summan', 'exempt'],
  ['avgift', 'exempt'],
  ['avgiften', 'exempt'],
  ['skulden', 'exempt'],
  ['rent', 'exempt'],
  ['salary', 'exempt'],
  ['amount', 'exempt'],
  // A tax table or column is no one's number ("skattetabell 32, kolumn 1").
  ['tabell', 'exempt'],
  ['skattetabell', 'exempt'],
  ['skattetabellen', 'exempt'],
  ['kolumn', 'exempt'],
  ['table', 'exempt'],
  // An extension is dialled after a switchboard: no one's number on its own.
  ['extension', 'exempt'],
  ['anknytning', 'exempt'],
  // A card's expiry date ("expiry 09/28") is a date, not more of the card.
  ['expiry', 'exempt'],
  ['expires', 'exempt'],
  ['utgångsdatum', 'exempt'],

  ['nummer', 'generic'],
  ['numret', 'generic'],
  ['numren', 'generic'],
  ['nummret', 'generic'],
  ['number', 'generic'],
  ['siffror', 'generic'],
  ['siffrorna', 'generic'],
  ['sista', 'generic'],
  ['digits', 'generic'],
  ['ending', 'generic'],
  ['ends', 'generic'],
  ['slutar', 'generic'],
]);
// "personal number", "sort code", "person nummer": the word before a generic one decides.
const QUALIFIERS = new Map<string, Cue>([
  ['personal', 'personnummer'],
  ['person', 'personnummer'],
  ['identity', 'personnummer'],
  ['coordination', 'samordningsnummer'],
  ['organisation', 'organisationsnummer'],
  ['organization', 'organisationsnummer'],
  ['company', 'organisationsnummer'],
  ['sort', 'bankAccount'],
  ['account', 'bankAccount'],
  ['iban', 'iban'],
  ['post', 'postcode'],
  ['postal', 'postcode'],
  ['phone', 'phone'],
  ['telephone', 'phone'],
  ['mobile', 'phone'],
  // ("area code six one seven": the first figures of a phone number, said alone; round 83.)
  ['area', 'phone'],
  ['card', 'card'],
  ['case', 'exempt'],
  // "give them the errand number C 8836-14": an ärendenummer in English (round 94).
  ['errand', 'exempt'],
  // "the OCR number you paid to": a payment's reference, as "OCR-numret" (round 94).
  ['ocr', 'exempt'],
  ['reference', 'exempt'],
  // "the decision number is FK 2026/114 502": the agency's own number for a decision.
  ['decision', 'exempt'],
  // "the police report number is 5000-K…", "crime report number": the police's case number (round 74).
  ['report', 'exempt'],
  // "The PPM fund number is 351 429": a fund's public number.
  ['fund', 'exempt'],
  ['claim', 'exempt'],
  ['policy', 'exempt'],
  ['diary', 'exempt'],
  ['order', 'exempt'],
  ['door', 'exempt'],
  ['entry', 'exempt'],
  ['invoice', 'exempt'],
  ['security', 'idNumber'],
  ['insurance', 'idNumber'],
  ['customer', 'idNumber'],
  ['interpreter', 'idNumber'],
  ['interpreter’s', 'idNumber'],
  ["interpreter's", 'idNumber'],
  ['passport', 'idNumber'],
  ['membership', 'idNumber'],
]);
const GENERIC_HEADS = new Set(['number', "number's", 'numbers', 'code', 'nummer', 'numret', 'no']);
/**
 * Letters that name a personal identifier, never a case's series: "NHS 943 476 5919", "LMA 12-345678", "NI 123456-78",
 * "PN 19850312-12", "SSN", "DOB", a passport's or an ID card's "PA", "ID" (review 79; here since review 94, for `cueOf`).
 */
export const IDENTIFIER_SERIES: ReadonlySet<string> = new Set(['NHS', 'CHI', 'LMA', 'NI', 'NIN', 'NINO', 'PN', 'PNR', 'SSN', 'SIN', 'TIN', 'UD', 'DOB', 'ID', 'PA', 'PP', 'PAS', 'PASS', 'BSN', 'CPR', 'HETU', 'PESEL', 'SAMO']);
/** "har nummer", "is number": a thing's own number named. */
const HAS_NUMBER = new Set(['har', 'hade', 'fick', 'får', 'är', 'var', 'has', 'had', 'got', 'gets', 'is', 'was']);
/** What has a number of its own that is no one's identifier: a case, a decision, a claim, an invoice. */
const NUMBERED_THINGS = new Set([
  'beslut', 'beslutet', 'ärende', 'ärendet', 'faktura', 'fakturan', 'avin', 'skadan', 'skadeärendet', 'reklamationen', 'ordern', 'beställningen',
  'decision', 'case', 'claim', 'invoice', 'policy', 'order', 'reference', 'diary',
]);

const LAST_OF_TIME = new Set(['dag', 'dagen', 'datum', 'datumet', 'betalningsdag', 'betalningsdagen', 'gång', 'gången', 'veckan', 'månaden', 'året', 'tid', 'tiden']);

/** "travel insurance", "health insurance", "reseförsäkringen": insurance of a person's care or travel (round 84). */
const PERSONAL_INSURANCE = /^(?:travel|health|medical|dental)$|^(?:rese|sjuk|sjukvårds|vård|olycksfalls)försäkring\p{L}*$/u;
/** Insurance of a person's health or travel named earlier in the sentence of token `i`. */
function personalInsuranceSaid(tokens: readonly Token[], i: number): boolean {
  for (let k = i - 1; k >= 0; k--) {
    const t = tokens[k]!;
    if (PERSONAL_INSURANCE.test(t.lower) && (!/^[a-z]+$/u.test(t.lower) || tokens[k + 1]?.lower === 'insurance')) return true;
    if (t.sentenceStart) break;
  }
  return false;
}

/** The cue a word gives, reading the word before it for two-word cues. */
export function cueOf(tokens: Token[], i: number): Cue | undefined {
  const t = tokens[i]!;
  if (t.kind !== 'word') return undefined;
  // ("Det är [PERSONNUMMER].": a placeholder, in a transcript redacted once and read again, stands for what was said and
  // asks for nothing.)
  if (tokens[i - 1]?.text === '[' && tokens[i + 1]?.text === ']') return undefined;
  const word = t.lower;
  // ("The idea was born in spring 2023": a thing's birth has no date of birth.)
  if (thingIsBorn(tokens, i)) return undefined;
  // "The sort code's forty, eleven, sixty-two": "code's" names what follows only where the word before makes it an
  // identifier; a number it would exempt ("the door code's …", "the policy code's …") is judged as if unnamed (round 56's review).
  // ("the identity card number is …": an identity card's, round 85.)
  if (GENERIC_HEADS.has(word) && idCardAt(tokens, i - 1)) return 'idNumber';
  const codes = word === "code's";
  if ((GENERIC_HEADS.has(word) || codes) && i > 0) {
    const qualifier = QUALIFIERS.get(tokens[i - 1]!.lower);
    // ("I want to report number …", "Could I report number …": the verb names no police report's number; review 74.)
    // (Round 84: "My travel insurance is with …, policy number …": the policy of one's own health or travel insurance names the
    // insured person, as a member ID does; fails closed. A pension's or a claim's number stays the insurer's.)
    if (qualifier === 'exempt' && tokens[i - 1]!.lower === 'policy' && personalInsuranceSaid(tokens, i)) return 'idNumber';
    if (qualifier && !(codes && qualifier === 'exempt') && !(tokens[i - 1]!.lower === 'report' && REPORT_VERB_LEADS.has(tokens[i - 2]?.lower ?? ''))) return qualifier;
  }
  if (GENERIC_HEADS.has(word) && i > 0) {
    // "Beslutet har nummer B 4471-26", "The decision on the tax is number SI 2026-00417": the number a case, a decision
    // or a claim has, named as the clause's subject. (Not "Ersättningen för skadan går till nummer …", "Ordern gick på
    // mitt nummer …": where money goes, or whose number, is an identifier.)
    // (Review 94: not before letters that name an identifier, "The case … has number NI 123456-78": a National Insurance number.)
    if (HAS_NUMBER.has(tokens[i - 1]!.lower) && !IDENTIFIER_SERIES.has(tokens[i + 1]?.text ?? '')) {
      // (Round 94: or, the verb's subject left out after "och"/"and", the sentence's own subject farther back, its words
      // unbroken: "Beslutet fattades den tredje december och har nummer B 7714-2209"; not "… och hon har nummer …".)
      const sharedSubject = ['och', 'and'].includes(tokens[i - 2]?.lower ?? '');
      for (let j = i - 2; j >= 0 && tokens[j]!.kind === 'word'; j--) {
        const opens = tokens[j]!.sentenceStart || (tokens[j - 1]?.sentenceStart === true && ['the', 'this', 'your'].includes(tokens[j - 1]!.lower));
        if (NUMBERED_THINGS.has(tokens[j]!.lower) && (j >= i - 5 || (sharedSubject && opens))) {
          // (Review 94: never across a relative clause, a person or a name: "Beslutet gäller min son som bor hemma och har
          // nummer …", "… my son who lives with me and has number …" is the son's number; fails closed. The speaker's own
          // "jag", "we" too, and any capital: only words stand between.)
          if (personBetween(tokens, j, i - 1, { speakers: true, acronyms: true })) break;
          return 'exempt';
        }
        if (tokens[j]!.sentenceStart) break;
      }
    }
  }
  // "Mål 18-440365-26", "målet 12-418822-26": Kronofogden's or a court's case, named right before its figures, is the agency's
  // number ("målnummer" above); "mål" alone is as often a goal, so only right before figures (round 85).
  // (Review of round 85: only before figures in a case number's own shape, "NN-NNNNNN-NN"; "Målet 8327 1234567", "Mål 12,
  // 850312-1234" are judged as unnamed, as before the round.)
  if (CASE_WORDS_BEFORE_FIGURES.has(word) && caseNumberAfter(tokens, i)) return 'exempt';
  // "my ID card was 7388 5329", "identity card number": an identity card's number, no payment card's (round 85).
  if (idCardAt(tokens, i)) return 'idNumber';
  // "the code from the card reader": a bank's card reader is a device; its code is no card's number (round 85).
  if ((word === 'card' || word === 'kort') && CARD_DEVICES.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // "the last four are 9291", "and the last four?", "de fyra sista": the end of a number asked for.
  if ((word === 'four' || word === 'fyra') && (tokens[i - 1]?.lower === 'last' || tokens[i - 1]?.lower === 'sista')) return 'generic';
  // ("and the last... ah, two five zero six", "och de sista... öh, nittiotvå tolv": "four" left unsaid, a pause and a number
  // after it, round 61.)
  if ((word === 'last' && tokens[i - 1]?.lower === 'the') || (word === 'sista' && tokens[i - 1]?.lower === 'de')) {
    let j = i + 1;
    while (j < tokens.length && j <= i + 6 && (tokens[j]!.kind === 'punct' || HESITATIONS.has(tokens[j]!.lower) || ['ah', 'aha', 'hm', 'mm'].includes(tokens[j]!.lower))) j++;
    // (Not a year: "The last... uh, 2019", round 61's review.)
    if (j > i + 1 && tokens[j] !== undefined && isNumberToken(tokens[j]!) && !/^(?:19|20)\d\d$/.test(tokens[j]!.text)) return 'generic';
  }
  // "and the four at the end, …", "de fyra på slutet": the same, said by where they stand.
  if (word === 'end' && tokens[i - 1]?.lower === 'the' && tokens[i - 2]?.lower === 'at' && ['four', 'digits'].includes(tokens[i - 3]?.lower ?? '')) return 'generic';
  if (word === 'slutet' && tokens[i - 1]?.lower === 'på' && ['fyra', 'siffrorna'].includes(tokens[i - 2]?.lower ?? '')) return 'generic';
  // "Och sista dag?", "sista datum för omprövning": the last day asked for, not a number's last digits.
  if (word === 'sista' && LAST_OF_TIME.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // "När fyller du år?", "jag fyller år den 9 november": a birthday, not an age ("fyller åttio").
  if (word === 'år' && (tokens[i - 1]?.lower === 'fyller' || tokens[i - 2]?.lower === 'fyller')) return 'dateOfBirth';
  // "plus giro", "bank giro", "post giro": the giro written as two words.
  const exact = EXACT_CUES.get(word);
  if ((word === 'giro' || word === 'girot') && i > 0) {
    const before = tokens[i - 1]!.lower;
    if (before === 'plus' || before === 'post') return 'plusgiro';
    if (before === 'bank') return 'bankgiro';
  }
  // "Jag ringer om ärende FK 4471-22", "I'm calling about …": calling about something names no number to call.
  if (exact === 'phone' && CALLING_ABOUT.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // ("I'll register your call under Dnr 2026/…", "the call about case …": the call being had, filed or about something, names
  // no number to call; "give me a call on …", "the call dropped, it's …" still cue; round 94.)
  if (word === 'call' && CALL_HAD.has(tokens[i - 1]?.lower ?? '') && CALL_FILED.has(tokens[i + 1]?.lower ?? '')) return undefined;
  // "giltigt till noll åtta tjugoåtta": a card's last month (only with "till": "Är det giltigt? 4227 7387" is no date).
  if ((word === 'giltigt' || word === 'giltig') && tokens[i + 1]?.lower === 'till') return 'exempt';
  // ("Don't pin it on me, the bill is 2400": the verb names no code; review 73.)
  if (word === 'pin' && t.text !== 'PIN' && tokens[i + 1]?.kind !== 'digits' && !['code', 'number', 'is', 'was', ':', ',', '-', 'nummer', 'kod', 'koden'].includes(tokens[i + 1]?.lower ?? '')) return undefined;
  if (exact) return exact;
  // "Men mitt kort, det är 4173 2095": someone's card ("kort" alone is as often "short"; "mitt kort går ut 12/27" names its expiry).
  // (After an owner "kort" is always the card: the adjective would be "korta", "mitt korta samtal". So "ditt kort behöver vi
  // inte", "mitt kort spärrades" name it whatever follows, except the expiry's verbs; round 93.)
  // (Review 93: with other words between, only figures as many as a card's, or its last four after "slutar på", "ends in":
  // "Mitt kort 2025 förnyades", "Hennes kort har 20 000 i limit", "Mitt kort tog 1 299", "Mitt kort 1177", "mitt kort ut 11/28"
  // name a year, sums, an agency's number, an expiry. With no figures in the sentence, the card is named for the turns after.)
  if (word === 'kort' && CARD_OWNERS.has(tokens[i - 1]?.lower ?? '') && [',', 'är', ':'].includes(tokens[i + 1]?.lower ?? '')) return 'card';
  if (word === 'kort' && CARD_OWNERS.has(tokens[i - 1]?.lower ?? '') && !CARD_EXPIRES.has(tokens[i + 1]?.lower ?? '')) return ownersCardFigures(tokens, i) ? 'card' : undefined;
  // ("han har ett kort, 4625 7454, nej …": a card had and its figures right after the comma; round 92. "ett kort, tre minuter" stays.)
  // (Review of round 92: figures only as many as a card's, eight or more: "ett kort, 2026, som går ut", "ett kort, 1177 säger …" stay.)
  if (word === 'kort' && tokens[i - 1]?.lower === 'ett' && tokens[i + 1]?.text === ',' && tokens[i + 2] !== undefined && isNumberToken(tokens[i + 2]!) && cardLengthFrom(tokens, i + 2)) return 'card';
  if (word.length < 4) return undefined;
  return partCueOf(word);
}

/**
 * After "mitt kort" and other words: the sentence's first figures are a card's (as many as a card's, or four after "slutar
 * på", "ends in"), or it has none (review 93).
 */
function ownersCardFigures(tokens: Token[], i: number): boolean {
  let j = i + 1;
  while (j < tokens.length && !isNumberToken(tokens[j]!) && !['.', '?', '!'].includes(tokens[j]!.text)) j++;
  const first = tokens[j];
  if (first === undefined || !isNumberToken(first)) return true;
  if (tokens.slice(i + 1, j).some((t, k, between) => ['slutar', 'ends', 'ending'].includes(t.lower) && ['på', 'in', 'with'].includes(between[k + 1]?.lower ?? ''))) return true;
  if (first.kind === 'digits') return cardLengthFrom(tokens, j);
  // (In words: a sum read with its hundreds or thousands is none.)
  for (let k = j; k < tokens.length && k < j + 16 && isNumberToken(tokens[k]!); k++) if (hundredsOrThousandsWord(tokens[k]!.lower)) return false;
  return true;
}
/** The figures from token `i` are as many as a card's (eight or more, in groups: "4625 7454"); number words are judged as before. */
function cardLengthFrom(tokens: Token[], i: number): boolean {
  if (tokens[i]!.kind !== 'digits') return true;
  let digits = 0;
  for (let j = i; j < tokens.length && j < i + 6 && tokens[j]!.kind === 'digits'; j++) digits += tokens[j]!.text.length;
  return digits >= 8;
}

/**
 * The words that name a case's, a decision's, a reference's, an order's, a series' or a form's number: that number is no
 * one's identifier, and figures named after it keep (`isCaseWord`): the slash rule and the series codes (addresses.ts)
 * and a number's end named ahead (dialogue.ts) share it; before stop 64 those were three lists that had drifted apart.
 * Others with narrower roles stay their own: a code's words ("felkod", "version", redact.ts `CODE_WORD_BEFORE`), the
 * things whose number a verb "has" (`NUMBERED_THINGS` below), and the words whose figures cannot end an identifier
 * (identifiers.ts `END_OTHER_NUMBERS`, which a claim or a decision, fail closed, does not join).
 */
export const CASE_WORD_SOURCE =
  'ärende\\p{L}*|referens\\p{L}*|diarie\\p{L}*|dnr|ref|reference|case|claim|decision|beslut\\p{L}*|serie\\p{L}*|series|blankett\\p{L}*|form|order\\p{L}*|faktura\\p{L}*|invoice';
const CASE_WORD = new RegExp(`^(?:${CASE_WORD_SOURCE})$`, 'u');
export const isCaseWord = (lower: string): boolean => CASE_WORD.test(lower);

/** "Mål 18-440365-26", "målet 12-418822-26": a court's or Kronofogden's case named right before its figures (round 85). */
export const CASE_WORDS_BEFORE_FIGURES: ReadonlySet<string> = new Set(['mål', 'målet']);
/** Kronofogden's or a court's case number right after token `i`, in its own shape: "18-440365-26" (two, five or six, two). */
const caseNumberAfter = (tokens: Token[], i: number): boolean => {
  const shape = [2, '-', 0, '-', 2] as const;
  if (!shape.every((s, k) => { const t = tokens[i + 1 + k]; return !!t && (s === '-' ? t.text === '-' : t.kind === 'digits' && (s === 0 ? t.text.length === 5 || t.text.length === 6 : t.text.length === s)); })) return false;
  const after = tokens[i + 6];
  return !after || (after.kind !== 'digits' && after.text !== '-');
};
/** "ID card", "identity card": the card at `i` is an identity card. */
const idCardAt = (tokens: Token[], i: number): boolean => ['card', 'cards'].includes(tokens[i]?.lower ?? '') && ['id', 'identity'].includes(tokens[i - 1]?.lower ?? '');
/** "card reader", "kortläsare" said apart: a device that reads a card. */
const CARD_DEVICES: ReadonlySet<string> = new Set(['reader', 'readers', 'läsare', 'läsaren', 'läsarn', 'terminal', 'terminalen', 'machine']);
const CARD_OWNERS = new Set(['mitt', 'ditt', 'hans', 'hennes', 'sitt', 'vårt', 'ert', 'deras']);
/** What an owner's card does when its figures are its expiry: "mitt kort går ut 12/27", "gäller till". */
const CARD_EXPIRES = new Set(['går', 'gick', 'gäller', 'gällde', 'löper', 'ut', 'utgår', 'utgick', 'giltig', 'giltigt', 'giltighet', 'expires', 'expired', 'expiry']);
const OFFICE = /kontor(?!.*konto(?!r))/;
const STATEMENT = /^kontoutdrag/u;
/** Words recur through a call: each word's part cue is looked up once (the cache is bounded). */
const partCues = new Map<string, Cue | null>();
const PART_CUES_KEPT = 20_000;
function partCueOf(word: string): Cue | undefined {
  let cue = partCues.get(word);
  if (cue === undefined) {
    // "kontoret", "servicekontoret", "Kungsgatan-kontoret": an office, not an account.
    // ("Kontoutdraget visar …", "ett kontoutdrag": an account statement is a document read, its sums no account; round 76.)
    cue = WORD_CUES.find(([part]) => word.includes(part) && !(part === 'konto' && (OFFICE.test(word) || STATEMENT.test(word))))?.[1] ?? null;
    if (partCues.size >= PART_CUES_KEPT) partCues.clear();
    partCues.set(word, cue);
  }
  return cue ?? undefined;
}

/** What may stand between a number and the word after it that names it: "…, alltså plusgiro", "…, that's my bankgiro". */
const NAMED_AFTER_GLUE = new Set(['alltså', 'det', 'är', 'var', 'mitt', 'min', 'hans', 'hennes', 'vårt', 'ett', 'som', 'it', 'is', 'was', "that's", 'that', 'the', 'my', 'his', 'her', 'our', 'a', 'as']);
/** "…, det är SEB", "…, it's DNB": a bank named right after a number names an account. */
const BANKS = new Set(['seb', 'swedbank', 'nordea', 'handelsbanken', 'danske', 'icabanken', 'ålandsbanken', 'länsförsäkringar', 'skandia', 'skandiabanken', 'sparbanken', 'dnb', 'avanza', 'nordnet', 'sbab']);
/** A bank by its name ("SEB", "ICA-banken", "Sparbanken Syd" as its first word): the number beside it is an account. */
export const isBankName = (lower: string): boolean => BANKS.has(lower.replace('-', '')) || lower.endsWith('sparbanken');
/** Cues that name an identifier when said right after the number. */
const NAMED_AFTER: ReadonlySet<Cue> = new Set(['bankgiro', 'plusgiro', 'bankAccount', 'iban', 'phone', 'personnummer', 'samordningsnummer', 'organisationsnummer', 'card', 'idNumber', 'postcode']);

/** "ett tjugo nittioåtta, noll, alltså plusgiro": an identifier named right after its number (within three words). */
export function cueAfter(tokens: Token[], after: number): Cue | undefined {
  for (let i = after + 1, words = 0; i < tokens.length && words <= 3; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') continue;
    const cue = isBankName(t.lower) ? 'bankAccount' : cueOf(tokens, i);
    if (cue && NAMED_AFTER.has(cue)) return cue;
    if (t.kind !== 'word' || !NAMED_AFTER_GLUE.has(t.lower)) return undefined;
    words++;
  }
  return undefined;
}

/** Words that put a second thing beside the first: "… och OCR", "with the OCR" (not "my IBAN is OCR …"). */
const BESIDE: ReadonlySet<string> = new Set(['och', 'med', 'samt', 'plus', 'and', 'with', 'the']);

/** Whose giro or IBAN money is paid to: "vårt", "our", "deras", "ert"; an agency's or a company's genitive, "Skatteverkets". */
const PAYEE_OWNERS: ReadonlySet<string> = new Set(['vårt', 'vår', 'våra', 'our', 'deras', 'their', 'ert', 'er', 'your', 'hyresvärdens', "landlord's", 'landlord’s']);
/**
 * "our IBAN with the OCR …", "Skatteverkets bankgiro och OCR …": the cue at `i` is a payee's giro or IBAN (review of round 80:
 * an OCR named beside it wins only over that, never over the caller's own account, card, passport, phone or Swish, nor a bare
 * "Kontonummer och OCR …" or "Plusgiro plus OCR …").
 */
function payeesGiro(tokens: Token[], i: number, cue: Cue): boolean {
  if (cue !== 'bankgiro' && cue !== 'plusgiro' && cue !== 'iban') return false;
  const owner = tokens[i - 1];
  if (!owner || owner.kind !== 'word') return false;
  return PAYEE_OWNERS.has(owner.lower) || (owner.capitalised && !owner.sentenceStart && /\p{Ll}s$/u.test(owner.text));
}

/**
 * The nearest cue before token `before`, looking back at most `window` tokens and not past
 * `stop`. A generic cue gives way to a specific one further back ("personnumret slutar på").
 */
export function cueBefore(tokens: Token[], before: number, stop = -1, window = 12): Cue | undefined {
  let generic: Cue | undefined;
  let exempt: Cue | undefined;
  // "… på inbetalningskortet, och beloppet sjutusen femhundra": the number's own noun, right before
  // it, keeps it against an identifier named in an earlier clause (a valid identifier is redacted
  // whatever its cue: see `classifyRun`).
  let ownNoun = false;
  let clauseCrossed = false;
  // ("anmäla det nya kontot … på blankett FK 3705": a form named with its code right before the number keeps it.)
  let formNamed = false;
  // ("pay to our IBAN with the OCR 2267 3108 55", "our bankgiro and OCR 8840 2213 6079 1": the payment reference named by
  // its own word right before the number is that, not the giro or IBAN named before it; round 80. A valid identifier in
  // it is redacted all the same.)
  let referenceNamed = false;
  // ("… has number NI 123456-78", "nummer PN 19850312-12": letters that name a personal identifier right before it; review 94.)
  if (before - 1 > stop && IDENTIFIER_SERIES.has(tokens[before - 1]?.text ?? '')) return 'idNumber';
  for (let i = before - 1; i > stop && i >= before - window; i--) {
    let cue = cueOf(tokens, i);
    // (Review 94: "Ärendet rör min mamma som är sjuk och har nummer …", "… my mother who is in care and has number …", and
    // its re-read, "Ärendet rör Anna Berg på avdelningen, nummer …": a case named before a person, a relative clause or a name
    // does not keep the person's number; fails closed. Not at a case's own letters, "Ärende FK 4471": names only.)
    if (cue === 'exempt' && before - i > 2 && personBetween(tokens, i + 1, before, { speakers: false, acronyms: false })) cue = undefined;
    // (Review 83: "area code", "riktnumret" name the figures right after them, or after their "is"/"är"; a number said later
    // ("The area code changed. My number now ends 12345.") is judged by the cues it had before round 83 (there a plain "number",
    // which asks for four figures), never by a phone cue that asks for six.)
    if (cue === 'phone' && areaCodeWord(tokens, i) && areaCodeAt(tokens, before) !== i) cue = undefined;
    // "född" names the date right after it, not every number later in the sentence.
    if (cue === 'dateOfBirth' && before - i > BIRTH_CUE_REACH) continue;
    // "Hennes pass, P 8 4 …" names the number right after it, not "ett svenskt pass som gick ut 2024".
    if (cue === 'idNumber' && SHORT_REACH_CUES.has(tokens[i]!.lower) && before - i > SHORT_CUE_REACH) continue;
    if (cue === 'generic') generic ??= cue;
    // "Kundnumret på fakturan är …": an identifier named in the same sentence outweighs a keeping cue.
    else if (cue === 'exempt') {
      exempt ??= cue;
      ownNoun ||= before - i <= 2;
      formNamed ||= before - i === 2 && FORM_WORDS.has(tokens[i]!.lower) && /^\p{Lu}{2,4}$/u.test(tokens[i + 1]!.text);
      referenceNamed ||= before - i === 1 && tokens[i]!.lower.startsWith('ocr') && BESIDE.has(tokens[i - 1]?.lower ?? '');
    } else if (cue) return ownNoun && (clauseCrossed || formNamed || (referenceNamed && payeesGiro(tokens, i, cue))) ? exempt : cue;
    if (ownNoun && tokens[i]!.text === ',') clauseCrossed = true;
    if (exempt && tokens[i]!.sentenceStart) break;
  }
  return exempt ?? generic;
}

/** "area code", "area code's", "riktnummer", "riktnumret" at `i`: a phone number's first figures (round 83). */
const areaCodeWord = (tokens: readonly Token[], i: number): boolean =>
  tokens[i]!.lower.startsWith('riktnum') || (tokens[i - 1]?.lower === 'area' && /^code(?:['’]s)?$/u.test(tokens[i]!.lower));
/** Where an area code naming the figures at `first` stands: right before them, or before their "is"/"är" (round 83). */
export function areaCodeAt(tokens: readonly Token[], first: number): number | undefined {
  const at = ['is', 'är', 'was', 'var'].includes(tokens[first - 1]?.lower ?? '') ? first - 2 : first - 1;
  return at >= 0 && areaCodeWord(tokens, at) ? at : undefined;
}

/** What makes "report" before "number" a verb: "to report number …", "I report number …", "can I report number …". */
const REPORT_VERB_LEADS = new Set(['to', 'i', 'we', 'you', 'can', 'could', 'will', 'would', 'must', 'should', 'please', 'want', "i'll", 'i’ll', "i'd", 'i’d', "i'm", 'i’m', 'and', 'also', 'just']);

/**
 * A keeping cue before `before` (within its reach) is one that names a police report's number ("the crime report number",
 * "anmälningsnumret", "sjukanmälningsnumret"): review 74 keeps only a report number's own shape after it.
 */
export function reportCueBefore(tokens: Token[], before: number, stop = -1, window = 12): boolean {
  for (let i = before - 1; i > stop && i >= before - window; i--) {
    // (Any of the keeping cues in reach: "Anmälningsnumret står på blanketten: 3300 850312 1234", fails closed.)
    if (cueOf(tokens, i) === 'exempt' && (tokens[i]!.lower.includes('anmälningsnum') || tokens[i - 1]?.lower === 'report')) return true;
  }
  return false;
}

const FORM_WORDS = new Set(['blankett', 'blanketten', 'blanketterna', 'form', 'forms']);
const CALLING_ABOUT = new Set(['om', 'angående', 'gällande', 'about', 'regarding']);
/** What makes "call" the call being had (round 94): "your call", "the call", "this call". */
const CALL_HAD = new Set(['your', 'the', 'this', 'that']);
/** What after "the call" files it or says what it is about: "your call under Dnr …", "the call about …". (Not "as": "the
 * call as well, it's …", "the call as read" are no filing; review 94.) */
const CALL_FILED = new Set(['under', 'about', 'regarding']);
/** The speaker's and the listener's own pronouns: past them, back to a sentence's subject before "och/and har nummer", the number is theirs (review 94). */
const SPEAKER_PRONOUNS: ReadonlySet<string> = new Set(['jag', 'vi', 'we', 'du', 'you']);
/**
 * A person in tokens `from` to `to` (not `to`): a relative clause, a third person or a relative (`PERSON_BREAKS`), or a name
 * in mid-sentence; past one, a case named before is not what the number belongs to (review 94 and its re-read). `speakers`:
 * the speaker's own "jag", "we" too; `acronyms`: any capitalised word ("FK", "NI"), not only one written as a name ("Anna").
 */
function personBetween(tokens: readonly Token[], from: number, to: number, { speakers, acronyms }: { speakers: boolean; acronyms: boolean }): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    const t = tokens[k]!;
    if (PERSON_BREAKS.has(t.lower) || (speakers && SPEAKER_PRONOUNS.has(t.lower))) return true;
    if (!t.sentenceStart && (acronyms ? t.capitalised : /^\p{Lu}\p{Ll}+$/u.test(t.text))) return true;
  }
  return false;
}
/** A relative clause or someone else: past them a case named before is not what the number belongs to (review 94). */
const PERSON_BREAKS: ReadonlySet<string> = new Set([
  'som', 'vars', 'där', 'vilken', 'vilket', 'vilka', 'who', 'whose', 'whom', 'which', 'that', 'where',
  'han', 'hon', 'hen', 'he', 'she', 'they',
  // (The re-read after review 94: the object pronouns too; fails closed.)
  'honom', 'henne', 'dem', 'him', 'her', 'them',
  ...RELATIVES,
  // (Their definite forms, "man" the husband, a child, a lawyer or a client: anyone the case may be about.)
  'sonen', 'dottern', 'mamman', 'pappan', 'frun', 'man', 'mannen', 'maken', 'makan', 'sambon', 'brodern', 'systern', 'svärsonen', 'svärdottern',
  'barnbarnet', 'grannen', 'barn', 'barnet', 'advokat', 'advokaten', 'child', 'grandchild', 'lawyer', 'client',
  'son-in-law', 'daughter-in-law', 'mother-in-law', 'father-in-law',
]);
const BIRTH_CUE_REACH = 5;
/** Cues that are also everyday words ("pass": a passport, but "ett svenskt pass som gick ut 2024"), and how near they name a number. */
const SHORT_REACH_CUES = new Set(['pass', 'passet']);
const SHORT_CUE_REACH = 3;

/**
 * The cue an utterance ends on ("Kan jag få ditt personnummer så tittar jag på ditt ärende?"):
 * what the next speaker is asked for. A cue for an identifier outweighs one that keeps numbers.
 */
export function closingCue(tokens: Token[], window = 12): Cue | undefined {
  let weak: Cue | undefined;
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - window; i--) {
    if (tokens[i]!.kind === 'digits') break;
    const cue = cueOf(tokens, i);
    if (cue === 'exempt' || cue === 'generic') weak ??= cue;
    else if (cue) return cue;
  }
  return weak;
}
