import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 15_000,
    // Starts redis-server unless REDIS_PORT names a running one (CI); fails when neither is possible.
    globalSetup: ['test/global-setup.ts'],
  },
});
