import type {
  DraftSection,
  DraftSectionKey,
  DraftSentence,
  DraftTopic,
  Language,
} from '@samtal/contracts';
import { factWeight, WRITING } from './facts.js';
import { isFragment } from './fragments.js';
import { namedOnce } from './register.js';
import { capitalise } from './text.js';

export const SECTION_TITLES: Record<
  Language,
  Record<DraftSectionKey | 'topic', string>
> = {
  sv: {
    reason: 'Ärende',
    topic: 'Ämne',
    callerSaid: 'Kunden uppgav',
    agentActions: 'Information och åtgärder',
    followUp: 'Uppföljning',
  },
  en: {
    reason: 'Reason for the call',
    topic: 'Topic',
    callerSaid: 'The caller said',
    agentActions: 'Information given and actions taken',
    followUp: 'Follow-up',
  },
};

const ORDER: DraftSectionKey[] = [
  'reason',
  'callerSaid',
  'agentActions',
  'followUp',
];

/** The sections in their fixed order, titled in the draft's language, each line written as a note (`asNote`). */
export function titledSections(
  language: Language,
  content: Record<DraftSectionKey, DraftSentence[]>,
  callerFor = false,
): DraftSection[] {
  // A value said twice as a bare fragment ("8 900." from the caller and again from the agent) is written once.
  const seen = new Set<string>();
  return ORDER.map((key) => ({
    key,
    // (Someone calling for the customer said it, round 61.)
    title: callerFor && key === 'callerSaid' && language === 'sv' ? 'Den som ringer uppgav' : SECTION_TITLES[language][key],
    sentences: asNote(key, content[key], language).filter((s) => {
      if (
        key === 'reason' ||
        key === 'followUp' ||
        !isFragment(s.text, language)
      )
        return true;
      const value = s.text
        .toLowerCase()
        .replace(/[^\p{L}\p{N}]+/gu, ' ')
        .trim();
      if (seen.has(value)) return false;
      seen.add(value);
      return true;
    }),
  }));
}

// ---- A note, not a transcript (round 7c) ---------------------------------------------------

/** A line longer than this is a run-on: it is split at its clause boundaries. */
const RUN_ON_WORDS = 25;
/** A clause boundary: a comma (with "och"/"men") before a clause with its own subject. */
const CLAUSE_BOUNDARY: Record<Language, RegExp> = {
  sv: /(?:,\s+(?:och\s+|men\s+)?|\s+och\s+)(?=(?:kunden|hen|han|hon|de|myndigheten|handläggaren)\s+\p{L})/giu,
  en: /(?:,\s+(?:and\s+|but\s+)?|\s+and\s+)(?=(?:the caller|they|he|she|the agency|the agent)\s+\p{L})/giu,
};
/** A piece that ends on a subject: what "och"/"and" adds to it is another subject. */
const SUBJECT_LAST: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:hon|han|hen|kunden|de|den|det|myndigheten|handläggaren|jag|vi)\s*$/iu,
  en: /(?<![\p{L}])(?:she|he|they|it|caller|agency|agent|i|we)\s*$/iu,
};
/** A clause that opens with a condition or a time keeps its consequence: no split inside it. */
const SUBORDINATE: Record<Language, RegExp> = {
  sv: /^(?:om|när|eftersom|innan|tills|medan|så fort|sedan|fast|trots att)(?![\p{L}])/iu,
  en: /^(?:if|when|once|since|as|until|before|after|because|while|unless|although)(?![\p{L}])/iu,
};
/** The caller's feeling or an aside: left to sentiment, never a fact of the note. */
const ASIDE: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:(?:är|blir|var) (?:så |jätte|lite |väldigt )?(?:rädd|orolig|ledsen|stressad|arg|trött)|tjatar|(?:det är|det blir) (?:så |jätte)?(?:mycket|jobbigt|krångligt)|hela cirkusen|hoppas (?:att )?(?:det|den)|håller tummarna)(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:(?:is|am|are|was|feel|feels) (?:so |really |very )?(?:scared|worried|upset|stressed|tired)|(?:cannot|can't) cope|fingers crossed|hopes? (?:it|that it) (?:does not|doesn't|will not|won't))(?![\p{L}])/iu,
};
/** A piece that reads as broken: a pause, a question, or an end no sentence has. */
const BROKEN: Record<Language, RegExp> = {
  sv: /…|\.\.\.|\?|(?<![\p{L}])(?:det är det som|som|att|och|men|eller|för|med|på|till|om)\s*[.!]?\s*$/iu,
  en: /…|\.\.\.|\?|(?<![\p{L}])(?:the|(?<!(?:want|wants|need|needs|have|has|had|going|like|used|able|ought|try|tries)\s+)to|and|but|or|that|of|for|with|on|about)\s*[.!]?\s*$/iu,
};
/** Words that make a piece decisive though no fact type names it: a deadline, a number. */
const DEADLINE: Record<Language, RegExp> = {
  sv: /\d|(?<![\p{L}])(?:senast|inom|före|innan|tills|beslut\p{L}*|rätt|(?:ett|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|\p{L}+ton|tjugo|trettio|fyrtio|femtio|sextio|sjuttio|åttio|nittio)\p{L}*|\p{L}+talet)(?![\p{L}])/iu,
  en: /\d|(?<![\p{L}])(?:by|within|before|until|deadline|decision\p{L}*|entitled|right|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\p{L}+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|sixties|seventies|eighties|nineties|fifties)(?:-\p{L}+)?)(?![\p{L}])/iu,
};

/** Whether a piece holds a fact that must stay (a decision, an amount, a date, a right, a document, a deadline). */
const decisive = (piece: string, language: Language) =>
  factWeight(piece, language, false).types.length > 0 ||
  DEADLINE[language].test(piece);

const endStop = (text: string) => (/[.!?:]$/u.test(text) ? text : `${text}.`);

/** A run-on's clauses, each as its own sentence; a clause under a condition stays whole. */
function clauses(sentence: string, language: Language): string[] {
  if (sentence.split(/\s+/u).length <= RUN_ON_WORDS) return [sentence];
  const pieces: string[] = [];
  let from = 0;
  for (const m of sentence.matchAll(CLAUSE_BOUNDARY[language])) {
    const at = m.index ?? 0;
    const piece = sentence.slice(from, at);
    const rest = sentence.slice(at + m[0].length);
    // "för hon och hennes man ska köpa hus": "och" after a subject joins two subjects, not two clauses.
    const joinsSubjects =
      !m[0].includes(',') && SUBJECT_LAST[language].test(piece);
    if (
      joinsSubjects ||
      SUBORDINATE[language].test(piece.trim()) ||
      piece.split(/\s+/u).length < 4 ||
      rest.split(/\s+/u).length < 4
    )
      continue;
    pieces.push(piece);
    from = at + m[0].length;
  }
  pieces.push(sentence.slice(from));
  return pieces.map((p) =>
    endStop(capitalise(p.trim().replace(/[,;\s]+$/u, ''))),
  );
}

// ---- A note a caseworker would write (round 8) ----------------------------------------------

/**
 * The turn's own joints at the start of a line, which a note does not write: a confirmation ("Det stämmer,",
 * "That's right,"), a framing ("Då är det så att"), a conversational connective before the subject ("Så kunden
 * får …", "Så bostadstillägget kan …", "Or the caller can …", "Because …"). Swedish puts the verb second: a fronted "då"/"så" before a verb
 * stays (taking it out would leave a question's word order).
 */
const OPENING: Record<Language, RegExp> = {
  sv: /^(?:(?:(?:ja|nej|jo|jaha|okej)\s*,\s*)?(?:det stämmer|det är rätt|precis|exakt|absolut|okej|jaha)\s*,\s*|(?:(?:då|så|men)\s+)?(?:är det|det är) så att\s+|(?:så|och|men|och då|fast|ja|jo|nej)\s*,?\s+(?=(?:kunden|kundens|handläggaren|myndigheten|hen|han|hon|de|man)\s|\p{L}{3,}(?:en|et|na)\s+(?:kan|ska|kommer|blir|är|var|har|får|måste|gäller|behöver)\s))/iu,
  en: /^(?:(?:(?:yes|no|right|okay)\s*,\s*)?(?:that(?:'s| is) (?:right|correct)|exactly|right|okay|sure)\s*,\s*|(?:so|and|but|or|then|because|oh)\s*,?\s+(?=\p{L})|well\s*,\s*|(?:yes|no)\s*,\s+(?=\p{L}))/iu,
};
/** "Om handläggaren tittar på kundens prognos här så blir det …": the source is the fact, "Enligt kundens prognos blir det …". */
const LOOKING: Record<Language, [RegExp, string]> = {
  sv: [
    /^om (?:handläggaren|myndigheten) (?:tittar|kollar|ser) (?:på|i) ([^,]+?)(?:\s+här)?\s*,?\s+så\s+/iu,
    'Enligt $1 ',
  ],
  en: [
    /^if (?:the agent|the agency) (?:looks?|checks?) (?:at|in) ([^,]+?)(?:\s+here)?\s*,\s*(?:then\s+)?/iu,
    'According to $1, ',
  ],
};
/** A pleasantry or an invitation, no fact of the errand: "Lycka till", "Kunden är välkommen att ringa igen", "Good luck". */
const PLEASANTRY: Record<Language, RegExp> = {
  sv: /(?<![\p{L}])(?:lycka till|välkommen att (?:ringa|höra av sig)|tack så mycket|ha en (?:bra|fin|trevlig))(?![\p{L}])/iu,
  en: /(?<![\p{L}])(?:good luck|(?:is|are) welcome to (?:call|ring|get in touch)|thank(?:s| you)|have a (?:good|nice|lovely))(?![\p{L}])/iu,
};
/** A Swedish subordinate clause keeps "inte" before its verb: "att hen vet inte" is "att hen inte vet". */
const SV_SUBORDINATE_NEGATION =
  /(?<![\p{L}])(att|om|eftersom|när|fast|som)\s+(hen|han|hon|de|kunden|det|den|man|myndigheten|handläggaren)\s+(?!inte|aldrig|också|redan|bara)(\p{L}+)\s+(inte|aldrig)(?![\p{L}])/giu;
/** The register's subject said twice in a row ("Handläggaren kan handläggaren inte lova"): once. */
const ROLE_TWICE: Record<Language, RegExp> = {
  sv: /^(handläggaren|kunden|myndigheten)\s+(\p{L}+)\s+\1\s+/iu,
  en: /^(The agent|The caller|The agency)\s+(\p{L}+)\s+(?:the agent|the caller|the agency)\s+(?=not\s)/u,
};

/** A spoken word with a written one of the same meaning ("funkar" is "fungerar"); a tag question at the end goes. */
const WRITTEN: Record<Language, [RegExp, string][]> = {
  sv: [
    [/(?<![\p{L}])funkar(?![\p{L}])/giu, 'fungerar'],
    [/(?<![\p{L}])funkade(?![\p{L}])/giu, 'fungerade'],
    [/(?<![\p{L}])kolla(?![\p{L}])/giu, 'kontrollera'],
    [/(?<![\p{L}])kollar(?![\p{L}])/giu, 'kontrollerar'],
    [/(?<![\p{L}])kollade(?![\p{L}])/giu, 'kontrollerade'],
    [/(?<![\p{L}])frugan(?![\p{L}])/giu, 'frun'],
    [/,\s*(?:eller hur|va|eller)\s*\??\s*(?=[.!?]?$)/iu, ''],
  ],
  en: [
    [
      /,\s*(?:(?:shall|should|will|can|do|does|did|is|isn't|don't|won't)\s+(?:i|we|the caller|the agent|they)|right|yes|yeah)\s*\??\s*(?=[.!?]?$)/iu,
      '',
    ],
  ],
};

/** A line written as a statement of the note: the turn's joints, the looking and the exclamation taken out. */
export function asStatement(text: string, language: Language): string {
  let t = text.trim();
  for (let i = 0; i < 2; i++) t = t.replace(OPENING[language], '');
  t = t.replace(LOOKING[language][0], LOOKING[language][1]);
  for (const [pattern, written] of WRITTEN[language])
    t = t.replace(pattern, written);
  if (language === 'sv') t = t.replace(SV_SUBORDINATE_NEGATION, '$1 $2 $4 $3');
  t = t
    .replace(ROLE_TWICE[language], '$1 $2 ')
    .replace(/!+/gu, '.')
    .replace(/\s{2,}/gu, ' ');
  return t.length > 1 ? capitalise(t) : text;
}

/** Whether a piece carries no fact of the errand: a pleasantry, or a fragment with no value in it. */
const noFact = (piece: string, language: Language) =>
  !decisive(piece, language) &&
  (PLEASANTRY[language].test(piece) || isFragment(piece, language));

/**
 * A line of the note as a caseworker writes it: the customer named once ("hen", "they"), a run-on split at its
 * clause boundaries, and an aside, a feeling, a question or a piece left broken taken out. A piece that holds a
 * decisive fact always stays; a line with nothing clean left is left out. The errand line and the tasks are
 * never split nor left out.
 */
export function asNote(
  key: DraftSectionKey,
  sentences: DraftSentence[],
  language: Language,
): DraftSentence[] {
  return sentences.flatMap((s) => {
    if (key === 'reason' || key === 'followUp')
      return [
        { ...s, text: namedOnce(asStatement(s.text, language), language) },
      ];
    const pieces = s.text
      .split(/(?<=[.!?])\s+(?=\p{Lu})/u)
      .flatMap((p) => clauses(p, language));
    // Judged as said (a "because" makes a reason decisive), written as a statement.
    const kept = pieces
      .filter(
        (p) =>
          (decisive(p, language) ||
            !(ASIDE[language].test(p) || BROKEN[language].test(p))) &&
          !noFact(p, language),
      )
      .map((p) => asStatement(p, language));
    if (kept.length === 0) return [];
    // Split pieces begin their own sentence: the customer is named again there, once.
    return [{ ...s, text: namedOnce(kept.join(' '), language) }];
  });
}

/** A task's date as the note says it: "(2028-06-07)" on that day, "(senast 2028-06-30)" by a deadline. */
const line = (s: DraftSentence, language: Language) =>
  `- ${s.text}${s.followUp?.dueDate ? ` (${s.followUp.preposition === 'by' ? `${WRITING[language].by} ` : ''}${s.followUp.dueDate})` : ''}`;

/** Agencies and funds named as cues, written as their names are (the benefits stay in lower case). */
const PROPER_NAMES: Record<string, string> = {
  försäkringskassan: 'Försäkringskassan',
  csn: 'CSN',
  arbetsförmedlingen: 'Arbetsförmedlingen',
  kpa: 'KPA',
  'kpa pension': 'KPA Pension',
  amf: 'AMF',
  alecta: 'Alecta',
  collectum: 'Collectum',
  'statens tjänstepensionsverk': 'Statens tjänstepensionsverk',
};
/** An office named by what it is, not by its name ("social insurance agency", "socialtjänsten"). */
const OFFICE = /(?:agency|service|services|office|centre|center|board|tjänsten|kontoret|förvaltningen)$/u;
/** At most this many benefits are named after "Övrigt"/"Other", and one agency. */
const OTHER_DETAIL_BENEFITS = 2;
/**
 * The topic as the note names it. A call outside the taxonomy says what its errand is about from the phrases the
 * topic classifier found ("Övrigt (sjukpenning, Försäkringskassan)", round 57: judges asked for more than a bare
 * "Övrigt"); at most two benefits first, then one agency, each once. A topic of the taxonomy is its label.
 */
export function topicLine(topic: DraftTopic): string {
  if (topic.key !== 'other' || topic.cues.length === 0) return topic.label;
  const phrases = [...new Set(topic.cues.map((c) => c.cue.toLowerCase()))];
  // (A phrase inside a longer one found, "föräldrapenning" in "tillfällig föräldrapenning", goes.)
  const kept = phrases.filter((p) => !phrases.some((q) => q !== p && q.includes(p)));
  const isAgency = (p: string) => p in PROPER_NAMES || OFFICE.test(p);
  // (One agency, by its name where it was said: "social insurance agency" and "Försäkringskassan" are one.)
  const agency = kept.find((p) => p in PROPER_NAMES) ?? kept.find(isAgency);
  const ordered = [...kept.filter((p) => !isAgency(p)).slice(0, OTHER_DETAIL_BENEFITS), ...(agency ? [agency] : [])];
  return `${topic.label} (${ordered.map((p) => PROPER_NAMES[p] ?? p).join(', ')})`;
}

/**
 * The draft as plain text, as an agent pastes it into the case file:
 *   Ärende: … / Ämne: … / then each non-empty section as a titled list.
 */
export function renderDraft(
  language: Language,
  topic: DraftTopic,
  sections: DraftSection[],
): string {
  const titles = SECTION_TITLES[language];
  const reason = sections
    .find((s) => s.key === 'reason')
    ?.sentences.map((s) => s.text)
    .join(' ');
  const head = [
    ...(reason ? [`${titles.reason}: ${reason}`] : []),
    `${titles.topic}: ${topicLine(topic)}`,
  ].join('\n');
  const lists = sections
    .filter((s) => s.key !== 'reason' && s.sentences.length > 0)
    .map((s) => `${s.title}:\n${s.sentences.map((x) => line(x, language)).join('\n')}`);
  return [head, ...lists].join('\n\n');
}
