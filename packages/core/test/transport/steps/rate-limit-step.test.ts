import { describe, expect, it } from 'vitest';
import { RateLimitError } from '../../../src/errors/rate-limit-error.js';
import type { TransportEvent } from '../../../src/transport/middleware.js';
import { rateLimitStep } from '../../../src/transport/steps/rate-limit-step.js';
import type { RateLimitContext } from '../../../src/transport/transport-options.js';
import { createFakeClock } from '../../helpers/fake-clock.js';
import { answering, stepHarness } from './step-harness.js';

function store(wait: number | Promise<number>) {
  const reserved: string[] = [];
  const reserve = (key: string) => {
    reserved.push(key);
    return wait;
  };
  return { reserved, store: { reserve, update: () => undefined } };
}

describe('rateLimit step', () => {
  it('with the store answering "send now" synchronously, hands back next() itself: no await, no extra promise', () => {
    const { store: rateLimitStore } = store(0);
    const { run } = stepHarness(rateLimitStep, { rateLimitStore });
    const answer = Promise.resolve(new Response());
    expect(run(() => answer)).toBe(answer);
  });

  it('reserves under provider:bucket:fingerprint and sleeps the wait before sending', async () => {
    const clock = createFakeClock();
    const { store: rateLimitStore, reserved } = store(300);
    const { run } = stepHarness(rateLimitStep, { rateLimitStore, now: clock.now, sleep: clock.sleep }, { bucket: 'read' });
    const next = answering();
    await run(next);
    expect(reserved[0]).toMatch(/^test:read:/);
    expect(clock.sleeps).toEqual([300]);
    expect(next.seen).toBe(1);
  });

  it('tells observers (rate-limit:wait, reason limiter) and onRateLimit about a wait over a second', async () => {
    const clock = createFakeClock();
    const events: TransportEvent[] = [];
    const limits: RateLimitContext[] = [];
    const { store: rateLimitStore } = store(Promise.resolve(1500));
    const { run } = stepHarness(
      rateLimitStep,
      { rateLimitStore, now: clock.now, sleep: clock.sleep, onRateLimit: (context) => limits.push(context) },
      { middleware: [{ onEvent: (event) => events.push(event) }] },
    );
    await run(answering());
    expect(events).toMatchObject([{ type: 'rate-limit:wait', waitMs: 1500, reason: 'limiter', call: { provider: 'test' } }]);
    expect(limits).toMatchObject([{ provider: 'test', bucket: 'default', status: 0, waitMs: 1500, reason: 'limiter' }]);
  });

  it('a wait of a second or less does not reach onRateLimit', async () => {
    const clock = createFakeClock();
    const limits: RateLimitContext[] = [];
    const { store: rateLimitStore } = store(1000);
    const { run } = stepHarness(rateLimitStep, { rateLimitStore, now: clock.now, sleep: clock.sleep, onRateLimit: (c) => limits.push(c) });
    await run(answering());
    expect(clock.sleeps).toEqual([1000]);
    expect(limits).toEqual([]);
  });

  it('refuses without sending when the wait passes maxRetryAfter', async () => {
    const { store: rateLimitStore } = store(90_000);
    const { run } = stepHarness(rateLimitStep, { rateLimitStore });
    const next = answering();
    const error = await run(next).catch((caught: unknown) => caught);
    expect(RateLimitError.isInstance(error)).toBe(true);
    expect((error as RateLimitError).retryAfterMs).toBe(90_000);
    expect(next.seen).toBe(0);
  });

  it('after a retry governed by Retry-After, reserves the slot but does not wait (the hint governs)', async () => {
    const clock = createFakeClock();
    const { store: rateLimitStore, reserved } = store(8000);
    const { run, state } = stepHarness(rateLimitStep, { rateLimitStore, now: clock.now, sleep: clock.sleep });
    state.skipPacing = true;
    await run(answering());
    expect(reserved).toHaveLength(1);
    expect(clock.sleeps).toEqual([]);
    expect(state.skipPacing).toBe(false);
  });

  it('a failing store loses pacing for this call but never fails it', async () => {
    const failing = {
      reserve: () => {
        throw new Error('redis down');
      },
      update: () => undefined,
    };
    const { run } = stepHarness(rateLimitStep, { rateLimitStore: failing });
    const response = await run(answering());
    expect(response.status).toBe(200);
  });
});
