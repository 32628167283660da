import type { DraftSection, DraftSectionKey, DraftSentence, DraftTopic, Language } from '@samtal/contracts';

export const SECTION_TITLES: Record<Language, Record<DraftSectionKey | 'topic', string>> = {
  sv: {
    reason: 'Ärende',
    topic: 'Ämne',
    callerSaid: 'Kunden uppgav',
    agentActions: 'Information och åtgärder',
    followUp: 'Uppföljning',
  },
  en: {
    reason: 'Reason for the call',
    topic: 'Topic',
    callerSaid: 'The caller said',
    agentActions: 'Information given and actions taken',
    followUp: 'Follow-up',
  },
};

const ORDER: DraftSectionKey[] = ['reason', 'callerSaid', 'agentActions', 'followUp'];

/** The sections in their fixed order, titled in the draft's language. */
export function titledSections(language: Language, content: Record<DraftSectionKey, DraftSentence[]>): DraftSection[] {
  return ORDER.map((key) => ({
    key,
    title: SECTION_TITLES[language][key],
    sentences: content[key],
  }));
}

const line = (s: DraftSentence) => `- ${s.text}${s.followUp?.dueDate ? ` (${s.followUp.dueDate})` : ''}`;

/**
 * The draft as plain text, as an agent pastes it into the case file:
 *   Ärende: … / Ämne: … / then each non-empty section as a titled list.
 */
export function renderDraft(language: Language, topic: DraftTopic, sections: DraftSection[]): string {
  const titles = SECTION_TITLES[language];
  const reason = sections
    .find((s) => s.key === 'reason')
    ?.sentences.map((s) => s.text)
    .join(' ');
  const head = [...(reason ? [`${titles.reason}: ${reason}`] : []), `${titles.topic}: ${topic.label}`].join('\n');
  const lists = sections
    .filter((s) => s.key !== 'reason' && s.sentences.length > 0)
    .map((s) => `${s.title}:\n${s.sentences.map(line).join('\n')}`);
  return [head, ...lists].join('\n\n');
}
