import type { Language, Speaker } from '@samtal/contracts';
import { REGIONS, ruralNamesIn, secretInCall, schoolsKeptSecret, townsKeptSecret } from './addresses.js';
import { Confidence, type Candidate } from './candidates.js';
import { personalNumberKind, luhnValid } from './checksums.js';
import { closingCue, cueBefore, cueOf, isCaseWord, type Cue } from './cues.js';
import { IDENTIFIER_TYPES, type EntityType, type RedactedEntity } from './entities.js';
import { foreignIdHolds } from './identifier-edges.js';
import { ageBesideNumber, ageSaid, asksAge, caseFiguresSpoken, caseNumberFormat, clockWordBefore, caseSeriesFormat, pluralAgeSaid, digitCountSaid, endFiguresFit, endNamedBefore, GIRO_WORDS, ibanCountryBefore, ibanPieces, isAgencysGiro, isAmountOrDay, isPhoneShaped, isTime, normalisedPhone, OWNER_WORDS, readBackAsYours } from './identifiers.js';
import { ordinalDay, paymentsDay } from './dates.js';
import { localPartWords } from './email.js';
import { lexicon, NameFlag } from './lexicon.js';
import { frejaAgainInCall, frejaAPerson, hushedName, institutionNounEnding, isFrejaEid, isMinaPages, namesEstablishment, ownFirmTrade, namesInstitution, LANGUAGES_SAID, namesRunOn, neverAName, PLACE_WORDS, relayFrameHolds, placeSaidAt, publicInstitutionAfter, SAINTS, AGENCY_WORDS, wordOpeningItsSentence } from './names.js';
import { RELATIVES } from './people.js';
import { digitsWithin, isNumberToken, numberWordAtoms, thousandsWordIn, type NumberRun } from './numbers.js';
import { allowedDigits, analyseUtterance, applyPlaceholders, joinPieces, merge, misheard, type RedactionResult, type RedactOptions, type UtteranceAnalysis, type UtteranceContext } from './redact.js';
import { folded, HESITATIONS, SENTENCE_END_MARKS, sentenceEndOf, sentenceStartOf, type Token } from './tokens.js';
import { DASH_WORDS, isYear, MONTHS, NEGATIONS, PAYING_VERBS, UNITS } from './units.js';
import { rememberedTest } from './patterns.js';

/**
 * Redaction with the whole conversation as context. Callers answer over several turns, read a
 * number in two halves, correct themselves mid-number, spell a name after saying it, and are
 * named again later; one utterance on its own shows none of that. Three passes:
 *
 * 1. An identifier question ("Kan jag få ditt personnummer?", "When were you born?") opens a
 *    window: the numbers of the turns that follow are read under that question until a turn
 *    with content and no numbers closes it.
 * 2. Runs of numbers that continue one another (across fillers, corrections and turns) are
 *    joined and judged together: if the joined digits make a valid personal number, card or
 *    phone number, every piece is redacted, the corrected piece too.
 * 3. The call's memory: a name or number found once is redacted wherever it recurs in the call.
 */
export interface Utterance {
  speaker: Speaker;
  text: string;
}

export function redactDialogue(utterances: readonly Utterance[], options: RedactOptions): RedactionResult[] {
  return findDialogueEntities(utterances, options).map((entities, i) => ({ text: applyPlaceholders(utterances[i]!.text, entities), entities }));
}

export function findDialogueEntities(utterances: readonly Utterance[], options: RedactOptions): RedactedEntity[][] {
  const analyses: UtteranceAnalysis[] = [];
  let window: QuestionWindow | undefined;
  let addressTurns = 0;
  let birthTrailsOff: Speaker | undefined;
  let nameTurns = 0;
  let previousSpeaker: Speaker | undefined;
  for (const { text, speaker } of utterances) {
    // Only the one asked reads the answer out in pieces; the asker's own turns are not pieces of it.
    const answering = !!window && (speaker === 'unknown' || speaker !== window.asker);
    // "Och han är född 6 maj 1945, stämmer det?" "Ja, precis. Breven kan ni skicka …": what was read back is confirmed;
    // what the turn goes on to say is not read under the question (a correction, "Nej, sjätte maj", still is).
    // ("So you were born on the thirty-first of July eighty-six?" "Yes. The thirty-first.", "Yes. No wait, it's the fifth. The
    // fifth of February.": a date of birth said again, or corrected, after the confirmation is still the answer; fails closed.)
    const afterConfirming = answering && window?.readBack === true && window.cue === 'dateOfBirth' ? text.replace(CONFIRMED_FIRST, '') : text;
    const saysMoreOfIt = afterConfirming !== text && (CORRECTION_START.test(afterConfirming) || SHORT_REPEAT.test(afterConfirming));
    const confirmsReadBack = answering && window?.readBack === true && CONFIRMED_FIRST.test(text) && !saysMoreOfIt;
    const underQuestion = !!window && !confirmsReadBack && (!window.complete || (answering && (CORRECTION_START.test(text) || saysMoreOfIt)));
    const previous = analyses.at(-1)?.tokens;
    // (The other speaker's kept amounts, said back in this turn, are echoes: see `keptNumbers`.)
    const echoes = previousSpeaker !== undefined && previousSpeaker !== speaker ? keptNumbers(analyses.at(-1)!) : undefined;
    const analyse = (under: boolean) => {
      // (Built field by field: spreading an object literal into another was a few per cent of the dialogue's time.)
      const context: UtteranceContext = { afterQuestion: previous?.at(-1)?.text === '?', addressAnswer: addressTurns > 0, nameAnswer: nameTurns > 0, previous, byAgent: speaker === 'agent' };
      if (echoes) context.echoes = echoes;
      if (window) context.numberAsked = true;
      if (window && under) {
        context.carriedCue = window.cue;
        context.carriedThroughout = true;
        context.answering = answering;
        // ("So born on the 19th of March '77?" "No, the 9th. The ninth of March.": a correction of what was read back is the
        // answer anywhere in the turn.)
        context.answered = window.answered && !(window.readBack && answering && (CORRECTION_START.test(text) || saysMoreOfIt));
        context.lastDigitsAsked = window.lastDigits;
        context.complete = window.complete === true;
        context.askerTalks = !answering;
        // (Review of round 80: what either speaker said in the question's turns, so that the answer read back is no sum.)
        context.saidInWindow = new Set(analyses.slice(-WINDOW_TURNS).flatMap((a) => a.runs.map((r) => r.digits)));
      }
      // "… men jag är född femtio..." / "...tolfte augusti.": a date of birth trailing off goes on in the speaker's next turn.
      if (birthTrailsOff === speaker && TRAILS_ON.test(text)) {
        context.carriedCue = 'dateOfBirth';
        context.answering = true;
        // (The date goes on where the turn begins: "...och utbetalningen kom tolfte april" is another date.)
        context.answered = true;
      }
      return analyseUtterance(text, options, context);
    };
    let analysis = analyse(underQuestion);
    if (underQuestion && window?.complete === true && answering && countPutRight(analyses.at(-1), analysis)) analysis = analyse(false);
    // Privacy fails closed: after a whole answer, a long number the one asked reads out that nothing
    // took ("och sen min dotters, sjuttiotre, fyrtiofyra, …") is another of what was asked, not a sum.
    if (window && !underQuestion && answering && analysis.runs.some((run) => untakenLongNumber(analysis, run))) analysis = analyse(true);
    // "Do you have a case number?" "Yes, 25-9904718.": a number only its shape made an identity number, given as the answer
    // to a question for a case's number, is the case's (round 73); a checksum-valid one stays redacted (classifyRun).
    if (previous?.at(-1)?.text === '?' && previousSpeaker !== speaker && closingCue(previous) === 'exempt') {
      // (Review 73: only what has a case number's own shape, figures in groups joined by a dash or a slash, "31-7720519",
      // "14-302217-09"; never a date-shaped ten or twelve figures, a passport's or card's run, a phone number, nor in a turn
      // that names the number as something else: "det är mitt personnummer", "that is my passport". Fails closed.)
      const other = OTHER_NUMBER_SAID.test(analysis.text);
      // ("BOB 7734-11": the case's series in capitals before its figures, round 79; review 79: in the finding or right before
      // it, and only as `caseSeriesFormat` allows: never "NHS 943 476 5919", "LMA 12-345678" nor "PA 12345678".)
      const caseNumber = (c: Candidate): boolean => {
        const found = analysis.text.slice(c.start, c.end);
        // (Figures only: an answer in number words, "tolv arton, nittioåtta sjuttiosex", may be a personal number without its
        // year; review 94, fails closed.)
        const series = CASE_SERIES.exec(found) ?? SERIES_BEFORE.exec(analysis.text.slice(0, c.start));
        if (!series) return caseNumberFormat(found);
        return caseSeriesFormat(series[1]!, found.replace(CASE_SERIES, ''));
      };
      analysis.candidates = analysis.candidates.filter((c) => !(c.type === 'idNumber' && c.confidence === Confidence.shaped && !other && caseNumber(c)));
    }
    // "Säg att det gäller ärende 2219-7740." "Två två ett nio, sju sju fyra noll, okej.": the other speaker's case number, kept
    // by its cue, read back is the same case number (round 94); only what `caseFiguresSpoken` allows, as a case's answer.
    if (previousSpeaker !== undefined && previousSpeaker !== speaker) {
      const cases = keptCaseNumbers(analyses.at(-1)!);
      if (cases.size > 0) {
        const readBack = (c: Candidate): boolean =>
          analysis.runs.some((r) => r.start <= c.start && c.end <= r.end + 1 && cases.has(r.digits) && caseFiguresSpoken(r.digits));
        analysis.candidates = analysis.candidates.filter((c) => !(c.type === 'idNumber' && c.confidence === Confidence.shaped && readBack(c)));
      }
    }
    analyses.push(analysis);
    previousSpeaker = speaker;
    // (Past the other's "Mm." or "Ja?": a backchannel lets the speaker go on.)
    const backchannel = birthTrailsOff !== undefined && speaker !== birthTrailsOff && wordCount(analysis.tokens) <= 2;
    if (!backchannel) birthTrailsOff = TRAILS_OFF.test(text) && endsInBirthDate(analysis) ? speaker : undefined;
    const windowBefore = window;
    window = nextWindow(window, analysis, speaker, answering);
    // "…, born seventy-nine." "And the full date?": the rest of a date of birth just given is asked for (round 44).
    if (window?.cue !== 'dateOfBirth' && analysis.tokens.at(-1)?.text === '?' && REST_OF_DATE.test(text) && analyses.slice(-3, -1).some((a) => a.candidates.some((c) => c.type === 'dateOfBirth'))) {
      window = { cue: 'dateOfBirth', asker: speaker, left: WINDOW_TURNS };
    }
    // (Not by the asker's own words: "Tjugoandra februari fyrtioåtta?" reads back, the answer is still to come.)
    if (window && !window.answered && speaker !== window.asker && analysis.candidates.some((c) => c.type === window!.cue)) window = changed(window, { answered: true });
    // ("Möllevångsgatan 22, 214 20 Malmö." "And a phone number?" "…, my English one": a question for another identifier ends
    // the address's turns; its answer is read under that question, round 82.)
    const asksOther = window !== undefined && window !== windowBefore && window.asker === speaker && !ADDRESS_CUES.has(window.cue) && analysis.tokens.at(-1)?.text === '?';
    // (Not where the question asks for the address too: "Samordningsnummer, ja. Adressen?")
    const nextTurns = nextAddressTurns(addressTurns, analysis);
    addressTurns = asksOther && nextTurns < ADDRESS_TURNS ? 0 : nextTurns;
    nameTurns = nextNameTurns(nameTurns, analysis);
  }
  stitchNumbers(analyses, allowedDigits(options.allowedNumbers), utterances.map((u) => u.speaker));
  postcodesAfterAddresses(analyses);
  postcodeHalvesPutRight(analyses);
  houseNumbersPutRight(analyses, utterances);
  piecesEchoed(analyses, utterances);
  personalPairsEchoed(analyses, utterances);
  datePartsNamed(analyses);
  numbersNamedAfter(analyses, utterances);
  endsPutRight(analyses);
  endsNamedAhead(analyses);
  endsOfNumberNamedBefore(analyses);
  keepAgencyGiros(analyses, utterances);
  keptSecretInCall(analyses);
  frejaProductInCall(analyses);
  remember(analyses, options.lang, utterances.map((u) => u.speaker));
  agesNotNamed(analyses);
  return analyses.map((a) => joinPieces(a.text, merge(a.candidates)));
}

/**
 * "jag har Freja eID" … "Freja är personlig": where one turn names the e-identification, "Freja" alone elsewhere in the
 * call is the product, not a person, where its own sentence shows the app (`frejaAgainInCall`: "Freja måste ligga i din mobil").
 * Run before the call's memory, so that a product's word is not remembered as a name (Round 95).
 */
function frejaProductInCall(analyses: UtteranceAnalysis[]): void {
  if (!analyses.some((a) => a.tokens.some((t, k) => t.lower === 'freja' && isFrejaEid(a.tokens, k)))) return;
  // (A turn that makes Freja a person, "Min dotter Freja", "Det är Freja här": then no "Freja" of the call is kept as the
  // product; the review of round 95.)
  if (analyses.some((a) => a.tokens.some((t, k) => t.lower === 'freja' && !isFrejaEid(a.tokens, k) && frejaAPerson(a.tokens, k)))) return;
  for (const a of analyses) {
    a.candidates = a.candidates.filter((c) => {
      if (c.type !== 'name') return true;
      const k = a.tokens.findIndex((t) => t.start === c.start && t.end === c.end);
      return k < 0 || !frejaAgainInCall(a.tokens, k);
    });
  }
}

/** The letters of a case's series before its figures: "BOB 7734-11", "FK 2291-4406" (round 79). */
const CASE_SERIES = /^(\p{Lu}{2,4})\s+(?=\d)/u;
/** The same letters right before a finding that begins at the figures. */
const SERIES_BEFORE = /(?<![\p{L}\p{N}])(\p{Lu}{2,4})\s+$/u;

const GIROS: ReadonlySet<string> = new Set(['bankgiro', 'plusgiro']);
/** ("vårt bankgiro": the giro is neuter, so "i vår bankgiro" says "this spring".) */
const OURS: ReadonlySet<string> = new Set(['vårt', 'our']);
/** A negation, a source or someone else's: "inte vårt", "från 2345-6785", "bedragarnas". */
const NOT_OURS: ReadonlySet<string> = new Set(['inte', 'not', 'ej', 'aldrig', 'never', 'från', 'from', 'scam', 'bedrägeri', 'bedragarnas', 'bedragare', 'fraud']);
/** An agent's turn that says yes to what was read back: "Yes, …", "Ja, …", "Precis.", "Correct." */
const SAYS_YES = /^\s*(?:yes|yeah|yep|correct|that's right|exactly|ja|japp|precis|stämmer|korrekt|det stämmer)(?![\p{L}])/iu;
/** The agent's turn `next` says yes to what the caller's turn before it read back. */
const agentSaysYes = (next: UtteranceAnalysis | undefined, speaker: Utterance | undefined): boolean => !!next && speaker?.speaker === 'agent' && SAYS_YES.test(next.text);
/**
 * "Det ska till vårt bankgiro, 5051-6905" … "Då betalar du till 5051-6905.", "So bankgiro 5051-6905": the agency's own giro,
 * named as its own by the agent once, is the agency's wherever it recurs in the call, whoever says it (round 53). (A valid
 * personal number or card in the same digits is redacted all the same.)
 */
function keepAgencyGiros(analyses: UtteranceAnalysis[], utterances: readonly Utterance[]): void {
  const own = new Set<string>();
  const owned = new Set<string>();
  analyses.forEach((a, u) => {
    const agent = utterances[u]!.speaker === 'agent';
    // (A caller's "vårt bankgiro" is the household's: then no "vårt" in the call is the agency's; round 53's review.)
    if (!agent && a.tokens.some((t, k) => OURS.has(t.lower) && GIRO_WORDS.has(a.tokens[k + 1]?.lower ?? ''))) owned.add('*');
    for (const run of a.runs) {
      if (run.digits.length < 7 || run.digits.length > 8) continue;
      const sentence = a.tokens.slice(sentenceStartOf(a.tokens, run.firstToken), sentenceEndOf(a.tokens, run.firstToken));
      // Digits any turn gives an owner ("mitt bankgiro", "ditt är 1234-5674", "pappas bankgiro"), a negation, a "from" or a
      // question are never the agency's.
      // ("I'll pay to your bankgiro, yeah? 5052-6979?" "Yes, with the case number …": the caller reads the agency's own giro
      // back to it as "yours", and the agent says yes; round 91.)
      if (!agent && agentSaysYes(analyses[u + 1], utterances[u + 1]) && readBackAsYours(a.tokens, run)) {
        own.add(run.digits);
        continue;
      }
      const ownerOfGiro = sentence.some((t, k) => (OWNER_WORDS.has(t.lower) || /\p{L}['’]?s$/u.test(t.lower)) && GIRO_WORDS.has(sentence[k + 1]?.lower ?? ''));
      const ownerBefore = a.tokens.slice(Math.max(0, run.firstToken - 3), run.firstToken).some((t) => OWNER_WORDS.has(t.lower));
      if (ownerOfGiro || ownerBefore || sentence.some((t) => NOT_OURS.has(t.lower) || t.text === '?')) {
        owned.add(run.digits);
        continue;
      }
      // Only "vårt bankgiro 5051-6905", "our bankgiro is 5051-6905" said by the agent, the giro's words right before it.
      let k = run.firstToken - 1;
      while (k >= 0 && (a.tokens[k]!.text === ',' || ['är', 'is', 'nummer', 'number'].includes(a.tokens[k]!.lower))) k--;
      if (agent && GIRO_WORDS.has(a.tokens[k]?.lower ?? '') && OURS.has(a.tokens[k - 1]?.lower ?? '') && isAgencysGiro(a.tokens, run, { byAgent: true })) own.add(run.digits);
    }
  });
  if (owned.has('*')) return;
  for (const digits of owned) own.delete(digits);
  if (own.size === 0) return;
  for (const a of analyses) {
    a.candidates = a.candidates.filter((c) => !(GIROS.has(c.type) && c.confidence < Confidence.validated && a.runs.some((r) => own.has(r.digits) && r.start <= c.start && c.end <= r.end)));
  }
}

/** "Det där är ett …", "Det är ju ditt …", "That's a …", "That is your …", "Is that your …?": the other's turn begins by naming what was said. */
const THAT_IS_A = /^(?:(?:nej|no|okej|ok|okay|hmm|mm|ja|yes|men|but|tack|thanks)\s+)*(?:det där är|det där var|det här är|det är|det var|är det|var det|that's|that is|that was|this is|is that|was that)(?:\s+(?:ju|nog|väl|inte|not|really|actually))?\s+(?:ett|en|a|an|ditt|din|your|hans|hennes|his|her|someone's|någons)$/u;
/** Identifiers a turn may name what the other just read out as. */
// (Not an account: "Det är ett tyskt konto" says what the speaker's own next number is.)
const NAMED_AFTER_TYPES: ReadonlySet<Cue> = new Set(['personnummer', 'samordningsnummer', 'idNumber']);
/**
 * "…, sextiotvå nittioåtta sextiosex, öh." "Det där är ett samordningsnummer som inte hör till dig": digits the rules left in a
 * turn are the identifier the other speaker names them as at the start of the next (round 91; fails closed). Only figures
 * of four or more, not a year alone nor a sum in thousands or with its unit.
 */
function numbersNamedAfter(analyses: UtteranceAnalysis[], utterances: readonly Utterance[]): void {
  for (let u = 1; u < analyses.length; u++) {
    if (utterances[u]!.speaker === utterances[u - 1]!.speaker) continue;
    const tokens = analyses[u]!.tokens.filter((t) => t.kind !== 'punct' || t.text !== ',');
    let type: Cue | undefined;
    for (let k = 2; k < Math.min(tokens.length, 9) && type === undefined; k++) {
      if (tokens.slice(0, k).some((t) => t.kind === 'punct')) break;
      if (!THAT_IS_A.test(tokens.slice(0, k).map((t) => t.lower).join(' '))) continue;
      // (The identifier's name in one word or up to three: "ett samordningsnummer", "a coordination number", "a Danish CPR number".)
      for (let j = k; j < k + 3 && j < tokens.length && tokens[j]!.kind === 'word' && type === undefined; j++) {
        const cue = cueOf(tokens, j);
        if (cue !== undefined && NAMED_AFTER_TYPES.has(cue)) type = cue;
      }
      break;
    }
    if (type === undefined || namingAsked(analyses[u]!.tokens)) continue;
    const said = analyses[u - 1]!;
    for (const run of said.runs) {
      if (run.digits.length < 4 || isYear(run.parts[0]!.digits) || caseNumberFormat(said.text.slice(run.start, run.end)) || readWithThousands(said.tokens, run)) continue;
      if (notAnIdentifierSaid(said.tokens, run)) continue;
      if (said.candidates.some((c) => c.start < run.end && run.start < c.end)) continue;
      said.candidates.push({ type: type as EntityType, start: run.start, end: run.end, confidence: Confidence.cued });
    }
  }
}

/**
 * A payment's verb just before a figure: "paid 1579", "betalade femton sjuttionio". ("paying", "betala" only here, not in
 * `PAYING_VERBS`: `LEADS` keeps any run after its words, and "ska betala 5521 0873 …" may be a card read out; fails open.)
 */
const PAID_VERBS: ReadonlySet<string> = new Set([...PAYING_VERBS, 'paying', 'betala']);
/** What a figure before it names as no identifier: "the 1579 train", "buss 1530" (and a sum's unit, `UNITS`: "1579 kronor"). */
const THINGS_NUMBERED: ReadonlySet<string> = new Set(['train', 'bus', 'flight', 'tåget', 'tåg', 'bussen', 'buss', 'flyget']);
/**
 * A figure its own turn says is a time, a sum, a case's number or a train's: "Klockan 1530", "I landed at 1530 and paid 1579",
 * "Ärendenumret är 5530", "the 1579 train" (review 91: not an identifier for the next turn to name).
 */
function notAnIdentifierSaid(tokens: Token[], run: NumberRun): boolean {
  const before = tokens.slice(Math.max(0, run.firstToken - 3), run.firstToken);
  if (isTime(tokens, run.firstToken) || clockWordBefore(tokens, run.firstToken) || before.some((t) => PAID_VERBS.has(t.lower))) return true;
  const after = tokens[run.lastToken + 1]?.lower ?? '';
  if (UNITS.has(after) || THINGS_NUMBERED.has(after)) return true;
  return cueBefore(tokens, run.firstToken, sentenceStartOf(tokens, run.firstToken) - 1) === 'exempt';
}
/** Tags that keep a naming a statement: "…, va?", "…, right?", "…, eller hur?". */
const TAGS = /^(?:va|right|eller hur|isn't it|is it not|ok|okay|eh|ja|yes|no|nej|inte sant)$/u;
/** The next turn only asks whether it is one: "Det är ett ID-nummer?", "That is an ID number?" (not "…, va?"; review 91). */
function namingAsked(tokens: readonly Token[]): boolean {
  const end = tokens.findIndex((t) => t.kind === 'punct' && SENTENCE_END_MARKS.has(t.text));
  if (end < 0 || tokens[end]!.text !== '?') return false;
  const comma = tokens.slice(0, end).findLastIndex((t) => t.text === ',');
  return comma < 0 || !TAGS.test(tokens.slice(comma + 1, end).map((t) => t.lower).join(' '));
}

/**
 * A question for the rest of a date and nothing else: "And the full date?", "Och hela datumet?", "Dag och månad?" (not
 * "And the exact date she passed away?", "Vilken dag kom betalningen?": another event's).
 */
const REST_OF_DATE = /^\s*(?:(?:and|och|okay|ok|so|så|then|då|thanks|tack)[\s,]+)*(?:(?:what's|what is|vad är)\s+)?(?:(?:the\s+)?(?:full|exact|whole|complete) date|(?:the\s+)?day and (?:the )?month|(?:hela|exakta|fullständiga) datumet|dag och månad)(?:[\s,]+(?:then|please|då|tack))?\s*\?\s*$/iu;
/** A turn that trails off ("född femtio..."), and one that goes on from it ("...tolfte augusti."). */
const TRAILS_OFF = /(?:\.\.\.|…)\s*$/u;
const TRAILS_ON = /^\s*(?:\.\.\.|…)/u;
/** The turn's last words are a date of birth. */
function endsInBirthDate(analysis: UtteranceAnalysis): boolean {
  const lastWord = analysis.tokens.findLast((t) => t.kind !== 'punct');
  return lastWord !== undefined && analysis.candidates.some((c) => c.type === 'dateOfBirth' && c.start <= lastWord.start && lastWord.end <= c.end);
}

interface QuestionWindow {
  cue: Cue;
  /** Who asked. */
  asker: Speaker;
  /** Turns it may still stay open for. */
  left: number;
  /** A turn has given (part of) the answer: later turns add to it only where they begin. */
  answered?: boolean;
  /** The last question asked for the last digits ("and the last four?"). */
  lastDigits?: boolean;
  /** Digits of the asked identifier the one asked has given so far. */
  digits?: number;
  /**
   * The one asked has given as many digits as the identifier has: the numbers of later turns (an
   * amount, a date of payment, the agent's figures) are no longer read under the question, unless
   * a turn of the one asked begins with a correction ("Nej förlåt, 1243").
   */
  complete?: boolean;
  /** Opened by a whole answer read back ("Så 8214-9, 934 567 281-3?"): a bare "Precis." closes it. */
  readBack?: boolean;
  /**
   * The asker has said it waits for the rest of an answer begun ("Ingen fara, ta den tid du behöver."): the one asked's turns
   * with no number ("Nu ska vi se, var la jag den.") keep the question open until the answer is whole, the asker moves on
   * or the turns run out (review of round 98).
   */
  holding?: boolean;
}

/**
 * `{ ...window, ...changes }`: a spread copy that gains a field the window lacks ("answered",
 * "digits") takes V8's slow path, microseconds a turn; a copy by `Object.assign` does not.
 */
const changed = (window: QuestionWindow, changes: Partial<QuestionWindow>): QuestionWindow => Object.assign({}, window, changes);

/** Digits from which a number no rule took is not a sum said after a whole answer ("14 200", "1 250"). */
const LONG_NUMBER_DIGITS = 7;
function untakenLongNumber(analysis: UtteranceAnalysis, run: NumberRun): boolean {
  if (run.digits.length < LONG_NUMBER_DIGITS || isAmountOrDay(analysis.tokens, run)) return false;
  // (An id number taken by its shape alone is what was asked, read again under the question.)
  return !analysis.candidates.some((c) => c.start < run.end && run.start < c.end && !(c.type === 'idNumber' && c.confidence <= Confidence.shaped));
}

/** The case and reference numbers a turn said and kept by their cue ("ärende 2219-7740"), five figures or more (round 94). */
function keptCaseNumbers(analysis: UtteranceAnalysis): ReadonlySet<string> {
  const { tokens } = analysis;
  const kept = analysis.runs.filter((run) => run.digits.length >= 5 && cueBefore(tokens, run.firstToken, -1, 4) === 'exempt' && !analysis.candidates.some((c) => c.start < run.end && run.start < c.end));
  return new Set(kept.map((run) => run.digits));
}

/** "and the last four, um,", "sista fyra", "de fyra sista": the last digits named just before them. */
const LAST_FOUR_NAMED = /(?<![\p{L}])(?:(?:the )?last four(?: digits)?|(?:de )?sista fyra(?: siffrorna)?|(?:de )?fyra sista(?: siffrorna)?)(?![\p{L}])[\s,.]*(?:(?:um|uh|eh|öh|ehm|är|is|are)[\s,.]*)*$/iu;
/** The amounts a turn said and kept, by thousands or a unit ("trettontusen niohundrafemtio", "13 950 kronor"). */
function keptNumbers(analysis: UtteranceAnalysis): ReadonlySet<string> {
  const { text, tokens } = analysis;
  const amount = (run: NumberRun) => /tusen|thousand/iu.test(text.slice(run.start, run.end)) || AMOUNT_UNITS.has(tokens[run.lastToken + 1]?.lower ?? '');
  const kept = analysis.runs.filter((run) => run.digits.length >= 3 && amount(run) && !analysis.candidates.some((c) => c.start < run.end && run.start < c.end));
  return new Set(kept.map((run) => run.digits));
}
const AMOUNT_UNITS = new Set(['kronor', 'kr', 'crowns', 'sek', 'pounds', 'euro', 'euros', 'dollars']);

/**
 * "agent: Ni har skyddad identitet, eller hur?" … "caller: Barnen går på Tallåsens skola", "Vi bor i Umeå nu." … "Det får
 * ingen veta.": secrecy or protection said in any turn, by either speaker, makes every turn's school and the town lived in
 * or moved to an address (review 88). Fails closed.
 */
function keptSecretInCall(analyses: UtteranceAnalysis[]): void {
  if (!analyses.some((a) => secretInCall(a.text))) return;
  for (const a of analyses) a.candidates.push(...schoolsKeptSecret(a.text, a.tokens, true), ...townsKeptSecret(a.tokens));
}

/** How many digits a whole answer has, by what was asked; unknown lengths never complete. */
const ANSWER_DIGITS: Partial<Record<Cue, number>> = {
  personnummer: 10,
  samordningsnummer: 10,
  organisationsnummer: 10,
  phone: 10,
  card: 16,
  // Clearing and account: 4 + 7 digits at the fewest (UK: sort code and account, 6 + 8).
  bankAccount: 11,
};
/** "Nej förlåt, …", "Sorry, I mean …": a turn that corrects what was just said. */
const CORRECTION_START = /^[\s,.…]*(?:(?:eh|öh|uh|um|oj|oh),?\s*)?(?:nej|nä|no|sorry|förlåt|vänta|wait|fel|jag menar|i mean|rättelse|oops)(?![\p{L}])/iu;

/** The units a count is said in: "fyrtiofem år", "twelve weeks". */
const COUNT_UNITS = new Set(['år', 'years', 'dagar', 'days', 'veckor', 'weeks', 'månader', 'months', 'timmar', 'hours', 'procent', 'percent']);
/**
 * "Jag ser fyrtiofem år med inkomst i Sverige." "Nej, trettiofyra, resten är Norge.": after a whole answer, a turn
 * (`analysis`) opening with a correction and a number of two figures or fewer, then a comma and a word, puts right the
 * count the turn before (`before`) said (two figures or fewer before a count's unit, nothing of the turn taken as an identifier): it does not reopen the
 * question (Round 99). Not where the turn reads on in figures ("Nej, femtiotvå, tolv, …"): those stay under it.
 */
function countPutRight(before: UtteranceAnalysis | undefined, analysis: UtteranceAnalysis): boolean {
  if (!before || before.candidates.some((c) => IDENTIFIER_TYPES.includes(c.type))) return false;
  const counted = before.runs.some((run) => run.digits.length <= 2 && COUNT_UNITS.has(before.tokens[run.lastToken + 1]?.lower ?? ''));
  const { tokens, runs } = analysis;
  const first = runs[0];
  if (!counted || !first || first.digits.length > 2) return false;
  // (Review of round 99: only where no other number follows in the turn, the word after the comma is no filler, correcting
  // or linking word, "Nej, femtiotre, eh, tolv noll nio, …", "No, fifty-three, then …", and no birth or date word is in the
  // turn, "Nej, femtiotvå, det är mitt födelseår, …": those stay under the question, failing closed.)
  if (runs.length > 1 || tokens.some((t) => BIRTH_OR_DATE_WORD.test(t.lower))) return false;
  const lead = tokens.slice(0, first.firstToken);
  const after = tokens[first.lastToken + 2];
  return (
    lead.length <= 3 &&
    lead.every((t) => t.kind === 'punct' || CORRECTING_WORDS.has(t.lower)) &&
    tokens[first.lastToken + 1]?.text === ',' &&
    after?.kind === 'word' &&
    !isNumberToken(after) &&
    !HESITATIONS.has(after.lower) &&
    !CORRECTING_WORDS.has(after.lower) &&
    !COUNT_LINK_WORDS.has(after.lower)
  );
}
/** Words that carry a number on, not a count's correction ("…, och tolv noll nio", "…, then twelve", "…, er, …"). */
const COUNT_LINK_WORDS = new Set(['och', 'and', 'sen', 'sedan', 'then', 'alltså', 'i', 'jag', 'menar', 'mean', 'så', 'so', 'eller', 'or', 'er', 'plus', 'streck', 'dash']);
/** A birth or date word in the turn: "född", "födelseår", "born", "the year", "året". */
const BIRTH_OR_DATE_WORD = /^(?:född|födde|födelse\p{L}*|born|birth\p{L}*|year|året|årtal\p{L}*|datum|date)$/u;

/** The window after a turn of the one asked: the digits it gave of what was asked, and whether that is all. */
function counted(window: QuestionWindow, analysis: UtteranceAnalysis): QuestionWindow {
  const needed = ANSWER_DIGITS[window.cue];
  if (needed === undefined || window.complete) return window;
  const personal = window.cue === 'personnummer' || window.cue === 'samordningsnummer';
  // (An account's digits may pass another identifier's check, "8214-9, 934 567 281-3" an organisationsnummer's:
  // they are still the account asked for, and count towards it.)
  const asked = (type: EntityType) =>
    type === window.cue || (personal && (type === 'personnummer' || type === 'samordningsnummer')) || (window.cue === 'bankAccount' && IDENTIFIER_TYPES.includes(type));
  let digits = window.digits ?? 0;
  for (const run of analysis.runs) {
    // ("19 41 08 22, and the last four, um, 06 35": four digits after the date's six or eight complete a personal number,
    // whatever the turn alone took them for, round 40.)
    // (Only where the turn names them so: "My mobile's 0701", "clearingnumret är 8327" are no part of it, review of round 40.)
    const lastFour = personal && run.digits.length === 4 && (digits === 6 || digits === 8) && LAST_FOUR_NAMED.test(analysis.text.slice(0, run.start).slice(-40));
    if (analysis.candidates.some((c) => (asked(c.type) || (lastFour && IDENTIFIER_TYPES.includes(c.type))) && c.start < run.end && run.start < c.end)) digits += run.digits.length;
  }
  return changed(window, { digits, complete: digits >= needed });
}

/** A question after a value read back that asks only whether it is right: "stämmer det?", "is that right?", "sa du?". */
const CONFIRM_TAIL = new Set(['stämmer', 'det', 'eller', 'hur', 'rätt', 'va', 'visst', 'sa', 'du', 'right', 'is', 'that', "that's", 'correct', 'isn\'t', 'it', 'you', 'said', 'yes', 'ja']);
/** Words around a date read back: "Så den 3 maj, sa du?", "So the third of May, you said?" */
const READ_BACK_WORDS = new Set([
  'så', 'alltså', 'och', 'sa', 'du', 'menar', 'tack', 'okej', 'född', 'den', 'är', 'var', 'han', 'hon', 'förlåt', 'va',
  'so', 'and', 'you', 'said', 'mean', 'thanks', 'thank', 'okay', 'born', 'on', 'the', 'is', 'was', 'he', 'she', 'sorry',
  // ("Jag ser andra december fyrtioett här?", "I've got the second of December here?": what the asker sees, read back.)
  'jag', 'ser', 'har', 'här', 'i', 'see', 'have', "i've", 'got', 'here',
]);
/** A turn that begins by confirming what was read back, in a sentence of its own ("Ja, det stämmer. Jag låg på …"). */
const CONFIRMED_FIRST = /^[\s,]*(?:(?:ja|jo|yes|yeah|yep)(?:[\s,]+(?:precis|exakt|korrekt|det stämmer|stämmer|just det|that's right|that's correct|correct|exactly|right))?|precis|exakt|korrekt|det stämmer|stämmer|just det|that's right|that's correct|correct|exactly)[\s,]*[.!]\s/iu;
/** "And Lily's?", "What about your wife's?", "Och din mammas?", "Och hans?": a question for another's of the same. */
const ANOTHERS_TOO = /^\s*(?:(?:and|what about|how about)\s+(?:(?:your|his|her|their)\s+)?\p{L}+['’]s|(?:and|what about)\s+(?:his|hers|theirs|yours)|(?:och|men|hur är det med)\s+(?:(?:din|ditt|hans|hennes|deras|er)\s+)?\p{L}+s|och\s+(?:hans|hennes|deras|ditt|din|ert|er))\s*\?\s*$/iu;
/** What stands before a day said alone: "the fifth", "den femte". */
const DAY_ARTICLES = new Set(['the', 'den', 'on']);
/** "I have", "we've got", "jag har", "jag ser": a value read from the record, right before it (with "the"/"den"). */
const RECORD_READ = /^(?:i|we|jag|vi) (?:have|see|got|har|ser)$|^(?:i've|we've) got$/u;
/** Words after a date read that make it another date of the case: a payment, a decision, a deadline, an appointment. */
const OTHER_DATE_AFTER = /^(?:for|as|som|för|till|off|is|was|när|då|when|that's|det är|det var)(?![\p{L}])|(?:payment|pay|paid|decision|deadline|hearing|appointment|claim|started|review|utbetalning|utbetal|beslut|sista dag|ansökan|kom in|came in|överklag|möte|tid hos)/iu;
/**
 * Review 72: only the agent reading back ("I have the fifth of April, let me check", "Jag har tredje juli här, stämmer
 * det?"): the date alone or closing its clause, not "for the next payment", "som utbetalningsdag", "då fattades beslutet";
 * and only the first date so read in the turn.
 */
function fromTheRecord(tokens: readonly Token[], k: number, end: number, byAgent: boolean): boolean {
  if (!byAgent) return false;
  const j = DAY_ARTICLES.has(tokens[k - 1]?.lower ?? '') ? k - 1 : k;
  if (!RECORD_READ.test(`${tokens[j - 2]?.lower} ${tokens[j - 1]?.lower}`)) return false;
  const rest = tokens.slice(end + 1, end + 7);
  const next = rest[0];
  if (next && next.kind !== 'punct' && !['here', 'här', 'now', 'nu'].includes(next.lower)) return false;
  const said = rest.map((t) => t.text).join(' ').replace(/\s+([,.?!])/gu, '$1');
  return !OTHER_DATE_AFTER.test(said.replace(/^[\s,.?!]+/u, '').replace(/^(?:here|här|now|nu)[\s,]*/iu, '')) || /^(?:[,.?!]\s*)?(?:here|här)?[\s,]*(?:let me|is that|stämmer|right|correct|is it|eller hur|va)/iu.test(said);
}
/** Words that open a correction: "Nej februari", "no, March". */
const CORRECTING_WORDS = new Set(['nej', 'nä', 'no', 'inte', 'not', 'utan', 'but', 'men']);
/** "So I have …", "Då har jag …": the asker says back what was given. */
const READ_BACK_STATEMENT = /(?<![\p{L}])(?:(?:so|okay|ok|right|then)[,\s]+i(?:'ve got| have)|(?:så|då|okej)[,\s]+(?:har jag|jag har))(?![\p{L}])/iu;
/** A few words after a confirmation, no more than a date said again ("The thirty-first.", "Tolfte augusti."). */
const SHORT_REPEAT = /^\s*(?:\S+\s+){0,3}\S+[.!]?\s*$/u;
/** A turn that only confirms what was read back to its speaker. */
const CONFIRMATION = /^[\s,.!]*(?:(?:ja|jo|japp|jajamen|precis|exakt|korrekt|stämmer|det stämmer|just det|yes|yeah|yep|correct|exactly|right|that's right|that's correct|that's it)[\s,.!]*)+$/iu;

/** An answer read out in pieces takes a few turns; past that a number is a new topic. */
const WINDOW_TURNS = 6;
/** "mm", "ja, vänta", "och sen?": a turn this short keeps a question open. */
const SHORT_TURN_WORDS = 4;

function wordCount(tokens: Token[]): number {
  let words = 0;
  for (const t of tokens) if (t.kind === 'word') words++;
  return words;
}

function nextWindow(window: QuestionWindow | undefined, analysis: UtteranceAnalysis, speaker: Speaker, answering: boolean): QuestionWindow | undefined {
  const asked = calledOnly(analysis.tokens) ? undefined : closingCue(analysis.tokens);
  // "Och de sista fyra?", "And the last four?": the rest of what was asked for, not a new question.
  if (asked === 'generic' && window && window.cue !== 'generic') {
    const lastDigits = asksForLastDigits(analysis.tokens);
    // "Date of birth?" / … / "And the last four digits?": the rest of the personnummer.
    const afterBirth = lastDigits && window.cue === 'dateOfBirth';
    const cue = afterBirth ? 'personnummer' : window.cue;
    // (After the date of birth, its six digits are given: the last four complete the number.)
    return changed(window, { cue, left: WINDOW_TURNS, lastDigits, digits: afterBirth ? 6 : 0, complete: false });
  }
  // "Ja, hon var född trettiotvå, öh, sextonde november.": a statement that gives what its cue
  // names asks nothing of the next turn (a question still open stays open).
  const answersItself = asked !== undefined && analysis.tokens.at(-1)?.text !== '?' && analysis.candidates.some((c) => c.type === asked);
  // (A question gives it only in its own sentence: "Your husband, he's '51. And when were you born?" still asks, round 52's review.)
  const lastSentence = analysis.tokens.length > 0 ? analysis.tokens[sentenceStartOf(analysis.tokens, analysis.tokens.length - 1)]!.start : 0;
  const ofIt = analysis.candidates.filter((c) => c.type === asked && c.start >= lastSentence);
  // ("Och han är född 6 maj 1945, stämmer det?": a question that reads its own answer back asks for a confirmation.)
  // (The question only about it, after it: "…, stämmer det?", "…, is that right?"; not "…, så jag borde väl ha lägre skatt?".)
  const lastOfIt = ofIt.reduce((end, c) => Math.max(end, c.end), -1);
  const readsItBack = lastOfIt >= 0 && onlyAsksIfRight(analysis.tokens, lastOfIt);
  // ("Jag är född fyrtiosju, så jag borde väl ha lägre skatt nu?": a question that gives the value itself, not to have it
  // confirmed, asks something else.)
  const givesIt = lastOfIt >= 0 && !readsItBack;
  if (asked === 'address' && analysis.tokens.at(-1)?.text === '?' && TIME_ASKED.test(analysis.text)) return window && window.left > 1 ? { ...window, left: window.left - 1 } : undefined;
  if (asked && asked !== 'exempt' && !answersItself && !givesIt) {
    // ("And the last four of your personal number?": the last digits asked for, so an age said later is an age; the window
    // stays open for corrections and others' numbers, as for any personal number.)
    const lastFour = (asked === 'personnummer' || asked === 'samordningsnummer') && namesLastDigits(analysis.tokens.slice(sentenceStartOf(analysis.tokens, analysis.tokens.length - 1)));
    return { cue: asked, asker: speaker, left: WINDOW_TURNS, ...(readsItBack ? { readBack: true } : {}), ...(lastFour ? { lastDigits: true } : {}) };
  }
  // "Tjugoandra februari fyrtioåtta?": a date of birth read back with no word for it asks for it again (the answer may
  // correct it: "Nej, andra. Andra februari.").
  // (The turn only the date: "Så den 3 maj, sa du?" asks of it too; "Och han dog den 2 november 1998?" asks of a death.)
  const births = analysis.candidates.filter((c) => c.type === 'dateOfBirth');
  const dateOnly = births.length > 0 && analysis.tokens.every((t) => t.kind === 'punct' || READ_BACK_WORDS.has(t.lower) || births.some((c) => c.start <= t.start && t.end <= c.end));
  if (asked === undefined && analysis.tokens.at(-1)?.text === '?' && dateOnly) return { cue: 'dateOfBirth', asker: speaker, left: WINDOW_TURNS, readBack: true };
  // "Ditt clearingnummer är 8327-9, stämmer det?": an identifier read back from the records to be confirmed asks for it
  // again (the answer may correct it: "Nej, det är 6183", round 60), in the next turn only; a read-back of what is being
  // asked goes on below.
  const readBack = asked === undefined ? identifierReadBack(analysis) : undefined;
  if (readBack && readBack !== window?.cue) return { cue: readBack, asker: speaker, left: 2, readBack: true, complete: true };
  // "And the last four?" … "So I have her date of birth as the fourth of February thirty-one.": the asker's statement of what
  // was given reads it back as much as a question does (the answer may correct it: "No wait, it's the fifth").
  if (births.length > 0 && window && speaker === window.asker && analysis.tokens.at(-1)?.text !== '?' && READ_BACK_STATEMENT.test(analysis.text)) {
    // (Answered where the one asked had answered: what the next turn says later, "Ja, han fyllde nittiosex i somras, och han
    // dog den 28 november", is not it; a date read from the records before any answer leaves the question open.)
    return { cue: 'dateOfBirth', asker: speaker, left: WINDOW_TURNS, readBack: true, answered: window.answered === true };
  }
  // "Ni ville ha mitt passnummer." "Ja, läs gärna upp det.": the one who named it is now asked for it.
  if (window && speaker !== window.asker && !window.answered && READ_IT_OUT.test(analysis.text)) return { cue: window.cue, asker: speaker, left: WINDOW_TURNS };
  if (!window || window.left <= 1) return undefined;
  // "Och hyran?", "And your address?": a question about something else ends the answer; "Thanks, and
  // the last four?" asks for more of it, and after a whole answer "Och ditt eget?" asks it again.
  if (analysis.tokens.at(-1)?.text === '?') {
    // "Då har jag 49 11 04 - 72 85, stämmer det?": a number read back for confirmation asks for it
    // again (the answer may correct it: "Nej, 72 58").
    // ("Tack. Och du har haft firman sen...?": after a whole answer, a question trailing off is read by its last words; "Förlåt,
    // jag hörde inte riktigt...?" while the answer is still coming asks for the rest.)
    // ("And Lily's?", "Och din frus?": the same asked again, of another.)
    if (ANOTHERS_TOO.test(analysis.text.slice(analysis.tokens[sentenceStartOf(analysis.tokens, analysis.tokens.length - 1)]?.start ?? 0))) {
      return { cue: window.cue, asker: speaker, left: WINDOW_TURNS };
    }
    const trailingOff = window.complete === true && saysMoreBeforeTrailingOff(analysis.tokens);
    if ((asksOfOtherThings(analysis.tokens) || trailingOff) && !readsBackIdentifier(analysis)) return undefined;
    return window.complete ? { cue: window.cue, asker: speaker, left: WINDOW_TURNS, readBack: true } : { ...window, left: window.left - 1 };
  }
  // "Precis.", "Yes, that's right.": the read-back confirmed, the answer whole again.
  if (window.readBack && answering && analysis.runs.length === 0 && CONFIRMATION.test(analysis.text)) return changed(window, { complete: true, readBack: false });
  const waits = waitsForTheRest(window, analysis, answering);
  const answers =
    analysis.runs.length > 0 ||
    analysis.candidates.some((c) => c.type === 'dateOfBirth') ||
    wordCount(analysis.tokens) <= SHORT_TURN_WORDS ||
    stalls(analysis.tokens) ||
    waits ||
    (window.holding === true && answering && !window.complete && analysis.runs.length === 0);
  if (!answers) return undefined;
  const next = { ...window, left: window.left - 1, ...(waits ? { holding: true } : {}) };
  return answering ? counted(next, analysis) : next;
}

/** The identifier a question reads back, only asking whether it is right after it ("…, 8327-9, stämmer det?"). */
function identifierReadBack(analysis: UtteranceAnalysis): Cue | undefined {
  if (analysis.tokens.at(-1)?.text !== '?') return undefined;
  const last = analysis.candidates.reduce<Candidate | undefined>((latest, c) => (!latest || c.end > latest.end ? c : latest), undefined);
  return last && ANSWER_DIGITS[last.type] !== undefined && onlyAsksIfRight(analysis.tokens, last.end) ? last.type : undefined;
}
/** A question that, after offset `end`, only asks whether what it read back is right: "…, stämmer det?", "…, is that right?". */
const onlyAsksIfRight = (tokens: readonly Token[], end: number): boolean =>
  tokens.at(-1)?.text === '?' && tokens.every((t) => t.start < end || t.kind === 'punct' || CONFIRM_TAIL.has(t.lower));

/** "Läs gärna upp det", "Go ahead, read it out": a request for what the other has just named. */
const READ_IT_OUT = /(?<![\p{L}])(?:läs (?:gärna |bara )?upp (?:det|den|dem|dom|numret)|läs det|läsa (?:upp )?(?:det|den|dem|dom|numret)|read (?:it|that|them) (?:out )?(?:to|for) me|säg (?:det|numret)|varsågod|go ahead|read (?:it|that|them) (?:out|to me)|read it|let me have it|tell me (?:it|the number))(?![\p{L}])/iu;

/**
 * "Oj, vänta, jag måste tänka efter …", "Hang on, let me get my card": the one asked looks for the
 * answer; the turns after it still answer the question.
 */
const STALLING = new Set([
  'vänta', 'moment', 'ögonblick', 'tänka', 'kolla', 'hämta', 'leta', 'letar', 'hittar', 'minns', 'komma', 'ihåg',
  'wait', 'hang', 'moment', 'second', 'think', 'check', 'grab', 'find', 'look', 'remember',
]);
const stalls = (tokens: Token[]): boolean => tokens.some((t) => STALLING.has(t.lower));
/**
 * "…, trettio, tolv, vänta, jag har det på en lapp." "Ingen fara, ta den tid du behöver." "Tjugosju, och sen …": the asker's
 * own words, with no number and no question, that say it waits while the answer is begun and not whole, wait for the rest of
 * it (Round 98; fails closed: the pieces still to come are read under the question). Review of round 98: only words that
 * say so (`WAITS`), never words that move on ("Vi tar det sen, berätta vad det gäller så länge."); the stall itself need not
 * be a word the list knows ("öh, glasögonen, var är de nu"), and the window then holds (`holding`) through the one asked's
 * turns with no number ("Nu ska vi se, var la jag den.") until the answer is whole, the asker moves on or the turns run out.
 * Not where the asker does not wait: "…, er, no." "Maybe we start with your firm's name." moves on.
 */
const waitsForTheRest = (window: QuestionWindow, analysis: UtteranceAnalysis, answering: boolean): boolean =>
  !answering && !window.complete && (window.digits ?? 0) > 0 && analysis.runs.length === 0 && saysItWaits(analysis.text);
/**
 * "Ingen fara, ta den tid du behöver.", "No rush, I'll wait.": the asker's turn says it waits; not one that moves on ("Vi
 * tar det sen, berätta vad det gäller så länge.", "Never mind, tell me about the letter"; review of round 98).
 */
const WAITS =
  /(?<!\p{L})(?:ingen fara|ingen stress|ingen panik|ta (?:den|din|all|god|er|ert) tid|jag väntar|vi väntar|ingen brådska|det går bra|det gör inget|gott om tid|sitter kvar|är kvar|no rush|no hurry|no problem|take (?:your|all the|the) time|i'll wait|i will wait|i can wait|i'll hold|hold on|not going anywhere|plenty of time)(?!\p{L})/iu;
const MOVES_ON = /(?<!\p{L})(?:sen|senare|istället|strunt|berätta|later|instead|never mind|tell me)(?!\p{L})/iu;
const saysItWaits = (text: string): boolean => WAITS.test(text) && !MOVES_ON.test(text);

const LAST_WHAT = new Set(['four', 'fyra', 'digits', 'siffrorna', 'siffror']);
/** "Och de sista fyra?", "de fyra sista?", "and the last four?", "the last digits?" */
function asksForLastDigits(tokens: Token[]): boolean {
  return namesLastDigits(tokens.slice(-6));
}
/** "de sista fyra", "fyra sista", "the last four" among these tokens. */
function namesLastDigits(tokens: Token[]): boolean {
  const words = tokens.map((t) => t.lower);
  return words.some((w, k) => ((w === 'last' || w === 'sista') && LAST_WHAT.has(words[k + 1] ?? '')) || (w === 'fyra' && words[k + 1] === 'sista'));
}

/** Words of a short follow-up that asks for more of the same answer: "Och sen?", "Förlåt, vad sa du?" */
const FOLLOW_UP = new Set([
  // The rest of a date or number: "Och året?", "And the date?", "Och de sista?"
  'vilket', 'vilken', 'när', 'which', 'when', "what's",
  'datum', 'datumet', 'dag', 'dagen', 'månad', 'månaden', 'år', 'året', 'date', 'day', 'month', 'year', 'sista', 'last', 'digits', 'siffrorna',
  'kan', 'upprepa', 'ta', 'om', 'en', 'gång', 'till', 'långsamt', 'snälla', 'can', 'could', 'you', 'say', 'repeat', 'please', 'slowly', 'one', 'time',
  // The same for someone else: "Och ditt eget?", "And hers?"
  'ditt', 'din', 'eget', 'egna', 'hennes', 'hans', 'deras', 'er', 'ert', 'your', 'yours', 'own', 'his', 'her', 'hers', 'their', 'theirs',
  'tack', 'thanks', 'thank', 'och', 'sen', 'mer', 'resten', 'förlåt', 'ursäkta', 'va', 'vad', 'sa', 'du', 'igen', 'ja', 'jaha', 'okej', 'mm', 'precis', 'stämmer', 'det',
  'and', 'then', 'more', 'rest', 'sorry', 'pardon', 'what', 'again', 'yes', 'ok', 'okay', 'right', 'the', 'is', 'that', 'correct', 'was', 'it',
]);

/** A question ("…?") with a word that is neither a cue nor a follow-up's: it asks about something else. */
function asksOfOtherThings(tokens: Token[]): boolean {
  return tokens.at(-1)?.text === '?' && lastSentenceSaysMore(tokens);
}

/** A word in the last sentence (or the sentence of token `at`) that is no follow-up's, no filler between pieces, no number, and none of `also`. */
function lastSentenceSaysMore(tokens: Token[], also?: ReadonlySet<string>, at = tokens.length - 1): boolean {
  return tokens
    .slice(sentenceStartOf(tokens, at))
    .some((t) => t.kind === 'word' && !FOLLOW_UP.has(t.lower) && !BETWEEN_PIECES.has(t.lower) && !also?.has(t.lower) && numberWordAtoms(t.lower) === undefined);
}

/** "Och du har haft firman sen...?": the sentence of its last word, before the dots, says more than a follow-up. */
function saysMoreBeforeTrailingOff(tokens: Token[]): boolean {
  const lastWord = tokens.findLastIndex((t) => t.kind !== 'punct');
  return lastWord >= 0 && lastSentenceSaysMore(tokens, undefined, lastWord);
}

/**
 * "Då har jag 49 11 04 - 72 85, stämmer det?": the asker reading an identifier back to have it
 * confirmed, and nothing else asked ("…, och hur mycket fick du i juni?" asks about something else).
 */
function readsBackIdentifier(analysis: UtteranceAnalysis): boolean {
  const readBack = analysis.runs.some((run) => analysis.candidates.some((c) => IDENTIFIER_TYPES.includes(c.type) && c.start < run.end && run.start < c.end));
  return readBack && !lastSentenceSaysMore(analysis.tokens, READING_BACK);
}
/** Words of a read-back besides the number: "Då har jag …, stämmer det?", "So I have …, is that right?" */
const READING_BACK = new Set(['då', 'så', 'noterat', 'skrivit', 'skrev', 'rätt', 'eller', 'hur', 'so', 'have', 'got', 'noted', 'wrote', 'down', 'you', 'said', 'right']);

/** An answer given in pieces ("Hon bor på Norrbyn..." / "Mm." / "... fyra, 912 93 Vilhelmina") takes a few turns. */
const ADDRESS_TURNS = 4;
/** The cues of a question that leaves the address's turns open (what else it asks for ends them). */
const ADDRESS_CUES: ReadonlySet<Cue> = new Set<Cue>(['address', 'postcode', 'generic', 'exempt']);
const ADDRESS_QUESTION = rememberedTest(/adress|address|postnum|postcode|husnum|gatunum|zip/);
/** "What is the house number?", "Vilken gata?", "Which street?": parts of an address asked for. */
const ADDRESS_PART_QUESTION = new Set(['house', 'street', 'gata', 'gatan', 'gatunamnet', 'road', 'flat', 'apartment', 'lägenhet', 'lägenhetsnummer', 'lägenhetsnumret', 'rumsnummer', 'rumsnumret']);
const DWELLING = new Set(['bostad', 'bostaden', 'lägenhet', 'lägenheten', 'hus', 'huset', 'gård', 'gården', 'flat', 'apartment', 'house', 'property']);
/** "Vilket rum har han?", "Which room is she in?": a room someone has or lives in (not "Which room was the meeting in?"). */
const ROOM_HELD = new Set(['har', 'hade', 'bor', 'has', 'had', 'is', 'does']);
const WHICH = new Set(['vilken', 'vilket', 'which', 'what']);
/** "Vill du att jag skickar ett besked?", "Shall I post it?": the answer may say where to ("Ja, till Åsen 4"). */
const SENDING = new Set(['skicka', 'skickar', 'skickas', 'posta', 'postar', 'send', 'post']);

/** Verbs of calling that name a phone number only when asked or followed by where: "Vad kan jag ringa dig på?". */
const CALL_VERBS = new Set(['ring', 'ringa', 'ringer', 'nå', 'reach', 'call']);
/** A number's noun ("telefonnummer", "mobilen", "phone"): asked of the last words of every turn, so remembered per word. */
const NUMBER_NOUN = rememberedTest(/num|telefon|mobil|phone/);
/**
 * "… eller att vårdnadshavaren själv ringer.", "Jag ringer upp dig i morgon.": a statement that ends on a
 * verb of calling asks for no number (the answer "Barnen är nio och fjorton" is no phone number). Asked
 * ("Vilket nummer kan jag ringa?") or with where ("ring mig på"), it does; a number written as one is
 * always a phone number whatever was asked.
 */
function calledOnly(tokens: readonly Token[]): boolean {
  if (tokens.at(-1)?.text === '?') return false;
  for (let i = tokens.length - 1; i >= 0 && i >= tokens.length - 12; i--) {
    const t = tokens[i]!;
    if (t.kind === 'digits') return false;
    // (Read from the end: a number's noun after the verb has already answered false.)
    if (CALL_VERBS.has(t.lower)) return !['på', 'on', 'at'].includes(tokens[i + 1]?.lower ?? '');
    if (t.kind === 'word' && NUMBER_NOUN.test(t.lower)) return false;
  }
  return false;
}

/** "my address", "min adress": the speaker's own, spoken of. */
const OWN_BEFORE = new Set(['my', 'min', 'mitt', 'mina', 'vår', 'vårt', 'our']);
/** "Which years did you live there?", "Hur länge bodde du där?": a question of when, not where. */
const TIME_ASKED = /(?<![\p{L}])(?:which years?|what years?|when|how long|since when|vilka år|vilket år|när|hur länge|sedan när|sen när)(?![\p{L}])/iu;
/** "How many children live with you?", "Hur många bor hemma?": a count asked, not where (round 79). */
const COUNT_ASKED = /(?<![\p{L}])(?:how many|hur många)(?![\p{L}])/iu;

/**
 * "Vilken adress har hon?", "Och den nya adressen?", "Where do you live?": the turns after it may
 * begin with the address. Open until a turn of more than a few words gives none.
 */
function nextAddressTurns(left: number, analysis: UtteranceAnalysis): number {
  const { tokens } = analysis;
  const tail = tokens.slice(-12);
  const question = tokens.at(-1)?.text === '?';
  // ("Is my address sorted now?": one's own address asked about asks nobody for it; "Which years did you live in Sweden?"
  // asks when, not where (round 45).)
  const asksForIt = (k: number) => !(question && OWN_BEFORE.has(tail[k - 1]?.lower ?? ''));
  if (question && TIME_ASKED.test(analysis.text)) return left <= 1 ? 0 : left - 1;
  // ("How many children live with you?" asks how many, not where: the count answered is no address; round 79.)
  if (question && COUNT_ASKED.test(analysis.text)) return 0;
  const asks =
    tail.some((t, k) => t.kind === 'word' && ADDRESS_QUESTION.test(t.lower) && asksForIt(k)) ||
    tail.some(
      (t, k) =>
        // ("Var bor din mamma nu?": whose home is asked for; review 73.)
        (t.lower === 'bor' && ['du', 'hon', 'han', 'ni', 'hen', 'din', 'er', 'ert', 'dina', 'era'].includes(tail[k + 1]?.lower ?? '')) ||
        ((t.lower === 'live' || ADDRESS_PART_QUESTION.has(t.lower) || SENDING.has(t.lower)) && tokens.at(-1)?.text === '?') ||
        // "vilken bostad gäller det", "which flat is it": asked, question mark or not.
        (DWELLING.has(t.lower) && WHICH.has(tail[k - 1]?.lower ?? '')) ||
        ((t.lower === 'rum' || t.lower === 'room') && WHICH.has(tail[k - 1]?.lower ?? '') && ROOM_HELD.has(tail[k + 1]?.lower ?? '')),
    );
  // ("Mjölkuddsvägen 14?": an address read back as a question; the answer may correct it, "Nej, fyrtio, fyra noll", round 49.)
  // (A street read back, with its name: not number words a read-back of a personnummer happened to match.)
  const readBack = question && analysis.candidates.some((c) => c.type === 'address' && /\p{Lu}\p{Ll}/u.test(analysis.text.slice(c.start, c.end)));
  if (asks) return ADDRESS_TURNS;
  // (Its answer only: "Ja." ends it, and "När är du född?" asks for something else, round 49's review.)
  if (readBack) return Math.max(1, left - 1);
  if (left <= 1) return 0;
  const answered = analysis.candidates.some((c) => c.type === 'address' || c.type === 'postcode');
  return answered || wordCount(tokens) <= SHORT_TURN_WORDS || stalls(tokens) ? left - 1 : 0;
}

/** "Vad heter du?", "Och efternamnet?", "Vem pratar jag med?", "What's your name?", "Who am I speaking to?" */
const NAME_QUESTION = /(?:heter (?:du|hon|han|ni|din|er)|namn|vem (?:pratar|talar) jag med|vem är det som ringer|name|who am i (?:speaking|talking)|who's calling|who is calling|(?:and|och) (?:you|du) (?:are|är)\s*\?$)/;

/** "Vad heter din arbetsgivare?", "What's the company name?": a question for the name of a firm, a bank, a place, not a person's. */
const THING_NAMED = /\b(?:arbetsgivare|arbetsgivaren|bolag|bolaget|firma|firman|företag|företaget|banken|banks?|skolan|vårdcentralen|boendet|äldreboendet|company|company's|employer|employer's|firm|firm's|business|school|home's|care home)\b/;

/**
 * A question for a name: the next turn or two may begin with the name. Open through short turns
 * ("Förlåt?", "Mm"), closed by the first answer with more to it.
 */
function nextNameTurns(left: number, analysis: UtteranceAnalysis): number {
  const { tokens, text } = analysis;
  if (tokens.at(-1)?.text === '?') {
    // (The last sentence lower-cased only where it is a question: most turns are none.)
    const question = text.slice(text.lastIndexOf('.', text.length - 2) + 1).toLowerCase();
    if (NAME_QUESTION.test(question) && !THING_NAMED.test(question)) return 2;
  }
  if (left <= 1) return 0;
  // ("Fern, like the plant." / "Quennell.": a name explained is being spelled out, the rest may follow; round 52's review.)
  const explaining = /,\s*(?:(?:ja|jo|yes|yeah),\s*)?(?:like|as in|som i|som)\s/iu.test(text);
  return wordCount(tokens) <= SHORT_TURN_WORDS && (explaining || !analysis.candidates.some((c) => c.type === 'name')) ? left - 1 : 0;
}

/** Words that may stand between two pieces of one number: hesitation, "and then", corrections. */
const BETWEEN_PIECES = new Set([
  'eh', 'öh', 'ehm', 'öhm', 'hm', 'hmm', 'mm', 'och', 'sen', 'så', 'alltså', 'ja', 'jo', 'nej', 'nä', 'vänta', 'förlåt', 'jag',
  'menar', 'det', 'var', 'är', 'va', 'sista', 'de', 'fyra', 'på', 'slutet', 'end', 'uh', 'um', 'erm', 'and', 'then', 'the', 'last', 'sorry', 'no', 'wait',
  'i', 'mean', 'yes', 'yeah', 'ok', 'okay', 'oj', 'nu', 'blev', 'fel', 'rättare', 'sagt', 'actually', 'igen', 'inte', 'not',
  'streck', 'bindestreck', 'minus', 'dash', 'hyphen', 'again', 'that', "that's", 'wrong', 'vänta', 'förresten', 'alltså',
  // Looking the rest up: "sen kommer, vad var det, 50 37", "vänta, jag har det här", "hang on".
  'kommer', 'vad', 'har', 'här', 'hang', 'on', 'hold', 'let', 'me', 'see', 'check', 'kolla', 'titta', 'ska', 'se',
  // Unsure of a piece: "åtta fyra ett, noll noll tror jag, nej åtta fyra ett, tre noll".
  'tror', 'think', 'guess', 'kanske', 'maybe',
]);
const MAX_WORDS_BETWEEN = 5;
/**
 * "…, viisikymmentäkahdeksan, sorry, in English, fifty-eight thirty-nine", "Konton iyo afar, sorry, that's Somali, fifty-four …":
 * the language a piece is said again in, named between the pieces (round 75).
 */
const LANGUAGE_SWITCH = new Set(['in', 'say', 'says', 'said', 'säger', 'sa', 'it', 'he', 'she', 'han', 'hon']);

interface PlacedRun {
  utterance: number;
  run: NumberRun;
}

/**
 * "his number is 94, er, eleven oh six": English "er" set off by commas is a hesitation between pieces (Round 99: not in
 * `HESITATIONS`, where Swedish "er", you, would be read as one; between two commas it is no pronoun, and it only joins
 * pieces: fails closed).
 */
const erBetweenCommas = (tokens: readonly Token[], k: number): boolean => tokens[k]?.lower === 'er' && tokens[k - 1]?.text === ',' && tokens[k + 1]?.text === ',';

/** Only fillers and punctuation between tokens `from` and `to` (exclusive) of one utterance. */
function onlyFillers(tokens: Token[], from: number, to: number): boolean {
  let words = 0;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (t.kind === 'punct') continue;
    if (t.kind === 'word' && (LANGUAGES_SAID.has(t.lower) || (LANGUAGE_SWITCH.has(t.lower) && tokens.slice(i + 1, Math.min(to, i + 3)).some((u) => LANGUAGES_SAID.has(u.lower))))) continue;
    // ("…, eh, hon säger noll två nitton": an interpreter's frame between relayed pieces; round 92.)
    if (t.kind === 'word' && relayFrameHolds(tokens, i)) continue;
    if (erBetweenCommas(tokens, i)) continue;
    if (t.kind !== 'word' || !BETWEEN_PIECES.has(t.lower) || ++words > MAX_WORDS_BETWEEN) return false;
  }
  return true;
}

/**
 * An amount ("1 250 kronor"), a number named as a case number, a time ("mellan 9 och 12") or a page
 * ("sidan 3") is no piece of an identifier.
 */
function standsApart(p: PlacedRun, analyses: UtteranceAnalysis[]): boolean {
  const tokens = analyses[p.utterance]!.tokens;
  const before = tokens[p.run.firstToken - 1]?.lower ?? '';
  return (
    isAmountOrDay(tokens, p.run) ||
    readWithThousands(tokens, p.run) ||
    cueBefore(tokens, p.run.firstToken, -1, 4) === 'exempt' ||
    (p.run.digits.length <= 2 && isTime(tokens, p.run.firstToken)) ||
    PAGE_WORDS.has(before) ||
    ageSaid(tokens, p.run) ||
    // ("…-1238, de är elva och nio": "de/vi är" only after a whole number said before it in the turn, round 68's review.)
    (pluralAgeSaid(tokens, p.run) && wholeNumberBefore(tokens, p.run.firstToken)) ||
    expiryShaped(analyses[p.utterance]!.text, p.run)
  );
}
/** Ten digits or more written together (dashes and spaces between) earlier in the utterance: a whole number given. */
function wholeNumberBefore(tokens: readonly Token[], first: number): boolean {
  let digits = 0;
  for (let i = 0; i < first; i++) {
    const t = tokens[i]!;
    if (t.kind === 'digits') digits += t.text.replace(/\D/g, '').length;
    else if (t.text !== '-' && t.text !== '+') digits = 0;
    if (digits >= 10) return true;
  }
  return false;
}
/** "… 2981 8842, och sen 09/28 som står på": a month and a year with a slash is a card's expiry, no piece of its number. */
function expiryShaped(text: string, run: NumberRun): boolean {
  const m = /^(\d{2})\/(\d{2})$/.exec(text.slice(run.start, run.end));
  return m !== null && Number(m[1]) >= 1 && Number(m[1]) <= 12;
}
const PAGE_WORDS = new Set(['sida', 'sidan', 'page', 'paragraf', 'kapitel', 'rad', 'line']);
/**
 * "seven thousand four hundred and fifty", "tjugotretusen fyrahundra": a sum read with thousands, never
 * a piece of an identifier read over turns (the rent, corrected and read back, had joined into a
 * "card"); a year read so ("tvåtusenfem") still is one.
 */
function readWithThousands(tokens: readonly Token[], run: NumberRun): boolean {
  if (run.parts.every((part) => isYear(part.digits))) return false;
  return thousandsWordIn(tokens, run.firstToken, run.lastToken);
}

function continues(a: PlacedRun, b: PlacedRun, analyses: UtteranceAnalysis[]): boolean {
  if (standsApart(a, analyses) || standsApart(b, analyses)) return false;
  // ("the card ending 3352 on 2 October": a day with its month, in the same turn, is a date, no digit of the number before it.)
  // (A day is 1–31, its month no word of another use: not "34 mars", "23 may I ask why?".)
  const tokens = analyses[b.utterance]!.tokens;
  const after = tokens[b.run.lastToken + 1];
  const day = Number(b.run.digits) >= 1 && Number(b.run.digits) <= 31;
  const month = after && MONTHS.has(after.lower) && !['may', 'march', 'jul'].includes(after.text);
  if (a.utterance === b.utterance && b.run.digits.length <= 2 && day && month) return false;
  if (a.utterance === b.utterance) return onlyFillers(analyses[a.utterance]!.tokens, a.run.lastToken + 1, b.run.firstToken);
  const first = analyses[a.utterance]!.tokens;
  if (!onlyFillers(first, a.run.lastToken + 1, first.length) || !onlyFillers(analyses[b.utterance]!.tokens, 0, b.run.firstToken)) return false;
  // Between them only short turns without numbers ("mm", "ja?").
  for (let k = a.utterance + 1; k < b.utterance; k++) {
    const between = analyses[k]!.tokens;
    // "Personal number please.": a new question starts a new number.
    const asked = closingCue(between);
    if (analyses[k]!.runs.length > 0 || wordCount(between) > SHORT_TURN_WORDS || asksOfOtherThings(between) || (asked && asked !== 'generic')) return false;
  }
  return b.utterance - a.utterance <= 3;
}

/** What joined digits validate as, if anything. */
function validatedAs(digits: string, international: boolean, allowed: ReadonlySet<string>, yearSaid = false): EntityType | undefined {
  const personal = personalNumberKind(digits);
  if (personal) return personal;
  if (digits.length >= 13 && digits.length <= 19 && luhnValid(digits)) return 'card';
  const run = { digits, international };
  if (!yearSaid && isPhoneShaped(run) && !allowed.has(normalisedPhone(run))) return 'phone';
  return undefined;
}

function stitchNumbers(analyses: UtteranceAnalysis[], allowed: ReadonlySet<string>, speakers: readonly Speaker[]): void {
  const placed: PlacedRun[] = analyses.flatMap((a, utterance) => a.runs.map((run) => ({ utterance, run })));
  joinAcrossAsides(placed, analyses);
  let chainStart = 0;
  for (let i = 1; i <= placed.length; i++) {
    if (i < placed.length && continues(placed[i - 1]!, placed[i]!, analyses)) continue;
    if (i - chainStart >= 2) judgeChain(placed.slice(chainStart, i), analyses, allowed, speakers);
    chainStart = i;
  }
}

/** Words of an aside between two pieces of a number ("…, jag är skottårsbarn, och sen …"). */
const ASIDE_WORDS = 8;

/**
 * "trettiosex noll två tjugonio, jag är skottårsbarn, och sen fyrtiotre tio": two pieces with an
 * aside between them that together make a checksum-valid personnummer are one, whatever stands
 * between (privacy fails closed on what validates).
 */
function joinAcrossAsides(placed: PlacedRun[], analyses: UtteranceAnalysis[]): void {
  // ("It's 621283, sixty added, 4516", "sex två ett två åtta tre, plus sextio, fyra fem ett sex": the sixty added to the day,
  // said between the pieces, is left out of the join too; review 102, privacy fails closed on what validates.)
  const pairs: [PlacedRun, PlacedRun][] = [];
  for (let i = 1; i < placed.length; i++) {
    pairs.push([placed[i - 1]!, placed[i]!]);
    const sixty = placed[i - 1]!;
    if (i >= 2 && sixtyAdded(sixty.run, analyses[sixty.utterance]!.tokens)) pairs.push([placed[i - 2]!, placed[i]!]);
  }
  for (const [a, b] of pairs) {
    const digits = sixtyLeftOut(a, b, analyses);
    // The date and the last four (6 + 4, 8 + 4), neither an amount nor a case number.
    if ((digits.length !== 10 && digits.length !== 12) || Math.min(a.run.digits.length, b.run.digits.length) < 4) continue;
    if (b.utterance - a.utterance > 1 || wordsBetween(a, b, analyses) > ASIDE_WORDS || standsApart(a, analyses) || standsApart(b, analyses)) continue;
    const kind = personalNumberKind(digits);
    if (!kind) continue;
    for (const { utterance, run } of [a, b]) analyses[utterance]!.candidates.push({ type: kind, start: run.start, end: run.end, confidence: Confidence.validated });
  }
}

/**
 * The digits of two pieces joined, a sixty read into either left out where a word adds it: "621283, sixty added, 4516" reads
 * as "62128360" and "4516", "…, plus sixty, four five one six" as "604516" (review 102).
 */
function sixtyLeftOut(a: PlacedRun, b: PlacedRun, analyses: UtteranceAnalysis[]): string {
  const ta = analyses[a.utterance]!.tokens;
  const tb = analyses[b.utterance]!.tokens;
  const sixty = (t: Token | undefined) => ['sixty', 'sextio', '60'].includes(t?.lower ?? '');
  const aDigits = a.run.digits.length > 2 && a.run.digits.endsWith('60') && sixty(ta[a.run.lastToken]) && ADDING_SIXTY.has(ta[a.run.lastToken + 1]?.lower ?? '') ? a.run.digits.slice(0, -2) : a.run.digits;
  const bDigits = b.run.digits.length > 2 && b.run.digits.startsWith('60') && ((sixty(tb[b.run.firstToken]) && ADDING_SIXTY.has(tb[b.run.firstToken - 1]?.lower ?? '')) || (tb[b.run.firstToken]?.lower === 'plus' && sixty(tb[b.run.firstToken + 1]))) ? b.run.digits.slice(2) : b.run.digits;
  return aDigits + bDigits;
}

function wordsBetween(a: PlacedRun, b: PlacedRun, analyses: UtteranceAnalysis[]): number {
  if (a.utterance === b.utterance) return wordCount(analyses[a.utterance]!.tokens.slice(a.run.lastToken + 1, b.run.firstToken));
  return wordCount(analyses[a.utterance]!.tokens.slice(a.run.lastToken + 1)) + wordCount(analyses[b.utterance]!.tokens.slice(0, b.run.firstToken));
}

/**
 * A chain is one number being read out: if any stretch of it, or any stretch with one piece left
 * out (a piece the caller then corrected), validates as an identifier, every piece of the chain is
 * that identifier, the corrected ones and a repeat too ("41 05 28, nej 41 05 29, … 41 05 28-79 34").
 */
function judgeChain(chain: PlacedRun[], analyses: UtteranceAnalysis[], allowed: ReadonlySet<string>, speakers: readonly Speaker[]): void {
  if (chainIban(chain, analyses)) return;
  const found = chainIdentifier(chain, allowed) ?? chainForeignId(chain);
  const validated = found?.type;
  // Else, one piece redacted as an identifier makes the chain one: "914 224, 601, eh, 3", "X Y 4 4 1
  // 0 2, uh, 9 8". A year alone is left to its own rules ("…-1230, och 1998 flyttade jag").
  const type = validated ?? chainType(chain, analyses);
  if (!type) return;
  for (const [k, { utterance, run }] of chain.entries()) {
    if (!validated && run.parts.length === 1 && isYear(run.digits)) continue;
    // ("… 070-174 06 18, alltså inte på 0771-776 776, det är ert eget nummer": the agency's own number said after what
    // validates is no piece of it; inside it, "070 / 112 / 45 67", it is, round 48's review.)
    if (found && k > found.to && allowed.has(normalisedPhone(run))) continue;
    const tokens = analyses[utterance]!.tokens;
    // "Mormor är över hundra, så det är 250501+8552": a round number said before what validates
    // is a quantity, not a false start of the number.
    if (found && k < found.from && isRoundQuantity(run, tokens)) continue;
    // "… 118. Nio siffror.": how many digits the number has, said after it, is no piece of it.
    if (k > 0 && digitCountSaid(run, tokens, true)) continue;
    // ("…, fyrtiotre trettiosju. Det är plus sextio på dagen", "they add sixty to it": how the samordningsnummer's day is made,
    // said after it, is no piece of it; round 102.)
    if (validated === 'samordningsnummer' && k > found!.to && sixtyAdded(run, tokens)) continue;
    // "380905, uh, dash three seven two five": the spoken dash belongs to the piece after it.
    // ("hon är fjorton, 120917-7722": an age said before a personal number whole after it is kept; round 79.)
    // ("Zofia, twelve, 141102-…", "Hur gammal var han?" – "Trettioåtta. 880814-…":
    // an age said beside what validates, outside it, is no piece of it; round 81.)
    // (Not a piece with more of the chain after it, a number begun: "…-4103. Forty-six. Oh one seventy-one …"; the age asked
    // by the other speaker only; a name by the lists or found; review 81.)
    const askedAge = utterance > 0 && speakers[utterance - 1] !== speakers[utterance] && asksAge(analyses[utterance - 1]!.tokens);
    const named = (t: Token) => analyses[utterance]!.candidates.some((c) => c.type === 'name' && c.start <= t.start && t.end <= c.end);
    if (found && (k < found.from || (k > found.to && k === chain.length - 1)) && ageBesideNumber(tokens, run, askedAge, k < found.from, named)) continue;
    const withoutAge = found !== undefined ? withoutAgeBefore(tokens, run) : run;
    const start = withoutAge !== run ? withoutAge.start : DASH_WORDS.has(tokens[run.firstToken - 1]?.lower ?? '') ? tokens[run.firstToken - 1]!.start : run.start;
    analyses[utterance]!.candidates.push({ type, start, end: run.end, confidence: validated ? Confidence.validated : Confidence.cued });
  }
}

/** Words that add the sixty to a samordningsnummer's day: "plus sextio", "add sixty", "sixty added", "lägger till sextio". */
const ADDING_SIXTY = new Set(['plus', 'add', 'adds', 'added', 'adding', 'lägger', 'lägg', 'lagt', 'läggs', 'lade', 'adderar', 'adderat']);
/** Run `run` is sixty alone, with a word that adds it before it (or its own "plus") or right after it (round 102). */
const sixtyAdded = (run: NumberRun, tokens: readonly Token[]): boolean =>
  run.digits === '60' && (run.international || ADDING_SIXTY.has(tokens[run.firstToken - 1]?.lower ?? '') || ADDING_SIXTY.has(tokens[run.lastToken + 1]?.lower ?? '') ||
    (tokens[run.firstToken - 1]?.lower === 'till' && ADDING_SIXTY.has(tokens[run.firstToken - 2]?.lower ?? '')));

/**
 * "Ebba, hon är fjorton, 120917-7722", "he's twelve, 140724-1551": a run whose first part is an age (`ageSaid`), set off by a
 * comma, and whose rest is a whole personal number whose check digit holds, without the age (round 79); any other run as it
 * is. Fails closed: the age only where the number needs none of its digits.
 */
function withoutAgeBefore(tokens: Token[], run: NumberRun): NumberRun {
  const [first, ...rest] = run.parts;
  if (!first || rest.length === 0 || tokens[first.lastToken + 1]?.text !== ',') return run;
  if (!ageBesideNumber(tokens, { ...run, parts: [first], digits: first.digits, end: first.end, lastToken: first.lastToken }, false, true)) return run;
  const digits = rest.map((p) => p.digits).join('');
  return personalNumberKind(digits) === undefined ? run : { ...run, parts: rest, digits, start: rest[0]!.start, firstToken: rest[0]!.firstToken };
}

/**
 * "SE, fyrtiofem …" / "mm" / "… femtio noll noll noll": an IBAN read over turns, its country code
 * before the first piece (or at the end of the turn before it), is one when its check digits hold.
 */
function chainIban(chain: PlacedRun[], analyses: UtteranceAnalysis[]): boolean {
  for (let from = 0; from < chain.length; from++) {
    const { utterance, run } = chain[from]!;
    let at = utterance;
    let country = ibanCountryBefore(analyses[utterance]!.tokens, run.firstToken);
    if (!country && utterance > 0 && onlyFillers(analyses[utterance]!.tokens, 0, run.firstToken)) {
      const before = analyses[utterance - 1]!.tokens;
      country = ibanCountryBefore(before, before.length);
      at = utterance - 1;
    }
    if (!country) continue;
    const pieces = chain.slice(from).flatMap((p) => p.run.parts.map((part) => ({ utterance: p.utterance, part })));
    const k = ibanPieces(country.letters, [...country.lead, ...pieces.map((p) => p.part.digits)]) - country.lead.length;
    if (k <= 0) continue;
    const countryToken = analyses[at]!.tokens[country.token]!;
    analyses[at]!.candidates.push({ type: 'iban', start: countryToken.start, end: at === utterance ? run.start : countryToken.end, confidence: Confidence.validated });
    for (const { utterance: u, part } of pieces.slice(0, k)) analyses[u]!.candidates.push({ type: 'iban', start: part.start, end: part.end, confidence: Confidence.validated });
    return true;
  }
  return false;
}

const CHAIN_TYPES = new Set<EntityType>([...IDENTIFIER_TYPES, 'postcode']);

/** The identifier (or postcode) one piece of the chain was redacted as, by a cue or a checksum. */
function chainType(chain: PlacedRun[], analyses: UtteranceAnalysis[]): EntityType | undefined {
  for (const { utterance, run } of chain) {
    // Cued or validated, or a long number (9+ digits) that is an identifier by its length alone.
    const found = analyses[utterance]!.candidates.find(
      (c) => CHAIN_TYPES.has(c.type) && c.start < run.end && run.start < c.end && (c.confidence >= Confidence.cued || (c.type === 'idNumber' && run.digits.length >= 9)),
    );
    if (found) return found.type;
  }
  return undefined;
}

/** "hundra", "tvåtusen": a round number said in words. */
const isRoundQuantity = (run: NumberRun, tokens: Token[]): boolean => run.parts.length === 1 && tokens[run.firstToken]!.kind === 'word' && /^[1-9]\d*00$/.test(run.digits);

/** What the chain validates as, and the first and last pieces of the stretch that does. */
function chainIdentifier(chain: PlacedRun[], allowed: ReadonlySet<string>): { type: EntityType; from: number; to: number } | undefined {
  for (let from = 0; from < chain.length; from++) {
    const international = chain[from]!.run.international;
    let digits = '';
    for (let to = from; to < chain.length && digits.length < 19; to++) {
      digits += chain[to]!.run.digits;
      // "… shows zero. 2019. No, sorry, 2018.": a year said and corrected to a year near it is no two groups of a phone
      // number, which only its shape would make one (one year alone may be a group: "070. 1985. 43 21." is a phone
      // number; a personal number read with its year validates by its checksum).
      const years = chain.slice(from, to + 1).filter((p) => p.run.parts.length === 1 && p.run.digits.length === 4 && isYear(p.run.digits)).map((p) => Number(p.run.digits));
      const yearSaid = years.some((a, k) => years.slice(k + 1).some((b) => a !== b && Math.abs(a - b) < 10));
      const type = validatedAs(digits, international, allowed, yearSaid);
      // (A personal number read with one piece said again in another language, "nineteen forty-four, zero one eleven, eh,
      // viisikymmentäkahdeksan, sorry, in English, fifty-eight thirty-nine", is that, before a card that one in ten runs
      // of fourteen digits passes the Luhn check as; round 75.)
      if (type === 'card' && digits.length <= 14) {
        for (let skip = from + 1; skip < to; skip++) {
          const personal = personalNumberKind(chain.slice(from, to + 1).filter((_, k) => k !== skip - from).map((p) => p.run.digits).join(''));
          if (personal) return { type: personal, from, to };
        }
      }
      if (type) return { type, from, to };
      for (let skip = from; skip < to; skip++) {
        // "noll sju noll, sju åtta åtta... nej sju åtta nio, tolv trettiofyra": a piece corrected
        // mid-way, left out; "femtiotre elva noll nio, noll ett, nej, noll ett tjugonio": or the
        // last groups of one said again, corrected, at the start of the next.
        for (const corrected of correctedReadings(chain, from, to, skip)) {
          const kind = validatedAs(corrected, international, allowed, yearSaid);
          if (kind) return { type: kind, from, to };
        }
      }
    }
  }
  return undefined;
}

/**
 * A PESEL or a fødselsnummer read in pieces, "seven five zero five two four, nine nine... nine four four" (round 75): eleven
 * digits of the chain whose check digits hold, where nothing else in it validated; not begun with a year said alone.
 */
function chainForeignId(chain: PlacedRun[]): { type: EntityType; from: number; to: number } | undefined {
  for (let from = 0; from < chain.length; from++) {
    if (chain[from]!.run.parts.length === 1 && isYear(chain[from]!.run.digits)) continue;
    let digits = '';
    for (let to = from; to < chain.length && digits.length < 11; to++) {
      digits += chain[to]!.run.digits;
      if (digits.length === 11 && foreignIdHolds(digits)) return { type: 'idNumber', from, to };
    }
  }
  return undefined;
}

/** The chain's digits from `from` to `to` with piece `skip` left out (not the first), or with its last one to three groups left out. */
function* correctedReadings(chain: PlacedRun[], from: number, to: number, skip: number): Generator<string> {
  const before = chain.slice(from, skip).map((p) => p.run.digits).join('');
  const after = chain.slice(skip + 1, to + 1).map((p) => p.run.digits).join('');
  if (skip > from) yield before + after;
  const parts = chain[skip]!.run.parts;
  for (let k = 1; k <= 3 && k < parts.length; k++) yield before + parts.slice(0, -k).map((p) => p.digits).join('') + after;
}

/** A turn that names a number as someone's own identifier, not a case's: "alltså personnumret", "my passport number". */
const OTHER_NUMBER_SAID = /(?:person|samordnings|kund|pass|kort|konto|telefon)num|personnr|mitt eget|min egen|födelse|passport|pan card|card|customer|account|phone|date of birth|birthday|social security|national insurance/iu;
/** What a turn may begin with before the postcode it adds to an address: "Ja, 827 30.", "Yes, and 412 63." */
const POSTCODE_LEADS = new Set([',', 'ja', 'jo', 'och', 'precis', 'stämmer', 'yes', 'yeah', 'and', 'right', ...HESITATIONS]);

/** What may come before half a postcode said to put one right: "No, 4M2", "Sorry, it's 4M2", "Nej, det är 4M2". */
const HALF_LEADS = new Set([...POSTCODE_LEADS, 'no', 'nej', 'nä', 'nope', 'sorry', 'förlåt', 'oh', 'wait', 'vänta', 'actually', 'it', "it's", 'it’s', 'is', 'det', 'är', 'the', 'last', 'second', 'sista', 'andra', 'half', 'part', 'delen', 'ends', 'end', 'in', 'på', 'slutar']);
/** Half of a Canadian or British postcode: "4M2", "R3T", "1DQ". */
const POSTCODE_HALF = /(?<![\p{L}\p{N}])(?:\d\p{Lu}\d|\d\p{Lu}{2}|\p{Lu}\d\p{Lu})(?![\p{L}\p{N}])/gu;
/**
 * "R3T 4N2?" / "No, 4M2, M as in Mary.": in the turn right after a postcode of letters and figures, half of one said alone is
 * that postcode put right (round 73; the samtal UI showed it).
 */
function postcodeHalvesPutRight(analyses: UtteranceAnalysis[]): void {
  // (Only after a postcode the rules found, not one this pass added: no chain of halves through the call.)
  const lettered = analyses.map((a) => a.candidates.some((c) => c.type === 'postcode' && /\p{L}/u.test(a.text.slice(c.start, c.end)) && /\d/u.test(a.text.slice(c.start, c.end))));
  for (let u = 1; u < analyses.length; u++) {
    if (!lettered[u - 1]) continue;
    const a = analyses[u]!;
    for (const m of a.text.matchAll(POSTCODE_HALF)) {
      const start = m.index;
      const end = start + m[0].length;
      // (Review 73: only a half said alone, after no more than "No," or "It's" and closing its clause: "No, 4M2, M as in Mary";
      // not "at 3PM", "the B2B account", "reference 4AB?", "the 1DQ form".)
      const before = a.text.slice(0, start).toLowerCase().split(/[^\p{L}'’]+/u).filter(Boolean);
      if (!before.every((w) => HALF_LEADS.has(w)) || !/^\s*(?:[,.!?]|$)/u.test(a.text.slice(end))) continue;
      if (!a.candidates.some((c) => c.start < end && start < c.end)) a.candidates.push({ type: 'postcode', start, end, confidence: Confidence.cued });
    }
  }
}

/**
 * "… folkbokföringsadress, Norra Åsvägen 12." / "Ja, 827 30.": the next turn adds the postcode, alone (a Swedish one's
 * three and two digits, closing the clause), to an address just said by either speaker (round 47).
 */
function postcodesAfterAddresses(analyses: UtteranceAnalysis[]): void {
  for (let u = 1; u < analyses.length; u++) {
    if (!analyses[u - 1]!.candidates.some((c) => c.type === 'address')) continue;
    const { tokens, candidates } = analyses[u]!;
    let k = 0;
    while (k < 4 && POSTCODE_LEADS.has(tokens[k]?.lower ?? '')) k++;
    const [a, b, after] = [tokens[k], tokens[k + 1], tokens[k + 2]];
    if (a?.kind !== 'digits' || a.text.length !== 3 || b?.kind !== 'digits' || b.text.length !== 2 || (after && after.kind !== 'punct')) continue;
    candidates.push({ type: 'postcode', start: a.start, end: b.end, confidence: Confidence.cued });
  }
}

/** What a reply begins with when it puts a read-back right: "No, two two one five.", "Nej, femton". */
const PUT_RIGHT = new Set(['no', 'nope', 'nej', 'nä', 'not', 'inte']);
/** The words a reply may say besides the number it puts right: "No, just five.", "Nej, bara sju, alltså." */
const ONLY_THE_NUMBER = new Set(['just', 'only', 'bara', 'alltså', 'number', 'nummer', 'it', "it's", 'is', 'det', 'är', 'sorry', 'förlåt', ...HESITATIONS]);
/**
 * "So 2250 Lyndale Avenue South?" "No, two two one five. Twenty-two fifteen.", "Skolgatan 15, entrance C?" "No, just five.":
 * the numbers a reply puts right, after the other speaker read an address back as a question, are the house's (round 55).
 * Only a sentence that says the number alone (or twice, "Nej, sju, bara sju"), and not a year or a number with its unit ("No,
 * 2019", "Nej, tre veckor").
 */
function houseNumbersPutRight(analyses: UtteranceAnalysis[], utterances: readonly Utterance[]): void {
  for (let u = 1; u < analyses.length; u++) {
    const asked = analyses[u - 1]!;
    if (utterances[u]!.speaker === utterances[u - 1]!.speaker || asked.tokens.at(-1)?.text !== '?' || !asked.candidates.some((c) => c.type === 'address')) continue;
    const { tokens, runs, candidates } = analyses[u]!;
    if (!PUT_RIGHT.has(tokens[0]?.lower ?? '')) continue;
    // (Only a sentence that says the number and nothing else: "No, just five.", "Twenty-two fifteen."; not "No, I'm 45.",
    // "Nej, 15 mars flyttade jag", "No, the case is 4471", round 55's review.)
    const alone = (run: NumberRun) => {
      const from = sentenceStartOf(tokens, run.firstToken);
      const words = [...tokens.slice(from, run.firstToken), ...tokens.slice(run.lastToken + 1, sentenceEndOf(tokens, run.lastToken))];
      // ("Nej, sju, bara sju.": the same number said twice in the sentence, round 79.)
      const again = (t: Token) => runs.some((r) => r !== run && r.digits === run.digits && r.start <= t.start && t.end <= r.end);
      return words.every((t) => t.kind === 'punct' || PUT_RIGHT.has(t.lower) || ONLY_THE_NUMBER.has(t.lower) || again(t));
    };
    const twoSentences = sentenceEndOf(tokens, sentenceEndOf(tokens, 0));
    for (const run of runs) {
      if (run.firstToken >= twoSentences || !alone(run) || run.digits.length > 4 || isYear(run.digits)) continue;
      candidates.push({ type: 'address', start: run.start, end: run.end, confidence: Confidence.cued });
    }
  }
}

/**
 * "No, seven one eight at the end." "718, thanks.", "No, nine one at the end." "Nine one, thank you.": the other speaker's
 * turn that begins by saying again the short piece of an identifier just redacted (too short for the call's memory) says
 * that piece (round 56).
 */
function piecesEchoed(analyses: UtteranceAnalysis[], utterances: readonly Utterance[]): void {
  for (let u = 1; u < analyses.length; u++) {
    // (Not the answer to a question the turn before asks: "78. And your age, please?" "78.", round 56's review.)
    if (utterances[u]!.speaker === utterances[u - 1]!.speaker || analyses[u - 1]!.tokens.at(-1)?.text === '?') continue;
    const before = analyses[u - 1]!;
    const pieces = new Map<string, EntityType>();
    for (const run of before.runs) {
      const taken = before.candidates.find((c) => IDENTIFIER_TYPES.includes(c.type) && c.start <= run.start && run.end <= c.end);
      if (taken && run.digits.length >= 2 && run.digits.length <= 3) pieces.set(run.digits, taken.type);
    }
    if (pieces.size === 0) continue;
    const { runs, candidates } = analyses[u]!;
    const first = runs[0];
    const type = first && first.firstToken <= 1 && !UNITS.has(analyses[u]!.tokens[first.lastToken + 1]?.lower ?? '') ? pieces.get(first.digits) : undefined;
    if (first && type) candidates.push({ type, start: first.start, end: first.end, confidence: Confidence.cued });
  }
}

/** Words before a day or a count, never a piece: "den 23 december", "the 8th", "after day 14", "dagen 12". */
const DAY_OR_COUNT_BEFORE: ReadonlySet<string> = new Set([...DAY_ARTICLES, 'day', 'dag', 'dagen', 'dagar', 'days']);
/**
 * The run is said as the pair alone, figures or words ("85", "åttiofem"; not "43.330"), not a day with its month, a day or
 * count named before it, an age or how many digits a number has.
 */
function echoesAPair(tokens: Token[], text: string, run: NumberRun): boolean {
  const figures = text.slice(run.start, run.end).replace(/\D/gu, '');
  if (figures !== '' && figures !== run.digits) return false;
  const after = tokens[run.lastToken + 1]?.lower ?? '';
  if (MONTHS.has(after) || UNITS.has(after) || DAY_OR_COUNT_BEFORE.has(tokens[run.firstToken - 1]?.lower ?? '')) return false;
  return !digitCountSaid(run, tokens, true) && !ageSaid(tokens, run);
}
/** Names of a personal number's pieces after "som"/"as"/"the": "fyrtioett som år", "eleven as the day", "thirty-eight the year". */
const PIECE_NAMES: ReadonlySet<string> = new Set(['år', 'året', 'dag', 'dagen', 'månad', 'månaden', 'year', 'day', 'month']);
/** "… på slutet", "… at the end", "sist", "på slutet …", "at the end …". */
const PIECE_ENDS: ReadonlySet<string> = new Set(['slutet', 'sist', 'end']);
/** "börjar på …", "slutar på …", "starts with …", "ends in …". */
const PIECE_BOUNDS: ReadonlySet<string> = new Set(['börjar', 'slutar', 'start', 'starts', 'starting', 'ends', 'ending']);
/** Words of a turn that only says the piece again: "Ja, fyrtioett, det stämmer.", "Eighty-five?", "Okej, tjugoåtta, tack." */
const PIECE_TURN_FILLERS: ReadonlySet<string> = new Set([
  'ja', 'jo', 'nej', 'precis', 'okej', 'ok', 'mm', 'tack', 'det', 'stämmer', 'just', 'så', 'alltså', 'öh', 'eh', 'sa', 'du',
  'yes', 'yeah', 'no', 'right', 'okay', 'thanks', 'thank', 'you', "that's", 'correct', 'exactly', 'so', 'er', 'um', 'said',
]);
/** Words between two pieces read back in order: "fyrtioett, noll sex", "thirteen, then fifty-seven", "13 och 57". */
const BETWEEN_ECHOED_PIECES: ReadonlySet<string> = new Set(['och', 'sen', 'sedan', 'streck', 'and', 'then', 'dash']);

/** Word tokens up to two before the run and three after it (punctuation left out). */
function wordsAround(tokens: readonly Token[], run: NumberRun): { before: string[]; after: string[] } {
  const before: string[] = [];
  for (const t of tokens.slice(0, run.firstToken).reverse()) if (before.length < 2 && t.kind !== 'punct') before.unshift(t.lower);
  const after: string[] = [];
  for (const t of tokens.slice(run.lastToken + 1)) if (after.length < 3 && t.kind !== 'punct') after.push(t.lower);
  return { before, after };
}
/**
 * The run is said as a piece by a cue within two words: "sjuttiotvå som dag", "forty-one as the year", "thirty-eight the
 * year", "tjugoåtta på slutet", "at the end", "sist", "börjar på åttiofem", "starts with forty-one" (review of round 98).
 */
function pieceCued(tokens: readonly Token[], run: NumberRun): boolean {
  const { before, after } = wordsAround(tokens, run);
  const [a0 = '', a1 = '', a2 = ''] = after;
  if ((a0 === 'som' || a0 === 'as' || a0 === 'the') && (PIECE_NAMES.has(a1) || (a1 === 'the' && PIECE_NAMES.has(a2)))) return true;
  if ((a0 === 'på' && a1 === 'slutet') || (a0 === 'at' && a1 === 'the' && a2 === 'end')) return true;
  if (a0 === 'sist') return true;
  // ("Sjuttiotvåan, sa du femtiosju?", "did you say fifty-seven?": a piece asked after, the turn's last words.)
  if (((before[0] === 'sa' && before[1] === 'du') || (before[0] === 'you' && before[1] === 'say') || (before[0] === 'you' && before[1] === 'said')) && run.lastToken + 1 === tokens.length - 1 && tokens.at(-1)?.text === '?') return true;
  if (before.some((w) => PIECE_ENDS.has(w))) return true;
  return PIECE_BOUNDS.has(before[0] ?? '') && ['på', 'with', 'in', 'med'].includes(before[1] ?? '');
}
/**
 * The turn says the run and nothing else but fillers, punctuation and what is redacted already: "Åttiofem?", "Ja, fyrtioett,
 * det stämmer.", "Tack, Anders, fyrtioett, ja."
 */
const turnIsTheRun = (tokens: readonly Token[], run: NumberRun, candidates: readonly Candidate[]): boolean =>
  tokens.every(
    (t, k) =>
      (k >= run.firstToken && k <= run.lastToken) || t.kind === 'punct' || PIECE_TURN_FILLERS.has(t.lower) || candidates.some((c) => c.start <= t.start && t.end <= c.end),
  );
/**
 * Runs of the turn that are two or more of the number's pieces read back in its own order, one right after the other:
 * "fyrtioett, noll sex", "thirteen, then fifty-seven" (only punctuation or "och"/"sen"/"and"/"then" between).
 */
function piecesReadBack(tokens: readonly Token[], runs: readonly NumberRun[], orderOf: ReadonlyMap<string, ReadonlySet<number>>): Set<NumberRun> {
  const found = new Set<NumberRun>();
  for (const [r, b] of runs.entries()) {
    const a = runs[r - 1];
    if (!a) continue;
    const from = orderOf.get(a.digits);
    const to = orderOf.get(b.digits);
    if (!from || !to || ![...from].some((at) => to.has(at + 1))) continue;
    if (!tokens.slice(a.lastToken + 1, b.firstToken).every((t) => t.kind === 'punct' || BETWEEN_ECHOED_PIECES.has(t.lower))) continue;
    found.add(a).add(b);
  }
  return found;
}

/**
 * "…, 461185-5596." "Ja, det börjar på åttiofem som dag.": a pair of a checksum-valid personal number the other speaker
 * said in the turn before (its year, month, day or a pair of the last four, or the last four), said again anywhere in
 * the next turn, is that piece of it, not a count (Round 98; fails closed; not before a unit, nor an amount or a time).
 */
function personalPairsEchoed(analyses: UtteranceAnalysis[], utterances: readonly Utterance[]): void {
  for (let u = 1; u < analyses.length; u++) {
    if (utterances[u]!.speaker === utterances[u - 1]!.speaker || analyses[u]!.runs.length === 0) continue;
    const before = analyses[u - 1]!;
    const pieces = new Map<string, EntityType>();
    const orderOf = new Map<string, Set<number>>();
    for (const c of before.candidates) {
      if (c.confidence < Confidence.validated || (c.type !== 'personnummer' && c.type !== 'samordningsnummer')) continue;
      const digits = digitsWithin(before.runs, c);
      if (personalNumberKind(digits) !== c.type) continue;
      const ten = digits.slice(-10);
      // (Each piece with its place in the number: the year 0, month 1, day 2, the last four's pairs 3 and 4, the last four 3.)
      [ten.slice(0, 2), ten.slice(2, 4), ten.slice(4, 6), ten.slice(6, 8), ten.slice(8), ten.slice(6)].forEach((piece, at) => {
        pieces.set(piece, c.type);
        const places = orderOf.get(piece) ?? new Set<number>();
        places.add(at === 5 ? 3 : at);
        orderOf.set(piece, places);
      });
    }
    if (pieces.size === 0) continue;
    const { runs, tokens, text, candidates } = analyses[u]!;
    const readBack = piecesReadBack(tokens, runs, orderOf);
    for (const run of runs) {
      const type = pieces.get(run.digits);
      if (!type || standsApart({ utterance: u, run }, analyses) || !echoesAPair(tokens, text, run)) continue;
      if (!readBack.has(run) && !pieceCued(tokens, run) && !turnIsTheRun(tokens, run, candidates)) continue;
      candidates.push({ type, start: run.start, end: run.end, confidence: Confidence.cued });
    }
  }
}

/**
 * The words for a part of a personal number's date, definite as one names a part of something said: "the day's …", "dagen
 * är …", "the month is …" (not "after day 14", "från dag två": a day counted; English "day" only after "the").
 */
const DATE_PART_WORDS: ReadonlyMap<string, 'day' | 'month' | 'year'> = new Map([
  ['day', 'day'], ["day's", 'day'], ['dagen', 'day'], ['födelsedagen', 'day'],
  ['month', 'month'], ["month's", 'month'], ['månaden', 'month'],
  ['year', 'year'], ["year's", 'year'], ['året', 'year'], ['födelseåret', 'year'],
]);
const ENGLISH_BARE_PARTS = new Set(['day', 'month', 'year']);
const DATE_PART_LINKS = new Set(['is', 'was', 'är', 'var', 'alltså', 'then', 'då', ...HESITATIONS]);
/** The date parts (yy, mm, dd; and yyyy where read whole) of the personal numbers a turn's candidates hold. */
function personalDateParts(analysis: UtteranceAnalysis): Map<string, EntityType>[] {
  const parts = [new Map<string, EntityType>(), new Map<string, EntityType>(), new Map<string, EntityType>()];
  let digits = '';
  let type: EntityType | undefined;
  for (const run of analysis.runs) {
    const taken = analysis.candidates.find((c) => (c.type === 'personnummer' || c.type === 'samordningsnummer' || c.type === 'idNumber') && c.start <= run.start && run.end <= c.end);
    if (!taken) continue;
    digits += run.digits;
    type ??= taken.type;
  }
  if (!type || (digits.length !== 10 && digits.length !== 12)) return parts;
  const date = digits.length === 12 ? digits.slice(2, 8) : digits.slice(0, 6);
  // (Its kind by the figures where they hold: a day of 61–91 is a co-ordination number's, whatever piece was taken first.)
  // (An identity number's pieces only where the figures hold as one: "the day's" then names no other number's part.)
  const kind = personalNumberKind(digits.slice(-10));
  if (kind === 'personnummer' || kind === 'samordningsnummer') type = kind;
  else if (type === 'idNumber') return parts;
  parts[0]!.set(date.slice(0, 2), type);
  if (digits.length === 12) parts[0]!.set(digits.slice(0, 4), type);
  parts[1]!.set(date.slice(2, 4), type);
  parts[2]!.set(date.slice(4, 6), type);
  return parts;
}

/**
 * "…, oh eight seventy-five, it's a co-ordination number, …" "Ah, so the day's seventy-five?": a part of a personal or
 * co-ordination number just read, named by its date word in the same or the next turn ("the day's", "dagen är", "the
 * year"), is that number's piece where its figures are that part (Round 99: the day of a co-ordination number, 61–91, said
 * back alone; fails closed).
 */
function datePartsNamed(analyses: UtteranceAnalysis[]): void {
  for (let u = 0; u < analyses.length; u++) {
    const { runs, tokens, candidates } = analyses[u]!;
    if (runs.length === 0) continue;
    let parts: Map<string, EntityType>[] | undefined;
    for (const run of runs) {
      let k = run.firstToken - 1;
      while (k >= 0 && (DATE_PART_LINKS.has(tokens[k]!.lower) || tokens[k]!.text === ',')) k--;
      const part = k >= 0 && (!ENGLISH_BARE_PARTS.has(tokens[k]!.lower) || tokens[k - 1]?.lower === 'the') ? DATE_PART_WORDS.get(tokens[k]!.lower) : undefined;
      if (!part || run.firstToken - k > 4 || candidates.some((c) => c.start < run.end && run.start < c.end)) continue;
      if (dateOfSomethingElse(tokens, k, run)) continue;
      parts ??= personalDatePartsAround(analyses, u);
      const type = parts[part === 'year' ? 0 : part === 'month' ? 1 : 2]!.get(run.digits.padStart(2, '0'));
      if (type) candidates.push({ type, start: run.start, end: run.end, confidence: Confidence.cued });
    }
  }
}

/** A payment's, a sick leave's, a decision's or a pension's word: the day or month they name is theirs ("för utbetalningen"). */
const DATE_OF_WORD = /^(?:utbetalning\p{L}*|betalning\p{L}*|payments?|pay|paid|pension\p{L}*|pengarna|money|lön\p{L}*|wages?|salary|sjuk\p{L}*|sick|karens\p{L}*|waiting|period\p{L}*|beslut\p{L}*|decision\p{L}*|decided)$/u;
const EVERY_WORDS = new Set(['varje', 'each', 'every']);
/**
 * The date part named at token `word` and read in `run` is another date's (review of round 99): a month's name follows within
 * four tokens ("Dagen är 25 december", "The month is three, that is March"), or its clause (to the commas or the sentence's
 * ends) holds a payment's, sick leave's, decision's or pension's word or "varje månad"/"each month" ("Dagen är tjugofem för
 * utbetalningen", "the day is twenty-five of your sick leave"). Not "Dagen är tjugofem, och utbetalningen kommer …".
 */
function dateOfSomethingElse(tokens: readonly Token[], word: number, run: NumberRun): boolean {
  for (let k = run.lastToken + 1; k < tokens.length && k <= run.lastToken + 4 && !tokens[k]!.sentenceStart; k++) if (MONTHS.has(tokens[k]!.lower)) return true;
  let from = word;
  while (from > 0 && !tokens[from]!.sentenceStart && tokens[from - 1]!.text !== ',') from--;
  let to = run.lastToken + 1;
  while (to < tokens.length && !tokens[to]!.sentenceStart && tokens[to]!.text !== ',') to++;
  const clause = tokens.slice(from, to);
  return clause.some((t, i) => DATE_OF_WORD.test(t.lower) || (EVERY_WORDS.has(t.lower) && /^(?:månad|month)$/u.test(clause[i + 1]?.lower ?? '')));
}

/** The date parts of the personal numbers in turn `u` and the turn before it. */
function personalDatePartsAround(analyses: UtteranceAnalysis[], u: number): Map<string, EntityType>[] {
  const here = personalDateParts(analyses[u]!);
  if (u === 0) return here;
  const before = personalDateParts(analyses[u - 1]!);
  return here.map((m, i) => new Map([...before[i]!, ...m]));
}

/**
 * "ES28 7638 8970 5742 0361 8328?" "No, the end is 8238, eight two three eight.": digits named as the end of a number, right
 * after a turn with an identifier in it, are that identifier's last digits, and so is the same figures said again in the
 * sentence (fails closed; round 70). (Three to six figures, none of them taken, not an amount.)
 */
function endsPutRight(analyses: UtteranceAnalysis[]): void {
  for (let u = 1; u < analyses.length; u++) {
    const before = analyses[u - 1]!;
    const identifier = before.candidates.find((c) => IDENTIFIER_TYPES.includes(c.type));
    const type = identifier?.type;
    if (type === undefined) continue;
    // (Review 70: the figures must fit that number's end: no more of them, no year unless it ends so, no amount or time.)
    // (A read-back to put right ends the turn, "…, right?": not one with another question after it, "And the last payment?".)
    if (before.text.slice(identifier!.end).split(/\s+/u).filter((w) => /\p{L}/u.test(w)).length > 3) continue;
    const tail = before.runs.filter((r) => identifier!.start <= r.start && r.end <= identifier!.end).map((r) => r.digits).join('');
    const { runs, tokens, candidates } = analyses[u]!;
    const taken = (run: NumberRun) => candidates.some((c) => IDENTIFIER_TYPES.includes(c.type) && c.start <= run.start && run.end <= c.end);
    const end = runs.find((run) => endNamedBefore(tokens, run.firstToken));
    // ("8238, eight two three eight": the figures said twice in one go are one run.)
    const half = end ? end.digits.slice(0, end.digits.length / 2) : '';
    const figures = end && end.digits.length % 2 === 0 && end.digits === half + half ? half : end?.digits ?? '';
    if (!end || figures.length < 3 || figures.length > 6 || taken(end) || UNITS.has(tokens[end.lastToken + 1]?.lower ?? '')) continue;
    if (!endFiguresFit(tokens, end, figures, tail.length > 0 ? tail : undefined)) continue;
    // (The same figures said again right after, "8238, 8238"; not later in the sentence, "… they closed it in 2024".)
    const next = runs.find((run) => run.firstToken > end.lastToken);
    const again = next !== undefined && next.digits === figures && tokens.slice(end.lastToken + 1, next.firstToken).every((t) => t.kind === 'punct') && !UNITS.has(tokens[next.lastToken + 1]?.lower ?? '');
    for (const run of again ? [end, next] : [end]) candidates.push({ type, start: run.start, end: run.end, confidence: Confidence.cued });
  }
}

/** "ends", "slutar", "ending": the verb a number's last figures are named after ("… ends zero one?", "… slutar på 18?"). */
const ENDS_VERBS: ReadonlySet<string> = new Set(['ends', 'ending', 'end', 'slutar', 'sluta']);
/**
 * "The number on file ends zero one?" "Yes, that's the old one, 070-174 06 01.": a number's last figures named in one turn,
 * the number whole in the next, ending in them: those figures are that identifier's (Round 95; the read-back the other
 * way round is `endsPutRight`). Two to six figures right after "ends"/"slutar (på)", in a sentence that names a number.
 */
function endsNamedAhead(analyses: UtteranceAnalysis[]): void {
  for (let u = 0; u + 1 < analyses.length; u++) {
    const { runs, tokens, candidates } = analyses[u]!;
    if (runs.length === 0) continue;
    const after = analyses[u + 1]!;
    const whole = after.candidates.filter((c) => IDENTIFIER_TYPES.includes(c.type));
    if (whole.length === 0) continue;
    for (const run of runs) {
      let k = run.firstToken - 1;
      if (['in', 'with', 'på', 'med'].includes(tokens[k]?.lower ?? '')) k--;
      if (!ENDS_VERBS.has(tokens[k]?.lower ?? '') || run.digits.length < 2 || run.digits.length > 6) continue;
      if (candidates.some((c) => c.start < run.end && run.start < c.end) || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '')) continue;
      const from = sentenceStartOf(tokens, k);
      // (Not a case's or a reference's number, "Ärendenumret slutar på 42", whose figures may end a phone number by chance;
      // the review of round 95.)
      // (An identifier named in the sentence outranks a case's word: "The phone number on your form ends zero one?"; the
      // stop-64 re-read.)
      const identifierNamed = tokens.slice(from, k).some((_, i) => IDENTIFIER_TYPES.includes(cueOf(tokens, from + i) as EntityType));
      if (!tokens.slice(from, k).some((t) => NUMBER_NOUN.test(t.lower)) || (tokens.slice(from, k).some((t) => isCaseWord(t.lower)) && !identifierNamed)) continue;
      const digitsOf = (c: Candidate) => digitsWithin(after.runs, c);
      const owner = whole.find((c) => digitsOf(c).length > run.digits.length && digitsOf(c).endsWith(run.digits));
      if (owner) candidates.push({ type: owner.type, start: run.start, end: run.end, confidence: Confidence.cued });
    }
  }
}

/** Words that put a number's end right, said before the figures again ("Eller, vänta, sex fem fyra"). */
const ENDS_PUT_RIGHT: ReadonlySet<string> = new Set(['eller', 'nej', 'nä', 'vänta', 'förlåt', 'menar', 'no', 'sorry', 'wait', 'mean', 'rather', 'actually']);
/** Before a day's or a time's figures: "den 12", "klockan 14", "at 14", "the 12th". */
const ENDS_TIME_BEFORE: ReadonlySet<string> = new Set(['den', 'klockan', 'kl', 'at', 'the', 'on']);
/** How many turns back a number's noun still names the figures said after "slutar på" (`endsOfNumberNamedBefore`). */
const ENDS_NOUN_TURNS = 2;
/**
 * "Kontonumret är fel." "Vilket nummer står där?" "Det slutar på fyra fem sex. Eller, vänta, sex fem fyra.": figures
 * named as a number's end in a sentence that names no number, where the sentence, the turn or the two turns before named
 * an identifier ("kontonumret", "the card", "personnumret"), are that identifier's last figures, and so is a run of as
 * many figures said later in the turn, as it is put right (fails closed; stop 64: an account's last figures had reached a
 * journal note). Not after a case's, a reference's or an amount's word, which names its own figures.
 */
function endsOfNumberNamedBefore(analyses: UtteranceAnalysis[]): void {
  for (let u = 0; u < analyses.length; u++) {
    const { runs, tokens, candidates } = analyses[u]!;
    const taken = (run: NumberRun) => candidates.some((c) => c.start < run.end && run.start < c.end);
    for (const run of runs) {
      let k = run.firstToken - 1;
      if (['in', 'with', 'på', 'med'].includes(tokens[k]?.lower ?? '')) k--;
      if (!ENDS_VERBS.has(tokens[k]?.lower ?? '') || run.digits.length < 2 || run.digits.length > 6) continue;
      if (taken(run) || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '')) continue;
      const from = sentenceStartOf(tokens, k);
      // (A sentence that names its number is read where it is: `endsNamedAhead`, identifiers.ts's ending words.)
      if (tokens.slice(from, k).some((t) => NUMBER_NOUN.test(t.lower) || cueOf(tokens, tokens.indexOf(t)) !== undefined)) continue;
      const type = identifierNamedBefore(analyses, u, from);
      if (type === undefined) continue;
      // (Nor figures that cannot be a number's end, as review 70 has them: "ska sluta på 3 400, ungefär", "1 500 spänn", "1630 idag",
      // nor a sentence whose own subject is a case's or a claim's word, "And the claim should end 112, …" (round 99, review 70's
      // guards) — unless the figures are the end, or the birth year, of the identifier just read: "Det slutar på 789, ungefär
      // så?" after an account ending 789, "Ska det sluta på 1985?" after 850625-…; review of round 99, failing closed.)
      const vetoed = !endFiguresFit(tokens, run, run.digits, undefined) || tokens.slice(from, k).some((t) => isCaseWord(t.lower));
      const read = vetoed ? identifierFiguresBefore(analyses, u, run.start) : [];
      // (The same count of figures said later in the turn only as the end put right, after a correcting word, and never a
      // day or a time: "Eller, vänta, sex fem fyra"; not "…, och brevet kom den 12 mars", "I called at 14"; the re-read.)
      const putRight = (r: NumberRun) =>
        tokens.slice(run.lastToken + 1, r.firstToken).some((t) => ENDS_PUT_RIGHT.has(t.lower)) && !MONTHS.has(tokens[r.lastToken + 1]?.lower ?? '') && !ENDS_TIME_BEFORE.has(tokens[r.firstToken - 1]?.lower ?? '');
      const said = runs.filter((r) => r === run || (r.firstToken > run.lastToken && r.digits.length === run.digits.length && !taken(r) && !UNITS.has(tokens[r.lastToken + 1]?.lower ?? '') && putRight(r)));
      const hidden = vetoed ? said.filter((r) => read.some((figures) => figuresOfRead(figures, r.digits))) : said;
      if (hidden.length === 0) continue;
      for (const r of hidden) candidates.push({ type, start: r.start, end: r.end, confidence: Confidence.cued });
      break;
    }
  }
}

/**
 * The figures of the identifiers found in turn `u` before offset `before` and in the `ENDS_NOUN_TURNS` turns before it
 * (`endsOfNumberNamedBefore`: the number whose end may be said back).
 */
function identifierFiguresBefore(analyses: readonly UtteranceAnalysis[], u: number, before: number): string[] {
  const figures: string[] = [];
  for (let v = Math.max(0, u - ENDS_NOUN_TURNS); v <= u; v++) {
    const { runs, candidates } = analyses[v]!;
    for (const c of candidates) {
      if (!IDENTIFIER_TYPES.includes(c.type) || (v === u && c.end > before)) continue;
      const digits = digitsWithin(runs, c);
      if (digits.length > 0) figures.push(digits);
    }
  }
  return figures;
}
/** `digits` are the end of the identifier's `figures`, or a personal number's birth year in four figures ("1985", 850625-…). */
function figuresOfRead(figures: string, digits: string): boolean {
  if (figures.length > digits.length && figures.endsWith(digits)) return true;
  const kind = figures.length === 10 || figures.length === 12 ? personalNumberKind(figures) : undefined;
  if (!/^(?:19|20)\d\d$/u.test(digits) || (kind !== 'personnummer' && kind !== 'samordningsnummer')) return false;
  return figures.length === 12 ? figures.startsWith(digits) : figures.startsWith(digits.slice(2));
}

/**
 * The identifier the nearest identifier's noun before token `beforeToken` of turn `u` names, reading back through the
 * turn and `ENDS_NOUN_TURNS` turns; undefined where none does. An identifier named outranks a case's or an amount's word
 * nearer the figures ("Kontonumret på fakturan är fel." … "Det slutar på fyra fem sex."; the stop-64 re-read, failing
 * closed): a case's number named alone leaves its figures, as they name no one.
 */
function identifierNamedBefore(analyses: readonly UtteranceAnalysis[], u: number, beforeToken: number): EntityType | undefined {
  for (let v = u; v >= Math.max(0, u - ENDS_NOUN_TURNS); v--) {
    const { tokens } = analyses[v]!;
    for (let i = (v === u ? beforeToken : tokens.length) - 1; i >= 0; i--) {
      const cue = cueOf(tokens, i);
      if (cue !== undefined && IDENTIFIER_TYPES.includes(cue as EntityType)) return cue as EntityType;
    }
  }
  return undefined;
}

/**
 * A postcode said in an earlier turn, in the same figures, or one figure off in a turn with a postcode or right after one,
 * as it is read back and put right ("913 42? Eller 903 42?" "Nio noll tre, fyrtiotvå.", round 62; not "Hur mycket fick
 * ni?" "Vi fick 12355", round 62's review).
 */
function postcodeSaidBefore(postcodes: ReadonlyMap<string, number>, digits: string, u: number, nearOne: boolean): boolean {
  for (const [figures, at] of postcodes) {
    if (at >= u || figures.length !== digits.length) continue;
    let differ = 0;
    for (let k = 0; k < digits.length && differ < 2; k++) if (digits[k] !== figures[k]) differ++;
    if (differ === 0 || (differ === 1 && nearOne && digits.length >= 5)) return true;
  }
  return false;
}

const REMEMBERED_TYPES = new Set<EntityType>([...IDENTIFIER_TYPES, 'dateOfBirth']);
const MIN_REMEMBERED_DIGITS = 4;
/** "lägenhet 1302", "lgh 1101", "flat 204", "rum 318": a dwelling's own number in an address found. */
const DWELLING_NUMBER = /(?<![\p{L}])(?:lägenhet(?:snummer)?|lgh\.?|flat|apartment|apt\.?|unit|rum|room)\s+(?:nr\.?\s+|nummer\s+|no\.?\s+)?(\d{3,})(?![\p{N}\p{L}])/iu;

/** Words that open an answer before a comma: never a vocative name. */
const ANSWER_WORDS = new Set(['no', 'yes', 'nej', 'ja', 'jo', 'nä', 'nå', 'so', 'well', 'oh', 'ok', 'okay', 'och', 'men', 'and', 'but', 'sure', 'right', 'då', 'så']);
/** "a week", "i månaden", "per month", "after tax": a rate after a number makes it a sum. */
const RATE_LEADS = new Set(['a', 'an', 'per', 'i', 'om', 'in', 'each', 'every', 'varje', 'after', 'before', 'efter', 'före']);
const RATE_WORDS = new Set([...UNITS, 'tax', 'skatt', 'skatten']);
/** "I mars 2021", "204 a week", "300 efter skatt": the number after a month or before a rate is a year or a sum. */
function dwellingNumberIsSum(tokens: readonly Token[], run: NumberRun): boolean {
  const after = tokens[run.lastToken + 1]?.lower ?? '';
  return MONTHS.has(tokens[run.firstToken - 1]?.lower ?? '') || (RATE_LEADS.has(after) && RATE_WORDS.has(tokens[run.lastToken + 2]?.lower ?? ''));
}

/**
 * A number said again: six or more of its digits anywhere, or its first or last four ("nitton
 * sextio", "de sista, 9270"); a year on its own is not taken for one.
 */
/** The type of the first remembered number `said` repeats, if any. */
function repeatedType(numbers: ReadonlyMap<string, EntityType>, said: string): EntityType | undefined {
  for (const [digits, type] of numbers) if (repeats(said, digits)) return type;
  return undefined;
}

function repeats(said: string, remembered: string): boolean {
  // ("arton åttioett, åtta ett sist", "thirty-six forty-two, four two": a last four said again with its last pair or digit
  // confirmed after it, the same figures; round 79.)
  if (confirmedLastFour(said, remembered)) return true;
  // "53 11 03, nej vänta, 53 11 02, … 531102-7758": a start of six digits or more one digit off is the same number, misread.
  if (said.length >= 6) return remembered.includes(said) || (remembered.length > said.length && oneDigitOff(said, remembered));
  if (said.length < MIN_REMEMBERED_DIGITS || isYear(said)) return false;
  return remembered.startsWith(said) || remembered.endsWith(said);
}

/**
 * "I've got thirty-six twenty-four for Cerys", "Jag ser arton arton på slutet": a personal number's last four read from the
 * record with two digits swapped or its halves turned (`misheard`), in words, is that number's, misread (round 79; "jag
 * har", "I've got" right before it; not a year nor a sum).
 */
function lastFourMisread(numbers: ReadonlyMap<string, EntityType>, tokens: readonly Token[], run: NumberRun): EntityType | undefined {
  if (run.digits.length !== 4 || isYear(run.digits) || tokens[run.firstToken]?.kind !== 'word' || UNITS.has(tokens[run.lastToken + 1]?.lower ?? '')) return undefined;
  if (!RECORD_READ.test(`${tokens[run.firstToken - 2]?.lower} ${tokens[run.firstToken - 1]?.lower}`)) return undefined;
  for (const [digits, type] of numbers) if ((type === 'personnummer' || type === 'samordningsnummer') && digits.length >= 8 && misheard(digits.slice(-4), run.digits)) return type;
  return undefined;
}

/** `said` is `remembered`'s last four and then a repeat of their last one or two digits: "1881" + "81". */
function confirmedLastFour(said: string, remembered: string): boolean {
  if (said.length < 5 || said.length > 6 || remembered.length < 8) return false;
  const four = said.slice(0, 4);
  const again = said.slice(4);
  return four.endsWith(again) && remembered.endsWith(four);
}

/** `said` is the start of `remembered` but for one digit. */
function oneDigitOff(said: string, remembered: string): boolean {
  let off = 0;
  for (let k = 0; k < said.length && off <= 1; k++) if (said[k] !== remembered[k]) off++;
  return off === 1;
}

/** Token `t` already lies inside what the utterance redacted. */
const insideEntity = (a: UtteranceAnalysis, t: Token): boolean => a.candidates.some((c) => c.start <= t.start && t.end <= c.end);

/**
 * "like a field of grass", "som en lax": after an article, a name in lower case is the ordinary word
 * it is explained by. (Not "sjö som i en sjö": the first "sjö" may be the name's part, spelled.)
 */
const ARTICLES_BEFORE_NOUN = new Set(['a', 'an', 'the', 'en', 'ett']);
function explainsAName(tokens: Token[], t: Token): boolean {
  return !t.capitalised && ARTICLES_BEFORE_NOUN.has(tokens[tokens.indexOf(t) - 1]?.lower ?? '');
}

const TIME_BEFORE_MONTH = new Set(['in', 'i', 'since', 'until', 'till', 'sedan', 'sen', 'från', 'from', 'during', 'under', 'of', 'av', 'last', 'next', 'förra', 'nästa', 'före', 'efter', 'before', 'after', 'by']);

/** A year as said in a date of birth: "49", "forty-nine", "1949", "nineteen forty-nine" (one piece). */
const yearShaped = (run: NumberRun): boolean => run.parts.length <= 2 && (run.digits.length === 2 || (run.digits.length === 4 && isYear(run.digits)));
/** How many turns after a birth year its read-back ("was that forty-nine?") is one. */
const READ_BACK_TURNS = 4;

/**
 * "frun är -48", "my son's the '74", "I said '48, I meant '47": a year said short, right after a word that says whose year
 * it is or that it was said; not a range, a sum, a temperature or a decade ("-15 ute", "'70-talet").
 */
const SHORT_BIRTH_YEAR = /(?<=(?<![\p{L}])(?:är|var|född|födda|sa|menade|the|born|said|meant|is|was)\s+)(?<!(?:[Dd]et|[Ii]t|[Dd]et här)\s+(?:är|var|is|was)\s+)['’\-–]\d\d(?![\d\p{L}%-])(?!\s*(?:kronor|kr|spänn|procent|grader|euro|percent|degrees|pounds|ute|outside))/gu;
/** "inte 1939, 1929": a year denied, in a turn with a date of birth. */
// ("född -41, inte -42": said short with its dash too, round 44.)
const DENIED_YEAR = /(?<=(?<![\p{L}])(?:inte|not)\s+)(?:(?:18|19|20)\d\d|['’\-–]\d\d)(?![\d\p{L}])(?!\s*(?:eller|or)\s+(?:tidigare|senare|earlier|later))/gu;
/**
 * The rest of a home said on its own after the call's address: a house number with its letter after a correction or
 * alone in its turn ("och inte 18 B", "Förlåt, 17 B."), a floor in a sentence about one's home ("jag bor 2 tr upp",
 * "I'm three flights up"). Not "klass 9 B", "seat 14 C", "tredje våningen på Åhléns".
 */
const HOUSE_LETTER: Record<Language, RegExp> = {
  sv: /(?<=(?:(?<![\p{L}])(?:[Ii]nte|[Nn]ej|[Ff]örlåt|[Nn]ummer|[Aa]lltså|har|står|säger|streck),?\s+|^\s*(?:(?:[Jj]a|[Jj]o|[Nn]ej|[Ff]örlåt|[Oo]kej|[Ee]h|[Öö]h)[,.]?\s+)?))(?:\d{1,3}|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv) [A-H](?![\p{L}\d-]|\.\p{L})/gu,
  en: /(?<=(?:(?<![\p{L}])(?:[Nn]ot|[Nn]o|[Ss]orry|[Nn]umber|have|says|dash),?\s+|^\s*(?:(?:[Yy]es|[Nn]o|[Ss]orry|[Oo]kay|[Uu]m|[Uu]h)[,.]?\s+)?))(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve) [A-H](?![\p{L}\d-]|\.\p{L})/gu,
};
const FLOOR: Record<Language, RegExp> = {
  sv: /(?<![\p{L}\d,.])(?:(?:\d{1,2}|en|ett|två|tre|fyra|fem|sex) (?:tr(?![\p{L}])|(?:trappor|trappa) upp)|(?:första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|elfte|tolfte|trettonde|\d{1,2}:[ae]) våningen(?![\p{L}]))/gu,
  en: /(?<![\p{L}\d,.])(?:(?:\d{1,2}|[Oo]ne|[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix) (?:flights? up|tr)(?![\p{L}])|(?:[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth|[Ee]leventh|[Tt]welfth|[Tt]hirteenth|\d{1,2}(?:st|nd|rd|th)) floor(?![\p{L}]))/gu,
};
/** What every match of HOUSE_LETTER contains (its `\d{1,3} [A-H]` or a number word and its letter): without it, none. */
const HOUSE_LETTER_NEEDS = /[\p{L}\d] [A-H]/u;
/** "…, inte bara sex", "not just six": the house number said bare beside the one with its letter (round 90). */
const BARE_AGAIN = /(?<![\p{L}])(?:inte bara|bara|not just|just|inte|not) $/iu;
/**
 * What every match of FLOOR contains, one of these strings (case as written: the patterns have no `i` flag): " tr" of
 * "tr", "trappor", "trappa"; " våningen"; " flight", " floor". Without any, no match.
 */
const FLOOR_NEEDS: Record<Language, readonly string[]> = { sv: [' tr', ' våningen'], en: [' tr', ' flight', ' floor'] };
/** The clause of `text` around `at`: from the last sentence end or ", och/men/and/but" before it to the next after it. */
function clauseAt(text: string, at: number): string {
  const bounds = [...text.matchAll(/[.!?]\s|,\s*(?:och|men|and|but)\s/gu)].map((m) => m.index);
  const start = Math.max(0, ...bounds.filter((b) => b < at));
  const end = Math.min(text.length, ...bounds.filter((b) => b >= at));
  return text.slice(start, end);
}
/** A sentence about one's own home: where the floor said in it is the home's. */
const HOME_SAID: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:jag bor|vi bor|hon bor|han bor|bor på|lägenhet\p{L}*|hemma|adress\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:I live|we live|she lives|he lives|I'm|my flat|flat|apartment|at home|address)(?![\p{L}])/iu,
};
/**
 * "Paz Mora … hon bodde i Mora", "in Addis Ababa": a surname said again, where it is a town of one word or two after a verb of
 * living. (Not a first name: "Min sambo heter Nora … Vi bor i Nora och min lägenhet" is the person, review of round 42.)
 */
// (Not `inTownOfTwoWords` ahead of the first-name guard, round 87: "Your daughter's name?" "Charlotte Amalie." … "She lives in
// Charlotte Amalie?" is the name found in the call said again; review of round 87.)
const townSaidAgain = (tokens: readonly Token[], k: number): boolean =>
  ((lexicon().names.get(tokens[k]!.lower) ?? 0) & NameFlag.first) === 0 && (placeSaidAt(tokens, k, k) || placeSaidAt(tokens, k, k + 1) || placeSaidAt(tokens, k - 1, k));

/** A street and the house number after it: "Kopparslagargatan 14", "Puijonkatu 19 A 7" (not a flat's, "lägenhet 6"). */
const HOUSE_NUMBER = /^(?!(?:lägenhet|lgh|flat|apartment|apt|unit|rum|room|våning|floor|box)\b)(\p{L}[\p{L}-]+)\s+(\d{1,4})(?![\p{N}])/iu;
/** `address`, a number word, with `rest` after it is another number: "eight" + "y" is "eighty"; "fyra" + "n", "fyran", is four. */
function otherNumberWord(address: string, rest: string): boolean {
  const said = numberWordAtoms(address.toLowerCase());
  const longer = numberWordAtoms(`${address}${rest}`.toLowerCase());
  return said !== undefined && longer !== undefined && said.join() !== longer.join();
}
/** Before a number said of another thing's last or first digits: "sista fyra", "the last four", "första tre". */
const NOT_HOUSE_DIGITS_BEFORE = /(?:^|[^\p{L}])(?:sista|last|första|first)\s+$/iu;
/** Before a number that is no house number said again: an article ("en trea"), a day, a week. */
const NOT_A_HOUSE_BEFORE = new Set(['en', 'ett', 'a', 'an', 'day', 'dag', 'dagen', 'week', 'vecka', 'veckan', 'nummer', 'number', 'klockan', 'kl']);
/**
 * The house numbers of a street said with two numbers or more in the call (one put right), and the turns they were said in.
 * (Put right by the same speaker, or in the next turn, "Rinkebystråket 18" … "It's Rinkebystråket 81": not two people's
 * addresses on one street said apart; review 75.)
 */
function correctedHouseNumbers(houseNumbers: ReadonlyMap<string, number[]>, speakers: readonly Speaker[]): Map<string, number[]> {
  const out = new Map<string, number[]>();
  const byStreet = new Map<string, string[]>();
  for (const key of houseNumbers.keys()) {
    const [street, figures] = key.split(' ') as [string, string];
    byStreet.set(street, [...(byStreet.get(street) ?? []), figures]);
  }
  for (const [street, numbers] of byStreet) {
    for (const n of numbers) {
      const turns = houseNumbers.get(`${street} ${n}`)!;
      const putRight = numbers.some((m) => m !== n && houseNumbers.get(`${street} ${m}`)!.some((v) => turns.some((at) => speakers[at] === speakers[v] || Math.abs(at - v) <= 1)));
      if (putRight) out.set(n, turns);
    }
  }
  return out;
}

/** Before a house number said alone, what makes it the address's: "nummer 14", "port 4", "det ska vara fjorton", "it says 4". */
const HOUSE_NUMBER_BEFORE = new Set(['nummer', 'numret', 'nr', 'number', 'no', 'port', 'porten', 'entrance']);
/** Verbs a house number is read back or put right after, with no noun after it: "det ska vara fjorton", "jag skriver 13", "it says 4". */
const HOUSE_NUMBER_READ = new Set(['vara', 'be', 'står', 'says', 'said', 'sa', 'skriver', 'skrev', 'write', 'writing', 'wrote', 'put']);
/** Words that put a number right: "sjuttiotre, inte trettiosju", "eighty-one, not eighteen". */
const NOT_BEFORE = new Set(['inte', 'not', 'nej', 'no', 'alltså']);
/** Before "på"/"at" with the house number after: "bor på 14", "live at 14". */
const HOUSE_NUMBER_LIVING = new Set(['bor', 'bodde', 'live', 'lives', 'lived', 'living']);
/** What a lone answer may have around the number: "Ja, tretton.", "Yes, 14", "Det är fjorton." */
const LONE_ANSWER_WORDS = new Set(['ja', 'jo', 'nej', 'yes', 'no', 'yeah', 'sorry', 'förlåt', 'oj', 'oh', 'okay', 'oops', 'det', 'är', "det's", "it's", 'it', 'is', 'så', 'so', 'alltså', 'och', 'and', 'okej', 'ok', 'precis', 'exactly', 'right', 'rätt', ...HESITATIONS]);
/**
 * A house number put right, said later without its street, where it is the address: after "nummer", "port", "bor på", "det ska
 * vara"; before "här"/"here" ("Jag har 3 här", "I see 14 here"); after "har"/"ser" at the end of a question ("Har ni 4?"); or as a
 * lone answer ("Ja, tretton."). Not a date, an age, a count, a range or a number before a noun: "den 14 mars", "Min son fyller
 * 14", "4 betalningar", "steg 4 av 14"; review 75.
 */
function houseNumberSaidAlone(tokens: readonly Token[], first: number, last: number, candidates: readonly Candidate[]): boolean {
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (['här', 'here'].includes(after?.lower ?? '')) return true;
  if (before && HOUSE_NUMBER_BEFORE.has(before.lower)) return true;
  if (before && HOUSE_NUMBER_READ.has(before.lower) && after?.kind !== 'word') return true;
  // (Right after the street, "Kopparslagargatan 14, fjorton"; and put right after it, "Vårbergsvägen 73, sjuttiotre, inte trettiosju".)
  if (before?.text === ',' && candidates.some((c) => c.type === 'address' && c.end === tokens[first - 2]?.end)) return true;
  if (before && NOT_BEFORE.has(before.lower) && tokens[first - 2]?.text === ',' && first >= 3 && tokens[first - 3]!.kind !== 'punct' && houseNumberSaidAlone(tokens, first - 3, first - 3, candidates)) return true;
  // ("Och numret är 16?", "the number is 16")
  if (before && ['är', 'var', 'is', 'was'].includes(before.lower) && ['nummer', 'numret', 'number', 'husnumret', 'husnummer'].includes(tokens[first - 2]?.lower ?? '')) return true;
  if (before && ['på', 'at'].includes(before.lower) && HOUSE_NUMBER_LIVING.has(tokens[first - 2]?.lower ?? '')) return true;
  const ends = !after || SENTENCE_END_MARKS.has(after.text);
  if (before && ['har', 'ser', 'have', 'see', 'has'].includes(before.lower) && ends) return true;
  // (A lone answer: only yes, no and fillers before it in its sentence, nothing but a comma or the sentence's end after it.)
  const start = sentenceStartOf(tokens, first);
  return (ends || after!.text === ',') && tokens.slice(start, first).every((t) => t.kind === 'punct' || LONE_ANSWER_WORDS.has(t.lower));
}

/** Turn `u` added to the turns `key` was said in. */
function addTurn<K>(turns: Map<K, number[]>, key: K, u: number): void {
  const said = turns.get(key);
  if (said) said.push(u);
  else turns.set(key, [u]);
}

/** A street's name cut by a break, as streetsCutByBreaks takes it: "Hamn … gatan", "Väster … *hostar* … långgatan". */
const CUT_STREET = /^(\p{Lu}\p{L}+)(?:\s*(?:…|\.\.\.|\*\p{L}+\*)\s*)+(\p{Ll}+)$/u;
/**
 * A name's letters as the sounds they stand for, the same across the spellings of a name in Swedish, English, Somali and
 * transliterated Arabic or Cyrillic ("Shevchuk", "Sjevtjuk"; "Farah", "Faarax"; "Mykola", "Mikola"): doubled letters once.
 */
function spellingKey(word: string): string {
  return word
    .replace(/tsch|tsj|tch|ch|tj|kj/gu, 'c')
    .replace(/sch|sh|sj|stj|skj/gu, 's')
    .replace(/kh|x/gu, 'h')
    .replace(/ph/gu, 'f')
    .replace(/ck|q/gu, 'k')
    .replace(/w/gu, 'v')
    .replace(/y|ee|ij/gu, 'i')
    .replace(/oo|ou/gu, 'u')
    .replace(/(\p{L})\1+/gu, '$1');
}

/** "Bernie" for "Bernard", "Robbie" for "Robert", "Freddie" for "Frederick": a pet form, shorter, on the name's first four letters. */
const shortFormOf = (word: string, name: string): boolean =>
  name.length >= 6 && word.length < name.length && /(?:ie|y)$/u.test(word) && word.slice(0, 4) === name.slice(0, 4);

/**
 * Token `k` stands where a place is named, not another spelling of a name: after "i", "in", "från" ("bor inte i Milano"), a
 * saint ("Sankt Görans"), a postcode or address ("…, 03710 Calpe"), or after a capitalised word that is no name ("New South
 * Wales", "Udon Thani").
 */
function placeNamedAt(a: UtteranceAnalysis, k: number): boolean {
  let j = k - 1;
  while (j >= 0 && a.tokens[j]!.text === ',') j--;
  const before = a.tokens[j];
  if (!before) return false;
  if (PLACE_WORDS.has(a.tokens[k - 1]?.lower ?? '') || SAINTS.has(before.lower)) return true;
  // ("Region Kronoberg", "Halland County", "Bristol City Council", "Sandvikens kommun": a public body's place word, before or
  // after, whatever the sentence's start; review of round 92.)
  if (PUBLIC_BODY_BEFORE.has(a.tokens[k - 1]?.lower ?? '') || PUBLIC_BODY_AFTER.has(a.tokens[k + 1]?.lower ?? '')) return true;
  const held = a.candidates.find((c) => c.start <= before.start && before.end <= c.end);
  if (held) return held.type === 'postcode' || held.type === 'address';
  return j === k - 1 && before.kind === 'word' && before.capitalised && !before.sentenceStart;
}

/** Words before a place that make it a public body's: "Region Halland", "County Durham". */
const PUBLIC_BODY_BEFORE: ReadonlySet<string> = new Set(['region', 'regionen', 'landsting', 'landstinget', 'county', 'council', 'borough', 'city']);
/** Words after a place that make it a public body's: "Sandvikens kommun", "Kronobergs län", "Bristol City Council". */
const PUBLIC_BODY_AFTER: ReadonlySet<string> = new Set(['kommun', 'kommuns', 'län', 'läns', 'region', 'regionen', 'landsting', 'county', 'council', 'borough', 'city']);

/** Two spelling keys alike (the same, or one edit apart in a name of six letters or more): the same name written another way. */
function spellingsClose(a: string, b: string): boolean {
  if (a === b) return a.length >= 4;
  if (Math.min(a.length, b.length) < 6) return false;
  const most = 1;
  if (Math.abs(a.length - b.length) > most || Math.min(a.length, b.length) < 4) return false;
  let row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const next = [i];
    for (let j = 1; j <= b.length; j++) next[j] = Math.min(row[j]! + 1, next[j - 1]! + 1, row[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    if (Math.min(...next) > most) return false;
    row = next;
  }
  return row[b.length]! <= most;
}

/** A word with the English possessive, "alasdair's", "alasdair’s": its bare form (round 101). */
const ENGLISH_POSSESSIVE = /^(\p{L}+)['’]s$/u;
/** Kin and what a child calls them, "Mum's", "Gran's": their bare form is remembered as no name (review of round 101). */
const KIN_WORDS: ReadonlySet<string> = new Set([...RELATIVES, 'mam', 'mummy', 'mommy', 'daddy', 'gran', 'grandpa', 'nan', 'nana', 'nanna']);
/** A name or number found once in a call is redacted wherever it recurs in the call. */
function remember(analyses: UtteranceAnalysis[], lang: Language, speakers: readonly Speaker[]): void {
  const { stopWords, names } = lexicon();
  const nameWords = new Map<string, boolean>();
  const numbers = new Map<string, EntityType>();
  const letteredWords = new Set<string>();
  // A postcode's figures, and the turn they were first said in; the turns a postcode was said in.
  const postcodes = new Map<string, number>();
  const postcodeTurns = new Set<number>();
  const addresses = new Set<string>();
  // "Skogstorp 3" … "brevbäraren vet inte var Skogstorp ligger": a farm's name is the address wherever it recurs.
  const farms = new Set<string>();
  // The figures of a flat's, unit's or room's number (three or more), said in an address.
  const dwellingNumbers = new Set<string>();
  // A street's house numbers ("Kopparslagargatan 4" … "Kopparslagargatan 14"), and the turns they were said in.
  const houseNumbers = new Map<string, number[]>();
  const emailWords = new Set<string>();
  const hushedWords = new Set<string>();
  // A birth year's last two digits, and the turns it was said in.
  const birthYears = new Map<string, number[]>();
  // A date of birth's day ("fifth", "tolfte", "24th") and month, and the turns they were said in.
  const birthDays = new Map<number, number[]>();
  const birthMonths = new Map<string, number[]>();
  // Whether the call has a date of birth: then a year said short with its apostrophe or dash is one too.
  let birthSaid = false;
  for (const [u, a] of analyses.entries()) {
    for (const c of a.candidates) {
      if (c.type === 'name') {
        // A spelling is remembered by its letters (below), not by its words ("som", "apostrophe", "Sigurd").
        if ((a.spelled as Candidate[]).includes(c)) continue;
        // (Not the trade that ends a sole trader's own firm's name, "Nina Backstrom Photography", "Nyqvists Bygg": "Bygg mest"
        // later is the trade, round 82, whatever the lists say the word is. Only there: "Min chef heter Sven Handel" keeps all
        // its words, review 82.) (Nor the institution's noun ending a name, "Anne Rowling Clinic": "Neurology Clinic" later; round 84.)
        const tokens = a.tokens;
        const trade = (k: number) => (tokens[k]!.start > c.start && tokens[k - 1]!.start >= c.start && ownFirmTrade(tokens, k)) || institutionNounEnding(tokens, k, c);
        // (A word found only as a hushed child's, "Right, shh", "Stop, stop it", "Rose, sluta": recurs only written with a capital
        // again, not "turn right", "bus stop"; review 88.)
        for (const [k, t] of tokens.entries()) if (t.kind === 'word' && t.start >= c.start && t.end <= c.end && [...t.lower].length >= 2 && !trade(k)) {
          if (c.start === t.start && c.end === t.end && hushedName(tokens, k)) hushedWords.add(folded(t.lower));
          else {
            nameWords.set(folded(t.lower), true);
            // ("I'm reading my husband's, Alasdair's." … "it's joint with Alasdair": a name found with the English possessive
            // is the name said bare later too; round 101. Not a firm's possessive before "of", "Lloyd's of London", whose bare
            // form names the firm again. Before any capitalised word it is remembered, "Alasdair's Barclays account" … "joint
            // with Alasdair": a bank's, a product's or a brand's word follows a person's possessive as often as a firm's does,
            // and the bare name fails closed; the closing re-read of stop 65.)
            const bare = ENGLISH_POSSESSIVE.exec(t.lower)?.[1];
            const after = tokens[k + 1];
            const firmsPossessive = after?.kind === 'word' && after.lower === 'of';
            if (bare !== undefined && [...bare].length >= 2 && !firmsPossessive && !KIN_WORDS.has(bare) && !stopWords.has(bare) && !neverAName(bare)) nameWords.set(folded(bare), true);
          }
        }
      } else if (c.type === 'email') {
        // "gunnel.berg52@…, alltså berg med ett g", "peter underscore koh at …, Koh with a K": the
        // words of the address before its "@" are the person's name.
        // (Letters only: "li77" said again is "li77", but the name it holds is "li".)
        // (Not an agency's word, "kronofogden": never a name, wherever it recurs; round 90. Only those, not every word the lists
        // call no name: "anna.ewbank@…" is remembered; review of round 90.)
        for (const letters of localPartWords(a.tokens, c).map((w) => w.replace(/\d/g, ''))) if (letters.length >= 3 && !AGENCY_WORDS.has(letters)) emailWords.add(folded(letters));
      } else if (c.type === 'address' || c.type === 'postcode') {
        const text = a.text.slice(c.start, c.end);
        // (A postcode's half with letters and digits too, "F31", "BN2": read back by the agent, round 50.)
        const lettered = c.type === 'postcode' && /^[A-Z]{1,2}\d{1,2}[A-Z]?$/u.test(text);
        if (text.replace(/\W/g, '').length >= 4 || lettered) addresses.add(text);
        // ("Jag bor på Hamn … gatan." … "Hamngatan alltså.": a street cut by a break is said whole later; review 78.)
        const cut = c.type === 'address' ? CUT_STREET.exec(text) : null;
        if (cut) addresses.add(cut[1]! + cut[2]!);
        // ("lägenhet 1302" … "det är 1302 som står på skylten": a flat's or room's number said again alone is the address's, round 69.)
        const flat = c.type === 'address' ? DWELLING_NUMBER.exec(text) : null;
        if (flat) dwellingNumbers.add(flat[1]!);
        const house = c.type === 'address' ? HOUSE_NUMBER.exec(text) : null;
        if (house) addTurn(houseNumbers, `${house[1]!.toLowerCase()} ${house[2]!}`, u);
        // ("Och postnumret?" "Noll tre fem... nio två." "Jag läser: 03592.": a postcode's figures, read back, round 61.)
        // (The pieces inside the finding, "Björkvägen 9, nio ett... tre fyrtiotvå" being one run with the house's number; and
        // the runs it is part of, as a house number and postcode are read back together: "Så 4 914 32?", round 62's review.)
        if (c.type === 'postcode') {
          const inside = a.runs.flatMap((r) => r.parts).filter((p) => p.start >= c.start && p.end <= c.end).map((p) => p.digits).join('');
          const around = a.runs.filter((r) => r.start < c.end && c.start < r.end).map((r) => r.digits).join('');
          for (const figures of [inside, around]) if (figures.length >= MIN_REMEMBERED_DIGITS && !isYear(figures) && !postcodes.has(figures)) postcodes.set(figures, u);
          postcodeTurns.add(u);
        }
      } else if (c.type === 'dateOfBirth') {
        birthSaid = true;
        for (const [k, t] of a.tokens.entries()) {
          if (t.start < c.start || t.end > c.end) continue;
          // (Added to in place: a copy for every date made the call's memory quadratic in its dates of birth.)
          if (MONTHS.has(t.lower)) addTurn(birthMonths, t.lower, u);
          const day = ordinalDay(a.tokens, k)?.day;
          if (day !== undefined) addTurn(birthDays, day, u);
        }
        for (const run of a.runs) {
          if (run.start >= c.end || c.start >= run.end || !yearShaped(run)) continue;
          addTurn(birthYears, run.digits.slice(-2), u);
        }
      } else if (REMEMBERED_TYPES.has(c.type)) {
        // (Without an age said before the number: "hon är fjorton, 120917-7722"; round 79.)
        for (const run of a.runs.map((r) => withoutAgeBefore(a.tokens, r))) if (run.start < c.end && c.start < run.end && run.digits.length >= MIN_REMEMBERED_DIGITS && !isYear(run.digits)) numbers.set(run.digits, c.type);
        // (The letters and figures written as one word inside it, "K4471": only those start the number said again; review of round 90.)
        for (const t of a.tokens) if (t.kind === 'word' && t.start >= c.start && t.end <= c.end && /^\p{L}{1,3}\d+$/u.test(t.text)) letteredWords.add(t.lower);
      }
    }
    for (const s of a.spelled) if (s.letters.length >= 3) nameWords.set(folded(s.letters), true);
    for (const farm of ruralNamesIn(a.tokens, a.candidates)) farms.add(farm);
  }
  for (const word of emailWords) nameWords.set(word, true);
  for (const word of hushedWords) if (!nameWords.has(word)) nameWords.set(word, false);
  if (nameWords.size === 0 && numbers.size === 0 && addresses.size === 0 && farms.size === 0 && birthYears.size === 0 && birthDays.size === 0 && !birthSaid) return;
  const corrected = correctedHouseNumbers(houseNumbers, speakers);
  // Words recur through a call: fold each once, and tell once whether it is a remembered name (its
  // folded form), or not (null).
  const knownWords = new Map<string, string | null>();
  const knownWord = (lower: string): string | undefined => {
    let known = knownWords.get(lower);
    if (known === undefined) {
      // "Ingrid" found, "Ingrids" or "Boonmee's" later: the genitive too; "Sjöblom" found, "sjoblom" later: without its dots.
      const word = folded(lower);
      const stem = word.replace(/['’]?s$/u, '');
      known = nameWords.has(word) || (stem !== word && nameWords.has(stem)) ? word : null;
      knownWords.set(lower, known);
    }
    return known ?? undefined;
  };
  // ("Warsame" … "tolken skriver det Warsami", "Mykola Shevchuk, Mikola", "S, A, H, R, A" … "Saxra": a name found in the call
  // said again in another spelling, as an interpreter or a paper writes it; round 92.)
  const spoken = [...nameWords].filter(([w, written]) => written && w.length >= 4).map(([w]) => w);
  const spellingKeys = spoken.map(spellingKey);
  // (0: no other spelling; 1: another spelling; 2: only a pet form. Review of round 92: not a region, "Region Kronoberg" after
  // "Eva Kronberg"; a pet form not before another capitalised word, "Canary Wharf" after "Joe Canavan".)
  const otherSpellings = new Map<string, 0 | 1 | 2>();
  const anotherSpelling = (t: Token, next: Token | undefined): boolean => {
    if (!t.capitalised || t.sentenceStart || spellingKeys.length === 0 || [...t.lower].length < 4) return false;
    let other = otherSpellings.get(t.lower);
    if (other === undefined) {
      const plain = t.lower.replace(/['’]s$/u, '');
      const key = spellingKey(folded(plain));
      other = stopWords.has(plain) || ((names.get(plain) ?? 0) & NameFlag.common) !== 0 || lexicon().places.has(plain) || REGIONS.has(plain) || neverAName(plain) || LANGUAGES_SAID.has(plain)
        ? 0 : spellingKeys.some((k) => spellingsClose(key, k)) ? 1 : spoken.some((w) => shortFormOf(folded(plain), w)) ? 2 : 0;
      otherSpellings.set(t.lower, other);
    }
    return other === 1 || (other === 2 && !(next?.kind === 'word' && next.capitalised));
  };
  for (const [u, a] of analyses.entries()) {
    const found: Candidate[] = [];
    for (let k = 0; k < a.tokens.length; k++) {
      const t = a.tokens[k]!;
      if (t.kind !== 'word') continue;
      const word = knownWord(t.lower);
      if (word === undefined) {
        if (anotherSpelling(t, a.tokens[k + 1]) && !insideEntity(a, t) && !placeNamedAt(a, k) && !wordOpeningItsSentence(a.tokens, k, true) && !townSaidAgain(a.tokens, k) && !namesInstitution(a.tokens, k)) found.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
        continue;
      }
      // A name that is also a word ("Per", "Maj", "Field", "Lax") recurs as a name only when written
      // as one: "Joy Field, like a field of grass".
      if (nameWords.get(word) === false && !t.capitalised) continue;
      // "Vårdcentralen Lind" after "Kerstin Lind": an institution keeps its name. "in August", "i maj": a name that is
      // a month stays one after a preposition of time. (A firm does not: "Hallbergs Måleri" after "Annelie Hallberg"
      // would show her surname; memory fails closed. Nor a hotel or a restaurant: "Hotell Dahlqvist" after "Karl
      // Dahlqvist", review 82.)
      // ("Lunds universitet" after "Ebba Lund", "Sankt Görans sjukhus" after "Göran": a place's or a saint's institution too;
      // not "Eriks gymnasium" after "Erik Sundqvist".)
      const placeOrSaint = lexicon().places.has(word.replace(/['’]?s$/u, '')) || SAINTS.has(a.tokens[k - 1]?.lower ?? '');
      // ("Per månad …": the ordinary word opening its sentence, round 69; a name the call holds is the name elsewhere, so
      // only "Per" before a unit, round 69's review.)
      if (wordOpeningItsSentence(a.tokens, k, true)) continue;
      if (townSaidAgain(a.tokens, k) || (namesInstitution(a.tokens, k) && !namesEstablishment(a.tokens, k)) || isMinaPages(a.tokens, k) || isFrejaEid(a.tokens, k) || (placeOrSaint && publicInstitutionAfter(a.tokens, k) !== undefined) || (MONTHS.has(t.lower) && TIME_BEFORE_MONTH.has(a.tokens[k - 1]?.lower ?? ''))) continue;
      // (A function word needs a capital mid-sentence; any other ordinary word a capital.)
      const asWord = !t.capitalised && (((names.get(t.lower) ?? 0) & NameFlag.common) !== 0 || explainsAName(a.tokens, t));
      // (Set off by a comma at a sentence's start, a vocative: "Tack. Will, vad gäller det?" after "Will Garside", round 69's review.)
      // (A first name the lists know, and no answer word: "No, Hasan and I …" after "Gazi Bulvarı No 17".)
      const vocative = a.tokens[k + 1]?.text === ',' && ((names.get(t.lower) ?? 0) & NameFlag.first) !== 0 && !ANSWER_WORDS.has(t.lower);
      const asName = stopWords.has(t.lower) ? t.capitalised && (!t.sentenceStart || vocative) : !asWord;
      // (A function word remembered from an address, "hans punkt berg", not where it opens a sentence: "Will it be taxed?")
      if (asName || (emailWords.has(word) && !insideEntity(a, t) && !(stopWords.has(t.lower) && t.sentenceStart))) {
        found.push({ type: 'name', start: t.start, end: t.end, confidence: Confidence.cued });
      }
    }
    for (const whole of a.runs) {
      const run = withoutAgeBefore(a.tokens, whole);
      const type = numbers.get(run.digits) ?? repeatedType(numbers, run.digits) ?? lastFourMisread(numbers, a.tokens, run);
      // ("I'll repeat: G1816 9257": the letters and figures written as one word before a number said again are its start; round 90.)
      const lettered = a.tokens[run.firstToken - 1];
      // (Review of round 90: only where its figures were said with the number before, "Rum A12 800101-1234" keeps the room.)
      const letteredSaid = !!lettered && letteredWords.has(lettered.lower);
      const from = type && lettered?.kind === 'word' && /^\p{L}{1,3}\d+$/u.test(lettered.text) && letteredSaid ? lettered.start : run.start;
      if (type) found.push({ type, start: from, end: run.end, confidence: Confidence.cued });
      // (Not as an amount: "1302 kronor".)
      // (Round 69's review: the postcode's exemptions too, "case number 300"; said in figures, "betalat tre hundra arton" is a
      // sum; not a year or a rate, "I mars 2021", "204 a week", "300 after tax".)
      else if (dwellingNumbers.has(run.digits) && a.tokens[run.firstToken]?.kind === 'digits' && !a.candidates.some((c) => c.start < run.end && run.start < c.end) && !UNITS.has(a.tokens[run.lastToken + 1]?.lower ?? '') && !dwellingNumberIsSum(a.tokens, run) && cueBefore(a.tokens, run.firstToken) !== 'exempt') found.push({ type: 'address', start: run.start, end: run.end, confidence: Confidence.cued });
      // ("det står Kopparslagargatan 4, men jag bor på Kopparslagargatan 14" … "Jag ser 4 här, det ska vara fjorton?": a house
      // number put right, said alone a few turns later, in figures or words, is the address's; round 75.)
      // (Each part of a run: "Ja, fjorton, 582 22 Linköping" is one run with the postcode.)
      else if (corrected.size > 0 && !UNITS.has(a.tokens[run.lastToken + 1]?.lower ?? '') && !isTime(a.tokens, run.firstToken) && !isAmountOrDay(a.tokens, run) && !ageSaid(a.tokens, run) && cueBefore(a.tokens, run.firstToken) !== 'exempt') {
        for (const part of run.parts) {
          // (Not "en trea", "day 8", "sidan 3": a count, a day or a page.)
          const before = a.tokens[part.firstToken - 1]?.lower ?? '';
          if (NOT_A_HOUSE_BEFORE.has(before) || PAGE_WORDS.has(before)) continue;
          if (corrected.get(part.digits)?.some((at) => u >= at && u - at <= READ_BACK_TURNS) && !a.candidates.some((c) => c.start < part.end && part.start < c.end) && houseNumberSaidAlone(a.tokens, part.firstToken, part.lastToken, a.candidates)) found.push({ type: 'address', start: part.start, end: part.end, confidence: Confidence.cued });
        }
      }
      // (Not an amount or a case's number in the same figures: "41263 kronor", "Ärendenumret är 41263", round 61's review.)
      else if (postcodeSaidBefore(postcodes, run.digits, u, postcodeTurns.has(u) || postcodeTurns.has(u - 1)) && !a.candidates.some((c) => c.start < run.end && run.start < c.end) && !UNITS.has(a.tokens[run.lastToken + 1]?.lower ?? '') && cueBefore(a.tokens, run.firstToken) !== 'exempt') {
        found.push({ type: 'postcode', start: run.start, end: run.end, confidence: Confidence.cued });
        postcodeTurns.add(u);
      }
      // "Sorry, was that forty-nine or fifty-nine?": a birth year read back a few turns later.
      const said = yearShaped(run) ? birthYears.get(run.digits.slice(-2)) : undefined;
      // (Not a day beside its month: "resa till Libanon den 20 december" after a son born in 2020.)
      // (A day is 1–31: "Sorry, May 49?" reads a birth year back.)
      const day = run.digits.length <= 2 && Number(run.digits) >= 1 && Number(run.digits) <= 31;
      const dayOfMonth = day && (MONTHS.has(a.tokens[run.lastToken + 1]?.lower ?? '') || MONTHS.has(a.tokens[run.firstToken - 1]?.lower ?? ''));
      if (said?.some((at) => u > at && u - at <= READ_BACK_TURNS) && !UNITS.has(a.tokens[run.lastToken + 1]?.lower ?? '') && !dayOfMonth) {
        found.push({ type: 'dateOfBirth', start: run.start, end: run.end, confidence: Confidence.cued });
        // ("Då har han 1949, inte 1939?": the year read in its place is the year of birth put right, round 52.)
        const not = NEGATIONS.has(a.tokens[run.firstToken - 1]?.lower ?? '') ? run.firstToken - 1 : undefined;
        const before = not === undefined ? undefined : a.runs.find((r) => yearShaped(r) && (r.lastToken === not - 1 || (r.lastToken === not - 2 && a.tokens[not - 1]!.text === ',')));
        if (before) found.push({ type: 'dateOfBirth', start: before.start, end: before.end, confidence: Confidence.cued });
      }
    }
    // "No wait, it's the fifth." "Sorry, my mistake, the fifth.", "Ja, tolfte augusti.": the day of a date of birth said back
    // a turn or two later, alone or with its month (with another month it is another date).
    // ("So the 24th of November twenty twenty-six" after "On the twenty-fourth of November": in figures too.)
    // (Only right after a turn with the date of birth in it: "On the first, I think" answers "when did the payment stop?".)
    const birthBefore = u > 0 && analyses[u - 1]!.candidates.some((c) => c.type === 'dateOfBirth');
    let readFromRecord = false;
    for (const [k, t] of birthBefore ? a.tokens.entries() : []) {
      const ordinal = ordinalDay(a.tokens, k);
      const said = ordinal && birthDays.get(ordinal.day);
      if (!ordinal || insideEntity(a, t)) continue;
      const last = a.tokens[ordinal.end]!;
      const month = [a.tokens[ordinal.end + 1], a.tokens[ordinal.end + 2], a.tokens[k - 1]].find((n) => n !== undefined && MONTHS.has(n.lower));
      // ("I have the fifth of April, let me check", "Jag har tredje juli här": the agent reading the record's date of birth,
      // another day and month than the caller's, right after it; round 72.)
      const monthEnd = Math.max(ordinal.end, ...[ordinal.end + 1, ordinal.end + 2].filter((m) => MONTHS.has(a.tokens[m]?.lower ?? '')));
      if (month && !readFromRecord && fromTheRecord(a.tokens, k, monthEnd, speakers[u] === 'agent')) {
        readFromRecord = true;
        found.push({ type: 'dateOfBirth', start: Math.min(month.start, t.start), end: Math.max(month.end, last.end), confidence: Confidence.cued });
        continue;
      }
      if (!said?.some((at) => u > at && u - at <= READ_BACK_TURNS)) continue;
      if (month && !birthMonths.has(month.lower)) continue;
      // ("His pension came in on the nineteenth": the day alone, of a payment named before it.)
      if (!month && paymentsDay(a.tokens, k)) continue;
      // (Said as a day: with its month, after "the"/"den", or alone as its sentence; not "just a second", "andra saker".)
      const alone = (k === 0 || a.tokens[k - 1]!.kind === 'punct') && (a.tokens[ordinal.end + 1]?.kind ?? 'punct') === 'punct';
      if (!month && !alone && !DAY_ARTICLES.has(a.tokens[k - 1]?.lower ?? '')) continue;
      const end = month && month.start > t.start ? month.end : last.end;
      found.push({ type: 'dateOfBirth', start: month && month.start < t.start ? month.start : t.start, end, confidence: Confidence.cued });
    }
    // ("Jag ser andra december fyrtioett här?" "Nej, februari.": the month of a date of birth said alone, as its sentence.)
    for (const [k, t] of birthBefore ? a.tokens.entries() : []) {
      const said = t.kind === 'word' ? birthMonths.get(t.lower) : undefined;
      if (!said?.some((at) => u > at && u - at <= READ_BACK_TURNS) || insideEntity(a, t)) continue;
      const before = a.tokens[k - 1];
      const alone = (!before || before.kind === 'punct' || CORRECTING_WORDS.has(before.lower)) && (a.tokens[k + 1]?.kind ?? 'punct') === 'punct';
      if (alone) found.push({ type: 'dateOfBirth', start: t.start, end: t.end, confidence: Confidence.cued });
    }
    for (const t of a.tokens) {
      if (t.capitalised && farms.has(t.lower) && !insideEntity(a, t)) found.push({ type: 'address', start: t.start, end: t.end, confidence: Confidence.cued });
    }
    for (const address of addresses) {
      for (let at = a.text.indexOf(address); at >= 0; at = a.text.indexOf(address, at + 1)) {
        // (Not the start of a longer word: "eight" remembered is not in "eighteen", round 49. Fails closed: "Skogstorps",
        // "Storgatan 5A", "Storgatan 51" take the rest of their word with them.)
        const rest = /^[\p{L}\p{N}]*/u.exec(a.text.slice(at + address.length))![0];
        if (/^\p{L}{2,}/u.test(rest) && numberWordAtoms(address.toLowerCase()) !== undefined) continue;
        // (Round 78: nor "eight" in "eighty-one", one letter on and another number; "fyra" in "fyran" stays taken.)
        if (/^\p{L}/u.test(rest) && otherNumberWord(address, rest)) continue;
        // (Round 78: a house number said alone in words is no count, duration or card's last digits said elsewhere in the call:
        // "for five months", "sista fyra 4821".)
        if (numberWordAtoms(address.toLowerCase()) !== undefined && (UNITS.has(/^\s*([\p{L}%]+)/u.exec(a.text.slice(at + address.length))?.[1]?.toLowerCase() ?? '') || NOT_HOUSE_DIGITS_BEFORE.test(a.text.slice(0, at)))) continue;
        found.push({ type: 'address', start: at, end: at + address.length + rest.length, confidence: Confidence.cued });
      }
    }
    // Once the call has a date of birth, a year said short with its apostrophe or dash is another ("det är frun som är -48",
    // "my son's the '74", "Sorry, I said '48, I meant '47"), and so is a year denied ("inte 1939, 1929"): how birth years
    // are said and corrected, not years of events (round 31).
    if (birthSaid) {
      // (A year denied only beside the date of birth it corrects: "född 1938, inte 1939".)
      const beside = (at: number) => a.candidates.some((c) => c.type === 'dateOfBirth' && Math.abs(c.start - at) <= 30);
      // (Said short with its dash, only right after the date it corrects: "född -41, inte -42"; not "Hyran gick upp -22,
      // inte -21 som ni skrev. Jag är född 1950.")
      const rightAfter = (at: number) => a.candidates.some((c) => c.type === 'dateOfBirth' && c.end <= at && at - c.end <= 8);
      const denied = [...a.text.matchAll(DENIED_YEAR)].filter((m) => (/^\d/u.test(m[0]) ? beside(m.index) : rightAfter(m.index)));
      for (const m of [...a.text.matchAll(SHORT_BIRTH_YEAR), ...denied]) {
        found.push({ type: 'dateOfBirth', start: m.index, end: m.index + m[0].length, confidence: Confidence.cued });
      }
    }
    // Once the call has an address, the rest of a home said on its own is part of it: a house number with its letter
    // ("och inte 18 B", "Förlåt, 17 B."), a floor of one's home ("jag bor 2 tr upp", "third floor") (round 30).
    if (addresses.size > 0) {
      // (A floor only in a clause about one's home: not "och kassan är på tredje våningen på Åhléns".)
      // (Each pattern runs only where the text has what every match of it contains, see HOUSE_LETTER_NEEDS and
      // FLOOR_NEEDS: the patterns' look-behinds are tried at every position of a text, most of which have neither.)
      const floorSaid = FLOOR_NEEDS[lang].some((s) => a.text.includes(s));
      const floors = floorSaid ? [...a.text.matchAll(FLOOR[lang])].filter((m) => HOME_SAID[lang].test(clauseAt(a.text, m.index))) : [];
      const houseLetters = HOUSE_LETTER_NEEDS.test(a.text) ? [...a.text.matchAll(HOUSE_LETTER[lang])] : [];
      for (const m of [...houseLetters, ...floors]) found.push({ type: 'address', start: m.index, end: m.index + m[0].length, confidence: Confidence.cued });
      // ("mamma säger sex A, inte bara sex": the same number said bare after "inte bara", "not just"; round 90.)
      for (const m of houseLetters) {
        const bare = m[0].slice(0, m[0].lastIndexOf(' '));
        for (const t of a.tokens) if (t.start > m.index && t.text === bare && BARE_AGAIN.test(a.text.slice(Math.max(0, t.start - 12), t.start))) found.push({ type: 'address', start: t.start, end: t.end, confidence: Confidence.cued });
      }
      // ("Strand, what? Strandvägen, twelve": a street's first part said alone before the street in the turn; round 90.)
      for (const t of a.tokens) {
        // (Set off by a pause or a question, and no place the lists know: "Jag bor i Skene, eh Skenevägen 4" keeps the town.)
        // (Review of round 90: nor a word after a place's preposition, "i Skene, eh Skenevägen 4".)
        if (t.kind !== 'word' || !t.capitalised || t.text.length < 4 || insideEntity(a, t) || PLACE_PREPOSITIONS.has(a.tokens[a.tokens.indexOf(t) - 1]?.lower ?? '') || a.tokens[a.tokens.indexOf(t) + 1]?.kind !== 'punct' || lexicon().places.has(t.lower) || lexicon().worldPlaces.has(t.lower)) continue;
        const street = [...addresses].map((x) => /^\p{L}+/u.exec(x)?.[0] ?? '').find((w) => w.length > t.text.length && w.startsWith(t.text) && a.tokens.some((o) => o.start > t.start && o.text === w));
        if (street) found.push({ type: 'address', start: t.start, end: t.end, confidence: Confidence.cued });
      }
    }
    a.candidates.push(...found);
    // A name found again may have its other part beside it ("Chidi Okafor" after "Grace Okafor"); the
    // utterance's own names were run on when it was analysed.
    if (found.some((c) => c.type === 'name')) a.candidates.push(...namesRunOn(a.tokens, a.candidates, lang));
  }
}

/** The words a place is said after, so the word after them is the town, not a street's first part (review of round 90). */
const PLACE_PREPOSITIONS: ReadonlySet<string> = new Set(['i', 'in', 'från', 'from', 'till', 'to', 'vid', 'near', 'nära', 'utanför', 'outside']);
/** "he's", "you're", "är hon": the words an age is asked or said after (round 66). */
const AGE_SUBJECTS = new Set(["he's", "she's", "you're", "i'm", 'he’s', 'she’s', 'you’re', 'i’m']);
/** An English count in words: the subjects above are English, and other languages' number words are surnames too (Diez, Kuusi, Cinco, Null, Acht: round 66's review). */
const ENGLISH_COUNT = /^(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:-(?:one|two|three|four|five|six|seven|eight|nine))?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|hundred)$/;
/** A count said in English words under 120, "eighty-five", "eighty five", "a hundred and two". */
const ageWords = (tokens: readonly Token[]): number | undefined => {
  const words = tokens.filter((t) => t.kind !== 'punct');
  if (words.length === 0 || words.length > 2 || !words.every((t) => t.kind === 'word' && ENGLISH_COUNT.test(t.lower))) return undefined;
  let value = 0;
  for (const t of words) {
    const atoms = numberWordAtoms(t.lower);
    if (!atoms || atoms.some((a) => a < 0)) return undefined;
    value += atoms.reduce((a, b) => a + b, 0);
  }
  return value < 120 ? value : undefined;
};
/** A question for a number or a house: "which number?", "vilket nummer?", "what house?". */
const NUMBER_ASKED = /^(?:number|numbers|nr|nummer|numret|numbret|house|huset|husnummer|husnumret|door|flat|lägenhet|lägenheten|which|vilket|vilken)$/;
/** "…, Carlos Diez", "…, Antonio?": a comma and a capitalised word after a word make it a name said with its first name. */
const NOT_A_NAME_AFTER = new Set(['yes', 'yeah', 'no', 'right', 'correct', 'that', "that's", 'i', "i'm", 'he', 'she', 'and', 'born', 'sorry', 'ok', 'okay']);
const nameAfterComma = (tokens: readonly Token[], k: number): boolean =>
  tokens[k]?.text === ',' && tokens[k + 1]?.kind === 'word' && tokens[k + 1]!.capitalised && !NOT_A_NAME_AFTER.has(tokens[k + 1]!.lower);
/**
 * "He's eighty-five?" "Eighty-five, born …": a count in words after "he's"/"you're" is no one's name, and the age asked so and
 * said again at the start of the answer is the age, no house number (round 66). Only what no checksum found.
 */
function agesNotNamed(analyses: UtteranceAnalysis[]): void {
  analyses.forEach((a, u) => {
    const inside = (c: Candidate) => a.tokens.filter((t) => t.start >= c.start && t.end <= c.end);
    const asked = new Set<number>();
    const previous = analyses[u - 1];
    if (previous) {
      // (Only a count that ends the question: "You're forty-four Park Road?" asks a house number, round 66's review.)
      previous.tokens.forEach((t, k) => {
        const closes = !previous.tokens[k + 2] || previous.tokens[k + 2]!.text === '?';
        const value = AGE_SUBJECTS.has(t.lower) && closes ? ageWords(previous.tokens.slice(k + 1, k + 2)) : undefined;
        if (value !== undefined) asked.add(value);
      });
    }
    const numberAsked = previous !== undefined && previous.tokens.some((t) => NUMBER_ASKED.test(t.lower));
    a.candidates = a.candidates.filter((c) => {
      if (c.confidence >= Confidence.validated) return true;
      const value = ageWords(inside(c));
      if (value === undefined) return true;
      const first = a.tokens.findIndex((t) => t.start >= c.start);
      const next = a.tokens.findIndex((t) => t.start >= c.end);
      // (Written in lower case mid-sentence, and not followed by a comma and a name: "he's Diez, Antonio" stays a name.)
      if (next >= 0 && nameAfterComma(a.tokens, next)) return true;
      if (c.type === 'name' && AGE_SUBJECTS.has(a.tokens[first - 1]?.lower ?? '') && inside(c).every((t) => t.text === t.lower)) return false;
      // ("he's nine, born on Christmas Eve": the age with the birth said after it is no house number said again, round 68.)
      // (Not in the answer to "which number?": there it is the house number said again, round 68's review.)
      if (c.type === 'address' && !numberAsked && AGE_SUBJECTS.has(a.tokens[first - 1]?.lower ?? '') && a.tokens[next]?.text === ',' && a.tokens[next + 1]?.lower === 'born') return false;
      return !((c.type === 'address' || c.type === 'name') && first === 0 && asked.has(value));
    });
  });
}
