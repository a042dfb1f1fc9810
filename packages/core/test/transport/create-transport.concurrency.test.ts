import { describe, expect, it } from 'vitest';
import { none } from '../../src/auth/none.js';
import { createTransport } from '../../src/transport/create-transport.js';

describe('maxConcurrency', () => {
  it('never has more than 2 fetches in flight and still completes every call', async () => {
    let inFlight = 0;
    let peak = 0;
    const waiting: Array<() => void> = [];
    const fetch = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight--;
      return new Response('{}', { headers: { 'content-type': 'application/json' } });
    };
    const transport = createTransport({ provider: 'test', auth: none(), fetch: fetch as typeof globalThis.fetch, maxConcurrency: 2 });
    const calls = Array.from({ length: 7 }, (_, index) => transport(`https://a.test/${index}`));
    let settled = 0;
    for (const call of calls) {
      void call.then(() => settled++);
    }
    // Release pending fetches one at a time, letting queued calls start in between.
    while (settled < calls.length) {
      await new Promise((resolve) => setImmediate(resolve));
      expect(inFlight).toBeLessThanOrEqual(2);
      waiting.shift()?.();
    }
    await Promise.all(calls);
    expect(peak).toBe(2);
  });

  it('without maxConcurrency sends them all at once', async () => {
    let inFlight = 0;
    let peak = 0;
    const waiting: Array<() => void> = [];
    const fetch = async () => {
      inFlight++;
      peak = Math.max(peak, inFlight);
      await new Promise<void>((resolve) => waiting.push(resolve));
      inFlight--;
      return new Response(null, { status: 204 });
    };
    const transport = createTransport({ provider: 'test', auth: none(), fetch: fetch as typeof globalThis.fetch });
    const calls = Array.from({ length: 5 }, (_, index) => transport(`https://a.test/${index}`));
    await new Promise((resolve) => setImmediate(resolve));
    expect(peak).toBe(5);
    for (const resolve of waiting.splice(0)) {
      resolve();
    }
    await Promise.all(calls);
  });
});

describe('maxConcurrency and abort', () => {
  it('a call aborted while it waits for admission does not wait for a busy slot', async () => {
    let releaseFirst: (() => void) | undefined;
    const fetch = async () => {
      await new Promise<void>((resolve) => {
        releaseFirst = resolve;
      });
      return new Response(null, { status: 204 });
    };
    const controller = new AbortController();
    let reserves = 0;
    const store = {
      // The second call's reservation takes a round trip (a shared store), during which the caller aborts.
      reserve: async () => {
        reserves++;
        if (reserves === 2) {
          controller.abort(new Error('caller gave up'));
        }
        return 0;
      },
      update: () => {},
    };
    const transport = createTransport({
      provider: 'test',
      auth: none(),
      fetch: fetch as typeof globalThis.fetch,
      maxConcurrency: 1,
      rateLimitStore: store,
    });
    const first = transport('https://a.test/slow');
    await new Promise((resolve) => setImmediate(resolve));
    const second = transport.with({ signal: controller.signal })('https://a.test/aborted');
    const outcome = await Promise.race([
      second.then(
        () => 'resolved',
        (error: unknown) => (error as Error).name,
      ),
      new Promise((resolve) => setTimeout(() => resolve('still waiting'), 50)),
    ]);
    expect(outcome).toBe('RequestAbortedError');
    releaseFirst?.();
    await first;
  });
});
