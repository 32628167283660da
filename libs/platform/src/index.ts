export * from './config.js';
export * from './json-logger.js';
export * from './health.module.js';
export * from './zod-validation.pipe.js';
export * from './bootstrap.js';
export * from './platform.module.js';
export * from './storage-unavailable.filter.js';
export * from './security-headers.js';
