import { describe, expect, it } from 'vitest';
import { storedFilename } from './intake.service.js';

describe('the name a recording is stored under', () => {
  it.each([
    ['samtal 2026-11-21.wav', 'recording.wav'],
    ['0701234567_Anna_Svensson.MP3', 'recording.mp3'],
    ['../../etc/passwd', 'recording'],
    ['C:\\calls\\röst.ogg', 'recording.ogg'],
    ['a;rm -rf $HOME.wav', 'recording.wav'],
    ['`cmd`.flac', 'recording.flac'],
    ['call.wav;touch x', 'recording'],
    ['', 'recording'],
    ['\u0000\u0007.wav', 'recording.wav'],
    ['archive.tar.verylongextension', 'recording'],
  ])('%j is stored as %j: the extension at most, never the name', (input, expected) => {
    expect(storedFilename(input)).toBe(expected);
  });
});
