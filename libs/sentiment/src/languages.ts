import type { Language } from '@samtal/contracts';
import { englishLexicon, swedishLexicon, type Lexicon } from './lexicon.js';

/** What modifies a sentiment word in a language: negation, degree words, contrast. */
export interface LanguageRules {
  lexicon: Lexicon;
  /** Flip the sentiment of a word up to three words after them, within the clause. */
  negators: ReadonlySet<string>;
  /** Multiply the sentiment of the next word (very → ×1.5, a bit → ×0.6). */
  degree: ReadonlyMap<string, number>;
  /** Compound prefixes that intensify (jättebra = very good); each must be in `degree` too. */
  intensifyingPrefixes: readonly string[];
  /** "but": what follows it weighs more than what came before. */
  contrast: ReadonlySet<string>;
  /** Maps an inflected form to the lexicon's entry, when the lexicon lacks the form. */
  baseForm?: (word: string, lexicon: Lexicon) => string | undefined;
  /**
   * Open a hedged (conditional) clause: what follows, up to the clause end, is a possibility,
   * not a feeling ("if that doesn't work"). A word maps to the words that must follow it
   * (empty: any word); Swedish "om" is "if" only before a subject ("om det", not "ringer om pensionen").
   */
  hedges: ReadonlyMap<string, ReadonlySet<string> | null>;
  /**
   * Complaint and demand phrasing with no sentiment word in it ("jag har inte gjort något fel",
   * "jag vill att nån tittar på det här på riktigt"); each match adds its score to the raw sum.
   */
  complaints: readonly (readonly [RegExp, number])[];
}

const words = (list: string) => new Set(list.split(' '));
const degrees = (up: string, down: string) =>
  new Map([...up.split(' ').map((w) => [w, 1.5] as const), ...down.split(' ').map((w) => [w, 0.6] as const)]);

// Endings of Swedish adjectives, nouns and verbs, longest first, and what replaces them.
const SWEDISH_ENDINGS: [string, string][] = [
  ['arna', ''],
  ['orna', ''],
  ['erna', ''],
  ['ande', ''],
  ['ende', ''],
  ['ade', ''],
  ['are', ''],
  ['aste', ''],
  ['ast', ''],
  ['ar', ''],
  ['at', ''],
  ['at', 'ad'],
  ['er', ''],
  ['or', ''],
  ['en', ''],
  ['et', ''],
  ['na', 'en'],
  ['a', ''],
  ['e', ''],
  ['t', ''],
  ['s', ''],
  ['tt', 'd'],
];

/** Swedish: strip one common ending (glada → glad, dåligt → dålig, besvikna → besviken, glatt → glad). */
function swedishBaseForm(word: string, lexicon: Lexicon): string | undefined {
  for (const [ending, replacement] of SWEDISH_ENDINGS) {
    if (!word.endsWith(ending)) continue;
    const stem = word.slice(0, -ending.length) + replacement;
    if (stem.length < 3) continue;
    if (lexicon.has(stem)) return stem;
    // tacksamma → tacksamm → tacksam
    if (/([bdfgklmnprst])\1$/.test(stem) && lexicon.has(stem.slice(0, -1))) return stem.slice(0, -1);
  }
  return undefined;
}

const SV_SUBJECTS = words('det du jag ni vi han hon den man inte de dom detta');

/** A pattern over the lower-cased utterance; \b is a boundary of any letter, å, ä and ö included. */
const pattern = (source: string) =>
  new RegExp(source.replaceAll('\\b', '(?:(?<![\\p{L}\\p{N}])(?=[\\p{L}\\p{N}])|(?<=[\\p{L}\\p{N}])(?![\\p{L}\\p{N}]))'), 'iu');
const complaints = (score: number, ...sources: string[]) => sources.map((s) => [pattern(s), score] as const);

let rules: Record<Language, LanguageRules> | undefined;

export function rulesFor(language: Language): LanguageRules {
  rules ??= {
    sv: {
      lexicon: swedishLexicon(),
      negators: words('inte ej aldrig ingen inget inga icke knappast utan slipper slippa slapp'),
      degree: degrees(
        'mycket väldigt jätte super skit kanon mega otroligt oerhört extremt riktigt verkligen helt himla sjukt totalt ytterst så alldeles fruktansvärt stor stort stora',
        'lite ganska något aningen relativt halvt nästan',
      ),
      intensifyingPrefixes: ['jätte', 'super', 'skit', 'kanon', 'mega'],
      contrast: words('men'),
      baseForm: swedishBaseForm,
      hedges: new Map([
        ['om', SV_SUBJECTS],
        ['ifall', null],
        ['såvida', null],
      ]),
      complaints: [
        // Protesting one's innocence, demands, and disputes of the agency's figures.
        ...complaints(
          -3,
          '\\b(?:jag|vi) har (?:inte|aldrig) (?:gjort|fuskat|ljugit|begärt) (?:något|nåt|några|nånting)?\\s*(?:fel|misstag)?',
          // Any denial of having done something ("jag har ju inte hittat på någonting", "jag har inte missat nåt"): said in protest.
          '\\b(?:jag|vi) har (?:ju )?(?:inte|aldrig) (?!fått\\b|hört\\b|sett\\b)\\p{L}+(?:at|it|t|tt|ts) (?:på |bort |in |undan )?(?:något|nåt|någonting|nånting|några|nåra)\\b',
          '\\bdet är inte (?:mitt|vårt) fel\\b',
          '\\bjag (?:vill|kräver) att (?:nån|någon|ni|du|en chef|myndigheten) ',
          // A demand that someone else acts ("jag vill att en riktig människa går igenom mitt ärende").
          '\\bjag (?:vill|kräver) att (?!jag\\b|vi\\b)(?:\\p{L}+ ){1,3}(?:går igenom|tittar|kollar|rättar|ändrar|gör om|tar tag|utreder|prövar)\\b',
          // Nobody explains, listens or helps.
          '\\bingen (?:som )?(?:förklarar|förklarade|förklarat|lyssnar|lyssnade|berättar|berättade|hjälper|hjälpte|bryr sig|svarar|svarade)\\b',
          '\\b(?:jag )?(?:fattar|begriper|förstår) (?:ingenting|inget|noll)\\b',
          '\\bdet (?:är|var) inte klokt\\b',
          '\\bjag kräver\\b',
          '\\bpå riktigt\\b',
          '\\b(?:vill|begär) (?:prata|tala) med (?:en |din |er )?(?:chef|ansvarig)',
          '\\b(?:tänker|vägrar) (?:inte )?betala\\b',
          '\\bhur kan (?:ni|du|man|myndigheten)\\b',
          '\\b(?:ni|myndigheten|du) har (?:gjort|räknat|tänkt) fel\\b',
          '\\b(?:ingen|ingen har|ingen som) (?:hör|hört|hörde|ringer|ringt|ringde|svarar|svarat) ',
          '\\b(?:tredje|fjärde|femte) gången\\b',
          '\\b(?:så|för|alldeles för|jätte)\\s*liten\\b',
          '\\b(?:så|för|alldeles för) lite pengar\\b',
          '\\bvarför ska jag\\b',
          '\\b(?:anmäla|klaga på) (?:er|detta|det här|myndigheten)\\b',
          '\\bdet stämmer inte\\b',
          '\\bdet (?:här )?är (?:inte rimligt|inte rätt|fel)\\b',
          '\\b(?:ni |myndigheten )?(?:slarvar|slarvat|tappar bort|tappat bort|tappade bort)\\b',
          '\\b(?:vad ska jag annars göra|jag har inget val|har jag något val)\\b',
        ),
      ],
    },
    en: {
      lexicon: englishLexicon(),
      negators: words(
        "not no never nothing nobody none neither nor cannot can't won't don't doesn't didn't isn't wasn't aren't haven't hasn't couldn't wouldn't shouldn't without",
      ),
      degree: degrees(
        'very really so extremely incredibly totally absolutely completely truly super terribly awfully highly most',
        'slightly somewhat fairly quite pretty rather bit little barely',
      ),
      intensifyingPrefixes: [],
      contrast: words('but'),
      hedges: new Map([
        ['if', null],
        ['unless', null],
        ['whether', null],
      ]),
      complaints: [
        ...complaints(
          -3,
          "\\b(?:i|we)(?:'ve| have| haven't| have not| never)? (?:done|did) (?:nothing|anything) wrong\\b",
          "\\b(?:i|we) (?:didn't|did not|never) do anything wrong\\b",
          // Any denial of having done something ("I didn't hide anything", "I haven't missed anything").
          "\\b(?:i|we) (?:didn't|did not|haven't|have not|never) (?!get\\b|got\\b|receive\\b|received\\b|hear\\b|heard\\b)\\p{L}+ (?:anything|a thing)\\b",
          "\\b(?:nobody|no one)(?: ever)? (?:explains|explained|listens|listened|tells|told|helps|helped|cares|answers|answered)\\b",
          "\\b(?:it's|it is|that's|that is) not (?:my|our) fault\\b",
          '\\bi (?:want|demand|expect) (?:someone|somebody|you|a manager|the agency) to\\b',
          '\\bi demand\\b',
          '\\b(?:speak|talk) to (?:a|your) (?:manager|supervisor)\\b',
          "\\b(?:i'm|i am|i will|i'll) not (?:going to )?pay(?:ing)?\\b",
          '\\bhow can (?:you|they|the agency)\\b',
          '\\b(?:you|the agency|they) (?:have |has )?(?:got it|made a mistake|calculated it wrong|miscalculated)\\b',
          '\\bnobody (?:ever )?(?:has )?(?:called|rung|answered|got back|gets back|calls)\\b',
          '\\b(?:third|fourth|fifth) time\\b',
          '\\b(?:so|too|far too) (?:small|little)\\b',
          '\\bwhy should i\\b',
          '\\b(?:make|file|lodge) a complaint\\b',
          "\\b(?:that's|that is|this is) (?:not right|not fair|wrong)\\b",
          '\\b(?:you|they) (?:lost|lose|keep losing)\\b',
          '\\b(?:i|we) (?:have|had|got) no choice\\b',
          "\\b(?:i|we) (?:can't|cannot|can not) (?:pay|afford)\\b",
        ),
      ],
    },
  };
  return rules[language];
}
