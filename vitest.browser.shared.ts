import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { playwright } from '@vitest/browser-playwright';
import { defineConfig, type Plugin } from 'vitest/config';
import { coverageFor } from './vitest.coverage.js';

// msw's worker script, served straight from the installed msw so it always matches its version.
const mswWorker: Plugin = {
  name: 'conduit-msw-worker',
  configureServer(server) {
    const script = readFileSync(createRequire(import.meta.url).resolve('msw/mockServiceWorker.js'));
    server.middlewares.use('/mockServiceWorker.js', (_request, response) => {
      response.setHeader('content-type', 'text/javascript');
      response.end(script);
    });
  },
};

// Debian's Chromium (CHROMIUM_PATH overrides); never a downloaded browser.
const chromiumArgs = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

/**
 * The one vitest browser-mode config every provider's `./browser` tests use: Chromium from Debian,
 * msw's worker served at `/mockServiceWorker.js`. Tests import `@conduit/<id>/browser` by name, so
 * they run the built dist through `exports`.
 */
export function defineBrowserTestConfig() {
  return defineConfig({
    plugins: [mswWorker],
    test: {
      include: ['test-browser/**/*.test.ts'],
      testTimeout: 30_000,
      // Browser-only entries are covered here, in Chromium; the summary merges this with the Node run.
      coverage: { ...coverageFor(), reportsDirectory: 'coverage-browser' },
      browser: {
        enabled: true,
        headless: true,
        screenshotFailures: false,
        instances: [{ browser: 'chromium' }],
        provider: playwright({ launchOptions: { executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: chromiumArgs } }),
      },
    },
  });
}
