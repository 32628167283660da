export * from './transcription.worker.js';
export * from './transcription.module.js';
