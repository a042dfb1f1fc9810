import { defineConfig } from 'vitest/config';

// The bundler checks (npm run test:bundles): every browser entry and full client through esbuild
// (browser, neutral), webpack 5 and Vite, from the built packages. Builds run one at a time.
export default defineConfig({
  test: {
    root: new URL('.', import.meta.url).pathname,
    include: ['check-bundles.test.ts'],
    environment: 'node',
    fileParallelism: false,
    testTimeout: 60_000,
  },
});
