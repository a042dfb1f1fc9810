import { describe, expect, it } from 'vitest';
import type { AuthStrategy } from '../../../src/auth/auth-strategy.js';
import { createAPIError } from '../../../src/errors/create-api-error.js';
import { RequestAbortedError } from '../../../src/errors/request-aborted-error.js';
import { retryStep } from '../../../src/transport/steps/retry-step.js';
import type { RetryContext } from '../../../src/transport/transport-options.js';
import { createFakeClock } from '../../helpers/fake-clock.js';
import { stepHarness } from './step-harness.js';

const failWith = (status: number) => createAPIError('x', { status, provider: 'test' });

/** A next handler failing with the given statuses in turn, then answering 200. */
function failing(...statuses: number[]) {
  let call = 0;
  return async () => {
    const status = statuses[call++];
    if (status !== undefined) {
      throw failWith(status);
    }
    return new Response('ok');
  };
}

describe('retry step', () => {
  it('retries until an attempt succeeds, counting attempts, retries and backoff sleeps', async () => {
    const clock = createFakeClock();
    const { run, state, runtime } = stepHarness(retryStep, { sleep: clock.sleep, now: clock.now, backoff: { random: () => 0.5 } });
    const response = await run(failing(500, 502));
    expect(await response.text()).toBe('ok');
    expect(state.attempt).toBe(3);
    expect(clock.sleeps).toEqual([250, 500]);
    expect(runtime.stats).toMatchObject({ retries: 2, failures: 0 });
  });

  it('gives up with the last error, its attempts set, and counts a failure', async () => {
    const { run, runtime } = stepHarness(retryStep, { sleep: async () => undefined, maxRetries: 1 });
    const error = await run(failing(500, 500, 500)).catch((caught: unknown) => caught);
    expect((error as { attempts: number }).attempts).toBe(2);
    expect(runtime.stats.failures).toBe(1);
  });

  it('refreshes a refreshable auth once after a 401 without counting a retry', async () => {
    let refreshed = 0;
    const auth: AuthStrategy = {
      kind: 'test',
      headerNames: [],
      fingerprint: 'f',
      bearsKey: false,
      apply: () => undefined,
      refresh: async () => {
        refreshed++;
        return true;
      },
    };
    const { run, state, runtime } = stepHarness(retryStep, { auth, maxRetries: 0, sleep: async () => undefined });
    await run(failing(401));
    expect(refreshed).toBe(1);
    expect(state.retriesUsed).toBe(0);
    expect(runtime.stats.retries).toBe(0);
    const again = stepHarness(retryStep, { auth, maxRetries: 0 });
    const error = await again.run(failing(401, 401)).catch((caught: unknown) => caught);
    expect((error as { status: number }).status).toBe(401);
    expect(refreshed).toBe(2);
  });

  it('onRetry returning false stops, and sees the redacted URL', async () => {
    const seen: RetryContext[] = [];
    const { run } = stepHarness(
      retryStep,
      {
        onRetry: (context) => {
          seen.push(context);
          return false;
        },
      },
      {},
      'https://api.example.com/v1/items?sig=abcdefabcdefabcdef',
    );
    await run(failing(500)).catch(() => undefined);
    expect(seen).toHaveLength(1);
    expect(seen[0]?.url).not.toContain('abcdefabcdefabcdef');
  });

  it('stops before an attempt when the caller aborted', async () => {
    const controller = new AbortController();
    controller.abort();
    let called = 0;
    const { run } = stepHarness(retryStep, {}, { signal: controller.signal });
    const error = await run(async () => {
      called++;
      return new Response();
    }).catch((caught: unknown) => caught);
    expect(RequestAbortedError.isInstance(error)).toBe(true);
    expect(called).toBe(0);
  });

  it("passes a non-Conduit failure through untouched (classification is the classify step's job)", async () => {
    const { run } = stepHarness(retryStep);
    const raw = new TypeError('raw');
    await expect(
      run(async () => {
        throw raw;
      }),
    ).rejects.toBe(raw);
  });
});
