export * from './entities.js';
export * from './redact.js';
