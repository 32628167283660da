import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'store',
    include: ['src/**/*.spec.ts'],
    // Integration tests against a real FerretDB.
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
