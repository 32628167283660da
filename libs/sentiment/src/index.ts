export * from './utterance.js';
export * from './call.js';
export * from './talk.js';
export { parseLexicon, swedishLexicon, englishLexicon, type Lexicon } from './lexicon.js';
export * from './alert-model.js';
