import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: import.meta.dirname,
  test: {
    name: 'messaging',
    include: ['src/**/*.spec.ts'],
    // Integration tests against a real nats-server: redelivery waits for ack timeouts.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
