import { setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import { takeMockViolations } from '../../../src/kernel/validation-defaults.js';
import type { ProviderProfile } from '../../../src/scenarios/provider-profile.js';

/** A minimal provider profile on `baseUrl` (`{ code, message }` error bodies, no rate-limit headers). */
export function kernelTestProfile(baseUrl: string, extra: Partial<ProviderProfile> = {}): ProviderProfile {
  return {
    id: 'genai',
    baseUrl,
    errorBody: (_status, code, message) => ({ code, message }),
    expiredKeyCode: 'expired',
    rateLimitCode: 'slow_down',
    rateLimitHeaders: () => ({}),
    ...extra,
  };
}

/**
 * An msw server for the file's tests: listening, reset after each test, closed after all. The
 * violations these tests provoke on purpose are asserted on the kernel, so the process-wide list
 * the strict setup checks is emptied after each test.
 */
export function useKernelServer() {
  const server = setupServer();
  beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
  afterEach(() => {
    server.resetHandlers();
    takeMockViolations();
  });
  afterAll(() => server.close());
  return server;
}
