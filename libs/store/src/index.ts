export * from './schemas.js';
export * from './repositories.js';
export * from './audio.store.js';
export * from './store.module.js';
export * from './access.schemas.js';
export * from './access.repositories.js';
export * from './sources.js';
