import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'journal',
    include: ['src/**/*.spec.ts'],
    passWithNoTests: true,
    // The first draft of a file loads the taxonomy and lexicons: slow on a busy CI machine.
    testTimeout: 30_000,
  },
});
