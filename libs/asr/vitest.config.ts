import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'asr',
    include: ['src/**/*.spec.ts', 'eval/**/*.spec.ts'],
    passWithNoTests: true,
    // whisper.cpp and ffmpeg run for real; the machine may be busy.
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
