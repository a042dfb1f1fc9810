import { describe, expect, it } from 'vitest';
import { apiKeyHeader } from '../../../src/auth/api-key-header.js';
import { none } from '../../../src/auth/none.js';
import { APIConnectionError } from '../../../src/errors/api-connection-error.js';
import { APITimeoutError } from '../../../src/errors/api-timeout-error.js';
import { MemoryRateLimitStore } from '../../../src/rate-limit/memory-rate-limit-store.js';
import { attemptSignalStep } from '../../../src/transport/steps/attempt-signal-step.js';
import { authStep } from '../../../src/transport/steps/auth-step.js';
import { classifyStep } from '../../../src/transport/steps/classify-step.js';
import { concurrencyStep } from '../../../src/transport/steps/concurrency-step.js';
import { headersStep } from '../../../src/transport/steps/headers-step.js';
import { observeRateLimitStep } from '../../../src/transport/steps/observe-rate-limit-step.js';
import { createTransportRuntime } from '../../../src/transport/transport-runtime.js';
import { answering, stepHarness } from './step-harness.js';

describe('headers and auth steps', () => {
  it('headers: a fresh set per attempt with defaults under the request, user agent and the attempt count', async () => {
    const request = new Request('https://api.example.com/x', { headers: { 'x-mine': '1', 'x-default': 'mine' } });
    const { run, state } = stepHarness(
      headersStep,
      { headers: { 'x-default': 'client', 'x-extra': 'e' }, userAgent: 'conduit-test/1' },
      {},
      request,
    );
    state.attempt = 3;
    await run(answering());
    expect(Object.fromEntries(state.headers ?? [])).toMatchObject({
      'x-mine': '1',
      'x-default': 'mine',
      'x-extra': 'e',
      'user-agent': 'conduit-test/1',
      'x-conduit-retry-count': '2',
    });
    expect(request.headers.has('x-conduit-retry-count')).toBe(false);
  });

  it('auth: a synchronous strategy hands back next() itself (no await)', () => {
    const { run, state } = stepHarness(authStep, { auth: apiKeyHeader('X-Api-Key')('hv_live_authsteptest000000000001') });
    const answer = Promise.resolve(new Response());
    expect(run(() => answer)).toBe(answer);
    expect(state.headers?.get('x-api-key')).toBe('hv_live_authsteptest000000000001');
  });

  it('headers: hands back next() itself', () => {
    const { run } = stepHarness(headersStep);
    const answer = Promise.resolve(new Response());
    expect(run(() => answer)).toBe(answer);
  });
});

describe('classify step', () => {
  it('turns a refused connection into APIConnectionError and marks it as not sent', async () => {
    const { run, state } = stepHarness(classifyStep);
    const refused = Object.assign(new TypeError('fetch failed'), { cause: { code: 'ECONNREFUSED' } });
    const error = await run(async () => {
      throw refused;
    }).catch((caught: unknown) => caught);
    expect(APIConnectionError.isInstance(error)).toBe(true);
    expect((error as Error).cause).toBe(refused);
    expect(state.notSent).toBe(true);
  });

  it('names a timeout by why the attempt signal fired', async () => {
    const outer = stepHarness(attemptSignalStep, { timeout: 1 });
    const classify = classifyStep.create(outer.runtime);
    const hanging = async () =>
      new Promise<Response>((_resolve, reject) =>
        outer.state.attemptSignal?.signal.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const error = await outer.run((state) => classify?.(hanging)(state) ?? hanging()).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as Error).message).toContain('timed out after 1 ms');
  });
});

describe('attemptSignal and concurrency steps', () => {
  it('refuses an attempt once the deadline has passed, without calling next', async () => {
    let now = 0;
    const { run } = stepHarness(attemptSignalStep, { deadline: 100, now: () => now });
    now = 150;
    const next = answering();
    const error = await run(next).catch((caught: unknown) => caught);
    expect(APITimeoutError.isInstance(error)).toBe(true);
    expect((error as APITimeoutError).retryable).toBe(false);
    expect(next.seen).toBe(0);
  });

  it('disposes the attempt signal once the attempt is over (its timer no longer fires)', async () => {
    const { run, state } = stepHarness(attemptSignalStep, { timeout: 5 });
    await run(answering());
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(state.attemptSignal?.signal.aborted).toBe(false);
  });

  it('concurrency is left out without maxConcurrency', () => {
    expect(concurrencyStep.create(createTransportRuntime({ provider: 'test', auth: none() }))).toBeUndefined();
    expect(concurrencyStep.create(createTransportRuntime({ provider: 'test', auth: none(), maxConcurrency: 2 }))).toBeTypeOf('function');
  });
});

describe('observeRateLimit step', () => {
  it("updates the store and remembers the bucket's last state from an answer with headers", async () => {
    const store = new MemoryRateLimitStore();
    const updates: string[] = [];
    const recording = { reserve: store.reserve.bind(store), update: (key: string) => void updates.push(key) };
    const { run, state, runtime } = stepHarness(observeRateLimitStep, { rateLimitStore: recording });
    await run(answering(() => new Response('{}', { headers: { 'x-ratelimit-remaining': '9' } })));
    expect(updates).toEqual([state.limiterKey]);
    expect(runtime.lastRateLimit.get(state.limiterKey)?.remaining).toBe(9);
    expect(state.rateLimit?.remaining).toBe(9);
  });

  it('leaves the store alone when the answer carries no rate-limit header', async () => {
    const updates: string[] = [];
    const { run } = stepHarness(observeRateLimitStep, { rateLimitStore: { reserve: () => 0, update: (key) => void updates.push(key) } });
    await run(answering());
    expect(updates).toEqual([]);
  });
});
