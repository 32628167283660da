import { describe, expect, it } from 'vitest';
import { call, one } from './testing/dialogues.js';

/**
 * The review of round 86, in sentences of our own: round 86's keep of a university named by its word first
 * (`universityFirst`) kept a person's name said after it ("Universität Bonn Klaus Weber") and a street after it; it was
 * dropped (fails closed). These guard that a name or an address beside a university is redacted.
 */
describe('review of round 86: a name or an address after a university named word-first is redacted', () => {
  it('redacts a person said right after the university', () => {
    expect(one('en', 'I was told by University of Leeds Anna Berg that it is fine.')).not.toContain('Berg');
    expect(one('sv', 'Jag pratade med Universität Bonn Klaus Weber om bidraget.')).not.toContain('Weber');
  });
  it('redacts a street said after the university', () => {
    expect(one('en', 'My room is at Universität Bonn dorm, Endenicher Allee 3.')).not.toContain('Allee 3');
  });
  it('redacts a name said again after the university in a call', () => {
    const lines = call('en', 'caller: My name is Jan de Vries.', 'caller: I study at Universiteit Leiden Jan de Vries, sorry, at Leiden.');
    expect(lines[1]).not.toContain('Vries');
  });
});
