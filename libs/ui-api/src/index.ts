export * from './ui-api.config.js';
export * from './principal.js';
export * from './token.service.js';
export * from './auth.guard.js';
export * from './live.gateway.js';
export * from './ui-api.module.js';
export * from './sized-io.adapter.js';
