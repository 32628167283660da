import { Confidence, type Candidate } from './candidates.js';
import { NameFlag, lexicon } from './lexicon.js';
import { isNumberToken, numberWordAtoms, type NumberRun } from './numbers.js';
import { PARTICLES as NAME_PARTICLES } from './names.js';
import { ellipsisDotAt, folded, HESITATIONS, SENTENCE_END_MARKS, type Token } from './tokens.js';
import { matchesOf, rememberedTest } from './patterns.js';
import { UNITS } from './units.js';
import { alphabetItemLength, CASE_WORDS, diacriticAfter } from './spelling.js';

// Written: found from each "@" outwards, so a long run of letters without one costs nothing.
const LOCAL_CHAR = /[\p{L}\p{N}._%+-]/u;
const DOMAIN = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.\p{L}{2,}/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 255;

// Spoken: "anna punkt svensson snabel-a gmail punkt com", "john dot smith at gmail dot com".
const AT_WORDS = new Set(['snabel-a', 'snabela', 'at', '@', 'at-tecken', 'at-tecknet', 'kanelbulle', 'kanelbullen', 'at-sign']);
/** Words for the "at" that are words of their own too ("kanelbulle", Swedish slang for @). */
const WORD_ATS: ReadonlySet<string> = new Set(['kanelbulle', 'kanelbullen']);
/** "ulla punkt sjöberg på telia punkt com": "på" stands for @ only after a local part with a dot in it. */
const WEAK_AT_WORDS = new Set(['på']);
/** Every word an "at" is said with ("snabel a" as two words too): one look-up a token, for every utterance. */
const SAID_ATS: ReadonlySet<string> = new Set([...AT_WORDS, ...WEAK_AT_WORDS, 'snabel']);
/** Providers that are nothing but mail (not "Telia", "Sky", "Orange", firms one works at or pays): "olle på hotmail" is an address. */
const MAIL_ONLY = new Set(['gmail', 'googlemail', 'hotmail', 'outlook', 'yahoo', 'ymail', 'icloud', 'protonmail', 'gmx', 'yandex', 'fastmail']);
/** Mail providers people name without the ending: "hannah dot berglund at gmail". */
/** Internet providers that are nothing but a home's line and mail (not "Sky", "Orange", "Telia", firms one pays for more). */
const ISP_ONLY = new Set(['btinternet', 'btopenworld', 'talktalk', 'ntlworld', 'virginmedia', 'plusnet', 'blueyonder', 'tiscali', 'eircom', 'bredband', 'bredband2', 'comhem', 'bahnhof', 'glocalnet', 'spray', 'passagen']);
const PROVIDERS = new Set([
  ...MAIL_ONLY, ...ISP_ONLY, 'live', 'msn', 'telia', 'proton', 'tele2', 'telenor',
  'me', 'aol', 'web', 'mail', 'sky', 'wp', 'onet', 'interia', 'seznam', 'libero', 'orange', 'zoho',
]);
/** A dot said aloud ("punkt", "dot"): what comes before an ending said alone ("punkt se"). */
const SPOKEN_DOTS = new Set(['punkt', 'dot']);
/** A dot said or written: inside an address read out ("period" and "." also end sentences, so never alone). */
const DOT_WORDS = new Set([...SPOKEN_DOTS, 'period', '.']);
/** A mail provider or a home's internet provider. */
const isProvider = (lower: string): boolean => MAIL_ONLY.has(lower) || ISP_ONLY.has(lower);
/** An ending said with its dot at token `j`: "punkt se", "dot com". */
const endingAt = (tokens: readonly Token[], j: number): boolean => SPOKEN_DOTS.has(tokens[j]?.lower ?? '') && TOP_LEVEL.has(tokens[j + 1]?.lower ?? '');
/** Endings that are English words too: after "point" they go on a sentence ("at that point is when …"), no address. */
const WORDS_AFTER_POINT = new Set(['is', 'in', 'at', 'me', 'no', 'it', 'us', 'co', 'to']);
/** Endings said right after a provider without their dot: no other word follows a provider so. */
const ENDINGS_SAID_ALONE = new Set(['com', 'se', 'net', 'nu', 'org']);
// ("mike dot o apostrophe brien at …": an apostrophe joins pieces of the local part too.)
const JOIN_WORDS = new Set(['punkt', 'dot', 'period', '.', 'understreck', 'underscore', '_', 'bindestreck', 'streck', 'dash', 'hyphen', '-', 'apostrophe', 'apostrof']);
const TOP_LEVEL = new Set([
  'com', 'se', 'nu', 'net', 'org', 'uk', 'eu', 'de', 'no', 'dk', 'fi', 'info', 'io', 'edu', 'gov', 'biz', 'es', 'fr', 'it', 'pl',
  'pt', 'nl', 'be', 'at', 'ch', 'ca', 'us', 'au', 'nz', 'ie', 'ee', 'lv', 'lt', 'gr', 'tr', 'is', 'co', 'cz', 'hu', 'ro', 'hr', 'rs', 'me',
  'ru', 'ua', 'ba', 'si', 'sk', 'bg', 'ir', 'iq', 'sy', 'th', 'ph', 'in', 'cn', 'jp', 'br', 'cl', 'ar', 'mx', 'za',
]);

/** E-mail addresses, written or spoken. */
export function findEmails(text: string, allTokens: Token[], mailAsked = false, addressBefore = false): Candidate[] {
  const mailTalk = mailAsked || MAIL_MENTION.test(text);
  // (An agency's own role mailbox, "registrator@pensionsmyndigheten.se", is nobody's personal data: kept, as its public
  // numbers are; an employee's own address at the agency is a person's, round 47.)
  // (Most turns have none: `flatMap` over an empty array still costs a closure and V8's slow builtin, so it runs only on
  // addresses found; the array returned is fresh either way, and is added to below.)
  const { atSaid, dotOrProvider, underscore } = emailWordsIn(allTokens);
  const written = writtenAndSpokenEmails(text, allTokens, mailTalk, atSaid);
  const found = written.length === 0 ? written : written.flatMap((c) => withoutAgencyMailbox(text, c));
  if (found.length > 0 || mailTalk) found.push(...falseStarts(text, found, mailTalk));
  if (underscore) found.push(...underscoredPieces(allTokens, found));
  if (atSaid || found.length > 0) found.push(...cutOffAtPause(allTokens, found.length > 0));
  if (found.length > 0) found.push(...spokenAgain(text, allTokens, found));
  found.push(...domainPieces(allTokens, found, found.length > 0 || addressBefore, dotOrProvider));
  return found;
}

/** An underscore said aloud: no word of speech but a piece of a login or an address. */
const UNDERSCORE_WORDS: ReadonlySet<string> = new Set(['underscore', 'understreck']);
/** What the passes below first ask of every token, by one look-up a token: an "at" said (SAID_ATS), a spoken dot or a provider. */
const AT_SAID = 1;
const DOT_OR_PROVIDER = 2;
const UNDERSCORE = 4;
const EMAIL_WORD_KINDS: ReadonlyMap<string, number> = (() => {
  const kinds = new Map<string, number>();
  for (const w of SAID_ATS) kinds.set(w, (kinds.get(w) ?? 0) | AT_SAID);
  for (const w of [...SPOKEN_DOTS, ...MAIL_ONLY, ...ISP_ONLY]) kinds.set(w, (kinds.get(w) ?? 0) | DOT_OR_PROVIDER);
  for (const w of UNDERSCORE_WORDS) kinds.set(w, (kinds.get(w) ?? 0) | UNDERSCORE);
  return kinds;
})();
/**
 * In one look at the turn's tokens: whether one is in SAID_ATS (`atSaid`), whether one is a spoken dot or a provider
 * (`dotOrProvider`, as `SPOKEN_DOTS.has(t.lower) || isProvider(t.lower)`), and whether one is an underscore's word
 * (`underscore`, UNDERSCORE_WORDS).
 */
function emailWordsIn(tokens: readonly Token[]): { atSaid: boolean; dotOrProvider: boolean; underscore: boolean } {
  let kinds = 0;
  for (const t of tokens) kinds |= EMAIL_WORD_KINDS.get(t.lower) ?? 0;
  return { atSaid: (kinds & AT_SAID) !== 0, dotOrProvider: (kinds & DOT_OR_PROVIDER) !== 0, underscore: (kinds & UNDERSCORE) !== 0 };
}

/**
 * "leah underscore f, or leah dash f?": pieces joined by a spoken underscore are a local part or a login wherever they are
 * said, with no "at" and no address in the turn (nothing else is said with an underscore); the digits after them too.
 * Found before `spokenAgain`, which then takes the same words read with another join ("leah dash f"). (Round 95.)
 */
function underscoredPieces(allTokens: readonly Token[], found: readonly Candidate[]): Candidate[] {
  // (Commas kept: "with a dot, not an underscore, for the benefit" talks of the join, and a function word on either side
  // of it is the sentence's.)
  const tokens = allTokens.filter((t) => !HESITATIONS.has(t.lower));
  const { stopWords } = lexicon();
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length - 1; k++) {
    if (!UNDERSCORE_WORDS.has(tokens[k]!.lower) || !isPiece(tokens[k - 1]) || !isPiece(tokens[k + 1])) continue;
    if (stopWords.has(tokens[k - 1]!.lower) || (stopWords.has(tokens[k + 1]!.lower) && tokens[k + 1]!.text.length > 1)) continue;
    let start = k - 1;
    while (joinsAt(tokens as Token[], start - 1) && isPiece(tokens[start - 2])) start -= 2;
    let end = k + 1;
    while (joinsAt(tokens as Token[], end + 1) && isPiece(tokens[end + 2])) end += 2;
    while (isNumberToken(tokens[end + 1])) end++;
    // (A login's pieces: a name, a letter or figures among them, and no word of a form or a file, "förnamn understreck
    // efternamn", "pension underscore form underscore 2026": the review of round 95.)
    const pieces = tokens.slice(start, end + 1).filter((t) => isPiece(t));
    const personal = pieces.some((t) => t.kind === 'digits' || t.text.length === 1 || lexicon().names.has(t.lower));
    if (!personal || pieces.some((t) => FORM_WORD.test(t.lower))) {
      k = end;
      continue;
    }
    const [from, to] = [tokens[start]!.start, tokens[end]!.end];
    if (!found.some((c) => c.start <= from && to <= c.end)) out.push({ type: 'email', start: from, end: to, confidence: Confidence.cued });
    k = end;
  }
  return out;
}

/** A form's, a file's or a benefit's word, never a piece of a login: "förnamn", "personnummer", "ansökan", "form". */
const FORM_WORD =
  /^(?:förnamn\p{L}*|efternamn\p{L}*|personnummer\p{L}*|födelse\p{L}*|beslut\p{L}*|ansök\p{L}*|pension\p{L}*|forms?|blankett\p{L}*|fil|filen|file|datum|date|year|name|firstname|lastname|surname|\p{L}*tillägg\p{L}*|\p{L}*bidrag\p{L}*|intyg\p{L}*)$/u;
/** An "at" that names nothing but an address's: "snabel-a", "@", "at-tecken" (not "at", "på"). */
const strongAtWord = (t: Token | undefined): boolean => !!t && AT_WORDS.has(t.lower) && t.lower !== 'at';

/**
 * "hugo punkt ahl snabel-a… eh, den är ju hans", "isabella punkt… nej, bella punkt nord …", "seb dot… no, sorry, …": an
 * address broken off at a pause, its pieces joined by a dot or a dash and left hanging on a join word or a "snabel-a"
 * right before the "…". Only where the "at" left hanging names nothing else, or where the turn reads an address (`reading`):
 * the false start is the person's too (Round 95; fails closed).
 */
function cutOffAtPause(allTokens: readonly Token[], reading: boolean): Candidate[] {
  const tokens = allTokens.filter((t) => !HESITATIONS.has(t.lower)) as Token[];
  const out: Candidate[] = [];
  for (let k = 1; k < tokens.length; k++) {
    // (The first "." of "...", or "…".)
    if (!(tokens[k]!.text === '…' || (ellipsisDotAt(tokens, k) && !ellipsisDotAt(tokens, k - 1)))) continue;
    let j = k - 1;
    let hanging = false;
    let strongAt = false;
    if (strongAtWord(tokens[j]) || (tokens[j]!.lower === 'a' && tokens[j - 1]?.lower === 'snabel')) {
      j -= tokens[j]!.lower === 'a' ? 2 : 1;
      [hanging, strongAt] = [true, true];
    } else if (joinsAt(tokens, j) && tokens[j]!.lower !== '.') {
      j--;
      hanging = true;
    }
    if (!isPiece(tokens[j]) || (!strongAt && !reading)) continue;
    // (In a reading turn with no "at" left hanging, figures are no piece, nor walked back over: "ärende 2026 bindestreck…",
    // "och sen punkt två…"; nor a word of the sentence, "och": the review of round 95.)
    const sentenceWord = (t: Token): boolean => lexicon().stopWords.has(t.lower) && !lexicon().names.has(t.lower);
    if (!strongAt && (isNumberToken(tokens[j]) || numberWordAtoms(tokens[j]!.lower) !== undefined)) continue;
    const end = hanging ? k - 1 : j;
    let start = j;
    let joined = hanging;
    while (strongAt && isNumberToken(tokens[start]) && isPiece(tokens[start - 1])) start--;
    while (joinsAt(tokens, start - 1) && tokens[start - 1]!.lower !== '.' && isPiece(tokens[start - 2]) && (strongAt || !(isNumberToken(tokens[start - 2]) || sentenceWord(tokens[start - 2]!)))) [start, joined] = [start - 2, true];
    // (A function word alone before the dot is the sentence's, "det är punkt…", and a pronoun before a hanging "snabel-a",
    // "till er snabel-a…" (review of round 95); a join word is needed, "Hej…" is no address.)
    if (!joined || (start === j && sentenceWord(tokens[start]!))) continue;
    out.push({ type: 'email', start: tokens[start]!.start, end: tokens[end]!.end, confidence: Confidence.cued });
  }
  return out;
}

/**
 * The address without an agency's role mailbox at its end: none where it is the whole address; the words read before it
 * where they were taken with it ("karin punkt lund, kundservice@csn.se": hers stays an address; "på er sida,
 * kundservice@…" keeps the mailbox).
 */
function withoutAgencyMailbox(text: string, c: Candidate): Candidate[] {
  const address = text.slice(c.start, c.end);
  const mailbox = /[^\s,]+$/u.exec(address)!;
  if (!AGENCY_MAILBOX.test(mailbox[0])) return [c];
  const before = address.slice(0, mailbox.index).replace(/[\s,]+$/u, '');
  // (A word alone that names nobody was only read with it: "på er sida, kundservice@…".)
  const nobody = /^\p{L}+$/u.test(before) && !lexicon().names.has(before.toLowerCase());
  return before === '' || nobody ? [] : [{ ...c, end: c.start + before.length }];
}

/** The turn read an address or a piece of one: an "@", a "snabel-a", a provider or an ending said with its dot ("punkt com"). */
export const readsAddress = (tokens: readonly Token[] | undefined): boolean =>
  !!tokens?.some((t, k) => t.text === '@' || (AT_WORDS.has(t.lower) && t.lower !== 'at') || MAIL_ONLY.has(t.lower) || endingAt(tokens, k));

/** "it's dot com": what an ending alone is said after. */
const SAYING = new Set(["it's", 'its', "that's", 'är', 'blir']);
/** Where a site, not an address, is named: "ordered from telia dot com", "köpte det på telia punkt se". */
const SITE_PREPOSITIONS = new Set(['from', 'on', 'at', 'via', 'på', 'från', 'hos']);
/** "It ends in dot ie", "den slutar på punkt nu": an ending named as the end of an address. */
const ENDS_IN = [['slutar', 'på'], ['ends', 'in'], ['ends', 'with'], ['ending', 'in']];

/** The last word of an address read whole: its ending said ("dot com") or written ("e.ek@outlook.com"), round 96. */
const endsWhole = (last: string): boolean => TOP_LEVEL.has(last) || /@\S+\.\p{L}{2,}$/u.test(last);
/** What carries a sentence on from a provider named as a product, "Gmail is the only one now", "Gmail på telefonen"; review 96. */
const PROVIDER_GOES_ON = new Set(['is', 'was', 'är', 'var', 'on', 'in', 'i', 'på']);
/** Where an account is held, before a provider: "she's on Hotmail", "hon har det på Gmail" (an address may follow). */
const ACCOUNT_PLACES: ReadonlySet<string> = new Set(['on', 'på', 'hos', 'with', 'med', 'via']);
/**
 * What a provider named as the product is said right after (re-read of stop 63, fails closed): an article, a possessive,
 * a verb of using or having, or a denial, "Vi delar en Gmail", "I use Outlook", "Inte Hotmail". After any other word it
 * may be the provider of an address whose local part was just read, "min sons är kim lund sjuttio Hotmail".
 */
const PRODUCT_DETERMINERS: ReadonlySet<string> = new Set(['en', 'ett', 'min', 'mitt', 'din', 'ditt', 'sin', 'sitt', 'vår', 'vårt', 'er', 'ert', 'deras', 'hans', 'hennes',
  'a', 'an', 'the', 'my', 'your', 'our', 'their', 'his', 'her']);
const PRODUCT_BEFORE: ReadonlySet<string> = new Set([...PRODUCT_DETERMINERS, 'use', 'uses', 'used', 'using', 'have', 'has', 'had', 'open', 'opens', 'opened', 'share', 'shares',
  'not', 'no', 'använder', 'använde', 'har', 'hade', 'delar', 'delade', 'öppnar', 'öppnade', 'inte', 'ingen']);
/** "is"/"är": a lowercase word after it, before a provider, may be a local part read ("my son's is kim lund seventy Hotmail"). */
const SAYS_WHAT: ReadonlySet<string> = new Set(['is', 'är', "it's", "that's", 'var', 'was']);
/**
 * The local part of an address read before its provider without its "at", "och min sons är kim lund sjuttio Hotmail",
 * "hers is per holm ninety hotmail": up to five plain words or figures, none a stop word, right after "is"/"är" (the
 * re-read of stop 63, fails closed). Returns where it starts, or undefined.
 */
function localPartBefore(tokens: readonly Token[], k: number): number | undefined {
  const { stopWords } = lexicon();
  // ("hers is per holm, hotmail": a comma right before the provider.)
  const top = tokens[k - 1]?.text === ',' ? k - 1 : k;
  let j = top - 1;
  while (j >= 0 && top - j <= 5) {
    const t = tokens[j]!;
    if (t.kind !== 'word' && !isNumberToken(t)) break;
    if (SAYS_WHAT.has(t.lower)) return j < top - 1 ? j + 1 : undefined;
    if (stopWords.has(t.lower) && numberWordAtoms(t.lower) === undefined) break;
    j--;
  }
  // ("my son uses kimlund70 Hotmail": a word of letters and figures right before it.)
  let from = k - 1;
  while (from > 0 && tokens[from - 1]!.end === tokens[from]!.start && tokens[from - 1]!.kind !== 'punct') from--;
  const glued = tokens.slice(from, k).map((t) => t.text).join('');
  return from < k && /\p{L}/u.test(glued) && /\d/.test(glued) ? from : undefined;
}

/**
 * The local part of an address read after its provider, the provider first: "she's on Hotmail, lisa eriksson ninety.",
 * "det är Gmail, bo ek sextio.": after a comma, up to five plain words or figures to the sentence's end or the next comma
 * ("…, lisa eriksson ninety, I think."), none a stop word but number words, with a name of the lists or a figure among
 * them (fails closed; stop 63, stop 64). Returns the last token's index, or undefined.
 */
function localPartAfter(tokens: readonly Token[], k: number): number | undefined {
  if (tokens[k + 1]?.text !== ',') return undefined;
  const { names, stopWords } = lexicon();
  let named = false;
  let j = k + 2;
  for (; j < tokens.length && j - (k + 2) < 5; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') break;
    const figure = /\d/.test(t.text) || isNumberToken(t) || numberWordAtoms(t.lower) !== undefined;
    if (!figure && (t.kind !== 'word' || stopWords.has(t.lower) || t.capitalised)) return undefined;
    if (figure || names.has(t.lower)) named = true;
  }
  // ("Gmail, two accounts.", "Gmail, tre konton": a number word and a plain word after it, and nothing more, count things;
  // a local part reads its figures last. Not "Hotmail, four seasons eighty.": the stop-64 re-read.)
  const first = tokens[k + 2];
  const second = tokens[k + 3];
  if (first && second && j === k + 4 && numberWordAtoms(first.lower) !== undefined && !/\d/.test(first.text) && !names.has(second.lower) && numberWordAtoms(second.lower) === undefined) return undefined;
  const end = tokens[j];
  return named && j > k + 2 && (!end || SENTENCE_END_MARKS.has(end.text) || end.text === ',') ? j - 1 : undefined;
}

/**
 * A provider written with its capital is the product only after a word of PRODUCT_BEFORE, or after an article or a
 * possessive and one plain word ("en gemensam Gmail"), and with no figure, number word, name in the lists, or
 * lowercase word after "is"/"är" among the three tokens before it (the re-read of stop 63, fails closed).
 */
function productBefore(tokens: readonly Token[], k: number): boolean {
  const before = tokens[k - 1];
  const plain = (t: Token | undefined) => t?.kind === 'word' && /^\p{L}+$/u.test(t.text) && !t.capitalised;
  if (!before || !(PRODUCT_BEFORE.has(before.lower) || (plain(before) && PRODUCT_DETERMINERS.has(tokens[k - 2]?.lower ?? '')))) return false;
  const { names } = lexicon();
  for (let j = Math.max(0, k - 3); j < k; j++) {
    const t = tokens[j]!;
    if (t.kind === 'punct') continue;
    if (/\d/.test(t.text) || isNumberToken(t) || numberWordAtoms(t.lower) !== undefined) return false;
    if (names.has(t.lower) && !PRODUCT_BEFORE.has(t.lower) && !lexicon().stopWords.has(t.lower)) return false;
    const next = tokens[j + 1];
    if (SAYS_WHAT.has(t.lower) && next && j + 1 < k && next.kind === 'word' && !next.capitalised && !PRODUCT_BEFORE.has(next.lower)) return false;
  }
  return true;
}
/**
 * Pieces of an address said apart from it, as a caller corrects or completes one: "inte gmail, det är protonmail",
 * "gmail punkt com på slutet", "Protonmail. Punkt com?" / "Nej, punkt me." A mail provider with its ending, or an
 * ending said as what an address ends in, is one anywhere; a provider or an ending alone is one in a turn that reads an
 * address or after one that did (fails closed; not "Jag läser mejlen i Outlook", where no address is read).
 */
function domainPieces(tokens: readonly Token[], found: readonly Candidate[], reading: boolean, dotOrProvider: boolean): Candidate[] {
  const out: Candidate[] = [];
  // (Most turns name no provider and say no "punkt": `dotOrProvider`, see emailWordsIn.)
  if (!dotOrProvider) return out;
  const covers = (c: Candidate, t: Token) => c.start <= t.start && t.end <= c.end;
  const inside = (t: Token) => found.some((c) => covers(c, t)) || out.some((c) => covers(c, t));
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k]!;
    if (inside(t)) continue;
    // An ending: "punkt se", "dot co dot uk".
    // (A home's provider only with its ending: "bredband" alone is a word.)
    const provider = isProvider(t.lower);
    const from = provider ? k + 1 : k;
    let end = from;
    while (endingAt(tokens, end)) end += 2;
    const ending = end > from;
    // (An ending named as such alone, "den slutar på punkt nu"; a provider so named stays, "den slutar på hotmail".)
    const endsIn = ENDS_IN.some(([a, b]) => tokens[k - 2]?.lower === a && tokens[k - 1]?.lower === b);
    // (An ending alone stands apart from other words, or after the rest of a domain, "det är protonmail, proton punkt me";
    // not after a preposition, "I also ordered from telia dot com" names a site.)
    const before = tokens[k - 1];
    const domainBefore = !!before && (PROVIDERS.has(before.lower) || before.lower === 'co') && !SITE_PREPOSITIONS.has(tokens[k - 2]?.lower ?? '');
    const apart = provider || !before || before.kind === 'punct' || lexicon().stopWords.has(before.lower) || SAYING.has(before.lower) || domainBefore || endsIn;
    const read = (reading || out.length > 0) && apart;
    // ("… pike at gmail dot com, …, Gmail is the only one now": the provider of an address read whole, its ending said, named
    // again alone, is no piece of another address; kept. Round 96. Not after one without its ending, "at sign outlook, just
    // outlook", where it may go on, round 47.)
    const readWhole = (c: Candidate) => c.type === 'email' && c.end <= t.start && endsWhole(tokens.find((u) => u.end === c.end)?.lower ?? '') &&
      tokens.some((u) => u.start >= c.start && u.end <= c.end && u.lower === t.lower);
    // (Review 96, fails closed: only written as a product name with a verb or preposition going on from it; ending its
    // clause, "…, and hers is per holm, hotmail.", or lowercase as read, it may be the provider of another address.)
    const goesOn = t.capitalised && PROVIDER_GOES_ON.has(tokens[k + 1]?.lower ?? '');
    if (!ending && goesOn && MAIL_ONLY.has(t.lower) && found.some(readWhole)) continue;
    // ("Vi har en gemensam Gmail, …", "I use Outlook at work", "inte Hotmail, det kontot stängde jag": a provider alone,
    // written with its capital inside a sentence after a word of it, is the product named, not a piece read of an address,
    // which Whisper writes small; Round 95. Nor a piece of anyone's address alone.)
    // (Failing closed, on the merge with round 96's review: not where the account is, "she's on Hotmail, lisa eriksson
    // ninety", nor before a comma and a word that may be its local part, "or Gmail, priya shah, one word"; "Inte Hotmail,
    // det har jag slutat med" stays the product.)
    const partAfter = tokens[k + 1]?.text === ',' && tokens[k + 2]?.kind === 'word' && !lexicon().stopWords.has(tokens[k + 2]!.lower);
    // (The re-read of stop 63, fails closed: only after a word that says it is in use or owned, PRODUCT_BEFORE, and not
    // after a local part read, "och min sons är kim lund sjuttio Hotmail"; see productBefore.)
    const product = !ending && t.capitalised && !t.sentenceStart && before?.kind === 'word' && !SAID_ATS.has(before.lower) && !JOIN_WORDS.has(before.lower) &&
      !ACCOUNT_PLACES.has(before.lower) && !partAfter && productBefore(tokens, k);
    if (!(provider && ending) && !(MAIL_ONLY.has(t.lower) && read && !product) && !(ending && (read || endsIn))) continue;
    const after = !ending && MAIL_ONLY.has(t.lower) ? localPartAfter(tokens, k) : undefined;
    const last = ending ? end - 1 : after ?? k;
    const local = provider ? localPartBefore(tokens, k) : undefined;
    out.push({ type: 'email', start: local !== undefined ? tokens[local]!.start : (domainBefore && !provider ? before! : t).start, end: tokens[last]!.end, confidence: Confidence.cued });
    k = last;
  }
  return out;
}

/**
 * "rahul underscore mehta at gmail dot com, sorry, rahul underscore mehta ninety-five, then at gmail": the local part
 * said again, corrected, without its "at": words joined by "underscore", "punkt", "dash" that share a word with an
 * address found in the turn, with the digits said after them (round 21).
 */
function spokenAgain(text: string, allTokens: Token[], emails: readonly Candidate[]): Candidate[] {
  // ("alltså jott, bindestreck, holmgren, understreck, sju två": read again with pauses, the commas go; round 90.)
  const tokens = allTokens.filter((t) => t.text !== ',' && !HESITATIONS.has(t.lower));
  // ("… snabel-a ... postlåda punkt nu, utan prickar, alltså postlada punkt nu": the domain's own words too, as written
  // without their marks; round 67.)
  // ("lily-mae at telia dot com, lily hyphen mae": a word written with its hyphen is said again in its parts; Round 95.)
  const words = new Set(emails.flatMap((e) => [...localPartWords(tokens, e), ...domainWords(tokens, e)]).flatMap((w) => [w, ...w.split('-').filter((p) => p.length >= 3 && p !== w)]).map(folded));
  // "niamhbrennan57... sorry, with the dot, niamh.brennan57@…": the local part said without its dots.
  const undotted = new Set(emails.map((e) => text.slice(e.start, e.end).split('@')[0]!.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '')).filter((w) => w.length >= 5));
  // "s.holm95@…, S dot Holm ninety-five": the local part spelled back in its pieces, its letters the address's own.
  const lettersOnly = (w: string): string => w.toLowerCase().replace(/[^\p{L}]/gu, '');
  const spelled = new Set(emails.map((e) => lettersOnly(text.slice(e.start, e.end).split('@')[0]!)).filter((w) => w.length >= 4));
  const out: Candidate[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i]!.kind !== 'word' || emails.some((e) => e.start <= tokens[i]!.start && tokens[i]!.end <= e.end)) continue;
    if (undotted.has(tokens[i]!.lower)) {
      out.push({ type: 'email', start: tokens[i]!.start, end: tokens[i]!.end, confidence: Confidence.cued });
      continue;
    }
    // ("den med bindestreck, …", "with the dot, …": a function word before a join word talks of the address, unless it is its own.)
    if (lexicon().stopWords.has(tokens[i]!.lower) && !words.has(folded(tokens[i]!.lower))) continue;
    let last = i;
    // (A written "." joins only where it is a dot, not a sentence's end: "…, mailbox. I've had it for years".)
    while (JOIN_WORDS.has(tokens[last + 1]?.lower ?? '') && (tokens[last + 1]?.lower !== '.' || isDot(tokens, last + 1)) && (tokens[last + 2]?.kind === 'word' || isNumberToken(tokens[last + 2])) && !JOIN_WORDS.has(tokens[last + 2]!.lower)) last += 2;
    const pieces = tokens.slice(i, last + 1);
    if (last === i || !(pieces.some((t) => words.has(folded(t.lower))) || spelled.has(lettersOnly(pieces.filter((t) => !JOIN_WORDS.has(t.lower)).map((t) => t.text).join(''))))) continue;
    while (isNumberToken(tokens[last + 1])) last++;
    out.push({ type: 'email', start: tokens[i]!.start, end: tokens[last]!.end, confidence: Confidence.cued });
    i = last;
  }
  return out;
}

/**
 * "k.moss1977@…, k dot m-o-s-s, nineteen seventy-seven": the figures of an address's local part read out in words right
 * after the address (or its spelled pieces) are part of it, not a year. Only figures the address holds, and only right
 * after it (commas and fillers between): more is redacted, never less (round 69).
 */
export function emailFiguresReadOut(text: string, runs: readonly NumberRun[], candidates: readonly Candidate[]): Candidate[] {
  const emails = candidates.filter((c) => c.type === 'email');
  if (emails.length === 0) return [];
  const out: Candidate[] = [];
  for (const run of runs) {
    if (run.digits.length < 2 || emails.some((e) => e.start < run.end && run.start < e.end)) continue;
    const before = emails.find((e) => e.end <= run.start && /^[\s,.…]*(?:(?:eh|öh|uh|um|erm),?\s*)*$/iu.test(text.slice(e.end, run.start)));
    // (That address's own figures, and not before a unit: "…40@gmail.com, fyrtio procent av lönen", "…, sextiofem år fyllda",
    // round 69's review.)
    const own = before && (text.slice(before.start, before.end).split('@')[0]!.match(/\d+/gu) ?? ([] as string[])).includes(run.digits);
    const unit = /^[\s,]*([\p{L}%:-]+)/u.exec(text.slice(run.end))?.[1]?.toLowerCase();
    if (own && !(unit !== undefined && (UNITS.has(unit) || FIGURE_UNITS.has(unit)))) out.push({ type: 'email', start: run.start, end: run.end, confidence: Confidence.cued });
  }
  return out;
}

/** The unit after a number that `UNITS` lacks: "tolv pund" ("sextiofem år", "fyrtio procent" are in `UNITS`). */
const FIGURE_UNITS = new Set(['pund']);

/** Words said with an address that are none of its own: the "at", the dots, the provider, the ending. */
const ADDRESS_WORDS: ReadonlySet<string> = new Set([...SAID_ATS, ...JOIN_WORDS, ...PROVIDERS, ...TOP_LEVEL, 'post', 'info']);

/**
 * The words of an address before its "at" ("li77", "sjöholm"; three letters or more), read as written (`asWritten`:
 * without "och sen" or a remark on the spelling): not "gmail", "punkt", "com", which anyone may say again. The call
 * remembers them as the person's, and the address said again is found by them.
 */
export function localPartWords(tokens: readonly Token[], email: Candidate): string[] {
  const words: string[] = [];
  for (const t of asWritten(tokens.filter((x) => x.start >= email.start && x.end <= email.end && x.text !== ',' && !HESITATIONS.has(x.lower)))) {
    if (t.text === '@' || SAID_ATS.has(t.lower)) break;
    // (Not a function word that is no name, "har", nor "Sen" leading into it, "Sen punkt berglund": the call would hide them
    // wherever they recur; a number read in it is its own, "karin noll sju snabel-a …, noll sju som i juli".)
    // (A function word that is a name stays: "dag punkt lind", "inga punkt ek", "hans punkt berg", round 47's review.)
    const leading = words.length === 0 && BEFORE_AT.has(t.lower);
    // (Only a frequent first name among them: not "the" of "the.smiths", "will" of "will dot ng", round 48's review.)
    const ownWord = isNumberToken(t) || ((!lexicon().stopWords.has(t.lower) || ((lexicon().names.get(t.lower) ?? 0) & NameFlag.frequent) !== 0) && !leading);
    if (t.kind === 'word' && t.lower.length >= 3 && !ADDRESS_WORDS.has(t.lower) && t.lower !== 'point' && ownWord) words.push(t.lower);
  }
  return words;
}

/** "…, n, e, punkt, m, …": a spoken dot with two letters spelled one by one before it and one after it (commas between). */
function spelledAroundDot(tokens: readonly Token[]): boolean {
  const letters = tokens.filter((t) => t.text !== ',');
  // Round 67's review: not a web address or an abbreviation, where nothing says it is mail (no "at", no mail named — the
  // caller checks both): letters after the dot that spell a country's or a web ending ("g, o, v, dot, u, k", "s, v, t,
  // punkt, s, e", "b, b, c, dot, c, o, dot, u, k"), capitals only with one or two after the dot ("A, B, dot, C", "P, T, O,
  // dot, G, B"), or a sentence that names an abbreviation ("Förkortningen är t, e, l, punkt, n, r").
  if (tokens.some((t) => ABBREVIATION_WORDS.test(t.lower))) return false;
  return letters.some((t, k) => {
    if (!SPOKEN_DOTS.has(t.lower) || !isLetterToken(letters[k - 1]) || !isLetterToken(letters[k - 2]) || !isLetterToken(letters[k + 1])) return false;
    let b = k - 1;
    while (isLetterToken(letters[b - 1])) b--;
    let e = k + 1;
    while (isLetterToken(letters[e + 1])) e++;
    const before = letters.slice(b, k);
    const after = letters.slice(k + 1, e + 1);
    if (WEB_ENDINGS.has(after.map((x) => x.lower).join(''))) return false;
    const capitals = [...before, ...after].every((x) => /^\p{Lu}$/u.test(x.text));
    return !(capitals && after.length <= 2);
  });
}
/** Endings of a web address spelled after its dot. */
const WEB_ENDINGS: ReadonlySet<string> = new Set(['se', 'uk', 'ie', 'com', 'nu', 'org', 'net', 'gov', 'eu', 'co', 'dk', 'no', 'fi', 'de', 'io', 'info', 'ac', 'edu']);
/** Words that name letters as an abbreviation. */
const ABBREVIATION_WORDS = /^(?:förkortning\p{L}*|abbreviation\p{L}*|initials|initialerna|acronym)$/u;

/** The words of an address after its "at" that are its own (four letters or more; not a provider or an ending). */
function domainWords(tokens: readonly Token[], email: Candidate): string[] {
  const inside = tokens.filter((x) => x.start >= email.start && x.end <= email.end);
  const at = inside.findIndex((t) => t.text === '@' || SAID_ATS.has(t.lower));
  return at < 0 ? [] : inside.slice(at + 1).filter((t) => t.kind === 'word' && t.lower.length >= 4 && !ADDRESS_WORDS.has(t.lower)).map((t) => t.lower);
}

// "k.mwangi.se... nej, k punkt mwangi at proton punkt me": written pieces joined by dots, one a word or more.
const DOTTED = /(?<![\p{L}\p{N}@.])[\p{L}\p{N}][\p{L}\p{N}_-]*(?:\.[\p{L}\p{N}][\p{L}\p{N}_-]*)+(?![\p{L}\p{N}@])/gu;
const MAIL_MENTION = /(?:mejl|mail|e-post|epost)/i;
/** MAIL_MENTION for one word, remembered per word (every word of the turn before is tested, for every turn). */
const MAIL_MENTION_WORD = rememberedTest(MAIL_MENTION);
/** The agencies' role mailboxes, as written: not a person's. */
const AGENCY_DOMAINS = 'pensionsmyndigheten|forsakringskassan|försäkringskassan|skatteverket|csn|migrationsverket|kronofogden|arbetsformedlingen|arbetsförmedlingen';
// (Round 76: or the agency's own name at its own domain, "kronofogden@kronofogden.se", its published address: no one's.)
const AGENCY_MAILBOX = new RegExp(`^(?:(?:registrator|registraturen|info|kundservice|kundcenter|noreply|no-reply|kontakt|support)@(?:${AGENCY_DOMAINS})|(${AGENCY_DOMAINS})@\\1)\\.se$`, 'iu');

/** The turn before asked for or read an address ("vilken e-postadress …?", "… at gmail dot com"): this one may go on with it. */
export const mailAskedIn = (previous: readonly Token[] | undefined): boolean =>
  !!previous?.some((t) => MAIL_MENTION_WORD.test(t.lower)) && previous.some((t) => t.text === '?' || SAID_ATS.has(t.lower));

const NOT_MAIL_PIECES = new Set(['www', 'http', 'https', 'at', 'dot', 'punkt', 'snabel', 'gmail', 'hotmail', 'outlook', 'yahoo', 'icloud', 'telia', 'proton', 'protonmail', 'com', 'net', 'org']);

/**
 * A false start or an aside of an address said in the same turn: a written dotted string that
 * shares a word with an address found ("k.mwangi.se" before "k dot mwangi at …"), or, where the
 * turn talks of mail, one whose first piece is an initial or that ends in a country or mail ending
 * after three pieces or more ("anna.lind.se", "j.okafor.com"). "www." and two-piece sites stay.
 */
function falseStarts(text: string, emails: readonly Candidate[], mailTalk: boolean): Candidate[] {
  const out: Candidate[] = [];
  if (!/[\p{L}\p{N}]\.[\p{L}\p{N}]/u.test(text)) return out;
  const words = new Set<string>();
  for (const e of emails) for (const w of text.slice(e.start, e.end).toLowerCase().split(/[^\p{L}]+/u)) if (w.length >= 3 && !NOT_MAIL_PIECES.has(w)) words.add(w);
  for (const m of matchesOf(text, DOTTED)) {
    const start = m.index;
    const end = start + m[0].length;
    if (emails.some((e) => e.start < end && start < e.end)) continue;
    const pieces = m[0].toLowerCase().split('.');
    if (pieces[0] === 'www' || pieces.some((p) => /^\d+$/.test(p) && p.length > 2 && pieces.length === 2)) continue;
    const shares = pieces.some((p) => words.has(p));
    const shaped = (emails.length > 0 || mailTalk) && pieces.length >= 3 && TOP_LEVEL.has(pieces.at(-1)!) && /\p{L}/u.test(pieces[0]!);
    if (shares || shaped) out.push({ type: 'email', start, end, confidence: Confidence.cued });
  }
  return out;
}

/** An agency's own web site written whole, "forsakringskassan.se", "minasidor.csn.se", "www.skatteverket.se/blankett" (review 76). */
const AGENCY_SITE = new RegExp(`^(?:[\\p{L}\\d-]+\\.)*(?:${AGENCY_DOMAINS}|1177|polisen)\\.se(?![\\p{L}\\d-]|\\.[\\p{L}\\d])`, 'iu');
/**
 * A pronoun with its verb before a plain "at": where one is, "I'm at work", no local part (review 93). Only the contractions: a
 * bare pronoun ("I", "vi", "det") is a stop word, which no local part of one's own (`ownLocal`) holds already.
 */
const PRONOUN_CONTRACTIONS: ReadonlySet<string> = new Set(["i'm", 'im', "we're", "he's", "she's", "they're", "you're", "it's"]);
/** Words that stand for a person's own local part before "at": "me at annaberg.se", "him at lindqvist.se" (review 76). */
const PERSONAL_LOCALS: ReadonlySet<string> = new Set(['me', 'him', 'her', 'my', 'us', 'them', 'you', 'mig', 'dig', 'honom', 'henne', 'oss', 'jag', 'du', 'han', 'hon', 'jo']);

/** "kronofogden punkt se", "www punkt csn punkt se", "forsakringskassan dot se": an agency's site said with its dots (round 90). */
// (Review of round 90: only "www." before the agency's domain, nothing else: "jonas punkt kronofogden punkt se" is an address.)
const AGENCY_SITE_SAID = new RegExp(`^(?:${AGENCY_DOMAINS}|1177|polisen)\\.se(?![\\p{L}\\d-]|\\.[\\p{L}\\d])`, 'iu');
const agencySiteSaid = (said: string): boolean => AGENCY_SITE_SAID.test(said.toLowerCase().replace(/\s*,?\s*\b(?:punkt|dot)\b\s*,?\s*/gu, '.').replace(/^www\./u, ''));

/** The domain at `k` is written with its dot ("csn.se"), not said ("icloud dot com"). */
const writtenDot = (tokens: readonly Token[], k: number): boolean =>
  !!tokens[k] && (tokens[k]!.text.includes('.') || (tokens[k + 1]?.text === '.' && tokens[k + 1]!.start === tokens[k]!.end));

/** The addresses themselves, written ("anna@telia.se") or spoken ("anna punkt lind snabel-a telia punkt se"). */
function writtenAndSpokenEmails(text: string, allTokens: Token[], mailTalk: boolean, atSaid: boolean): Candidate[] {
  const found: Candidate[] = [];
  for (let at = text.indexOf('@'); at >= 0; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > 0 && at - start < MAX_LOCAL && LOCAL_CHAR.test(text[start - 1]!)) start--;
    const domain = DOMAIN.exec(text.slice(at + 1, at + 1 + MAX_DOMAIN));
    if (start < at && domain) found.push({ type: 'email', start, end: at + 1 + domain[0].length, confidence: Confidence.validated });
  }
  // "Min sons mejl, jonas punkt f r a n c k": a local part read with "punkt" where the sentence names an e-mail, without
  // its "at" (privacy fails closed; round 24).
  // (`atSaid`: a token in SAID_ATS, see emailWordsIn.)
  // (Or where letters spelled one by one stand on both sides of the dot, "r, u, n, e, punkt, m som i Martin, …": only an
  // address is spelled so, whatever turn named it; round 67.)
  if (found.length === 0 && !atSaid && (mailTalk || spelledAroundDot(allTokens))) {
    // (Commas kept, "i går, punkt slut" is no address, but for those between letters spelled: "g, u, n, punkt, e, k".)
    const spelledPiece = (t: Token | undefined) => !!t && (DOT_WORDS.has(t.lower) || isLetterToken(t));
    const tokens = allTokens.filter((t, k) => !HESITATIONS.has(t.lower) && !(t.text === ',' && spelledPiece(allTokens[k - 1]) && spelledPiece(allTokens[k + 1])));
    const { stopWords } = lexicon();
    for (let i = 1; i < tokens.length - 1; i++) {
      if (tokens[i]!.lower === '.' || !DOT_WORDS.has(tokens[i]!.lower)) continue;
      // (Not "det är punkt två", "punkt slut": a function word before it or a number after it.)
      if (!isPiece(tokens[i - 1]) || !isPiece(tokens[i + 1]) || tokens[i - 1]!.kind !== 'word' || tokens[i + 1]!.kind !== 'word' || tokens[i + 1]!.lower === 'slut') continue;
      // (A letter of a word spelled one by one is no function word: "r, u, n, e, punkt, …", round 67.)
      if ((stopWords.has(tokens[i - 1]?.lower ?? '') && !(isLetterToken(tokens[i - 1]) && isLetterToken(tokens[i - 2]))) || isNumberToken(tokens[i + 1])) continue;
      const local = spokenLocalStart(tokens, i + 1);
      let end = i + 1;
      while (tokens[end + 1]?.kind === 'word' && tokens[end + 1]!.text.length === 1 && tokens[end]!.text.length === 1) end++;
      const start = tokens[Math.min(local?.start ?? i, i - 1)]!.start;
      // (Review of round 90: the site alone, not one said right after an address, "erik punkt berg, kronofogden punkt se".)
      const afterAddress = found.some((f) => f.end <= start && /^[\s,]*$/u.test(text.slice(f.end, start)));
      if (local && (afterAddress || !agencySiteSaid(text.slice(start, tokens[end]!.end)))) found.push({ type: 'email', start, end: tokens[end]!.end, confidence: Confidence.cued });
      i = end;
    }
  }
  // Spoken: only where an "at" is said (most utterances have none, so they cost one look each).
  if (!atSaid) return found;
  // Read with pauses: "gunnel, punkt, sjöblom, snabel-a …", "bill dot young, uh, at proton dot me".
  const tokens = asWritten(withoutPauses(allTokens.filter((t) => t.text !== ',' && !HESITATIONS.has(t.lower))));
  for (let i = 0; i < tokens.length; i++) {
    let at = i;
    const word = tokens[i]!.lower;
    // "snabel a" as two words; "at sign", "at-tecken".
    if (word === 'snabel' && tokens[i + 1]?.lower === 'a') at = i + 1;
    else if (word === 'at' && (tokens[i + 1]?.lower === 'sign' || tokens[i + 1]?.lower === 'symbol')) at = i + 1;
    else if (!AT_WORDS.has(word) && !WEAK_AT_WORDS.has(word)) continue;
    // "snabel-a", "at sign", "@" name nothing but an e-mail's "at": after one, a provider alone makes an address.
    const strongAt = word !== 'at' || at > i;
    const said = spokenLocalStart(tokens, i - 1);
    // ("kanelbulle punkt 88 snabel-a hotmail …": a word that may stand for the "at" is a piece of the local part where it is
    // joined by a dot to the piece before the real "at", round 67's review.)
    const local = said && joinsAt(tokens, said.start - 1) && WORD_ATS.has(tokens[said.start - 2]?.lower ?? '') ? { ...said, start: said.start - 2, dotted: true } : said;
    // "My email is jsmith at virgin media", "min mejl är ulla56 snabel-a bredband": where the turn names an e-mail, a local part
    // that is no function word, an "at" (not "på") and a known provider closing the clause make an address (fails closed).
    // (Not after "på": "Mejlen är på jobbet at telia".)
    const ownLocal = !!local && tokens.slice(local.start, i).every((t) => !lexicon().stopWords.has(t.lower)) && !WEAK_AT_WORDS.has(tokens[local.start - 1]?.lower ?? '');
    const closes = (k: number) => !tokens[k] || tokens[k]!.kind === 'punct';
    // (A provider the lists know, of one word or two said apart: "sky", "virgin media"; not "at nine", "at the office".)
    const providerAt = (k: number, words: number) => PROVIDERS.has(tokens.slice(k, k + words).map((t) => t.lower).join(''));
    const named = mailTalk && ownLocal && !WEAK_AT_WORDS.has(word) ? (providerAt(at + 1, 1) && closes(at + 2) ? at + 1 : providerAt(at + 1, 2) && closes(at + 3) ? at + 2 : undefined) : undefined;
    const domain = spokenDomainEnd(tokens, at + 1) ?? (named === undefined ? undefined : { end: named, ending: false });
    if (!domain) continue;
    // "… gunvor punkt e..." / "snabel-a bredband punkt net.": a turn that begins with the "at" and a
    // domain with its ending is the rest of an address read across turns (fails closed).
    if (!local && i === 0 && AT_WORDS.has(word) && domain.ending) {
      found.push({ type: 'email', start: tokens[0]!.start, end: tokens[domain.end]!.end, confidence: Confidence.cued });
      i = domain.end;
    }
    if (!local) continue;
    // ("upload it at forsakringskassan.se", "log in at csn.se": a function word alone before a plain "at" is the sentence's,
    // and a web address written whole after it no address's domain; round 76. Not a domain said in words, "it, at icloud dot
    // com", which stays one with the "at".)
    // (Review 76: only an agency's own site, "minasidor.csn.se", never a provider's or a person's domain; never where the turn
    // or the one before talks of mail; never a word that is also a first name or a pronoun, "will at gmail.com", "me at
    // annaberg.se", "my at …": those are local parts.)
    if (word === 'at' && !strongAt && !mailTalk && local.start === i - 1 && !local.dotted && !local.spelled && lexicon().stopWords.has(tokens[i - 1]!.lower) && !lexicon().names.has(tokens[i - 1]!.lower) && !PERSONAL_LOCALS.has(tokens[i - 1]!.lower) && writtenDot(tokens, at + 1) && AGENCY_SITE.test(text.slice(tokens[at + 1]!.start, tokens[at + 1]!.start + 80))) continue;
    // Without the ending, or with "på", only a local part read with dots makes it an address ("b o snabel-a telia":
    // or an "at" that is nothing else).
    // (With a strong "at" and no ending, the local part read with dots or spelled: "Har du en adress med snabel-a
    // hotmail?" has none.)
    // (Or a person's own name or number before a provider: "olle nittiotvå på hotmail", "bengt pettersson at gmail".)
    const spaced = spacedLocalStart(tokens, local.start);
    // ("j wright seventy at btinternet": an initial, or a name and a number, make one before a home's provider; not "I pay 30
    // at Sky", "Mr P Hughes at Orange said no".)
    const provider = tokens[at + 1]!.lower;
    const ownNumber = tokens.slice(local.start, i).some((t) => isNumberToken(t));
    const initialled = spaced < local.start && tokens[spaced]!.text.length === 1;
    const namedNumber = ownNumber && lexicon().names.has(tokens[local.start]!.lower) && !lexicon().stopWords.has(tokens[local.start]!.lower);
    // ("Well, dkenny, at, hotmail": a word of one's own before "at" and a provider of nothing but mail, written small; not
    // "meet at Outlook Cafe".)
    const smallProvider = ownLocal && !WEAK_AT_WORDS.has(word) && !tokens[at + 1]!.capitalised;
    const personal = (MAIL_ONLY.has(provider) && (spaced < local.start || ownNumber || isFirstName(tokens[local.start]!) || smallProvider)) || (ISP_ONLY.has(provider) && (initialled || namedNumber)) || (mailTalk && ownLocal && named !== undefined);
    // ("peder snabel-a ekbacka bindestreck maleri punkt example": a "snabel-a" and a domain read with its dot make one, whatever
    // the ending; round 90. Or a plain "at" where the turn names an e-mail and the local part is one's own: "My email's jesper k
    // at inbox dot example"; round 93.)
    // (Review 93: not a pronoun's "at", "I'm at work dot, sorry", nor a domain across a comma or of number or function words,
    // "I'm at ten dot thirty": where one is, or a time.)
    const domainWords = tokens.slice(at + 1, domain.end + 1).filter((t) => t.kind === 'word' && !DOT_WORDS.has(t.lower));
    const plainAtDomain =
      mailTalk && ownLocal && !tokens.slice(local.start, i).some((t) => PRONOUN_CONTRACTIONS.has(t.lower.replace('’', "'"))) &&
      !text.slice(tokens[at + 1]!.start, tokens[domain.end]!.end).includes(',') && !domainWords.some((t) => isNumberToken(t) || lexicon().stopWords.has(t.lower));
    const saidDomain = (strongAt || plainAtDomain) && !WEAK_AT_WORDS.has(word) && domain.dotted === true;
    if ((WEAK_AT_WORDS.has(word) || !domain.ending) && !local.dotted && !(strongAt && !domain.ending && local.spelled) && !personal && !saidDomain) continue;
    // (Not across a comma: "an e-mail that's not mine, siobhan …".)
    const start = domain.ending || personal || (saidDomain && !text.slice(tokens[spaced]!.end, tokens[local.start]!.start).includes(',')) ? spaced : local.start;
    found.push({ type: 'email', start: tokens[start]!.start, end: tokens[domain.end]!.end, confidence: Confidence.validated });
    i = domain.end;
  }
  return found;
}

/** "Vänta", "wait" said while one looks the rest up: "snabel-a... vänta. ljusdal punkt se". */
const LOOKING_UP = new Set(['vänta', 'wait']);

/**
 * An address read slowly, "h e d v i g... snabel-a... gmail... punkt com": the pauses ("...", "…") go, and a "vänta"
 * with its full stop right after the "at", so that its pieces meet as they are written.
 */
function withoutPauses(tokens: Token[]): Token[] {
  const ellipsis = (k: number) => tokens[k]!.text === '…' || ellipsisDotAt(tokens, k);
  const out: Token[] = [];
  for (let k = 0; k < tokens.length; k++) {
    if (ellipsis(k)) continue;
    if (LOOKING_UP.has(tokens[k]!.lower) && AT_WORDS.has(out.at(-1)?.lower ?? '')) {
      if (tokens[k + 1]?.text === '.') k++;
      continue;
    }
    out.push(tokens[k]!);
  }
  return out;
}

/** "all one", "allt i ett ord": the local part is written as one word (longest first). */
const ONE_WORD_REMARKS = [['allt', 'i', 'ett', 'ord'], ['all', 'one', 'word'], ['i', 'ett', 'ord'], ['allt', 'i', 'ett'], ['in', 'one', 'word'], ['all', 'one'], ['allt', 'ihop'], ['ihop']];
const REMARK_STARTS: ReadonlySet<string> = new Set(ONE_WORD_REMARKS.map((r) => r[0]!));
const REMARK_COUNTS = new Set(['ett', 'en', 'två', 'a', 'an', 'one', 'two', 'double', 'dubbel']);
/** What may stand between a local part and its "at": "birgitta punkt sjöholm och sen kanelbulle yahoo …". */
const BEFORE_AT = new Set(['och', 'sen', 'så', 'and', 'then', 'so']);
const isLetterToken = (t: Token | undefined): t is Token => !!t && t.kind === 'word' && /^\p{L}$/u.test(t.text);
const joined = (from: Token, to: Token, text: string, lower: string, kind: Token['kind'] = 'word'): Token => ({ ...from, end: to.end, text, lower, kind });

/**
 * An address read aloud, brought nearer to how it is written before it is parsed: a spelling-alphabet item is its
 * letter ("g som i Gustav", "k for Kilo", "capital O", "a med ring"); a remark on the spelling is dropped ("hanson
 * med ett s", "petter with two t's"), as are "och sen", "and then" before the "at"; the domain's letters spelled one
 * by one are one piece ("o, u, t, l, o, o, k"); a number of several words is one ("two thousand and three").
 * Tokens keep their places in the text, so what is found is masked where it was said.
 */
function asWritten(tokens: Token[]): Token[] {
  const out: Token[] = [];
  let afterAt = false;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    const item = alphabetItemLength(tokens, i);
    if (item > 0) {
      out.push(joined(t, tokens[i + item - 1]!, t.text, t.lower));
      i += item - 1;
      continue;
    }
    if (CASE_WORDS.has(t.lower) && isLetterToken(tokens[i + 1])) {
      out.push(joined(t, tokens[i + 1]!, tokens[i + 1]!.text, tokens[i + 1]!.lower));
      i++;
      continue;
    }
    const mark = isLetterToken(out.at(-1)) ? diacriticAfter(tokens, i) : undefined;
    if (mark) {
      out[out.length - 1] = joined(out.at(-1)!, tokens[i + mark.length - 1]!, out.at(-1)!.text, out.at(-1)!.lower);
      i += mark.length - 1;
      continue;
    }
    // "med ett s", "with two t's", "with a q": how a piece is spelled, said after it.
    if ((t.lower === 'med' || t.lower === 'with') && out.length > 0) {
      let k = i + 1;
      while (k < i + 3 && REMARK_COUNTS.has(tokens[k]?.lower ?? '')) k++;
      if (/^\p{L}(?:'s)?$/u.test(tokens[k]?.lower ?? '') && k > i + 1) {
        i = k;
        continue;
      }
    }
    // "niamh dot brennan fifty-seven, all one, at gmail": how the local part is written, said before its "at".
    // (A remark begins with its first word: only a token that is one looks further, not every token of the turn.)
    const remark = REMARK_STARTS.has(t.lower) ? ONE_WORD_REMARKS.find((r) => r.every((w, j) => tokens[i + j]?.lower === w)) : undefined;
    if (remark && isPiece(out.at(-1)) && AT_WORDS.has(tokens[i + remark.length]?.lower ?? '')) {
      i += remark.length - 1;
      continue;
    }
    // (Also at the turn's start, "och sen snabel-a telia punkt com", and before the digits that end the local part.)
    if (BEFORE_AT.has(t.lower) && (out.length === 0 || isPiece(out.at(-1)))) {
      let k = i;
      while (BEFORE_AT.has(tokens[k]?.lower ?? '')) k++;
      let at = k;
      while (isNumberToken(tokens[at])) at++;
      if (AT_WORDS.has(tokens[at]?.lower ?? '')) {
        i = k - 1;
        continue;
      }
    }
    if (afterAt && isLetterToken(t) && isLetterToken(tokens[i + 1])) {
      let k = i;
      while (isLetterToken(tokens[k + 1])) k++;
      const letters = tokens.slice(i, k + 1).map((x) => x.lower).join('');
      out.push(joined(t, tokens[k]!, letters, letters));
      i = k;
      continue;
    }
    // "two thousand and three": one number.
    if (isNumberToken(t) && (tokens[i + 1]?.lower === 'and' || tokens[i + 1]?.lower === 'och') && isNumberToken(tokens[i + 2])) {
      out.push(joined(t, tokens[i + 2]!, t.text, '#', 'digits'));
      i += 2;
      continue;
    }
    afterAt ||= AT_WORDS.has(t.lower) || t.lower === 'snabel';
    out.push(t);
  }
  return out;
}

const isPiece = (t: Token | undefined): t is Token => !!t && (t.kind === 'word' || t.kind === 'digits') && !JOIN_WORDS.has(t.lower) && !AT_WORDS.has(t.lower);

/**
 * A dot in a spoken domain: "punkt", "dot", or a written "." between two pieces ("telia.com"); a
 * "." with a space after it ends a sentence ("… at sixty-seven. Is that …").
 */
function isDot(tokens: Token[], k: number): boolean {
  const dot = tokens[k];
  // ("web point de": "point" inside a domain read out, before its next piece.)
  if (dot?.lower === 'point') return isPiece(tokens[k + 1]) && !WORDS_AFTER_POINT.has(tokens[k + 1]!.lower);
  if (!dot || !DOT_WORDS.has(dot.lower)) return false;
  return dot.lower !== '.' || (tokens[k - 1]?.end === dot.start && tokens[k + 1]?.start === dot.end);
}

/** "ekbacka bindestreck maleri punkt …": a hyphen said between a domain's pieces (round 90). */
const DOMAIN_HYPHENS: ReadonlySet<string> = new Set(['bindestreck', 'hyphen', 'dash', '-']);

/** "gmail punkt com", "yahoo dot co dot uk", "telia.com", "gmail": the last token of the domain. */
function spokenDomainEnd(tokens: Token[], i: number): { end: number; ending: boolean; dotted?: boolean } | undefined {
  if (!isPiece(tokens[i])) return undefined;
  let end: number | undefined;
  let j = i;
  let dotted = false;
  // "at lakeside consulting dot se", "at singh and co dot co dot uk": a firm's name of two or three words before the first dot.
  let k = j;
  while (k - j < 2 && !isDot(tokens, k + 1) && isPiece(tokens[k + 1])) k++;
  if (k > j && isDot(tokens, k + 1) && isPiece(tokens[k + 2]) && TOP_LEVEL.has(tokens[k + 2]!.lower)) j = k;
  while ((isDot(tokens, j + 1) || DOMAIN_HYPHENS.has(tokens[j + 1]?.lower ?? '')) && isPiece(tokens[j + 2])) {
    dotted ||= isDot(tokens, j + 1);
    j += 2;
    if (TOP_LEVEL.has(tokens[j]!.lower)) end = j;
  }
  if (end !== undefined) return { end, ending: true };
  // "at... mailbox dot example": pieces joined by a dot with no ending the lists know; an address only where the local
  // part before the "at" is read with dots too, or the "at" is one that names nothing else ("snabel-a"; see
  // `writtenAndSpokenEmails`; round 67, round 90).
  // (A provider's word too, "john k at mail dot example": the dot makes it a domain of its own; review 93.)
  if (j > i && dotted) return { end: j, ending: false, dotted };
  if (!PROVIDERS.has(tokens[i]!.lower)) return undefined;
  // "per olof snabel-a gmail com": a provider and its ending, the dot not said.
  return ENDINGS_SAID_ALONE.has(tokens[i + 1]?.lower ?? '') ? { end: i + 1, ending: true } : { end: i, ending: false };
}

/**
 * The first token of the local part: pieces joined by "punkt", "understreck", "streck", and digits
 * read after a piece ("lindgren seventy", "hope underscore a, seven one").
 */
function spokenLocalStart(tokens: Token[], i: number): { start: number; dotted: boolean; spelled: boolean } | undefined {
  if (!isPiece(tokens[i])) return undefined;
  let start = i;
  let dotted = false;
  // "h a b i b a punkt m o h a m e d": letters spelled one by one are one piece.
  const letter = (t: Token | undefined) => !!t && t.kind === 'word' && t.text.length === 1 && /\p{L}/u.test(t.text);
  const spelledBack = (k: number) => {
    while (letter(tokens[k]) && letter(tokens[k - 1])) k--;
    return k;
  };
  start = spelledBack(start);
  let spelled = start < i;
  for (let moved = true; moved; ) {
    moved = false;
    if (joinsAt(tokens, start - 1) && letter(tokens[start - 2]) && !spellingRemark(tokens, start - 2)) {
      start = spelledBack(start - 2);
      [dotted, moved, spelled] = [true, true, true];
      continue;
    }
    // (Not onto "with the dot", a remark on the spelling: "sorry, with the dot, niamh.brennan57@…"; "dag punkt ek" is a name.)
    // (A "point" is no dot that makes an address of it: "at that point nobody at Telia knew".)
    while (joinsAt(tokens, start - 1) && isPiece(tokens[start - 2]) && !spellingRemark(tokens, start - 2)) [start, dotted, moved] = [start - 2, dotted || tokens[start - 1]!.lower !== 'point', true];
    // ("pieter dot van der berg at …": a surname's particles, said as words, are pieces too, after a dot.)
    let particles = start;
    while (NAME_PARTICLES.has(tokens[particles - 1]?.lower ?? '')) particles--;
    if (particles < start && joinsAt(tokens, particles - 1) && isPiece(tokens[particles - 2])) [start, dotted, moved] = [particles, true, true];
    for (let digits = 0; digits < 4 && isNumberToken(tokens[start]) && isPiece(tokens[start - 1]); digits++) [start, moved] = [start - 1, true];
  }
  return { start, dotted, spelled };
}

/**
 * "anna svensson snabel-a gmail punkt com", "j smith at outlook dot com": a local part read as
 * words without "punkt" between them. A first name or an initial right before it belongs to it.
 */
function spacedLocalStart(tokens: Token[], start: number): number {
  const before = tokens[start - 1];
  if (!before || before.kind !== 'word' || before.end === tokens[start]!.start || lexicon().stopWords.has(before.lower)) return start;
  const initial = before.text.length === 1 && before.lower !== 'i' && before.lower !== 'a';
  return initial || isFirstName(before) ? start - 1 : start;
}

/** A join word at `k`; a written "." only between two pieces, not a sentence's end ("Jag säger det långsamt. h e d v i g…"). */
// (A written "." and "point" join where `isDot` says they are a dot: "d point wolf at …", as German and French speakers say it.)
const joinsAt = (tokens: Token[], k: number): boolean => (JOIN_WORDS.has(tokens[k]?.lower ?? '') && tokens[k]!.lower !== '.') || isDot(tokens, k);

/** "with the dot", "with a dot", "utan punkt": the article at `k` is a remark on how the address is written, no piece of it. */
const spellingRemark = (tokens: Token[], k: number): boolean =>
  ['the', 'a', 'an'].includes(tokens[k]?.lower ?? '') && ['with', 'without'].includes(tokens[k - 1]?.lower ?? '');
const isFirstName = (t: Token): boolean => ((lexicon().names.get(t.lower) ?? 0) & NameFlag.first) !== 0;
