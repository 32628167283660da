import { describe, expect, it } from 'vitest';
import { CallSummarySchema, SentimentDashboardSchema } from './api.js';
import { AlertSchema, ServerEvents } from './socket.js';
import { journalEditSchema } from './ui.js';

describe('UI contracts', () => {
  it('an edit names a topic of the taxonomy, nothing else', () => {
    const schema = journalEditSchema(['bostadstillägg', 'other']);
    expect(schema.parse({ text: 'Kunden ringde.', topic: 'bostadstillägg', baseVersion: 0 })).toEqual({ text: 'Kunden ringde.', topic: 'bostadstillägg', baseVersion: 0 });
    for (const topic of ['<img src=x onerror=alert(1)>', 'Bostadstillägg', 'bostadstillägg ', '']) {
      const result = schema.safeParse({ text: 'Kunden ringde.', topic, baseVersion: 0 });
      expect(result.success, topic).toBe(false);
    }
    expect(schema.safeParse({ text: 'x', topic: 'other', baseVersion: 0, extra: 1 }).success).toBe(false);
  });

  it('socket events carry ids, statuses and small metadata, and refuse content', () => {
    const callId = crypto.randomUUID();
    expect(ServerEvents['call.updated'].parse({ callId, status: 'failed', stage: 'drafting', reason: 'Error: boom' })).toEqual({
      callId,
      status: 'failed',
      stage: 'drafting',
      reason: 'Error: boom',
    });
    expect(ServerEvents['journal.updated'].parse({ callId, revision: 2, version: 0 })).toEqual({ callId, revision: 2, version: 0 });
    expect(ServerEvents['journal.updated'].safeParse({ callId, revision: 1, version: 0, draft: { text: 'Ring 0900 …' } }).success).toBe(false);
    expect(ServerEvents['call.updated'].safeParse({ callId: 'not-a-uuid', status: 'drafted' }).success).toBe(false);
    expect(ServerEvents['call.progress'].safeParse({ callId, stage: 'transcription', percent: 140 }).success).toBe(false);
    expect(AlertSchema.parse({ kind: 'stageFailed', callId, agentId: 'anna', stage: 'drafting' }).kind).toBe('stageFailed');
    expect(AlertSchema.safeParse({ kind: 'sentiment', callId, agentId: 'anna', alerts: [] }).success).toBe(false);
  });

  it('REST shapes: times as ISO strings, an undrafted topic as null', () => {
    const now = new Date().toISOString();
    const summary = {
      id: crypto.randomUUID(),
      agentId: 'anna',
      agentName: 'Anna Andersson',
      status: 'failed',
      language: 'sv',
      durationMs: 1200,
      channels: 2,
      transcriptSource: 'asr',
      replays: 0,
      topic: null,
      hasRedactedAudio: false,
      redactedAudio: { state: 'none', reason: 'failed' },
      transcriptQuality: 'unknown',
      queuePosition: null,
      failure: { stage: 'drafting', reason: 'Error: boom', attempts: 3, at: now },
      createdAt: now,
      updatedAt: now,
    };
    expect(CallSummarySchema.parse(summary)).toEqual(summary);
    expect(CallSummarySchema.safeParse({ ...summary, createdAt: new Date() }).success).toBe(false);
    const dashboard = SentimentDashboardSchema.parse({
      from: now,
      to: now,
      calls: 1,
      pending: 0,
      failed: 0,
      lowQualityCalls: 0,
      callsPerHour: [],
      topics: [{ topic: null, calls: 1 }],
      callerSentiment: [],
      agents: [{ agentId: 'anna', agentName: null, calls: 1, averageCallerSentiment: null }],
      alerts: [],
    });
    expect(dashboard.topics[0]?.topic).toBeNull();
    // A recording that will not exist says why; one being made or ready needs no reason.
    expect(CallSummarySchema.safeParse({ ...summary, redactedAudio: { state: 'none' } }).success).toBe(false);
    expect(CallSummarySchema.parse({ ...summary, redactedAudio: { state: 'pending' } }).redactedAudio).toEqual({ state: 'pending' });
  });
});
