import { defineConfig } from 'vitest/config';
import { coverageFor } from '../../vitest.coverage.js';

export default defineConfig({
  test: {
    coverage: coverageFor(),
    include: ['test/**/*.test.ts'],
    setupFiles: ['@conduit/testing/strict'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
