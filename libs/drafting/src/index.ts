export * from './drafting.worker.js';
export * from './draft-status-sweep.js';
export * from './drafting.module.js';
export * from './redacted-audio.js';
export * from './drafting.config.js';
export * from './redaction-rerun.js';
