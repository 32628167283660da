export * from './processes.js';
export * from './speech.js';
export * from './whisper.js';
export * from './nats-cluster.js';
export * from './netns.js';
