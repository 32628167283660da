export * from './drafting.worker.js';
export * from './drafting.module.js';
export * from './drafting.config.js';
