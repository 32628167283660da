export * from './draft.js';
export * from './render.js';
export * from './taxonomy.js';
export { callDateOf, findDates, type DatePhrase } from './dates.js';
export { extractDraft, type DraftContent, type ExtractOptions } from './extractive.js';
export { toThirdPerson } from './register.js';
export { draftJournalWithLlm, RejectedLlmDraft, type LlmDraftOptions, type LlmSummarizer } from './llm.js';
export { assessTranscript, DEFAULT_QUALITY_THRESHOLDS, markUncertain, uncertainWordSpans } from './quality.js';
export { decideTopic, parseTopicModel, shippedTopicModel, MODEL_FLOOR, type TopicModel } from './topic-model.js';
