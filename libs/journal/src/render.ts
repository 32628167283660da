import type { DraftSection, DraftSectionKey, DraftSentence, DraftTopic, Language } from '@samtal/contracts';
import { factWeight } from './facts.js';
import { namedOnce } from './register.js';
import { capitalise } from './text.js';

export const SECTION_TITLES: Record<Language, Record<DraftSectionKey | 'topic', string>> = {
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

const ORDER: DraftSectionKey[] = ['reason', 'callerSaid', 'agentActions', 'followUp'];

/** The sections in their fixed order, titled in the draft's language, each line written as a note (`asNote`). */
export function titledSections(language: Language, content: Record<DraftSectionKey, DraftSentence[]>): DraftSection[] {
  return ORDER.map((key) => ({
    key,
    title: SECTION_TITLES[language][key],
    sentences: asNote(key, content[key], language),
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
const decisive = (piece: string, language: Language) => factWeight(piece, language, false).types.length > 0 || DEADLINE[language].test(piece);

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
    const joinsSubjects = !m[0].includes(',') && SUBJECT_LAST[language].test(piece);
    if (joinsSubjects || SUBORDINATE[language].test(piece.trim()) || piece.split(/\s+/u).length < 4 || rest.split(/\s+/u).length < 4) continue;
    pieces.push(piece);
    from = at + m[0].length;
  }
  pieces.push(sentence.slice(from));
  return pieces.map((p) => endStop(capitalise(p.trim().replace(/[,;\s]+$/u, ''))));
}

/**
 * A line of the note as a caseworker writes it: the customer named once ("hen", "they"), a run-on split at its
 * clause boundaries, and an aside, a feeling, a question or a piece left broken taken out. A piece that holds a
 * decisive fact always stays; a line with nothing clean left is left out. The errand line and the tasks are
 * never split nor left out.
 */
export function asNote(key: DraftSectionKey, sentences: DraftSentence[], language: Language): DraftSentence[] {
  return sentences.flatMap((s) => {
    if (key === 'reason' || key === 'followUp') return [{ ...s, text: namedOnce(s.text, language) }];
    const pieces = s.text.split(/(?<=[.!?])\s+(?=\p{Lu})/u).flatMap((p) => clauses(p, language));
    const kept = pieces.filter((p) => decisive(p, language) || !(ASIDE[language].test(p) || BROKEN[language].test(p)));
    if (kept.length === 0) return [];
    // Split pieces begin their own sentence: the customer is named again there, once.
    return [{ ...s, text: namedOnce(kept.join(' '), language) }];
  });
}

const line = (s: DraftSentence) => `- ${s.text}${s.followUp?.dueDate ? ` (${s.followUp.dueDate})` : ''}`;

/**
 * The draft as plain text, as an agent pastes it into the case file:
 *   Ärende: … / Ämne: … / then each non-empty section as a titled list.
 */
export function renderDraft(language: Language, topic: DraftTopic, sections: DraftSection[]): string {
  const titles = SECTION_TITLES[language];
  const reason = sections
    .find((s) => s.key === 'reason')
    ?.sentences.map((s) => s.text)
    .join(' ');
  const head = [...(reason ? [`${titles.reason}: ${reason}`] : []), `${titles.topic}: ${topic.label}`].join('\n');
  const lists = sections
    .filter((s) => s.key !== 'reason' && s.sentences.length > 0)
    .map((s) => `${s.title}:\n${s.sentences.map(line).join('\n')}`);
  return [head, ...lists].join('\n\n');
}
