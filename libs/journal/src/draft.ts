import { JournalDraftSchema, parseWith, type JournalDraft, type Transcript } from '@samtal/contracts';
import { withBenefitCorrections } from './benefit-corrections.js';
import { extractDraft, type DraftContent } from './extractive.js';
import { renderDraft, titledSections } from './render.js';
import { withShorthandAmounts } from './shorthand.js';
import { defaultTaxonomy, type Taxonomy } from './taxonomy.js';
import type { TopicModel } from './topic-model.js';

export interface DraftJournalOptions {
  /** The call's date (YYYY-MM-DD), for dates such as "på fredag". */
  callDate: string;
  /** Topics to choose from; the built-in pensions taxonomy when absent. */
  taxonomy?: Taxonomy;
  /** The learned topic model (topic-model.ts): the shipped one when absent; false for the rules alone. */
  topicModel?: TopicModel | false;
}

/** Titles, renders and validates the content of a draft. */
export function assembleDraft(transcript: Transcript, callDate: string, content: DraftContent, summarizer: string): JournalDraft {
  const sections = titledSections(transcript.language, content.sections, content.callerFor);
  return parseWith(
    JournalDraftSchema,
    {
      language: transcript.language,
      callDate,
      topic: content.topic,
      sections,
      text: renderDraft(transcript.language, content.topic, sections),
      summarizer,
    },
    'journal draft',
  );
}

/** The default draft: extractive and rule-based, offline, no model. */
export function draftJournal(transcript: Transcript, options: DraftJournalOptions): JournalDraft {
  const taxonomy = options.taxonomy ?? defaultTaxonomy();
  const content = extractDraft(withBenefitCorrections(withShorthandAmounts(transcript), taxonomy), {
    callDate: options.callDate,
    taxonomy,
    topicModel: options.topicModel,
  });
  return assembleDraft(transcript, options.callDate, content, 'extractive');
}
