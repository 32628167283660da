import type { DraftSectionKey, DraftSentence, DraftTopic, FollowUpKind, Language, Transcript } from '@samtal/contracts';
import { CUES, type Cues } from './cues.js';
import { findDates } from './dates.js';
import { isInstruction, toThirdPerson } from './register.js';
import { detectTopic, mentionsTopic, type Taxonomy } from './taxonomy.js';
import { utterancesOf, type Utterance } from './text.js';

/** The content of a draft before it is titled and rendered. */
export interface DraftContent {
  topic: DraftTopic;
  sections: Record<DraftSectionKey, DraftSentence[]>;
}

export interface ExtractOptions {
  /** The call's date (YYYY-MM-DD): relative dates are resolved against it. */
  callDate: string;
  taxonomy: Taxonomy;
}

/** At most this many sentences per section, the most informative kept. */
const LIMITS = { callerSaid: 4, agentActions: 5, followUp: 6 } as const;
/** The reason is looked for among the caller's first few sentences. */
const REASON_WINDOW = 4;

const IDENTIFIED: Record<Language, string> = {
  sv: 'Kunden uppgav sitt personnummer.',
  en: 'The caller gave their personal identity number.',
};

interface Sentence extends Utterance {
  position: number;
  /** Words that are not function words or placeholders. */
  content: number;
  /** A phrase of the detected topic is in it. */
  onTopic: boolean;
  /** Digits or a date: facts a note keeps. */
  specific: boolean;
}

interface Placed extends DraftSentence {
  position: number;
  score: number;
}

/** Placeholders the redaction leaves ("[PERSONNUMMER]", "<NAMN>") are not content. */
const withoutPlaceholders = (text: string) => text.replace(/\[[^\]]*\]|<[^>]*>/g, ' ');

function contentWords(text: string, cues: Cues): number {
  const words =
    withoutPlaceholders(text)
      .toLowerCase()
      .match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.filter((w) => w.length > 1 && !cues.functionWords.has(w)).length;
}

/**
 * The extractive, rule-based summariser: it picks and rewrites sentences of the dialogue
 * into the journal's sections by speaker role, cue phrases, question/answer pairs, dates
 * and amounts. Every sentence keeps the segments it came from. Runs offline, needs no model.
 */
export function extractDraft(transcript: Transcript, options: ExtractOptions): DraftContent {
  const language = transcript.language;
  const cues = CUES[language];
  const all: Sentence[] = utterancesOf(transcript.segments, language).map((u, position) => ({
    ...u,
    position,
    content: contentWords(u.text, cues),
    onTopic: false,
    specific: /\d/.test(withoutPlaceholders(u.text)) || findDates(u.text, language, options.callDate).length > 0,
  }));
  const used = new Set<Sentence>();
  const free = (s: Sentence) => !used.has(s);
  const filler = (s: Sentence) => cues.pleasantry.test(s.text) || (s.speaker !== 'caller' && cues.opening.test(s.text)) || s.content < 2;
  const feelingOnly = (s: Sentence) => cues.feeling.test(s.text) && s.content <= 2 && !cues.problem.test(s.text) && !s.specific;
  const isCaller = (s: Sentence) => s.speaker !== 'agent';
  const isAgent = (s: Sentence) => s.speaker !== 'caller';
  const rewrite = (s: Sentence) => toThirdPerson(s.text, s.speaker, language);
  const sentencesOf = (segmentIndex: number) => all.filter((s) => s.segmentIndex === segmentIndex);
  const nextSegment = (after: number, speaker: Sentence['speaker']) =>
    transcript.segments.find((seg) => seg.index > after && seg.speaker === speaker)?.index;

  const callerSaid: Placed[] = [];
  const agentActions: Placed[] = [];
  const followUp: Placed[] = [];

  // The agent asks who is calling; the answer is personal data and becomes one neutral line.
  for (const question of all.filter((s) => s.speaker === 'agent' && s.isQuestion && cues.identification.test(s.text))) {
    const answer = nextSegment(question.segmentIndex, 'caller');
    if (answer === undefined) continue;
    used.add(question);
    for (const s of sentencesOf(answer)) used.add(s);
    if (!callerSaid.some((p) => p.text === IDENTIFIED[language])) {
      callerSaid.push({
        text: IDENTIFIED[language],
        segmentIndexes: [question.segmentIndex, answer],
        position: question.position,
        score: 1,
      });
    }
  }

  // The errand: among the caller's first sentences, the one that asks or complains, the earlier the likelier.
  const opening = all.filter((s) => isCaller(s) && free(s) && !filler(s) && !feelingOnly(s)).slice(0, REASON_WINDOW);
  const reasonScore = (s: Sentence, i: number) =>
    (cues.request.test(s.text) ? 2 : 0) + (cues.problem.test(s.text) ? 2 : 0) + (i === 0 ? 1 : 0) - 0.5 * i;
  let reason =
    opening.map((s, i) => ({ s, score: reasonScore(s, i) })).sort((a, b) => b.score - a.score)[0]?.s ??
    all.find((s) => free(s) && !filler(s) && !s.isQuestion);
  // "Jag ska flytta utomlands i augusti. Vad händer med min pension då?" The statement carries
  // the errand; the question goes with its answer.
  const before = reason && all[reason.position - 1];
  if (reason?.isQuestion && before && opening.includes(before) && before.segmentIndex === reason.segmentIndex && !before.isQuestion) {
    reason = before;
  }
  if (reason) used.add(reason);

  const topic = detectTopic(all, language, options.taxonomy, reason);
  for (const s of all) s.onTopic = mentionsTopic(s, topic.key, language, options.taxonomy);

  // Promises and tasks for after the call, with their dates.
  for (const s of all.filter((s) => free(s) && !filler(s) && !s.isQuestion)) {
    const kind = followUpKind(s, cues, language, options.callDate);
    if (!kind) continue;
    used.add(s);
    let text = rewrite(s);
    const segmentIndexes = [s.segmentIndex];
    let [date] = findDates(s.text, language, options.callDate);
    // "… anmäla din nya boendekostnad. Gör det gärna inom två veckor." The date comes next.
    const next = all[s.position + 1];
    if (
      !date &&
      next &&
      free(next) &&
      next.segmentIndex === s.segmentIndex &&
      next.content <= 4 &&
      !followUpKind(next, cues, language, options.callDate)
    ) {
      [date] = findDates(next.text, language, options.callDate);
      if (date) {
        used.add(next);
        text = `${text} ${rewrite(next)}`;
      }
    }
    followUp.push({
      text,
      segmentIndexes,
      followUp: {
        kind,
        ...(date ? { dateText: date.text, dueDate: date.date } : {}),
      },
      position: s.position,
      score: 1 + (date ? 1 : 0),
    });
  }

  // The caller's questions and the agent's answers: information given.
  for (const question of all.filter((s) => isCaller(s) && s.isQuestion && free(s) && s.content >= 2)) {
    const answerSegment = nextSegment(question.segmentIndex, 'agent');
    if (answerSegment === undefined) continue;
    const answer = sentencesOf(answerSegment).find((s) => free(s) && !filler(s) && !s.isQuestion && !cues.empathy.test(s.text));
    if (!answer) continue;
    used.add(question);
    used.add(answer);
    // A bare "Det behövs." needs its question to make sense.
    const text = answer.content < 3 ? `${rewrite(question)} ${rewrite(answer)}` : rewrite(answer);
    agentActions.push({
      text,
      segmentIndexes: [question.segmentIndex, answer.segmentIndex],
      position: answer.position,
      score: 2,
    });
  }

  // What the caller told: substantial statements, facts with numbers and dates first.
  for (const s of all.filter((s) => isCaller(s) && free(s) && !filler(s) && !s.isQuestion && !feelingOnly(s))) {
    if (s.content < 3 && !(s.content === 2 && cues.fact.test(s.text))) continue;
    const score = Math.min(s.content, 10) / 10 + (cues.problem.test(s.text) ? 1 : 0) + (s.specific ? 1 : 0) + (s.onTopic ? 0.5 : 0);
    callerSaid.push({
      text: rewrite(s),
      segmentIndexes: [s.segmentIndex],
      position: s.position,
      score,
    });
    used.add(s);
  }

  // What the agent told or did.
  for (const s of all.filter((s) => isAgent(s) && free(s) && !filler(s) && !s.isQuestion && !cues.empathy.test(s.text))) {
    const informs = cues.information.test(s.text);
    if (!informs && !s.onTopic && !s.specific && s.content < 4) continue;
    const score = Math.min(s.content, 10) / 10 + (informs ? 1 : 0) + (s.specific ? 1 : 0) + (s.onTopic ? 0.5 : 0);
    agentActions.push({
      text: rewrite(s),
      segmentIndexes: [s.segmentIndex],
      position: s.position,
      score,
    });
    used.add(s);
  }

  return {
    topic,
    sections: {
      reason: reason ? [{ text: rewrite(reason), segmentIndexes: [reason.segmentIndex] }] : [],
      callerSaid: keep(callerSaid, LIMITS.callerSaid),
      agentActions: keep(agentActions, LIMITS.agentActions),
      followUp: keep(followUp, LIMITS.followUp),
    },
  };
}

function followUpKind(s: Sentence, cues: Cues, language: Language, callDate: string): FollowUpKind | undefined {
  // What the caller does not understand or know is a question, not a promise.
  if (s.speaker === 'caller' && cues.problem.test(s.text)) return undefined;
  // The caller is the one to act: told so by the agent, or promising it themself.
  const callerActs =
    s.speaker === 'agent'
      ? cues.callerTask.test(s.text) || isInstruction(s.text, language)
      : cues.firstPerson.test(s.text) && !cues.past.test(s.text);
  for (const [kind, pattern] of cues.followUp) {
    const match = pattern.exec(s.text);
    if (!match || cues.negation.test(s.text.slice(0, match.index))) continue;
    if (kind === 'awaitDocument' && !callerActs) continue;
    return kind;
  }
  // A date ahead with a future verb ("Pengarna betalas ut på torsdag"), an instruction ("Gör
  // det inom två veckor") or the caller's own promise ("Det gör jag i dag") is something to watch for.
  const ahead = findDates(s.text, language, callDate).some((d) => d.date >= callDate);
  if (!ahead) return undefined;
  const promised = s.speaker === 'caller' && cues.firstPerson.test(s.text) && !cues.past.test(s.text);
  return cues.future.test(s.text) || (s.speaker === 'agent' && isInstruction(s.text, language)) || promised ? 'other' : undefined;
}

/** The `limit` highest-scoring sentences, in the order they were said. */
function keep(placed: Placed[], limit: number): DraftSentence[] {
  return [...placed]
    .sort((a, b) => b.score - a.score || a.position - b.position)
    .slice(0, limit)
    .sort((a, b) => a.position - b.position)
    .map(({ position: _p, score: _s, ...sentence }) => sentence);
}
