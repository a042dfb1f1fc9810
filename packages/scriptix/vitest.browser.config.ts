import { mergeConfig } from 'vitest/config';
import { defineBrowserTestConfig } from '../../vitest.browser.shared.js';

// The realtime case needs a WebSocket server, which only Node can run: a `ws` server from globalSetup.
export default mergeConfig(defineBrowserTestConfig(), { test: { globalSetup: ['test-browser/scriptix-realtime-global-setup.ts'] } });
