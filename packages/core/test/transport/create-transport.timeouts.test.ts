import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { APITimeoutError } from '../../src/errors/api-timeout-error.js';
import { InternalServerError } from '../../src/errors/internal-server-error.js';
import { RequestAbortedError } from '../../src/errors/request-aborted-error.js';
import { createTransport } from '../../src/transport/create-transport.js';
import { createFakeClock } from '../helpers/fake-clock.js';
import { createFakeFetch, status } from '../helpers/fake-fetch.js';
import { startServer, type TestServer } from '../helpers/node-server.js';

let stalling: TestServer;
beforeAll(async () => {
  // Reads the request, then never answers: the headers stall.
  stalling = await startServer(() => {});
});
afterAll(async () => {
  await stalling.close();
});

/** A fetch that only ever settles by rejecting when its request's signal aborts. */
const hangingFetch = (async (input: Request | string | URL, init?: RequestInit) => {
  const request = input instanceof Request ? input : new Request(input, init);
  return new Promise<Response>((_resolve, reject) => {
    request.signal.addEventListener('abort', () => reject(request.signal.reason), { once: true });
  });
}) as typeof globalThis.fetch;

describe('per-attempt timeout (real server, tiny bounded timeouts)', () => {
  it('turns stalled headers into APITimeoutError after the timeout', async () => {
    const transport = createTransport({ provider: 'test', auth: none(), timeout: 50, maxRetries: 0 });
    const error = await transport(`${stalling.origin}/stall`).catch((caught: unknown) => caught);
    // No wall-clock bound: the message names the 50 ms timer that ended the attempt (the server never answers).
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as APITimeoutError).message).toContain('timed out after 50 ms');
    expect((error as APITimeoutError).retryable).toBe(true);
    expect(transport.stats.attempts).toBe(1);
  });

  it('retries a timed-out GET, each attempt with its own timeout', async () => {
    const clock = createFakeClock();
    const transport = createTransport({
      provider: 'test',
      auth: none(),
      timeout: 100,
      maxRetries: 1,
      sleep: clock.sleep,
      backoff: { random: () => 0.5 },
    });
    const error = await transport(`${stalling.origin}/stall-twice`).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as APITimeoutError).attempts).toBe(2);
    expect(clock.sleeps).toEqual([250]);
    expect(transport.stats).toMatchObject({ attempts: 2, retries: 1 });
  });

  it('a deadline shorter than the timeout ends the call with a non-retryable APITimeoutError', async () => {
    const transport = createTransport({ provider: 'test', auth: none(), timeout: 10_000, deadline: 60 });
    const error = await transport(`${stalling.origin}/deadline`).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as APITimeoutError).message).toContain('deadline');
    expect((error as APITimeoutError).retryable).toBe(false);
    expect(transport.stats.attempts).toBe(1);
  });
});

describe('overall deadline (fake clock)', () => {
  it('stops retrying when the next wait would pass the deadline', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(() => {
      clock.advance(600); // each attempt takes 600 ms of fake time
      return status(500);
    });
    const transport = createTransport({
      provider: 'test',
      auth: none(),
      fetch,
      now: clock.now,
      sleep: clock.sleep,
      maxRetries: 5,
      deadline: 1000,
      backoff: { random: () => 0.5 },
    });
    const error = await transport('https://a.test/x').catch((caught: unknown) => caught);
    expect(InternalServerError.isInstance(error)).toBe(true);
    // t=0 send, t=600 fail, sleep 250 (400 left), t=850 send, t=1450 fail: no time left, stop.
    expect(calls).toHaveLength(2);
    expect(clock.sleeps).toEqual([250]);
  });

  it('does not sleep through a server hint longer than what is left of the deadline', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(() => status(503, { 'retry-after': '5' }));
    const transport = createTransport({ provider: 'test', auth: none(), fetch, now: clock.now, sleep: clock.sleep, deadline: 4000 });
    await transport('https://a.test/x').catch(() => undefined);
    expect(calls).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
  });

  it('a per-call deadline overrides the transport one', async () => {
    const clock = createFakeClock();
    const { fetch, calls } = createFakeFetch(() => status(503, { 'retry-after': '5' }));
    const transport = createTransport({ provider: 'test', auth: none(), fetch, now: clock.now, sleep: clock.sleep, deadline: 4000 });
    await transport
      .with({ deadline: 30_000 })('https://a.test/x')
      .catch(() => undefined);
    expect(calls).toHaveLength(3);
    expect(clock.sleeps).toEqual([5000, 5000]);
  });
});

describe('caller abort', () => {
  it('aborting during a retry sleep rejects with RequestAbortedError at once, without waiting the sleep out', async () => {
    const controller = new AbortController();
    const { fetch, calls } = createFakeFetch(() => status(503));
    const requested: number[] = [];
    // A sleep that never ends by itself: only the caller's signal can end it (no wall clock involved).
    const sleep = (ms: number, signal?: AbortSignal) =>
      new Promise<void>((_resolve, reject) => {
        requested.push(ms);
        signal?.addEventListener('abort', () => reject(new RequestAbortedError(undefined, { cause: signal.reason })), { once: true });
        controller.abort(new Error('user cancelled'));
      });
    const transport = createTransport({
      provider: 'test',
      auth: none(),
      fetch,
      sleep,
      backoff: { baseDelayMs: 60_000, maxDelayMs: 60_000, random: () => 0.999 },
    });
    const error = await transport
      .with({ signal: controller.signal })('https://a.test/x')
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(calls).toHaveLength(1);
    expect(requested).toHaveLength(1);
    expect(requested[0]).toBeGreaterThan(50_000);
  });

  it('an already-aborted signal sends nothing', async () => {
    const { fetch, calls } = createFakeFetch(() => status(200));
    const transport = createTransport({ provider: 'test', auth: none(), fetch });
    const error = await transport
      .with({ signal: AbortSignal.abort() })('https://a.test/x')
      .catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(calls).toHaveLength(0);
  });

  it('aborting while the request is in flight gives RequestAbortedError and no retry', async () => {
    let sent = 0;
    const fetch = (async (input: Request | string | URL, init?: RequestInit) => {
      sent++;
      return hangingFetch(input, init);
    }) as typeof globalThis.fetch;
    const controller = new AbortController();
    const transport = createTransport({ provider: 'test', auth: none(), fetch });
    const pending = transport.with({ signal: controller.signal })('https://a.test/x');
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort(new Error('stop'));
    const error = await pending.catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(sent).toBe(1);
  });

  it('the signal given to fetch (init.signal, as openapi-fetch passes it) aborts the call', async () => {
    const transport = createTransport({ provider: 'test', auth: none(), fetch: hangingFetch });
    const controller = new AbortController();
    const pending = transport('https://a.test/x', { signal: controller.signal });
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    expect(RequestAbortedError.isInstance(await pending.catch((caught: unknown) => caught))).toBe(true);
  });

  it("the transport's own signal aborts every call", async () => {
    const controller = new AbortController();
    const transport = createTransport({ provider: 'test', auth: none(), fetch: hangingFetch, signal: controller.signal });
    const pending = [transport('https://a.test/1'), transport('https://a.test/2')];
    await new Promise((resolve) => setImmediate(resolve));
    controller.abort();
    const errors = await Promise.all(pending.map((call) => call.catch((caught: unknown) => caught)));
    expect(errors.every((error) => RequestAbortedError.isInstance(error))).toBe(true);
  });
});
