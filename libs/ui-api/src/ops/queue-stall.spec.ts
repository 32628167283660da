import { describe, expect, it } from 'vitest';
import { QueueStallRule, type QueueSample } from './queue-stall.js';

const t0 = new Date('2026-11-30T12:00:00Z');
const after = (ms: number) => new Date(t0.getTime() + ms);
const journal = (over: Partial<QueueSample> = {}): QueueSample => ({
  stream: 'SAMTAL_CALLS',
  consumer: 'journal',
  waiting: 2,
  inProgress: 0,
  delivered: 10,
  ackFloor: 10,
  ...over,
});

describe('QueueStallRule', () => {
  it('reports a queue with work waiting as stalled once it has not moved for the stall time, and only once', () => {
    const rule = new QueueStallRule(30_000);
    expect(rule.observe([journal()], t0)).toEqual([]);
    expect(rule.observe([journal()], after(29_999))).toEqual([]);
    expect(rule.stalledSince('journal')).toBeNull();
    const changes = rule.observe([journal()], after(30_000));
    expect(changes).toEqual([{ state: 'stalled', sample: journal(), since: t0 }]);
    expect(rule.stalledSince('journal')).toEqual(t0);
    expect(rule.observe([journal()], after(90_000))).toEqual([]);
    expect(rule.stalledSince('journal')).toEqual(t0);
  });

  it('does not count work in progress alone (a long recognition, nothing behind it); it does once work waits behind it', () => {
    const rule = new QueueStallRule(10_000);
    rule.observe([journal({ waiting: 0, inProgress: 1 })], t0);
    expect(rule.observe([journal({ waiting: 0, inProgress: 1 })], after(60_000))).toEqual([]);
    rule.observe([journal({ waiting: 2, inProgress: 1 })], after(61_000));
    expect(rule.observe([journal({ waiting: 2, inProgress: 1 })], after(71_000)).map((c) => c.state)).toEqual(['stalled']);
  });

  it('restarts the clock whenever the delivered or the acknowledged position moves', () => {
    const rule = new QueueStallRule(30_000);
    rule.observe([journal()], t0);
    expect(rule.observe([journal({ delivered: 11 })], after(20_000))).toEqual([]);
    // 40 s after the first look, but only 20 s after the last movement.
    expect(rule.observe([journal({ delivered: 11 })], after(40_000))).toEqual([]);
    expect(rule.observe([journal({ delivered: 11, ackFloor: 11 })], after(45_000))).toEqual([]);
    expect(rule.observe([journal({ delivered: 11, ackFloor: 11 })], after(74_999))).toEqual([]);
    expect(rule.observe([journal({ delivered: 11, ackFloor: 11 })], after(75_000))).toEqual([
      { state: 'stalled', sample: journal({ delivered: 11, ackFloor: 11 }), since: after(45_000) },
    ]);
  });

  it('never reports a queue with nothing to do, however long it stands still', () => {
    const rule = new QueueStallRule(1_000);
    const idle = journal({ waiting: 0, inProgress: 0 });
    rule.observe([idle], t0);
    expect(rule.observe([idle], after(3_600_000))).toEqual([]);
    expect(rule.stalledSince('journal')).toBeNull();
  });

  it('reports the recovery once a stalled queue moves again, or its work is gone', () => {
    const rule = new QueueStallRule(5_000);
    rule.observe([journal()], t0);
    rule.observe([journal()], after(5_000));
    expect(rule.observe([journal({ delivered: 12, waiting: 0, inProgress: 1 })], after(6_000))).toEqual([
      { state: 'recovered', sample: journal({ delivered: 12, waiting: 0, inProgress: 1 }), since: after(6_000) },
    ]);
    expect(rule.stalledSince('journal')).toBeNull();
    // It can stall again, and recover when its work is taken away (e.g. purged) without moving.
    rule.observe([journal({ delivered: 12, waiting: 1, inProgress: 1 })], after(7_000));
    rule.observe([journal({ delivered: 12, waiting: 1, inProgress: 1 })], after(12_000));
    expect(rule.stalledSince('journal')).toEqual(after(6_000));
    expect(rule.observe([journal({ delivered: 12, waiting: 0, inProgress: 1 })], after(13_000)).map((c) => c.state)).toEqual(['recovered']);
  });

  it('keeps each queue apart', () => {
    const rule = new QueueStallRule(5_000);
    const asr = journal({ consumer: 'asr', waiting: 1 });
    rule.observe([journal(), asr], t0);
    const changes = rule.observe([journal({ delivered: 11 }), asr], after(5_000));
    expect(changes.map((c) => [c.state, c.sample.consumer])).toEqual([['stalled', 'asr']]);
    expect(rule.stalledSince('journal')).toBeNull();
  });
});
