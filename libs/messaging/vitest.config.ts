import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'messaging',
    include: ['src/**/*.spec.ts'],
    passWithNoTests: true,
  },
});
