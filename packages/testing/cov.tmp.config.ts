import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const source = fileURLToPath(new URL('./src/', import.meta.url));
const root = fileURLToPath(new URL('../', import.meta.url));

export default defineConfig({
  root,
  resolve: {
    alias: [
      { find: /^@conduit\/testing$/, replacement: `${source}index.ts` },
      { find: /^@conduit\/testing\/(.+)$/, replacement: `${source}$1.ts` },
    ],
  },
  test: {
    include: ['{testing,viddyscribe,hesedvid,scriptix,apivideo,genai}/test/**/*.test.ts'],
    setupFiles: ['@conduit/testing/strict'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 30_000,
    maxWorkers: 2,
    coverage: { provider: 'v8', include: ['testing/src/**'], reporter: ['json', 'text-summary'], reportsDirectory: '/tmp/cov' },
  },
});
