export * from './tools.js';
export * from './run.js';
export * from './probe.js';
export * from './mask.js';
export * from './wav.js';
export * from './normalise.js';
export * from './speech.js';
export * from './silero.js';
