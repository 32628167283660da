import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'calls',
    include: ['src/**/*.spec.ts'],
    passWithNoTests: true,
  },
});
