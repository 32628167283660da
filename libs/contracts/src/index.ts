export * from './transcript.js';
export * from './audio.js';
export * from './journal.js';
export * from './sentiment.js';
export * from './events.js';
export * from './validation.js';
export * from './ui.js';
export * from './call.js';
