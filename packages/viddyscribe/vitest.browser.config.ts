import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
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

// Tests import `@conduit/viddyscribe/browser` by name, so they run the built dist through `exports`.
// Until package.json lists `./browser`, the name resolves to that same built file.
const manifest = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { exports: Record<string, unknown> };
const alias: Record<string, string> = manifest.exports['./browser']
  ? {}
  : { '@conduit/viddyscribe/browser': fileURLToPath(new URL('./dist/browser.js', import.meta.url)) };

export default defineConfig({
  publicDir: 'public', // serves /mockServiceWorker.js
  resolve: { alias },
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
