import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { coverageFor } from '../../vitest.coverage.js';

// Tests run the sources: `#platform` is the Node build here (test/platform covers the web build directly).
const nodePlatform = fileURLToPath(new URL('./src/platform/node.ts', import.meta.url));

export default defineConfig({
  resolve: { alias: { '#platform': nodePlatform } },
  test: {
    coverage: coverageFor(),
    include: ['test/**/*.test.ts'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
