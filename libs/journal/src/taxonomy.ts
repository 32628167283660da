import { parseWith, type DraftTopic, type Language } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { phraseIndex as lastWordIndex, wordsOf, type Utterance } from './text.js';

const PerLanguage = <T extends z.ZodType>(schema: T) => z.object({ sv: schema, en: schema });
const Phrases = PerLanguage(z.array(z.string().trim().min(1)));

/** The topics a draft may carry, with the words that point at each. */
export const TaxonomySchema = z.object({
  $comment: z.string().optional(),
  other: z.object({
    label: PerLanguage(z.string().min(1)),
    /**
     * Errands outside the taxonomy (another agency's benefits): when these weigh at least as
     * much as the best topic, the topic is "other".
     */
    names: Phrases.optional(),
    /**
     * Other agencies and offices ("Försäkringskassan", "CSN", "social services"): weak evidence (a cue's
     * weight) that the errand is theirs, for callers often say where they called first; the agent answering
     * in their name makes the call theirs, and the agent referring the errand to them makes it "other".
     */
    offices: Phrases.optional(),
    /**
     * Agencies named in a call ("Skatteverket", "the Tax Agency", "Pensionsmyndigheten"): their
     * names are not a topic's words ("skatt" does not match "Skatteverket").
     */
    agencies: Phrases.optional(),
  }),
  topics: z
    .array(
      z.object({
        key: z.string().min(1),
        label: PerLanguage(z.string().min(1)),
        /** The topic's own names: strong evidence. */
        names: Phrases,
        /** Words that usually come with it: weak evidence. */
        cues: Phrases,
        /**
         * How an errand is done, not what it is (forms, logging in): only the caller's words count,
         * for the agent's instructions ("I'll send you the application form", "log in on My Pages")
         * come with any errand.
         */
        means: z.boolean().optional(),
        /**
         * Words that make another topic's name after them their object ("betala tillbaka bostadstillägg",
         * "pay back housing supplement", "the tax on my survivor's pension"): the errand is this topic's, and
         * the name after them counts for this topic, as one of its names.
         */
        heads: Phrases.optional(),
        /**
         * Words that make one of the topic's cues right after them one of its names: "bor i" + "Portugal",
         * "lives in" + "Croatia" (a country alone may be where someone comes from or a pension from there).
         */
        frames: Phrases.optional(),
      }),
    )
    .min(1)
    .refine((topics) => new Set(topics.map((t) => t.key)).size === topics.length, 'topic keys must be unique')
    .refine((topics) => topics.every((t) => t.key !== 'other'), '"other" is the fallback topic and is not listed'),
});
export type Taxonomy = z.infer<typeof TaxonomySchema>;

export const OTHER = 'other';
export const NAME_WEIGHT = 3;
export const CUE_WEIGHT = 1;
/** The caller usually states the errand; the agent's words count half as much. */
export const CALLER_FACTOR = 2;
/** The sentences that state the errand count this many times over. */
export const ERRAND_FACTOR = 3;
/** Below this, the evidence is too thin (one cue in passing) and the topic is "other". */
export const MIN_TOPIC_SCORE = 2;

/** The agent sends the errand elsewhere: another agency handles it, not this one. */
const REFERRAL: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:handläggs (?:av|hos)|sköter|sköts (?:av|hos)|ligger hos|beslutas (?:av|hos)|bestäms (?:av|hos)|registreras hos|(?:söker|söks|ansöker|gör|görs|anmäler|anmäls) (?:du |man |ni |hon |han |de )?(?:det |den |om det |om den )?hos|är (?:\p{L}+s) sak|får du vända dig till|ska du vända dig till|behöver du kontakta|(?:har|kan) vi (?:tyvärr )?inte(?:t| något)? med att göra|har vi (?:tyvärr )?inget med att göra|inte (?:\p{L}+ )?från oss|inte (?:av |hos )?oss|inte vi som|inget vi)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:is handled by|are handled by|is decided by|are decided by|is paid by|handles (?:that|this|it)|deals with (?:that|this|it)|a matter for|nothing to do with us|not (?:by |with |from )?us|isn't us|is not us|you(?:'ll| will)? need to contact|you should contact|(?:apply|applies|applied) (?:for it )?(?:to|at|with) (?:them|försäkringskassan|the social insurance agency)|we don't handle|we do not handle)(?![\p{L}])/iu,
};

/** Reads and validates a taxonomy file; the error names the file and what is wrong. */
export function loadTaxonomy(path: string): Taxonomy {
  let raw: unknown;
  try {
    raw = JSON.parse(readFileSync(path, 'utf8'));
  } catch (err) {
    throw new Error(`cannot read taxonomy ${path}: ${err instanceof Error ? err.message : String(err)}`);
  }
  return parseWith(TaxonomySchema, raw, `taxonomy ${path}`);
}

let pensions: Taxonomy | undefined;

/** Samtal's built-in topics for a pensions agency (taxonomy/pensions.json). */
export function defaultTaxonomy(): Taxonomy {
  pensions ??= loadTaxonomy(fileURLToPath(new URL('../taxonomy/pensions.json', import.meta.url)));
  return pensions;
}

type Phrase = { phrase: string; words: string[]; weight: number };

/** Irregular forms of the verbs that open the taxonomy's phrases ("gå i pension": "gick i pension"; "take out": "took out"). */
const IRREGULAR: Record<string, readonly string[]> = {
  gå: ['går', 'gick', 'gått', 'gåt'],
  ta: ['tar', 'tog', 'tagit', 'tagen', 'tas', 'togs'],
  få: ['får', 'fick', 'fått'],
  bo: ['bor', 'bodde', 'bott', 'bosatt'],
  dö: ['dör', 'dog', 'dött'],
  ha: ['har', 'hade', 'haft'],
  göra: ['gör', 'gjorde', 'gjort'],
  komma: ['kommer', 'kom', 'kommit'],
  vara: ['är', 'var', 'varit'],
  sälja: ['säljer', 'sålde', 'sålt'],
  välja: ['väljer', 'valde', 'valt'],
  go: ['goes', 'went', 'gone', 'going'],
  take: ['takes', 'took', 'taken', 'taking'],
  get: ['gets', 'got', 'gotten', 'getting'],
  pay: ['pays', 'paid', 'paying'],
  come: ['comes', 'came', 'coming'],
  leave: ['leaves', 'left', 'leaving'],
  send: ['sends', 'sent', 'sending'],
  draw: ['draws', 'drew', 'drawn', 'drawing'],
  do: ['does', 'did', 'done', 'doing'],
  is: ['are', 'was', 'were', "'s"],
  lose: ['loses', 'lost', 'losing'],
  fill: ['fills', 'filled', 'filling'],
  stop: ['stops', 'stopped', 'stopping'],
  sell: ['sells', 'sold'],
  choose: ['chooses', 'chose', 'chosen', 'choosing'],
};

/** A word of a phrase that is not its last: the word itself or a verb's or noun's inflection ("flyttar", "moved", "applies", "gick"). */
function inflectionOf(base: string, word: string | undefined): boolean {
  if (word === undefined) return false;
  if (word === base || IRREGULAR[base]?.includes(word)) return true;
  if (base.length < 3 || !word.startsWith(base.slice(0, -1))) return false;
  const rest = word.slice(base.length);
  if (word.startsWith(base) && /^(?:s|es|ed|d|ing|er|ar|ade|at|t|de|te|n|en|et|na|r)$/u.test(rest)) return true;
  // flytta → flyttade, ansöka → ansökte, move → moving, apply → applied, stop → stopped.
  const root = base.slice(0, -1);
  const tail = word.slice(root.length);
  if (/[ae]$/u.test(base) && /^(?:ing|er|te|de|t|d|ed)$/u.test(tail)) return true;
  if (base.endsWith('y') && /^(?:ies|ied)$/u.test(tail)) return true;
  return /[bcdfgklmnprstv]$/u.test(base) && word.startsWith(base) && new RegExp(`^${base.at(-1)}(?:ed|ing)$`, 'u').test(rest);
}

/**
 * Where a taxonomy phrase begins in `words`, or -1: whole words, the last as `text.ts` matches it
 * (it may continue: "bostadstillägget"), the others in any inflection ("gick i pension", "moved abroad").
 */
function phraseIndex(words: string[], phrase: string[]): number {
  if (phrase.length <= 1) return lastWordIndex(words, phrase);
  const last = phrase.length - 1;
  for (let i = 0; i + last < words.length; i++) {
    if (phrase.slice(0, last).every((p, j) => inflectionOf(p, words[i + j])) && lastWordIndex([words[i + last] ?? ''], [phrase[last] ?? '']) === 0) return i;
  }
  return -1;
}

const containsPhrase = (words: string[], phrase: string[]) => phraseIndex(words, phrase) >= 0;

const phrasesOf = (topic: Taxonomy['topics'][number], language: Language): Phrase[] => [
  ...(topic.frames?.[language] ?? []).flatMap((frame) =>
    topic.cues[language].map((cue) => ({ phrase: `${frame} ${cue}`, words: wordsOf(`${frame} ${cue}`), weight: NAME_WEIGHT })),
  ),
  ...topic.names[language].map((phrase) => ({
    phrase,
    words: wordsOf(phrase),
    weight: NAME_WEIGHT,
  })),
  ...topic.cues[language].map((phrase) => ({
    phrase,
    words: wordsOf(phrase),
    weight: CUE_WEIGHT,
  })),
];

/**
 * The phrases of a topic found in an utterance, each span of words counted once: two cues that
 * match the same words ("hyra" and "hyran" on "hyran") count as the longer one. A longer phrase
 * around a shorter one ("byta fond" and "fond") still adds its weight: it is more specific.
 */
function phrasesFound(utterance: Pick<Utterance, 'words'>, phrases: Phrase[]) {
  const spans = new Set<string>();
  const kept = new Set<Phrase>();
  for (const p of [...phrases].sort((a, b) => b.weight - a.weight || b.phrase.length - a.phrase.length)) {
    const span = `${phraseIndex(utterance.words, p.words)}:${p.words.length}`;
    if (span.startsWith('-1:') || spans.has(span)) continue;
    spans.add(span);
    kept.add(p);
  }
  // In the taxonomy's order, as the UI lists them.
  return phrases.filter((p) => kept.has(p)).map((p) => ({ phrase: p.phrase, weight: p.weight, at: phraseIndex(utterance.words, p.words) }));
}

/**
 * Where the caller calls from ("Jag ringer från socialtjänsten i [ORT]", "I'm calling from
 * England"): who or where the caller is, not what the errand is.
 */
const CALLING_FROM: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:ringer|ringde|ringer hit)\s+(?:från|ifrån)\s+[^,.;!?]*/giu,
  en: /(?<![\p{L}])(?:calling|ringing|phoning|call|ring)\s+(?:you\s+)?from\s+[^,.;!?]*/giu,
};

/**
 * The caller takes back what was just said about the errand: "Jag ringer om min utbetalning.
 * Eller nej, det är inte det egentligen", "I get housing supplement, that's fine, it's not about
 * that". This sentence and the caller's sentences before it in the turn are not the errand.
 */
const RETRACT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:det är |det var )?inte det (?:egentligen|jag ringer om|jag ringde om|det gäller|saken gäller|det handlar om)|det gäller inte det|det handlar inte om det|inte därför jag ringer|inte det som är problemet|(?:det är|det var|det gäller) inte det(?=\s*(?:[,.;!?…]|och |men |$)))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:it's|it is|that's|that is|it isn't|it was)\s+not\s+(?:really\s+)?(?:about|why|what)\s+(?:that|i'm calling|i am calling|i called)|it isn't about that|it's not about that|that's not (?:really )?(?:it|the problem|the issue)|not (?:the reason|why) i(?:'m| am) calling|that's fine,? it's not|(?:it's|it is|it isn't|that's|that is) not (?:that|it)(?=\s*(?:[,.;!?…]|and |but |$)))(?![\p{L}])/iu,
};
/**
 * The caller turns to the real errand: "Eller egentligen gäller det …", "Well, really about
 * moving". The caller's sentences before it in the turn are not the errand; this one is.
 */
const REDIRECT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:egentligen (?:om|gäller det|handlar det om|ringer jag om|är det)|det gäller egentligen|det handlar egentligen om|eller snarare|eller rättare sagt)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:really about|actually about|really it's about|actually it's about|it's really about|it's actually about|what i'm really calling about|or rather)(?![\p{L}])/iu,
};

/** The caller names the errand's subject: what follows ("Jag ringer om min skatt", "a question about the tax") is the errand. */
// ("Jag har fått efterlevandepension. Påverkar det mitt bostadstillägg?", "I've been granted a survivor's pension. Does that
// change my housing supplement?": the benefit the caller asks the effect on is the errand, the one before it what happened;
// round 86, where the survivor's pension named first took the topic.)
const STATED: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:ringer (?:om|angående|gällande|för att fråga om)|(?:en )?fråga om|frågor om|undrar över|funderingar (?:om|kring)|gäller det|(?:påverkar|ändrar|förändrar) (?:det|detta|den|de)(?= (?:på )?(?:mitt|min|mina|vårt|vår|hens|hans|hennes)\s))\s+/giu,
  en: /(?<![\p{L}])(?:calling about|ringing about|phoning about|calling regarding|ringing regarding|calling to ask about|(?:a )?question about|questions about|(?:a )?query about|asking about|wondering about|enquiring about|inquiring about|(?:does|will|would|could) (?:that|this|it) (?:change|affect)(?=\s+(?:my|our|his|her|their)\s))\s+/giu,
};
/** How many words after "ringer om", "question about" may name the errand's topic. */
const STATED_WINDOW = 6;

/** The word positions in `words` that `phrase` covers, wherever it occurs. */
function positionsOf(words: string[], phrase: string[]): number[] {
  const at: number[] = [];
  for (let from = 0; from < words.length; ) {
    const i = phraseIndex(words.slice(from), phrase);
    if (i < 0) break;
    for (let j = 0; j < phrase.length; j++) at.push(from + i + j);
    from += i + 1;
  }
  return at;
}

/**
 * Where a person comes from ("I came to Sweden from Chile", "She's sixty-eight, from Syria", "Hon kom hit från
 * Irak 2015"): a life's history, not a move abroad. The country (two words at most) is no topic's evidence.
 */
const ORIGIN: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:kom|kommit|flydde|invandrade|invandrat)\s+(?:hit\s+|till sverige\s+)?(?:från|ifrån)|(?:född|uppvuxen|uppväxt)\s+i|(?:jag|hon|han|vi|de|dom)\s+(?:är|kommer)\s+(?:ursprungligen\s+)?från|ursprungligen\s+från)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?/giu,
  en: /(?<![\p{L}])(?:(?:came|come|fled|immigrated|emigrated)\s+(?:here\s+|over\s+|to sweden\s+)?from|(?:born|grew up|raised)\s+in|originally\s+from|(?:i'm|i am|she's|she is|he's|he is|we're|we are|they're|they are)\s+(?:originally\s+)?from|,\s*from)\s+[\p{L}-]+(?:\s+[\p{L}-]+)?/giu,
};

/** A decision contested: reconsideration, appeal. */
const CONTEST: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:omprövning\p{L}*|ompröva\p{L}*|överklag\p{L}*)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:reconsideration|reconsider|review (?:of )?the decision|appeal(?:s|ed|ing)?)(?![\p{L}])/iu,
};

/** How many words may stand between a head ("pay back") and the name it governs ("… the housing supplement"). */
const GOVERNED_WINDOW = 3;

type Masked = { forTopics: string[]; forOther: string[]; governed: Map<string, string> };

/**
 * The utterance with the words masked that are no topic's evidence: where the caller calls from, where a
 * person comes from, and (for topics) agencies' names and the names that a topic's head governs (`heads`).
 */
function masked<U extends Pick<Utterance, 'text' | 'words'>>(utterance: U, language: Language, agencies: string[][], taxonomy: Taxonomy, heads: boolean): Masked {
  const forOther = [...utterance.words];
  for (const m of utterance.text.matchAll(CALLING_FROM[language])) {
    const from = wordsOf(utterance.text.slice(0, m.index)).length;
    const count = wordsOf(m[0]).length;
    for (let i = from; i < from + count && i < forOther.length; i++) forOther[i] = '';
  }
  const forTopics = [...forOther];
  for (const m of utterance.text.matchAll(ORIGIN[language])) {
    const from = wordsOf(utterance.text.slice(0, m.index)).length;
    const count = wordsOf(m[0]).length;
    for (let i = from; i < from + count && i < forTopics.length; i++) forTopics[i] = '';
  }
  for (const agency of agencies) for (const i of positionsOf(utterance.words, agency)) forTopics[i] = '';
  const governed = new Map<string, string>();
  for (const topic of heads ? taxonomy.topics : []) {
    for (const head of topic.heads?.[language] ?? []) {
      const headWords = wordsOf(head);
      const at = phraseIndex(forTopics, headWords);
      if (at < 0) continue;
      const after = at + headWords.length;
      for (const other of taxonomy.topics) {
        if (other === topic) continue;
        for (const name of other.names[language]) {
          const nameWords = wordsOf(name);
          const window = forTopics.slice(after, after + GOVERNED_WINDOW + nameWords.length);
          const i = phraseIndex(window, nameWords);
          if (i < 0) continue;
          for (let j = 0; j < nameWords.length; j++) forTopics[after + i + j] = '';
          if (!governed.has(topic.key)) governed.set(topic.key, head);
        }
      }
    }
  }
  return { forTopics, forOther, governed };
}

const wordKey = (u: Pick<Utterance, 'words'>) => ` ${u.words.join(' ')} `;

/** The caller's sentences taken back or turned from (RETRACT, REDIRECT): not the errand, no evidence. */
function retracted(utterances: Utterance[], language: Language): Utterance[] {
  const gone = new Set<Utterance>();
  for (const [i, u] of utterances.entries()) {
    if (u.speaker !== 'caller') continue;
    const retract = RETRACT[language].test(u.text);
    const redirect = !retract && REDIRECT[language].test(u.text);
    if (!retract && !redirect) continue;
    for (const [j, v] of utterances.entries()) {
      if (v.speaker === 'caller' && v.segmentIndex === u.segmentIndex && (j < i || (retract && j === i))) gone.add(v);
    }
  }
  return [...gone];
}

/**
 * The topic whose names and cues weigh most in the dialogue, with the phrases found
 * (the explanation the UI shows). The caller's words count double, and the sentence
 * stating the errand double again; ties go to the topic named first.
 */
export function detectTopic(utterances: Utterance[], language: Language, taxonomy: Taxonomy, errand?: Utterance | Utterance[]): DraftTopic {
  const agencies = (taxonomy.other.agencies?.[language] ?? []).map(wordsOf);
  // "Försäkringskassan, [NAMN].": a call that another agency answers is that agency's errand, whatever
  // pension words come in it.
  const answeredBy = answeringAgency(utterances, language, taxonomy);
  // (With the other agency's benefits named in the call before it, round 57: the note's topic line says what the errand
  // is about, "Övrigt (sjukpenning, Försäkringskassan)", not a bare "Övrigt".)
  if (answeredBy) {
    const benefits: DraftTopic['cues'] = [];
    for (const u of utterances) {
      for (const name of taxonomy.other.names?.[language] ?? []) {
        if (name !== answeredBy.cue && containsPhrase(u.words, wordsOf(name)) && !benefits.some((c) => c.cue === name)) benefits.push({ cue: name, segmentIndex: u.segmentIndex });
      }
    }
    return { key: OTHER, label: taxonomy.other.label[language], cues: [...benefits, answeredBy] };
  }
  // What the caller took back is no evidence: an errand sentence (or a piece of one) within it neither.
  const gone = retracted(utterances, language);
  const isGone = (u: Pick<Utterance, 'segmentIndex' | 'words'>) =>
    gone.some((g) => g.segmentIndex === u.segmentIndex && (wordKey(g).includes(wordKey(u)) || wordKey(u).includes(wordKey(g))));
  const live = utterances.filter((u) => !gone.includes(u));
  const errands = new Set((errand === undefined ? [] : Array.isArray(errand) ? errand : [errand]).filter((u) => !isGone(u)));
  // "Återkravet gäller bostadstillägg", "It concerns your housing supplement": the sentence that says
  // which benefit the errand concerns is part of the errand.
  const concerns = live.find((u) => concernsTopic(u, language, taxonomy));
  if (concerns) errands.add(concerns);
  const topics = taxonomy.topics.map((topic) => ({ topic, phrases: phrasesOf(topic, language) }));
  const outsideNames = [
    ...(taxonomy.other.names?.[language] ?? []).map((phrase) => ({ phrase, words: wordsOf(phrase), weight: NAME_WEIGHT })),
    ...(taxonomy.other.offices?.[language] ?? []).map((phrase) => ({ phrase, words: wordsOf(phrase), weight: CUE_WEIGHT })),
  ];
  // "Jag vill begära omprövning": a repayment contested is about the benefit's decision, not a payment, so
  // heads ("betala tillbaka bostadstillägg") govern nothing then.
  const contested = live.some((u) => CONTEST[language].test(u.text));
  const maskOf = new Map<Pick<Utterance, 'text' | 'words'>, Masked>();
  const maskedOf = (u: Pick<Utterance, 'text' | 'words'>) => {
    let m = maskOf.get(u);
    if (!m) maskOf.set(u, (m = masked(u, language, agencies, taxonomy, !contested)));
    return m;
  };
  // "I've got a question about the tax on my pension", "Jag ringer om min utbetalning": the caller's first
  // sentence that says what the errand is about, in so many words, decides it over background told before
  // ("I live in Spain").
  const stated = live.find((u) => u.speaker === 'caller' && statesTopic(u, maskedOf(u).forTopics, language, topics));
  if (stated) errands.add(stated);
  // "Has she applied for guarantee pension?" – "No, that's why I'm calling.": the caller makes the agent's
  // question the errand; it counts as the caller's words and decides before anything else.
  const adopted = adoptedQuestion(live, language).filter((u) => topics.some((t) => phrasesFound({ words: maskedOf(u).forTopics }, t.phrases).length > 0));
  for (const u of adopted) errands.add(u);
  // "Det gäller min mamma som har gått bort. Jag har fått höra att ni ska ta tillbaka pengar": a sentence that
  // says whom the errand is for leaves the errand to the caller's next sentence in the turn, which joins it.
  for (const u of [...errands]) {
    if (u.speaker !== 'caller' || !FOR_PERSON[language].test(u.text)) continue;
    const next = live[live.indexOf(u) + 1];
    if (next && next.speaker === 'caller' && next.segmentIndex === u.segmentIndex) errands.add(next);
  }
  const deciding = adopted.length ? adopted : stated ? [stated] : [...errands];
  const speakerFactor = (u: Utterance) => (u.speaker === 'caller' || adopted.includes(u) ? CALLER_FACTOR : 1);
  /** A topic's phrases found in an utterance; a topic of means only in the caller's words. */
  const found = (u: Utterance, t: (typeof topics)[number]) => {
    if (t.topic.means && u.speaker !== 'caller') return [];
    const phrases = phrasesFound({ words: maskedOf(u).forTopics }, t.phrases);
    const head = maskedOf(u).governed.get(t.topic.key);
    return head === undefined ? phrases : [...phrases, { phrase: head, weight: NAME_WEIGHT, at: phraseIndex(maskedOf(u).forTopics, wordsOf(head)) }];
  };
  let best:
    | {
        key: string;
        label: string;
        score: number;
        first: number;
        cues: DraftTopic['cues'];
      }
    | undefined;
  // The errand decides when it names a topic: only the topics it weighs most stay candidates
  // ("Kunden ringer för sin pappa som ska flytta till Spanien" is about moving abroad, however
  // often the agent then says "garantipension"). An errand that names none leaves all of them.
  const errandScores = new Map(
    topics.map((t) => [t.topic.key, deciding.reduce((sum, utterance) => sum + found(utterance, t).reduce((s, p) => s + p.weight, 0), 0)]),
  );
  const errandBest = Math.max(0, ...errandScores.values());
  for (const t of topics) {
    const { topic } = t;
    if (errandBest > 0 && errandScores.get(topic.key) !== errandBest) continue;
    let score = 0;
    let first = Infinity;
    const cues: DraftTopic['cues'] = [];
    for (const [position, utterance] of utterances.entries()) {
      if (gone.includes(utterance)) continue;
      const inErrand = errands.has(utterance);
      const factor = speakerFactor(utterance) * (inErrand ? ERRAND_FACTOR : 1);
      for (const { phrase, weight, at } of found(utterance, t)) {
        score += weight * factor;
        // The topic named first in the dialogue wins a tie, to the word.
        first = Math.min(first, position * 1000 + at);
        if (!cues.some((c) => c.cue === phrase && c.segmentIndex === utterance.segmentIndex)) {
          cues.push({ cue: phrase, segmentIndex: utterance.segmentIndex });
        }
      }
    }
    if (score >= MIN_TOPIC_SCORE && (!best || score > best.score || (score === best.score && first < best.first))) {
      best = {
        key: topic.key,
        label: topic.label[language],
        score,
        first,
        cues,
      };
    }
  }
  // An errand outside the taxonomy ("sjukpenning", "föräldrapenning") is "other", whatever
  // pension words come with it ("ansökan", "intyg").
  let outside = 0;
  let outsideInErrand = false;
  const outsideCues: DraftTopic['cues'] = [];
  for (const utterance of live) {
    const factor = speakerFactor(utterance) * (errands.has(utterance) ? ERRAND_FACTOR : 1);
    const words = maskedOf(utterance).forOther;
    for (const { phrase, words: phraseWords, weight } of outsideNames) {
      if (!containsPhrase(words, phraseWords)) continue;
      // "maintenance support for the elderly" (a cue of ours) is not "maintenance support" (another agency's): the longer phrase found decides.
      if (insideLongerPhrase(utterance, phraseWords, taxonomy, language)) continue;
      outside += weight * factor;
      // An office named in the errand ("Jag ringde Försäkringskassan först, men …") is where the caller has been, not the errand.
      outsideInErrand ||= errands.has(utterance) && weight === NAME_WEIGHT;
      if (!outsideCues.some((c) => c.cue === phrase && c.segmentIndex === utterance.segmentIndex)) {
        outsideCues.push({ cue: phrase, segmentIndex: utterance.segmentIndex });
      }
    }
  }
  // The agent says the errand belongs to another agency ("Det handläggs av Försäkringskassan, inte
  // av oss", "Parental benefit is handled by Försäkringskassan, not by us"): it is outside the taxonomy.
  // The agent's turn says it, in one sentence or over two ("Då är det inte bostadstillägg från oss. … Det
  // är bostadsbidrag från Försäkringskassan.").
  const agentTurns = [...new Set(live.filter((u) => u.speaker === 'agent').map((u) => u.segmentIndex))].map((segment) =>
    live.filter((u) => u.speaker === 'agent' && u.segmentIndex === segment),
  );
  const referred = agentTurns.some(
    (turn) => turn.some((u) => REFERRAL[language].test(u.text)) && turn.some((u) => outsideNames.some((n) => containsPhrase(u.words, n.words))),
  );
  // An errand that names a topic of ours decides against another agency named elsewhere in the call
  // ("I'm a social worker at social services" before "He applied for maintenance support for the elderly").
  const errandDecides = errandBest > 0 && !outsideInErrand;
  if (outside > 0 && (referred || (!errandDecides && outside >= (best?.score ?? 0)))) return { key: OTHER, label: taxonomy.other.label[language], cues: outsideCues };
  return best ? { key: best.key, label: best.label, cues: best.cues } : { key: OTHER, label: taxonomy.other.label[language], cues: [] };
}

/** How many words of the agent's opening may come before the name of the agency that answers ("Välkommen till …"). */
const GREETING_WORDS = 4;

/** The agency outside the taxonomy (one of `other.offices` or `other.names`) that the agent's opening line names, if any. */
export function answeringAgency(utterances: Utterance[], language: Language, taxonomy: Taxonomy): DraftTopic['cues'][number] | undefined {
  const opening = utterances[0];
  if (!opening || opening.speaker !== 'agent') return undefined;
  const words = opening.words.slice(0, GREETING_WORDS + 3);
  for (const name of [...(taxonomy.other.offices?.[language] ?? []), ...(taxonomy.other.names?.[language] ?? [])]) {
    const at = phraseIndex(words, wordsOf(name));
    if (at >= 0 && at <= GREETING_WORDS) return { cue: name, segmentIndex: opening.segmentIndex };
  }
  return undefined;
}

/** The caller says whom the errand is for: "Det gäller min mamma …", "I'm calling for my aunt …". */
const FOR_PERSON: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:det gäller|det handlar om|jag ringer (?:för|om|angående|å)|ringer för) (?:min|mitt|mina|vår|våra|en|hans|hennes) (?:\p{L}+ )?(?:mamma|pappa|mor|far|fru|man|make|maka|sambo|dotter|son|bror|syster|moster|faster|morbror|farbror|mormor|farmor|morfar|farfar|granne|vän|klient|huvudman|brukare|svärmor|svärfar|barn|förälder|föräldrar|släkting)\p{L}*/iu,
  en: /(?<![\p{L}])(?:it's about|it is about|this is about|it concerns|calling (?:for|about|on behalf of)|ringing (?:for|about|on behalf of)|phoning (?:for|about)) (?:my|our|a|his|her) (?:\p{L}+ )?(?:mother|mum|mom|father|dad|wife|husband|partner|daughter|son|brother|sister|aunt|uncle|grandmother|grandfather|grandma|grandpa|neighbour|neighbor|friend|client|parent|parents|relative|mother-in-law|father-in-law)(?![\p{L}])/iu,
};

/** The caller takes the agent's question as the errand: "That's why I'm calling", "Det är därför jag ringer". */
const ADOPT: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:det är (?:just |precis )?(?:därför|det) (?:jag ringer|jag ringde|vi ringer|jag undrar|jag vill veta)|det var (?:just |precis )?(?:därför|det) (?:jag ringde|vi ringde)|det är (?:just |precis )?det (?:jag|vi) ringer om|precis det (?:jag|vi) (?:undrar|ringer om))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:that's|that is|this is) (?:exactly |just )?(?:why|what) (?:i'm|i am|we're|we are) (?:calling|ringing|phoning)(?: about)?|(?:that's|that is) (?:exactly |just )?what (?:i|we) (?:want|wanted|need|needed) to (?:know|ask)|(?:that's|that is) (?:exactly )?(?:why|what) i called(?: about)?)(?![\p{L}])/iu,
};

/** The agent's turn just before a caller's sentence that adopts it as the errand (ADOPT). */
function adoptedQuestion(utterances: Utterance[], language: Language): Utterance[] {
  const at = utterances.findIndex((u) => u.speaker === 'caller' && ADOPT[language].test(u.text));
  if (at < 0) return [];
  const previous = utterances.slice(0, at).reverse().find((u) => u.speaker === 'agent');
  return previous ? utterances.filter((u) => u.speaker === 'agent' && u.segmentIndex === previous.segmentIndex) : [];
}

/** Whether the caller says in so many words what the errand is about ("a question about the tax on my pension"), naming a topic. */
function statesTopic(utterance: Utterance, words: string[], language: Language, topics: { phrases: Phrase[] }[]): boolean {
  for (const m of utterance.text.matchAll(STATED[language])) {
    const from = wordsOf(utterance.text.slice(0, m.index + m[0].length)).length;
    const window = words.slice(from, from + STATED_WINDOW);
    if (topics.some((t) => t.phrases.some((p) => phraseIndex(window, p.words) >= 0))) return true;
  }
  return false;
}

/** "gäller", "concerns": what follows names what the errand concerns. */
const CONCERNS: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:gäller|avser)\s+(?:(?:ditt|din|dina|ert|er|hans|hennes|mitt|min|mina)\s+)?/giu,
  en: /(?<![\p{L}])(?:concerns|is about|it's about|it’s about|is for)\s+(?:(?:your|his|her|my|the|their)\s+)?/giu,
};
/** Whether the utterance says the errand concerns one of the topics by its name ("Återkravet gäller bostadstillägg"). */
function concernsTopic(utterance: Utterance, language: Language, taxonomy: Taxonomy): boolean {
  for (const m of utterance.text.matchAll(CONCERNS[language])) {
    const after = wordsOf(utterance.text.slice(m.index + m[0].length)).slice(0, 4);
    if (taxonomy.topics.some((t) => t.names[language].some((n) => phraseIndex(after, wordsOf(n)) === 0))) return true;
  }
  return false;
}

/** Whether a topic's longer phrase that contains `words` is found in the utterance. */
function insideLongerPhrase(utterance: Utterance, words: string[], taxonomy: Taxonomy, language: Language): boolean {
  return taxonomy.topics.some((topic) =>
    phrasesOf(topic, language).some((p) => p.words.length > words.length && containsPhrase(p.words, words) && containsPhrase(utterance.words, p.words)),
  );
}

/** Where the dialogue names a given topic: the evidence for a topic chosen elsewhere (the LLM). */
export function topicEvidence(utterances: Utterance[], topicKey: string, language: Language, taxonomy: Taxonomy): DraftTopic {
  const topic = taxonomy.topics.find((t) => t.key === topicKey);
  if (!topic) return { key: OTHER, label: taxonomy.other.label[language], cues: [] };
  const cues: DraftTopic['cues'] = [];
  for (const utterance of utterances) {
    for (const { phrase, words } of phrasesOf(topic, language)) {
      if (containsPhrase(utterance.words, words) && !cues.some((c) => c.cue === phrase && c.segmentIndex === utterance.segmentIndex)) {
        cues.push({ cue: phrase, segmentIndex: utterance.segmentIndex });
      }
    }
  }
  return { key: topic.key, label: topic.label[language], cues };
}

/**
 * Whether a sentence names the topic (one of its names or cues). The note's sentences are chosen with it: it
 * matches inner words exactly, as before round 8, so that an inflected cue ("väntar till") does not bring a
 * hypothetical into the note.
 */
export function mentionsTopic(utterance: Utterance, topicKey: string, language: Language, taxonomy: Taxonomy): boolean {
  const topic = taxonomy.topics.find((t) => t.key === topicKey);
  return !!topic && phrasesOf(topic, language).some(({ words }) => lastWordIndex(utterance.words, words) >= 0);
}
