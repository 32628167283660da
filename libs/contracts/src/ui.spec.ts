import { describe, expect, it } from 'vitest';
import { UiNotificationSchema, journalEditSchema } from './ui.js';

describe('UI contracts', () => {
  it('an edit names a topic of the taxonomy, nothing else', () => {
    const schema = journalEditSchema(['bostadstillägg', 'other']);
    expect(schema.parse({ text: 'Kunden ringde.', topic: 'bostadstillägg', baseVersion: 0 })).toEqual({ text: 'Kunden ringde.', topic: 'bostadstillägg', baseVersion: 0 });
    for (const topic of ['<img src=x onerror=alert(1)>', 'Bostadstillägg', 'bostadstillägg ', '']) {
      const result = schema.safeParse({ text: 'Kunden ringde.', topic, baseVersion: 0 });
      expect(result.success, topic).toBe(false);
    }
    expect(schema.safeParse({ text: 'x', topic: 'other', baseVersion: 0, extra: 1 }).success).toBe(false);
  });

  it('a notification carries ids and statuses, and refuses content', () => {
    const callId = crypto.randomUUID();
    expect(UiNotificationSchema.parse({ callId, status: 'drafted', revision: 2 })).toEqual({ callId, status: 'drafted', revision: 2 });
    expect(UiNotificationSchema.safeParse({ callId, draft: { text: 'Ring 0900 …' } }).success).toBe(false);
    expect(UiNotificationSchema.safeParse({ callId: 'not-a-uuid' }).success).toBe(false);
  });
});
