import { Injectable } from '@nestjs/common';
import type { DialogueTurn } from '@samtal/contracts';
import { guardUiFacing, redactTranscript } from '@samtal/pipeline';
import { redactDialogue } from '@samtal/redaction';
import { JournalRepository, JournalVersionsRepository, TranscriptsRepository, type JournalEntry } from '@samtal/store';

export interface RerunReport {
  entries: number;
  /** Entries whose draft, dialogue, sentiment or edited text changed. */
  changed: number;
  /** Agents' versions whose text changed. */
  versionsChanged: number;
}

/**
 * Re-redacts what is stored for the UI with the current rules, after a fix to redaction: the
 * dialogue is redacted again from the unredacted transcript where retention still keeps it (else
 * from the stored dialogue), and the draft, sentiment, the agent's edits and every version pass
 * the UI-facing guard. Drafts are not rewritten otherwise: an agent's work stays as it is.
 * Counts only are reported: the values stay out of every log.
 */
@Injectable()
export class RedactionRerun {
  constructor(
    private readonly journal: JournalRepository,
    private readonly versions: JournalVersionsRepository,
    private readonly transcripts: TranscriptsRepository,
  ) {}

  async run(options: { since?: Date; allowedNumbers?: readonly string[] } = {}): Promise<RerunReport> {
    const report: RerunReport = { entries: 0, changed: 0, versionsChanged: 0 };
    for (const entry of await this.journal.listChangedSince(options.since)) {
      report.entries++;
      const guard = { lang: entry.draft.language, allowedNumbers: options.allowedNumbers };
      const dialogue = guardUiFacing(await this.redactedDialogue(entry, options.allowedNumbers), guard);
      const shown = {
        draft: guardUiFacing(entry.draft, guard),
        dialogue,
        sentiment: guardUiFacing(entry.sentiment, guard),
        edited: guardUiFacing(entry.edited, guard),
      };
      if (JSON.stringify(shown) !== JSON.stringify({ draft: entry.draft, dialogue: entry.dialogue, sentiment: entry.sentiment, edited: entry.edited })) {
        await this.journal.rewriteRedacted(entry._id, shown);
        report.changed++;
      }
      for (const version of await this.versions.history(entry._id)) {
        const text = guardUiFacing(version.text, guard);
        const changes = guardUiFacing(version.changes, guard);
        if (text === version.text && changes === version.changes) continue;
        await this.versions.rewriteText(version._id, text, changes);
        report.versionsChanged++;
      }
    }
    return report;
  }

  private async redactedDialogue(entry: JournalEntry, allowedNumbers?: readonly string[]): Promise<DialogueTurn[]> {
    const transcript = await this.transcripts.get(entry._id);
    if (transcript) {
      const segments = redactTranscript(transcript, allowedNumbers).transcript.segments;
      return segments.map(({ index, speaker, startMs, endMs, text }, i) => keepMarks(entry.dialogue[i], { index, speaker, startMs, endMs, text }));
    }
    const again = redactDialogue(entry.dialogue, { lang: entry.draft.language, allowedNumbers });
    return entry.dialogue.map((turn, i) => keepMarks(turn, { ...turn, text: again[i]!.text }));
  }
}

/**
 * The stored turn's confidence marks on its re-redacted text: the word offsets only while the text
 * is unchanged (they point into it).
 */
function keepMarks(stored: DialogueTurn | undefined, turn: DialogueTurn): DialogueTurn {
  const { confidence, uncertain, uncertainWords, ...plain } = { ...stored, ...turn };
  if (confidence === undefined || stored?.confidence === undefined) return plain;
  return { ...plain, confidence, uncertain, ...(uncertainWords && stored.text === turn.text ? { uncertainWords } : {}) };
}
