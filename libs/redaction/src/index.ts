export * from './dialogue.js';
export * from './entities.js';
export * from './redact.js';
export * from './time-spans.js';
export * from './leak-scan.js';
