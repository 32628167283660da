import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'sentiment',
    include: ['src/**/*.spec.ts'],
    passWithNoTests: true,
    // The first test of a file builds the lexicons (a few seconds; more on a busy CI machine).
    testTimeout: 30_000,
  },
});
