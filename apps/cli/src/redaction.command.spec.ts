import { runSamtal, startFerretDb, type FerretDb } from '@samtal/testing';
import mongoose from 'mongoose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const samtal = runSamtal;

/** What an older Samtal stored: its rules let the sample call's personnummer through ("ärende" kept it). */
const leakedEntry = {
  _id: 'call-leaked',
  agentId: 'anna',
  revision: 1,
  sourceEventId: 'e1',
  draft: { language: 'sv', summarizer: 'extractive', topic: { key: 'other' }, text: 'Kunden uppgav 121212-1212.', sections: [] },
  dialogue: [
    // Recognition marks: kept where the text stays, word offsets dropped where re-redaction changes the text.
    { index: 0, speaker: 'agent', text: 'Kan jag få ditt personnummer så tittar jag på ditt ärende?', confidence: 0.45, uncertain: true, uncertainWords: [{ start: 0, end: 3 }] },
    { index: 1, speaker: 'caller', text: 'Ja, det är 121212-1212.', confidence: 0.9, uncertain: false, uncertainWords: [{ start: 11, end: 22 }] },
  ],
  sentiment: { alerts: [] },
  edited: { text: 'Kunden uppgav 121212-1212 och ringer igen.', topic: 'other', version: 1, author: 'anna', at: new Date() },
  createdAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-01T10:00:00Z'),
};

describe('samtal redaction rerun, against FerretDB', () => {
  let ferret: FerretDb;
  let env: Record<string, string>;
  let db: mongoose.mongo.Db;

  beforeAll(async () => {
    ferret = await startFerretDb();
    env = { MONGO_URL: ferret.url };
    db = (await mongoose.createConnection(ferret.url).asPromise()).db!;
    await db.collection('journal_entries').insertOne(leakedEntry as never);
    await db.collection('journal_versions').insertOne({ _id: 'call-leaked:1', callId: 'call-leaked', version: 1, kind: 'edit', author: 'anna', at: new Date(), text: 'Kunden uppgav 121212-1212 och ringer igen.', topic: 'other', draftRevision: 1, changes: '+Kunden uppgav 121212-1212 och ringer igen.' } as never);
  });
  afterAll(async () => ferret?.stop());

  it('re-redacts stored dialogues, drafts, edits and versions with the current rules, and says how many', async () => {
    const since = await samtal(['redaction', 'rerun', '--since', '2026-11-02'], env);
    expect(since.output).toContain('0 entries read');

    const run = await samtal(['redaction', 'rerun'], env);
    expect(run.code).toBe(0);
    expect(run.output).toContain('1 entries read, 1 re-redacted, 1 agents\' versions re-redacted');
    expect(run.output).not.toContain('1212');

    const stored = JSON.stringify([await db.collection('journal_entries').findOne({ _id: 'call-leaked' as never }), await db.collection('journal_versions').find().toArray()]);
    expect(stored).not.toContain('1212');
    expect(stored).toContain('Ja, det är [PERSONNUMMER].');
    expect(stored).toContain('Kunden uppgav [PERSONNUMMER] och ringer igen.');
    const dialogue = (await db.collection('journal_entries').findOne({ _id: 'call-leaked' as never }))!['dialogue'] as unknown[];
    expect(dialogue).toEqual([
      { index: 0, speaker: 'agent', text: 'Kan jag få ditt personnummer så tittar jag på ditt ärende?', confidence: 0.45, uncertain: true, uncertainWords: [{ start: 0, end: 3 }] },
      { index: 1, speaker: 'caller', text: 'Ja, det är [PERSONNUMMER].', confidence: 0.9, uncertain: false },
    ]);

    expect((await samtal(['redaction', 'rerun'], env)).output).toContain('1 entries read, 0 re-redacted, 0 agents\' versions re-redacted');
  });

  it('refuses a --since that is no date', async () => {
    const bad = await samtal(['redaction', 'rerun', '--since', 'yesterday'], env);
    expect(bad.code).toBe(1);
    expect(bad.output).toContain('--since must be a date');
  });
});
