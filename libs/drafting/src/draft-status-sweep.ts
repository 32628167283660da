import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { SchedulerRegistry } from '@nestjs/schedule';
import { callTranscribedKey, eventIdFor } from '@samtal/contracts';
import { describeError } from '@samtal/messaging';
import { CallsRepository, JournalRepository } from '@samtal/store';
import { DRAFTING_CONFIG, type DraftingConfig } from './drafting.config.js';

/**
 * Mends a call whose draft of its current pass is stored while its status still waits for one.
 * The drafter stores the entry and then writes `drafted`; a second delivery of the same
 * `calls.received` (its ack lost while a NATS node died) may still be transcribing and write
 * `transcribed` after that. That write is conditional, but a store that applies a conditional
 * update as a read and a later whole-document write (FerretDB 1.x) can land it over `drafted`,
 * and its repeated announcement is a duplicate JetStream drops: nothing would move the call on.
 * The entry names the `calls.transcribed` it was drafted from, so the sweep knows the draft is
 * this pass's, and writes the status the drafter wrote.
 */
@Injectable()
export class DraftStatusSweep implements OnApplicationBootstrap {
  private readonly log = new Logger(DraftStatusSweep.name);
  private sweeping = false;

  constructor(
    private readonly calls: CallsRepository,
    private readonly journal: JournalRepository,
    private readonly scheduler: SchedulerRegistry,
    @Inject(DRAFTING_CONFIG) private readonly config: DraftingConfig,
  ) {}

  onApplicationBootstrap(): void {
    // @nestjs/schedule clears it on shutdown.
    this.scheduler.addInterval('draft-status-sweep', setInterval(() => void this.sweep(), this.config.statusSweepMs));
  }

  /** Returns how many calls it mended. */
  async sweep(olderThan = new Date(Date.now() - this.config.statusSweepMs)): Promise<number> {
    if (this.sweeping) return 0;
    this.sweeping = true;
    let mended = 0;
    try {
      for (const call of await this.calls.findAtStatusSince(['transcribing', 'transcribed'], olderThan)) {
        const entry = await this.journal.findByCallId(call._id);
        if (!entry || entry.sourceEventId !== eventIdFor(callTranscribedKey(call._id, call.replays))) continue;
        if (await this.calls.setDraftStatus(call._id, entry.approved ? 'approved' : 'drafted', call.replays)) mended++;
      }
      if (mended) this.log.warn(`${mended} drafted call(s) had lost their status to a late transcription write: set again`);
    } catch (err) {
      this.log.warn(`draft status sweep incomplete: ${describeError(err)}`);
    } finally {
      this.sweeping = false;
    }
    return mended;
  }
}
