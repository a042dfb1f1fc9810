import { readFileSync } from 'node:fs';
import { defineConfig } from 'vitest/config';
import { coverageFor } from '../../vitest.coverage.js';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  // The same stamp tsup puts in the build, so `conduit --version` is tested with the real version.
  define: { __PACKAGE_VERSION__: JSON.stringify(version) },
  test: {
    coverage: coverageFor(),
    include: ['test/**/*.test.ts'],
    setupFiles: ['@conduit/testing/strict'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 15_000,
  },
});
