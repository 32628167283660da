export * from './transcribe.js';
export * from './draft.js';
export * from './process.js';
