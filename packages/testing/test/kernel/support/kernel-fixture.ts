import { genAIOperations } from '@conduit/specs/genai';
import { genAIDocument } from '@conduit/specs/genai/document';
import { HttpResponse } from 'msw';
import { type SetupServer, setupServer } from 'msw/node';
import { afterAll, afterEach, beforeAll } from 'vitest';
import {
  createMockKernel,
  type MockKernel,
  type MockKernelOptions,
  type MockRouteHandler,
} from '../../../src/kernel/create-mock-kernel.js';
import { createRateLimitWindows, type RateLimitWindows } from '../../../src/kernel/rate-limit-windows.js';
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

/**
 * A kernel on GenAI's table, served by `server`: any `authorization` header is the credential (a
 * 401 without one), `limit` requests per window and bucket, `generate` echoes its body; `handlers`
 * add or replace routes and `options` add kernel options (given the windows).
 */
export function genaiTestKernel(
  server: SetupServer,
  profile: ProviderProfile,
  handlers: Record<string, MockRouteHandler> = {},
  options: { limit?: number; extra?: (windows: RateLimitWindows) => Partial<MockKernelOptions> } = {},
): MockKernel {
  const limit = options.limit ?? 10;
  const windows = createRateLimitWindows(() => ({ models: limit, generate: limit }), 60_000);
  const kernel = createMockKernel({
    table: genAIOperations,
    document: genAIDocument,
    baseUrl: profile.baseUrl,
    profile,
    authenticate: (request) => request.headers.get('authorization') ?? HttpResponse.json({ code: 'no_key' }, { status: 401 }),
    takeWindow: (key, bucket, now) => windows.take(key, bucket, now),
    ...options.extra?.(windows),
  });
  server.use(...kernel.routes({ generate: ({ body }) => HttpResponse.json({ echoed: body }), ...handlers }));
  return kernel;
}
