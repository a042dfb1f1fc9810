import { getEventListeners } from 'node:events';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { APITimeoutError, type Middleware, RequestAbortedError, type Sleep } from '@conduit/core';
import { createGenAIClient } from '@conduit/genai';
import { describe, expect, it } from 'vitest';

// Long-run leak check (issue 15): N calls through ONE client, a deterministic mix of 2xx, 429 with
// a Retry-After hint (retried after a fake sleep), per-attempt timeouts and caller aborts. Heap (after
// a full GC), listeners on the client's shared signal and active timers must be as flat at 100 % of
// the calls as at 10 %. 20,000 calls by default; CONDUIT_LONG=1 makes it 200,000.
const calls = process.env.CONDUIT_LONG ? 200_000 : 20_000;
const inFlight = 32;
/** Full-GC heap may move this much between the two samples without counting as a leak (one call leaking 100 bytes at 200k calls is 19 MB). */
const heapSlackBytes = 6 * 1024 * 1024;

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

type Kind = 'ok' | 'limited' | 'timeout' | 'abort';
const kindOf = (index: number): Kind => {
  const slot = index % 50;
  return slot === 1 ? 'limited' : slot === 2 ? 'timeout' : slot === 3 ? 'abort' : 'ok';
};
const body = JSON.stringify({ data: [{ id: 'gpt-4', name: 'GPT-4' }] });

/** An in-memory server: answers by the `x-leak-kind` header; a timeout or abort case waits for its signal. */
const memoryFetch = (async (_input: string | URL | Request, init?: RequestInit) => {
  const headers = new Headers(init?.headers);
  const kind = headers.get('x-leak-kind') as Kind;
  if (kind === 'limited' && headers.get('x-conduit-retry-count') === '0') {
    return new Response('{"error":{"code":"RATE_LIMIT_EXCEEDED","message":"slow down"}}', {
      status: 429,
      headers: { 'content-type': 'application/json', 'retry-after': '1' },
    });
  }
  if (kind === 'timeout' || kind === 'abort') {
    const signal = init?.signal ?? undefined;
    return new Promise<Response>((_resolve, reject) => {
      signal?.addEventListener('abort', () => reject(signal.reason), { once: true });
    });
  }
  return new Response(body, { status: 200, headers: { 'content-type': 'application/json' } });
}) as typeof fetch;

interface Sample {
  heapUsed: number;
  sharedListeners: number;
  timers: number;
}

/**
 * Full GC, then let finalization callbacks run (they are tasks after a GC: on Node 24 the
 * FinalizationRegistry cells of released objects are dropped only then), then GC again.
 */
async function sample(shared: AbortSignal): Promise<Sample> {
  for (let round = 0; round < 3; round++) {
    collectGarbage();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  collectGarbage();
  return {
    heapUsed: process.memoryUsage().heapUsed,
    sharedListeners: getEventListeners(shared, 'abort').length,
    timers: process.getActiveResourcesInfo().filter((resource) => resource === 'Timeout').length,
  };
}

describe(`long run: ${calls} calls through one client`, () => {
  it('keeps heap, shared-signal listeners and timers flat between 10 % and 100 % of the calls', async () => {
    const shared = new AbortController();
    // A fake clock that sleeps advance, so limiter waits and retry hints cost no real time.
    const sleeps: number[] = [];
    let fakeNow = Date.UTC(2030, 0, 1);
    const fakeSleep: Sleep = async (ms) => {
      sleeps.push(ms);
      fakeNow += ms;
    };
    let events = 0;
    let hintedRetries = 0;
    const observer: Middleware = {
      name: 'count',
      onEvent: (event) => {
        events++;
        if (event.type === 'retry' && event.reason === 'retry-after' && event.delayMs === 1000) {
          hintedRetries++;
        }
      },
    };
    const client = createGenAIClient({
      apiKey: 'genai-leak-check-key-0001',
      baseUrl: 'https://genai.test/v1',
      fetch: memoryFetch,
      sleep: fakeSleep,
      now: () => fakeNow,
      timeout: 2,
      maxRetries: 1,
      signal: shared.signal,
      middleware: [observer],
    });
    const outcomes = { ok: 0, timeouts: 0, aborts: 0, other: 0 };
    const one = async (index: number) => {
      const kind = kindOf(index);
      const controller = kind === 'abort' ? new AbortController() : undefined;
      if (controller) {
        setTimeout(() => controller.abort(), 0);
      }
      try {
        await client.api.GET('/models', { headers: { 'x-leak-kind': kind }, signal: controller?.signal });
        outcomes.ok++;
      } catch (error) {
        if (APITimeoutError.isInstance(error)) {
          outcomes.timeouts++;
        } else if (RequestAbortedError.isInstance(error)) {
          outcomes.aborts++;
        } else {
          outcomes.other++;
        }
      }
    };
    const samples: Sample[] = [];
    for (let start = 0; start < calls; start += inFlight) {
      await Promise.all(Array.from({ length: Math.min(inFlight, calls - start) }, (_, offset) => one(start + offset)));
      if (start + inFlight === Math.ceil(calls / 10 / inFlight) * inFlight) {
        samples.push(await sample(shared.signal));
      }
    }
    samples.push(await sample(shared.signal));
    const [tenth, end] = samples as [Sample, Sample];

    // The mix really happened: every kind of call, all settled, none with an unexpected error.
    const per = calls / 50;
    expect(outcomes).toEqual({ ok: calls - 2 * per, timeouts: per, aborts: per, other: 0 });
    expect(client.transport.stats.rateLimited).toBe(per);
    // Every 429 was retried after its Retry-After (other sleeps are limiter waits of the concurrent calls).
    expect(hintedRetries).toBe(per);
    expect(sleeps.filter((ms) => ms === 1000).length).toBeGreaterThanOrEqual(per);
    expect(events).toBeGreaterThanOrEqual(2 * calls);

    expect(end.sharedListeners).toBe(tenth.sharedListeners);
    expect(end.sharedListeners).toBeLessThanOrEqual(1);
    expect(end.timers).toBeLessThanOrEqual(tenth.timers + 2);
    expect(end.heapUsed - tenth.heapUsed).toBeLessThan(heapSlackBytes);
  });
});
