export * from './processes.js';
export * from './speech.js';
