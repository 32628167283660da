export * from './schemas.js';
export * from './repositories.js';
export * from './audio.store.js';
export * from './store.module.js';
