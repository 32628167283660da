import type { DraftSection, JournalDraft, Transcript } from '@samtal/contracts';

const TITLES = {
  sv: { reason: 'Ärende', callerSaid: 'Den som ringde uppgav', agentActions: 'Information och åtgärder', followUp: 'Uppföljning' },
  en: { reason: 'Reason for the call', callerSaid: 'The caller said', agentActions: 'Information given and actions taken', followUp: 'Follow-up' },
} as const;

/**
 * A pass-through draft: the redacted utterances sorted into the journal's sections by
 * speaker. The summariser proper replaces this.
 */
export function draftJournal(transcript: Transcript): JournalDraft {
  const titles = TITLES[transcript.language];
  const bySpeaker = (speaker: string) =>
    transcript.segments
      .filter((s) => s.speaker === speaker && s.text)
      .map((s) => ({ text: s.text, segmentIndexes: [s.index] }));
  const callerSaid = bySpeaker('caller');
  const sections: DraftSection[] = [
    { key: 'reason', title: titles.reason, sentences: callerSaid.slice(0, 1) },
    { key: 'callerSaid', title: titles.callerSaid, sentences: callerSaid },
    { key: 'agentActions', title: titles.agentActions, sentences: bySpeaker('agent') },
    { key: 'followUp', title: titles.followUp, sentences: [] },
  ];
  return { language: transcript.language, topic: 'other', sections, text: renderDraft(sections), summarizer: 'passthrough' };
}

export function renderDraft(sections: DraftSection[]): string {
  return sections
    .filter((s) => s.sentences.length > 0)
    .map((s) => `${s.title}:\n${s.sentences.map((x) => `- ${x.text}`).join('\n')}`)
    .join('\n\n');
}
