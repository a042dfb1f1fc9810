import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: { include: ['test/**/*.test.ts'], setupFiles: ['@conduit/testing/strict'], environment: 'node', testTimeout: 60_000 },
});
