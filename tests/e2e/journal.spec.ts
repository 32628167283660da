import { Streams } from '@samtal/messaging';
import { synthesizeCall, waitFor } from '@samtal/testing';
import { readFile } from 'node:fs/promises';
import type { Socket } from 'socket.io-client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Stack, accessToken, liveClient, nextEvent, upload } from '../support/stack.js';

/** The demo call: bostadstillägg stopped, upset at first, a personnummer, a call-back on 15 April. */
const DEMO = [
  { speaker: 'agent', text: 'Pensionsmyndigheten, du pratar med Karin. Vad kan jag hjälpa dig med?' },
  {
    speaker: 'caller',
    text: 'Hej. Jag är faktiskt väldigt upprörd. Mitt bostadstillägg har slutat komma och jag har inte fått något besked alls.',
  },
  { speaker: 'agent', text: 'Jag förstår att det är jobbigt. Kan jag få ditt personnummer så tittar jag på ditt ärende?' },
  { speaker: 'caller', text: 'Ja, det är 121212-1212.' },
  { speaker: 'agent', text: 'Tack. Jag ser att vi skickade en begäran om uppgifter om din nya hyra i mars.' },
  { speaker: 'caller', text: 'Det brevet har jag aldrig fått. Jag flyttade i februari.' },
  {
    speaker: 'agent',
    text: 'När du har skickat in ditt hyresavtal räknar vi om bostadstillägget. Jag ringer upp dig den 15 april för att stämma av.',
  },
  { speaker: 'caller', text: 'Vad bra, tack så mycket för hjälpen. Nu känns det mycket bättre.' },
] as const;

const WORSENING = [
  { speaker: 'agent', text: 'Pensionsmyndigheten, du pratar med Karin.' },
  { speaker: 'caller', text: 'Hej, tack för att ni svarar så snabbt. Jag undrar varför min pension blev lägre.' },
  { speaker: 'agent', text: 'Tyvärr kan jag inte se det i systemet i dag.' },
  { speaker: 'caller', text: 'Det här är helt orimligt. Jag är förbannad och väldigt besviken på er.' },
] as const;

/** A JSON sidecar with segment times (4 s turns, 0.5 s apart; the third turn cuts in early). */
function timedSidecar(dialogue: readonly { speaker: string; text: string }[]): Blob {
  const segments = dialogue.map((turn, i) => ({
    speaker: turn.speaker,
    start: i * 4500 - (i === 3 ? 1500 : 0),
    end: i * 4500 + 4000,
    text: turn.text,
  }));
  return new Blob([JSON.stringify({ language: 'sv', segments })], { type: 'application/json' });
}

/** 15 April as the journal service resolves it: the next one on or after today in Sweden. */
function nextFifteenthOfApril(): string {
  const [year, month, day] = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' })
    .format(new Date())
    .split('-')
    .map(Number) as [number, number, number];
  return `${month < 4 || (month === 4 && day <= 15) ? year : year + 1}-04-15`;
}

/** What the gateway serves (`GET /calls/:id`): browsers are notified with ids only and read this. */
interface StoredCall {
  call: { agentId: string; status: string };
  journal: {
    revision: number;
    draft: {
      topic: { key: string; cues: { cue: string; segmentIndex: number }[] };
      sections: { key: string; sentences: { text: string; segmentIndexes: number[]; followUp?: { kind: string; dueDate?: string } }[] }[];
      text: string;
    };
    sentiment: {
      caller: { start: number; end: number; improved: boolean; min: number };
      talk: { bySpeaker: { speaker: string; share: number }[]; silenceShare: number; interruptions: number } | null;
      alerts: { kind: string }[];
    };
  };
}

describe('journal service: draft and sentiment for every transcribed call, stored and published', () => {
  let stack: Stack;
  let agent: Socket;
  let supervisor: Socket;
  let agentToken: string;
  let supervisorToken: string;
  let audio: Blob;

  async function stored(callId: string, token: string): Promise<StoredCall> {
    const response = await fetch(`${stack.url('gateway')}/calls/${callId}`, { headers: { authorization: `Bearer ${token}` } });
    expect(response.status).toBe(200);
    return (await response.json()) as StoredCall;
  }

  beforeAll(async () => {
    const call = await synthesizeCall([...DEMO]);
    audio = new Blob([await readFile(call.wavPath)], { type: 'audio/wav' });
    stack = await Stack.start();
    // Demo users: anna is an agent in team pension-1, whose supervisor sees its calls.
    agentToken = await accessToken('anna');
    agent = await liveClient(stack.url('gateway'), agentToken);
    supervisorToken = await accessToken('sara', 'supervisor', 'pension-1');
    supervisor = await liveClient(stack.url('gateway'), supervisorToken);
  });

  afterAll(async () => {
    agent?.close();
    supervisor?.close();
    await stack?.stop();
  });

  it('drafts the bostadstillägg call with its topic, follow-ups and caller sentiment rising from negative', async () => {
    const accepted = await upload(stack.url('ingest'), {
      audio,
      transcript: timedSidecar(DEMO),
      agentId: 'anna',
      idempotencyKey: 'journal-demo',
    });
    expect(accepted.status).toBe(202);
    const callId = accepted.body['callId'] as string;
    // The sockets are told which call changed (ids only); the content is read over REST.
    const notifications = await Promise.all([
      nextEvent(agent, 'journal.updated', callId, 60_000),
      nextEvent(agent, 'sentiment.updated', callId, 60_000),
      nextEvent(supervisor, 'sentiment.updated', callId, 60_000),
    ]);
    expect(notifications).toEqual([{ callId, revision: 1, version: 0 }, { callId }, { callId }]);
    const served = await stored(callId, agentToken);
    expect(served.call.status).toBe('drafted');
    const { draft, sentiment } = served.journal;
    expect(draft.topic.key).toBe('bostadstillägg');
    expect(draft.topic.cues).toContainEqual({ cue: 'bostadstillägg', segmentIndex: 1 });
    const followUps = draft.sections.find((s) => s.key === 'followUp')!.sentences;
    expect(followUps).toContainEqual({
      text: 'Handläggaren ringer upp kunden den 15 april för att stämma av.',
      segmentIndexes: [6],
      followUp: { kind: 'callBack', dateText: 'den 15 april', dueDate: nextFifteenthOfApril(), preposition: 'on' },
    });
    expect(followUps.map((f) => f.followUp?.kind)).toContain('awaitDocument');
    expect(draft.text).toMatch(/^Ärende: Kundens bostadstillägg har slutat komma/);
    // The personnummer never reaches the draft: the caller's answer becomes a neutral line.
    expect(JSON.stringify(draft)).not.toContain('121212');
    expect(draft.sections.find((s) => s.key === 'callerSaid')!.sentences[0]).toEqual({
      text: 'Kunden uppgav sitt personnummer.',
      segmentIndexes: [2, 3],
    });

    const { caller, talk, alerts } = sentiment;
    expect(caller.start).toBeLessThan(0);
    expect(caller.end).toBeGreaterThan(0);
    expect(caller.improved).toBe(true);
    expect(alerts).toEqual([]);
    expect(talk!.bySpeaker.map((s) => s.speaker).sort()).toEqual(['agent', 'caller']);
    expect(talk!.bySpeaker.reduce((sum, s) => sum + s.share, 0)).toBeCloseTo(1, 2);
    expect(talk!.interruptions).toBe(1);
    expect(talk!.silenceShare).toBeGreaterThan(0);
    // The supervisor reads the same sentiment.
    expect((await stored(callId, supervisorToken)).journal.sentiment).toEqual(sentiment);
    expect(await stack.streamCount(Streams.journal.name, 'journal.drafted')).toBeGreaterThanOrEqual(1);
    expect(await stack.streamCount(Streams.journal.name, 'sentiment.updated')).toBeGreaterThanOrEqual(1);

    // The journal service logged the outcome, and nothing the caller said.
    const log = stack.services.get('journal')!.process.output();
    expect(log).toContain('topic bostadstillägg');
    expect(log).not.toMatch(/121212|upprörd|hyresavtal/);
  });

  it('alerts the supervisor when the caller ends strongly negative', async () => {
    const accepted = await upload(stack.url('ingest'), {
      audio,
      transcript: new Blob([WORSENING.map((t) => `${t.speaker}: ${t.text}`).join('\n')]),
      agentId: 'anna',
      idempotencyKey: 'journal-worsening',
    });
    const callId = accepted.body['callId'] as string;
    await nextEvent(supervisor, 'sentiment.updated', callId, 60_000);
    const { call, journal } = await stored(callId, supervisorToken);
    expect(call.agentId).toBe('anna');
    expect(journal.sentiment.caller.improved).toBe(false);
    // The learned alert model (libs/sentiment alert-model.ts) agrees with the rules here.
    expect(journal.sentiment.alerts.map((a) => a.kind).sort()).toEqual(['callerEndsNegative', 'callerSoundsAngry', 'callerTrendFalling']);
    // A plain-text sidecar has no times, so there is no talk-time split.
    expect(journal.sentiment.talk).toBeNull();
    const db = await stack.db();
    const entry = await waitFor('the stored draft', () => db.collection('journal_entries').findOne({ _id: callId as never }));
    expect(entry?.['draft']).toMatchObject({ topic: { key: 'utbetalning och skatt' }, summarizer: 'extractive' });
  });
});
