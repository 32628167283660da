// The public face of redaction; the rules' internals (utterance analysis, merging) stay inside.
export { findDialogueEntities, redactDialogue, type Utterance } from './dialogue.js';
export * from './entities.js';
export { guardText, type GuardedText } from './leak-scan.js';
export { AGENCY_NUMBERS, DEFAULT_POLICY, applyPlaceholders, findEntities, redact, type RedactOptions, type RedactionPolicy, type RedactionResult } from './redact.js';
export * from './time-spans.js';
