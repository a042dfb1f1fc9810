import { defineConfig } from 'vitest/config';

// Node-side tests: they start the example server and drive Debian's Chromium with playwright-core,
// and check the browser bundles. CHROMIUM_PATH overrides /usr/bin/chromium; no browser is downloaded.
export default defineConfig({
  test: { include: ['test-browser/**/*.test.ts'], environment: 'node', testTimeout: 60_000, hookTimeout: 60_000 },
});
