/**
 * Journal evaluation: drafts every call of the evaluation set (transcripts written for
 * Samtal, with reference notes and topics) and prints topic accuracy, follow-up recall and
 * precision, due-date accuracy, and ROUGE-L against the reference notes. calls-sv.json and
 * calls-en.json are the development set the rules were refined on; calls-heldout.json was
 * written afterwards and never tuned on.
 * Usage: npm run eval:journal [-- --calls]   (--calls prints a line per call)
 *        SUMMARY_LLM_URL=… npm run eval:journal   evaluates the LLM summariser instead
 */
import { FollowUpKindSchema, LanguageSchema, type JournalDraft, type Segment, type Transcript } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { draftJournal, draftJournalWithLlm, type LlmSummarizer } from '../src/index.js';

const CallSchema = z.object({
  id: z.string(),
  language: LanguageSchema,
  callDate: z.iso.date(),
  transcript: z.array(z.string().regex(/^(agent|caller): /)),
  reference: z.object({
    topic: z.string(),
    reason: z.string(),
    callerSaid: z.array(z.string()),
    agentActions: z.array(z.string()),
    followUps: z.array(
      z.object({
        kind: FollowUpKindSchema,
        dueDate: z.iso.date().optional(),
        text: z.string(),
      }),
    ),
  }),
});
type Call = z.infer<typeof CallSchema>;

const read = (...files: string[]) =>
  files.flatMap((file) => z.array(CallSchema).parse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'))));
const sets = [
  {
    name: 'development set (calls-sv.json, calls-en.json; rules refined on it)',
    calls: read('calls-sv.json', 'calls-en.json'),
  },
  {
    name: 'held-out set (calls-heldout.json; never tuned on)',
    calls: read('calls-heldout.json'),
  },
];

const transcriptOf = (call: Call): Transcript => ({
  language: call.language,
  source: 'sidecar',
  segments: call.transcript.map((line, index): Segment => {
    const [speaker, ...text] = line.split(': ');
    return {
      index,
      speaker: speaker as 'agent' | 'caller',
      text: text.join(': '),
    };
  }),
});

const words = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** ROUGE-L F1: the longest common subsequence of words, as precision and recall. */
function rougeL(candidate: string, reference: string): number {
  const c = words(candidate);
  const r = words(reference);
  if (c.length === 0 || r.length === 0) return 0;
  let previous = new Array<number>(r.length + 1).fill(0);
  for (const word of c) {
    const row = [0];
    for (let j = 1; j <= r.length; j++) row[j] = word === r[j - 1] ? previous[j - 1]! + 1 : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  const lcs = previous[r.length]!;
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  return lcs === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const draftText = (draft: JournalDraft) => draft.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
const referenceText = (call: Call) =>
  [
    call.reference.reason,
    ...call.reference.callerSaid,
    ...call.reference.agentActions,
    ...call.reference.followUps.map((f) => f.text),
  ].join(' ');

interface Scored {
  call: Call;
  draft: JournalDraft;
  topicCorrect: boolean;
  followUpsMatched: number;
  followUpsPredicted: number;
  datesExpected: number;
  datesFound: number;
  rouge: number;
}

/** A reference follow-up is found when a predicted one has its kind and, if it has a date, that date. */
function score(call: Call, draft: JournalDraft): Scored {
  const predicted = draft.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
  const unmatched = [...predicted];
  let matched = 0;
  for (const expected of call.reference.followUps) {
    const i = unmatched.findIndex(
      (p) => p.followUp?.kind === expected.kind && (!expected.dueDate || p.followUp.dueDate === expected.dueDate),
    );
    if (i >= 0) {
      matched++;
      unmatched.splice(i, 1);
    }
  }
  const dated = call.reference.followUps.filter((f) => f.dueDate);
  return {
    call,
    draft,
    topicCorrect: draft.topic.key === call.reference.topic,
    followUpsMatched: matched,
    followUpsPredicted: predicted.length,
    datesExpected: dated.length,
    datesFound: dated.filter((f) => predicted.some((p) => p.followUp?.dueDate === f.dueDate)).length,
    rouge: rougeL(draftText(draft), referenceText(call)),
  };
}

const env = process.env;
const llm: LlmSummarizer | undefined = env['SUMMARY_LLM_URL']
  ? {
      url: env['SUMMARY_LLM_URL'],
      model: env['SUMMARY_LLM_MODEL'] ?? 'default',
      apiKey: env['SUMMARY_LLM_API_KEY'],
      timeoutMs: Number(env['SUMMARY_LLM_TIMEOUT_MS'] ?? 120_000),
    }
  : undefined;
let fallbacks = 0;
let draftingMs = 0;
let drafted = 0;
async function evaluate(calls: Call[]): Promise<Scored[]> {
  const results: Scored[] = [];
  for (const call of calls) {
    const started = performance.now();
    const transcript = transcriptOf(call);
    const draft = llm
      ? await draftJournalWithLlm(transcript, {
          callDate: call.callDate,
          llm,
          onFallback: () => fallbacks++,
        })
      : draftJournal(transcript, { callDate: call.callDate });
    draftingMs += performance.now() - started;
    drafted++;
    results.push(score(call, draft));
  }
  return results;
}

const ratio = (n: number, d: number) => (d ? (n / d).toFixed(3) : '–');
function report(name: string, rows: Scored[]): void {
  const sum = (f: (r: Scored) => number) => rows.reduce((total, r) => total + f(r), 0);
  const expectedFollowUps = sum((r) => r.call.reference.followUps.length);
  console.log(
    `  ${name.padEnd(4)} calls ${String(rows.length).padStart(2)}  topic accuracy ${ratio(
      sum((r) => (r.topicCorrect ? 1 : 0)),
      rows.length,
    )}  ` +
      `follow-up recall ${ratio(
        sum((r) => r.followUpsMatched),
        expectedFollowUps,
      )} (${sum((r) => r.followUpsMatched)}/${expectedFollowUps})  ` +
      `precision ${ratio(
        sum((r) => r.followUpsMatched),
        sum((r) => r.followUpsPredicted),
      )}  ` +
      `due dates ${ratio(
        sum((r) => r.datesFound),
        sum((r) => r.datesExpected),
      )} (${sum((r) => r.datesFound)}/${sum((r) => r.datesExpected)})  ` +
      `ROUGE-L F1 ${(sum((r) => r.rouge) / rows.length).toFixed(3)}`,
  );
}

console.log(`journal evaluation, summariser ${llm ? `llm:${llm.model}` : 'extractive'}`);
for (const set of sets) {
  const results = await evaluate(set.calls);
  console.log(`\n${set.name}`);
  for (const language of LanguageSchema.options)
    report(
      language,
      results.filter((r) => r.call.language === language),
    );
  report('all', results);
  if (process.argv.includes('--calls')) {
    for (const r of results) {
      console.log(
        `    ${r.call.id.padEnd(40)} topic ${r.topicCorrect ? 'ok  ' : 'MISS'} ${r.draft.topic.key.padEnd(26)} ` +
          `follow-ups ${r.followUpsMatched}/${r.call.reference.followUps.length} of ${r.followUpsPredicted}  ROUGE-L ${r.rouge.toFixed(3)}`,
      );
    }
  }
}
console.log(`\n${(draftingMs / drafted).toFixed(1)} ms per draft on average (${drafted} calls, one CPU thread)`);
if (llm) console.log(`${fallbacks} LLM drafts were rejected and replaced by the extractive draft`);
