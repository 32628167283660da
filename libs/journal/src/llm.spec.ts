import type { JournalDraft, Transcript } from '@samtal/contracts';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { draftJournalWithLlm, type LlmSummarizer } from './llm.js';

/** A redacted call: names and the identity number are placeholders already. */
const transcript: Transcript = {
  language: 'sv',
  source: 'sidecar',
  segments: [
    {
      index: 0,
      speaker: 'agent',
      text: 'Pensionsmyndigheten, du pratar med [NAMN].',
    },
    {
      index: 1,
      speaker: 'caller',
      text: 'Hej, jag heter [NAMN]. Mitt bostadstillägg har slutat komma.',
    },
    {
      index: 2,
      speaker: 'agent',
      text: 'Vi saknar ditt nya hyresavtal. Skicka in det så räknar vi om bostadstillägget.',
    },
    { index: 3, speaker: 'agent', text: 'Jag ringer upp dig den 15 april.' },
  ],
};

const goodAnswer = {
  topic: 'bostadstillägg',
  reason: {
    text: 'Kundens bostadstillägg har slutat betalas ut.',
    segments: [1],
  },
  callerSaid: [],
  agentActions: [{ text: 'Myndigheten saknar kundens nya hyresavtal.', segments: [2] }],
  followUps: [
    {
      text: 'Kunden skickar in hyresavtalet, därefter räknas bostadstillägget om.',
      segments: [2],
      kind: 'awaitDocument',
    },
    {
      text: 'Handläggaren ringer upp kunden den 15 april.',
      segments: [3],
      kind: 'callBack',
    },
  ],
};

interface Recorded {
  path: string;
  authorization?: string;
  body: {
    model: string;
    temperature: number;
    response_format: unknown;
    messages: { role: string; content: string }[];
  };
}

/** An OpenAI-compatible endpoint on a free local port; each test sets what it answers. */
let server: Server;
let requests: Recorded[] = [];
let answer: (request: Recorded) => {
  status?: number;
  content?: string;
  delayMs?: number;
} = () => ({});

const readBody = async (request: IncomingMessage) => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

beforeAll(async () => {
  server = createServer(async (request, response) => {
    const recorded: Recorded = {
      path: request.url ?? '',
      authorization: request.headers.authorization,
      body: JSON.parse(await readBody(request)),
    };
    requests.push(recorded);
    const { status = 200, content = JSON.stringify(goodAnswer), delayMs = 0 } = answer(recorded);
    await new Promise((r) => setTimeout(r, delayMs));
    if (response.destroyed) return;
    response.writeHead(status, { 'content-type': 'application/json' });
    response.end(
      JSON.stringify({
        choices: [{ index: 0, message: { role: 'assistant', content } }],
      }),
    );
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((ok) => server.close(ok));
});
beforeEach(() => {
  requests = [];
  answer = () => ({});
});

const llm = (overrides: Partial<LlmSummarizer> = {}): LlmSummarizer => ({
  url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`,
  model: 'test-model',
  timeoutMs: 5000,
  ...overrides,
});

async function draft(overrides: Partial<LlmSummarizer> = {}): Promise<{ draft: JournalDraft; fallback?: string }> {
  let fallback: string | undefined;
  const result = await draftJournalWithLlm(transcript, {
    callDate: '2026-03-20',
    llm: llm(overrides),
    onFallback: (reason) => (fallback = reason),
  });
  return { draft: result, fallback };
}

describe('draftJournalWithLlm', () => {
  it('asks the endpoint with the numbered redacted dialogue, the fields and the topics', async () => {
    await draft({ apiKey: 'secret-key' });
    expect(requests).toHaveLength(1);
    const [request] = requests as [Recorded];
    expect(request.path).toBe('/v1/chat/completions');
    expect(request.authorization).toBe('Bearer secret-key');
    expect(request.body).toMatchObject({
      model: 'test-model',
      temperature: 0,
      response_format: { type: 'json_object' },
    });
    const [system, user] = request.body.messages;
    expect(system!.role).toBe('system');
    expect(system!.content).toMatch(/"reason".*"callerSaid".*"agentActions".*"followUps"/s);
    expect(system!.content).toContain('svenska');
    expect(user!.content).toContain('[1] caller: Hej, jag heter [NAMN]. Mitt bostadstillägg har slutat komma.');
    expect(user!.content).toContain('bostadstillägg (Bostadstillägg)');
  });

  it("gives the model the discourse layer's hints: corrections, number sequences, relatives", async () => {
    await draftJournalWithLlm(
      {
        language: 'sv',
        source: 'sidecar',
        segments: [
          { index: 0, speaker: 'caller', text: 'Min man har gått bort.' },
          { index: 1, speaker: 'caller', text: 'Han dog den sjunde oktober, nej förresten, det var den sjätte.' },
          { index: 2, speaker: 'caller', text: 'Det är nitton fyrtiofem, noll tre, tolv, fyra två.' },
        ],
      },
      { callDate: '2026-10-20', llm: llm(), onFallback: () => undefined },
    );
    const user = (requests[0] as Recorded).body.messages[1]!.content;
    expect(user).toContain('[1] corrects itself; what stands is: "Han dog den sjätte oktober."');
    expect(user).toContain('[2] reads out a number sequence');
    expect(user).toContain('The caller speaks of: man.');
  });

  it("uses an answer that keeps the draft's fields, with segment references, topic evidence and resolved dates", async () => {
    const { draft: result, fallback } = await draft();
    expect(fallback).toBeUndefined();
    expect(result.summarizer).toBe('llm:test-model');
    expect(result.topic).toEqual({
      key: 'bostadstillägg',
      label: 'Bostadstillägg',
      cues: expect.arrayContaining([{ cue: 'bostadstillägg', segmentIndex: 1 }]),
    });
    expect(result.sections.find((s) => s.key === 'reason')!.sentences).toEqual([
      {
        text: 'Kundens bostadstillägg har slutat betalas ut.',
        segmentIndexes: [1],
      },
    ]);
    expect(result.sections.find((s) => s.key === 'followUp')!.sentences[1]).toEqual({
      text: 'Handläggaren ringer upp kunden den 15 april.',
      segmentIndexes: [3],
      followUp: {
        kind: 'callBack',
        dateText: 'den 15 april',
        dueDate: '2026-04-15',
        preposition: 'on',
      },
    });
    expect(result.text).toContain('Uppföljning:\n- Kunden skickar in hyresavtalet');
  });

  it('accepts JSON wrapped in a Markdown fence', async () => {
    answer = () => ({
      content: '```json\n' + JSON.stringify(goodAnswer) + '\n```',
    });
    expect((await draft()).draft.summarizer).toBe('llm:test-model');
  });

  // Each of these answers must be rejected, and the extractive draft returned instead.
  it.each([
    [
      'brings back a name the redaction removed',
      {
        ...goodAnswer,
        reason: {
          text: 'Kunden Anna Svensson saknar sitt bostadstillägg.',
          segments: [1],
        },
      },
      /redaction would remove|names or numbers/,
    ],
    [
      'brings in an identity number',
      {
        ...goodAnswer,
        callerSaid: [{ text: 'Kunden har personnummer 19121212-1212.', segments: [1] }],
      },
      /redaction would remove|names or numbers/,
    ],
    [
      'lacks a required field',
      {
        topic: 'bostadstillägg',
        callerSaid: [],
        agentActions: [],
        followUps: [],
      },
      /lacks required fields \(reason\)/,
    ],
    [
      'cites an utterance that does not exist',
      {
        ...goodAnswer,
        agentActions: [{ text: 'Myndigheten saknar hyresavtalet.', segments: [9] }],
      },
      /does not exist/,
    ],
    ['names a topic outside the taxonomy', { ...goodAnswer, topic: 'sjukpenning' }, /not in the taxonomy/],
    [
      'reads out an identity number in words',
      {
        ...goodAnswer,
        callerSaid: [{ text: 'Kunden läste upp nitton fyrtiofem noll tre tolv fyra två.', segments: [1] }],
      },
      /number sequence|redaction would remove/,
    ],
    [
      'has an unknown follow-up kind',
      {
        ...goodAnswer,
        followUps: [{ text: 'Handläggaren ringer.', segments: [3], kind: 'visit' }],
      },
      /lacks required fields/,
    ],
  ])('falls back to the extractive draft when the answer %s', async (_name, bad, reason) => {
    answer = () => ({ content: JSON.stringify(bad) });
    const { draft: result, fallback } = await draft();
    expect(fallback).toMatch(reason);
    expect(result.summarizer).toBe('extractive');
    expect(result.topic.key).toBe('bostadstillägg');
    expect(result.text).not.toMatch(/Anna|Svensson|19121212/);
  });

  it('falls back when the answer is not JSON, without quoting it', async () => {
    answer = () => ({
      content: 'Kunden Anna Svensson ringde om sitt bostadstillägg.',
    });
    const { draft: result, fallback } = await draft();
    expect(fallback).toBe('the answer is not JSON');
    expect(result.summarizer).toBe('extractive');
  });

  it('falls back when the endpoint fails', async () => {
    answer = () => ({ status: 500 });
    expect(await draft()).toMatchObject({
      fallback: 'HTTP 500',
      draft: { summarizer: 'extractive' },
    });
    expect(await draft({ url: 'http://127.0.0.1:1/v1' })).toMatchObject({
      fallback: expect.stringMatching(/request failed/),
      draft: { summarizer: 'extractive' },
    });
  });

  it('gives up after its timeout and falls back', async () => {
    answer = () => ({ delayMs: 3000 });
    const started = Date.now();
    const { draft: result, fallback } = await draft({ timeoutMs: 200 });
    expect(Date.now() - started).toBeLessThan(2000);
    expect(fallback).toBe('no answer within 200 ms');
    expect(result.summarizer).toBe('extractive');
  });
});
