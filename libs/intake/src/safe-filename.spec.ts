import { describe, expect, it } from 'vitest';
import { safeFilename } from './intake.service.js';

describe('uploaded file names', () => {
  it.each([
    ['samtal 2026-11-21.wav', 'samtal 2026-11-21.wav'],
    ['../../etc/passwd', 'passwd'],
    ['C:\\calls\\röst.mp3', 'röst.mp3'],
    ['a;rm -rf $HOME.wav', 'a_rm -rf _HOME.wav'],
    ['"quoted" `cmd`.ogg', '_quoted_ _cmd_.ogg'],
    ['..hidden', 'hidden'],
    ['', 'recording'],
    ['\u0000\u0007.wav', '__.wav'],
  ])('%j is kept as %j', (input, expected) => {
    expect(safeFilename(input)).toBe(expected);
  });

  it('caps the length', () => {
    expect(safeFilename(`${'a'.repeat(500)}.wav`)).toHaveLength(200);
  });
});
