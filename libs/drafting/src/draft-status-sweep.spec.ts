import 'reflect-metadata';
import { ScheduleModule } from '@nestjs/schedule';
import { Test, type TestingModule } from '@nestjs/testing';
import { callTranscribedKey, eventIdFor } from '@samtal/contracts';
import { CallsRepository, JournalRepository, StoreModule, type NewCall } from '@samtal/store';
import { startFerretDb, type FerretDb } from '@samtal/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DRAFTING_CONFIG, DraftStatusSweep } from './index.js';

const draft = { language: 'sv' as const, callDate: '2026-12-07', topic: { key: 'other', label: 'Övrigt', cues: [] }, sections: [], text: 'Ärende: okänt', summarizer: 'test' };

describe('the draft status sweep against FerretDB', () => {
  let ferret: FerretDb;
  let moduleRef: TestingModule;
  let calls: CallsRepository;
  let journal: JournalRepository;

  beforeAll(async () => {
    ferret = await startFerretDb();
    moduleRef = await Test.createTestingModule({
      imports: [StoreModule.forRootAsync({ useFactory: () => ({ uri: ferret.url }) }), ScheduleModule.forRoot()],
      // The interval is the service's; the test calls the sweep itself.
      providers: [DraftStatusSweep, { provide: DRAFTING_CONFIG, useValue: { statusSweepMs: 3_600_000 } }],
    }).compile();
    await moduleRef.init();
    calls = moduleRef.get(CallsRepository);
    journal = moduleRef.get(JournalRepository);
  });

  afterAll(async () => {
    await moduleRef?.close();
    await ferret?.stop();
  });

  /** A call transcribed at `pass`, with a draft stored from the `calls.transcribed` of `draftedPass` (none when undefined). */
  async function transcribedCall(pass: number, draftedPass?: number): Promise<string> {
    const id = crypto.randomUUID();
    const call: NewCall = {
      _id: id,
      idempotencyKey: id,
      agentId: 'agent-1',
      language: 'sv',
      audio: { fileId: `${id}.audio`, filename: 'a.wav', sizeBytes: 10, durationMs: 1000, channels: 2, sampleRate: 8000, codec: 'pcm_alaw', container: 'wav' },
      channelMap: { left: 'agent', right: 'caller' },
      transcriptSource: 'sidecar',
    };
    await calls.createOnce(call);
    for (let replay = 1; replay <= pass; replay++) await calls.startReplay(id);
    if (draftedPass !== undefined) {
      await journal.saveDraft({ callId: id, agentId: 'agent-1', sourceEventId: eventIdFor(callTranscribedKey(id, draftedPass)), draft, dialogue: [] });
    }
    expect(await calls.setTranscriptionStatus(id, 'transcribed', pass)).toBe(true);
    return id;
  }

  const statusOf = async (id: string) => (await calls.findById(id))?.status;
  const inAMinute = () => new Date(Date.now() + 60_000);

  it("sets a call's status to drafted when the draft of its own pass is stored (a late transcription write had overwritten it)", async () => {
    const sweep = moduleRef.get(DraftStatusSweep);
    const lost = await transcribedCall(0, 0);
    const waiting = await transcribedCall(0);
    const replayed = await transcribedCall(1, 0);

    expect(await sweep.sweep(inAMinute())).toBe(1);
    expect(await statusOf(lost)).toBe('drafted');
    // No draft yet: the drafting service's own consumer drafts it.
    expect(await statusOf(waiting)).toBe('transcribed');
    // The stored draft is of the pass before the replay: the replay's drafting writes the status.
    expect(await statusOf(replayed)).toBe('transcribed');
  });

  it('writes approved for an approved entry, and leaves a call that has not waited long enough', async () => {
    const sweep = moduleRef.get(DraftStatusSweep);
    const approved = await transcribedCall(0, 0);
    await journal.recordHumanVersion(approved, { text: 'Ärende: okänt', topic: 'other', version: 1, author: 'agent-1', at: new Date() }, { version: 1, by: 'agent-1', at: new Date() });
    const recent = await transcribedCall(0, 0);

    // Only calls at their status since before a moment before both were stored.
    expect(await sweep.sweep(new Date(Date.now() - 60_000))).toBe(0);
    expect(await statusOf(recent)).toBe('transcribed');

    await sweep.sweep(inAMinute());
    expect(await statusOf(approved)).toBe('approved');
    expect(await statusOf(recent)).toBe('drafted');
  });
});
