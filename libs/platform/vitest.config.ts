import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'platform',
    include: ['src/**/*.spec.ts'],
    passWithNoTests: true,
  },
});
