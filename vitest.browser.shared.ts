import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';

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
 * msw's worker served from the package's `public/`. Tests import `@conduit/<id>/browser` by name, so
 * they run the built dist through `exports`.
 */
export function defineBrowserTestConfig() {
  return defineConfig({
    publicDir: 'public', // serves /mockServiceWorker.js
    test: {
      include: ['test-browser/**/*.test.ts'],
      testTimeout: 30_000,
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
