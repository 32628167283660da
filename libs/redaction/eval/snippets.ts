import { readFileSync } from 'node:fs';
import type { Language } from '@samtal/contracts';
import { ENTITY_TYPES, type EntityType, type RedactedEntity } from '../src/entities.js';

export interface LabelledSnippet {
  set: string;
  lang: Language;
  /** Line in its file, for reports. */
  line: number;
  text: string;
  gold: RedactedEntity[];
}

const MARK = /\{(\w+)\|([^{}]*)\}/g;

/**
 * Reads data/eval/<set>.<lang>.txt: one snippet a line, gold spans marked `{type|text}`. The set
 * `snippets` is the main one; `heldout` was written after the rules and is never tuned on.
 */
export function readSnippets(set: 'snippets' | 'heldout', lang: Language): LabelledSnippet[] {
  const file = new URL(`../data/eval/${set}.${lang}.txt`, import.meta.url);
  const snippets: LabelledSnippet[] = [];
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((raw, index) => {
      if (!raw.trim() || raw.startsWith('#')) return;
      let text = '';
      let at = 0;
      const gold: RedactedEntity[] = [];
      for (const m of raw.matchAll(MARK)) {
        const type = m[1] as EntityType;
        if (!ENTITY_TYPES.includes(type)) throw new Error(`${set}.${lang}.txt:${index + 1}: unknown type ${type}`);
        text += raw.slice(at, m.index);
        gold.push({ type, start: text.length, end: text.length + m[2]!.length });
        text += m[2];
        at = m.index + m[0].length;
      }
      text += raw.slice(at);
      if (/[{}]/.test(text)) throw new Error(`${set}.${lang}.txt:${index + 1}: unbalanced braces`);
      snippets.push({ set, lang, line: index + 1, text, gold });
    });
  return snippets;
}
