export * from './tools.js';
export * from './run.js';
export * from './probe.js';
export * from './mask.js';
