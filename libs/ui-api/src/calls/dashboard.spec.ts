import type { Call, JournalEntry } from '@samtal/store';
import { describe, expect, it } from 'vitest';
import { buildDashboard } from './dashboard.js';

const at = new Date('2026-11-30T09:15:00Z');
const call = (id: string, status: Call['status']) => ({ _id: id, agentId: 'anna', status, createdAt: at }) as unknown as Call;
const entry = (id: string, end = -0.5, level: 'ok' | 'low' | 'unknown' = 'unknown', alerts: { kind: string }[] = []) =>
  ({
    _id: id,
    revision: 1,
    draft: { topic: { key: 'bostadstillagg' }, text: 'Ämne: Bostadstillägg' },
    sentiment: { call: -0.2, caller: { end }, alerts },
    transcriptQuality: { level, meanConfidence: null, lowShare: null },
  }) as unknown as JournalEntry;

describe('buildDashboard', () => {
  it('counts only drafted and approved calls in its figures; failed and unfinished calls apart', () => {
    const calls = [call('a', 'drafted'), call('b', 'approved'), call('c', 'failed'), call('d', 'received'), call('e', 'transcribed')];
    const dashboard = buildDashboard(calls, [entry('a'), entry('b')], { from: new Date('2026-11-30T09:00:00Z'), to: new Date('2026-11-30T10:00:00Z') });
    expect(dashboard).toMatchObject({ calls: 2, pending: 2, failed: 1 });
    expect(dashboard.topics).toEqual([{ topic: 'bostadstillagg', calls: 2 }]);
    expect(dashboard.agents).toEqual([expect.objectContaining({ agentId: 'anna', calls: 2 })]);
    expect(dashboard.callsPerHour).toEqual([{ hour: '2026-11-30T09:00:00.000Z', calls: 2 }]);
  });

  it('leaves low-quality calls out of the sentiment figures (points, averages, alerts) and says how many', () => {
    const calls = [call('a', 'drafted'), call('b', 'drafted'), call('c', 'approved')];
    const entries = [entry('a', 0.4, 'ok'), entry('b', -0.9, 'low', [{ kind: 'negative_end' }]), entry('c', 0.2, 'unknown')];
    const dashboard = buildDashboard(calls, entries, { from: new Date('2026-11-30T09:00:00Z'), to: new Date('2026-11-30T10:00:00Z') });
    expect(dashboard.calls).toBe(3);
    expect(dashboard.lowQualityCalls).toBe(1);
    expect(dashboard.callerSentiment.map((p) => p.callId).sort()).toEqual(['a', 'c']);
    expect(dashboard.agents).toEqual([expect.objectContaining({ agentId: 'anna', calls: 3, averageCallerSentiment: 0.3 })]);
    expect(dashboard.alerts).toEqual([]);
  });
});
