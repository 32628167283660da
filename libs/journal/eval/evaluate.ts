/**
 * Journal evaluation: drafts every call of the evaluation set (transcripts written for
 * Samtal, with reference notes and topics) and prints topic accuracy, follow-up recall and
 * precision, due-date accuracy, and ROUGE-L against the reference notes. calls-sv.json and
 * calls-en.json are the development set the rules were refined on; calls-heldout.json was
 * written afterwards and never tuned on.
 *
 * Then the sets in the richer schema of heldout-2026-11 (errand, keyFacts, followUps with
 * who/what/when/preposition/kind, notFollowUps, falseStatementTraps, sentimentAtEnd): the
 * tuning set calls-tuning-2.json and the held-out heldout-2026-11/calls.json (evaluated once,
 * never tuned on). Each call goes the production way: redaction, the draft, sentiment. The
 * measures are automatic proxies, defined in scoreRich below and in README "Evaluations".
 * Usage: npm run eval:journal [-- --calls [--drafts]] [-- --no-heldout]   (--calls prints a line per call,
 *        --drafts the tuning sets' notes under it;
 *        --no-heldout leaves every held-out set out, calls-heldout.json and heldout-2026-11
 *        alike, for tuning: only the tuning sets are read then)
 *        npm run eval:journal -- --set calls-tuning-4.json   only that set of the richer schema
 *        (a folder's name, e.g. heldout-2026-12b, selects its calls.json)
 *        -- --notes-out FILE   also writes each call's note (as the agent sees it) and whether it
 *        alerted, as JSON, for a caseworker's judgement of the notes (not for tuning)
 *        SUMMARY_LLM_URL=… npm run eval:journal   evaluates the LLM summariser instead
 */
import {
  FollowUpKindSchema,
  LanguageSchema,
  type JournalDraft,
  type Segment,
  type Transcript,
} from '@samtal/contracts';
import { readFileSync, writeFileSync } from 'node:fs';
import { z } from 'zod';
import { redact, redactDialogue } from '@samtal/redaction';
import { scoreCall } from '@samtal/sentiment';
import { CUES } from '../src/cues.js';
import {
  draftJournal,
  draftJournalWithLlm,
  type LlmSummarizer,
} from '../src/index.js';

// An unknown flag stops the run before any set is read: a typo must not evaluate (and show) the held-out sets.
const FLAGS = new Set(['--set', '--notes-out', '--calls', '--drafts', '--no-heldout']);
for (const [k, arg] of process.argv.slice(2).entries()) {
  const value = ['--set', '--notes-out'].includes(process.argv[k + 1] ?? '');
  if (!FLAGS.has(arg) && !value) {
    console.error(`unknown argument ${arg}; usage: evaluate.ts [--set FILE] [--calls [--drafts]] [--no-heldout] [--notes-out FILE]`);
    process.exit(2);
  }
}

/** `--set FILE`: one set of the richer schema alone (the development sets are left out then). */
const onlySet = process.argv.includes('--set')
  ? process.argv[process.argv.indexOf('--set') + 1]
  : undefined;
/** `--notes-out FILE`: the notes of the richer sets, for a caseworker to judge. */
const notesOut = process.argv.includes('--notes-out')
  ? process.argv[process.argv.indexOf('--notes-out') + 1]
  : undefined;
const notes: {
  set: string;
  id: string;
  topic: string;
  note: string;
  alerted: boolean;
}[] = [];

/** What every evaluation call has, whatever its reference note's schema. */
const CallBaseSchema = z.object({
  id: z.string(),
  language: LanguageSchema,
  callDate: z.iso.date(),
  transcript: z.array(z.string().regex(/^(agent|caller): /)),
});

const CallSchema = CallBaseSchema.extend({
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
  files.flatMap((file) =>
    z
      .array(CallSchema)
      .parse(JSON.parse(readFileSync(new URL(file, import.meta.url), 'utf8'))),
  );
const sets = [
  {
    name: 'development set (calls-sv.json, calls-en.json; rules refined on it)',
    calls: read('calls-sv.json', 'calls-en.json'),
  },
  // --no-heldout: the held-out file is not even read while tuning.
  ...(process.argv.includes('--no-heldout')
    ? []
    : [
        {
          name: 'held-out set (calls-heldout.json; never tuned on)',
          calls: read('calls-heldout.json'),
        },
      ]),
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

const words = (text: string) =>
  text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** ROUGE-L F1: the longest common subsequence of words, as precision and recall. */
function rougeL(candidate: string, reference: string): number {
  const c = words(candidate);
  const r = words(reference);
  if (c.length === 0 || r.length === 0) return 0;
  let previous = new Array<number>(r.length + 1).fill(0);
  for (const word of c) {
    const row = [0];
    for (let j = 1; j <= r.length; j++)
      row[j] =
        word === r[j - 1]
          ? previous[j - 1]! + 1
          : Math.max(previous[j]!, row[j - 1]!);
    previous = row;
  }
  const lcs = previous[r.length]!;
  const precision = lcs / c.length;
  const recall = lcs / r.length;
  return lcs === 0 ? 0 : (2 * precision * recall) / (precision + recall);
}

const draftText = (draft: JournalDraft) =>
  draft.sections.flatMap((s) => s.sentences.map((x) => x.text)).join(' ');
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
  /** The Ärende line has half the reference reason's content stems (the richer sets' errand-line proxy). */
  errandCorrect: boolean;
  rouge: number;
}

/** A reference follow-up is found when a predicted one has its kind and, if it has a date, that date. */
function score(call: Call, draft: JournalDraft): Scored {
  const predicted =
    draft.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
  const unmatched = [...predicted];
  let matched = 0;
  for (const expected of call.reference.followUps) {
    const i = unmatched.findIndex(
      (p) =>
        p.followUp?.kind === expected.kind &&
        (!expected.dueDate || p.followUp.dueDate === expected.dueDate),
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
    datesFound: dated.filter((f) =>
      predicted.some((p) => p.followUp?.dueDate === f.dueDate),
    ).length,
    errandCorrect:
      coverage(
        stems(call.reference.reason, call.language),
        stems(
          draft.sections
            .find((s) => s.key === 'reason')
            ?.sentences.map((s) => s.text)
            .join(' ') ?? '',
          call.language,
        ),
      ) >= ERRAND_COVERAGE,
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
  const sum = (f: (r: Scored) => number) =>
    rows.reduce((total, r) => total + f(r), 0);
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
      `errand line ${ratio(
        sum((r) => (r.errandCorrect ? 1 : 0)),
        rows.length,
      )}  ` +
      `ROUGE-L F1 ${(sum((r) => r.rouge) / rows.length).toFixed(3)}`,
  );
}

// ---- The richer schema (heldout-2026-11 and calls-tuning-2.json) ------------------------

const RichCallSchema = CallBaseSchema.extend({
  reference: z.object({
    topic: z.string(),
    errand: z.string(),
    keyFacts: z.array(z.string()),
    callerSaid: z.array(z.string()).default([]),
    agentActions: z.array(z.string()).default([]),
    followUps: z.array(
      z.object({
        who: z.string(),
        what: z.string(),
        when: z.iso.date().nullable(),
        preposition: z.enum(['on', 'by']).nullable(),
        kind: z.string(),
      }),
    ),
    notFollowUps: z.array(z.string()).default([]),
    falseStatementTraps: z.array(z.string()).default([]),
    sentimentAtEnd: z.enum(['angry', 'worried', 'neutral', 'satisfied']),
    containsIdentifiers: z.boolean().default(false),
  }),
});
type RichCall = z.infer<typeof RichCallSchema>;

/**
 * Content words as stems: lower-cased, without the language's function words and the register's
 * own nouns, cut to their first five letters so that inflections meet ("betalningen" ~ "betalning").
 */
const REGISTER_WORDS = new Set(
  'kunden kundens handläggaren handläggarens myndigheten myndighetens caller callers agent agents agency ringer calls called undrar wants asks frågar'.split(
    ' ',
  ),
);
/**
 * A sentence that denies what it says ("det finns ingen gräns", "it will not change the amount"): it does not make a
 * trap's statement that affirms it, nor affirm one that denies ("Kunden har inte ansökt"). (A negation in another
 * clause of the sentence is read the same way: the proxy can miss such a false statement, where it counted every
 * denial as one before.)
 */
const NEGATION = /(?<![\p{L}])(?:inte|ej|icke|ingen|inget|inga|aldrig|not|never|none|nothing|cannot)(?![\p{L}])|n['’]t(?![\p{L}])/iu;
/** Who a statement is about: kept when traps are matched, since a wrong person is a false statement. */
const PERSON_WORDS = new Set(
  'kunden handläggaren myndigheten man han hon caller agent agency he she husband wife'.split(
    ' ',
  ),
);
function stems(
  text: string,
  language: 'sv' | 'en',
  persons = false,
): Set<string> {
  const out = new Set<string>();
  for (const word of text
    .replace(/\[[^\]]*\]/g, ' ')
    .toLowerCase()
    .match(/[\p{L}\p{N}]+/gu) ?? []) {
    const person = persons && PERSON_WORDS.has(word);
    if (
      !person &&
      (CUES[language].functionWords.has(word) ||
        REGISTER_WORDS.has(word) ||
        (word.length < 3 && !/\d/.test(word)))
    )
      continue;
    out.add(/\d/.test(word) ? word : word.slice(0, 5));
  }
  return out;
}
/** The share of `needle`'s stems found in `haystack`'s. */
const coverage = (needle: Set<string>, haystack: Set<string>) =>
  needle.size
    ? [...needle].filter((w) => haystack.has(w)).length / needle.size
    : 0;

/** A key fact is in the note when this share of its content stems is. */
const KEY_FACT_COVERAGE = 0.6;
/** The errand line states the errand when it has this share of the reference errand's stems. */
const ERRAND_COVERAGE = 0.5;
/** A predicted follow-up is the reference one when it has this share of its "what" (and who and when agree). */
const FOLLOW_UP_COVERAGE = 0.34;
/** A sentence makes a trap's false statement when it has this share of the trap's stems... */
const TRAP_COVERAGE = 0.6;
/** ...and this share of what tells the trap from the reference (its stems the reference lacks). */
const TRAP_DISTINCT = 0.5;

const CORRECTION =
  /(?:nej,? förresten|förresten nej|nej,? förlåt|nej,? vänta|jag menar|rättare sagt|eller nej|actually|i mean|no,? wait|sorry|not \p{L}+ exactly)/iu;
const VALUE =
  /^(?:\d+(?::[ae])?|första|andra|tredje|fjärde|femte|sjätte|sjunde|åttonde|nionde|tionde|\p{L}+onde|\p{L}+nde|januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december|january|february|march|may|june|july|august|october|december|monday|tuesday|wednesday|thursday|friday|måndag|tisdag|onsdag|torsdag|fredag|\p{L}+tusen|up|down|upp|ner)$/iu;
/**
 * Values the caller or agent corrected ("den sjunde oktober, nej förresten, den sjätte"): the
 * values said right before a correction marker that the reference does not contain.
 */
function correctedValues(call: RichCall): string[] {
  const reference = [
    call.reference.errand,
    ...call.reference.keyFacts,
    ...call.reference.callerSaid,
    ...call.reference.agentActions,
    ...call.reference.followUps.map((f) => f.what),
  ]
    .join(' ')
    .toLowerCase();
  const values: string[] = [];
  for (const line of call.transcript) {
    const match = CORRECTION.exec(line);
    if (!match) continue;
    const before =
      line
        .slice(0, match.index)
        .toLowerCase()
        .match(/[\p{L}\p{N}:]+/gu) ?? [];
    for (const word of before.slice(-6))
      if (VALUE.test(word) && !reference.includes(word)) values.push(word);
  }
  return values;
}

/** A number read aloud: four number words or digit groups in a row, or six digits not an amount. */
const NUMBER_WORD =
  /^(?:noll|ett|en|två|tre|fyra|fem|sex|sju|åtta|nio|tio|elva|tolv|tretton|fjorton|femton|sexton|sjutton|arton|nitton|\p{L}*tio\p{L}*|tjugo\p{L}*|zero|oh|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|\d{1,4})$/iu;
function identifiersIn(text: string, language: 'sv' | 'en'): string[] {
  // As the leak scan reads a note (the rules; the learned recogniser reads calls, not note sentences).
  const found = redact(text, { lang: language, recogniser: false })
    .entities.filter((e) => e.type !== 'name')
    .map((e) => e.type as string);
  let run = 0;
  for (const word of text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? []) {
    run = NUMBER_WORD.test(word) ? run + 1 : 0;
    if (run === 4) found.push('spoken number');
  }
  for (const m of text.matchAll(/\d[\d\s-]{4,}\d/g)) {
    const after = text
      .slice((m.index ?? 0) + m[0].length)
      .trim()
      .toLowerCase();
    if (
      m[0].replace(/\D/g, '').length >= 6 &&
      !/^(?:kr|kronor|sek|procent|%)/.test(after)
    )
      found.push('digits');
  }
  return found;
}

/**
 * A language proxy (round 7c): a line of the note that reads like a transcript rather than a note. Each
 * line of every section (the errand line too) is judged once, by the first of these kinds it shows.
 */
const TRANSCRIPT_KINDS: [string, RegExp][] = [
  [
    'filler',
    /(?<![\p{L}])(?:eh|öh|äh|liksom|alltså|typ|um|uh|you know|i mean)(?![\p{L}])|(?<![\p{L}])like(?![\p{L}])(?<!(?:would|'d|not|really|you|they|i|we|feel|feels|looks|look|seems|just|[’'])\s+like)/iu,
  ],
  ['person', /$^/u],
  [
    'dangling',
    /…|\.\.\.|(?<![\p{L}])(?:det är det som|som|att|och|men|eller|the|to|and|but|or|that)\s*[.!?]?\s*$/iu,
  ],
  ['question', /\?/u],
  ['run-on', /^(?:\S+\s+){30,}\S+/u],
  [
    'repeated',
    /(?<![\p{L}])(kunden|the caller)(?![\p{L}]).*(?<![\p{L}])\1(?![\p{L}]).*(?<![\p{L}])\1(?![\p{L}])|(?<![\p{L}])myndigheten(?![\p{L}]).*(?<![\p{L}])myndigheten(?![\p{L}])/iu,
  ],
  [
    'bad form',
    /(?<![\p{L}])hases(?![\p{L}])|myndighetens\s+(?:ändra|göra|skicka|ta|hjälpa|räkna|betala|kolla|titta)(?![\p{L}])|asked to\s+\p{L}+[^.]*\band\s+\p{L}+s(?![\p{L}])/iu,
  ],
];
/** The first transcript-like kind a line shows, if any ("person" counts only in the register's own words, not in a quoted name). */
const PERSON = {
  sv: /(?<![\p{L}[])(?:jag|du|mig|dig|min|mitt|mina|din|ditt|dina)(?![\p{L}\]])(?!\s+sidor(?![\p{L}]))/iu,
  en: /(?<![\p{L}[])(?:I|[Yy]ou|[Mm]y|[Mm]e|[Yy]our)(?![\p{L}\]])(?!\s+[Pp]ages)/u,
};
function transcriptKind(
  text: string,
  language: 'sv' | 'en',
): string | undefined {
  return TRANSCRIPT_KINDS.find(([kind, pattern]) =>
    (kind === 'person' ? PERSON[language] : pattern).test(text),
  )?.[0];
}

/**
 * Round 8: what else makes a caseworker read a line as a transcript in place of a note (the round-7c
 * kinds above missed most of it: a caseworker found "a transcript in place of a note" in 30 of 46 notes
 * while they read 0.039). Each kind is a way the speaker's own turn shows through:
 * - connective: the turn's own joints kept, "Så …", "Och då …", "Because …", "Or …", "…, så kan hen …";
 * - hedge: the speaker's uncertainty or softening, "nog", "lite", "ungefär så", "vet inte riktigt", "I suppose";
 * - deictic: the speaker's here and this, "här", "det där", "here", "that one";
 * - colloquial: spoken words and exclamations, "funkar", "kolla", "frugan", "sjukt", "brilliant", "!";
 * - reported: a quoted answer in the speaker's order, "Hon säger 800.", "På frågan … svarade hen: …", "Asked …";
 * - address: what the agent said to the caller rather than what was done, "Lycka till", "Choose …", "just hang up";
 * - no fact: a line too short to carry a fact with its subject, "8 900.", "7 December to 8 January.";
 * - pronoun: a line whose subject is a "den"/"hon"/"it"/"that" from the turn before, "Den kommer inom en vecka.";
 * - compressed turn: a whole turn in one line, clause after clause ("…, så …, men …, och …");
 * - repeated role: the same role named twice in a line, "Handläggaren kan handläggaren inte lova".
 * The round-7c kinds come first, so their counts are as before; a line is counted once.
 */
const ROLE =
  /(?<![\p{L}])(kunden|handläggaren|myndigheten|the caller|the agent|the agency)(?![\p{L}])/iu;
const TRANSCRIPT_KINDS_R8: [string, Record<'sv' | 'en', RegExp>][] = [
  [
    'connective',
    {
      sv: /^(?:så|och|men|eller|då|ja|nej|jo|okej|alltså|fast)(?![\p{L}])|(?<![\p{L}])(?:och då|och så|eller så)(?![\p{L}])|,\s+så\s+(?:kan|blir|har|är|får|gäller|hinner|ska|slipper|vet)\s+(?:hen|han|hon|det|den|de|kunden|man|handläggaren|myndigheten)(?![\p{L}])/iu,
      en: /^(?:so|and|but|or|because|then|well|yes|no|okay|oh|right)(?![\p{L}])/iu,
    },
  ],
  [
    'hedge',
    {
      sv: /(?<![\p{L}])(?:nog|lite|väl|ungefär så|eller något|eller nåt|på något sätt|i alla fall|riktigt|kanske|typ|liksom)(?![\p{L}])/iu,
      en: /(?<![\p{L}])(?:i suppose|supposes?|i guess|guesses|maybe|probably|pretty|a bit|sort of|kind of|honestly|anyway|or something|or so|yes(?=\s*[.!]?$))(?![\p{L}])/iu,
    },
  ],
  [
    'deictic',
    {
      sv: /(?<![\p{L}])(?<!(?:den|det|de|detta) )(?:här|det där|den där|de där|där borta)(?![\p{L}])/iu,
      en: /(?<![\p{L}])(?:here|this one|that one|over there)(?![\p{L}])/iu,
    },
  ],
  [
    'colloquial',
    {
      sv: /!|(?<![\p{L}])(?:fattar|funkar|funka|kolla|kollar|kollade|frugan|gubben|grej|grejen|sjukt|kaos|okej|jätte\p{L}+|massa|strul|krångligt|bråttom|himla)(?![\p{L}])/iu,
      en: /!|(?<![\p{L}])(?:brilliant|horror|painless|stuff|gonna|wanna|yeah|okay|loads|tons|mess|hassle|ridiculous|typical|exactly what)(?![\p{L}])/iu,
    },
  ],
  [
    'reported',
    {
      sv: /(?:säger|sa|svarade|sade)\s*:|^(?:hon|han|hen|de)\s+säger\s+(?!att)|^på frågan/iu,
      en: /(?:says|said|answered)\s*:|^(?:she|he|they)\s+says\s+(?!that)|^asked\s/iu,
    },
  ],
  [
    'address',
    {
      sv: /(?<![\p{L}])(?:lycka till|välkommen att ringa|tack|ha en (?:bra|fin|trevlig))(?![\p{L}])|^(?:välj|klicka|tryck|gå in|fyll i|lägg på)(?![\p{L}])|(?<![\p{L}])bara lägg på/iu,
      en: /(?<![\p{L}])(?:good luck|welcome to call|thank(?:s| you)|have a (?:good|nice|lovely))(?![\p{L}])|^(?:choose|click|select|enter|press|go to|hang up|fill in|just)(?![\p{L}])|just hang up/iu,
    },
  ],
  [
    'no fact',
    {
      sv: /^(?!.*(?<![\p{L}])(?:är|var|har|hade|kan|ska|får|fick|kommer|kom|blir|blev|gäller|finns|fanns|går|gick|säger|sa|\p{L}{3,}(?:ar|er|ade|dde|tte|ts|des|tes))(?![\p{L}]))\S+(?:\s+\S+){0,3}$/iu,
      en: /^(?!.*(?<![\p{L}])(?:is|are|was|were|has|have|had|can|will|would|does|did|gets|got|says|said|\p{L}{3,}(?:ed|es))(?![\p{L}]))\S+(?:\s+\S+){0,3}$/iu,
    },
  ],
  [
    'pronoun',
    {
      sv: /^(?:hon|han|hen|(?:den|de|dom)\s+(?:är|var|har|hade|kan|kunde|ska|skulle|får|fick|kommer|kom|blir|blev|gäller|gällde|går|gick|finns|ligger|tar|betalas|räknas|säger|sa|vet|bor)|det (?:är|var) (?:det|så|sjukt|exakt|bara|inte det)|det stämmer)(?![\p{L}])/iu,
      en: /^(?:it|that|this|she|he|they|those)(?![\p{L}'’])/iu,
    },
  ],
  [
    'compressed turn',
    {
      sv: /^(?=(?:[^,]*,){4})|^(?=(?:\S+\s+){19})(?=(?:.*?,\s+(?:så|och|men)\s){2})/iu,
      en: /^(?=(?:[^,]*,){4})|^(?=(?:\S+\s+){19})(?=(?:.*?,\s+(?:so|and|but)\s){2})/iu,
    },
  ],
  [
    'repeated role',
    {
      sv: new RegExp(`${ROLE.source}.*(?<![\\p{L}])\\1(?![\\p{L}'’])`, 'iu'),
      en: new RegExp(`${ROLE.source}.*(?<![\\p{L}])\\1(?![\\p{L}'’])`, 'iu'),
    },
  ],
];
/** The kind a caseworker would see (round 8): a round-7c kind first, then the round-8 kinds. */
function transcriptKind8(
  text: string,
  language: 'sv' | 'en',
): string | undefined {
  return (
    transcriptKind(text, language) ??
    TRANSCRIPT_KINDS_R8.find(([, patterns]) =>
      patterns[language].test(text.trim()),
    )?.[0]
  );
}

interface RichScored {
  call: RichCall;
  draft: JournalDraft;
  topicCorrect: boolean;
  errandCorrect: boolean;
  keyFactsFound: number;
  falseStatements: number;
  /** The sentences counted as false statements, for --drafts. */
  falseSentences: string[];
  followUpsMatched: number;
  followUpsPredicted: number;
  followUpsCorrect: number;
  prepositionsRight: number;
  prepositionsExpected: number;
  notFollowUpsListed: number;
  identifiers: string[];
  alerted: boolean;
  rouge: number;
  /** The note's lines and, for each, the transcript-like kind it shows. */
  lines: number;
  transcriptLike: string[];
  /** Round 8: the kinds a caseworker sees (transcriptKind8), per line that shows one. */
  transcriptLike8: string[];
  /** The same judge on the reference note's own lines, as a check of the proxy (they should read as notes). */
  referenceLines: number;
  referenceTranscriptLike8: string[];
}

/** Who acts in a predicted follow-up: the agency sends and decides whatever the sentence's subject ("Kunden får ett beslut"). */
const predictedWho = (text: string, kind?: string) =>
  kind === 'decision' || kind === 'sendDocument'
    ? 'agency'
    : /^(?:kunden|the caller)\b/iu.test(text)
      ? 'caller'
      : /^(?:handläggaren|the agent|myndigheten|the agency)\b/iu.test(text) ||
          kind === 'callBack'
        ? 'agency'
        : 'other';
const sameWho = (reference: string, predicted: string) =>
  reference === 'other' ||
  predicted === 'other' ||
  (reference === 'caller') === (predicted === 'caller');

function scoreRich(
  call: RichCall,
  draft: JournalDraft,
  alerted: boolean,
): RichScored {
  const language = call.language;
  const sentences = draft.sections.flatMap((s) => s.sentences);
  const noteStems = stems(sentences.map((s) => s.text).join(' '), language);
  const reason =
    draft.sections
      .find((s) => s.key === 'reason')
      ?.sentences.map((s) => s.text)
      .join(' ') ?? '';
  const referenceText = [
    call.reference.errand,
    ...call.reference.keyFacts,
    ...call.reference.callerSaid,
    ...call.reference.agentActions,
    ...call.reference.followUps.map((f) => f.what),
  ].join(' ');
  const reference = stems(referenceText, language, true);

  // False statements: a sentence that makes a trap's statement, or carries a corrected value.
  const corrected = correctedValues(call);
  let falseStatements = 0;
  const falseSentences: string[] = [];
  for (const sentence of sentences) {
    const own = stems(sentence.text, language, true);
    const words: string[] =
      sentence.text.toLowerCase().match(/[\p{L}\p{N}:]+/gu) ?? [];
    const trapped = call.reference.falseStatementTraps.some((trap) => {
      const trapStems = stems(trap, language, true);
      const distinct = new Set([...trapStems].filter((w) => !reference.has(w)));
      // A trap about the wrong person ("Kundens man kommer på söndag") needs that person in the sentence.
      const persons = [...distinct].filter((w) => PERSON_WORDS.has(w));
      return (
        NEGATION.test(trap) === NEGATION.test(sentence.text) &&
        coverage(trapStems, own) >= TRAP_COVERAGE &&
        distinct.size > 0 &&
        coverage(distinct, own) >= TRAP_DISTINCT &&
        persons.every((w) => own.has(w))
      );
    });
    if (trapped || corrected.some((v) => words.includes(v))) {
      falseStatements++;
      falseSentences.push(sentence.text);
    }
  }

  // Follow-ups: who + what + when, each reference task matched at most once.
  const predicted =
    draft.sections.find((s) => s.key === 'followUp')?.sentences ?? [];
  const unmatched = [...predicted];
  let matched = 0;
  let correct = 0;
  let prepositionsRight = 0;
  for (const expected of call.reference.followUps) {
    const what = stems(expected.what, language);
    const i = unmatched.findIndex(
      (p) =>
        sameWho(
          expected.who === 'agent' ? 'agency' : expected.who,
          predictedWho(p.text, p.followUp?.kind),
        ) &&
        (coverage(what, stems(p.text, language)) >= FOLLOW_UP_COVERAGE ||
          p.followUp?.kind === expected.kind) &&
        (!expected.when || p.followUp?.dueDate === expected.when),
    );
    if (i < 0) continue;
    matched++;
    const p = unmatched.splice(i, 1)[0]!;
    if (expected.when && p.followUp?.preposition === expected.preposition)
      prepositionsRight++;
    if (!expected.when || p.followUp?.preposition === expected.preposition)
      correct++;
  }
  const notFollowUpsListed = predicted.filter((p) =>
    call.reference.notFollowUps.some(
      (n) => coverage(stems(n, language), stems(p.text, language)) >= 0.5,
    ),
  ).length;

  return {
    call,
    draft,
    topicCorrect: draft.topic.key === call.reference.topic,
    errandCorrect:
      coverage(
        stems(call.reference.errand, language),
        stems(reason, language),
      ) >= ERRAND_COVERAGE,
    keyFactsFound: call.reference.keyFacts.filter(
      (f) => coverage(stems(f, language), noteStems) >= KEY_FACT_COVERAGE,
    ).length,
    falseStatements,
    falseSentences,
    followUpsMatched: matched,
    followUpsPredicted: predicted.length,
    followUpsCorrect: correct,
    prepositionsRight,
    prepositionsExpected: call.reference.followUps.filter((f) => f.when).length,
    notFollowUpsListed,
    // Each sentence on its own (as the UI shows it): joined, the cue of "Kunden uppgav sitt personnummer."
    // would reach into the next sentence's year. The rendered text adds ISO due dates, no identifiers.
    identifiers: sentences.flatMap((s) => identifiersIn(s.text, language)),
    alerted,
    lines: sentences.length,
    transcriptLike: sentences
      .map((s) => transcriptKind(s.text, language))
      .filter((k): k is string => k !== undefined),
    transcriptLike8: sentences
      .map((s) => transcriptKind8(s.text, language))
      .filter((k): k is string => k !== undefined),
    referenceLines: referenceLinesOf(call).length,
    referenceTranscriptLike8: referenceLinesOf(call)
      .map((line) => transcriptKind8(line, language))
      .filter((k): k is string => k !== undefined),
    rouge: rougeL(
      draftText(draft),
      [
        call.reference.errand,
        ...call.reference.callerSaid,
        ...call.reference.agentActions,
        ...call.reference.followUps.map((f) => f.what),
      ].join(' '),
    ),
  };
}

/** The reference note's lines, as a caseworker wrote them. */
const referenceLinesOf = (call: RichCall) => [
  call.reference.errand,
  ...call.reference.keyFacts,
  ...call.reference.callerSaid,
  ...call.reference.agentActions,
];

/** The production order: the call redacted as one dialogue, then drafted, then scored. */
async function evaluateRichCall(call: RichCall): Promise<RichScored> {
  const transcript = transcriptOf(call as unknown as Call);
  const redactedLines = redactDialogue(transcript.segments, {
    lang: call.language,
  });
  const segments = transcript.segments.map((segment, i) => ({
    ...segment,
    text: redactedLines[i]!.text,
  }));
  const redacted = { ...transcript, segments };
  const started = performance.now();
  const draft = llm
    ? await draftJournalWithLlm(redacted, {
        callDate: call.callDate,
        llm,
        onFallback: () => fallbacks++,
      })
    : draftJournal(redacted, { callDate: call.callDate });
  draftingMs += performance.now() - started;
  drafted++;
  return scoreRich(call, draft, scoreCall(redacted).alerts.length > 0);
}

/** How many lines of each transcript-like kind, e.g. "person 5, run-on 3". */
function kinds(
  rows: RichScored[],
  of: (r: RichScored) => string[] = (r) => r.transcriptLike,
): string {
  const counts = new Map<string, number>();
  for (const kind of rows.flatMap(of))
    counts.set(kind, (counts.get(kind) ?? 0) + 1);
  return [...counts].map(([k, n]) => `${k} ${n}`).join(', ') || 'none';
}

function reportRich(name: string, rows: RichScored[]): void {
  if (rows.length === 0) return;
  const sum = (f: (r: RichScored) => number) =>
    rows.reduce((total, r) => total + f(r), 0);
  const keyFacts = sum((r) => r.call.reference.keyFacts.length);
  const expected = sum((r) => r.call.reference.followUps.length);
  const byLabel = (label: string) => {
    const of = rows.filter((r) => r.call.reference.sentimentAtEnd === label);
    return `${of.filter((r) => r.alerted).length}/${of.length}`;
  };
  console.log(
    `  ${name.padEnd(4)} calls ${String(rows.length).padStart(2)}  topic ${ratio(
      sum((r) => (r.topicCorrect ? 1 : 0)),
      rows.length,
    )}  ` +
      `errand line ${ratio(
        sum((r) => (r.errandCorrect ? 1 : 0)),
        rows.length,
      )}  ` +
      `key facts ${ratio(
        sum((r) => r.keyFactsFound),
        keyFacts,
      )} (${sum((r) => r.keyFactsFound)}/${keyFacts})  ` +
      `false statements/note ${(sum((r) => r.falseStatements) / rows.length).toFixed(2)} (${rows.filter((r) => r.falseStatements > 0).length} notes)\n` +
      `       follow-ups who+what+when recall ${ratio(
        sum((r) => r.followUpsMatched),
        expected,
      )} (${sum((r) => r.followUpsMatched)}/${expected})  ` +
      `precision ${ratio(
        sum((r) => r.followUpsMatched),
        sum((r) => r.followUpsPredicted),
      )}  ` +
      `with the right preposition ${ratio(
        sum((r) => r.followUpsCorrect),
        expected,
      )}  ` +
      `prepositions of dated ones ${sum((r) => r.prepositionsRight)}/${sum((r) => r.prepositionsExpected)}  ` +
      `non-follow-ups listed ${sum((r) => r.notFollowUpsListed)}\n` +
      `       identifiers in notes ${rows.filter((r) => r.identifiers.length > 0).length}  ` +
      `sentiment alerts: angry ${byLabel('angry')}, worried ${byLabel('worried')}, neutral ${byLabel('neutral')}, satisfied ${byLabel('satisfied')}  ` +
      `ROUGE-L F1 ${(sum((r) => r.rouge) / rows.length).toFixed(3)}\n` +
      `       transcript-like lines ${ratio(
        sum((r) => r.transcriptLike.length),
        sum((r) => r.lines),
      )} (${sum((r) => r.transcriptLike.length)}/${sum((r) => r.lines)}: ${kinds(rows)})\n` +
      `       transcript-like lines, round 8 ${ratio(
        sum((r) => r.transcriptLike8.length),
        sum((r) => r.lines),
      )} (${sum((r) => r.transcriptLike8.length)}/${sum((r) => r.lines)}: ${kinds(rows, (r) => r.transcriptLike8)})  ` +
      `on the reference notes' lines ${ratio(
        sum((r) => r.referenceTranscriptLike8.length),
        sum((r) => r.referenceLines),
      )}`,
  );
}

async function evaluateRich(): Promise<void> {
  const richSets = [
    {
      name: 'tuning set in the richer schema (calls-tuning-2.json; rules refined on it)',
      file: 'calls-tuning-2.json',
    },
    {
      name: 'tuning set 3 (calls-tuning-3.json; the error kinds of issue 14, rules refined on it)',
      file: 'calls-tuning-3.json',
    },
    {
      name: 'tuning set 4 (calls-tuning-4.json; written blind, round 4 refined on it; its first run in tuning-4.before-round-4.txt)',
      file: 'calls-tuning-4.json',
    },
    {
      name: 'tuning set 5 (calls-tuning-5.json; written blind, round 5 refined on it; its first run in tuning-5.before-round-5.txt)',
      file: 'calls-tuning-5.json',
    },
    {
      name: 'tuning set 6 (calls-tuning-6.json; written blind, round 6 refined on it; its first run in tuning-6.before-round-6.txt)',
      file: 'calls-tuning-6.json',
    },
    {
      name: 'tuning set 7 (calls-tuning-7.json; written blind, round 7 refined on it; its first run in tuning-7.before-round-7.txt)',
      file: 'calls-tuning-7.json',
    },
    {
      name: 'tuning set 8 (calls-tuning-8.json; written blind, round 8 refined on it; its first run in tuning-8.before-round-8.txt)',
      file: 'calls-tuning-8.json',
    },
    {
      name: 'tuning set 9 (calls-tuning-9.json; written blind, round 9 refined on it; its first run in tuning-9.before-round-9.txt)',
      file: 'calls-tuning-9.json',
    },
    {
      name: 'tuning set 10 (calls-tuning-10.json; written blind, round 10 refined on it; its first run in tuning-10.before-round-10.txt)',
      file: 'calls-tuning-10.json',
    },
    {
      name: 'tuning set 11 (calls-tuning-11.json; written blind, round 11 refined on it; its first run in tuning-11.before-round-11.txt)',
      file: 'calls-tuning-11.json',
    },
    {
      name: 'tuning set 12 (calls-tuning-12.json; written blind, round 12 refined on it; its first run in tuning-12.before-round-12.txt)',
      file: 'calls-tuning-12.json',
    },
    {
      name: 'tuning set 13 (calls-tuning-13.json; written blind, round 13 refined on it; its first run in tuning-13.before-round-13.txt)',
      file: 'calls-tuning-13.json',
    },
    {
      name: 'tuning set 14 (calls-tuning-14.json; written blind, round 16 refined on it; its first run in tuning-14.before-round-16.txt)',
      file: 'calls-tuning-14.json',
    },
    {
      name: 'tuning set 15 (calls-tuning-15.json; written blind, round 17 refined on it; its first run in tuning-15.before-round-17.txt)',
      file: 'calls-tuning-15.json',
    },
    {
      name: 'tuning set 16 (calls-tuning-16.json; written blind, round 18 refined on it; its first run in tuning-16.before-round-18.txt)',
      file: 'calls-tuning-16.json',
    },
    {
      name: 'tuning set 17 (calls-tuning-17.json; written blind, round 20 refined on it; its first run in tuning-17.before-round-20.txt)',
      file: 'calls-tuning-17.json',
    },
    {
      name: 'tuning set 18 (calls-tuning-18.json; written blind, round 21 refined on it; its first run in tuning-18.before-round-21.txt)',
      file: 'calls-tuning-18.json',
    },
    {
      name: 'tuning set 19 (calls-tuning-19.json; written blind, round 22 refined on it; its first run in tuning-19.before-round-22.txt)',
      file: 'calls-tuning-19.json',
    },
    {
      name: 'tuning set 20 (calls-tuning-20.json; written blind, round 23 refined on it; its first run in tuning-20.before-round-23.txt)',
      file: 'calls-tuning-20.json',
    },
    {
      name: 'tuning set 21 (calls-tuning-21.json; written blind, round 24 refined on it; its first run in tuning-21.before-round-24.txt)',
      file: 'calls-tuning-21.json',
    },
    {
      name: 'tuning set 22 (calls-tuning-22.json; written blind, round 25 refined on it; its first run in tuning-22.before-round-25.txt)',
      file: 'calls-tuning-22.json',
    },
    {
      name: 'tuning set 23 (calls-tuning-23.json; written blind, for round 26; its first run in tuning-23.before-round-26.txt)',
      file: 'calls-tuning-23.json',
    },
    {
      name: 'tuning set 24 (calls-tuning-24.json; written blind, for round 27; its first run in tuning-24.before-round-27.txt)',
      file: 'calls-tuning-24.json',
    },
    {
      name: 'tuning set 25 (calls-tuning-25.json; written blind, for round 28; its first run in tuning-25.before-round-28.txt)',
      file: 'calls-tuning-25.json',
    },
    {
      name: 'tuning set 26 (calls-tuning-26.json; written blind, for round 29; its first run in tuning-26.before-round-29.txt)',
      file: 'calls-tuning-26.json',
    },
    {
      name: 'tuning set 27 (calls-tuning-27.json; written blind, for round 30; its first run in tuning-27.before-round-30.txt)',
      file: 'calls-tuning-27.json',
    },
    {
      name: 'tuning set 28 (calls-tuning-28.json; written blind, for round 31; its first run in tuning-28.before-round-31.txt)',
      file: 'calls-tuning-28.json',
    },
    {
      name: 'tuning set 29 (calls-tuning-29.json; written blind, for round 33; its first run in tuning-29.before-round-33.txt)',
      file: 'calls-tuning-29.json',
    },
    {
      name: 'tuning set 30 (calls-tuning-30.json; written blind, for round 34; its first run in tuning-30.before-round-34.txt)',
      file: 'calls-tuning-30.json',
    },
    {
      name: 'tuning set 31 (calls-tuning-31.json; written blind, for round 36; its first run in tuning-31.before-round-36.txt)',
      file: 'calls-tuning-31.json',
    },
    {
      name: 'tuning set 32 (calls-tuning-32.json; written blind, for round 37; its first run in tuning-32.before-round-37.txt)',
      file: 'calls-tuning-32.json',
    },
    {
      name: 'tuning set 33 (calls-tuning-33.json; written blind, for round 38; its first run in tuning-33.before-round-38.txt)',
      file: 'calls-tuning-33.json',
    },
    {
      name: 'tuning set 34 (calls-tuning-34.json; written blind, for round 39; its first run in tuning-34.before-round-39.txt)',
      file: 'calls-tuning-34.json',
    },
    {
      name: 'tuning set 35 (calls-tuning-35.json; written blind, for round 40; its first run in tuning-35.before-round-40.txt)',
      file: 'calls-tuning-35.json',
    },
    {
      name: 'tuning set 36 (calls-tuning-36.json; written blind, for round 41; its first run in tuning-36.before-round-41.txt)',
      file: 'calls-tuning-36.json',
    },
    {
      name: 'tuning set 37 (calls-tuning-37.json; written blind, for round 44; its first run in tuning-37.before-round-44.txt)',
      file: 'calls-tuning-37.json',
    },
    {
      name: 'tuning set 38 (calls-tuning-38.json; written blind, for round 46; its first run in tuning-38.before-round-46.txt)',
      file: 'calls-tuning-38.json',
    },
    {
      name: 'tuning set 39 (calls-tuning-39.json; written blind, for round 47; its first run in tuning-39.before-round-47.txt)',
      file: 'calls-tuning-39.json',
    },
    {
      name: 'tuning set 40 (calls-tuning-40.json; written blind, for round 48; its first run in tuning-40.before-round-48.txt)',
      file: 'calls-tuning-40.json',
    },
    {
      name: 'tuning set 41 (calls-tuning-41.json; written blind, for round 49; its first run in tuning-41.before-round-49.txt)',
      file: 'calls-tuning-41.json',
    },
    {
      name: 'tuning set 42 (calls-tuning-42.json; written blind, for round 50; its first run in tuning-42.before-round-50.txt)',
      file: 'calls-tuning-42.json',
    },
    {
      name: 'tuning set 43 (calls-tuning-43.json; written blind, for round 51; its first run in tuning-43.before-round-51.txt)',
      file: 'calls-tuning-43.json',
    },
    {
      name: 'tuning set 44 (calls-tuning-44.json; written blind, for round 52; its first run in tuning-44.before-round-52.txt)',
      file: 'calls-tuning-44.json',
    },
    {
      name: 'tuning set 45 (calls-tuning-45.json; written blind, for round 53; its first run in tuning-45.before-round-53.txt)',
      file: 'calls-tuning-45.json',
    },
    {
      name: 'tuning set 46 (calls-tuning-46.json; written blind, for round 54; its first run in tuning-46.before-round-54.txt)',
      file: 'calls-tuning-46.json',
    },
    {
      name: 'tuning set 47 (calls-tuning-47.json; written blind, for round 55; its first run in tuning-47.before-round-55.txt)',
      file: 'calls-tuning-47.json',
    },
    {
      name: 'tuning set 48 (calls-tuning-48.json; written blind, for round 56; its first run in tuning-48.before-round-56.txt)',
      file: 'calls-tuning-48.json',
    },
    {
      name: 'tuning set 49 (calls-tuning-49.json; written blind, for round 57; its first run in tuning-49.before-round-57.txt)',
      file: 'calls-tuning-49.json',
    },
    {
      name: 'tuning set 50 (calls-tuning-50.json; written blind, for round 58; its first run in tuning-50.before-round-58.txt)',
      file: 'calls-tuning-50.json',
    },
    {
      name: 'tuning set 51 (calls-tuning-51.json; written blind, for round 59; its first run in tuning-51.before-round-59.txt)',
      file: 'calls-tuning-51.json',
    },
    {
      name: 'tuning set 52 (calls-tuning-52.json; written blind, for round 60; its first run in tuning-52.before-round-60.txt)',
      file: 'calls-tuning-52.json',
    },
    {
      name: 'tuning set 53 (calls-tuning-53.json; written blind, for round 61; its first run in tuning-53.before-round-61.txt)',
      file: 'calls-tuning-53.json',
    },
    {
      name: 'tuning set 54 (calls-tuning-54.json; written blind, for round 62; its first run in tuning-54.before-round-62.txt)',
      file: 'calls-tuning-54.json',
    },
    {
      name: 'tuning set 55 (calls-tuning-55.json; written blind, for round 63; its first run in tuning-55.before-round-63.txt)',
      file: 'calls-tuning-55.json',
    },
    {
      name: 'tuning set 56 (calls-tuning-56.json; written blind, for round 64; its first run in tuning-56.before-round-64.txt)',
      file: 'calls-tuning-56.json',
    },
    {
      name: 'tuning set 57 (calls-tuning-57.json; written blind, for round 65; its first run in tuning-57.before-round-65.txt)',
      file: 'calls-tuning-57.json',
    },
    {
      name: 'tuning set 58 (calls-tuning-58.json; written blind, for round 66; its first run in tuning-58.before-round-66.txt)',
      file: 'calls-tuning-58.json',
    },
    {
      name: 'tuning set 59 (calls-tuning-59.json; written blind, for round 67; its first run in tuning-59.before-round-67.txt)',
      file: 'calls-tuning-59.json',
    },
    {
      name: 'tuning set 60 (calls-tuning-60.json; written blind, for round 68; its first run in tuning-60.before-round-68.txt)',
      file: 'calls-tuning-60.json',
    },
    {
      name: 'tuning set 61 (calls-tuning-61.json; written blind, for round 69; its first run in tuning-61.before-round-69.txt)',
      file: 'calls-tuning-61.json',
    },
    {
      name: 'tuning set 62 (calls-tuning-62.json; written blind, for round 70; its first run in tuning-62.before-round-70.txt)',
      file: 'calls-tuning-62.json',
    },
    {
      name: 'tuning set 63 (calls-tuning-63.json; written blind, for round 71; its first run in tuning-63.before-round-71.txt)',
      file: 'calls-tuning-63.json',
    },
    {
      name: 'tuning set 64 (calls-tuning-64.json; written blind, for round 72; its first run in tuning-64.before-round-72.txt)',
      file: 'calls-tuning-64.json',
    },
    {
      name: 'tuning set 65 (calls-tuning-65.json; written blind, for round 73; its first run in tuning-65.before-round-73.txt)',
      file: 'calls-tuning-65.json',
    },
    {
      name: 'tuning set 66 (calls-tuning-66.json; written blind, for round 74; its first run in tuning-66.before-round-74.txt)',
      file: 'calls-tuning-66.json',
    },
    {
      name: 'tuning set 67 (calls-tuning-67.json; written blind, for round 76; its first run in tuning-67.before-round-76.txt)',
      file: 'calls-tuning-67.json',
    },
    {
      name: 'tuning set 68 (calls-tuning-68.json; written blind, for round 77; its first run in tuning-68.before-round-77.txt)',
      file: 'calls-tuning-68.json',
    },
    {
      name: 'tuning set 69 (calls-tuning-69.json; written blind, for round 80; its first run in tuning-69.before-round-80.txt)',
      file: 'calls-tuning-69.json',
    },
    {
      name: 'tuning set 70 (calls-tuning-70.json; written blind, for round 79; its first run in tuning-70.before-round-79.txt)',
      file: 'calls-tuning-70.json',
    },
    {
      name: 'tuning set 71 (calls-tuning-71.json; written blind, for round 81; its first run in tuning-71.before-round-81.txt)',
      file: 'calls-tuning-71.json',
    },
    {
      name: 'tuning set 72 (calls-tuning-72.json; written blind, for round 82; its first run in tuning-72.before-round-82.txt)',
      file: 'calls-tuning-72.json',
    },
    {
      name: 'tuning set 73 (calls-tuning-73.json; written blind, for round 83; its first run in tuning-73.before-round-83.txt)',
      file: 'calls-tuning-73.json',
    },
    {
      name: 'tuning set 74 (calls-tuning-74.json; written blind, for round 84; its first run in tuning-74.before-round-84.txt)',
      file: 'calls-tuning-74.json',
    },
    {
      name: 'tuning set 75 (calls-tuning-75.json; written blind, for round 85; its first run in tuning-75.before-round-85.txt)',
      file: 'calls-tuning-75.json',
    },
    {
      name: 'tuning set 76 (calls-tuning-76.json; written blind, for round 86; its first run in tuning-76.before-round-86.txt)',
      file: 'calls-tuning-76.json',
    },
    {
      name: 'tuning set 77 (calls-tuning-77.json; written blind, for round 87; its first run in tuning-77.before-round-87.txt)',
      file: 'calls-tuning-77.json',
    },
    {
      name: 'tuning set 78 (calls-tuning-78.json; written blind, for round 88; its first run in tuning-78.before-round-88.txt)',
      file: 'calls-tuning-78.json',
    },
    {
      name: 'tuning set 79 (calls-tuning-79.json; written blind, for round 89; its first run in tuning-79.before-round-89.txt)',
      file: 'calls-tuning-79.json',
    },
    {
      name: 'tuning set 80 (calls-tuning-80.json; written blind, for round 90; its first run in tuning-80.before-round-90.txt)',
      file: 'calls-tuning-80.json',
    },
    {
      name: 'tuning set 81 (calls-tuning-81.json; written blind, for round 91; its first run in tuning-81.before-round-91.txt)',
      file: 'calls-tuning-81.json',
    },
    {
      name: 'tuning set 82 (calls-tuning-82.json; written blind, for round 92; its first run in tuning-82.before-round-92.txt)',
      file: 'calls-tuning-82.json',
    },
    {
      name: 'tuning set 83 (calls-tuning-83.json; written blind, for round 93; its first run in tuning-83.before-round-93.txt)',
      file: 'calls-tuning-83.json',
    },
    {
      name: 'tuning set 84 (calls-tuning-84.json; written blind, for round 94; its first run in tuning-84.before-round-94.txt)',
      file: 'calls-tuning-84.json',
    },
    {
      name: 'tuning set 85 (calls-tuning-85.json; written blind, for round 96; its first run in tuning-85.before-round-96.txt)',
      file: 'calls-tuning-85.json',
    },
    {
      name: 'tuning set 86 (calls-tuning-86.json; written blind, for round 97; its first run in tuning-86.before-round-97.txt)',
      file: 'calls-tuning-86.json',
    },
    {
      name: 'tuning set 87 (calls-tuning-87.json; written blind, for round 98; its first run in tuning-87.before-round-98.txt)',
      file: 'calls-tuning-87.json',
    },
    {
      name: 'held-out set 2026-11 (heldout-2026-11/calls.json; evaluated once, never tuned on)',
      file: 'heldout-2026-11/calls.json',
    },
    {
      name: 'held-out set 2026-11c (heldout-2026-11c/calls.json; written blind before round 2, evaluated once, never tuned on)',
      file: 'heldout-2026-11c/calls.json',
    },
    {
      name: 'held-out set 2026-12 (heldout-2026-12/calls.json; written blind before round 3, evaluated once, never tuned on)',
      file: 'heldout-2026-12/calls.json',
    },
    {
      name: 'held-out set 2026-12b (heldout-2026-12b/calls.json; written blind before round 4, evaluated once, never tuned on)',
      file: 'heldout-2026-12b/calls.json',
    },
    {
      name: 'held-out set 2026-12c (heldout-2026-12c/calls.json; written blind before round 5, evaluated once, never tuned on)',
      file: 'heldout-2026-12c/calls.json',
    },
    {
      name: 'held-out set 2026-12d (heldout-2026-12d/calls.json; written blind before round 6, evaluated once, never tuned on)',
      file: 'heldout-2026-12d/calls.json',
    },
    {
      name: 'held-out set 2026-12e (heldout-2026-12e/calls.json; written blind before round 7, evaluated once, never tuned on)',
      file: 'heldout-2026-12e/calls.json',
    },
    {
      name: 'held-out set 2026-12f (heldout-2026-12f/calls.json; written blind before round 8, evaluated once, never tuned on)',
      file: 'heldout-2026-12f/calls.json',
    },
    {
      name: 'held-out set 2026-12g (heldout-2026-12g/calls.json; written blind before the topic model, evaluated once, never tuned on)',
      file: 'heldout-2026-12g/calls.json',
    },
    {
      name: 'held-out set 2026-12h (heldout-2026-12h/calls.json; written blind before the alert model, evaluated once, never tuned on)',
      file: 'heldout-2026-12h/calls.json',
    },
    {
      name: 'held-out set 2026-12i (heldout-2026-12i/calls.json; written blind before round 9, evaluated once, never tuned on)',
      file: 'heldout-2026-12i/calls.json',
    },
    {
      name: 'held-out set 2026-12j (heldout-2026-12j/calls.json; written blind before round 10, evaluated once, never tuned on)',
      file: 'heldout-2026-12j/calls.json',
    },
    {
      name: 'held-out set 2026-12k (heldout-2026-12k/calls.json; written blind before round 11, evaluated once, never tuned on)',
      file: 'heldout-2026-12k/calls.json',
    },
    {
      name: 'held-out set 2026-12l (heldout-2026-12l/calls.json; written blind before round 12, evaluated once, never tuned on)',
      file: 'heldout-2026-12l/calls.json',
    },
    {
      name: 'held-out set 2026-12m (heldout-2026-12m/calls.json; written blind before round 13, evaluated once, never tuned on)',
      file: 'heldout-2026-12m/calls.json',
    },
    {
      name: 'held-out set 2026-12n (heldout-2026-12n/calls.json; written blind before round 14, evaluated once, never tuned on)',
      file: 'heldout-2026-12n/calls.json',
    },
    {
      name: 'held-out set 2026-12o (heldout-2026-12o/calls.json; written blind before round 15, evaluated once, never tuned on)',
      file: 'heldout-2026-12o/calls.json',
    },
    {
      name: 'held-out set 2026-12p (heldout-2026-12p/calls.json; written blind before round 16, evaluated once, never tuned on)',
      file: 'heldout-2026-12p/calls.json',
    },
    {
      name: 'held-out set 2026-12q (heldout-2026-12q/calls.json; written blind before round 17, evaluated once, never tuned on)',
      file: 'heldout-2026-12q/calls.json',
    },
    {
      name: 'held-out set 2026-12r (heldout-2026-12r/calls.json; written blind during round 17, before round 18, evaluated once, never tuned on)',
      file: 'heldout-2026-12r/calls.json',
    },
    {
      name: 'held-out set 2026-12s (heldout-2026-12s/calls.json; written blind during round 18, before round 19, evaluated once, never tuned on)',
      file: 'heldout-2026-12s/calls.json',
    },
    {
      name: 'held-out set 2026-12t (heldout-2026-12t/calls.json; written blind during round 19, before round 20, evaluated once, never tuned on)',
      file: 'heldout-2026-12t/calls.json',
    },
    {
      name: 'held-out set 2026-12u (heldout-2026-12u/calls.json; written blind during round 20, before round 21, evaluated once, never tuned on)',
      file: 'heldout-2026-12u/calls.json',
    },
    {
      name: 'held-out set 2026-12v (heldout-2026-12v/calls.json; written blind during round 21, before round 22, evaluated once, never tuned on)',
      file: 'heldout-2026-12v/calls.json',
    },
    {
      name: 'held-out set 2026-12w (heldout-2026-12w/calls.json; written blind during round 22, before round 23, evaluated once, never tuned on)',
      file: 'heldout-2026-12w/calls.json',
    },
    {
      name: 'held-out set 2026-12x (heldout-2026-12x/calls.json; written blind during round 23, evaluated once, never tuned on)',
      file: 'heldout-2026-12x/calls.json',
    },
    {
      name: 'held-out set 2026-12y (heldout-2026-12y/calls.json; written blind during round 23, before round 24, evaluated once, never tuned on)',
      file: 'heldout-2026-12y/calls.json',
    },
    {
      name: 'held-out set 2026-12z (heldout-2026-12z/calls.json; written blind during round 24, before round 25, evaluated once, never tuned on)',
      file: 'heldout-2026-12z/calls.json',
    },
    {
      name: 'held-out set 2026-12aa (heldout-2026-12aa/calls.json; written blind during round 26, evaluated once after it, never tuned on)',
      file: 'heldout-2026-12aa/calls.json',
    },
    {
      name: 'held-out set 2026-12ab (heldout-2026-12ab/calls.json; written blind during round 27, evaluated once after it, never tuned on)',
      file: 'heldout-2026-12ab/calls.json',
    },
    {
      name: 'held-out set 2026-12ac (heldout-2026-12ac/calls.json; written blind before round 28, evaluated once after it, never tuned on)',
      file: 'heldout-2026-12ac/calls.json',
    },
    {
      name: 'held-out set 2026-12ad (heldout-2026-12ad/calls.json; written blind during round 28, evaluated once after round 29, never tuned on)',
      file: 'heldout-2026-12ad/calls.json',
    },
    {
      name: 'held-out set 2026-12ae (heldout-2026-12ae/calls.json; written blind during round 29, evaluated once after round 30, never tuned on)',
      file: 'heldout-2026-12ae/calls.json',
    },
    {
      name: 'held-out set 2026-12af (heldout-2026-12af/calls.json; written blind during round 30, evaluated once after rounds 31 and 32, never tuned on)',
      file: 'heldout-2026-12af/calls.json',
    },
    {
      name: 'held-out set 2026-12ag (heldout-2026-12ag/calls.json; written blind during round 32, evaluated once after round 33, never tuned on)',
      file: 'heldout-2026-12ag/calls.json',
    },
    {
      name: 'held-out set 2026-12ah (heldout-2026-12ah/calls.json; written blind during round 33, evaluated once after round 34, never tuned on)',
      file: 'heldout-2026-12ah/calls.json',
    },
    {
      name: 'held-out set 2026-12ai (heldout-2026-12ai/calls.json; written blind during round 34, evaluated once after it, never tuned on; judged blind in judged-heldout-2026-12ai/)',
      file: 'heldout-2026-12ai/calls.json',
    },
    {
      name: 'held-out set 2026-12aj (heldout-2026-12aj/calls.json; written blind during round 36, evaluated once after round 38, never tuned on; judged blind in judged-heldout-2026-12aj/)',
      file: 'heldout-2026-12aj/calls.json',
    },
    {
      name: 'held-out set 2026-12ak (heldout-2026-12ak/calls.json; written blind during round 38, evaluated once after round 39, never tuned on; judged blind in judged-heldout-2026-12ak/)',
      file: 'heldout-2026-12ak/calls.json',
    },
    {
      name: 'held-out set 2026-12al (heldout-2026-12al/calls.json; written blind during round 39, evaluated once after round 40, never tuned on; judged blind in judged-heldout-2026-12al/)',
      file: 'heldout-2026-12al/calls.json',
    },
    {
      name: 'held-out set 2026-12am (heldout-2026-12am/calls.json; written blind during round 40, evaluated once after round 42, never tuned on; judged blind in judged-heldout-2026-12am/)',
      file: 'heldout-2026-12am/calls.json',
    },
    {
      name: 'held-out set 2026-12an (heldout-2026-12an/calls.json; written blind during round 42, evaluated once after round 43, never tuned on; judged blind in judged-heldout-2026-12an/)',
      file: 'heldout-2026-12an/calls.json',
    },
    {
      name: 'held-out set 2026-12ao (heldout-2026-12ao/calls.json; written blind during round 45, evaluated once after round 45, never tuned on)',
      file: 'heldout-2026-12ao/calls.json',
    },
    {
      name: 'held-out set 2026-12ap (heldout-2026-12ap/calls.json; written blind during round 46, evaluated once after round 46, never tuned on)',
      file: 'heldout-2026-12ap/calls.json',
    },
    {
      name: 'held-out set 2026-12aq (heldout-2026-12aq/calls.json; written blind at the end of the stop after round 46, evaluated once after round 47, never tuned on)',
      file: 'heldout-2026-12aq/calls.json',
    },
    {
      name: 'held-out set 2026-12ar (heldout-2026-12ar/calls.json; written blind at the start of the stop after round 46, evaluated once after round 48, never tuned on)',
      file: 'heldout-2026-12ar/calls.json',
    },
    {
      name: 'held-out set 2026-12as (heldout-2026-12as/calls.json; written blind during the stop after round 46, evaluated once after round 49, never tuned on)',
      file: 'heldout-2026-12as/calls.json',
    },
    {
      name: 'held-out set 2026-12at (heldout-2026-12at/calls.json; written blind during the stop after round 49, evaluated once after round 50, never tuned on)',
      file: 'heldout-2026-12at/calls.json',
    },
    {
      name: 'held-out set 2026-12au (heldout-2026-12au/calls.json; written blind during the stop after round 50, evaluated once after round 51, never tuned on)',
      file: 'heldout-2026-12au/calls.json',
    },
    {
      name: 'held-out set 2026-12av (heldout-2026-12av/calls.json; written blind during the stop after round 50, evaluated once after round 52, never tuned on)',
      file: 'heldout-2026-12av/calls.json',
    },
    {
      name: 'held-out set 2026-12aw (heldout-2026-12aw/calls.json; written blind at the end of the stop after round 52, evaluated once after round 53, never tuned on)',
      file: 'heldout-2026-12aw/calls.json',
    },
    {
      name: 'held-out set 2026-12ax (heldout-2026-12ax/calls.json; written blind during the stop after round 52, evaluated once after round 54, never tuned on)',
      file: 'heldout-2026-12ax/calls.json',
    },
    {
      name: 'held-out set 2026-12ay (heldout-2026-12ay/calls.json; written blind during the stop after round 54, evaluated once after round 55, never tuned on)',
      file: 'heldout-2026-12ay/calls.json',
    },
    {
      name: 'held-out set 2026-12az (heldout-2026-12az/calls.json; written blind during the stop after round 55, evaluated once after round 56, never tuned on)',
      file: 'heldout-2026-12az/calls.json',
    },
    {
      name: 'held-out set 2026-12ba (heldout-2026-12ba/calls.json; written blind during the stop after round 56, evaluated once after round 57, never tuned on)',
      file: 'heldout-2026-12ba/calls.json',
    },
    {
      name: 'held-out set 2026-12bb (heldout-2026-12bb/calls.json; written blind during the stop after round 57, evaluated once after round 58, never tuned on)',
      file: 'heldout-2026-12bb/calls.json',
    },
    {
      name: 'held-out set 2026-12bc (heldout-2026-12bc/calls.json; written blind during the stop after round 57, evaluated once after round 59, never tuned on)',
      file: 'heldout-2026-12bc/calls.json',
    },
    {
      name: 'held-out set 2026-12bd (heldout-2026-12bd/calls.json; written blind during the stop after round 59, evaluated once after round 60, never tuned on)',
      file: 'heldout-2026-12bd/calls.json',
    },
    {
      name: 'held-out set 2026-12be (heldout-2026-12be/calls.json; written blind during the stop after round 60, evaluated once after round 61 and sentiment round 15, never tuned on)',
      file: 'heldout-2026-12be/calls.json',
    },
    {
      name: 'held-out set 2026-12bf (heldout-2026-12bf/calls.json; written blind during the stop after round 61, evaluated once after round 62, never tuned on)',
      file: 'heldout-2026-12bf/calls.json',
    },
    {
      name: 'held-out set 2026-12bg (heldout-2026-12bg/calls.json; written blind during the stop after round 62, evaluated once after round 63 and sentiment round 16, never tuned on)',
      file: 'heldout-2026-12bg/calls.json',
    },
    {
      name: 'held-out set 2026-12bh (heldout-2026-12bh/calls.json; written blind during round 63, evaluated once after round 64 and sentiment round 17, never tuned on)',
      file: 'heldout-2026-12bh/calls.json',
    },
    {
      name: 'held-out set 2026-12bi (heldout-2026-12bi/calls.json; written blind during the stop before round 65, evaluated once after round 65 and sentiment round 18, never tuned on)',
      file: 'heldout-2026-12bi/calls.json',
    },
    {
      name: 'held-out set 2026-12bj (heldout-2026-12bj/calls.json; written blind during round 65, evaluated once after round 66, never tuned on)',
      file: 'heldout-2026-12bj/calls.json',
    },
    {
      name: 'held-out set 2026-12bk (heldout-2026-12bk/calls.json; written blind during round 66, evaluated once after round 67 and sentiment round 19, never tuned on)',
      file: 'heldout-2026-12bk/calls.json',
    },
    {
      name: 'held-out set 2026-12bl (heldout-2026-12bl/calls.json; written blind during the stop before round 68, evaluated once after round 68 and sentiment round 20, never tuned on)',
      file: 'heldout-2026-12bl/calls.json',
    },
    {
      name: 'held-out set 2026-12bm (heldout-2026-12bm/calls.json; written blind during the stop before round 69, evaluated once after round 69 and sentiment round 21, never tuned on)',
      file: 'heldout-2026-12bm/calls.json',
    },
    {
      name: 'held-out set 2026-12bn (heldout-2026-12bn/calls.json; written blind during the stop before round 70, evaluated once after round 70 and sentiment round 22, never tuned on)',
      file: 'heldout-2026-12bn/calls.json',
    },
    {
      name: 'held-out set 2026-12bo (heldout-2026-12bo/calls.json; written blind during the stop before round 71, evaluated once after round 71 and sentiment round 23, never tuned on)',
      file: 'heldout-2026-12bo/calls.json',
    },
    {
      name: 'held-out set 2026-12bp (heldout-2026-12bp/calls.json; written blind during the stop before round 72, evaluated once after round 72 and sentiment round 24, never tuned on)',
      file: 'heldout-2026-12bp/calls.json',
    },
    {
      name: 'held-out set 2026-12bq (heldout-2026-12bq/calls.json; written blind during the stop before round 73, evaluated once after rounds 73 and 74 and sentiment rounds 25 and 26, never tuned on)',
      file: 'heldout-2026-12bq/calls.json',
    },
    {
      name: 'held-out set 2026-12br (heldout-2026-12br/calls.json; written blind during the stop before round 74, evaluated once after rounds 73 and 74 and sentiment rounds 25 and 26, never tuned on)',
      file: 'heldout-2026-12br/calls.json',
    },
    {
      name: 'held-out set 2026-12bs (heldout-2026-12bs/calls.json; written blind with calls-tuning-67 before round 76, evaluated once after drafting rounds 75, 76 and 77 and sentiment rounds 27 and 28, never tuned on)',
      file: 'heldout-2026-12bs/calls.json',
    },
    {
      name: 'held-out set 2026-12bt (heldout-2026-12bt/calls.json; written blind with calls-tuning-68 before round 77, evaluated once after drafting rounds 75, 76 and 77 and sentiment rounds 27 and 28, never tuned on)',
      file: 'heldout-2026-12bt/calls.json',
    },
    {
      name: 'held-out set 2026-12bu (heldout-2026-12bu/calls.json; written blind with calls-tuning-69 before round 79, evaluated once after drafting rounds 78, 79 and 80 and sentiment round 29, never tuned on)',
      file: 'heldout-2026-12bu/calls.json',
    },
    {
      name: 'held-out set 2026-12bv (heldout-2026-12bv/calls.json; written blind with calls-tuning-70 before round 79, evaluated once after drafting rounds 78, 79 and 80 and sentiment round 29, never tuned on)',
      file: 'heldout-2026-12bv/calls.json',
    },
    {
      name: 'held-out set 2026-12bw (heldout-2026-12bw/calls.json; written blind with calls-tuning-71 before round 81, evaluated once after drafting rounds 81 and 82 and sentiment round 30, never tuned on)',
      file: 'heldout-2026-12bw/calls.json',
    },
    {
      name: 'held-out set 2026-12bx (heldout-2026-12bx/calls.json; written blind with calls-tuning-72 before round 81, evaluated once after drafting rounds 81 and 82 and sentiment round 30, never tuned on)',
      file: 'heldout-2026-12bx/calls.json',
    },
    {
      name: 'held-out set 2026-12by (heldout-2026-12by/calls.json; written blind with calls-tuning-73 before round 83, evaluated once after drafting rounds 83 and 84 and sentiment rounds 31 and 32, never tuned on)',
      file: 'heldout-2026-12by/calls.json',
    },
    {
      name: 'held-out set 2026-12bz (heldout-2026-12bz/calls.json; written blind with calls-tuning-74 before round 84, evaluated once after drafting rounds 83 and 84 and sentiment rounds 31 and 32, never tuned on)',
      file: 'heldout-2026-12bz/calls.json',
    },
    {
      name: 'held-out set 2026-12ca (heldout-2026-12ca/calls.json; written blind with calls-tuning-75 before round 85, evaluated once after drafting rounds 85 and 86 and sentiment round 33, never tuned on)',
      file: 'heldout-2026-12ca/calls.json',
    },
    {
      name: 'held-out set 2026-12cb (heldout-2026-12cb/calls.json; written blind with calls-tuning-76 before round 86, evaluated once after drafting rounds 85 and 86 and sentiment round 33, never tuned on)',
      file: 'heldout-2026-12cb/calls.json',
    },
    {
      name: 'held-out set 2026-12cc (heldout-2026-12cc/calls.json; written blind with calls-tuning-77 before round 87, evaluated once after drafting round 87 and sentiment round 34, never tuned on)',
      file: 'heldout-2026-12cc/calls.json',
    },
    {
      name: 'held-out set 2026-12cd (heldout-2026-12cd/calls.json; written blind with calls-tuning-78 before round 88, evaluated once after drafting rounds 88 and 89 and sentiment rounds 35 and 36, never tuned on)',
      file: 'heldout-2026-12cd/calls.json',
    },
    {
      name: 'held-out set 2026-12ce (heldout-2026-12ce/calls.json; written blind with calls-tuning-79 before round 89, evaluated once after drafting rounds 88 and 89 and sentiment rounds 35 and 36, never tuned on)',
      file: 'heldout-2026-12ce/calls.json',
    },
    {
      name: 'held-out set 2026-12cf (heldout-2026-12cf/calls.json; written blind with calls-tuning-80 before round 90, evaluated once after drafting rounds 90 and 91, never tuned on)',
      file: 'heldout-2026-12cf/calls.json',
    },
    {
      name: 'held-out set 2026-12cg (heldout-2026-12cg/calls.json; written blind with calls-tuning-81 before round 91, evaluated once after drafting rounds 90 and 91, never tuned on)',
      file: 'heldout-2026-12cg/calls.json',
    },
    {
      name: 'held-out set 2026-12ch (heldout-2026-12ch/calls.json; written blind with calls-tuning-82 before round 92, evaluated once after drafting round 92 and the closing re-read, never tuned on)',
      file: 'heldout-2026-12ch/calls.json',
    },
    {
      name: 'held-out set 2026-12ci (heldout-2026-12ci/calls.json; written blind with calls-tuning-83 before round 93, evaluated once after drafting round 93, never tuned on)',
      file: 'heldout-2026-12ci/calls.json',
    },
    {
      name: 'held-out set 2026-12cj (heldout-2026-12cj/calls.json; written blind with calls-tuning-84 before round 94, evaluated once after drafting rounds 94 and 95, never tuned on)',
      file: 'heldout-2026-12cj/calls.json',
    },
    {
      name: 'held-out set 2026-12ck (heldout-2026-12ck/calls.json; written blind with calls-tuning-85 before round 96, evaluated once after drafting round 96, never tuned on)',
      file: 'heldout-2026-12ck/calls.json',
    },
    {
      name: 'held-out set 2026-12cl (heldout-2026-12cl/calls.json; written blind with calls-tuning-86 before round 97, evaluated once after drafting round 97, never tuned on)',
      file: 'heldout-2026-12cl/calls.json',
    },
  ];
  // --no-heldout: tune without looking at the held-out set (it is evaluated once).
  const chosen = richSets.filter((s) =>
    onlySet ? s.file === onlySet || s.file === `${onlySet}/calls.json` : true,
  );
  if (onlySet && chosen.length === 0)
    throw new Error(
      `--set must be one of ${richSets.map((s) => s.file).join(', ')}`,
    );
  for (const set of chosen.filter(
    (s) =>
      !(process.argv.includes('--no-heldout') && s.file.startsWith('heldout')),
  )) {
    const calls = z
      .array(RichCallSchema)
      .parse(
        JSON.parse(readFileSync(new URL(set.file, import.meta.url), 'utf8')),
      );
    const rows: RichScored[] = [];
    for (const call of calls) rows.push(await evaluateRichCall(call));
    for (const r of rows)
      notes.push({
        set: set.file,
        id: r.call.id,
        topic: r.draft.topic.key,
        note: r.draft.text,
        alerted: r.alerted,
      });
    console.log(`\n${set.name}`);
    for (const language of LanguageSchema.options)
      reportRich(
        language,
        rows.filter((r) => r.call.language === language),
      );
    reportRich('all', rows);
    if (process.argv.includes('--calls')) {
      for (const r of rows) {
        console.log(
          `    ${r.call.id.padEnd(40)} topic ${r.topicCorrect ? 'ok  ' : 'MISS'} errand ${r.errandCorrect ? 'ok  ' : 'MISS'} ` +
            `facts ${r.keyFactsFound}/${r.call.reference.keyFacts.length} false ${r.falseStatements} ` +
            `follow-ups ${r.followUpsMatched}/${r.call.reference.followUps.length} of ${r.followUpsPredicted} ` +
            `ids ${r.identifiers.join(',') || '-'} ${r.call.reference.sentimentAtEnd}${r.alerted ? ' ALERT' : ''}`,
        );
        // --drafts: the note itself, for reading while tuning (never used on a held-out set).
        if (
          process.argv.includes('--drafts') &&
          !set.file.startsWith('heldout')
        ) {
          console.log(r.draft.text.replace(/^/gm, '      | '));
          for (const f of r.falseSentences) console.log(`      FALSE: ${f}`);
          for (const s of r.draft.sections.flatMap((x) => x.sentences)) {
            const kind = transcriptKind8(s.text, r.call.language);
            if (kind) console.log(`      TRANSCRIPT (${kind}): ${s.text}`);
          }
          console.log('');
        }
      }
    }
  }
}

/** The development sets, whose reference has a reason where the richer sets have an errand. */
async function evaluateDevelopment(): Promise<void> {
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
            `follow-ups ${r.followUpsMatched}/${r.call.reference.followUps.length} of ${r.followUpsPredicted}  errand ${r.errandCorrect ? 'ok  ' : 'MISS'} ROUGE-L ${r.rouge.toFixed(3)}`,
        );
        if (process.argv.includes('--drafts') && !r.errandCorrect) {
          console.log(
            `      | ${r.draft.sections
              .find((s) => s.key === 'reason')
              ?.sentences.map((s) => s.text)
              .join(' ')}\n      reference: ${r.call.reference.reason}`,
          );
        }
      }
    }
  }
}

console.log(
  `journal evaluation, summariser ${llm ? `llm:${llm.model}` : 'extractive'}`,
);
if (!onlySet) await evaluateDevelopment();
await evaluateRich();
if (notesOut) writeFileSync(notesOut, JSON.stringify(notes, null, 2));
console.log(
  `\n${(draftingMs / drafted).toFixed(1)} ms per draft on average (${drafted} calls, one CPU thread)`,
);
if (llm)
  console.log(
    `${fallbacks} LLM drafts were rejected and replaced by the extractive draft`,
  );
