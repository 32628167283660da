import { guardText } from '@samtal/redaction';
import type { JournalEntry } from '@samtal/store';
import { describe, expect, it } from 'vitest';
import { journalView } from './views.js';

/** An entry the agent has edited: what the agent typed, as stored (personal data and all). */
function editedEntry(text: string): JournalEntry {
  const at = new Date('2026-12-07T10:00:00Z');
  return {
    _id: 'call-1',
    agentId: 'agent-1',
    revision: 1,
    sourceEventId: 'event-1',
    draft: { language: 'sv', text: 'Utkast.', topic: { key: 'other' } } as JournalEntry['draft'],
    dialogue: [],
    edited: { text, topic: 'other', version: 2, author: 'agent-1', at },
    createdAt: at,
    updatedAt: at,
  };
}

describe('journalView: the agent\'s edited note as others see it', () => {
  const typed = 'Kunden (811218-9876) hade en vinst på trehundrafyrtiotusen 2025. Ring 070-123 45 67.';

  it('the agent who wrote it sees it as typed', () => {
    expect(journalView(editedEntry(typed), { sub: 'agent-1', role: 'agent' }).edited?.text).toBe(typed);
  });

  it('a supervisor or another agent sees it through the same last scan as the draft (redaction, then the leak scan)', () => {
    for (const principal of [{ sub: 'sara', role: 'supervisor' as const, team: 'pension-1' }, { sub: 'agent-2', role: 'agent' as const }]) {
      const shown = journalView(editedEntry(typed), principal).edited?.text ?? '';
      expect(shown).toBe(guardText(typed, { lang: 'sv' }).text);
      expect(shown).not.toMatch(/9876|123 45 67/);
      // Redaction alone keeps the sum and the year apart; the leak scan reads them as one run of ten digits and removes it.
      expect(shown).not.toContain('trehundrafyrtiotusen 2025');
    }
  });
});
