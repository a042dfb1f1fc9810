import { defineConfig } from 'vitest/config';

// The quick soak runs all its 1,500 planned calls (no time budget); `CONDUIT_SOAK=long` (12,000 calls)
// and `CONDUIT_LONG` (10,000 runs per property) take far longer.
const long = process.env.CONDUIT_SOAK === 'long' || Boolean(process.env.CONDUIT_LONG);

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Every provider mock validates requests and responses against its spec; a violation fails the test.
    setupFiles: ['@conduit/testing/strict'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: long ? 3_600_000 : 120_000,
    hookTimeout: 60_000,
  },
});
