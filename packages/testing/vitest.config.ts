import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { coverageFor } from '../../vitest.coverage.js';

const source = fileURLToPath(new URL('./src/', import.meta.url));

export default defineConfig({
  // This package's own tests run its source (not dist), so coverage measures src/.
  resolve: {
    alias: [
      { find: /^@conduit\/testing$/, replacement: `${source}index.ts` },
      { find: /^@conduit\/testing\/(.+)$/, replacement: `${source}$1.ts` },
    ],
  },
  test: {
    coverage: coverageFor(),
    include: ['test/**/*.test.ts'],
    setupFiles: ['@conduit/testing/strict'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
