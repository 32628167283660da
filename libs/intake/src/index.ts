export * from './intake.config.js';
export * from './intake.service.js';
export * from './outbox.js';
export * from './intake.module.js';
export * from './source-auth.guard.js';
export * from './storage-busy.js';
