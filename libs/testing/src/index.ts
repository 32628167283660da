export * from './processes.js';
export * from './speech.js';
export * from './whisper.js';
