import { FollowUpKindSchema, LanguageSchema } from '@samtal/contracts';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { defaultTaxonomy } from './taxonomy.js';

const CallSchema = z.strictObject({
  id: z.string(),
  language: LanguageSchema,
  callDate: z.iso.date(),
  transcript: z.array(z.string().regex(/^(agent|caller): \S/)).min(4),
  reference: z.strictObject({
    topic: z.string(),
    reason: z.string().min(1),
    callerSaid: z.array(z.string()),
    agentActions: z.array(z.string()),
    followUps: z.array(
      z.strictObject({
        kind: FollowUpKindSchema,
        dueDate: z.iso.date().optional(),
        text: z.string().min(1),
      }),
    ),
  }),
});

const read = (file: string) => z.array(CallSchema).parse(JSON.parse(readFileSync(new URL(`../eval/${file}`, import.meta.url), 'utf8')));

describe('the journal evaluation set', () => {
  const calls = ['calls-sv.json', 'calls-en.json', 'calls-heldout.json'].flatMap(read);

  it('has at least 30 calls in Swedish and English, each with a unique id', () => {
    expect(calls.length).toBeGreaterThanOrEqual(30);
    expect(calls.filter((c) => c.language === 'sv').length).toBeGreaterThanOrEqual(15);
    expect(calls.filter((c) => c.language === 'en').length).toBeGreaterThanOrEqual(10);
    expect(new Set(calls.map((c) => c.id)).size).toBe(calls.length);
  });

  it('uses topics of the default taxonomy, every one of them', () => {
    const keys = [...defaultTaxonomy().topics.map((t) => t.key), 'other'];
    for (const call of calls) expect(keys).toContain(call.reference.topic);
    expect(new Set(calls.map((c) => c.reference.topic)).size).toBe(keys.length);
  });
});
