export * from './transcription.config.js';
export * from './speech-recogniser.js';
export * from './transcription.worker.js';
export * from './transcription.module.js';
