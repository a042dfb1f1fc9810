import { APITimeoutError, ConduitError, MemoryRateLimitStore, parseRetryAfter } from '@conduit/core';
import { createScriptixClient } from '@conduit/scriptix';
import { scriptixTestKey } from '@conduit/testing/scriptix';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type FaultServer, startFaultServer } from './support/fault-server.js';
import { inTimeZone } from './support/time-zone.js';

// Regressions for bugs this suite found in @conduit/core (each failed before its fix).

let server: FaultServer;
const sessions = JSON.stringify({ result: [], count: 0, total_results: 0 });

beforeAll(async () => {
  server = await startFaultServer({
    upstream: async () => ({ status: 200, headers: new Headers({ 'content-type': 'application/json' }), body: Buffer.from(sessions) }),
    decide: () => ({ kind: 'pass' }),
    stallMs: 1500,
  });
});

afterAll(async () => {
  await server?.close();
});

const client = () =>
  createScriptixClient({ apiKey: scriptixTestKey, baseUrl: `${server.url}/scriptix`, timeout: 150, deadline: 400, maxRetries: 0 });

describe('a 2xx body that is not declared as JSON is read inside the attempt', () => {
  it('a connection reset inside a text/plain 2xx body is a ConduitError ', async () => {
    server.setDecide(() => ({ kind: 'reset-mid-body', variant: 'text' }));
    const error = await client()
      .sessions.listPage()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(ConduitError.isInstance(error), String(error)).toBe(true);
  });

  it('a stalled text/plain 2xx body ends at the 400 ms deadline', async () => {
    // The body stalls for 1.5 s, then completes: a client that ignored its deadline would return data.
    // No wall-clock bound: the typed timeout is the proof that the deadline (or the 150 ms attempt timer) ended it.
    server.setDecide(() => ({ kind: 'stall-body', variant: 'text' }));
    const error = await client()
      .sessions.listPage()
      .then(
        () => undefined,
        (caught: unknown) => caught,
      );
    expect(APITimeoutError.isInstance(error), String(error)).toBe(true);
  });
});

describe('a spent budget with no known window refills from later answers', () => {
  it('after remaining 0 (no reset header), an answer saying 9 remain lets the next requests go at once', () => {
    const store = new MemoryRateLimitStore();
    const start = 1_700_000_000_000;
    store.update('genai:default:key', { limit: 10, remaining: 0, observedAt: start });
    store.update('genai:default:key', { limit: 10, remaining: 9, observedAt: start + 5000 });
    const waits = [0, 1, 2, 3].map((offset) => store.reserve('genai:default:key', start + 5000 + offset));
    expect(waits).toEqual([0, 0, 0, 0]);
  });
});

describe('the asctime form of an HTTP date is GMT', () => {
  it('Retry-After "Sun Nov  6 08:49:37 1994" means 08:49:37 GMT on a host in New York too', () => {
    const now = Date.UTC(1994, 10, 6, 8, 0, 0);
    const waits = inTimeZone('America/New_York', () => parseRetryAfter('Sun Nov  6 08:49:37 1994', now));
    expect(waits).toBe(49 * 60_000 + 37_000);
  });
});
