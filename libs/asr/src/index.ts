export * from './engine.js';
export * from './language.js';
export * from './sidecar.js';
