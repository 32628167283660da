export * from './retention.config.js';
export * from './retention.job.js';
export * from './retention.module.js';
