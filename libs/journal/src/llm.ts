import {
  FollowUpKindSchema,
  type DraftSectionKey,
  type DraftSentence,
  type JournalDraft,
  type Language,
  type Transcript,
} from '@samtal/contracts';
import { redact } from '@samtal/redaction';
import { z } from 'zod';
import { findDates } from './dates.js';
import { discourseHints, isSpokenNumber } from './discourse.js';
import { RELATIVES, WRITING } from './facts.js';
import { assembleDraft, draftJournal, type DraftJournalOptions } from './draft.js';
import { OTHER, defaultTaxonomy, topicEvidence, type Taxonomy } from './taxonomy.js';
import { utterancesOf } from './text.js';

/** An OpenAI-compatible chat endpoint: a local llama.cpp server, vLLM or Ollama. */
export interface LlmSummarizer {
  /** Base URL of the API, e.g. http://127.0.0.1:8080/v1 (`/chat/completions` is appended). */
  url: string;
  model: string;
  apiKey?: string;
  timeoutMs: number;
}

export interface LlmDraftOptions extends DraftJournalOptions {
  llm: LlmSummarizer;
  /** Told why the LLM's draft was not used (content-free), before the extractive draft is returned. */
  onFallback?: (reason: string) => void;
}

/** Why the LLM's answer was not used. Its message never quotes the answer: it may hold personal data. */
export class RejectedLlmDraft extends Error {
  override readonly name = 'RejectedLlmDraft';
}

const SentenceSchema = z.object({
  text: z.string().trim().min(1).max(600),
  segments: z.array(z.number().int().nonnegative()).min(1).max(20),
});
const LlmAnswerSchema = z.object({
  topic: z.string().min(1),
  reason: SentenceSchema,
  callerSaid: z.array(SentenceSchema).max(8),
  agentActions: z.array(SentenceSchema).max(8),
  followUps: z.array(SentenceSchema.extend({ kind: FollowUpKindSchema })).max(8),
});
type LlmAnswer = z.infer<typeof LlmAnswerSchema>;

const INSTRUCTIONS: Record<Language, string> = {
  sv: 'Skriv anteckningen på svenska, i tredje person ("kunden", "handläggaren", "myndigheten").',
  en: 'Write the note in English, in the third person ("the caller", "the agent", "the agency").',
};

function prompt(transcript: Transcript, taxonomy: Taxonomy): { system: string; user: string } {
  const language = transcript.language;
  const topics = [...taxonomy.topics.map((t) => `${t.key} (${t.label[language]})`), `${OTHER} (${taxonomy.other.label[language]})`];
  const system = [
    'You draft journal notes of phone calls to a Swedish public agency. A case officer will check and edit the draft.',
    INSTRUCTIONS[language],
    'Write short, factual sentences in the register of an agency case file. Use only what was said in the call.',
    'Never add names, personal identity numbers, addresses, phone or account numbers. Placeholders such as [PERSONNUMMER] stand for',
    'removed personal data: do not guess what they hide.',
    'Answer with one JSON object and nothing else, with exactly these fields:',
    '{"topic": one topic key from the list,',
    ' "reason": {"text": the reason for the call in one sentence, "segments": [numbers of the utterances it comes from]},',
    ' "callerSaid": [{"text", "segments"}] key facts the caller gave,',
    ' "agentActions": [{"text", "segments"}] information the agent gave and actions the agent took,',
    ' "followUps": [{"text", "segments", "kind"}] call-backs, documents to send or receive and decisions awaited, with the dates as said;',
    `   kind is one of ${FollowUpKindSchema.options.join(', ')}}.`,
    'Every sentence must cite the numbers of the utterances it is built from.',
    'A self-correction ("nej förresten", "actually") replaces what it corrects everywhere, dates and amounts included.',
    'Say whom each fact is about: the caller, or the relative or deceased spouse the caller speaks of. Keep conditions',
    '("if the caller waits until 67"). Follow-ups are only tasks: who does what, on or by when; information about a',
    "right (\"omprövning inom två månader\") is no follow-up, and neither is the caller's own life (a physio appointment).",
    'Errands outside the topic list (another agency\'s benefits) have the topic "other".',
  ].join('\n');
  const utterances = utterancesOf(transcript.segments, language);
  const relatives = [
    ...new Set(
      transcript.segments
        .filter((s) => s.speaker === 'caller')
        .flatMap((s) => [...s.text.matchAll(RELATIVES[language].possessive)].map((m) => (m[1] ?? '').toLowerCase()))
        .filter((noun) => RELATIVES[language].he.includes(noun) || RELATIVES[language].she.includes(noun)),
    ),
  ];
  const hints = discourseHints(utterances, language, relatives);
  const user = [
    `Topics: ${topics.join('; ')}`,
    'Call (utterance number, speaker, text):',
    ...transcript.segments.map((s) => `[${s.index}] ${s.speaker}: ${s.text}`),
    ...(hints.length > 0 ? ['Notes on the call (from Samtal\'s own analysis):', ...hints] : []),
  ].join('\n');
  return { system, user };
}

async function ask(llm: LlmSummarizer, messages: { role: string; content: string }[]): Promise<string> {
  let response: Response;
  try {
    response = await fetch(`${llm.url.replace(/\/+$/, '')}/chat/completions`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(llm.apiKey ? { authorization: `Bearer ${llm.apiKey}` } : {}),
      },
      body: JSON.stringify({
        model: llm.model,
        messages,
        temperature: 0,
        response_format: { type: 'json_object' },
      }),
      signal: AbortSignal.timeout(llm.timeoutMs),
    });
  } catch (err) {
    const timedOut = err instanceof Error && (err.name === 'TimeoutError' || err.name === 'AbortError');
    throw new RejectedLlmDraft(
      timedOut ? `no answer within ${llm.timeoutMs} ms` : `request failed (${err instanceof Error ? err.name : 'error'})`,
    );
  }
  if (!response.ok) throw new RejectedLlmDraft(`HTTP ${response.status}`);
  const body = (await response.json().catch(() => undefined)) as { choices?: { message?: { content?: unknown } }[] } | undefined;
  const content = body?.choices?.[0]?.message?.content;
  if (typeof content !== 'string') throw new RejectedLlmDraft('the response has no message content');
  return content;
}

function parseAnswer(content: string): LlmAnswer {
  // Some servers wrap JSON in a Markdown fence even when asked not to.
  const json = content.trim().replace(/^```(?:json)?\s*|\s*```$/g, '');
  let raw: unknown;
  try {
    raw = JSON.parse(json);
  } catch {
    throw new RejectedLlmDraft('the answer is not JSON');
  }
  const result = LlmAnswerSchema.safeParse(raw);
  if (!result.success) {
    throw new RejectedLlmDraft(
      `the answer lacks required fields (${result.error.issues.map((i) => i.path.join('.') || 'root').join(', ')})`,
    );
  }
  return result.data;
}

/**
 * Tokens that would bring personal data in: numbers of three or more digits and names
 * (capitalised words inside a sentence) that the redacted transcript does not contain.
 */
function ungrounded(text: string, transcriptText: string): string[] {
  const known = transcriptText.toLowerCase();
  const numbers = text.match(/\d[\d\s-]{2,}\d/g) ?? [];
  const names = [...text.matchAll(/(?<=[\p{L}\p{N},;:)]\s+)\p{Lu}\p{L}+/gu)].map((m) => m[0]);
  return [...numbers, ...names].filter((token) => !known.includes(token.toLowerCase()));
}

/** The checks an LLM draft must pass before anyone sees it. */
function check(answer: LlmAnswer, transcript: Transcript, taxonomy: Taxonomy): void {
  const indexes = new Set(transcript.segments.map((s) => s.index));
  const transcriptText = transcript.segments.map((s) => s.text).join('\n');
  const sentences = [answer.reason, ...answer.callerSaid, ...answer.agentActions, ...answer.followUps];
  if (answer.topic !== OTHER && !taxonomy.topics.some((t) => t.key === answer.topic))
    throw new RejectedLlmDraft('the topic is not in the taxonomy');
  for (const sentence of sentences) {
    if (!sentence.segments.every((i) => indexes.has(i))) throw new RejectedLlmDraft('a sentence cites an utterance that does not exist');
    // (The rules, as the leak scan reads a note: the learned recogniser reads calls, not note sentences.)
    if (redact(sentence.text, { lang: transcript.language, recogniser: false }).text !== sentence.text) {
      throw new RejectedLlmDraft('the answer contains personal data that redaction would remove');
    }
    if (isSpokenNumber(sentence.text, transcript.language)) {
      throw new RejectedLlmDraft('the answer reads out a number sequence');
    }
    if (ungrounded(sentence.text, transcriptText).length > 0) {
      throw new RejectedLlmDraft('the answer contains names or numbers that are not in the redacted transcript');
    }
  }
}

/** "senast den 30 april" is a deadline (by); "den 15 april" the day (on). */
function prepositionOf(text: string, dateText: string, language: Language): 'on' | 'by' {
  const at = text.indexOf(dateText);
  return WRITING[language].deadline.test(at < 0 ? text : text.slice(Math.max(0, at - 25), at + dateText.length)) ? 'by' : 'on';
}

function toDraftSentences(answer: LlmAnswer, transcript: Transcript, callDate: string): Record<DraftSectionKey, DraftSentence[]> {
  const plain = (s: { text: string; segments: number[] }): DraftSentence => ({
    text: s.text,
    segmentIndexes: [...new Set(s.segments)].sort((a, b) => a - b),
  });
  const textOf = (indexes: number[]) => transcript.segments.filter((s) => indexes.includes(s.index)).map((s) => s.text);
  return {
    reason: [plain(answer.reason)],
    callerSaid: answer.callerSaid.map(plain),
    agentActions: answer.agentActions.map(plain),
    // Dates are resolved here, from the sentence or else the utterances it cites, as for the extractive draft.
    followUp: answer.followUps.map((f) => {
      const [date] = [f.text, ...textOf(f.segments)].flatMap((t) => findDates(t, transcript.language, callDate));
      return {
        ...plain(f),
        followUp: {
          kind: f.kind,
          ...(date ? { dateText: date.text, dueDate: date.date, preposition: prepositionOf(f.text, date.text, transcript.language) } : {}),
        },
      };
    }),
  };
}

/**
 * Drafts with an LLM behind an OpenAI-compatible chat endpoint, from the redacted
 * transcript. The answer must keep the draft's fields, cite existing utterances, use a
 * topic of the taxonomy and bring in no personal data; otherwise, or when the endpoint
 * fails or is slow, the extractive draft is returned.
 */
export async function draftJournalWithLlm(transcript: Transcript, options: LlmDraftOptions): Promise<JournalDraft> {
  const taxonomy = options.taxonomy ?? defaultTaxonomy();
  try {
    const { system, user } = prompt(transcript, taxonomy);
    const answer = parseAnswer(
      await ask(options.llm, [
        { role: 'system', content: system },
        { role: 'user', content: user },
      ]),
    );
    check(answer, transcript, taxonomy);
    const topic = topicEvidence(utterancesOf(transcript.segments, transcript.language), answer.topic, transcript.language, taxonomy);
    return assembleDraft(
      transcript,
      options.callDate,
      {
        topic,
        sections: toDraftSentences(answer, transcript, options.callDate),
      },
      `llm:${options.llm.model}`,
    );
  } catch (err) {
    options.onFallback?.(err instanceof RejectedLlmDraft ? err.message : `unexpected ${err instanceof Error ? err.name : 'error'}`);
    return draftJournal(transcript, options);
  }
}
