import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseLexicon, swedishLexicon } from './lexicon.js';

const libRoot = fileURLToPath(new URL('..', import.meta.url));
const shared = process.env['SAMTAL_SHARED'] ?? fileURLToPath(new URL('../../../../shared', import.meta.url));

describe('Swedish lexicon', () => {
  it('is lower case, one score per entry, within the AFINN scale', () => {
    const lexicon = swedishLexicon();
    expect(lexicon.size).toBeGreaterThan(3000);
    for (const [word, score] of lexicon) {
      expect(word).toBe(word.toLowerCase());
      expect(Math.abs(score)).toBeLessThanOrEqual(5);
    }
  });

  it('holds both sources and Samtal corrections, and no English leftovers', () => {
    const lexicon = swedishLexicon();
    expect(lexicon.get('upprörd')).toBeLessThan(0); // AFINN-sv and Sentimentlex
    expect(lexicon.get('luguber')).toBeLessThan(0); // Sentimentlex only
    expect(lexicon.get('som')).toBe(0); // corrected: "like" mistranslated
    expect(lexicon.has('bamboozles')).toBe(false);
    expect(lexicon.has('adore')).toBe(false);
  });

  it('reads a later list over an earlier one and rejects malformed lines', () => {
    const merged = parseLexicon('# comment\nbra\t1\n', parseLexicon('bra\t3\ndålig\t-2\n'));
    expect([...merged]).toEqual([
      ['bra', 1],
      ['dålig', -2],
    ]);
    expect(() => parseLexicon('bra three')).toThrow(/bad lexicon line/);
  });

  it.skipIf(!existsSync(`${shared}/lex/afinn`))('is what scripts/build-lexicon.ts makes from ../shared', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/build-lexicon.ts', '--check'], {
      cwd: libRoot,
      env: { ...process.env, SAMTAL_SHARED: shared },
      encoding: 'utf8',
    });
    expect(out).toMatch(/up to date/);
  });
});
