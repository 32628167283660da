import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Events, createEvent, deadLetterSubject, parseEvent, ContractViolation } from './index.js';

const callId = '3f1c2b9a-6d3e-4c1b-9f2a-1b2c3d4e5f60';
const received = {
  agentId: 'agent-1',
  language: 'sv' as const,
  audio: { durationMs: 1000, channels: 2, sampleRate: 8000, codec: 'pcm_mulaw', container: 'wav', fileId: 'f', filename: 'a.wav', sizeBytes: 16000 },
  channelMap: { left: 'agent' as const, right: 'caller' as const },
  transcriptSource: 'asr' as const,
};

describe('event contracts', () => {
  it('journal.drafted and sentiment.updated carry ids only: no text can ride on them, whatever the call', () => {
    const drafted = createEvent(Events.journalDrafted, callId, { agentId: 'agent-1', revision: 3 });
    expect(JSON.stringify(drafted).length).toBeLessThan(1_000);
    expect(() => parseEvent('journal.drafted', { ...drafted, data: { ...drafted.data, draft: { text: 'Ärende: …' } } })).toThrow(ContractViolation);
    const sentiment = createEvent(Events.sentimentUpdated, callId, { agentId: 'agent-1', revision: 3 });
    expect(() => parseEvent('sentiment.updated', { ...sentiment, data: { ...sentiment.data, sentiment: { call: 0 } } })).toThrow(ContractViolation);
  });

  it('round-trips a valid event through createEvent and parseEvent', () => {
    const event = createEvent(Events.callReceived, callId, received);
    expect(parseEvent('calls.received', JSON.parse(JSON.stringify(event)))).toEqual(event);
  });

  it('derives the same id from the same key, and different ids from different keys', () => {
    const a = createEvent(Events.callReceived, callId, received, `received:${callId}:0`);
    const b = createEvent(Events.callReceived, callId, received, `received:${callId}:0`);
    const c = createEvent(Events.callReceived, callId, received, `received:${callId}:1`);
    expect(a.id).toBe(b.id);
    expect(c.id).not.toBe(a.id);
    expect(createEvent(Events.callReceived, callId, received).id).not.toBe(createEvent(Events.callReceived, callId, received).id);
  });

  it('rejects an event on the wrong subject, an unknown version and invalid data', () => {
    const event = createEvent(Events.callReceived, callId, received);
    expect(() => parseEvent('calls.transcribed', event)).toThrow(ContractViolation);
    expect(() => parseEvent('calls.received', { ...event, version: 99 })).toThrow(/version: 99 is not supported/);
    expect(() => parseEvent('calls.received', { ...event, data: { ...received, channelMap: { left: 'nobody' } } })).toThrow(
      /channelMap.left: invalid_value/,
    );
  });

  it('a transcription progress event carries ids and a percentage only', () => {
    const event = createEvent(Events.transcriptionProgress, callId, { agentId: 'agent-1', percent: 35, replays: 0 });
    expect(parseEvent('transcription.progress', JSON.parse(JSON.stringify(event)))).toEqual(event);
    expect(() => createEvent(Events.transcriptionProgress, callId, { agentId: 'agent-1', percent: 101, replays: 0 })).toThrow(ContractViolation);
    expect(() => parseEvent('transcription.progress', { ...event, data: { ...event.data, text: 'hej' } })).not.toThrow();
  });

  it('refuses to build an event whose data breaks its schema', () => {
    expect(() => createEvent(Events.callReceived, callId, { ...received, agentId: '' })).toThrow(ContractViolation);
  });

  it('names what is wrong without echoing the values, which may be personal data', () => {
    const secret = '811218-9876';
    try {
      parseEvent('calls.received', { ...createEvent(Events.callReceived, callId, received), data: { ...received, language: secret } });
      expect.unreachable();
    } catch (err) {
      expect(err).toBeInstanceOf(ContractViolation);
      expect((err as Error).message).toContain('language: invalid_value');
      expect((err as Error).message).not.toContain(secret);
    }
  });

  it('documents every subject in the README', () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    for (const def of Object.values(Events)) {
      expect(readme, def.subject).toContain(`\`${def.subject}\``);
      if (def.subject.startsWith('calls.r') || def.subject === 'calls.transcribed') {
        expect(readme).toContain(`\`${deadLetterSubject(def.subject)}\``);
      }
    }
  });
});
