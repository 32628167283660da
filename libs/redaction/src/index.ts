export * from './entities.js';
export * from './redact.js';
export * from './time-spans.js';
