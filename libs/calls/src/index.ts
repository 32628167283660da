export * from './call-queue.js';
export * from './calls.module.js';
